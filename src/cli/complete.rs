//! `lmsctl complete`, `lmsctl certificate ...` and `lmsctl remind`: proof of training
//! and what is due next.

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::Context;
use super::as_of::{AsOfArgs, AsOfDay};
use crate::error::Result;
use crate::model::value::{Period, parse_date};
use crate::model::{Certificate, CertificateQuery, NewCompletion, Reminder, UserSel};
use crate::output::Columns;

impl Columns for Certificate {
    const COLUMNS: &'static [&'static str] = &[
        "serial",
        "external_id",
        "email",
        "course",
        "completed_on",
        "expires_on",
        "state",
    ];
}

impl Columns for Reminder {
    const COLUMNS: &'static [&'static str] = &[
        "reason",
        "external_id",
        "email",
        "course",
        "due_on",
        "expires_on",
        "manager_email",
    ];
}

#[derive(Debug, Args)]
pub struct CompleteArgs {
    /// The course code.
    course: String,
    #[arg(long, value_name = "USER")]
    user: UserSel,
    /// The day it was completed; default today.
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    date: Option<NaiveDate>,
    /// Score, 0 to 100.
    #[arg(long)]
    score: Option<f64>,
}

#[derive(Debug, Subcommand)]
pub enum CertificateCommand {
    /// Certificates of the tenant, with their state (valid, expiring, expired, superseded).
    List(CertificateListArgs),
    /// One certificate by serial.
    Show {
        serial: String,
        #[command(flatten)]
        as_of: AsOfArgs,
    },
}

#[derive(Debug, Args)]
pub struct CertificateListArgs {
    #[arg(long, value_name = "CODE")]
    course: Option<String>,
    #[arg(long, value_name = "USER")]
    user: Option<UserSel>,
    #[command(flatten)]
    as_of: AsOfArgs,
    #[arg(long, default_value_t = 0)]
    limit: u64,
}

#[derive(Debug, Args)]
pub struct RemindArgs {
    /// Look this far ahead for due dates and expiring certificates.
    #[arg(long, default_value = "7d", value_name = "PERIOD")]
    within: Period,
    #[command(flatten)]
    as_of: AsOfDay,
}

pub fn complete(ctx: &Context, args: CompleteArgs) -> Result<()> {
    let tenant = ctx.tenant()?;
    let date = match args.date {
        Some(date) => date,
        None => ctx.as_of_date(None)?,
    };
    let certificate = ctx.store()?.complete(
        tenant,
        &NewCompletion {
            course: args.course,
            user: args.user,
            date,
            score: args.score,
        },
    )?;
    ctx.out
        .status(format!("certificate {} issued", certificate.serial));
    ctx.out.record(&certificate)
}

pub fn certificate(ctx: &Context, cmd: CertificateCommand) -> Result<()> {
    let tenant = ctx.tenant()?;
    match cmd {
        CertificateCommand::List(args) => {
            let query = CertificateQuery {
                course: args.course,
                user: args.user,
                limit: args.limit,
            };
            ctx.out.list(
                &ctx.store()?
                    .certificates(tenant, &query, args.as_of.resolve(ctx)?)?,
            )
        }
        CertificateCommand::Show { serial, as_of } => {
            ctx.out
                .record(&ctx.store()?.certificate(tenant, &serial, as_of.resolve(ctx)?)?)
        }
    }
}

pub fn remind(ctx: &Context, args: RemindArgs) -> Result<()> {
    let tenant = ctx.tenant()?;
    let as_of = crate::model::AsOf {
        date: args.as_of.resolve(ctx)?,
        expiring_within_days: args.within.days(),
    };
    ctx.out
        .list(&ctx.store()?.reminders(tenant, args.within.days(), as_of)?)
}
