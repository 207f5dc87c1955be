/*!
One client connection of `lmsctl serve`: HTTP/1.1 (hyper) over TCP or TLS, with what
no handler can enforce itself.

- A request's head must arrive within the header timeout of its first byte (a
  slow-loris client that sends half a head and waits is cut off), and must fit the
  limits of [`super::head`] (else 414 or 431 with a JSON error, and the connection
  closes).
- A connection with no request in flight is closed after the idle timeout (keep-alive
  connections are not kept forever), and so is one whose client stops reading an
  answer. A request body that stops arriving is ended by [`super::body_limits`].
- A request whose body the handler did not read to the end is answered with
  `Connection: close`, so bytes left of it are never read as the next request.

The connection's state lives in [`Activity`], shared by the stream wrapper (bytes in
and out), the request wrapper (requests begun and answered) and a watchdog that
closes the connection when a deadline passes.
*/

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderValue, Request, Response, header};
use hyper::body::{Body as _, Frame, Incoming, SizeHint};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::Instant;

use super::head::{HeadScan, Scan, TooLarge};
use crate::error::{Error, ErrorKind};

/// How long a client may take, and wait.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    /// From the first byte of a request's head (or the start of a TLS handshake) to its end.
    pub header: Duration,
    /// A connection without a request in flight, a request body that stops arriving,
    /// an answer the client stops reading.
    pub idle: Duration,
}

/// What the watchdog needs to know of a connection.
struct State {
    /// Requests begun and not yet answered in full.
    in_flight: usize,
    /// Since when no request has been in flight.
    idle_since: Instant,
    /// When the first byte of the next head arrived.
    head_since: Option<Instant>,
    /// Since when writing waits for the client.
    write_blocked_since: Option<Instant>,
    /// The head being read; `None` while a request (or its body) is being read.
    head: Option<HeadScan>,
}

struct Activity {
    state: Mutex<State>,
    changed: tokio::sync::Notify,
}

impl Activity {
    fn new() -> Arc<Self> {
        Arc::new(Activity {
            state: Mutex::new(State {
                in_flight: 0,
                idle_since: Instant::now(),
                head_since: None,
                write_blocked_since: None,
                head: Some(HeadScan::default()),
            }),
            changed: tokio::sync::Notify::new(),
        })
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic elsewhere cannot leave this state half-changed: use it as it is.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Changes the state and wakes the watchdog to look at it.
    fn update<T>(&self, change: impl FnOnce(&mut State) -> T) -> T {
        let changed = change(&mut self.lock());
        self.changed.notify_one();
        changed
    }

    /// A request's head was parsed: it is in flight.
    fn begin(&self) {
        self.update(|state| {
            state.in_flight += 1;
            state.head = None;
            state.head_since = None;
        });
    }

    /// A request was answered in full; the next head is scanned only if this
    /// request's body was read to its end (else the connection closes).
    fn end(&self, body_read: bool) {
        self.update(|state| {
            state.in_flight = state.in_flight.saturating_sub(1);
            if state.in_flight == 0 {
                state.idle_since = Instant::now();
                if body_read {
                    state.head = Some(HeadScan::default());
                }
            }
        });
    }

    /// When the connection is to be closed, if nothing changes before.
    fn deadline(&self, timeouts: Timeouts) -> Option<(Instant, &'static str)> {
        let state = self.lock();
        if let Some(since) = state.write_blocked_since {
            Some((since + timeouts.idle, "the client stopped reading the answer"))
        } else if state.in_flight > 0 {
            // The request's body has a stall timeout of its own; the work takes as
            // long as it takes.
            None
        } else if let Some(since) = state.head_since {
            Some((since + timeouts.header, "the request head did not arrive in time"))
        } else {
            Some((state.idle_since + timeouts.idle, "idle"))
        }
    }
}

/// Waits until a deadline of the connection passes; says why.
async fn watchdog(activity: Arc<Activity>, timeouts: Timeouts) -> &'static str {
    loop {
        let changed = activity.changed.notified();
        match activity.deadline(timeouts) {
            Some((deadline, why)) if deadline <= Instant::now() => return why,
            Some((deadline, _)) => {
                tokio::select! {
                    () = tokio::time::sleep_until(deadline) => {}
                    () = changed => {}
                }
            }
            None => changed.await,
        }
    }
}

