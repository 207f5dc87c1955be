//! A tenant's course catalogue.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::{Extension, Json};

use super::{Entry, route};
use crate::api::{self, wire};
use crate::model::{AsOf, CoursePatch, Grant, NewCourse};
use crate::server::App;

pub(super) fn routes() -> Vec<Entry> {
    vec![
        route(&api::COURSES, courses),
        route(&api::CREATE_COURSE, create_course),
        route(&api::COURSE, show_course),
        route(&api::UPDATE_COURSE, update_course),
        route(&api::ARCHIVE_COURSE, archive_course),
        route(&api::COURSE_STATS, course_stats),
    ]
}

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

async fn course_stats(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path((tenant, code)): Path<(String, String)>,
    Query(as_of): Query<AsOf>,
) -> Response {
    app.call(grant, move |store, _| store.course_stats(&tenant, &code, as_of))
        .await
}
