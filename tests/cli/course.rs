//! Courses, assignments, completions and statuses (end to end).
//!
//! Every command runs with a fixed `LMSCTL_TODAY`, so no test depends on the real date.

use std::collections::BTreeMap;
use std::process::Output;

use serde_json::{Value, json};

use crate::common::{Env, ids};

/// The day most commands run on.
const TODAY: &str = "2026-01-05";

/// `lmsctl` on the day `today` (`LMSCTL_TODAY`), in `tenant` (`LMSCTL_TENANT`, "" for
/// none).
#[derive(Clone, Copy)]
struct At<'a> {
    env: &'a Env,
    today: &'a str,
    tenant: &'a str,
}

impl<'a> At<'a> {
    fn new(env: &'a Env, tenant: &'a str) -> Self {
        At {
            env,
            today: TODAY,
            tenant,
        }
    }

    /// The same, on another day.
    fn on(self, today: &'a str) -> Self {
        At { today, ..self }
    }

    /// The same, in another tenant.
    fn tenant(self, tenant: &'a str) -> Self {
        At { tenant, ..self }
    }

    fn run(self, args: &[&str]) -> Output {
        let mut cmd = self.env.cmd();
        cmd.env("LMSCTL_TODAY", self.today);
        if !self.tenant.is_empty() {
            cmd.env("LMSCTL_TENANT", self.tenant);
        }
        cmd.args(args).output().expect("run lmsctl")
    }

    /// A command that must succeed; its stdout.
    fn ok(self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "lmsctl {args:?} (today {}, tenant {}) failed with {:?}\nstdout: {}\nstderr: {}",
            self.today,
            self.tenant,
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// A command that must fail with `code`; its stderr.
    fn fails(self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(code),
            "lmsctl {args:?}: expected exit {code}\nstdout: {}\nstderr: {stderr}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(!stderr.contains("panicked"), "panic: {stderr}");
        stderr
    }

    /// A command run with `-o json` that must succeed; its parsed stdout.
    fn json(self, args: &[&str]) -> Value {
        let mut full = args.to_vec();
        full.extend(["-o", "json"]);
        serde_json::from_str(&self.ok(&full)).expect("JSON output")
    }

    /// `assign list ARGS --as-of AS_OF`.
    fn enrollments(self, as_of: &str, args: &[&str]) -> Value {
        let mut full = vec!["assign", "list", "--as-of", as_of];
        full.extend(args);
        self.json(&full)
    }

    /// The one `assign list` row of `user` in `course` on `as_of`.
    fn enrollment(self, user: &str, course: &str, as_of: &str) -> Value {
        let rows = self.enrollments(as_of, &["--user", user, "--course", course]);
        let rows = rows.as_array().expect("JSON array");
        assert_eq!(rows.len(), 1, "one row for {user} in {course}: {rows:?}");
        rows[0].clone()
    }

    /// (status, due_on) of `user` in `course` on `as_of`.
    fn status(self, user: &str, course: &str, as_of: &str) -> (String, Value) {
        let row = self.enrollment(user, course, as_of);
        (row["status"].as_str().unwrap().to_owned(), row["due_on"].clone())
    }

    /// `user add` with the external id `ext`, "First Last" `name` and `email`.
    fn add_user(self, ext: &str, name: &str, email: &str, extra: &[&str]) -> Value {
        let (first, last) = name.split_once(' ').expect("First Last");
        let mut args = vec![
            "user",
            "add",
            "--external-id",
            ext,
            "--email",
            email,
            "--first-name",
            first,
            "--last-name",
            last,
        ];
        args.extend(extra);
        self.json(&args)
    }
}

/// A store with the tenant `acme` (created on [`TODAY`]).
fn acme(env: &Env) -> At<'_> {
    let at = At::new(env, "");
    at.ok(&["tenant", "create", "acme", "--name", "Acme GmbH"]);
    at.tenant("acme")
}

/// (external_id, course, status, due_on) of every row of an `assign list`.
fn rows(list: &Value) -> Vec<(String, String, String, String)> {
    list.as_array()
        .expect("JSON array")
        .iter()
        .map(|r| {
            let text = |key: &str| r[key].as_str().unwrap_or_default().to_owned();
            (
                text("external_id"),
                text("course"),
                text("status"),
                text("due_on"),
            )
        })
        .collect()
}

fn row(ext: &str, course: &str, status: &str, due_on: &str) -> (String, String, String, String) {
    (ext.into(), course.into(), status.into(), due_on.into())
}

/// A simple CSV (no quoted cells) as its header and rows of header -> cell.
fn parse_csv(text: &str) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .next()
        .expect("header row")
        .split(',')
        .map(str::to_owned)
        .collect();
    let records = lines
        .map(|line| {
            assert!(!line.contains('"'), "quoted cell in {line}");
            header
                .iter()
                .cloned()
                .zip(line.split(',').map(str::to_owned))
                .collect()
        })
        .collect();
    (header, records)
}

/// Writes the HR export `name` (`;`-separated, German headers) into the env's dir.
fn hr_export(env: &Env, name: &str, rows: &[&str]) -> String {
    let mut text = String::from("Personalnummer;Vorname;Nachname;E-Mail;Abteilung;Standort;Eintrittsdatum\n");
    for row in rows {
        text.push_str(row);
        text.push('\n');
    }
    let path = env.dir().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

fn is_serial(serial: &str) -> bool {
    let parts: Vec<&str> = serial.split('-').collect();
    parts.len() == 3
        && parts[0] == "LMS"
        && parts[1].len() == 4
        && parts[1].chars().all(|c| c.is_ascii_digit())
        && parts[2].len() == 16
        && parts[2]
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_lowercase())
}

