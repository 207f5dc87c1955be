//! The OpenAPI document served at `/api/v1/openapi.json`: every route with its method,
//! parameters, the role it needs and what it does.

use serde_json::{Map, Value, json};

use crate::api::{Access, BASE};

/// (method, path under BASE, access, summary)
pub const ROUTES: &[(&str, &str, Access, &str)] = &[
    ("get", "/tenants", Access::Read, "The tenants the token reaches"),
    (
        "post",
        "/tenants",
        Access::Write,
        "Create a tenant below one the token reaches",
    ),
    ("get", "/tenants/{tenant}", Access::Read, "One tenant"),
    ("patch", "/tenants/{tenant}", Access::Write, "Change a tenant"),
    (
        "delete",
        "/tenants/{tenant}",
        Access::Write,
        "Delete a tenant (cascade, dry_run)",
    ),
    (
        "get",
        "/tenants/{tenant}/users",
        Access::Read,
        "List users (filters, limit, offset)",
    ),
    ("post", "/tenants/{tenant}/users", Access::Write, "Add a user"),
    (
        "get",
        "/tenants/{tenant}/users/{user}",
        Access::Read,
        "One user (id:N, e-mail or external id)",
    ),
    (
        "patch",
        "/tenants/{tenant}/users/{user}",
        Access::Write,
        "Change a user",
    ),
    (
        "put",
        "/tenants/{tenant}/users/{user}/status",
        Access::Write,
        "Suspend or reactivate a user",
    ),
    (
        "post",
        "/tenants/{tenant}/users/{user}/consents",
        Access::Gdpr,
        "Record or withdraw a consent",
    ),
    (
        "get",
        "/tenants/{tenant}/consents/missing",
        Access::Gdpr,
        "Active users without a consent",
    ),
    ("get", "/tenants/{tenant}/groups", Access::Read, "List groups"),
    (
        "post",
        "/tenants/{tenant}/groups",
        Access::Write,
        "Create a group (static or with a rule)",
    ),
    (
        "get",
        "/tenants/{tenant}/groups/{group}",
        Access::Read,
        "One group with its members",
    ),
    (
        "delete",
        "/tenants/{tenant}/groups/{group}",
        Access::Write,
        "Delete a group",
    ),
    (
        "post",
        "/tenants/{tenant}/groups/{group}/members",
        Access::Write,
        "Add or remove static members",
    ),
    (
        "get",
        "/tenants/{tenant}/courses",
        Access::Read,
        "The catalogue, shared courses included",
    ),
    (
        "post",
        "/tenants/{tenant}/courses",
        Access::Write,
        "Create a course",
    ),
    (
        "get",
        "/tenants/{tenant}/courses/{code}",
        Access::Read,
        "One course",
    ),
    (
        "patch",
        "/tenants/{tenant}/courses/{code}",
        Access::Write,
        "Change a course",
    ),
    (
        "post",
        "/tenants/{tenant}/courses/{code}/archive",
        Access::Write,
        "Archive a course",
    ),
    (
        "post",
        "/tenants/{tenant}/assignments",
        Access::Write,
        "Assign a course",
    ),
    (
        "delete",
        "/tenants/{tenant}/assignments",
        Access::Write,
        "Remove an assignment",
    ),
    (
        "get",
        "/tenants/{tenant}/enrollments",
        Access::Read,
        "Who stands where (status as of a day)",
    ),
    (
        "put",
        "/tenants/{tenant}/progress",
        Access::Write,
        "Record progress in a course",
    ),
    (
        "post",
        "/tenants/{tenant}/completions",
        Access::Write,
        "Record a completion (issues a certificate)",
    ),
    (
        "get",
        "/tenants/{tenant}/certificates",
        Access::Read,
        "List certificates",
    ),
    (
        "get",
        "/tenants/{tenant}/certificates/{serial}",
        Access::Read,
        "One certificate",
    ),
    (
        "get",
        "/tenants/{tenant}/reminders",
        Access::Read,
        "Reminders due",
    ),
    (
        "post",
        "/tenants/{tenant}/gdpr/export",
        Access::Gdpr,
        "Everything held on a person (Art. 15/20)",
    ),
    (
        "post",
        "/tenants/{tenant}/gdpr/erase",
        Access::Gdpr,
        "Erase a person (Art. 17)",
    ),
    (
        "post",
        "/tenants/{tenant}/gdpr/anonymize",
        Access::Gdpr,
        "Anonymise inactive users",
    ),
    (
        "get",
        "/tenants/{tenant}/gdpr/requests",
        Access::Gdpr,
        "The request register",
    ),
    (
        "post",
        "/tenants/{tenant}/gdpr/requests",
        Access::Gdpr,
        "Register a request",
    ),
    (
        "get",
        "/tenants/{tenant}/gdpr/requests/{id}",
        Access::Gdpr,
        "One request",
    ),
    (
        "post",
        "/tenants/{tenant}/gdpr/requests/{id}/close",
        Access::Gdpr,
        "Close a request",
    ),
    (
        "get",
        "/tenants/{tenant}/gdpr/suppressions",
        Access::Gdpr,
        "The suppression list",
    ),
    (
        "delete",
        "/tenants/{tenant}/gdpr/suppressions",
        Access::Gdpr,
        "Remove a suppression entry",
    ),
    (
        "post",
        "/tenants/{tenant}/imports/users",
        Access::Write,
        "Start an import of users (one transaction)",
    ),
    (
        "post",
        "/tenants/{tenant}/imports/users/{id}/rows",
        Access::Write,
        "The next batch of valid rows",
    ),
    (
        "post",
        "/tenants/{tenant}/imports/users/{id}/finish",
        Access::Write,
        "End the rows: apply (or refuse) and report",
    ),
    (
        "post",
        "/tenants/{tenant}/imports/plans",
        Access::Write,
        "Apply a saved plan: its header (one transaction)",
    ),
    (
        "post",
        "/tenants/{tenant}/imports/plans/{id}/changes",
        Access::Write,
        "The next batch of the plan's changes",
    ),
    (
        "post",
        "/tenants/{tenant}/imports/plans/{id}/finish",
        Access::Write,
        "The plan's summary: apply (or refuse) and report",
    ),
    (
        "post",
        "/tenants/{tenant}/imports/completions",
        Access::Write,
        "Start an import of completions (one transaction)",
    ),
    (
        "post",
        "/tenants/{tenant}/imports/completions/{id}/rows",
        Access::Write,
        "The next batch of valid completion rows",
    ),
    (
        "post",
        "/tenants/{tenant}/imports/completions/{id}/finish",
        Access::Write,
        "End the completion rows: apply (or refuse) and report",
    ),
    (
        "get",
        "/tenants/{tenant}/reports/compliance",
        Access::Report,
        "Compliance figures",
    ),
    (
        "get",
        "/tenants/{tenant}/reports/overdue",
        Access::Report,
        "Overdue people (NDJSON stream)",
    ),
    (
        "get",
        "/tenants/{tenant}/reports/expiring",
        Access::Report,
        "Expiring certificates (NDJSON stream)",
    ),
    (
        "get",
        "/tenants/{tenant}/reports/active-users",
        Access::Report,
        "Active users per period",
    ),
    (
        "get",
        "/tenants/{tenant}/reports/tenants",
        Access::Report,
        "The tenant tree at a glance",
    ),
    (
        "post",
        "/gdpr/retention",
        Access::Gdpr,
        "Apply every tenant's retention policy (top tenant only)",
    ),
    (
        "post",
        "/gdpr/purge",
        Access::Gdpr,
        "Empty the write-ahead log after an erasure",
    ),
    (
        "get",
        "/audit",
        Access::Gdpr,
        "Audit events (of the token's tenants since they were created)",
    ),
    (
        "get",
        "/audit/verify",
        Access::Gdpr,
        "Check the audit hash chain (top tenant only)",
    ),
    (
        "get",
        "/whoami",
        Access::Report,
        "The token's tenant, role and reach",
    ),
    (
        "get",
        "/tokens",
        Access::Write,
        "List tokens (a token of the whole store only)",
    ),
    (
        "post",
        "/tokens",
        Access::Write,
        "Create a token (a token of the whole store only)",
    ),
    (
        "delete",
        "/tokens/{id}",
        Access::Write,
        "Revoke a token (a token of the whole store only)",
    ),
];

