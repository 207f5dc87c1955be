//! API tokens on the local store: shown once, kept as a hash, listed, revoked, audited.

use crate::common::{Env, ids};

#[test]
fn a_token_is_shown_once_and_kept_only_as_a_hash() {
    if crate::common::remote() {
        // Tokens on the store file itself (through the server: tests/cli/remote.rs).
        return;
    }
    let env = Env::new();
    env.ok(&["tenant", "create", "acme", "--name", "Acme"]);
    let out = env
        .cmd()
        .env("LMSCTL_TODAY", "2026-11-01")
        .args([
            "--tenant",
            "acme",
            "token",
            "create",
            "--role",
            "reporter",
            "--expires",
            "90d",
            "--label",
            "BI",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("only time the token is shown"));
    let created: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let secret = created["secret"].as_str().unwrap();
    assert!(secret.starts_with("lms_") && secret.len() == 68, "{secret}");
    assert_eq!(created["role"], "reporter");
    assert_eq!(created["expires_on"], "2027-01-30");
    assert_eq!(created["state"], "active");

    // The store holds the hash, never the secret.
    let contents = env.contents();
    assert!(!contents.windows(secret.len()).any(|w| w == secret.as_bytes()));
    let hash = env.query_text("SELECT hash FROM api_token");
    assert_eq!(hash.len(), 64);

    // Listed without the secret; after the expiry day it shows as expired.
    let listed = env.json(&["token", "list"]);
    assert_eq!(ids(&listed, "state"), ["active"]);
    assert!(listed[0].get("secret").is_none());
    let later: serde_json::Value = serde_json::from_slice(
        &env.cmd()
            .env("LMSCTL_TODAY", "2027-01-31")
            .args(["token", "list", "-o", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(ids(&later, "state"), ["expired"]);

    let revoked = env.json(&["token", "revoke", "1"]);
    assert_eq!(revoked["state"], "revoked");
    env.fails(&["token", "revoke", "7"], 1);
    let actions = ids(&env.json(&["audit", "list", "--action", "token"]), "action");
    assert_eq!(actions, ["token.create", "token.revoke"]);
}
