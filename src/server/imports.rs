/*!
Imports through the server, staged so that no client ever holds the store.

The client reads and validates its file and sends the rows in batches. The server
checks every row again as it arrives, with the same core checks a local import makes
([`crate::core::import`]): nothing a client sends is taken on trust. It appends the
rows (and, for the ones the checks refuse, their rejections) to a temporary file of
the import (its *stage*), outside any transaction, so every other client keeps writing
meanwhile; rows are kept as their values, not as JSON to parse again. When the client
says it has sent everything, the server imports the staged rows in one short
transaction, as a local import of them would: a saved plan's changes are checked
then, against the tenant as it is. What the import did (the store state it planned
against, planned changes, rejected rows by line, then the report or the error) is
written to a second temporary file, and only after the transaction has ended is it
sent to the client (NDJSON), so a client that reads slowly never holds the store.

A stage belongs to the token that started it and to its tenant. A stage left silent
for the stage timeout is dropped, and a token may have only a few at a time, each of
bounded size.
*/

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, Write};
use std::rc::Rc;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::api::wire;
use crate::core::Lms;
use crate::core::import::{check_completion, check_file_name, check_plan_header, check_row, check_spec};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{
    Change, CompletionField, CompletionRow, Grant, ImportReport, ImportRow, PlanHeader, PlanSink, PlanSource,
    RowSource, SourceSummary, UserField,
};
use crate::store::{Location, Session};

/// Stages one token may have at a time.
const STAGES_PER_TOKEN: usize = 4;
/// Stages the server keeps at a time.
const STAGES: usize = 64;
/// The most a stage may hold (bytes of staged JSON).
const STAGE_BYTES: u64 = 4 << 30;

/// What is being imported, with what the import needs besides its rows: what the
/// client started it with.
pub enum Kind {
    Users(wire::ImportStart),
    Completions(wire::CompletionsStart),
    Plan(PlanHeader),
}

impl Kind {
    fn name(&self) -> &'static str {
        match self {
            Kind::Users(_) => "users",
            Kind::Completions(_) => "completions",
            Kind::Plan(_) => "plans",
        }
    }
}

/// What a staged item is: how it is checked when it arrives (by the core, as a local
/// import checks it), and how it is kept on disk until the import is applied.
pub trait Staged: DeserializeOwned + Send + Sized + 'static {
    /// The kind of import that stages such items.
    const KIND: &'static str;
    /// The field a rejection names.
    type Field: Serialize + DeserializeOwned + Copy;
    /// The line of a row in its file (`None` for a plan's changes).
    fn line(&self) -> Option<u64>;
    /// What the core finds wrong with the item in the import `kind`: the field of the
    /// first problem and every problem's message. (A plan's changes are checked by the
    /// store, against the tenant as it is when the plan is applied.)
    fn problems(&self, kind: &Kind) -> Option<(Self::Field, String)> {
        let _ = kind;
        None
    }
    fn encode(&self, out: &mut Vec<u8>);
    fn decode(bytes: &[u8]) -> Result<Self>;
}

/// The field of the first problem, and every problem's message (the later ones after
/// the name of their field).
fn first_and_all<F: Copy>(
    problems: Vec<(F, String)>,
    name: impl Fn(F) -> &'static str,
) -> Option<(F, String)> {
    let mut problems = problems.into_iter();
    let (field, first) = problems.next()?;
    let rest = problems.map(|(other, message)| format!("{}: {message}", name(other)));
    let messages: Vec<String> = std::iter::once(first).chain(rest).collect();
    Some((field, messages.join("; ")))
}

fn unreadable(what: impl std::fmt::Display) -> Error {
    Error::failure(format!("a staged item cannot be read back: {what}"))
}

/// A row of users, kept as its values and their spans (no JSON to parse again).
impl Staged for wire::Row {
    const KIND: &'static str = "users";
    type Field = UserField;

    fn line(&self) -> Option<u64> {
        Some(self.line)
    }

