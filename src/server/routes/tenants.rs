//! The tenants a token reaches: list, create below its own, change, delete.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::{Extension, Json};

use super::{Entry, in_scope, route};
use crate::api::{self, wire};
use crate::error::{Error, ErrorKind};
use crate::model::{Grant, NewTenant, TenantPatch};
use crate::server::App;

pub(super) fn routes() -> Vec<Entry> {
    vec![
        route(&api::TENANTS, tenants),
        route(&api::CREATE_TENANT, create_tenant),
        route(&api::TENANT, show_tenant),
        route(&api::UPDATE_TENANT, update_tenant),
        route(&api::DELETE_TENANT, delete_tenant),
    ]
}

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