#[test]
fn shared_course_reaches_imported_rule_group_members_and_recurs() {
    let env = Env::new();
    let root = At::new(&env, "");
    root.ok(&["tenant", "create", "akademie", "--name", "Akademie"]);
    for child in ["kunde-a", "kunde-b"] {
        root.ok(&["tenant", "create", child, "--name", child, "--parent", "akademie"]);
    }
    let akademie = root.tenant("akademie");
    let a = root.tenant("kunde-a");
    let b = root.tenant("kunde-b");

    let course = akademie.json(&[
        "course",
        "create",
        "ARBSCHUTZ-1",
        "--title",
        "Arbeitsschutz",
        "--description",
        "Jährliche Unterweisung",
        "--mandatory",
        "--valid-for",
        "12m",
        "--shared",
    ]);
    assert_eq!(
        (
            &course["tenant"],
            &course["mandatory"],
            &course["valid_for"],
            &course["shared"],
            &course["inherited"]
        ),
        (
            &json!("akademie"),
            &json!(true),
            &json!("12m"),
            &json!(true),
            &json!(false)
        )
    );

    // Both children see the course in their catalogue, owned by the academy.
    for child in [a, b] {
        let list = child.json(&["course", "list"]);
        assert_eq!(ids(&list, "code"), ["ARBSCHUTZ-1"]);
        assert_eq!(list[0]["tenant"], "akademie");
        assert_eq!(list[0]["inherited"], true);
        assert_eq!(list[0]["mandatory"], true);
    }

    // kunde-a: a rule group, and the course assigned to it before anyone is there.
    a.ok(&[
        "group",
        "create",
        "vertrieb",
        "--rule",
        "department = \"Vertrieb\"",
    ]);
    let assignment = a.json(&[
        "assign",
        "ARBSCHUTZ-1",
        "--group",
        "vertrieb",
        "--due",
        "2026-03-31",
    ]);
    assert_eq!(assignment["target"], "group:vertrieb");
    assert_eq!(assignment["due"], json!({"kind": "on", "value": "2026-03-31"}));
    assert_eq!(assignment["users"], 0);

    // The users arrive a week later by the HR import.
    let file = hr_export(
        &env,
        "hr.csv",
        &[
            "A1;Anna;Schmidt;anna.schmidt@kunde-a.de;Vertrieb;Berlin;01.01.2020",
            "A2;Jürgen;Müller;juergen.mueller@kunde-a.de;Vertrieb;Köln;15.03.2021",
            "A3;Li;Wei;li.wei@kunde-a.de;IT;Berlin;01.06.2022",
        ],
    );
    let a12 = a.on("2026-01-12");
    let report = a12.json(&["import", "users", &file]);
    assert_eq!(
        (report["created"].as_u64(), report["rejected"].as_u64()),
        (Some(3), Some(0))
    );

    let list = a12.json(&["assign", "list"]);
    assert_eq!(
        rows(&list),
        [
            row("A1", "ARBSCHUTZ-1", "assigned", "2026-03-31"),
            row("A2", "ARBSCHUTZ-1", "assigned", "2026-03-31"),
        ],
        "the Vertrieb users get the course, IT does not"
    );
    assert_eq!(list[0]["assigned_on"], "2026-01-12");
    assert_eq!(list[0]["mandatory"], true);
    assert_eq!(a12.json(&["assign", "list", "--user", "A3"]), json!([]));

    // Due on the due day, overdue the day after.
    assert_eq!(a.status("A1", "ARBSCHUTZ-1", "2026-03-31").0, "assigned");
    assert_eq!(
        rows(&a.enrollments("2026-04-01", &[])),
        [
            row("A1", "ARBSCHUTZ-1", "overdue", "2026-03-31"),
            row("A2", "ARBSCHUTZ-1", "overdue", "2026-03-31"),
        ]
    );

    // Anna completes in time (default date: today), Jürgen late.
    let first = a
        .on("2026-02-10")
        .json(&["complete", "ARBSCHUTZ-1", "--user", "A1", "--score", "88"]);
    let first_serial = first["serial"].as_str().unwrap().to_owned();
    assert!(
        is_serial(&first_serial) && first_serial.starts_with("LMS-2026-"),
        "{first_serial}"
    );
    assert_eq!(
        (
            &first["completed_on"],
            &first["expires_on"],
            &first["score"],
            &first["state"]
        ),
        (
            &json!("2026-02-10"),
            &json!("2027-02-10"),
            &json!(88.0),
            &json!("valid")
        )
    );
    a.on("2026-04-15")
        .ok(&["complete", "ARBSCHUTZ-1", "--user", "juergen.mueller@kunde-a.de"]);

    assert_eq!(
        rows(&a.enrollments("2026-04-01", &[])),
        [
            row("A1", "ARBSCHUTZ-1", "completed", "2026-03-31"),
            row("A2", "ARBSCHUTZ-1", "overdue", "2026-03-31"),
        ]
    );
    let anna = a.enrollment("A1", "ARBSCHUTZ-1", "2026-05-01");
    assert_eq!(
        (
            &anna["status"],
            &anna["completed_on"],
            &anna["expires_on"],
            &anna["certificate"],
            &anna["progress"]
        ),
        (
            &json!("completed"),
            &json!("2026-02-10"),
            &json!("2027-02-10"),
            &json!(first_serial),
            &json!(100)
        )
    );
    assert_eq!(a.status("A2", "ARBSCHUTZ-1", "2026-05-01").0, "completed");

    // Within 30 days of the expiry: expiring; after it: expired and due again on the expiry date.
    assert_eq!(a.status("A1", "ARBSCHUTZ-1", "2027-01-15").0, "expiring");
    assert_eq!(a.status("A1", "ARBSCHUTZ-1", "2026-12-20").0, "completed");
    let wider = a.enrollments("2026-12-20", &["--user", "A1", "--expiring-within", "60d"]);
    assert_eq!(wider[0]["status"], "expiring");
    assert_eq!(a.status("A2", "ARBSCHUTZ-1", "2027-01-15").0, "completed");
    let expired = a.enrollment("A1", "ARBSCHUTZ-1", "2027-02-11");
    assert_eq!(
        (&expired["status"], &expired["due_on"], &expired["expires_on"]),
        (&json!("expired"), &json!("2027-02-10"), &json!("2027-02-10"))
    );
    assert_eq!(
        rows(&a.enrollments("2027-04-16", &["--status", "expired"])),
        [
            row("A1", "ARBSCHUTZ-1", "expired", "2027-02-10"),
            row("A2", "ARBSCHUTZ-1", "expired", "2027-04-15"),
        ]
    );

    // Completing again: completed, with a new certificate running another 12 months.
    let second = a
        .on("2027-02-20")
        .json(&["complete", "ARBSCHUTZ-1", "--user", "A1"]);
    assert_ne!(second["serial"], first["serial"]);
    let renewed = a.enrollment("A1", "ARBSCHUTZ-1", "2027-02-21");
    assert_eq!(
        (
            &renewed["status"],
            &renewed["completed_on"],
            &renewed["expires_on"],
            &renewed["certificate"]
        ),
        (
            &json!("completed"),
            &json!("2027-02-20"),
            &json!("2028-02-20"),
            &second["serial"]
        )
    );

    // kunde-b has the course in its catalogue but nobody enrolled and no certificates.
    assert_eq!(b.json(&["assign", "list", "--as-of", "2027-02-21"]), json!([]));
    assert_eq!(
        b.json(&["certificate", "list", "--as-of", "2027-02-21"]),
        json!([])
    );
    b.fails(&["certificate", "show", &first_serial], 1);

    // kunde-a cannot change the academy's course, and is told where to do it.
    let err = a.fails(&["course", "update", "ARBSCHUTZ-1", "--title", "Unser Kurs"], 1);
    assert!(
        err.contains("belongs to tenant 'akademie'")
            && err.contains("lmsctl --tenant akademie course update ARBSCHUTZ-1"),
        "{err}"
    );

    // A change in the academy shows at once in kunde-a.
    akademie.ok(&["course", "update", "ARBSCHUTZ-1", "--title", "Arbeitsschutz 2027"]);
    let shown = a.json(&["course", "show", "ARBSCHUTZ-1"]);
    assert_eq!(
        (&shown["title"], &shown["tenant"], &shown["inherited"]),
        (&json!("Arbeitsschutz 2027"), &json!("akademie"), &json!(true))
    );
    assert_eq!(
        a.enrollment("A2", "ARBSCHUTZ-1", "2027-01-01")["title"],
        "Arbeitsschutz 2027"
    );
}

