//! `lmsctl user consent ...`: who accepted which version of the privacy notice, and
//! who has not yet.

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::cli::Context;
use crate::error::Result;
use crate::model::value::parse_date;
use crate::model::{Consent, UserSel};

#[derive(Debug, Subcommand)]
pub enum ConsentCommand {
    /// Record that a user accepted a version of the privacy notice.
    Record(ConsentArgs),
    /// Record that a user withdrew consent.
    Withdraw(ConsentArgs),
    /// Active users who have not accepted this notice.
    Missing {
        #[arg(long)]
        notice: String,
    },
}

#[derive(Debug, Args)]
pub struct ConsentArgs {
    user: UserSel,
    #[arg(long)]
    notice: String,
    /// Default today.
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    date: Option<NaiveDate>,
}

pub fn run(ctx: &Context, cmd: ConsentCommand) -> Result<()> {
    let tenant = ctx.tenant()?;
    let store = ctx.store()?;
    let record = |consent: Consent| ctx.out.record(&consent);
    match cmd {
        ConsentCommand::Record(args) => {
            let date = ctx.as_of_date(args.date)?;
            record(store.record_consent(tenant, &args.user, &args.notice, date)?)
        }
        ConsentCommand::Withdraw(args) => {
            let date = ctx.as_of_date(args.date)?;
            record(store.withdraw_consent(tenant, &args.user, &args.notice, date)?)
        }
        ConsentCommand::Missing { notice } => ctx.out.list(&store.users_without_consent(tenant, &notice)?),
    }
}
