/*!
Statuses in PostgreSQL: the same status model the core writes for SQLite, over the
same names ([`Rules::status_sql`]); queries splice it in and bind the days it is
decided for (named parameters, [`super::sql::named`]).
*/

use chrono::NaiveDate;

use crate::model::AsOf;
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

    /// The days statuses on `as_of` are decided with: `as_of` and `expiring_until`.
    pub fn days(&self, as_of: AsOf) -> [NaiveDate; 2] {
        [as_of.date, self.rules.expiring_until(as_of)]
    }
}
