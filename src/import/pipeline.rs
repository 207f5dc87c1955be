/*!
Reading and validating on one thread while the store writes on the other.

An import is CPU-bound on both sides: parsing, decoding and validating a row costs
about as much as inserting it into SQLite's indexes. The validator runs on its own
thread and sends valid rows and rejections in batches over a bounded channel, so
memory stays bounded and both cores work. A batch keeps all its rows' values and
raw records in a few shared buffers: allocating per row on one thread and freeing
on the other would make the two threads fight over the allocator. Everything that
prints or writes files (the caller's callbacks, the reject file) happens on the
calling thread, which is also where the store hands back its own rejections.
*/

use std::io::Read;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use super::columns::{ColumnMap, Mapping};
use super::reject::RejectWriter;
use super::rows::{Outcome, Rejection, Validator};
use super::source::{CsvInput, Encoding, InputFormat};
use super::spill::{Problems, Spill};
use crate::error::{Error, Result};
use crate::model::{ImportKey, ImportMode, ImportRow, RowSource, SourceSummary, UserField};

/// Rows per message: large enough to make the channel's cost vanish, small enough
/// to keep a few batches in flight within a few MB.
const BATCH: usize = 1024;
/// Batches in flight.
const IN_FLIGHT: usize = 8;

/// Callbacks to the caller, which does the printing.
pub struct Observer<'a> {
    pub rejected: &'a mut dyn FnMut(&Rejection),
    /// Called every batch with (input bytes read, rows read).
    pub progress: &'a mut dyn FnMut(u64, u64),
}

/// How the input is to be read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    pub encoding: Option<Encoding>,
    pub delimiter: Option<u8>,
    pub mappings: Vec<Mapping>,
    pub key: Option<ImportKey>,
    pub mode: ImportMode,
    pub date_format: Option<String>,
}

/// What is known once the header row is read.
#[derive(Debug, Clone)]
pub struct Opened {
    pub columns: ColumnMap<UserField>,
    pub key: ImportKey,
    pub reject_format: InputFormat,
}

/// The end of the input: counts, hash, and how it was read.
#[derive(Debug, Clone)]
pub struct Finished {
    pub summary: SourceSummary,
    /// e.g. "UTF-8 with BOM, ';'-separated".
    pub format: String,
}

/// Valid rows and rejections of up to [`BATCH`] records, with their records as read.
#[derive(Default)]
struct Batch {
    /// The values of all rows, one after the other.
    text: String,
    /// The raw fields of all records, one after the other.
    raw: Vec<u8>,
    /// Where each raw field ends in `raw`.
    raw_ends: Vec<usize>,
    items: Vec<Item>,
    windows_1252: bool,
    bytes: u64,
    rows: u64,
}

struct Item {
    line: u64,
    /// This record's fields: indexes into `raw_ends`.
    fields: std::ops::Range<usize>,
    kind: ItemKind,
}

enum ItemKind {
    /// A valid row: its values in `text[start..end]`, spans relative to `start`.
    Row {
        start: usize,
        end: usize,
        spans: [Option<(u32, u32)>; 8],
    },
    Rejected(Vec<(String, String)>),
}

impl Batch {
    fn push(&mut self, line: u64, record: &csv::ByteRecord, kind: ItemKind) {
        let first = self.raw_ends.len();
        for field in record {
            self.raw.extend_from_slice(field);
            self.raw_ends.push(self.raw.len());
        }
        self.items.push(Item {
            line,
            fields: first..self.raw_ends.len(),
            kind,
        });
    }

    fn push_row(&mut self, validator: &Validator) {
        let row = validator.row();
        let (text, spans) = row.parts();
        let start = self.text.len();
        self.text.push_str(text);
        let kind = ItemKind::Row {
            start,
            end: self.text.len(),
            spans: *spans,
        };
        self.push(row.line, validator.record(), kind);
    }

    /// The fields of an item's record, as read.
    fn fields(&self, item: &Item) -> impl ExactSizeIterator<Item = &[u8]> {
        let ends = &self.raw_ends[item.fields.clone()];
        let first = if item.fields.start == 0 {
            0
        } else {
            self.raw_ends[item.fields.start - 1]
        };
        (0..ends.len()).map(move |i| {
            let begin = if i == 0 { first } else { ends[i - 1] };
            &self.raw[begin..ends[i]]
        })
    }

