/*!
What the core needs from a backend: every use case lmsctl offers, as one method each,
with its input already checked by [`crate::core`].

A method is a whole use case (create a tenant, list a page of users, add members to a
group), never a per-row primitive, so that it is one transaction on the local SQLite
store and one request on the remote store. Backends only persist: the rules (what a
value may be, what an import changes, what a status means) live in the core, which
hands a backend what it must apply. Backends never print.
*/

mod assignment_sql;
pub mod copy;
pub mod postgres;
pub mod remote;
pub mod rules;
pub mod sqlite;
mod status_sql;
pub mod tls;

use std::path::PathBuf;

pub use rules::Rules;

use crate::error::{Error, Result};
use chrono::NaiveDate;

use crate::model::{ActiveUsersRow, ComplianceQuery, ComplianceRow, ExpiringRow, OverdueRow, TenantRow};
use crate::model::{
    AnonymizeReport, Consent, ErasureReceipt, NewRequest, SubjectData, SubjectRequest, Suppression,
};
use crate::model::{
    AsOf, AssignTarget, Assignment, Certificate, CertificateQuery, CompletionField, CompletionReport,
    CompletionRow, Course, CoursePatch, CourseStats, Enrollment, EnrollmentQuery, NewAssignment,
    NewCompletion, NewCourse, Reminder,
};
use crate::model::{
    AuditEvent, AuditQuery, AuditVerification, Group, GroupDetail, ImportReport, ImportSpec, NewGroup,
    NewTenant, NewUser, PlanSink, PlanSource, RowSource, Tenant, TenantDeletion, TenantPatch, User,
    UserPatch, UserQuery, UserSel, UserStatus,
};
use crate::model::{CreatedToken, Grant, NewToken, Token};

pub use sqlite::SqliteStore;

/// Why a change gave up after `--busy-timeout` (exit 75), on every backend.
pub const BUSY: &str =
    "the store is busy: another lmsctl process (an import or another change) is writing to it";

/// The version of the tables and columns every local backend keeps, numbered as the
/// SQLite store's schema versions (a PostgreSQL store's first schema holds all ten):
/// what the rows of a subject export follow, whichever backend wrote them.
pub const TABLES_VERSION: i64 = 10;

/// Where a long list goes row by row (to the output, or over the network).
pub type Sink<'a, T> = &'a mut dyn FnMut(T) -> Result<()>;

/// Everything lmsctl can do to a store, as a backend does it.
pub trait Backend: Send {
    fn create_tenant(&self, tenant: &NewTenant) -> Result<Tenant>;
    fn tenants(&self) -> Result<Vec<Tenant>>;
    fn tenant(&self, slug: &str) -> Result<Tenant>;
    fn update_tenant(&self, slug: &str, patch: &TenantPatch) -> Result<Tenant>;
    /// Deletes a tenant. Without `cascade` it must have no users, groups or children.
    /// With `dry_run` nothing is deleted and the report says what would be.
    fn delete_tenant(&self, slug: &str, cascade: bool, dry_run: bool) -> Result<TenantDeletion>;

    fn add_user(&self, tenant: &str, user: &NewUser) -> Result<User>;
    fn users(&self, tenant: &str, query: &UserQuery) -> Result<Vec<User>>;
    /// One user, with the names of their groups.
    fn user(&self, tenant: &str, sel: &UserSel) -> Result<User>;
    fn update_user(&self, tenant: &str, sel: &UserSel, patch: &UserPatch) -> Result<User>;
    fn set_user_status(&self, tenant: &str, sel: &UserSel, status: UserStatus) -> Result<User>;

    fn create_group(&self, tenant: &str, group: &NewGroup) -> Result<Group>;
    fn groups(&self, tenant: &str) -> Result<Vec<Group>>;
    fn group(&self, tenant: &str, name: &str) -> Result<GroupDetail>;
    fn delete_group(&self, tenant: &str, name: &str) -> Result<Group>;
    /// Adds (or removes) static members; all selectors are resolved before anything changes.
    fn change_members(&self, tenant: &str, group: &str, users: &[UserSel], add: bool) -> Result<Group>;

    /// Imports users: diffs the rows against the tenant and applies the changes in one
    /// transaction, or none of them (dry run, rejected rows without `skip_invalid`,
    /// a refused `sync`). Every planned change is also handed to `plan`.
    fn import_users(
        &self,
        spec: &ImportSpec,
        rows: &mut dyn RowSource,
        plan: &mut dyn PlanSink,
    ) -> Result<ImportReport>;
    /// Applies a plan saved by an earlier dry run, if the store has not changed since.
    fn apply_import_plan(&self, plan: &mut dyn PlanSource) -> Result<ImportReport>;

