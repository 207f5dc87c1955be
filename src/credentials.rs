/*!
Secrets in the OS keyring, for `lmsctl login` / `logout`: a server's API token under
its URL, a PostgreSQL store's password under its address (without the password).

On Linux two stores are tried: the desktop Secret Service over D-Bus, then the
kernel keyutils store (which needs a session keyring). A store only counts as usable
once a probe entry could be written, read and deleted (keyutils accepts look-ups in a
plain process but refuses writes). Machines without either (servers, cron, CI) get a
clear error naming what to use instead (`LMSCTL_TOKEN` and `--token-file`, or
`PGPASSWORD` and `~/.pgpass`).

`LMSCTL_KEYRING_FILE` selects keyring-core's sample store backed by that file instead:
for tests only (it keeps the secret in plain text).
*/

use std::collections::HashMap;
use std::sync::Arc;

use keyring_core::Entry;
use keyring_core::api::CredentialStore;

use crate::error::{Error, ErrorKind, Result};

const SERVICE: &str = "lmsctl";

/// What the keyring keeps for an address: a server's API token or a database's
/// password. It decides what the messages offer instead of the keyring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Secret {
    Token,
    Password,
}

impl Secret {
    pub fn noun(self) -> &'static str {
        match self {
            Secret::Token => "token",
            Secret::Password => "password",
        }
    }

    fn instead(self) -> &'static str {
        match self {
            Secret::Token => {
                "set LMSCTL_TOKEN, or put the token in a file only you can read and pass --token-file PATH (LMSCTL_TOKEN_FILE)"
            }
            Secret::Password => "give the password in PGPASSWORD or in ~/.pgpass (mode 0600) instead",
        }
    }
}

/// A store with a way to persist it (only the file-backed test store needs one).
struct Keyring {
    store: Arc<CredentialStore>,
    sample: Option<Arc<keyring_core::sample::Store>>,
}

impl Keyring {
    fn entry(&self, url: &str) -> Result<Entry> {
        self.store.build(SERVICE, url, None).map_err(|e| {
            Error::failure(format!("keyring: {e}")).with_hint("pass the secret another way than the keyring")
        })
    }

    fn persist(&self) -> Result<()> {
        match &self.sample {
            Some(sample) => sample.save().map_err(|e| {
                Error::failure(format!("keyring file: {e}"))
                    .with_hint("check that LMSCTL_KEYRING_FILE names a file you may write")
            }),
            None => Ok(()),
        }
    }
}

fn test_store() -> Option<Result<Keyring>> {
    let path = std::env::var("LMSCTL_KEYRING_FILE")
        .ok()
        .filter(|p| !p.is_empty())?;
    let config = HashMap::from([("backing-file", path.as_str())]);
    Some(
        keyring_core::sample::Store::new_with_configuration(&config)
            .map(|sample| Keyring {
                store: sample.clone(),
                sample: Some(sample),
            })
            .map_err(|e| {
                Error::new(ErrorKind::Config, format!("LMSCTL_KEYRING_FILE {path}: {e}"))
                    .with_hint("LMSCTL_KEYRING_FILE is for tests: unset it to use the OS keyring")
            }),
    )
}

/// The platform stores that exist here, in order of preference (not yet probed).
fn platform_stores() -> Vec<(&'static str, std::result::Result<Arc<CredentialStore>, String>)> {
    let mut stores: Vec<(&str, std::result::Result<Arc<CredentialStore>, String>)> = Vec::new();
    #[cfg(target_os = "linux")]
    {
        stores.push((
            "Secret Service",
            zbus_secret_service_keyring_store::Store::new()
                .map(|s| s as Arc<CredentialStore>)
                .map_err(|e| e.to_string()),
        ));
        stores.push((
            "kernel keyutils",
            linux_keyutils_keyring_store::Store::new()
                .map(|s| s as Arc<CredentialStore>)
                .map_err(|e| e.to_string()),
        ));
    }
    stores
}

/// A store that can really keep a secret here, for `login`.
fn writable(secret: Secret) -> Result<Keyring> {
    if let Some(store) = test_store() {
        return store;
    }
    let mut why = Vec::new();
    for (name, store) in platform_stores() {
        let probe = store.and_then(|store| {
            let entry = store
                .build(SERVICE, "__lmsctl_probe__", None)
                .map_err(|e| e.to_string())?;
            entry.set_password("probe").map_err(|e| e.to_string())?;
            entry.get_password().map_err(|e| e.to_string())?;
            entry.delete_credential().map_err(|e| e.to_string())?;
            Ok(store)
        });
        match probe {
            Ok(store) => return Ok(Keyring { store, sample: None }),
            Err(e) => why.push(format!("{name}: {e}")),
        }
    }
    Err(Error::new(
        ErrorKind::Config,
        format!(
            "no keyring on this machine to keep the {} in ({})",
            secret.noun(),
            why.join("; ")
        ),
    )
    .with_hint(secret.instead()))
}

/// Keeps the secret for `url`.
pub fn save(url: &str, secret: Secret, value: &str) -> Result<()> {
    let keyring = writable(secret)?;
    keyring.entry(url)?.set_password(value).map_err(|e| {
        Error::new(
            ErrorKind::Config,
            format!("the keyring refused the {}: {e}", secret.noun()),
        )
        .with_hint(secret.instead())
    })?;
    keyring.persist()
}

/// The secret kept for `url`, if any keyring here has one.
pub fn load(url: &str) -> Result<Option<String>> {
    let stores: Vec<Keyring> = match test_store() {
        Some(store) => vec![store?],
        None => platform_stores()
            .into_iter()
            .filter_map(|(_, store)| store.ok())
            .map(|store| Keyring { store, sample: None })
            .collect(),
    };
    for keyring in stores {
        if let Ok(token) = keyring
            .entry(url)
            .and_then(|entry| entry.get_password().map_err(|e| Error::failure(e.to_string())))
        {
            return Ok(Some(token));
        }
    }
    Ok(None)
}

/// Forgets the secret for `url`; false when there was none.
pub fn delete(url: &str, secret: Secret) -> Result<bool> {
    let keyring = writable(secret)?;
    match keyring.entry(url)?.delete_credential() {
        Ok(()) => keyring.persist().map(|()| true),
        Err(keyring_core::Error::NoEntry) => Ok(false),
        Err(e) => Err(
            Error::failure(format!("the keyring could not forget the {}: {e}", secret.noun()))
                .with_hint("remove the entry for this address with your keyring's own tool"),
        ),
    }
}
