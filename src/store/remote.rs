/*!
The remote store: every use case is one call to `lmsctl serve`, with the blocking
reqwest client over HTTP(S) (rustls). A request can only be made to an endpoint of
the table ([`crate::api`]), whose path, method, body and answer types it takes from
the entry. Errors come back as the server's [`Error`] (same kind, message and hint,
hence the same exit code as a local store); a server that cannot be reached is
`Unavailable` (exit 69).
*/

use std::io::BufRead;
use std::marker::PhantomData;
use std::time::Duration;

use chrono::NaiveDate;
use reqwest::Method;
use reqwest::blocking::{Client, RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{Backend, Session, Sink};
use crate::api::{self, Endpoint, Ndjson, NoBody, wire};
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
    /// How long the server may wait for another import of the tenant (`--busy-timeout`).
    busy_timeout: Duration,
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
            busy_timeout: session.busy_timeout,
        })
    }

    /// A request to `endpoint` (which takes no body), its path parameters filled with
    /// `params` in order.
    fn call<A>(&self, endpoint: &Endpoint<NoBody, A>, params: &[&str]) -> Call<'_, A> {
        self.to(endpoint, params)
    }

    /// A request to `endpoint` with its body.
    fn call_with<B: Serialize, A>(
        &self,
        endpoint: &Endpoint<B, A>,
        params: &[&str],
        body: &B,
    ) -> Call<'_, A> {
        let mut call = self.to(endpoint, params);
        call.request = call.request.map(|request| request.json(body));
        call
    }

    fn to<B, A>(&self, endpoint: &Endpoint<B, A>, params: &[&str]) -> Call<'_, A> {
        let request = endpoint.segments(params).map(|segments| {
            let mut url = self.url.clone();
            // Each segment percent-encoded: a selector or a code may hold any character.
            if let Ok(mut path) = url.path_segments_mut() {
                path.pop_if_empty()
                    .extend(api::BASE.split('/').filter(|s| !s.is_empty()))
                    .extend(segments);
            }
            let method = match endpoint.method {
                api::Method::Get => Method::GET,
                api::Method::Post => Method::POST,
                api::Method::Put => Method::PUT,
                api::Method::Patch => Method::PATCH,
                api::Method::Delete => Method::DELETE,
            };
            let request = self.client.request(method, url).bearer_auth(&self.token);
            match self.today {
                Some(day) => request.header(api::DAY_HEADER, day.format("%Y-%m-%d").to_string()),
                None => request,
            }
        });
        Call {
            store: self,
            request,
            answer: PhantomData,
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
}

/// A request to an endpoint of the table, whose answer is an `A`.
struct Call<'s, A> {
    store: &'s RemoteStore,
    /// (An endpoint given the wrong number of path parameters cannot be called.)
    request: Result<RequestBuilder>,
    answer: PhantomData<fn() -> A>,
}

impl<A> Call<'_, A> {
    /// Adds the fields of `query` to the query string.
    fn query(mut self, query: &impl Serialize) -> Self {
        self.request = self.request.map(|request| request.query(query));
        self
    }

    /// Adds the header `name`.
    fn header(mut self, name: &str, value: String) -> Self {
        self.request = self.request.map(|request| request.header(name, value));
        self
    }
}

impl<A: DeserializeOwned> Call<'_, A> {
    fn answer(self) -> Result<A> {
        self.store.send(self.request?)?.json().map_err(|e| {
            Error::failure(format!(
                "the server's answer is not what lmsctl expects: {}",
                chain(&e)
            ))
        })
    }
}

