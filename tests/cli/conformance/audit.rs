//! The audit trail: one event per change, without personal data, in a chain that verifies.

use lmsctl::model::*;

use super::{Store, acme, person, sel};

stories! { postgres: the_chain_verifies_after_changes }

fn the_chain_verifies_after_changes(s: &mut Store) {
    let before = s.verify_audit(None).unwrap();
    assert!(before.ok, "{before:?}");
    let events_before = s.audit_count();
    assert_eq!(before.events, events_before as u64);

    acme(s);
    s.update_user(
        "acme",
        &sel("P1"),
        &UserPatch {
            location: Some("Hamburg".to_owned()),
            ..UserPatch::default()
        },
    )
    .unwrap();
    s.create_group(
        "acme",
        &NewGroup {
            name: "g".to_owned(),
            ..NewGroup::default()
        },
    )
    .unwrap();
    // A refused change writes no event.
    s.add_user("acme", &person("P1", "x@acme.test", "X Y", "IT", "Berlin"))
        .unwrap_err();

    let query = AuditQuery {
        tenant: Some("acme".to_owned()),
        ..AuditQuery::default()
    };
    let events = s.audit_events(&query).unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "tenant.create",
            "user.create",
            "user.create",
            "user.create",
            "user.update",
            "group.create"
        ]
    );
    assert_eq!(events[4].target["fields"], serde_json::json!(["location"]));
    let raw = serde_json::to_string(&events).unwrap();
    for personal in ["anna", "Schmidt", "Hamburg", "\"P1\"", "acme.test"] {
        assert!(
            !raw.contains(personal),
            "the audit trail holds '{personal}': {raw}"
        );
    }
    let sequence: Vec<i64> = events.iter().map(|e| e.seq).collect();
    assert!(sequence.windows(2).all(|w| w[0] < w[1]), "{sequence:?}");

    // The chain verifies over every event, its head is the newest event's hash, and an
    // earlier head is still found in it.
    let after = s.verify_audit(None).unwrap();
    let all = s.audit_events(&AuditQuery::default()).unwrap();
    assert_eq!(all.len(), events_before + 6);
    assert_eq!(
        (after.ok, after.events, after.head.as_deref()),
        (true, all.len() as u64, all.last().map(|e| e.hash.as_str()))
    );
    if let Some(head) = before.head.as_deref() {
        assert!(s.verify_audit(Some(head)).unwrap().ok);
    }
    let missing = s.verify_audit(Some(&"ab".repeat(32))).unwrap();
    assert!(!missing.ok);
    assert!(missing.problem.unwrap_or_default().contains("is gone"));
    // The newest events, limited, are the last ones.
    let last_two = s
        .audit_events(&AuditQuery {
            limit: 2,
            ..AuditQuery::default()
        })
        .unwrap();
    assert_eq!(last_two, all[all.len() - 2..]);
}
