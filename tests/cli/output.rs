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
    assert!(!env.store().exists());
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
            .env("LMSCTL_STORE", env.store())
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
