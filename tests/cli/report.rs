//! Reports against hand-computed figures.

use serde_json::Value;

use crate::common::{Env, ids, succeeds};

/// Runs `lmsctl ARGS` in `tenant` on 2026-03-15, which must succeed; returns its stdout.
pub fn run(env: &Env, tenant: &str, args: &[&str]) -> String {
    let mut cmd = env.cmd();
    cmd.env("LMSCTL_TODAY", "2026-03-15").env("LMSCTL_TENANT", tenant);
    succeeds(cmd, args)
}

fn json(env: &Env, tenant: &str, args: &[&str]) -> Value {
    let mut full = args.to_vec();
    full.extend(["-o", "json"]);
    serde_json::from_str(&run(env, tenant, &full)).unwrap()
}

/// akad (parent) shares ARB (mandatory, 12 months) with kunde; kunde imports the ten
/// users of examples/hr_export.csv and assigns ARB to all, due 2026-03-01. P1000
/// completed on 2026-02-01, P1001 on 2025-04-01 (expires 2026-04-01); today is 2026-03-15.
fn scenario() -> Env {
    let env = Env::new();
    run(&env, "", &["tenant", "create", "akad", "--name", "Akademie"]);
    run(
        &env,
        "",
        &["tenant", "create", "kunde", "--name", "Kunde", "--parent", "akad"],
    );
    run(
        &env,
        "akad",
        &[
            "course",
            "create",
            "ARB",
            "--title",
            "Arbeitsschutz",
            "--mandatory",
            "--valid-for",
            "12m",
            "--shared",
        ],
    );
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/hr_export.csv");
    run(&env, "kunde", &["import", "users", file.to_str().unwrap()]);
    run(&env, "kunde", &["user", "update", "P1002", "--manager", "P1000"]);
    run(
        &env,
        "kunde",
        &["assign", "ARB", "--all-users", "--due", "2026-03-01"],
    );
    run(
        &env,
        "kunde",
        &["complete", "ARB", "--user", "P1000", "--date", "2026-02-01"],
    );
    run(
        &env,
        "kunde",
        &["complete", "ARB", "--user", "P1001", "--date", "2025-04-01"],
    );
    env
}

#[test]
fn compliance_by_course_department_and_tenant() {
    let env = scenario();
    let by_course = json(&env, "kunde", &["report", "compliance"]);
    assert_eq!(by_course[0]["key"], "ARB");
    assert_eq!(
        (
            by_course[0]["assigned"].as_u64(),
            by_course[0]["completed"].as_u64(),
            by_course[0]["overdue"].as_u64()
        ),
        (Some(10), Some(2), Some(8))
    );
    assert_eq!(by_course[0]["completion_rate"], 20.0);
    let by_department = json(&env, "kunde", &["report", "compliance", "--by", "department"]);
    let vertrieb = by_department
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "Vertrieb")
        .unwrap();
    assert_eq!(
        (vertrieb["assigned"].as_u64(), vertrieb["completed"].as_u64()),
        (Some(4), Some(2))
    );
    assert_eq!(vertrieb["completion_rate"], 50.0);
    // The parent sees its children only when asked.
    assert_eq!(
        json(&env, "akad", &["report", "compliance", "--by", "tenant"]),
        serde_json::json!([])
    );
    let tree = json(
        &env,
        "akad",
        &["report", "compliance", "--by", "tenant", "--include-children"],
    );
    assert_eq!(ids(&tree, "key"), ["kunde"]);
    // As of a day before the assignment was made there is nothing to report; after
    // P1001's certificate ran out, it counts as expired.
    let early = json(&env, "kunde", &["report", "compliance", "--as-of", "2026-02-15"]);
    assert_eq!(early, serde_json::json!([]));
    let later = json(&env, "kunde", &["report", "compliance", "--as-of", "2026-04-02"]);
    assert_eq!(
        (later[0]["completed"].as_u64(), later[0]["expired"].as_u64()),
        (Some(1), Some(1))
    );
}

