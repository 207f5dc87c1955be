//! Users in PostgreSQL: add, list, show, update, suspend and reactivate.

use super::{PostgresStore, not_yet};
use crate::error::Result;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use crate::store::Sink;

pub fn add_user(store: &PostgresStore, tenant: &str, user: &NewUser) -> Result<User> {
    let _ = (store, tenant, user);
    Err(not_yet("add_user"))
}

pub fn users(store: &PostgresStore, tenant: &str, query: &UserQuery) -> Result<Vec<User>> {
    let _ = (store, tenant, query);
    Err(not_yet("users"))
}

pub fn user(store: &PostgresStore, tenant: &str, sel: &UserSel) -> Result<User> {
    let _ = (store, tenant, sel);
    Err(not_yet("user"))
}

pub fn update_user(store: &PostgresStore, tenant: &str, sel: &UserSel, patch: &UserPatch) -> Result<User> {
    let _ = (store, tenant, sel, patch);
    Err(not_yet("update_user"))
}

pub fn set_user_status(
    store: &PostgresStore,
    tenant: &str,
    sel: &UserSel,
    status: UserStatus,
) -> Result<User> {
    let _ = (store, tenant, sel, status);
    Err(not_yet("set_user_status"))
}

// Shared with the other areas: selectors and activity.

/// The user a selector names within one tenant: their row id, and whether they were
/// erased.
#[allow(dead_code)] // for the areas still being written
pub(super) fn find(
    tx: &mut postgres::Transaction<'_>,
    tenant_id: i64,
    sel: &UserSel,
) -> Result<Option<(i64, bool)>> {
    let row = match sel {
        UserSel::Id(id) => tx.query_opt(
            "SELECT id, status = 'erased' FROM \"user\" WHERE tenant_id = $1 AND id = $2",
            &[&tenant_id, id],
        )?,
        UserSel::Email(email) => tx.query_opt(
            "SELECT id, status = 'erased' FROM \"user\" WHERE tenant_id = $1 AND email = $2::text::citext",
            &[&tenant_id, email],
        )?,
        UserSel::ExternalId(external_id) => tx.query_opt(
            "SELECT id, status = 'erased' FROM \"user\" WHERE tenant_id = $1 AND external_id = $2",
            &[&tenant_id, external_id],
        )?,
    };
    Ok(row.map(|row| (row.get(0), row.get(1))))
}

/// Resolves a selector to the user's row id within one tenant.
#[allow(dead_code)] // for the areas still being written
pub(super) fn resolve(tx: &mut postgres::Transaction<'_>, tenant_id: i64, sel: &UserSel) -> Result<i64> {
    find(tx, tenant_id, sel)?
        .map(|(id, _)| id)
        .ok_or_else(|| crate::error::Error::not_found("user", sel))
}

/// Resolves a selector to a user that may still be changed: not an erased one (its
/// row is a tombstone and must stay empty).
#[allow(dead_code)] // for the areas still being written
pub(super) fn resolve_writable(
    tx: &mut postgres::Transaction<'_>,
    tenant_id: i64,
    sel: &UserSel,
) -> Result<i64> {
    match find(tx, tenant_id, sel)? {
        None => Err(crate::error::Error::not_found("user", sel)),
        Some((_, true)) => Err(crate::error::Error::refused(format!(
            "user {sel} was erased; nothing can be recorded for them any more"
        ))),
        Some((id, false)) => Ok(id),
    }
}

/// Records learning activity of a user on `date` (for retention and anonymisation of
/// the inactive); an earlier date never moves it back.
#[allow(dead_code)] // for the areas still being written
pub(super) fn touch(tx: &mut postgres::Transaction<'_>, user_id: i64, date: chrono::NaiveDate) -> Result<()> {
    let at = format!("{}T00:00:00.000Z", crate::model::value::iso_date(date));
    tx.execute(
        "UPDATE \"user\" SET last_activity_at = $2 WHERE id = $1 AND (last_activity_at IS NULL OR last_activity_at < $2)",
        &[&user_id, &at],
    )?;
    tx.execute(
        "INSERT INTO user_activity (user_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        &[&user_id, &date],
    )?;
    Ok(())
}

pub(super) fn select_where(
    tx: &mut postgres::Transaction<'_>,
    condition: &str,
    params: &[&(dyn postgres::types::ToSql + Sync)],
) -> Result<Vec<User>> {
    let _ = (tx, condition, params);
    Err(not_yet("select_where"))
}
