//! The PostgreSQL store as either end of `lmsctl store copy` ([`crate::store::copy`]):
//! rows are read in SQLite's portable form (days as text, booleans as 0/1) and
//! written with one `COPY` per table, whose text format PostgreSQL parses into each
//! column's type.

use std::collections::BTreeMap;
use std::io::Write;

use postgres::fallible_iterator::FallibleIterator;
use postgres::types::ToSql;
use postgres::{CopyInWriter, GenericClient, Transaction};

use super::PostgresStore;
use crate::error::{Error, ErrorKind, Result};
use crate::store::copy::{self, Copyable, RowSink, Shape, Snapshot, Table, Value};

/// The store's own tables (not the migration bookkeeping), with each column's type.
const COLUMNS: &str = "
    SELECT c.table_name::text, c.column_name::text, c.data_type::text
    FROM information_schema.columns c
    JOIN information_schema.tables t USING (table_schema, table_name)
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      AND c.table_name <> 'store_schema'
    ORDER BY c.table_name, c.ordinal_position";

/// Each identity column's table, column and sequence.
const IDENTITIES: &str = "
    SELECT table_name::text, column_name::text,
           pg_get_serial_sequence(format('%I', table_name), column_name)
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND is_identity = 'YES'";

impl Copyable for PostgresStore {
    fn shape(&self) -> Result<Shape> {
        self.read(|tx| {
            let mut shape = Shape::new();
            for (table, column, _) in columns(tx)? {
                shape.entry(table).or_default().push(column);
            }
            Ok(shape)
        })
    }

    fn snapshot(&self, read: &mut dyn FnMut(&mut dyn Snapshot) -> Result<()>) -> Result<()> {
        self.read(|tx| {
            let mut types = BTreeMap::new();
            for (table, column, data_type) in columns(tx)? {
                types.insert((table, column), data_type);
            }
            read(&mut PgSnapshot { tx, types })
        })
    }

    fn load(
        &self,
        tables: &[Table],
        next_ids: &BTreeMap<String, i64>,
        fill: &mut dyn FnMut(&Table, &mut dyn RowSink) -> Result<()>,
        check: &mut dyn FnMut(&BTreeMap<String, u64>) -> Result<()>,
    ) -> Result<()> {
        self.write(|w| {
            let tx = &mut w.tx;
            // Nobody else writes to the store while it is filled; readers may read.
            let names: Vec<String> = tables.iter().map(|t| format!("\"{}\"", t.name)).collect();
            tx.batch_execute(&format!("LOCK TABLE {} IN EXCLUSIVE MODE", names.join(", ")))?;
            copy::refuse_occupied(&counts(tx, tables)?)?;
            for table in tables.iter().rev() {
                tx.batch_execute(&format!("DELETE FROM \"{}\"", table.name))?;
            }
            let owned = owns(tx, tables)?;
            for table in tables {
                let aside = if owned {
                    SetAside::take(tx, table.name)?
                } else {
                    SetAside::default()
                };
                copy_table(tx, table, fill)?;
                aside.restore(tx)?;
            }
            keep_sequences(tx, next_ids)?;
            check(&counts(tx, tables)?)
        })
    }

    /// VACUUM and ANALYZE of every table copied: rows written by COPY have neither
    /// their visibility settled nor statistics, so without it the first reads write
    /// hint bits to every page and the planner guesses (`tenant list` counted a
    /// copied tenant's 100,000 users in 0.4 s instead of 0.02 s).
    fn settle(&self, tables: &[Table]) -> Result<()> {
        let names: Vec<String> = tables.iter().map(|t| format!("\"{}\"", t.name)).collect();
        self.lock()?
            .batch_execute(&format!("VACUUM (ANALYZE) {}", names.join(", ")))?;
        Ok(())
    }
}

/// One statement per table: a manager or parent tenant later in the table than the
/// rows naming it is there when the references are checked.
fn copy_table(
    tx: &mut Transaction<'_>,
    table: &Table,
    fill: &mut dyn FnMut(&Table, &mut dyn RowSink) -> Result<()>,
) -> Result<()> {
    let writer = tx.copy_in(&format!(
        "COPY \"{}\" ({}) FROM STDIN",
        table.name,
        table.column_list()
    ))?;
    let mut sink = PgSink {
        writer,
        line: String::new(),
    };
    fill(table, &mut sink)?;
    sink.writer.finish()?;
    Ok(())
}

/// Whether this login owns every table to fill (it made them, unless the database
/// team did): only the owner may set indexes and foreign keys aside.
fn owns(tx: &mut Transaction<'_>, tables: &[Table]) -> Result<bool> {
    let names: Vec<String> = tables.iter().map(|t| format!("\"{}\"", t.name)).collect();
    Ok(tx
        .query_one(
            "SELECT coalesce(bool_and(pg_has_role(c.relowner, 'USAGE')), false)
             FROM pg_class c WHERE c.oid = ANY (SELECT unnest($1::text[])::regclass)",
            &[&names],
        )?
        .get(0))
}

