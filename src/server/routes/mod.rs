//! The router of `lmsctl serve`: each endpoint of [`crate::api::ENDPOINTS`] with its
//! handler. The handlers live by area, with the same names as [`crate::core`]'s; each
//! checks role and tenant (see [`crate::api`]) before it calls the core.

mod audit;
mod completions;
mod courses;
mod enrollments;
mod gdpr;
mod groups;
mod import;
mod reports;
mod tenants;
mod tokens;
mod users;

use std::sync::LazyLock;

use axum::Router;
use axum::handler::Handler;
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, MethodRouter, on};

use super::{App, authenticate, body_limits, json_rejections, openapi};
use crate::api::{self, BASE, Endpoint, Method, Route};
use crate::core::Lms;
use crate::error::{Error, ErrorKind, Result};
use crate::model::Grant;

/// An endpoint with its handler.
struct Entry {
    route: &'static Route,
    handler: MethodRouter<App>,
}

/// Serves `endpoint` (its method, at its path) with `handler`.
fn route<B, A, H, T>(endpoint: &'static Endpoint<B, A>, handler: H) -> Entry
where
    H: Handler<T, App>,
    T: 'static,
{
    let route: &'static Route = endpoint;
    let filter = match route.method {
        Method::Get => MethodFilter::GET,
        Method::Post => MethodFilter::POST,
        Method::Put => MethodFilter::PUT,
        Method::Patch => MethodFilter::PATCH,
        Method::Delete => MethodFilter::DELETE,
    };
    Entry {
        route,
        handler: on(filter, handler),
    }
}

/// Every endpoint with its handler (a unit test checks that each has exactly one).
fn entries() -> Vec<Entry> {
    [
        tenants::routes(),
        users::routes(),
        groups::routes(),
        courses::routes(),
        enrollments::routes(),
        completions::routes(),
        gdpr::routes(),
        import::routes(),
        reports::routes(),
        audit::routes(),
        tokens::routes(),
        vec![route(&api::OPENAPI, openapi)],
    ]
    .into_iter()
    .flatten()
    .collect()
}

pub fn router(app: App) -> Router {
    // Two methods on one path merge into one route.
    let routes = entries().into_iter().fold(Router::new(), |routes, entry| {
        routes.route(entry.route.path, entry.handler)
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
pub(super) fn whole_store(store: &Lms, grant: &Grant) -> Result<()> {
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

pub(super) fn in_scope(grant: &Grant, tenant: &str) -> Result<()> {
    // A token of the whole store reaches every tenant: the store says which do not exist.
    if grant.tenant.is_none() || grant.tenants.iter().any(|t| t == tenant) {
        Ok(())
    } else {
        Err(Error::not_found("tenant", tenant).with_hint("list the tenants with `lmsctl tenant list`"))
    }
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
    use super::*;

    #[test]
    fn every_endpoint_has_exactly_one_handler() {
        let entries = entries();
        for endpoint in api::ENDPOINTS {
            let handlers = entries
                .iter()
                .filter(|entry| std::ptr::eq(entry.route, *endpoint))
                .count();
            assert_eq!(
                handlers,
                1,
                "{} {} has {handlers} handlers",
                endpoint.method.as_str(),
                endpoint.path
            );
        }
        assert_eq!(entries.len(), api::ENDPOINTS.len());
    }
}
