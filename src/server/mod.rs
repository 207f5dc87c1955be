/*!
`lmsctl serve`: the REST API of [`crate::api`] over a store's core ([`Lms`], any
backend but a remote one), with axum.

Each request names its token (`Authorization: Bearer ...`); the token decides the
role and the tenants it reaches ([`crate::model::Grant`]); failed authentications are
limited per client address ([`failures`]). Connections are served by [`connection`]:
slow and idle clients are cut off, heads and bodies too large refused. Store calls run
on blocking threads, each with a store connection of its own from a small pool, and
the audit trail names the token (`token:ID`) as the actor. Errors are JSON with the
status of their kind. SIGTERM and Ctrl-C stop accepting connections and let the
requests in flight finish.
*/

mod connection;
mod failures;
mod head;
mod imports;
mod openapi;
mod routes;
mod tls;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{ConnectInfo, Request};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use serde::Serialize;

pub use connection::Timeouts;

use crate::api::{self, Access, DAY_HEADER, Method, Route};
use crate::core::Lms;
use crate::error::{Error, ErrorKind, Result};
use crate::model::Grant;
use crate::store::{Location, Session, Sink};

/// The largest request body (JSON, or one streamed import).
pub const MAX_BODY_BYTES: usize = 64 << 20;

/// How long requests in flight may take to finish after SIGTERM.
const GRACE: Duration = Duration::from_secs(30);

pub struct ServeOptions {
    /// Clients may name the day of each request (`X-Lmsctl-Today`): a fixed clock for
    /// tests and demos, never for a real server.
    pub client_days: bool,
    pub listen: String,
    pub store: Location,
    pub tls: Option<(PathBuf, PathBuf)>,
    pub session: Session,
    /// Store connections (requests served at the same time).
    pub connections: usize,
    /// How long a remote import may stay silent before its staged rows are dropped.
    pub stage_timeout: Duration,
    pub timeouts: Timeouts,
    /// Failed authentications allowed per client address and minute (0: no limit).
    pub auth_failures: usize,
}

/// Runs the server until SIGTERM or Ctrl-C. Prints the address it listens on (stderr)
/// once it accepts connections.
pub fn serve(options: ServeOptions) -> Result<()> {
    let connections = options.connections.max(1);
    let stores = (0..connections)
        .map(|_| Lms::open(&options.store, &options.session))
        .collect::<Result<Vec<_>>>()?;
    let tls = match &options.tls {
        Some((cert, key)) => Some(tls::config(cert, key)?),
        None => None,
    };
    let app = App {
        pool: Arc::new(Pool {
            stores: Mutex::new(stores),
            permits: Arc::new(tokio::sync::Semaphore::new(connections)),
            // Streams may hold connections while clients read slowly: never all of them.
            streams: Arc::new(tokio::sync::Semaphore::new(connections.div_ceil(2))),
        }),
        // Tokens are checked on a connection of their own, so a busy pool never
        // keeps a request from being authenticated (or refused).
        auth: Arc::new(Mutex::new(Lms::open(&options.store, &options.session)?)),
        stages: imports::Stages::new(
            options.store.clone(),
            options.session.clone(),
            options.stage_timeout,
        ),
        today: options.session.today,
        client_days: options.client_days,
        failures: Arc::new(failures::Failures::new(options.auth_failures)),
        idle: options.timeouts.idle,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::failure(format!("cannot start the server runtime: {e}")))?;
    runtime.block_on(run(options.listen, tls, app, options.timeouts))
}

