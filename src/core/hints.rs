/*!
What to do next, for the errors a backend reports: backends say what failed (and
mark what it is about, [`crate::Error::about`]); the core adds the hint, naming the
command that helps. One table, so every backend's errors read alike.
*/

use crate::error::Error;

/// `err` with the hint for what it is about, unless it has one already.
pub fn explain(err: Error, tenant: &str) -> Error {
    if err.hint.is_some() {
        return err;
    }
    let hint = match err.about {
        Some("tenant") => "list the tenants with `lmsctl tenant list`".to_owned(),
        Some("user") => {
            "select users by id:N, e-mail or external id; find them with `lmsctl user list --search TEXT`"
                .to_owned()
        }
        Some("course") => format!("list the courses of '{tenant}' with `lmsctl course list`"),
        Some("group") => format!("list the groups of '{tenant}' with `lmsctl group list`"),
        Some("course.archived") => {
            "assign a current course (`lmsctl course list`), or create a new one".to_owned()
        }
        Some("assignment of course") => {
            "list what is assigned with `lmsctl assign list --course CODE`".to_owned()
        }
        Some("certificate") => "list certificates with `lmsctl certificate list`".to_owned(),
        Some("request") => "list requests with `lmsctl gdpr request list`".to_owned(),
        Some("token") => "list the tokens with `lmsctl token list`".to_owned(),
        Some("token.invalid") => "log in again with a valid token: lmsctl login URL".to_owned(),
        Some("report.too-wide") => {
            "narrow the report with --tenant, or run it without --include-children".to_owned()
        }
        Some("store.purge") => "run `lmsctl gdpr purge` when the other process has finished".to_owned(),
        Some("store.location") => "pass --store with a path in a directory you may write to".to_owned(),
        Some("store.file") => "check that --store names an lmsctl store file you may write to".to_owned(),
        Some("store.busy") => {
            "retry when it has finished, or wait longer with --busy-timeout SECONDS".to_owned()
        }
        Some("store.damaged") => {
            "check that --store names an lmsctl store; restore a damaged one from a backup".to_owned()
        }
        _ => return err,
    };
    err.with_hint(hint)
}

/// `err` with `hint`, unless it has one already (as an error coming back from a remote
/// store's server does).
pub fn add(err: Error, hint: impl Into<String>) -> Error {
    if err.hint.is_some() {
        return err;
    }
    err.with_hint(hint)
}

/// [`explain`] for an error outside any one tenant.
pub fn explain_store(err: Error) -> Error {
    explain(err, "")
}
