/*!
The PostgreSQL store: the same lmsctl on a database that many servers share.

This module connects ([`connect`]: the address, its password and TLS as `sslmode`
says) and brings the database to this binary's schema ([`migrations`]), once, under an
advisory lock, in one transaction. The areas of the store follow one by one, with the
same names as the SQLite backend's (`tenants`, `users`, ...); until they all do,
`--store postgres://` is not offered.
*/

pub mod address;
mod audit;
mod completions;
mod connection;
mod copy;
mod courses;
mod enrollments;
mod gdpr;
mod groups;
mod import;
pub mod migrations;
mod reports;
mod sql;
mod status;
mod tenants;
mod tls;
mod tokens;
mod users;

pub use address::{PgAddress, SslMode};

use std::sync::{Mutex, MutexGuard};

use chrono::NaiveDate;
use postgres::error::SqlState;
use postgres::{IsolationLevel, Transaction};

use self::connection::Connection;
use self::status::Statuses;
use super::rules::Changed;
use super::{Backend, Rules, Session, Sink};
use crate::error::{Error, ErrorKind, Result};
use crate::model::*;

/// A store in a PostgreSQL database.
pub struct PostgresStore {
    client: Mutex<Connection>,
    address: PgAddress,
    session: Session,
    rules: &'static dyn Rules,
    statuses: Statuses,
}

impl PostgresStore {
    /// Connects to the database at `address` and brings it to this binary's schema.
    pub fn open(address: &PgAddress, session: Session, rules: &'static dyn Rules) -> Result<Self> {
        let mut client = connect(address)?;
        migrations::apply(&mut client, address, session.quiet)?;
        Ok(PostgresStore {
            client: Mutex::new(Connection::new(client)),
            address: address.clone(),
            session,
            rules,
            statuses: Statuses::new(rules),
        })
    }

    pub fn address(&self) -> &PgAddress {
        &self.address
    }

    fn lock(&self) -> Result<MutexGuard<'_, Connection>> {
        self.client
            .lock()
            .map_err(|_| Error::failure("the connection to the store is unusable after an earlier failure"))
    }

    /// Runs `change` in one transaction and commits it.
    fn write<T>(&self, change: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        self.write_if(|w| change(w).map(|out| (out, true)))
    }

    /// Like [`write`](Self::write), but `change` decides whether to commit (true) or
    /// roll back (false): dry runs and refused imports run the whole change and keep
    /// none of it.
    fn write_if<T>(&self, change: impl FnOnce(&mut Writer<'_>) -> Result<(T, bool)>) -> Result<T> {
        let mut client = self.lock()?;
        let mut tx = client.transaction()?;
        // A row or table another writer holds is waited for `--busy-timeout`, then
        // the change is refused as busy (exit 75), as on SQLite.
        let timeout = format!("{}ms", self.session.busy_timeout.as_millis().max(1));
        tx.execute("SELECT set_config('lock_timeout', $1, true)", &[&timeout])?;
        let mut writer = Writer {
            tx,
            session: &self.session,
            rules: self.rules,
            statuses: &self.statuses,
            heads: std::collections::HashMap::new(),
        };
        let (out, commit) = change(&mut writer)?;
        let mut tx = writer.tx;
        if commit {
            finish(&mut tx)?;
            tx.commit()?;
        } else {
            tx.rollback()?;
        }
        Ok(out)
    }

    /// Runs `query` in a read-only transaction that sees one snapshot of the store.
    fn read<T>(&self, query: impl FnOnce(&mut Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut client = self.lock()?;
        let mut tx = client
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?;
        let out = query(&mut tx)?;
        tx.commit()?;
        Ok(out)
    }
}

/// The last step of every write: tally rows counted down to zero go.
fn finish(tx: &mut Transaction<'_>) -> Result<()> {
    tx.batch_execute(
        "DELETE FROM enrollment_tally WHERE n = 0;
         DELETE FROM group_tally WHERE n = 0;",
    )?;
    Ok(())
}

/// A write transaction and who is making the change (for the audit trail).
pub(crate) struct Writer<'a> {
    tx: Transaction<'a>,
    session: &'a Session,
    rules: &'a dyn Rules,
    statuses: &'a Statuses,
    /// The newest event of each audit chain this transaction appended to (it holds
    /// the chain's lock until it ends, so nobody else appends in between).
    heads: std::collections::HashMap<String, String>,
}

