use rusqlite::Connection;
use serde_json::{Value, json};

use crate::common::{Env, ids, succeeds};

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
    assert_eq!(
        report["chains"],
        json!([{ "tenant": "acme", "events": 4, "head": report["head"] }])
    );
}

#[test]
fn verify_detects_an_edited_event() {
    let env = Env::with_users();
    env.tamper("UPDATE audit_event SET actor = 'someone-else' WHERE seq = 2");
    let err = env.fails(&["audit", "verify"], 1);
    assert!(err.contains("event 2 was altered"), "{err}");
}

#[test]
fn verify_detects_a_deleted_event() {
    let env = Env::with_users();
    env.tamper("DELETE FROM audit_event WHERE seq = 3");
    let err = env.fails(&["audit", "verify"], 1);
    assert!(
        err.contains("event 4 does not link to event 2, the one before it in the chain of tenant 'acme'"),
        "{err}"
    );
}

#[test]
fn verify_detects_a_rewritten_chain_link() {
    let env = Env::with_users();
    // Delete an event and renumber the rest: the sequence looks whole, the links do not.
    env.tamper("DELETE FROM audit_event WHERE seq = 2; UPDATE audit_event SET seq = seq - 1 WHERE seq > 2");
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
    env.tamper("DELETE FROM audit_event WHERE seq = 4");
    env.ok(&["audit", "verify"]);
    let err = env.fails(&["audit", "verify", "--anchor", &head], 1);
    assert!(err.contains("is gone"), "{err}");
}

/// `acme` with three users, then `beta` and its user, a group in each tenant and a
/// token of the whole store, so that the chains interleave: acme 1-4 and 7, beta 5,
/// 6 and 8, the store-level chain 9 (and in a remote run the operator's token first).
fn two_tenants() -> Env {
    let env = Env::with_users();
    env.ok(&["tenant", "create", "beta", "--name", "Beta AG"]);
    env.add_user("beta", "b1@beta.de");
    env.ok(&["--tenant", "acme", "group", "create", "g"]);
    env.ok(&["--tenant", "beta", "group", "create", "g"]);
    env.ok(&["token", "create", "--whole-store", "--role", "reporter"]);
    env
}

