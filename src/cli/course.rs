//! `lmsctl course ...`: the tenant's course catalogue, including the shared courses of
//! its parent tenants.

use clap::{Args, Subcommand};

use super::Context;
use super::as_of::AsOfArgs;
use crate::error::{Error, Result};
use crate::model::value::Period;
use crate::model::{Course, CoursePatch, NewCourse};
use crate::output::Columns;

impl Columns for Course {
    const COLUMNS: &'static [&'static str] = &[
        "code",
        "title",
        "tenant",
        "mandatory",
        "valid_for",
        "shared",
        "inherited",
        "archived",
    ];
}

#[derive(Debug, Subcommand)]
pub enum CourseCommand {
    /// Create a course owned by the tenant.
    Create(CreateArgs),
    /// The tenant's catalogue: its own courses and the shared courses of its parents
    /// (TENANT names the owner; inherited ones are read-only here).
    List {
        /// Include archived courses.
        #[arg(long)]
        archived: bool,
    },
    /// Show one course; with --stats, its figures among the tenant's active users:
    /// enrollments by status, completion rate, completions recorded.
    Show {
        code: String,
        /// Show the course's figures instead of its settings.
        #[arg(long)]
        stats: bool,
        #[command(flatten)]
        as_of: AsOfArgs,
    },
    /// Change a course the tenant owns.
    Update(UpdateArgs),
    /// Archive a course: it stays in reports and certificates but cannot be assigned.
    Archive { code: String },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Unique code within the tenant, e.g. ARBSCHUTZ-1.
    code: String,
    #[arg(long)]
    title: String,
    #[arg(long)]
    description: Option<String>,
    /// Required training (safety instruction, data protection, ...).
    #[arg(long)]
    mandatory: bool,
    /// Certificate validity, e.g. 12m or 2y; makes the course recurring.
    #[arg(long, value_name = "PERIOD")]
    valid_for: Option<Period>,
    /// Offer the course to every descendant tenant (live: changes show at once).
    #[arg(long)]
    shared: bool,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    code: String,
    #[arg(long)]
    title: Option<String>,
    /// "" removes the description.
    #[arg(long)]
    description: Option<String>,
    #[arg(long, value_name = "true|false")]
    mandatory: Option<bool>,
    /// A period such as 12m, or `none` for a course that does not recur.
    #[arg(long, value_name = "PERIOD|none", value_parser = parse_validity)]
    valid_for: Option<Validity>,
    #[arg(long, value_name = "true|false")]
    shared: Option<bool>,
}

#[derive(Debug, Clone, Copy)]
struct Validity(Option<Period>);

fn parse_validity(text: &str) -> std::result::Result<Validity, String> {
    if text == "none" {
        Ok(Validity(None))
    } else {
        text.parse().map(|p| Validity(Some(p)))
    }
}

pub fn run(ctx: &Context, cmd: CourseCommand) -> Result<()> {
    let tenant = ctx.tenant()?;
    match cmd {
        CourseCommand::Create(args) => {
            let course = ctx.store()?.create_course(
                tenant,
                &NewCourse {
                    code: args.code,
                    title: args.title,
                    description: args.description,
                    mandatory: args.mandatory,
                    valid_for: args.valid_for,
                    shared: args.shared,
                },
            )?;
            ctx.out.status(format!("created course '{}'", course.code));
            ctx.out.record(&course)
        }
        CourseCommand::List { archived } => ctx.out.list(&ctx.store()?.courses(tenant, archived)?),
        CourseCommand::Show {
            code,
            stats: false,
            as_of,
        } => {
            if as_of.day.as_of.is_some() {
                return Err(
                    Error::usage("--as-of only applies to the figures of a course").with_hint(format!(
                        "add --stats: lmsctl course show {code} --stats --as-of DATE"
                    )),
                );
            }
            ctx.out.record(&ctx.store()?.course(tenant, &code)?)
        }
        CourseCommand::Show {
            code,
            stats: true,
            as_of,
        } => ctx
            .out
            .record(&ctx.store()?.course_stats(tenant, &code, as_of.resolve(ctx)?)?),
        CourseCommand::Update(args) => {
            let patch = CoursePatch {
                title: args.title,
                description: args.description,
                mandatory: args.mandatory,
                valid_for: args.valid_for.map(|v| v.0),
                shared: args.shared,
            };
            let course = ctx.store()?.update_course(tenant, &args.code, &patch)?;
            ctx.out.status(format!("updated course '{}'", course.code));
            ctx.out.record(&course)
        }
        CourseCommand::Archive { code } => {
            let course = ctx.store()?.archive_course(tenant, &code)?;
            ctx.out.status(format!("archived course '{}'", course.code));
            ctx.out.record(&course)
        }
    }
}