    /// The record of an item, as read.
    fn record(&self, item: &Item) -> csv::ByteRecord {
        let mut record = csv::ByteRecord::new();
        let mut begin = if item.fields.start == 0 {
            0
        } else {
            self.raw_ends[item.fields.start - 1]
        };
        for &end in &self.raw_ends[item.fields.clone()] {
            record.push_field(&self.raw[begin..end]);
            begin = end;
        }
        record
    }
}

enum Message {
    Batch(Batch),
    Done(Result<Finished>),
}

/// Runs on the validator thread: opens the input, reports the header, streams events.
pub fn validate(
    raw: Box<dyn Read + Send>,
    options: ReadOptions,
    opened: SyncSender<Result<Opened>>,
    out: Sender,
) {
    let validator = CsvInput::open(raw, options.encoding, options.delimiter).and_then(|input| {
        Validator::open(
            input,
            &options.mappings,
            options.key,
            options.mode,
            options.date_format,
        )
    });
    let mut validator = match validator {
        Ok(validator) => validator,
        Err(err) => {
            let _ = opened.send(Err(err));
            return;
        }
    };
    let header = Opened {
        columns: validator.columns().clone(),
        key: validator.key(),
        reject_format: validator.reject_format(),
    };
    if opened.send(Ok(header)).is_err() {
        return;
    }
    loop {
        let mut batch = Batch::default();
        let end = loop {
            if batch.items.len() == BATCH {
                break None;
            }
            match validator.next_outcome() {
                Ok(Some(Outcome::Row)) => batch.push_row(&validator),
                Ok(Some(Outcome::Rejected(rejection))) => {
                    batch.push(
                        rejection.line,
                        validator.record(),
                        ItemKind::Rejected(rejection.problems),
                    );
                }
                Ok(None) => {
                    break Some(Ok(Finished {
                        summary: validator.finish(),
                        format: validator.format(),
                    }));
                }
                Err(err) => break Some(Err(err)),
            }
        };
        batch.windows_1252 = validator.windows_1252();
        batch.bytes = validator.bytes_read();
        batch.rows = validator.rows();
        // A closed channel means the store stopped (an error, a refusal): stop too.
        if out.0.send(Message::Batch(batch)).is_err() {
            return;
        }
        if let Some(end) = end {
            let _ = out.0.send(Message::Done(end));
            return;
        }
    }
}

/// The validator thread's end of the channel.
pub struct Sender(SyncSender<Message>);

/// The calling thread's end: a [`RowSource`] for the store.
pub struct Pipeline<'a> {
    rx: Receiver<Message>,
    batch: Batch,
    /// The next item of `batch`.
    next: usize,
    columns: ColumnMap<UserField>,
    /// The item handed out last, for a rejection by the store.
    current: Option<usize>,
    /// With `retain`: every row handed out and every rejection, until `settle`.
    spill: Option<Spill>,
    rejects: Option<RejectWriter>,
    observer: Observer<'a>,
    rejected_by_store: u64,
    finished: Option<Finished>,
    /// An error of keeping rows (a full temporary directory), for the next call that can fail.
    failed: Option<Error>,
}

/// The calling thread's end of the channel.
pub struct Events(Receiver<Message>);

/// A channel pair for one import.
pub fn channel() -> (Sender, Events) {
    let (tx, rx) = sync_channel(IN_FLIGHT);
    (Sender(tx), Events(rx))
}

impl<'a> Pipeline<'a> {
    pub fn new(
        events: Events,
        opened: &Opened,
        rejects: Option<&std::path::Path>,
        observer: Observer<'a>,
    ) -> Result<Self> {
        let rejects = rejects
            .map(|path| RejectWriter::create(path, &opened.reject_format, false))
            .transpose()?;
        Ok(Pipeline {
            rx: events.0,
            batch: Batch::default(),
            next: 0,
            columns: opened.columns.clone(),
            current: None,
            spill: None,
            rejects,
            observer,
            rejected_by_store: 0,
            finished: None,
            failed: None,
        })
    }

    /// How the input was read, once it is read to the end.
    pub fn format(&self) -> String {
        self.finished
            .as_ref()
            .map(|f| f.format.clone())
            .unwrap_or_default()
    }

    fn reject(&mut self, item: usize, problems: Vec<(String, String)>) -> Result<()> {
        if let Some(spill) = &mut self.spill {
            let item = &self.batch.items[item];
            return spill.keep(item.line, self.batch.fields(item), Some(&problems));
        }
        let item = &self.batch.items[item];
        let rejection = Rejection {
            line: item.line,
            problems,
        };
        Self::report(
            &mut self.observer,
            &mut self.rejects,
            &rejection,
            &self.batch.record(item),
            self.batch.windows_1252,
        );
        Ok(())
    }

