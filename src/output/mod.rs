/*!
All output of lmsctl goes through here: results to stdout in the chosen format,
everything else (status, warnings) to stderr.

Rows are serialised once with serde; the table, CSV and JSON forms are all views of
that one serialisation, so the formats cannot drift apart. Field order is the
struct's field order (serde_json keeps it), which makes the JSON and CSV columns
stable. CSV cells that a spreadsheet would run as a formula are neutralised here,
once, for every command.
*/

use std::fmt::Display;
use std::io::{self, IsTerminal, Write};
use std::sync::mpsc;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use tabled::builder::Builder;
use tabled::settings::{Padding, Style};

use crate::core::fields::escape_controls;
use crate::error::{Error, Result};

mod cells;
mod html;

pub use html::{Axis, Bar, Chart, Column, Fill, Page, ReportContext, Series, Table, percent};

/// `-o/--output`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    #[default]
    Table,
    /// One JSON document (an array for lists): the canonical machine format.
    Json,
    /// One JSON object per line, for streaming into jq or a log pipeline.
    Ndjson,
    /// RFC 4180 CSV with a header row; formula-like cells are neutralised.
    Csv,
    /// A self-contained HTML page (no external assets): a table, and for reports a
    /// bar chart as inline SVG.
    Html,
}

/// `--csv-dialect`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum CsvDialect {
    /// Comma-separated UTF-8, LF line ends.
    #[default]
    Standard,
    /// What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF.
    Excel,
}

/// The columns a list shows as a table (JSON and CSV carry every field).
pub trait Columns {
    const COLUMNS: &'static [&'static str];
    /// The page title for `-o html` (reports describe their own page).
    const TITLE: &'static str = "lmsctl";
}

/// Rows handed from `Printer::stream`'s reader to its writer at a time ...
const BATCH_ROWS: usize = 1024;
/// ... and how many batches may wait: memory stays bounded however long the list.
const BATCHES_AHEAD: usize = 4;

enum Batch<R> {
    Rows(Vec<R>),
    /// All rows came; without it the reader failed and the list stays open.
    End,
}

pub struct Printer {
    format: Format,
    dialect: CsvDialect,
    quiet: bool,
}

impl Printer {
    pub fn new(format: Format, dialect: CsvDialect, quiet: bool) -> Self {
        Printer {
            format,
            dialect,
            quiet,
        }
    }

    /// Prints a list of rows.
    pub fn list<T: Serialize + DeserializeOwned + Columns>(&self, rows: &[T]) -> Result<()> {
        if matches!(self.format, Format::Table | Format::Html) {
            return self.table_or_page(&rows.iter().collect::<Vec<_>>());
        }
        finish_stdout(self.write_rows::<T>(|write| {
            rows.iter().try_for_each(write)?;
            Ok(true)
        }))
    }

