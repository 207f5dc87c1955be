//! Users (learners, trainers, admins) and how commands address them.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum UserStatus {
    Active,
    Suspended,
    Erased,
}

impl UserStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            UserStatus::Active => "active",
            UserStatus::Suspended => "suspended",
            UserStatus::Erased => "erased",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "active" => Some(UserStatus::Active),
            "suspended" => Some(UserStatus::Suspended),
            "erased" => Some(UserStatus::Erased),
            _ => None,
        }
    }
}

impl fmt::Display for UserStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct User {
    pub id: i64,
    pub tenant: String,
    pub external_id: Option<String>,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub department: Option<String>,
    pub location: Option<String>,
    /// The manager's user id (same tenant).
    pub manager_id: Option<i64>,
    pub start_date: Option<NaiveDate>,
    pub locale: Option<String>,
    pub roles: Vec<String>,
    pub status: UserStatus,
    #[serde(default, with = "crate::model::time::rfc3339_option")]
    #[schemars(with = "Option<String>")]
    pub last_activity_at: Option<DateTime<Utc>>,
    #[serde(with = "crate::model::time::rfc3339")]
    #[schemars(with = "String")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "crate::model::time::rfc3339")]
    #[schemars(with = "String")]
    pub updated_at: DateTime<Utc>,
    /// Names of the groups the user belongs to (static or by rule); filled by `user show`,
    /// null in lists.
    #[serde(default)]
    pub groups: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct NewUser {
    pub external_id: Option<String>,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub department: Option<String>,
    pub location: Option<String>,
    pub manager: Option<UserSel>,
    pub start_date: Option<NaiveDate>,
    pub locale: Option<String>,
    pub roles: Vec<String>,
}

/// Changes to a user. `None` leaves a field as it is; an empty string clears an
/// optional text field.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct UserPatch {
    pub external_id: Option<String>,
    pub email: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub department: Option<String>,
    pub location: Option<String>,
    /// `Some(None)` removes the manager.
    #[serde(
        default,
        deserialize_with = "super::value::double_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub manager: Option<Option<UserSel>>,
    /// `Some(None)` removes the start date.
    #[serde(
        default,
        deserialize_with = "super::value::double_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_date: Option<Option<NaiveDate>>,
    pub locale: Option<String>,
    pub roles: Option<Vec<String>>,
}

impl UserPatch {
    pub fn is_empty(&self) -> bool {
        self.external_id.is_none()
            && self.email.is_none()
            && self.first_name.is_none()
            && self.last_name.is_none()
            && self.department.is_none()
            && self.location.is_none()
            && self.manager.is_none()
            && self.start_date.is_none()
            && self.locale.is_none()
            && self.roles.is_none()
    }
}

/// Filters and paging for `user list`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct UserQuery {
    pub status: Option<UserStatus>,
    pub department: Option<String>,
    pub location: Option<String>,
    pub group: Option<String>,
    /// Case-insensitive text matched against names, e-mail and external id.
    pub search: Option<String>,
    /// 0 means no limit.
    pub limit: u64,
    pub offset: u64,
}

/// How a command names a user: `id:N`, an e-mail address (contains `@`), or an
/// external id (anything else). Its JSON form is that text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum UserSel {
    Id(i64),
    Email(String),
    ExternalId(String),
}

impl FromStr for UserSel {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let text = super::value::clean(text);
        if text.is_empty() {
            return Err("a user selector is empty: use id:N, an e-mail address or an external id".into());
        }
        if let Some(id) = text.strip_prefix("id:") {
            return id
                .parse()
                .map(UserSel::Id)
                .map_err(|_| format!("'{text}' is not a user id: use id:N with a number, e.g. id:42"));
        }
        Ok(if text.contains('@') {
            UserSel::Email(text)
        } else {
            UserSel::ExternalId(text)
        })
    }
}

impl TryFrom<String> for UserSel {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        text.parse()
    }
}

impl From<UserSel> for String {
    fn from(sel: UserSel) -> String {
        sel.to_string()
    }
}

/// The JSON form is the selector's text.
impl JsonSchema for UserSel {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "UserSel".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "minLength": 1,
            "description": "A user: id:N (the user's id), an e-mail address (contains @), or an external id (anything else).",
            "examples": ["id:42", "anna.schmidt@example.com", "P1000"]
        })
    }
}

impl fmt::Display for UserSel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UserSel::Id(id) => write!(f, "id:{id}"),
            UserSel::Email(email) => f.write_str(email),
            UserSel::ExternalId(id) => f.write_str(id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors() {
        assert_eq!("id:42".parse(), Ok(UserSel::Id(42)));
        assert_eq!("a@b.de".parse(), Ok(UserSel::Email("a@b.de".into())));
        assert_eq!(" 007 ".parse(), Ok(UserSel::ExternalId("007".into())));
        assert!("id:x".parse::<UserSel>().is_err());
        assert!("".parse::<UserSel>().is_err());
    }
}
