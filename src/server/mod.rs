/*!
`lmsctl serve`: the REST API of [`crate::api`] over a local SQLite store (axum).

Each request names its token (`Authorization: Bearer ...`); the token decides the
role and the tenants it reaches ([`crate::model::Grant`]). Store calls run on
blocking threads, each with a store connection of its own from a small pool, and the
audit trail names the token (`token:ID`) as the actor. Errors are JSON with the status
of their kind. SIGTERM and Ctrl-C stop accepting connections and let the requests in
flight finish.
*/

mod imports;
mod openapi;
mod routes;
mod tls;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::error::{Error, ErrorKind, Result};
use crate::model::Grant;
use crate::store::{Session, Sink, SqliteStore, Store};

/// The largest request body (JSON, or one streamed import).
pub const MAX_BODY_BYTES: usize = 64 << 20;
/// The request header naming the day of a request (see [`ServeOptions::client_days`]).
pub const DAY_HEADER: &str = "x-lmsctl-today";

/// How long requests in flight may take to finish after SIGTERM.
const GRACE: Duration = Duration::from_secs(30);

pub struct ServeOptions {
    /// Clients may name the day of each request (`X-Lmsctl-Today`): a fixed clock for
    /// tests and demos, never for a real server.
    pub client_days: bool,
    pub listen: String,
    pub store: PathBuf,
    pub tls: Option<(PathBuf, PathBuf)>,
    pub session: Session,
    /// Store connections (requests served at the same time).
    pub connections: usize,
    /// How long a remote import may stay silent before its staged rows are dropped.
    pub stage_timeout: Duration,
}

/// Runs the server until SIGTERM or Ctrl-C. Prints the address it listens on (stderr)
/// once it accepts connections.
pub fn serve(options: ServeOptions) -> Result<()> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let connections = options.connections.max(1);
    let stores = (0..connections)
        .map(|_| SqliteStore::open_with(&options.store, options.session.clone()))
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
        auth: Arc::new(Mutex::new(SqliteStore::open_with(
            &options.store,
            options.session.clone(),
        )?)),
        stages: imports::Stages::new(
            options.store.clone(),
            options.session.clone(),
            options.stage_timeout,
        ),
        today: options.session.today,
        client_days: options.client_days,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::failure(format!("cannot start the server runtime: {e}")))?;
    runtime.block_on(run(options.listen, tls, app))
}

async fn run(listen: String, tls: Option<Arc<rustls::ServerConfig>>, app: App) -> Result<()> {
    let listener = tokio::net::TcpListener::bind(&listen).await.map_err(|e| {
        Error::new(ErrorKind::Unavailable, format!("cannot listen on {listen}: {e}"))
            .with_hint("choose a free address with --listen HOST:PORT")
    })?;
    let local: SocketAddr = listener
        .local_addr()
        .map_err(|e| Error::failure(format!("cannot read the listening address: {e}")))?;
    let scheme = if tls.is_some() { "https" } else { "http" };
    eprintln!(
        "lmsctl serve: listening on {scheme}://{local}{}",
        crate::api::BASE
    );
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
    let (stopping, stopped) = tokio::sync::oneshot::channel::<()>();
    let signal = async move {
        shutdown_signal().await;
        eprintln!("lmsctl serve: stopping; finishing the requests in flight");
        let _ = stopping.send(());
    };
    let server = async move {
        match tls {
            None => axum::serve(listener, router).with_graceful_shutdown(signal).await,
            Some(config) => {
                let listener = tls::TlsListener::new(listener, tokio_rustls::TlsAcceptor::from(config))?;
                axum::serve(listener, router).with_graceful_shutdown(signal).await
            }
        }
    };
    tokio::select! {
        served = server => served.map_err(|e| Error::failure(format!("the server failed: {e}"))),
        () = async {
            if stopped.await.is_ok() {
                tokio::time::sleep(GRACE).await;
            } else {
                std::future::pending::<()>().await;
            }
        } => {
            eprintln!("lmsctl serve: requests still running after {} s were cut off", GRACE.as_secs());
            Ok(())
        }
    }
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
    stores: Mutex<Vec<SqliteStore>>,
    permits: Arc<tokio::sync::Semaphore>,
    streams: Arc<tokio::sync::Semaphore>,
}

/// A store connection taken from the pool; it goes back when dropped, even when the
/// request's work panicked.
struct Lease {
    pool: Arc<Pool>,
    store: Option<SqliteStore>,
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
    auth: Arc<Mutex<SqliteStore>>,
    stages: imports::Stages,
    /// The server's day (`None`: the system clock).
    today: Option<chrono::NaiveDate>,
    client_days: bool,
}