async fn run(
    listen: String,
    tls: Option<Arc<rustls::ServerConfig>>,
    app: App,
    timeouts: Timeouts,
) -> Result<()> {
    let listener = tokio::net::TcpListener::bind(&listen).await.map_err(|e| {
        Error::new(ErrorKind::Unavailable, format!("cannot listen on {listen}: {e}"))
            .with_hint("choose a free address with --listen HOST:PORT")
    })?;
    let local: SocketAddr = listener
        .local_addr()
        .map_err(|e| Error::failure(format!("cannot read the listening address: {e}")))?;
    let scheme = if tls.is_some() { "https" } else { "http" };
    eprintln!("lmsctl serve: listening on {scheme}://{local}{}", api::BASE);
    // Imports left silent are dropped, checked a few times per timeout.
    let stages = app.stages.clone();
    tokio::spawn(async move {
        let every = (stages.timeout / 4).max(Duration::from_millis(100));
        loop {
            tokio::time::sleep(every).await;
            let stages = stages.clone();
            let _ = tokio::task::spawn_blocking(move || stages.reap()).await;
        }
    });
    let router = routes::router(app);
    let tls = tls.map(tokio_rustls::TlsAcceptor::from);
    let (stop, stopping) = tokio::sync::watch::channel(false);
    let connections = tokio_util::task::TaskTracker::new();
    let signal = shutdown_signal();
    tokio::pin!(signal);
    loop {
        let (socket, peer) = tokio::select! {
            () = &mut signal => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, or a connection reset before it was
                    // accepted: wait a moment rather than spin.
                    eprintln!("lmsctl serve: accept: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        let (router, stopping, tls) = (router.clone(), stopping.clone(), tls.clone());
        connections.spawn(async move {
            match tls {
                None => connection::serve(socket, peer, router, timeouts, stopping).await,
                Some(acceptor) => {
                    // The handshake counts as part of the first head.
                    match tokio::time::timeout(timeouts.header, acceptor.accept(socket)).await {
                        Ok(Ok(stream)) => connection::serve(stream, peer, router, timeouts, stopping).await,
                        Ok(Err(e)) => eprintln!("lmsctl serve: TLS handshake from {peer}: {e}"),
                        Err(_) => eprintln!("lmsctl serve: TLS handshake from {peer}: timed out"),
                    }
                }
            }
        });
    }
    eprintln!("lmsctl serve: stopping; finishing the requests in flight");
    drop(listener);
    let _ = stop.send(true);
    connections.close();
    if tokio::time::timeout(GRACE, connections.wait()).await.is_err() {
        eprintln!(
            "lmsctl serve: requests still running after {} s were cut off",
            GRACE.as_secs()
        );
    }
    Ok(())
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}

/// Store connections for the requests; one each, returned afterwards.
struct Pool {
    stores: Mutex<Vec<Lms>>,
    permits: Arc<tokio::sync::Semaphore>,
    streams: Arc<tokio::sync::Semaphore>,
}

/// A store connection taken from the pool; it goes back when dropped, even when the
/// request's work panicked.
struct Lease {
    pool: Arc<Pool>,
    store: Option<Lms>,
}

impl Drop for Lease {
    fn drop(&mut self) {
        if let (Some(store), Ok(mut stores)) = (self.store.take(), self.pool.stores.lock()) {
            stores.push(store);
        }
    }
}

#[derive(Clone)]
pub struct App {
    pool: Arc<Pool>,
    auth: Arc<Mutex<Lms>>,
    stages: imports::Stages,
    /// The server's day (`None`: the system clock).
    today: Option<chrono::NaiveDate>,
    client_days: bool,
    failures: Arc<failures::Failures>,
    /// How long a request body may pause.
    idle: Duration,
}

/// How long a streamed list waits for a client that does not read, before it ends.
const STALLED: Duration = Duration::from_secs(30);

/// A store connection works for the request's token: the audit trail names the token
/// (`token:ID`) as the actor, and the changes are made on the request's day.
fn act_for(store: &mut Lms, grant: &Grant) {
    store.act_as(format!("token:{}", grant.token_id), grant.today);
}

impl App {
    /// Runs `call` on a store connection of its own on a blocking thread, with the
    /// token as the actor; the result goes back as JSON.
    pub async fn call<T, F>(&self, grant: Grant, call: F) -> Response
    where
        T: Serialize + Send + 'static,
        F: FnOnce(&Lms, &Grant) -> Result<T> + Send + 'static,
    {
        let result = self
            .blocking(move |store| {
                act_for(store, &grant);
                call(store, &grant)
            })
            .await;
        match result {
            Ok(value) => axum::Json(value).into_response(),
            Err(err) => error_response(&err),
        }
    }

    /// Runs `work` with the staged imports on a blocking thread; the result as JSON.
    pub async fn staging<T, F>(&self, work: F) -> Response
    where
        T: Serialize + Send + 'static,
        F: FnOnce(&imports::Stages) -> Result<T> + Send + 'static,
    {
        let stages = self.stages.clone();
        match tokio::task::spawn_blocking(move || work(&stages)).await {
            Ok(Ok(value)) => axum::Json(value).into_response(),
            Ok(Err(err)) => error_response(&err),
            Err(e) => error_response(&Error::failure(format!("the import failed: {e}"))),
        }
    }

    /// Starts staging an import of `kind` after checking what the client asks for; a
    /// token with as many stages as it may have is answered 429 with `Retry-After`.
    pub async fn start_staged(&self, grant: Grant, tenant: String, kind: imports::Kind) -> Response {
        let stages = self.stages.clone();
        let retry = self.stages.timeout.as_secs().max(1);
        let started = tokio::task::spawn_blocking(move || {
            imports::check_start(&tenant, &kind)?;
            stages.start(&grant, &tenant, kind)
        })
        .await;
        match started {
            Ok(Ok(imports::Started::Staged(staged))) => axum::Json(staged).into_response(),
            Ok(Ok(imports::Started::Full(err))) => {
                let mut response = error_response(&err);
                *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(retry));
                response
            }
            Ok(Err(err)) => error_response(&err),
            Err(e) => error_response(&Error::failure(format!("the import failed: {e}"))),
        }
    }

    /// Applies the staged import `id` of `kind` (one transaction, on a blocking thread)
    /// and answers with what it did, as NDJSON.
    pub async fn finish_staged(
        &self,
        grant: Grant,
        tenant: String,
        id: String,
        kind: &'static str,
        summary: serde_json::Value,
        headers: &HeaderMap,
    ) -> Response {
        // The client's --busy-timeout: how long it lets the import wait for another.
        let wait = match headers.get(api::BUSY_HEADER) {
            None => None,
            Some(value) => match value.to_str().ok().and_then(|ms| ms.parse().ok()) {
                Some(ms) => Some(Duration::from_millis(ms)),
                None => {
                    let problem = format!("{}: not a number of milliseconds", api::BUSY_HEADER);
                    return error_response(&Error::usage(problem));
                }
            },
        };
        let stages = self.stages.clone();
        let applied = tokio::task::spawn_blocking(move || match stages.take(&grant, &tenant, &id, kind) {
            Ok(stage) => stages.apply(&grant, stage, summary, wait),
            Err(err) => imports::Applied::Failed(err),
        })
        .await;
        match applied {
            Ok(imports::Applied::Events(file)) => {
                let lines = tokio_util::io::ReaderStream::new(tokio::fs::File::from_std(file));
                (
                    [(header::CONTENT_TYPE, "application/x-ndjson")],
                    Body::from_stream(lines),
                )
                    .into_response()
            }
            Ok(imports::Applied::Failed(err)) => error_response(&err),
            Err(e) => error_response(&Error::failure(format!("the import failed: {e}"))),
        }
    }

    /// A list as NDJSON, one row per line as `fill` hands them over; an error after
    /// the first line ends the stream with a line `{"error": ...}`.
    pub async fn stream<T, F>(&self, grant: Grant, fill: F) -> Response
    where
        T: Serialize + 'static,
        F: FnOnce(&Lms, Sink<'_, T>) -> Result<()> + Send + 'static,
    {
        let stream_permit = match self.pool.streams.clone().try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => {
                return error_response(
                    &Error::new(ErrorKind::Busy, "too many lists are being streamed right now")
                        .with_hint("try again in a moment"),
                );
            }
        };
        let (lines_tx, lines) = tokio::sync::mpsc::channel::<std::io::Result<Vec<u8>>>(64);
        let app = self.clone();
        tokio::spawn(async move {
            let _stream_permit = stream_permit;
            let errors = lines_tx.clone();
            let result = app
                .blocking(move |store| {
                    act_for(store, &grant);
                    let mut chunks = Chunks::new(lines_tx);
                    let filled = fill(store, &mut |row| chunks.push(&row));
                    // What was read goes out before an error line, or as the end.
                    let flushed = chunks.flush();
                    filled.and(flushed)
                })
                .await;
            if let Err(err) = result {
                let mut line = serde_json::to_vec(&serde_json::json!({ "error": err })).unwrap_or_default();
                line.push(b'\n');
                let _ = errors.send(Ok(line)).await;
            }
        });
        let body = futures_util::stream::unfold(lines, |mut lines| async move {
            lines.recv().await.map(|line| (line, lines))
        });
        (
            [(header::CONTENT_TYPE, "application/x-ndjson")],
            Body::from_stream(body),
        )
            .into_response()
    }

    /// Runs `work` with a store connection of its own on a blocking thread.
    async fn blocking<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Lms) -> Result<T> + Send + 'static,
    {
        let permit = self
            .pool
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| Error::new(ErrorKind::Unavailable, "the server is stopping"))?;
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let store = pool
                .stores
                .lock()
                .map_err(|_| Error::failure("the store pool is unusable"))?
                .pop()
                .ok_or_else(|| Error::failure("no store connection free"))?;
            let mut lease = Lease {
                pool: pool.clone(),
                store: Some(store),
            };
            match lease.store.as_mut() {
                Some(store) => work(store),
                None => Err(Error::failure("no store connection free")),
            }
        })
        .await
        .map_err(|e| Error::failure(format!("the request failed: {e}")))?
    }
}

