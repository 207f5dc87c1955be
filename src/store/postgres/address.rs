/*!
Where a PostgreSQL store is, from `postgres://user@host:5432/db?sslmode=verify-full`,
and the password to reach it.

The address takes libpq's URL form and the parameters an operator expects to work:
`host` (also a directory of Unix sockets), `port`, `user`, `password`, `dbname`,
`sslmode` (`disable`, `prefer`, `require`, `verify-ca`, `verify-full`, as libpq
means them), `sslrootcert`, `connect_timeout` and `application_name`. Any other
parameter is refused rather than ignored: a misspelt `sslmode` must not quietly
connect in the clear.

The password comes from the URL, else `PGPASSWORD`, else the password file
(`PGPASSFILE`, else `~/.pgpass`, as libpq reads it; a file others may read is
skipped with a warning, as libpq does). It is never shown: the address prints
without it, and its `Debug` says `<secret>`.
*/

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::error::{Error, Result};

/// How to use TLS, as libpq's `sslmode` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    /// In the clear.
    Disable,
    /// TLS if the server offers it, without checking its certificate (libpq's default).
    Prefer,
    /// TLS, without checking the certificate (unless `sslrootcert` names the CA, then
    /// as `verify-ca`).
    Require,
    /// TLS with a certificate from a trusted CA, for any host name.
    VerifyCa,
    /// TLS with a certificate from a trusted CA, for this host.
    VerifyFull,
}

