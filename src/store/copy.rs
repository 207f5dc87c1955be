/*!
`lmsctl store copy`: a whole store moved to another backend (SQLite to PostgreSQL,
PostgreSQL to SQLite, or a backend to itself), so that the copy answers every command
as the original does.

Both backends keep the same tables with the same columns, so a copy is table by
table, row by row, every id kept, and with the store's secret (the key of the
suppression list's hashes) and the audit trail's hashes as they are: the copy verifies
with the original's anchors. Rows travel in one portable form, SQLite's own (days as
`YYYY-MM-DD` text, booleans as 0 and 1, binary as bytes), which each backend reads
from and writes to its columns.

The source is read in one snapshot; the target is written in one transaction, so a
copy that fails leaves the target as it was. The target must be empty. The report
tallies are not copied: the target's triggers count them from the copied rows.
*/

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::postgres::PostgresStore;
use super::sqlite::SqliteStore;
use super::{Backend, Location, Rules, Session};
use crate::error::{Error, ErrorKind, Result};

/// The tables a copy carries, each after the tables it refers to. Completions go
/// before enrollments: an enrollment carries its latest certificate already, and a
/// completion arriving after its enrollment would make the target's trigger update
/// the enrollment once per completion.
pub const TABLES: &[&str] = &[
    "tenant",
    "user",
    "user_group",
    "group_member",
    "course",
    "assignment",
    "completion",
    "enrollment",
    "user_activity",
    "consent",
    "subject_request",
    "suppression",
    "api_token",
    "audit_event",
    "audit_subject",
    "store_secret",
];

/// Tables the target derives from the copied rows (its triggers count them).
pub const DERIVED: &[&str] = &["enrollment_tally", "group_tally"];

/// The table a store always holds rows of (the secret it makes when it is created),
/// which a copy replaces.
const SECRET: &str = "store_secret";

/// One value of a row in the portable form.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// Each table's columns, by name, in the store's order.
pub type Shape = BTreeMap<String, Vec<String>>;

/// Where a copy's rows go: one table at a time.
pub trait RowSink {
    fn push(&mut self, row: &[Value]) -> Result<()>;
}

/// A store, as one end of a copy.
pub trait Copyable {
    /// The tables and their columns.
    fn shape(&self) -> Result<Shape>;

    /// Runs `read` in one snapshot of the store.
    fn snapshot(&self, read: &mut dyn FnMut(&mut dyn Snapshot) -> Result<()>) -> Result<()>;

    /// Empties `tables` (the store must hold nothing but its secret), then fills
    /// each from `fill`, gives every id sequence at least the position in
    /// `next_ids` (table → the last id handed out), and counts each table's rows:
    /// all in one transaction, which commits only if `check` accepts the counts.
    fn load(
        &self,
        tables: &[Table],
        next_ids: &BTreeMap<String, i64>,
        fill: &mut dyn FnMut(&Table, &mut dyn RowSink) -> Result<()>,
        check: &mut dyn FnMut(&BTreeMap<String, u64>) -> Result<()>,
    ) -> Result<()>;

    /// After a committed load: whatever makes the new rows as quick to read as rows
    /// written one by one (nothing, unless the backend says otherwise).
    fn settle(&self, _tables: &[Table]) -> Result<()> {
        Ok(())
    }
}

/// A store a copy can read or fill, which then answers as a store.
pub trait CopyEnd: Copyable + Backend {}

impl<T: Copyable + Backend> CopyEnd for T {}

/// Opens the store at `location` as one end of a copy: a SQLite file (created if
/// missing) or a PostgreSQL database, not a server.
pub fn open(location: &Location, session: &Session, rules: &'static dyn Rules) -> Result<Box<dyn CopyEnd>> {
    match location {
        Location::Sqlite(path) => Ok(Box::new(SqliteStore::open_with(path, session.clone(), rules)?)),
        Location::Postgres(address) => Ok(Box::new(PostgresStore::open(address, session.clone(), rules)?)),
        Location::Remote(url) => Err(Error::usage(format!(
            "store copy reads and writes stores themselves, not a server: {url}"
        ))
        .with_hint("run it where the server's store is, with the store's file or postgres:// address")),
    }
}

