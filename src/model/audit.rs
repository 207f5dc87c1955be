//! The audit trail: one hash-chained event per change, carrying ids, never personal data,
//! in one chain per tenant and one for the store itself.

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
    /// SHA-256 of the hash of the previous event of its chain and this event's
    /// content, hex.
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
    /// Hash of the newest event of all: record it elsewhere to detect a truncated
    /// trail later.
    pub head: Option<String>,
    /// The first broken link, if any.
    pub problem: Option<String>,
    /// Each chain's newest event (when the trail is intact), the store-level chain
    /// first and then the tenants' by slug: record them to detect events cut off the
    /// end of any chain.
    #[serde(default)]
    pub chains: Vec<ChainHead>,
}

/// The newest event of one chain of the trail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ChainHead {
    /// The tenant whose chain it is; none for the store-level chain (the events of no
    /// tenant, and all events written before the trail had a chain per tenant).
    pub tenant: Option<String>,
    pub events: u64,
    /// Hash of the chain's newest event.
    pub head: String,
}
