//! Users and their consents: who may be added, changed, suspended, and what they accepted.

use chrono::NaiveDate;

use super::fields::{self, limits};
use super::{Lms, hints};
use crate::error::Result;
use crate::model::*;

impl Lms {
    pub fn add_user(&self, tenant: &str, user: &NewUser) -> Result<User> {
        self.backend.add_user(tenant, user)
    }

    pub fn users(&self, tenant: &str, query: &UserQuery) -> Result<Vec<User>> {
        self.backend.users(tenant, query)
    }

    /// One user, with the names of their groups.
    pub fn user(&self, tenant: &str, sel: &UserSel) -> Result<User> {
        self.backend.user(tenant, sel)
    }

    pub fn update_user(&self, tenant: &str, sel: &UserSel, patch: &UserPatch) -> Result<User> {
        self.backend.update_user(tenant, sel, patch)
    }

    pub fn set_user_status(&self, tenant: &str, sel: &UserSel, status: UserStatus) -> Result<User> {
        self.backend.set_user_status(tenant, sel, status)
    }

    /// Records that a user accepted a version of the privacy notice (named by at most
    /// [`limits::CODE`] characters of one line).
    pub fn record_consent(
        &self,
        tenant: &str,
        user: &UserSel,
        notice: &str,
        date: NaiveDate,
    ) -> Result<Consent> {
        let notice = fields::required_line("notice", notice, limits::CODE)?;
        self.backend
            .record_consent(tenant, user, &notice, date)
            .map_err(|e| hints::explain(e, tenant))
    }

    pub fn withdraw_consent(
        &self,
        tenant: &str,
        user: &UserSel,
        notice: &str,
        date: NaiveDate,
    ) -> Result<Consent> {
        let notice = fields::required_line("notice", notice, limits::CODE)?;
        self.backend
            .withdraw_consent(tenant, user, &notice, date)
            .map_err(|e| match e.about {
                Some("consent") if e.hint.is_none() => e.with_hint(format!(
                    "see who accepted it with `lmsctl user consent missing --notice {notice}`"
                )),
                _ => hints::explain(e, tenant),
            })
    }

    /// Active users who have not accepted `notice`.
    pub fn users_without_consent(&self, tenant: &str, notice: &str) -> Result<Vec<User>> {
        self.backend.users_without_consent(tenant, notice)
    }
}