    fn report(
        observer: &mut Observer<'_>,
        rejects: &mut Option<RejectWriter>,
        rejection: &Rejection,
        record: &csv::ByteRecord,
        windows_1252: bool,
    ) {
        (observer.rejected)(rejection);
        if let Some(writer) = rejects {
            writer.row(record, rejection, windows_1252);
        }
    }

    /// Reports a rejection kept in the spill (the encoding is the input's as it ended).
    fn report_kept(&mut self) -> impl FnMut(u64, &csv::ByteRecord, Problems) + '_ {
        let windows_1252 = self.batch.windows_1252;
        let (observer, rejects) = (&mut self.observer, &mut self.rejects);
        move |line, record, problems| {
            Self::report(
                observer,
                rejects,
                &Rejection { line, problems },
                record,
                windows_1252,
            );
        }
    }
}

impl RowSource for Pipeline<'_> {
    fn next_row(&mut self) -> Result<Option<ImportRow>> {
        loop {
            if let Some(item) = self.batch.items.get_mut(self.next) {
                let index = self.next;
                self.next += 1;
                match &mut item.kind {
                    ItemKind::Row { start, end, spans } => {
                        let row = ImportRow::from_parts(item.line, &self.batch.text[*start..*end], *spans);
                        if let Some(spill) = &mut self.spill {
                            let item = &self.batch.items[index];
                            spill.keep(item.line, self.batch.fields(item), None)?;
                        }
                        self.current = Some(index);
                        return Ok(Some(row));
                    }
                    ItemKind::Rejected(problems) => {
                        let problems = std::mem::take(problems);
                        self.reject(index, problems)?;
                        continue;
                    }
                }
            }
            if self.finished.is_some() {
                return Ok(None);
            }
            match self.rx.recv() {
                Ok(Message::Batch(batch)) => {
                    (self.observer.progress)(batch.bytes, batch.rows);
                    self.batch = batch;
                    self.next = 0;
                    self.current = None;
                }
                Ok(Message::Done(Ok(finished))) => {
                    self.finished = Some(finished);
                    return Ok(None);
                }
                Ok(Message::Done(Err(err))) => return Err(err),
                Err(_) => return Err(Error::failure("the import's reader stopped unexpectedly")),
            }
        }
    }

    fn reject_current(&mut self, field: UserField, message: &str) {
        let Some(item) = self.current.take() else {
            return;
        };
        self.rejected_by_store += 1;
        let problems = vec![(self.columns.header_of(field).to_owned(), message.to_owned())];
        // Only a local store rejects the current row; its rows are never kept.
        let _ = self.reject(item, problems);
    }

    fn retain(&mut self) {
        if self.spill.is_none() {
            match Spill::new() {
                Ok(spill) => self.spill = Some(spill),
                Err(err) => self.failed = Some(err),
            }
        }
    }

    fn reject_line(&mut self, line: u64, field: UserField, message: &str) {
        let problems = vec![(self.columns.header_of(field).to_owned(), message.to_owned())];
        let Some(mut spill) = self.spill.take() else {
            return;
        };
        let found = spill.advance(line, &mut self.report_kept());
        let record = match found {
            Ok(record) => record.unwrap_or_default(),
            Err(err) => {
                self.failed.get_or_insert(err);
                csv::ByteRecord::new()
            }
        };
        self.spill = Some(spill);
        self.rejected_by_store += 1;
        let windows_1252 = self.batch.windows_1252;
        Self::report(
            &mut self.observer,
            &mut self.rejects,
            &Rejection { line, problems },
            &record,
            windows_1252,
        );
    }

    fn settle(&mut self) -> Result<()> {
        if let Some(mut spill) = self.spill.take() {
            spill.finish(&mut self.report_kept())?;
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
        let finished = self
            .finished
            .as_ref()
            .ok_or_else(|| Error::failure("the import ended before its input was read"))?;
        let mut summary = finished.summary.clone();
        summary.rejected += self.rejected_by_store;
        // A retained source ends when the store has answered (`settle`).
        if self.spill.is_none()
            && let Some(writer) = self.rejects.take()
        {
            writer.finish()?;
        }
        Ok(summary)
    }
}
