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
        Some("course") => format!("list the courses of '{tenant}' with `lmsctl course list`"),
        Some("group") => format!("list the groups of '{tenant}' with `lmsctl group list`"),
        Some("certificate") => "list certificates with `lmsctl certificate list`".to_owned(),
        Some("request") => "list requests with `lmsctl gdpr request list`".to_owned(),
        _ => return err,
    };
    err.with_hint(hint)
}
