//! Files lmsctl writes that hold personal data (plans, reject files) are created
//! readable and writable by their owner only, whatever the umask says.

use std::fs::{File, OpenOptions};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

use crate::error::{Error, Result};

/// Creates (or truncates) `path` with mode 0600; `what` names it in errors.
pub fn create(path: &Path, what: &str) -> Result<File> {
    let file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| Error::io(&format!("create the {what}"), path, e))?;
    // `mode` applies only to a new file: an existing one is made private too.
    file.set_permissions(std::fs::Permissions::from_mode(0o600))
        .map_err(|e| Error::io(&format!("make the {what} private"), path, e))?;
    Ok(file)
}
