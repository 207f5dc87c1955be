/*!
Imports through the server, staged so that no client ever holds the store.

The client reads and validates its file and sends the rows in batches; the server
checks each batch's shape and appends it to a temporary file of the import (its
*stage*), outside any transaction, so every other client keeps writing meanwhile.
When the client says it has sent everything, the server imports the staged rows in
one short transaction, as a local import of them would, checking every row again
with the same core checks a local import makes ([`crate::core::import`]): nothing a
client sends is taken on trust. What the import did (the store state it planned
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
use std::io::{BufRead, BufReader, BufWriter, Seek, Write};
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::api::wire;
use crate::core::import::{check_completion, check_file_name, check_row, check_spec};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{
    Change, CompletionField, CompletionRow, Grant, ImportReport, ImportRow, ImportSpec, PlanHeader, PlanSink,
    PlanSource, RowSource, SourceSummary, UserField,
};
use crate::store::{Session, SqliteStore, Store};

/// Stages one token may have at a time.
const STAGES_PER_TOKEN: usize = 4;
/// Stages the server keeps at a time.
const STAGES: usize = 64;
/// The most a stage may hold (bytes of staged JSON).
const STAGE_BYTES: u64 = 4 << 30;

/// What is being imported, with what the import needs besides its rows.
pub enum Kind {
    Users {
        spec: ImportSpec,
        /// How many changes of each kind the client wants to see (`None`: all).
        changes_wanted: Option<usize>,
    },
    Completions(wire::CompletionsStart),
    Plan(PlanHeader),
}

impl Kind {
    fn name(&self) -> &'static str {
        match self {
            Kind::Users { .. } => "users",
            Kind::Completions(_) => "completions",
            Kind::Plan(_) => "plans",
        }
    }
}

/// What a staged item is, for the checks made when it arrives.
pub trait Staged: Serialize + DeserializeOwned + Send + 'static {
    /// The kind of import that stages such items.
    const KIND: &'static str;
    /// The line of a row in its file (`None` for a plan's changes).
    fn line(&self) -> Option<u64>;
}

impl Staged for wire::Row {
    const KIND: &'static str = "users";

    fn line(&self) -> Option<u64> {
        Some(self.line)
    }
}

impl Staged for CompletionRow {
    const KIND: &'static str = "completions";

    fn line(&self) -> Option<u64> {
        Some(self.line)
    }
}

impl Staged for Change {
    const KIND: &'static str = "plans";

    fn line(&self) -> Option<u64> {
        None
    }
}

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
    store: PathBuf,
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
    pub fn new(store: PathBuf, session: Session, timeout: Duration) -> Self {
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
                serde_json::to_writer(&mut text, item).map_err(|e| Error::failure(e.to_string()))?;
                text.push(b'\n');
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

    /// A store connection of its own for applying a stage of `grant`'s token.
    fn store(&self, grant: &Grant) -> Result<SqliteStore> {
        let mut store = SqliteStore::open_with(&self.store, self.session.clone())?;
        super::act_for(&mut store, grant);
        Ok(store)
    }
}

/// A staged item that is a row of a file: its line, and the row the store reads.
pub trait StagedRow: Staged {
    type Row;
    type Field: Serialize + Copy;
    fn into_row(self) -> (u64, Self::Row);
}

impl StagedRow for wire::Row {
    type Row = ImportRow;
    type Field = UserField;

    fn into_row(self) -> (u64, ImportRow) {
        let mut row = self.row;
        row.line = self.line;
        (self.line, row)
    }
}

impl StagedRow for CompletionRow {
    type Row = CompletionRow;
    type Field = CompletionField;

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

/// The staged items, read back in the order they came.
struct StagedItems {
    lines: std::io::Lines<BufReader<File>>,
}

impl StagedItems {
    fn new(stage: BufWriter<File>) -> Result<Self> {
        let mut file = stage.into_inner().map_err(|e| stage_error(e.into_error()))?;
        file.rewind().map_err(stage_error)?;
        Ok(StagedItems {
            lines: BufReader::new(file).lines(),
        })
    }

    fn next<T: DeserializeOwned>(&mut self) -> Result<Option<T>> {
        let Some(line) = self.lines.next() else {
            return Ok(None);
        };
        let line = line.map_err(stage_error)?;
        serde_json::from_str(&line)
            .map(Some)
            .map_err(|e| Error::failure(format!("a staged item cannot be read back: {e}")))
    }
}

/// The core's checks of a staged row: its problems by field.
type Check<T> = Box<dyn Fn(&<T as StagedRow>::Row) -> Vec<(<T as StagedRow>::Field, String)>>;

/// The staged rows as the store's row source: each row is checked again by the core
/// before the store sees it, and every rejection (the core's, the store's) goes to
/// the log with its line.
struct StagedRows<T: StagedRow> {
    items: StagedItems,
    check: Check<T>,
    log: SharedLog,
    line: u64,
    rejected: u64,
    summary: SourceSummary,
}

impl<T: StagedRow> StagedRows<T> {
    fn reject(&mut self, field: T::Field, message: String) {
        self.rejected += 1;
        self.log.borrow_mut().event(&wire::Event::Reject(wire::Reject {
            line: self.line,
            field,
            message,
        }));
    }
}

impl<T: StagedRow> RowSource<T::Row, T::Field> for StagedRows<T> {
    fn next_row(&mut self) -> Result<Option<T::Row>> {
        while let Some(item) = self.items.next::<T>()? {
            let (line, row) = item.into_row();
            self.line = line;
            let mut problems = (self.check)(&row).into_iter();
            let Some((field, first)) = problems.next() else {
                return Ok(Some(row));
            };
            let rest: Vec<String> = problems.map(|(_, message)| message).collect();
            let message = std::iter::once(first).chain(rest).collect::<Vec<_>>().join("; ");
            self.reject(field, message);
        }
        Ok(None)
    }

    fn reject_current(&mut self, field: T::Field, message: &str) {
        self.reject(field, message.to_owned());
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
    /// the client's end of its rows.
    pub fn apply(&self, grant: &Grant, stage: Stage, summary: serde_json::Value) -> Applied {
        let log = match Log::new() {
            Ok(log) => log,
            Err(err) => return Applied::Failed(err),
        };
        let result = self.run(grant, stage, summary, &log);
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
        log: &SharedLog,
    ) -> Result<serde_json::Value> {
        let staged = stage.items;
        let items = StagedItems::new(stage.file)?;
        let store = self.store(grant)?;
        match stage.kind {
            Kind::Users { spec, changes_wanted } => {
                let summary = client_summary(summary, staged)?;
                let (columns, key) = (spec.columns.clone(), spec.key);
                let mut rows = StagedRows::<wire::Row> {
                    items,
                    check: Box::new(move |row| check_row(&columns, key, row)),
                    log: log.clone(),
                    line: 0,
                    rejected: 0,
                    summary,
                };
                let mut plan = LogPlan {
                    log: log.clone(),
                    wanted: changes_wanted,
                    counts: HashMap::new(),
                };
                to_json(store.import_users(&spec, &mut rows, &mut plan)?)
            }
            Kind::Completions(start) => {
                let summary = client_summary(summary, staged)?;
                let mut rows = StagedRows::<CompletionRow> {
                    items,
                    check: Box::new(check_completion),
                    log: log.clone(),
                    line: 0,
                    rejected: 0,
                    summary,
                };
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
    match kind {
        Kind::Plan(header)
            if header.format != crate::import::plan::FORMAT
                || header.version != crate::import::plan::VERSION =>
        {
            Err(refused(format!(
                "this is not an lmsctl import plan of version {}",
                crate::import::plan::VERSION
            )))
        }
        Kind::Users { spec, .. } | Kind::Plan(PlanHeader { spec, .. }) => {
            if spec.tenant != tenant {
                return Err(Error::usage("the import's tenant is not the tenant of the route"));
            }
            check_spec(spec).map_err(|m| refused(format!("the import's options: {m}")))
        }
        Kind::Completions(start) => check_file_name(&start.file).map_err(refused),
    }
}
