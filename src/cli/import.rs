//! `lmsctl import ...`: bulk imports from HR exports, and applying saved plans.

use std::cell::Cell;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

use super::Context;
use crate::core::fields::escape_controls;
use crate::error::{Error, Result};
use crate::import::{self, Encoding, ImportOptions, ImportOutcome, Mapping, Observer, Rejection};
use crate::model::{Change, ImportKey, ImportMode, ImportReport, SuspendLimit};
use crate::output::Format;

/// Rejected rows printed one by one; the rest are counted (all are in --reject-file).
const SHOWN_REJECTIONS: u64 = 50;

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Import users from an HR export (CSV: `,` `;` or tab; UTF-8, UTF-8 with BOM,
    /// Windows-1252 or UTF-16), all-or-nothing by default.
    Users(UsersArgs),
    /// Import completions (who completed which course when, optional score) from an
    /// LMS or training-provider export; issues certificates. All-or-nothing by default.
    Completions(CompletionsArgs),
    /// Apply a plan saved with `import users --plan-out`, if the store has not changed
    /// since and every change still holds.
    Apply {
        /// The plan file; - reads standard input.
        plan: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct UsersArgs {
    /// The export to read; - reads standard input.
    file: String,
    /// What identifies a user: external-id (default when the file has such a column) or email.
    #[arg(long, value_enum)]
    key: Option<ImportKey>,
    /// upsert: create and update; create-only; update-only; sync: upsert, and suspend
    /// the tenant's active users who are not in the file.
    #[arg(long, value_enum, default_value_t)]
    mode: ImportMode,
    /// With --mode sync: refuse to suspend more than this many users (50) or this share
    /// of the tenant (10%), so a truncated export cannot suspend half the company.
    #[arg(long, default_value = "10%", value_name = "N|P%")]
    max_suspend: SuspendLimit,
    /// Show what would change (counts and the first changes of each kind); change nothing.
    #[arg(long)]
    dry_run: bool,
    /// Save the plan to FILE (- for standard output) instead of applying it; apply later
    /// with `lmsctl import apply FILE`.
    #[arg(long, value_name = "FILE")]
    plan_out: Option<PathBuf>,
    /// Import the valid rows even if some are rejected (the exit code is still 65).
    #[arg(long)]
    skip_invalid: bool,
    /// Write rejected rows, with an `error` column, to FILE (- for standard output) in
    /// the input's own format.
    #[arg(long, value_name = "FILE")]
    reject_file: Option<PathBuf>,
    /// Also put every imported user in this static group (created if missing).
    #[arg(long, value_name = "NAME", conflicts_with = "plan_out")]
    group: Option<String>,
    /// Map a column (its header, or #N for the N-th column) to a user field (external_id,
    /// email, first_name, last_name, department, location, start_date, locale) or
    /// `ignore`; repeatable.
    #[arg(long = "map", value_name = "SOURCE=FIELD")]
    mappings: Vec<Mapping>,
    /// The input's encoding, when detection is not wanted.
    #[arg(long, value_enum)]
    encoding: Option<Encoding>,
    /// The field separator: ',', ';', 'tab' or any single character.
    #[arg(long, value_parser = parse_delimiter)]
    delimiter: Option<u8>,
    /// The date format of the file (chrono syntax, e.g. %m/%d/%Y); default: YYYY-MM-DD or DD.MM.YYYY.
    #[arg(long, value_name = "FORMAT")]
    date_format: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The export to read; - reads standard input.
    file: String,
    /// What identifies a user: external-id (default when the file has such a column) or email.
    #[arg(long, value_enum)]
    key: Option<ImportKey>,
    /// Show what would be recorded; change nothing.
    #[arg(long)]
    dry_run: bool,
    /// Record the valid rows even if some are rejected (the exit code is still 65).
    #[arg(long)]
    skip_invalid: bool,
    /// Write rejected rows, with an `error` column, to FILE (- for standard output) in
    /// the input's own format.
    #[arg(long, value_name = "FILE")]
    reject_file: Option<PathBuf>,
    /// Map a column (its header, or #N for the N-th column) to a field (external_id,
    /// email, course, date, score) or `ignore`; repeatable.
    #[arg(long = "map", value_name = "SOURCE=FIELD")]
    mappings: Vec<Mapping>,
    #[arg(long, value_enum)]
    encoding: Option<Encoding>,
    #[arg(long, value_parser = parse_delimiter)]
    delimiter: Option<u8>,
    /// The date format of the file (chrono syntax); default: YYYY-MM-DD or DD.MM.YYYY.
    #[arg(long, value_name = "FORMAT")]
    date_format: Option<String>,
}

fn parse_delimiter(text: &str) -> std::result::Result<u8, String> {
    match text {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        t if t.len() == 1 && t.is_ascii() => Ok(t.as_bytes()[0]),
        _ => Err(format!(
            "'{text}' is not a delimiter: use ',', ';', 'tab' or another single character"
        )),
    }
}

pub fn run(ctx: &Context, cmd: ImportCommand) -> Result<()> {
    match cmd {
        ImportCommand::Users(args) => users(ctx, args),
        ImportCommand::Completions(args) => completions(ctx, args),
        ImportCommand::Apply { plan } => {
            let report = import::apply_plan(ctx.store()?, &plan)?;
            summary(ctx, &report, Duration::ZERO)
        }
    }
}

/// Whether a file argument names standard output.
fn is_stdout(path: &std::path::Path) -> bool {
    path == std::path::Path::new("-")
}

/// Results and a file written to standard output would mix: refuse that.
fn one_stdout(ctx: &Context, option: &str, path: Option<&std::path::Path>) -> Result<()> {
    if path.is_some_and(is_stdout) && ctx.args.output != Format::Table {
        return Err(Error::usage(format!(
            "{option} - and -o {} would both write to standard output",
            clap::ValueEnum::to_possible_value(&ctx.args.output)
                .map(|v| v.get_name().to_owned())
                .unwrap_or_default()
        ))
        .with_hint(format!("write one of them to a file: {option} FILE")));
    }
    Ok(())
}

fn users(ctx: &Context, args: UsersArgs) -> Result<()> {
    one_stdout(ctx, "--reject-file", args.reject_file.as_deref())?;
    one_stdout(ctx, "--plan-out", args.plan_out.as_deref())?;
    if args.reject_file.as_deref().is_some_and(is_stdout) && args.plan_out.as_deref().is_some_and(is_stdout) {
        return Err(
            Error::usage("--reject-file - and --plan-out - would both write to standard output")
                .with_hint("write one of them to a file"),
        );
    }
    let options = ImportOptions {
        tenant: ctx.tenant()?.to_owned(),
        file: args.file,
        key: args.key,
        mode: args.mode,
        max_suspend: args.max_suspend,
        group: args.group,
        dry_run: args.dry_run,
        plan_out: args.plan_out,
        skip_invalid: args.skip_invalid,
        reject_file: args.reject_file,
        mappings: args.mappings,
        encoding: args.encoding,
        delimiter: args.delimiter,
        date_format: args.date_format,
    };
    let store = ctx.store()?;
    let started = Instant::now();
    let bar = progress_bar(ctx, &options.file);
    let shown = Cell::new(0u64);
    let mut on_reject =
        |rejection: &Rejection| bar.suspend(|| report_rejection(&shown, &options.file, rejection));
    let mut on_progress = |bytes: u64, rows: u64| {
        bar.set_position(bytes);
        let per_second = rows as f64 / started.elapsed().as_secs_f64().max(0.001);
        bar.set_message(format!("{rows} rows, {per_second:.0} rows/s"));
    };
    let mut on_info = |text: &str| bar.suspend(|| ctx.out.warn(text));
    let outcome = import::import_users(
        store,
        &options,
        Observer {
            rejected: &mut on_reject,
            progress: &mut on_progress,
        },
        &mut on_info,
    );
    bar.finish_and_clear();
    let outcome = outcome?;
    more_rejections(&shown, options.reject_file.is_some());
    if ctx.args.verbose {
        ctx.out
            .status(format!("read {} as {}", options.file, outcome.format));
    }
    if options.dry_run || options.plan_out.is_some() {
        match &options.plan_out {
            // The plan itself is the result on standard output.
            Some(path) if is_stdout(path) => {}
            Some(path) => {
                print_plan(ctx, &outcome)?;
                ctx.out.status(format!(
                    "plan saved to {}; apply it with: lmsctl --tenant {} import apply {}",
                    path.display(),
                    options.tenant,
                    path.display()
                ));
            }
            None => print_plan(ctx, &outcome)?,
        }
        return rejection_error(outcome.report.rejected, outcome.report.rows, false);
    }
    summary(ctx, &outcome.report, started.elapsed())
}

fn completions(ctx: &Context, args: CompletionsArgs) -> Result<()> {
    one_stdout(ctx, "--reject-file", args.reject_file.as_deref())?;
    let tenant = ctx.tenant()?;
    let store = ctx.store()?;
    let started = Instant::now();
    let options = import::completions::CompletionOptions {
        key: args.key,
        mappings: args.mappings,
        encoding: args.encoding,
        delimiter: args.delimiter,
        date_format: args.date_format,
        reject_file: args.reject_file,
    };
    let (raw, _) = import::open_input(&args.file)?;
    let shown = Cell::new(0u64);
    let mut on_reject = |rejection: &Rejection| report_rejection(&shown, &args.file, rejection);
    let mut on_progress = |_: u64, _: u64| {};
    let mut rows = import::completions::CompletionRows::open(
        raw,
        &options,
        Observer {
            rejected: &mut on_reject,
            progress: &mut on_progress,
        },
    )?;
    if !rows.ignored_columns().is_empty() {
        ctx.out.warn(format!(
            "ignoring columns that name no field: {} (map one with --map 'HEADER=FIELD')",
            rows.ignored_columns().join(", ")
        ));
    }
    let report = store.import_completions(tenant, &args.file, !args.dry_run, args.skip_invalid, &mut rows)?;
    drop(rows);
    more_rejections(&shown, options.reject_file.is_some());
    if ctx.args.output != Format::Table {
        ctx.out.record(&report)?;
    }
    // What the rows give, in the tense of what happened: a dry run records nothing.
    let recorded = if report.applied { "recorded" } else { "to record" };
    let counts = format!(
        "{} completions {recorded}, {} already known, {} rejected",
        report.created, report.unchanged, report.rejected
    );
    if report.applied {
        ctx.out.status(format!(
            "imported {} into '{tenant}' in {:.1} s: {counts}",
            args.file,
            started.elapsed().as_secs_f64()
        ));
    } else if args.dry_run {
        ctx.out
            .status(format!("dry run of {}: {counts}; nothing was written", args.file));
    } else {
        ctx.out.status(format!(
            "nothing was imported from {}; the valid rows would have given: {counts}",
            args.file
        ));
    }
    rejection_error(report.rejected, report.rows, report.applied)
}

/// Prints a rejected row on stderr, up to [`SHOWN_REJECTIONS`].
fn report_rejection(shown: &Cell<u64>, file: &str, rejection: &Rejection) {
    shown.set(shown.get() + 1);
    if shown.get() <= SHOWN_REJECTIONS {
        for (column, message) in &rejection.problems {
            eprintln!(
                "error: {}:{}: {}: {}",
                escape_controls(file, false),
                rejection.line,
                escape_controls(column, false),
                escape_controls(message, false)
            );
        }
    }
}

/// Says how many rejected rows were not printed.
fn more_rejections(shown: &Cell<u64>, reject_file: bool) {
    if shown.get() > SHOWN_REJECTIONS {
        eprintln!(
            "error: ... and {} more rejected rows{}",
            shown.get() - SHOWN_REJECTIONS,
            if reject_file {
                " (all are in the reject file)"
            } else {
                ""
            }
        );
    }
}

/// The one-line summary on stderr (and the report on stdout with -o json), then the
/// exit status: rejected rows make it 65.
fn summary(ctx: &Context, report: &ImportReport, elapsed: Duration) -> Result<()> {
    if ctx.args.output != Format::Table {
        ctx.out.record(report)?;
    }
    let time = if elapsed.is_zero() {
        String::new()
    } else {
        format!(" in {:.1} s", elapsed.as_secs_f64())
    };
    if report.applied {
        ctx.out.status(format!(
            "imported {} into '{}'{time}: {}",
            report.file,
            report.tenant,
            counts(report)
        ));
    } else {
        ctx.out.status(format!(
            "nothing was imported from {}; the valid rows would have given: {}",
            report.file,
            counts(report)
        ));
    }
    rejection_error(report.rejected, report.rows, report.applied)
}

fn counts(report: &ImportReport) -> String {
    let mut text = format!(
        "{} created, {} updated, {} unchanged",
        report.created, report.updated, report.unchanged
    );
    if report.reactivated > 0 || report.mode == Some(ImportMode::Sync) {
        text.push_str(&format!(
            ", {} reactivated, {} suspended",
            report.reactivated, report.suspended
        ));
    }
    text.push_str(&format!(", {} rejected", report.rejected));
    if report.withheld_suspensions > 0 {
        text.push_str(&format!(
            ", {} absent users not suspended because rows were rejected",
            report.withheld_suspensions
        ));
    }
    if report.suppressed > 0 {
        text.push_str(&format!(", {} skipped as erased earlier", report.suppressed));
    }
    text
}

/// Exit 65 when rows were rejected, saying whether the rest was imported.
fn rejection_error(rejected: u64, rows: u64, applied: bool) -> Result<()> {
    if rejected == 0 {
        return Ok(());
    }
    let valid = rows.saturating_sub(rejected);
    if applied {
        Err(Error::invalid(format!(
            "{rejected} of {rows} rows were rejected; the other {valid} were imported"
        ))
        .with_hint("fix the rows named above (--reject-file writes them to a file) and import them again"))
    } else {
        Err(Error::invalid(format!(
            "{rejected} of {rows} rows are invalid, so nothing was imported"
        ))
        .with_hint("fix the rows named above (--reject-file writes them to a file), or import the valid rows with --skip-invalid"))
    }
}

#[derive(Serialize)]
struct PlanView<'a> {
    #[serde(flatten)]
    report: &'a ImportReport,
    changes: &'a [Change],
}

fn print_plan(ctx: &Context, outcome: &ImportOutcome) -> Result<()> {
    let report = &outcome.report;
    if ctx.args.output != Format::Table {
        return ctx.out.record(&PlanView {
            report,
            changes: &outcome.samples,
        });
    }
    let mut text = format!(
        "plan for {} into '{}' ({} by {}): {} create, {} update, {} unchanged, {} reactivate, {} suspend, {} rejected\n",
        report.file,
        report.tenant,
        report.mode.map_or("upsert", mode_name),
        report.key.map_or("external-id", key_name),
        report.created,
        report.updated,
        report.unchanged,
        report.reactivated,
        report.suspended,
        report.rejected
    );
    for change in &outcome.samples {
        text.push_str(&escape_controls(&describe(change), false));
        text.push('\n');
    }
    ctx.out.text(&text)
}

fn mode_name(mode: ImportMode) -> &'static str {
    match mode {
        ImportMode::Upsert => "upsert",
        ImportMode::CreateOnly => "create-only",
        ImportMode::UpdateOnly => "update-only",
        ImportMode::Sync => "sync",
    }
}

