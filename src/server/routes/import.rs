//! Imports of users, saved plans and completions: staged batch by batch, applied in one
//! transaction when finished (see [`crate::server::imports`]).

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::{Extension, Json};

use super::{Entry, route};
use crate::api::{self, wire};
use crate::model::{Change, CompletionRow, Grant, PlanHeader};
use crate::server::App;
use crate::server::imports::Kind;

pub(super) fn routes() -> Vec<Entry> {
    vec![
        route(&api::START_USER_IMPORT, start_import),
        route(&api::STAGE_USER_ROWS, import_rows),
        route(&api::FINISH_USER_IMPORT, finish_import),
        route(&api::START_PLAN, start_plan),
        route(&api::STAGE_PLAN_CHANGES, plan_changes),
        route(&api::FINISH_PLAN, finish_plan),
        route(&api::START_COMPLETION_IMPORT, start_completions),
        route(&api::STAGE_COMPLETION_ROWS, completion_rows),
        route(&api::FINISH_COMPLETION_IMPORT, finish_completions),
    ]
}

async fn start_import(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Json(start): Json<wire::ImportStart>,
) -> Response {
    let kind = Kind::Users(start);
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
    headers: HeaderMap,
    Json(summary): Json<serde_json::Value>,
) -> Response {
    app.finish_staged(grant, tenant, id, "users", summary, &headers)
        .await
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
    headers: HeaderMap,
    Json(summary): Json<serde_json::Value>,
) -> Response {
    app.finish_staged(grant, tenant, id, "plans", summary, &headers)
        .await
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
    headers: HeaderMap,
    Json(summary): Json<serde_json::Value>,
) -> Response {
    app.finish_staged(grant, tenant, id, "completions", summary, &headers)
        .await
}
