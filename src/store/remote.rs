/*!
The remote store: every use case is one call to `lmsctl serve` (see [`crate::api`]),
with the blocking reqwest client over HTTP(S) (rustls). Errors come back as the
server's [`Error`] (same kind, message and hint, hence the same exit code as a local
store); a server that cannot be reached is `Unavailable` (exit 69).
*/

use std::io::BufRead;
use std::time::Duration;

use chrono::NaiveDate;
use reqwest::Method;
use reqwest::blocking::{Client, RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{Backend, Session, Sink};
use crate::api::wire;
use crate::error::{Error, ErrorKind, Result};
use crate::model::*;

pub struct RemoteStore {
    /// `http(s)://host:port`, without a trailing slash.
    url: reqwest::Url,
    client: Client,
    token: String,
    /// A fixed day (`LMSCTL_TODAY`) for a server that lets clients name it.
    today: Option<NaiveDate>,
    /// The certificates `--ca-cert` trusts, for the hints of TLS errors.
    ca_cert: Option<std::path::PathBuf>,
}

impl RemoteStore {
    /// A client for the server at `url`, as [`super::Location::parse`] gives it.
    pub fn new(url: &str, session: &Session) -> Result<Self> {
        let parsed = reqwest::Url::parse(url).map_err(|e| {
            Error::new(ErrorKind::Config, format!("--store {url}: not a URL ({e})"))
                .with_hint("a remote store is http(s)://HOST:PORT")
        })?;
        let token = session.token.clone().ok_or_else(|| {
            Error::new(ErrorKind::Config, format!("no token for the remote store {url}"))
                .with_hint("set LMSCTL_TOKEN, or --token-file PATH (a file only you can read)")
        })?;
        let builder = Client::builder()
            .user_agent(concat!("lmsctl/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            // Streams and big imports take as long as they take.
            .timeout(None::<Duration>)
            .tls_backend_preconfigured(super::tls::client_config(session.ca_cert.as_deref())?);
        let client = builder
            .build()
            .map_err(|e| Error::failure(format!("cannot set up the HTTP client: {}", chain(&e))))?;
        Ok(RemoteStore {
            url: parsed,
            client,
            token,
            today: session.today,
            ca_cert: session.ca_cert.clone(),
        })
    }

    /// The URL of a route: BASE, then the segments, each percent-encoded.
    fn url(&self, segments: &[&str]) -> reqwest::Url {
        let mut url = self.url.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty()
                .extend(crate::api::BASE.split('/').filter(|s| !s.is_empty()))
                .extend(segments);
        }
        url
    }

    fn request(&self, method: Method, segments: &[&str]) -> RequestBuilder {
        let request = self
            .client
            .request(method, self.url(segments))
            .bearer_auth(&self.token);
        match self.today {
            Some(day) => request.header(crate::server::DAY_HEADER, day.format("%Y-%m-%d").to_string()),
            None => request,
        }
    }

    fn send(&self, request: RequestBuilder) -> Result<Response> {
        let response = request.send().map_err(|e| {
            Error::new(
                ErrorKind::Unavailable,
                format!("cannot reach the lmsctl server at {}: {}", self.url, chain(&e)),
            )
            .with_hint(super::tls::hint(
                &e,
                self.url.host_str().unwrap_or_default(),
                self.ca_cert.as_deref(),
            ))
        })?;
        if response.status().is_success() {
            return Ok(response);
        }
        let status = response.status();
        let body = response.text().unwrap_or_default();
        Err(server_error(&body).unwrap_or_else(|| {
            Error::new(
                ErrorKind::Unavailable,
                format!("the server at {} answered {status}", self.url),
            )
        }))
    }

    fn call<T: DeserializeOwned>(&self, request: RequestBuilder) -> Result<T> {
        self.send(request)?.json().map_err(|e| {
            Error::failure(format!(
                "the server's answer is not what lmsctl expects: {}",
                chain(&e)
            ))
        })
    }

    fn get<T: DeserializeOwned>(&self, segments: &[&str]) -> Result<T> {
        self.call(self.request(Method::GET, segments))
    }

    fn with_body<T: DeserializeOwned>(
        &self,
        method: Method,
        segments: &[&str],
        body: &impl Serialize,
    ) -> Result<T> {
        self.call(self.request(method, segments).json(body))
    }

    /// An NDJSON answer, row by row into `sink`; a last line `{"error": ...}` is the
    /// server's error after it began to answer.
    fn stream<T: DeserializeOwned>(&self, request: RequestBuilder, sink: Sink<'_, T>) -> Result<()> {
        let response = self.send(request)?;
        for line in std::io::BufReader::new(response).lines() {
            let line = line.map_err(|e| {
                Error::new(
                    ErrorKind::Unavailable,
                    format!("the server's answer broke off: {e}"),
                )
            })?;
            if line.is_empty() {
                continue;
            }
            if line.starts_with("{\"error\":")
                && let Some(err) = server_error(&line)
            {
                return Err(err);
            }
            let row = serde_json::from_str(&line)
                .map_err(|e| Error::failure(format!("the server sent a row lmsctl cannot read: {e}")))?;
            sink(row)?;
        }
        Ok(())
    }
}

fn server_error(body: &str) -> Option<Error> {
    serde_json::from_str::<wire::ErrorBody>(body)
        .ok()
        .map(|e| e.error)
}

/// An error with its causes (reqwest's own message hides them: "error sending request").
fn chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

const T: &str = "tenants";

impl Backend for RemoteStore {
    fn create_tenant(&self, tenant: &NewTenant) -> Result<Tenant> {
        self.with_body(Method::POST, &[T], tenant)
    }

    fn tenants(&self) -> Result<Vec<Tenant>> {
        self.get(&[T])
    }

    fn tenant(&self, slug: &str) -> Result<Tenant> {
        self.get(&[T, slug])
    }

    fn update_tenant(&self, slug: &str, patch: &TenantPatch) -> Result<Tenant> {
        self.with_body(Method::PATCH, &[T, slug], patch)
    }

    fn delete_tenant(&self, slug: &str, cascade: bool, dry_run: bool) -> Result<TenantDeletion> {
        self.call(
            self.request(Method::DELETE, &[T, slug])
                .query(&wire::Deletion { cascade, dry_run }),
        )
    }

    fn add_user(&self, tenant: &str, user: &NewUser) -> Result<User> {
        self.with_body(Method::POST, &[T, tenant, "users"], user)
    }

    fn users(&self, tenant: &str, query: &UserQuery) -> Result<Vec<User>> {
        self.call(self.request(Method::GET, &[T, tenant, "users"]).query(query))
    }

    fn user(&self, tenant: &str, sel: &UserSel) -> Result<User> {
        self.get(&[T, tenant, "users", &sel.to_string()])
    }

    fn update_user(&self, tenant: &str, sel: &UserSel, patch: &UserPatch) -> Result<User> {
        self.with_body(Method::PATCH, &[T, tenant, "users", &sel.to_string()], patch)
    }

    fn set_user_status(&self, tenant: &str, sel: &UserSel, status: UserStatus) -> Result<User> {
        self.with_body(
            Method::PUT,
            &[T, tenant, "users", &sel.to_string(), "status"],
            &wire::StatusChange { status },
        )
    }

    fn create_group(&self, tenant: &str, group: &NewGroup) -> Result<Group> {
        self.with_body(Method::POST, &[T, tenant, "groups"], group)
    }

    fn groups(&self, tenant: &str) -> Result<Vec<Group>> {
        self.get(&[T, tenant, "groups"])
    }

    fn group(&self, tenant: &str, name: &str) -> Result<GroupDetail> {
        self.get(&[T, tenant, "groups", name])
    }

    fn delete_group(&self, tenant: &str, name: &str) -> Result<Group> {
        self.call(self.request(Method::DELETE, &[T, tenant, "groups", name]))
    }

    fn change_members(&self, tenant: &str, group: &str, users: &[UserSel], add: bool) -> Result<Group> {
        self.with_body(
            Method::POST,
            &[T, tenant, "groups", group, "members"],
            &wire::Members {
                users: users.to_vec(),
                add,
            },
        )
    }

    /// The rows go to the server in batches (see [`RemoteStore::import_staged`]).
    fn import_users(
        &self,
        spec: &ImportSpec,
        rows: &mut dyn RowSource,
        plan: &mut dyn PlanSink,
    ) -> Result<ImportReport> {
        let start = wire::ImportStart {
            spec: spec.clone(),
            changes_wanted: plan.changes_wanted(),
        };
        self.import_staged(&spec.tenant, "users", &start, rows, plan, |row: ImportRow| {
            wire::Row { line: row.line, row }
        })
    }

    /// The plan's changes go to the server in batches; it checks them again and applies
    /// them in one transaction if the store has not changed since the plan was made.
    fn apply_import_plan(&self, plan: &mut dyn PlanSource) -> Result<ImportReport> {
        let header = plan.header().clone();
        let tenant = header.spec.tenant.clone();
        let session = self.stage(&tenant, "plans", "changes", &header, &mut || plan.next_change())?;
        let summary = plan.summary().cloned();
        self.finish_staged(&tenant, "plans", &session, &summary, &mut |_: wire::Event<()>| {
            Ok(())
        })
    }

    fn create_course(&self, tenant: &str, course: &NewCourse) -> Result<Course> {
        self.with_body(Method::POST, &[T, tenant, "courses"], course)
    }

    fn courses(&self, tenant: &str, archived: bool) -> Result<Vec<Course>> {
        self.call(
            self.request(Method::GET, &[T, tenant, "courses"])
                .query(&wire::Archived { archived }),
        )
    }

    fn course(&self, tenant: &str, code: &str) -> Result<Course> {
        self.get(&[T, tenant, "courses", code])
    }

    fn update_course(&self, tenant: &str, code: &str, patch: &CoursePatch) -> Result<Course> {
        self.with_body(Method::PATCH, &[T, tenant, "courses", code], patch)
    }

    fn archive_course(&self, tenant: &str, code: &str) -> Result<Course> {
        self.call(self.request(Method::POST, &[T, tenant, "courses", code, "archive"]))
    }

    fn assign(&self, tenant: &str, assignment: &NewAssignment) -> Result<Assignment> {
        self.with_body(Method::POST, &[T, tenant, "assignments"], assignment)
    }

    fn unassign(&self, tenant: &str, course: &str, target: &AssignTarget) -> Result<Assignment> {
        self.with_body(
            Method::DELETE,
            &[T, tenant, "assignments"],
            &wire::Unassign {
                course: course.to_owned(),
                target: target.clone(),
            },
        )
    }

    fn enrollments(&self, tenant: &str, query: &EnrollmentQuery, as_of: AsOf) -> Result<Vec<Enrollment>> {
        self.call(
            self.request(Method::GET, &[T, tenant, "enrollments"])
                .query(query)
                .query(&as_of),
        )
    }

    fn set_progress(&self, tenant: &str, course: &str, user: &UserSel, percent: u8) -> Result<()> {
        self.with_body(
            Method::PUT,
            &[T, tenant, "progress"],
            &wire::Progress {
                course: course.to_owned(),
                user: user.clone(),
                percent,
            },
        )
    }

    fn complete(&self, tenant: &str, completion: &NewCompletion) -> Result<Certificate> {
        self.with_body(Method::POST, &[T, tenant, "completions"], completion)
    }

    fn import_completions(
        &self,
        tenant: &str,
        file: &str,
        apply: bool,
        skip_invalid: bool,
        rows: &mut dyn RowSource<CompletionRow, CompletionField>,
    ) -> Result<CompletionReport> {
        let start = wire::CompletionsStart {
            file: file.to_owned(),
            apply,
            skip_invalid,
        };
        self.import_staged(tenant, "completions", &start, rows, &mut NoPlan, |row| row)
    }

    fn certificates(&self, tenant: &str, query: &CertificateQuery, as_of: AsOf) -> Result<Vec<Certificate>> {
        self.call(
            self.request(Method::GET, &[T, tenant, "certificates"])
                .query(query)
                .query(&as_of),
        )
    }

    fn certificate(&self, tenant: &str, serial: &str, as_of: AsOf) -> Result<Certificate> {
        self.call(
            self.request(Method::GET, &[T, tenant, "certificates", serial])
                .query(&as_of),
        )
    }

    fn reminders(&self, tenant: &str, within_days: u32, as_of: AsOf) -> Result<Vec<Reminder>> {
        self.call(
            self.request(Method::GET, &[T, tenant, "reminders"])
                .query(&wire::Within { within_days })
                .query(&as_of),
        )
    }

    fn export_subject(
        &self,
        tenant: &str,
        user: &UserSel,
        request: Option<i64>,
        xapi: bool,
    ) -> Result<SubjectData> {
        self.with_body(
            Method::POST,
            &[T, tenant, "gdpr", "export"],
            &wire::Export {
                user: user.clone(),
                request,
                xapi,
            },
        )
    }

    fn erase_subject(
        &self,
        tenant: &str,
        user: &UserSel,
        request: Option<i64>,
        dry_run: bool,
    ) -> Result<ErasureReceipt> {
        self.with_body(
            Method::POST,
            &[T, tenant, "gdpr", "erase"],
            &wire::Erase {
                user: user.clone(),
                request,
                dry_run,
            },
        )
    }

    fn anonymize_inactive(&self, tenant: &str, since: NaiveDate, dry_run: bool) -> Result<AnonymizeReport> {
        self.with_body(
            Method::POST,
            &[T, tenant, "gdpr", "anonymize"],
            &wire::Anonymize { since, dry_run },
        )
    }

    fn run_retention(&self, dry_run: bool) -> Result<Vec<AnonymizeReport>> {
        self.with_body(Method::POST, &["gdpr", "retention"], &wire::DryRun { dry_run })
    }

    fn purge(&self) -> Result<()> {
        self.call(self.request(Method::POST, &["gdpr", "purge"]))
    }

    fn open_request(&self, tenant: &str, request: &NewRequest) -> Result<SubjectRequest> {
        self.with_body(Method::POST, &[T, tenant, "gdpr", "requests"], request)
    }

    fn close_request(&self, tenant: &str, id: i64, note: &str) -> Result<SubjectRequest> {
        self.with_body(
            Method::POST,
            &[T, tenant, "gdpr", "requests", &id.to_string(), "close"],
            &wire::Close {
                note: note.to_owned(),
            },
        )
    }

    fn request(&self, tenant: &str, id: i64, as_of: NaiveDate) -> Result<SubjectRequest> {
        self.call(
            self.request(Method::GET, &[T, tenant, "gdpr", "requests", &id.to_string()])
                .query(&wire::Day { as_of }),
        )
    }

    fn requests(&self, tenant: &str, overdue_only: bool, as_of: NaiveDate) -> Result<Vec<SubjectRequest>> {
        self.call(
            self.request(Method::GET, &[T, tenant, "gdpr", "requests"])
                .query(&wire::RequestsQuery { overdue_only, as_of }),
        )
    }

    fn record_consent(&self, tenant: &str, user: &UserSel, notice: &str, date: NaiveDate) -> Result<Consent> {
        self.consent(tenant, user, notice, date, false)
    }

    fn withdraw_consent(
        &self,
        tenant: &str,
        user: &UserSel,
        notice: &str,
        date: NaiveDate,
    ) -> Result<Consent> {
        self.consent(tenant, user, notice, date, true)
    }

    fn users_without_consent(&self, tenant: &str, notice: &str) -> Result<Vec<User>> {
        self.call(
            self.request(Method::GET, &[T, tenant, "consents", "missing"])
                .query(&wire::Notice {
                    notice: notice.to_owned(),
                }),
        )
    }

    fn suppressions(&self, tenant: &str) -> Result<Vec<Suppression>> {
        self.get(&[T, tenant, "gdpr", "suppressions"])
    }

    fn remove_suppression(&self, tenant: &str, kind: &str, value: &str) -> Result<u64> {
        self.with_body(
            Method::DELETE,
            &[T, tenant, "gdpr", "suppressions"],
            &wire::Unsuppress {
                kind: kind.to_owned(),
                value: value.to_owned(),
            },
        )
    }

    fn report_compliance(
        &self,
        tenant: &str,
        query: &ComplianceQuery,
        as_of: AsOf,
    ) -> Result<Vec<ComplianceRow>> {
        self.call(
            self.request(Method::GET, &[T, tenant, "reports", "compliance"])
                .query(query)
                .query(&as_of),
        )
    }

    fn report_overdue(
        &self,
        tenant: &str,
        include_children: bool,
        as_of: AsOf,
        sink: Sink<'_, OverdueRow>,
    ) -> Result<()> {
        self.stream(
            self.request(Method::GET, &[T, tenant, "reports", "overdue"])
                .query(&wire::Children { include_children })
                .query(&as_of),
            sink,
        )
    }

    fn report_expiring(
        &self,
        tenant: &str,
        include_children: bool,
        within_days: u32,
        as_of: AsOf,
        sink: Sink<'_, ExpiringRow>,
    ) -> Result<()> {
        self.stream(
            self.request(Method::GET, &[T, tenant, "reports", "expiring"])
                .query(&wire::Children { include_children })
                .query(&wire::Within { within_days })
                .query(&as_of),
            sink,
        )
    }

    fn report_active_users(
        &self,
        tenant: &str,
        include_children: bool,
        period: &str,
        as_of: NaiveDate,
    ) -> Result<Vec<ActiveUsersRow>> {
        self.call(
            self.request(Method::GET, &[T, tenant, "reports", "active-users"])
                .query(&wire::Children { include_children })
                .query(&wire::PeriodQuery {
                    period: period.to_owned(),
                    as_of,
                }),
        )
    }

    fn report_tenants(&self, tenant: &str, as_of: AsOf) -> Result<Vec<TenantRow>> {
        self.call(
            self.request(Method::GET, &[T, tenant, "reports", "tenants"])
                .query(&as_of),
        )
    }

    fn create_token(&self, token: &NewToken) -> Result<CreatedToken> {
        self.with_body(Method::POST, &["tokens"], token)
    }

    fn tokens(&self, tenant: Option<&str>) -> Result<Vec<Token>> {
        self.call(self.request(Method::GET, &["tokens"]).query(&wire::TokenQuery {
            tenant: tenant.map(str::to_owned),
        }))
    }

    fn revoke_token(&self, id: i64) -> Result<Token> {
        self.call(self.request(Method::DELETE, &["tokens", &id.to_string()]))
    }

    fn audit_events(&self, query: &AuditQuery) -> Result<Vec<AuditEvent>> {
        self.call(self.request(Method::GET, &["audit"]).query(query))
    }

    fn verify_audit(&self, anchor: Option<&str>) -> Result<AuditVerification> {
        self.call(
            self.request(Method::GET, &["audit", "verify"])
                .query(&wire::Anchor {
                    anchor: anchor.map(str::to_owned),
                }),
        )
    }

    /// A server checks its tokens against a store of its own; it cannot serve a
    /// remote one.
    fn authenticate(&self, _secret: &str) -> Result<Grant> {
        Err(Error::usage(format!(
            "{} is a remote store: the server checks its tokens itself",
            self.url
        )))
    }

    /// The server names the token as the actor; the day is sent with each request.
    fn act_as(&mut self, _actor: String, today: Option<NaiveDate>) {
        self.today = today;
    }
}

/// Completions imports plan nothing.
struct NoPlan;

impl PlanSink for NoPlan {
    fn begin(&mut self, _store_head: &str) -> Result<()> {
        Ok(())
    }

    fn change(&mut self, _change: &Change) -> Result<()> {
        Ok(())
    }
}

impl RemoteStore {
    /// An import through the server: the valid rows go in batches to be staged there;
    /// when all are sent, the server imports them in one transaction and answers with
    /// the changes it planned and the rows it rejected (by line), which go to the plan
    /// and the source, so messages and reject file are those of a local import.
    fn import_staged<R, F, W, T>(
        &self,
        tenant: &str,
        kind: &str,
        start: &impl Serialize,
        rows: &mut dyn RowSource<R, F>,
        plan: &mut dyn PlanSink,
        wire: impl Fn(R) -> W,
    ) -> Result<T>
    where
        F: DeserializeOwned,
        W: Serialize,
        T: DeserializeOwned,
    {
        rows.retain();
        let session = self.stage(tenant, kind, "rows", start, &mut || {
            Ok(rows.next_row()?.map(&wire))
        });
        let finished = session.and_then(|session| {
            let summary = rows.finish()?;
            self.finish_staged(tenant, kind, &session, &summary, &mut |event| {
                match event {
                    wire::Event::Begin { store_head } => plan.begin(&store_head)?,
                    wire::Event::Change(change) => plan.change(&change)?,
                    wire::Event::Reject(reject) => {
                        rows.reject_line(reject.line, reject.field, &reject.message)
                    }
                    wire::Event::Report(_) | wire::Event::Error(_) => {}
                }
                Ok(())
            })
        });
        // What was kept is reported even when the import failed.
        let settled = rows.settle();
        let report = finished?;
        settled?;
        Ok(report)
    }

    /// Starts staging an import and sends every item `next` gives, in batches;
    /// returns the session.
    fn stage<W: Serialize>(
        &self,
        tenant: &str,
        kind: &str,
        batches: &str,
        start: &impl Serialize,
        next: &mut dyn FnMut() -> Result<Option<W>>,
    ) -> Result<String> {
        const BATCH: usize = 10_000;
        let started: wire::Staged = self.with_body(Method::POST, &[T, tenant, "imports", kind], start)?;
        let mut batch = Vec::with_capacity(BATCH);
        loop {
            let item = next()?;
            let last = item.is_none();
            batch.extend(item);
            if batch.len() == BATCH || (last && !batch.is_empty()) {
                let _: wire::StagedCount = self.with_body(
                    Method::POST,
                    &[T, tenant, "imports", kind, &started.session, batches],
                    &batch,
                )?;
                batch.clear();
            }
            if last {
                return Ok(started.session);
            }
        }
    }

    /// Ends an import: the server applies it and answers with its events (NDJSON),
    /// handed to `event` in order; the report at the end, or the error that ended it.
    fn finish_staged<F: DeserializeOwned, T: DeserializeOwned>(
        &self,
        tenant: &str,
        kind: &str,
        session: &str,
        summary: &impl Serialize,
        event: &mut dyn FnMut(wire::Event<F>) -> Result<()>,
    ) -> Result<T> {
        let mut report = None;
        self.stream(
            self.request(Method::POST, &[T, tenant, "imports", kind, session, "finish"])
                .json(summary),
            &mut |line: wire::Event<F>| {
                match line {
                    wire::Event::Report(value) => report = Some(value),
                    wire::Event::Error(err) => return Err(err),
                    other => event(other)?,
                }
                Ok(())
            },
        )?;
        let report = report.ok_or_else(|| Error::failure("the server ended the import without a report"))?;
        serde_json::from_value(report)
            .map_err(|e| Error::failure(format!("the server's report is not what lmsctl expects: {e}")))
    }

    /// The token's tenant, role and reach, as the server sees them.
    pub fn whoami(&self) -> Result<serde_json::Value> {
        self.get(&["whoami"])
    }

    fn consent(
        &self,
        tenant: &str,
        user: &UserSel,
        notice: &str,
        date: NaiveDate,
        withdraw: bool,
    ) -> Result<Consent> {
        self.with_body(
            Method::POST,
            &[T, tenant, "users", &user.to_string(), "consents"],
            &wire::ConsentChange {
                notice: notice.to_owned(),
                date,
                withdraw,
            },
        )
    }
}