    /// Prints a list that `fill` hands over row by row: the machine formats write each
    /// row as it comes (no list is held in memory); a table or page needs them all first.
    ///
    /// The rows are written on a thread of their own while `fill` reads the next ones,
    /// so on two cores a long list takes about the longer of the two, not their sum.
    /// Written batches go back to be dropped (and their room reused) where the rows
    /// were made: memory freed on another thread than the one that allocated it makes
    /// the two threads wait on the allocator's lock.
    pub fn stream<T>(&self, fill: impl FnOnce(&mut dyn FnMut(T) -> Result<()>) -> Result<()>) -> Result<()>
    where
        T: Serialize + DeserializeOwned + Columns + Send,
    {
        if matches!(self.format, Format::Table | Format::Html) {
            let mut rows: Vec<T> = Vec::new();
            fill(&mut |row| {
                rows.push(row);
                Ok(())
            })?;
            let rows: Vec<&T> = rows.iter().collect();
            return self.table_or_page(&rows);
        }
        std::thread::scope(|scope| {
            let (batches, received) = mpsc::sync_channel::<Batch<T>>(BATCHES_AHEAD);
            let (written, emptied) = mpsc::channel::<Vec<T>>();
            let writer = scope.spawn(move || {
                self.write_rows::<T>(|write| {
                    for batch in received {
                        let Batch::Rows(rows) = batch else {
                            return Ok(true);
                        };
                        rows.iter().try_for_each(&mut *write)?;
                        // The reader may be gone already (it failed): then they drop here.
                        let _ = written.send(rows);
                    }
                    Ok(false)
                })
            });
            // A send fails only when the writer stopped; its error is reported below.
            let stopped = |_| Error::failure("output stopped");
            let mut batch = Vec::with_capacity(BATCH_ROWS);
            let filled = fill(&mut |row| {
                batch.push(row);
                if batch.len() == BATCH_ROWS {
                    let next = match emptied.try_recv() {
                        Ok(mut done) => {
                            done.clear();
                            done
                        }
                        Err(_) => Vec::with_capacity(BATCH_ROWS),
                    };
                    batches
                        .send(Batch::Rows(std::mem::replace(&mut batch, next)))
                        .map_err(stopped)?;
                }
                Ok(())
            })
            .and_then(|()| {
                batches.send(Batch::Rows(batch)).map_err(stopped)?;
                batches.send(Batch::End).map_err(stopped)
            });
            drop(batches);
            let written = writer
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            match written {
                Err(failed) => finish_stdout(Err(failed)),
                Ok(()) => filled,
            }
        })
    }

    /// Writes the rows `feed` hands over to stdout in a machine format; `feed` says
    /// whether all rows came, and only then is the list closed (`]`, or a CSV header
    /// when there were no rows).
    fn write_rows<T>(
        &self,
        feed: impl FnOnce(&mut dyn FnMut(&T) -> Result<(), OutputError>) -> Result<bool, OutputError>,
    ) -> Result<(), OutputError>
    where
        T: Serialize + DeserializeOwned,
    {
        let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
        let mut writer = RowWriter::new(self.format, self.dialect, &mut out)?;
        if feed(&mut |row| writer.row(row))? {
            writer.finish::<T>()?;
        } else {
            drop(writer);
        }
        out.flush().map_err(OutputError::Io)
    }

    /// A table for people, or with `-o html` a page.
    fn table_or_page<T: Serialize + Columns>(&self, rows: &[&T]) -> Result<()> {
        if self.format == Format::Html {
            let rows = rows.iter().map(to_object).collect::<Result<Vec<_>>>()?;
            return emit(&html::plain_page(T::TITLE, T::COLUMNS, &rows));
        }
        if rows.is_empty() {
            self.status("(no results)");
            return Ok(());
        }
        let mut builder = Builder::default();
        builder.push_record(T::COLUMNS.iter().map(|c| c.to_uppercase()));
        for row in rows {
            let row = to_object(row)?;
            builder.push_record(
                T::COLUMNS
                    .iter()
                    .map(|c| cell_text(row.get(*c).unwrap_or(&Value::Null))),
            );
        }
        emit(&render_table(builder))
    }

    /// Prints one record (`show`, `create`, `update`): a key/value table for people,
    /// one object in JSON, one line in NDJSON, a header and one row in CSV.
    pub fn record<T: Serialize>(&self, record: &T) -> Result<()> {
        let row = to_object(record)?;
        match self.format {
            Format::Table | Format::Html => {
                let mut builder = Builder::default();
                for (key, value) in &row {
                    builder.push_record([key.clone(), cell_text(value)]);
                }
                emit(&render_table(builder))
            }
            Format::Json => emit(&(to_json(&row)? + "\n")),
            Format::Ndjson => emit(&(to_json(&row)? + "\n")),
            Format::Csv => {
                let mut out = io::BufWriter::new(io::stdout().lock());
                let written = RowWriter::new(self.format, self.dialect, &mut out).and_then(|mut writer| {
                    writer
                        .row(&row)
                        .and_then(|()| writer.finish::<Map<String, Value>>())
                });
                finish_stdout(written.and_then(|()| out.flush().map_err(OutputError::Io)))
            }
        }
    }