    fn create_course(&self, tenant: &str, course: &NewCourse) -> Result<Course>;
    /// The tenant's catalogue: its own courses and its ancestors' shared ones.
    fn courses(&self, tenant: &str, archived: bool) -> Result<Vec<Course>>;
    fn course(&self, tenant: &str, code: &str) -> Result<Course>;
    fn update_course(&self, tenant: &str, code: &str, patch: &CoursePatch) -> Result<Course>;
    fn archive_course(&self, tenant: &str, code: &str) -> Result<Course>;
    /// A course's figures among the tenant's users on `as_of`.
    fn course_stats(&self, tenant: &str, code: &str, as_of: AsOf) -> Result<CourseStats>;

    /// Assigns a course (idempotent: the same target again only changes the due date).
    fn assign(&self, tenant: &str, assignment: &NewAssignment) -> Result<Assignment>;
    fn unassign(&self, tenant: &str, course: &str, target: &AssignTarget) -> Result<Assignment>;
    /// One row per user and course, with the status on `as_of`.
    fn enrollments(&self, tenant: &str, query: &EnrollmentQuery, as_of: AsOf) -> Result<Vec<Enrollment>>;
    fn set_progress(&self, tenant: &str, course: &str, user: &UserSel, percent: u8) -> Result<()>;
    /// Records a completion and issues its certificate.
    fn complete(&self, tenant: &str, completion: &NewCompletion) -> Result<Certificate>;
    /// Records completions from an export, all or nothing unless `skip_invalid`;
    /// with `apply` false nothing is written (a dry run).
    fn import_completions(
        &self,
        tenant: &str,
        file: &str,
        apply: bool,
        skip_invalid: bool,
        rows: &mut dyn RowSource<CompletionRow, CompletionField>,
    ) -> Result<CompletionReport>;
    fn certificates(&self, tenant: &str, query: &CertificateQuery, as_of: AsOf) -> Result<Vec<Certificate>>;
    fn certificate(&self, tenant: &str, serial: &str, as_of: AsOf) -> Result<Certificate>;
    /// What to remind people of on `as_of`, looking `within_days` ahead.
    fn reminders(&self, tenant: &str, within_days: u32, as_of: AsOf) -> Result<Vec<Reminder>>;

    /// Everything held on a person (with `xapi`, also the learning history), as the
    /// core's export document is written from. Records the export in the audit trail;
    /// with `request`, closes that request, in the same transaction.
    fn export_subject(
        &self,
        tenant: &str,
        user: &UserSel,
        request: Option<i64>,
        xapi: bool,
    ) -> Result<SubjectData>;
    /// Erases a person: one transaction, then the WAL is checkpointed so no old page
    /// with their data stays in it.
    fn erase_subject(
        &self,
        tenant: &str,
        user: &UserSel,
        request: Option<i64>,
        dry_run: bool,
    ) -> Result<ErasureReceipt>;
    /// Erases the tenant's users with no activity since `since`.
    fn anonymize_inactive(&self, tenant: &str, since: NaiveDate, dry_run: bool) -> Result<AnonymizeReport>;
    /// Applies every tenant's retention policy.
    fn run_retention(&self, dry_run: bool) -> Result<Vec<AnonymizeReport>>;
    /// Empties the write-ahead log after an erasure another process kept it from emptying.
    fn purge(&self) -> Result<()>;
    fn open_request(&self, tenant: &str, request: &NewRequest) -> Result<SubjectRequest>;
    fn close_request(&self, tenant: &str, id: i64, note: &str) -> Result<SubjectRequest>;
    fn request(&self, tenant: &str, id: i64, as_of: NaiveDate) -> Result<SubjectRequest>;
    fn requests(&self, tenant: &str, overdue_only: bool, as_of: NaiveDate) -> Result<Vec<SubjectRequest>>;
    fn record_consent(&self, tenant: &str, user: &UserSel, notice: &str, date: NaiveDate) -> Result<Consent>;
    fn withdraw_consent(
        &self,
        tenant: &str,
        user: &UserSel,
        notice: &str,
        date: NaiveDate,
    ) -> Result<Consent>;
    /// Active users who have not accepted `notice`.
    fn users_without_consent(&self, tenant: &str, notice: &str) -> Result<Vec<User>>;
    fn suppressions(&self, tenant: &str) -> Result<Vec<Suppression>>;
    /// `kind` is `external_id` or `email`.
    fn remove_suppression(&self, tenant: &str, kind: &str, value: &str) -> Result<u64>;

