/*!
The local store: one SQLite file (rusqlite, bundled), the default for lmsctl.

Opening creates the file with mode 0600 (it holds personal data), switches on WAL,
foreign keys, `secure_delete` and a busy timeout, and applies the embedded schema
migrations in one transaction, tracked by `PRAGMA user_version`. Every change runs
in one IMMEDIATE transaction together with its audit event, committed with
`synchronous=FULL`, so a crash leaves either the whole change or none of it.
*/

mod audit;
mod completions;
mod copy;
mod courses;
mod enrollments;
mod gdpr;
mod groups;
mod import;
mod migrations;
mod people;
mod reports;
pub(crate) mod rule_sql;
mod status;
mod tenants;
mod tokens;
mod users;

use std::fs::{self, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, Transaction, TransactionBehavior};

use self::status::Statuses;
use super::rules::{self, Changed};
use super::{Backend, Rules, Session, Sink};
use crate::error::{Error, ErrorKind, Result};
use crate::model::value::fold;
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

/// How long a writer waits for another process's transaction by default before
/// giving up (exit 75).
pub const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Page cache for bulk changes (imports, assignments, anonymisation; negative: KiB):
/// enough to keep the user indexes of a million-user tenant in memory, well inside the
/// 300 MB an import may use, and to keep a big transaction from spilling into the WAL.
const IMPORT_CACHE_KIB: i64 = -65_536;

pub struct SqliteStore {
    conn: Mutex<Connection>,
    path: PathBuf,
    session: Session,
    rules: &'static dyn Rules,
    statuses: Statuses,
}

impl SqliteStore {
    /// Opens (creating if needed) the store file at `path`.
    pub fn open(path: &Path, actor: &str, rules: &'static dyn Rules) -> Result<Self> {
        Self::open_with(
            path,
            Session {
                actor: actor.to_owned(),
                busy_timeout: DEFAULT_BUSY_TIMEOUT,
                today: None,
                token: None,
                ca_cert: None,
                quiet: true,
            },
            rules,
        )
    }

    /// Opens the store, waiting up to `busy_timeout` for other writers.
    pub fn open_with(path: &Path, session: Session, rules: &'static dyn Rules) -> Result<Self> {
        create_private_file(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| unavailable(path, &e))?;
        conn.busy_timeout(session.busy_timeout)
            .map_err(|e| unavailable(path, &e))?;
        register_functions(&conn).map_err(|e| unavailable(path, &e))?;
        // page_size only takes effect on a new, empty file (before WAL is switched on):
        // 16 KiB pages make bulk inserts and index scans cheaper than the 4 KiB default.
        conn.execute_batch(
            "PRAGMA page_size = 16384;
             PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;
             PRAGMA secure_delete = ON;",
        )
        .map_err(|e| unavailable(path, &e))?;
        conn.execute_batch(MAP_FILE).map_err(|e| unavailable(path, &e))?;
        let mut store = SqliteStore {
            conn: Mutex::new(conn),
            path: path.to_owned(),
            session,
            rules,
            statuses: Statuses::new(rules),
        };
        let quiet = store.session.quiet;
        migrations::apply(store.conn.get_mut().map_err(|_| poisoned())?, path, quiet)?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn lock(&self) -> Result<MutexGuard<'_, Connection>> {
        self.conn.lock().map_err(|_| poisoned())
    }

    /// Runs `change` in one IMMEDIATE transaction (writers queue up front instead of
    /// failing half-way) and commits it.
    /// Before a bulk change: the page cache of [`IMPORT_CACHE_KIB`] (it stays for the
    /// connection).
    fn use_bulk_cache(&self) -> Result<()> {
        self.lock()?.pragma_update(None, "cache_size", IMPORT_CACHE_KIB)?;
        Ok(())
    }

