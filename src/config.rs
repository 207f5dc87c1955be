/*!
Client configuration: profiles in `$XDG_CONFIG_HOME/lmsctl/config.toml` (a name for a
server URL, written by `lmsctl login`), and where the API token for a remote store
comes from: `LMSCTL_TOKEN`, else a token file (`--token-file` / `LMSCTL_TOKEN_FILE`,
for cron and systemd, where no keyring session exists), else the OS keyring.

```toml
default_profile = "prod"

[profiles.prod]
url = "https://lms.example.com:8443"
```
*/

use std::collections::BTreeMap;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Config {
    /// The profile used when neither `--store` nor `--profile` is given.
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Profile {
    /// The server, `http(s)://HOST:PORT`.
    pub url: String,
}

/// `$XDG_CONFIG_HOME/lmsctl/config.toml`.
pub fn path() -> Result<PathBuf> {
    dirs::config_dir()
        .map(|dir| dir.join("lmsctl").join("config.toml"))
        .ok_or_else(|| {
            Error::new(ErrorKind::Config, "cannot find a configuration directory")
                .with_hint("set HOME (or XDG_CONFIG_HOME)")
        })
}

impl Config {
    /// The configuration, or an empty one when there is no file yet.
    pub fn load() -> Result<Config> {
        let path = path()?;
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => return Err(Error::io("read the configuration", &path, e)),
        };
        toml::from_str(&text).map_err(|e| {
            Error::new(ErrorKind::Config, format!("{}: {e}", path.display()))
                .with_hint("fix the file, or delete it and log in again")
        })
    }

    pub fn save(&self) -> Result<()> {
        let path = path()?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| Error::io("create the configuration directory", dir, e))?;
        }
        let text = toml::to_string(self).map_err(|e| {
            Error::failure(format!("cannot write the configuration: {e}"))
                .with_hint("check the profiles in the configuration file")
        })?;
        let mut file = crate::private_file::PrivateFile::create(&path, "configuration")?;
        file.write_all(text.as_bytes())
            .map_err(|e| Error::io("write the configuration", &path, e))?;
        file.commit()
    }

    /// The profile `name`, or the default one when `name` is `None` (if any).
    pub fn profile(&self, name: Option<&str>) -> Result<Option<(String, Profile)>> {
        let Some(name) = name.or(self.default_profile.as_deref()) else {
            return Ok(None);
        };
        match self.profiles.get(name) {
            Some(profile) => Ok(Some((name.to_owned(), profile.clone()))),
            None => Err(Error::new(ErrorKind::Config, format!("no profile '{name}'"))
                .with_hint("create it with `lmsctl login URL --profile NAME`")),
        }
    }
}

/// The token for the remote store at `url` (as [`crate::store::Location::parse`] gives
/// it: without a trailing slash, as `login` keeps it), if one is configured.
pub fn token(url: &str, token_file: Option<&Path>) -> Result<Option<String>> {
    if let Ok(token) = std::env::var("LMSCTL_TOKEN") {
        let token = token.trim().to_owned();
        if !token.is_empty() {
            return Ok(Some(token));
        }
    }
    match token_file {
        Some(path) => read_token_file(path).map(Some),
        None => crate::credentials::load(url),
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
        )
        .with_hint("write the token `lmsctl token create` printed into it"));
    }
    Ok(token)
}