#[test]
fn due_after_start_and_due_in_are_per_user() {
    let env = Env::new();
    let acme = acme(&env);
    acme.add_user(
        "P1",
        "Anna Schmidt",
        "anna.schmidt@acme.de",
        &["--start-date", "2026-01-12"],
    );
    acme.add_user("P2", "Li Wei", "li.wei@acme.de", &["--start-date", "2025-12-01"]);
    acme.ok(&["course", "create", "ONBOARDING", "--title", "Erste Schritte"]);
    acme.ok(&["course", "create", "DSGVO", "--title", "Datenschutz"]);

    let onboarding = acme.json(&["assign", "ONBOARDING", "--all-users", "--due-after-start", "14d"]);
    assert_eq!(onboarding["due"], json!({"kind": "after_start", "value": 14}));
    let dsgvo = acme.json(&["assign", "DSGVO", "--all-users", "--due-in", "30d"]);
    assert_eq!(dsgvo["due"], json!({"kind": "after_assign", "value": 30}));
    assert_eq!(
        (onboarding["users"].as_u64(), dsgvo["users"].as_u64()),
        (Some(2), Some(2))
    );

    assert_eq!(
        rows(&acme.enrollments(TODAY, &[])),
        [
            row("P1", "DSGVO", "assigned", "2026-02-04"),
            row("P1", "ONBOARDING", "assigned", "2026-01-26"),
            row("P2", "DSGVO", "assigned", "2026-02-04"),
            // Started before the assignment: already past the onboarding deadline.
            row("P2", "ONBOARDING", "overdue", "2025-12-15"),
        ]
    );

    // A user added on 1 February: 30 days from then, 14 days from their start.
    acme.on("2026-02-01")
        .add_user("P3", "Jo Neu", "jo.neu@acme.de", &["--start-date", "2026-02-02"]);
    // One imported on 10 March, who started on 1 March.
    let file = hr_export(
        &env,
        "neu.csv",
        &["P4;Ömer;Becker;oemer.becker@acme.de;IT;Köln;01.03.2026"],
    );
    acme.on("2026-03-10").ok(&["import", "users", &file]);

    // Assigning again later with the same rule keeps everybody's dates.
    acme.on("2026-03-10")
        .ok(&["assign", "DSGVO", "--all-users", "--due-in", "30d"]);

    let list = acme.enrollments("2026-03-10", &[]);
    assert_eq!(
        rows(&list),
        [
            row("P1", "DSGVO", "overdue", "2026-02-04"),
            row("P1", "ONBOARDING", "overdue", "2026-01-26"),
            row("P2", "DSGVO", "overdue", "2026-02-04"),
            row("P2", "ONBOARDING", "overdue", "2025-12-15"),
            row("P3", "DSGVO", "overdue", "2026-03-03"),
            row("P3", "ONBOARDING", "overdue", "2026-02-16"),
            row("P4", "DSGVO", "assigned", "2026-04-09"),
            row("P4", "ONBOARDING", "assigned", "2026-03-15"),
        ]
    );
    assert_eq!(
        ids(&list, "assigned_on"),
        [
            "2026-01-05",
            "2026-01-05",
            "2026-01-05",
            "2026-01-05",
            "2026-02-01",
            "2026-02-01",
            "2026-03-10",
            "2026-03-10"
        ]
    );
    // Before they got it, the later users have no rows.
    assert_eq!(
        ids(
            &acme.enrollments("2026-01-31", &["--course", "DSGVO"]),
            "external_id"
        ),
        ["P1", "P2"]
    );
}

/// `audit list --action FAMILY`: the actions, oldest first.
fn actions(at: At<'_>, family: &str) -> Vec<String> {
    ids(&at.json(&["audit", "list", "--action", family]), "action")
}

#[test]
fn all_users_reaches_later_users_once_and_remove_keeps_certificates() {
    let env = Env::new();
    let acme = acme(&env);
    acme.add_user("P1", "Anna Schmidt", "anna.schmidt@acme.de", &[]);
    acme.add_user("P2", "Li Wei", "li.wei@acme.de", &[]);
    acme.ok(&[
        "course",
        "create",
        "BRANDSCHUTZ",
        "--title",
        "Brandschutz",
        "--valid-for",
        "2y",
    ]);

    let first = acme.json(&["assign", "BRANDSCHUTZ", "--all-users", "--due", "2026-03-01"]);
    assert_eq!(
        (&first["target"], &first["users"]),
        (&json!("all-users"), &json!(2))
    );

    // A user added later gets the course from the day they were added.
    let jan20 = acme.on("2026-01-20");
    jan20.add_user("P3", "Jo Neu", "jo.neu@acme.de", &[]);
    let before = acme.enrollments("2026-01-20", &[]);
    assert_eq!(
        rows(&before),
        [
            row("P1", "BRANDSCHUTZ", "assigned", "2026-03-01"),
            row("P2", "BRANDSCHUTZ", "assigned", "2026-03-01"),
            row("P3", "BRANDSCHUTZ", "assigned", "2026-03-01"),
        ]
    );
    assert_eq!(
        ids(&before, "assigned_on"),
        ["2026-01-05", "2026-01-05", "2026-01-20"]
    );

    // Assigning again: the same assignment, the same rows.
    let again = jan20.json(&["assign", "BRANDSCHUTZ", "--all-users", "--due", "2026-03-01"]);
    assert_eq!((&again["id"], &again["users"]), (&first["id"], &json!(3)));
    assert_eq!(acme.enrollments("2026-01-20", &[]), before);
    assert_eq!(
        actions(acme, "assignment"),
        ["assignment.create", "assignment.update"]
    );

    let certificate = acme
        .on("2026-02-01")
        .json(&["complete", "BRANDSCHUTZ", "--user", "P1"]);
    let serial = certificate["serial"].as_str().unwrap().to_owned();
    assert_eq!(certificate["expires_on"], "2028-02-01");

    // Removing the assignment removes the enrollments, not the certificate.
    let removed = acme
        .on("2026-02-02")
        .json(&["assign", "remove", "BRANDSCHUTZ", "--all-users"]);
    assert_eq!(
        (&removed["id"], &removed["target"]),
        (&first["id"], &json!("all-users"))
    );
    assert_eq!(acme.enrollments("2026-02-02", &[]), json!([]));
    let certificates = acme.json(&["certificate", "list", "--as-of", "2026-02-02"]);
    assert_eq!(ids(&certificates, "serial"), [serial.as_str()]);
    assert_eq!(
        (&certificates[0]["external_id"], &certificates[0]["state"]),
        (&json!("P1"), &json!("valid"))
    );
    assert_eq!(actions(acme, "assignment").last().unwrap(), "assignment.delete");

    // There is nothing left to remove.
    let err = acme.fails(&["assign", "remove", "BRANDSCHUTZ", "--all-users"], 1);
    assert!(
        err.contains("assignment of course 'BRANDSCHUTZ' not found"),
        "{err}"
    );
}