/// A table's secondary indexes and foreign keys, set aside while its rows go in and
/// made again after, in the same transaction: one index build and one set-based
/// check of each reference, instead of an index insertion and a look-up per row
/// (11 million enrollments are two orders of magnitude more rows than a store's
/// ordinary writes). Its primary key and unique constraints stay: other tables'
/// references and the tally triggers rely on them.
#[derive(Default)]
struct SetAside {
    indexes: Vec<String>,
    references: Vec<(String, String)>,
    table: String,
}

impl SetAside {
    fn take(tx: &mut Transaction<'_>, table: &str) -> Result<SetAside> {
        let relation = format!("\"{table}\"");
        let references: Vec<(String, String)> = tx
            .query(
                "SELECT conname::text, pg_get_constraintdef(oid) FROM pg_constraint
                 WHERE conrelid = $1::text::regclass AND contype = 'f' ORDER BY conname",
                &[&relation],
            )?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        let indexes: Vec<(String, String)> = tx
            .query(
                "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
                 WHERE i.indrelid = $1::text::regclass
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
                 ORDER BY 1",
                &[&relation],
            )?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        for (name, _) in &references {
            tx.batch_execute(&format!("ALTER TABLE {relation} DROP CONSTRAINT \"{name}\""))?;
        }
        for (name, _) in &indexes {
            tx.batch_execute(&format!("DROP INDEX {name}"))?;
        }
        Ok(SetAside {
            indexes: indexes.into_iter().map(|(_, definition)| definition).collect(),
            references,
            table: relation,
        })
    }

    /// The indexes built again (a duplicate in a unique one fails the copy), then the
    /// references checked and declared again.
    fn restore(self, tx: &mut Transaction<'_>) -> Result<()> {
        for definition in &self.indexes {
            tx.batch_execute(definition)?;
        }
        for (name, definition) in &self.references {
            tx.batch_execute(&format!(
                "ALTER TABLE {} ADD CONSTRAINT \"{name}\" {definition}",
                self.table
            ))?;
        }
        Ok(())
    }
}

fn columns(tx: &mut Transaction<'_>) -> Result<Vec<(String, String, String)>> {
    Ok(tx
        .query(COLUMNS, &[])?
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect())
}

fn counts(tx: &mut Transaction<'_>, tables: &[Table]) -> Result<BTreeMap<String, u64>> {
    tables
        .iter()
        .map(|t| Ok((t.name.to_owned(), count(tx, t.name)?)))
        .collect()
}

fn count(client: &mut impl GenericClient, table: &str) -> Result<u64> {
    let n: i64 = client
        .query_one(&format!("SELECT count(*) FROM \"{table}\""), &[])?
        .get(0);
    Ok(n.unsigned_abs())
}

/// Every identity sequence goes on after the higher of the copied rows' greatest id
/// and the source's last id handed out.
fn keep_sequences(tx: &mut Transaction<'_>, next_ids: &BTreeMap<String, i64>) -> Result<()> {
    for row in tx.query(IDENTITIES, &[])? {
        let (table, column, sequence): (String, String, Option<String>) =
            (row.get(0), row.get(1), row.get(2));
        let Some(sequence) = sequence else { continue };
        let highest: Option<i64> = tx
            .query_one(&format!("SELECT max(\"{column}\") FROM \"{table}\""), &[])?
            .get(0);
        let last = highest.into_iter().chain(next_ids.get(&table).copied()).max();
        if let Some(last) = last.filter(|&n| n > 0) {
            tx.execute("SELECT setval($1::text::regclass, $2)", &[&sequence, &last])?;
        }
    }
    Ok(())
}

struct PgSnapshot<'a, 'tx> {
    tx: &'a mut Transaction<'tx>,
    /// (table, column) → the column's type, as information_schema names it.
    types: BTreeMap<(String, String), String>,
}

/// How a column of a type is read into the portable form.
enum Read {
    Int,
    Real,
    Text,
    Blob,
}

impl PgSnapshot<'_, '_> {
    /// The select expression and the way to read a column.
    fn expression(&self, table: &str, column: &str) -> Result<(String, Read)> {
        let data_type = self
            .types
            .get(&(table.to_owned(), column.to_owned()))
            .ok_or_else(|| Error::failure(format!("the source store has no column {table}.{column}")))?;
        let quoted = format!("\"{column}\"");
        Ok(match data_type.as_str() {
            "bigint" | "integer" | "smallint" => (format!("{quoted}::bigint"), Read::Int),
            "boolean" => (format!("{quoted}::int::bigint"), Read::Int),
            "double precision" | "real" | "numeric" => (format!("{quoted}::float8"), Read::Real),
            "date" => (format!("to_char({quoted}, 'YYYY-MM-DD')"), Read::Text),
            "bytea" => (quoted, Read::Blob),
            _ => (format!("{quoted}::text"), Read::Text),
        })
    }

