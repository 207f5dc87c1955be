//! The rules the core hands a backend to apply inside its transactions
//! ([`crate::store::Rules`]); each is written in the core module of its area.

use chrono::NaiveDate;

use super::{audit, status};
use crate::model::AsOf;
use crate::store::rules::{AuditCheck, AuditLink, StatusNames, StatusSql};

/// The domain's rules, as backends ask for them.
pub struct DomainRules;

/// What every backend is opened with.
pub static RULES: DomainRules = DomainRules;

impl crate::store::Rules for DomainRules {
    fn audit_genesis(&self) -> &'static str {
        audit::GENESIS
    }

    fn audit_hash(&self, link: &AuditLink<'_>) -> String {
        audit::hash(link)
    }

    fn audit_check(&self, anchor: Option<&str>) -> Box<dyn AuditCheck> {
        Box::new(audit::ChainCheck::new(anchor))
    }

    // The status model.

    fn status_sql(&self, names: &StatusNames<'_>) -> StatusSql {
        status::sql(names)
    }

    fn expiring_until(&self, as_of: AsOf) -> NaiveDate {
        status::expiring_until(as_of)
    }
}
