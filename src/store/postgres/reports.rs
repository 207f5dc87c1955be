//! Reports in PostgreSQL.

use chrono::NaiveDate;

use super::{PostgresStore, not_yet};
use crate::error::Result;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use crate::store::Sink;

pub fn report_compliance(
    store: &PostgresStore,
    tenant: &str,
    query: &ComplianceQuery,
    as_of: AsOf,
) -> Result<Vec<ComplianceRow>> {
    let _ = (store, tenant, query, as_of);
    Err(not_yet("report_compliance"))
}

pub fn report_overdue(
    store: &PostgresStore,
    tenant: &str,
    include_children: bool,
    as_of: AsOf,
    sink: Sink<'_, OverdueRow>,
) -> Result<()> {
    let _ = (store, tenant, include_children, as_of, sink);
    Err(not_yet("report_overdue"))
}

pub fn report_expiring(
    store: &PostgresStore,
    tenant: &str,
    include_children: bool,
    within_days: u32,
    as_of: AsOf,
    sink: Sink<'_, ExpiringRow>,
) -> Result<()> {
    let _ = (store, tenant, include_children, within_days, as_of, sink);
    Err(not_yet("report_expiring"))
}

pub fn report_active_users(
    store: &PostgresStore,
    tenant: &str,
    include_children: bool,
    period: &str,
    as_of: NaiveDate,
) -> Result<Vec<ActiveUsersRow>> {
    let _ = (store, tenant, include_children, period, as_of);
    Err(not_yet("report_active_users"))
}

pub fn report_tenants(store: &PostgresStore, tenant: &str, as_of: AsOf) -> Result<Vec<TenantRow>> {
    let _ = (store, tenant, as_of);
    Err(not_yet("report_tenants"))
}
