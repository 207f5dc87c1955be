use rusqlite::Connection;

use crate::common::{Env, ids};

#[test]
fn every_change_appends_an_event_without_personal_data() {
    if crate::common::remote() {
        // The remote run adds the operator token's event and names the token as the actor.
        return;
    }
    let env = Env::with_users();
    env.ok(&[
        "--tenant",
        "acme",
        "user",
        "update",
        "P1",
        "--location",
        "Hamburg",
    ]);
    env.ok(&["--tenant", "acme", "group", "create", "g"]);
    let events = env.json(&["audit", "list"]);
    assert_eq!(
        ids(&events, "action"),
        [
            "tenant.create",
            "user.create",
            "user.create",
            "user.create",
            "user.update",
            "group.create"
        ]
    );
    assert_eq!(events[4]["target"]["fields"], serde_json::json!(["location"]));
    assert_eq!(events[4]["actor"], "local:tester");
    assert_eq!(events[4]["tenant"], "acme");
    let raw = events.to_string();
    for personal in ["anna", "Schmidt", "Hamburg", "P1", "acme.de"] {
        assert!(!raw.contains(personal), "audit trail holds '{personal}': {raw}");
    }
}

#[test]
fn list_filters_by_tenant_and_action() {
    let env = Env::with_users();
    env.ok(&["tenant", "create", "other", "--name", "Other"]);
    assert_eq!(
        env.json(&["--tenant", "other", "audit", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        env.json(&["audit", "list", "--action", "user.create"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        env.json(&["audit", "list", "--limit", "2"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn verify_passes_on_an_intact_trail() {
    if crate::common::remote() {
        // The remote run adds the operator token's event.
        return;
    }
    let env = Env::with_users();
    let report = env.json(&["audit", "verify"]);
    assert_eq!(report["ok"], true);
    assert_eq!(report["events"], 4);
    assert_eq!(report["head"].as_str().unwrap().len(), 64);
}

fn tamper(env: &Env, sql: &str) {
    let conn = Connection::open(env.store()).unwrap();
    conn.execute_batch(sql).unwrap();
}

#[test]
fn verify_detects_an_edited_event() {
    let env = Env::with_users();
    tamper(
        &env,
        "UPDATE audit_event SET actor = 'someone-else' WHERE seq = 2",
    );
    let err = env.fails(&["audit", "verify"], 1);
    assert!(err.contains("event 2 was altered"), "{err}");
}

#[test]
fn verify_detects_a_deleted_event() {
    let env = Env::with_users();
    tamper(&env, "DELETE FROM audit_event WHERE seq = 3");
    let err = env.fails(&["audit", "verify"], 1);
    assert!(err.contains("event 3 is missing"), "{err}");
}

#[test]
fn verify_detects_a_rewritten_chain_link() {
    let env = Env::with_users();
    // Delete an event and renumber the rest: the sequence looks whole, the links do not.
    tamper(
        &env,
        "DELETE FROM audit_event WHERE seq = 2; UPDATE audit_event SET seq = seq - 1 WHERE seq > 2",
    );
    let err = env.fails(&["audit", "verify"], 1);
    assert!(err.contains("does not link"), "{err}");
}

#[test]
fn verify_with_an_anchor_detects_a_truncated_trail() {
    if crate::common::remote() {
        // It edits the store file under a running server.
        return;
    }
    let env = Env::with_users();
    let head = env.json(&["audit", "verify"])["head"]
        .as_str()
        .unwrap()
        .to_owned();
    env.ok(&["audit", "verify", "--anchor", &head]);
    tamper(&env, "DELETE FROM audit_event WHERE seq = 4");
    env.ok(&["audit", "verify"]);
    let err = env.fails(&["audit", "verify", "--anchor", &head], 1);
    assert!(err.contains("is gone"), "{err}");
}
