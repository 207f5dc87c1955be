/*!
The one error type of lmsctl: a kind, a message and an optional hint.

The kind decides the process exit code (sysexits-style, see [`ErrorKind::exit_code`]);
the message says what failed and where; the hint says what to do next. Library code
builds these errors and never prints or exits; `main` renders them once.

The same shape travels unchanged between a remote store and its client, so a
command prints the same error and exits with the same code whichever store it uses.
*/

use std::fmt;
use std::path::Path;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What went wrong, as far as a calling script needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// Anything not covered below.
    Failure,
    /// The named tenant, user, group ... does not exist.
    NotFound,
    /// The command line is wrong or incomplete (including a missing `--yes`).
    Usage,
    /// Input data is invalid or conflicts with what the store holds.
    InvalidData,
    /// An input file does not exist or cannot be read.
    NoInput,
    /// The store or server cannot be used.
    Unavailable,
    /// Another process holds the store; retrying later will work.
    Busy,
    /// The operating system or the server refused access.
    PermissionDenied,
    /// The configuration (profile, environment, token) is wrong.
    Config,
    /// The operation would do something the store refuses without an explicit flag.
    Refused,
}

impl ErrorKind {
    /// The process exit code for this kind (documented in the README and `--help`).
    pub fn exit_code(self) -> i32 {
        match self {
            ErrorKind::Failure | ErrorKind::NotFound | ErrorKind::Refused => 1,
            // clap exits 2 on usage errors; ours match it rather than sysexits' 64.
            ErrorKind::Usage => 2,
            ErrorKind::InvalidData => exitcode::DATAERR,
            ErrorKind::NoInput => exitcode::NOINPUT,
            ErrorKind::Unavailable => exitcode::UNAVAILABLE,
            ErrorKind::Busy => exitcode::TEMPFAIL,
            ErrorKind::PermissionDenied => exitcode::NOPERM,
            ErrorKind::Config => exitcode::CONFIG,
        }
    }
}

/// An error with its kind, a message naming what failed, and a hint naming the fix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// What a backend's error is about (`"course"`, `"request.kind"`), so that the
    /// core can say what to do next ([`crate::core::hints`]); never sent or shown.
    #[serde(skip)]
    #[schemars(skip)]
    pub about: Option<&'static str>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            about: None,
        }
    }

    /// Marks what the error is about, for the core to explain it.
    pub fn about(mut self, topic: &'static str) -> Self {
        self.about = Some(topic);
        self
    }

    /// Adds what the user should do next.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// `what` (a tenant, a course ...) named `key` does not exist.
    pub fn not_found(what: &'static str, key: impl fmt::Display) -> Self {
        Error::new(ErrorKind::NotFound, format!("{what} '{key}' not found")).about(what)
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::InvalidData, message)
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Usage, message)
    }

    pub fn refused(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Refused, message)
    }

    pub fn failure(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Failure, message)
    }

    /// An I/O error on a named file, classified so that a missing file exits 66
    /// and a permission problem 77, with a hint a caller may replace by a closer one.
    pub fn io(action: &str, path: &Path, err: std::io::Error) -> Self {
        use std::io::ErrorKind as Io;
        let kind = match err.kind() {
            Io::NotFound => ErrorKind::NoInput,
            Io::PermissionDenied => ErrorKind::PermissionDenied,
            _ => ErrorKind::Failure,
        };
        let hint = match kind {
            ErrorKind::NoInput => {
                "check the path (a relative path starts in the current directory)".to_owned()
            }
            ErrorKind::PermissionDenied => format!(
                "check the permissions of {} and of the directories above it",
                path.display()
            ),
            _ => format!("check {} and the disk it is on", path.display()),
        };
        Error::new(kind, format!("cannot {action} {}: {err}", path.display())).with_hint(hint)
    }

    pub fn exit_code(&self) -> i32 {
        self.kind.exit_code()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_sysexits() {
        assert_eq!(ErrorKind::InvalidData.exit_code(), 65);
        assert_eq!(ErrorKind::NoInput.exit_code(), 66);
        assert_eq!(ErrorKind::Unavailable.exit_code(), 69);
        assert_eq!(ErrorKind::Busy.exit_code(), 75);
        assert_eq!(ErrorKind::PermissionDenied.exit_code(), 77);
        assert_eq!(ErrorKind::Config.exit_code(), 78);
        assert_eq!(ErrorKind::Usage.exit_code(), 2);
    }

    #[test]
    fn missing_file_is_no_input() {
        let err = Error::io(
            "read",
            Path::new("/nonexistent/x.csv"),
            std::io::Error::from(std::io::ErrorKind::NotFound),
        );
        assert_eq!(err.exit_code(), 66);
        assert!(err.message.contains("/nonexistent/x.csv"));
    }
}
