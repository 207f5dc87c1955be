//! Tokens: what the caller's token is, and managing tokens (a token of the whole store only).

use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::{Extension, Json};

use super::{Entry, route};
use crate::api::{self, wire};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{Grant, NewToken};
use crate::server::App;

pub(super) fn routes() -> Vec<Entry> {
    vec![
        route(&api::WHOAMI, whoami),
        route(&api::TOKENS, tokens),
        route(&api::CREATE_TOKEN, create_token),
        route(&api::REVOKE_TOKEN, revoke_token),
    ]
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
    Json(new): Json<NewToken>,
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
