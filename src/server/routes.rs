//! The routes of `lmsctl serve`: one per store use case, each checking role and tenant
//! (see [`crate::api`]) before it calls the store.

use std::sync::LazyLock;

use axum::extract::{Path, Query, State};
use axum::handler::Handler;
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, MethodRouter, on};
use axum::{Extension, Json, Router};

use super::imports::Kind;
use super::{App, authenticate, body_limits, json_rejections, openapi};
use crate::api::{BASE, wire};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{
    AsOf, AuditQuery, CertificateQuery, ComplianceQuery, CoursePatch, EnrollmentQuery, Grant, NewAssignment,
    NewCompletion, NewCourse, NewGroup, NewRequest, NewTenant, NewUser, TenantPatch, UserPatch, UserQuery,
    UserSel,
};
use crate::model::{Change, CompletionRow, PlanHeader};

/// One route: its method and path (under BASE) and its handler.
struct Entry {
    // Read by the test that compares the routes with the document.
    #[cfg_attr(not(test), allow(dead_code))]
    method: &'static str,
    path: &'static str,
    handler: MethodRouter<App>,
}

fn entry<H, T>(method: &'static str, path: &'static str, handler: H) -> Entry
where
    H: Handler<T, App>,
    T: 'static,
{
    let filter = match method {
        "get" => MethodFilter::GET,
        "post" => MethodFilter::POST,
        "put" => MethodFilter::PUT,
        "patch" => MethodFilter::PATCH,
        _ => MethodFilter::DELETE,
    };
    Entry {
        method,
        path,
        handler: on(filter, handler),
    }
}

/// Every route with its handler; [`openapi::ROUTES`] documents each (a unit test checks
/// that the two agree).
fn entries() -> Vec<Entry> {
    vec![
        entry("get", "/tenants", tenants),
        entry("post", "/tenants", create_tenant),
        entry("get", "/tenants/{tenant}", show_tenant),
        entry("patch", "/tenants/{tenant}", update_tenant),
        entry("delete", "/tenants/{tenant}", delete_tenant),
        entry("get", "/tenants/{tenant}/users", users),
        entry("post", "/tenants/{tenant}/users", add_user),
        entry("get", "/tenants/{tenant}/users/{user}", show_user),
        entry("patch", "/tenants/{tenant}/users/{user}", update_user),
        entry("put", "/tenants/{tenant}/users/{user}/status", set_user_status),
        entry("post", "/tenants/{tenant}/users/{user}/consents", change_consent),
        entry("get", "/tenants/{tenant}/consents/missing", without_consent),
        entry("get", "/tenants/{tenant}/groups", groups),
        entry("post", "/tenants/{tenant}/groups", create_group),
        entry("get", "/tenants/{tenant}/groups/{group}", show_group),
        entry("delete", "/tenants/{tenant}/groups/{group}", delete_group),
        entry("post", "/tenants/{tenant}/groups/{group}/members", change_members),
        entry("get", "/tenants/{tenant}/courses", courses),
        entry("post", "/tenants/{tenant}/courses", create_course),
        entry("get", "/tenants/{tenant}/courses/{code}", show_course),
        entry("patch", "/tenants/{tenant}/courses/{code}", update_course),
        entry("post", "/tenants/{tenant}/courses/{code}/archive", archive_course),
        entry("post", "/tenants/{tenant}/assignments", assign),
        entry("delete", "/tenants/{tenant}/assignments", unassign),
        entry("get", "/tenants/{tenant}/enrollments", enrollments),
        entry("put", "/tenants/{tenant}/progress", set_progress),
        entry("post", "/tenants/{tenant}/completions", complete),
        entry("get", "/tenants/{tenant}/certificates", certificates),
        entry("get", "/tenants/{tenant}/certificates/{serial}", show_certificate),
        entry("get", "/tenants/{tenant}/reminders", reminders),
        entry("post", "/tenants/{tenant}/gdpr/export", export_subject),
        entry("post", "/tenants/{tenant}/gdpr/erase", erase_subject),
        entry("post", "/tenants/{tenant}/gdpr/anonymize", anonymize),
        entry("get", "/tenants/{tenant}/gdpr/requests", requests),
        entry("post", "/tenants/{tenant}/gdpr/requests", open_request),
        entry("get", "/tenants/{tenant}/gdpr/requests/{id}", show_request),
        entry(
            "post",
            "/tenants/{tenant}/gdpr/requests/{id}/close",
            close_request,
        ),
        entry("get", "/tenants/{tenant}/gdpr/suppressions", suppressions),
        entry("delete", "/tenants/{tenant}/gdpr/suppressions", unsuppress),
        entry("post", "/tenants/{tenant}/imports/users", start_import),
        entry("post", "/tenants/{tenant}/imports/users/{id}/rows", import_rows),
        entry(
            "post",
            "/tenants/{tenant}/imports/users/{id}/finish",
            finish_import,
        ),
        entry("post", "/tenants/{tenant}/imports/plans", start_plan),
        entry(
            "post",
            "/tenants/{tenant}/imports/plans/{id}/changes",
            plan_changes,
        ),
        entry("post", "/tenants/{tenant}/imports/plans/{id}/finish", finish_plan),
        entry("post", "/tenants/{tenant}/imports/completions", start_completions),
        entry(
            "post",
            "/tenants/{tenant}/imports/completions/{id}/rows",
            completion_rows,
        ),
        entry(
            "post",
            "/tenants/{tenant}/imports/completions/{id}/finish",
            finish_completions,
        ),
        entry("get", "/tenants/{tenant}/reports/compliance", compliance),
        entry("get", "/tenants/{tenant}/reports/overdue", overdue),
        entry("get", "/tenants/{tenant}/reports/expiring", expiring),
        entry("get", "/tenants/{tenant}/reports/active-users", active_users),
        entry("get", "/tenants/{tenant}/reports/tenants", tenant_tree),
        entry("post", "/gdpr/retention", retention),
        entry("post", "/gdpr/purge", purge),
        entry("get", "/audit", audit_events),
        entry("get", "/audit/verify", verify_audit),
        entry("get", "/whoami", whoami),
        entry("get", "/tokens", tokens),
        entry("post", "/tokens", create_token),
        entry("delete", "/tokens/{id}", revoke_token),
        entry("get", "/openapi.json", openapi),
    ]
}