/// Before any route: the path and method must be an endpoint of [`api::ENDPOINTS`] (an
/// unknown path answers 404, a known path with another method 405 with `Allow`), the
/// token must be valid (failures are limited per client address: [`failures`]), its
/// role must allow the route, and a tenant in the path must be one it reaches; another
/// tenant answers 404, as if it did not exist. The grant goes to the handler.
pub async fn authenticate(
    axum::extract::State(app): axum::extract::State<App>,
    mut request: Request,
    next: Next,
) -> Response {
    let path = request
        .uri()
        .path()
        .strip_prefix(api::BASE)
        .unwrap_or("")
        .to_owned();
    let method = match request.method().as_str() {
        "GET" | "HEAD" => Some(Method::Get),
        "POST" => Some(Method::Post),
        "PUT" => Some(Method::Put),
        "PATCH" => Some(Method::Patch),
        "DELETE" => Some(Method::Delete),
        _ => None,
    };
    let routes: Vec<&Route> = api::routes_for(&path).collect();
    if routes.is_empty() {
        // Only what the endpoint table lists is served.
        return error_response(
            &Error::not_found("route", format!("{} {}", request.method(), request.uri().path()))
                .with_hint("the routes are in /api/v1/openapi.json"),
        );
    }
    let Some(route) = routes.iter().find(|route| Some(route.method) == method) else {
        return method_not_allowed(&request, &routes);
    };
    if route.access == Access::Public {
        return next.run(request).await;
    }
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(peer)| peer.ip());
    let checked = bearer(request.headers()).and_then(|secret| {
        // One indexed look-up on a connection of its own: quick enough to run here
        // rather than hand to a blocking thread (which would cost more than the query).
        // Marked as blocking, for backends whose client drives a runtime of its own
        // (PostgreSQL's), which may not run inside this one's tasks.
        tokio::task::block_in_place(|| {
            app.auth
                .lock()
                .map_err(|_| Error::failure("the token check is unusable"))
                .and_then(|store| store.authenticate(&secret))
        })
    });
    let grant = match checked {
        Ok(grant) => grant,
        Err(err) if err.kind == ErrorKind::PermissionDenied => {
            return match peer
                .and_then(|peer| Some((peer, app.failures.failed(peer, std::time::Instant::now())?)))
            {
                Some((peer, limited)) => too_many_failures(peer, limited, app.failures.limit),
                None => unauthorized(&err),
            };
        }
        Err(err) => return error_response(&err),
    };
    if let Some(tenant) = route.tenant_in(&path) {
        // Another tenant's objects do not exist for this token.
        if !grant.tenants.contains(&tenant) {
            return error_response(
                &Error::not_found("tenant", &tenant).with_hint("list the tenants with `lmsctl tenant list`"),
            );
        }
    }
    if !route.access.allows(grant.role) {
        return error_response(
            &Error::new(
                ErrorKind::PermissionDenied,
                format!("a {} token cannot do this", grant.role.as_str()),
            )
            .with_hint("use a token with a role that may (lmsctl token create --role ...)"),
        );
    }
    let mut grant = grant;
    grant.today = app.today;
    if app.client_days
        && let Some(day) = request.headers().get(DAY_HEADER)
    {
        match day
            .to_str()
            .ok()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        {
            Some(day) => grant.today = Some(day),
            None => return error_response(&Error::usage(format!("{DAY_HEADER}: not a date YYYY-MM-DD"))),
        }
    }
    request.extensions_mut().insert(grant);
    next.run(request).await
}