    fn write<T>(&self, change: impl FnOnce(&Writer<'_>) -> Result<T>) -> Result<T> {
        let mut conn = self.lock()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = change(&Writer {
            tx: &tx,
            session: &self.session,
            rules: self.rules,
            statuses: &self.statuses,
        })?;
        finish(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Like [`write`](Self::write), but `change` decides whether to commit (true) or
    /// roll back (false): dry runs and refused imports run the whole change and keep none of it.
    fn write_if<T>(&self, change: impl FnOnce(&Writer<'_>) -> Result<(T, bool)>) -> Result<T> {
        let mut conn = self.lock()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (out, commit) = change(&Writer {
            tx: &tx,
            session: &self.session,
            rules: self.rules,
            statuses: &self.statuses,
        })?;
        if commit {
            finish(&tx)?;
            tx.commit()?;
        } else {
            tx.rollback()?;
        }
        Ok(out)
    }

    /// Copies the WAL into the database and truncates it, so that old page images
    /// (holding data just erased) do not outlive the erasure in the `-wal` file.
    fn purge_wal(&self) -> Result<()> {
        let conn = self.lock()?;
        let (busy, _, _): (i64, i64, i64) = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
        if busy != 0 {
            return Err(Error::new(
                ErrorKind::Busy,
                "the erasure is committed, but another process is reading the store, so its write-ahead log still holds old pages",
            )
            .about("store.purge"));
        }
        Ok(())
    }

    fn read<T>(&self, query: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let conn = self.lock()?;
        query(&conn)
    }
}

/// Reads map the file instead of copying each page through a read() call: reports that
/// visit pages all over a large store run several times faster. (The build raises
/// SQLite's own cap of 2 GiB to this size: `.cargo/config.toml`.)
pub(crate) const MAP_FILE: &str = "PRAGMA mmap_size = 274877906944";

/// Another read-only connection to the store `conn` reads, for a query on a thread
/// of its own; `None` for a store without a file (in memory).
fn reader_beside(conn: &Connection) -> Option<Result<Connection>> {
    let path = conn.path().filter(|path| !path.is_empty())?;
    let open = || -> Result<Connection> {
        let reader = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        reader.busy_timeout(DEFAULT_BUSY_TIMEOUT)?;
        reader.execute_batch(MAP_FILE)?;
        Ok(reader)
    };
    Some(open())
}

/// `PRAGMA data_version`: it changes once another connection has committed. In a
/// transaction, it is read in the transaction's snapshot (a first read starts it).
fn data_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA data_version", [], |r| r.get(0))?)
}

/// The last step of every write: tally rows counted down to zero go.
fn finish(tx: &Transaction<'_>) -> Result<()> {
    tx.prepare_cached("DELETE FROM enrollment_tally WHERE n = 0")?
        .execute([])?;
    tx.prepare_cached("DELETE FROM group_tally WHERE n = 0")?
        .execute([])?;
    Ok(())
}

/// A write transaction and who is making the change (for the audit trail).
pub(crate) struct Writer<'a> {
    tx: &'a Transaction<'a>,
    session: &'a Session,
    rules: &'a dyn Rules,
    statuses: &'a Statuses,
}

impl std::ops::Deref for Writer<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.tx
    }
}

impl Writer<'_> {
    /// Appends the audit event of this change, in the same transaction.
    fn audit(&self, tenant: Option<&str>, action: &str, target: serde_json::Value) -> Result<()> {
        audit::append(self, self.rules, &self.session.actor, tenant, action, &target)
    }

    /// Appends the audit event of `changed` (as the core tells it), in the same
    /// transaction.
    fn record(&self, tenant: Option<&str>, changed: Changed<'_>) -> Result<()> {
        let (action, target) = self.rules.audit_event(&changed);
        self.audit(tenant, action, target)
    }

    /// The day "today" is for this change.
    fn today(&self) -> chrono::NaiveDate {
        self.session.today()
    }
}

impl Backend for SqliteStore {
    fn create_tenant(&self, tenant: &NewTenant) -> Result<Tenant> {
        self.write(|w| tenants::create(w, tenant))
    }

    fn tenants(&self) -> Result<Vec<Tenant>> {
        self.read(tenants::list)
    }

    fn tenant(&self, slug: &str) -> Result<Tenant> {
        self.read(|c| tenants::get(c, slug))
    }

    fn update_tenant(&self, slug: &str, patch: &TenantPatch) -> Result<Tenant> {
        self.write(|w| tenants::update(w, slug, patch))
    }

    fn delete_tenant(&self, slug: &str, cascade: bool, dry_run: bool) -> Result<TenantDeletion> {
        if dry_run {
            self.read(|c| tenants::deletion_plan(c, slug, cascade))
        } else {
            self.write(|w| tenants::delete(w, slug, cascade))
        }
    }

    fn add_user(&self, tenant: &str, user: &NewUser) -> Result<User> {
        self.write(|w| users::add(w, tenant, user))
    }

