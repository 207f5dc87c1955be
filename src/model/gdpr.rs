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

/// A row as a store holds it: each column's value, in the table's column order.
pub type StoredRow = serde_json::Map<String, serde_json::Value>;

/// What a store holds on one person (Art. 15 and 20), read in the transaction that
/// records the export: the material of the subject-export document, which the core
/// writes ([`crate::core::gdpr::export`]).
///
/// Which tables hold data about a person is the store's schema's business (every
/// table referring to the user), so their rows come column by column rather than as
/// types of their own: a table added later is exported without a change here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SubjectData {
    pub tenant: String,
    pub user_id: i64,
    /// The version of the store's schema, which the tables and columns follow.
    pub schema_version: i64,
    /// When the store read it (and recorded the export).
    pub read_at: String,
    /// The person's own row.
    pub subject: StoredRow,
    /// The rows of every table that refers to the person, in the schema's order.
    pub tables: Vec<SubjectRows>,
    /// The courses those rows name by id.
    pub courses: Vec<CourseName>,
    /// The groups those rows name by id.
    pub groups: Vec<GroupName>,
    /// The audit events about the person, oldest first.
    pub audit_events: Vec<SubjectEvent>,
    /// The learning history, when it was asked for (the xAPI form).
    pub learning: Option<LearningHistory>,
}

/// The rows of `table` whose `column` refers to the person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SubjectRows {
    pub table: String,
    pub column: String,
    pub rows: Vec<StoredRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CourseName {
    pub id: i64,
    pub code: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct GroupName {
    pub id: i64,
    pub name: String,
}

/// An audit event whose target names the person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SubjectEvent {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    /// What the event was about, as recorded (JSON; text where it was not).
    pub target: serde_json::Value,
}

/// Who learnt what: the person's completions, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LearningHistory {
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub completions: Vec<CompletedCourse>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CompletedCourse {
    pub course_code: String,
    pub course_title: String,
    pub completed_on: NaiveDate,
    /// 0 to 100.
    pub score: Option<f64>,
    /// The certificate issued for it.
    pub serial: String,
}
