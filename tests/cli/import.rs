//! `lmsctl import users` against the HR exports in tests/data and generated files.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::{Env, ids, on_postgres, sqlite_only};

fn data(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    path.to_string_lossy().into_owned()
}

/// A store with the empty tenant `acme`.
fn env() -> Env {
    let env = Env::new();
    env.ok(&["tenant", "create", "acme", "--name", "Acme"]);
    env
}

fn import(env: &Env, args: &[&str]) -> std::process::Output {
    let mut full = vec!["--tenant", "acme", "import", "users"];
    full.extend(args);
    env.run(&full)
}

/// Runs an import that must succeed and returns its JSON report.
fn import_ok(env: &Env, args: &[&str]) -> Value {
    let mut full = vec!["--tenant", "acme", "import", "users"];
    full.extend(args);
    env.json(&full)
}

fn user(env: &Env, sel: &str) -> Value {
    env.json(&["--tenant", "acme", "user", "show", sel])
}

fn count_users(env: &Env) -> usize {
    env.json(&["--tenant", "acme", "user", "list", "--limit", "0"])
        .as_array()
        .unwrap()
        .len()
}

fn write(env: &Env, name: &str, content: &[u8]) -> PathBuf {
    let path = env.dir().join(name);
    std::fs::write(&path, content).unwrap();
    path
}

#[test]
fn windows_1252_export_keeps_its_umlauts() {
    let env = env();
    let report = import_ok(&env, &[&data("hr_export_de_cp1252.csv")]);
    assert_eq!(
        (report["created"].as_u64(), report["rejected"].as_u64()),
        (Some(60), Some(0))
    );
    let first = user(&env, "P1000");
    assert_eq!(first["first_name"], "Björn");
    assert_eq!(first["last_name"], "Schröder");
    assert_eq!(first["department"], "Lager & Logistik");
    assert_eq!(first["location"], "Düsseldorf");
    assert_eq!(first["start_date"], "2020-02-09");
    let last = user(&env, "oemer.becker.59@beispiel-gmbh.de");
    assert_eq!(
        (last["first_name"].as_str(), last["department"].as_str()),
        (Some("Ömer"), Some("Geschäftsführung"))
    );
}

#[test]
fn utf8_export_with_bom_recognises_its_first_header() {
    let env = env();
    let report = import_ok(&env, &[&data("hr_export_de_utf8_bom.csv")]);
    assert_eq!(report["created"], 40);
    assert_eq!(
        report["key"], "external-id",
        "Personalnummer behind the BOM is the key"
    );
    let first = user(&env, "Q1000");
    assert_eq!(
        (first["first_name"].as_str(), first["location"].as_str()),
        (Some("Müge"), Some("Köln"))
    );
    assert_eq!(first["start_date"], "2010-06-03");
    assert_eq!(user(&env, "Q1039")["last_name"], "Groß");
}

#[test]
fn tab_separated_english_export() {
    let env = env();
    let report = import_ok(&env, &[&data("hr_export_en.tsv")]);
    assert_eq!(report["created"], 30);
    let first = user(&env, "T1000");
    assert_eq!(
        (first["first_name"].as_str(), first["last_name"].as_str()),
        (Some("François"), Some("Köhler"))
    );
    assert_eq!(first["start_date"], "2020-10-12");
    assert_eq!(user(&env, "T1029")["first_name"], "Sören");
}

const EXPECTED_ERRORS: [(u64, &str, &str); 5] = [
    (5, "E-Mail", "'not-an-email' is not a valid e-mail address"),
    (
        7,
        "Personalnummer",
        "'B1004' appears again: line 6 has the same external id",
    ),
    (9, "Vorname", "is empty, but every user needs a first name"),
    (11, "Eintrittsdatum", "'31.02.2024' is not a valid date"),
    (
        12,
        "E-Mail",
        "appears again: line 4 has the same e-mail address (ignoring case)",
    ),
];

#[test]
fn invalid_rows_reject_the_whole_file_and_are_named_by_line() {
    let env = env();
    let file = data("hr_export_with_errors.csv");
    let out = import(&env, &[&file]);
    assert_eq!(out.status.code(), Some(65));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (line, column, message) in EXPECTED_ERRORS {
        let expected = format!("{file}:{line}: {column}: ");
        let found = stderr.lines().find(|l| l.contains(&expected));
        assert!(
            found.is_some_and(|l| l.contains(message)),
            "no '{expected}{message}' in:\n{stderr}"
        );
    }
    assert_eq!(
        stderr.matches("error: ").count(),
        6,
        "5 rows and the summary error:\n{stderr}"
    );
    assert!(
        stderr.contains("5 of 12 rows are invalid, so nothing was imported"),
        "{stderr}"
    );
    assert_eq!(count_users(&env), 0);
}