    fn users(&self, tenant: &str, query: &UserQuery) -> Result<Vec<User>> {
        self.read(|c| users::list(c, tenant, query))
    }

    fn user(&self, tenant: &str, sel: &UserSel) -> Result<User> {
        self.read(|c| users::show(c, tenant, sel))
    }

    fn update_user(&self, tenant: &str, sel: &UserSel, patch: &UserPatch) -> Result<User> {
        self.write(|w| users::update(w, tenant, sel, patch))
    }

    fn set_user_status(&self, tenant: &str, sel: &UserSel, status: UserStatus) -> Result<User> {
        self.write(|w| users::set_status(w, tenant, sel, status))
    }

    fn create_group(&self, tenant: &str, group: &NewGroup) -> Result<Group> {
        self.write(|w| groups::create(w, tenant, group))
    }

    fn groups(&self, tenant: &str) -> Result<Vec<Group>> {
        self.read(|c| groups::list(c, tenant))
    }

    fn group(&self, tenant: &str, name: &str) -> Result<GroupDetail> {
        self.read(|c| groups::show(c, tenant, name))
    }

    fn delete_group(&self, tenant: &str, name: &str) -> Result<Group> {
        self.write(|w| groups::delete(w, tenant, name))
    }

    fn change_members(&self, tenant: &str, group: &str, users: &[UserSel], add: bool) -> Result<Group> {
        self.write(|w| groups::change_members(w, tenant, group, users, add))
    }

    fn import_users(
        &self,
        spec: &ImportSpec,
        rows: &mut dyn RowSource,
        plan: &mut dyn PlanSink,
    ) -> Result<ImportReport> {
        self.use_bulk_cache()?;
        self.write_if(|w| import::import_users(w, spec, rows, plan))
    }

    fn apply_import_plan(&self, plan: &mut dyn PlanSource) -> Result<ImportReport> {
        self.use_bulk_cache()?;
        self.write(|w| import::apply_plan(w, plan))
    }

    fn create_course(&self, tenant: &str, course: &NewCourse) -> Result<Course> {
        self.write(|w| courses::create(w, tenant, course))
    }

    fn courses(&self, tenant: &str, archived: bool) -> Result<Vec<Course>> {
        self.read(|c| courses::list(c, tenant, archived))
    }

    fn course(&self, tenant: &str, code: &str) -> Result<Course> {
        self.read(|c| courses::show(c, tenant, code))
    }

    fn update_course(&self, tenant: &str, code: &str, patch: &CoursePatch) -> Result<Course> {
        self.write(|w| courses::update(w, tenant, code, patch))
    }

    fn archive_course(&self, tenant: &str, code: &str) -> Result<Course> {
        self.write(|w| courses::archive(w, tenant, code))
    }

    fn course_stats(&self, tenant: &str, code: &str, as_of: AsOf) -> Result<CourseStats> {
        self.read(|c| courses::stats(c, &self.statuses, tenant, code, as_of))
    }

    fn assign(&self, tenant: &str, assignment: &NewAssignment) -> Result<Assignment> {
        self.use_bulk_cache()?;
        self.write(|w| enrollments::assign(w, tenant, assignment))
    }

    fn unassign(&self, tenant: &str, course: &str, target: &AssignTarget) -> Result<Assignment> {
        self.write(|w| enrollments::unassign(w, tenant, course, target))
    }

    fn enrollments(&self, tenant: &str, query: &EnrollmentQuery, as_of: AsOf) -> Result<Vec<Enrollment>> {
        self.read(|c| enrollments::list(c, &self.statuses, tenant, query, as_of))
    }

    fn set_progress(&self, tenant: &str, course: &str, user: &UserSel, percent: u8) -> Result<()> {
        self.write(|w| enrollments::set_progress(w, tenant, course, user, percent))
    }

    fn complete(&self, tenant: &str, completion: &NewCompletion) -> Result<Certificate> {
        self.write(|w| completions::complete(w, tenant, completion))
    }

    fn import_completions(
        &self,
        tenant: &str,
        file: &str,
        apply: bool,
        skip_invalid: bool,
        rows: &mut dyn RowSource<CompletionRow, CompletionField>,
    ) -> Result<CompletionReport> {
        self.use_bulk_cache()?;
        self.write_if(|w| {
            let import = rules::CompletionImport {
                tenant,
                file,
                apply,
                skip_invalid,
                today: w.today(),
            };
            completions::import(w, &import, rows)
        })
    }

