//! Settings resolved once before dispatch, and the store opened lazily: `--help`,
//! `--version` and `completions` never touch it.

use std::cell::OnceCell;
use std::io::IsTerminal;

use clap::Args;

use crate::core::Lms;
use crate::error::{Error, Result};
use crate::output::{CsvDialect, Format, Printer};
use crate::store::{Location, Session};

/// The options every command takes. They have a heading of their own in each
/// command's help, after the command's own options, so that those stay easy to find.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options", next_display_order = 1000)]
pub struct GlobalArgs {
    /// The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE
    /// (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass;
    /// sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl
    /// serve`). Default: the server of the login profile
    /// (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use.
    #[arg(long, global = true, env = "LMSCTL_STORE", value_name = "STORE")]
    pub store: Option<String>,

    /// The tenant commands work in: its users, groups, courses, assignments, GDPR
    /// requests, reports (with --include-children also the tenants below it), tokens
    /// and audit events.
    #[arg(long, global = true, env = "LMSCTL_TENANT", value_name = "SLUG")]
    pub tenant: Option<String>,

    /// Output format of results on stdout.
    #[arg(
        short,
        long,
        global = true,
        value_enum,
        default_value_t,
        value_name = "FORMAT"
    )]
    pub output: Format,

    /// CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel.
    #[arg(long, global = true, value_enum, default_value_t, value_name = "DIALECT")]
    pub csv_dialect: CsvDialect,

    /// Print only results and errors: no summaries or progress on stderr.
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Say more on stderr about what is being done (e.g. which store is used).
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// Confirm destructive operations without asking (required when not on a terminal).
    #[arg(long, global = true)]
    pub yes: bool,

    /// Never show progress bars.
    #[arg(long, global = true)]
    pub no_progress: bool,

    /// How long to wait for another process writing to the store before giving up
    /// with exit code 75 (e.g. a cron import that should queue behind another).
    #[arg(long, global = true, env = "LMSCTL_BUSY_TIMEOUT", default_value_t = 5.0, value_name = "SECONDS",
          value_parser = parse_seconds)]
    pub busy_timeout: f64,

    /// Trust only this CA certificate (PEM) for an https:// store, instead of the
    /// system's certificate store.
    #[arg(long, global = true, env = "LMSCTL_CA_CERT", value_name = "PEM")]
    pub ca_cert: Option<std::path::PathBuf>,

    /// The server profile to use (from `lmsctl login --profile`); default: the
    /// profile of the last login. `--store` takes precedence.
    #[arg(long, global = true, env = "LMSCTL_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,

    /// A file holding the API token for a remote store (mode 0600), for cron and
    /// systemd; `LMSCTL_TOKEN` takes precedence.
    #[arg(long, global = true, env = "LMSCTL_TOKEN_FILE", value_name = "PATH")]
    pub token_file: Option<std::path::PathBuf>,
}

pub struct Context {
    pub args: GlobalArgs,
    pub out: Printer,
    store: OnceCell<Lms>,
}

impl Context {
    pub fn new(args: GlobalArgs) -> Self {
        let out = Printer::new(args.output, args.csv_dialect, args.quiet);
        Context {
            args,
            out,
            store: OnceCell::new(),
        }
    }

    /// The store, opened (and migrated) on first use.
    pub fn store(&self) -> Result<&Lms> {
        if let Some(store) = self.store.get() {
            return Ok(store);
        }
        let location = self.location()?;
        if self.args.verbose {
            self.out.status(format!("using {location}"));
        }
        let store = Lms::open(&location, &self.session(&location)?)?;
        Ok(self.store.get_or_init(|| store))
    }

    /// Where the store is: `--store` / `LMSCTL_STORE`, else the profile (`--profile`
    /// or the default one from `lmsctl login`), else the default local file.
    pub fn location(&self) -> Result<Location> {
        // An empty LMSCTL_STORE (or --store "") is no choice: the profile or default.
        if let Some(text) = self.args.store.as_deref().filter(|s| !s.is_empty()) {
            return Location::parse(text);
        }
        let profile = crate::config::Config::load()?.profile(self.args.profile.as_deref())?;
        if let Some((_, profile)) = profile {
            return Location::parse(&profile.url);
        }
        Location::default_local().ok_or_else(|| {
            Error::new(
                crate::error::ErrorKind::Config,
                "cannot find a data directory for the default store",
            )
            .with_hint("pass --store PATH or set LMSCTL_STORE")
        })
    }

