//! The import of users in PostgreSQL: what the core decides, written in one transaction.

use super::{PostgresStore, not_yet};
use crate::error::Result;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use crate::store::Sink;

pub fn import_users(
    store: &PostgresStore,
    spec: &ImportSpec,
    rows: &mut dyn RowSource,
    plan: &mut dyn PlanSink,
) -> Result<ImportReport> {
    let _ = (store, spec, rows, plan);
    Err(not_yet("import_users"))
}

pub fn apply_import_plan(store: &PostgresStore, plan: &mut dyn PlanSource) -> Result<ImportReport> {
    let _ = (store, plan);
    Err(not_yet("apply_import_plan"))
}
