//! Several writers on one PostgreSQL database ([`crate::postgres`]): two `lmsctl serve`
//! processes import into two tenants at once (both succeed) and into one tenant (one
//! waits for the other, or gives up with exit 75 naming it); an import killed with
//! `kill -9` at any moment of its writing leaves its tenant as it was, and so does a
//! server killed while it applies one.
//!
//! Each test checks the tenant's users row by row (or by a checksum of their values)
//! against what the files say, the audit trail with `audit verify` and link by link,
//! and that no lock or half-written state is left behind.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{Env, succeeds};
use crate::postgres_cli::{admin_token, on};
use crate::remote::{Server, TODAY, remote_cmd};

/// The header of the generated HR exports (as in `examples/hr_export.csv`).
const HEADER: &str = "Personalnummer;Vorname;Nachname;E-Mail;Abteilung;Standort;Eintrittsdatum";

/// A user as the database holds them: external id, e-mail, first and last name,
/// department, location, start date, status.
type UserRow = [String; 8];

/// What an HR export says of its people, by external id.
type Export = BTreeMap<String, UserRow>;

/// People `prefix{from}` .. `prefix{to - 1}` of `department`, at `domain`.
fn people(prefix: &str, range: std::ops::Range<u32>, department: &str, domain: &str) -> Export {
    range
        .map(|i| {
            let id = format!("{prefix}{i}");
            let row = [
                id.clone(),
                format!("{}@{domain}", id.to_lowercase()),
                format!("Vorname{i}"),
                format!("Nachname{i}"),
                department.to_owned(),
                ["Berlin", "Köln", "München"][i as usize % 3].to_owned(),
                format!("2019-{:02}-{:02}", i % 12 + 1, i % 28 + 1),
                "active".to_owned(),
            ];
            (id, row)
        })
        .collect()
}

/// Writes `export` as a `;`-separated HR export with German dates.
fn write_export(dir: &Path, name: &str, export: &Export) -> String {
    let mut text = String::with_capacity(export.len() * 96);
    text.push_str(HEADER);
    text.push('\n');
    for [id, email, first, last, department, location, start, _] in export.values() {
        let (year, rest) = start.split_at(4);
        let (month, day) = (&rest[1..3], &rest[4..6]);
        text.push_str(&format!(
            "{id};{first};{last};{email};{department};{location};{day}.{month}.{year}\n"
        ));
    }
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write the export");
    path.to_string_lossy().into_owned()
}

/// `base` after importing `export` (upsert: new people added, the others updated).
fn upserted(base: &Export, export: &Export) -> Export {
    let mut state = base.clone();
    state.extend(export.iter().map(|(k, v)| (k.clone(), v.clone())));
    state
}

/// A new database with the tenants `slugs`, and an env for the commands (none: no
/// PostgreSQL here).
fn database_with(slugs: &[&str]) -> Option<(String, Env)> {
    let url = crate::postgres::database()?;
    let env = Env::new();
    for slug in slugs {
        succeeds(on(&env, &url), &["tenant", "create", slug, "--name", slug]);
    }
    Some((url, env))
}

fn connect(url: &str) -> postgres::Client {
    postgres::Client::connect(url, postgres::NoTls).expect("connect to the test database")
}

/// `url` under another `application_name`, as `pg_stat_activity` and lmsctl's busy
/// message show it.
fn named(url: &str, name: &str) -> String {
    format!("{url}?application_name={name}")
}

/// The users of `tenant` as the database holds them, by external id.
fn users(client: &mut postgres::Client, tenant: &str) -> Export {
    client
        .query(
            "SELECT u.external_id, u.email::text, u.first_name, u.last_name, u.department,
                    u.location, u.start_date::text, u.status
             FROM \"user\" u JOIN tenant t ON t.id = u.tenant_id WHERE t.slug = $1",
            &[&tenant],
        )
        .expect("read the users")
        .iter()
        .map(|row| {
            let cells: UserRow = std::array::from_fn(|i| row.get::<_, Option<String>>(i).unwrap_or_default());
            (cells[0].clone(), cells)
        })
        .collect()
}

