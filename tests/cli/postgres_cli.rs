//! The real binary on a PostgreSQL store (`--store postgres://...`, [`crate::postgres`]):
//! the same commands print the same as on SQLite, an import holds its tenant alone
//! (a second one waits, then exits 75 naming the first) while other tenants import at
//! the same time, `lmsctl serve` serves it, and the password never shows.

use std::path::Path;

use crate::common::{Env, succeeds};
use crate::remote::{Server, remote_cmd};

/// `lmsctl` on the database at `url` (else like [`Env::cmd`] on the env's file).
pub(crate) fn on(env: &Env, url: &str) -> assert_cmd::Command {
    let mut cmd = env.local_cmd();
    cmd.env("LMSCTL_STORE", url).env("LMSCTL_TODAY", "2026-03-15");
    cmd
}

pub(crate) fn data(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// The commands of a working day: tenants, an HR import, a group, courses, assignments,
/// completions, reports; what each prints, with the parts that name a moment (times
/// of creation) left out.
pub(crate) fn a_day(run: &mut dyn FnMut(&[&str]) -> String) -> Vec<String> {
    let hr = data("hr_export_de_utf8_bom.csv");
    let example = |name: &str| Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join(name);
    let first = example("hr_export.csv").to_string_lossy().into_owned();
    let next = example("hr_export_next_day.csv").to_string_lossy().into_owned();
    let steps: Vec<Vec<&str>> = vec![
        vec!["tenant", "create", "holding", "--name", "Holding"],
        vec![
            "tenant",
            "create",
            "acme",
            "--name",
            "Acme GmbH",
            "--parent",
            "holding",
        ],
        vec!["--tenant", "acme", "import", "users", &hr, "-o", "json"],
        vec![
            "--tenant",
            "acme",
            "group",
            "create",
            "vertrieb",
            "--rule",
            "department = \"Vertrieb\"",
        ],
        vec![
            "--tenant",
            "holding",
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
        vec![
            "--tenant",
            "acme",
            "course",
            "create",
            "DSGVO",
            "--title",
            "Datenschutz",
            "--mandatory",
        ],
        vec![
            "--tenant",
            "acme",
            "assign",
            "ARB",
            "--all-users",
            "--due",
            "2026-04-01",
        ],
        vec![
            "--tenant",
            "acme",
            "assign",
            "DSGVO",
            "--group",
            "vertrieb",
            "--due",
            "2026-03-01",
        ],
        vec![
            "--tenant",
            "acme",
            "complete",
            "ARB",
            "--user",
            "Q1000",
            "--date",
            "2026-02-01",
            "--score",
            "91",
        ],
        vec!["--tenant", "acme", "report", "compliance", "-o", "csv"],
        vec![
            "--tenant",
            "acme",
            "report",
            "compliance",
            "--by",
            "group",
            "-o",
            "csv",
        ],
        vec![
            "--tenant",
            "holding",
            "report",
            "compliance",
            "--by",
            "tenant",
            "--include-children",
            "-o",
            "csv",
        ],
        vec!["--tenant", "acme", "report", "overdue", "-o", "csv"],
        vec![
            "--tenant",
            "acme",
            "user",
            "list",
            "--department",
            "vertrieb",
            "-o",
            "csv",
        ],
        vec![
            "--tenant", "acme", "assign", "list", "--user", "Q1000", "-o", "csv",
        ],
        vec![
            "--tenant", "acme", "gdpr", "erase", "Q1001", "--yes", "-o", "json",
        ],
        vec!["--tenant", "acme", "gdpr", "suppression", "list", "-o", "csv"],
        vec!["audit", "verify", "-o", "csv"],
        // The next day's export: a move, a leaver (sync), a joiner; start dates kept.
        vec![
            "tenant", "create", "kunde", "--name", "Kunde", "--parent", "holding",
        ],
        vec![
            "--tenant", "kunde", "import", "users", &first, "--group", "stamm", "-o", "json",
        ],
        vec!["--tenant", "kunde", "group", "show", "stamm", "-o", "csv"],
        vec![
            "--tenant",
            "kunde",
            "import",
            "users",
            &next,
            "--mode",
            "sync",
            "--max-suspend",
            "20%",
            "-o",
            "json",
        ],
        vec!["--tenant", "kunde", "user", "list", "-o", "csv"],
        vec!["audit", "verify", "-o", "csv"],
    ];
    steps
        .iter()
        .map(|args| {
            // Moments and random tombstones differ between runs; nothing else may.
            let mut out = without_moments(&run(args));
            // What PostgreSQL itself keeps of an erased person, which SQLite does not.
            if let Some(at) = out.find(",\"PostgreSQL: ") {
                let end = out[at + 2..].find('"').map_or(out.len(), |n| at + 3 + n);
                out.replace_range(at..end, "");
            }
            if args.contains(&"suppression") || args.contains(&"verify") {
                // Hashes: keyed with each store's own secret, or over the moments of
                // the events; the kinds, days and counts must agree.
                return out
                    .lines()
                    .map(|line| {
                        line.split(',')
                            .enumerate()
                            .filter(|(i, _)| *i != 2)
                            .map(|(_, f)| f)
                            .collect::<Vec<_>>()
                            .join(",")
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
            }
            out
        })
        .collect()
}

/// `text` with every RFC 3339 time (`2026-03-15T10:11:12.345Z`), random certificate
/// serial (`LMS-2026-<hex>`) and erasure tombstone (`erased-<hex>`) replaced by a
/// placeholder.
pub(crate) fn without_moments(text: &str) -> String {
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let time = (0..4).all(|k| digit(i + k))
            && bytes.get(i + 4) == Some(&b'-')
            && bytes.get(i + 10) == Some(&b'T')
            && digit(i + 11);
        if time {
            let end = text[i..].find('Z').map_or(text.len(), |z| i + z + 1);
            out.push_str("<time>");
            i = end;
        } else if let Some(prefix) = ["erased-", "LMS-", "\"tombstone\":\""]
            .into_iter()
            .find(|p| text[i..].starts_with(p))
        {
            // A serial's year stays; the random part goes.
            let start = i + prefix.len() + if prefix == "LMS-" { 5 } else { 0 };
            let end = text[start.min(text.len())..]
                .find(|c: char| !c.is_ascii_hexdigit())
                .map_or(text.len(), |n| start + n);
            out.push_str(&text[i..start.min(text.len())]);
            out.push_str("<random>");
            i = end;
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

#[test]
fn the_same_commands_print_the_same_as_on_sqlite() {
    let Some(url) = crate::postgres::database() else {
        return;
    };
    let env = Env::new();
    let file = env.store().to_string_lossy().into_owned();
    let sqlite = a_day(&mut |args| succeeds(on(&env, &file), args));
    let postgres = a_day(&mut |args| succeeds(on(&env, &url), args));
    for (i, (s, p)) in sqlite.iter().zip(&postgres).enumerate() {
        assert_eq!(s, p, "step {i} prints differently");
    }
    assert!(postgres[2].contains("\"created\":40"), "{}", postgres[2]);
    let next_day = &postgres[21];
    assert!(
        next_day.contains("\"created\":1")
            && next_day.contains("\"updated\":1")
            && next_day.contains("\"suspended\":1"),
        "{next_day}"
    );
}

#[test]
fn one_import_per_tenant_at_a_time_and_tenants_in_parallel() {
    let Some(url) = crate::postgres::database() else {
        return;
    };
    let env = Env::new();
    let hr = data("hr_export_de_utf8_bom.csv");
    for slug in ["acme", "beta"] {
        succeeds(on(&env, &url), &["tenant", "create", slug, "--name", slug]);
    }
    let acme_id: i64 = {
        let mut client = postgres::Client::connect(&url, postgres::NoTls).expect("connect");
        client
            .query_one("SELECT id FROM tenant WHERE slug = 'acme'", &[])
            .expect("acme")
            .get(0)
    };
    // Another import holds acme: a transaction with its import lock, left open.
    let mut holder =
        postgres::Client::connect(&format!("{url}?application_name=lmsctl-nightly"), postgres::NoTls)
            .expect("connect");
    let mut tx = holder.transaction().expect("begin");
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
        &[&format!("lmsctl import {acme_id}")],
    )
    .expect("hold the lock");

    let started = std::time::Instant::now();
    let out = on(&env, &url)
        .args(["--busy-timeout", "1", "--tenant", "acme", "import", "users", &hr])
        .output()
        .expect("run lmsctl");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(75), "{stderr}");
    assert!(started.elapsed().as_secs_f64() >= 1.0, "gave up without waiting");
    assert!(
        stderr.contains("another import into tenant 'acme' is running: lmsctl-nightly (process "),
        "{stderr}"
    );
    // Beta imports meanwhile.
    let beta = succeeds(
        on(&env, &url),
        &["--tenant", "beta", "import", "users", &hr, "-o", "json"],
    );
    assert!(beta.contains("\"created\":40"), "{beta}");
    // Once the other import is done, acme's goes through; nothing half-written before.
    let users = succeeds(on(&env, &url), &["--tenant", "acme", "user", "list", "-o", "csv"]);
    assert_eq!(users.lines().count(), 1, "{users}");
    tx.rollback().expect("end the other import");
    let acme = succeeds(
        on(&env, &url),
        &["--tenant", "acme", "import", "users", &hr, "-o", "json"],
    );
    assert!(acme.contains("\"created\":40"), "{acme}");
    succeeds(on(&env, &url), &["audit", "verify"]);
}

#[test]
fn the_password_never_shows() {
    let Some(url) = crate::postgres::database() else {
        return;
    };
    let env = Env::new();
    // The test server trusts every login, so a password goes unchecked: a wrong database
    // makes the command fail with the address in its message.
    let with_password = url.replacen("postgres://lms@", "postgres://lms:hunter2@", 1) + "_missing";
    let out = on(&env, &with_password)
        .args(["-v", "tenant", "list"])
        .output()
        .expect("run lmsctl");
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(69), "{all}");
    assert!(all.contains("postgres://lms@127.0.0.1:"), "{all}");
    assert!(!all.contains("hunter2"), "{all}");
    // It works with the password too, and the audit trail does not keep it.
    let with_password = url.replacen("postgres://lms@", "postgres://lms:hunter2@", 1);
    succeeds(
        on(&env, &with_password),
        &["tenant", "create", "acme", "--name", "Acme"],
    );
    let trail = succeeds(on(&env, &with_password), &["audit", "list", "-o", "json"]);
    assert!(!trail.contains("hunter2"), "{trail}");
}

#[test]
fn serve_serves_a_postgres_store() {
    let Some(url) = crate::postgres::database() else {
        return;
    };
    let env = Env::new();
    let secret = admin_token(&env, &url);
    let mut server = Server::start_on(&env, &url, "client", &[]);
    let remote = |args: &[&str]| succeeds(remote_cmd(&env, &server, &secret), args);
    remote(&["tenant", "create", "acme", "--name", "Acme"]);
    remote(&[
        "--tenant",
        "acme",
        "user",
        "add",
        "--email",
        "a@acme.test",
        "--first-name",
        "A",
        "--last-name",
        "B",
    ]);
    // What the server wrote is in the database.
    let users = succeeds(on(&env, &url), &["--tenant", "acme", "user", "list", "-o", "csv"]);
    assert!(users.contains("a@acme.test"), "{users}");
    // It closes its connections to the database and exits cleanly.
    assert!(server.stop().success(), "a clean exit");
}

/// The secret of a new admin token of the whole store at `url`.
pub(crate) fn admin_token(env: &Env, url: &str) -> String {
    let token = succeeds(
        on(env, url),
        &[
            "token",
            "create",
            "--whole-store",
            "--role",
            "admin",
            "-o",
            "json",
        ],
    );
    serde_json::from_str::<serde_json::Value>(&token).expect("JSON")["secret"]
        .as_str()
        .expect("a secret")
        .to_owned()
}

#[test]
fn after_an_erasure_a_dump_of_the_database_holds_nothing_of_the_person() {
    let Some(url) = crate::postgres::database() else {
        return;
    };
    let Some(pg_dump) = std::fs::read_dir("/usr/lib/postgresql")
        .ok()
        .into_iter()
        .flatten()
        .filter_map(|entry| Some(entry.ok()?.path().join("bin/pg_dump")))
        .find(|path| path.exists())
    else {
        eprintln!("skipped: no pg_dump");
        return;
    };
    let env = Env::new();
    let run = |args: &[&str]| succeeds(on(&env, &url), args);
    run(&["tenant", "create", "acme", "--name", "Acme"]);
    run(&[
        "--tenant",
        "acme",
        "course",
        "create",
        "ARB",
        "--title",
        "Arbeitsschutz",
        "--valid-for",
        "12m",
    ]);
    let person = [
        "ZZ-991",
        "zacharias.quandt@acme.test",
        "Zacharias",
        "Quandt",
        "Qualitätssicherung",
        "Quedlinburg",
    ];
    run(&[
        "--tenant",
        "acme",
        "user",
        "add",
        "--external-id",
        person[0],
        "--email",
        person[1],
        "--first-name",
        person[2],
        "--last-name",
        person[3],
        "--department",
        person[4],
        "--location",
        person[5],
    ]);
    run(&[
        "--tenant",
        "acme",
        "user",
        "add",
        "--email",
        "bo.berg@acme.test",
        "--first-name",
        "Bo",
        "--last-name",
        "Berg",
    ]);
    run(&["--tenant", "acme", "assign", "ARB", "--all-users"]);
    run(&[
        "--tenant",
        "acme",
        "complete",
        "ARB",
        "--user",
        person[0],
        "--date",
        "2026-03-01",
        "--score",
        "88",
    ]);
    run(&[
        "--tenant", "acme", "user", "consent", "record", person[0], "--notice", "v1",
    ]);
    let dump = |label: &str| {
        let out = std::process::Command::new(&pg_dump)
            .args(["--data-only", &url])
            .output()
            .expect("pg_dump");
        assert!(
            out.status.success(),
            "{label}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let before = dump("before");
    assert!(
        person.iter().all(|value| before.contains(value)),
        "the dump holds the person first"
    );
    let receipt = run(&[
        "--tenant", "acme", "gdpr", "erase", person[0], "--yes", "-o", "json",
    ]);
    assert!(
        receipt.contains("PostgreSQL: the write-ahead log keeps"),
        "{receipt}"
    );
    let after = dump("after");
    for value in person {
        assert!(!after.contains(value), "{value} is still in the database");
    }
    assert!(after.contains("bo.berg@acme.test"), "the others stay");
    assert!(after.contains("erased-"), "the tombstone is there");
}

/// Measured: after `gdpr erase` (and its VACUUM) and a checkpoint, the table's file
/// holds neither the e-mail address nor the external id of the person, among 6,000
/// users; the write-ahead log does, as it holds every change until recycled. (Index
/// files may keep a copy in free space or as a B-tree separator key until the page is
/// reused; the README says so.)
#[test]
fn after_an_erasure_the_table_file_holds_nothing_of_the_person() {
    let Some(url) = crate::postgres::database() else {
        return;
    };
    let env = Env::new();
    let run = |args: &[&str]| succeeds(on(&env, &url), args);
    run(&["tenant", "create", "acme", "--name", "Acme"]);
    let mut client = postgres::Client::connect(&url, postgres::NoTls).expect("connect");
    let others = "INSERT INTO \"user\" (tenant_id, email, first_name, last_name, created_at, updated_at)
        SELECT 1, 'u' || i || '@acme.test', 'U', 'U', 'now', 'now' FROM generate_series(1, 3000) i";
    client.batch_execute(others).expect("users before");
    run(&[
        "--tenant",
        "acme",
        "user",
        "add",
        "--external-id",
        "ZZ-991",
        "--email",
        "zacharias.quandt@acme.test",
        "--first-name",
        "Zacharias",
        "--last-name",
        "Quandt",
    ]);
    client
        .batch_execute(&others.replace("'u' ||", "'v' ||"))
        .expect("users after");
    let data: String = client
        .query_one("SHOW data_directory", &[])
        .expect("data directory")
        .get(0);
    let table: String = client
        .query_one("SELECT pg_relation_filepath('\"user\"')", &[])
        .expect("the table's file")
        .get(0);
    let file = Path::new(&data).join(table);
    let mut holds = |needle: &[u8]| {
        client.batch_execute("CHECKPOINT").expect("checkpoint");
        std::fs::read(&file).map(|bytes| bytes.windows(needle.len()).any(|w| w == needle))
    };
    let Ok(true) = holds(b"zacharias.quandt@acme.test") else {
        eprintln!("skipped: the server's files cannot be read here");
        return;
    };
    run(&["--tenant", "acme", "gdpr", "erase", "ZZ-991", "--yes"]);
    assert_eq!(holds(b"zacharias.quandt@acme.test").ok(), Some(false));
    assert_eq!(holds(b"ZZ-991").ok(), Some(false));
    assert_eq!(holds(b"Zacharias").ok(), Some(false));
}