    fn certificates(&self, tenant: &str, query: &CertificateQuery, as_of: AsOf) -> Result<Vec<Certificate>> {
        self.read(|c| completions::list(c, &self.statuses, tenant, query, as_of))
    }

    fn certificate(&self, tenant: &str, serial: &str, as_of: AsOf) -> Result<Certificate> {
        self.read(|c| completions::show(c, &self.statuses, tenant, serial, as_of))
    }

    fn reminders(&self, tenant: &str, within_days: u32, as_of: AsOf) -> Result<Vec<Reminder>> {
        self.read(|c| completions::reminders(c, &self.statuses, tenant, within_days, as_of))
    }

    fn export_subject(
        &self,
        tenant: &str,
        user: &UserSel,
        request: Option<i64>,
        xapi: bool,
    ) -> Result<SubjectData> {
        self.write(|w| gdpr::export(w, tenant, user, request, xapi))
    }

    fn erase_subject(
        &self,
        tenant: &str,
        user: &UserSel,
        request: Option<i64>,
        dry_run: bool,
    ) -> Result<ErasureReceipt> {
        let receipt =
            self.write_if(|w| gdpr::erase(w, tenant, user, request, dry_run).map(|r| (r, !dry_run)))?;
        if !dry_run {
            self.purge_wal()?;
        }
        Ok(receipt)
    }

    fn anonymize_inactive(&self, tenant: &str, since: NaiveDate, dry_run: bool) -> Result<AnonymizeReport> {
        self.use_bulk_cache()?;
        let report = self.write_if(|w| gdpr::anonymize(w, tenant, since, dry_run).map(|r| (r, !dry_run)))?;
        if !dry_run && report.users > 0 {
            self.purge_wal()?;
        }
        Ok(report)
    }

    fn run_retention(&self, dry_run: bool) -> Result<Vec<AnonymizeReport>> {
        self.use_bulk_cache()?;
        let reports = self.write_if(|w| gdpr::retention(w, dry_run).map(|r| (r, !dry_run)))?;
        if !dry_run && reports.iter().any(|r| r.users > 0) {
            self.purge_wal()?;
        }
        Ok(reports)
    }

    fn purge(&self) -> Result<()> {
        self.purge_wal()
    }

    fn open_request(&self, tenant: &str, request: &NewRequest) -> Result<SubjectRequest> {
        self.write(|w| gdpr::open_request(w, tenant, request))
    }

    fn close_request(&self, tenant: &str, id: i64, note: &str) -> Result<SubjectRequest> {
        self.write(|w| gdpr::close(w, tenant, id, note))
    }

    fn request(&self, tenant: &str, id: i64, as_of: NaiveDate) -> Result<SubjectRequest> {
        self.read(|c| gdpr::request(c, tenant, id, as_of))
    }

    fn requests(&self, tenant: &str, overdue_only: bool, as_of: NaiveDate) -> Result<Vec<SubjectRequest>> {
        self.read(|c| gdpr::requests(c, tenant, overdue_only, as_of))
    }

    fn record_consent(&self, tenant: &str, user: &UserSel, notice: &str, date: NaiveDate) -> Result<Consent> {
        self.write(|w| gdpr::record_consent(w, tenant, user, notice, date))
    }

    fn withdraw_consent(
        &self,
        tenant: &str,
        user: &UserSel,
        notice: &str,
        date: NaiveDate,
    ) -> Result<Consent> {
        self.write(|w| gdpr::withdraw_consent(w, tenant, user, notice, date))
    }

    fn users_without_consent(&self, tenant: &str, notice: &str) -> Result<Vec<User>> {
        self.read(|c| gdpr::without_consent(c, tenant, notice))
    }

    fn suppressions(&self, tenant: &str) -> Result<Vec<Suppression>> {
        self.read(|c| gdpr::suppressions(c, tenant))
    }

    fn remove_suppression(&self, tenant: &str, kind: &str, value: &str) -> Result<u64> {
        self.write(|w| gdpr::remove_suppression(w, tenant, kind, value))
    }

    fn report_compliance(
        &self,
        tenant: &str,
        query: &ComplianceQuery,
        as_of: AsOf,
    ) -> Result<Vec<ComplianceRow>> {
        self.read(|c| reports::compliance(c, &self.statuses, tenant, query, as_of))
    }

