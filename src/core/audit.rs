/*!
The audit trail: what its events record, and what makes it tamper-evident.

A backend tells what it changed ([`Changed`]: ids and counts, never personal data);
[`event`] names the event and writes its target, so every backend's trail reads
alike. The trail is one hash chain per tenant plus one for the store itself
([`chain_of`]), so writers to different tenants never wait on each other's chain
head. Each event is chained to the previous event of its chain by a SHA-256 over
that event's hash and every stored field, so editing any field, deleting or
reordering events breaks a chain; `seq` orders all events (it may have gaps), and
[`ChainCheck`] walks every chain at once in that order. Backends store the events
and call these rules ([`crate::store::Rules`]) inside the transaction of each change.
*/

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use super::Lms;
use crate::error::Result;
use crate::model::{AuditEvent, AuditQuery, AuditVerification, ChainHead};
use serde_json::{Value, json};

use crate::model::UserStatus;
use crate::store::rules::{AuditCheck, AuditLink, Changed};

/// The `prev` of a chain's first event.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The chain an event is appended to: its tenant's, named by the tenant's slug, or
/// for an event of no tenant the store-level chain `""`.
///
/// The name is stored with each event and never worked out again. A slug never
/// changes (`tenant update` cannot rename one); a slug taken again after its tenant
/// was deleted continues that slug's chain, which stays one valid chain.
pub fn chain_of(tenant: Option<&str>) -> &str {
    tenant.unwrap_or("")
}

/// The hash of one event, over the previous hash of its chain and every stored field,
/// each with its length (so no two different events hash alike by moving text between
/// fields).
///
/// The chain's name is hashed too, when it has one. The check links each event to the
/// previous event *of its chain*, so the chain decides what an event must link to;
/// unhashed, it could be rewritten unseen: a chain's only events moved to another
/// name, or one tenant's events made to look like another's. The store-level chain
/// `""` adds nothing, which keeps the events written before there were chains per
/// tenant (all in that chain, hashed without a chain) valid; and a named chain adds
/// one more length-prefixed part, so no event hashes alike in two chains.
pub fn hash(link: &AuditLink<'_>) -> String {
    let mut hasher = Sha256::new();
    let named_chain = (!link.chain.is_empty()).then_some(link.chain);
    for part in [
        link.prev,
        &link.seq.to_string(),
        link.at,
        link.actor,
        link.tenant.unwrap_or(""),
        link.action,
        link.target,
    ]
    .into_iter()
    .chain(named_chain)
    {
        hasher.update(part.len().to_le_bytes());
        hasher.update(part.as_bytes());
    }
    hex::encode(hasher.finalize())
}

