//! Every error says what to do next: wrong invocations, one after another, each must
//! fail with its documented exit code and an `error:` line followed by a `hint:` line.
//! (Usage errors clap finds itself, such as an unknown flag, end with clap's own
//! "For more information, try '--help'" instead.)

use std::os::unix::fs::PermissionsExt;

use crate::common::Env;

/// The day the wrong invocations are made on.
const TODAY: &str = "2026-11-02";

/// Tenant `acme` with users P1-P3, a course C1, an archived course OLD, a group g and
/// some files a careless admin might hand over.
fn setup() -> Env {
    let env = Env::with_users();
    for args in [
        &["course", "create", "C1", "--title", "Kurs", "--valid-for", "12m"][..],
        &["course", "create", "OLD", "--title", "Alt"],
        &["course", "archive", "OLD"],
        &["group", "create", "g"],
    ] {
        let mut full = vec!["--tenant", "acme"];
        full.extend(args);
        env.ok(&full);
    }
    std::fs::write(env.dir().join("plan.jsonl"), "this is no plan\n").unwrap();
    std::fs::write(env.dir().join("bad.csv"), "a,b\n1,2\n").unwrap();
    std::fs::write(
        env.dir().join("open-quote.csv"),
        "Personalnummer;Vorname;Nachname;E-Mail\nP7;\"Eva;E;eva@acme.de\nP8;Udo;U;udo@acme.de\n",
    )
    .unwrap();
    std::fs::write(
        env.dir().join("badrow.csv"),
        "Personalnummer;Vorname;Nachname;E-Mail\nP7;A;A;kaputt\n",
    )
    .unwrap();
    std::fs::write(env.dir().join("binary.csv"), b"PK\x03\x04\x00\x00a;b\n").unwrap();
    std::fs::write(
        env.dir().join("twice.csv"),
        "Personalnummer;E-Mail;Vorname;Nachname;E-Mail\nP7;a@acme.de;A;A;b@acme.de\n",
    )
    .unwrap();
    std::os::unix::fs::symlink("/etc/hostname", env.dir().join("planted.csv")).unwrap();
    let shared = env.dir().join("shared.token");
    std::fs::write(&shared, "lms_x\n").unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o644)).unwrap();
    env
}

