/*!
The status model, once: an enrollment's status on a day (assigned, in progress,
completed, expiring, expired, overdue), when it is due, the state of a certificate and
what to remind people of.

Each is a short table of rules in order, the first whose conditions all hold deciding.
The tables are read two ways: [`status`], [`due_on`], [`certificate_state`] and
[`reminder`] apply them in Rust, and [`sql()`] writes them as SQL (`CASE` expressions,
and the conditions that pick out one status) over the names a backend's queries give
the facts. A backend that decides statuses inside its queries (a report counts a
million enrollments without reading one out) so decides them by these rules, and the
tests compare what it reports with the Rust reading. A condition on a day that is not
known is false both ways, as SQL's NULL is in a `WHEN`.
*/

mod sql;

use chrono::NaiveDate;

use crate::model::{AsOf, Status};
use Cond::{Is, Known, StatusIn};
use Fact::{Done, Due, Expires};
use Op::{Before, OnOrBefore};

pub use sql::sql;

/// What an enrollment's status is decided from, as it stood on the day asked about.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Facts {
    /// The day of the completion that counts: the latest up to the day asked about.
    pub done_on: Option<NaiveDate>,
    /// The day that completion's certificate runs out (none: it does not).
    pub expires_on: Option<NaiveDate>,
    /// The day the course is due (none: it has no due date).
    pub due_on: Option<NaiveDate>,
    /// How far the user has come, in percent.
    pub progress: u8,
}

/// The state of a certificate on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CertificateState {
    Valid,
    Expiring,
    Expired,
    /// A later completion of the course has its own certificate.
    Superseded,
}

impl CertificateState {
    pub fn as_str(self) -> &'static str {
        match self {
            CertificateState::Valid => "valid",
            CertificateState::Expiring => "expiring",
            CertificateState::Expired => "expired",
            CertificateState::Superseded => "superseded",
        }
    }
}

/// Why someone is reminded of a course.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderReason {
    DueSoon,
    Overdue,
    Expiring,
    Expired,
}

impl ReminderReason {
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderReason::DueSoon => "due-soon",
            ReminderReason::Overdue => "overdue",
            ReminderReason::Expiring => "expiring",
            ReminderReason::Expired => "expired",
        }
    }
}

/// An enrollment's status. A certificate runs out at the start of its expiry day; a
/// course due today is not overdue yet; a completion settles the due date (until its
/// certificate runs out: then the course is due again, see [`DUE_AGAIN`]).
#[rustfmt::skip]
const STATUS: Table<Status> = Table {
    rules: &[
        (&[Known(Done), Is(Expires, OnOrBefore, Day::AsOf)], Status::Expired),
        (&[Known(Done), Is(Expires, OnOrBefore, Day::ExpiringUntil)], Status::Expiring),
        (&[Known(Done)], Status::Completed),
        (&[Is(Due, Before, Day::AsOf)], Status::Overdue),
        (&[Cond::Started(true)], Status::InProgress),
    ],
    otherwise: Status::Assigned,
};

/// The status in which an enrollment is due again, from the day its certificate ran
/// out (a recurring course).
const DUE_AGAIN: Status = Status::Expired;

/// The statuses compliance figures count as completed: a certificate running out
/// soon still proves the course.
const COMPLETED: StatusSet = StatusSet::of(&[Status::Completed, Status::Expiring]);

/// A certificate's state; only the latest completion's certificate is current.
#[rustfmt::skip]
const CERTIFICATE: Table<CertificateState> = Table {
    rules: &[
        (&[Cond::Superseded(true)], CertificateState::Superseded),
        (&[Is(Expires, OnOrBefore, Day::AsOf)], CertificateState::Expired),
        (&[Is(Expires, OnOrBefore, Day::ExpiringUntil)], CertificateState::Expiring),
    ],
    otherwise: CertificateState::Valid,
};

/// What to remind people of, from an enrollment's status and when it is due
/// ([`due_on`]); the expiring window is the reminder's look-ahead.
#[rustfmt::skip]
const REMINDER: Table<Option<ReminderReason>> = Table {
    rules: &[
        (&[StatusIn(StatusSet::of(&[Status::Overdue]))], Some(ReminderReason::Overdue)),
        (&[StatusIn(StatusSet::of(&[Status::Expired]))], Some(ReminderReason::Expired)),
        (&[StatusIn(StatusSet::of(&[Status::Expiring]))], Some(ReminderReason::Expiring)),
        (
            &[StatusIn(StatusSet::of(&[Status::Assigned, Status::InProgress])), Is(Due, OnOrBefore, Day::ExpiringUntil)],
            Some(ReminderReason::DueSoon),
        ),
    ],
    otherwise: None,
};

/// The last day on which a certificate running out counts as expiring, for statuses
/// on `as_of`.
pub fn expiring_until(as_of: AsOf) -> NaiveDate {
    as_of
        .date
        .checked_add_days(chrono::Days::new(u64::from(as_of.expiring_within_days)))
        .unwrap_or(NaiveDate::MAX)
}

/// The status of an enrollment with `facts` on `as_of`.
pub fn status(facts: &Facts, as_of: AsOf) -> Status {
    STATUS.decide(&Subject::of(facts), &Days::of(as_of))
}

/// When an enrollment with `facts` is due, seen on `as_of`: its due day, or once its
/// certificate ran out, the day it did.
pub fn due_on(facts: &Facts, as_of: AsOf) -> Option<NaiveDate> {
    if status(facts, as_of) == DUE_AGAIN {
        facts.expires_on
    } else {
        facts.due_on
    }
}