#[test]
fn skip_invalid_imports_the_rest_and_still_exits_65() {
    let env = env();
    let rejects = env.dir().join("rejects.csv");
    let out = import(
        &env,
        &[
            &data("hr_export_with_errors.csv"),
            "--skip-invalid",
            "--reject-file",
            rejects.to_str().unwrap(),
            "-o",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(65));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (report["created"].as_u64(), report["rejected"].as_u64()),
        (Some(7), Some(5))
    );
    assert_eq!(report["applied"], true);
    assert_eq!(count_users(&env), 7);
    assert_eq!(
        user(&env, "B1004")["last_name"],
        "Fuß",
        "the first B1004 row is the one imported"
    );

    let written = std::fs::read_to_string(&rejects).unwrap();
    let lines: Vec<&str> = written.lines().collect();
    assert_eq!(
        lines[0],
        "Personalnummer;Vorname;Nachname;E-Mail;Abteilung;Standort;Eintrittsdatum;error"
    );
    assert_eq!(lines.len(), 6);
    assert!(
        lines[1].starts_with(
            "B1003;Sören;Nüßlein;not-an-email;Lager & Logistik;Köln;07.01.2025;line 5: E-Mail: "
        ),
        "{written}"
    );
    assert!(lines[5].starts_with("B1010;"), "{written}");
}

#[test]
fn a_reject_file_keeps_the_input_encoding() {
    let env = env();
    let file = write(
        &env,
        "latin.csv",
        b"Personalnummer;Vorname;Nachname;E-Mail\r\n1;J\xFCrgen;M\xFCller;kaputt\r\n",
    );
    let rejects = env.dir().join("rejects.csv");
    let out = import(
        &env,
        &[file.to_str().unwrap(), "--reject-file", rejects.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(65));
    let bytes = std::fs::read(&rejects).unwrap();
    assert!(bytes.starts_with(
        b"Personalnummer;Vorname;Nachname;E-Mail;error\r\n1;J\xFCrgen;M\xFCller;kaputt;line 2: E-Mail: "
    ));
}

#[test]
fn importing_the_same_file_again_changes_nothing() {
    let env = env();
    let file = data("hr_export_de_utf8_bom.csv");
    import_ok(&env, &[&file]);
    let events = env
        .json(&["audit", "list", "--limit", "0"])
        .as_array()
        .unwrap()
        .len();
    let again = import_ok(&env, &[&file]);
    assert_eq!(
        (
            again["created"].as_u64(),
            again["updated"].as_u64(),
            again["unchanged"].as_u64()
        ),
        (Some(0), Some(0), Some(40))
    );
    // One audit event per import, also for one that changed nothing.
    assert_eq!(
        env.json(&["audit", "list", "--limit", "0"])
            .as_array()
            .unwrap()
            .len(),
        events + 1
    );
}

#[test]
fn changes_are_updates_of_the_changed_fields_only() {
    let env = env();
    write(&env, "a.csv", b"employee_id,first_name,last_name,email,department\n1,Anna,Alt,anna@x.de,IT\n2,Bert,Bau,bert@x.de,IT\n");
    import_ok(&env, &["a.csv"]);
    env.ok(&["--tenant", "acme", "user", "update", "1", "--location", "Berlin"]);
    write(&env, "b.csv", b"employee_id,first_name,last_name,email,department\n1,Anna,Neu,anna@x.de,IT\n2,Bert,Bau,bert@x.de,IT\n");
    let plan = import_ok(&env, &["b.csv", "--dry-run"]);
    assert_eq!(plan["updated"], 1);
    assert_eq!(plan["applied"], false);
    assert_eq!(
        plan["changes"][0]["changes"],
        serde_json::json!([{"field": "last_name", "old": "Alt", "new": "Neu"}])
    );
    assert_eq!(user(&env, "1")["last_name"], "Alt", "a dry run writes nothing");
    import_ok(&env, &["b.csv"]);
    let anna = user(&env, "1");
    assert_eq!(anna["last_name"], "Neu");
    assert_eq!(
        anna["location"], "Berlin",
        "a column the file does not have is left alone"
    );
}

#[test]
fn dry_run_shows_the_plan_for_people() {
    let env = env();
    let out = env.ok(&[
        "--tenant",
        "acme",
        "import",
        "users",
        &data("hr_export_en.tsv"),
        "--dry-run",
    ]);
    assert!(out.starts_with("plan for "), "{out}");
    assert!(out.contains("30 create, 0 update, 0 unchanged"), "{out}");
    assert!(
        out.contains("  create      line 2: T1000 François Köhler <francois.koehler.0@beispiel-gmbh.de>"),
        "{out}"
    );
    assert_eq!(out.matches("  create ").count(), 5, "the first five of each kind");
    assert_eq!(count_users(&env), 0);
    // Nor does a saved plan; neither spends the ids its users would have had.
    let plan = env.dir().join("plan.jsonl");
    import_ok(
        &env,
        &[&data("hr_export_en.tsv"), "--plan-out", plan.to_str().unwrap()],
    );
    import_ok(&env, &[&data("hr_export_en.tsv")]);
    assert_eq!(user(&env, "T1000")["id"], 1);
}

#[test]
fn a_saved_plan_is_applied_only_to_the_store_it_was_made_for() {
    let env = env();
    let plan = env.dir().join("plan.jsonl");
    let out = import(
        &env,
        &[&data("hr_export_en.tsv"), "--plan-out", plan.to_str().unwrap()],
    );
    assert!(out.status.success());
    assert_eq!(count_users(&env), 0);
    let mode = std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&plan).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600, "plans hold personal data");

    let report = env.json(&["--tenant", "acme", "import", "apply", plan.to_str().unwrap()]);
    assert_eq!(report["created"], 30);
    assert_eq!(count_users(&env), 30);
    // Applying twice: the tenant has changed since (by the plan itself).
    let err = env.fails(
        &["--tenant", "acme", "import", "apply", plan.to_str().unwrap()],
        1,
    );
    assert!(
        err.contains("tenant 'acme' has changed since this plan was made"),
        "{err}"
    );

    let stale = env.dir().join("stale.jsonl");
    import(
        &env,
        &[
            &data("hr_export_de_cp1252.csv"),
            "--plan-out",
            stale.to_str().unwrap(),
        ],
    );
    env.ok(&["--tenant", "acme", "user", "suspend", "T1000"]);
    let err = env.fails(
        &["--tenant", "acme", "import", "apply", stale.to_str().unwrap()],
        1,
    );
    assert!(err.contains("has changed"), "{err}");
    assert_eq!(count_users(&env), 30);
}

