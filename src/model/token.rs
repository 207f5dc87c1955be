//! API tokens for the remote store: who may call `lmsctl serve`, for which tenants and
//! with which role. The store keeps only a hash of each token.

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What a token may do (in its tenant and the tenants below it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Everything.
    Admin,
    /// Data protection: GDPR commands, the audit trail and reading.
    Dpo,
    /// Reports only.
    Reporter,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Dpo => "dpo",
            Role::Reporter => "reporter",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "admin" => Some(Role::Admin),
            "dpo" => Some(Role::Dpo),
            "reporter" => Some(Role::Reporter),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct NewToken {
    /// `None`: the whole store, every tenant present and future.
    pub tenant: Option<String>,
    pub role: Role,
    pub label: Option<String>,
    /// The last day the token is accepted; `None`: until revoked.
    pub expires_on: Option<NaiveDate>,
}

/// A token as listed: never the secret itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Token {
    pub id: i64,
    /// `None`: the whole store.
    pub tenant: Option<String>,
    pub role: Role,
    pub label: Option<String>,
    #[serde(with = "crate::model::time::rfc3339")]
    #[schemars(with = "String")]
    pub created_at: DateTime<Utc>,
    pub expires_on: Option<NaiveDate>,
    #[serde(default, with = "crate::model::time::rfc3339_option")]
    #[schemars(with = "Option<String>")]
    pub revoked_at: Option<DateTime<Utc>>,
    /// `active`, `expired` or `revoked`.
    pub state: String,
}

/// A new token with its secret, shown once.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct CreatedToken {
    #[serde(flatten)]
    pub token: Token,
    pub secret: String,
}

/// What a valid token grants: a role in a tenant and its descendants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub token_id: i64,
    /// `None`: the whole store.
    pub tenant: Option<String>,
    pub role: Role,
    /// The tenant and every tenant below it (slugs).
    pub tenants: Vec<String>,
    /// The day this request works on, when the server lets clients name it (a fixed
    /// clock for tests and demos); `None`: the server's own.
    pub today: Option<chrono::NaiveDate>,
}
