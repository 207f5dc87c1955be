//! `lmsctl serve`: the REST API over the local store, for remote clients
//! (`--store http://HOST:PORT` with a token from `lmsctl token create`).

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use super::Context;
use super::context::CLIENT_DAYS;
use crate::error::{Error, ErrorKind, Result};
use crate::server::{ServeOptions, Timeouts, serve};
use crate::store::Location;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address and port to listen on (port 0: any free port, printed on start).
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "HOST:PORT")]
    listen: String,
    /// Serve HTTPS with this PEM certificate chain (with --tls-key).
    #[arg(long, requires = "tls_key", value_name = "PEM")]
    tls_cert: Option<PathBuf>,
    /// The PEM private key of --tls-cert.
    #[arg(long, requires = "tls_cert", value_name = "PEM")]
    tls_key: Option<PathBuf>,
    /// Store connections: how many requests are served at the same time.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=256))]
    connections: u16,
    /// How long a remote import may send nothing before the rows it staged are dropped.
    #[arg(long, default_value_t = 120, value_name = "SECONDS",
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    stage_timeout: u64,
    /// Seconds a client has to send a request's head (method, path, header fields) from
    /// its first byte, and to complete a TLS handshake; slower clients are cut off.
    #[arg(long, default_value_t = 10, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..=3600))]
    header_timeout: u64,
    /// Seconds a connection may sit idle: without a request (keep-alive), in a request
    /// body that stopped arriving (408), or with an answer the client stopped reading.
    #[arg(long, default_value_t = 60, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..=86400))]
    idle_timeout: u64,
    /// Failed authentications per client address and minute before further failures
    /// are answered 429 with Retry-After (valid tokens are still accepted); 0: no limit.
    #[arg(long, default_value_t = 10, value_name = "N")]
    auth_failures: usize,
}

pub fn run(ctx: &Context, args: ServeArgs) -> Result<()> {
    let location = ctx.location()?;
    if let Location::Remote(url) = &location {
        return Err(Error::new(
            ErrorKind::Usage,
            format!("lmsctl serve needs a store of its own, not the remote store {url}"),
        )
        .with_hint("pass --store PATH (the SQLite file to serve)"));
    }
    serve(ServeOptions {
        client_days: std::env::var("LMSCTL_TODAY").is_ok_and(|day| day == CLIENT_DAYS),
        listen: args.listen,
        store: location.clone(),
        tls: args.tls_cert.zip(args.tls_key),
        session: ctx.session(&location)?,
        connections: usize::from(args.connections),
        stage_timeout: std::time::Duration::from_secs(args.stage_timeout),
        timeouts: Timeouts {
            header: Duration::from_secs(args.header_timeout),
            idle: Duration::from_secs(args.idle_timeout),
        },
        auth_failures: args.auth_failures,
    })
}