#[test]
fn leaving_the_rule_group_ends_the_enrollment_and_suspended_users_stay_listed() {
    let env = Env::new();
    let acme = acme(&env);
    acme.add_user(
        "P1",
        "Anna Schmidt",
        "anna.schmidt@acme.de",
        &["--department", "Vertrieb"],
    );
    acme.add_user("P2", "Li Wei", "li.wei@acme.de", &["--department", "Vertrieb"]);
    acme.add_user("P3", "Jo Neu", "jo.neu@acme.de", &["--department", "IT"]);
    acme.ok(&[
        "group",
        "create",
        "vertrieb",
        "--rule",
        "department = \"Vertrieb\"",
    ]);
    acme.ok(&["course", "create", "VERKAUF", "--title", "Verkaufsrecht"]);
    acme.ok(&["assign", "VERKAUF", "--group", "vertrieb", "--due", "2026-02-01"]);
    assert_eq!(ids(&acme.enrollments(TODAY, &[]), "external_id"), ["P1", "P2"]);
    acme.on("2026-01-10")
        .ok(&["complete", "VERKAUF", "--user", "P1", "--score", "75"]);

    // Anna moves to IT: no longer enrolled, but her certificate stays.
    acme.on("2026-01-15")
        .ok(&["user", "update", "P1", "--department", "IT"]);
    assert_eq!(ids(&acme.enrollments("2026-01-15", &[]), "external_id"), ["P2"]);
    assert_eq!(
        acme.json(&["assign", "list", "--user", "P1", "--as-of", "2026-01-15"]),
        json!([])
    );
    let certificates = acme.json(&["certificate", "list", "--user", "P1", "--as-of", "2026-01-15"]);
    assert_eq!(ids(&certificates, "state"), ["valid"]);

    // Back in Vertrieb: enrolled again from that day, and her completion counts.
    acme.on("2026-01-20")
        .ok(&["user", "update", "P1", "--department", "Vertrieb"]);
    let back = acme.enrollment("P1", "VERKAUF", "2026-01-20");
    assert_eq!(
        (&back["status"], &back["assigned_on"], &back["completed_on"]),
        (&json!("completed"), &json!("2026-01-20"), &json!("2026-01-10"))
    );

    // A suspended user keeps the enrollment and the status it would have anyway.
    acme.on("2026-01-16")
        .ok(&["assign", "progress", "VERKAUF", "--user", "P2", "--percent", "30"]);
    acme.on("2026-01-16").ok(&["user", "suspend", "P2"]);
    assert_eq!(acme.json(&["user", "show", "P2"])["status"], "suspended");
    let suspended = acme.enrollment("P2", "VERKAUF", "2026-01-20");
    assert_eq!(
        (&suspended["status"], &suspended["progress"], &suspended["due_on"]),
        (&json!("in-progress"), &json!(30), &json!("2026-02-01"))
    );
    assert_eq!(acme.status("P2", "VERKAUF", "2026-02-02").0, "overdue");
    assert_eq!(
        ids(
            &acme.json(&["group", "show", "vertrieb"])["member_list"],
            "external_id"
        ),
        ["P1", "P2"]
    );
    // ... but gets no reminders until reactivated.
    assert_eq!(acme.json(&["remind", "--as-of", "2026-02-02"]), json!([]));
    acme.on("2026-01-25").ok(&["user", "reactivate", "P2"]);
    let reminders = acme.json(&["remind", "--as-of", "2026-02-02"]);
    assert_eq!(
        (ids(&reminders, "external_id"), ids(&reminders, "reason")),
        (vec!["P2".to_owned()], vec!["overdue".to_owned()])
    );
}

#[test]
fn progress_gives_in_progress_until_the_due_date_passes() {
    let env = Env::new();
    let acme = acme(&env);
    acme.add_user("P1", "Anna Schmidt", "anna.schmidt@acme.de", &[]);
    acme.add_user("P2", "Li Wei", "li.wei@acme.de", &[]);
    acme.ok(&[
        "course",
        "create",
        "EXCEL",
        "--title",
        "Excel für Fortgeschrittene",
    ]);
    acme.ok(&["assign", "EXCEL", "--user", "P1", "--due", "2026-02-01"]);
    let fresh = acme.enrollment("P1", "EXCEL", TODAY);
    assert_eq!(
        (&fresh["status"], &fresh["progress"]),
        (&json!("assigned"), &json!(0))
    );

    acme.on("2026-01-10")
        .ok(&["assign", "progress", "EXCEL", "--user", "P1", "--percent", "40"]);
    let started = acme.enrollment("P1", "EXCEL", "2026-01-10");
    assert_eq!(
        (&started["status"], &started["progress"]),
        (&json!("in-progress"), &json!(40))
    );
    assert_eq!(acme.status("P1", "EXCEL", "2026-02-01").0, "in-progress");
    // Overdue wins over in-progress once the due date has passed.
    let late = acme.enrollment("P1", "EXCEL", "2026-02-02");
    assert_eq!(
        (&late["status"], &late["progress"]),
        (&json!("overdue"), &json!(40))
    );
    assert_eq!(
        ids(
            &acme.enrollments("2026-02-02", &["--status", "overdue"]),
            "external_id"
        ),
        ["P1"]
    );
    assert_eq!(
        acme.enrollments("2026-02-02", &["--status", "in-progress"]),
        json!([])
    );

    // 100% is a completion, not progress; and only assigned courses have progress.
    acme.fails(
        &["assign", "progress", "EXCEL", "--user", "P1", "--percent", "100"],
        2,
    );
    let err = acme.fails(
        &["assign", "progress", "EXCEL", "--user", "P2", "--percent", "10"],
        1,
    );
    assert!(err.contains("course 'EXCEL' is not assigned to user P2"), "{err}");

    acme.on("2026-02-05").ok(&["complete", "EXCEL", "--user", "P1"]);
    let done = acme.enrollment("P1", "EXCEL", "2026-02-05");
    assert_eq!(
        (
            &done["status"],
            &done["progress"],
            &done["due_on"],
            &done["expires_on"]
        ),
        (
            &json!("completed"),
            &json!(100),
            &json!("2026-02-01"),
            &Value::Null
        )
    );
    assert_eq!(actions(acme, "enrollment"), ["enrollment.progress"]);
}

