//! Assignments, who stands where in which course, progress and reminders.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::{Extension, Json};

use super::{Entry, route};
use crate::api::{self, wire};
use crate::model::{AsOf, EnrollmentQuery, Grant, NewAssignment};
use crate::server::App;

pub(super) fn routes() -> Vec<Entry> {
    vec![
        route(&api::ASSIGN, assign),
        route(&api::UNASSIGN, unassign),
        route(&api::ENROLLMENTS, enrollments),
        route(&api::SET_PROGRESS, set_progress),
        route(&api::REMINDERS, reminders),
    ]
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