/// 405 with the methods the path takes in `Allow` (HEAD wherever GET is).
fn method_not_allowed(request: &Request, routes: &[&Route]) -> Response {
    let mut methods: Vec<&str> = routes.iter().map(|route| route.method.as_str()).collect();
    if methods.contains(&"GET") {
        methods.push("HEAD");
    }
    methods.sort();
    let allow = methods.join(", ");
    let mut response = error_response(
        &Error::usage(format!(
            "{} {}: the method is not allowed here",
            request.method(),
            request.uri().path()
        ))
        .with_hint(format!(
            "this path takes {allow} (the routes are in /api/v1/openapi.json)"
        )),
    );
    *response.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
    if let Ok(allow) = HeaderValue::from_str(&allow) {
        response.headers_mut().insert(header::ALLOW, allow);
    }
    response
}

/// The token of `Authorization: Bearer TOKEN` (the scheme in any case). The header's
/// value is never repeated in an error: it may be a token sent the wrong way.
fn bearer(headers: &HeaderMap) -> Result<String> {
    let refused = |message: &str| {
        Error::new(ErrorKind::PermissionDenied, message.to_owned())
            .with_hint("send Authorization: Bearer TOKEN, with a token from `lmsctl token create`")
    };
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Err(refused("no token: send Authorization: Bearer TOKEN"));
    };
    let value = value
        .to_str()
        .map_err(|_| refused("the Authorization header is not plain text"))?;
    let (scheme, token) = value.trim().split_once(' ').unwrap_or((value.trim(), ""));
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(refused("the Authorization header is not of the Bearer scheme"));
    }
    let token = token.trim();
    if token.is_empty() {
        return Err(refused("the Authorization header has no token"));
    }
    Ok(token.to_owned())
}

