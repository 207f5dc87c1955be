//! `lmsctl store ...`: the store as a whole. `store copy` moves it to another
//! backend (SQLite to PostgreSQL and back), with a progress bar on a terminal.

use std::time::Duration;

use clap::Subcommand;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::Context;
use crate::core::copy::copy_store;
use crate::error::Result;
use crate::output::Columns;
use crate::store::Location;
use crate::store::copy::{CopiedTable, Progress};

impl Columns for CopiedTable {
    const COLUMNS: &'static [&'static str] = &["table", "rows"];
}

#[derive(Debug, Subcommand)]
pub enum StoreCommand {
    /// Copy a whole store into a new, empty one: a SQLite file into a PostgreSQL
    /// database or back (every id, hash and secret kept). Prints each table's rows,
    /// then verifies the copy's audit trail.
    Copy {
        /// The store to copy: a file path, sqlite://PATH or postgres://USER@HOST/DB.
        from: String,
        /// The new store: a file that does not exist yet, or an empty database.
        to: String,
    },
}

pub fn run(ctx: &Context, cmd: StoreCommand) -> Result<()> {
    match cmd {
        StoreCommand::Copy { from, to } => {
            let from = Location::parse(&from)?;
            let to = Location::parse(&to)?;
            let mut bar = Bar::new(ctx);
            let copy = copy_store(&from, &to, &ctx.session_with(None)?, &mut bar);
            bar.0.finish_and_clear();
            let copy = copy?;
            if ctx.args.output == crate::output::Format::Json {
                ctx.out.record(&copy)?;
            } else {
                ctx.out.list(&copy.tables)?;
            }
            ctx.out.status(format!(
                "copied {} rows from {} to {}; audit trail intact: {} events in {} chains",
                copy.rows(),
                copy.from,
                copy.to,
                copy.audit.events,
                copy.audit.chains.len()
            ));
            Ok(())
        }
    }
}

/// Rows copied of all, on stderr, only on a terminal and not with --quiet or
/// --no-progress.
struct Bar(ProgressBar);

impl Bar {
    fn new(ctx: &Context) -> Bar {
        let visible = crate::output::stderr_is_terminal() && !ctx.args.quiet && !ctx.args.no_progress;
        Bar(if visible {
            let bar = ProgressBar::new_spinner();
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        } else {
            ProgressBar::hidden()
        })
    }
}

impl Progress for Bar {
    fn start(&mut self, total_rows: u64) {
        self.0.set_length(total_rows);
        self.0.set_style(
            ProgressStyle::with_template("{bar:30} {human_pos}/{human_len} rows, {msg}, ETA {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
    }

    fn table(&mut self, table: &str) {
        self.0.set_message(table.to_owned());
    }

    fn rows(&mut self, done: u64) {
        self.0.set_position(done);
    }
}
