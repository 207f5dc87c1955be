//! Groups in PostgreSQL: static and rule groups and their members.

use super::{PostgresStore, not_yet};
use crate::error::Result;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use crate::store::Sink;

pub fn create_group(store: &PostgresStore, tenant: &str, group: &NewGroup) -> Result<Group> {
    let _ = (store, tenant, group);
    Err(not_yet("create_group"))
}

pub fn groups(store: &PostgresStore, tenant: &str) -> Result<Vec<Group>> {
    let _ = (store, tenant);
    Err(not_yet("groups"))
}

pub fn group(store: &PostgresStore, tenant: &str, name: &str) -> Result<GroupDetail> {
    let _ = (store, tenant, name);
    Err(not_yet("group"))
}

pub fn delete_group(store: &PostgresStore, tenant: &str, name: &str) -> Result<Group> {
    let _ = (store, tenant, name);
    Err(not_yet("delete_group"))
}

pub fn change_members(
    store: &PostgresStore,
    tenant: &str,
    group: &str,
    users: &[UserSel],
    add: bool,
) -> Result<Group> {
    let _ = (store, tenant, group, users, add);
    Err(not_yet("change_members"))
}

pub(super) fn id_of(tx: &mut postgres::Transaction<'_>, tenant_id: i64, name: &str) -> Result<i64> {
    let _ = (tx, tenant_id, name);
    Err(not_yet("id_of"))
}

pub(super) fn create(w: &mut super::Writer<'_>, tenant: &str, new: &NewGroup) -> Result<Group> {
    let _ = (w, tenant, new);
    Err(not_yet("create"))
}
