/*!
The route table of `lmsctl serve` and the OpenAPI document made from it
(`/api/v1/openapi.json`).

Each route names its method, path, the role it needs, and the Rust types of its path
parameters, query string, body and answer. The document's schemas are derived from
those types (schemars), the very types the handlers read and write, so the document
cannot drift from what the server accepts: what the server reads is described as it
is deserialised (a field with a default may be left out), what it writes as it is
serialised (every field is there).
*/

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{Map, Value, json};

use crate::api::{Access, BASE, wire};
use crate::model::*;

/// A type's schema, written into a generator's definitions.
pub type Ty = fn(&mut SchemaGenerator) -> Schema;

/// The schema of `T` (a reference to it, for named types).
fn ty<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    generator.subschema_for::<T>()
}

/// The object schema of a query-string type, whose fields are the parameters.
fn fields<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    T::json_schema(generator)
}

/// What a route answers with status 200.
#[derive(Clone, Copy)]
pub enum Answer {
    Json(Ty),
    /// One JSON object of this type per line (`application/x-ndjson`).
    Ndjson(Ty),
}

pub struct Route {
    /// Lowercase, as in the document.
    pub method: &'static str,
    /// Under [`BASE`], with `{name}` for path parameters.
    pub path: &'static str,
    pub access: Access,
    pub summary: &'static str,
    /// The type of an `{id}` in the path; the other parameters have one type on
    /// every route ([`param_type`]).
    pub id: Option<Ty>,
    /// The query string: the fields of these types.
    pub query: &'static [Ty],
    pub body: Option<Ty>,
    pub answer: Answer,
}

const fn route(method: &'static str, path: &'static str, access: Access, summary: &'static str) -> Route {
    Route {
        method,
        path,
        access,
        summary,
        id: None,
        query: &[],
        body: None,
        answer: Answer::Json(ty::<()>),
    }
}

const fn get(path: &'static str, access: Access, summary: &'static str) -> Route {
    route("get", path, access, summary)
}

const fn post(path: &'static str, access: Access, summary: &'static str) -> Route {
    route("post", path, access, summary)
}

const fn put(path: &'static str, access: Access, summary: &'static str) -> Route {
    route("put", path, access, summary)
}

const fn patch(path: &'static str, access: Access, summary: &'static str) -> Route {
    route("patch", path, access, summary)
}

const fn delete(path: &'static str, access: Access, summary: &'static str) -> Route {
    route("delete", path, access, summary)
}

impl Route {
    const fn id(mut self, id: Ty) -> Self {
        self.id = Some(id);
        self
    }

    const fn query(mut self, query: &'static [Ty]) -> Self {
        self.query = query;
        self
    }

    const fn body(mut self, body: Ty) -> Self {
        self.body = Some(body);
        self
    }

    const fn json(mut self, answer: Ty) -> Self {
        self.answer = Answer::Json(answer);
        self
    }

    const fn ndjson(mut self, row: Ty) -> Self {
        self.answer = Answer::Ndjson(row);
        self
    }
}

/// The type of a path parameter other than `{id}`.
fn param_type(name: &str) -> Option<Ty> {
    match name {
        "tenant" => Some(ty::<String>),
        "user" => Some(ty::<UserSel>),
        "group" | "code" | "serial" => Some(ty::<String>),
        _ => None,
    }
}

use Access::{Gdpr, Public, Read, Report, Write};