    fn problems(&self, kind: &Kind) -> Option<(UserField, String)> {
        let Kind::Users(wire::ImportStart { spec, .. }) = kind else {
            return None;
        };
        first_and_all(check_row(&spec.columns, spec.key, &self.row), UserField::name)
    }

    fn encode(&self, out: &mut Vec<u8>) {
        let (text, spans) = self.row.parts();
        out.extend_from_slice(&self.line.to_le_bytes());
        out.extend_from_slice(&(text.len() as u32).to_le_bytes());
        out.extend_from_slice(text.as_bytes());
        for span in spans {
            match span {
                None => out.push(0),
                Some((start, end)) => {
                    out.push(1);
                    out.extend_from_slice(&start.to_le_bytes());
                    out.extend_from_slice(&end.to_le_bytes());
                }
            }
        }
    }

    fn decode(bytes: &[u8]) -> Result<Self> {
        let mut at = 0;
        let mut take = |n: usize| -> Result<&[u8]> {
            let part = bytes
                .get(at..at + n)
                .ok_or_else(|| unreadable("it is cut short"))?;
            at += n;
            Ok(part)
        };
        let number = |part: &[u8]| u32::from_le_bytes(part.try_into().unwrap_or_default());
        let line = u64::from_le_bytes(take(8)?.try_into().map_err(unreadable)?);
        let length = number(take(4)?) as usize;
        let text = std::str::from_utf8(take(length)?).map_err(unreadable)?;
        let mut spans = [None; 8];
        for span in &mut spans {
            if take(1)?[0] == 1 {
                let (start, end) = (number(take(4)?), number(take(4)?));
                let fits = start <= end
                    && (end as usize) <= text.len()
                    && text.is_char_boundary(start as usize)
                    && text.is_char_boundary(end as usize);
                if !fits {
                    return Err(unreadable("a value lies outside its row"));
                }
                *span = Some((start, end));
            }
        }
        Ok(wire::Row {
            line,
            row: ImportRow::from_parts(line, text, spans),
        })
    }
}

impl Staged for CompletionRow {
    const KIND: &'static str = "completions";
    type Field = CompletionField;

    fn line(&self) -> Option<u64> {
        Some(self.line)
    }

    fn problems(&self, _: &Kind) -> Option<(CompletionField, String)> {
        first_and_all(check_completion(self), CompletionField::name)
    }

    fn encode(&self, out: &mut Vec<u8>) {
        let _ = serde_json::to_writer(out, self);
    }

    fn decode(bytes: &[u8]) -> Result<Self> {
        serde_json::from_slice(bytes).map_err(unreadable)
    }
}

impl Staged for Change {
    const KIND: &'static str = "plans";
    type Field = ();

    fn line(&self) -> Option<u64> {
        None
    }

    fn encode(&self, out: &mut Vec<u8>) {
        let _ = serde_json::to_writer(out, self);
    }

    fn decode(bytes: &[u8]) -> Result<Self> {
        serde_json::from_slice(bytes).map_err(unreadable)
    }
}

/// A record of a stage file: `[u32 length][u8 tag][payload]`, the tag [`ITEM`] (an
/// item as [`Staged::encode`] wrote it) or [`REJECTED`] (`[u64 line][u32 length]
/// [message][field as JSON]`: a row the core refused when it arrived).
const ITEM: u8 = 0;
const REJECTED: u8 = 1;

/// An import being staged.
pub struct Stage {
    tenant: String,
    kind: Kind,
    file: BufWriter<File>,
    items: u64,
    bytes: u64,
    last_line: u64,
    touched: Instant,
}

/// What starting a stage came to.
pub enum Started {
    Staged(wire::Staged),
    /// The token (or the server) has as many stages as it may: try again later.
    Full(Error),
}

/// A stage in the register: whose it is (readable without waiting for a batch being
/// written), and the stage itself, `None` once taken to be applied.
#[derive(Clone)]
struct Entry {
    token_id: i64,
    tenant: String,
    kind: &'static str,
    stage: Arc<Mutex<Option<Stage>>>,
}

