/*!
The domain, once: the rules every interface shares. The command line and the server
are two doors into the same [`Lms`]; a rule written here guards both, on every
backend.

[`Lms`] offers each use case as one method. It checks and normalises what it is
given, hands the backend ([`crate::store::Backend`]) what to persist, and explains
what the backend reports. The areas are the same as the command line's and the
backends': [`tenants`], [`users`] (with their consents), [`groups`], [`courses`],
[`enrollments`], [`completions`], [`import`], [`gdpr`], [`reports`], [`tokens`],
[`audit`]; [`fields`] holds what a text value may be.
*/

pub mod audit;
pub mod completions;
pub mod courses;
pub mod enrollments;
pub mod fields;
pub mod gdpr;
pub mod groups;
pub mod hints;
pub mod import;
pub mod reports;
mod rules;
pub mod tenants;
pub mod tokens;
pub mod users;

use chrono::NaiveDate;

use crate::error::Result;
use crate::model::Grant;
use crate::store::{Backend, Location, Session};

pub use rules::RULES;

/// A store as lmsctl's users see it: the use cases, with the domain's rules, over a
/// backend that persists them.
pub struct Lms {
    backend: Box<dyn Backend>,
    /// The day the use cases are for (`None`: the system clock), as the backend has it.
    today: Option<NaiveDate>,
}

impl Lms {
    /// The store at `location`, opened (and migrated) for `session`.
    pub fn open(location: &Location, session: &Session) -> Result<Lms> {
        let mut lms = Lms::new(crate::store::open(location, session, &RULES)?);
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

    /// The day "today" is for the checks of the use cases (the same as the backend's).
    pub fn today(&self) -> NaiveDate {
        self.today.unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// What a token's secret grants today (refused when unknown, expired or revoked).
    pub fn authenticate(&self, secret: &str) -> Result<Grant> {
        self.backend.authenticate(secret)
    }
}
