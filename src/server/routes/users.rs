//! Users of a tenant, and their consents.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::{Extension, Json};

use super::{Entry, route};
use crate::api::{self, wire};
use crate::error::{Error, Result};
use crate::model::{Grant, NewUser, UserPatch, UserQuery, UserSel};
use crate::server::App;

pub(super) fn routes() -> Vec<Entry> {
    vec![
        route(&api::USERS, users),
        route(&api::ADD_USER, add_user),
        route(&api::USER, show_user),
        route(&api::UPDATE_USER, update_user),
        route(&api::SET_USER_STATUS, set_user_status),
        route(&api::CHANGE_CONSENT, change_consent),
        route(&api::USERS_WITHOUT_CONSENT, without_consent),
    ]
}

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

fn selector(text: &str) -> Result<UserSel> {
    text.parse().map_err(Error::usage)
}