/// Whether a request path (under BASE) is an instance of `template`.
pub fn matches(template: &str, path: &str) -> bool {
    let (mut t, mut p) = (template.split('/'), path.split('/'));
    loop {
        match (t.next(), p.next()) {
            (None, None) => return true,
            (Some(t), Some(p)) if (t.starts_with('{') && !p.is_empty()) || t == p => {}
            _ => return false,
        }
    }
}

/// The tenant a tenant-scoped request names (`/tenants/{tenant}/...`).
pub fn tenant_of(template: &str, path: &str) -> Option<String> {
    template
        .split('/')
        .zip(path.split('/'))
        .find(|(t, _)| *t == "{tenant}")
        .map(|(_, p)| p.to_owned())
}

fn roles(access: Access) -> &'static str {
    match access {
        Access::Report => "reporter, dpo, admin",
        Access::Read | Access::Gdpr => "dpo, admin",
        Access::Write => "admin",
    }
}

pub fn document() -> Value {
    let mut paths = Map::new();
    for (method, path, access, summary) in ROUTES {
        let parameters: Vec<Value> = path
            .split('/')
            .filter_map(|part| part.strip_prefix('{')?.strip_suffix('}'))
            .map(|name| json!({ "name": name, "in": "path", "required": true, "schema": { "type": "string" } }))
            .collect();
        let entry = paths
            .entry(format!("{BASE}{path}"))
            .or_insert_with(|| Value::Object(Map::new()));
        entry[*method] = json!({
            "summary": summary,
            "description": format!("Roles: {}.", roles(*access)),
            "parameters": parameters,
            "security": [{ "bearer": [] }],
            "responses": {
                "200": { "description": "The result as JSON (NDJSON for streams)" },
                "default": { "description": "An error", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            }
        });
    }
    json!({
        "openapi": "3.1.0",
        "info": { "title": "lmsctl", "version": env!("CARGO_PKG_VERSION") },
        "paths": paths,
        "components": {
            "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } },
            "schemas": {
                "Error": {
                    "type": "object",
                    "properties": {
                        "error": {
                            "type": "object",
                            "properties": {
                                "kind": { "type": "string" },
                                "message": { "type": "string" },
                                "hint": { "type": "string" }
                            },
                            "required": ["kind", "message"]
                        }
                    }
                }
            }
        }
    })
}
