//! `--as-of` and `--expiring-within`, taken by every command whose output depends on
//! the day: statuses, certificates, reminders.

use chrono::NaiveDate;
use clap::Args;

use super::Context;
use crate::error::Result;
use crate::model::AsOf;
use crate::model::value::{Period, parse_date};

#[derive(Debug, Clone, Args)]
pub struct AsOfArgs {
    #[command(flatten)]
    pub day: AsOfDay,
    /// A certificate running out within this period counts as expiring.
    #[arg(long, default_value = "30d", value_name = "PERIOD")]
    pub expiring_within: Period,
}

/// `--as-of` alone, for what depends on the day but not on certificates.
#[derive(Debug, Clone, Args)]
pub struct AsOfDay {
    /// Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date
    /// of an audit.
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub as_of: Option<NaiveDate>,
}

impl AsOfDay {
    pub fn resolve(&self, ctx: &Context) -> Result<NaiveDate> {
        ctx.as_of_date(self.as_of)
    }
}

impl AsOfArgs {
    pub fn resolve(&self, ctx: &Context) -> Result<AsOf> {
        Ok(AsOf {
            date: self.day.resolve(ctx)?,
            expiring_within_days: self.expiring_within.days(),
        })
    }
}