/// (key, assigned, completed, overdue) of each row.
fn figures(rows: &Value) -> Vec<(String, u64, u64, u64)> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["key"].as_str().unwrap().to_owned(),
                row["assigned"].as_u64().unwrap(),
                row["completed"].as_u64().unwrap(),
                row["overdue"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn compliance_by_group_and_for_a_group() {
    let env = scenario();
    // vertrieb: P1000 (done; also a static member, counted once), P1001 (done, expiring),
    // P1004 and P1009 (overdue). ersthelfer: P1000 and P1002 (overdue).
    run(
        &env,
        "kunde",
        &[
            "group",
            "create",
            "vertrieb",
            "--rule",
            "department = \"Vertrieb\"",
        ],
    );
    run(&env, "kunde", &["group", "create", "ersthelfer"]);
    run(
        &env,
        "kunde",
        &["group", "add-member", "ersthelfer", "P1000", "P1002"],
    );
    run(&env, "kunde", &["group", "add-member", "vertrieb", "P1000"]);
    let by_group = json(&env, "kunde", &["report", "compliance", "--by", "group"]);
    assert_eq!(
        figures(&by_group),
        [
            ("ersthelfer".to_owned(), 2, 1, 1),
            ("vertrieb".to_owned(), 4, 2, 2)
        ]
    );
    let vertrieb = json(&env, "kunde", &["report", "compliance", "--group", "vertrieb"]);
    assert_eq!(figures(&vertrieb), [("ARB".to_owned(), 4, 2, 2)]);
    // Other cuts of a group's members, and days before the assignment, come from the
    // enrollments themselves.
    let by_location = json(
        &env,
        "kunde",
        &[
            "report",
            "compliance",
            "--group",
            "ersthelfer",
            "--by",
            "location",
        ],
    );
    assert_eq!(figures(&by_location), [("Berlin".to_owned(), 2, 1, 1)]);
    let early = json(
        &env,
        "kunde",
        &["report", "compliance", "--by", "group", "--as-of", "2026-03-14"],
    );
    assert_eq!(early, serde_json::json!([]));
}

#[test]
fn overdue_and_expiring_people() {
    let env = scenario();
    let overdue = json(&env, "kunde", &["report", "overdue"]);
    assert_eq!(overdue.as_array().unwrap().len(), 8);
    let li = overdue
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["external_id"] == "P1002")
        .unwrap();
    assert_eq!(
        (li["due_on"].as_str(), li["days_overdue"].as_i64()),
        (Some("2026-03-01"), Some(14))
    );
    assert_eq!(li["manager_email"], "anna.schmidt@beispiel-gmbh.de");
    let expiring = json(&env, "kunde", &["report", "expiring", "--within", "30d"]);
    assert_eq!(ids(&expiring, "external_id"), ["P1001"]);
    assert_eq!(expiring[0]["days_left"], 17);
    assert_eq!(
        json(&env, "kunde", &["report", "expiring", "--within", "7d"]),
        serde_json::json!([])
    );
}

/// A list that names a fair share of the store's people finds them in memory, a short
/// one in the store (ten people: a list of three rows is long, one of a single row short);
/// both name them alike.
#[test]
fn long_and_short_expiring_lists_name_people_alike() {
    let env = scenario();
    for (user, day) in [
        ("P1003", "2025-03-20"),
        ("P1004", "2025-04-14"),
        ("P1005", "2025-03-16"),
    ] {
        run(&env, "kunde", &["complete", "ARB", "--user", user, "--date", day]);
    }
    run(&env, "kunde", &["gdpr", "erase", "P1005", "--yes"]);
    let long = json(&env, "kunde", &["report", "expiring", "--within", "30d"]);
    assert_eq!(ids(&long, "external_id"), ["P1003", "P1001", "P1004"]);
    assert_eq!(
        long.as_array()
            .unwrap()
            .iter()
            .map(|row| (
                row["tenant"].as_str(),
                row["email"].as_str(),
                row["days_left"].as_i64()
            ))
            .collect::<Vec<_>>(),
        [
            (Some("kunde"), Some("sophie.schaefer@beispiel-gmbh.de"), Some(5)),
            (Some("kunde"), Some("juergen.mueller@beispiel-gmbh.de"), Some(17)),
            (Some("kunde"), Some("oemer.oeztuerk@beispiel-gmbh.de"), Some(30)),
        ]
    );
    let short = json(&env, "kunde", &["report", "expiring", "--within", "7d"]);
    assert_eq!(short, serde_json::json!([long[0].clone()]));
    // The parent's own people (none), and with its children's.
    assert_eq!(
        json(&env, "akad", &["report", "expiring", "--within", "30d"]),
        serde_json::json!([])
    );
    let tree = json(
        &env,
        "akad",
        &["report", "expiring", "--within", "30d", "--include-children"],
    );
    assert_eq!(tree, long);
}

