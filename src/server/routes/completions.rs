//! Completions and the certificates they issue.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::{Extension, Json};

use super::{Entry, route};
use crate::api::{self};
use crate::model::{AsOf, CertificateQuery, Grant, NewCompletion};
use crate::server::App;

pub(super) fn routes() -> Vec<Entry> {
    vec![
        route(&api::COMPLETE, complete),
        route(&api::CERTIFICATES, certificates),
        route(&api::CERTIFICATE, show_certificate),
    ]
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