pub fn router(app: App) -> Router {
    // Two methods on one path merge into one route.
    let routes = entries().into_iter().fold(Router::new(), |routes, entry| {
        routes.route(entry.path, entry.handler)
    });
    Router::new()
        .nest(BASE, routes)
        .layer(axum::extract::DefaultBodyLimit::max(super::MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn_with_state(app.clone(), authenticate))
        .layer(axum::middleware::from_fn(json_rejections))
        .layer(axum::middleware::from_fn_with_state(app.clone(), body_limits))
        .with_state(app)
}

/// A route outside a tenant that only a token of the whole tree may use.
fn whole_store(store: &crate::core::Lms, grant: &Grant) -> Result<()> {
    // A token of the whole store reaches every tenant: no need to list them.
    if grant.tenant.is_none() {
        return Ok(());
    }
    let all = store.tenants()?;
    if all.iter().all(|t| grant.tenants.contains(&t.slug)) {
        Ok(())
    } else {
        Err(Error::new(
            ErrorKind::PermissionDenied,
            "this concerns every tenant of the store: it needs a token of the top tenant",
        ))
    }
}

fn in_scope(grant: &Grant, tenant: &str) -> Result<()> {
    // A token of the whole store reaches every tenant: the store says which do not exist.
    if grant.tenant.is_none() || grant.tenants.iter().any(|t| t == tenant) {
        Ok(())
    } else {
        Err(Error::not_found("tenant", tenant).with_hint("list the tenants with `lmsctl tenant list`"))
    }
}

// Tenants

async fn tenants(State(app): State<App>, Extension(grant): Extension<Grant>) -> Response {
    app.call(grant, |store, grant| {
        let mut tenants = store.tenants()?;
        tenants.retain(|t| grant.tenants.contains(&t.slug));
        Ok(tenants)
    })
    .await
}

async fn create_tenant(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Json(new): Json<NewTenant>,
) -> Response {
    app.call(grant, move |store, grant| {
        match &new.parent {
            Some(parent) => in_scope(grant, parent)?,
            None if grant.tenant.is_none() => {}
            None => {
                return Err(Error::new(
                    ErrorKind::PermissionDenied,
                    "a token creates tenants only below its own: give --parent",
                ));
            }
        }
        store.create_tenant(&new)
    })
    .await
}

async fn show_tenant(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
) -> Response {
    app.call(grant, move |store, _| store.tenant(&tenant)).await
}

async fn update_tenant(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(patch): Json<TenantPatch>,
) -> Response {
    app.call(grant, move |store, grant| {
        if let Some(parent) = &patch.parent {
            if parent.is_empty() || Some(&tenant) == grant.tenant.as_ref() {
                return Err(Error::new(
                    ErrorKind::PermissionDenied,
                    "a token cannot move its own tenant or make a tenant a top tenant",
                ));
            }
            in_scope(grant, parent)?;
        }
        store.update_tenant(&tenant, &patch)
    })
    .await
}

async fn delete_tenant(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(q): Query<wire::Deletion>,
) -> Response {
    app.call(grant, move |store, grant| {
        if Some(&tenant) == grant.tenant.as_ref() {
            return Err(Error::new(
                ErrorKind::PermissionDenied,
                "a token cannot delete its own tenant",
            ));
        }
        store.delete_tenant(&tenant, q.cascade, q.dry_run)
    })
    .await
}

// Users

async fn users(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(q): Query<UserQuery>,
) -> Response {
    app.call(grant, move |store, _| store.users(&tenant, &q)).await
}

async fn add_user(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(new): Json<NewUser>,
) -> Response {
    app.call(grant, move |store, _| store.add_user(&tenant, &new))
        .await
}

async fn show_user(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, user)): Path<(String, String)>,
) -> Response {
    app.call(grant, move |store, _| store.user(&tenant, &selector(&user)?))
        .await
}

