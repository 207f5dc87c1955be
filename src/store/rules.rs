/*!
What a backend asks the core while it works inside one of its transactions.

Some rules must see the store exactly as a transaction sees it: how an audit event
is chained to the one before, what an import row changes, whether a saved plan still
holds. The core owns them ([`crate::core::RULES`]); a backend is handed them when it
is opened and calls them, so the rules live once and the arrows point one way (the
store layer never names the core).
*/

use crate::model::AuditVerification;

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
}