    /// How this process uses the store at `location`.
    pub fn session(&self, location: &Location) -> Result<Session> {
        let token = match location {
            Location::Remote(url) => crate::config::token(url, self.args.token_file.as_deref())?,
            Location::Sqlite(_) | Location::Postgres(_) => None,
        };
        self.session_with(token)
    }

    /// A session with `token` as the API token, without looking for one (`login`
    /// checks the token it was given, whatever else is configured).
    pub fn session_with(&self, token: Option<String>) -> Result<Session> {
        Ok(Session {
            actor: actor(),
            busy_timeout: std::time::Duration::from_secs_f64(self.args.busy_timeout),
            today: self.today()?,
            token,
            ca_cert: self.args.ca_cert.clone(),
            quiet: self.args.quiet,
        })
    }

    /// A fixed "today" from `LMSCTL_TODAY` (YYYY-MM-DD), for reproducible runs.
    pub fn today(&self) -> Result<Option<chrono::NaiveDate>> {
        match std::env::var("LMSCTL_TODAY") {
            Ok(text) if text == CLIENT_DAYS => Ok(None),
            Ok(text) if !text.is_empty() => crate::model::value::parse_date(&text).map(Some).map_err(|e| {
                Error::new(crate::error::ErrorKind::Config, format!("LMSCTL_TODAY: {e}"))
                    .with_hint("set LMSCTL_TODAY=YYYY-MM-DD, or unset it to go by the clock")
            }),
            _ => Ok(None),
        }
    }

    /// The day statuses are computed for: `--as-of`, else today.
    pub fn as_of_date(&self, as_of: Option<chrono::NaiveDate>) -> Result<chrono::NaiveDate> {
        Ok(match as_of {
            Some(date) => date,
            None => self.today()?.unwrap_or_else(|| chrono::Local::now().date_naive()),
        })
    }

    /// Prints a record. For people (every format but JSON and NDJSON, which keep the
    /// canonical structure), `readable` first puts text in place of structured fields.
    pub fn record_for_people<T: serde::Serialize>(
        &self,
        record: &T,
        readable: impl FnOnce(&mut serde_json::Map<String, serde_json::Value>),
    ) -> Result<()> {
        if matches!(self.args.output, Format::Json | Format::Ndjson) {
            return self.out.record(record);
        }
        match serde_json::to_value(record) {
            Ok(serde_json::Value::Object(mut row)) => {
                readable(&mut row);
                self.out.record(&row)
            }
            _ => self.out.record(record),
        }
    }

    /// The tenant selected with `--tenant` / `LMSCTL_TENANT`.
    pub fn tenant(&self) -> Result<&str> {
        self.args
            .tenant
            .as_deref()
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                Error::usage("no tenant selected: pass --tenant SLUG or set LMSCTL_TENANT")
                    .with_hint("list the tenants with `lmsctl tenant list`")
            })
    }

    /// Asks before a destructive operation. With `--yes` it goes ahead; on a terminal
    /// it asks; otherwise it refuses at once rather than wait for input that never comes.
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.args.yes {
            return Ok(());
        }
        if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
            return Err(Error::usage(format!(
                "{question} Refusing without confirmation: not running on a terminal"
            ))
            .with_hint("pass --yes to confirm in scripts"));
        }
        let confirmed = dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact()
            .map_err(|e| {
                Error::failure(format!("cannot read the confirmation: {e}"))
                    .with_hint("pass --yes to confirm without a prompt")
            })?;
        if confirmed {
            Ok(())
        } else {
            Err(Error::failure("cancelled; nothing was changed")
                .with_hint("run the command again and answer y to go ahead"))
        }
    }
}

/// `LMSCTL_TODAY=client`, for `lmsctl serve` only: each client names its day (a fixed
/// clock for tests and demos); the server itself has no fixed day.
pub const CLIENT_DAYS: &str = "client";

fn parse_seconds(text: &str) -> std::result::Result<f64, String> {
    text.parse::<f64>()
        .ok()
        .filter(|s| s.is_finite() && (0.0..=86_400.0).contains(s))
        .ok_or_else(|| format!("'{text}' is not a number of seconds between 0 and 86400"))
}

/// Who the audit trail records for local changes: the operating-system user.
fn actor() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_default();
    if user.is_empty() {
        "local".to_owned()
    } else {
        format!("local:{user}")
    }
}
