//! Reports against hand-computed figures.

use serde_json::Value;

use crate::common::{Env, ids};

fn run(env: &Env, tenant: &str, args: &[&str]) -> String {
    let out = env
        .cmd()
        .env("LMSCTL_TODAY", "2026-03-15")
        .env("LMSCTL_TENANT", tenant)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
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
