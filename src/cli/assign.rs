//! `lmsctl assign ...`: who must do which course by when, and how far they are.

use chrono::NaiveDate;
use clap::{ArgGroup, Args, Subcommand};

use super::Context;
use super::as_of::AsOfArgs;
use crate::error::{Error, Result};
use crate::model::value::{Period, parse_date};
use crate::model::{
    AssignTarget, Assignment, Due, Enrollment, EnrollmentQuery, NewAssignment, Status, UserSel,
};
use crate::output::Columns;

impl Columns for Enrollment {
    const COLUMNS: &'static [&'static str] = &[
        "user_id",
        "external_id",
        "email",
        "course",
        "status",
        "due_on",
        "completed_on",
        "expires_on",
    ];
}

impl Columns for Assignment {
    const COLUMNS: &'static [&'static str] = &["id", "course", "target", "users"];
}

/// Assign a course to a user, a group or all users of the tenant (`assign COURSE
/// --user|--group|--all-users`), or list and remove assignments.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct AssignCommand {
    #[command(subcommand)]
    sub: Option<AssignSub>,
    #[command(flatten)]
    assign: AssignArgs,
}

#[derive(Debug, Subcommand)]
enum AssignSub {
    /// One row per user and course, with its status (assigned, in-progress,
    /// completed, overdue, expiring, expired).
    List(ListArgs),
    /// Remove an assignment; enrollments no other assignment reaches go too
    /// (completions and certificates stay).
    Remove(RemoveArgs),
    /// Record how far a user has come in an assigned course.
    Progress(ProgressArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("target").args(["user", "group", "all_users"])))]
struct Target {
    /// One user: id:N, e-mail or external id.
    #[arg(long, value_name = "USER")]
    user: Option<UserSel>,
    /// A group's members, including those who join later.
    #[arg(long, value_name = "NAME")]
    group: Option<String>,
    /// Every user of the tenant, including those who join later (e.g. by import).
    #[arg(long)]
    all_users: bool,
}

impl Target {
    fn resolve(self) -> Result<AssignTarget> {
        match (self.user, self.group, self.all_users) {
            (Some(user), None, false) => Ok(AssignTarget::User(user)),
            (None, Some(group), false) => Ok(AssignTarget::Group(group)),
            (None, None, true) => Ok(AssignTarget::AllUsers),
            _ => Err(
                Error::usage("say whom to assign to: --user USER, --group NAME or --all-users")
                    .with_hint("e.g. lmsctl assign COURSE --all-users --due 2027-03-31"),
            ),
        }
    }
}

#[derive(Debug, Args)]
struct AssignArgs {
    /// The course code.
    course: Option<String>,
    #[command(flatten)]
    target: Target,
    /// Due on this date.
    #[arg(long, value_parser = parse_date, value_name = "DATE", conflicts_with_all = ["due_in", "due_after_start"])]
    due: Option<NaiveDate>,
    /// Due this long after a user gets the course, e.g. 30d.
    #[arg(long, value_name = "PERIOD", conflicts_with = "due_after_start")]
    due_in: Option<Period>,
    /// Due this long after a user's start date (onboarding), e.g. 14d.
    #[arg(long, value_name = "PERIOD")]
    due_after_start: Option<Period>,
}

#[derive(Debug, Args)]
struct ListArgs {
    #[arg(long, value_name = "CODE")]
    course: Option<String>,
    #[arg(long, value_name = "USER")]
    user: Option<UserSel>,
    #[arg(long, value_enum)]
    status: Option<Status>,
    #[command(flatten)]
    as_of: AsOfArgs,
    /// At most this many rows; 0 lists all.
    #[arg(long, default_value_t = 0)]
    limit: u64,
    #[arg(long, default_value_t = 0)]
    offset: u64,
}

#[derive(Debug, Args)]
struct RemoveArgs {
    course: String,
    #[command(flatten)]
    target: Target,
}

#[derive(Debug, Args)]
struct ProgressArgs {
    course: String,
    #[arg(long, value_name = "USER")]
    user: UserSel,
    /// 0 to 99 (100 is a completion: use `lmsctl complete`).
    #[arg(long, value_parser = clap::value_parser!(u8).range(0..100))]
    percent: u8,
}

pub fn run(ctx: &Context, cmd: AssignCommand) -> Result<()> {
    let tenant = ctx.tenant()?;
    match cmd.sub {
        None => {
            let args = cmd.assign;
            let course = args.course.ok_or_else(|| {
                Error::usage("name the course to assign: lmsctl assign COURSE --user USER")
                    .with_hint("list the courses with `lmsctl course list`")
            })?;
            let due = match (args.due, args.due_in, args.due_after_start) {
                (Some(date), _, _) => Due::On(date),
                (_, Some(period), _) => Due::AfterAssign(period.days()),
                (_, _, Some(period)) => Due::AfterStart(period.days()),
                _ => Due::None,
            };
            let assignment = ctx.store()?.assign(
                tenant,
                &NewAssignment {
                    course,
                    target: args.target.resolve()?,
                    due,
                },
            )?;
            ctx.out.status(format!(
                "assigned '{}' to {} ({} users), due: {}",
                assignment.course, assignment.target, assignment.users, assignment.due
            ));
            print(ctx, &assignment)
        }
        Some(AssignSub::List(args)) => {
            let query = EnrollmentQuery {
                course: args.course,
                user: args.user,
                status: args.status,
                limit: args.limit,
                offset: args.offset,
            };
            let rows = ctx
                .store()?
                .enrollments(tenant, &query, args.as_of.resolve(ctx)?)?;
            ctx.out.list(&rows)
        }
        Some(AssignSub::Remove(args)) => {
            let removed = ctx
                .store()?
                .unassign(tenant, &args.course, &args.target.resolve()?)?;
            ctx.out.status(format!(
                "removed the assignment of '{}' to {}",
                removed.course, removed.target
            ));
            print(ctx, &removed)
        }
        Some(AssignSub::Progress(args)) => {
            ctx.store()?
                .set_progress(tenant, &args.course, &args.user, args.percent)?;
            ctx.out.status(format!(
                "{} is {}% through '{}'",
                args.user, args.percent, args.course
            ));
            Ok(())
        }
    }
}

/// An assignment, its due date as people read it (`30 days after assignment`).
fn print(ctx: &Context, assignment: &Assignment) -> Result<()> {
    ctx.record_for_people(assignment, |row| {
        row.insert("due".to_owned(), assignment.due.to_string().into());
    })
}
