use crate::common::Env;

#[test]
fn results_go_to_stdout_and_status_to_stderr() {
    let env = Env::new();
    let out = env.run(&["tenant", "create", "acme", "--name", "Acme", "-o", "json"]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    serde_json::from_str::<serde_json::Value>(&stdout).expect("stdout is pure JSON");
    assert_eq!(stderr.trim(), "created tenant 'acme'");

    let quiet = env.run(&["-q", "tenant", "create", "b", "--name", "B", "-o", "json"]);
    assert!(quiet.status.success());
    assert!(quiet.stderr.is_empty());
}

#[test]
fn ndjson_prints_one_object_per_line() {
    let env = Env::with_users();
    let out = env.ok(&["--tenant", "acme", "user", "list", "-o", "ndjson"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3);
    for line in lines {
        let row: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(row["email"].is_string());
    }
}

#[test]
fn csv_has_every_field_and_neutralises_formulas() {
    let env = Env::with_users();
    env.ok(&[
        "--tenant",
        "acme",
        "user",
        "add",
        "--email",
        "evil@acme.de",
        "--first-name",
        "=HYPERLINK(\"http://x\")",
        "--last-name",
        "@SUM(A1)",
        "--department=-2+3",
    ]);
    let out = env.ok(&["--tenant", "acme", "user", "list", "-o", "csv"]);
    let mut lines = out.lines();
    assert_eq!(
        lines.next().unwrap(),
        "id,tenant,external_id,email,first_name,last_name,department,location,manager_id,start_date,locale,roles,status,last_activity_at,created_at,updated_at,groups"
    );
    assert!(
        out.contains("\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1),'-2+3"),
        "{out}"
    );
    assert!(out.contains(",Jürgen,Müller,"), "{out}");
}

#[test]
fn excel_dialect_is_semicolons_with_a_bom() {
    let env = Env::with_users();
    let out = env.ok(&[
        "--tenant",
        "acme",
        "user",
        "list",
        "-o",
        "csv",
        "--csv-dialect",
        "excel",
    ]);
    assert!(out.starts_with("\u{feff}id;tenant;external_id;"), "{out}");
    assert!(out.contains("\r\n"));
}

#[test]
fn help_documents_exit_codes() {
    let env = Env::new();
    let help = env.ok(&["--help"]);
    for line in [
        "65  invalid input data",
        "69  store or server unavailable",
        "75  store busy",
    ] {
        assert!(help.contains(line), "{help}");
    }
}

#[test]
fn version_and_help_do_not_create_a_store() {
    if crate::common::remote() {
        // The server of a remote run creates the store.
        return;
    }
    let env = Env::new();
    assert!(env.ok(&["--version"]).starts_with("lmsctl "));
    env.ok(&["user", "--help"]);
    env.ok(&["completions", "bash"]);
    if crate::common::on_postgres() {
        // The database is there (the test made it); lmsctl did not make a store in it.
        let tables =
            env.query_text("SELECT count(*)::text FROM pg_tables WHERE schemaname = current_schema()");
        assert_eq!(tables, "0");
    } else {
        assert!(!env.store().exists());
    }
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    env.fails(&["tenant", "frobnicate"], 2);
    env.fails(&["-o", "yaml", "tenant", "list"], 2);
}

#[test]
fn an_empty_csv_list_still_has_its_header() {
    let env = Env::new();
    env.ok(&["tenant", "create", "acme", "--name", "Acme"]);
    let out = env.ok(&["--tenant", "acme", "remind", "-o", "csv"]);
    assert_eq!(
        out,
        "reason,user_id,external_id,email,first_name,last_name,locale,course,title,due_on,expires_on,manager_email,manager_name\n"
    );
    assert_eq!(
        env.ok(&["--tenant", "acme", "user", "list", "-o", "json"]),
        "[]\n"
    );
}

/// `lmsctl report overdue -o json | head -c 100`: the reader has what it wanted; a
/// long streamed list stops quietly, exit 0, in every machine format.
#[test]
fn a_reader_that_stops_early_is_no_error() {
    use std::io::Read;
    use std::process::{Command, Stdio};

    let env = Env::new();
    let today = "2026-03-01";
    let setup = |args: &[&str]| {
        env.cmd().env("LMSCTL_TODAY", today).args(args).assert().success();
    };
    setup(&["tenant", "create", "acme", "--name", "Acme"]);
    let mut csv = String::from("external_id,first_name,last_name,email\n");
    for i in 0..2000 {
        csv.push_str(&format!("P{i},Vor{i},Nach{i},p{i}@acme.de\n"));
    }
    let file = env.dir().join("users.csv");
    std::fs::write(&file, csv).unwrap();
    let tenant = ["--tenant", "acme"];
    setup(&[&tenant[..], &["import", "users", file.to_str().unwrap()]].concat());
    setup(
        &[
            &tenant[..],
            &[
                "course",
                "create",
                "ARB",
                "--title",
                "Arbeitsschutz",
                "--mandatory",
            ],
        ]
        .concat(),
    );
    setup(
        &[
            &tenant[..],
            &["assign", "ARB", "--all-users", "--due", "2026-02-01"],
        ]
        .concat(),
    );

    for format in ["csv", "json", "ndjson"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_lmsctl"))
            .env_clear()
            .env("HOME", env.dir())
            .env("LMSCTL_STORE", env.location())
            .env("LMSCTL_TODAY", today)
            .args(["--tenant", "acme", "report", "overdue", "-o", format])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut start = [0u8; 100];
        child.stdout.take().unwrap().read_exact(&mut start).unwrap();
        // The pipe is closed here, with most of the 2,000 rows (about 300 KB) unread.
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "-o {format}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "-o {format}");
    }
}

/// Every time lmsctl shows is in one RFC 3339 form: UTC, milliseconds, `Z`.
#[test]
fn times_have_one_form_everywhere() {
    let env = Env::with_users();
    let acme = |args: &[&str]| {
        let mut full = vec!["--tenant", "acme"];
        full.extend(args);
        env.json(&full)
    };
    env.ok(&["--tenant", "acme", "course", "create", "C1", "--title", "Kurs"]);
    env.ok(&["--tenant", "acme", "assign", "C1", "--all-users"]);
    env.ok(&[
        "--tenant",
        "acme",
        "assign",
        "progress",
        "C1",
        "--user",
        "P1",
        "--percent",
        "10",
    ]);
    let mut times = Vec::new();
    for value in [
        acme(&["tenant", "show", "acme"]),
        acme(&["user", "show", "P1"]),
        acme(&["user", "list"]),
        acme(&["group", "create", "g"]),
        acme(&["course", "list"]),
        acme(&["audit", "list"]),
        acme(&["token", "create", "--role", "reporter"]),
        acme(&["gdpr", "export", "P1"]),
    ] {
        collect_times(&value, &mut times);
    }
    assert!(times.len() > 20, "{times:?}");
    for time in &times {
        let bytes = time.as_bytes();
        let shaped = bytes.len() == 24
            && bytes[10] == b'T'
            && bytes[19] == b'.'
            && time.ends_with('Z')
            && chrono::DateTime::parse_from_rfc3339(time).is_ok();
        assert!(shaped, "not YYYY-MM-DDTHH:MM:SS.mmmZ: {time}");
    }
    // Also the times older versions stored as +00:00, in the export's raw rows.
    if !crate::common::remote() {
        env.tamper("UPDATE \"user\" SET created_at = '2026-01-02T03:04:05+00:00' WHERE external_id = 'P1'");
        let export = acme(&["gdpr", "export", "P1"]);
        assert_eq!(export["subject"]["created_at"], "2026-01-02T03:04:05.000Z");
        assert_eq!(
            acme(&["user", "show", "P1"])["created_at"],
            "2026-01-02T03:04:05.000Z"
        );
    }
}

/// The string values of every `at` or `*_at` key, at any depth.
fn collect_times(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                match value {
                    serde_json::Value::String(text) if key == "at" || key.ends_with("_at") => {
                        out.push(text.clone())
                    }
                    other => collect_times(other, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|item| collect_times(item, out)),
        _ => {}
    }
}

/// Records read as people read them: a due date, not its JSON structure; the store
/// by its path, not Rust debug text.
#[test]
fn records_for_people_are_plain_text() {
    let env = Env::with_users();
    env.ok(&["--tenant", "acme", "course", "create", "C1", "--title", "Kurs"]);
    // The `due` line of the record `assign C1 TARGET...` prints for people.
    let due = |target: &[&str]| {
        let mut args = vec!["--tenant", "acme", "assign", "C1"];
        args.extend(target);
        let table = env.ok(&args);
        let line = table.lines().find(|l| l.starts_with("due")).unwrap_or_default();
        line.trim_start_matches("due").trim().to_owned()
    };
    assert_eq!(
        due(&["--all-users", "--due-in", "30d"]),
        "30 days after assignment"
    );
    assert_eq!(due(&["--user", "P1", "--due", "2027-03-31"]), "2027-03-31");
    // JSON keeps the structure programs read.
    env.ok(&["--tenant", "acme", "group", "create", "g"]);
    let json = env.json(&[
        "--tenant",
        "acme",
        "assign",
        "C1",
        "--group",
        "g",
        "--due-after-start",
        "14d",
    ]);
    assert_eq!(
        json["due"],
        serde_json::json!({ "kind": "after_start", "value": 14 })
    );

    if !crate::common::remote() {
        let out = env.run(&["-v", "tenant", "list"]);
        let said = String::from_utf8_lossy(&out.stderr);
        // The store is named as its kind says where it is: a file, or a database.
        let store = if crate::common::on_postgres() {
            format!("using the PostgreSQL store {}", env.database())
        } else {
            format!("using the local store {}", env.store().display())
        };
        assert!(said.contains(&store), "{said}");
        assert!(!said.contains("Sqlite(") && !said.contains("Postgres("), "{said}");
    }
}
