/*!
The audit trail: what its events record, and what makes it tamper-evident.

A backend tells what it changed ([`Changed`]: ids and counts, never personal data);
[`event`] names the event and writes its target, so every backend's trail reads
alike. Every event is chained to the one before by a SHA-256 over the previous hash and
every stored field, so editing any field, deleting or reordering events breaks the
chain; [`ChainCheck`] walks it. Backends store the events and call these rules
([`crate::store::Rules`]) inside the transaction of each change.
*/

use sha2::{Digest, Sha256};

use super::Lms;
use crate::error::Result;
use crate::model::{AuditEvent, AuditQuery, AuditVerification};
use serde_json::{Value, json};

use crate::model::UserStatus;
use crate::store::rules::{AuditCheck, AuditLink, Changed};

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
