//! Groups: static member lists and/or a rule over user attributes.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Group {
    pub id: i64,
    pub tenant: String,
    pub name: String,
    pub description: Option<String>,
    /// The membership rule in canonical form, for rule groups.
    pub rule: Option<String>,
    pub members: u64,
    #[serde(with = "crate::model::time::rfc3339")]
    #[schemars(with = "String")]
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct NewGroup {
    pub name: String,
    pub description: Option<String>,
    /// Rule text as typed; the store parses and canonicalises it.
    pub rule: Option<String>,
}

/// One member of a group and how they got there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct GroupMember {
    pub id: i64,
    pub external_id: Option<String>,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub department: Option<String>,
    pub location: Option<String>,
    pub status: super::UserStatus,
    /// `static`, `rule`, or `static+rule`.
    pub via: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct GroupDetail {
    #[serde(flatten)]
    pub group: Group,
    pub member_list: Vec<GroupMember>,
}
