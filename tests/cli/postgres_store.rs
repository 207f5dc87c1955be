//! The PostgreSQL store's connection and schema, on a real server ([`crate::postgres`]):
//! migrations run once however many processes open a new database at once, a newer
//! schema is refused, and a failed connection says why without the password.

use lmsctl::ErrorKind;
use lmsctl::store::postgres::{PgAddress, connect, migrations};

/// A new database's address, or `None` when the tests are skipped.
fn address() -> Option<PgAddress> {
    Some(PgAddress::parse(&crate::postgres::database()?).expect("the test database's address"))
}

#[test]
fn the_schema_is_created_once_by_many_at_once() {
    let Some(address) = address() else { return };
    let openers: Vec<_> = (0..4)
        .map(|_| {
            let address = address.clone();
            std::thread::spawn(move || {
                let mut client = connect(&address)?;
                migrations::apply(&mut client, &address, true)
            })
        })
        .collect();
    for opener in openers {
        opener.join().expect("an opener").expect("migrate");
    }
    let mut client = connect(&address).expect("connect");
    let version: i32 = client
        .query_one("SELECT version FROM store_schema", &[])
        .expect("read the version")
        .get(0);
    assert_eq!(version, migrations::SCHEMA_VERSION);
    let secrets: i64 = client
        .query_one("SELECT count(*) FROM store_secret WHERE length(value) = 32", &[])
        .expect("read the secrets")
        .get(0);
    assert_eq!(secrets, 1);
    // Opened again: nothing to do.
    migrations::apply(&mut client, &address, false).expect("migrate again");
}

#[test]
fn a_newer_schema_is_refused() {
    let Some(address) = address() else { return };
    let mut client = connect(&address).expect("connect");
    migrations::apply(&mut client, &address, true).expect("migrate");
    client
        .execute("UPDATE store_schema SET version = 99", &[])
        .expect("pretend a newer lmsctl wrote it");
    let err = migrations::apply(&mut client, &address, true).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Unavailable);
    assert!(
        err.message.contains("schema version 99, newer"),
        "{}",
        err.message
    );
    assert!(err.hint.as_deref().is_some_and(|h| h.contains("upgrade lmsctl")));
}

#[test]
fn a_failed_connection_says_why_without_the_password() {
    let Some(address) = address() else { return };
    let missing = PgAddress::parse(&format!(
        "postgres://lms:hunter2@127.0.0.1:{}/no_such_database",
        address.port
    ))
    .unwrap();
    let err = refused(&missing);
    assert_eq!(err.kind, ErrorKind::Unavailable);
    assert!(
        err.message.contains("has no database 'no_such_database'"),
        "{}",
        err.message
    );
    assert!(err.hint.as_deref().is_some_and(|h| h.contains("createdb")));
    let shown = format!("{}{:?}", err.message, err.hint);
    assert!(!shown.contains("hunter2"), "{shown}");

    // The test server speaks no TLS: `require` refuses to go on in the clear, `prefer`
    // (libpq's default) does.
    let tls = PgAddress::parse(&format!("{}?sslmode=require", address)).unwrap();
    let err = refused(&tls);
    assert_eq!(err.kind, ErrorKind::Unavailable);
    assert!(
        err.hint.as_deref().is_some_and(|h| h.contains("sslmode=require")),
        "{:?}",
        err.hint
    );
    connect(&PgAddress::parse(&format!("{address}?sslmode=prefer")).unwrap())
        .expect("prefer connects in the clear");

    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let err = refused(&PgAddress::parse(&format!("postgres://lms@127.0.0.1:{port}/x")).unwrap());
    assert_eq!(err.kind, ErrorKind::Unavailable);
    assert!(err.message.contains("cannot connect"), "{}", err.message);
}

/// The error of a connection that must fail.
fn refused(address: &PgAddress) -> lmsctl::Error {
    match connect(address) {
        Ok(_) => panic!("{address} connected"),
        Err(err) => err,
    }
}

/// The tallies as the triggers keep them, and as counted from the enrollments now.
pub(crate) fn tallies(client: &mut postgres::Client) -> [(Vec<String>, Vec<String>); 2] {
    let rows = |client: &mut postgres::Client, sql: &str| -> Vec<String> {
        client
            .query(sql, &[])
            .expect("read a tally")
            .iter()
            .map(|row| row.get::<_, String>(0))
            .collect()
    };
    let kept = |client: &mut postgres::Client, table: &str, key: &str| {
        rows(
            client,
            &format!("SELECT concat_ws('|', {key}, n, latest) FROM {table} WHERE n <> 0 ORDER BY 1"),
        )
    };
    let enrollment_key = "tenant_id, course_id, department, location, due_on, progress, done, expires_on";
    let group_key = "group_id, course_id, due_on, progress, done, expires_on";
    let counted_enrollments = rows(
        client,
        &format!(
            "SELECT concat_ws('|', {enrollment_key}, count(*), max(latest)) FROM enrollment_bucket
             GROUP BY {enrollment_key} ORDER BY 1"
        ),
    );
    let counted_groups = rows(
        client,
        "SELECT concat_ws('|', m.group_id, b.course_id, b.due_on, b.progress, b.done, b.expires_on, count(*), max(b.latest))
         FROM (SELECT DISTINCT group_id, user_id FROM group_member) m JOIN enrollment_bucket b ON b.user_id = m.user_id
         GROUP BY m.group_id, b.course_id, b.due_on, b.progress, b.done, b.expires_on ORDER BY 1",
    );
    [
        (
            kept(client, "enrollment_tally", enrollment_key),
            counted_enrollments,
        ),
        (kept(client, "group_tally", group_key), counted_groups),
    ]
}

