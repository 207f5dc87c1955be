/*!
The domain, once: the rules every interface shares. The command line and the server
are two doors into the same [`Lms`]; a rule written here guards both, on every
backend.

[`Lms`] offers each use case as one method. It checks and normalises what it is
given, hands the backend ([`crate::store::Backend`]) what to persist, and explains
what the backend reports. The areas are the same as the command line's and the
backends': [`tenants`], [`users`] (with their consents), [`groups`], [`courses`],
[`enrollments`], [`completions`], [`import`], [`gdpr`], [`reports`], [`tokens`],
[`audit`]; [`fields`] holds what a text value may be, [`status`] what an enrollment's
status is.
*/

pub mod audit;
pub mod completions;
pub mod copy;
pub mod courses;
pub mod enrollments;
pub mod fields;
pub mod gdpr;
pub mod groups;
pub mod hints;
pub mod import;
pub mod reports;
mod rules;
pub mod status;
pub mod tenants;
pub mod tokens;
pub mod users;

use chrono::NaiveDate;

use crate::error::Result;
use crate::store::{Backend, Location, Session};

pub use rules::RULES;

/// A store as lmsctl's users see it: the use cases, with the domain's rules, over a
/// backend that persists them.
pub struct Lms {
    backend: Box<dyn Backend>,
    /// The day changes are made on (`None`: the system clock), for the rules that
    /// look at it (no completion in the future).
    today: Option<NaiveDate>,
}

impl Lms {
    /// The store at `location`, opened (and migrated) for `session`.
    pub fn open(location: &Location, session: &Session) -> Result<Lms> {
        let mut lms = Lms::new(crate::store::open(location, session, &RULES).map_err(hints::explain_store)?);
        lms.today = session.today;
        Ok(lms)
    }

    pub fn new(backend: Box<dyn Backend>) -> Lms {
        Lms { backend, today: None }
    }

    /// Who the audit trail names for the changes that follow, and the day they are
    /// made on (`None`: the system clock).
    pub fn act_as(&mut self, actor: String, today: Option<NaiveDate>) {
        self.today = today;
        self.backend.act_as(actor, today);
    }

    /// The day "today" is for the changes that follow.
    pub fn today(&self) -> NaiveDate {
        self.today.unwrap_or_else(|| chrono::Local::now().date_naive())
    }
}