/// The stages by session id, and how to open a store connection to apply one.
#[derive(Clone)]
pub struct Stages {
    stages: Arc<Mutex<HashMap<String, Entry>>>,
    /// How long a stage may stay silent before it is dropped.
    pub timeout: Duration,
    store: Location,
    session: Session,
}

fn stage_error(err: std::io::Error) -> Error {
    Error::failure(format!("the server cannot stage the import: {err}"))
        .with_hint("the server's temporary directory may be full; try again later")
}

fn unusable() -> Error {
    Error::failure("the import register is unusable")
}

fn not_found(id: &str) -> Error {
    Error::not_found("import", id).with_hint(
        "it was finished, dropped after the client was silent too long, or never started: start it again",
    )
}

impl Stages {
    pub fn new(store: Location, session: Session, timeout: Duration) -> Self {
        Stages {
            stages: Arc::default(),
            timeout,
            store,
            session,
        }
    }

    fn lock(&self) -> Result<MutexGuard<'_, HashMap<String, Entry>>> {
        self.stages.lock().map_err(|_| unusable())
    }

    /// Starts staging an import for `grant`'s token in `tenant`, if there is room.
    pub fn start(&self, grant: &Grant, tenant: &str, kind: Kind) -> Result<Started> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|e| Error::failure(format!("no random numbers: {e}")))?;
        let id = hex::encode(bytes);
        let file = tempfile::tempfile().map_err(stage_error)?;
        let entry = Entry {
            token_id: grant.token_id,
            tenant: tenant.to_owned(),
            kind: kind.name(),
            stage: Arc::new(Mutex::new(Some(Stage {
                tenant: tenant.to_owned(),
                kind,
                file: BufWriter::new(file),
                items: 0,
                bytes: 0,
                last_line: 0,
                touched: Instant::now(),
            }))),
        };
        let mut stages = self.lock()?;
        let mine = stages.values().filter(|e| e.token_id == grant.token_id).count();
        if mine >= STAGES_PER_TOKEN || stages.len() >= STAGES {
            return Ok(Started::Full(
                Error::new(
                    ErrorKind::Busy,
                    format!(
                        "too many imports are being sent to the server ({mine} of this token's, {} in all)",
                        stages.len()
                    ),
                )
                .with_hint(format!(
                    "finish the others first, or wait: an import left silent is dropped after {} s",
                    self.timeout.as_secs()
                )),
            ));
        }
        stages.insert(id.clone(), entry);
        Ok(Started::Staged(wire::Staged { session: id }))
    }

    /// Runs `work` on the stage `id`, if it belongs to `grant`'s token and `tenant` and
    /// is of kind `kind`; another tenant's or token's stage does not exist.
    fn with_stage<T>(
        &self,
        grant: &Grant,
        tenant: &str,
        id: &str,
        kind: &str,
        work: impl FnOnce(&mut Option<Stage>) -> Result<T>,
    ) -> Result<T> {
        let entry = self
            .lock()?
            .get(id)
            .filter(|e| e.token_id == grant.token_id && e.tenant == tenant && e.kind == kind)
            .cloned()
            .ok_or_else(|| not_found(id))?;
        let mut stage = entry.stage.lock().map_err(|_| unusable())?;
        work(&mut stage)
    }

    /// Appends a batch to a stage, all of it or nothing: rows must come once each, in
    /// the order of their lines.
    pub fn append<T: Staged>(
        &self,
        grant: &Grant,
        tenant: &str,
        id: &str,
        items: Vec<T>,
    ) -> Result<wire::StagedCount> {
        self.with_stage(grant, tenant, id, T::KIND, |slot| {
            let stage = slot.as_mut().ok_or_else(|| not_found(id))?;
            let mut last_line = stage.last_line;
            let mut text = Vec::new();
            let mut payload = Vec::new();
            for item in &items {
                if let Some(line) = item.line() {
                    if line <= last_line {
                        return Err(Error::invalid(format!(
                            "the row of line {line} comes after line {last_line}: rows must be sent once each, in the order of their lines"
                        ))
                        .with_hint("start the import again"));
                    }
                    last_line = line;
                }
                payload.clear();
                let tag = match item.problems(&stage.kind) {
                    None => {
                        item.encode(&mut payload);
                        ITEM
                    }
                    Some((field, message)) => {
                        payload.extend_from_slice(&item.line().unwrap_or_default().to_le_bytes());
                        payload.extend_from_slice(&(message.len() as u32).to_le_bytes());
                        payload.extend_from_slice(message.as_bytes());
                        serde_json::to_writer(&mut payload, &field).map_err(|e| Error::failure(e.to_string()))?;
                        REJECTED
                    }
                };
                text.extend_from_slice(&(payload.len() as u32 + 1).to_le_bytes());
                text.push(tag);
                text.extend_from_slice(&payload);
            }
            if stage.bytes + text.len() as u64 > STAGE_BYTES {
                return Err(Error::invalid(format!(
                    "the import is larger than the server takes ({} GiB)",
                    STAGE_BYTES >> 30
                ))
                .with_hint("split the file and import the parts one after the other"));
            }
            stage.file.write_all(&text).map_err(stage_error)?;
            stage.bytes += text.len() as u64;
            stage.items += items.len() as u64;
            stage.last_line = last_line;
            stage.touched = Instant::now();
            Ok(wire::StagedCount { staged: stage.items })
        })
    }

    /// Takes a stage out of the register to apply it.
    pub fn take(&self, grant: &Grant, tenant: &str, id: &str, kind: &str) -> Result<Stage> {
        let stage = self.with_stage(grant, tenant, id, kind, |slot| {
            slot.take().ok_or_else(|| not_found(id))
        })?;
        self.lock()?.remove(id);
        Ok(stage)
    }

    /// Drops the stages silent for longer than the timeout (not one being written to).
    pub fn reap(&self) {
        if let Ok(mut stages) = self.stages.lock() {
            stages.retain(|_, entry| {
                entry.stage.try_lock().map_or(true, |s| {
                    s.as_ref().is_some_and(|s| s.touched.elapsed() < self.timeout)
                })
            });
        }
    }

    /// A store connection of its own for applying a stage of `grant`'s token, which
    /// waits `wait` for another writer, at most the server's busy timeout: a client
    /// may ask to give up sooner, never to hold a server's thread longer than its
    /// operator allows.
    fn store(&self, grant: &Grant, wait: Option<Duration>) -> Result<Lms> {
        let mut session = self.session.clone();
        session.busy_timeout = wait.map_or(session.busy_timeout, |wait| wait.min(session.busy_timeout));
        let mut store = Lms::open(&self.store, &session)?;
        super::act_for(&mut store, grant);
        Ok(store)
    }
}

