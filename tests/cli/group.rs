use crate::common::{Env, ids};

fn acme<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut full = vec!["--tenant", "acme"];
    full.extend(args);
    full
}

fn members(env: &Env, group: &str) -> Vec<String> {
    ids(
        &env.json(&acme(&["group", "show", group]))["member_list"],
        "external_id",
    )
}

#[test]
fn static_members_are_added_and_removed() {
    let env = Env::with_users();
    let group = env.json(&acme(&[
        "group",
        "create",
        "ersthelfer",
        "--description",
        "First aiders",
    ]));
    assert_eq!(group["members"], 0);
    let group = env.json(&acme(&[
        "group",
        "add-member",
        "ersthelfer",
        "P1",
        "li.wei@acme.de",
    ]));
    assert_eq!(group["members"], 2);
    assert_eq!(members(&env, "ersthelfer"), ["P1", "P3"]);
    // Adding again is harmless.
    env.ok(&acme(&["group", "add-member", "ersthelfer", "P1"]));
    env.ok(&acme(&["group", "remove-member", "ersthelfer", "P1"]));
    assert_eq!(members(&env, "ersthelfer"), ["P3"]);
    assert_eq!(
        env.json(&acme(&["user", "show", "P3"]))["groups"],
        serde_json::json!(["ersthelfer"])
    );

    // The table view shows the group, then lists the members.
    let table = env.ok(&acme(&["group", "show", "ersthelfer"]));
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("name") && l.contains("ersthelfer")),
        "{table}"
    );
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("members") && l.ends_with('1')),
        "{table}"
    );
    assert!(
        table.lines().last().unwrap().contains("li.wei@acme.de"),
        "{table}"
    );
}

#[test]
fn one_unknown_member_changes_nothing() {
    let env = Env::with_users();
    env.ok(&acme(&["group", "create", "g"]));
    let err = env.fails(&acme(&["group", "add-member", "g", "P1", "nobody"]), 1);
    assert!(
        err.contains("user 'nobody' not found; nobody was added to group 'g'"),
        "{err}"
    );
    assert!(err.contains("hint: "), "{err}");
    assert!(members(&env, "g").is_empty());
    // An empty group still shows itself and its rule to people.
    env.ok(&acme(&[
        "group",
        "create",
        "leer",
        "--rule",
        "department = \"Einkauf\"",
    ]));
    let out = env.cmd().args(acme(&["group", "show", "leer"])).output().unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.contains("leer") && table.contains("department = \"Einkauf\""),
        "{table}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("(no members)"));
}

#[test]
fn rule_groups_follow_every_user_change() {
    let env = Env::with_users();
    let group = env.json(&acme(&[
        "group",
        "create",
        "vertrieb-berlin",
        "--rule",
        "department = \"Vertrieb\" and location = \"Berlin\"",
    ]));
    assert_eq!(
        group["rule"],
        "department = \"Vertrieb\" and location = \"Berlin\""
    );
    assert_eq!(members(&env, "vertrieb-berlin"), ["P1"]);

    // A user who moves into the rule joins; one who moves out leaves.
    env.ok(&acme(&["user", "update", "P2", "--location", "Berlin"]));
    assert_eq!(members(&env, "vertrieb-berlin"), ["P1", "P2"]);
    env.ok(&acme(&["user", "update", "P1", "--department", "IT"]));
    assert_eq!(members(&env, "vertrieb-berlin"), ["P2"]);

    // A new user who matches is a member from the start.
    env.ok(&acme(&[
        "user",
        "add",
        "--email",
        "neu@acme.de",
        "--first-name",
        "Neu",
        "--last-name",
        "Person",
        "--external-id",
        "P4",
        "--department",
        "Vertrieb",
        "--location",
        "Berlin",
    ]));
    assert_eq!(members(&env, "vertrieb-berlin"), ["P2", "P4"]);
    assert_eq!(
        env.json(&acme(&["user", "show", "P4"]))["groups"],
        serde_json::json!(["vertrieb-berlin"])
    );

    // Static members can be added to rule groups; the view says how each got there.
    env.ok(&acme(&["group", "add-member", "vertrieb-berlin", "P3", "P4"]));
    let list = env.json(&acme(&["group", "show", "vertrieb-berlin"]));
    assert_eq!(
        ids(&list["member_list"], "via"),
        ["rule", "static", "static+rule"]
    );
}

#[test]
fn rules_with_status_and_negation() {
    let env = Env::with_users();
    env.ok(&acme(&[
        "group",
        "create",
        "active-not-it",
        "--rule",
        "status = \"active\" and not department = \"IT\"",
    ]));
    assert_eq!(members(&env, "active-not-it"), ["P1", "P2"]);
    env.ok(&acme(&["user", "suspend", "P1"]));
    assert_eq!(members(&env, "active-not-it"), ["P2"]);
}

#[test]
fn a_bad_rule_says_where_the_error_is() {
    let env = Env::with_users();
    let err = env.fails(
        &acme(&["group", "create", "bad", "--rule", "department = Vertrieb"]),
        2,
    );
    assert!(err.contains("column 14"), "{err}");
    assert!(err.contains('^'), "{err}");
    let err = env.fails(
        &acme(&["group", "create", "bad", "--rule", "abteilung = \"Vertrieb\""]),
        2,
    );
    assert!(err.contains("unknown field 'abteilung'"), "{err}");
    assert_eq!(env.json(&acme(&["group", "list"])), serde_json::json!([]));
}

#[test]
fn duplicate_group_names_are_rejected() {
    let env = Env::with_users();
    env.ok(&acme(&["group", "create", "Azubis"]));
    let err = env.fails(&acme(&["group", "create", "azubis"]), 65);
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn delete_needs_yes_and_keeps_the_users() {
    let env = Env::with_users();
    env.ok(&acme(&[
        "group",
        "create",
        "g",
        "--rule",
        "location = \"Berlin\"",
    ]));
    let err = env.fails(&acme(&["group", "delete", "g"]), 2);
    assert!(err.contains("--yes"), "{err}");
    assert_eq!(members(&env, "g").len(), 2);
    env.ok(&acme(&["group", "delete", "g", "--yes"]));
    env.fails(&acme(&["group", "show", "g"]), 1);
    assert_eq!(env.user_ids(&[]).len(), 3);
}

#[test]
fn list_shows_member_counts() {
    let env = Env::with_users();
    env.ok(&acme(&[
        "group",
        "create",
        "berlin",
        "--rule",
        "location = \"Berlin\"",
    ]));
    env.ok(&acme(&["group", "create", "leer"]));
    let list = env.json(&acme(&["group", "list"]));
    assert_eq!(list[0]["name"], "berlin");
    assert_eq!(list[0]["members"], 2);
    assert_eq!(list[1]["members"], 0);
}