async fn update_user(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, user)): Path<(String, String)>,
    Json(patch): Json<UserPatch>,
) -> Response {
    app.call(grant, move |store, _| {
        store.update_user(&tenant, &selector(&user)?, &patch)
    })
    .await
}

async fn set_user_status(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, user)): Path<(String, String)>,
    Json(change): Json<wire::StatusChange>,
) -> Response {
    app.call(grant, move |store, _| {
        store.set_user_status(&tenant, &selector(&user)?, change.status)
    })
    .await
}

fn selector(text: &str) -> Result<UserSel> {
    text.parse().map_err(Error::usage)
}

async fn change_consent(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, user)): Path<(String, String)>,
    Json(change): Json<wire::ConsentChange>,
) -> Response {
    app.call(grant, move |store, _| {
        let user = selector(&user)?;
        if change.withdraw {
            store.withdraw_consent(&tenant, &user, &change.notice, change.date)
        } else {
            store.record_consent(&tenant, &user, &change.notice, change.date)
        }
    })
    .await
}

async fn without_consent(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(q): Query<wire::Notice>,
) -> Response {
    app.call(grant, move |store, _| {
        store.users_without_consent(&tenant, &q.notice)
    })
    .await
}

// Groups

async fn groups(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
) -> Response {
    app.call(grant, move |store, _| store.groups(&tenant)).await
}

async fn create_group(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(new): Json<NewGroup>,
) -> Response {
    app.call(grant, move |store, _| store.create_group(&tenant, &new))
        .await
}

async fn show_group(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, group)): Path<(String, String)>,
) -> Response {
    app.call(grant, move |store, _| store.group(&tenant, &group))
        .await
}