    fn key(&mut self, table: &str) -> Result<String> {
        let key: Vec<String> = self
            .tx
            .query(
                "SELECT a.attname::text FROM pg_index i
                 JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                 WHERE i.indrelid = format('%I', $1::text)::regclass AND i.indisprimary
                 ORDER BY array_position(i.indkey::int2[], a.attnum)",
                &[&table],
            )?
            .iter()
            .map(|r| format!("\"{}\"", r.get::<_, String>(0)))
            .collect();
        Ok(if key.is_empty() {
            String::new()
        } else {
            format!(" ORDER BY {}", key.join(", "))
        })
    }
}

impl Snapshot for PgSnapshot<'_, '_> {
    fn count(&mut self, table: &str) -> Result<u64> {
        count(self.tx, table)
    }

    fn rows(&mut self, table: &Table, each: &mut dyn FnMut(&[Value]) -> Result<()>) -> Result<()> {
        let mut selected = Vec::new();
        let mut reads = Vec::new();
        for column in &table.columns {
            let (expression, read) = self.expression(table.name, column)?;
            selected.push(expression);
            reads.push(read);
        }
        // In key order, as the table was filled: a SQLite target appends to its
        // B-trees instead of inserting all over them.
        let order = self.key(table.name)?;
        let sql = format!("SELECT {} FROM \"{}\"{order}", selected.join(", "), table.name);
        let mut rows = self
            .tx
            .query_raw(sql.as_str(), std::iter::empty::<&dyn ToSql>())?;
        let mut values = Vec::with_capacity(reads.len());
        while let Some(row) = rows.next()? {
            values.clear();
            for (i, read) in reads.iter().enumerate() {
                values.push(match read {
                    Read::Int => row.get::<_, Option<i64>>(i).map_or(Value::Null, Value::Int),
                    Read::Real => row.get::<_, Option<f64>>(i).map_or(Value::Null, Value::Real),
                    Read::Text => row.get::<_, Option<String>>(i).map_or(Value::Null, Value::Text),
                    Read::Blob => row.get::<_, Option<Vec<u8>>>(i).map_or(Value::Null, Value::Blob),
                });
            }
            each(&values)?;
        }
        Ok(())
    }

    fn next_ids(&mut self) -> Result<BTreeMap<String, i64>> {
        let mut ids = BTreeMap::new();
        for row in self.tx.query(IDENTITIES, &[])? {
            let (table, sequence): (String, Option<String>) = (row.get(0), row.get(2));
            let Some(sequence) = sequence else { continue };
            let (last, called): (i64, bool) = {
                let r = self
                    .tx
                    .query_one(&format!("SELECT last_value, is_called FROM {sequence}"), &[])?;
                (r.get(0), r.get(1))
            };
            if called {
                ids.insert(table, last);
            }
        }
        Ok(ids)
    }
}

struct PgSink<'a> {
    writer: CopyInWriter<'a>,
    line: String,
}

impl RowSink for PgSink<'_> {
    fn push(&mut self, row: &[Value]) -> Result<()> {
        self.line.clear();
        for (i, value) in row.iter().enumerate() {
            if i > 0 {
                self.line.push('\t');
            }
            copy_text(&mut self.line, value);
        }
        self.line.push('\n');
        self.writer.write_all(self.line.as_bytes()).map_err(|e| {
            Error::new(
                ErrorKind::Unavailable,
                format!("the copy into PostgreSQL broke off: {e}"),
            )
            .with_hint("check the database server's log, then copy again into an empty database")
        })
    }
}

/// A value in COPY's text format.
fn copy_text(line: &mut String, value: &Value) {
    use std::fmt::Write as _;
    match value {
        Value::Null => line.push_str("\\N"),
        Value::Int(n) => {
            let _ = write!(line, "{n}");
        }
        Value::Real(x) if x.is_nan() => line.push_str("NaN"),
        Value::Real(x) if x.is_infinite() => line.push_str(if *x > 0.0 { "Infinity" } else { "-Infinity" }),
        // Rust writes the shortest text that reads back as the same double.
        Value::Real(x) => {
            let _ = write!(line, "{x}");
        }
        Value::Text(s) => {
            for c in s.chars() {
                match c {
                    '\\' => line.push_str("\\\\"),
                    '\n' => line.push_str("\\n"),
                    '\r' => line.push_str("\\r"),
                    '\t' => line.push_str("\\t"),
                    c => line.push(c),
                }
            }
        }
        // bytea's hex input, its backslash doubled for COPY.
        Value::Blob(bytes) => {
            line.push_str("\\\\x");
            line.push_str(&hex::encode(bytes));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_for_copy() {
        let mut line = String::new();
        for v in [
            Value::Null,
            Value::Int(-7),
            Value::Real(0.1),
            Value::Text("a\\b\tc\nd\re".into()),
            Value::Blob(vec![0, 255]),
        ] {
            copy_text(&mut line, &v);
            line.push('|');
        }
        assert_eq!(line, "\\N|-7|0.1|a\\\\b\\tc\\nd\\re|\\\\x00ff|");
    }
}