/// A request without a valid token: 401 with the scheme to use.
fn unauthorized(err: &Error) -> Response {
    let mut response = error_response(err);
    *response.status_mut() = StatusCode::UNAUTHORIZED;
    response.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        header::HeaderValue::from_static("Bearer"),
    );
    response
}

/// A failed authentication from an address over the limit: 429 with `Retry-After`.
fn too_many_failures(peer: std::net::IpAddr, limited: failures::Limited, limit: usize) -> Response {
    let seconds = limited.wait.as_secs_f64().ceil().max(1.0) as u64;
    if limited.newly {
        eprintln!(
            "lmsctl serve: {peer} failed to authenticate {limit} times within a minute; \
             its failures are answered 429 until it stops for a while"
        );
    }
    let mut response = error_response(
        &Error::new(
            ErrorKind::Busy,
            format!("too many failed authentications from this address: try again in {seconds} s"),
        )
        .with_hint("check the token (a valid token is accepted even now)"),
    );
    *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    response
}

/// The lines of a streamed list, sent on in chunks of about [`CHUNK_BYTES`] (a
/// message and an HTTP chunk per row cost more than the row); a client that stops
/// reading for [`STALLED`] ends the list.
struct Chunks {
    lines: tokio::sync::mpsc::Sender<std::io::Result<Vec<u8>>>,
    buffer: Vec<u8>,
}

const CHUNK_BYTES: usize = 64 << 10;

impl Chunks {
    fn new(lines: tokio::sync::mpsc::Sender<std::io::Result<Vec<u8>>>) -> Self {
        Chunks {
            lines,
            buffer: Vec::with_capacity(CHUNK_BYTES + 1024),
        }
    }