#[test]
fn a_saved_plan_holds_while_only_other_tenants_and_the_store_change() {
    let env = env();
    env.ok(&["tenant", "create", "beta", "--name", "Beta"]);
    let plan = env.dir().join("plan.jsonl");
    import(
        &env,
        &[&data("hr_export_en.tsv"), "--plan-out", plan.to_str().unwrap()],
    );
    // Another tenant's user, a token of the whole store and one of the other tenant.
    env.add_user("beta", "b1@beta.de");
    env.ok(&["token", "create", "--whole-store", "--role", "reporter"]);
    env.ok(&["--tenant", "beta", "token", "create", "--role", "reporter"]);
    let report = env.json(&["--tenant", "acme", "import", "apply", plan.to_str().unwrap()]);
    assert_eq!(report["created"], 30);
    assert_eq!(count_users(&env), 30);

    // A plan for beta made now is refused once beta changes, not when acme does.
    let beta_plan = env.dir().join("beta.jsonl");
    env.ok(&[
        "--tenant",
        "beta",
        "import",
        "users",
        &data("hr_export_de_cp1252.csv"),
        "--plan-out",
        beta_plan.to_str().unwrap(),
    ]);
    env.ok(&["--tenant", "acme", "user", "suspend", "T1000"]);
    env.ok(&["--tenant", "beta", "group", "create", "g"]);
    let err = env.fails(
        &["--tenant", "beta", "import", "apply", beta_plan.to_str().unwrap()],
        1,
    );
    assert!(
        err.contains("tenant 'beta' has changed since this plan was made"),
        "{err}"
    );
}

#[test]
fn a_cut_off_plan_changes_nothing() {
    let env = env();
    let plan = env.dir().join("plan.jsonl");
    import(
        &env,
        &[&data("hr_export_en.tsv"), "--plan-out", plan.to_str().unwrap()],
    );
    let text = std::fs::read_to_string(&plan).unwrap();
    let cut: Vec<&str> = text.lines().take(10).collect();
    std::fs::write(&plan, cut.join("\n") + "\n").unwrap();
    let err = env.fails(
        &["--tenant", "acme", "import", "apply", plan.to_str().unwrap()],
        65,
    );
    assert!(err.contains("incomplete"), "{err}");
    assert_eq!(count_users(&env), 0);
}