/// The client's stream, watched: bytes of a head are scanned, writes that wait for
/// the client are timed.
struct Watched<S> {
    stream: S,
    activity: Arc<Activity>,
    /// A refusal being sent instead of reading on (a head too large).
    refusal: Option<Refusal>,
}

/// The answer to a head too large, and how far it got: written, then the connection
/// shut for writing, then what the client still sends read and dropped (up to
/// [`DRAIN_BYTES`]), so that closing does not reset the connection before the client
/// has read the answer; then the end.
struct Refusal {
    answer: Vec<u8>,
    written: usize,
    shut: bool,
    drained: usize,
}

const DRAIN_BYTES: usize = 1 << 20;

impl Refusal {
    fn poll_send<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        stream: &mut S,
        cx: &mut Context<'_>,
    ) -> Poll<io::Result<()>> {
        while self.written < self.answer.len() {
            match Pin::new(&mut *stream).poll_write(cx, &self.answer[self.written..]) {
                Poll::Ready(Ok(0)) | Poll::Ready(Err(_)) => return Poll::Ready(Ok(())),
                Poll::Ready(Ok(n)) => self.written += n,
                Poll::Pending => return Poll::Pending,
            }
        }
        if !self.shut {
            if Pin::new(&mut *stream).poll_shutdown(cx).is_pending() {
                return Poll::Pending;
            }
            self.shut = true;
        }
        let mut scratch = [0u8; 8192];
        while self.drained < DRAIN_BYTES {
            let mut buf = ReadBuf::new(&mut scratch);
            match Pin::new(&mut *stream).poll_read(cx, &mut buf) {
                Poll::Ready(Ok(())) if !buf.filled().is_empty() => self.drained += buf.filled().len(),
                Poll::Ready(_) => break,
                Poll::Pending => return Poll::Pending,
            }
        }
        // The end, for hyper: the head it was sent is not served.
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncRead for Watched<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = &mut *self;
        if let Some(refusal) = &mut this.refusal {
            return refusal.poll_send(&mut this.stream, cx);
        }
        let before = buf.filled().len();
        let read = Pin::new(&mut this.stream).poll_read(cx, buf);
        if !matches!(read, Poll::Ready(Ok(()))) || buf.filled().len() == before {
            return read;
        }
        let (scan, first) = {
            let mut state = this.activity.lock();
            let scan = state.head.as_mut().map(|head| head.feed(&buf.filled()[before..]));
            let first = state.head_since.is_none();
            match scan {
                Some(Scan::More) if first => state.head_since = Some(Instant::now()),
                Some(Scan::End(_) | Scan::TooLarge(_)) => {
                    state.head = None;
                    state.head_since = None;
                }
                _ => {}
            }
            (scan, first)
        };
        match scan {
            Some(Scan::More) if first => this.activity.changed.notify_one(),
            Some(Scan::End(_)) => this.activity.changed.notify_one(),
            Some(Scan::TooLarge(part)) => {
                buf.set_filled(before);
                this.refusal = Some(Refusal {
                    answer: refusal(part),
                    written: 0,
                    shut: false,
                    drained: 0,
                });
                cx.waker().wake_by_ref();
                return Poll::Pending;
            }
            _ => {}
        }
        read
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> Watched<S> {
    /// Notes whether writing waits for the client.
    fn note_write<T>(&self, poll: Poll<T>) -> Poll<T> {
        let blocked = poll.is_pending();
        let known = self.activity.lock().write_blocked_since.is_some();
        if blocked != known {
            self.activity.update(|state| {
                state.write_blocked_since = blocked.then(Instant::now);
            });
        }
        poll
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncWrite for Watched<S> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.stream).poll_write(cx, data);
        self.note_write(poll)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.stream).poll_write_vectored(cx, data);
        self.note_write(poll)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let poll = Pin::new(&mut self.stream).poll_flush(cx);
        self.note_write(poll)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

/// The whole answer to a head that is too large: the JSON error, then the end.
fn refusal(part: TooLarge) -> Vec<u8> {
    let (status, error) = match part {
        TooLarge::RequestLine => (
            "414 URI Too Long",
            Error::invalid(format!(
                "the request line is over {} bytes",
                super::head::MAX_REQUEST_LINE
            ))
            .with_hint("send long filters in a request body, or fewer of them"),
        ),
        TooLarge::Fields => (
            "431 Request Header Fields Too Large",
            Error::invalid(format!(
                "the request's header fields are too large (at most {} fields of {} bytes, {} bytes in all)",
                super::head::MAX_FIELDS,
                super::head::MAX_FIELD_LINE,
                super::head::MAX_HEAD
            ))
            .with_hint("send fewer or shorter header fields"),
        ),
    };
    let body = super::error_body(&error);
    let mut answer = format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    answer.extend_from_slice(&body);
    answer
}

/// A request body that notes when it was read to its end.
struct RequestBody {
    body: Incoming,
    read: Arc<AtomicBool>,
}

impl hyper::body::Body for RequestBody {
    type Data = hyper::body::Bytes;
    type Error = hyper::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        let frame = Pin::new(&mut self.body).poll_frame(cx);
        if matches!(frame, Poll::Ready(None)) || self.body.is_end_stream() {
            self.read.store(true, Ordering::Relaxed);
        }
        frame
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}

/// An answer's body that tells the connection when it is sent in full (or dropped).
struct AnswerBody {
    body: Body,
    activity: Arc<Activity>,
    request_read: Arc<AtomicBool>,
}

impl hyper::body::Body for AnswerBody {
    type Data = hyper::body::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        Pin::new(&mut self.body).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}

impl Drop for AnswerBody {
    fn drop(&mut self) {
        self.activity.end(self.request_read.load(Ordering::Relaxed));
    }
}

/// Serves one connection until it ends, its client times out, or (after `stopping`
/// turns true) its request in flight is answered.
pub async fn serve<S>(
    stream: S,
    peer: SocketAddr,
    router: axum::Router,
    timeouts: Timeouts,
    mut stopping: tokio::sync::watch::Receiver<bool>,
) where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let activity = Activity::new();
    let watched = Watched {
        stream,
        activity: activity.clone(),
        refusal: None,
    };
    let requests = activity.clone();
    let service = hyper::service::service_fn(move |request: Request<Incoming>| {
        let (activity, router) = (requests.clone(), router.clone());
        async move {
            activity.begin();
            let read = Arc::new(AtomicBool::new(request.body().is_end_stream()));
            let mut request = request.map(|body| {
                Body::new(RequestBody {
                    body,
                    read: read.clone(),
                })
            });
            request.extensions_mut().insert(ConnectInfo(peer));
            let mut router = router;
            let response =
                match std::future::poll_fn(|cx| tower::Service::<Request<Body>>::poll_ready(&mut router, cx))
                    .await
                {
                    Ok(()) => tower::Service::call(&mut router, request).await,
                    Err(never) => match never {},
                };
            let mut response = match response {
                Ok(response) => response,
                Err(never) => match never {},
            };
            if !read.load(Ordering::Relaxed) {
                response
                    .headers_mut()
                    .insert(header::CONNECTION, HeaderValue::from_static("close"));
            }
            Ok::<_, std::convert::Infallible>(response.map(|body| AnswerBody {
                body,
                activity,
                request_read: read,
            }))
        }
    });
    let connection = hyper::server::conn::http1::Builder::new()
        .keep_alive(true)
        // The head limits and the header timeout are this module's (see above).
        .header_read_timeout(None)
        .serve_connection(hyper_util::rt::TokioIo::new(watched), service);
    tokio::pin!(connection);
    let watchdog = watchdog(activity.clone(), timeouts);
    tokio::pin!(watchdog);
    let mut draining = false;
    loop {
        if !draining && *stopping.borrow() {
            // Stopping: a connection between requests (or in the middle of a head)
            // closes now; one with a request in flight answers it, then closes.
            if activity.lock().in_flight == 0 {
                return;
            }
            draining = true;
            connection.as_mut().graceful_shutdown();
        }
        tokio::select! {
            _ = connection.as_mut() => return,
            // Dropping the connection closes it.
            _ = &mut watchdog => return,
            changed = stopping.changed(), if !draining => {
                if changed.is_err() {
                    // The server is gone without a word: stop as for SIGTERM.
                    draining = true;
                    connection.as_mut().graceful_shutdown();
                }
            }
        }
    }
}

/// Answers a request whose body stopped arriving: see [`super::body_limits`].
pub fn body_stalled() -> Response<Body> {
    let mut response = super::error_response(
        &Error::new(ErrorKind::Unavailable, "the request body stopped arriving")
            .with_hint("check the network between client and server, and try again"),
    );
    *response.status_mut() = axum::http::StatusCode::REQUEST_TIMEOUT;
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}
