//! `lmsctl login` / `logout`: keep a server's API token, or a PostgreSQL store's
//! password, in the OS keyring and name the store in a profile, so that commands reach
//! it without `--store`, `LMSCTL_TOKEN` or a password in the address.

use std::io::{BufRead, IsTerminal};

use clap::Args;

use super::Context;
use crate::config::{Config, Profile};
use crate::credentials::Secret;
use crate::error::{Error, ErrorKind, Result};
use crate::store::{Location, remote::RemoteStore};

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The server (http(s)://HOST:PORT), or a PostgreSQL store
    /// (postgres://USER@HOST:PORT/DB) whose password to keep.
    url: String,
    /// Read the token (or the password) from standard input instead of asking for it.
    #[arg(long)]
    with_token: bool,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {}

/// The profile `login` and `logout` work on: `--profile`, else `default`.
fn profile_name(ctx: &Context) -> String {
    ctx.args.profile.clone().unwrap_or_else(|| "default".to_owned())
}

pub fn login(ctx: &Context, args: LoginArgs) -> Result<()> {
    // Parsed as every later command parses it (a server's URL without a trailing
    // slash): the keyring entry and the profile are under that form.
    let location = Location::parse(&args.url)?;
    let (url, secret) = match &location {
        Location::Remote(url) => (url.clone(), Secret::Token),
        Location::Postgres(address) if address.has_password() => {
            return Err(Error::usage(
                "the address holds the password, which login would keep in the keyring",
            )
            .with_hint("give the address without the password: lmsctl login postgres://USER@HOST:PORT/DB"));
        }
        Location::Postgres(address) => (address.url(), Secret::Password),
        Location::Sqlite(_) => {
            return Err(Error::usage(format!(
                "{}: log in to a server (http(s)://HOST:PORT) or a PostgreSQL store (postgres://...)",
                args.url
            ))
            .with_hint("a store file needs no login: pass it with --store or LMSCTL_STORE"));
        }
    };
    let value = read_secret(&args, &url, secret)?;
    // Only a secret the store accepts is kept. The session is built with this token
    // alone: any other (LMSCTL_TOKEN, --token-file, the keyring) is beside the point.
    let granted = match &location {
        Location::Postgres(address) => {
            crate::store::postgres::connect(&address.with_password(value.clone()))?;
            format!("as '{}'", address.login())
        }
        _ => {
            let session = ctx.session_with(Some(value.clone()))?;
            let grant = RemoteStore::new(&url, &session)?.whoami()?;
            let reach: Vec<&str> = grant["tenants"]
                .as_array()
                .map(|tenants| tenants.iter().filter_map(|t| t.as_str()).collect())
                .unwrap_or_default();
            format!(
                "{} of {}",
                grant["role"].as_str().unwrap_or("?"),
                reach.join(", ")
            )
        }
    };
    crate::credentials::save(&url, secret, &value)?;
    let name = profile_name(ctx);
    let mut config = Config::load()?;
    config.profiles.insert(name.clone(), Profile { url: url.clone() });
    if config.default_profile.is_none() || ctx.args.profile.is_none() {
        config.default_profile = Some(name.clone());
    }
    config.save()?;
    ctx.out.status(format!(
        "logged in to {url} as profile '{name}': {granted}; the {} is in the keyring",
        secret.noun()
    ));
    Ok(())
}

/// The token or password, from standard input (`--with-token`) or asked for on the
/// terminal.
fn read_secret(args: &LoginArgs, url: &str, secret: Secret) -> Result<String> {
    let noun = secret.noun();
    let value = if args.with_token {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map_err(|e| {
            Error::failure(format!("cannot read the {noun} from standard input: {e}")).with_hint(format!(
                "pipe the {noun} in: lmsctl login URL --with-token < FILE"
            ))
        })?;
        line.trim().to_owned()
    } else if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        let prompt = match secret {
            Secret::Token => format!("API token for {url}"),
            Secret::Password => format!("password for {url}"),
        };
        dialoguer::Password::new()
            .with_prompt(prompt)
            .interact()
            .map_err(|e| {
                Error::failure(format!("cannot read the {noun}: {e}")).with_hint(format!(
                    "pipe the {noun} in: lmsctl login URL --with-token < FILE"
                ))
            })?
    } else {
        return Err(Error::usage(format!("no terminal to ask for the {noun} on"))
            .with_hint(format!("pipe it in: lmsctl login URL --with-token < {noun}-file")));
    };
    if value.is_empty() {
        return Err(
            Error::usage(format!("the {noun} is empty")).with_hint(match secret {
                Secret::Token => "give the token `lmsctl token create` printed on the server",
                Secret::Password => "give the password of the database user",
            }),
        );
    }
    Ok(value)
}

pub fn logout(ctx: &Context, _args: LogoutArgs) -> Result<()> {
    let config = Config::load()?;
    // `--profile`, else the default one; an unknown name is an error of its own.
    let Some((name, profile)) = config.profile(ctx.args.profile.as_deref())? else {
        return Err(
            Error::new(ErrorKind::Config, "not logged in: there is no profile")
                .with_hint("log in with `lmsctl login URL`"),
        );
    };
    let secret = match Location::parse(&profile.url)? {
        Location::Postgres(_) => Secret::Password,
        _ => Secret::Token,
    };
    let noun = secret.noun();
    if crate::credentials::delete(&profile.url, secret)? {
        ctx.out.status(format!(
            "logged out of {} (profile '{name}'): the {noun} is gone from the keyring",
            profile.url
        ));
    } else {
        ctx.out
            .status(format!("no {noun} for {} in the keyring", profile.url));
    }
    Ok(())
}