#[test]
fn sync_suspends_the_absent_and_refuses_a_truncated_export() {
    let env = env();
    let full = data("hr_export_de_utf8_bom.csv");
    import_ok(&env, &[&full]);
    let text = std::fs::read_to_string(&full).unwrap();
    let lines: Vec<&str> = text.lines().collect();

    // A truncated export (half the people missing) must not suspend anyone.
    let half = write(&env, "half.csv", (lines[..21].join("\r\n") + "\r\n").as_bytes());
    let err = env.fails(
        &[
            "--tenant",
            "acme",
            "import",
            "users",
            half.to_str().unwrap(),
            "--mode",
            "sync",
        ],
        65,
    );
    assert!(
        err.contains("would suspend 20 of the tenant's 40 active users"),
        "{err}"
    );
    assert_eq!(env.user_ids(&["--status", "suspended"]).len(), 0);
    let empty = write(&env, "empty.csv", (lines[0].to_owned() + "\r\n").as_bytes());
    env.fails(
        &[
            "--tenant",
            "acme",
            "import",
            "users",
            empty.to_str().unwrap(),
            "--mode",
            "sync",
        ],
        65,
    );
    assert_eq!(env.user_ids(&["--status", "suspended"]).len(), 0);

    // Two leavers are within the 10% limit.
    let most = write(&env, "most.csv", (lines[..39].join("\r\n") + "\r\n").as_bytes());
    let report = import_ok(&env, &[most.to_str().unwrap(), "--mode", "sync"]);
    assert_eq!(
        (report["suspended"].as_u64(), report["unchanged"].as_u64()),
        (Some(2), Some(38))
    );
    assert_eq!(env.user_ids(&["--status", "suspended"]), ["Q1038", "Q1039"]);

    // When they are back in the export, they are active again.
    let report = import_ok(&env, &[&full, "--mode", "sync"]);
    assert_eq!(
        (report["reactivated"].as_u64(), report["suspended"].as_u64()),
        (Some(2), Some(0))
    );
    assert!(env.user_ids(&["--status", "suspended"]).is_empty());

    // --max-suspend raises the limit when the suspensions are intended.
    let report = import_ok(
        &env,
        &[half.to_str().unwrap(), "--mode", "sync", "--max-suspend", "50%"],
    );
    assert_eq!(report["suspended"], 20);
}

#[test]
fn create_only_and_update_only() {
    let env = env();
    write(
        &env,
        "a.csv",
        b"employee_id,first_name,last_name,email\n1,Anna,Alt,anna@x.de\n",
    );
    import_ok(&env, &["a.csv"]);
    write(
        &env,
        "b.csv",
        b"employee_id,first_name,last_name,email\n1,Anna,Neu,anna@x.de\n2,Bert,Bau,bert@x.de\n",
    );
    let report = import_ok(&env, &["b.csv", "--mode", "create-only"]);
    assert_eq!(
        (report["created"].as_u64(), report["unchanged"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(user(&env, "1")["last_name"], "Alt");

    write(&env, "c.csv", b"employee_id,department\n1,IT\n3,IT\n");
    let out = import(&env, &["c.csv", "--mode", "update-only"]);
    assert_eq!(out.status.code(), Some(65));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("c.csv:3: employee_id: no user of the tenant has this key")
    );
    let out = import(
        &env,
        &["c.csv", "--mode", "update-only", "--skip-invalid", "-o", "json"],
    );
    assert_eq!(out.status.code(), Some(65));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["updated"], 1);
    assert_eq!(user(&env, "1")["department"], "IT");
}

#[test]
fn missing_columns_fail_before_any_row() {
    let env = env();
    write(
        &env,
        "a.csv",
        b"Personalnummer;Vorname;E-Mail\n1;Anna;anna@x.de\n",
    );
    let err = env.fails(&["--tenant", "acme", "import", "users", "a.csv"], 65);
    assert!(err.contains("no column for last_name"), "{err}");
    assert!(
        err.contains("its columns are: Personalnummer, Vorname, E-Mail"),
        "{err}"
    );
    assert!(err.contains("--map"), "{err}");
    assert_eq!(count_users(&env), 0);
}

#[test]
fn unknown_columns_are_named_once_and_map_renames() {
    let env = env();
    write(
        &env,
        "a.csv",
        b"Kennung;Vorname;Nachname;Mail;Kostenstelle;Bemerkung\nK1;Anna;Alt;anna@x.de;4711;x\n",
    );
    let out = import(&env, &["a.csv", "--map", "Kennung=external_id"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("ignoring columns").count(), 1, "{stderr}");
    assert!(stderr.contains("Kostenstelle, Bemerkung"), "{stderr}");
    assert_eq!(user(&env, "K1")["email"], "anna@x.de");
}

#[test]
fn email_key_matches_ignoring_case() {
    let env = env();
    write(
        &env,
        "a.csv",
        b"email,first_name,last_name,location\nAnna@X.de,Anna,Alt,Berlin\n",
    );
    let report = import_ok(&env, &["a.csv"]);
    assert_eq!(report["key"], "email");
    write(
        &env,
        "b.csv",
        b"email,first_name,last_name,location\nanna@x.DE,Anna,Alt,Hamburg\n",
    );
    let report = import_ok(&env, &["b.csv"]);
    assert_eq!(
        (report["created"].as_u64(), report["updated"].as_u64()),
        (Some(0), Some(1))
    );
    assert_eq!(user(&env, "anna@x.de")["location"], "Hamburg");
}

#[test]
fn an_email_held_by_another_user_is_rejected_with_its_line() {
    let env = env();
    env.ok(&[
        "--tenant",
        "acme",
        "user",
        "add",
        "--email",
        "anna@x.de",
        "--first-name",
        "A",
        "--last-name",
        "B",
    ]);
    write(
        &env,
        "a.csv",
        b"employee_id,first_name,last_name,email\n1,Bert,Bau,bert@x.de\n2,Anna,Alt,ANNA@x.de\n",
    );
    let out = import(&env, &["a.csv"]);
    assert_eq!(out.status.code(), Some(65));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("a.csv:3: email: 'ANNA@x.de' already belongs to user id:1"),
        "{stderr}"
    );
    assert_eq!(
        count_users(&env),
        1,
        "all or nothing: bert was not created either"
    );
}

#[test]
fn standard_input_quoted_newlines_and_blank_lines() {
    let env = env();
    let csv = "employee_id,first_name,last_name,email,department\r\n\
               1,Anna,Alt,anna@x.de,\"Lager, Logistik\"\r\n\
               2,\"Bert\nZweitname\",Bau,bert@x.de,IT\r\n\
               \r\n\
               3,Carl,Copp,not-valid,IT\r\n\
               ,,,,\r\n";
    let out = env
        .cmd()
        .args(["--tenant", "acme", "import", "users", "-"])
        .write_stdin(csv)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(65));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("-:6: email: 'not-valid'"),
        "line 6 (after a quoted newline and a blank line):\n{stderr}"
    );
    let out = env
        .cmd()
        .args([
            "--tenant",
            "acme",
            "import",
            "users",
            "-",
            "--skip-invalid",
            "-o",
            "json",
        ])
        .write_stdin(csv)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    // A line break inside a name is refused like any control character.
    assert_eq!(
        (
            report["rows"].as_u64(),
            report["created"].as_u64(),
            report["rejected"].as_u64()
        ),
        (Some(3), Some(1), Some(2))
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("-:3: first_name: is a quoted value running from line 3 to line 4"),
        "{stderr}"
    );
    assert_eq!(user(&env, "1")["department"], "Lager, Logistik");
}