/// A staged item that is a row of a file: its line, and the row the store reads.
pub trait StagedRow: Staged {
    type Row;
    fn into_row(self) -> (u64, Self::Row);
}

impl StagedRow for wire::Row {
    type Row = ImportRow;

    fn into_row(self) -> (u64, ImportRow) {
        let mut row = self.row;
        row.line = self.line;
        (self.line, row)
    }
}

impl StagedRow for CompletionRow {
    type Row = CompletionRow;

    fn into_row(self) -> (u64, CompletionRow) {
        (self.line, self)
    }
}

/// What an import did, as NDJSON lines in a temporary file, written while the store
/// works and sent once it is done.
struct Log {
    out: BufWriter<File>,
    events: u64,
    failed: Option<std::io::Error>,
}

type SharedLog = Rc<RefCell<Log>>;

impl Log {
    fn new() -> Result<SharedLog> {
        let file = tempfile::tempfile().map_err(stage_error)?;
        Ok(Rc::new(RefCell::new(Log {
            out: BufWriter::new(file),
            events: 0,
            failed: None,
        })))
    }

    fn event<F: Serialize>(&mut self, event: &wire::Event<F>) {
        if self.failed.is_some() {
            return;
        }
        let written = serde_json::to_writer(&mut self.out, event)
            .map_err(std::io::Error::other)
            .and_then(|()| self.out.write_all(b"\n"));
        match written {
            Ok(()) => self.events += 1,
            Err(e) => self.failed = Some(e),
        }
    }

