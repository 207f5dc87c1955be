//! `lmsctl gdpr ...`: what a data-protection officer needs to answer requests, erase,
//! anonymise and prove it (consents to the privacy notice are `lmsctl user consent`).

use std::io::Write;
use std::path::PathBuf;

use super::Context;
use crate::core::gdpr::export;
use crate::error::{Error, ErrorKind, Result};
use crate::model::value::{Period, parse_date};
use crate::model::{AnonymizeReport, NewRequest, RequestKind, SubjectRequest, Suppression, UserSel};
use crate::output::Columns;
use crate::private_file::PrivateFile;
use chrono::NaiveDate;
use clap::{ArgGroup, Args, Subcommand};

impl Columns for SubjectRequest {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "kind",
        "user_id",
        "received_on",
        "due_on",
        "state",
        "closed_on",
        "audit_seq",
    ];
}

impl Columns for Suppression {
    const COLUMNS: &'static [&'static str] = &["kind", "hash", "created_on"];
}

impl Columns for AnonymizeReport {
    const COLUMNS: &'static [&'static str] = &["tenant", "inactive_since", "users", "dry_run"];
}

#[derive(Debug, Subcommand)]
pub enum GdprCommand {
    /// Everything held on a person (Art. 15 and 20), as JSON, XML or with xAPI statements.
    Export(ExportArgs),
    /// Erase a person (Art. 17): personal data goes, anonymous aggregates stay, the
    /// person is put on the suppression list so imports do not bring them back.
    Erase(EraseArgs),
    /// Erase users with no learning activity for a long time.
    Anonymize(AnonymizeArgs),
    /// Apply the tenants' retention policies (`tenant update --retention-inactive 3y`).
    #[command(subcommand)]
    Retention(RetentionCommand),
    /// The register of data-subject requests (due one month after receipt).
    #[command(subcommand)]
    Request(RequestCommand),
    /// Keyed hashes of erased people's external ids and e-mail addresses.
    #[command(subcommand)]
    Suppression(SuppressionCommand),
    /// Empty the write-ahead log (after an erasure that another reader kept from doing so).
    Purge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Json,
    Xml,
    /// JSON with the learning history as xAPI statements.
    Xapi,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// id:N, e-mail or external id.
    user: UserSel,
    #[arg(long, value_enum, default_value = "json")]
    format: ExportFormat,
    /// Write to FILE (created readable by you only; - is standard output) instead of
    /// standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// The export request this answers; it is closed with a manifest.
    #[arg(long, value_name = "ID")]
    request: Option<i64>,
}