#[test]
fn a_missing_file_exits_66() {
    let env = env();
    let err = env.fails(&["--tenant", "acme", "import", "users", "nope.csv"], 66);
    assert!(err.contains("nope.csv"), "{err}");
}

#[test]
fn rule_groups_and_the_import_group_follow_the_import() {
    let env = env();
    env.ok(&[
        "--tenant",
        "acme",
        "group",
        "create",
        "koeln",
        "--rule",
        "location = \"Köln\"",
    ]);
    import_ok(
        &env,
        &[&data("hr_export_de_utf8_bom.csv"), "--group", "neu-importiert"],
    );
    let koeln = env.json(&["--tenant", "acme", "group", "show", "koeln"]);
    let members = koeln["member_list"].as_array().unwrap();
    assert!(!members.is_empty());
    assert!(members.iter().all(|m| m["location"] == "Köln"));
    let all = env.json(&["--tenant", "acme", "group", "show", "neu-importiert"]);
    assert_eq!(all["members"], 40);
}

#[test]
fn one_audit_event_per_import_without_personal_data() {
    let env = env();
    let file = data("hr_export_de_cp1252.csv");
    import_ok(&env, &[&file]);
    let events = env.json(&["audit", "list", "--action", "import"]);
    assert_eq!(ids(&events, "action"), ["import.users"]);
    let target = &events[0]["target"];
    assert_eq!(target["file"], "hr_export_de_cp1252.csv");
    assert_eq!(target["created"], 60);
    let sha = sha256_hex(&std::fs::read(&file).unwrap());
    assert_eq!(target["sha256"], sha);
    let raw = events.to_string();
    assert!(!raw.contains("beispiel-gmbh") && !raw.contains("P1000"), "{raw}");
    env.ok(&["audit", "verify"]);
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

#[test]
fn utf16_excel_unicode_text_is_read() {
    let env = env();
    let text = "Personalnummer\tVorname\tNachname\tE-Mail\r\nU1\tZoë\tFuß\tzoe@x.de\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    write(&env, "unicode.txt", &bytes);
    import_ok(&env, &["unicode.txt"]);
    assert_eq!(user(&env, "U1")["last_name"], "Fuß");
}

/// A generated export of `rows` users, `;`-separated with German headers.
fn generated(env: &Env, name: &str, rows: usize) -> PathBuf {
    let mut text = String::from("Personalnummer;Vorname;Nachname;E-Mail;Abteilung;Standort;Eintrittsdatum\n");
    for i in 0..rows {
        text.push_str(&format!(
            "G{i:07};Jürgen;Müller;juergen.mueller.{i}@beispiel-gmbh.de;Vertrieb;Köln;01.0{}.2020\n",
            1 + i % 9
        ));
    }
    write(env, name, text.as_bytes())
}

#[test]
fn a_busy_store_makes_an_import_exit_75_and_say_why() {
    if sqlite_only("SQLite's file lock (postgres_cli.rs: imports of one tenant wait for each other)") {
        return;
    }
    let env = env();
    let conn = rusqlite::Connection::open(env.store()).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE; UPDATE tenant SET name = name;")
        .unwrap();
    let err = env.fails(
        &[
            "--busy-timeout",
            "0.5",
            "--tenant",
            "acme",
            "import",
            "users",
            &data("hr_export_en.tsv"),
        ],
        75,
    );
    assert!(
        err.contains("another lmsctl process (an import or another change) is writing"),
        "{err}"
    );
    conn.execute_batch("ROLLBACK").unwrap();
    assert_eq!(count_users(&env), 0);
}

#[test]
fn two_imports_at_once_never_corrupt_the_store() {
    let env = env();
    let big = generated(&env, "big.csv", 150_000);
    let mut first = first_command(&env, &big).spawn().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let second = import(&env, &["--busy-timeout", "0.2", &data("hr_export_en.tsv")]);
    let first_status = first.wait().unwrap();
    assert!(first_status.success());
    // SQLite locks the whole file; PostgreSQL, the tenant's imports (naming the holder).
    let busy = if on_postgres() {
        "another import into tenant 'acme' is running"
    } else {
        "another lmsctl process"
    };
    match second.status.code() {
        Some(75) => assert!(String::from_utf8_lossy(&second.stderr).contains(busy)),
        Some(0) => {}
        other => panic!(
            "second import: {other:?} {}",
            String::from_utf8_lossy(&second.stderr)
        ),
    }
    let expected = 150_000 + if second.status.success() { 30 } else { 0 };
    assert_eq!(count_users(&env), expected);
    assert_intact(&env);
}

/// SQLite's own check of the store file finds nothing wrong (PostgreSQL has no
/// such check of a database; the counts and the audit trail say it is whole).
fn assert_intact(env: &Env) {
    if !on_postgres() {
        let conn = rusqlite::Connection::open(env.store()).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
    }
}

fn first_command(env: &Env, file: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("lmsctl"));
    cmd.env_clear()
        .env("HOME", env.dir())
        .env("LMSCTL_STORE", env.location())
        .args([
            "--tenant",
            "acme",
            "import",
            "users",
            file.to_str().unwrap(),
            "-q",
        ])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    cmd
}