/// How long a streamed list waits for a client that does not read, before it ends.
const STALLED: Duration = Duration::from_secs(30);

/// A store connection works for the request's token: the audit trail names the token
/// (`token:ID`) as the actor, and the changes are made on the request's day.
fn act_for(store: &mut SqliteStore, grant: &Grant) {
    store.set_actor(format!("token:{}", grant.token_id));
    store.set_today(grant.today);
}

impl App {
    /// Runs `call` on a store connection of its own on a blocking thread, with the
    /// token as the actor; the result goes back as JSON.
    pub async fn call<T, F>(&self, grant: Grant, call: F) -> Response
    where
        T: Serialize + Send + 'static,
        F: FnOnce(&dyn Store, &Grant) -> Result<T> + Send + 'static,
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

    /// Applies the staged import `id` of `kind` (one transaction, on a blocking thread)
    /// and answers with what it did, as NDJSON.
    pub async fn finish_staged(
        &self,
        grant: Grant,
        tenant: String,
        id: String,
        kind: &'static str,
        summary: serde_json::Value,
    ) -> Response {
        let stages = self.stages.clone();
        let applied = tokio::task::spawn_blocking(move || match stages.take(&grant, &tenant, &id, kind) {
            Ok(stage) => stages.apply(&grant, stage, summary),
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
        F: FnOnce(&dyn Store, Sink<'_, T>) -> Result<()> + Send + 'static,
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
        F: FnOnce(&mut SqliteStore) -> Result<T> + Send + 'static,
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

/// Before any route: the token must be valid, its role must allow the route (from
/// [`openapi::ROUTES`]; a route not listed there is refused) and a tenant in the path
/// must be one it reaches; another tenant answers 404, as if it did not exist. The
/// grant goes to the handler.
pub async fn authenticate(
    axum::extract::State(app): axum::extract::State<App>,
    mut request: Request,
    next: Next,
) -> Response {
    let path = request
        .uri()
        .path()
        .strip_prefix(crate::api::BASE)
        .unwrap_or("")
        .to_owned();
    if path == "/openapi.json" {
        return next.run(request).await;
    }
    let method = match request.method().as_str() {
        "HEAD" => "get".to_owned(),
        other => other.to_ascii_lowercase(),
    };
    let Some((_, template, access, _)) = openapi::ROUTES
        .iter()
        .find(|(m, template, _, _)| *m == method && openapi::matches(template, &path))
    else {
        // Only what the route table lists is served.
        return error_response(
            &Error::not_found("route", format!("{} {}", request.method(), request.uri().path()))
                .with_hint("the routes are in /api/v1/openapi.json"),
        );
    };
    let secret = match bearer(request.headers()) {
        Ok(secret) => secret,
        Err(err) => return unauthorized(&err),
    };
    // One indexed look-up on a connection of its own: quick enough to run here
    // rather than hand to a blocking thread (which would cost more than the query).
    let checked = app
        .auth
        .lock()
        .map_err(|_| Error::failure("the token check is unusable"))
        .and_then(|store| store.authenticate(&secret));
    let grant = match checked {
        Ok(grant) => grant,
        Err(err) if err.kind == ErrorKind::PermissionDenied => return unauthorized(&err),
        Err(err) => return error_response(&err),
    };
    if let Some(tenant) = openapi::tenant_of(template, &path) {
        // Another tenant's objects do not exist for this token.
        if !grant.tenants.contains(&tenant) {
            return error_response(
                &Error::not_found("tenant", &tenant).with_hint("list the tenants with `lmsctl tenant list`"),
            );
        }
    }
    if !access.allows(grant.role) {
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

fn bearer(headers: &HeaderMap) -> Result<String> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(|token| token.trim().to_owned())
        .filter(|token| !token.is_empty())
        .ok_or_else(|| {
            Error::new(
                ErrorKind::PermissionDenied,
                "no token: send Authorization: Bearer TOKEN",
            )
            .with_hint("create one on the server with `lmsctl token create`")
        })
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
    let status =
        StatusCode::from_u16(crate::api::status_of(err.kind)).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, axum::Json(serde_json::json!({ "error": err }))).into_response()
}

/// Limits every request body, streamed ones too. A body that declares too large a
/// length is refused here, before it is read, with a JSON error; one that only turns
/// out too large while it is read gets axum's plain-text 413, which
/// [`json_rejections`] (inside this layer) already answers as JSON.
async fn body_limit(request: Request, next: Next) -> Response {
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
    let request = request.map(|body| Body::new(http_body_util::Limited::new(body, MAX_BODY_BYTES)));
    next.run(request).await
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
