//! The audit trail: one hash-chained event per change, carrying ids, never personal data.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AuditEvent {
    pub seq: i64,
    #[serde(with = "crate::model::time::rfc3339")]
    #[schemars(with = "String")]
    pub at: DateTime<Utc>,
    pub actor: String,
    pub tenant: Option<String>,
    pub action: String,
    /// Ids of what the change touched, and counts or field names; no personal data.
    pub target: serde_json::Value,
    /// SHA-256 of the previous event's hash and this event's content, hex.
    pub hash: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct AuditQuery {
    pub tenant: Option<String>,
    pub action: Option<String>,
    pub since: Option<DateTime<Utc>>,
    /// The most recent `limit` events (0 means all), oldest first.
    pub limit: u64,
}

/// The outcome of `audit verify`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AuditVerification {
    pub ok: bool,
    pub events: u64,
    /// Hash of the newest event: record it elsewhere to detect a truncated trail later.
    pub head: Option<String>,
    /// The first broken link, if any.
    pub problem: Option<String>,
}
