/*!
Users and their consents: what a user's fields may be, that e-mail addresses and
external ids are unique within a tenant (e-mail ignoring case), and who may manage
whom, before a backend adds or changes a user.
*/

use chrono::NaiveDate;

use super::fields::{self, limits};
use super::{Lms, hints};
use crate::error::{Error, ErrorKind, Result};
use crate::model::value::{check_locale, check_role};
use crate::model::*;

impl Lms {
    pub fn add_user(&self, tenant: &str, user: &NewUser) -> Result<User> {
        let mut user = check_new(user)?;
        self.check_unique(tenant, Some(&user.email), user.external_id.as_deref(), None)?;
        if let Some(manager) = &user.manager {
            user.manager = Some(UserSel::Id(self.manager(tenant, manager, None)?));
        }
        self.backend
            .add_user(tenant, &user)
            .map_err(|e| explain(e, tenant))
    }

    pub fn users(&self, tenant: &str, query: &UserQuery) -> Result<Vec<User>> {
        self.backend.users(tenant, query).map_err(|e| explain(e, tenant))
    }

    /// One user, with the names of their groups.
    pub fn user(&self, tenant: &str, sel: &UserSel) -> Result<User> {
        self.backend.user(tenant, sel).map_err(|e| explain(e, tenant))
    }

    pub fn update_user(&self, tenant: &str, sel: &UserSel, patch: &UserPatch) -> Result<User> {
        let mut patch = check_patch(patch)?;
        let id = self.user(tenant, sel)?.id;
        self.check_unique(
            tenant,
            patch.email.as_deref(),
            patch.external_id.as_deref().filter(|e| !e.is_empty()),
            Some(id),
        )?;
        if let Some(Some(manager)) = &patch.manager {
            patch.manager = Some(Some(UserSel::Id(self.manager(tenant, manager, Some(id))?)));
        }
        self.backend
            .update_user(tenant, &UserSel::Id(id), &patch)
            .map_err(|e| explain(e, tenant))
    }

    pub fn set_user_status(&self, tenant: &str, sel: &UserSel, status: UserStatus) -> Result<User> {
        self.backend
            .set_user_status(tenant, sel, status)
            .map_err(|e| explain(e, tenant))
    }

    /// Fails when another user of the tenant than `except` already has this e-mail
    /// address (ignoring case) or external id. The backend's unique indexes hold the
    /// same rule against a change made in between.
    fn check_unique(
        &self,
        tenant: &str,
        email: Option<&str>,
        external_id: Option<&str>,
        except: Option<i64>,
    ) -> Result<()> {
        let holder = |sel: UserSel| match self.backend.user(tenant, &sel) {
            Ok(user) => Ok((Some(user.id) != except).then_some(user.id)),
            Err(err) if err.kind == ErrorKind::NotFound => Ok(None),
            Err(err) => Err(explain(err, tenant)),
        };
        if let Some(email) = email
            && let Some(other) = holder(UserSel::Email(email.to_owned()))?
        {
            return Err(Error::invalid(format!(
                "--email: user id:{other} of tenant '{tenant}' already has the e-mail address '{email}' (e-mail addresses are unique per tenant, ignoring case)"
            ))
            .with_hint(format!("change that user with `lmsctl user update id:{other}`, or use another address")));
        }
        if let Some(external_id) = external_id
            && let Some(other) = holder(UserSel::ExternalId(external_id.to_owned()))?
        {
            return Err(Error::invalid(format!(
                "--external-id: user id:{other} of tenant '{tenant}' already has the external id '{external_id}'"
            ))
            .with_hint(format!("show that user with `lmsctl user show id:{other}`")));
        }
        Ok(())
    }

    /// The id of the manager `manager` names, who must be a user of the tenant other
    /// than `user` themselves.
    fn manager(&self, tenant: &str, manager: &UserSel, user: Option<i64>) -> Result<i64> {
        let found = self.user(tenant, manager).map_err(|e| Error {
            message: format!("--manager: {}", e.message),
            ..e
        })?;
        if Some(found.id) == user {
            return Err(field_error(
                "--manager",
                "a user cannot be their own manager",
                "name another user of the tenant, or --manager \"\" for none",
            ));
        }
        Ok(found.id)
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
            .map_err(|e| explain(e, tenant))
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
                Some("consent") => hints::add(
                    e,
                    format!("see who accepted it with `lmsctl user consent missing --notice {notice}`"),
                ),
                _ => explain(e, tenant),
            })
    }

    /// Active users who have not accepted `notice`.
    pub fn users_without_consent(&self, tenant: &str, notice: &str) -> Result<Vec<User>> {
        self.backend
            .users_without_consent(tenant, notice)
            .map_err(|e| explain(e, tenant))
    }
}