#[test]
fn active_users_per_period_for_billing() {
    let env = scenario();
    let february = json(&env, "kunde", &["report", "active-users", "--period", "2026-02"]);
    assert_eq!(
        february,
        serde_json::json!([{"tenant": "kunde", "period": "2026-02", "active_users": 1}])
    );
    let year = json(
        &env,
        "akad",
        &["report", "active-users", "--period", "2025", "--include-children"],
    );
    assert_eq!(ids(&year, "tenant"), ["akad", "kunde"]);
    assert_eq!(
        (year[0]["active_users"].as_u64(), year[1]["active_users"].as_u64()),
        (Some(0), Some(1))
    );
    // As of a day: the period's days up to it; without --period, the month of that day
    // (today's month by default).
    let active = |args: &[&str]| {
        let mut full = vec!["report", "active-users"];
        full.extend(args);
        let rows = json(&env, "kunde", &full);
        (rows[0]["period"].clone(), rows[0]["active_users"].clone())
    };
    assert_eq!(
        active(&["--period", "2026-02", "--as-of", "2026-01-31"]),
        ("2026-02".into(), 0.into())
    );
    assert_eq!(active(&["--as-of", "01.02.2026"]), ("2026-02".into(), 1.into()));
    assert_eq!(
        active(&["--period", "2026", "--as-of", "2026-01-31"]),
        ("2026".into(), 0.into())
    );
    assert_eq!(active(&[]), ("2026-03".into(), 0.into()));
    // An erased user's activity still counts, anonymously.
    run(&env, "kunde", &["gdpr", "erase", "P1000", "--yes"]);
    let february = json(&env, "kunde", &["report", "active-users", "--period", "2026-02"]);
    assert_eq!(february[0]["active_users"], 1);
    let out = env
        .cmd()
        .env("LMSCTL_TENANT", "kunde")
        .args(["report", "active-users", "--period", "Feb"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn tenants_report_and_a_self_contained_html_page() {
    let env = scenario();
    let tenants = json(&env, "akad", &["report", "tenants"]);
    assert_eq!(ids(&tenants, "tenant"), ["akad", "kunde"]);
    assert_eq!(
        (
            tenants[1]["users"].as_u64(),
            tenants[1]["completion_rate"].as_f64()
        ),
        (Some(10), Some(20.0))
    );
    let html = run(&env, "akad", &["report", "tenants", "-o", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(
        html.contains("<svg") && html.contains("<table>") && html.contains("<td>kunde</td>"),
        "{html}"
    );
    assert!(
        !html.contains("src=") && !html.contains("href="),
        "no external assets: {html}"
    );
    let csv = run(&env, "kunde", &["report", "overdue", "-o", "csv"]);
    assert!(csv.starts_with("tenant,user_id,external_id,email,first_name,last_name,course,title,due_on,days_overdue,manager_email\n"));
}

#[test]
fn erased_users_count_only_as_anonymous_aggregates() {
    let env = scenario();
    run(&env, "kunde", &["gdpr", "erase", "P1001", "--yes"]);
    let by_course = json(&env, "kunde", &["report", "compliance"]);
    assert_eq!(
        (
            by_course[0]["assigned"].as_u64(),
            by_course[0]["completed"].as_u64()
        ),
        (Some(10), Some(2))
    );
    // ... but never by name.
    let expiring = json(&env, "kunde", &["report", "expiring", "--within", "30d"]);
    assert_eq!(expiring, serde_json::json!([]));
    let listed = json(&env, "kunde", &["assign", "list"]);
    assert_eq!(listed.as_array().unwrap().len(), 9);
}

#[test]
fn no_assignments_and_everyone_done() {
    let env = Env::new();
    run(&env, "", &["tenant", "create", "leer", "--name", "Leer"]);
    assert_eq!(
        json(&env, "leer", &["report", "compliance"]),
        serde_json::json!([])
    );
    assert_eq!(
        json(&env, "leer", &["report", "tenants"])[0]["completion_rate"],
        0.0
    );
    run(
        &env,
        "leer",
        &[
            "user",
            "add",
            "--email",
            "a@l.de",
            "--first-name",
            "A",
            "--last-name",
            "L",
        ],
    );
    run(&env, "leer", &["course", "create", "K1", "--title", "Kurs"]);
    run(&env, "leer", &["assign", "K1", "--all-users"]);
    run(
        &env,
        "leer",
        &["complete", "K1", "--user", "a@l.de", "--date", "2026-03-01"],
    );
    let done = json(&env, "leer", &["report", "compliance"]);
    assert_eq!(
        (done[0]["completed"].as_u64(), done[0]["completion_rate"].as_f64()),
        (Some(1), Some(100.0))
    );
}

/// The report tallies against the same counts made from the enrollments themselves:
/// by tenant, course, department, location and state, and by group, course and state
/// (a user counting once per group, static member, rule member or both).
fn assert_tally_matches(env: &Env, step: &str) {
    // Each row as one text, its columns joined by '|' (on either backend), in order.
    let counts = |sql: &str| -> Vec<String> {
        let mut rows = env.query_column(sql);
        rows.sort();
        rows
    };
    let tallied = counts(
        "SELECT concat_ws('|', tenant_id, course_id, department, location, due_on, progress, done, expires_on, n)
         FROM enrollment_tally",
    );
    let counted = counts(
        "SELECT concat_ws('|', tenant_id, course_id, department, location, due_on, progress, done, expires_on, count(*))
         FROM enrollment_bucket GROUP BY tenant_id, course_id, department, location, due_on, progress, done, expires_on",
    );
    assert!(!counted.is_empty(), "{step}: no enrollments");
    assert_eq!(tallied, counted, "after {step}");
    let tallied = counts(
        "SELECT concat_ws('|', group_id, course_id, due_on, progress, done, expires_on, n) FROM group_tally",
    );
    let counted = counts(
        "SELECT concat_ws('|', m.group_id, b.course_id, b.due_on, b.progress, b.done, b.expires_on, count(*))
         FROM enrollment_bucket b JOIN (SELECT DISTINCT group_id, user_id FROM group_member) m ON m.user_id = b.user_id
         GROUP BY m.group_id, b.course_id, b.due_on, b.progress, b.done, b.expires_on",
    );
    assert_eq!(tallied, counted, "groups after {step}");
}

#[test]
fn the_report_tally_follows_every_change() {
    let env = scenario();
    assert_tally_matches(&env, "import, assignment and completions");
    let steps: &[(&str, &[&str])] = &[
        (
            "a second course for a rule group",
            &["course", "create", "DSG", "--title", "Datenschutz", "--mandatory"],
        ),
        (
            "a rule group",
            &[
                "group",
                "create",
                "vertrieb",
                "--rule",
                "department = \"Vertrieb\"",
            ],
        ),
        (
            "a group assignment",
            &["assign", "DSG", "--group", "vertrieb", "--due", "2026-04-01"],
        ),
        (
            "progress",
            &["assign", "progress", "DSG", "--user", "P1004", "--percent", "40"],
        ),
        (
            "a move out of the group",
            &["user", "update", "P1001", "--department", "IT"],
        ),
        (
            "a move into the group",
            &["user", "update", "P1003", "--department", "Vertrieb"],
        ),
        ("a static group", &["group", "create", "ersthelfer"]),
        (
            "static members",
            &["group", "add-member", "ersthelfer", "P1002", "P1004"],
        ),
        (
            "a rule member made a static member too",
            &["group", "add-member", "vertrieb", "P1000"],
        ),
        (
            "a static member leaving",
            &["group", "remove-member", "ersthelfer", "P1002"],
        ),
        (
            "a rule member who stays a static member",
            &["user", "update", "P1000", "--department", "IT"],
        ),
        (
            "a static member who stays a rule member",
            &["group", "add-member", "vertrieb", "P1003"],
        ),
        (
            "the static membership of a rule member removed",
            &["group", "remove-member", "vertrieb", "P1003"],
        ),
        (
            "a static member back in the rule",
            &["user", "update", "P1000", "--department", "Vertrieb"],
        ),
        (
            "a new location",
            &["user", "update", "P1002", "--location", "Hamburg"],
        ),
        (
            "a renewed certificate",
            &["complete", "ARB", "--user", "P1001", "--date", "2026-03-10"],
        ),
        (
            "an older completion recorded late",
            &["complete", "ARB", "--user", "P1000", "--date", "2025-12-01"],
        ),
        ("an erasure", &["gdpr", "erase", "P1009", "--yes"]),
        (
            "a removed assignment",
            &["assign", "remove", "DSG", "--group", "vertrieb", "--yes"],
        ),
        ("a deleted group", &["group", "delete", "ersthelfer", "--yes"]),
    ];
    for (step, args) in steps {
        run(&env, "kunde", args);
        assert_tally_matches(&env, step);
    }
    // The figures read from the tally, by hand: ARB for all ten, overdue since
    // 2026-03-01 but for P1000 (done 2026-02-01) and P1001 (renewed 2026-03-10). The
    // erased P1009 (no location any more) keeps the frozen DSG enrollment, not yet due.
    let by_location = json(&env, "kunde", &["report", "compliance", "--by", "location"]);
    let expected = [
        ("(none)", 2, 0, 1),
        ("Berlin", 2, 1, 1),
        ("Düsseldorf", 1, 0, 1),
        ("Hamburg", 1, 0, 1),
        ("Köln", 2, 1, 1),
        ("München", 1, 0, 1),
        ("Nürnberg", 2, 0, 2),
    ];
    let expected: Vec<(String, u64, u64, u64)> = expected
        .iter()
        .map(|(k, a, c, o)| (k.to_string(), *a, *c, *o))
        .collect();
    assert_eq!(figures(&by_location), expected);

    run(&env, "", &["tenant", "delete", "kunde", "--cascade", "--yes"]);
    let left = env.query_text(
        "SELECT CAST((SELECT count(*) FROM enrollment_tally) + (SELECT count(*) FROM group_tally) AS TEXT)",
    );
    assert_eq!(left, "0", "a deleted tenant leaves no counts");
}

/// A certificate earned before the course was assigned is the enrollment's from the
/// start: it counts as done and is listed, serial and all, when it runs out.
#[test]
fn a_certificate_from_before_the_assignment_is_listed_when_it_runs_out() {
    let env = Env::new();
    run(&env, "", &["tenant", "create", "kunde", "--name", "Kunde"]);
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/hr_export.csv");
    run(&env, "kunde", &["import", "users", file.to_str().unwrap()]);
    run(
        &env,
        "kunde",
        &[
            "course",
            "create",
            "ARB",
            "--title",
            "Arbeitsschutz",
            "--mandatory",
            "--valid-for",
            "12m",
        ],
    );
    let certificate = json(
        &env,
        "kunde",
        &["complete", "ARB", "--user", "P1000", "--date", "2025-04-01"],
    );
    run(
        &env,
        "kunde",
        &["assign", "ARB", "--user", "P1000", "--due", "2026-06-01"],
    );

    let expiring = json(&env, "kunde", &["report", "expiring", "--within", "30d"]);
    assert_eq!(ids(&expiring, "external_id"), ["P1000"]);
    assert_eq!(expiring[0]["serial"], certificate["serial"]);
    let assigned = json(&env, "kunde", &["assign", "list", "--user", "P1000"]);
    assert_eq!(assigned[0]["status"], "expiring");
    assert_eq!(assigned[0]["certificate"], certificate["serial"]);
}