/// The source's side of a copy, within its snapshot.
pub trait Snapshot {
    fn count(&mut self, table: &str) -> Result<u64>;

    /// Every row of `table`, its `columns` in that order, in key order.
    fn rows(&mut self, table: &Table, each: &mut dyn FnMut(&[Value]) -> Result<()>) -> Result<()>;

    /// The last id each table's sequence handed out, where the store keeps one
    /// (ids are never used twice, not even those of deleted rows).
    fn next_ids(&mut self) -> Result<BTreeMap<String, i64>>;
}

/// A table as copied: its name and the columns both stores have.
#[derive(Debug, Clone)]
pub struct Table {
    pub name: &'static str,
    pub columns: Vec<String>,
}

impl Table {
    /// The columns, quoted, for a statement: `"id", "slug", ...`.
    pub fn column_list(&self) -> String {
        self.columns
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// What a copy did: the rows of each table, in the order copied.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Copied {
    pub tables: Vec<CopiedTable>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CopiedTable {
    pub table: String,
    pub rows: u64,
}

/// How far a copy is: the table being copied, and the rows done of all.
pub trait Progress {
    fn start(&mut self, total_rows: u64);
    fn table(&mut self, table: &str);
    fn rows(&mut self, done: u64);
}

/// Copies everything `from` holds into `to`, which must be empty.
pub fn copy(from: &dyn Copyable, to: &dyn Copyable, progress: &mut dyn Progress) -> Result<Copied> {
    let tables = plan(&from.shape()?, &to.shape()?)?;
    let mut copied = None;
    from.snapshot(&mut |source| {
        let mut counts = BTreeMap::new();
        for table in &tables {
            counts.insert(table.name.to_owned(), source.count(table.name)?);
        }
        progress.start(counts.values().sum());
        let next_ids = source.next_ids()?;
        let mut done = 0u64;
        to.load(
            &tables,
            &next_ids,
            &mut |table, sink| {
                progress.table(table.name);
                source.rows(table, &mut |row| {
                    sink.push(row)?;
                    done += 1;
                    if done.is_multiple_of(PROGRESS_EVERY) {
                        progress.rows(done);
                    }
                    Ok(())
                })
            },
            &mut |landed| compare(&counts, landed),
        )?;
        progress.rows(done);
        copied = Some(Copied {
            tables: tables
                .iter()
                .map(|t| CopiedTable {
                    table: t.name.to_owned(),
                    rows: counts[t.name],
                })
                .collect(),
        });
        Ok(())
    })?;
    // After the source's snapshot is let go: settling a large target takes a while.
    to.settle(&tables)?;
    copied.ok_or_else(|| Error::failure("the copy read no snapshot of the source store"))
}

/// How many rows pass between two progress reports.
const PROGRESS_EVERY: u64 = 10_000;

/// The tables to copy with their columns, once both stores are known to keep the
/// same tables and columns (whatever their order).
fn plan(source: &Shape, target: &Shape) -> Result<Vec<Table>> {
    for (side, shape) in [("source", source), ("target", target)] {
        if let Some(unknown) = shape
            .keys()
            .find(|t| !TABLES.contains(&t.as_str()) && !DERIVED.contains(&t.as_str()))
        {
            return Err(Error::new(
                ErrorKind::Failure,
                format!("the {side} store has a table this lmsctl does not know how to copy: {unknown}"),
            )
            .with_hint("use the lmsctl release that made the store, or upgrade lmsctl"));
        }
    }
    TABLES
        .iter()
        .map(|&name| {
            let (Some(ours), Some(theirs)) = (source.get(name), target.get(name)) else {
                return Err(differ(format!("table {name} is missing")));
            };
            let mut a = ours.clone();
            let mut b = theirs.clone();
            a.sort();
            b.sort();
            if a != b {
                return Err(differ(format!(
                    "table {name} has the columns ({}) in the source and ({}) in the target",
                    ours.join(", "),
                    theirs.join(", ")
                )));
            }
            Ok(Table {
                name,
                columns: ours.clone(),
            })
        })
        .collect()
}

fn differ(what: String) -> Error {
    Error::new(
        ErrorKind::Failure,
        format!("the two stores' schemas differ: {what}"),
    )
    .with_hint(
        "open both stores with this lmsctl first (it brings each to its newest schema), then copy again",
    )
}

/// The target's counts against the source's: a copy that lost or gained a row is
/// not committed.
fn compare(source: &BTreeMap<String, u64>, target: &BTreeMap<String, u64>) -> Result<()> {
    for (table, &rows) in source {
        let landed = target.get(table).copied().unwrap_or(0);
        if landed != rows {
            return Err(Error::failure(format!(
                "the copy of table {table} holds {landed} rows, the source {rows}; nothing was copied"
            ))
            .with_hint("a trigger or constraint of the target changed the rows: report this as a bug"));
        }
    }
    Ok(())
}

/// The target's tables holding rows, which a copy refuses to mix with.
pub fn refuse_occupied(counts: &BTreeMap<String, u64>) -> Result<()> {
    let held: Vec<String> = TABLES
        .iter()
        .filter(|&&t| t != SECRET)
        .filter_map(|&t| counts.get(t).filter(|&&n| n > 0).map(|n| format!("{t}: {n}")))
        .collect();
    if held.is_empty() {
        return Ok(());
    }
    Err(Error::new(
        ErrorKind::Refused,
        format!("the target store is not empty ({})", held.join(", ")),
    )
    .with_hint("copy into a new store: a file that does not exist yet, or a new database (createdb NAME)"))
}

/// Whether the table is the store's secret, which a new store already holds and a
/// copy replaces.
pub fn is_secret(table: &str) -> bool {
    table == SECRET
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(tables: &[(&str, &[&str])]) -> Shape {
        tables
            .iter()
            .map(|(t, cols)| (t.to_string(), cols.iter().map(|c| c.to_string()).collect()))
            .collect()
    }

    fn full(extra: &[(&str, &[&str])]) -> Shape {
        let mut s = shape(extra);
        for t in TABLES.iter().chain(DERIVED) {
            s.entry(t.to_string()).or_insert_with(|| vec!["id".to_owned()]);
        }
        s
    }

    #[test]
    fn columns_in_another_order_are_the_same_table() {
        let a = full(&[("tenant", &["id", "slug", "retention_months"])]);
        let b = full(&[("tenant", &["id", "retention_months", "slug"])]);
        let tables = plan(&a, &b).unwrap();
        assert_eq!(tables[0].name, "tenant");
        assert_eq!(tables[0].columns, ["id", "slug", "retention_months"]);
        assert_eq!(tables.len(), TABLES.len());
    }

    #[test]
    fn a_missing_column_or_an_unknown_table_is_refused() {
        let a = full(&[("tenant", &["id", "slug"])]);
        let b = full(&[("tenant", &["id"])]);
        let err = plan(&a, &b).unwrap_err();
        assert!(
            err.to_string()
                .contains("table tenant has the columns (id, slug)"),
            "{err}"
        );
        let c = full(&[("badges", &["id"])]);
        let err = plan(&c, &a).unwrap_err();
        assert!(err.to_string().contains("source store has a table"), "{err}");
    }

    #[test]
    fn only_the_secret_may_be_there_already() {
        let mut counts = BTreeMap::from([("store_secret".to_owned(), 1), ("user".to_owned(), 0)]);
        refuse_occupied(&counts).unwrap();
        counts.insert("tenant".to_owned(), 2);
        let err = refuse_occupied(&counts).unwrap_err();
        assert_eq!(err.exit_code(), 1);
        assert!(err.to_string().contains("(tenant: 2)"), "{err}");
    }

    #[test]
    fn a_lost_row_stops_the_copy() {
        let source = BTreeMap::from([("user".to_owned(), 3)]);
        let err = compare(&source, &BTreeMap::from([("user".to_owned(), 2)])).unwrap_err();
        assert!(
            err.to_string().contains("user holds 2 rows, the source 3"),
            "{err}"
        );
        compare(&source, &source).unwrap();
    }
}
