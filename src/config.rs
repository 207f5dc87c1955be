//! Where the client finds its API token for a remote store: `LMSCTL_TOKEN`, else a
//! token file (`--token-file` / `LMSCTL_TOKEN_FILE`, for cron and systemd, where no
//! keyring session exists).

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::error::{Error, ErrorKind, Result};

/// The token for a remote store, if one is configured.
pub fn token(token_file: Option<&Path>) -> Result<Option<String>> {
    if let Ok(token) = std::env::var("LMSCTL_TOKEN") {
        let token = token.trim().to_owned();
        if !token.is_empty() {
            return Ok(Some(token));
        }
    }
    match token_file {
        Some(path) => read_token_file(path).map(Some),
        None => Ok(None),
    }
}

/// Reads a token file, refusing one that others can read (as ssh does with keys).
fn read_token_file(path: &Path) -> Result<String> {
    let metadata = std::fs::metadata(path).map_err(|e| Error::io("read the token file", path, e))?;
    if metadata.permissions().mode() & 0o077 != 0 {
        return Err(Error::new(
            ErrorKind::Config,
            format!("the token file {} can be read by others", path.display()),
        )
        .with_hint(format!("chmod 600 {}", path.display())));
    }
    let text = std::fs::read_to_string(path).map_err(|e| Error::io("read the token file", path, e))?;
    let token = text.trim().to_owned();
    if token.is_empty() {
        return Err(Error::new(
            ErrorKind::Config,
            format!("the token file {} is empty", path.display()),
        ));
    }
    Ok(token)
}
