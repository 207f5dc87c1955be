//! GDPR: a subject's export and erasure, anonymisation, the request register, the
//! suppression list, retention and purge.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::{Extension, Json};

use super::{Entry, route, whole_store};
use crate::api::{self, wire};
use crate::model::{Grant, NewRequest};
use crate::server::App;

pub(super) fn routes() -> Vec<Entry> {
    vec![
        route(&api::EXPORT_SUBJECT, export_subject),
        route(&api::ERASE_SUBJECT, erase_subject),
        route(&api::ANONYMIZE_INACTIVE, anonymize),
        route(&api::REQUESTS, requests),
        route(&api::OPEN_REQUEST, open_request),
        route(&api::REQUEST, show_request),
        route(&api::CLOSE_REQUEST, close_request),
        route(&api::SUPPRESSIONS, suppressions),
        route(&api::REMOVE_SUPPRESSION, unsuppress),
        route(&api::RUN_RETENTION, retention),
        route(&api::PURGE, purge),
    ]
}

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