/// Every route: the router serves exactly these (a unit test in `routes` checks it),
/// and [`super::authenticate`] refuses anything else.
pub static ROUTES: &[Route] = &[
    get("/tenants", Read, "The tenants the token reaches").json(ty::<Vec<Tenant>>),
    post("/tenants", Write, "Create a tenant below one the token reaches")
        .body(ty::<NewTenant>)
        .json(ty::<Tenant>),
    get("/tenants/{tenant}", Read, "One tenant").json(ty::<Tenant>),
    patch("/tenants/{tenant}", Write, "Change a tenant")
        .body(ty::<TenantPatch>)
        .json(ty::<Tenant>),
    delete("/tenants/{tenant}", Write, "Delete a tenant (cascade, dry_run)")
        .query(&[fields::<wire::Deletion>])
        .json(ty::<TenantDeletion>),
    get(
        "/tenants/{tenant}/users",
        Read,
        "List users (filters, limit, offset)",
    )
    .query(&[fields::<UserQuery>])
    .json(ty::<Vec<User>>),
    post("/tenants/{tenant}/users", Write, "Add a user")
        .body(ty::<NewUser>)
        .json(ty::<User>),
    get(
        "/tenants/{tenant}/users/{user}",
        Read,
        "One user (id:N, e-mail or external id)",
    )
    .json(ty::<User>),
    patch("/tenants/{tenant}/users/{user}", Write, "Change a user")
        .body(ty::<UserPatch>)
        .json(ty::<User>),
    put(
        "/tenants/{tenant}/users/{user}/status",
        Write,
        "Suspend or reactivate a user",
    )
    .body(ty::<wire::StatusChange>)
    .json(ty::<User>),
    post(
        "/tenants/{tenant}/users/{user}/consents",
        Gdpr,
        "Record or withdraw a consent",
    )
    .body(ty::<wire::ConsentChange>)
    .json(ty::<Consent>),
    get(
        "/tenants/{tenant}/consents/missing",
        Gdpr,
        "Active users without a consent",
    )
    .query(&[fields::<wire::Notice>])
    .json(ty::<Vec<User>>),
    get("/tenants/{tenant}/groups", Read, "List groups").json(ty::<Vec<Group>>),
    post(
        "/tenants/{tenant}/groups",
        Write,
        "Create a group (static or with a rule)",
    )
    .body(ty::<NewGroup>)
    .json(ty::<Group>),
    get(
        "/tenants/{tenant}/groups/{group}",
        Read,
        "One group with its members",
    )
    .json(ty::<GroupDetail>),
    delete("/tenants/{tenant}/groups/{group}", Write, "Delete a group").json(ty::<Group>),
    post(
        "/tenants/{tenant}/groups/{group}/members",
        Write,
        "Add or remove static members",
    )
    .body(ty::<wire::Members>)
    .json(ty::<Group>),
    get(
        "/tenants/{tenant}/courses",
        Read,
        "The catalogue, shared courses included",
    )
    .query(&[fields::<wire::Archived>])
    .json(ty::<Vec<Course>>),
    post("/tenants/{tenant}/courses", Write, "Create a course")
        .body(ty::<NewCourse>)
        .json(ty::<Course>),
    get("/tenants/{tenant}/courses/{code}", Read, "One course").json(ty::<Course>),
    patch("/tenants/{tenant}/courses/{code}", Write, "Change a course")
        .body(ty::<CoursePatch>)
        .json(ty::<Course>),
    post(
        "/tenants/{tenant}/courses/{code}/archive",
        Write,
        "Archive a course",
    )
    .json(ty::<Course>),
    post("/tenants/{tenant}/assignments", Write, "Assign a course")
        .body(ty::<NewAssignment>)
        .json(ty::<Assignment>),
    delete("/tenants/{tenant}/assignments", Write, "Remove an assignment")
        .body(ty::<wire::Unassign>)
        .json(ty::<Assignment>),
    get(
        "/tenants/{tenant}/enrollments",
        Read,
        "Who stands where (status as of a day)",
    )
    .query(&[fields::<EnrollmentQuery>, fields::<AsOf>])
    .json(ty::<Vec<Enrollment>>),
    put("/tenants/{tenant}/progress", Write, "Record progress in a course")
        .body(ty::<wire::Progress>)
        .json(ty::<()>),
    post(
        "/tenants/{tenant}/completions",
        Write,
        "Record a completion (issues a certificate)",
    )
    .body(ty::<NewCompletion>)
    .json(ty::<Certificate>),
    get("/tenants/{tenant}/certificates", Read, "List certificates")
        .query(&[fields::<CertificateQuery>, fields::<AsOf>])
        .json(ty::<Vec<Certificate>>),
    get("/tenants/{tenant}/certificates/{serial}", Read, "One certificate")
        .query(&[fields::<AsOf>])
        .json(ty::<Certificate>),
    get("/tenants/{tenant}/reminders", Read, "Reminders due")
        .query(&[fields::<wire::Within>, fields::<AsOf>])
        .json(ty::<Vec<Reminder>>),
    post(
        "/tenants/{tenant}/gdpr/export",
        Gdpr,
        "Everything held on a person (Art. 15/20)",
    )
    .body(ty::<wire::Export>)
    .json(ty::<SubjectData>),
    post("/tenants/{tenant}/gdpr/erase", Gdpr, "Erase a person (Art. 17)")
        .body(ty::<wire::Erase>)
        .json(ty::<ErasureReceipt>),
    post(
        "/tenants/{tenant}/gdpr/anonymize",
        Gdpr,
        "Anonymise inactive users",
    )
    .body(ty::<wire::Anonymize>)
    .json(ty::<AnonymizeReport>),
    get("/tenants/{tenant}/gdpr/requests", Gdpr, "The request register")
        .query(&[fields::<wire::RequestsQuery>])
        .json(ty::<Vec<SubjectRequest>>),
    post("/tenants/{tenant}/gdpr/requests", Gdpr, "Register a request")
        .body(ty::<NewRequest>)
        .json(ty::<SubjectRequest>),
    get("/tenants/{tenant}/gdpr/requests/{id}", Gdpr, "One request")
        .id(ty::<i64>)
        .query(&[fields::<wire::Day>])
        .json(ty::<SubjectRequest>),
    post(
        "/tenants/{tenant}/gdpr/requests/{id}/close",
        Gdpr,
        "Close a request",
    )
    .id(ty::<i64>)
    .body(ty::<wire::Close>)
    .json(ty::<SubjectRequest>),
    get(
        "/tenants/{tenant}/gdpr/suppressions",
        Gdpr,
        "The suppression list",
    )
    .json(ty::<Vec<Suppression>>),
    delete(
        "/tenants/{tenant}/gdpr/suppressions",
        Gdpr,
        "Remove a suppression entry (the number removed)",
    )
    .body(ty::<wire::Unsuppress>)
    .json(ty::<u64>),
    post(
        "/tenants/{tenant}/imports/users",
        Write,
        "Start staging an import of users (nothing is locked until it is finished)",
    )
    .body(ty::<wire::ImportStart>)
    .json(ty::<wire::Staged>),
    post(
        "/tenants/{tenant}/imports/users/{id}/rows",
        Write,
        "Stage the next batch of rows, in the order of their lines",
    )
    .id(ty::<String>)
    .body(ty::<Vec<wire::Row>>)
    .json(ty::<wire::StagedCount>),
    post(
        "/tenants/{tenant}/imports/users/{id}/finish",
        Write,
        "End the rows with the source's summary: check them and apply them in one transaction (NDJSON events)",
    )
    .id(ty::<String>)
    .body(ty::<SourceSummary>)
    .ndjson(ty::<wire::Event<UserField>>),
    post(
        "/tenants/{tenant}/imports/plans",
        Write,
        "Start staging a saved plan: its header",
    )
    .body(ty::<PlanHeader>)
    .json(ty::<wire::Staged>),
    post(
        "/tenants/{tenant}/imports/plans/{id}/changes",
        Write,
        "Stage the next batch of the plan's changes",
    )
    .id(ty::<String>)
    .body(ty::<Vec<Change>>)
    .json(ty::<wire::StagedCount>),
    post(
        "/tenants/{tenant}/imports/plans/{id}/finish",
        Write,
        "The plan's summary (null if it has none): check every change again and apply (NDJSON events)",
    )
    .id(ty::<String>)
    .body(ty::<Option<ImportReport>>)
    .ndjson(ty::<wire::Event<()>>),
    post(
        "/tenants/{tenant}/imports/completions",
        Write,
        "Start staging an import of completions",
    )
    .body(ty::<wire::CompletionsStart>)
    .json(ty::<wire::Staged>),
    post(
        "/tenants/{tenant}/imports/completions/{id}/rows",
        Write,
        "Stage the next batch of completion rows, in the order of their lines",
    )
    .id(ty::<String>)
    .body(ty::<Vec<CompletionRow>>)
    .json(ty::<wire::StagedCount>),
    post(
        "/tenants/{tenant}/imports/completions/{id}/finish",
        Write,
        "End the completion rows with the source's summary: check them and apply them in one transaction (NDJSON events)",
    )
    .id(ty::<String>)
    .body(ty::<SourceSummary>)
    .ndjson(ty::<wire::Event<CompletionField>>),
    get(
        "/tenants/{tenant}/reports/compliance",
        Report,
        "Compliance figures",
    )
    .query(&[fields::<ComplianceQuery>, fields::<AsOf>])
    .json(ty::<Vec<ComplianceRow>>),
    get(
        "/tenants/{tenant}/reports/overdue",
        Report,
        "Overdue people (NDJSON stream)",
    )
    .query(&[fields::<wire::Children>, fields::<AsOf>])
    .ndjson(ty::<OverdueRow>),
    get(
        "/tenants/{tenant}/reports/expiring",
        Report,
        "Expiring certificates (NDJSON stream)",
    )
    .query(&[fields::<wire::Children>, fields::<wire::Within>, fields::<AsOf>])
    .ndjson(ty::<ExpiringRow>),
    get(
        "/tenants/{tenant}/reports/active-users",
        Report,
        "Active users per period",
    )
    .query(&[fields::<wire::Children>, fields::<wire::PeriodQuery>])
    .json(ty::<Vec<ActiveUsersRow>>),
    get(
        "/tenants/{tenant}/reports/tenants",
        Report,
        "The tenant tree at a glance",
    )
    .query(&[fields::<AsOf>])
    .json(ty::<Vec<TenantRow>>),
    post(
        "/gdpr/retention",
        Gdpr,
        "Apply every tenant's retention policy (top tenant only)",
    )
    .body(ty::<wire::DryRun>)
    .json(ty::<Vec<AnonymizeReport>>),
    post(
        "/gdpr/purge",
        Gdpr,
        "Empty the write-ahead log after an erasure (top tenant only)",
    )
    .json(ty::<()>),
    get(
        "/audit",
        Gdpr,
        "Audit events (of the token's tenants since they were created)",
    )
    .query(&[fields::<AuditQuery>])
    .json(ty::<Vec<AuditEvent>>),
    get(
        "/audit/verify",
        Gdpr,
        "Check the audit hash chain (top tenant only)",
    )
    .query(&[fields::<wire::Anchor>])
    .json(ty::<AuditVerification>),
    get("/whoami", Report, "The token's tenant, role and reach").json(ty::<wire::WhoAmI>),
    get("/tokens", Write, "List tokens (a token of the whole store only)")
        .query(&[fields::<wire::TokenQuery>])
        .json(ty::<Vec<Token>>),
    post(
        "/tokens",
        Write,
        "Create a token (a token of the whole store only); its secret is shown once",
    )
    .body(ty::<NewToken>)
    .json(ty::<CreatedToken>),
    delete(
        "/tokens/{id}",
        Write,
        "Revoke a token (a token of the whole store only)",
    )
    .id(ty::<i64>)
    .json(ty::<Token>),
    get("/openapi.json", Public, "This document").json(ty::<Value>),
];