#[test]
fn every_wrong_invocation_gets_a_hint() {
    let env = setup();
    #[rustfmt::skip]
    let cases: &[(&[&str], i32)] = &[
        // Files
        (&["import", "apply", "nope.jsonl"], 66),
        (&["import", "apply", "plan.jsonl"], 65),
        (&["import", "users", "nope.csv"], 66),
        (&["import", "users", "bad.csv"], 65),
        (&["import", "completions", "nope.csv"], 66),
        (&["import", "users", "open-quote.csv"], 65),
        (&["import", "users", "binary.csv"], 65),
        (&["import", "users", "twice.csv"], 65),
        (&["import", "users", "badrow.csv", "--reject-file", "planted.csv"], 77),
        (&["import", "users", "badrow.csv", "--reject-file", "-", "-o", "json"], 2),
        (&["import", "users", "badrow.csv", "--map", "#9=email"], 2),
        (&["gdpr", "export", "P1", "--out", "missing-dir/x.json"], 1),
        (&["gdpr", "export", "P1", "--out", "planted.csv"], 77),
        // Assignments and completions
        (&["assign", "C1"], 2),
        (&["assign", "--all-users"], 2),
        (&["assign", "OLD", "--all-users"], 1),
        (&["assign", "C1", "--group", "nope"], 1),
        (&["assign", "NOPE", "--all-users"], 1),
        (&["assign", "remove", "C1", "--group", "g"], 1),
        (&["assign", "progress", "C1", "--user", "P1", "--percent", "50"], 1),
        (&["complete", "C1", "--user", "P1", "--date", "15.03.2027"], 65),
        (&["complete", "C1", "--user", "P1", "--score", "120"], 2),
        (&["certificate", "show", "LMS-2026-0000000000000000"], 1),
        // Reports
        (&["report", "active-users", "--period", "10/2026"], 2),
        (&["report", "compliance", "--group", "nope"], 1),
        // Tenants
        (&["tenant", "create", "Acme Berlin", "--name", "Acme Berlin"], 65),
        (&["tenant", "create", "acme", "--name", "Acme"], 65),
        (&["tenant", "create", "kunde", "--name", "Kunde", "--parent", "nope"], 1),
        (&["tenant", "create", "kunde", "--name", "Kunde", "--brand-color", "blue"], 65),
        (&["tenant", "update", "acme"], 2),
        (&["tenant", "update", "acme", "--parent", "acme"], 65),
        (&["tenant", "update", "acme", "--retention-inactive", "30d"], 2),
        (&["tenant", "show", "nope"], 1),
        (&["tenant", "delete", "acme", "--yes"], 1),
        (&["tenant", "delete", "acme", "--cascade"], 2),
        // Users and groups
        (&["user", "show", "nobody"], 1),
        (&["user", "show", "id:999"], 1),
        (&["user", "add", "--email", "anna.schmidt@acme.de", "--first-name", "A", "--last-name", "S"], 65),
        (&["user", "add", "--email", "neu@acme.de", "--first-name", "N", "--last-name", "N", "--manager", "nobody"], 1),
        (&["user", "update", "P1"], 2),
        (&["user", "update", "P1", "--start-date", "31.02.2026"], 2),
        (&["user", "update", "P1", "--email", "not-an-email"], 65),
        (&["user", "update", "P1", "--locale", "deutsch"], 65),
        (&["user", "update", "P1", "--role", "Trainer"], 65),
        (&["user", "update", "P1", "--manager", "P1"], 65),
        (&["user", "update", "P1", "--first-name", "An\u{1b}[2Jna"], 65),
        (&["user", "update", "P1", "--department", "Sales\u{202e}"], 65),
        (&["user", "add", "--email", "x@acme.de", "--first-name", &"N".repeat(201), "--last-name", "L"], 65),
        (&["user", "consent", "withdraw", "P1", "--notice", "2026-v3"], 1),
        (&["group", "show", "nope"], 1),
        (&["group", "create", "g"], 65),
        (&["group", "create", "h", "--rule", "department = Vertrieb"], 2),
        (&["group", "add-member", "g", "P1", "nobody"], 1),
        (&["group", "delete", "g"], 2),
        // Courses
        (&["course", "show", "NOPE"], 1),
        (&["course", "create", "C1", "--title", "Kurs"], 65),
        (&["course", "create", "A B", "--title", "Kurs"], 2),
        (&["course", "update", "C1"], 2),
        // GDPR
        (&["gdpr", "request", "show", "99"], 1),
        (&["gdpr", "request", "close", "99"], 1),
        (&["gdpr", "request", "open", "--type", "erase", "--user", "P1", "--received", "2027-01-01"], 65),
        (&["gdpr", "erase", "P1"], 2),
        (&["gdpr", "erase", "P1", "--request", "5", "--yes"], 1),
        (&["gdpr", "suppression", "remove", "--email", "nobody@acme.de"], 1),
        // Audit, tokens, tenant selection
        (&["audit", "verify", "--anchor", "0000"], 1),
        (&["token", "revoke", "99"], 1),
        (&["--tenant", "nope", "user", "list"], 1),
        (&["--tenant", "", "user", "list"], 2),
        // Stores, servers and credentials
        (&["--store", "postgres://lms@db.example.com/lms?ssl_mode=require", "tenant", "list"], 2),
        (&["--store", "postgres://lms@db.invalid/lms", "tenant", "list"], 69),
        (&["--store", "mysql://db.example.com/lms", "tenant", "list"], 2),
        (&["--store", "file:lms.db", "tenant", "list"], 2),
        (&["--store", "lms.example.com:8443", "tenant", "list"], 2),
        (&["--store", "/proc/lmsctl/lms.db", "tenant", "list"], 69),
        (&["--store", "http://127.0.0.1:1", "--token-file", "shared.token", "tenant", "list"], 78),
        (&["--store", "http://127.0.0.1:1", "--token-file", "missing.token", "tenant", "list"], 66),
        (&["serve", "--store", "http://127.0.0.1:1"], 2),
        (&["login", "ftp://lms.example.com", "--with-token"], 2),
        (&["login", "https://lms.example.com", "--with-token"], 2),
        (&["logout"], 78),
        (&["--profile", "prod", "--store", "", "tenant", "list"], 78),
    ];
    assert!(cases.len() >= 25);
    let mut missing = Vec::new();
    for (args, code) in cases {
        // A case naming its own store runs without the remote run's server and token.
        let mut cmd = if args.contains(&"--store") {
            env.local_cmd()
        } else {
            env.cmd()
        };
        let out = cmd
            .env("LMSCTL_TODAY", TODAY)
            .env("LMSCTL_TENANT", "acme")
            .args(*args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "lmsctl {args:?}:\n{stderr}");
        let lines: Vec<&str> = stderr.lines().collect();
        let error = lines.iter().position(|l| l.starts_with("error: "));
        let hint = lines
            .iter()
            .rposition(|l| l.starts_with("hint: ") && l.len() > 10);
        if !matches!((error, hint), (Some(e), Some(h)) if e < h) {
            missing.push(format!("lmsctl {args:?}:\n{stderr}"));
        }
    }
    assert!(
        missing.is_empty(),
        "errors without a hint:\n{}",
        missing.join("\n")
    );
}