    /// Compliance figures grouped by course, group, department, location or tenant.
    fn report_compliance(
        &self,
        tenant: &str,
        query: &ComplianceQuery,
        as_of: AsOf,
    ) -> Result<Vec<ComplianceRow>>;
    /// People overdue on mandatory courses, handed to `sink` one by one.
    fn report_overdue(
        &self,
        tenant: &str,
        include_children: bool,
        as_of: AsOf,
        sink: Sink<'_, OverdueRow>,
    ) -> Result<()>;
    /// Valid certificates running out within `within_days`, handed to `sink` one by one.
    fn report_expiring(
        &self,
        tenant: &str,
        include_children: bool,
        within_days: u32,
        as_of: AsOf,
        sink: Sink<'_, ExpiringRow>,
    ) -> Result<()>;
    /// Distinct users with learning activity in a period (`YYYY-MM` or `YYYY`), per
    /// tenant, counting its days up to `as_of`.
    fn report_active_users(
        &self,
        tenant: &str,
        include_children: bool,
        period: &str,
        as_of: NaiveDate,
    ) -> Result<Vec<ActiveUsersRow>>;
    /// The tenant and its descendants at a glance.
    fn report_tenants(&self, tenant: &str, as_of: AsOf) -> Result<Vec<TenantRow>>;

    /// A new API token for `lmsctl serve`; its secret is in the result and nowhere else.
    fn create_token(&self, token: &NewToken) -> Result<CreatedToken>;
    /// The tokens of a tenant (all when `None`), without their secrets.
    fn tokens(&self, tenant: Option<&str>) -> Result<Vec<Token>>;
    fn revoke_token(&self, id: i64) -> Result<Token>;

    fn audit_events(&self, query: &AuditQuery) -> Result<Vec<AuditEvent>>;
    /// Checks the hash chain; with `anchor`, also that the event with that hash is still there.
    fn verify_audit(&self, anchor: Option<&str>) -> Result<AuditVerification>;

    /// What a token's secret grants today (refused when unknown, expired or revoked):
    /// `lmsctl serve` asks for each request.
    fn authenticate(&self, secret: &str) -> Result<Grant>;
    /// Who the audit trail names for the changes that follow, and the day they are
    /// made on (`None`: the system clock); the server sets its caller's for each request.
    fn act_as(&mut self, actor: String, today: Option<NaiveDate>);
}

/// Where a store lives, parsed from `--store` / `LMSCTL_STORE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Sqlite(PathBuf),
    Remote(String),
    /// A PostgreSQL database (its password, if the address holds one, never shown).
    Postgres(postgres::PgAddress),
}

impl Location {
    /// Parses `--store` / `LMSCTL_STORE` / a profile's URL: a file path, `sqlite://PATH`
    /// or `http(s)://HOST:PORT`. Any other `scheme:` is refused rather than taken for a
    /// file name (`postgres://host/db` would otherwise make a directory `postgres:`).
    /// A server's URL is kept without a trailing slash, the one form `login` files the
    /// token and the profile under and later commands look them up with.
    pub fn parse(text: &str) -> Result<Location> {
        let Some((scheme, rest)) = scheme_of(text) else {
            return Ok(Location::Sqlite(PathBuf::from(text)));
        };
        let scheme = scheme.to_ascii_lowercase();
        match (scheme.as_str(), rest.strip_prefix("//")) {
            ("sqlite", Some(path)) if !path.is_empty() => Ok(Location::Sqlite(PathBuf::from(path))),
            ("http" | "https", Some(host)) if !host.is_empty() => Ok(Location::Remote(format!(
                "{scheme}://{}",
                host.trim_end_matches('/')
            ))),
            ("postgres" | "postgresql", _) => Ok(Location::Postgres(postgres::PgAddress::parse(text)?)),
            ("sqlite" | "http" | "https", _) => Err(Error::usage(format!(
                "the store address '{scheme}:...' is incomplete: write {scheme}://{}",
                if scheme == "sqlite" { "PATH" } else { "HOST:PORT" }
            ))
            .with_hint(TAKEN)),
            // `lms.example.com:8443`: a server without its scheme.
            _ if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()) => Err(Error::usage(format!(
                "'{text}' looks like a server's HOST:PORT without its scheme"
            ))
            .with_hint(format!("write https://{text} (or http:// on a trusted network)"))),
            _ => Err(
                Error::usage(format!("lmsctl does not know stores at '{scheme}:' addresses")).with_hint(
                    format!("{TAKEN}; a file whose name has a ':' in it can be given as ./NAME"),
                ),
            ),
        }
    }

    /// `$XDG_DATA_HOME/lmsctl/lms.db`.
    pub fn default_local() -> Option<Location> {
        dirs::data_dir().map(|dir| Location::Sqlite(dir.join("lmsctl").join("lms.db")))
    }
}

/// The addresses lmsctl takes, for the hint of a refused one.
const TAKEN: &str = "give --store (or LMSCTL_STORE) a file path, sqlite://PATH, postgres://USER@HOST:PORT/DATABASE, \
     or http(s)://HOST:PORT of an lmsctl server";

