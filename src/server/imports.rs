/*!
Imports through the server. The client reads and validates the file and sends the
valid rows in batches; the server runs the store's import on a thread of its own, in
one transaction for the whole file (as a local import), and answers each batch with
what the import did with it: changes planned and rows the store rejected, by line.
The client's reject file and messages are then those of a local import.

A session belongs to the token that started it; it is rolled back when the client
stops sending for [`IDLE`].
*/

use std::collections::{HashMap, VecDeque};
use std::sync::mpsc::{Receiver, Sender, SyncSender, channel, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;

use crate::api::wire;
use crate::error::{Error, Result};
use crate::model::{
    Change, CompletionField, CompletionRow, Grant, ImportRow, PlanSink, RowSource, SourceSummary, UserField,
};
use crate::store::{Session, SqliteStore};

/// How long an import waits for the client's next batch before it gives up.
const IDLE: Duration = Duration::from_secs(120);

/// A row as it travels: its line, and the row the store reads.
pub trait Wire: Send + 'static {
    type Row: Send + 'static;
    fn open(self) -> (u64, Self::Row);
}

impl Wire for wire::Row {
    type Row = ImportRow;

    fn open(self) -> (u64, ImportRow) {
        let mut row = self.row;
        row.line = self.line;
        (self.line, row)
    }
}

impl Wire for CompletionRow {
    type Row = CompletionRow;

    fn open(self) -> (u64, CompletionRow) {
        (self.line, self)
    }
}

enum Feed<W> {
    Rows(Vec<W>),
    /// The source's summary: a [`SourceSummary`], or a saved plan's report.
    Finish(serde_json::Value),
}

enum Event<F> {
    Begin(String),
    Change(Change),
    Reject(wire::Reject<F>),
    /// The import has used every row sent so far.
    Want,
    Done(Result<serde_json::Value>),
}

struct Running<W, F> {
    token_id: i64,
    tenant: String,
    feed: SyncSender<Feed<W>>,
    events: Mutex<Receiver<Event<F>>>,
}

/// The running imports by session id.
type Register<W, F> = HashMap<String, Arc<Running<W, F>>>;

/// The running imports of one kind (users, completions).
pub struct Sessions<W, F> {
    running: Arc<Mutex<Register<W, F>>>,
}

impl<W, F> Clone for Sessions<W, F> {
    fn clone(&self) -> Self {
        Sessions {
            running: self.running.clone(),
        }
    }
}

impl<W, F> Default for Sessions<W, F> {
    fn default() -> Self {
        Sessions {
            running: Arc::default(),
        }
    }
}

/// What an import does with the rows and the plan, on the import's own thread.
pub type Job<W, F> =
    Box<dyn FnOnce(&mut ChannelRows<W, F>, &mut dyn PlanSink) -> Result<serde_json::Value> + Send>;

impl<W: Wire, F: Copy + Send + Serialize + 'static> Sessions<W, F> {
    /// Starts an import (blocking) on `store`: its transaction begins at once.
    pub fn start(
        &self,
        grant: &Grant,
        tenant: &str,
        changes_wanted: Option<usize>,
        job: Job<W, F>,
    ) -> Result<wire::ImportProgress<F>> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|e| Error::failure(format!("no random numbers: {e}")))?;
        let id = hex::encode(bytes);
        let (feed, rows) = sync_channel(1);
        let (events_tx, events) = channel();
        let running = Arc::new(Running {
            token_id: grant.token_id,
            tenant: tenant.to_owned(),
            feed,
            events: Mutex::new(events),
        });
        self.lock()?.insert(id.clone(), running.clone());
        let (all, id_for_thread) = (self.running.clone(), id.clone());
        std::thread::spawn(move || {
            let mut source = ChannelRows {
                rows,
                buffer: VecDeque::new(),
                line: 0,
                summary: None,
                events: events_tx.clone(),
            };
            let mut plan = ChannelPlan {
                events: events_tx.clone(),
                wanted: changes_wanted,
                counts: HashMap::new(),
            };
            let done = job(&mut source, &mut plan);
            let _ = events_tx.send(Event::Done(done));
            if let Ok(mut all) = all.lock() {
                all.remove(&id_for_thread);
            }
        });
        collect(&running, id)
    }

    /// Hands a batch of rows to the import and answers what it did with them.
    pub fn rows(
        &self,
        grant: &Grant,
        tenant: &str,
        id: &str,
        rows: Vec<W>,
    ) -> Result<wire::ImportProgress<F>> {
        let running = self.find(grant, tenant, id)?;
        running.feed.send(Feed::Rows(rows)).map_err(|_| ended())?;
        collect(&running, id.to_owned())
    }

    /// Ends the rows: the import completes (or is refused) and reports.
    pub fn finish(
        &self,
        grant: &Grant,
        tenant: &str,
        id: &str,
        summary: serde_json::Value,
    ) -> Result<wire::ImportProgress<F>> {
        let running = self.find(grant, tenant, id)?;
        running.feed.send(Feed::Finish(summary)).map_err(|_| ended())?;
        collect(&running, id.to_owned())
    }

    fn find(&self, grant: &Grant, tenant: &str, id: &str) -> Result<Arc<Running<W, F>>> {
        self.lock()?
            .get(id)
            .filter(|running| running.token_id == grant.token_id && running.tenant == tenant)
            .cloned()
            .ok_or_else(|| Error::not_found("import", id).with_hint("start the import again"))
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, Register<W, F>>> {
        self.running
            .lock()
            .map_err(|_| Error::failure("the import register is unusable"))
    }
}

