use crate::common::{Env, ids};

fn acme<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut full = vec!["--tenant", "acme"];
    full.extend(args);
    full
}

#[test]
fn add_and_show_by_every_selector() {
    let env = Env::with_users();
    let by_ext = env.json(&acme(&["user", "show", "P2"]));
    assert_eq!(by_ext["first_name"], "Jürgen");
    assert_eq!(by_ext["roles"], serde_json::json!(["learner"]));
    assert_eq!(by_ext["status"], "active");
    let id = by_ext["id"].as_i64().unwrap();
    let by_id = env.json(&acme(&["user", "show", &format!("id:{id}")]));
    assert_eq!(by_id["external_id"], "P2");
    // E-mail lookups ignore case.
    let by_email = env.json(&acme(&["user", "show", "ANNA.SCHMIDT@acme.de"]));
    assert_eq!(by_email["external_id"], "P1");
}

#[test]
fn all_fields_are_stored() {
    let env = Env::with_users();
    let user = env.json(&acme(&[
        "user",
        "add",
        "--email",
        "eva@acme.de",
        "--first-name",
        "Eva",
        "--last-name",
        "Öztürk",
        "--external-id",
        "0042",
        "--department",
        "Lager & Logistik",
        "--location",
        "Nürnberg",
        "--start-date",
        "01.04.2024",
        "--manager",
        "P1",
        "--role",
        "learner",
        "--role",
        "trainer",
        "--locale",
        "de-DE",
    ]));
    assert_eq!(user["external_id"], "0042", "leading zeros are kept");
    assert_eq!(user["start_date"], "2024-04-01");
    assert_eq!(user["roles"], serde_json::json!(["learner", "trainer"]));
    assert_eq!(user["locale"], "de-DE");
    let manager = env.json(&acme(&["user", "show", "P1"]));
    assert_eq!(user["manager_id"], manager["id"]);
}

