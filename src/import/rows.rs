/*!
Turning records into validated rows: every check that needs only the file.

Each rejected row is reported with its line, the column's header as the file names
it, and what to change; it is written unchanged to the reject file (with an `error`
column) so it can be fixed and imported again. Checks that need the store (an
e-mail that belongs to another user) are made by the store and come back through
[`RowSource::reject_current`].

The validator runs on its own thread (see [`super::pipeline`]) and hands out
[`Event`]s: a valid row or a rejection, each with the record as read.

Duplicates are found by 64-bit hashes of the keys and e-mail addresses with the
line they were first seen on, which keeps a million-row file within a few dozen MB.
*/

use super::columns::{ColumnMap, Mapping};
use super::source::{CsvInput, InputFormat};
use crate::core::import::check_row;
use crate::error::{Error, Result};
use crate::model::value::{KeyHasher, KeyMap, clean, clean_cow, iso_date, parse_date};
use crate::model::{ImportKey, ImportMode, ImportRow, SourceSummary, UserField};

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

/// What the validator makes of one record.
#[derive(Debug)]
pub enum Outcome {
    /// A valid row, in [`Validator::row`].
    Row,
    Rejected(Rejection),
}

/// Reads and validates the records of one export.
pub struct Validator {
    input: CsvInput,
    /// The header row as read, for the reject file.
    header: csv::ByteRecord,
    columns: ColumnMap<UserField>,
    /// The fields the file carries.
    fields: Vec<UserField>,
    key: ImportKey,
    date_format: Option<String>,
    record: csv::ByteRecord,
    line: u64,
    /// Each key (and e-mail address) seen, with the line it was first seen on.
    keys: KeyMap<(u32, u32)>,
    emails: KeyMap<(u32, u32)>,
    hasher: KeyHasher,
    rows: u64,
    rejected: u64,
    /// The current valid row; reused from row to row.
    row: ImportRow,
}

impl Validator {
    /// Reads the header row and checks that the columns the import needs are there.
    /// Without `key`, the import is keyed by external id when the file has one, else by e-mail.
    pub fn open(
        mut input: CsvInput,
        mappings: &[Mapping],
        key: Option<ImportKey>,
        mode: ImportMode,
        date_format: Option<String>,
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
        columns.require(&required, input.delimiter)?;
        Ok(Validator {
            input,
            header,
            fields: columns.fields(),
            columns,
            key,
            date_format,
            record: csv::ByteRecord::new(),
            line: 0,
            keys: KeyMap::default(),
            emails: KeyMap::default(),
            hasher: KeyHasher::default(),
            rows: 0,
            rejected: 0,
            row: ImportRow::default(),
        })
    }

    /// How a reject file for this input is written.
    pub fn reject_format(&self) -> InputFormat {
        self.input.reject_format(&self.header)
    }

    /// Whether fields are Windows-1252 (as far as known), for encoding reject messages.
    pub fn windows_1252(&self) -> bool {
        self.input.windows_1252()
    }

    pub fn bytes_read(&self) -> u64 {
        self.input.bytes_read()
    }

    pub fn rows(&self) -> u64 {
        self.rows
    }

    pub fn key(&self) -> ImportKey {
        self.key
    }

    pub fn columns(&self) -> &ColumnMap<UserField> {
        &self.columns
    }

    /// How the input was read, e.g. "UTF-8 with BOM, ';'-separated".
    pub fn format(&self) -> String {
        format!(
            "{}, '{}'-separated",
            self.input.encoding(),
            char::from(self.input.delimiter).escape_default()
        )
    }

    /// Validates the current record: `Ok(None)` for a blank line, `Err` with the problems.
    fn validate(&mut self, row: &mut ImportRow) -> std::result::Result<bool, Vec<(String, String)>> {
        let record = &self.record;
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            return Ok(false);
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
        // Line breaks in values are rare: look for them only in records that have any.
        let multiline = memchr::memchr(b'\n', record.as_slice()).is_some();
        if multiline && let Some(problem) = self.swallowed_rows() {
            return Err(vec![problem]);
        }
        row.clear(self.line);
        let mut problems = Vec::new();
        // Fields whose cell could not be read: the core's checks would only repeat that.
        let mut unreadable = Vec::new();
        for (column, field) in self.columns.by_column.iter().enumerate() {
            let Some(field) = *field else { continue };
            let decoded = match self.input.decode(&record[column]) {
                Ok(text) => text,
                Err(message) => {
                    problems.push((column, message));
                    unreadable.push(field);
                    continue;
                }
            };
            let text = clean_cow(&decoded);
            if text.is_empty() {
                continue;
            }
            if multiline && text.contains('\n') {
                let lines_in = |field: &[u8]| memchr::memchr_iter(b'\n', field).count() as u64;
                let from = self.line + record.iter().take(column).map(lines_in).sum::<u64>();
                let to = from + lines_in(&record[column]);
                problems.push((
                    column,
                    format!(
                        "is a quoted value running from line {from} to line {to}: is a closing quote missing? (values are one line each)"
                    ),
                ));
                unreadable.push(field);
                continue;
            }
            if field == UserField::StartDate {
                match self.parse_date(&text) {
                    Ok(date) => row.set(field, &date),
                    Err(message) => {
                        problems.push((column, message));
                        unreadable.push(field);
                    }
                }
                continue;
            }
            row.set(field, &text);
        }
        // The same checks the server makes on rows its clients send.
        for (field, message) in check_row(&self.fields, self.key, row) {
            if let Some(column) = self.columns.column(field)
                && !unreadable.contains(&field)
            {
                problems.push((column, message));
            }
        }
        if !problems.is_empty() {
            // In the order of the file's columns, as a person reads the row.
            problems.sort_by_key(|(column, _)| *column);
            return Err(problems
                .into_iter()
                .map(|(column, message)| (self.columns.headers[column].clone(), message))
                .collect());
        }
        self.check_duplicates(row)?;
        Ok(true)
    }