async fn delete_group(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, group)): Path<(String, String)>,
) -> Response {
    app.call(grant, move |store, _| store.delete_group(&tenant, &group))
        .await
}

async fn change_members(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, group)): Path<(String, String)>,
    Json(members): Json<wire::Members>,
) -> Response {
    app.call(grant, move |store, _| {
        store.change_members(&tenant, &group, &members.users, members.add)
    })
    .await
}

// Courses, assignments, completions

async fn courses(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(q): Query<wire::Archived>,
) -> Response {
    app.call(grant, move |store, _| store.courses(&tenant, q.archived))
        .await
}

async fn create_course(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(new): Json<NewCourse>,
) -> Response {
    app.call(grant, move |store, _| store.create_course(&tenant, &new))
        .await
}

async fn show_course(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, code)): Path<(String, String)>,
) -> Response {
    app.call(grant, move |store, _| store.course(&tenant, &code))
        .await
}

async fn update_course(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, code)): Path<(String, String)>,
    Json(patch): Json<CoursePatch>,
) -> Response {
    app.call(grant, move |store, _| store.update_course(&tenant, &code, &patch))
        .await
}

async fn archive_course(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, code)): Path<(String, String)>,
) -> Response {
    app.call(grant, move |store, _| store.archive_course(&tenant, &code))
        .await
}

async fn assign(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(new): Json<NewAssignment>,
) -> Response {
    app.call(grant, move |store, _| store.assign(&tenant, &new)).await
}

async fn unassign(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(gone): Json<wire::Unassign>,
) -> Response {
    app.call(grant, move |store, _| {
        store.unassign(&tenant, &gone.course, &gone.target)
    })
    .await
}

async fn enrollments(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(q): Query<EnrollmentQuery>,
    Query(as_of): Query<AsOf>,
) -> Response {
    app.call(grant, move |store, _| store.enrollments(&tenant, &q, as_of))
        .await
}

async fn set_progress(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(progress): Json<wire::Progress>,
) -> Response {
    app.call(grant, move |store, _| {
        store.set_progress(&tenant, &progress.course, &progress.user, progress.percent)
    })
    .await
}

async fn complete(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(completion): Json<NewCompletion>,
) -> Response {
    app.call(grant, move |store, _| store.complete(&tenant, &completion))
        .await
}

async fn certificates(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(q): Query<CertificateQuery>,
    Query(as_of): Query<AsOf>,
) -> Response {
    app.call(grant, move |store, _| store.certificates(&tenant, &q, as_of))
        .await
}

async fn show_certificate(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, serial)): Path<(String, String)>,
    Query(as_of): Query<AsOf>,
) -> Response {
    app.call(grant, move |store, _| store.certificate(&tenant, &serial, as_of))
        .await
}

async fn reminders(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(within): Query<wire::Within>,
    Query(as_of): Query<AsOf>,
) -> Response {
    app.call(grant, move |store, _| {
        store.reminders(&tenant, within.within_days, as_of)
    })
    .await
}

// GDPR

async fn export_subject(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(export): Json<wire::Export>,
) -> Response {
    app.call(grant, move |store, _| {
        store.export_subject(&tenant, &export.user, export.request, export.xapi)
    })
    .await
}

async fn erase_subject(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(erase): Json<wire::Erase>,
) -> Response {
    app.call(grant, move |store, _| {
        store.erase_subject(&tenant, &erase.user, erase.request, erase.dry_run)
    })
    .await
}

async fn anonymize(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(anonymize): Json<wire::Anonymize>,
) -> Response {
    app.call(grant, move |store, _| {
        store.anonymize_inactive(&tenant, anonymize.since, anonymize.dry_run)
    })
    .await
}

async fn retention(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Json(run): Json<wire::DryRun>,
) -> Response {
    app.call(grant, move |store, grant| {
        whole_store(store, grant)?;
        store.run_retention(run.dry_run)
    })
    .await
}

async fn purge(State(app): State<App>, Extension(grant): Extension<Grant>) -> Response {
    app.call(grant, move |store, grant| {
        whole_store(store, grant)?;
        store.purge()
    })
    .await
}

