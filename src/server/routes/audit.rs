//! The audit trail: its events (a token sees its tenants'), and the check of its hash chain.

use axum::Extension;
use axum::extract::{Query, State};
use axum::response::Response;

use super::{Entry, in_scope, route, whole_store};
use crate::api::{self, wire};
use crate::model::{AuditQuery, Grant};
use crate::server::App;

pub(super) fn routes() -> Vec<Entry> {
    vec![
        route(&api::AUDIT_EVENTS, audit_events),
        route(&api::VERIFY_AUDIT, verify_audit),
    ]
}

async fn audit_events(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Query(mut q): Query<AuditQuery>,
) -> Response {
    app.call(grant, move |store, grant| {
        if whole_store(store, grant).is_err() {
            let tenant = q
                .tenant
                .get_or_insert_with(|| grant.tenant.clone().unwrap_or_default())
                .clone();
            in_scope(grant, &tenant)?;
            // A slug can be used again after its tenant was deleted: a token only
            // sees events from the present tenant's creation on.
            let created = store.tenant(&tenant)?.created_at;
            q.since = Some(q.since.map_or(created, |since| since.max(created)));
        }
        store.audit_events(&q)
    })
    .await
}

async fn verify_audit(
    State(app): State<App>,
    Extension(grant): Extension<Grant>,
    Query(q): Query<wire::Anchor>,
) -> Response {
    app.call(grant, move |store, grant| {
        // The chain runs through every tenant's events.
        whole_store(store, grant)?;
        store.verify_audit(q.anchor.as_deref())
    })
    .await
}