#[test]
fn killing_an_import_leaves_the_store_unchanged() {
    let env = env();
    import_ok(&env, &[&data("hr_export_en.tsv")]);
    let big = generated(&env, "big.csv", 400_000);
    let mut child = first_command(&env, &big).spawn().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the import finished before it could be killed"
    );
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    // Either nothing of the big file is there or all of it; here, killed mid-way: nothing.
    assert_eq!(count_users(&env), 30);
    assert_intact(&env);
    env.ok(&["audit", "verify"]);
    let report = import_ok(&env, &[&data("hr_export_en.tsv")]);
    assert_eq!(report["unchanged"], 30);
}

#[test]
fn a_large_import_into_an_empty_tenant_keeps_emails_unique() {
    let env = env();
    let big = generated(&env, "big.csv", 60_000);
    let mut text = std::fs::read_to_string(&big).unwrap();
    text.push_str("X1;Dora;Doppelt;JUERGEN.MUELLER.7@beispiel-gmbh.de;IT;Köln;01.01.2021\n");
    std::fs::write(&big, text).unwrap();
    let out = import(&env, &[big.to_str().unwrap(), "--skip-invalid"]);
    assert_eq!(out.status.code(), Some(65));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(":60002: E-Mail: 'JUERGEN.MUELLER.7@beispiel-gmbh.de' appears again: line 9"),
        "{stderr}"
    );
    assert_eq!(count_users(&env), 60_000);

    // The unique index is back, exactly as the schema defines it.
    let (sql, defined) = if on_postgres() {
        (
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'user_tenant_email'",
            "CREATE UNIQUE INDEX user_tenant_email ON public.\"user\" USING btree (tenant_id, lower((email COLLATE \"C\")))",
        )
    } else {
        (
            "SELECT sql FROM sqlite_master WHERE name = 'user_tenant_email'",
            "CREATE UNIQUE INDEX user_tenant_email ON user(tenant_id, email COLLATE NOCASE)",
        )
    };
    assert_eq!(env.query_text(sql), defined);
    let err = env.fails(
        &[
            "--tenant",
            "acme",
            "user",
            "add",
            "--email",
            "Juergen.Mueller.8@beispiel-gmbh.de",
            "--first-name",
            "J",
            "--last-name",
            "M",
        ],
        65,
    );
    assert!(err.contains("already has the e-mail address"), "{err}");
}