async fn requests(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(q): Query<wire::RequestsQuery>,
) -> Response {
    app.call(grant, move |store, _| {
        store.requests(&tenant, q.overdue_only, q.as_of)
    })
    .await
}

async fn open_request(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(new): Json<NewRequest>,
) -> Response {
    app.call(grant, move |store, _| store.open_request(&tenant, &new))
        .await
}

async fn show_request(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, id)): Path<(String, i64)>,
    Query(day): Query<wire::Day>,
) -> Response {
    app.call(grant, move |store, _| store.request(&tenant, id, day.as_of))
        .await
}

async fn close_request(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, id)): Path<(String, i64)>,
    Json(close): Json<wire::Close>,
) -> Response {
    app.call(grant, move |store, _| {
        store.close_request(&tenant, id, &close.note)
    })
    .await
}

async fn suppressions(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
) -> Response {
    app.call(grant, move |store, _| store.suppressions(&tenant)).await
}

async fn unsuppress(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(entry): Json<wire::Unsuppress>,
) -> Response {
    app.call(grant, move |store, _| {
        store.remove_suppression(&tenant, &entry.kind, &entry.value)
    })
    .await
}

// Imports: staged batch by batch, applied in one transaction when finished.

async fn start_import(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(start): Json<wire::ImportStart>,
) -> Response {
    let kind = Kind::Users {
        spec: start.spec,
        changes_wanted: start.changes_wanted,
    };
    app.start_staged(grant, tenant, kind).await
}

async fn import_rows(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, id)): Path<(String, String)>,
    Json(rows): Json<Vec<wire::Row>>,
) -> Response {
    app.staging(move |stages| stages.append(&grant, &tenant, &id, rows))
        .await
}

async fn finish_import(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, id)): Path<(String, String)>,
    Json(summary): Json<serde_json::Value>,
) -> Response {
    app.finish_staged(grant, tenant, id, "users", summary).await
}

async fn start_completions(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(start): Json<wire::CompletionsStart>,
) -> Response {
    let kind = Kind::Completions(start);
    app.start_staged(grant, tenant, kind).await
}

async fn completion_rows(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, id)): Path<(String, String)>,
    Json(rows): Json<Vec<CompletionRow>>,
) -> Response {
    app.staging(move |stages| stages.append(&grant, &tenant, &id, rows))
        .await
}

async fn finish_completions(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, id)): Path<(String, String)>,
    Json(summary): Json<serde_json::Value>,
) -> Response {
    app.finish_staged(grant, tenant, id, "completions", summary).await
}

async fn start_plan(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(header): Json<PlanHeader>,
) -> Response {
    let kind = Kind::Plan(header);
    app.start_staged(grant, tenant, kind).await
}

async fn plan_changes(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, id)): Path<(String, String)>,
    Json(changes): Json<Vec<Change>>,
) -> Response {
    app.staging(move |stages| stages.append(&grant, &tenant, &id, changes))
        .await
}

async fn finish_plan(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, id)): Path<(String, String)>,
    Json(summary): Json<serde_json::Value>,
) -> Response {
    app.finish_staged(grant, tenant, id, "plans", summary).await
}

// Reports

async fn compliance(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(q): Query<ComplianceQuery>,
    Query(as_of): Query<AsOf>,
) -> Response {
    app.call(grant, move |store, _| store.report_compliance(&tenant, &q, as_of))
        .await
}

async fn overdue(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(children): Query<wire::Children>,
    Query(as_of): Query<AsOf>,
) -> Response {
    app.stream(grant, move |store, sink| {
        store.report_overdue(&tenant, children.include_children, as_of, sink)
    })
    .await
}

async fn expiring(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(children): Query<wire::Children>,
    Query(within): Query<wire::Within>,
    Query(as_of): Query<AsOf>,
) -> Response {
    app.stream(grant, move |store, sink| {
        store.report_expiring(
            &tenant,
            children.include_children,
            within.within_days,
            as_of,
            sink,
        )
    })
    .await
}

