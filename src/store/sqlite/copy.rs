//! The SQLite store as either end of `lmsctl store copy` ([`crate::store::copy`]): its
//! values already are the portable form.

use std::collections::BTreeMap;

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Statement, ToSql};

use super::SqliteStore;
use crate::error::{Error, Result};
use crate::store::copy::{self, Copyable, RowSink, Shape, Snapshot, Table, Value};

impl Copyable for SqliteStore {
    fn shape(&self) -> Result<Shape> {
        self.read(|conn| {
            let mut tables = conn.prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
            )?;
            let names: Vec<String> = tables
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let mut shape = Shape::new();
            for name in names {
                let mut info = conn.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
                let columns = info
                    .query_map([&name], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                shape.insert(name, columns);
            }
            Ok(shape)
        })
    }

    fn snapshot(&self, read: &mut dyn FnMut(&mut dyn Snapshot) -> Result<()>) -> Result<()> {
        let mut conn = self.lock()?;
        // A deferred transaction: its first read fixes the snapshot every later one sees.
        let tx = conn.transaction()?;
        read(&mut SqliteSnapshot { conn: &tx })?;
        tx.rollback()?;
        Ok(())
    }

    fn load(
        &self,
        tables: &[Table],
        next_ids: &BTreeMap<String, i64>,
        fill: &mut dyn FnMut(&Table, &mut dyn RowSink) -> Result<()>,
        check: &mut dyn FnMut(&BTreeMap<String, u64>) -> Result<()>,
    ) -> Result<()> {
        self.use_bulk_cache()?;
        self.write(|w| {
            let tx = w.tx;
            copy::refuse_occupied(&counts(tx, tables)?)?;
            // A manager or a parent tenant may come later in its table than the rows
            // naming it: the references are checked at commit.
            tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
            for table in tables.iter().rev() {
                tx.execute(&format!("DELETE FROM \"{}\"", table.name), [])?;
            }
            for table in tables {
                let placeholders = vec!["?"; table.columns.len()].join(", ");
                let mut insert = tx.prepare(&format!(
                    "INSERT INTO \"{}\" ({}) VALUES ({placeholders})",
                    table.name,
                    table.column_list()
                ))?;
                fill(table, &mut SqliteSink { insert: &mut insert })?;
            }
            for (table, &last) in next_ids {
                keep_sequence(tx, table, last)?;
            }
            check(&counts(tx, tables)?)
        })
    }
}

struct SqliteSnapshot<'a> {
    conn: &'a rusqlite::Connection,
}

impl Snapshot for SqliteSnapshot<'_> {
    fn count(&mut self, table: &str) -> Result<u64> {
        Ok(self
            .conn
            .query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| r.get(0))?)
    }

    fn rows(&mut self, table: &Table, each: &mut dyn FnMut(&[Value]) -> Result<()>) -> Result<()> {
        let mut select =
            self.conn
                .prepare(&format!("SELECT {} FROM \"{}\"", table.column_list(), table.name))?;
        let mut rows = select.query([])?;
        let mut values = Vec::with_capacity(table.columns.len());
        while let Some(row) = rows.next()? {
            values.clear();
            for i in 0..table.columns.len() {
                values.push(match row.get_ref(i)? {
                    ValueRef::Null => Value::Null,
                    ValueRef::Integer(n) => Value::Int(n),
                    ValueRef::Real(x) => Value::Real(x),
                    ValueRef::Text(bytes) => Value::Text(
                        String::from_utf8(bytes.to_vec())
                            .map_err(|_| not_utf8(table.name, &table.columns[i]))?,
                    ),
                    ValueRef::Blob(bytes) => Value::Blob(bytes.to_vec()),
                });
            }
            each(&values)?;
        }
        Ok(())
    }

    fn next_ids(&mut self) -> Result<BTreeMap<String, i64>> {
        let mut stmt = self.conn.prepare("SELECT name, seq FROM sqlite_sequence")?;
        let ids = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }
}

struct SqliteSink<'a, 'conn> {
    insert: &'a mut Statement<'conn>,
}

impl RowSink for SqliteSink<'_, '_> {
    fn push(&mut self, row: &[Value]) -> Result<()> {
        self.insert.execute(rusqlite::params_from_iter(row))?;
        Ok(())
    }
}

impl ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Int(n) => ValueRef::Integer(*n),
            Value::Real(x) => ValueRef::Real(*x),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

fn counts(conn: &rusqlite::Connection, tables: &[Table]) -> Result<BTreeMap<String, u64>> {
    let mut snapshot = SqliteSnapshot { conn };
    tables
        .iter()
        .map(|t| Ok((t.name.to_owned(), snapshot.count(t.name)?)))
        .collect()
}

/// A table whose ids are never used twice (AUTOINCREMENT) goes on after the
/// source's last id, even where the rows with the highest ids are gone.
fn keep_sequence(conn: &rusqlite::Connection, table: &str, last: i64) -> Result<()> {
    let autoincrement: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?1 AND sql LIKE '%AUTOINCREMENT%'",
        [table],
        |r| r.get(0),
    )?;
    if !autoincrement {
        return Ok(());
    }
    let raised = conn.execute(
        "UPDATE sqlite_sequence SET seq = max(seq, ?2) WHERE name = ?1",
        rusqlite::params![table, last],
    )?;
    if raised == 0 {
        conn.execute(
            "INSERT INTO sqlite_sequence (name, seq) VALUES (?1, ?2)",
            rusqlite::params![table, last],
        )?;
    }
    Ok(())
}

fn not_utf8(table: &str, column: &str) -> Error {
    Error::failure(format!(
        "the source store holds text that is not UTF-8 in {table}.{column}"
    ))
    .with_hint("the store was written by another program; repair the value, then copy again")
}
