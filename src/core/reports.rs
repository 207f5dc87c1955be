//! Reports: compliance figures, overdue people, expiring certificates, active users, the tenant tree.

use chrono::NaiveDate;

use super::{Lms, hints};
use crate::error::{Error, Result};
use crate::model::*;
use crate::store::Sink;

impl Lms {
    /// Compliance figures grouped by course, group, department, location or tenant.
    pub fn report_compliance(
        &self,
        tenant: &str,
        query: &ComplianceQuery,
        as_of: AsOf,
    ) -> Result<Vec<ComplianceRow>> {
        self.backend
            .report_compliance(tenant, query, as_of)
            .map_err(|e| hints::explain(e, tenant))
    }

    /// People overdue on mandatory courses, handed to `sink` one by one.
    pub fn report_overdue(
        &self,
        tenant: &str,
        include_children: bool,
        as_of: AsOf,
        sink: Sink<'_, OverdueRow>,
    ) -> Result<()> {
        self.backend
            .report_overdue(tenant, include_children, as_of, sink)
            .map_err(|e| hints::explain(e, tenant))
    }

    /// Valid certificates running out within `within_days`, handed to `sink` one by one.
    pub fn report_expiring(
        &self,
        tenant: &str,
        include_children: bool,
        within_days: u32,
        as_of: AsOf,
        sink: Sink<'_, ExpiringRow>,
    ) -> Result<()> {
        self.backend
            .report_expiring(tenant, include_children, within_days, as_of, sink)
            .map_err(|e| hints::explain(e, tenant))
    }

    /// Distinct users with learning activity in a period (`YYYY-MM` or `YYYY`), per
    /// tenant, counting its days up to `as_of`.
    pub fn report_active_users(
        &self,
        tenant: &str,
        include_children: bool,
        period: &str,
        as_of: NaiveDate,
    ) -> Result<Vec<ActiveUsersRow>> {
        if crate::model::period_bounds(period).is_none() {
            return Err(
                Error::usage(format!("--period {period}: this is neither a month nor a year"))
                    .with_hint("write a month as YYYY-MM (e.g. 2026-10) and a year as YYYY (e.g. 2026)"),
            );
        }
        self.backend
            .report_active_users(tenant, include_children, period, as_of)
            .map_err(|e| hints::explain(e, tenant))
    }

    /// The tenant and its descendants at a glance.
    pub fn report_tenants(&self, tenant: &str, as_of: AsOf) -> Result<Vec<TenantRow>> {
        self.backend
            .report_tenants(tenant, as_of)
            .map_err(|e| hints::explain(e, tenant))
    }
}
