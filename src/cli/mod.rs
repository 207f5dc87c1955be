/*!
The command line: clap definitions and one module per command group. Commands
parse and print; the work is one call into the store.
*/

mod as_of;
mod assign;
mod audit;
mod auth;
mod complete;
mod context;
mod course;
mod gdpr;
mod group;
mod import;
mod man;
mod report;
mod serve;
mod shell_completions;
mod store;
mod tenant;
mod token;
mod user;

use clap::{Parser, Subcommand};

pub use context::{Context, GlobalArgs};

use crate::error::Result;

const EXIT_CODES: &str = "\
Exit codes:
  0   success
  1   failure (including: not found, refused without --cascade, audit trail broken)
  2   usage error (bad arguments, missing --yes without a terminal)
  65  invalid input data (e.g. duplicate e-mail, rejected rows)
  66  input file missing
  69  store or server unavailable
  75  store busy (another process is writing): retry later
  77  permission denied
  78  configuration error";

/// Administer a learning management system: tenants, users and groups, HR imports,
/// courses, assignments and certificates, compliance reports, GDPR duties and the
/// audit trail, on a local SQLite store (the default) or a remote lmsctl server.
#[derive(Debug, Parser)]
#[command(name = "lmsctl", version, after_help = EXIT_CODES, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    // Last: the display order it sets (after every command's own options) must not
    // carry over to the commands.
    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create, list, change and delete tenants (Mandanten).
    #[command(subcommand)]
    Tenant(tenant::TenantCommand),
    /// Add, list, change, suspend and reactivate users of a tenant.
    #[command(subcommand)]
    User(user::UserCommand),
    /// Static and rule-based groups of users.
    #[command(subcommand)]
    Group(group::GroupCommand),
    /// The course catalogue, including courses shared by parent tenants.
    #[command(subcommand)]
    Course(course::CourseCommand),
    /// Assign courses (with due dates) and list who stands where.
    Assign(assign::AssignCommand),
    /// Record that a user completed a course; issues a certificate.
    Complete(complete::CompleteArgs),
    /// Certificates issued on completion.
    #[command(subcommand)]
    Certificate(complete::CertificateCommand),
    /// Reminders due now (due soon, overdue, certificates expiring), for mail merge.
    Remind(complete::RemindArgs),
    /// Data protection: export, erase, anonymise, retention, request register, suppression list.
    #[command(subcommand)]
    Gdpr(gdpr::GdprCommand),
    /// Bulk imports from HR exports (the nightly cron job).
    #[command(subcommand)]
    Import(import::ImportCommand),
    /// Reports for managers, auditors and billing (`-o html` for a page with a chart).
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// The tamper-evident audit trail of every change.
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Keep a server's API token, or a PostgreSQL store's password, in the OS keyring and
    /// make it the default store.
    Login(auth::LoginArgs),
    /// Forget the token of a profile (the default one, or --profile).
    Logout(auth::LogoutArgs),
    /// Serve the store as a REST API for remote clients (`--store http://HOST:PORT`).
    Serve(serve::ServeArgs),
    /// API tokens for `lmsctl serve`, shown once (on the server's store, or through the
    /// server with a token of the whole store).
    #[command(subcommand)]
    Token(token::TokenCommand),
    /// The store as a whole: copy it to another backend (SQLite, PostgreSQL).
    #[command(subcommand)]
    Store(store::StoreCommand),
    /// Print a shell completion script.
    Completions(shell_completions::CompletionsArgs),
    /// Write the man pages (lmsctl.1 and one per command) into an empty directory, e.g.
    /// for a package.
    Man(man::ManArgs),
}

/// Runs one parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let ctx = Context::new(cli.global);
    match cli.command {
        Command::Tenant(cmd) => tenant::run(&ctx, cmd),
        Command::Store(cmd) => store::run(&ctx, cmd),
        Command::User(cmd) => user::run(&ctx, cmd),
        Command::Group(cmd) => group::run(&ctx, cmd),
        Command::Course(cmd) => course::run(&ctx, cmd),
        Command::Assign(cmd) => assign::run(&ctx, cmd),
        Command::Complete(args) => complete::complete(&ctx, args),
        Command::Certificate(cmd) => complete::certificate(&ctx, cmd),
        Command::Remind(args) => complete::remind(&ctx, args),
        Command::Gdpr(cmd) => gdpr::run(&ctx, cmd),
        Command::Import(cmd) => import::run(&ctx, cmd),
        Command::Report(cmd) => report::run(&ctx, cmd),
        Command::Audit(cmd) => audit::run(&ctx, cmd),
        Command::Login(args) => auth::login(&ctx, args),
        Command::Logout(args) => auth::logout(&ctx, args),
        Command::Serve(args) => serve::run(&ctx, args),
        Command::Token(cmd) => token::run(&ctx, cmd),
        Command::Completions(args) => shell_completions::run(&args),
        Command::Man(args) => man::run(&ctx, &args),
    }
}