impl SslMode {
    fn parse(text: &str) -> Option<SslMode> {
        Some(match text {
            "disable" => SslMode::Disable,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }
}

/// A PostgreSQL store's address, parsed and checked.
#[derive(Clone, PartialEq, Eq)]
pub struct PgAddress {
    /// A host name or address, or the directory of the server's Unix socket.
    pub host: String,
    pub port: u16,
    pub user: Option<String>,
    pub dbname: Option<String>,
    pub sslmode: SslMode,
    /// The CA certificate (PEM) to check the server's certificate against; without
    /// it, the system's trusted CAs.
    pub sslrootcert: Option<PathBuf>,
    pub connect_timeout: Option<Duration>,
    pub application_name: Option<String>,
    /// Given in the URL (or its `password` parameter).
    password: Option<String>,
}

/// The parameters the address takes besides its parts.
const PARAMETERS: &str =
    "host, port, user, password, dbname, sslmode, sslrootcert, connect_timeout, application_name";

impl PgAddress {
    /// Parses a `postgres://` or `postgresql://` URL.
    pub fn parse(text: &str) -> Result<PgAddress> {
        let url = url::Url::parse(text).map_err(|e| {
            Error::usage(format!("the PostgreSQL address is not a URL: {e}"))
                .with_hint("write postgres://USER@HOST:PORT/DATABASE (see `lmsctl --help` on --store)")
        })?;
        if !matches!(url.scheme(), "postgres" | "postgresql") {
            return Err(Error::usage(format!(
                "'{}:' is not a PostgreSQL address",
                url.scheme()
            )));
        }
        let decode = |part: &str| {
            percent_decode(part)
                .ok_or_else(|| Error::usage("the PostgreSQL address has a %-escape that is not UTF-8"))
        };
        let mut address = PgAddress {
            host: match url.host_str() {
                Some(host) if !host.is_empty() => decode(host.trim_start_matches('[').trim_end_matches(']'))?,
                _ => "localhost".to_owned(),
            },
            port: url.port().unwrap_or(5432),
            user: match url.username() {
                "" => None,
                user => Some(decode(user)?),
            },
            dbname: match url.path().trim_start_matches('/') {
                "" => None,
                name => Some(decode(name)?),
            },
            sslmode: SslMode::Prefer,
            sslrootcert: None,
            connect_timeout: None,
            application_name: None,
            password: url.password().map(decode).transpose()?,
        };
        for (key, value) in url.query_pairs() {
            let value = value.into_owned();
            match key.as_ref() {
                "host" => address.host = value,
                "port" => {
                    address.port = value.parse().map_err(|_| {
                        Error::usage(format!(
                            "port={value} in the PostgreSQL address is not a port number"
                        ))
                    })?;
                }
                "user" => address.user = Some(value),
                "password" => address.password = Some(value),
                "dbname" => address.dbname = Some(value),
                "sslmode" => {
                    address.sslmode = SslMode::parse(&value).ok_or_else(|| {
                        Error::usage(format!("sslmode={value} in the PostgreSQL address is not a mode"))
                            .with_hint("use disable, prefer, require, verify-ca or verify-full")
                    })?;
                }
                "sslrootcert" => address.sslrootcert = Some(PathBuf::from(value)),
                "connect_timeout" => {
                    let seconds: u64 = value.parse().map_err(|_| {
                        Error::usage(format!(
                            "connect_timeout={value} in the PostgreSQL address is not a number of seconds"
                        ))
                    })?;
                    address.connect_timeout = (seconds > 0).then(|| Duration::from_secs(seconds));
                }
                "application_name" => address.application_name = Some(value),
                other => {
                    return Err(Error::usage(format!(
                        "the PostgreSQL address has a parameter lmsctl does not know: {other}"
                    ))
                    .with_hint(format!("it takes {PARAMETERS}")));
                }
            }
        }
        Ok(address)
    }

    /// The address as a URL with every part and parameter but the password: what
    /// `lmsctl login` files a profile and the keyring's password under.
    pub fn url(&self) -> String {
        let mut url = self.to_string();
        let mut parameters = url::form_urlencoded::Serializer::new(String::new());
        if self.sslmode != SslMode::Prefer {
            parameters.append_pair("sslmode", self.sslmode.as_str());
        }
        if let Some(cert) = &self.sslrootcert {
            parameters.append_pair("sslrootcert", &cert.to_string_lossy());
        }
        if let Some(timeout) = self.connect_timeout {
            parameters.append_pair("connect_timeout", &timeout.as_secs().to_string());
        }
        if let Some(name) = &self.application_name {
            parameters.append_pair("application_name", name);
        }
        let parameters = parameters.finish();
        if !parameters.is_empty() {
            url.push(if url.contains('?') { '&' } else { '?' });
            url.push_str(&parameters);
        }
        url
    }

    /// Whether the address itself holds a password.
    pub fn has_password(&self) -> bool {
        self.password.is_some()
    }

    /// The same address with `password`.
    pub fn with_password(&self, password: String) -> PgAddress {
        PgAddress {
            password: Some(password),
            ..self.clone()
        }
    }

    /// Whether the host is a directory of Unix sockets rather than a network host.
    pub fn is_socket(&self) -> bool {
        self.host.starts_with('/')
    }

    /// The user to log in as: the address's, else `PGUSER`, else the operating
    /// system's user (as libpq does).
    pub fn login(&self) -> String {
        self.user
            .clone()
            .or_else(|| std::env::var("PGUSER").ok().filter(|u| !u.is_empty()))
            .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
            .unwrap_or_else(|| "postgres".to_owned())
    }

    /// The database: the address's, else `PGDATABASE`, else the user's name (libpq's rule).
    pub fn database(&self) -> String {
        self.dbname
            .clone()
            .or_else(|| std::env::var("PGDATABASE").ok().filter(|d| !d.is_empty()))
            .unwrap_or_else(|| self.login())
    }

    /// The password to log in with, if any: the address's, `PGPASSWORD`, or the entry
    /// of the password file that matches. A password file others may read is skipped
    /// with a warning on stderr. (The keyring is asked only when the server wants a
    /// password none of these gave: see [`super::connect`].)
    pub fn password(&self) -> Option<String> {
        if let Some(password) = &self.password {
            return Some(password.clone());
        }
        if let Some(password) = std::env::var("PGPASSWORD").ok().filter(|p| !p.is_empty()) {
            return Some(password);
        }
        let file = std::env::var_os("PGPASSFILE")
            .map(PathBuf::from)
            .or_else(|| dirs::home_dir().map(|home| home.join(".pgpass")))?;
        self.password_from_file(&file)
    }

    fn password_from_file(&self, file: &Path) -> Option<String> {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::metadata(file).ok()?;
        if !meta.is_file() {
            return None;
        }
        if meta.permissions().mode() & 0o077 != 0 {
            eprintln!(
                "warning: the password file {} is readable by others, so it is not used; chmod 0600 it",
                file.display()
            );
            return None;
        }
        let text = std::fs::read_to_string(file).ok()?;
        let host = if self.is_socket() {
            "localhost"
        } else {
            self.host.as_str()
        };
        let wanted = [
            host.to_owned(),
            self.port.to_string(),
            self.database(),
            self.login(),
        ];
        text.lines()
            .filter(|line| !line.trim_start().starts_with('#'))
            .filter_map(pgpass_fields)
            .find(|fields| {
                fields[..4]
                    .iter()
                    .zip(&wanted)
                    .all(|(field, want)| field == "*" || field == want)
            })
            .map(|mut fields| fields.swap_remove(4))
    }
}

/// The five fields of a password file's line (`host:port:database:user:password`,
/// with `\:` and `\\` escaped), or `None` for a line of another shape.
fn pgpass_fields(line: &str) -> Option<Vec<String>> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => fields.last_mut()?.push(chars.next()?),
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut()?.push(c),
        }
    }
    (fields.len() == 5).then_some(fields)
}

/// `%xx`-escapes decoded, if the result is UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    percent_encoding::percent_decode_str(text)
        .decode_utf8()
        .ok()
        .map(std::borrow::Cow::into_owned)
}