/// The number of users of `tenant` and a checksum over their values (not their ids,
/// tenant or times): equal for two tenants holding the same people.
fn checksum(client: &mut postgres::Client, tenant: &str) -> (i64, String) {
    let row = client
        .query_one(
            "SELECT count(*), coalesce(md5(string_agg(concat_ws('|', u.external_id, u.email::text,
                    u.first_name, u.last_name, u.department, u.location, u.start_date::text,
                    u.status), ',' ORDER BY u.external_id)), '')
             FROM \"user\" u JOIN tenant t ON t.id = u.tenant_id WHERE t.slug = $1",
            &[&tenant],
        )
        .expect("checksum the users");
    (row.get(0), row.get(1))
}

fn tenant_id(client: &mut postgres::Client, slug: &str) -> i64 {
    client
        .query_one("SELECT id FROM tenant WHERE slug = $1", &[&slug])
        .expect("the tenant")
        .get(0)
}

/// Takes `tenant`'s import lock as an import does (the key of
/// `src/store/postgres/import.rs`), in a transaction left open on `client`.
fn hold_import_lock(client: &mut postgres::Client, tenant: i64) -> postgres::Transaction<'_> {
    let mut tx = client.transaction().expect("begin");
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
        &[&format!("lmsctl import {tenant}")],
    )
    .expect("take the import lock");
    tx
}

/// `audit verify` passes, and in every chain each event links to the one before it;
/// the number of events of each tenant's chain.
fn audit_intact(env: &Env, url: &str) -> BTreeMap<String, u64> {
    let out = succeeds(on(env, url), &["audit", "verify", "-o", "json"]);
    let verification: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(verification["ok"], true, "{out}");
    let mut client = connect(url);
    let broken: i64 = client
        .query_one(
            "SELECT count(*) FROM (SELECT prev, lag(hash) OVER (PARTITION BY chain ORDER BY seq) AS before
                                   FROM audit_event) e
             WHERE e.before IS NOT NULL AND e.prev <> e.before",
            &[],
        )
        .expect("links")
        .get(0);
    assert_eq!(
        broken, 0,
        "events that do not link to the one before them in their chain"
    );
    verification["chains"]
        .as_array()
        .expect("chains")
        .iter()
        .filter_map(|chain| Some((chain["tenant"].as_str()?.to_owned(), chain["events"].as_u64()?)))
        .collect()
}

/// Waits until `condition` holds, checking every 20 ms, at most `limit`.
fn until(what: &str, limit: Duration, mut condition: impl FnMut() -> bool) {
    let start = Instant::now();
    while !condition() {
        assert!(start.elapsed() < limit, "waited {limit:?} in vain for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Whether a backend of this database named `application` waits for, or holds
/// (`granted`), an advisory lock. (The cluster is shared by tests running at once.)
fn advisory(client: &mut postgres::Client, application: &str, granted: bool) -> bool {
    client
        .query_one(
            "SELECT count(*) > 0 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
             WHERE l.locktype = 'advisory' AND l.granted = $2 AND a.application_name = $1
               AND a.datname = current_database()",
            &[&application, &granted],
        )
        .expect("pg_locks")
        .get(0)
}

/// The backends connected to this database as `application`.
fn backends(client: &mut postgres::Client, application: &str) -> i64 {
    client
        .query_one(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()",
            &[&application],
        )
        .expect("pg_stat_activity")
        .get(0)
}

/// The last id drawn from the user table's sequence: it moves as an import draws
/// the ids of a batch of new users, before it writes them, and other sessions see
/// it at once (sequences are not transactional).
fn ids_drawn(client: &mut postgres::Client) -> i64 {
    client
        .query_one(
            "SELECT coalesce((SELECT last_value FROM pg_sequences
                              WHERE schemaname || '.' || sequencename = pg_get_serial_sequence('\"user\"', 'id')), 0)",
            &[],
        )
        .expect("the user sequence")
        .get(0)
}

/// `lmsctl import users FILE` into `tenant`, with `options` (global ones too).
fn import_users<'a>(tenant: &'a str, file: &'a str, options: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["--tenant", tenant, "import", "users", file];
    args.extend(options);
    args
}

