//! `lmsctl login` / `logout`: keep a server's API token in the OS keyring and name the
//! server in a profile, so that commands reach it without `--store` and `LMSCTL_TOKEN`.

use std::io::{BufRead, IsTerminal};

use clap::Args;

use super::Context;
use crate::config::{Config, Profile};
use crate::error::{Error, ErrorKind, Result};
use crate::store::{Location, remote::RemoteStore};

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The server: http(s)://HOST:PORT.
    url: String,
    /// Read the token from standard input instead of asking for it.
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
    // Parsed without a trailing slash: the keyring entry and the profile are under
    // the URL as every later command parses it.
    let Location::Remote(url) = Location::parse(&args.url)? else {
        return Err(
            Error::usage(format!("{}: a server is http(s)://HOST:PORT", args.url)).with_hint(
                "name the server lmsctl serve runs on, e.g. lmsctl login https://lms.example.com:8443",
            ),
        );
    };
    let token = if args.with_token {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map_err(|e| {
            Error::failure(format!("cannot read the token from standard input: {e}"))
                .with_hint("pipe the token in: lmsctl login URL --with-token < TOKEN-FILE")
        })?;
        line.trim().to_owned()
    } else if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        dialoguer::Password::new()
            .with_prompt(format!("API token for {url}"))
            .interact()
            .map_err(|e| {
                Error::failure(format!("cannot read the token: {e}"))
                    .with_hint("pipe the token in: lmsctl login URL --with-token < TOKEN-FILE")
            })?
    } else {
        return Err(Error::usage("no terminal to ask for the token on")
            .with_hint("pipe it in: lmsctl login URL --with-token < token-file"));
    };
    if token.is_empty() {
        return Err(Error::usage("the token is empty")
            .with_hint("give the token `lmsctl token create` printed on the server"));
    }
    // Only a token the server accepts is kept. The session is built with this token
    // alone: any other (LMSCTL_TOKEN, --token-file, the keyring) is beside the point.
    let session = ctx.session_with(Some(token.clone()))?;
    let grant = RemoteStore::new(&url, &session)?.whoami()?;
    crate::credentials::save(&url, &token)?;
    let name = profile_name(ctx);
    let mut config = Config::load()?;
    config.profiles.insert(name.clone(), Profile { url: url.clone() });
    if config.default_profile.is_none() || ctx.args.profile.is_none() {
        config.default_profile = Some(name.clone());
    }
    config.save()?;
    let reach: Vec<&str> = grant["tenants"]
        .as_array()
        .map(|tenants| tenants.iter().filter_map(|t| t.as_str()).collect())
        .unwrap_or_default();
    ctx.out.status(format!(
        "logged in to {url} as profile '{name}': {} of {}; the token is in the keyring",
        grant["role"].as_str().unwrap_or("?"),
        reach.join(", ")
    ));
    Ok(())
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
    if crate::credentials::delete(&profile.url)? {
        ctx.out.status(format!(
            "logged out of {} (profile '{name}'): the token is gone from the keyring",
            profile.url
        ));
    } else {
        ctx.out
            .status(format!("no token for {} in the keyring", profile.url));
    }
    Ok(())
}