/// The address as people read it: without the password.
impl std::fmt::Display for PgAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("postgres://")?;
        if let Some(user) = &self.user {
            write!(f, "{user}@")?;
        }
        if self.is_socket() {
            write!(f, "/{}?host={}", self.dbname.as_deref().unwrap_or(""), self.host)
        } else if self.host.contains(':') {
            write!(
                f,
                "[{}]:{}/{}",
                self.host,
                self.port,
                self.dbname.as_deref().unwrap_or("")
            )
        } else {
            write!(
                f,
                "{}:{}/{}",
                self.host,
                self.port,
                self.dbname.as_deref().unwrap_or("")
            )
        }
    }
}

/// Never prints the password.
impl std::fmt::Debug for PgAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgAddress")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("user", &self.user)
            .field("dbname", &self.dbname)
            .field("sslmode", &self.sslmode)
            .field("sslrootcert", &self.sslrootcert)
            .field("password", &self.password.as_ref().map(|_| "<secret>"))
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_keeps_every_parameter_but_the_password() {
        let text = "postgres://lms:geheim@db.example.com:6432/lms?sslmode=verify-full&sslrootcert=/etc/ca.pem&connect_timeout=5&application_name=nightly%20import";
        let address = PgAddress::parse(text).unwrap();
        let url = address.url();
        assert_eq!(
            url,
            "postgres://lms@db.example.com:6432/lms?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem&connect_timeout=5&application_name=nightly+import"
        );
        assert_eq!(
            PgAddress::parse(&url).unwrap(),
            PgAddress {
                password: None,
                ..address
            }
        );
        let socket = PgAddress::parse("postgres:///lms?host=/run/postgresql&sslmode=disable").unwrap();
        assert_eq!(
            socket.url(),
            "postgres:///lms?host=/run/postgresql&sslmode=disable"
        );
        assert_eq!(PgAddress::parse(&socket.url()).unwrap(), socket);
    }

    #[test]
    fn the_parts_and_parameters_of_an_address() {
        let a = PgAddress::parse(
            "postgres://lms%40corp:s3cr%3At@db.example.com:6543/lms?sslmode=verify-full&sslrootcert=/etc/ca.pem&connect_timeout=5",
        )
        .unwrap();
        assert_eq!(a.host, "db.example.com");
        assert_eq!(a.port, 6543);
        assert_eq!(a.user.as_deref(), Some("lms@corp"));
        assert_eq!(a.dbname.as_deref(), Some("lms"));
        assert_eq!(a.sslmode, SslMode::VerifyFull);
        assert_eq!(a.sslrootcert.as_deref(), Some(Path::new("/etc/ca.pem")));
        assert_eq!(a.connect_timeout, Some(Duration::from_secs(5)));
        assert_eq!(a.password().as_deref(), Some("s3cr:t"));

        let socket = PgAddress::parse("postgresql:///lms?host=/run/postgresql").unwrap();
        assert!(socket.is_socket());
        assert_eq!(socket.sslmode, SslMode::Prefer);
        assert_eq!(socket.to_string(), "postgres:///lms?host=/run/postgresql");
    }

    #[test]
    fn the_password_is_never_shown() {
        let a = PgAddress::parse("postgres://lms:hunter2@127.0.0.1:5432/lms").unwrap();
        assert_eq!(a.to_string(), "postgres://lms@127.0.0.1:5432/lms");
        assert!(!format!("{a:?}").contains("hunter2"), "{a:?}");
    }

    #[test]
    fn unknown_parameters_and_modes_are_refused() {
        let typo = PgAddress::parse("postgres://h/db?ssl_mode=require").unwrap_err();
        assert!(typo.message.contains("ssl_mode"), "{}", typo.message);
        let mode = PgAddress::parse("postgres://h/db?sslmode=required").unwrap_err();
        assert!(mode.message.contains("sslmode=required"), "{}", mode.message);
        assert!(PgAddress::parse("postgres://h:99999/db").is_err());
    }

    #[test]
    fn the_password_file_is_read_as_libpq_reads_it() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        std::fs::write(
            &file,
            "# comment\nother:5432:lms:lms:wrong\ndb:5432:lms:lms:pa\\:ss\\\\word\n*:*:*:*:fallback\n",
        )
        .unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        let a = PgAddress::parse("postgres://lms@db:5432/lms").unwrap();
        assert_eq!(a.password_from_file(&file).as_deref(), Some("pa:ss\\word"));
        let b = PgAddress::parse("postgres://app@db:5432/lms").unwrap();
        assert_eq!(b.password_from_file(&file).as_deref(), Some("fallback"));

        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert_eq!(a.password_from_file(&file), None);
    }
}