/// The scheme of `text` and what follows its `:` (RFC 3986: a letter, then letters,
/// digits, `+`, `-` or `.`), if it starts with one.
fn scheme_of(text: &str) -> Option<(&str, &str)> {
    let (scheme, rest) = text.split_once(':')?;
    let mut chars = scheme.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some((scheme, rest))
}

/// How people read where a store is (`-v`, messages).
impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Sqlite(path) => write!(f, "the local store {}", path.display()),
            Location::Remote(url) => write!(f, "the remote store {url}"),
            Location::Postgres(address) => write!(f, "the PostgreSQL store {address}"),
        }
    }
}

/// How a store is used by this process.
#[derive(Clone)]
pub struct Session {
    /// Who the audit trail records as making the changes.
    pub actor: String,
    /// How long to wait for other writers before giving up (exit 75).
    pub busy_timeout: std::time::Duration,
    /// The day "today" is, for due dates and assignments; `None` is the system clock.
    /// A fixed day makes runs reproducible (tests, demos).
    pub today: Option<chrono::NaiveDate>,
    /// The API token for a remote store (`LMSCTL_TOKEN`, a token file or the keyring).
    pub token: Option<String>,
    /// For a remote store over HTTPS: trust only this CA certificate (PEM) instead of
    /// the system's, e.g. for a server with a certificate of its own CA.
    pub ca_cert: Option<PathBuf>,
    /// Keep notices off stderr (`--quiet`): the line a store's schema upgrade prints
    /// before it starts.
    pub quiet: bool,
}

/// Never prints the token.
impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("actor", &self.actor)
            .field("busy_timeout", &self.busy_timeout)
            .field("today", &self.today)
            .field("token", &self.token.as_ref().map(|_| "<secret>"))
            .field("ca_cert", &self.ca_cert)
            .field("quiet", &self.quiet)
            .finish()
    }
}

impl Session {
    pub fn today(&self) -> chrono::NaiveDate {
        self.today.unwrap_or_else(|| chrono::Local::now().date_naive())
    }
}

/// Opens the backend of the store at `location`, to apply `rules`.
pub fn open(location: &Location, session: &Session, rules: &'static dyn Rules) -> Result<Box<dyn Backend>> {
    match location {
        Location::Sqlite(path) => Ok(Box::new(SqliteStore::open_with(path, session.clone(), rules)?)),
        Location::Remote(url) => Ok(Box::new(remote::RemoteStore::new(url, session)?)),
        Location::Postgres(address) => Ok(Box::new(postgres::PostgresStore::open(
            address,
            session.clone(),
            rules,
        )?)),
    }
}

#[cfg(test)]
mod tests {
    use super::Location;

    #[test]
    fn a_server_url_loses_its_trailing_slash() {
        assert_eq!(
            Location::parse("https://lms.example.com:8443/").unwrap(),
            Location::Remote("https://lms.example.com:8443".to_owned())
        );
        assert_eq!(
            Location::parse("http://127.0.0.1:8080").unwrap(),
            Location::Remote("http://127.0.0.1:8080".to_owned())
        );
        assert_eq!(
            Location::parse("sqlite:///tmp/lms.db").unwrap(),
            Location::Sqlite("/tmp/lms.db".into())
        );
        assert_eq!(
            Location::parse("stores/lms.db").unwrap(),
            Location::Sqlite("stores/lms.db".into())
        );
        assert_eq!(
            Location::parse("./backup:2026.db").unwrap(),
            Location::Sqlite("./backup:2026.db".into())
        );
    }

    #[test]
    fn other_schemes_are_refused() {
        for text in [
            "mysql://db/lms",
            "file:lms.db",
            "file:///tmp/lms.db",
            "sqlite:lms.db",
            "https:/lms.example.com",
        ] {
            let err = Location::parse(text).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{text}");
            assert!(
                err.hint.as_deref().unwrap_or("").contains("sqlite://PATH"),
                "{text}: {err:?}"
            );
            assert!(
                !err.message.contains("lms@db"),
                "no credentials in messages: {err:?}"
            );
        }
        let err = Location::parse("lms.example.com:8443").unwrap_err();
        assert!(err.hint.unwrap().contains("https://lms.example.com:8443"));
    }

    #[test]
    fn a_postgres_address_is_a_postgres_store_shown_without_its_password() {
        for text in [
            "postgres://lms:s3cret@db:5433/lms",
            "postgresql://lms:s3cret@db:5433/lms",
        ] {
            let location = Location::parse(text).unwrap();
            assert!(matches!(location, Location::Postgres(_)), "{text}");
            assert_eq!(
                location.to_string(),
                "the PostgreSQL store postgres://lms@db:5433/lms"
            );
            assert!(!format!("{location:?}").contains("s3cret"));
        }
        let err = Location::parse("postgres://db/lms?sslmode=sometimes").unwrap_err();
        assert_eq!(err.exit_code(), 2);
    }
}
