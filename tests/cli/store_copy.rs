//! `lmsctl store copy`: a SQLite store into PostgreSQL and back again holds every row
//! as it was (ids, hashes, secrets, scores), verifies with the same chain heads,
//! exports every person the same, reports the same and hands out the same next ids;
//! the target must be empty, and a copy that fails leaves it so.

use std::path::Path;

use rusqlite::types::ValueRef;
use serde_json::Value;

use crate::common::{Env, succeeds};
use crate::postgres_cli::{a_day, on, without_moments};

/// Every table of a SQLite store, each row as text, in key order (the report tallies
/// without the newest day they ever counted, which a copy counts afresh).
fn dump(file: &Path) -> Vec<(String, Vec<String>)> {
    let conn = rusqlite::Connection::open(file).expect("open the store");
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|table| {
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
            let names: Vec<String> = stmt.column_names().iter().map(|s| s.to_string()).collect();
            let mut rows: Vec<String> = stmt
                .query_map([], |row| {
                    let mut cells = Vec::new();
                    for (i, name) in names.iter().enumerate() {
                        if table.ends_with("_tally") && name == "latest" {
                            continue;
                        }
                        cells.push(match row.get_ref(i)? {
                            ValueRef::Null => "NULL".to_owned(),
                            ValueRef::Integer(n) => n.to_string(),
                            ValueRef::Real(x) => format!("{x:?}"),
                            ValueRef::Text(t) => format!("{:?}", String::from_utf8_lossy(t)),
                            ValueRef::Blob(b) => format!("x{b:?}"),
                        });
                    }
                    Ok(cells.join("|"))
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            rows.sort();
            (table, rows)
        })
        .collect()
}

/// `store copy FROM TO -o json`: the rows copied per table.
fn copy(env: &Env, from: &str, to: &str) -> Vec<(String, u64)> {
    let out = succeeds(env.local_cmd(), &["store", "copy", from, to, "-o", "json"]);
    let copied: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(copied["audit"]["problem"], Value::Null, "{out}");
    copied["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .map(|t| {
            (
                t["table"].as_str().unwrap().to_owned(),
                t["rows"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// What each command prints on the store at `store`, moments masked.
fn answers(env: &Env, store: &str, commands: &[Vec<String>]) -> Vec<String> {
    commands
        .iter()
        .map(|args| {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            without_moments(&succeeds(on(env, store), &args))
        })
        .collect()
}

/// The questions asked of every copy: the chains' heads, reports, and every person's
/// subject export (in the same order on every store, so that the exports' own audit
/// events get the same numbers).
fn questions(env: &Env, file: &str) -> Vec<Vec<String>> {
    let mut commands: Vec<Vec<String>> = [
        "audit verify -o json",
        "--tenant holding report compliance --by tenant -o csv",
        "--tenant acme report compliance --by department -o csv",
        "--tenant acme report overdue -o csv",
        "--tenant acme report expiring --within 400d -o csv",
        "--tenant gen report compliance --by group -o csv",
        "--tenant holding report tenants -o csv",
        "tenant list -o csv",
        "--tenant acme gdpr request list -o csv",
        "token list -o csv",
    ]
    .iter()
    .map(|c| c.split(' ').map(str::to_owned).collect())
    .collect();
    for tenant in ["acme", "kunde", "gen"] {
        let users: Value = serde_json::from_str(&succeeds(
            on(env, file),
            &["--tenant", tenant, "user", "list", "--limit", "0", "-o", "json"],
        ))
        .expect("users");
        for user in users.as_array().expect("a list").iter().step_by(97) {
            let id = format!("id:{}", user["id"]);
            commands.push(
                ["--tenant", tenant, "gdpr", "export", &id, "--format", "xapi"]
                    .map(str::to_owned)
                    .to_vec(),
            );
        }
    }
    commands
}

/// A generated tenant: 1,500 users, two courses for everyone, completions with
/// fractional scores, managers (some with a higher id than the people they manage),
/// static and rule groups; and a deleted tenant, so the newest ids are gone.
fn generated(env: &Env, file: &str) {
    let run = |args: &[&str]| succeeds(on(env, file), args);
    let users = env.dir().join("gen-users.csv");
    let mut csv = String::from("Personalnummer;Vorname;Nachname;E-Mail;Abteilung;Standort;Eintrittsdatum\n");
    for i in 0..1500 {
        csv.push_str(&format!(
            "G{i:05};Vor{i};Nach{i};p{i}@gen.example;{};{};{:02}.0{}.20{:02}\n",
            ["Vertrieb", "IT", "Lager", "Einkauf"][i % 4],
            ["Berlin", "Köln", "München"][i % 3],
            1 + i % 28,
            1 + i % 9,
            10 + i % 15
        ));
    }
    std::fs::write(&users, csv).unwrap();
    run(&["tenant", "create", "gen", "--name", "Generiert AG"]);
    run(&["tenant", "create", "gone", "--name", "Gone"]);
    run(&["--tenant", "gen", "import", "users", users.to_str().unwrap()]);
    run(&[
        "--tenant",
        "gen",
        "group",
        "create",
        "lager",
        "--rule",
        "department = \"Lager\"",
    ]);
    run(&["--tenant", "gen", "group", "create", "pilot"]);
    for member in ["G00003", "G01200"] {
        run(&["--tenant", "gen", "group", "add-member", "pilot", member]);
    }
    for (course, valid) in [("FIRE", "24m"), ("DSGVO", "12m")] {
        run(&[
            "--tenant",
            "gen",
            "course",
            "create",
            course,
            "--title",
            course,
            "--mandatory",
            "--valid-for",
            valid,
        ]);
        run(&[
            "--tenant",
            "gen",
            "assign",
            course,
            "--all-users",
            "--due",
            "2026-06-30",
        ]);
    }
    let completions = env.dir().join("gen-completions.csv");
    let mut csv = String::from("Personalnummer;Kurs;Datum;Punkte\n");
    for i in (0..1500).step_by(2) {
        let course = if i % 4 == 0 { "FIRE" } else { "DSGVO" };
        csv.push_str(&format!(
            "G{i:05};{course};{:02}.02.2026;{}.{}\n",
            1 + i % 28,
            50 + i % 50,
            i % 100
        ));
    }
    std::fs::write(&completions, csv).unwrap();
    run(&[
        "--tenant",
        "gen",
        "import",
        "completions",
        completions.to_str().unwrap(),
    ]);
    for (user, manager) in [("G00001", "G01499"), ("G01499", "G00000"), ("G00700", "G00701")] {
        run(&["--tenant", "gen", "user", "update", user, "--manager", manager]);
    }
    // The newest ids go with a deleted tenant: the copy goes on after them.
    run(&["--tenant", "gone", "course", "create", "X", "--title", "X"]);
    run(&["tenant", "delete", "gone", "--yes"]);
    run(&[
        "--tenant", "acme", "user", "consent", "record", "id:5", "--notice", "2026-01",
    ]);
    run(&[
        "--tenant",
        "acme",
        "gdpr",
        "request",
        "open",
        "--type",
        "export",
        "--user",
        "id:5",
        "--received",
        "2026-03-01",
    ]);
    run(&[
        "token",
        "create",
        "--whole-store",
        "--role",
        "dpo",
        "--label",
        "Datenschutz",
    ]);
}

#[test]
fn a_store_moves_to_postgres_and_back_as_it_was() {
    let Some(url) = crate::postgres::database() else {
        return;
    };
    let env = Env::new();
    let first = env.store().to_string_lossy().into_owned();
    a_day(&mut |args| succeeds(on(&env, &first), args));
    generated(&env, &first);
    let before = dump(env.store().as_path());

    let there = copy(&env, &first, &url);
    let back_file = env.dir().join("back.db");
    let back = back_file.to_string_lossy().into_owned();
    let again = copy(&env, &url, &back);
    assert_eq!(there, again);
    let counted: Vec<(String, u64)> = before
        .iter()
        .filter(|(t, _)| !t.ends_with("_tally"))
        .map(|(t, rows)| (t.clone(), rows.len() as u64))
        .collect();
    let mut reported = there.clone();
    reported.sort();
    assert_eq!(reported, counted, "the rows copied are the rows of each table");
    assert!(
        there.iter().any(|(t, n)| t == "enrollment" && *n > 3000),
        "{there:?}"
    );

    // The copy is vacuumed and analysed: the planner knows how many users there are.
    let mut pg = postgres::Client::connect(&url, postgres::NoTls).expect("connect");
    let estimated: f32 = pg
        .query_one(
            "SELECT reltuples FROM pg_class WHERE oid = '\"user\"'::regclass",
            &[],
        )
        .unwrap()
        .get(0);
    let users = there.iter().find(|(t, _)| t == "user").unwrap().1;
    assert_eq!(
        estimated as u64, users,
        "the user table's statistics after the copy"
    );

    // Its indexes and constraints, set aside while the rows went in, are those of a
    // new store.
    let schema = |client: &mut postgres::Client| -> Vec<String> {
        let mut items: Vec<String> = client
            .query(
                "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()
                 UNION ALL
                 SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
                 FROM pg_constraint WHERE connamespace = current_schema()::regnamespace",
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        items.sort();
        items
    };
    let fresh = crate::postgres::database().expect("another database");
    succeeds(on(&env, &fresh), &["tenant", "list"]);
    let new_store = schema(&mut postgres::Client::connect(&fresh, postgres::NoTls).expect("connect"));
    assert!(new_store.len() > 40, "{new_store:?}");
    assert_eq!(schema(&mut pg), new_store);

    // Every row, byte for byte, and the tallies the target counted afresh.
    assert_eq!(dump(&back_file), before);

    let questions = questions(&env, &first);
    let original = answers(&env, &first, &questions);
    assert_eq!(answers(&env, &url, &questions), original);
    assert_eq!(answers(&env, &back, &questions), original);
    assert!(original.len() > 25, "{}", original.len());

    // Each store hands out the same next ids (the deleted tenant's ones stay used).
    let mut next = Vec::new();
    for store in [&first, &url, &back] {
        let course = succeeds(
            on(&env, store),
            &[
                "--tenant", "gen", "course", "create", "NEU", "--title", "Neu", "-o", "json",
            ],
        );
        let course: Value = serde_json::from_str(&course).unwrap();
        let done = succeeds(
            on(&env, store),
            &[
                "--tenant",
                "gen",
                "complete",
                "NEU",
                "--user",
                "G00000",
                "--date",
                "2026-03-01",
                "-o",
                "json",
            ],
        );
        let done: Value = serde_json::from_str(&done).unwrap();
        next.push((course["id"].clone(), done["id"].clone()));
    }
    assert_eq!(next[1], next[0]);
    assert_eq!(next[2], next[0]);
}

#[test]
fn the_target_must_be_empty_and_a_failed_copy_leaves_it_so() {
    let Some(url) = crate::postgres::database() else {
        return;
    };
    let env = Env::new();
    let file = env.store().to_string_lossy().into_owned();
    let run = |store: &str, args: &[&str]| succeeds(on(&env, store), args);
    run(&file, &["tenant", "create", "acme", "--name", "Acme"]);
    run(&url, &["tenant", "create", "other", "--name", "Other"]);

    let refused = env
        .local_cmd()
        .args(["store", "copy", &file, &url])
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&refused.get_output().stderr).into_owned();
    assert!(
        stderr.contains("error: the target store is not empty (tenant: 1, audit_event: 1)"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: copy into a new store"), "{stderr}");
    assert_eq!(run(&url, &["tenant", "list", "-o", "csv"]).lines().count(), 2);

    // A value PostgreSQL refuses, found in the fourth table: nothing of the first
    // three stays.
    let fresh = crate::postgres::database().expect("a second database");
    run(
        &file,
        &[
            "--tenant",
            "acme",
            "import",
            "users",
            &crate::postgres_cli::data("hr_export_de_utf8_bom.csv"),
        ],
    );
    run(
        &file,
        &[
            "--tenant",
            "acme",
            "group",
            "create",
            "alle",
            "--rule",
            "department != \"\"",
        ],
    );
    let conn = rusqlite::Connection::open(env.store()).unwrap();
    conn.execute_batch("PRAGMA ignore_check_constraints = ON")
        .unwrap();
    conn.execute(
        "UPDATE group_member SET source = 'typo' WHERE user_id = (SELECT min(user_id) FROM group_member)",
        [],
    )
    .unwrap();
    drop(conn);
    let failed = env
        .local_cmd()
        .args(["store", "copy", &file, &fresh])
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&failed.get_output().stderr).into_owned();
    assert!(stderr.contains("group_member"), "{stderr}");
    assert_eq!(
        run(&fresh, &["tenant", "list", "-o", "csv"]).lines().count(),
        1,
        "only the header"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn what_cannot_be_copied_is_refused_before_anything_is_written() {
    let env = Env::new();
    let file = env.store().to_string_lossy().into_owned();
    let missing = env.dir().join("nothing-here.db").to_string_lossy().into_owned();
    let target = env.dir().join("new.db");
    let cases: [(&[&str], i32, &str); 3] = [
        (
            &["store", "copy", &missing, target.to_str().unwrap()],
            66,
            "error: no store at",
        ),
        (
            &["store", "copy", "http://127.0.0.1:9", target.to_str().unwrap()],
            2,
            "not a server",
        ),
        (
            &["store", "copy", &file, &file],
            2,
            "cannot be copied onto itself",
        ),
    ];
    for (args, code, message) in cases {
        let out = env.local_cmd().args(args).assert().code(code);
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    assert!(!target.exists(), "no store file is made for a refused copy");
    assert!(!Path::new(&missing).exists(), "the missing source is not created");
}