/// The routes whose template `path` (under BASE) is an instance of.
pub fn routes_for(path: &str) -> impl Iterator<Item = &'static Route> + '_ {
    ROUTES.iter().filter(move |route| matches(route.path, path))
}

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

/// The names of a path's parameters, in order.
pub fn placeholders(path: &str) -> impl Iterator<Item = &str> {
    path.split('/')
        .filter_map(|part| part.strip_prefix('{')?.strip_suffix('}'))
}

fn roles(access: Access) -> &'static str {
    match access {
        Access::Public => "none (no token needed)",
        Access::Report => "reporter, dpo, admin",
        Access::Read | Access::Gdpr => "dpo, admin",
        Access::Write => "admin",
    }
}

/// The statuses every route may answer with an error, and why.
const ERRORS: &[(&str, &str)] = &[
    (
        "400",
        "The request is malformed: a body, query or path parameter that does not parse (kind usage)",
    ),
    ("403", "The token's role may not do this (kind permission-denied)"),
    (
        "404",
        "No such object, or one of a tenant the token does not reach (kind not-found)",
    ),
    (
        "408",
        "The request body stopped arriving (see lmsctl serve --idle-timeout)",
    ),
    (
        "409",
        "The store refuses the change without an explicit flag (kind refused)",
    ),
    ("413", "The request body is over the limit (64 MiB)"),
    ("414", "The request line is over 8 KiB"),
    (
        "422",
        "The data is invalid or conflicts with the store (kind invalid-data)",
    ),
    (
        "431",
        "The request's header fields are too large (over 8 KiB each, 32 KiB or 100 fields in all)",
    ),
    (
        "503",
        "The store is busy or the server is stopping; try again (kind busy or unavailable)",
    ),
];

