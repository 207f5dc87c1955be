//! Data-protection records: subject requests, erasure receipts, consents, the
//! suppression list and retention.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::UserSel;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum RequestKind {
    /// Access and portability (Art. 15 and 20).
    Export,
    /// Erasure (Art. 17).
    Erase,
    /// Rectification (Art. 16).
    Rectify,
}

impl RequestKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RequestKind::Export => "export",
            RequestKind::Erase => "erase",
            RequestKind::Rectify => "rectify",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "export" => Some(RequestKind::Export),
            "erase" => Some(RequestKind::Erase),
            "rectify" => Some(RequestKind::Rectify),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NewRequest {
    pub kind: RequestKind,
    pub user: UserSel,
    pub received_on: NaiveDate,
}

/// One data-subject request in the register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SubjectRequest {
    pub id: i64,
    pub tenant: String,
    /// The user's id (after an erasure: the tombstone's row).
    pub user_id: Option<i64>,
    pub kind: RequestKind,
    pub received_on: NaiveDate,
    /// received + 1 month (Art. 12(3)).
    pub due_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    /// `open`, `overdue` (open past its due date) or `closed`.
    pub state: String,
    /// The audit event that closed it.
    pub audit_seq: Option<i64>,
    /// What was exported, erased or kept and why (no personal data).
    pub manifest: Option<serde_json::Value>,
}

/// What an erasure removed, and what it kept and why.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ErasureReceipt {
    pub tenant: String,
    pub user_id: i64,
    /// A random id that stands in for the person in the aggregates that stay.
    pub tombstone: String,
    pub request: Option<i64>,
    /// Rows removed or emptied, per table.
    pub erased: BTreeMap<String, u64>,
    /// What stays, and why.
    pub kept: Vec<String>,
    pub dry_run: bool,
}

/// `gdpr anonymize` and `gdpr retention run`: who was (or would be) erased.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AnonymizeReport {
    pub tenant: String,
    /// Users with no activity since this day were erased.
    pub inactive_since: Option<NaiveDate>,
    pub users: u64,
    pub dry_run: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Consent {
    pub user_id: i64,
    pub notice: String,
    pub accepted_on: NaiveDate,
    pub withdrawn_on: Option<NaiveDate>,
}

/// One entry of the suppression list: a keyed hash, never the value itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Suppression {
    pub tenant: String,
    /// `external_id` or `email`.
    pub kind: String,
    /// The first 16 hex digits of the HMAC, enough to tell entries apart.
    pub hash: String,
    pub created_on: NaiveDate,
}
