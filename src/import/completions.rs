/*!
Reading completions from an export (an LMS or an external training provider):
who completed which course on which day, with an optional score.

The same input handling as user imports (encoding and delimiter detection, header
aliases and `--map`, line numbers, the reject file in the input's own format); the
files are small, so it runs on one thread.
*/

use std::io::Read;

use super::columns::{ColumnMap, Field, Mapping};
use super::pipeline::Observer;
use super::reject::RejectWriter;
use super::rows::Rejection;
use super::source::{CsvInput, Encoding};
use super::spill::Spill;
use crate::core::import::check_completion;
use crate::error::{Error, Result};
use crate::model::value::{KeyHasher, KeyMap, clean_cow, parse_date};
use crate::model::{CompletionField, CompletionRow, ImportKey, RowSource, SourceSummary, UserField, UserSel};

impl Field for CompletionField {
    const ALL: &'static [Self] = &CompletionField::ALL;

    fn name(self) -> &'static str {
        CompletionField::name(self)
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            CompletionField::ExternalId => UserField::ExternalId.aliases(),
            CompletionField::Email => UserField::Email.aliases(),
            CompletionField::Course => &[
                "course",
                "coursecode",
                "coursecodes",
                "kurs",
                "kurscode",
                "kursnummer",
                "schulung",
                "schulungscode",
                "training",
                "trainingcode",
                "code",
            ],
            CompletionField::Date => &[
                "date",
                "completedon",
                "completiondate",
                "completed",
                "datum",
                "abschlussdatum",
                "abgeschlossenam",
                "bestandenam",
                "teilnahmedatum",
            ],
            CompletionField::Score => &[
                "score",
                "punkte",
                "punktzahl",
                "ergebnis",
                "result",
                "prozent",
                "percent",
            ],
        }
    }
}

/// What `lmsctl import completions` reads.
#[derive(Debug, Clone)]
pub struct CompletionOptions {
    pub key: Option<ImportKey>,
    pub mappings: Vec<Mapping>,
    pub encoding: Option<Encoding>,
    pub delimiter: Option<u8>,
    pub date_format: Option<String>,
    pub reject_file: Option<std::path::PathBuf>,
}

/// Validated completion rows from a CSV export.
pub struct CompletionRows<'a> {
    input: CsvInput,
    columns: ColumnMap<CompletionField>,
    key: ImportKey,
    date_format: Option<String>,
    record: csv::ByteRecord,
    line: u64,
    seen: KeyMap<(u32, u64)>,
    hasher: KeyHasher,
    rows: u64,
    rejected: u64,
    rejects: Option<RejectWriter>,
    observer: Observer<'a>,
    /// With `retain`: every row handed out and every rejection, until `settle`.
    spill: Option<Spill>,
    /// An error of keeping rows, for the next call that can fail.
    failed: Option<Error>,
}