pub fn document() -> Value {
    let settings = || {
        SchemaSettings::draft2020_12().with(|settings| {
            settings.definitions_path = "/components/schemas".into();
            settings.meta_schema = None;
        })
    };
    // What the server reads and what it writes.
    let mut reads = settings().for_deserialize().into_generator();
    let mut writes = settings().for_serialize().into_generator();
    let error = writes.subschema_for::<wire::ErrorBody>();
    let operations: Vec<(&Route, Value)> = ROUTES
        .iter()
        .map(|route| (route, operation(route, &mut reads, &mut writes)))
        .collect();
    let (reads, writes) = (reads.take_definitions(true), writes.take_definitions(true));
    let differs = differing(&reads, &writes);
    let mut paths = Map::new();
    for (route, mut operation) in operations {
        rename_refs(&mut operation["responses"]["200"], &differs);
        let entry = paths
            .entry(format!("{BASE}{}", route.path))
            .or_insert_with(|| Value::Object(Map::new()));
        entry[route.method] = operation;
    }
    let mut responses = Map::new();
    responses.insert(
        "Error".into(),
        json!({ "description": "An error", "content": { "application/json": { "schema": error } } }),
    );
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "lmsctl",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The REST API of `lmsctl serve`, which the remote store (`--store https://...`) uses. \
                Every route but this document needs `Authorization: Bearer TOKEN` (`lmsctl token create`). \
                Errors are `{\"error\": {\"kind\", \"message\", \"hint\"}}` with the HTTP status of their kind. \
                A wrong method answers 405 with `Allow`; failed authentications from one address are limited \
                (429 with `Retry-After`); slow or idle connections are closed (`lmsctl serve --header-timeout`, \
                `--idle-timeout`)."
        },
        "paths": paths,
        "security": [{ "bearer": [] }],
        "components": {
            "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } },
            "schemas": merge_definitions(reads, writes, &differs),
            "responses": responses,
        }
    })
}

