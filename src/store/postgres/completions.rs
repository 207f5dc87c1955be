//! Completions and certificates in PostgreSQL, and the reminders that follow from them.

use super::{PostgresStore, not_yet};
use crate::error::Result;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use crate::store::Sink;

pub fn complete(store: &PostgresStore, tenant: &str, completion: &NewCompletion) -> Result<Certificate> {
    let _ = (store, tenant, completion);
    Err(not_yet("complete"))
}

pub fn import_completions(
    store: &PostgresStore,
    tenant: &str,
    file: &str,
    apply: bool,
    skip_invalid: bool,
    rows: &mut dyn RowSource<CompletionRow, CompletionField>,
) -> Result<CompletionReport> {
    let _ = (store, tenant, file, apply, skip_invalid, rows);
    Err(not_yet("import_completions"))
}

pub fn certificates(
    store: &PostgresStore,
    tenant: &str,
    query: &CertificateQuery,
    as_of: AsOf,
) -> Result<Vec<Certificate>> {
    let _ = (store, tenant, query, as_of);
    Err(not_yet("certificates"))
}

pub fn certificate(store: &PostgresStore, tenant: &str, serial: &str, as_of: AsOf) -> Result<Certificate> {
    let _ = (store, tenant, serial, as_of);
    Err(not_yet("certificate"))
}

pub fn reminders(
    store: &PostgresStore,
    tenant: &str,
    within_days: u32,
    as_of: AsOf,
) -> Result<Vec<Reminder>> {
    let _ = (store, tenant, within_days, as_of);
    Err(not_yet("reminders"))
}
