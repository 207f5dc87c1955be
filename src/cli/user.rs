//! `lmsctl user ...`: the users of one tenant, and their consents ([`consent`]).

mod consent;

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::Context;
use crate::error::{Error, Result};
use crate::model::value::parse_date;
use crate::model::{NewUser, User, UserPatch, UserQuery, UserSel, UserStatus};
use crate::output::Columns;

impl Columns for User {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "external_id",
        "email",
        "first_name",
        "last_name",
        "department",
        "location",
        "status",
    ];
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user to the tenant.
    Add(AddArgs),
    /// List the tenant's users, filtered and paged.
    List(ListArgs),
    /// Show one user, with their groups.
    Show {
        /// id:N, an e-mail address, or an external id.
        user: UserSel,
    },
    /// Change a user's fields ("" clears an optional field).
    Update(UpdateArgs),
    /// Suspend a user: they keep their data but cannot sign in.
    Suspend {
        /// id:N, an e-mail address, or an external id.
        user: UserSel,
    },
    /// Consent to the privacy notice: record, withdraw, list who is missing it.
    #[command(subcommand)]
    Consent(consent::ConsentCommand),
    /// Reactivate a suspended user.
    Reactivate {
        /// id:N, an e-mail address, or an external id.
        user: UserSel,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// E-mail address (unique per tenant, ignoring case).
    #[arg(long)]
    email: String,
    #[arg(long)]
    first_name: String,
    #[arg(long)]
    last_name: String,
    /// HR personnel number (unique per tenant); the key of nightly imports.
    #[arg(long)]
    external_id: Option<String>,
    #[arg(long)]
    department: Option<String>,
    #[arg(long)]
    location: Option<String>,
    /// The user's manager: id:N, e-mail or external id.
    #[arg(long, value_name = "USER")]
    manager: Option<UserSel>,
    /// First working day: YYYY-MM-DD or DD.MM.YYYY.
    #[arg(long, value_parser = parse_date)]
    start_date: Option<NaiveDate>,
    /// Language tag, e.g. de or de-DE.
    #[arg(long)]
    locale: Option<String>,
    /// A role (repeatable); default: learner.
    #[arg(long = "role", value_name = "ROLE")]
    roles: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_enum)]
    status: Option<UserStatus>,
    #[arg(long)]
    department: Option<String>,
    #[arg(long)]
    location: Option<String>,
    /// Only members of this group.
    #[arg(long)]
    group: Option<String>,
    /// Text to find in names, e-mail or external id (case-insensitive).
    #[arg(long, short = 's')]
    search: Option<String>,
    /// At most this many users; 0 lists all.
    #[arg(long, default_value_t = 100)]
    limit: u64,
    /// Skip this many users (for paging).
    #[arg(long, default_value_t = 0)]
    offset: u64,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// id:N, an e-mail address, or an external id.
    user: UserSel,
    #[arg(long)]
    email: Option<String>,
    #[arg(long)]
    first_name: Option<String>,
    #[arg(long)]
    last_name: Option<String>,
    #[arg(long)]
    external_id: Option<String>,
    #[arg(long)]
    department: Option<String>,
    #[arg(long)]
    location: Option<String>,
    /// id:N, e-mail or external id; "" removes the manager.
    #[arg(long, value_name = "USER")]
    manager: Option<String>,
    /// YYYY-MM-DD or DD.MM.YYYY; "" removes it.
    #[arg(long)]
    start_date: Option<String>,
    #[arg(long)]
    locale: Option<String>,
    /// Replaces the user's roles (repeatable).
    #[arg(long = "role", value_name = "ROLE")]
    roles: Vec<String>,
}

pub fn run(ctx: &Context, cmd: UserCommand) -> Result<()> {
    let tenant = ctx.tenant()?;
    match cmd {
        UserCommand::Add(args) => {
            let user = ctx.store()?.add_user(
                tenant,
                &NewUser {
                    external_id: args.external_id,
                    email: args.email,
                    first_name: args.first_name,
                    last_name: args.last_name,
                    department: args.department,
                    location: args.location,
                    manager: args.manager,
                    start_date: args.start_date,
                    locale: args.locale,
                    roles: args.roles,
                },
            )?;
            ctx.out
                .status(format!("added user id:{} to tenant '{tenant}'", user.id));
            ctx.out.record(&user)
        }
        UserCommand::List(args) => {
            let query = UserQuery {
                status: args.status,
                department: args.department,
                location: args.location,
                group: args.group,
                search: args.search,
                limit: args.limit,
                offset: args.offset,
            };
            let users = ctx.store()?.users(tenant, &query)?;
            ctx.out.list(&users)?;
            if query.limit > 0 && users.len() as u64 == query.limit {
                ctx.out.status(format!(
                    "(showing {} users from offset {}; more may follow: --offset {} for the next page, --limit 0 for all)",
                    users.len(),
                    query.offset,
                    query.offset + query.limit
                ));
            }
            Ok(())
        }
        UserCommand::Show { user } => ctx.out.record(&ctx.store()?.user(tenant, &user)?),
        UserCommand::Update(args) => {
            let patch = UserPatch {
                external_id: args.external_id,
                email: args.email,
                first_name: args.first_name,
                last_name: args.last_name,
                department: args.department,
                location: args.location,
                manager: args
                    .manager
                    .map(|m| optional("--manager", &m, |t| t.parse::<UserSel>()))
                    .transpose()?,
                start_date: args
                    .start_date
                    .map(|d| optional("--start-date", &d, parse_date))
                    .transpose()?,
                locale: args.locale,
                roles: (!args.roles.is_empty()).then_some(args.roles),
            };
            let user = ctx.store()?.update_user(tenant, &args.user, &patch)?;
            ctx.out.status(format!("updated user id:{}", user.id));
            ctx.out.record(&user)
        }
        UserCommand::Consent(cmd) => consent::run(ctx, cmd),
        UserCommand::Suspend { user } => set_status(ctx, tenant, &user, UserStatus::Suspended),
        UserCommand::Reactivate { user } => set_status(ctx, tenant, &user, UserStatus::Active),
    }
}

fn set_status(ctx: &Context, tenant: &str, sel: &UserSel, status: UserStatus) -> Result<()> {
    let user = ctx.store()?.set_user_status(tenant, sel, status)?;
    ctx.out.status(format!("user id:{} is {}", user.id, user.status));
    ctx.out.record(&user)
}

/// An optional value given on the command line, where "" means "remove it".
fn optional<T>(field: &str, text: &str, parse: impl Fn(&str) -> Result<T, String>) -> Result<Option<T>> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse(text).map(Some).map_err(|message| {
            Error::usage(format!("{field}: {message}")).with_hint(format!(
                "correct {field}, or give {field} \"\" to remove the value"
            ))
        })
    }
}