#[test]
fn duplicate_email_is_rejected_and_changes_nothing() {
    let env = Env::with_users();
    let events_before = env
        .json(&["audit", "list", "--limit", "0"])
        .as_array()
        .unwrap()
        .len();
    let err = env.fails(
        &acme(&[
            "user",
            "add",
            "--email",
            "Anna.Schmidt@ACME.de",
            "--first-name",
            "A",
            "--last-name",
            "S",
        ]),
        65,
    );
    assert!(err.contains("already has the e-mail address"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    assert_eq!(env.user_ids(&[]), ["P1", "P2", "P3"]);
    let events_after = env
        .json(&["audit", "list", "--limit", "0"])
        .as_array()
        .unwrap()
        .len();
    assert_eq!(events_before, events_after);

    let err = env.fails(
        &acme(&[
            "user",
            "add",
            "--email",
            "new@acme.de",
            "--first-name",
            "A",
            "--last-name",
            "S",
            "--external-id",
            "P3",
        ]),
        65,
    );
    assert!(err.contains("external id 'P3'"), "{err}");
    // Changing someone's e-mail to a taken one is refused too.
    env.fails(
        &acme(&["user", "update", "P3", "--email", "anna.schmidt@acme.de"]),
        65,
    );
    assert_eq!(
        env.json(&acme(&["user", "show", "P3"]))["email"],
        "li.wei@acme.de"
    );
}

#[test]
fn the_same_email_may_exist_in_another_tenant() {
    let env = Env::with_users();
    env.ok(&["tenant", "create", "other", "--name", "Other"]);
    env.ok(&[
        "--tenant",
        "other",
        "user",
        "add",
        "--email",
        "anna.schmidt@acme.de",
        "--first-name",
        "Anna",
        "--last-name",
        "S",
    ]);
    assert_eq!(
        env.json(&["--tenant", "other", "user", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn invalid_values_name_the_field() {
    let env = Env::with_users();
    let err = env.fails(
        &acme(&[
            "user",
            "add",
            "--email",
            "not-an-email",
            "--first-name",
            "A",
            "--last-name",
            "B",
        ]),
        65,
    );
    assert!(
        err.contains("--email") && err.contains("not a valid e-mail"),
        "{err}"
    );
    let err = env.fails(
        &acme(&[
            "user",
            "add",
            "--email",
            "a@b.de",
            "--first-name",
            " ",
            "--last-name",
            "B",
        ]),
        65,
    );
    assert!(err.contains("--first-name"), "{err}");
    let err = env.fails(
        &acme(&[
            "user",
            "add",
            "--email",
            "a@b.de",
            "--first-name",
            "A",
            "--last-name",
            "B",
            "--start-date",
            "31.02.2024",
        ]),
        2,
    );
    assert!(err.contains("--start-date"), "{err}");
    let err = env.fails(
        &acme(&[
            "user",
            "add",
            "--email",
            "a@b.de",
            "--first-name",
            "A",
            "--last-name",
            "B",
            "--manager",
            "nobody",
        ]),
        1,
    );
    assert!(err.contains("--manager: user 'nobody' not found"), "{err}");
    assert_eq!(env.user_ids(&[]).len(), 3);
}

#[test]
fn no_tenant_selected_is_a_usage_error() {
    let env = Env::with_users();
    let err = env.fails(&["user", "list"], 2);
    assert!(err.contains("--tenant"), "{err}");
    // LMSCTL_TENANT selects the tenant too.
    let out = env
        .cmd()
        .env("LMSCTL_TENANT", "acme")
        .args(["user", "list", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
}

#[test]
fn unknown_user_is_not_found() {
    let env = Env::with_users();
    let err = env.fails(&acme(&["user", "show", "nobody@acme.de"]), 1);
    assert!(err.contains("user 'nobody@acme.de' not found"), "{err}");
}

#[test]
fn list_filters_and_pages() {
    let env = Env::with_users();
    assert_eq!(env.user_ids(&["--department", "vertrieb"]), ["P1", "P2"]);
    assert_eq!(env.user_ids(&["--location", "Berlin"]), ["P1", "P3"]);
    assert_eq!(env.user_ids(&["--search", "MÜLLER"]), ["P2"]);
    assert_eq!(env.user_ids(&["--search", "wei@"]), ["P3"]);
    assert_eq!(env.user_ids(&["--limit", "2"]), ["P1", "P2"]);
    assert_eq!(env.user_ids(&["--limit", "2", "--offset", "2"]), ["P3"]);
    assert_eq!(env.user_ids(&["--limit", "0", "--offset", "1"]), ["P2", "P3"]);
    env.ok(&acme(&["user", "suspend", "P2"]));
    assert_eq!(env.user_ids(&["--status", "suspended"]), ["P2"]);
    assert_eq!(env.user_ids(&["--status", "active"]), ["P1", "P3"]);
    env.ok(&acme(&[
        "group",
        "create",
        "berlin",
        "--rule",
        "location = \"Berlin\"",
    ]));
    assert_eq!(env.user_ids(&["--group", "berlin"]), ["P1", "P3"]);
}

#[test]
fn a_full_page_says_more_may_follow() {
    let env = Env::with_users();
    let out = env.run(&acme(&["user", "list", "--limit", "2"]));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--offset 2"), "{stderr}");
}

#[test]
fn update_changes_and_clears_fields() {
    let env = Env::with_users();
    let user = env.json(&acme(&[
        "user",
        "update",
        "P3",
        "--department",
        "Vertrieb",
        "--location",
        "",
        "--manager",
        "P1",
    ]));
    assert_eq!(user["department"], "Vertrieb");
    assert!(user["location"].is_null());
    let manager_id = user["manager_id"].as_i64().unwrap();
    assert_eq!(
        env.json(&acme(&["user", "show", &format!("id:{manager_id}")]))["external_id"],
        "P1"
    );
    let user = env.json(&acme(&["user", "update", "P3", "--manager", ""]));
    assert!(user["manager_id"].is_null());
    // Clearing what is not there, or giving a value again, changes nothing and logs nothing.
    let updates = |env: &Env| {
        env.json(&["audit", "list", "--action", "user.update", "--limit", "0"])
            .as_array()
            .unwrap()
            .len()
    };
    let before = updates(&env);
    let again = env.json(&acme(&[
        "user",
        "update",
        "P3",
        "--manager",
        "",
        "--department",
        "Vertrieb",
    ]));
    assert_eq!(again["updated_at"], user["updated_at"]);
    assert_eq!(updates(&env), before);
    let err = env.fails(&acme(&["user", "update", "P3", "--manager", "P3"]), 65);
    assert!(err.contains("own manager"), "{err}");
    let err = env.fails(&acme(&["user", "update", "P3"]), 2);
    assert!(err.contains("nothing to change"), "{err}");
}

#[test]
fn suspend_and_reactivate() {
    let env = Env::with_users();
    assert_eq!(env.json(&acme(&["user", "suspend", "P1"]))["status"], "suspended");
    assert_eq!(env.json(&acme(&["user", "show", "P1"]))["status"], "suspended");
    assert_eq!(env.json(&acme(&["user", "reactivate", "P1"]))["status"], "active");
    let actions = ids(&env.json(&["audit", "list", "--action", "user"]), "action");
    assert!(
        actions.ends_with(&["user.suspend".to_owned(), "user.reactivate".to_owned()]),
        "{actions:?}"
    );
}
