/*!
The PostgreSQL store: the same lmsctl on a database that many servers share.

This module connects ([`connect`]: the address, its password and TLS as `sslmode`
says) and brings the database to this binary's schema ([`migrations`]), once, under an
advisory lock, in one transaction. The areas of the store follow one by one, with the
same names as the SQLite backend's (`tenants`, `users`, ...); until they all do,
`--store postgres://` is not offered.
*/

pub mod address;
pub mod migrations;
mod tls;

pub use address::{PgAddress, SslMode};

use postgres::error::SqlState;

use crate::error::{Error, ErrorKind, Result};

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
    if let Some(password) = address.password() {
        config.password(password);
    }
    if let Some(timeout) = address.connect_timeout {
        config.connect_timeout(timeout);
    }
    let connected = match tls::client_config(address)? {
        None => config.connect(postgres::NoTls),
        Some(tls) => config.connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls)),
    };
    connected.map_err(|e| cannot_connect(address, &e))
}

/// Why a connection failed, and what to do, without the password.
fn cannot_connect(address: &PgAddress, err: &postgres::Error) -> Error {
    let code = err.code();
    let detail = describe(err);
    let user = address.login();
    if code == Some(&SqlState::INVALID_PASSWORD)
        || code == Some(&SqlState::INVALID_AUTHORIZATION_SPECIFICATION)
    {
        return Error::new(
            ErrorKind::PermissionDenied,
            format!("the PostgreSQL server {address} refused the login of '{user}': {detail}"),
        )
        .with_hint(
            "give the password in the address, PGPASSWORD or ~/.pgpass (mode 0600), or ask the database's administrator for access",
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