/// The action and target of the audit event of `changed`.
pub fn event(changed: &Changed<'_>) -> (&'static str, Value) {
    match *changed {
        Changed::TenantCreated { tenant_id, parent_id } => (
            "tenant.create",
            json!({ "tenant_id": tenant_id, "parent_id": parent_id }),
        ),
        Changed::TenantUpdated { tenant_id, fields } => (
            "tenant.update",
            json!({ "tenant_id": tenant_id, "fields": fields }),
        ),
        Changed::TenantDeleted {
            tenant_ids,
            users,
            groups,
        } => (
            "tenant.delete",
            json!({ "tenant_ids": tenant_ids, "users": users, "groups": groups }),
        ),
        Changed::UserCreated { user_id } => ("user.create", json!({ "user_id": user_id })),
        Changed::UserUpdated { user_id, fields } => {
            ("user.update", json!({ "user_id": user_id, "fields": fields }))
        }
        Changed::UserStatusSet { user_id, status } => (
            match status {
                UserStatus::Active => "user.reactivate",
                UserStatus::Suspended => "user.suspend",
                UserStatus::Erased => "user.erase",
            },
            json!({ "user_id": user_id }),
        ),
        Changed::GroupCreated { group_id } => ("group.create", json!({ "group_id": group_id })),
        Changed::GroupDeleted { group_id, members } => (
            "group.delete",
            json!({ "group_id": group_id, "members": members }),
        ),
        Changed::MembersChanged {
            group_id,
            user_ids,
            added,
        } => (
            if added {
                "group.member.add"
            } else {
                "group.member.remove"
            },
            json!({ "group_id": group_id, "user_ids": user_ids }),
        ),
        Changed::CourseCreated { course_id } => ("course.create", json!({ "course_id": course_id })),
        Changed::CourseUpdated { course_id, fields } => (
            "course.update",
            json!({ "course_id": course_id, "fields": fields }),
        ),
        Changed::CourseArchived { course_id } => ("course.archive", json!({ "course_id": course_id })),
        Changed::AssignmentSaved {
            assignment_id,
            course_id,
            user_id,
            group_id,
            created,
        } => (
            if created {
                "assignment.create"
            } else {
                "assignment.update"
            },
            json!({ "assignment_id": assignment_id, "course_id": course_id, "user_id": user_id, "group_id": group_id }),
        ),
        Changed::AssignmentDeleted {
            assignment_id,
            course_id,
            group_id,
        } => (
            "assignment.delete",
            match group_id {
                Some(group_id) => {
                    json!({ "assignment_id": assignment_id, "course_id": course_id, "group_id": group_id })
                }
                None => json!({ "assignment_id": assignment_id, "course_id": course_id }),
            },
        ),
        Changed::ProgressSet {
            user_id,
            course_id,
            progress,
        } => (
            "enrollment.progress",
            json!({ "user_id": user_id, "course_id": course_id, "progress": progress }),
        ),
        Changed::CompletionCreated {
            completion_id,
            user_id,
            course_id,
        } => (
            "completion.create",
            json!({ "completion_id": completion_id, "user_id": user_id, "course_id": course_id }),
        ),
        Changed::TokenCreated { token_id, role } => {
            ("token.create", json!({ "token_id": token_id, "role": role }))
        }
        Changed::TokenRevoked { token_id } => ("token.revoke", json!({ "token_id": token_id })),
        Changed::CompletionsImported { file, report } => (
            "import.completions",
            json!({
                "file": std::path::Path::new(file).file_name().map(|n| n.to_string_lossy()),
                "sha256": report.sha256,
                "rows": report.rows,
                "created": report.created,
                "unchanged": report.unchanged,
                "rejected": report.rejected,
            }),
        ),
        Changed::SubjectExported {
            user_id,
            request_id,
            counts,
        } => (
            "gdpr.export",
            json!({ "user_id": user_id, "request_id": request_id, "counts": counts }),
        ),
        Changed::SubjectErased {
            user_id,
            tombstone,
            request_id,
            erased,
        } => (
            "gdpr.erase",
            json!({ "user_id": user_id, "tombstone": tombstone, "request_id": request_id, "erased": erased }),
        ),
        Changed::Anonymized {
            inactive_since,
            users,
        } => (
            "gdpr.anonymize",
            json!({ "inactive_since": inactive_since, "users": users }),
        ),
        Changed::RequestOpened {
            request_id,
            user_id,
            kind,
        } => (
            "gdpr.request.open",
            json!({ "request_id": request_id, "user_id": user_id, "kind": kind }),
        ),
        Changed::RequestClosed { request_id } => ("gdpr.request.close", json!({ "request_id": request_id })),
        Changed::ConsentRecorded { user_id, notice } => {
            ("consent.record", json!({ "user_id": user_id, "notice": notice }))
        }
        Changed::ConsentWithdrawn { user_id, notice } => (
            "consent.withdraw",
            json!({ "user_id": user_id, "notice": notice }),
        ),
        Changed::SuppressionRemoved { kind, hash } => {
            ("gdpr.suppression.remove", json!({ "kind": kind, "hash": hash }))
        }
    }
}