/// The seq of every event of `tenant` (none: of no tenant), oldest first.
fn seqs_of(env: &Env, tenant: Option<&str>) -> Vec<i64> {
    env.json(&["audit", "list", "--limit", "0"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["tenant"].as_str() == tenant)
        .map(|e| e["seq"].as_i64().unwrap())
        .collect()
}

/// Each chain as `audit verify -o json` reports it: tenant, events, head.
fn chains(report: &Value) -> Vec<(Option<String>, u64, String)> {
    report["chains"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["tenant"].as_str().map(str::to_owned),
                c["events"].as_u64().unwrap(),
                c["head"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn interleaved_tenants_verify_with_a_chain_each() {
    let env = two_tenants();
    let events = env.json(&["audit", "list", "--limit", "0"]);
    let events = events.as_array().unwrap();
    let report = env.json(&["audit", "verify"]);
    assert_eq!(report["ok"], true, "{report}");
    assert_eq!(report["events"], events.len());
    assert_eq!(report["head"], events.last().unwrap()["hash"]);
    // Each chain's head is the newest event of its tenant (or of none).
    let newest = |tenant: Option<&str>| {
        let of: Vec<&Value> = events.iter().filter(|e| e["tenant"].as_str() == tenant).collect();
        (
            tenant.map(str::to_owned),
            of.len() as u64,
            of.last().unwrap()["hash"].as_str().unwrap().to_owned(),
        )
    };
    assert_eq!(
        chains(&report),
        [newest(None), newest(Some("acme")), newest(Some("beta"))]
    );
    assert_eq!(chains(&report)[1].1, 5);
    assert_eq!(chains(&report)[2].1, 3);

    // For people: the summary, then a table of the chains, the store's named.
    let table = env.ok(&["audit", "verify"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines.contains(&"ok        true"), "{table}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("(whole store)") && l.contains(&newest(None).2)),
        "{table}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("beta ") && l.contains(" 3 ") && l.ends_with(&newest(Some("beta")).2)),
        "{table}"
    );
}

#[test]
fn verify_names_an_edited_event_of_one_tenants_chain() {
    let env = two_tenants();
    let beta = seqs_of(&env, Some("beta"));
    env.tamper(&format!(
        "UPDATE audit_event SET target = '{{\"user_id\":99}}' WHERE seq = {}",
        beta[1]
    ));
    let err = env.fails(&["audit", "verify"], 1);
    assert!(err.contains(&format!("event {} was altered", beta[1])), "{err}");
}

#[test]
fn verify_detects_an_event_deleted_between_another_tenants() {
    let env = two_tenants();
    // acme's fourth event; its next one comes after beta's events.
    let acme = seqs_of(&env, Some("acme"));
    env.tamper(&format!("DELETE FROM audit_event WHERE seq = {}", acme[3]));
    let err = env.fails(&["audit", "verify"], 1);
    assert!(
        err.contains(&format!(
            "event {} does not link to event {}, the one before it in the chain of tenant 'acme'",
            acme[4], acme[2]
        )),
        "{err}"
    );
}

#[test]
fn an_anchor_detects_a_chain_cut_off_while_others_go_on() {
    let env = two_tenants();
    let report = env.json(&["audit", "verify"]);
    let heads = chains(&report);
    let (acme_head, beta_head) = (&heads[1].2, &heads[2].2);
    // beta's newest event goes; newer events of other chains stay.
    let beta = seqs_of(&env, Some("beta"));
    env.tamper(&format!("DELETE FROM audit_event WHERE seq = {}", beta[2]));
    assert!(seqs_of(&env, None).last() > beta.last());
    env.ok(&["audit", "verify"]);
    env.ok(&["audit", "verify", "--anchor", acme_head]);
    let err = env.fails(&["audit", "verify", "--anchor", beta_head], 1);
    assert!(
        err.contains(&format!("the event with hash {beta_head} is gone")),
        "{err}"
    );
}

/// The hash an event was stored with before the trail had a chain per tenant: over the
/// previous hash and every field, each after its length (little-endian u64).
fn single_chain_hash(prev: &str, seq: i64, fields: [&str; 5]) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for part in [prev, &seq.to_string()].into_iter().chain(fields) {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    hex::encode(hasher.finalize())
}

/// Turns the store into one as schema version 9 left it: one chain of all events,
/// hashed without a chain, and no chain column.
fn downgrade_to_schema_9(env: &Env) {
    let conn = Connection::open(env.store()).unwrap();
    conn.execute_batch(
        "DROP INDEX audit_event_chain; ALTER TABLE audit_event DROP COLUMN chain; PRAGMA user_version = 9;",
    )
    .unwrap();
    let events: Vec<(i64, [String; 5])> = conn
        .prepare("SELECT seq, at, actor, coalesce(tenant, ''), action, target FROM audit_event ORDER BY seq")
        .unwrap()
        .query_map([], |r| {
            Ok((r.get(0)?, [r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?]))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let mut prev = "0".repeat(64);
    for (seq, fields) in &events {
        let hash = single_chain_hash(&prev, *seq, fields.each_ref().map(String::as_str));
        conn.execute(
            "UPDATE audit_event SET prev = ?1, hash = ?2 WHERE seq = ?3",
            (&prev, &hash, seq),
        )
        .unwrap();
        prev = hash;
    }
}

#[test]
fn a_store_upgraded_from_one_chain_verifies_and_goes_on_per_tenant() {
    if crate::common::sqlite_only(
        "SQLite stores from before schema 10; the PostgreSQL schema has had a chain per tenant from its first version",
    ) {
        return;
    }
    let env = Env::new();
    // Built and downgraded on the file itself, before a remote run's server opens it.
    let local = |args: &[&str]| succeeds(env.local_cmd(), args);
    local(&["tenant", "create", "acme", "--name", "Acme"]);
    local(&["tenant", "create", "beta", "--name", "Beta"]);
    local(&["--tenant", "acme", "group", "create", "old"]);
    downgrade_to_schema_9(&env);
    let old_head: String = Connection::open(env.store())
        .unwrap()
        .query_row("SELECT hash FROM audit_event WHERE seq = 3", [], |r| r.get(0))
        .unwrap();

    env.ok(&["--tenant", "acme", "group", "create", "new"]);
    env.ok(&["--tenant", "beta", "group", "create", "new"]);
    env.ok(&["--tenant", "acme", "group", "create", "newer"]);
    let report = env.json(&["audit", "verify", "--anchor", &old_head]);
    assert_eq!(report["ok"], true, "{report}");
    let heads = chains(&report);
    // The three old events are the store-level chain (a remote run adds its token's).
    assert_eq!(heads[0].0, None);
    assert!(heads[0].1 >= 3, "{heads:?}");
    assert_eq!(
        heads[1..]
            .iter()
            .map(|(tenant, events, _)| (tenant.as_deref(), *events))
            .collect::<Vec<_>>(),
        [(Some("acme"), 2), (Some("beta"), 1)]
    );

    // The old events are still checked: an edit among them is found.
    env.tamper("UPDATE audit_event SET actor = 'someone-else' WHERE seq = 2");
    let err = env.fails(&["audit", "verify"], 1);
    assert!(err.contains("event 2 was altered"), "{err}");
}