#[derive(Debug, Args)]
pub struct EraseArgs {
    user: UserSel,
    /// The erasure request this answers; it is closed with a manifest.
    #[arg(long, value_name = "ID")]
    request: Option<i64>,
    /// List what would be erased and kept; change nothing.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Args)]
pub struct AnonymizeArgs {
    /// No learning activity for this long, e.g. 10y.
    #[arg(long, value_name = "PERIOD")]
    inactive_since: Period,
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum RetentionCommand {
    /// Anonymise, in every tenant with a policy, the users inactive longer than it allows.
    Run {
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum RequestCommand {
    /// Register a request (due = received + 1 month).
    Open {
        #[arg(long = "type", value_enum)]
        kind: RequestKind,
        #[arg(long, value_name = "USER")]
        user: UserSel,
        #[arg(long, value_parser = parse_date, value_name = "DATE")]
        received: NaiveDate,
    },
    /// The register; with --overdue only open requests past their due date.
    List {
        #[arg(long)]
        overdue: bool,
        #[arg(long, value_parser = parse_date, value_name = "DATE")]
        as_of: Option<NaiveDate>,
    },
    /// One request with its manifest (what was exported, erased, or kept and why).
    Show { id: i64 },
    /// Close a request handled by hand (e.g. a rectification done with `user update`).
    Close {
        id: i64,
        #[arg(long, default_value = "")]
        note: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum SuppressionCommand {
    List,
    /// Let a person who returns legitimately be imported again.
    #[command(group(ArgGroup::new("value").args(["email", "external_id"]).required(true).multiple(true)))]
    Remove {
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        external_id: Option<String>,
    },
}

pub fn run(ctx: &Context, cmd: GdprCommand) -> Result<()> {
    match cmd {
        GdprCommand::Retention(RetentionCommand::Run { dry_run }) => {
            if !dry_run {
                ctx.confirm("Anonymise the users every retention policy allows to be kept no longer?")?;
            }
            let reports = ctx.store()?.run_retention(dry_run)?;
            return ctx.out.list(&reports);
        }
        GdprCommand::Purge => {
            ctx.store()?.purge()?;
            ctx.out.status("the write-ahead log is empty");
            return Ok(());
        }
        _ => {}
    }
    let tenant = ctx.tenant()?;
    let store = ctx.store()?;
    match cmd {
        GdprCommand::Export(args) => {
            // The file first: a request is closed only if there is somewhere to write.
            let mut file = match &args.out {
                Some(path) => PrivateFile::create(path, "export file")?,
                None => PrivateFile::create(std::path::Path::new("-"), "export")?,
            };
            let data = store.export_subject(
                tenant,
                &args.user,
                args.request,
                args.format == ExportFormat::Xapi,
            )?;
            let document = export::document(data);
            let write = |out: &mut dyn Write| -> std::io::Result<()> {
                let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
                match args.format {
                    ExportFormat::Xml => out.write_all(export::to_xml(&document).as_bytes())?,
                    _ => {
                        serde_json::to_writer_pretty(&mut out, &document)?;
                        out.write_all(b"\n")?;
                    }
                }
                out.flush()
            };
            match write(&mut file) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe && file.is_stdout() => Ok(()),
                Err(e) => Err(Error::failure(format!(
                    "cannot write the export to {}: {e}",
                    file.describe()
                ))),
                Ok(()) => {
                    let to = file.describe();
                    let to_stdout = file.is_stdout();
                    file.commit()?;
                    if !to_stdout {
                        ctx.out.status(format!("exported {} to {to}", args.user));
                    }
                    Ok(())
                }
            }
        }
        GdprCommand::Erase(args) => {
            if !args.dry_run {
                ctx.confirm(&format!(
                    "Erase all personal data of {} in tenant '{tenant}'? This cannot be undone.",
                    args.user
                ))?;
            }
            let receipt = store.erase_subject(tenant, &args.user, args.request, args.dry_run)?;
            if !args.dry_run {
                ctx.out.status(format!(
                    "erased user id:{} (tombstone {})",
                    receipt.user_id, receipt.tombstone
                ));
            }
            ctx.record_for_people(&receipt, |row| {
                let erased: Vec<String> = receipt
                    .erased
                    .iter()
                    .map(|(table, rows)| format!("{table}: {rows}"))
                    .collect();
                row.insert("erased".to_owned(), erased.join(", ").into());
                row.insert("kept".to_owned(), receipt.kept.join("; ").into());
            })
        }
        GdprCommand::Anonymize(args) => {
            let since = inactive_since(ctx, args.inactive_since)?;
            let preview = store.anonymize_inactive(tenant, since, true)?;
            if args.dry_run {
                return ctx.out.record(&preview);
            }
            ctx.confirm(&format!(
                "Erase {} users of '{tenant}' with no activity since {since}?",
                preview.users
            ))?;
            let report = store.anonymize_inactive(tenant, since, false)?;
            ctx.out.status(format!("erased {} inactive users", report.users));
            ctx.out.record(&report)
        }
        GdprCommand::Request(cmd) => request(ctx, tenant, cmd),
        GdprCommand::Suppression(SuppressionCommand::List) => ctx.out.list(&store.suppressions(tenant)?),
        GdprCommand::Suppression(SuppressionCommand::Remove { email, external_id }) => {
            // Each value is its own entry: both are tried, and a refusal says what
            // became of the other one.
            let mut removed = Vec::new();
            let mut missing: Vec<Error> = Vec::new();
            for (kind, what, value) in [
                ("email", "e-mail address", email),
                ("external_id", "external id", external_id),
            ] {
                let Some(value) = value else { continue };
                match store.remove_suppression(tenant, kind, &value) {
                    Ok(_) => {
                        ctx.out.status(format!("the {what} is off the suppression list"));
                        removed.push(what);
                    }
                    Err(err) if err.kind == ErrorKind::NotFound => missing.push(err),
                    Err(err) => return Err(err),
                }
            }
            let Some(first) = missing.first().cloned() else {
                return Ok(());
            };
            let outcome = match removed.as_slice() {
                [] => "nothing was removed".to_owned(),
                done => format!("the entry for the {} was removed", done.join(" and ")),
            };
            let messages: Vec<&str> = missing.iter().map(|e| e.message.as_str()).collect();
            Err(Error {
                message: format!("{}; {outcome}", messages.join("; ")),
                ..first
            })
        }
        GdprCommand::Retention(_) | GdprCommand::Purge => Ok(()),
    }
}

fn inactive_since(ctx: &Context, period: Period) -> Result<NaiveDate> {
    let today = ctx.as_of_date(None)?;
    Ok(match period {
        Period::Days(days) => today.checked_sub_days(chrono::Days::new(u64::from(days))),
        Period::Months(months) => today.checked_sub_months(chrono::Months::new(months)),
    }
    .unwrap_or(NaiveDate::MIN))
}

fn request(ctx: &Context, tenant: &str, cmd: RequestCommand) -> Result<()> {
    let store = ctx.store()?;
    match cmd {
        RequestCommand::Open { kind, user, received } => {
            let request = store.open_request(
                tenant,
                &NewRequest {
                    kind,
                    user,
                    received_on: received,
                },
            )?;
            ctx.out
                .status(format!("request {} is due on {}", request.id, request.due_on));
            ctx.out.record(&request)
        }
        RequestCommand::List { overdue, as_of } => {
            ctx.out
                .list(&store.requests(tenant, overdue, ctx.as_of_date(as_of)?)?)
        }
        RequestCommand::Show { id } => ctx.out.record(&store.request(tenant, id, ctx.as_of_date(None)?)?),
        RequestCommand::Close { id, note } => {
            let request = store.close_request(tenant, id, &note)?;
            ctx.out.record(&request)
        }
    }
}
