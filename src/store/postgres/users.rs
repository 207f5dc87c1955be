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