fn operation(route: &Route, reads: &mut SchemaGenerator, writes: &mut SchemaGenerator) -> Value {
    let mut parameters = Vec::new();
    for name in placeholders(route.path) {
        let schema = match name {
            "id" => route.id,
            other => param_type(other),
        };
        let schema = schema.map_or(Value::Bool(true), |schema| schema(reads).to_value());
        parameters.push(json!({ "name": name, "in": "path", "required": true, "schema": schema }));
    }
    for query in route.query {
        parameters.extend(query_parameters(query(reads)));
    }
    let (media, schema) = match route.answer {
        Answer::Json(answer) => ("application/json", answer(writes)),
        Answer::Ndjson(row) => ("application/x-ndjson", row(writes)),
    };
    let description = match route.answer {
        Answer::Json(_) => "The result",
        Answer::Ndjson(_) => {
            "One row per line (the schema of a row). An error after the first row ends the \
             stream with a line {\"error\": {...}}."
        }
    };
    let mut responses = Map::new();
    responses.insert(
        "200".into(),
        json!({ "description": description, "content": { media: { "schema": schema } } }),
    );
    if route.access != Access::Public {
        responses.insert(
            "401".into(),
            json!({
                "description": "No token, or one that is unknown, expired or revoked",
                "headers": { "WWW-Authenticate": { "required": true, "schema": { "type": "string" } } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ErrorBody" } } }
            }),
        );
        responses.insert(
            "429".into(),
            json!({
                "description": "Too many failed authentications from this address: try again after Retry-After \
                    seconds (a valid token is still accepted)",
                "headers": { "Retry-After": { "required": true, "schema": { "type": "integer", "minimum": 1 } } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ErrorBody" } } }
            }),
        );
    }
    for (status, why) in ERRORS {
        responses.insert(
            (*status).into(),
            json!({ "description": why, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ErrorBody" } } } }),
        );
    }
    responses.insert(
        "default".into(),
        json!({ "$ref": "#/components/responses/Error" }),
    );
    let mut operation = json!({
        "summary": route.summary,
        "description": format!("Roles: {}.", roles(route.access)),
        "parameters": parameters,
        "responses": responses,
    });
    if let Some(body) = route.body {
        operation["requestBody"] = json!({
            "required": true,
            "content": { "application/json": { "schema": body(reads) } }
        });
    }
    if route.access == Access::Public {
        operation["security"] = json!([]);
    }
    operation
}

/// The fields of a query-string type as parameters: optional unless the type
/// requires them; a query string has no `null`, so an optional field is one left out.
fn query_parameters(object: Schema) -> Vec<Value> {
    let required: Vec<&str> = object
        .get("required")
        .and_then(Value::as_array)
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(properties) = object.get("properties").and_then(Value::as_object) else {
        return Vec::new();
    };
    properties
        .iter()
        .map(|(name, schema)| {
            let mut schema = without_null(schema.clone());
            let description = schema
                .as_object_mut()
                .and_then(|schema| schema.remove("description"));
            let mut parameter = json!({
                "name": name,
                "in": "query",
                "required": required.contains(&name.as_str()),
                "schema": schema,
            });
            if let Some(description) = description {
                parameter["description"] = description;
            }
            parameter
        })
        .collect()
}

/// A schema without its `null` alternative (`["string", "null"]` or `anyOf [X, null]`).
fn without_null(mut schema: Value) -> Value {
    let Some(object) = schema.as_object_mut() else {
        return schema;
    };
    if object.get("default") == Some(&Value::Null) {
        object.remove("default");
    }
    if let Some(Value::Array(types)) = object.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            object.insert("type".into(), only);
        }
    }
    let any_of = object.get("anyOf").and_then(Value::as_array).map(|alternatives| {
        alternatives
            .iter()
            .filter(|a| a.get("type").and_then(Value::as_str) != Some("null"))
            .cloned()
            .collect::<Vec<_>>()
    });
    if let Some(mut alternatives) = any_of {
        object.remove("anyOf");
        if alternatives.len() == 1 {
            if let Value::Object(only) = alternatives.remove(0) {
                object.extend(only);
            }
        } else {
            object.insert("anyOf".into(), Value::Array(alternatives));
        }
    }
    schema
}

/// The types whose written form differs from their read form: directly, or through
/// a type they refer to.
fn differing(reads: &Map<String, Value>, writes: &Map<String, Value>) -> Vec<String> {
    let mut differs: Vec<String> = Vec::new();
    loop {
        let more: Vec<String> = writes
            .iter()
            .filter(|(name, _)| !differs.contains(name))
            .filter(|(name, schema)| {
                let mut written = (*schema).clone();
                rename_refs(&mut written, &differs);
                reads.get(*name).is_some_and(|read| *read != written)
            })
            .map(|(name, _)| name.clone())
            .collect();
        if more.is_empty() {
            return differs;
        }
        differs.extend(more);
    }
}

/// One set of component schemas from what the server reads and what it writes. A type
/// that reads and writes alike is described once; one that differs (`differs`: a field
/// with a default is optional when read, always there when written) has its written
/// form under `NAME.out`, and the answers refer to that.
fn merge_definitions(
    reads: Map<String, Value>,
    writes: Map<String, Value>,
    differs: &[String],
) -> Map<String, Value> {
    let mut merged = reads;
    for (name, mut schema) in writes {
        rename_refs(&mut schema, differs);
        if differs.contains(&name) {
            merged.insert(format!("{name}.out"), schema);
        } else {
            merged.insert(name, schema);
        }
    }
    merged
}

/// Points the references to `names` at their written forms (`NAME.out`).
fn rename_refs(schema: &mut Value, names: &[String]) {
    match schema {
        Value::Object(object) => {
            if let Some(Value::String(reference)) = object.get_mut("$ref")
                && let Some(name) = reference.strip_prefix("#/components/schemas/")
                && names.iter().any(|n| n == name)
            {
                *reference = format!("{reference}.out");
            }
            object.values_mut().for_each(|v| rename_refs(v, names));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rename_refs(v, names)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use chrono::NaiveDate;

    use super::*;

    fn operation<'a>(document: &'a Value, method: &str, path: &str) -> &'a Value {
        &document["paths"][format!("{BASE}{path}")][method]
    }

    fn parameters<'a>(operation: &'a Value, place: &str) -> Vec<&'a str> {
        operation["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["in"] == place)
            .map(|p| p["name"].as_str().unwrap())
            .collect()
    }

    #[test]
    fn every_route_is_documented_with_its_parameters_body_and_answer() {
        let document = document();
        for route in ROUTES {
            let label = format!("{} {}", route.method, route.path);
            let operation = operation(&document, route.method, route.path);
            assert!(operation.is_object(), "{label}: not in the document");
            let path: Vec<&str> = placeholders(route.path).collect();
            assert_eq!(parameters(operation, "path"), path, "{label}");
            for parameter in operation["parameters"].as_array().unwrap() {
                assert_ne!(
                    parameter["schema"],
                    Value::Bool(true),
                    "{label}: {parameter} has no type"
                );
            }
            let query = parameters(operation, "query");
            let unique: BTreeSet<&str> = query.iter().copied().collect();
            assert_eq!(unique.len(), query.len(), "{label}: a query parameter twice");
            assert_eq!(route.query.is_empty(), query.is_empty(), "{label}");
            assert_eq!(
                route.body.is_some(),
                operation["requestBody"]["content"]["application/json"]["schema"].is_object(),
                "{label}: request body"
            );
            let media = match route.answer {
                Answer::Json(_) => "application/json",
                Answer::Ndjson(_) => "application/x-ndjson",
            };
            // (`true` for an answer of any JSON, the GDPR export and this document.)
            assert!(
                !operation["responses"]["200"]["content"][media]["schema"].is_null(),
                "{label}: answer"
            );
            let public = route.access == Access::Public;
            assert_eq!(operation["responses"]["401"].is_null(), public, "{label}");
            assert_eq!(operation["responses"]["429"].is_null(), public, "{label}");
            assert_eq!(operation["security"] == json!([]), public, "{label}");
        }
    }

    #[test]
    fn every_reference_names_a_schema_of_the_document() {
        fn references<'a>(value: &'a Value, found: &mut Vec<&'a str>) {
            match value {
                Value::Object(object) => {
                    if let Some(Value::String(reference)) = object.get("$ref") {
                        found.push(reference);
                    }
                    object.values().for_each(|v| references(v, found));
                }
                Value::Array(items) => items.iter().for_each(|v| references(v, found)),
                _ => {}
            }
        }
        let document = document();
        let mut found = Vec::new();
        references(&document, &mut found);
        assert!(found.len() > 100, "{} references", found.len());
        for reference in found {
            let target = document.pointer(reference.trim_start_matches('#'));
            assert!(target.is_some_and(Value::is_object), "{reference} leads nowhere");
        }
    }

    /// The query strings the remote store sends (serde_urlencoded, as reqwest's
    /// `query`) name exactly the documented parameters.
    #[test]
    fn the_query_strings_the_client_sends_are_the_documented_ones() {
        let document = document();
        let day = NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
        let as_of = AsOf {
            date: day,
            expiring_within_days: 30,
        };
        let query = |parts: &[String]| -> BTreeSet<String> {
            parts
                .iter()
                .flat_map(|part| part.split('&'))
                .filter(|pair| !pair.is_empty())
                .map(|pair| pair.split('=').next().unwrap_or_default().to_owned())
                .collect()
        };
        let encode = |value: &dyn erased::Query| value.encode();
        let cases: Vec<(&str, &str, Vec<String>)> = vec![
            (
                "get",
                "/tenants/{tenant}/reports/expiring",
                vec![
                    encode(&wire::Children {
                        include_children: true,
                    }),
                    encode(&wire::Within { within_days: 30 }),
                    encode(&as_of),
                ],
            ),
            (
                "get",
                "/tenants/{tenant}/reports/active-users",
                vec![
                    encode(&wire::Children {
                        include_children: true,
                    }),
                    encode(&wire::PeriodQuery {
                        period: "2026-03".into(),
                        as_of: day,
                    }),
                ],
            ),
            (
                "get",
                "/tenants/{tenant}/enrollments",
                vec![
                    encode(&EnrollmentQuery {
                        course: Some("ARB".into()),
                        user: Some(UserSel::Id(1)),
                        status: Some(Status::Overdue),
                        limit: 5,
                        offset: 5,
                    }),
                    encode(&as_of),
                ],
            ),
            (
                "get",
                "/tenants/{tenant}/users",
                vec![encode(&UserQuery {
                    status: Some(UserStatus::Active),
                    department: Some("Vertrieb".into()),
                    location: Some("Berlin".into()),
                    group: Some("g".into()),
                    search: Some("a".into()),
                    limit: 1,
                    offset: 1,
                })],
            ),
            (
                "get",
                "/tenants/{tenant}/gdpr/requests",
                vec![encode(&wire::RequestsQuery {
                    overdue_only: true,
                    as_of: day,
                })],
            ),
            (
                "delete",
                "/tenants/{tenant}",
                vec![encode(&wire::Deletion {
                    cascade: true,
                    dry_run: true,
                })],
            ),
        ];
        for (method, path, parts) in cases {
            let documented: BTreeSet<String> = parameters(operation(&document, method, path), "query")
                .into_iter()
                .map(str::to_owned)
                .collect();
            assert_eq!(query(&parts), documented, "{method} {path}");
        }
    }

    /// Encodes any query type, as reqwest does.
    mod erased {
        pub trait Query {
            fn encode(&self) -> String;
        }

        impl<T: serde::Serialize> Query for T {
            fn encode(&self) -> String {
                serde_urlencoded::to_string(self).unwrap()
            }
        }
    }

    /// The strings a schema allows (`enum`, or `const` alternatives).
    fn strings(schema: &Value) -> BTreeSet<String> {
        let alternatives = schema["oneOf"].as_array().into_iter().flatten();
        schema["enum"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(alternatives.map(|a| &a["const"]))
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect()
    }

    fn serialised<T: serde::Serialize>(values: &[T]) -> BTreeSet<String> {
        values
            .iter()
            .map(|v| serde_json::to_value(v).unwrap().as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn serde_attributes_come_out_as_serde_writes_them() {
        let document = document();
        let schemas = &document["components"]["schemas"];
        // rename_all on enums: the schema allows exactly what serde writes.
        use clap::ValueEnum;
        assert_eq!(strings(&schemas["Status"]), serialised(Status::value_variants()));
        assert_eq!(strings(&schemas["UserField"]), serialised(&UserField::ALL));
        assert_eq!(
            strings(&schemas["CompletionField"]),
            serialised(&CompletionField::ALL)
        );
        assert_eq!(
            strings(&schemas["ImportMode"]),
            serialised(ImportMode::value_variants())
        );
        assert_eq!(strings(&schemas["Role"]), serialised(Role::value_variants()));
        assert_eq!(
            strings(&schemas["ErrorKind"]),
            serialised(&[
                crate::error::ErrorKind::Failure,
                crate::error::ErrorKind::NotFound,
                crate::error::ErrorKind::Usage,
                crate::error::ErrorKind::InvalidData,
                crate::error::ErrorKind::NoInput,
                crate::error::ErrorKind::Unavailable,
                crate::error::ErrorKind::Busy,
                crate::error::ErrorKind::PermissionDenied,
                crate::error::ErrorKind::Config,
                crate::error::ErrorKind::Refused,
            ])
        );
        // tag + content: {"kind": "on", "value": "2026-03-15"}.
        let due = serde_json::to_value(Due::On(NaiveDate::from_ymd_opt(2026, 3, 15).unwrap())).unwrap();
        let on = schemas["Due"]["oneOf"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["properties"]["kind"]["const"] == due["kind"])
            .unwrap();
        assert_eq!(on["required"], json!(["kind", "value"]));
        assert_eq!(on["properties"]["value"]["format"], "date");
        // An internally tagged enum: the tag is a property of each variant.
        let suspend = serde_json::to_value(Change::Suspend { user_id: 7 }).unwrap();
        assert!(schemas["Change"]["oneOf"].as_array().unwrap().iter().any(|v| {
            v["properties"]["op"]["const"] == suspend["op"] && v["required"] == json!(["op", "user_id"])
        }));
        // default: optional when read; skip_serializing_if: optional when written.
        assert!(schemas["UserQuery"].get("required").is_none());
        assert_eq!(schemas["Error"]["required"], json!(["kind", "message"]));
        // flatten: the flattened struct's fields are the outer one's.
        let created = &schemas["CreatedToken"]["properties"];
        assert!(
            created["secret"].is_object() && created["role"].is_object(),
            "{created}"
        );
        let detail = &schemas["GroupDetail"]["properties"];
        assert!(
            detail["member_list"].is_object() && detail["name"].is_object(),
            "{detail}"
        );
        // The hand-written forms: a selector and a period are strings, a row an
        // object of the user fields.
        assert_eq!(schemas["UserSel"]["type"], "string");
        assert_eq!(schemas["Period"]["type"], "string");
        let row: BTreeSet<String> = schemas["ImportRow"]["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        assert_eq!(row, UserField::ALL.iter().map(|f| f.name().to_owned()).collect());
    }

    #[test]
    fn written_forms_require_what_is_always_written() {
        let document = document();
        let schemas = &document["components"]["schemas"];
        // Read: old and new may be left out; written: they are always there (null or not).
        assert_eq!(schemas["FieldChange"]["required"], json!(["field"]));
        assert_eq!(
            schemas["FieldChange.out"]["required"],
            json!(["field", "old", "new"])
        );
        let plan_changes = operation(&document, "post", "/tenants/{tenant}/imports/plans/{id}/changes");
        assert_eq!(
            plan_changes["requestBody"]["content"]["application/json"]["schema"]["items"]["$ref"],
            "#/components/schemas/Change"
        );
        let events = &schemas["ImportEvent_UserField"]["oneOf"][1]["properties"]["change"]["$ref"];
        assert_eq!(events, "#/components/schemas/Change.out");
    }
}