#[test]
fn certificates_have_unique_serials_and_a_renewal_supersedes() {
    let env = Env::new();
    let acme = acme(&env);
    At::new(&env, "").ok(&["tenant", "create", "andere", "--name", "Andere AG"]);
    let anna = acme.add_user("P1", "Anna Schmidt", "anna.schmidt@acme.de", &[]);
    acme.add_user("P2", "Li Wei", "li.wei@acme.de", &[]);
    acme.ok(&[
        "course",
        "create",
        "ERSTE-HILFE",
        "--title",
        "Erste Hilfe",
        "--valid-for",
        "12m",
    ]);

    let c1 = acme.json(&["complete", "ERSTE-HILFE", "--user", "P1", "--score", "91.5"]);
    let c2 = acme.json(&[
        "complete",
        "ERSTE-HILFE",
        "--user",
        "li.wei@acme.de",
        "--date",
        "02.01.2026",
    ]);
    // The same completion recorded again is the same certificate.
    let repeat = acme.json(&["complete", "ERSTE-HILFE", "--user", "P1", "--date", TODAY]);
    assert_eq!(repeat["serial"], c1["serial"]);
    let c3 = acme
        .on("2026-06-01")
        .json(&["complete", "ERSTE-HILFE", "--user", "P1"]);
    let serials: Vec<&str> = [&c1, &c2, &c3]
        .iter()
        .map(|c| c["serial"].as_str().unwrap())
        .collect();
    assert!(serials.iter().all(|s| is_serial(s)), "{serials:?}");
    let mut unique = serials.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), 3, "{serials:?}");

    let s1 = serials[0];
    let shown = acme.json(&["certificate", "show", s1, "--as-of", "2026-03-01"]);
    assert_eq!(
        shown,
        json!({
            "serial": s1,
            "user_id": anna["id"],
            "external_id": "P1",
            "email": "anna.schmidt@acme.de",
            "first_name": "Anna",
            "last_name": "Schmidt",
            "course": "ERSTE-HILFE",
            "title": "Erste Hilfe",
            "completed_on": "2026-01-05",
            "score": 91.5,
            "expires_on": "2027-01-05",
            "state": "valid",
        })
    );
    assert_eq!(c2["completed_on"], "2026-01-02");
    assert_eq!(c2["expires_on"], "2027-01-02");
    assert_eq!(c2["score"], Value::Null);

    // After the renewal, the first is superseded and the second valid.
    let mine = acme.json(&["certificate", "list", "--user", "P1", "--as-of", "2026-06-01"]);
    assert_eq!(ids(&mine, "serial"), [s1, serials[2]]);
    assert_eq!(ids(&mine, "state"), ["superseded", "valid"]);
    assert_eq!(mine[1]["expires_on"], "2027-06-01");
    assert_eq!(
        acme.json(&["certificate", "show", s1, "--as-of", "2026-06-01"])["state"],
        "superseded"
    );

    // Li's runs out: expiring within 30 days (or a shorter window), then expired.
    let s2 = serials[1];
    let state = |as_of: &str, extra: &[&str]| {
        let mut args = vec!["certificate", "show", s2, "--as-of", as_of];
        args.extend(extra);
        acme.json(&args)["state"].as_str().unwrap().to_owned()
    };
    assert_eq!(state("2026-12-10", &[]), "expiring");
    assert_eq!(state("2026-12-10", &["--expiring-within", "7d"]), "valid");
    assert_eq!(state("2027-01-02", &[]), "expired");
    assert_eq!(
        ids(
            &acme.json(&[
                "certificate",
                "list",
                "--course",
                "ERSTE-HILFE",
                "--as-of",
                "2026-06-01"
            ]),
            "serial"
        )
        .len(),
        3
    );

    // Another tenant does not see them.
    let err = acme.tenant("andere").fails(&["certificate", "show", s1], 1);
    assert!(err.contains(&format!("certificate '{s1}' not found")), "{err}");
}