/// The report of an import printed with `-o json`.
fn report(stdout: &str) -> Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("no JSON report ({e}): {stdout}"))
}

/// Exit code, stdout and stderr of a finished `lmsctl`.
type Outcome = (i32, String, String);

fn outcome(out: std::process::Output) -> Outcome {
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs the imports (each through its server, with the admin `token`) at the same
/// time, each on a thread of its own, calling `meanwhile` every 10 ms until all have
/// ended; their outcomes and when each ended, from the start of all.
fn at_once(
    env: &Env,
    token: &str,
    imports: [(&Server, Vec<&str>); 2],
    mut meanwhile: impl FnMut(),
) -> Vec<(Outcome, Duration)> {
    let commands = imports.map(|(server, args)| import_through(env, server, token, &args));
    let start = Instant::now();
    std::thread::scope(|scope| {
        let running: Vec<_> = commands
            .into_iter()
            .map(|mut cmd| {
                scope.spawn(move || {
                    let out = cmd.output().expect("run lmsctl");
                    (outcome(out), start.elapsed())
                })
            })
            .collect();
        while !running.iter().all(|thread| thread.is_finished()) {
            meanwhile();
            std::thread::sleep(Duration::from_millis(10));
        }
        running
            .into_iter()
            .map(|thread| thread.join().expect("a client thread"))
            .collect()
    })
}

/// Two servers on one database, each with its own `application_name`, with an admin
/// token; `extra` are `serve` options.
fn two_servers(env: &Env, url: &str, extra: &[&str]) -> (Server, Server, String) {
    let token = admin_token(env, url);
    let a = Server::start_on(env, &named(url, "lmsctl-serve-a"), TODAY, extra);
    let b = Server::start_on(env, &named(url, "lmsctl-serve-b"), TODAY, extra);
    (a, b, token)
}

/// An import through `server` with `-o json` and no limit of its own on how long it
/// runs (the machine may be slow).
fn import_through(env: &Env, server: &Server, token: &str, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = remote_cmd(env, server, token);
    cmd.args(args).timeout(Duration::from_secs(600));
    cmd
}

#[test]
fn two_servers_import_into_two_tenants_at_once() {
    let Some((url, env)) = database_with(&["acme", "beta"]) else {
        return;
    };
    let (a, b, token) = two_servers(&env, &url, &[]);
    let acme = people("A", 0..4000, "Vertrieb", "acme.test");
    let beta = people("B", 0..4000, "Einkauf", "beta.test");
    let acme_file = write_export(env.dir(), "acme.csv", &acme);
    let beta_file = write_export(env.dir(), "beta.csv", &beta);
    let before = audit_intact(&env, &url);

    // Whether both servers were seen inside their imports at the same moment.
    let mut watcher = connect(&url);
    let mut together = false;
    let ended = at_once(
        &env,
        &token,
        [
            (&a, import_users("acme", &acme_file, &["-o", "json"])),
            (&b, import_users("beta", &beta_file, &["-o", "json"])),
        ],
        || {
            together |= advisory(&mut watcher, "lmsctl-serve-a", true)
                && advisory(&mut watcher, "lmsctl-serve-b", true)
        },
    );
    for ((code, stdout, stderr), took) in &ended {
        assert_eq!(*code, 0, "after {took:?}: {stderr}");
        let report = report(stdout);
        assert_eq!(
            (report["created"].as_u64(), report["rejected"].as_u64()),
            (Some(4000), Some(0)),
            "{stdout}"
        );
    }
    eprintln!(
        "imports into two tenants ended after {:?} and {:?}; both inside their transactions at once: {together}",
        ended[0].1, ended[1].1
    );

    let mut client = connect(&url);
    assert_eq!(
        users(&mut client, "acme"),
        acme,
        "acme holds exactly its file's people"
    );
    assert_eq!(
        users(&mut client, "beta"),
        beta,
        "beta holds exactly its file's people"
    );
    let after = audit_intact(&env, &url);
    for slug in ["acme", "beta"] {
        assert_eq!(
            after[slug],
            before[slug] + 1,
            "one event per import in {slug}'s chain"
        );
    }
}

/// The first change of each of `reports` (the JSON of two imports of the same tenant
/// that both succeeded): which ran first, by what each found already there.
fn first_of_two(reports: [&Value; 2], overlap: u64) -> usize {
    let found = |r: &Value| (r["created"].as_u64(), r["updated"].as_u64());
    match (found(reports[0]), found(reports[1])) {
        ((Some(3000), Some(0)), (Some(c), Some(u))) if c + overlap == 3000 && u == overlap => 0,
        ((Some(c), Some(u)), (Some(3000), Some(0))) if c + overlap == 3000 && u == overlap => 1,
        other => panic!("neither import ran on the other's result: {other:?}"),
    }
}

#[test]
fn two_servers_import_into_one_tenant_one_after_the_other() {
    let Some((url, env)) = database_with(&["acme"]) else {
        return;
    };
    let (a, b, token) = two_servers(&env, &url, &[]);
    // Two exports of one company a day apart: 1,500 people in both, moved to
    // another department, 1,500 gone from the second, 1,500 new in it.
    let first = people("P", 0..3000, "Vertrieb", "acme.test");
    let second = people("P", 1500..4500, "Einkauf", "acme.test");
    let files = [
        write_export(env.dir(), "first.csv", &first),
        write_export(env.dir(), "second.csv", &second),
    ];
    let before = audit_intact(&env, &url);

    let ended = at_once(
        &env,
        &token,
        [
            (
                &a,
                import_users("acme", &files[0], &["--busy-timeout", "120", "-o", "json"]),
            ),
            (
                &b,
                import_users("acme", &files[1], &["--busy-timeout", "120", "-o", "json"]),
            ),
        ],
        || {},
    );
    let codes = [ended[0].0.0, ended[1].0.0];
    let exports = [&first, &second];
    let expected = match codes {
        [0, 0] => {
            let reports = [&report(&ended[0].0.1), &report(&ended[1].0.1)];
            let one = first_of_two(reports, 1500);
            upserted(exports[one], exports[1 - one])
        }
        // Gave up waiting: said so, naming the other server's import; nothing of it written.
        [0, 75] | [75, 0] => {
            let (done, gave_up) = if codes[0] == 0 { (0, 1) } else { (1, 0) };
            let stderr = &ended[gave_up].0.2;
            let other = ["lmsctl-serve-a", "lmsctl-serve-b"][done];
            assert!(
                stderr.contains(&format!(
                    "another import into tenant 'acme' is running: {other} (process "
                )),
                "{stderr}"
            );
            exports[done].clone()
        }
        _ => panic!("two imports into one tenant ended {codes:?}: {ended:?}"),
    };
    eprintln!(
        "imports into one tenant ended {codes:?} after {:?} and {:?}",
        ended[0].1, ended[1].1
    );
    let mut client = connect(&url);
    let held = users(&mut client, "acme");
    assert_eq!(held.len(), expected.len());
    assert_eq!(
        held, expected,
        "the tenant is as after the imports one after the other"
    );
    // A sample, spelt out: one person of each part.
    let department = |id: &str| held.get(id).map(|row| row[4].as_str());
    assert_eq!(department("P0"), expected.get("P0").map(|row| row[4].as_str()));
    assert_eq!(
        department("P2000"),
        expected.get("P2000").map(|row| row[4].as_str())
    );
    assert_eq!(
        department("P4000"),
        expected.get("P4000").map(|row| row[4].as_str())
    );
    let succeeded = codes.iter().filter(|c| **c == 0).count() as u64;
    assert_eq!(audit_intact(&env, &url)["acme"], before["acme"] + succeeded);
}

#[test]
fn an_import_through_a_server_waits_the_clients_busy_timeout_then_exits_75_naming_the_holder() {
    let Some((url, env)) = database_with(&["acme"]) else {
        return;
    };
    // The servers would wait 60 s of their own: the client's --busy-timeout decides.
    let (a, b, token) = two_servers(&env, &url, &["--busy-timeout", "60"]);
    let export = people("P", 0..500, "Vertrieb", "acme.test");
    let file = write_export(env.dir(), "export.csv", &export);
    let mut client = connect(&url);
    let acme = tenant_id(&mut client, "acme");
    // An import of the same tenant id in another database of the server is no holder.
    let elsewhere = crate::postgres::database().expect("another database");
    let mut other = connect(&named(&elsewhere, "lmsctl-elsewhere"));
    let _elsewhere = hold_import_lock(&mut other, acme);
    let mut nightly = connect(&named(&url, "lmsctl-nightly"));
    let held = hold_import_lock(&mut nightly, acme);

    for server in [&a, &b] {
        let started = Instant::now();
        let (code, _, stderr) = outcome(
            import_through(
                &env,
                server,
                &token,
                &import_users("acme", &file, &["--busy-timeout", "1"]),
            )
            .output()
            .expect("run lmsctl"),
        );
        let took = started.elapsed();
        assert_eq!(code, 75, "{stderr}");
        assert!(
            stderr.contains("another import into tenant 'acme' is running: lmsctl-nightly (process "),
            "{stderr}"
        );
        assert!(
            took >= Duration::from_secs(1),
            "gave up after {took:?} without waiting"
        );
        assert!(
            took < Duration::from_secs(30),
            "waited {took:?}: the server's timeout, not the client's"
        );
    }
    assert_eq!(checksum(&mut client, "acme").0, 0, "nothing was written");

    // With time enough, an import waits until the holder is done, then runs.
    let waiting = std::thread::scope(|scope| {
        let mut cmd = import_through(
            &env,
            &b,
            &token,
            &import_users("acme", &file, &["--busy-timeout", "300", "-o", "json"]),
        );
        let import = scope.spawn(move || outcome(cmd.output().expect("run lmsctl")));
        until(
            "the import to wait for the lock",
            Duration::from_secs(120),
            || advisory(&mut client, "lmsctl-serve-b", false),
        );
        held.rollback().expect("end the holder's transaction");
        import.join().expect("the client thread")
    });
    let (code, stdout, stderr) = waiting;
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(report(&stdout)["created"].as_u64(), Some(500), "{stdout}");
    assert_eq!(users(&mut client, "acme"), export);
    assert_eq!(
        audit_intact(&env, &url)["acme"],
        2,
        "the tenant's creation and one import"
    );
}

/// `lmsctl ARGS` on the database at `url`, as a child process that may be killed.
fn spawn_local(env: &Env, url: &str, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_lmsctl"))
        .env_clear()
        .env("HOME", env.dir())
        .env("LMSCTL_STORE", url)
        .env("LMSCTL_TODAY", TODAY)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start lmsctl")
}

/// Sends SIGKILL to `child` and reaps it; it must not have ended before.
fn kill_9(child: &mut Child, moment: &str) {
    assert!(
        matches!(child.try_wait(), Ok(None)),
        "the import ended before {moment}: {:?}",
        child.try_wait()
    );
    // SAFETY: kill(2) on the pid of our own child process, not yet reaped.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGKILL);
    }
    let status = child.wait().expect("reap the killed process");
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(status.signal(), Some(libc::SIGKILL), "{moment}: {status:?}");
}