/// The walk along a trail, all chains at once in the order of `seq`: each event must
/// come after the one before it, link to the hash of the previous event of its chain
/// (the first to [`GENESIS`]) and hash to what it stores. `seq` may have gaps (a
/// sequence a transaction rolled back skips numbers): a deleted or replaced event is
/// found by the broken link after it, a reordering by the hashes over `seq`.
pub struct ChainCheck {
    anchor: Option<String>,
    anchor_found: bool,
    /// The newest event of each chain so far, by the chain's name (a store has few
    /// tenants, so this stays small however long the trail).
    tips: BTreeMap<String, Tip>,
    last_seq: Option<i64>,
    events: u64,
    problem: Option<String>,
}

/// The newest event of a chain so far, and how many the chain had up to it.
struct Tip {
    seq: i64,
    hash: String,
    events: u64,
}

/// How a chain is named to people.
fn describe(chain: &str) -> String {
    if chain.is_empty() {
        "the chain of the whole store".to_owned()
    } else {
        format!("the chain of tenant '{chain}'")
    }
}

impl ChainCheck {
    pub fn new(anchor: Option<&str>) -> Self {
        ChainCheck {
            anchor: anchor.map(str::to_owned),
            anchor_found: anchor.is_none(),
            tips: BTreeMap::new(),
            last_seq: None,
            events: 0,
            problem: None,
        }
    }

    /// What is wrong with `link`, the next event, if anything.
    fn problem(&self, link: &AuditLink<'_>, stored_hash: &str) -> Option<String> {
        let seq = link.seq;
        if let Some(last) = self.last_seq.filter(|last| seq <= *last) {
            return Some(format!(
                "event {seq} comes after event {last}: events were reordered"
            ));
        }
        match self.tips.get(link.chain) {
            Some(tip) if link.prev != tip.hash => Some(format!(
                "event {seq} does not link to event {}, the one before it in {}: events were deleted or replaced",
                tip.seq,
                describe(link.chain)
            )),
            None if link.prev != GENESIS => Some(format!(
                "event {seq} does not link to the start of {}, though no event of that chain comes before it: events were deleted or replaced",
                describe(link.chain)
            )),
            _ if hash(link) != stored_hash => Some(format!(
                "event {seq} was altered after it was written (its content does not match its hash)"
            )),
            _ => None,
        }
    }
}

impl AuditCheck for ChainCheck {
    fn next(&mut self, link: &AuditLink<'_>, stored_hash: &str) -> bool {
        self.events += 1;
        self.problem = self.problem(link, stored_hash);
        if self.problem.is_some() {
            return false;
        }
        self.anchor_found |= self
            .anchor
            .as_deref()
            .is_some_and(|a| a.eq_ignore_ascii_case(stored_hash));
        self.last_seq = Some(link.seq);
        match self.tips.get_mut(link.chain) {
            Some(tip) => {
                tip.seq = link.seq;
                stored_hash.clone_into(&mut tip.hash);
                tip.events += 1;
            }
            None => {
                self.tips.insert(
                    link.chain.to_owned(),
                    Tip {
                        seq: link.seq,
                        hash: stored_hash.to_owned(),
                        events: 1,
                    },
                );
            }
        }
        true
    }

    fn finish(self: Box<Self>) -> AuditVerification {
        let mut problem = self.problem;
        if problem.is_none() && !self.anchor_found {
            problem = Some(format!(
                "the event with hash {} is gone: events were removed from the end of a chain",
                self.anchor.unwrap_or_default()
            ));
        }
        let ok = problem.is_none();
        let tips = if ok { self.tips } else { BTreeMap::new() };
        AuditVerification {
            ok,
            events: self.events,
            head: tips
                .values()
                .max_by_key(|tip| tip.seq)
                .map(|tip| tip.hash.clone()),
            problem,
            chains: tips
                .into_iter()
                .map(|(chain, tip)| ChainHead {
                    tenant: (!chain.is_empty()).then_some(chain),
                    events: tip.events,
                    head: tip.hash,
                })
                .collect(),
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
            chain: "acme",
            prev,
            seq,
            at: "2026-12-06T10:00:00Z",
            actor: "alice",
            tenant: Some("acme"),
            action: "user.create",
            target,
        }
    }