    fn report_overdue(
        &self,
        tenant: &str,
        include_children: bool,
        as_of: AsOf,
        sink: Sink<'_, OverdueRow>,
    ) -> Result<()> {
        self.read(|c| reports::overdue(c, &self.statuses, tenant, include_children, as_of, sink))
    }

    fn report_expiring(
        &self,
        tenant: &str,
        include_children: bool,
        within_days: u32,
        as_of: AsOf,
        sink: Sink<'_, ExpiringRow>,
    ) -> Result<()> {
        self.read(|c| {
            reports::expiring(
                c,
                &self.statuses,
                tenant,
                include_children,
                within_days,
                as_of,
                sink,
            )
        })
    }

    fn report_active_users(
        &self,
        tenant: &str,
        include_children: bool,
        period: &str,
        as_of: NaiveDate,
    ) -> Result<Vec<ActiveUsersRow>> {
        self.read(|c| reports::active_users(c, tenant, include_children, period, as_of))
    }

    fn report_tenants(&self, tenant: &str, as_of: AsOf) -> Result<Vec<TenantRow>> {
        self.read(|c| reports::tenant_tree(c, &self.statuses, tenant, as_of))
    }

    fn create_token(&self, token: &NewToken) -> Result<CreatedToken> {
        self.write(|w| tokens::create(w, token))
    }

    fn tokens(&self, tenant: Option<&str>) -> Result<Vec<Token>> {
        self.read(|c| tokens::list(c, tenant, self.session.today()))
    }

    fn revoke_token(&self, id: i64) -> Result<Token> {
        self.write(|w| tokens::revoke(w, id))
    }

    fn audit_events(&self, query: &AuditQuery) -> Result<Vec<AuditEvent>> {
        self.read(|c| audit::list(c, query))
    }

    fn verify_audit(&self, anchor: Option<&str>) -> Result<AuditVerification> {
        self.read(|c| audit::verify(c, self.rules, anchor))
    }

    fn authenticate(&self, secret: &str) -> Result<Grant> {
        let hash = self.rules.token_hash(secret);
        self.read(|c| tokens::authenticate(c, &hash, self.session.today()))
    }

    fn act_as(&mut self, actor: String, today: Option<NaiveDate>) {
        self.session.actor = actor;
        self.session.today = today;
    }
}

/// Runs a query with named parameters (`:name`), mapping each row.
fn query_named<T>(
    conn: &Connection,
    sql: &str,
    args: &[(&str, rusqlite::types::Value)],
    map: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut rows = Vec::new();
    query_each(conn, sql, args, map, &mut |row| {
        rows.push(row);
        Ok(())
    })?;
    Ok(rows)
}

/// The parameters `stmt` names (queries put together from parts may leave some out).
fn used<'a>(
    stmt: &rusqlite::Statement<'_>,
    args: &'a [(&'a str, rusqlite::types::Value)],
) -> Vec<(&'a str, rusqlite::types::Value)> {
    args.iter()
        .filter(|(name, _)| matches!(stmt.parameter_index(name), Ok(Some(_))))
        .cloned()
        .collect()
}

/// Runs a query with named parameters and hands each row to `sink` as it comes.
fn query_each<T>(
    conn: &Connection,
    sql: &str,
    args: &[(&str, rusqlite::types::Value)],
    mut map: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    sink: crate::store::Sink<'_, T>,
) -> Result<()> {
    let mut stmt = conn.prepare(sql)?;
    let args = used(&stmt, args);
    let mut rows = stmt.query(named(&args).as_slice())?;
    while let Some(row) = rows.next()? {
        sink(map(row)?)?;
    }
    Ok(())
}

/// Column `i` of `row`, a stored `YYYY-MM-DD` date, read without chrono's format
/// machinery: long report lists read one or two a row.
fn date_at(row: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<NaiveDate> {
    let text = row.get_ref(i)?.as_str()?;
    crate::model::value::parse_date(text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into()))
}

/// Executes a statement with named parameters (`:name`).
fn execute_named(conn: &Connection, sql: &str, args: &[(&str, rusqlite::types::Value)]) -> Result<usize> {
    Ok(conn.prepare(sql)?.execute(named(args).as_slice())?)
}