    /// Text that is itself the result (e.g. a plan for people), printed as is.
    pub fn text(&self, text: &str) -> Result<()> {
        emit(text)
    }

    /// A progress or summary line on stderr, silenced by `--quiet`.
    pub fn status(&self, message: impl Display) {
        if !self.quiet {
            eprintln!("{}", escape_controls(&message.to_string(), true));
        }
    }

    /// A warning on stderr; shown even with `--quiet`.
    pub fn warn(&self, message: impl Display) {
        eprintln!("warning: {}", escape_controls(&message.to_string(), true));
    }
}

/// Writes rows one by one as CSV, JSON (one array) or NDJSON.
enum RowWriter<'a, W: Write> {
    Csv {
        csv: Box<csv::Writer<&'a mut W>>,
        header: bool,
        /// The fast way to cells, until a row turns out nested (then JSON values).
        cells: Option<cells::Cells>,
    },
    Json {
        out: &'a mut W,
        ndjson: bool,
        rows: u64,
    },
}

impl<'a, W: Write> RowWriter<'a, W> {
    fn new(format: Format, dialect: CsvDialect, out: &'a mut W) -> Result<Self, OutputError> {
        if format != Format::Csv {
            return Ok(RowWriter::Json {
                out,
                ndjson: format == Format::Ndjson,
                rows: 0,
            });
        }
        let (delimiter, terminator, bom) = match dialect {
            CsvDialect::Standard => (b',', csv::Terminator::Any(b'\n'), &b""[..]),
            CsvDialect::Excel => (b';', csv::Terminator::CRLF, "\u{feff}".as_bytes()),
        };
        out.write_all(bom)?;
        Ok(RowWriter::Csv {
            csv: Box::new(
                csv::WriterBuilder::new()
                    .delimiter(delimiter)
                    .terminator(terminator)
                    .from_writer(out),
            ),
            header: false,
            cells: Some(cells::Cells::default()),
        })
    }

    fn row<T: Serialize>(&mut self, row: &T) -> Result<(), OutputError> {
        match self {
            RowWriter::Csv { csv, header, cells } => {
                if let Some(fast) = cells.as_mut() {
                    if fast.fill(row) {
                        if !*header {
                            csv.write_record(&fast.names)?;
                            *header = true;
                        }
                        csv.write_record(fast.values())?;
                        return Ok(());
                    }
                    // Rows of one list share their shape: the next are nested too.
                    *cells = None;
                }
                let row = to_object(row).map_err(|e| OutputError::Other(e.message))?;
                if !*header {
                    csv.write_record(row.keys())?;
                    *header = true;
                }
                csv.write_record(row.values().map(|v| neutralise(cell_text(v))))?;
            }
            RowWriter::Json { out, ndjson, rows } => {
                let separator: &[u8] = match (*ndjson, *rows) {
                    (true, _) => b"",
                    (false, 0) => b"[",
                    (false, _) => b",",
                };
                out.write_all(separator)?;
                serde_json::to_writer(&mut **out, row)?;
                if *ndjson {
                    out.write_all(b"\n")?;
                }
                *rows += 1;
            }
        }
        Ok(())
    }

    /// Ends the list; with no rows, CSV still gets its header (from `T`'s field names),
    /// so that a cron job's CSV is a valid empty table.
    fn finish<T: DeserializeOwned>(self) -> Result<(), OutputError> {
        match self {
            RowWriter::Csv { mut csv, header, .. } => {
                if !header {
                    csv.write_record(field_names::<T>())?;
                }
                csv.flush()?;
            }
            RowWriter::Json { out, ndjson, rows } => match (ndjson, rows) {
                (true, _) => {}
                (false, 0) => out.write_all(b"[]\n")?,
                (false, _) => out.write_all(b"]\n")?,
            },
        }
        Ok(())
    }
}