impl<R: DeserializeOwned> Call<'_, Ndjson<R>> {
    /// The answer's rows, one by one into `sink`; a last line `{"error": ...}` is the
    /// server's error after it began to answer.
    fn stream(self, sink: Sink<'_, R>) -> Result<()> {
        let response = self.store.send(self.request?)?;
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

impl Backend for RemoteStore {
    fn create_tenant(&self, tenant: &NewTenant) -> Result<Tenant> {
        self.call_with(&api::CREATE_TENANT, &[], tenant).answer()
    }

    fn tenants(&self) -> Result<Vec<Tenant>> {
        self.call(&api::TENANTS, &[]).answer()
    }

    fn tenant(&self, slug: &str) -> Result<Tenant> {
        self.call(&api::TENANT, &[slug]).answer()
    }

    fn update_tenant(&self, slug: &str, patch: &TenantPatch) -> Result<Tenant> {
        self.call_with(&api::UPDATE_TENANT, &[slug], patch).answer()
    }

    fn delete_tenant(&self, slug: &str, cascade: bool, dry_run: bool) -> Result<TenantDeletion> {
        self.call(&api::DELETE_TENANT, &[slug])
            .query(&wire::Deletion { cascade, dry_run })
            .answer()
    }

    fn add_user(&self, tenant: &str, user: &NewUser) -> Result<User> {
        self.call_with(&api::ADD_USER, &[tenant], user).answer()
    }

    fn users(&self, tenant: &str, query: &UserQuery) -> Result<Vec<User>> {
        self.call(&api::USERS, &[tenant]).query(query).answer()
    }

    fn user(&self, tenant: &str, sel: &UserSel) -> Result<User> {
        self.call(&api::USER, &[tenant, &sel.to_string()]).answer()
    }

    fn update_user(&self, tenant: &str, sel: &UserSel, patch: &UserPatch) -> Result<User> {
        self.call_with(&api::UPDATE_USER, &[tenant, &sel.to_string()], patch)
            .answer()
    }

    fn set_user_status(&self, tenant: &str, sel: &UserSel, status: UserStatus) -> Result<User> {
        let change = wire::StatusChange { status };
        self.call_with(&api::SET_USER_STATUS, &[tenant, &sel.to_string()], &change)
            .answer()
    }

    fn create_group(&self, tenant: &str, group: &NewGroup) -> Result<Group> {
        self.call_with(&api::CREATE_GROUP, &[tenant], group).answer()
    }

    fn groups(&self, tenant: &str) -> Result<Vec<Group>> {
        self.call(&api::GROUPS, &[tenant]).answer()
    }

    fn group(&self, tenant: &str, name: &str) -> Result<GroupDetail> {
        self.call(&api::GROUP, &[tenant, name]).answer()
    }

    fn delete_group(&self, tenant: &str, name: &str) -> Result<Group> {
        self.call(&api::DELETE_GROUP, &[tenant, name]).answer()
    }

    fn change_members(&self, tenant: &str, group: &str, users: &[UserSel], add: bool) -> Result<Group> {
        let members = wire::Members {
            users: users.to_vec(),
            add,
        };
        self.call_with(&api::CHANGE_MEMBERS, &[tenant, group], &members)
            .answer()
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
        let staging = Staging {
            start: &api::START_USER_IMPORT,
            batch: &api::STAGE_USER_ROWS,
            finish: &api::FINISH_USER_IMPORT,
        };
        self.import_staged(&spec.tenant, &staging, &start, rows, plan, |row: ImportRow| {
            wire::Row { line: row.line, row }
        })
    }

    /// The plan's changes go to the server in batches; it checks them again and applies
    /// them in one transaction if the store has not changed since the plan was made.
    fn apply_import_plan(&self, plan: &mut dyn PlanSource) -> Result<ImportReport> {
        let header = plan.header().clone();
        let tenant = header.spec.tenant.clone();
        let staging = Staging {
            start: &api::START_PLAN,
            batch: &api::STAGE_PLAN_CHANGES,
            finish: &api::FINISH_PLAN,
        };
        let session = self.stage(&tenant, &staging, &header, &mut || plan.next_change())?;
        let summary = plan.summary().cloned();
        self.finish_staged(&tenant, &staging, &session, &summary, &mut |_| Ok(()))
    }

    fn create_course(&self, tenant: &str, course: &NewCourse) -> Result<Course> {
        self.call_with(&api::CREATE_COURSE, &[tenant], course).answer()
    }

    fn courses(&self, tenant: &str, archived: bool) -> Result<Vec<Course>> {
        self.call(&api::COURSES, &[tenant])
            .query(&wire::Archived { archived })
            .answer()
    }

    fn course(&self, tenant: &str, code: &str) -> Result<Course> {
        self.call(&api::COURSE, &[tenant, code]).answer()
    }

    fn update_course(&self, tenant: &str, code: &str, patch: &CoursePatch) -> Result<Course> {
        self.call_with(&api::UPDATE_COURSE, &[tenant, code], patch)
            .answer()
    }

    fn archive_course(&self, tenant: &str, code: &str) -> Result<Course> {
        self.call(&api::ARCHIVE_COURSE, &[tenant, code]).answer()
    }

    fn course_stats(&self, tenant: &str, code: &str, as_of: AsOf) -> Result<CourseStats> {
        self.call(&api::COURSE_STATS, &[tenant, code])
            .query(&as_of)
            .answer()
    }

    fn assign(&self, tenant: &str, assignment: &NewAssignment) -> Result<Assignment> {
        self.call_with(&api::ASSIGN, &[tenant], assignment).answer()
    }

    fn unassign(&self, tenant: &str, course: &str, target: &AssignTarget) -> Result<Assignment> {
        let gone = wire::Unassign {
            course: course.to_owned(),
            target: target.clone(),
        };
        self.call_with(&api::UNASSIGN, &[tenant], &gone).answer()
    }

    fn enrollments(&self, tenant: &str, query: &EnrollmentQuery, as_of: AsOf) -> Result<Vec<Enrollment>> {
        self.call(&api::ENROLLMENTS, &[tenant])
            .query(query)
            .query(&as_of)
            .answer()
    }

    fn set_progress(&self, tenant: &str, course: &str, user: &UserSel, percent: u8) -> Result<()> {
        let progress = wire::Progress {
            course: course.to_owned(),
            user: user.clone(),
            percent,
        };
        self.call_with(&api::SET_PROGRESS, &[tenant], &progress).answer()
    }

    fn complete(&self, tenant: &str, completion: &NewCompletion) -> Result<Certificate> {
        self.call_with(&api::COMPLETE, &[tenant], completion).answer()
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
        let staging = Staging {
            start: &api::START_COMPLETION_IMPORT,
            batch: &api::STAGE_COMPLETION_ROWS,
            finish: &api::FINISH_COMPLETION_IMPORT,
        };
        self.import_staged(tenant, &staging, &start, rows, &mut NoPlan, |row| row)
    }

    fn certificates(&self, tenant: &str, query: &CertificateQuery, as_of: AsOf) -> Result<Vec<Certificate>> {
        self.call(&api::CERTIFICATES, &[tenant])
            .query(query)
            .query(&as_of)
            .answer()
    }

    fn certificate(&self, tenant: &str, serial: &str, as_of: AsOf) -> Result<Certificate> {
        self.call(&api::CERTIFICATE, &[tenant, serial])
            .query(&as_of)
            .answer()
    }

    fn reminders(&self, tenant: &str, within_days: u32, as_of: AsOf) -> Result<Vec<Reminder>> {
        self.call(&api::REMINDERS, &[tenant])
            .query(&wire::Within { within_days })
            .query(&as_of)
            .answer()
    }

    fn export_subject(
        &self,
        tenant: &str,
        user: &UserSel,
        request: Option<i64>,
        xapi: bool,
    ) -> Result<SubjectData> {
        let export = wire::Export {
            user: user.clone(),
            request,
            xapi,
        };
        self.call_with(&api::EXPORT_SUBJECT, &[tenant], &export).answer()
    }

    fn erase_subject(
        &self,
        tenant: &str,
        user: &UserSel,
        request: Option<i64>,
        dry_run: bool,
    ) -> Result<ErasureReceipt> {
        let erase = wire::Erase {
            user: user.clone(),
            request,
            dry_run,
        };
        self.call_with(&api::ERASE_SUBJECT, &[tenant], &erase).answer()
    }

    fn anonymize_inactive(&self, tenant: &str, since: NaiveDate, dry_run: bool) -> Result<AnonymizeReport> {
        let anonymize = wire::Anonymize { since, dry_run };
        self.call_with(&api::ANONYMIZE_INACTIVE, &[tenant], &anonymize)
            .answer()
    }

    fn run_retention(&self, dry_run: bool) -> Result<Vec<AnonymizeReport>> {
        self.call_with(&api::RUN_RETENTION, &[], &wire::DryRun { dry_run })
            .answer()
    }

    fn purge(&self) -> Result<()> {
        self.call(&api::PURGE, &[]).answer()
    }

    fn open_request(&self, tenant: &str, request: &NewRequest) -> Result<SubjectRequest> {
        self.call_with(&api::OPEN_REQUEST, &[tenant], request).answer()
    }

    fn close_request(&self, tenant: &str, id: i64, note: &str) -> Result<SubjectRequest> {
        let close = wire::Close {
            note: note.to_owned(),
        };
        self.call_with(&api::CLOSE_REQUEST, &[tenant, &id.to_string()], &close)
            .answer()
    }

    fn request(&self, tenant: &str, id: i64, as_of: NaiveDate) -> Result<SubjectRequest> {
        self.call(&api::REQUEST, &[tenant, &id.to_string()])
            .query(&wire::Day { as_of })
            .answer()
    }

    fn requests(&self, tenant: &str, overdue_only: bool, as_of: NaiveDate) -> Result<Vec<SubjectRequest>> {
        self.call(&api::REQUESTS, &[tenant])
            .query(&wire::RequestsQuery { overdue_only, as_of })
            .answer()
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
        self.call(&api::USERS_WITHOUT_CONSENT, &[tenant])
            .query(&wire::Notice {
                notice: notice.to_owned(),
            })
            .answer()
    }

    fn suppressions(&self, tenant: &str) -> Result<Vec<Suppression>> {
        self.call(&api::SUPPRESSIONS, &[tenant]).answer()
    }

    fn remove_suppression(&self, tenant: &str, kind: &str, value: &str) -> Result<u64> {
        let entry = wire::Unsuppress {
            kind: kind.to_owned(),
            value: value.to_owned(),
        };
        self.call_with(&api::REMOVE_SUPPRESSION, &[tenant], &entry)
            .answer()
    }

    fn report_compliance(
        &self,
        tenant: &str,
        query: &ComplianceQuery,
        as_of: AsOf,
    ) -> Result<Vec<ComplianceRow>> {
        self.call(&api::REPORT_COMPLIANCE, &[tenant])
            .query(query)
            .query(&as_of)
            .answer()
    }

    fn report_overdue(
        &self,
        tenant: &str,
        include_children: bool,
        as_of: AsOf,
        sink: Sink<'_, OverdueRow>,
    ) -> Result<()> {
        self.call(&api::REPORT_OVERDUE, &[tenant])
            .query(&wire::Children { include_children })
            .query(&as_of)
            .stream(sink)
    }

    fn report_expiring(
        &self,
        tenant: &str,
        include_children: bool,
        within_days: u32,
        as_of: AsOf,
        sink: Sink<'_, ExpiringRow>,
    ) -> Result<()> {
        self.call(&api::REPORT_EXPIRING, &[tenant])
            .query(&wire::Children { include_children })
            .query(&wire::Within { within_days })
            .query(&as_of)
            .stream(sink)
    }

    fn report_active_users(
        &self,
        tenant: &str,
        include_children: bool,
        period: &str,
        as_of: NaiveDate,
    ) -> Result<Vec<ActiveUsersRow>> {
        self.call(&api::REPORT_ACTIVE_USERS, &[tenant])
            .query(&wire::Children { include_children })
            .query(&wire::PeriodQuery {
                period: period.to_owned(),
                as_of,
            })
            .answer()
    }

    fn report_tenants(&self, tenant: &str, as_of: AsOf) -> Result<Vec<TenantRow>> {
        self.call(&api::REPORT_TENANTS, &[tenant]).query(&as_of).answer()
    }

    fn create_token(&self, token: &NewToken) -> Result<CreatedToken> {
        self.call_with(&api::CREATE_TOKEN, &[], token).answer()
    }

    fn tokens(&self, tenant: Option<&str>) -> Result<Vec<Token>> {
        self.call(&api::TOKENS, &[])
            .query(&wire::TokenQuery {
                tenant: tenant.map(str::to_owned),
            })
            .answer()
    }

    fn revoke_token(&self, id: i64) -> Result<Token> {
        self.call(&api::REVOKE_TOKEN, &[&id.to_string()]).answer()
    }

    fn audit_events(&self, query: &AuditQuery) -> Result<Vec<AuditEvent>> {
        self.call(&api::AUDIT_EVENTS, &[]).query(query).answer()
    }

    fn verify_audit(&self, anchor: Option<&str>) -> Result<AuditVerification> {
        self.call(&api::VERIFY_AUDIT, &[])
            .query(&wire::Anchor {
                anchor: anchor.map(str::to_owned),
            })
            .answer()
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

/// The endpoints of one kind of staged import: the start (with a body `S`), the
/// batches of items `I`, and the finish (with the source's summary `Sum`), answered
/// with events whose rejections name a field `F`.
struct Staging<S: 'static, I: 'static, Sum: 'static, F: 'static> {
    start: &'static Endpoint<S, wire::Staged>,
    batch: &'static Endpoint<Vec<I>, wire::StagedCount>,
    finish: &'static Endpoint<Sum, Ndjson<wire::Event<F>>>,
}

impl RemoteStore {
    /// An import through the server: the valid rows go in batches to be staged there;
    /// when all are sent, the server imports them in one transaction and answers with
    /// the changes it planned and the rows it rejected (by line), which go to the plan
    /// and the source, so messages and reject file are those of a local import.
    fn import_staged<S, R, I, F, T>(
        &self,
        tenant: &str,
        staging: &Staging<S, I, SourceSummary, F>,
        start: &S,
        rows: &mut dyn RowSource<R, F>,
        plan: &mut dyn PlanSink,
        item: impl Fn(R) -> I,
    ) -> Result<T>
    where
        S: Serialize,
        I: Serialize,
        F: DeserializeOwned,
        T: DeserializeOwned,
    {
        rows.retain();
        let session = self.stage(tenant, staging, start, &mut || Ok(rows.next_row()?.map(&item)));
        let finished = session.and_then(|session| {
            let summary = rows.finish()?;
            self.finish_staged(tenant, staging, &session, &summary, &mut |event| {
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
    fn stage<S: Serialize, I: Serialize, Sum, F>(
        &self,
        tenant: &str,
        staging: &Staging<S, I, Sum, F>,
        start: &S,
        next: &mut dyn FnMut() -> Result<Option<I>>,
    ) -> Result<String> {
        const BATCH: usize = 10_000;
        let started = self.call_with(staging.start, &[tenant], start).answer()?;
        let mut batch = Vec::with_capacity(BATCH);
        loop {
            let item = next()?;
            let last = item.is_none();
            batch.extend(item);
            if batch.len() == BATCH || (last && !batch.is_empty()) {
                self.call_with(staging.batch, &[tenant, &started.session], &batch)
                    .answer()?;
                batch.clear();
            }
            if last {
                return Ok(started.session);
            }
        }
    }

    /// Ends an import: the server applies it and answers with its events (NDJSON),
    /// handed to `event` in order; the report at the end, or the error that ended it.
    fn finish_staged<S, I, Sum: Serialize, F: DeserializeOwned, T: DeserializeOwned>(
        &self,
        tenant: &str,
        staging: &Staging<S, I, Sum, F>,
        session: &str,
        summary: &Sum,
        event: &mut dyn FnMut(wire::Event<F>) -> Result<()>,
    ) -> Result<T> {
        let mut report = None;
        self.call_with(staging.finish, &[tenant, session], summary)
            .header(api::BUSY_HEADER, self.busy_timeout.as_millis().to_string())
            .stream(&mut |line| {
                match line {
                    wire::Event::Report(value) => report = Some(value),
                    wire::Event::Error(err) => return Err(err),
                    other => event(other)?,
                }
                Ok(())
            })?;
        let report = report.ok_or_else(|| Error::failure("the server ended the import without a report"))?;
        serde_json::from_value(report)
            .map_err(|e| Error::failure(format!("the server's report is not what lmsctl expects: {e}")))
    }

    /// The token's tenant, role and reach, as the server sees them.
    pub fn whoami(&self) -> Result<serde_json::Value> {
        let whoami = self.call(&api::WHOAMI, &[]).answer()?;
        serde_json::to_value(whoami).map_err(|e| Error::failure(e.to_string()))
    }

    fn consent(
        &self,
        tenant: &str,
        user: &UserSel,
        notice: &str,
        date: NaiveDate,
        withdraw: bool,
    ) -> Result<Consent> {
        let change = wire::ConsentChange {
            notice: notice.to_owned(),
            date,
            withdraw,
        };
        self.call_with(&api::CHANGE_CONSENT, &[tenant, &user.to_string()], &change)
            .answer()
    }
}
