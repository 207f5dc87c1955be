/*!
Statuses in SQLite. The core writes the status model in this store's SQL
([`Rules::status_sql`]) over the names below, once when the store is opened; queries
splice in what it wrote ([`Statuses`]) and bind the days it is decided for, so every
command and report names statuses the same way and none writes a rule of its own. What
is here is how this store reads the facts: an enrollment as it stood on a day
([`ENROLLMENT_AS_OF`]) and whether a certificate is superseded.
*/

use rusqlite::types::Value;

use crate::model::AsOf;
use crate::model::value::iso_date;
use crate::store::rules::{Rules, StatusSql};
pub use crate::store::status_sql::ENROLLMENT_AS_OF;
use crate::store::status_sql::NAMES;

/// The status model as this store's queries use it.
pub(crate) struct Statuses {
    /// The SQL the core wrote over [`NAMES`].
    pub sql: StatusSql,
    rules: &'static dyn Rules,
}

impl Statuses {
    pub fn new(rules: &'static dyn Rules) -> Statuses {
        Statuses {
            sql: rules.status_sql(&NAMES),
            rules,
        }
    }

    /// The named parameters of [`Statuses::sql`] and [`ENROLLMENT_AS_OF`] for
    /// statuses on `as_of`.
    pub fn params(&self, as_of: AsOf) -> Vec<(&'static str, Value)> {
        vec![
            (NAMES.as_of, Value::Text(iso_date(as_of.date))),
            (
                NAMES.expiring_until,
                Value::Text(iso_date(self.rules.expiring_until(as_of))),
            ),
        ]
    }
}
