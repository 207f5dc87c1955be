//! `lmsctl audit ...`: read and verify the hash-chained audit trail.

use clap::{Args, Subcommand};
use serde::{Deserialize, Serialize};

use super::Context;
use crate::error::{Error, Result};
use crate::model::{AuditEvent, AuditQuery, AuditVerification};
use crate::output::{Columns, Format};

impl Columns for AuditEvent {
    const COLUMNS: &'static [&'static str] = &["seq", "at", "actor", "tenant", "action", "target"];
}

/// A chain's head as people read it, in a table after the verification's summary.
#[derive(Serialize, Deserialize)]
struct ChainRow {
    chain: String,
    events: u64,
    head: String,
}

impl Columns for ChainRow {
    const COLUMNS: &'static [&'static str] = &["chain", "events", "head"];
}

/// What the table calls the store-level chain (a tenant's is named by its slug).
const STORE_CHAIN: &str = "(whole store)";

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit events, oldest first (of the tenant given with --tenant, else all).
    List(ListArgs),
    /// Check the hash chains (one per tenant, one for the whole store): exits 1 when
    /// an event was edited or deleted.
    Verify(VerifyArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this action (user.create) or family of actions (user).
    #[arg(long)]
    action: Option<String>,
    /// Only events at or after this date (YYYY-MM-DD) or time (RFC 3339).
    #[arg(long, value_parser = parse_since)]
    since: Option<chrono::DateTime<chrono::Utc>>,
    /// The most recent N events; 0 lists all.
    #[arg(long, default_value_t = 100)]
    limit: u64,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// A head hash printed by an earlier verify (of any chain) and kept elsewhere:
    /// also fails when the trail no longer contains that event (events removed from
    /// the end of its chain).
    #[arg(long, value_name = "HASH")]
    anchor: Option<String>,
}

fn parse_since(text: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    if let Ok(time) = chrono::DateTime::parse_from_rfc3339(text) {
        return Ok(time.with_timezone(&chrono::Utc));
    }
    crate::model::value::parse_date(text).map(|d| d.and_time(chrono::NaiveTime::MIN).and_utc())
}

pub fn run(ctx: &Context, cmd: AuditCommand) -> Result<()> {
    match cmd {
        AuditCommand::List(args) => {
            let events = ctx.store()?.audit_events(&AuditQuery {
                tenant: ctx.args.tenant.clone(),
                action: args.action,
                since: args.since,
                limit: args.limit,
            })?;
            ctx.out.list(&events)
        }
        AuditCommand::Verify(args) => {
            let report = ctx.store()?.verify_audit(args.anchor.as_deref())?;
            print_verification(ctx, &report)?;
            if let Some(problem) = &report.problem {
                return Err(
                    Error::failure(format!("the audit trail is broken: {problem}")).with_hint(
                        "restore the store from a backup and investigate who had write access to the file",
                    ),
                );
            }
            ctx.out.status(format!(
                "audit trail intact: {} events in {} chains",
                report.events,
                report.chains.len()
            ));
            Ok(())
        }
    }
}

/// The verification: whole in JSON and NDJSON; for people the summary and then each
/// chain's head in a table of its own (CSV keeps the summary's one row).
fn print_verification(ctx: &Context, report: &AuditVerification) -> Result<()> {
    ctx.record_for_people(report, |row| {
        row.remove("chains");
    })?;
    if ctx.args.output != Format::Table || report.chains.is_empty() {
        return Ok(());
    }
    let rows: Vec<ChainRow> = report
        .chains
        .iter()
        .map(|chain| ChainRow {
            chain: chain.tenant.clone().unwrap_or_else(|| STORE_CHAIN.to_owned()),
            events: chain.events,
            head: chain.head.clone(),
        })
        .collect();
    ctx.out.text("\n")?;
    ctx.out.list(&rows)
}
