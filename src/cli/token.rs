//! `lmsctl token ...`: API tokens for `lmsctl serve`, created, listed and revoked on
//! the server's store file, or through the server with a token of the whole store.
//! A token is printed once; the store keeps only its hash.

use clap::Subcommand;

use super::Context;
use crate::error::Result;
use crate::model::value::Period;
use crate::model::{CreatedToken, NewToken, Role, Token};
use crate::output::Columns;

impl Columns for Token {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "tenant",
        "role",
        "label",
        "created_at",
        "expires_on",
        "state",
    ];
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create a token for the tenant given with --tenant (it reaches that tenant and the
    /// tenants below it), or with --whole-store for every tenant, and print it once.
    Create {
        /// A token for the whole store (every tenant, present and future): for the
        /// server's operator.
        #[arg(long, conflicts_with = "tenant")]
        whole_store: bool,
        /// admin: everything; dpo: GDPR, audit trail and reading; reporter: reports only.
        #[arg(long, value_enum)]
        role: Role,
        /// Valid for this long from today (e.g. 90d, 12m); without it, until revoked.
        #[arg(long, value_name = "PERIOD")]
        expires: Option<Period>,
        /// What the token is for, e.g. "nightly HR import".
        #[arg(long)]
        label: Option<String>,
    },
    /// List tokens (of the tenant given with --tenant, else all), never their secrets.
    List,
    /// Revoke a token: the server refuses it from the next request on.
    Revoke {
        /// The token's id (from `token list`).
        id: i64,
    },
}

pub fn run(ctx: &Context, cmd: TokenCommand) -> Result<()> {
    match cmd {
        TokenCommand::Create {
            whole_store,
            role,
            expires,
            label,
        } => {
            let tenant = if whole_store {
                None
            } else {
                Some(ctx.tenant()?.to_owned())
            };
            let today = ctx.as_of_date(None)?;
            let created: CreatedToken = ctx.store()?.create_token(&NewToken {
                tenant,
                role,
                label,
                expires_on: expires.map(|period| period.after(today)),
            })?;
            ctx.out.status(
                "This is the only time the token is shown: store it now (lmsctl login URL --with-token reads it from stdin).",
            );
            ctx.out.record(&created)
        }
        TokenCommand::List => ctx.out.list(&ctx.store()?.tokens(ctx.args.tenant.as_deref())?),
        TokenCommand::Revoke { id } => ctx.out.record(&ctx.store()?.revoke_token(id)?),
    }
}