/// When a killed import is killed: a description, and whether that moment has come
/// (given the ids drawn before the import started).
type Moment = (&'static str, fn(&mut postgres::Client, i64) -> bool);

const MOMENTS: [Moment; 3] = [
    (
        "with the tenant locked, before any user is written",
        |client, _| advisory(client, "lmsctl-killed", true),
    ),
    (
        "while the first batch of new users draws its ids",
        |client, drawn| ids_drawn(client) > drawn,
    ),
    ("with half the new users drawn and written", |client, drawn| {
        ids_drawn(client) >= drawn + 24_000
    }),
];

/// After a killed import: its backend has ended (so its transaction is rolled back
/// and its lock released) and nothing of it remains: no lock, no temporary table, no
/// prepared transaction.
fn nothing_left(client: &mut postgres::Client, application: &str) {
    until(
        "the killed import's backend to end",
        Duration::from_secs(60),
        || backends(client, application) == 0,
    );
    let left: i64 = client
        .query_one(
            "SELECT (SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database
                     WHERE l.locktype = 'advisory' AND d.datname = current_database())
                  + (SELECT count(*) FROM pg_class WHERE relpersistence = 't')
                  + (SELECT count(*) FROM pg_prepared_xacts WHERE database = current_database())",
            &[],
        )
        .expect("leftovers")
        .get(0);
    assert_eq!(
        left, 0,
        "advisory locks, temporary tables or prepared transactions left"
    );
}

