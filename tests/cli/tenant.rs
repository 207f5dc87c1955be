use crate::common::Env;

#[test]
fn create_list_show_update() {
    let env = Env::new();
    let created = env.json(&[
        "tenant",
        "create",
        "acme",
        "--name",
        "Acme GmbH",
        "--brand-color",
        "#0055aa",
    ]);
    assert_eq!(created["slug"], "acme");
    assert_eq!(created["brand_color"], "#0055aa");
    env.ok(&[
        "tenant",
        "create",
        "acme-berlin",
        "--name",
        "Acme Berlin",
        "--parent",
        "acme",
    ]);

    let list = env.json(&["tenant", "list"]);
    let slugs: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["acme", "acme-berlin"]);
    assert_eq!(list[1]["parent"], "acme");

    let updated = env.json(&[
        "tenant",
        "update",
        "acme-berlin",
        "--name",
        "Acme Akademie Berlin",
        "--domain",
        "berlin.acme.de",
    ]);
    assert_eq!(updated["name"], "Acme Akademie Berlin");
    assert_eq!(updated["domain"], "berlin.acme.de");
    let shown = env.json(&["tenant", "show", "acme-berlin"]);
    assert_eq!(shown["domain"], "berlin.acme.de");
    assert_eq!(shown["users"], 0);

    // "" clears an optional field.
    assert!(env.json(&["tenant", "update", "acme-berlin", "--domain", ""])["domain"].is_null());
}

#[test]
fn table_output_lists_tenants() {
    let env = Env::new();
    env.ok(&["tenant", "create", "acme", "--name", "Acme GmbH"]);
    let table = env.ok(&["tenant", "list"]);
    let mut lines = table.lines();
    assert!(lines.next().unwrap().starts_with("SLUG"));
    assert!(lines.next().unwrap().starts_with("acme  "));
}

#[test]
fn duplicate_and_invalid_slugs_are_bad_data() {
    let env = Env::new();
    env.ok(&["tenant", "create", "acme", "--name", "Acme"]);
    let err = env.fails(&["tenant", "create", "acme", "--name", "Other"], 65);
    assert!(err.contains("tenant 'acme' already exists"), "{err}");
    let err = env.fails(&["tenant", "create", "Acme Corp", "--name", "Acme"], 65);
    assert!(err.contains("not a valid slug"), "{err}");
    assert_eq!(env.json(&["tenant", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn missing_parent_is_refused() {
    let env = Env::new();
    let err = env.fails(
        &["tenant", "create", "child", "--name", "Child", "--parent", "nope"],
        1,
    );
    assert!(err.contains("parent tenant 'nope' not found"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    assert_eq!(env.json(&["tenant", "list"]), serde_json::json!([]));
}

#[test]
fn unknown_tenant_is_reported() {
    let env = Env::new();
    let err = env.fails(&["tenant", "show", "nope"], 1);
    assert!(err.contains("tenant 'nope' not found"), "{err}");
    let err = env.fails(&["--tenant", "nope", "user", "list"], 1);
    assert!(err.contains("tenant 'nope' not found"), "{err}");
}

#[test]
fn a_tenant_cannot_become_its_own_descendant() {
    let env = Env::new();
    env.ok(&["tenant", "create", "a", "--name", "A"]);
    env.ok(&["tenant", "create", "b", "--name", "B", "--parent", "a"]);
    let err = env.fails(&["tenant", "update", "a", "--parent", "b"], 65);
    assert!(err.contains("descendants"), "{err}");
}

#[test]
fn delete_needs_confirmation_without_a_terminal() {
    let env = Env::new();
    env.ok(&["tenant", "create", "acme", "--name", "Acme"]);
    let err = env.fails(&["tenant", "delete", "acme"], 2);
    assert!(err.contains("--yes"), "{err}");
    env.ok(&["tenant", "show", "acme"]);
    env.ok(&["tenant", "delete", "acme", "--yes"]);
    env.fails(&["tenant", "show", "acme"], 1);
}

#[test]
fn deleting_a_non_empty_tenant_needs_cascade() {
    let env = Env::with_users();
    env.ok(&[
        "tenant",
        "create",
        "acme-koeln",
        "--name",
        "Acme Köln",
        "--parent",
        "acme",
    ]);
    let err = env.fails(&["tenant", "delete", "acme", "--yes"], 1);
    assert!(
        err.contains("'acme' has 1 child tenant (acme-koeln); together they have 3 users and 0 groups"),
        "{err}"
    );
    // A child's users are counted as the child's, not the parent's.
    env.ok(&[
        "--tenant",
        "acme-koeln",
        "user",
        "add",
        "--email",
        "k@acme.de",
        "--first-name",
        "K",
        "--last-name",
        "Köln",
    ]);
    let err = env.fails(&["tenant", "delete", "acme-koeln", "--yes"], 1);
    assert!(err.contains("'acme-koeln' has 1 user and 0 groups"), "{err}");
    assert!(err.contains("--cascade"), "{err}");
    assert_eq!(env.json(&["tenant", "list"]).as_array().unwrap().len(), 2);

    // --cascade still asks.
    env.fails(&["tenant", "delete", "acme", "--cascade"], 2);
    let deleted = env.json(&["tenant", "delete", "acme", "--cascade", "--yes"]);
    assert_eq!(deleted["users"], 4);
    assert_eq!(deleted["tenants"], serde_json::json!(["acme-koeln", "acme"]));
    assert_eq!(env.json(&["tenant", "list"]), serde_json::json!([]));
}