    /// A quoted value over several lines whose later lines look like whole rows (as
    /// many delimiters as a row has) is a quote left open by mistake: the people on
    /// those lines would be lost inside it, in whatever column it is.
    fn swallowed_rows(&self) -> Option<(String, String)> {
        let delimiters = self.columns.headers.len().saturating_sub(1);
        if delimiters == 0 {
            return None;
        }
        let mut line = self.line;
        for (column, field) in self.record.iter().enumerate() {
            for (i, part) in field.split(|b| *b == b'\n').enumerate() {
                if i > 0 {
                    line += 1;
                    let found = memchr::memchr_iter(self.input.delimiter, part).count();
                    if found >= delimiters {
                        let header = self.columns.headers.get(column).cloned().unwrap_or_default();
                        return Some((
                            header,
                            format!(
                                "is a quoted value that runs on to line {line}, which looks like a row of its own: \
                                 is a closing quote missing in line {}?",
                                self.line
                            ),
                        ));
                    }
                }
            }
        }
        None
    }

    fn parse_date(&self, text: &str) -> std::result::Result<String, String> {
        let date = match &self.date_format {
            Some(format) => chrono::NaiveDate::parse_from_str(text, format)
                .map_err(|_| {
                    format!("'{text}' is not a date in the format {format} given with --date-format")
                })
                .and_then(|d| parse_date(&iso_date(d))),
            None => parse_date(text),
        }?;
        Ok(iso_date(date))
    }

    /// Rejects a second row for the same key, or the same e-mail address (ignoring case).
    fn check_duplicates(&mut self, row: &ImportRow) -> std::result::Result<(), Vec<(String, String)>> {
        let key_field = self.key.field();
        let key = row.get(key_field).unwrap_or_default();
        let key_hash = self.hasher.key(key, self.key == ImportKey::Email);
        if let Some(&(check, first)) = self.keys.get(&key_hash.index)
            && check == key_hash.check
        {
            return Err(vec![(
                self.columns.header_of(key_field).to_owned(),
                format!(
                    "'{key}' appears again: line {first} has the same {}",
                    key_field.describe()
                ),
            )]);
        }
        if self.key != ImportKey::Email
            && let Some(email) = row.get(UserField::Email)
        {
            let email_hash = self.hasher.key(email, true);
            if let Some(&(check, first)) = self.emails.get(&email_hash.index)
                && check == email_hash.check
            {
                return Err(vec![(
                    self.columns.header_of(UserField::Email).to_owned(),
                    format!(
                        "'{email}' appears again: line {first} has the same e-mail address (ignoring case)"
                    ),
                )]);
            }
            self.emails
                .insert(email_hash.index, (email_hash.check, line32(self.line)));
        }
        self.keys
            .insert(key_hash.index, (key_hash.check, line32(self.line)));
        Ok(())
    }
}

/// Line numbers as kept for duplicates (files have fewer than 4 billion lines).
fn line32(line: u64) -> u32 {
    u32::try_from(line).unwrap_or(u32::MAX)
}

impl Validator {
    /// Reads and validates the next record: `None` at the end of the input. After
    /// [`Outcome::Row`], the row is in [`row`](Self::row) and the record as read in
    /// [`record`](Self::record), until the next call.
    pub fn next_outcome(&mut self) -> Result<Option<Outcome>> {
        loop {
            let Some(line) = self.input.read(&mut self.record)? else {
                return Ok(None);
            };
            self.line = line;
            let mut row = std::mem::take(&mut self.row);
            let outcome = self.validate(&mut row);
            self.row = row;
            match outcome {
                Ok(false) => continue,
                Ok(true) => {
                    self.rows += 1;
                    return Ok(Some(Outcome::Row));
                }
                Err(problems) => {
                    self.rows += 1;
                    self.rejected += 1;
                    return Ok(Some(Outcome::Rejected(Rejection { line, problems })));
                }
            }
        }
    }