    fn push(&mut self, row: &impl Serialize) -> Result<()> {
        serde_json::to_writer(&mut self.buffer, row).map_err(|e| Error::failure(e.to_string()))?;
        self.buffer.push(b'\n');
        if self.buffer.len() >= CHUNK_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    /// Sends what is buffered; called on a blocking thread of the runtime.
    fn flush(&mut self) -> Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::replace(&mut self.buffer, Vec::with_capacity(CHUNK_BYTES + 1024));
        let sent = tokio::runtime::Handle::current()
            .block_on(tokio::time::timeout(STALLED, self.lines.send(Ok(chunk))));
        match sent {
            Ok(Ok(())) => Ok(()),
            Ok(Err(_)) => Err(Error::failure("the client closed the connection")),
            Err(_) => Err(Error::failure("the client stopped reading")),
        }
    }
}

/// An error as JSON (`{"error": {"kind", "message", "hint"}}`) with the status of its kind.
pub fn error_response(err: &Error) -> Response {
    let status = StatusCode::from_u16(api::status_of(err.kind)).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (
        status,
        [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        error_body(err),
    )
        .into_response()
}

/// The JSON of an error answer, with anything that looks like a token blanked out: an
/// error may quote what a client sent (a path, a query value), and a token sent in the
/// wrong place must not come back in an answer (or a proxy's log of it).
pub fn error_body(err: &Error) -> Vec<u8> {
    let redacted = Error {
        hint: err.hint.as_deref().map(redact_tokens),
        ..Error::new(err.kind, redact_tokens(&err.message))
    };
    serde_json::to_vec(&api::wire::ErrorBody { error: redacted }).unwrap_or_default()
}

/// `text` with every token-like word (`lms_` and 16 or more letters or digits)
/// replaced by `lms_…`.
fn redact_tokens(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("lms_") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 4..];
        let secret = after
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(after.len());
        if secret >= 16 {
            out.push_str("lms_…");
        } else {
            out.push_str(&rest[at..at + 4 + secret]);
        }
        rest = &after[secret..];
    }
    out.push_str(rest);
    out
}

/// Limits every request body, streamed ones too: its size (413), and how long it may
/// pause (the idle timeout; 408). A body that declares too large a length is refused
/// here, before it is read; one that only turns out too large while it is read gets
/// axum's plain-text 413, which [`json_rejections`] (inside this layer) answers as JSON.
async fn body_limits(
    axum::extract::State(app): axum::extract::State<App>,
    request: Request,
    next: Next,
) -> Response {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|length| length > MAX_BODY_BYTES as u64) {
        let err = Error::invalid(format!("the request body is over {MAX_BODY_BYTES} bytes"));
        let mut response = error_response(&err);
        *response.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
        return response;
    }
    let stalled = Arc::new(AtomicBool::new(false));
    let noted = stalled.clone();
    let request = request.map(|body| {
        let timed = tower_http::timeout::TimeoutBody::new(app.idle, body).map_err(move |e| {
            if e.is::<tower_http::timeout::TimeoutError>() {
                noted.store(true, Ordering::Relaxed);
            }
            e
        });
        Body::new(http_body_util::Limited::new(timed, MAX_BODY_BYTES))
    });
    let response = next.run(request).await;
    if stalled.load(Ordering::Relaxed) {
        return connection::body_stalled();
    }
    response
}

/// axum's own rejections (malformed JSON, a bad query string, an unknown route) as
/// JSON errors, like every other error.
async fn json_rejections(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let plain = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"text/plain"));
    if !(status.is_client_error() && plain) {
        return response;
    }
    let bytes = axum::body::to_bytes(response.into_body(), 64 << 10)
        .await
        .unwrap_or_default();
    let text = String::from_utf8_lossy(&bytes).trim().to_owned();
    let kind = if status == StatusCode::NOT_FOUND {
        ErrorKind::NotFound
    } else {
        ErrorKind::Usage
    };
    let message = if text.is_empty() {
        format!("the server answered {status}")
    } else {
        text
    };
    let mut response = error_response(&Error::new(kind, message));
    *response.status_mut() = status;
    response
}