/// A tenant with the users of the English export and a 12-month course SAFE-1.
fn env_with_course() -> Env {
    let env = env();
    import_ok(&env, &[&data("hr_export_en.tsv")]);
    env.ok(&[
        "--tenant",
        "acme",
        "course",
        "create",
        "SAFE-1",
        "--title",
        "Arbeitsschutz",
        "--valid-for",
        "12m",
    ]);
    env
}

const COMPLETIONS: &str = "Personalnummer;Kurs;Abschlussdatum;Punkte\r\n\
    T1000;SAFE-1;15.03.2026;85,5\r\n\
    T1001;safe-1;2026-03-20;\r\n\
    T9999;SAFE-1;2026-03-20;\r\n\
    T1002;NOPE;2026-03-20;\r\n\
    T1003;SAFE-1;31.02.2026;\r\n\
    T1000;SAFE-1;15.03.2026;90\r\n";

#[test]
fn completions_import_all_or_nothing_with_lines() {
    let env = env_with_course();
    let file = write(&env, "completions.csv", COMPLETIONS.as_bytes());
    let out = env.run(&[
        "--tenant",
        "acme",
        "import",
        "completions",
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(65));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for expected in [
        "completions.csv:4: Personalnummer: no user of tenant 'acme' is 'T9999'",
        "completions.csv:5: Kurs: no course 'NOPE' in the catalogue of 'acme'",
        "completions.csv:6: Abschlussdatum: '31.02.2026' is not a valid date",
        "completions.csv:7: Kurs: appears again: line 2 has the same person, course and date",
    ] {
        assert!(stderr.contains(expected), "no '{expected}' in:\n{stderr}");
    }
    assert_eq!(
        env.json(&["--tenant", "acme", "certificate", "list"]),
        serde_json::json!([])
    );
}

#[test]
fn a_completion_from_the_future_is_rejected_with_its_line() {
    let env = env_with_course();
    write(
        &env,
        "future.csv",
        b"Personalnummer;Kurs;Abschlussdatum\r\nT1000;SAFE-1;01.02.2099\r\n",
    );
    let err = env.fails(&["--tenant", "acme", "import", "completions", "future.csv"], 65);
    assert!(
        err.contains("future.csv:2: Abschlussdatum: 2099-02-01 is in the future: a completion cannot be"),
        "{err}"
    );
    assert_eq!(
        env.json(&["--tenant", "acme", "certificate", "list"]),
        serde_json::json!([])
    );
}

#[test]
fn completions_import_issues_certificates_and_is_idempotent() {
    let env = env_with_course();
    let file = write(&env, "completions.csv", COMPLETIONS.as_bytes());
    let rejects = env.dir().join("rejects.csv");
    let dry = env.run(&[
        "--tenant",
        "acme",
        "import",
        "completions",
        "completions.csv",
        "--dry-run",
        "--skip-invalid",
        "-o",
        "json",
    ]);
    let report: Value = serde_json::from_slice(&dry.stdout).unwrap();
    assert_eq!(
        (report["created"].as_u64(), report["applied"].as_bool()),
        (Some(2), Some(false))
    );
    // A dry run records nothing and does not say it did.
    let said = String::from_utf8_lossy(&dry.stderr);
    assert!(
        said.contains("2 completions to record") && !said.contains("recorded"),
        "{said}"
    );
    assert_eq!(
        env.json(&["--tenant", "acme", "certificate", "list"]),
        serde_json::json!([])
    );

    let out = env.run(&[
        "--tenant",
        "acme",
        "import",
        "completions",
        file.to_str().unwrap(),
        "--skip-invalid",
        "--reject-file",
        rejects.to_str().unwrap(),
        "-o",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(65));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (report["created"].as_u64(), report["rejected"].as_u64()),
        (Some(2), Some(4))
    );
    let certificates = env.json(&["--tenant", "acme", "certificate", "list", "--as-of", "2026-04-01"]);
    assert_eq!(ids(&certificates, "external_id"), ["T1000", "T1001"]);
    assert_eq!(certificates[0]["score"], 85.5);
    assert_eq!(certificates[0]["expires_on"], "2027-03-15");
    let written = std::fs::read_to_string(&rejects).unwrap();
    assert_eq!(written.lines().count(), 5, "{written}");
    assert!(
        written.starts_with("Personalnummer;Kurs;Abschlussdatum;Punkte;error\r\nT9999;"),
        "{written}"
    );

    // The same file again records nothing new.
    let again = env.run(&[
        "--tenant",
        "acme",
        "import",
        "completions",
        "completions.csv",
        "--skip-invalid",
        "-o",
        "json",
    ]);
    let report: Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(
        (report["created"].as_u64(), report["unchanged"].as_u64()),
        (Some(0), Some(2))
    );
    let events = env.json(&["audit", "list", "--action", "import.completions"]);
    assert_eq!(events.as_array().unwrap().len(), 2);
    assert!(!events.to_string().contains("T1000"));
}

#[test]
fn a_plan_with_invalid_rows_is_not_applied_without_skip_invalid() {
    let env = env();
    write(
        &env,
        "bad.csv",
        b"employee_id,first_name,last_name,email\n1,Anna,Alt,anna@x.de\n2,Bert,Bau,kaputt\n",
    );
    let out = import(&env, &["bad.csv", "--plan-out", "plan.jsonl"]);
    assert_eq!(out.status.code(), Some(65));
    let err = env.fails(&["--tenant", "acme", "import", "apply", "plan.jsonl"], 65);
    assert!(err.contains("without --skip-invalid"), "{err}");
    assert_eq!(count_users(&env), 0);
    import(&env, &["bad.csv", "--plan-out", "plan2.jsonl", "--skip-invalid"]);
    // Applied, and like the import it stands for, it still exits 65 for the rejected row.
    env.fails(&["--tenant", "acme", "import", "apply", "plan2.jsonl"], 65);
    assert_eq!(count_users(&env), 1);
}

#[test]
fn sync_counts_only_active_users_and_never_suspends_a_rejected_row() {
    let env = env();
    let mut text = String::from("employee_id,first_name,last_name,email\n");
    for i in 1..=20 {
        text.push_str(&format!("{i},U{i},Nachname,u{i}@x.de\n"));
    }
    write(&env, "all.csv", text.as_bytes());
    import_ok(&env, &["all.csv"]);
    // 18 leavers suspended earlier; the next export is cut off after its header.
    for i in 3..=20 {
        env.ok(&["--tenant", "acme", "user", "suspend", &i.to_string()]);
    }
    write(&env, "header.csv", b"employee_id,first_name,last_name,email\n");
    let err = env.fails(
        &[
            "--tenant",
            "acme",
            "import",
            "users",
            "header.csv",
            "--mode",
            "sync",
            "--max-suspend",
            "100%",
        ],
        65,
    );
    assert!(err.contains("has no data rows"), "{err}");
    write(
        &env,
        "one.csv",
        b"employee_id,first_name,last_name,email\n1,U1,Nachname,u1@x.de\n",
    );
    let err = env.fails(
        &["--tenant", "acme", "import", "users", "one.csv", "--mode", "sync"],
        65,
    );
    assert!(
        err.contains("would suspend 1 of the tenant's 2 active users"),
        "{err}"
    );

    // A row rejected for a typo must not get its person suspended as "absent".
    write(
        &env,
        "typo.csv",
        b"employee_id,first_name,last_name,email\n1,U1,Nachname,u1@x.de\n2,U2,Nachname,u2@x\n",
    );
    let out = import(
        &env,
        &[
            "typo.csv",
            "--mode",
            "sync",
            "--skip-invalid",
            "--max-suspend",
            "100%",
            "-o",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(65));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (
            report["suspended"].as_u64(),
            report["withheld_suspensions"].as_u64()
        ),
        (Some(0), Some(1))
    );
    assert_eq!(user(&env, "2")["status"], "active");
}

#[test]
fn a_rejected_row_does_not_reactivate_its_user() {
    let env = env();
    write(&env, "a.csv", b"employee_id,first_name,last_name,email\n1,Anna,Alt,anna@x.de\n2,Bert,Bau,bert@x.de\n3,Carl,Copp,carl@x.de\n");
    import_ok(&env, &["a.csv"]);
    env.ok(&["--tenant", "acme", "user", "suspend", "2"]);
    // Bert comes back, but with Carl's e-mail address: the row is rejected.
    write(&env, "b.csv", b"employee_id,first_name,last_name,email\n1,Anna,Alt,anna@x.de\n2,Bert,Bau,carl@x.de\n3,Carl,Copp,carl@x.de\n");
    let out = import(
        &env,
        &[
            "b.csv",
            "--mode",
            "sync",
            "--skip-invalid",
            "--max-suspend",
            "100%",
        ],
    );
    assert_eq!(out.status.code(), Some(65));
    assert_eq!(user(&env, "2")["status"], "suspended");
}