    /// The lines written, from the start.
    fn into_file(self) -> Result<File> {
        if let Some(e) = self.failed {
            return Err(stage_error(e));
        }
        let mut file = self.out.into_inner().map_err(|e| stage_error(e.into_error()))?;
        file.rewind().map_err(stage_error)?;
        Ok(file)
    }
}

/// One record of a stage file, read back.
enum Record {
    Item(Vec<u8>),
    Rejected {
        line: u64,
        field: Vec<u8>,
        message: String,
    },
}

/// The staged records, read back in the order they came.
struct StagedItems {
    input: BufReader<File>,
}

impl StagedItems {
    fn new(stage: BufWriter<File>) -> Result<Self> {
        let mut file = stage.into_inner().map_err(|e| stage_error(e.into_error()))?;
        file.rewind().map_err(stage_error)?;
        Ok(StagedItems {
            input: BufReader::with_capacity(1 << 20, file),
        })
    }

    fn record(&mut self) -> Result<Option<Record>> {
        let mut length = [0u8; 4];
        match self.input.read_exact(&mut length) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
            Err(e) => return Err(stage_error(e)),
        }
        let mut bytes = vec![0u8; u32::from_le_bytes(length) as usize];
        self.input.read_exact(&mut bytes).map_err(stage_error)?;
        let Some((&tag, payload)) = bytes.split_first() else {
            return Err(unreadable("an empty record"));
        };
        if tag == ITEM {
            return Ok(Some(Record::Item(payload.to_vec())));
        }
        let line = u64::from_le_bytes(
            payload
                .get(..8)
                .and_then(|b| b.try_into().ok())
                .ok_or_else(|| unreadable("cut short"))?,
        );
        let length = u32::from_le_bytes(
            payload
                .get(8..12)
                .and_then(|b| b.try_into().ok())
                .ok_or_else(|| unreadable("cut short"))?,
        ) as usize;
        let message = payload
            .get(12..12 + length)
            .ok_or_else(|| unreadable("cut short"))?;
        Ok(Some(Record::Rejected {
            line,
            field: payload[12 + length..].to_vec(),
            message: String::from_utf8_lossy(message).into_owned(),
        }))
    }

    /// The next item (a plan's change: plans have no rejected records).
    fn next<T: Staged>(&mut self) -> Result<Option<T>> {
        match self.record()? {
            None => Ok(None),
            Some(Record::Item(bytes)) => T::decode(&bytes).map(Some),
            Some(Record::Rejected { .. }) => Err(unreadable("a plan's change was refused")),
        }
    }
}

/// The staged rows as the store's row source: the rows the core refused when they
/// arrived, and those the store rejects, go to the log with their lines, in order.
struct StagedRows<T: StagedRow> {
    items: StagedItems,
    log: SharedLog,
    line: u64,
    rejected: u64,
    summary: SourceSummary,
    kind: std::marker::PhantomData<T>,
}

impl<T: StagedRow> StagedRows<T> {
    fn new(items: StagedItems, log: &SharedLog, summary: SourceSummary) -> Self {
        StagedRows {
            items,
            log: log.clone(),
            line: 0,
            rejected: 0,
            summary,
            kind: std::marker::PhantomData,
        }
    }

    fn reject(&mut self, line: u64, field: T::Field, message: String) {
        self.rejected += 1;
        self.log
            .borrow_mut()
            .event(&wire::Event::Reject(wire::Reject { line, field, message }));
    }
}

impl<T: StagedRow> RowSource<T::Row, T::Field> for StagedRows<T> {
    fn next_row(&mut self) -> Result<Option<T::Row>> {
        while let Some(record) = self.items.record()? {
            match record {
                Record::Item(bytes) => {
                    let (line, row) = T::decode(&bytes)?.into_row();
                    self.line = line;
                    return Ok(Some(row));
                }
                Record::Rejected { line, field, message } => {
                    let field = serde_json::from_slice(&field).map_err(unreadable)?;
                    self.reject(line, field, message);
                }
            }
        }
        Ok(None)
    }