    pub fn row(&self) -> &ImportRow {
        &self.row
    }

    pub fn record(&self) -> &csv::ByteRecord {
        &self.record
    }

    /// Counts and the input's SHA-256, after the last event.
    pub fn finish(&self) -> SourceSummary {
        SourceSummary {
            rows: self.rows,
            rejected: self.rejected,
            sha256: self.input.sha256(),
        }
    }
}

#[cfg(test)]
mod tests {
    //! Property tests of the reader on malformed input: never a panic, and never a row
    //! silently lost: every line that looks like a row (it has a row's delimiters) is
    //! accounted for as an imported row, a rejected row, or part of a rejected record,
    //! or else the input is refused as a whole.
    use super::*;
    use proptest::prelude::*;

    const HEADER: &str = "Personalnummer;Vorname;Nachname;E-Mail\n";

    fn validator(bytes: Vec<u8>) -> Result<Validator> {
        let input = CsvInput::open(Box::new(std::io::Cursor::new(bytes)), None, None)?;
        Validator::open(input, &[], None, ImportMode::Upsert, None)
    }

    /// The outcomes: (first line, last line, imported?) of each record, or the error.
    fn outcomes(bytes: Vec<u8>) -> Result<Vec<(u64, u64, bool)>> {
        let mut validator = validator(bytes)?;
        let mut seen = Vec::new();
        while let Some(outcome) = validator.next_outcome()? {
            let line = match &outcome {
                Outcome::Row => validator.row().line,
                Outcome::Rejected(rejection) => rejection.line,
            };
            let inside: u64 = validator
                .record()
                .iter()
                .map(|f| memchr::memchr_iter(b'\n', f).count() as u64)
                .sum();
            seen.push((line, line + inside, matches!(outcome, Outcome::Row)));
        }
        Ok(seen)
    }

    /// A field as an export tool might write it: plain, quoted as it should be, or
    /// with a quote left open or stray.
    fn field() -> impl Strategy<Value = String> {
        let text = "[a-zA-Zäöü0-9@. ;\"\n\r]{0,12}";
        prop_oneof![
            4 => "[a-zA-Zäöü0-9@.]{0,10}".prop_map(|s| s),
            2 => text.prop_map(|s| format!("\"{}\"", s.replace('"', "\"\""))),
            1 => text.prop_map(|s| format!("\"{s}")),
            1 => text.prop_map(|s| s),
        ]
    }

    fn export() -> impl Strategy<Value = String> {
        let row = prop::collection::vec(field(), 3..=5).prop_map(|fields| fields.join(";"));
        (prop::collection::vec(row, 0..12), prop::bool::ANY).prop_map(|(rows, crlf)| {
            let end = if crlf { "\r\n" } else { "\n" };
            let mut text = HEADER.replace('\n', end);
            for row in rows {
                text.push_str(&row);
                text.push_str(end);
            }
            text
        })
    }

    /// The part of a line inside a quoted value that began on an earlier line (up to
    /// the quote that closes it) holds a row's delimiters.
    fn in_value_looks_like_a_row(line: &str) -> bool {
        let inside = line
            .replace("\"\"", "")
            .split('"')
            .next()
            .unwrap_or("")
            .to_owned();
        inside.matches(';').count() >= 3
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn no_row_is_silently_lost(text in export()) {
            let Ok(seen) = outcomes(text.clone().into_bytes()) else {
                return Ok(()); // refused as a whole: nothing imported
            };
            // Lines are reported in order, each record once.
            for pair in seen.windows(2) {
                prop_assert!(pair[0].1 < pair[1].0, "{seen:?}");
            }
            // Lines as an editor shows them: CRLF, LF or a lone CR end one.
            let lines = text.replace("\r\n", "\n").replace('\r', "\n");
            for (number, line) in lines.split('\n').enumerate().skip(1) {
                let number = number as u64 + 1;
                // A row's delimiters, and something in it (an empty row is skipped).
                let looks_like_a_row = line.matches(';').count() >= 3 && line.chars().any(char::is_alphanumeric);
                if !looks_like_a_row {
                    continue;
                }
                let covered = seen.iter().find(|(first, last, _)| (*first..=*last).contains(&number));
                match covered {
                    // A row of its own, or inside a record: then not silently imported,
                    // if what a quoted value holds of this line (up to the quote that
                    // closes it) is a row's worth of fields.
                    Some((first, _, imported)) => prop_assert!(
                        *first == number || !imported || !in_value_looks_like_a_row(line),
                        "line {number} ({line:?}) vanished into the record of line {first}: {text:?} {seen:?}"
                    ),
                    None => prop_assert!(false, "line {number} ({line:?}) is not accounted for: {text:?} {seen:?}"),
                }
            }
        }

        #[test]
        fn any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            let mut input = HEADER.as_bytes().to_vec();
            input.extend(bytes);
            let _ = outcomes(input);
        }
    }
}
