//! Data protection: subject export and erasure, anonymisation, retention, the request register and the suppression list.

use chrono::NaiveDate;

use super::Lms;
use crate::error::Result;
use crate::model::*;

impl Lms {
    /// Everything held on a person (a JSON document; with `xapi`, plus xAPI statements).
    /// Writes an audit event; with `request`, closes that request.
    pub fn export_subject(
        &self,
        tenant: &str,
        user: &UserSel,
        request: Option<i64>,
        xapi: bool,
    ) -> Result<serde_json::Value> {
        self.backend.export_subject(tenant, user, request, xapi)
    }

    /// Erases a person: one transaction, then the WAL is checkpointed so no old page
    /// with their data stays in it.
    pub fn erase_subject(
        &self,
        tenant: &str,
        user: &UserSel,
        request: Option<i64>,
        dry_run: bool,
    ) -> Result<ErasureReceipt> {
        self.backend.erase_subject(tenant, user, request, dry_run)
    }

    /// Erases the tenant's users with no activity since `since`.
    pub fn anonymize_inactive(
        &self,
        tenant: &str,
        since: NaiveDate,
        dry_run: bool,
    ) -> Result<AnonymizeReport> {
        self.backend.anonymize_inactive(tenant, since, dry_run)
    }

    /// Applies every tenant's retention policy.
    pub fn run_retention(&self, dry_run: bool) -> Result<Vec<AnonymizeReport>> {
        self.backend.run_retention(dry_run)
    }

    /// Empties the write-ahead log after an erasure another process kept it from emptying.
    pub fn purge(&self) -> Result<()> {
        self.backend.purge()
    }

    pub fn open_request(&self, tenant: &str, request: &NewRequest) -> Result<SubjectRequest> {
        self.backend.open_request(tenant, request)
    }

    pub fn close_request(&self, tenant: &str, id: i64, note: &str) -> Result<SubjectRequest> {
        self.backend.close_request(tenant, id, note)
    }

    pub fn request(&self, tenant: &str, id: i64, as_of: NaiveDate) -> Result<SubjectRequest> {
        self.backend.request(tenant, id, as_of)
    }

    pub fn requests(
        &self,
        tenant: &str,
        overdue_only: bool,
        as_of: NaiveDate,
    ) -> Result<Vec<SubjectRequest>> {
        self.backend.requests(tenant, overdue_only, as_of)
    }

    pub fn suppressions(&self, tenant: &str) -> Result<Vec<Suppression>> {
        self.backend.suppressions(tenant)
    }

    /// `kind` is `external_id` or `email`.
    pub fn remove_suppression(&self, tenant: &str, kind: &str, value: &str) -> Result<u64> {
        self.backend.remove_suppression(tenant, kind, value)
    }
}