impl Writer<'_> {
    /// Appends the audit event of this change, in the same transaction.
    fn audit(&mut self, tenant: Option<&str>, action: &str, target: serde_json::Value) -> Result<()> {
        audit::append(self, tenant, action, &target)
    }

    /// Appends the audit event of `changed` (as the core tells it), in the same
    /// transaction.
    fn record(&mut self, tenant: Option<&str>, changed: Changed<'_>) -> Result<()> {
        let (action, target) = self.rules.audit_event(&changed);
        self.audit(tenant, action, target)
    }

    /// The day "today" is for this change.
    fn today(&self) -> NaiveDate {
        self.session.today()
    }
}

/// A timestamp as lmsctl stores it (RFC 3339 text).
fn time(text: String) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(&text)
        .map(|t| t.with_timezone(&chrono::Utc))
        .unwrap_or_default()
}

impl From<postgres::Error> for Error {
    fn from(err: postgres::Error) -> Self {
        store_error(&err)
    }
}

impl Backend for PostgresStore {
    fn create_tenant(&self, tenant: &NewTenant) -> Result<Tenant> {
        tenants::create_tenant(self, tenant)
    }

    fn tenants(&self) -> Result<Vec<Tenant>> {
        tenants::tenants(self)
    }

    fn tenant(&self, slug: &str) -> Result<Tenant> {
        tenants::tenant(self, slug)
    }

    fn update_tenant(&self, slug: &str, patch: &TenantPatch) -> Result<Tenant> {
        tenants::update_tenant(self, slug, patch)
    }

    fn delete_tenant(&self, slug: &str, cascade: bool, dry_run: bool) -> Result<TenantDeletion> {
        tenants::delete_tenant(self, slug, cascade, dry_run)
    }

    fn add_user(&self, tenant: &str, user: &NewUser) -> Result<User> {
        users::add_user(self, tenant, user)
    }

    fn users(&self, tenant: &str, query: &UserQuery) -> Result<Vec<User>> {
        users::users(self, tenant, query)
    }

    fn user(&self, tenant: &str, sel: &UserSel) -> Result<User> {
        users::user(self, tenant, sel)
    }

    fn update_user(&self, tenant: &str, sel: &UserSel, patch: &UserPatch) -> Result<User> {
        users::update_user(self, tenant, sel, patch)
    }

    fn set_user_status(&self, tenant: &str, sel: &UserSel, status: UserStatus) -> Result<User> {
        users::set_user_status(self, tenant, sel, status)
    }

    fn create_group(&self, tenant: &str, group: &NewGroup) -> Result<Group> {
        groups::create_group(self, tenant, group)
    }

    fn groups(&self, tenant: &str) -> Result<Vec<Group>> {
        groups::groups(self, tenant)
    }

    fn group(&self, tenant: &str, name: &str) -> Result<GroupDetail> {
        groups::group(self, tenant, name)
    }

    fn delete_group(&self, tenant: &str, name: &str) -> Result<Group> {
        groups::delete_group(self, tenant, name)
    }

    fn change_members(&self, tenant: &str, group: &str, users: &[UserSel], add: bool) -> Result<Group> {
        groups::change_members(self, tenant, group, users, add)
    }

    fn import_users(
        &self,
        spec: &ImportSpec,
        rows: &mut dyn RowSource,
        plan: &mut dyn PlanSink,
    ) -> Result<ImportReport> {
        import::import_users(self, spec, rows, plan)
    }

    fn apply_import_plan(&self, plan: &mut dyn PlanSource) -> Result<ImportReport> {
        import::apply_import_plan(self, plan)
    }

    fn create_course(&self, tenant: &str, course: &NewCourse) -> Result<Course> {
        courses::create_course(self, tenant, course)
    }