#[test]
fn remind_lists_due_soon_overdue_and_expiring_with_the_manager() {
    let env = Env::new();
    let acme = acme(&env);
    acme.add_user("M1", "Bea Chef", "bea.chef@acme.de", &[]);
    acme.add_user("P1", "Anna Schmidt", "anna.schmidt@acme.de", &["--manager", "M1"]);
    acme.add_user("P2", "Li Wei", "li.wei@acme.de", &[]);
    acme.add_user(
        "P3",
        "Jo Neu",
        "jo.neu@acme.de",
        &["--manager", "bea.chef@acme.de"],
    );
    for (code, title) in [
        ("BALD", "Bald fällig"),
        ("SPAETER", "Später fällig"),
        ("ALT", "Überfällig"),
    ] {
        acme.ok(&["course", "create", code, "--title", title]);
    }
    acme.ok(&[
        "course",
        "create",
        "JAEHRLICH",
        "--title",
        "Jährlich",
        "--valid-for",
        "12m",
    ]);
    // As of 1 March with --within 7d: due on 8 March is due soon, on 9 March not yet.
    acme.ok(&["assign", "BALD", "--user", "P1", "--due", "2026-03-08"]);
    acme.ok(&["assign", "SPAETER", "--user", "P1", "--due", "2026-03-09"]);
    acme.ok(&["assign", "ALT", "--user", "P2", "--due", "2026-02-20"]);
    acme.ok(&["assign", "ALT", "--user", "P3", "--due", "2026-02-20"]);
    acme.ok(&["assign", "JAEHRLICH", "--all-users"]);
    acme.ok(&["assign", "progress", "BALD", "--user", "P1", "--percent", "50"]);
    acme.ok(&["complete", "ALT", "--user", "P3", "--date", "2026-01-02"]);
    // P3's certificate runs out on 5 March (within 7 days), M1's on 20 March (not).
    acme.ok(&["complete", "JAEHRLICH", "--user", "P3", "--date", "2025-03-05"]);
    acme.ok(&["complete", "JAEHRLICH", "--user", "M1", "--date", "2025-03-20"]);

    let csv = acme.ok(&["remind", "--within", "7d", "--as-of", "2026-03-01", "-o", "csv"]);
    let (header, records) = parse_csv(&csv);
    assert_eq!(
        header,
        [
            "reason",
            "user_id",
            "external_id",
            "email",
            "first_name",
            "last_name",
            "locale",
            "course",
            "title",
            "due_on",
            "expires_on",
            "manager_email",
            "manager_name"
        ]
    );
    let got: Vec<[&str; 7]> = records
        .iter()
        .map(|r| {
            [
                r["reason"].as_str(),
                r["external_id"].as_str(),
                r["email"].as_str(),
                r["course"].as_str(),
                r["due_on"].as_str(),
                r["expires_on"].as_str(),
                r["manager_email"].as_str(),
            ]
        })
        .collect();
    assert_eq!(
        got,
        [
            [
                "due-soon",
                "P1",
                "anna.schmidt@acme.de",
                "BALD",
                "2026-03-08",
                "",
                "bea.chef@acme.de"
            ],
            ["overdue", "P2", "li.wei@acme.de", "ALT", "2026-02-20", "", ""],
            [
                "expiring",
                "P3",
                "jo.neu@acme.de",
                "JAEHRLICH",
                "",
                "2026-03-05",
                "bea.chef@acme.de"
            ],
        ],
        "{csv}"
    );
    assert_eq!(records[0]["manager_name"], "Bea Chef");
    assert_eq!(records[0]["title"], "Bald fällig");

    // A week later: P1's course is overdue, P3's certificate expired, M1's expiring.
    let later = acme.json(&["remind", "--within", "7d", "--as-of", "2026-03-15"]);
    let got: Vec<(String, String, String)> = later
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let text = |key: &str| r[key].as_str().unwrap_or_default().to_owned();
            (text("reason"), text("external_id"), text("course"))
        })
        .collect();
    let expected = [
        ("expiring", "M1", "JAEHRLICH"),
        ("overdue", "P1", "BALD"),
        ("overdue", "P1", "SPAETER"),
        ("overdue", "P2", "ALT"),
        ("expired", "P3", "JAEHRLICH"),
    ]
    .map(|(a, b, c)| (a.to_owned(), b.to_owned(), c.to_owned()));
    assert_eq!(got, expected);
}

#[test]
fn errors_name_the_problem_and_exit_with_their_code() {
    let env = Env::new();
    let root = At::new(&env, "");
    root.ok(&["tenant", "create", "akademie", "--name", "Akademie"]);
    root.ok(&[
        "tenant", "create", "kunde-a", "--name", "Kunde A", "--parent", "akademie",
    ]);
    let akademie = root.tenant("akademie");
    let a = root.tenant("kunde-a");
    akademie.ok(&[
        "course",
        "create",
        "ARBSCHUTZ-1",
        "--title",
        "Arbeitsschutz",
        "--shared",
    ]);
    akademie.ok(&["course", "create", "INTERN", "--title", "Nur für die Akademie"]);
    a.add_user("P1", "Anna Schmidt", "anna.schmidt@kunde-a.de", &[]);
    a.ok(&["course", "create", "ALT", "--title", "Alter Kurs"]);
    a.ok(&["course", "archive", "ALT"]);

    // Unknown course, and a parent's course that is not shared: not found, named.
    for code in ["NOPE", "INTERN"] {
        let err = a.fails(&["assign", code, "--user", "P1"], 1);
        assert!(err.contains(&format!("course '{code}' not found")), "{err}");
    }
    let err = a.fails(&["complete", "NOPE", "--user", "P1"], 1);
    assert!(err.contains("course 'NOPE' not found"), "{err}");
    let err = a.fails(&["assign", "ARBSCHUTZ-1", "--group", "niemand"], 1);
    assert!(err.contains("niemand"), "{err}");

    // An archived course cannot be assigned (but stays in the archived catalogue).
    let err = a.fails(&["assign", "ALT", "--all-users"], 1);
    assert!(
        err.contains("course 'ALT' is archived and cannot be assigned"),
        "{err}"
    );
    assert_eq!(ids(&a.json(&["course", "list"]), "code"), ["ARBSCHUTZ-1"]);
    assert_eq!(
        ids(&a.json(&["course", "list", "--archived"]), "code"),
        ["ALT", "ARBSCHUTZ-1"]
    );

    // Usage: no target, two targets, two due rules, a score above 100.
    let err = a.fails(&["assign", "ARBSCHUTZ-1"], 2);
    assert!(err.contains("--user USER, --group NAME or --all-users"), "{err}");
    a.fails(&["assign", "ARBSCHUTZ-1", "--user", "P1", "--all-users"], 2);
    a.fails(
        &[
            "assign",
            "ARBSCHUTZ-1",
            "--all-users",
            "--due",
            "2026-03-01",
            "--due-in",
            "30d",
        ],
        2,
    );
    a.fails(&["assign", "ARBSCHUTZ-1", "--all-users", "--due-in", "soon"], 2);
    let err = a.fails(&["complete", "ARBSCHUTZ-1", "--user", "P1", "--score", "150"], 2);
    assert!(err.contains("between 0 and 100"), "{err}");
    assert_eq!(a.json(&["certificate", "list"]), json!([]));
    assert_eq!(a.json(&["assign", "list"]), json!([]), "nothing was assigned");

    // A duplicate code (ignoring case) is invalid data.
    let err = akademie.fails(&["course", "create", "arbschutz-1", "--title", "Noch einmal"], 65);
    assert!(
        err.contains("tenant 'akademie' already has a course 'arbschutz-1'"),
        "{err}"
    );

    // The child cannot change or archive the parent's course.
    let err = a.fails(&["course", "update", "ARBSCHUTZ-1", "--mandatory", "true"], 1);
    assert!(err.contains("it can only be changed there"), "{err}");
    a.fails(&["course", "archive", "ARBSCHUTZ-1"], 1);
    assert_eq!(a.json(&["course", "show", "ARBSCHUTZ-1"])["mandatory"], false);
    assert_eq!(actions(akademie, "course"), ["course.create", "course.create"]);
}