    /// `link` of tenant `tenant`, in its chain.
    fn link_of<'a>(tenant: &'a str, prev: &'a str, seq: i64) -> AuditLink<'a> {
        AuditLink {
            chain: tenant,
            tenant: Some(tenant),
            ..link(prev, seq, "{}")
        }
    }

    /// `link` and its hash.
    fn hashed(link: AuditLink<'_>) -> (AuditLink<'_>, String) {
        let hash = hash(&link);
        (link, hash)
    }

    /// Runs a check over `events` (each with its stored hash).
    fn check(anchor: Option<&str>, events: &[(AuditLink<'_>, &str)]) -> AuditVerification {
        let mut check = Box::new(ChainCheck::new(anchor));
        for (link, stored) in events {
            if !check.next(link, stored) {
                break;
            }
        }
        check.finish()
    }

    #[test]
    fn a_chain_holds_until_an_event_is_altered() {
        let first = link(GENESIS, 1, "{\"user_id\":1}");
        let first_hash = hash(&first);
        let second = link(&first_hash, 2, "{\"user_id\":2}");
        let second_hash = hash(&second);

        let verified = check(
            Some(&second_hash),
            &[(first, &first_hash), (second, &second_hash)],
        );
        assert!(verified.ok && verified.events == 2);
        assert_eq!(verified.head.as_deref(), Some(second_hash.as_str()));

        let altered = link(&first_hash, 2, "{\"user_id\":3}");
        let verified = check(None, &[(first, &first_hash), (altered, &second_hash)]);
        assert!(verified.problem.unwrap().contains("event 2 was altered"));
        assert!(verified.head.is_none() && verified.chains.is_empty());
    }

    #[test]
    fn interleaved_chains_with_gaps_in_seq_verify_each_on_its_own() {
        // acme 1, beta 2, store 5, acme 7, beta 8: each links to its own chain only.
        let (a1, a1_hash) = hashed(link_of("acme", GENESIS, 1));
        let (b2, b2_hash) = hashed(link_of("beta", GENESIS, 2));
        let s5 = AuditLink {
            chain: "",
            tenant: None,
            action: "token.create",
            ..link(GENESIS, 5, "{}")
        };
        let s5_hash = hash(&s5);
        let (a7, a7_hash) = hashed(link_of("acme", &a1_hash, 7));
        let (b8, b8_hash) = hashed(link_of("beta", &b2_hash, 8));
        let trail = [
            (a1, a1_hash.as_str()),
            (b2, &b2_hash),
            (s5, &s5_hash),
            (a7, &a7_hash),
            (b8, &b8_hash),
        ];

        let verified = check(Some(&a7_hash), &trail);
        assert!(verified.ok, "{verified:?}");
        assert_eq!(verified.events, 5);
        assert_eq!(verified.head.as_deref(), Some(b8_hash.as_str()));
        let heads: Vec<(Option<&str>, u64, &str)> = verified
            .chains
            .iter()
            .map(|c| (c.tenant.as_deref(), c.events, c.head.as_str()))
            .collect();
        assert_eq!(
            heads,
            [
                (None, 1, s5_hash.as_str()),
                (Some("acme"), 2, a7_hash.as_str()),
                (Some("beta"), 2, b8_hash.as_str())
            ]
        );

        // beta's newest event cut off: still a valid trail, but its old head is gone.
        let verified = check(Some(&b8_hash), &trail[..4]);
        assert!(verified.problem.unwrap().contains("is gone"));
    }

    #[test]
    fn an_event_must_link_to_the_previous_event_of_its_own_chain() {
        let (a1, a1_hash) = hashed(link_of("acme", GENESIS, 1));
        let (b2, b2_hash) = hashed(link_of("beta", GENESIS, 2));
        // Linked to the event before it in seq, of another chain.
        let (a3, a3_hash) = hashed(link_of("acme", &b2_hash, 3));
        let verified = check(None, &[(a1, &a1_hash), (b2, &b2_hash), (a3, &a3_hash)]);
        let problem = verified.problem.unwrap();
        assert!(
            problem.contains(
                "event 3 does not link to event 1, the one before it in the chain of tenant 'acme'"
            ),
            "{problem}"
        );

        // A chain's first event deleted: the next one links to a hash no longer there.
        let (a5, a5_hash) = hashed(link_of("acme", &a1_hash, 5));
        let verified = check(None, &[(b2, &b2_hash), (a5, &a5_hash)]);
        let problem = verified.problem.unwrap();
        assert!(
            problem.contains("event 5 does not link to the start of the chain of tenant 'acme'"),
            "{problem}"
        );
    }

    #[test]
    fn an_event_moved_to_another_chain_or_out_of_order_fails() {
        // beta's only event relabelled as gamma's: it links to GENESIS either way,
        // but its hash covers the chain.
        let (b1, b1_hash) = hashed(link_of("beta", GENESIS, 1));
        let moved = AuditLink { chain: "gamma", ..b1 };
        let problem = check(None, &[(moved, &b1_hash)]).problem.unwrap();
        assert!(problem.contains("event 1 was altered"), "{problem}");
        let to_store = AuditLink { chain: "", ..b1 };
        assert_ne!(hash(&to_store), b1_hash);

        // Handed over out of the order of seq (each chain on its own is fine).
        let (b2, b2_hash) = hashed(link_of("beta", &b1_hash, 2));
        let (g1, g1_hash) = hashed(link_of("gamma", GENESIS, 1));
        let problem = check(None, &[(b1, &b1_hash), (b2, &b2_hash), (g1, &g1_hash)])
            .problem
            .unwrap();
        assert!(problem.contains("event 1 comes after event 2"), "{problem}");
    }

    #[test]
    fn the_store_level_chain_hashes_as_the_single_chain_did() {
        // Events written before chains per tenant are in the store-level chain: their
        // hashes, made without a chain, must still hold.
        let old = AuditLink {
            chain: "",
            ..link(GENESIS, 1, "{\"user_id\":1}")
        };
        assert_eq!(
            hash(&old),
            "047fea1e4ff03c18b91dba77e0967b18a3c2daa0b153839141d0850499108a56"
        );
        assert_ne!(hash(&link(GENESIS, 1, "{\"user_id\":1}")), hash(&old));
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

    #[test]
    fn events_name_the_change_and_record_ids_only() {
        let (action, target) = event(&Changed::UserStatusSet {
            user_id: 7,
            status: UserStatus::Suspended,
        });
        assert_eq!(
            (action, target.to_string()),
            ("user.suspend", r#"{"user_id":7}"#.to_owned())
        );
        let deleted = |group_id| {
            event(&Changed::AssignmentDeleted {
                assignment_id: 3,
                course_id: 4,
                group_id,
            })
            .1
            .to_string()
        };
        assert_eq!(deleted(None), r#"{"assignment_id":3,"course_id":4}"#);
        assert_eq!(
            deleted(Some(5)),
            r#"{"assignment_id":3,"course_id":4,"group_id":5}"#
        );
        let (action, target) = event(&Changed::AssignmentSaved {
            assignment_id: 1,
            course_id: 2,
            user_id: None,
            group_id: Some(9),
            created: true,
        });
        assert_eq!(
            (action, target.to_string()),
            (
                "assignment.create",
                r#"{"assignment_id":1,"course_id":2,"user_id":null,"group_id":9}"#.to_owned()
            )
        );
    }
}