    fn courses(&self, tenant: &str, archived: bool) -> Result<Vec<Course>> {
        courses::courses(self, tenant, archived)
    }

    fn course(&self, tenant: &str, code: &str) -> Result<Course> {
        courses::course(self, tenant, code)
    }

    fn update_course(&self, tenant: &str, code: &str, patch: &CoursePatch) -> Result<Course> {
        courses::update_course(self, tenant, code, patch)
    }

    fn archive_course(&self, tenant: &str, code: &str) -> Result<Course> {
        courses::archive_course(self, tenant, code)
    }

    fn course_stats(&self, tenant: &str, code: &str, as_of: AsOf) -> Result<CourseStats> {
        courses::course_stats(self, tenant, code, as_of)
    }

    fn assign(&self, tenant: &str, assignment: &NewAssignment) -> Result<Assignment> {
        enrollments::assign(self, tenant, assignment)
    }

    fn unassign(&self, tenant: &str, course: &str, target: &AssignTarget) -> Result<Assignment> {
        enrollments::unassign(self, tenant, course, target)
    }

    fn enrollments(&self, tenant: &str, query: &EnrollmentQuery, as_of: AsOf) -> Result<Vec<Enrollment>> {
        enrollments::enrollments(self, tenant, query, as_of)
    }

    fn set_progress(&self, tenant: &str, course: &str, user: &UserSel, percent: u8) -> Result<()> {
        enrollments::set_progress(self, tenant, course, user, percent)
    }

    fn complete(&self, tenant: &str, completion: &NewCompletion) -> Result<Certificate> {
        completions::complete(self, tenant, completion)
    }

    fn import_completions(
        &self,
        tenant: &str,
        file: &str,
        apply: bool,
        skip_invalid: bool,
        rows: &mut dyn RowSource<CompletionRow, CompletionField>,
    ) -> Result<CompletionReport> {
        completions::import_completions(self, tenant, file, apply, skip_invalid, rows)
    }

    fn certificates(&self, tenant: &str, query: &CertificateQuery, as_of: AsOf) -> Result<Vec<Certificate>> {
        completions::certificates(self, tenant, query, as_of)
    }

    fn certificate(&self, tenant: &str, serial: &str, as_of: AsOf) -> Result<Certificate> {
        completions::certificate(self, tenant, serial, as_of)
    }

    fn reminders(&self, tenant: &str, within_days: u32, as_of: AsOf) -> Result<Vec<Reminder>> {
        completions::reminders(self, tenant, within_days, as_of)
    }

    fn export_subject(
        &self,
        tenant: &str,
        user: &UserSel,
        request: Option<i64>,
        xapi: bool,
    ) -> Result<SubjectData> {
        gdpr::export_subject(self, tenant, user, request, xapi)
    }

    fn erase_subject(
        &self,
        tenant: &str,
        user: &UserSel,
        request: Option<i64>,
        dry_run: bool,
    ) -> Result<ErasureReceipt> {
        gdpr::erase_subject(self, tenant, user, request, dry_run)
    }

    fn anonymize_inactive(&self, tenant: &str, since: NaiveDate, dry_run: bool) -> Result<AnonymizeReport> {
        gdpr::anonymize_inactive(self, tenant, since, dry_run)
    }

    fn run_retention(&self, dry_run: bool) -> Result<Vec<AnonymizeReport>> {
        gdpr::run_retention(self, dry_run)
    }

    fn purge(&self) -> Result<()> {
        gdpr::purge(self)
    }

    fn open_request(&self, tenant: &str, request: &NewRequest) -> Result<SubjectRequest> {
        gdpr::open_request(self, tenant, request)
    }

    fn close_request(&self, tenant: &str, id: i64, note: &str) -> Result<SubjectRequest> {
        gdpr::close_request(self, tenant, id, note)
    }

    fn request(&self, tenant: &str, id: i64, as_of: NaiveDate) -> Result<SubjectRequest> {
        gdpr::request(self, tenant, id, as_of)
    }

    fn requests(&self, tenant: &str, overdue_only: bool, as_of: NaiveDate) -> Result<Vec<SubjectRequest>> {
        gdpr::requests(self, tenant, overdue_only, as_of)
    }

