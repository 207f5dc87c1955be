//! `lmsctl store copy`: a whole store into an empty one on another backend, then the
//! copy's audit trail verified, so the operator knows the move is complete before
//! switching `--store` over.

use serde::Serialize;

use super::{Lms, RULES, hints};
use crate::error::{Error, ErrorKind, Result};
use crate::model::AuditVerification;
use crate::store::copy::{self, CopiedTable, Progress};
use crate::store::{Location, Session};

/// What a copy did, and the copy's audit trail checked.
#[derive(Debug, Serialize)]
pub struct StoreCopy {
    pub from: String,
    pub to: String,
    pub tables: Vec<CopiedTable>,
    pub audit: AuditVerification,
}

impl StoreCopy {
    pub fn rows(&self) -> u64 {
        self.tables.iter().map(|t| t.rows).sum()
    }
}

/// Copies the store at `from` into the empty store at `to` (created if it is a file
/// that does not exist yet).
pub fn copy_store(
    from: &Location,
    to: &Location,
    session: &Session,
    progress: &mut dyn Progress,
) -> Result<StoreCopy> {
    if from == to {
        return Err(
            Error::usage(format!("the store cannot be copied onto itself: {from}"))
                .with_hint("name a new file or an empty database as the target"),
        );
    }
    if let Location::Sqlite(path) = from
        && !path.exists()
    {
        return Err(
            Error::new(ErrorKind::NoInput, format!("no store at {}", path.display()))
                .with_hint("check the path of the store to copy"),
        );
    }
    // A store file made for the copy goes again if the copy fails.
    let made = match to {
        Location::Sqlite(path) if !path.exists() => Some(path.clone()),
        _ => None,
    };
    let copied = copy_into(from, to, session, progress);
    if copied.is_err()
        && let Some(path) = made
    {
        for suffix in ["", "-wal", "-shm"] {
            let mut file = path.clone().into_os_string();
            file.push(suffix);
            let _ = std::fs::remove_file(file);
        }
    }
    let (tables, audit) = copied?;
    Ok(StoreCopy {
        from: from.to_string(),
        to: to.to_string(),
        tables,
        audit,
    })
}

fn copy_into(
    from: &Location,
    to: &Location,
    session: &Session,
    progress: &mut dyn Progress,
) -> Result<(Vec<CopiedTable>, AuditVerification)> {
    let source = copy::open(from, session, &RULES).map_err(hints::explain_store)?;
    let target = copy::open(to, session, &RULES).map_err(hints::explain_store)?;
    let copied = copy::copy(source.as_ref(), target.as_ref(), progress)?;
    let audit = Lms::new(target).verify_audit(None)?;
    if let Some(problem) = &audit.problem {
        return Err(Error::failure(format!(
            "the copy is complete, but its audit trail does not verify: {problem}"
        ))
        .with_hint(
            "run `lmsctl audit verify` on the source store: a trail broken there is copied as it is",
        ));
    }
    Ok((copied.tables, audit))
}
