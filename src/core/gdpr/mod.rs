/*!
Data protection: subject export and erasure, anonymisation, retention, the request
register and the suppression list.

The checks of what is asked (a request received in the future, a note's text, a
kind of suppression entry) are made here, before a backend is called; the export
document is written here ([`export`]) from what the backend read; and the backend's
refusals (a request of another kind or person, one already closed, a person already
erased) are worded here, with the command that helps.
*/

pub mod answers;
pub mod export;

use chrono::NaiveDate;

use super::fields::{self, limits};
use super::{Lms, hints};
use crate::error::{Error, Result};
use crate::model::value::iso_date;
use crate::model::*;

/// Where to look when a request does not fit the command.
const REQUEST_LIST: &str = "find the right request with `lmsctl gdpr request list`";

impl Lms {
    /// Everything held on a person, as [`export::document`] writes it out (with `xapi`,
    /// also their learning history). Records the export in the audit trail; with
    /// `request`, closes that request.
    pub fn export_subject(
        &self,
        tenant: &str,
        user: &UserSel,
        request: Option<i64>,
        xapi: bool,
    ) -> Result<SubjectData> {
        self.backend
            .export_subject(tenant, user, request, xapi)
            .map_err(|e| explain(e, tenant, request))
    }

    /// Erases a person: one transaction, then the WAL is checkpointed so no old page
    /// with their data stays in it.
    pub fn erase_subject(
        &self,
        tenant: &str,
        user: &UserSel,
        request: Option<i64>,
        dry_run: bool,
    ) -> Result<ErasureReceipt> {
        self.backend
            .erase_subject(tenant, user, request, dry_run)
            .map_err(|e| explain(e, tenant, request))
    }

    /// Erases the tenant's users with no activity since `since`.
    pub fn anonymize_inactive(
        &self,
        tenant: &str,
        since: NaiveDate,
        dry_run: bool,
    ) -> Result<AnonymizeReport> {
        self.backend
            .anonymize_inactive(tenant, since, dry_run)
            .map_err(|e| explain(e, tenant, None))
    }

    /// Applies every tenant's retention policy.
    pub fn run_retention(&self, dry_run: bool) -> Result<Vec<AnonymizeReport>> {
        self.backend.run_retention(dry_run)
    }

    /// Empties the write-ahead log after an erasure another process kept it from emptying.
    pub fn purge(&self) -> Result<()> {
        self.backend.purge()
    }

    /// Registers a request, due one month after it was received (not after today).
    pub fn open_request(&self, tenant: &str, request: &NewRequest) -> Result<SubjectRequest> {
        let today = self.today();
        if request.received_on > today {
            return Err(Error::invalid(format!(
                "--received {}: a request cannot be received in the future (today is {})",
                iso_date(request.received_on),
                iso_date(today)
            ))
            .with_hint("give the day the request came in (YYYY-MM-DD or DD.MM.YYYY), today or earlier"));
        }
        self.backend
            .open_request(tenant, request)
            .map_err(|e| explain(e, tenant, None))
    }

    /// Closes a request handled by hand (a rectification); of the note only its length
    /// is kept.
    pub fn close_request(&self, tenant: &str, id: i64, note: &str) -> Result<SubjectRequest> {
        let note = fields::optional_text("--note", note, limits::DESCRIPTION)?.unwrap_or_default();
        self.backend
            .close_request(tenant, id, &note)
            .map_err(|e| match e.about {
                Some("request.answered") if e.hint.is_none() => self.answered_by_its_command(tenant, id, e),
                _ => explain(e, tenant, Some(id)),
            })
    }

    pub fn request(&self, tenant: &str, id: i64, as_of: NaiveDate) -> Result<SubjectRequest> {
        self.backend
            .request(tenant, id, as_of)
            .map_err(|e| explain(e, tenant, Some(id)))
    }

    pub fn requests(
        &self,
        tenant: &str,
        overdue_only: bool,
        as_of: NaiveDate,
    ) -> Result<Vec<SubjectRequest>> {
        self.backend
            .requests(tenant, overdue_only, as_of)
            .map_err(|e| explain(e, tenant, None))
    }

    pub fn suppressions(&self, tenant: &str) -> Result<Vec<Suppression>> {
        self.backend
            .suppressions(tenant)
            .map_err(|e| explain(e, tenant, None))
    }

    /// Lifts the suppression of an erased person's external id or e-mail address
    /// (`kind` is `external_id` or `email`): they may be imported again.
    pub fn remove_suppression(&self, tenant: &str, kind: &str, value: &str) -> Result<u64> {
        let what = match kind {
            "email" => "e-mail address",
            "external_id" => "external id",
            other => {
                return Err(Error::invalid(format!(
                    "kind '{other}': the suppression list holds only email and external_id entries"
                ))
                .with_hint("give the kind email or external_id"));
            }
        };
        self.backend
            .remove_suppression(tenant, kind, value)
            .map_err(|e| match e.about {
                Some("suppression") => hints::add(
                    e,
                    format!("give exactly the {what} the person had when they were erased"),
                ),
                _ => explain(e, tenant, None),
            })
    }

    /// The refusal to close by hand an export or erasure request, which its command
    /// answers: `refusal` names the command (the request's kind read again to say which).
    fn answered_by_its_command(&self, tenant: &str, id: i64, refusal: Error) -> Error {
        let Ok(request) = self.backend.request(tenant, id, self.today()) else {
            return refusal;
        };
        let kind = request.kind.as_str();
        Error {
            message: format!(
                "{}: it is closed by `lmsctl gdpr {kind} --request {id}`",
                refusal.message
            ),
            ..refusal
        }
        .with_hint(format!("answer it with `lmsctl gdpr {kind} USER --request {id}`"))
    }
}

/// `err` with what to do next, for the refusals of this area; `request` is the request
/// the command names, if any.
fn explain(err: Error, tenant: &str, request: Option<i64>) -> Error {
    if err.hint.is_some() {
        return err;
    }
    let hint = match (err.about, request) {
        (Some("request.kind" | "request.user"), _) => REQUEST_LIST.to_owned(),
        (Some("request.closed"), Some(id)) => {
            format!("see how it was answered with `lmsctl gdpr request show {id}`")
        }
        (Some("user.erased"), _) => {
            "the receipt is in the audit trail: `lmsctl audit list --action gdpr.erase`".to_owned()
        }
        _ => return hints::explain(err, tenant),
    };
    err.with_hint(hint)
}