/// The running imports, and how to open a store connection for a new one.
#[derive(Clone)]
pub struct Imports {
    pub users: Sessions<wire::Row, UserField>,
    pub completions: Sessions<CompletionRow, CompletionField>,
    pub plans: Sessions<Change, ()>,
    store: std::path::PathBuf,
    session: Session,
}

impl Imports {
    pub fn new(store: std::path::PathBuf, session: Session) -> Self {
        Imports {
            users: Sessions::default(),
            completions: Sessions::default(),
            plans: Sessions::default(),
            store,
            session,
        }
    }

    /// A store connection of its own for an import by `grant`'s token.
    pub fn store(&self, grant: &Grant) -> Result<SqliteStore> {
        let mut store = SqliteStore::open_with(&self.store, self.session.clone())?;
        super::act_for(&mut store, grant);
        Ok(store)
    }
}

fn ended() -> Error {
    Error::failure("the import has ended (an error, or the client was silent too long)")
}

/// The import's events up to the point where it wants more rows, or its end.
fn collect<W, F>(running: &Running<W, F>, session: String) -> Result<wire::ImportProgress<F>> {
    let events = running
        .events
        .lock()
        .map_err(|_| Error::failure("the import is unusable"))?;
    let mut progress = wire::ImportProgress {
        session,
        store_head: None,
        changes: Vec::new(),
        rejects: Vec::new(),
        report: None,
    };
    loop {
        match events.recv().map_err(|_| ended())? {
            Event::Begin(head) => progress.store_head = Some(head),
            Event::Change(change) => progress.changes.push(change),
            Event::Reject(reject) => progress.rejects.push(reject),
            Event::Want => return Ok(progress),
            Event::Done(report) => {
                progress.report = Some(report?);
                return Ok(progress);
            }
        }
    }
}

/// The rows of the client's batches, as the store's row source.
pub struct ChannelRows<W: Wire, F> {
    rows: Receiver<Feed<W>>,
    buffer: VecDeque<W>,
    line: u64,
    summary: Option<serde_json::Value>,
    events: Sender<Event<F>>,
}

impl<W: Wire, F> RowSource<W::Row, F> for ChannelRows<W, F> {
    fn next_row(&mut self) -> Result<Option<W::Row>> {
        loop {
            if let Some(wire) = self.buffer.pop_front() {
                let (line, row) = wire.open();
                self.line = line;
                return Ok(Some(row));
            }
            if self.summary.is_some() {
                return Ok(None);
            }
            let _ = self.events.send(Event::Want);
            match self.rows.recv_timeout(IDLE) {
                Ok(Feed::Rows(rows)) => self.buffer.extend(rows),
                Ok(Feed::Finish(summary)) => self.summary = Some(summary),
                Err(_) => {
                    return Err(Error::failure(
                        "the client stopped sending rows: the import is rolled back",
                    ));
                }
            }
        }
    }

    fn reject_current(&mut self, field: F, message: &str) {
        let _ = self.events.send(Event::Reject(wire::Reject {
            line: self.line,
            field,
            message: message.to_owned(),
        }));
    }

    fn finish(&mut self) -> Result<SourceSummary> {
        serde_json::from_value(self.end()?).map_err(|e| Error::usage(format!("the import's summary: {e}")))
    }
}

impl<W: Wire, F> ChannelRows<W, F> {
    fn end(&self) -> Result<serde_json::Value> {
        self.summary
            .clone()
            .ok_or_else(|| Error::failure("the import ended before the client finished it"))
    }
}

impl Wire for Change {
    type Row = Change;

    fn open(self) -> (u64, Change) {
        (0, self)
    }
}

/// A saved plan sent in batches of changes, as the store's plan source; its summary
/// comes with the end of the changes.
pub struct PlanFeed<'a> {
    pub header: crate::model::PlanHeader,
    pub changes: &'a mut ChannelRows<Change, ()>,
    pub summary: Option<crate::model::ImportReport>,
}

impl crate::model::PlanSource for PlanFeed<'_> {
    fn header(&self) -> &crate::model::PlanHeader {
        &self.header
    }

    fn next_change(&mut self) -> Result<Option<Change>> {
        let change = self.changes.next_row()?;
        if change.is_none() {
            self.summary = serde_json::from_value(self.changes.end()?)
                .map_err(|e| Error::usage(format!("the plan's summary: {e}")))?;
        }
        Ok(change)
    }

    fn summary(&self) -> Option<&crate::model::ImportReport> {
        self.summary.as_ref()
    }
}

/// The planned changes, as many of each kind as the client keeps.
struct ChannelPlan<F> {
    events: Sender<Event<F>>,
    wanted: Option<usize>,
    counts: HashMap<&'static str, usize>,
}

impl<F> PlanSink for ChannelPlan<F> {
    fn begin(&mut self, store_head: &str) -> Result<()> {
        let _ = self.events.send(Event::Begin(store_head.to_owned()));
        Ok(())
    }

    fn change(&mut self, change: &Change) -> Result<()> {
        let count = self.counts.entry(change.kind()).or_default();
        if self.wanted.is_none_or(|wanted| *count < wanted) {
            *count += 1;
            let _ = self.events.send(Event::Change(change.clone()));
        }
        Ok(())
    }
}
