//! The store's connection to the server, closed where the sync client can close it.
//!
//! The `postgres` crate's client drives its connection on a runtime of its own, also
//! to say goodbye when it is dropped, and a runtime cannot start on a thread that
//! already runs one: `lmsctl serve` drops its stores on the server's runtime threads
//! when it stops, which aborted the process instead of exiting cleanly. There, the
//! connection is closed on a thread of its own.

use std::ops::{Deref, DerefMut};

use postgres::Client;

pub(super) struct Connection(Option<Client>);

impl Connection {
    pub(super) fn new(client: Client) -> Self {
        Connection(Some(client))
    }
}

impl Deref for Connection {
    type Target = Client;

    fn deref(&self) -> &Client {
        self.0.as_ref().expect("a connection is open until it is dropped")
    }
}

impl DerefMut for Connection {
    fn deref_mut(&mut self) -> &mut Client {
        self.0.as_mut().expect("a connection is open until it is dropped")
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        let Some(client) = self.0.take() else {
            return;
        };
        if tokio::runtime::Handle::try_current().is_ok() {
            // Nothing is left to report if closing fails: the server ends the session.
            let _ = std::thread::spawn(move || drop(client)).join();
        } else {
            drop(client);
        }
    }
}
