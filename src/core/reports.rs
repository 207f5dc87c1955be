//! Reports: compliance figures, overdue people, expiring certificates, active users, the tenant tree.

use chrono::NaiveDate;

use super::Lms;
use crate::error::Result;
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
        self.backend.report_compliance(tenant, query, as_of)
    }

    /// People overdue on mandatory courses, handed to `sink` one by one.
    pub fn report_overdue(
        &self,
        tenant: &str,
        include_children: bool,
        as_of: AsOf,
        sink: Sink<'_, OverdueRow>,
    ) -> Result<()> {
        self.backend.report_overdue(tenant, include_children, as_of, sink)
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
        self.backend
            .report_active_users(tenant, include_children, period, as_of)
    }

    /// The tenant and its descendants at a glance.
    pub fn report_tenants(&self, tenant: &str, as_of: AsOf) -> Result<Vec<TenantRow>> {
        self.backend.report_tenants(tenant, as_of)
    }
}