/// The field names of a record type, read from its `Deserialize` implementation
/// (serde hands a struct's field list to the deserializer).
fn field_names<T: DeserializeOwned>() -> &'static [&'static str] {
    use serde::de::{self, Visitor};

    struct Names(&'static [&'static str]);

    impl<'de> de::Deserializer<'de> for &mut Names {
        type Error = de::value::Error;

        fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("only the field names are wanted"))
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            _visitor: V,
        ) -> Result<V::Value, Self::Error> {
            self.0 = fields;
            Err(de::Error::custom("only the field names are wanted"))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }

    let mut names = Names(&[]);
    let _ = T::deserialize(&mut names);
    names.0
}

fn render_table(builder: Builder) -> String {
    let mut table = builder.build();
    table.with(Style::blank()).with(Padding::new(0, 2, 0, 0));
    let mut text: String = table
        .to_string()
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n");
    text.push('\n');
    text
}

fn to_object<T: Serialize>(value: &T) -> Result<Map<String, Value>> {
    match serde_json::to_value(value) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(other) => Ok(Map::from_iter([("value".to_owned(), other)])),
        Err(e) => Err(Error::failure(format!("cannot serialise output: {e}"))),
    }
}

fn to_json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::failure(format!("cannot serialise output: {e}")))
}

/// A value as one cell of text: strings as they are, lists joined with commas,
/// nested objects as compact JSON, null as empty.
/// A value as a table cell: control characters escaped, so a stored value cannot
/// drive the terminal.
fn cell_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => escape_controls(s, false).into_owned(),
        Value::Array(items) => items.iter().map(cell_text).collect::<Vec<_>>().join(","),
        other => other.to_string(),
    }
}

/// OWASP CSV injection: a cell that starts with `=`, `+`, `-`, `@`, tab or carriage
/// return would run as a formula in Excel; a leading `'` makes it plain text.
pub fn neutralise(cell: String) -> String {
    if is_formula(&cell) {
        format!("'{cell}")
    } else {
        cell
    }
}

fn is_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Why writing results failed.
enum OutputError {
    Io(io::Error),
    Other(String),
}

impl From<io::Error> for OutputError {
    fn from(err: io::Error) -> Self {
        OutputError::Io(err)
    }
}

impl From<serde_json::Error> for OutputError {
    fn from(err: serde_json::Error) -> Self {
        if err.is_io() {
            OutputError::Io(err.into())
        } else {
            OutputError::Other(err.to_string())
        }
    }
}

impl From<csv::Error> for OutputError {
    fn from(err: csv::Error) -> Self {
        match err.into_kind() {
            csv::ErrorKind::Io(err) => OutputError::Io(err),
            other => OutputError::Other(format!("{other:?}")),
        }
    }
}

/// A closed pipe (`lmsctl user list -o csv | head`) is not an error: the reader has
/// all it wanted.
fn finish_stdout(written: Result<(), OutputError>) -> Result<()> {
    match written {
        Ok(()) => Ok(()),
        Err(OutputError::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(OutputError::Io(e)) => Err(Error::failure(format!("cannot write to standard output: {e}"))),
        Err(OutputError::Other(e)) => Err(Error::failure(format!("cannot write the output: {e}"))),
    }
}

/// Writes to stdout. A closed pipe (`lmsctl user list | head`) is not an error: the
/// reader has all it wanted.
fn emit(text: &str) -> Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(Error::failure(format!("cannot write to standard output: {e}")))
        }
        _ => Ok(()),
    }
}

/// Whether stderr is a terminal (progress bars, colours).
pub fn stderr_is_terminal() -> bool {
    io::stderr().is_terminal()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")".into()), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("@SUM(A1)".into()), "'@SUM(A1)");
        assert_eq!(neutralise("-1+2".into()), "'-1+2");
        assert_eq!(neutralise("Müller".into()), "Müller");
    }

    #[test]
    fn cells() {
        assert_eq!(cell_text(&serde_json::json!(["a", "b"])), "a,b");
        assert_eq!(cell_text(&Value::Null), "");
        assert_eq!(cell_text(&serde_json::json!(3)), "3");
    }
}