/// The hints of the user area's refusals.
fn explain(err: Error, tenant: &str) -> Error {
    let hint = match err.about {
        Some("user.suppressed") => {
            "if they are back legitimately, lift it: lmsctl gdpr suppression remove --email ... --external-id ..."
        }
        _ => return hints::explain(err, tenant),
    };
    hints::add(err, hint)
}

fn field_error(field: &str, message: impl std::fmt::Display, hint: &str) -> Error {
    Error::invalid(format!("{field}: {message}")).with_hint(hint.to_owned())
}

fn required(field: &str, value: &str) -> Result<String> {
    fields::required_line(field, value, limits::NAME)
}

/// An optional name-like field: `Some("")` when given empty (clearing it).
fn optional(field: &str, value: &str) -> Result<String> {
    Ok(fields::optional_line(field, value, limits::NAME)?.unwrap_or_default())
}

fn checked_external_id(external_id: &str) -> Result<String> {
    Ok(fields::optional_line("--external-id", external_id, limits::EXTERNAL_ID)?.unwrap_or_default())
}

fn checked_locale(locale: &str) -> Result<String> {
    let locale = fields::optional_line("--locale", locale, limits::LOCALE)?.unwrap_or_default();
    if !locale.is_empty() {
        check_locale(&locale)
            .map_err(|m| field_error("--locale", m, "give a language tag such as de or de-DE"))?;
    }
    Ok(locale)
}

/// Roles cleaned, checked and each named once.
fn checked_roles(roles: &[String]) -> Result<Vec<String>> {
    let mut cleaned: Vec<String> = Vec::new();
    for role in roles {
        let role = fields::line("--role", role, limits::CODE)?;
        check_role(&role).map_err(|m| {
            field_error(
                "--role",
                m,
                "name roles in lowercase, e.g. --role learner --role trainer",
            )
        })?;
        if !cleaned.contains(&role) {
            cleaned.push(role);
        }
    }
    Ok(cleaned)
}

/// `None` for the empty text.
fn given(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

/// A new user as a backend takes it: every field cleaned and checked, empty optional
/// fields `None`, at least the role `learner`.
pub fn check_new(new: &NewUser) -> Result<NewUser> {
    Ok(NewUser {
        email: fields::email("--email", &new.email)?,
        first_name: required("--first-name", &new.first_name)?,
        last_name: required("--last-name", &new.last_name)?,
        external_id: given(checked_external_id(new.external_id.as_deref().unwrap_or(""))?),
        department: given(optional("--department", new.department.as_deref().unwrap_or(""))?),
        location: given(optional("--location", new.location.as_deref().unwrap_or(""))?),
        manager: new.manager.clone(),
        start_date: new.start_date,
        locale: given(checked_locale(new.locale.as_deref().unwrap_or(""))?),
        roles: if new.roles.is_empty() {
            vec!["learner".to_owned()]
        } else {
            checked_roles(&new.roles)?
        },
    })
}

/// Changes as a backend takes them: each given field cleaned and checked; an empty
/// text (`Some("")`) clears an optional field.
pub fn check_patch(patch: &UserPatch) -> Result<UserPatch> {
    if patch.is_empty() {
        return Err(Error::usage("nothing to change")
            .with_hint("pass at least one field to change, e.g. --department Vertrieb"));
    }
    let each = |value: &Option<String>, check: &dyn Fn(&str) -> Result<String>| {
        value.as_deref().map(check).transpose()
    };
    Ok(UserPatch {
        email: each(&patch.email, &|e| fields::email("--email", e))?,
        external_id: each(&patch.external_id, &checked_external_id)?,
        first_name: each(&patch.first_name, &|v| required("--first-name", v))?,
        last_name: each(&patch.last_name, &|v| required("--last-name", v))?,
        department: each(&patch.department, &|v| optional("--department", v))?,
        location: each(&patch.location, &|v| optional("--location", v))?,
        manager: patch.manager.clone(),
        start_date: patch.start_date,
        locale: each(&patch.locale, &checked_locale)?,
        roles: patch.roles.as_deref().map(checked_roles).transpose()?,
    })
}
