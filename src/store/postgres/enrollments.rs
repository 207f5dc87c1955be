//! Assignments and enrollments in PostgreSQL.

use super::{PostgresStore, not_yet};
use crate::error::Result;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use crate::store::Sink;

pub fn assign(store: &PostgresStore, tenant: &str, assignment: &NewAssignment) -> Result<Assignment> {
    let _ = (store, tenant, assignment);
    Err(not_yet("assign"))
}

pub fn unassign(
    store: &PostgresStore,
    tenant: &str,
    course: &str,
    target: &AssignTarget,
) -> Result<Assignment> {
    let _ = (store, tenant, course, target);
    Err(not_yet("unassign"))
}

pub fn enrollments(
    store: &PostgresStore,
    tenant: &str,
    query: &EnrollmentQuery,
    as_of: AsOf,
) -> Result<Vec<Enrollment>> {
    let _ = (store, tenant, query, as_of);
    Err(not_yet("enrollments"))
}

pub fn set_progress(
    store: &PostgresStore,
    tenant: &str,
    course: &str,
    user: &UserSel,
    percent: u8,
) -> Result<()> {
    let _ = (store, tenant, course, user, percent);
    Err(not_yet("set_progress"))
}

/// Users changed (one, or all of the tenant's): brings rule groups, and the
/// enrollments that follow from group and tenant assignments, up to date.
#[allow(dead_code)] // for the areas still being written
pub(super) fn refresh_memberships(
    w: &mut super::Writer<'_>,
    tenant_id: i64,
    user_id: Option<i64>,
) -> Result<()> {
    let _ = (w, tenant_id, user_id);
    Err(not_yet("refresh_memberships"))
}