#[test]
fn audit_records_every_change_without_email_addresses() {
    let env = Env::new();
    let acme = acme(&env);
    acme.add_user(
        "P1",
        "Anna Schmidt",
        "anna.schmidt@acme.de",
        &["--department", "Vertrieb"],
    );
    acme.ok(&[
        "group",
        "create",
        "vertrieb",
        "--rule",
        "department = \"Vertrieb\"",
    ]);
    acme.ok(&[
        "course",
        "create",
        "DSGVO",
        "--title",
        "Datenschutz",
        "--valid-for",
        "12m",
    ]);
    acme.ok(&["course", "update", "DSGVO", "--mandatory", "true"]);
    acme.ok(&["course", "create", "ALT", "--title", "Alt"]);
    acme.ok(&["course", "archive", "ALT"]);
    acme.ok(&["assign", "DSGVO", "--group", "vertrieb", "--due", "2026-03-01"]);
    acme.ok(&["assign", "DSGVO", "--user", "anna.schmidt@acme.de"]);
    acme.ok(&[
        "assign",
        "DSGVO",
        "--user",
        "anna.schmidt@acme.de",
        "--due-in",
        "30d",
    ]);
    let file = hr_export(
        &env,
        "hr.csv",
        &["P2;Jürgen;Müller;juergen.mueller@acme.de;Vertrieb;Köln;01.01.2026"],
    );
    acme.ok(&["import", "users", &file]);
    acme.ok(&[
        "assign",
        "progress",
        "DSGVO",
        "--user",
        "juergen.mueller@acme.de",
        "--percent",
        "20",
    ]);
    acme.ok(&[
        "complete",
        "DSGVO",
        "--user",
        "anna.schmidt@acme.de",
        "--score",
        "99",
    ]);
    acme.ok(&["assign", "remove", "DSGVO", "--user", "anna.schmidt@acme.de"]);

    assert_eq!(
        actions(acme, "course"),
        [
            "course.create",
            "course.update",
            "course.create",
            "course.archive"
        ]
    );
    assert_eq!(
        actions(acme, "assignment"),
        [
            "assignment.create",
            "assignment.create",
            "assignment.update",
            "assignment.delete"
        ]
    );
    assert_eq!(actions(acme, "enrollment"), ["enrollment.progress"]);
    let completions = acme.json(&["audit", "list", "--action", "completion"]);
    assert_eq!(ids(&completions, "action"), ["completion.create"]);
    let target = &completions[0]["target"];
    assert!(
        target["user_id"].is_i64() && target["course_id"].is_i64(),
        "{target}"
    );

    // The trail names people by id only.
    let trail = acme.ok(&["audit", "list", "-o", "json"]);
    for personal in ["@", "anna", "Schmidt", "Müller"] {
        assert!(
            !trail.contains(personal),
            "'{personal}' in the audit trail: {trail}"
        );
    }
    acme.ok(&["audit", "verify"]);
}

#[test]
fn import_into_a_group_reaches_the_groups_assignment() {
    let env = Env::new();
    let acme = acme(&env);
    acme.ok(&["group", "create", "neu"]);
    acme.ok(&["course", "create", "ONBOARDING", "--title", "Erste Schritte"]);
    acme.ok(&["assign", "ONBOARDING", "--group", "neu", "--due", "2026-02-01"]);
    let file = hr_export(
        &env,
        "neu.csv",
        &["A1;Anna;Schmidt;anna.schmidt@acme.de;Vertrieb;Berlin;01.01.2026"],
    );
    acme.ok(&["import", "users", &file, "--group", "neu"]);
    assert_eq!(
        ids(
            &acme.json(&["group", "show", "neu"])["member_list"],
            "external_id"
        ),
        ["A1"]
    );
    assert_eq!(
        rows(&acme.enrollments(TODAY, &[])),
        [row("A1", "ONBOARDING", "assigned", "2026-02-01")]
    );
}

#[test]
fn remind_expired_row_is_due_on_the_expiry_date() {
    let env = Env::new();
    let acme = acme(&env);
    acme.add_user("P1", "Anna Schmidt", "anna.schmidt@acme.de", &[]);
    acme.ok(&[
        "course",
        "create",
        "JAEHRLICH",
        "--title",
        "Jährlich",
        "--valid-for",
        "12m",
    ]);
    acme.ok(&["assign", "JAEHRLICH", "--user", "P1", "--due", "2026-01-31"]);
    acme.on("2026-01-10")
        .ok(&["complete", "JAEHRLICH", "--user", "P1", "--date", "2026-01-10"]);
    let listed = acme.enrollment("P1", "JAEHRLICH", "2027-01-20");
    assert_eq!(
        (&listed["status"], &listed["due_on"]),
        (&json!("expired"), &json!("2027-01-10"))
    );
    let reminders = acme.json(&["remind", "--as-of", "2027-01-20"]);
    assert_eq!(ids(&reminders, "reason"), ["expired"]);
    assert_eq!(reminders[0]["due_on"], listed["due_on"], "{reminders}");
}