    fn reject_current(&mut self, field: T::Field, message: &str) {
        self.reject(self.line, field, message.to_owned());
    }

    fn finish(&mut self) -> Result<SourceSummary> {
        Ok(SourceSummary {
            rejected: self.summary.rejected + self.rejected,
            ..self.summary.clone()
        })
    }
}

/// The planned changes as the client wants them: as many of each kind as it keeps.
struct LogPlan {
    log: SharedLog,
    wanted: Option<usize>,
    counts: HashMap<&'static str, usize>,
}

impl PlanSink for LogPlan {
    fn begin(&mut self, store_head: &str) -> Result<()> {
        self.log.borrow_mut().event(&wire::Event::<()>::Begin {
            store_head: store_head.to_owned(),
        });
        Ok(())
    }

    fn change(&mut self, change: &Change) -> Result<()> {
        let count = self.counts.entry(change.kind()).or_default();
        if self.wanted.is_none_or(|wanted| *count < wanted) {
            *count += 1;
            self.log
                .borrow_mut()
                .event(&wire::Event::<()>::Change(change.clone()));
        }
        Ok(())
    }
}

/// A saved plan's staged changes as the store's plan source (the store checks each again).
struct StagedPlan {
    header: PlanHeader,
    changes: StagedItems,
    summary: Option<ImportReport>,
}

impl PlanSource for StagedPlan {
    fn header(&self) -> &PlanHeader {
        &self.header
    }

    fn next_change(&mut self) -> Result<Option<Change>> {
        self.changes.next()
    }

    fn summary(&self) -> Option<&ImportReport> {
        self.summary.as_ref()
    }
}

/// The client's end of its rows, which must fit what it staged.
fn client_summary(summary: serde_json::Value, staged: u64) -> Result<SourceSummary> {
    let summary: SourceSummary = serde_json::from_value(summary).map_err(|e| {
        Error::usage(format!("the import's summary: {e}")).with_hint("send {rows, rejected, sha256}")
    })?;
    let sha256_ok = summary.sha256.len() == 64 && summary.sha256.bytes().all(|b| b.is_ascii_hexdigit());
    let counts_ok = summary.rejected <= summary.rows && staged <= summary.rows - summary.rejected;
    if !(sha256_ok && counts_ok) {
        return Err(Error::invalid(format!(
            "the import's summary ({} rows, {} rejected) does not fit the {staged} rows sent, or its SHA-256 is not one",
            summary.rows, summary.rejected
        ))
        .with_hint("send the counts and hash of the file the rows came from"));
    }
    Ok(summary)
}

fn to_json(report: impl Serialize) -> Result<serde_json::Value> {
    serde_json::to_value(report).map_err(|e| Error::failure(format!("cannot send the report: {e}")))
}

/// How an import through the server ended: its events (NDJSON) in a file, or an error
/// before there was anything to tell.
pub enum Applied {
    Events(File),
    Failed(Error),
}

impl Stages {
    /// Applies a stage in one transaction (call on a blocking thread), with `summary`
    /// the client's end of its rows, waiting for another import of the tenant as long
    /// as the client asks (`wait`), else as long as the server's session says.
    pub fn apply(
        &self,
        grant: &Grant,
        stage: Stage,
        summary: serde_json::Value,
        wait: Option<Duration>,
    ) -> Applied {
        let log = match Log::new() {
            Ok(log) => log,
            Err(err) => return Applied::Failed(err),
        };
        let result = self.run(grant, stage, summary, wait, &log);
        let mut ended = log.borrow_mut();
        match result {
            Ok(report) => ended.event(&wire::Event::<()>::Report(report)),
            Err(err) if ended.events == 0 => return Applied::Failed(err),
            Err(err) => ended.event(&wire::Event::<()>::Error(err)),
        }
        drop(ended);
        let log = match Rc::try_unwrap(log) {
            Ok(log) => log.into_inner(),
            Err(_) => return Applied::Failed(Error::failure("the import's log is still in use")),
        };
        match log.into_file() {
            Ok(file) => Applied::Events(file),
            Err(err) => Applied::Failed(err),
        }
    }