/// Whether compliance figures count an enrollment in `status` as completed.
pub fn counts_as_completed(status: Status) -> bool {
    COMPLETED.contains(status)
}

/// The state on `as_of` of a certificate running out on `expires_on`, `superseded`
/// or not by a later completion (up to `as_of`).
pub fn certificate_state(expires_on: Option<NaiveDate>, superseded: bool, as_of: AsOf) -> CertificateState {
    let subject = Subject {
        expires: expires_on,
        superseded,
        ..Subject::default()
    };
    CERTIFICATE.decide(&subject, &Days::of(as_of))
}

/// What to remind the user of an enrollment with `facts` of on `as_of`, looking
/// `as_of.expiring_within_days` ahead; `None`: nothing.
pub fn reminder(facts: &Facts, as_of: AsOf) -> Option<ReminderReason> {
    let subject = Subject {
        due: due_on(facts, as_of),
        status: Some(status(facts, as_of)),
        ..Subject::default()
    };
    REMINDER.decide(&subject, &Days::of(as_of))
}

/// Rules in order, and what holds when none does.
struct Table<T: 'static> {
    rules: &'static [(&'static [Cond], T)],
    otherwise: T,
}

impl<T: Copy> Table<T> {
    fn decide(&self, subject: &Subject, days: &Days) -> T {
        self.rules
            .iter()
            .find(|(when, _)| when.iter().all(|cond| cond.holds(subject, days)))
            .map_or(self.otherwise, |(_, then)| *then)
    }
}

/// A day an enrollment or a certificate may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fact {
    Done,
    Expires,
    Due,
}

/// The days facts are compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Day {
    /// The day asked about.
    AsOf,
    /// The last day on which a certificate running out counts as expiring.
    ExpiringUntil,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Op {
    Before,
    OnOrBefore,
    After,
    OnOrAfter,
}

impl Op {
    fn compare(self, fact: NaiveDate, day: NaiveDate) -> bool {
        match self {
            Op::Before => fact < day,
            Op::OnOrBefore => fact <= day,
            Op::After => fact > day,
            Op::OnOrAfter => fact >= day,
        }
    }

    /// The comparison that holds exactly when this one does not (of known days).
    fn negated(self) -> Op {
        match self {
            Op::Before => Op::OnOrAfter,
            Op::OnOrBefore => Op::After,
            Op::After => Op::OnOrBefore,
            Op::OnOrAfter => Op::Before,
        }
    }
}

/// A set of statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct StatusSet(u8);

impl StatusSet {
    const fn bit(status: Status) -> u8 {
        1 << status as u8
    }

    const fn of(statuses: &[Status]) -> StatusSet {
        let mut bits = 0;
        let mut i = 0;
        while i < statuses.len() {
            bits |= StatusSet::bit(statuses[i]);
            i += 1;
        }
        StatusSet(bits)
    }

    fn contains(self, status: Status) -> bool {
        self.0 & StatusSet::bit(status) != 0
    }

    fn complement(self) -> StatusSet {
        StatusSet(StatusSet::of(&Status::ALL).0 & !self.0)
    }

    fn members(self) -> impl Iterator<Item = Status> {
        Status::ALL.into_iter().filter(move |s| self.contains(*s))
    }
}

/// A condition of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cond {
    Known(Fact),
    Unknown(Fact),
    /// A comparison of a fact with a day; false when the fact is not known.
    Is(Fact, Op, Day),
    /// The user has made progress, or not.
    Started(bool),
    /// A later completion supersedes the certificate, or not.
    Superseded(bool),
    /// The enrollment's status is one of these.
    StatusIn(StatusSet),
}

impl Cond {
    fn holds(self, subject: &Subject, days: &Days) -> bool {
        match self {
            Cond::Known(fact) => subject.day(fact).is_some(),
            Cond::Unknown(fact) => subject.day(fact).is_none(),
            Cond::Is(fact, op, day) => subject
                .day(fact)
                .is_some_and(|known| op.compare(known, days.get(day))),
            Cond::Started(started) => (subject.progress > 0) == started,
            Cond::Superseded(superseded) => subject.superseded == superseded,
            Cond::StatusIn(set) => subject.status.is_some_and(|status| set.contains(status)),
        }
    }
}

/// What conditions are tested on: an enrollment's or a certificate's facts, and for
/// reminders the enrollment's status.
#[derive(Debug, Default)]
struct Subject {
    done: Option<NaiveDate>,
    expires: Option<NaiveDate>,
    due: Option<NaiveDate>,
    progress: u8,
    superseded: bool,
    status: Option<Status>,
}

impl Subject {
    fn of(facts: &Facts) -> Subject {
        Subject {
            done: facts.done_on,
            expires: facts.expires_on,
            due: facts.due_on,
            progress: facts.progress,
            ..Subject::default()
        }
    }

    fn day(&self, fact: Fact) -> Option<NaiveDate> {
        match fact {
            Fact::Done => self.done,
            Fact::Expires => self.expires,
            Fact::Due => self.due,
        }
    }
}

/// The days of [`Day`] for statuses on one day.
struct Days {
    as_of: NaiveDate,
    expiring_until: NaiveDate,
}

impl Days {
    fn of(as_of: AsOf) -> Days {
        Days {
            as_of: as_of.date,
            expiring_until: expiring_until(as_of),
        }
    }

    fn get(&self, day: Day) -> NaiveDate {
        match day {
            Day::AsOf => self.as_of,
            Day::ExpiringUntil => self.expiring_until,
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod conformance;
