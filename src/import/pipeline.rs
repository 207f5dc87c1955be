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
use super::reject::{RejectFormat, RejectWriter};
use super::rows::{Outcome, Rejection, Validator};
use super::source::{CsvInput, Encoding};
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
    pub reject_format: RejectFormat,
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
    /// With `retain`: earlier batches whose rows the store may still reject.
    retained: Option<Vec<Batch>>,
    rejects: Option<RejectWriter>,
    observer: Observer<'a>,
    rejected_by_store: u64,
    finished: Option<Finished>,
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
            retained: None,
            rejects,
            observer,
            rejected_by_store: 0,
            finished: None,
        })
    }

    /// How the input was read, once it is read to the end.
    pub fn format(&self) -> String {
        self.finished
            .as_ref()
            .map(|f| f.format.clone())
            .unwrap_or_default()
    }

    fn reject(&mut self, item: usize, problems: Vec<(String, String)>) {
        Self::reject_in(&self.batch, item, problems, &mut self.observer, &mut self.rejects);
    }

    fn reject_in(
        batch: &Batch,
        item: usize,
        problems: Vec<(String, String)>,
        observer: &mut Observer<'_>,
        rejects: &mut Option<RejectWriter>,
    ) {
        let item = &batch.items[item];
        let rejection = Rejection {
            line: item.line,
            problems,
        };
        (observer.rejected)(&rejection);
        if let Some(writer) = rejects {
            writer.row(&batch.record(item), &rejection, batch.windows_1252);
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
                        self.current = Some(index);
                        let text = &self.batch.text[*start..*end];
                        return Ok(Some(ImportRow::from_parts(item.line, text, *spans)));
                    }
                    ItemKind::Rejected(problems) => {
                        let problems = std::mem::take(problems);
                        self.reject(index, problems);
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
                    let done = std::mem::replace(&mut self.batch, batch);
                    if let Some(retained) = &mut self.retained {
                        retained.push(done);
                    }
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
        self.reject(
            item,
            vec![(self.columns.header_of(field).to_owned(), message.to_owned())],
        );
    }

    fn retain(&mut self) {
        self.retained.get_or_insert_with(Vec::new);
    }

    fn reject_line(&mut self, line: u64, field: UserField, message: &str) {
        let problems = vec![(self.columns.header_of(field).to_owned(), message.to_owned())];
        let retained = self.retained.iter().flatten();
        let Some((batch, item)) = retained.chain(std::iter::once(&self.batch)).find_map(|batch| {
            // Items are kept in the order of their lines.
            let item = batch.items.binary_search_by_key(&line, |item| item.line).ok()?;
            Some((batch, item))
        }) else {
            return;
        };
        self.rejected_by_store += 1;
        Self::reject_in(batch, item, problems, &mut self.observer, &mut self.rejects);
    }

    fn settle(&mut self) {
        if let Some(retained) = &mut self.retained {
            retained.clear();
        }
    }

    fn finish(&mut self) -> Result<SourceSummary> {
        let finished = self
            .finished
            .as_ref()
            .ok_or_else(|| Error::failure("the import ended before its input was read"))?;
        let mut summary = finished.summary.clone();
        summary.rejected += self.rejected_by_store;
        if let Some(writer) = self.rejects.take() {
            writer.finish()?;
        }
        Ok(summary)
    }
}