impl<'a> CompletionRows<'a> {
    pub fn open(
        raw: Box<dyn Read + Send>,
        options: &CompletionOptions,
        observer: Observer<'a>,
    ) -> Result<Self> {
        let mut input = CsvInput::open(raw, options.encoding, options.delimiter)?;
        let mut header = csv::ByteRecord::new();
        if input.read(&mut header)?.is_none() {
            return Err(Error::invalid("the input is empty: it has no header row")
                .with_hint("a completions export needs a header row such as Personalnummer;Kurs;Datum"));
        }
        let headers = header
            .iter()
            .map(|h| input.decode(h).map(|h| clean_cow(&h).into_owned()))
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| Error::invalid(format!("line 1 (the header row) {e}")))?;
        let columns = ColumnMap::new(headers, &options.mappings)?;
        let key = options
            .key
            .unwrap_or(if columns.has(CompletionField::ExternalId) {
                ImportKey::ExternalId
            } else {
                ImportKey::Email
            });
        let key_field = match key {
            ImportKey::ExternalId => CompletionField::ExternalId,
            ImportKey::Email => CompletionField::Email,
        };
        columns.require(
            &[key_field, CompletionField::Course, CompletionField::Date],
            input.delimiter,
        )?;
        let rejects = match &options.reject_file {
            Some(path) => Some(RejectWriter::create(
                path,
                &input.reject_format(&header),
                input.windows_1252(),
            )?),
            None => None,
        };
        Ok(CompletionRows {
            input,
            columns,
            key,
            date_format: options.date_format.clone(),
            record: csv::ByteRecord::new(),
            line: 0,
            seen: KeyMap::default(),
            hasher: KeyHasher::default(),
            rows: 0,
            rejected: 0,
            rejects,
            observer,
            spill: None,
            failed: None,
        })
    }

    pub fn ignored_columns(&self) -> &[String] {
        &self.columns.unknown
    }

    fn reject(&mut self, problems: Vec<(String, String)>) -> Result<()> {
        if let Some(spill) = &mut self.spill {
            return spill.keep(self.line, self.record.iter(), Some(&problems));
        }
        let record = std::mem::take(&mut self.record);
        self.reject_record(self.line, &record, problems);
        self.record = record;
        Ok(())
    }

    /// Reports a rejected row (counted where it was rejected).
    fn reject_record(&mut self, line: u64, record: &csv::ByteRecord, problems: Vec<(String, String)>) {
        let rejection = Rejection { line, problems };
        (self.observer.rejected)(&rejection);
        if let Some(writer) = &mut self.rejects {
            writer.row(record, &rejection, self.input.windows_1252());
        }
    }

    /// `Ok(None)` for a blank line.
    fn validate(&mut self) -> std::result::Result<Option<CompletionRow>, Vec<(String, String)>> {
        if self.record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            return Ok(None);
        }
        if self.record.len() != self.columns.headers.len() {
            return Err(vec![(
                "row".to_owned(),
                format!(
                    "has {} fields but the header has {}",
                    self.record.len(),
                    self.columns.headers.len()
                ),
            )]);
        }
        let mut values: [Option<String>; 5] = Default::default();
        let mut problems = Vec::new();
        for (column, field) in self.columns.by_column.iter().enumerate() {
            let Some(field) = *field else { continue };
            match self.input.decode(&self.record[column]) {
                Ok(text) => {
                    let text = clean_cow(&text);
                    if !text.is_empty() {
                        values[field as usize] = Some(text.into_owned());
                    }
                }
                Err(message) => problems.push((self.columns.headers[column].clone(), message)),
            }
        }
        let header = |field: CompletionField| self.columns.header_of(field).to_owned();
        let key_field = match self.key {
            ImportKey::ExternalId => CompletionField::ExternalId,
            ImportKey::Email => CompletionField::Email,
        };
        let user = match &values[key_field as usize] {
            Some(key) if self.key == ImportKey::Email => Some(UserSel::Email(key.clone())),
            Some(key) => Some(UserSel::ExternalId(key.clone())),
            None => {
                problems.push((
                    header(key_field),
                    "is empty, but it says whose completion this is".to_owned(),
                ));
                None
            }
        };
        let course = values[CompletionField::Course as usize].clone();
        if course.is_none() {
            problems.push((
                header(CompletionField::Course),
                "is empty, but every row needs a course code".to_owned(),
            ));
        }
        let date = match &values[CompletionField::Date as usize] {
            None => {
                problems.push((
                    header(CompletionField::Date),
                    "is empty, but every row needs a date".to_owned(),
                ));
                None
            }
            Some(text) => match self.parse_date(text) {
                Ok(date) => Some(date),
                Err(message) => {
                    problems.push((header(CompletionField::Date), message));
                    None
                }
            },
        };
        let score = match &values[CompletionField::Score as usize] {
            None => None,
            Some(text) => match parse_score(text) {
                Ok(score) => Some(score),
                Err(message) => {
                    problems.push((header(CompletionField::Score), message));
                    None
                }
            },
        };
        let (Some(user), Some(course), Some(date)) = (user, course, date) else {
            return Err(problems);
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        let row = CompletionRow {
            line: self.line,
            user,
            course,
            date,
            score,
        };
        // The same checks the server makes on rows its clients send.
        let problems: Vec<(String, String)> = check_completion(&row)
            .into_iter()
            .map(|(field, message)| (header(field), message))
            .collect();
        if !problems.is_empty() {
            return Err(problems);
        }
        let CompletionRow {
            user, course, date, ..
        } = &row;
        let identity = format!("{user}\u{0}{}\u{0}{date}", course.to_lowercase());
        let hash = self.hasher.key(&identity, self.key == ImportKey::Email);
        if let Some(&(check, first)) = self.seen.get(&hash.index)
            && check == hash.check
        {
            return Err(vec![(
                header(CompletionField::Course),
                format!("appears again: line {first} has the same person, course and date"),
            )]);
        }
        self.seen.insert(hash.index, (hash.check, self.line));
        Ok(Some(row))
    }

    fn parse_date(&self, text: &str) -> std::result::Result<chrono::NaiveDate, String> {
        match &self.date_format {
            Some(format) => chrono::NaiveDate::parse_from_str(text, format).map_err(|_| {
                format!("'{text}' is not a date in the format {format} given with --date-format")
            }),
            None => parse_date(text),
        }
    }
}

