/*!
Turning records into validated rows: every check that needs only the file.

Each rejected row is reported with its line, the column's header as the file names
it, and what to change; it is written unchanged to the reject file (with an `error`
column) so it can be fixed and imported again. Checks that need the store (an
e-mail that belongs to another user) are made by the store and come back through
[`RowSource::reject_current`].

Duplicates are found by 64-bit hashes of the keys and e-mail addresses with the
line they were first seen on, which keeps a million-row file within a few dozen MB.
*/

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use super::columns::{ColumnMap, Mapping, aliases};
use super::reject::RejectWriter;
use super::source::CsvInput;
use crate::error::{Error, Result};
use crate::model::value::{check_email, check_locale, clean, fold, parse_date};
use crate::model::{ImportKey, ImportMode, ImportRow, RowSource, SourceSummary, UserField};

/// A rejected row: its line and each problem with the header of the column it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub line: u64,
    pub problems: Vec<(String, String)>,
}

impl Rejection {
    /// `Header: problem; Header: problem`.
    pub fn summary(&self) -> String {
        self.problems
            .iter()
            .map(|(column, message)| format!("{column}: {message}"))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// Callbacks to the caller, which does the printing.
pub struct Observer<'a> {
    pub rejected: &'a mut dyn FnMut(&Rejection),
    /// Called every few thousand rows with (input bytes read, rows read).
    pub progress: &'a mut dyn FnMut(u64, u64),
}

pub struct CsvRows<'a> {
    input: CsvInput,
    /// The header row as read, for the reject file.
    header: csv::ByteRecord,
    columns: ColumnMap,
    key: ImportKey,
    date_format: Option<String>,
    record: csv::ByteRecord,
    line: u64,
    keys: HashMap<u64, u64>,
    emails: HashMap<u64, u64>,
    rows: u64,
    rejected: u64,
    rejects: Option<RejectWriter>,
    observer: Observer<'a>,
}

