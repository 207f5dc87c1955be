//! Groups of a tenant and their static members.

use axum::extract::{Path, State};
use axum::response::Response;
use axum::{Extension, Json};

use super::{Entry, route};
use crate::api::{self, wire};
use crate::model::{Grant, NewGroup};
use crate::server::App;

pub(super) fn routes() -> Vec<Entry> {
    vec![
        route(&api::GROUPS, groups),
        route(&api::CREATE_GROUP, create_group),
        route(&api::GROUP, show_group),
        route(&api::DELETE_GROUP, delete_group),
        route(&api::CHANGE_MEMBERS, change_members),
    ]
}

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