/// Scores as HR and LMS exports write them: `85`, `85.5`, `85,5`, `85 %`; 0 to 100.
fn parse_score(text: &str) -> std::result::Result<f64, String> {
    let number = text.trim_end_matches('%').trim().replace(',', ".");
    match number.parse::<f64>() {
        Ok(score) if (0.0..=100.0).contains(&score) => Ok(score),
        _ => Err(format!("'{text}' is not a score: use a number from 0 to 100")),
    }
}

impl RowSource<CompletionRow, CompletionField> for CompletionRows<'_> {
    fn next_row(&mut self) -> Result<Option<CompletionRow>> {
        loop {
            let Some(line) = self.input.read(&mut self.record)? else {
                return Ok(None);
            };
            self.line = line;
            match self.validate() {
                Ok(None) => continue,
                Ok(Some(row)) => {
                    self.rows += 1;
                    if let Some(spill) = &mut self.spill {
                        spill.keep(line, self.record.iter(), None)?;
                    }
                    return Ok(Some(row));
                }
                Err(problems) => {
                    self.rows += 1;
                    self.rejected += 1;
                    self.reject(problems)?;
                }
            }
        }
    }

    fn reject_current(&mut self, field: CompletionField, message: &str) {
        let column = self.columns.header_of(field).to_owned();
        self.rejected += 1;
        // Only a local store rejects the current row; its rows are never kept.
        let _ = self.reject(vec![(column, message.to_owned())]);
    }

    fn retain(&mut self) {
        if self.spill.is_none() {
            match Spill::new() {
                Ok(spill) => self.spill = Some(spill),
                Err(err) => self.failed = Some(err),
            }
        }
    }

    fn reject_line(&mut self, line: u64, field: CompletionField, message: &str) {
        let Some(mut spill) = self.spill.take() else {
            return;
        };
        let mut kept = Vec::new();
        let found = spill.advance(line, &mut |line, record, problems| {
            kept.push((line, record.clone(), problems));
        });
        self.spill = Some(spill);
        for (line, record, problems) in kept {
            self.reject_record(line, &record, problems);
        }
        let record = match found {
            Ok(record) => record.unwrap_or_default(),
            Err(err) => {
                self.failed.get_or_insert(err);
                csv::ByteRecord::new()
            }
        };
        let column = self.columns.header_of(field).to_owned();
        self.rejected += 1;
        self.reject_record(line, &record, vec![(column, message.to_owned())]);
    }

    fn settle(&mut self) -> Result<()> {
        if let Some(mut spill) = self.spill.take() {
            let mut kept = Vec::new();
            spill.finish(&mut |line, record, problems| kept.push((line, record.clone(), problems)))?;
            for (line, record, problems) in kept {
                self.reject_record(line, &record, problems);
            }
        }
        if let Some(err) = self.failed.take() {
            return Err(err);
        }
        match self.rejects.take() {
            Some(writer) => writer.finish(),
            None => Ok(()),
        }
    }

    fn finish(&mut self) -> Result<SourceSummary> {
        if let Some(err) = self.failed.take() {
            return Err(err);
        }
        (self.observer.progress)(self.input.bytes_read(), self.rows);
        // A retained source ends when the store has answered (`settle`).
        if self.spill.is_none()
            && let Some(writer) = self.rejects.take()
        {
            writer.finish()?;
        }
        Ok(SourceSummary {
            rows: self.rows,
            rejected: self.rejected,
            sha256: self.input.sha256(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::parse_score;

    #[test]
    fn scores() {
        assert_eq!(parse_score("85"), Ok(85.0));
        assert_eq!(parse_score("85,5 %"), Ok(85.5));
        assert!(parse_score("150").is_err());
        assert!(parse_score("gut").is_err());
    }
}
