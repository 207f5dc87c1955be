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