fn named<'a>(args: &'a [(&'a str, rusqlite::types::Value)]) -> Vec<(&'a str, &'a dyn rusqlite::ToSql)> {
    args.iter()
        .map(|(name, value)| (*name, value as &dyn rusqlite::ToSql))
        .collect()
}

/// After users or groups changed: rule groups first, then the enrollments that
/// follow from group and tenant assignments (for one user, or the whole tenant).
fn refresh_memberships(w: &Writer<'_>, tenant_id: i64, user_id: Option<i64>) -> Result<()> {
    groups::refresh_rules(w, tenant_id, user_id)?;
    enrollments::refresh(
        w,
        enrollments::Scope {
            tenant_id,
            user_id,
            course_id: None,
        },
        w.today(),
    )
}

/// SQL functions the queries rely on. `fold(text)` is Unicode-aware case folding
/// (SQLite's own `lower()` and `NOCASE` only fold ASCII, so `ÖZTÜRK` would not
/// match `Öztürk`).
pub(crate) fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "fold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC | FunctionFlags::SQLITE_INNOCUOUS,
        |ctx| Ok(ctx.get::<Option<String>>(0)?.map(|text| fold(&text))),
    )
}

/// Creates the store file (and its directory) readable by the owner only, before
/// SQLite opens it: SQLite would create it with the umask (usually world-readable).
fn create_private_file(path: &Path) -> Result<()> {
    if path.exists() {
        return Ok(());
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| store_creation(Error::io("create the store directory", dir, e)))?;
    }
    match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(store_creation(Error::io("create the store", path, e))),
    }
}

/// A store that cannot be created is unavailable (69), unless permissions are the cause (77).
fn store_creation(err: Error) -> Error {
    let kind = match err.kind {
        ErrorKind::PermissionDenied => ErrorKind::PermissionDenied,
        _ => ErrorKind::Unavailable,
    };
    Error {
        kind,
        hint: None,
        ..err
    }
    .about("store.location")
}

fn unavailable(path: &Path, err: &rusqlite::Error) -> Error {
    let code = err.sqlite_error_code();
    if matches!(
        code,
        Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly | ErrorCode::PermissionDenied)
    ) && let Some(dir) = unwritable_directory(path)
    {
        let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
        return Error::new(
            ErrorKind::PermissionDenied,
            format!(
                "cannot open the store {}: its directory {} may not be written to, and the store keeps its write-ahead log ({name}-wal) and shared memory ({name}-shm) beside it",
                path.display(),
                dir.display()
            ),
        )
        .with_hint(format!(
            "let this user write to {}, or move the store into a directory this user may write to",
            dir.display()
        ));
    }
    let kind = match code {
        Some(ErrorCode::PermissionDenied | ErrorCode::ReadOnly) => ErrorKind::PermissionDenied,
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => ErrorKind::Busy,
        _ => ErrorKind::Unavailable,
    };
    Error::new(kind, format!("cannot open the store {}: {err}", path.display())).about("store.file")
}

/// The store's directory, if this process may not create files in it.
fn unwritable_directory(path: &Path) -> Option<PathBuf> {
    use std::os::unix::ffi::OsStrExt;
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    // SAFETY: access(2) reads the NUL-terminated path and touches no other memory.
    let writable = unsafe { libc::access(name.as_ptr(), libc::W_OK) } == 0;
    (!writable).then(|| dir.to_owned())
}

/// The current time as stored in every `*_at` column, in lmsctl's one form
/// ([`crate::model::time`]), which sorts as text and reads back as `DateTime<Utc>`.
fn now() -> String {
    crate::model::time::now()
}

fn poisoned() -> Error {
    Error::failure("the store connection was left unusable by an earlier failure")
        .with_hint("run the command again; the store itself is unharmed (every change is one transaction)")
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                Error::new(ErrorKind::Busy, super::BUSY).about("store.busy")
            }
            Some(ErrorCode::ReadOnly | ErrorCode::PermissionDenied) => Error::new(
                ErrorKind::PermissionDenied,
                format!("the store refused the write: {err}"),
            )
            .with_hint("check that you may write the store file and its directory (the -wal and -shm files too)"),
            Some(ErrorCode::DiskFull) => Error::failure(format!("the disk is full: {err}"))
                .with_hint("free space on the disk of the store; nothing was changed"),
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => Error::new(
                ErrorKind::Unavailable,
                format!("the store file is not an lmsctl store or is damaged: {err}"),
            )
            .about("store.damaged"),
            _ => Error::failure(format!("store error: {err}"))
                .with_hint("run the command again; if it fails again, check the store with `sqlite3 FILE 'PRAGMA integrity_check'`"),
        }
    }
}
