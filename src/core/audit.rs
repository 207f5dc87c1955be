/*!
The audit trail: what makes it tamper-evident, and its events.

Every event is chained to the one before by a SHA-256 over the previous hash and
every stored field, so editing any field, deleting or reordering events breaks the
chain; [`ChainCheck`] walks it. Backends store the events and call these rules
([`crate::store::Rules`]) inside the transaction of each change.
*/

use sha2::{Digest, Sha256};

use super::Lms;
use crate::error::Result;
use crate::model::{AuditEvent, AuditQuery, AuditVerification};
use crate::store::rules::{AuditCheck, AuditLink};

/// The `prev` of the first event.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hash of one event, over the previous hash and every stored field, each with
/// its length (so no two different events hash alike by moving text between fields).
pub fn hash(link: &AuditLink<'_>) -> String {
    let mut hasher = Sha256::new();
    for part in [
        link.prev,
        &link.seq.to_string(),
        link.at,
        link.actor,
        link.tenant.unwrap_or(""),
        link.action,
        link.target,
    ] {
        hasher.update(part.len().to_le_bytes());
        hasher.update(part.as_bytes());
    }
    hex::encode(hasher.finalize())
}

/// The walk along a trail: each event must link to its predecessor's hash, carry the
/// next sequence number and hash to what it stores.
pub struct ChainCheck {
    anchor: Option<String>,
    anchor_found: bool,
    expected_prev: String,
    expected_seq: i64,
    events: u64,
    problem: Option<String>,
}

impl ChainCheck {
    pub fn new(anchor: Option<&str>) -> Self {
        ChainCheck {
            anchor: anchor.map(str::to_owned),
            anchor_found: anchor.is_none(),
            expected_prev: GENESIS.to_owned(),
            expected_seq: 1,
            events: 0,
            problem: None,
        }
    }
}

impl AuditCheck for ChainCheck {
    fn next(&mut self, link: &AuditLink<'_>, stored_hash: &str) -> bool {
        let seq = link.seq;
        self.events += 1;
        let expected_seq = self.expected_seq;
        self.problem = if seq != expected_seq {
            Some(format!(
                "event {expected_seq} is missing (the next event is {seq}): events were deleted"
            ))
        } else if link.prev != self.expected_prev {
            Some(format!(
                "event {seq} does not link to the event before it: events were deleted or replaced"
            ))
        } else if hash(link) != stored_hash {
            Some(format!(
                "event {seq} was altered after it was written (its content does not match its hash)"
            ))
        } else {
            None
        };
        if self.problem.is_some() {
            return false;
        }
        self.anchor_found |= self
            .anchor
            .as_deref()
            .is_some_and(|a| a.eq_ignore_ascii_case(stored_hash));
        stored_hash.clone_into(&mut self.expected_prev);
        self.expected_seq = seq + 1;
        true
    }

    fn finish(self: Box<Self>) -> AuditVerification {
        let mut problem = self.problem;
        if problem.is_none() && !self.anchor_found {
            problem = Some(format!(
                "the event with hash {} is gone: events were removed from the end of the trail",
                self.anchor.unwrap_or_default()
            ));
        }
        let ok = problem.is_none();
        AuditVerification {
            ok,
            events: self.events,
            head: (ok && self.events > 0).then_some(self.expected_prev),
            problem,
        }
    }
}

impl Lms {
    pub fn audit_events(&self, query: &AuditQuery) -> Result<Vec<AuditEvent>> {
        self.backend
            .audit_events(query)
            .map_err(super::hints::explain_store)
    }

    /// Checks the hash chain; with `anchor`, also that the event with that hash is still there.
    pub fn verify_audit(&self, anchor: Option<&str>) -> Result<AuditVerification> {
        self.backend
            .verify_audit(anchor)
            .map_err(super::hints::explain_store)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link<'a>(prev: &'a str, seq: i64, target: &'a str) -> AuditLink<'a> {
        AuditLink {
            prev,
            seq,
            at: "2026-12-06T10:00:00Z",
            actor: "alice",
            tenant: Some("acme"),
            action: "user.create",
            target,
        }
    }

    #[test]
    fn a_chain_holds_until_an_event_is_altered() {
        let first = link(GENESIS, 1, "{\"user_id\":1}");
        let first_hash = hash(&first);
        let second = link(&first_hash, 2, "{\"user_id\":2}");
        let second_hash = hash(&second);

        let mut check = Box::new(ChainCheck::new(Some(&second_hash)));
        assert!(check.next(&first, &first_hash) && check.next(&second, &second_hash));
        let verified = check.finish();
        assert!(verified.ok && verified.events == 2);
        assert_eq!(verified.head.as_deref(), Some(second_hash.as_str()));

        let altered = link(&first_hash, 2, "{\"user_id\":3}");
        let mut check = Box::new(ChainCheck::new(None));
        assert!(check.next(&first, &first_hash));
        assert!(!check.next(&altered, &second_hash));
        assert!(check.finish().problem.unwrap().contains("event 2 was altered"));
    }

    #[test]
    fn moving_text_between_fields_changes_the_hash() {
        let one = AuditLink {
            actor: "ab",
            tenant: Some("c"),
            ..link(GENESIS, 1, "{}")
        };
        let other = AuditLink {
            actor: "a",
            tenant: Some("bc"),
            ..link(GENESIS, 1, "{}")
        };
        assert_ne!(hash(&one), hash(&other));
    }
}
