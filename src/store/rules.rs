/*!
What a backend asks the core while it works inside one of its transactions.

Some rules must see the store exactly as a transaction sees it: how an audit event
is chained to the one before, what an import row changes, whether a saved plan still
holds. Others must run inside a backend's queries: a report decides the status of a
million enrollments without reading them out, so the core writes the status model in
the backend's SQL. The core owns them all ([`crate::core::RULES`]); a backend is
handed them when it is opened and calls them, so the rules live once and the arrows
point one way (the store layer never names the core).
*/

use chrono::NaiveDate;

use crate::model::{AsOf, AuditVerification};

/// An audit event as it is chained: every stored field and the hash of the event
/// before it.
#[derive(Debug, Clone, Copy)]
pub struct AuditLink<'a> {
    pub prev: &'a str,
    pub seq: i64,
    pub at: &'a str,
    pub actor: &'a str,
    pub tenant: Option<&'a str>,
    pub action: &'a str,
    /// The event's target as the JSON text stored.
    pub target: &'a str,
}

/// The check of an audit trail, fed its events in order.
pub trait AuditCheck {
    /// Takes the next stored event and the hash stored with it; false once the
    /// trail is found broken (the events after it need not be read).
    fn next(&mut self, link: &AuditLink<'_>, hash: &str) -> bool;
    /// What the check found.
    fn finish(self: Box<Self>) -> AuditVerification;
}

/// The domain rules a backend applies inside its transactions.
pub trait Rules: Send + Sync {
    /// The `prev` of a trail's first event.
    fn audit_genesis(&self) -> &'static str;
    /// The hash an event is stored with.
    fn audit_hash(&self, link: &AuditLink<'_>) -> String;
    /// A check of the whole trail; with `anchor`, also that the event with that hash
    /// is still there.
    fn audit_check(&self, anchor: Option<&str>) -> Box<dyn AuditCheck>;

    // The status model, for backends that decide statuses inside their queries.

    /// The status model written in SQL over the names a backend's queries use.
    fn status_sql(&self, names: &StatusNames<'_>) -> StatusSql;
    /// The last day on which a certificate running out counts as expiring, for
    /// statuses on `as_of` (bound to [`StatusNames::expiring_until`]).
    fn expiring_until(&self, as_of: AsOf) -> NaiveDate;
}

/// What a backend's queries call the facts a status is decided from, so that the
/// core can write the status model in their terms ([`Rules::status_sql`]). Each name
/// is an SQL expression: a column, a parameter, or a condition.
#[derive(Debug, Clone, Copy)]
pub struct StatusNames<'a> {
    /// An enrollment's day of the completion that counts (NULL: not done).
    pub done_on: &'a str,
    /// The day that completion's certificate runs out (NULL: never).
    pub expires_on: &'a str,
    /// The day the enrollment is due (NULL: no due date).
    pub due_on: &'a str,
    /// Its progress in percent.
    pub progress: &'a str,
    /// A certificate's day of running out (NULL: never).
    pub certificate_expires_on: &'a str,
    /// A condition: a later completion supersedes the certificate.
    pub superseded: &'a str,
    /// An enrollment's status, already computed with [`StatusSql::status`] (reminders
    /// are decided from it).
    pub status: &'a str,
    /// Its due day, already computed with [`StatusSql::due_on`].
    pub status_due_on: &'a str,
    /// The parameter holding the day asked about.
    pub as_of: &'a str,
    /// The parameter holding the last day of the expiring window
    /// ([`Rules::expiring_until`]).
    pub expiring_until: &'a str,
}

/// The status model in a backend's SQL, written by the core over [`StatusNames`].
#[derive(Debug, Clone)]
pub struct StatusSql {
    /// An enrollment's status: an expression yielding its name (`assigned`, ...).
    pub status: String,
    /// When an enrollment is due: its due day, or once its certificate ran out, the
    /// day it did.
    pub due_on: String,
    /// A condition: the enrollment is overdue.
    pub overdue: String,
    /// A condition: the enrollment's certificate is expiring.
    pub expiring: String,
    /// A condition on the computed status: it counts as completed.
    pub completed: String,
    /// A certificate's state: an expression yielding `valid`, `expiring`, `expired`
    /// or `superseded`.
    pub certificate: String,
    /// Why to remind someone of an enrollment, from its computed status and due day:
    /// `due-soon`, `overdue`, `expiring`, `expired`, or NULL.
    pub reminder: String,
}