#[test]
fn the_report_tallies_follow_every_change() {
    let Some(address) = address() else { return };
    let mut client = connect(&address).expect("connect");
    migrations::apply(&mut client, &address, true).expect("migrate");
    let steps = [
        "INSERT INTO tenant (id, slug, name, created_at) VALUES (1, 'acme', 'Acme', 'now'), (2, 'other', 'Other', 'now')",
        "INSERT INTO \"user\" (id, tenant_id, email, first_name, last_name, department, created_at, updated_at)
             SELECT i, 1, 'u' || i || '@x', 'U', 'U', CASE WHEN i % 3 = 0 THEN NULL ELSE 'D' || (i % 3) END, 'now', 'now'
             FROM generate_series(1, 40) i",
        "INSERT INTO course (id, tenant_id, code, title, valid_months, created_at)
             VALUES (1, 1, 'ARB', 'Arbeitsschutz', 12, 'now'), (2, 1, 'DSGVO', 'Datenschutz', NULL, 'now')",
        "INSERT INTO user_group (id, tenant_id, name, created_at) VALUES (1, 1, 'g1', 'now'), (2, 1, 'g2', 'now')",
        "INSERT INTO group_member (group_id, user_id, source) SELECT 1, i, 'static' FROM generate_series(1, 20) i",
        "INSERT INTO enrollment (user_id, course_id, assigned_on, due_on)
             SELECT i, c, DATE '2025-01-01', CASE WHEN i % 2 = 0 THEN DATE '2025-03-01' END
             FROM generate_series(1, 40) i, generate_series(1, 2) c",
        // Members join by rule as well (counted once), and another group later.
        "INSERT INTO group_member (group_id, user_id, source) SELECT 1, i, 'rule' FROM generate_series(10, 30) i",
        "INSERT INTO group_member (group_id, user_id, source) SELECT 2, i, 'static' FROM generate_series(5, 15) i",
        "UPDATE enrollment SET progress = 50 WHERE user_id % 5 = 0",
        "INSERT INTO completion (user_id, course_id, completed_on, serial, expires_on, created_at)
             SELECT i, 1, DATE '2025-02-01', 'S' || i, DATE '2026-02-01', 'now' FROM generate_series(1, 25) i",
        // An older completion recorded later does not replace the newer one.
        "INSERT INTO completion (user_id, course_id, completed_on, serial, expires_on, created_at)
             VALUES (3, 1, DATE '2024-02-01', 'OLD3', DATE '2025-02-01', 'now')",
        "UPDATE \"user\" SET department = 'D9' WHERE id BETWEEN 8 AND 18",
        "UPDATE \"user\" SET first_name = 'Renamed' WHERE id < 30",
        "UPDATE completion SET serial = 'erased-' || serial WHERE user_id = 4",
        "DELETE FROM group_member WHERE group_id = 1 AND source = 'static' AND user_id BETWEEN 10 AND 20",
        "DELETE FROM group_member WHERE group_id = 1 AND user_id BETWEEN 1 AND 5",
        "DELETE FROM enrollment WHERE course_id = 2 AND user_id > 30",
        "UPDATE \"user\" SET tenant_id = 2 WHERE id = 40",
    ];
    for step in steps {
        client
            .batch_execute(step)
            .unwrap_or_else(|e| panic!("{step}: {e}"));
        for (kept, counted) in tallies(&mut client) {
            assert_eq!(kept, counted, "after {step}");
        }
    }
    let (serial, done): (String, chrono::NaiveDate) = client
        .query_one(
            "SELECT serial, done_on FROM enrollment WHERE user_id = 3 AND course_id = 1",
            &[],
        )
        .map(|row| (row.get(0), row.get(1)))
        .expect("user 3's enrollment");
    assert_eq!((serial.as_str(), done.to_string().as_str()), ("S3", "2025-02-01"));
    let serial: String = client
        .query_one(
            "SELECT serial FROM enrollment WHERE user_id = 4 AND course_id = 1",
            &[],
        )
        .expect("user 4's enrollment")
        .get(0);
    assert_eq!(serial, "erased-S4");
}
