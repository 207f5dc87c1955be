//! Groups: static member lists and rule groups.

use super::Lms;
use crate::error::Result;
use crate::model::*;

impl Lms {
    pub fn create_group(&self, tenant: &str, group: &NewGroup) -> Result<Group> {
        self.backend.create_group(tenant, group)
    }

    pub fn groups(&self, tenant: &str) -> Result<Vec<Group>> {
        self.backend.groups(tenant)
    }

    pub fn group(&self, tenant: &str, name: &str) -> Result<GroupDetail> {
        self.backend.group(tenant, name)
    }

    pub fn delete_group(&self, tenant: &str, name: &str) -> Result<Group> {
        self.backend.delete_group(tenant, name)
    }

    /// Adds (or removes) static members; all selectors are resolved before anything changes.
    pub fn change_members(&self, tenant: &str, group: &str, users: &[UserSel], add: bool) -> Result<Group> {
        self.backend.change_members(tenant, group, users, add)
    }
}
