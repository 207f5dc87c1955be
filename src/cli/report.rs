//! `lmsctl report ...`: compliance, overdue, expiring, active users and the tenant
//! tree, for managers, auditors and billing (`-o html` for a page to print: see
//! [`pages`]).

mod pages;

use clap::{Args, Subcommand};

use super::Context;
use super::as_of::{AsOfArgs, AsOfDay};
use crate::error::Result;
use crate::model::value::{Period, month_of};
use crate::model::{
    ActiveUsersRow, ComplianceBy, ComplianceQuery, ComplianceRow, ExpiringRow, OverdueRow, TenantRow,
};
use crate::output::Columns;

impl Columns for ComplianceRow {
    const COLUMNS: &'static [&'static str] = &[
        "key",
        "assigned",
        "completed",
        "expiring",
        "in_progress",
        "overdue",
        "expired",
        "completion_rate",
    ];
}

impl Columns for OverdueRow {
    const COLUMNS: &'static [&'static str] = &[
        "tenant",
        "external_id",
        "email",
        "course",
        "due_on",
        "days_overdue",
        "manager_email",
    ];
}

impl Columns for ExpiringRow {
    const COLUMNS: &'static [&'static str] = &[
        "tenant",
        "external_id",
        "email",
        "course",
        "expires_on",
        "days_left",
        "serial",
    ];
}

impl Columns for ActiveUsersRow {
    const COLUMNS: &'static [&'static str] = &["tenant", "period", "active_users"];
}

impl Columns for TenantRow {
    const COLUMNS: &'static [&'static str] = &[
        "tenant",
        "parent",
        "users",
        "active_users",
        "assigned",
        "completed",
        "overdue",
        "completion_rate",
    ];
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Assigned, completed, in progress, overdue, expired and the completion rate.
    Compliance(ComplianceArgs),
    /// Who is overdue on which mandatory course, since when, and their manager.
    Overdue(ScopeArgs),
    /// Valid certificates running out soon.
    Expiring {
        /// Running out within this period.
        #[arg(long, default_value = "30d", value_name = "PERIOD")]
        within: Period,
        #[command(flatten)]
        scope: ScopeArgs,
    },
    /// Distinct users with learning activity in a month or year, per tenant (billing).
    ActiveUsers {
        /// A month (2026-10) or a year (2026), counted up to --as-of; the month of
        /// --as-of if not given.
        #[arg(long)]
        period: Option<String>,
        #[command(flatten)]
        as_of: AsOfDay,
        /// Also the tenants below this one.
        #[arg(long)]
        include_children: bool,
    },
    /// The tenant and all its descendants: users, active users this month, compliance.
    Tenants {
        #[command(flatten)]
        as_of: AsOfArgs,
    },
}

#[derive(Debug, Args)]
pub struct ScopeArgs {
    /// Also the tenants below this one.
    #[arg(long)]
    include_children: bool,
    #[command(flatten)]
    as_of: AsOfArgs,
}

#[derive(Debug, Args)]
pub struct ComplianceArgs {
    #[arg(long, value_name = "CODE")]
    course: Option<String>,
    /// Only members of this group.
    #[arg(long, value_name = "NAME")]
    group: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    by: ComplianceBy,
    #[command(flatten)]
    scope: ScopeArgs,
}

pub fn run(ctx: &Context, cmd: ReportCommand) -> Result<()> {
    let tenant = ctx.tenant()?;
    let store = ctx.store()?;
    let context = |include_children, as_of| pages::context(store, tenant, include_children, as_of);
    match cmd {
        ReportCommand::Compliance(args) => {
            let query = ComplianceQuery {
                course: args.course,
                group: args.group,
                by: args.by,
                include_children: args.scope.include_children,
            };
            let as_of = args.scope.as_of.resolve(ctx)?;
            ctx.out
                .report(&store.report_compliance(tenant, &query, as_of)?, |rows| {
                    Ok(pages::compliance(
                        rows,
                        &query,
                        as_of,
                        context(query.include_children, as_of.date)?,
                    ))
                })
        }
        ReportCommand::Overdue(scope) => {
            let as_of = scope.as_of.resolve(ctx)?;
            ctx.out.report_stream::<OverdueRow>(
                |sink| store.report_overdue(tenant, scope.include_children, as_of, sink),
                |rows| Ok(pages::overdue(rows, context(scope.include_children, as_of.date)?)),
            )
        }
        ReportCommand::Expiring { within, scope } => {
            let as_of = scope.as_of.resolve(ctx)?;
            ctx.out.report_stream::<ExpiringRow>(
                |sink| store.report_expiring(tenant, scope.include_children, within.days(), as_of, sink),
                |rows| {
                    Ok(pages::expiring(
                        rows,
                        within.days(),
                        context(scope.include_children, as_of.date)?,
                    ))
                },
            )
        }
        ReportCommand::ActiveUsers {
            period,
            as_of,
            include_children,
        } => {
            let as_of = as_of.resolve(ctx)?;
            let period = period.unwrap_or_else(|| month_of(as_of));
            ctx.out.report(
                &store.report_active_users(tenant, include_children, &period, as_of)?,
                |rows| {
                    Ok(pages::active_users(
                        rows,
                        &period,
                        as_of,
                        context(include_children, as_of)?,
                    ))
                },
            )
        }
        ReportCommand::Tenants { as_of } => {
            let as_of = as_of.resolve(ctx)?;
            ctx.out.report(&store.report_tenants(tenant, as_of)?, |rows| {
                Ok(pages::tenants(rows, as_of.date, context(true, as_of.date)?))
            })
        }
    }
}