    fn record_consent(&self, tenant: &str, user: &UserSel, notice: &str, date: NaiveDate) -> Result<Consent> {
        gdpr::record_consent(self, tenant, user, notice, date)
    }

    fn withdraw_consent(
        &self,
        tenant: &str,
        user: &UserSel,
        notice: &str,
        date: NaiveDate,
    ) -> Result<Consent> {
        gdpr::withdraw_consent(self, tenant, user, notice, date)
    }

    fn users_without_consent(&self, tenant: &str, notice: &str) -> Result<Vec<User>> {
        gdpr::users_without_consent(self, tenant, notice)
    }

    fn suppressions(&self, tenant: &str) -> Result<Vec<Suppression>> {
        gdpr::suppressions(self, tenant)
    }

    fn remove_suppression(&self, tenant: &str, kind: &str, value: &str) -> Result<u64> {
        gdpr::remove_suppression(self, tenant, kind, value)
    }

    fn report_compliance(
        &self,
        tenant: &str,
        query: &ComplianceQuery,
        as_of: AsOf,
    ) -> Result<Vec<ComplianceRow>> {
        reports::report_compliance(self, tenant, query, as_of)
    }

    fn report_overdue(
        &self,
        tenant: &str,
        include_children: bool,
        as_of: AsOf,
        sink: Sink<'_, OverdueRow>,
    ) -> Result<()> {
        reports::report_overdue(self, tenant, include_children, as_of, sink)
    }

    fn report_expiring(
        &self,
        tenant: &str,
        include_children: bool,
        within_days: u32,
        as_of: AsOf,
        sink: Sink<'_, ExpiringRow>,
    ) -> Result<()> {
        reports::report_expiring(self, tenant, include_children, within_days, as_of, sink)
    }

    fn report_active_users(
        &self,
        tenant: &str,
        include_children: bool,
        period: &str,
        as_of: NaiveDate,
    ) -> Result<Vec<ActiveUsersRow>> {
        reports::report_active_users(self, tenant, include_children, period, as_of)
    }

    fn report_tenants(&self, tenant: &str, as_of: AsOf) -> Result<Vec<TenantRow>> {
        reports::report_tenants(self, tenant, as_of)
    }

    fn create_token(&self, token: &NewToken) -> Result<CreatedToken> {
        tokens::create_token(self, token)
    }

    fn tokens(&self, tenant: Option<&str>) -> Result<Vec<Token>> {
        tokens::tokens(self, tenant)
    }

    fn revoke_token(&self, id: i64) -> Result<Token> {
        tokens::revoke_token(self, id)
    }

    fn audit_events(&self, query: &AuditQuery) -> Result<Vec<AuditEvent>> {
        audit::audit_events(self, query)
    }

    fn verify_audit(&self, anchor: Option<&str>) -> Result<AuditVerification> {
        audit::verify_audit(self, anchor)
    }

    fn authenticate(&self, secret: &str) -> Result<Grant> {
        tokens::authenticate(self, secret)
    }

    fn act_as(&mut self, actor: String, today: Option<NaiveDate>) {
        self.session.actor = actor;
        self.session.today = today;
    }
}