fn hash_of(text: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

impl<'a> CsvRows<'a> {
    /// Reads the header row and checks that the columns the import needs are there.
    /// Without `key`, the import is keyed by external id when the file has one, else by e-mail.
    pub fn open(
        mut input: CsvInput,
        mappings: &[Mapping],
        key: Option<ImportKey>,
        mode: ImportMode,
        date_format: Option<String>,
        observer: Observer<'a>,
    ) -> Result<Self> {
        let mut header = csv::ByteRecord::new();
        if input.read(&mut header)?.is_none() {
            return Err(Error::invalid("the input is empty: it has no header row")
                .with_hint("an export needs a header row such as Personalnummer;Vorname;Nachname;E-Mail"));
        }
        let headers = header
            .iter()
            .map(|h| input.decode(h).map(|h| clean(&h)))
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| Error::invalid(format!("line 1 (the header row) {e}")))?;
        let columns = ColumnMap::new(headers, mappings)?;
        let key = key.unwrap_or(if columns.has(UserField::ExternalId) {
            ImportKey::ExternalId
        } else {
            ImportKey::Email
        });
        let mut required = vec![key.field()];
        if mode != ImportMode::UpdateOnly {
            required.extend([UserField::Email, UserField::FirstName, UserField::LastName]);
        }
        for field in required {
            if !columns.has(field) {
                let delimiter_hint = if columns.headers.len() == 1 {
                    format!(
                        "; the file was read as one column split by '{}': pass --delimiter if it uses another separator",
                        char::from(input.delimiter).escape_default()
                    )
                } else {
                    String::new()
                };
                return Err(Error::invalid(format!(
                    "the file has no column for {} (looked for headers such as {}); its columns are: {}{delimiter_hint}",
                    field.name(),
                    aliases(field).iter().take(4).copied().collect::<Vec<_>>().join(", "),
                    columns.headers.join(", "),
                ))
                .with_hint(format!("name the column with --map 'HEADER={}'", field.name())));
            }
        }
        Ok(CsvRows {
            input,
            header,
            columns,
            key,
            date_format,
            record: csv::ByteRecord::new(),
            line: 0,
            keys: HashMap::new(),
            emails: HashMap::new(),
            rows: 0,
            rejected: 0,
            rejects: None,
            observer,
        })
    }

    /// Writes rejected rows to a file at `path`, in the input's own format.
    pub fn reject_to(&mut self, path: &std::path::Path) -> Result<()> {
        self.rejects = Some(RejectWriter::create(path, &self.header, &self.input)?);
        Ok(())
    }

    pub fn key(&self) -> ImportKey {
        self.key
    }

    pub fn columns(&self) -> &ColumnMap {
        &self.columns
    }

    pub fn encoding(&self) -> &'static str {
        self.input.encoding()
    }

    pub fn delimiter(&self) -> u8 {
        self.input.delimiter
    }

    fn reject(&mut self, problems: Vec<(String, String)>) {
        let rejection = Rejection {
            line: self.line,
            problems,
        };
        self.rejected += 1;
        (self.observer.rejected)(&rejection);
        if let Some(writer) = &mut self.rejects {
            writer.row(&self.record, &rejection, &self.input);
        }
    }

    /// Validates the current record: `Ok(None)` for a blank line, `Err` with the problems.
    fn validate(&mut self) -> std::result::Result<Option<ImportRow>, Vec<(String, String)>> {
        let record = &self.record;
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            return Ok(None);
        }
        let expected = self.columns.headers.len();
        if record.len() != expected {
            return Err(vec![(
                "row".to_owned(),
                format!(
                    "has {} fields but the header has {expected}; a value may contain an unquoted '{}' (put such values in double quotes)",
                    record.len(),
                    char::from(self.input.delimiter).escape_default()
                ),
            )]);
        }
        let mut row = ImportRow {
            line: self.line,
            ..ImportRow::default()
        };
        let mut problems = Vec::new();
        for (column, field) in self.columns.by_column.iter().enumerate() {
            let Some(field) = *field else { continue };
            let header = || self.columns.headers[column].clone();
            let text = match self.input.decode(&record[column]) {
                Ok(text) => clean(&text),
                Err(message) => {
                    problems.push((header(), message));
                    continue;
                }
            };
            if text.is_empty() {
                if field == self.key.field() || field.required_for_create() {
                    problems.push((
                        header(),
                        format!("is empty, but every user needs a {}", describe(field)),
                    ));
                }
                continue;
            }
            let value = match field {
                UserField::Email => check_email(&text).map(|()| text),
                UserField::StartDate => self.parse_date(&text),
                UserField::Locale => check_locale(&text).map(|()| text),
                _ => Ok(text),
            };
            match value {
                Ok(value) => row.values[field.index()] = Some(value),
                Err(message) => problems.push((header(), message)),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        self.check_duplicates(&row)?;
        Ok(Some(row))
    }

    fn parse_date(&self, text: &str) -> std::result::Result<String, String> {
        let date = match &self.date_format {
            Some(format) => chrono::NaiveDate::parse_from_str(text, format)
                .map_err(|_| {
                    format!("'{text}' is not a date in the format {format} given with --date-format")
                })
                .and_then(|d| parse_date(&d.format("%Y-%m-%d").to_string())),
            None => parse_date(text),
        }?;
        Ok(date.format("%Y-%m-%d").to_string())
    }

    /// Rejects a second row for the same key, or the same e-mail address (ignoring case).
    fn check_duplicates(&mut self, row: &ImportRow) -> std::result::Result<(), Vec<(String, String)>> {
        let key_field = self.key.field();
        let key = row.get(key_field).unwrap_or_default();
        let key_hash = hash_of(&match self.key {
            ImportKey::ExternalId => key.to_owned(),
            ImportKey::Email => fold(key),
        });
        if let Some(first) = self.keys.get(&key_hash) {
            return Err(vec![(
                self.columns.header_of(key_field).to_owned(),
                format!(
                    "'{key}' appears again: line {first} has the same {}",
                    describe(key_field)
                ),
            )]);
        }
        let email = row.get(UserField::Email).map(|e| hash_of(&fold(e)));
        if let Some(email) = email
            && self.key != ImportKey::Email
        {
            if let Some(first) = self.emails.get(&email) {
                return Err(vec![(
                    self.columns.header_of(UserField::Email).to_owned(),
                    format!(
                        "'{}' appears again: line {first} has the same e-mail address (ignoring case)",
                        row.get(UserField::Email).unwrap_or_default()
                    ),
                )]);
            }
            self.emails.insert(email, self.line);
        }
        self.keys.insert(key_hash, self.line);
        Ok(())
    }
}

fn describe(field: UserField) -> &'static str {
    match field {
        UserField::ExternalId => "external id",
        UserField::Email => "e-mail address",
        UserField::FirstName => "first name",
        UserField::LastName => "last name",
        UserField::Department => "department",
        UserField::Location => "location",
        UserField::StartDate => "start date",
        UserField::Locale => "locale",
    }
}

impl RowSource for CsvRows<'_> {
    fn next_row(&mut self) -> Result<Option<ImportRow>> {
        loop {
            let Some(line) = self.input.read(&mut self.record)? else {
                return Ok(None);
            };
            self.line = line;
            match self.validate() {
                Ok(None) => continue,
                Ok(Some(row)) => {
                    self.count_row();
                    return Ok(Some(row));
                }
                Err(problems) => {
                    self.count_row();
                    self.reject(problems);
                }
            }
        }
    }

    fn reject_current(&mut self, field: UserField, message: &str) {
        let column = self.columns.header_of(field).to_owned();
        self.reject(vec![(column, message.to_owned())]);
    }

    fn finish(&mut self) -> Result<SourceSummary> {
        (self.observer.progress)(self.input.bytes_read(), self.rows);
        if let Some(writer) = self.rejects.take() {
            writer.finish()?;
        }
        Ok(SourceSummary {
            rows: self.rows,
            rejected: self.rejected,
            sha256: self.input.sha256(),
        })
    }
}

impl CsvRows<'_> {
    fn count_row(&mut self) {
        self.rows += 1;
        if self.rows.is_multiple_of(8192) {
            (self.observer.progress)(self.input.bytes_read(), self.rows);
        }
    }
}