#[test]
fn an_import_killed_while_it_writes_leaves_the_tenant_as_it_was() {
    // `reference` is imported to the end, for the state a finished import leaves.
    let Some((url, env)) = database_with(&["acme", "reference"]) else {
        return;
    };
    let run = |args: &[&str]| succeeds(on(&env, &url), args);
    let old = people("P", 0..2000, "Alt", "acme.test");
    let new = people("P", 0..50_000, "Neu", "acme.test");
    let old_file = write_export(env.dir(), "old.csv", &old);
    let new_file = write_export(env.dir(), "new.csv", &new);
    for slug in ["acme", "reference"] {
        run(&import_users(slug, &old_file, &[]));
    }
    let mut client = connect(&url);
    let old_state = checksum(&mut client, "acme");
    assert_eq!(old_state.0, 2000);
    let started = Instant::now();
    let finished = report(&run(&import_users("reference", &new_file, &["-o", "json"])));
    eprintln!(
        "an import of 50,000 users (48,000 new) took {:?}",
        started.elapsed()
    );
    assert_eq!(
        (finished["created"].as_u64(), finished["updated"].as_u64()),
        (Some(48_000), Some(2000))
    );
    let new_state = checksum(&mut client, "reference");
    assert_eq!(new_state.0, 50_000);
    assert_ne!(old_state, new_state);
    let events = audit_intact(&env, &url)["acme"];

    let killed = named(&url, "lmsctl-killed");
    for (moment, has_come) in MOMENTS {
        let drawn = ids_drawn(&mut client);
        let mut import = spawn_local(&env, &killed, &import_users("acme", &new_file, &[]));
        until(moment, Duration::from_secs(300), || {
            has_come(&mut client, drawn) || !matches!(import.try_wait(), Ok(None))
        });
        let ids = ids_drawn(&mut client) - drawn;
        kill_9(&mut import, moment);
        eprintln!("killed {moment}: {ids} ids of new users drawn");
        nothing_left(&mut client, "lmsctl-killed");
        let state = checksum(&mut client, "acme");
        assert!(state == old_state || state == new_state, "{moment}: {state:?}");
        assert_eq!(
            state, old_state,
            "killed {moment}, the import was not yet committed"
        );
        assert_eq!(
            audit_intact(&env, &url)["acme"],
            events,
            "{moment}: no event of the killed import"
        );
        // The tenant is free: an import with no time to wait runs at once.
        let dry = run(&import_users(
            "acme",
            &old_file,
            &["--busy-timeout", "1", "--dry-run", "-o", "json"],
        ));
        assert_eq!(report(&dry)["unchanged"].as_u64(), Some(2000), "{dry}");
    }
    let done = report(&run(&import_users(
        "acme",
        &new_file,
        &["--busy-timeout", "1", "-o", "json"],
    )));
    assert_eq!(
        (done["created"].as_u64(), done["updated"].as_u64()),
        (Some(48_000), Some(2000))
    );
    assert_eq!(checksum(&mut client, "acme"), new_state);
    assert_eq!(audit_intact(&env, &url)["acme"], events + 1);
}

