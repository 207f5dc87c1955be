//! Tenants (Mandanten): the unit that owns users, groups and courses, arranged in a tree.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Tenant {
    pub id: i64,
    pub slug: String,
    pub name: String,
    /// Slug of the parent tenant, if this tenant is a child academy.
    pub parent: Option<String>,
    pub domain: Option<String>,
    pub brand_color: Option<String>,
    /// Users inactive this long are anonymised by `gdpr retention run`, e.g. `36m`.
    pub retention_inactive: Option<String>,
    pub users: u64,
    #[serde(with = "crate::model::time::rfc3339")]
    #[schemars(with = "String")]
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct NewTenant {
    pub slug: String,
    pub name: String,
    pub parent: Option<String>,
    pub domain: Option<String>,
    pub brand_color: Option<String>,
}

/// Changes to a tenant. `None` leaves a field as it is; `Some("")` clears an optional field.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct TenantPatch {
    pub name: Option<String>,
    pub parent: Option<String>,
    pub domain: Option<String>,
    pub brand_color: Option<String>,
    /// A period in months or years (`3y`); `""` removes the policy.
    pub retention_inactive: Option<String>,
}

/// What deleting a tenant removed (or, before confirmation, would remove).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TenantDeletion {
    /// The deleted tenants, descendants first.
    pub tenants: Vec<String>,
    pub users: u64,
    pub groups: u64,
}

impl TenantDeletion {
    pub fn is_empty_tenant(&self) -> bool {
        self.tenants.len() <= 1 && self.users == 0 && self.groups == 0
    }

    /// What the deletion of `slug` takes, as people read it: the users and groups are
    /// counted over the tenant and its children together, and said so.
    pub fn contents(&self, slug: &str) -> String {
        let counted = format!(
            "{} and {}",
            plural(self.users, "user", "users"),
            plural(self.groups, "group", "groups")
        );
        // `tenants` lists the descendants first and `slug` last.
        let children: Vec<&str> = self
            .tenants
            .iter()
            .map(String::as_str)
            .filter(|t| *t != slug)
            .collect();
        if children.is_empty() {
            format!("'{slug}' has {counted}")
        } else {
            format!(
                "'{slug}' has {} ({}); together they have {counted}",
                plural(children.len() as u64, "child tenant", "child tenants"),
                children.join(", ")
            )
        }
    }
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