async fn active_users(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(children): Query<wire::Children>,
    Query(period): Query<wire::PeriodQuery>,
) -> Response {
    app.call(grant, move |store, _| {
        store.report_active_users(&tenant, children.include_children, &period.period, period.as_of)
    })
    .await
}

async fn tenant_tree(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(as_of): Query<AsOf>,
) -> Response {
    app.call(grant, move |store, _| store.report_tenants(&tenant, as_of))
        .await
}

// Audit trail

async fn audit_events(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Query(mut q): Query<AuditQuery>,
) -> Response {
    app.call(grant, move |store, grant| {
        if whole_store(store, grant).is_err() {
            let tenant = q
                .tenant
                .get_or_insert_with(|| grant.tenant.clone().unwrap_or_default())
                .clone();
            in_scope(grant, &tenant)?;
            // A slug can be used again after its tenant was deleted: a token only
            // sees events from the present tenant's creation on.
            let created = store.tenant(&tenant)?.created_at;
            q.since = Some(q.since.map_or(created, |since| since.max(created)));
        }
        store.audit_events(&q)
    })
    .await
}

async fn verify_audit(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Query(q): Query<wire::Anchor>,
) -> Response {
    app.call(grant, move |store, grant| {
        // The chain runs through every tenant's events.
        whole_store(store, grant)?;
        store.verify_audit(q.anchor.as_deref())
    })
    .await
}

/// Tokens are managed with a token of the whole store (the server's operator).
fn operator(grant: &Grant) -> Result<()> {
    if grant.tenant.is_none() {
        Ok(())
    } else {
        Err(Error::new(
            ErrorKind::PermissionDenied,
            "tokens are managed with a token of the whole store",
        )
        .with_hint("on the server: lmsctl token create --whole-store --role admin"))
    }
}

async fn tokens(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Query(q): Query<wire::TokenQuery>,
) -> Response {
    app.call(grant, move |store, grant| {
        operator(grant)?;
        store.tokens(q.tenant.as_deref())
    })
    .await
}

async fn create_token(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Json(new): Json<crate::model::NewToken>,
) -> Response {
    app.call(grant, move |store, grant| {
        operator(grant)?;
        store.create_token(&new)
    })
    .await
}

async fn revoke_token(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(id): Path<i64>,
) -> Response {
    app.call(grant, move |store, grant| {
        operator(grant)?;
        store.revoke_token(id)
    })
    .await
}

/// What the caller's token is: its tenant, role and reach (any valid token may ask).
/// The grant already says all of it: no store connection needed.
async fn whoami(Extension(grant): Extension<Grant>) -> Json<wire::WhoAmI> {
    Json(wire::WhoAmI {
        tenant: grant.tenant,
        role: grant.role,
        tenants: grant.tenants,
    })
}

/// The OpenAPI document only changes with the program: built and serialised once.
static OPENAPI: LazyLock<axum::body::Bytes> = LazyLock::new(|| {
    serde_json::to_vec(&openapi::document())
        .unwrap_or_default()
        .into()
});

async fn openapi() -> Response {
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        OPENAPI.clone(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn the_router_serves_exactly_the_documented_routes() {
        let routed: BTreeSet<(&str, &str)> = entries().iter().map(|e| (e.method, e.path)).collect();
        let documented: BTreeSet<(&str, &str)> = openapi::ROUTES.iter().map(|r| (r.method, r.path)).collect();
        assert_eq!(routed.len(), entries().len(), "a route is routed twice");
        assert_eq!(
            documented.len(),
            openapi::ROUTES.len(),
            "a route is documented twice"
        );
        let undocumented: Vec<_> = routed.difference(&documented).collect();
        let unrouted: Vec<_> = documented.difference(&routed).collect();
        assert!(
            undocumented.is_empty(),
            "routed, not documented: {undocumented:?}"
        );
        assert!(unrouted.is_empty(), "documented, not routed: {unrouted:?}");
    }
}