#[test]
fn a_server_killed_while_it_applies_an_import_leaves_the_tenant_as_it_was() {
    let Some((url, env)) = database_with(&["acme"]) else {
        return;
    };
    let run = |args: &[&str]| succeeds(on(&env, &url), args);
    let old = people("P", 0..2000, "Alt", "acme.test");
    let new = people("P", 0..50_000, "Neu", "acme.test");
    let old_file = write_export(env.dir(), "old.csv", &old);
    run(&import_users("acme", &old_file, &[]));
    let new_file = write_export(env.dir(), "new.csv", &new);
    let mut client = connect(&url);
    let old_state = checksum(&mut client, "acme");
    let events = audit_intact(&env, &url)["acme"];
    let token = admin_token(&env, &url);
    let mut server = Server::start_on(&env, &named(&url, "lmsctl-serve-killed"), TODAY, &[]);

    let drawn = ids_drawn(&mut client);
    let (code, _, stderr) = std::thread::scope(|scope| {
        let mut cmd = import_through(&env, &server, &token, &import_users("acme", &new_file, &[]));
        let import = scope.spawn(move || outcome(cmd.output().expect("run lmsctl")));
        until("the server to write new users", Duration::from_secs(300), || {
            (advisory(&mut client, "lmsctl-serve-killed", true) && ids_drawn(&mut client) > drawn)
                || import.is_finished()
        });
        let ids = ids_drawn(&mut client) - drawn;
        kill_9(&mut server.child, "the server wrote the new users");
        eprintln!("killed the server after it drew {ids} ids of new users");
        import.join().expect("the client thread")
    });
    assert_ne!(code, 0, "the import cannot have succeeded: {stderr}");
    assert_eq!(code, 69, "{stderr}");
    nothing_left(&mut client, "lmsctl-serve-killed");
    assert_eq!(checksum(&mut client, "acme"), old_state);
    assert_eq!(audit_intact(&env, &url)["acme"], events);

    // Another server imports the same file at once.
    let other = Server::start_on(&env, &url, TODAY, &[]);
    let (code, stdout, stderr) = outcome(
        import_through(
            &env,
            &other,
            &token,
            &import_users("acme", &new_file, &["--busy-timeout", "1", "-o", "json"]),
        )
        .output()
        .expect("run lmsctl"),
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(report(&stdout)["created"].as_u64(), Some(48_000), "{stdout}");
    assert_eq!(users(&mut client, "acme"), new);
    assert_eq!(audit_intact(&env, &url)["acme"], events + 1);
}

#[test]
fn a_change_waits_the_busy_timeout_for_a_row_another_writer_holds_then_exits_75() {
    let Some((url, env)) = database_with(&["acme"]) else {
        return;
    };
    let mut holder = connect(&url);
    let mut held = holder.transaction().expect("a transaction");
    held.execute("UPDATE tenant SET name = name WHERE slug = 'acme'", &[])
        .expect("hold the tenant's row");
    let started = Instant::now();
    let out = on(&env, &url)
        .args([
            "--busy-timeout",
            "1",
            "tenant",
            "update",
            "acme",
            "--name",
            "Acme AG",
        ])
        .output()
        .expect("run lmsctl");
    let waited = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(75), "{stderr}");
    assert!(
        stderr.contains(
            "error: the store is busy: another lmsctl process (an import or another change) is writing to it"
        ),
        "{stderr}"
    );
    assert!(waited >= Duration::from_secs(1), "gave up after {waited:?}");
    held.rollback().expect("let go");
    succeeds(
        on(&env, &url),
        &[
            "--busy-timeout",
            "1",
            "tenant",
            "update",
            "acme",
            "--name",
            "Acme AG",
        ],
    );
}
