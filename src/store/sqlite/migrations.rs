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
    include_str!("migrations/0005_report_tally.sql"),
    include_str!("migrations/0006_report_indexes.sql"),
    include_str!("migrations/0007_api_token.sql"),
    include_str!("migrations/0008_group_tally.sql"),
    include_str!("migrations/0009_certificate_on_enrollment.sql"),
    include_str!("migrations/0010_audit_chain_per_tenant.sql"),
];

/// The per-tenant unique index on e-mail addresses, as the schema creates it; bulk
/// imports drop and rebuild it (a test checks it matches the schema).
pub const EMAIL_INDEX_NAME: &str = "user_tenant_email";
pub const EMAIL_INDEX: &str =
    "CREATE UNIQUE INDEX user_tenant_email ON user(tenant_id, email COLLATE NOCASE)";

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the store at `path` to this binary's schema; an existing store's upgrade says
/// so on stderr first unless `quiet` (it may rewrite much of a large store: minutes).
pub fn apply(conn: &mut Connection, path: &Path, quiet: bool) -> Result<()> {
    // Whether a store at `version` is this binary's (an error when it is newer).
    let up_to_date = |version: i64| match version.cmp(&SCHEMA_VERSION) {
        std::cmp::Ordering::Greater => Err(too_new(path, version)),
        order => Ok(order == std::cmp::Ordering::Equal),
    };
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if up_to_date(current)? {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Another process may have migrated while we waited for the lock.
    let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if up_to_date(current)? {
        return Ok(());
    }
    if current > 0 && !quiet {
        eprintln!(
            "upgrading the store {} from schema version {current} to {SCHEMA_VERSION}, once; \
             on a large store this takes a few minutes",
            path.display()
        );
    }
    for sql in &MIGRATIONS[usize::try_from(current).unwrap_or_default()..] {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(())
}

/// For tests: a store at this binary's schema, in `dir/lms.db` (in memory without `dir`).
#[cfg(test)]
pub fn test_store(dir: Option<&Path>) -> Connection {
    let path = dir.map_or_else(|| Path::new(":memory:").to_owned(), |dir| dir.join("lms.db"));
    let mut conn = Connection::open(&path).expect("open a test store");
    apply(&mut conn, &path, true).expect("migrate a test store");
    conn
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

    /// A new SQLite schema changes the tables every backend keeps: the PostgreSQL
    /// schema and `TABLES_VERSION` follow it.
    #[test]
    fn the_tables_version_follows_the_sqlite_schema() {
        assert_eq!(SCHEMA_VERSION, crate::store::TABLES_VERSION);
    }

    /// Tenant acme; users 1 (IT) and 2 (no department) in course ARB (12 months), due
    /// 2025-02-01; user 1 completed it in 2025 (S1, recorded first) and in 2024 (S0).
    const RENEWED: &str =
        "INSERT INTO tenant (id, slug, name, created_at) VALUES (1, 'acme', 'Acme', 'now');
         INSERT INTO user (id, tenant_id, email, first_name, last_name, department, created_at, updated_at)
             VALUES (1, 1, 'a@x', 'A', 'A', 'IT', 'now', 'now'), (2, 1, 'b@x', 'B', 'B', NULL, 'now', 'now');
         INSERT INTO course (id, tenant_id, code, title, valid_months, created_at)
             VALUES (1, 1, 'ARB', 'Arbeitsschutz', 12, 'now');
         INSERT INTO enrollment (user_id, course_id, assigned_on, due_on)
             VALUES (1, 1, '2025-01-01', '2025-02-01'), (2, 1, '2025-01-01', '2025-02-01');
         INSERT INTO completion (user_id, course_id, completed_on, serial, expires_on, created_at)
             VALUES (1, 1, '2025-01-20', 'S1', '2026-01-20', 'now'), (1, 1, '2024-01-20', 'S0', '2025-01-20', 'now');";

    /// An in-memory store at schema version `version`.
    fn at_version(version: usize) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..version] {
            conn.execute_batch(sql).unwrap();
        }
        conn
    }

    #[test]
    fn version_5_takes_over_existing_completions_and_counts() {
        let conn = at_version(4);
        conn.execute_batch(RENEWED).unwrap();
        conn.execute_batch(MIGRATIONS[4]).unwrap();
        let enrollments: Vec<(i64, Option<String>, Option<String>)> = conn
            .prepare("SELECT user_id, done_on, expires_on FROM enrollment ORDER BY user_id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(
            enrollments,
            [
                (1, Some("2025-01-20".to_owned()), Some("2026-01-20".to_owned())),
                (2, None, None)
            ]
        );
        let tally: Vec<(String, String, i64, String, i64)> = conn
            .prepare(
                "SELECT department, due_on, done, expires_on, n FROM enrollment_tally ORDER BY department",
            )
            .unwrap()
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(
            tally,
            [
                (String::new(), "2025-02-01".to_owned(), 0, String::new(), 1),
                ("IT".to_owned(), String::new(), 1, "2026-01-20".to_owned(), 1)
            ]
        );
    }

    #[test]
    fn version_8_counts_each_groups_members_once() {
        let conn = at_version(7);
        // User 1 is in group 1 both by hand and by rule, user 2 in both groups.
        conn.execute_batch(
            "INSERT INTO tenant (id, slug, name, created_at) VALUES (1, 'acme', 'Acme', 'now');
             INSERT INTO user (id, tenant_id, email, first_name, last_name, department, created_at, updated_at)
                 VALUES (1, 1, 'a@x', 'A', 'A', 'IT', 'now', 'now'), (2, 1, 'b@x', 'B', 'B', NULL, 'now', 'now'),
                        (3, 1, 'c@x', 'C', 'C', NULL, 'now', 'now');
             INSERT INTO user_group (id, tenant_id, name, created_at) VALUES (1, 1, 'g1', 'now'), (2, 1, 'g2', 'now');
             INSERT INTO group_member (group_id, user_id, source)
                 VALUES (1, 1, 'static'), (1, 1, 'rule'), (1, 2, 'static'), (2, 2, 'static');
             INSERT INTO course (id, tenant_id, code, title, valid_months, created_at)
                 VALUES (1, 1, 'ARB', 'Arbeitsschutz', 12, 'now');
             INSERT INTO enrollment (user_id, course_id, assigned_on, due_on)
                 VALUES (1, 1, '2025-01-01', '2025-02-01'), (2, 1, '2025-01-01', '2025-02-01'),
                        (3, 1, '2025-01-01', '2025-02-01');
             INSERT INTO completion (user_id, course_id, completed_on, serial, expires_on, created_at)
                 VALUES (1, 1, '2025-01-20', 'S1', '2026-01-20', 'now');",
        )
        .unwrap();
        conn.execute_batch(MIGRATIONS[7]).unwrap();
        let tally: Vec<(i64, String, i64, String, i64, String)> = conn
            .prepare("SELECT group_id, due_on, done, expires_on, n, latest FROM group_tally ORDER BY 1, 3")
            .unwrap()
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let open = |group, n| {
            (
                group,
                "2025-02-01".to_owned(),
                0,
                String::new(),
                n,
                "2025-01-01".to_owned(),
            )
        };
        assert_eq!(
            tally,
            [
                open(1, 1),
                (
                    1,
                    String::new(),
                    1,
                    "2026-01-20".to_owned(),
                    1,
                    "2025-01-20".to_owned()
                ),
                open(2, 1)
            ]
        );
    }

    #[test]
    fn version_9_puts_the_latest_serial_on_each_enrollment_and_keeps_it_current() {
        let conn = at_version(8);
        // User 1 renewed (the later completion counts, also when it was recorded first).
        conn.execute_batch(RENEWED).unwrap();
        conn.execute_batch(MIGRATIONS[8]).unwrap();
        let serials = || -> Vec<(i64, Option<String>)> {
            conn.prepare("SELECT user_id, serial FROM enrollment ORDER BY user_id")
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap()
        };
        assert_eq!(serials(), [(1, Some("S1".to_owned())), (2, None)]);

        // A new completion brings its serial; an older one recorded late does not.
        conn.execute_batch(
            "INSERT INTO completion (user_id, course_id, completed_on, serial, expires_on, created_at)
                 VALUES (2, 1, '2025-03-01', 'S2', '2026-03-01', 'now'), (2, 1, '2025-02-01', 'S3', '2026-02-01', 'now');",
        )
        .unwrap();
        assert_eq!(
            serials(),
            [(1, Some("S1".to_owned())), (2, Some("S2".to_owned()))]
        );
        // A serial replaced on the completion (anonymisation) is replaced on the enrollment.
        conn.execute_batch("UPDATE completion SET serial = 'erased-' || serial WHERE user_id = 1")
            .unwrap();
        assert_eq!(
            serials(),
            [(1, Some("erased-S1".to_owned())), (2, Some("S2".to_owned()))]
        );
    }

    #[test]
    fn version_10_keeps_earlier_events_in_the_store_level_chain() {
        let conn = at_version(9);
        conn.execute_batch(
            "INSERT INTO audit_event (seq, at, actor, tenant, action, target, prev, hash)
                 VALUES (1, 'now', 'a', 'acme', 'tenant.create', '{}', 'p', 'h1'),
                        (2, 'now', 'a', NULL, 'token.create', '{}', 'h1', 'h2');",
        )
        .unwrap();
        conn.execute_batch(MIGRATIONS[9]).unwrap();
        let chains: Vec<(i64, String)> = conn
            .prepare("SELECT seq, chain FROM audit_event ORDER BY seq")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(chains, [(1, String::new()), (2, String::new())]);
        let plan: String = conn
            .query_row(
                "EXPLAIN QUERY PLAN SELECT hash FROM audit_event WHERE chain = 'acme' ORDER BY seq DESC LIMIT 1",
                [],
                |r| r.get(3),
            )
            .unwrap();
        assert!(plan.contains("USING INDEX audit_event_chain"), "{plan}");
    }

    #[test]
    fn the_email_index_statement_is_the_schemas() {
        assert!(MIGRATIONS[0].contains(&format!("{EMAIL_INDEX};")));
        assert!(EMAIL_INDEX.contains(EMAIL_INDEX_NAME));
    }
}