    fn run(
        &self,
        grant: &Grant,
        stage: Stage,
        summary: serde_json::Value,
        wait: Option<Duration>,
        log: &SharedLog,
    ) -> Result<serde_json::Value> {
        let staged = stage.items;
        let items = StagedItems::new(stage.file)?;
        let store = self.store(grant, wait)?;
        match stage.kind {
            Kind::Users(wire::ImportStart { spec, changes_wanted }) => {
                let summary = client_summary(summary, staged)?;
                let mut rows = StagedRows::<wire::Row>::new(items, log, summary);
                let mut plan = LogPlan {
                    log: log.clone(),
                    wanted: changes_wanted,
                    counts: HashMap::new(),
                };
                to_json(store.import_users(&spec, &mut rows, &mut plan)?)
            }
            Kind::Completions(start) => {
                let summary = client_summary(summary, staged)?;
                let mut rows = StagedRows::<CompletionRow>::new(items, log, summary);
                to_json(store.import_completions(
                    &stage.tenant,
                    &start.file,
                    start.apply,
                    start.skip_invalid,
                    &mut rows,
                )?)
            }
            Kind::Plan(header) => {
                let summary = serde_json::from_value(summary)
                    .map_err(|e| Error::usage(format!("the plan's summary: {e}")))?;
                let mut plan = StagedPlan {
                    header,
                    changes: items,
                    summary,
                };
                to_json(store.apply_import_plan(&mut plan)?)
            }
        }
    }
}

/// What a client may start, checked before anything is staged.
pub fn check_start(tenant: &str, kind: &Kind) -> Result<()> {
    let refused = |m: String| Error::invalid(m).with_hint("start the import with valid options");
    let spec = match kind {
        Kind::Users(wire::ImportStart { spec, .. }) | Kind::Plan(PlanHeader { spec, .. }) => spec,
        Kind::Completions(start) => return check_file_name(&start.file).map_err(refused),
    };
    if spec.tenant != tenant {
        return Err(Error::usage("the import's tenant is not the tenant of the route"));
    }
    match kind {
        Kind::Plan(header) => check_plan_header(header).map_err(|m| refused(format!("the plan: {m}"))),
        _ => check_spec(spec).map_err(|m| refused(format!("the import's options: {m}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_staged_row_reads_back_as_it_was_sent() {
        let mut row = ImportRow::new(7);
        row.set(UserField::ExternalId, "P7");
        row.set(UserField::FirstName, "Jürgen");
        row.set(UserField::StartDate, "2020-02-29");
        let sent = wire::Row { line: 7, row };
        let mut bytes = Vec::new();
        sent.encode(&mut bytes);
        let back = wire::Row::decode(&bytes).unwrap();
        assert_eq!((back.line, back.row), (7, sent.row.clone()));
        // A record cut short, or a span that splits a character, is refused, not read.
        assert!(wire::Row::decode(&bytes[..bytes.len() - 3]).is_err());
        let text_start = 8 + 4;
        let mut broken = bytes.clone();
        // Point the first name's end into the middle of "ü": the spans follow the
        // text, 9 bytes for a value (flag, start, end), 1 for none (the e-mail).
        let spans = text_start + sent.row.parts().0.len();
        let first_name_end = spans + 9 + 1 + 5;
        assert_eq!(&broken[first_name_end..first_name_end + 4], &9u32.to_le_bytes());
        broken[first_name_end..first_name_end + 4].copy_from_slice(&4u32.to_le_bytes());
        assert!(
            wire::Row::decode(&broken)
                .unwrap_err()
                .message
                .contains("outside its row")
        );
    }
}