/// A connection to the database at `address`, as `application_name` `lmsctl` unless
/// the address names another.
pub fn connect(address: &PgAddress) -> Result<postgres::Client> {
    let mut config = postgres::Config::new();
    if address.is_socket() {
        config.host_path(&address.host);
    } else {
        config.host(&address.host);
    }
    config
        .port(address.port)
        .user(&address.login())
        .dbname(&address.database())
        .application_name(address.application_name.as_deref().unwrap_or("lmsctl"))
        .ssl_mode(match address.sslmode {
            SslMode::Disable => postgres::config::SslMode::Disable,
            SslMode::Prefer => postgres::config::SslMode::Prefer,
            SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => postgres::config::SslMode::Require,
        });
    let password = address.password();
    if let Some(password) = &password {
        config.password(password);
    }
    if let Some(timeout) = address.connect_timeout {
        config.connect_timeout(timeout);
    }
    let tls = tls::client_config(address)?;
    let attempt = |config: &postgres::Config| match &tls {
        None => config.connect(postgres::NoTls),
        Some(tls) => config.connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls.clone())),
    };
    match attempt(&config) {
        // The server wants a password that neither the address, PGPASSWORD nor the
        // password file gave: the one `lmsctl login` kept in the keyring, if any. The
        // keyring is not asked before, so that a server that trusts its clients, or a
        // password file, costs no keyring look-up.
        Err(e) if password.is_none() && wants_password(&e) => {
            let Some(kept) = crate::credentials::load(&address.url())? else {
                return Err(cannot_connect(address, &e));
            };
            config.password(kept);
            attempt(&config).map_err(|e| cannot_connect(address, &e))
        }
        connected => connected.map_err(|e| cannot_connect(address, &e)),
    }
}

/// Whether a connection failed only because the server asked for a password and
/// none was given (the client library says so in words: it has no error code).
fn wants_password(err: &postgres::Error) -> bool {
    err.as_db_error().is_none() && describe(err).contains("password missing")
}

/// Why a connection failed, and what to do, without the password.
fn cannot_connect(address: &PgAddress, err: &postgres::Error) -> Error {
    let code = err.code();
    let detail = describe(err);
    let user = address.login();
    if wants_password(err) {
        return Error::new(
            ErrorKind::PermissionDenied,
            format!("the PostgreSQL server {address} asks '{user}' for a password, and none was given"),
        )
        .with_hint(
            "give it in the address, PGPASSWORD or ~/.pgpass (mode 0600), or keep it in the keyring with `lmsctl login ADDRESS`",
        );
    }
    if code == Some(&SqlState::INVALID_PASSWORD)
        || code == Some(&SqlState::INVALID_AUTHORIZATION_SPECIFICATION)
    {
        return Error::new(
            ErrorKind::PermissionDenied,
            format!("the PostgreSQL server {address} refused the login of '{user}': {detail}"),
        )
        .with_hint(
            "give the password in the address, PGPASSWORD, ~/.pgpass (mode 0600) or the keyring (lmsctl login ADDRESS), or ask the database's administrator for access",
        );
    }
    if code == Some(&SqlState::INVALID_CATALOG_NAME) {
        return Error::new(
            ErrorKind::Unavailable,
            format!(
                "the PostgreSQL server {address} has no database '{}'",
                address.database()
            ),
        )
        .with_hint(format!(
            "create it first (createdb -O {user} {}), then run the command again",
            address.database()
        ));
    }
    Error::new(
        ErrorKind::Unavailable,
        format!("cannot connect to the PostgreSQL server {address}: {detail}"),
    )
    .with_hint(match address.sslmode {
        SslMode::Disable | SslMode::Prefer => {
            "check that the server runs and that host and port are right".to_owned()
        }
        mode => format!(
            "check that the server runs, that host and port are right, and that it accepts TLS as sslmode={} asks",
            mode.as_str()
        ),
    })
}

/// An error with its causes, one after the other.
fn describe(err: &postgres::Error) -> String {
    if let Some(db) = err.as_db_error() {
        return db.message().to_owned();
    }
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// A PostgreSQL error as an lmsctl error of the kind it is.
pub(crate) fn store_error(err: &postgres::Error) -> Error {
    if err.code() == Some(&SqlState::LOCK_NOT_AVAILABLE) {
        return Error::new(ErrorKind::Busy, super::BUSY).about("store.busy");
    }
    let kind = match err.code() {
        Some(code)
            if *code == SqlState::T_R_SERIALIZATION_FAILURE || *code == SqlState::LOCK_NOT_AVAILABLE =>
        {
            ErrorKind::Busy
        }
        Some(code) if *code == SqlState::INSUFFICIENT_PRIVILEGE => ErrorKind::PermissionDenied,
        _ if err.is_closed() => ErrorKind::Unavailable,
        _ => ErrorKind::Failure,
    };
    Error::new(kind, format!("PostgreSQL: {}", describe(err)))
}
