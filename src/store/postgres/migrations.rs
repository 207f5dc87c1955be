//! Embedded schema migrations for PostgreSQL: applied once, in one transaction, under
//! an advisory lock (many processes may open the database at once), and tracked in
//! `store_schema`. A database of a newer schema is refused, as on SQLite.

use postgres::Client;

use super::{PgAddress, store_error};
use crate::error::{Error, ErrorKind, Result};

/// Migration `i` (0-based) brings the schema from version `i` to `i + 1`. Append only
/// (once the PostgreSQL store ships).
const MIGRATIONS: &[&str] = &[include_str!("migrations/0001_init.sql")];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

/// The version of the SQLite store's schema whose tables and columns this schema has
/// (in PostgreSQL's types): what a subject export says its tables follow, so that the
/// document reads the same from either backend. It moves with the tables a person's
/// data is in, when a change to SQLite's is made here too.
pub const SQLITE_LAYOUT: i64 = 10;

/// The advisory lock every lmsctl takes to migrate a database ("lmsctl" in ASCII):
/// the others wait, then find the work done.
const MIGRATION_LOCK: i64 = 0x6c6d_7363_746c;

/// Brings the database to this binary's schema; an existing store's upgrade says so on
/// stderr first unless `quiet`.
pub fn apply(client: &mut Client, address: &PgAddress, quiet: bool) -> Result<()> {
    let pg = |e: postgres::Error| store_error(&e);
    if up_to_date(address, current(client)?)? {
        return Ok(());
    }
    let mut tx = client.transaction().map_err(pg)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .map_err(pg)?;
    // Another process may have migrated while we waited for the lock.
    let version = current(&mut tx)?;
    if up_to_date(address, version)? {
        return Ok(());
    }
    if version > 0 && !quiet {
        eprintln!(
            "upgrading the store {address} from schema version {version} to {SCHEMA_VERSION}, once; \
             on a large store this takes a few minutes"
        );
    }
    tx.batch_execute("CREATE TABLE IF NOT EXISTS store_schema (version INTEGER NOT NULL)")
        .map_err(pg)?;
    for sql in &MIGRATIONS[usize::try_from(version).unwrap_or_default()..] {
        tx.batch_execute(sql).map_err(pg)?;
    }
    if version == 0 {
        tx.execute(
            "INSERT INTO store_secret (name, value) VALUES ('suppression', $1)",
            &[&secret()?.as_slice()],
        )
        .map_err(pg)?;
    }
    tx.execute("DELETE FROM store_schema", &[]).map_err(pg)?;
    tx.execute(
        "INSERT INTO store_schema (version) VALUES ($1)",
        &[&SCHEMA_VERSION],
    )
    .map_err(pg)?;
    tx.commit().map_err(pg)
}

/// The schema version of the database (0: none yet).
fn current(client: &mut impl postgres::GenericClient) -> Result<i32> {
    let pg = |e: postgres::Error| store_error(&e);
    // Read from the catalog with the statement's snapshot: a name looked up in the
    // catalog cache (`to_regclass`) may miss a table another migrator created while
    // this transaction waited for the lock.
    let exists: bool = client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM information_schema.tables
                 WHERE table_schema = current_schema() AND table_name = 'store_schema')",
            &[],
        )
        .map_err(pg)?
        .get(0);
    if !exists {
        return Ok(0);
    }
    let version: Option<i32> = client
        .query_opt("SELECT max(version) FROM store_schema", &[])
        .map_err(pg)?
        .and_then(|row| row.get(0));
    Ok(version.unwrap_or(0))
}

/// Whether a store at `version` is this binary's (an error when it is newer).
fn up_to_date(address: &PgAddress, version: i32) -> Result<bool> {
    match version.cmp(&SCHEMA_VERSION) {
        std::cmp::Ordering::Greater => Err(Error::new(
            ErrorKind::Unavailable,
            format!(
                "the store {address} has schema version {version}, newer than this lmsctl understands ({SCHEMA_VERSION})"
            ),
        )
        .with_hint("upgrade lmsctl to the version that last wrote this store")),
        order => Ok(order == std::cmp::Ordering::Equal),
    }
}

/// The key of the suppression list's hashes: 256 random bits.
fn secret() -> Result<[u8; 32]> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| Error::failure(format!("no random numbers for the store's secret: {e}")))?;
    Ok(bytes)
}