fn key_name(key: ImportKey) -> &'static str {
    match key {
        ImportKey::ExternalId => "external-id",
        ImportKey::Email => "email",
    }
}

/// One planned change as a line for people.
fn describe(change: &Change) -> String {
    use crate::model::UserField;
    match change {
        Change::Create { line, row } => {
            let value = |f: UserField| row.get(f).unwrap_or("");
            format!(
                "  create      line {line}: {} {} {} <{}>",
                value(UserField::ExternalId),
                value(UserField::FirstName),
                value(UserField::LastName),
                value(UserField::Email)
            )
        }
        Change::Update {
            line,
            user_id,
            changes,
            ..
        } => {
            let fields: Vec<String> = changes
                .iter()
                .map(|c| {
                    format!(
                        "{}: {} -> {}",
                        c.field.name(),
                        c.old.as_deref().unwrap_or("(empty)"),
                        c.new.as_deref().unwrap_or("(empty)")
                    )
                })
                .collect();
            format!("  update      line {line}: id:{user_id} {}", fields.join(", "))
        }
        Change::Reactivate { line, user_id } => format!("  reactivate  line {line}: id:{user_id}"),
        Change::Suspend { user_id } => format!("  suspend     id:{user_id} (not in the file)"),
    }
}

/// A progress bar on stderr, only on a terminal and not with --quiet or --no-progress.
fn progress_bar(ctx: &Context, file: &str) -> ProgressBar {
    let visible = crate::output::stderr_is_terminal() && !ctx.args.quiet && !ctx.args.no_progress;
    if !visible {
        return ProgressBar::hidden();
    }
    let size = if file == "-" {
        None
    } else {
        std::fs::metadata(file).ok().map(|m| m.len())
    };
    let bar = match size {
        Some(size) => ProgressBar::new(size).with_style(
            ProgressStyle::with_template("{bar:30} {bytes}/{total_bytes} {msg}, ETA {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner(),
    };
    bar.set_draw_target(ProgressDrawTarget::stderr());
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}
