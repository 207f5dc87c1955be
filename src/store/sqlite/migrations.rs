//! Embedded schema migrations, applied in one transaction and tracked by `PRAGMA user_version`.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, ErrorKind, Result};

/// Migration `i` (0-based) brings the schema from version `i` to `i + 1`. Append only.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_courses.sql"),
    include_str!("migrations/0003_gdpr.sql"),
    include_str!("migrations/0004_activity.sql"),
];

/// The per-tenant unique index on e-mail addresses, as the schema creates it; bulk
/// imports drop and rebuild it (a test checks it matches the schema).
pub const EMAIL_INDEX_NAME: &str = "user_tenant_email";
pub const EMAIL_INDEX: &str =
    "CREATE UNIQUE INDEX user_tenant_email ON user(tenant_id, email COLLATE NOCASE)";

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn apply(conn: &mut Connection, path: &Path) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current == SCHEMA_VERSION {
        return Ok(());
    }
    if current > SCHEMA_VERSION {
        return Err(too_new(path, current));
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Another process may have migrated while we waited for the lock.
    let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > SCHEMA_VERSION {
        return Err(too_new(path, current));
    }
    for sql in &MIGRATIONS[usize::try_from(current).unwrap_or_default()..] {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(())
}

fn too_new(path: &Path, version: i64) -> Error {
    Error::new(
        ErrorKind::Unavailable,
        format!(
            "the store {} has schema version {version}, newer than this lmsctl understands ({SCHEMA_VERSION})",
            path.display()
        ),
    )
    .with_hint("upgrade lmsctl to the version that last wrote this store")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_email_index_statement_is_the_schemas() {
        assert!(MIGRATIONS[0].contains(&format!("{EMAIL_INDEX};")));
        assert!(EMAIL_INDEX.contains(EMAIL_INDEX_NAME));
    }
}
