//! Reports: compliance, overdue and expiring (streamed), active users, the tenant tree.

use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::response::Response;

use super::{Entry, route};
use crate::api::{self, wire};
use crate::model::{AsOf, ComplianceQuery, Grant};
use crate::server::App;

pub(super) fn routes() -> Vec<Entry> {
    vec![
        route(&api::REPORT_COMPLIANCE, compliance),
        route(&api::REPORT_OVERDUE, overdue),
        route(&api::REPORT_EXPIRING, expiring),
        route(&api::REPORT_ACTIVE_USERS, active_users),
        route(&api::REPORT_TENANTS, tenant_tree),
    ]
}

async fn compliance(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(q): Query<ComplianceQuery>,
    Query(as_of): Query<AsOf>,
) -> Response {
    app.call(grant, move |store, _| store.report_compliance(&tenant, &q, as_of))
        .await
}

async fn overdue(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(children): Query<wire::Children>,
    Query(as_of): Query<AsOf>,
) -> Response {
    app.stream(grant, move |store, sink| {
        store.report_overdue(&tenant, children.include_children, as_of, sink)
    })
    .await
}

async fn expiring(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(children): Query<wire::Children>,
    Query(within): Query<wire::Within>,
    Query(as_of): Query<AsOf>,
) -> Response {
    app.stream(grant, move |store, sink| {
        store.report_expiring(
            &tenant,
            children.include_children,
            within.within_days,
            as_of,
            sink,
        )
    })
    .await
}

async fn active_users(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(children): Query<wire::Children>,
    Query(period): Query<wire::PeriodQuery>,
) -> Response {
    app.call(grant, move |store, _| {
        store.report_active_users(&tenant, children.include_children, &period.period, period.as_of)
    })
    .await
}

async fn tenant_tree(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Path(tenant): Path<String>,
    Query(as_of): Query<AsOf>,
) -> Response {
    app.call(grant, move |store, _| store.report_tenants(&tenant, as_of))
        .await
}