#[test]
fn completion_dated_in_the_future_is_refused() {
    let env = Env::new();
    let acme = acme(&env);
    acme.add_user("P1", "Anna Schmidt", "anna.schmidt@acme.de", &[]);
    acme.ok(&["course", "create", "DSGVO", "--title", "Datenschutz"]);
    acme.ok(&["assign", "DSGVO", "--user", "P1", "--due", "2026-03-01"]);
    let out = acme.run(&["complete", "DSGVO", "--user", "P1", "--date", "2026-06-01"]);
    // What the product does today (exit 0, certificate issued) is the bug; either
    // refusal code would do.
    assert!(
        matches!(out.status.code(), Some(2 | 65)),
        "completion on 2026-06-01 accepted on {TODAY}: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let row = acme.enrollment("P1", "DSGVO", TODAY);
    assert_eq!(
        (&row["status"], &row["progress"]),
        (&json!("assigned"), &json!(0))
    );
}

#[test]
fn serials_are_never_issued_twice() {
    let env = Env::new();
    let acme = acme(&env);
    let root = At::new(&env, "");
    root.ok(&["tenant", "create", "andere", "--name", "Andere AG"]);
    let andere = acme.tenant("andere");
    acme.add_user("P1", "Anna Schmidt", "anna.schmidt@acme.de", &[]);
    acme.add_user("P2", "Li Wei", "li.wei@acme.de", &[]);
    andere.add_user("X1", "Jo Neu", "jo.neu@andere.de", &[]);
    acme.ok(&["course", "create", "DSGVO", "--title", "Datenschutz"]);
    andere.ok(&["course", "create", "DSGVO", "--title", "Datenschutz"]);
    acme.ok(&["complete", "DSGVO", "--user", "P1"]);
    let theirs = andere.json(&["complete", "DSGVO", "--user", "X1"]);
    root.ok(&["tenant", "delete", "andere", "--cascade", "--yes"]);
    let mine = acme.json(&["complete", "DSGVO", "--user", "P2"]);
    assert_ne!(
        mine["serial"], theirs["serial"],
        "the deleted tenant's certificate number was issued again"
    );
}

#[test]
fn own_course_cannot_take_the_code_of_an_inherited_one() {
    let env = Env::new();
    let root = At::new(&env, "");
    root.ok(&["tenant", "create", "akademie", "--name", "Akademie"]);
    root.ok(&[
        "tenant", "create", "kunde-a", "--name", "Kunde A", "--parent", "akademie",
    ]);
    let a = root.tenant("kunde-a");
    root.tenant("akademie").ok(&[
        "course",
        "create",
        "ARBSCHUTZ-1",
        "--title",
        "Arbeitsschutz",
        "--shared",
    ]);
    a.add_user("P1", "Anna Schmidt", "anna.schmidt@kunde-a.de", &[]);
    a.ok(&["assign", "ARBSCHUTZ-1", "--all-users", "--due", "2026-02-01"]);

    let out = a.run(&[
        "course",
        "create",
        "ARBSCHUTZ-1",
        "--title",
        "Unser Arbeitsschutz",
    ]);
    if out.status.success() {
        // Accepted: then the inherited course and its assignment must stay reachable.
        // Today `assign list --course` shows nothing, `assign remove` exits 1, and
        // `complete` records the new course, leaving the assigned one open.
        assert_eq!(
            ids(&a.enrollments(TODAY, &["--course", "ARBSCHUTZ-1"]), "external_id"),
            ["P1"]
        );
        a.ok(&["assign", "remove", "ARBSCHUTZ-1", "--all-users"]);
    } else {
        assert_eq!(out.status.code(), Some(65));
    }
}

#[test]
fn zero_validity_is_invalid() {
    let env = Env::new();
    let acme = acme(&env);
    let out = acme.run(&[
        "course",
        "create",
        "NIE",
        "--title",
        "Nie gültig",
        "--valid-for",
        "0d",
    ]);
    assert!(matches!(out.status.code(), Some(2 | 65)), "{out:?}");
}

/// Review findings: the catalogue tree stays consistent.
#[test]
fn shared_courses_in_use_stay_shared_and_their_tenants_stay_put() {
    let env = Env::new();
    let day = |args: &[&str]| {
        let out = env
            .cmd()
            .env("LMSCTL_TODAY", "2026-01-05")
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    for args in [
        &["tenant", "create", "akad", "--name", "Akademie"][..],
        &["tenant", "create", "kunde", "--name", "Kunde", "--parent", "akad"],
        &["tenant", "create", "other", "--name", "Other"],
        &[
            "--tenant",
            "akad",
            "course",
            "create",
            "ARB",
            "--title",
            "Arbeitsschutz",
            "--shared",
        ],
        &[
            "--tenant",
            "kunde",
            "user",
            "add",
            "--email",
            "a@k.de",
            "--first-name",
            "A",
            "--last-name",
            "K",
        ],
        &["--tenant", "kunde", "assign", "ARB", "--all-users"],
    ] {
        assert_eq!(day(args).0, Some(0), "{args:?}");
    }
    let (code, err) = day(&["--tenant", "akad", "course", "update", "ARB", "--shared", "false"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("stays shared"), "{err}");
    let (code, err) = day(&["tenant", "update", "kunde", "--parent", "other"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("uses courses shared by its current parents"),
        "{err}"
    );

    // An archived course keeps its enrollments but reaches no one new.
    assert_eq!(day(&["--tenant", "akad", "course", "archive", "ARB"]).0, Some(0));
    assert_eq!(
        day(&[
            "--tenant",
            "kunde",
            "user",
            "add",
            "--email",
            "b@k.de",
            "--first-name",
            "B",
            "--last-name",
            "K"
        ])
        .0,
        Some(0)
    );
    let out = env
        .cmd()
        .env("LMSCTL_TODAY", "2026-01-05")
        .args(["--tenant", "kunde", "assign", "list", "-o", "json"])
        .output()
        .unwrap();
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1, "{rows}");
    assert_eq!(rows[0]["email"], "a@k.de");
}

#[test]
fn course_stats_count_the_tenants_enrollments_by_status() {
    let env = Env::new();
    let acme = acme(&env);
    for (ext, name) in [
        ("S1", "Anna Schmidt"),
        ("S2", "Li Wei"),
        ("S3", "Ole Berg"),
        ("S4", "Eva Roth"),
        ("S5", "Jan Kurz"),
    ] {
        let email = format!("{}@acme.de", ext.to_lowercase());
        acme.add_user(ext, name, &email, &[]);
    }
    acme.ok(&[
        "course",
        "create",
        "SAFE",
        "--title",
        "Arbeitsschutz",
        "--mandatory",
        "--valid-for",
        "12m",
    ]);
    acme.ok(&["assign", "SAFE", "--all-users", "--due", "2026-03-01"]);
    // S1 completed long ago (expiring by 2026-12-20), S2 recently with a score, S3
    // started, S4 nothing, S5 suspended (not counted).
    acme.on("2026-01-05")
        .ok(&["complete", "SAFE", "--user", "S1", "--score", "80"]);
    acme.on("2026-02-10")
        .ok(&["complete", "SAFE", "--user", "S2", "--score", "95"]);
    acme.on("2026-02-11")
        .ok(&["assign", "progress", "SAFE", "--user", "S3", "--percent", "50"]);
    acme.ok(&["user", "suspend", "S5"]);

    let stats = acme.json(&["course", "show", "SAFE", "--stats", "--as-of", "2026-12-20"]);
    assert_eq!(
        stats,
        json!({
            "code": "SAFE",
            "title": "Arbeitsschutz",
            "tenant": "acme",
            "as_of": "2026-12-20",
            "enrolled": 4,
            "assigned": 0,
            "in_progress": 0,
            "completed": 1,
            "expiring": 1,
            "expired": 0,
            "overdue": 2,
            "completion_rate": 50.0,
            "completions": 2,
            "average_score": 87.5,
            "last_completed_on": "2026-02-10",
        })
    );
    // Before the due date nobody is overdue; S2's completion after that day is not
    // counted yet (progress is not kept by day, so S2 and S3 both read in progress).
    let early = acme.json(&["course", "show", "SAFE", "--stats", "--as-of", "2026-02-01"]);
    assert_eq!(
        [
            &early["assigned"],
            &early["in_progress"],
            &early["completed"],
            &early["completions"],
            &early["completion_rate"],
        ],
        [&json!(1), &json!(2), &json!(1), &json!(1), &json!(25.0)]
    );
    // --as-of belongs to the figures.
    let err = acme.fails(&["course", "show", "SAFE", "--as-of", "2026-02-01"], 2);
    assert!(err.contains("hint: add --stats"), "{err}");
    let err = acme.fails(&["course", "show", "NOPE", "--stats"], 1);
    assert!(err.contains("course 'NOPE' not found"), "{err}");
}
