//! Data protection in PostgreSQL: subject export, erasure, anonymisation, retention, consents, the request register and the suppression list.

use chrono::NaiveDate;

use super::{PostgresStore, not_yet};
use crate::error::Result;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use crate::store::Sink;

pub fn export_subject(
    store: &PostgresStore,
    tenant: &str,
    user: &UserSel,
    request: Option<i64>,
    xapi: bool,
) -> Result<SubjectData> {
    let _ = (store, tenant, user, request, xapi);
    Err(not_yet("export_subject"))
}

pub fn erase_subject(
    store: &PostgresStore,
    tenant: &str,
    user: &UserSel,
    request: Option<i64>,
    dry_run: bool,
) -> Result<ErasureReceipt> {
    let _ = (store, tenant, user, request, dry_run);
    Err(not_yet("erase_subject"))
}

pub fn anonymize_inactive(
    store: &PostgresStore,
    tenant: &str,
    since: NaiveDate,
    dry_run: bool,
) -> Result<AnonymizeReport> {
    let _ = (store, tenant, since, dry_run);
    Err(not_yet("anonymize_inactive"))
}

pub fn run_retention(store: &PostgresStore, dry_run: bool) -> Result<Vec<AnonymizeReport>> {
    let _ = (store, dry_run);
    Err(not_yet("run_retention"))
}

pub fn purge(store: &PostgresStore) -> Result<()> {
    let _ = store;
    Err(not_yet("purge"))
}

pub fn open_request(store: &PostgresStore, tenant: &str, request: &NewRequest) -> Result<SubjectRequest> {
    let _ = (store, tenant, request);
    Err(not_yet("open_request"))
}

pub fn close_request(store: &PostgresStore, tenant: &str, id: i64, note: &str) -> Result<SubjectRequest> {
    let _ = (store, tenant, id, note);
    Err(not_yet("close_request"))
}

pub fn request(store: &PostgresStore, tenant: &str, id: i64, as_of: NaiveDate) -> Result<SubjectRequest> {
    let _ = (store, tenant, id, as_of);
    Err(not_yet("request"))
}

pub fn requests(
    store: &PostgresStore,
    tenant: &str,
    overdue_only: bool,
    as_of: NaiveDate,
) -> Result<Vec<SubjectRequest>> {
    let _ = (store, tenant, overdue_only, as_of);
    Err(not_yet("requests"))
}

pub fn record_consent(
    store: &PostgresStore,
    tenant: &str,
    user: &UserSel,
    notice: &str,
    date: NaiveDate,
) -> Result<Consent> {
    let _ = (store, tenant, user, notice, date);
    Err(not_yet("record_consent"))
}

pub fn withdraw_consent(
    store: &PostgresStore,
    tenant: &str,
    user: &UserSel,
    notice: &str,
    date: NaiveDate,
) -> Result<Consent> {
    let _ = (store, tenant, user, notice, date);
    Err(not_yet("withdraw_consent"))
}

pub fn users_without_consent(store: &PostgresStore, tenant: &str, notice: &str) -> Result<Vec<User>> {
    let _ = (store, tenant, notice);
    Err(not_yet("users_without_consent"))
}

pub fn suppressions(store: &PostgresStore, tenant: &str) -> Result<Vec<Suppression>> {
    let _ = (store, tenant);
    Err(not_yet("suppressions"))
}

pub fn remove_suppression(store: &PostgresStore, tenant: &str, kind: &str, value: &str) -> Result<u64> {
    let _ = (store, tenant, kind, value);
    Err(not_yet("remove_suppression"))
}

/// Whether a person with this external id or e-mail address was erased in the tenant
/// (their keyed hashes are on its suppression list).
pub(super) fn is_suppressed(
    w: &mut super::Writer<'_>,
    tenant_id: i64,
    external_id: Option<&str>,
    email: &str,
) -> Result<bool> {
    let secret: Vec<u8> =
        w.tx.query_one("SELECT value FROM store_secret WHERE name = 'suppression'", &[])?
            .get(0);
    let email = w.rules.suppression_mac(&secret, "email", email);
    let external_id = external_id.map(|id| w.rules.suppression_mac(&secret, "external_id", id));
    Ok(w.tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM suppression WHERE tenant_id = $1
                 AND ((kind = 'email' AND mac = $2) OR (kind = 'external_id' AND mac = $3)))",
            &[&tenant_id, &email, &external_id],
        )?
        .get(0))
}
