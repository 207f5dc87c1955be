//! The status model's two readings agree: the SQL [`sql()`] writes, run by SQLite,
//! decides every combination of facts around the days that matter as the Rust tables
//! do; and the conditions the reports filter by read as their indexes need.

use chrono::{Days, NaiveDate};
use rusqlite::Connection;

use super::sql::Names;
use super::*;
use crate::store::rules::StatusNames;

/// Names as SQLite's queries give them: enrollment `e`, certificate `c`.
const STORE: StatusNames<'static> = StatusNames {
    done_on: "e.done_on",
    expires_on: "e.expires_on",
    due_on: "e.due_on",
    progress: "e.progress",
    certificate_expires_on: "c.expires_on",
    superseded: "c.superseded",
    status: "status",
    status_due_on: "due_on",
    as_of: ":as_of",
    expiring_until: ":expiring_until",
};

/// Names over one table `f` of facts, with the computed status and due day beside them.
const GRID: StatusNames<'static> = StatusNames {
    done_on: "done_on",
    expires_on: "expires_on",
    due_on: "due_on",
    progress: "progress",
    certificate_expires_on: "expires_on",
    superseded: "superseded",
    status: "status",
    status_due_on: "status_due_on",
    as_of: ":as_of",
    expiring_until: ":expiring_until",
};

const STATES: [CertificateState; 4] = [
    CertificateState::Valid,
    CertificateState::Expiring,
    CertificateState::Expired,
    CertificateState::Superseded,
];

const REASONS: [ReminderReason; 4] = [
    ReminderReason::DueSoon,
    ReminderReason::Overdue,
    ReminderReason::Expiring,
    ReminderReason::Expired,
];

/// Every reminder, and none.
fn reasons() -> impl Iterator<Item = Option<ReminderReason>> {
    REASONS.into_iter().map(Some).chain([None])
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn as_of(within: u32) -> AsOf {
    AsOf {
        date: day("2026-03-15"),
        expiring_within_days: within,
    }
}

/// The days around those a status turns on: the day asked about and the last day of
/// the expiring window, each with the days before and after; and none.
fn days_around(as_of: AsOf) -> Vec<Option<NaiveDate>> {
    let until = expiring_until(as_of);
    let mut days = vec![None];
    for pivot in [as_of.date, until] {
        for near in [pivot.pred_opt(), Some(pivot), pivot.succ_opt()] {
            if !days.contains(&near) {
                days.push(near);
            }
        }
    }
    days
}

/// Every combination of facts around `as_of`, with whether a later completion
/// supersedes the certificate.
fn grid(as_of: AsOf) -> Vec<(Facts, bool)> {
    let days = days_around(as_of);
    let mut grid = Vec::new();
    for done_on in [None, as_of.date.checked_sub_days(Days::new(100))] {
        for &expires_on in &days {
            for &due_on in &days {
                for progress in [0, 40] {
                    for superseded in [false, true] {
                        let facts = Facts {
                            done_on,
                            expires_on,
                            due_on,
                            progress,
                        };
                        grid.push((facts, superseded));
                    }
                }
            }
        }
    }
    grid
}

/// What SQLite makes of the compiled SQL for one row of facts.
#[derive(Debug, PartialEq)]
struct Decided {
    status: String,
    due_on: Option<NaiveDate>,
    overdue: bool,
    expiring: bool,
    completed: bool,
    certificate: String,
    reminder: Option<String>,
    /// The condition of each status ([`Status::ALL`]), certificate state
    /// ([`STATES`]) and reminder ([`REASONS`], then none), in that order.
    conditions: Vec<bool>,
}

fn decided_by_sqlite(grid: &[(Facts, bool)], as_of: AsOf) -> Vec<Decided> {
    let sql = sql(&GRID);
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(
        "CREATE TABLE f (id INTEGER PRIMARY KEY, done_on TEXT, expires_on TEXT, due_on TEXT,
                         progress INTEGER NOT NULL, superseded INTEGER NOT NULL)",
    )
    .unwrap();
    for (id, (facts, superseded)) in grid.iter().enumerate() {
        conn.execute(
            "INSERT INTO f VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            rusqlite::params![
                id,
                facts.done_on,
                facts.expires_on,
                facts.due_on,
                facts.progress,
                superseded
            ],
        )
        .unwrap();
    }
    let enrollment = Names::enrollment(&GRID);
    let certificate = Names::certificate(&GRID);
    let computed = Names::computed(&GRID);
    let conditions: Vec<String> = Status::ALL
        .iter()
        .map(|status| STATUS.condition(*status, &enrollment))
        .chain(
            STATES
                .iter()
                .map(|state| CERTIFICATE.condition(*state, &certificate)),
        )
        .chain(reasons().map(|reason| REMINDER.condition(reason, &computed)))
        .map(|condition| format!("coalesce(({condition}), 0)"))
        .collect();
    let query = format!(
        "SELECT status, status_due_on, coalesce(({overdue}), 0), coalesce(({expiring}), 0), {completed},
                {certificate}, {reminder}, {conditions}
         FROM (SELECT *, {status} AS status, {due_on} AS status_due_on FROM f) ORDER BY id",
        overdue = sql.overdue,
        expiring = sql.expiring,
        completed = sql.completed,
        certificate = sql.certificate,
        reminder = sql.reminder,
        conditions = conditions.join(", "),
        status = sql.status,
        due_on = sql.due_on,
    );
    let until = expiring_until(as_of);
    let mut stmt = conn.prepare(&query).unwrap();
    stmt.query_map(
        rusqlite::named_params! { ":as_of": as_of.date, ":expiring_until": until },
        |r| {
            Ok(Decided {
                status: r.get(0)?,
                due_on: r.get(1)?,
                overdue: r.get(2)?,
                expiring: r.get(3)?,
                completed: r.get(4)?,
                certificate: r.get(5)?,
                reminder: r.get(6)?,
                conditions: (0..Status::ALL.len() + STATES.len() + REASONS.len() + 1)
                    .map(|i| r.get(7 + i))
                    .collect::<rusqlite::Result<_>>()?,
            })
        },
    )
    .unwrap()
    .collect::<rusqlite::Result<_>>()
    .unwrap()
}

fn decided_in_rust(facts: &Facts, superseded: bool, as_of: AsOf) -> Decided {
    let status = status(facts, as_of);
    let state = certificate_state(facts.expires_on, superseded, as_of);
    let reason = reminder(facts, as_of);
    Decided {
        status: status.as_str().to_owned(),
        due_on: due_on(facts, as_of),
        overdue: status == Status::Overdue,
        expiring: status == Status::Expiring,
        completed: counts_as_completed(status),
        certificate: state.as_str().to_owned(),
        reminder: reason.map(|reason| reason.as_str().to_owned()),
        conditions: Status::ALL
            .iter()
            .map(|each| *each == status)
            .chain(STATES.iter().map(|each| *each == state))
            .chain(reasons().map(|each| each == reason))
            .collect(),
    }
}

#[test]
fn sqlite_decides_every_combination_of_facts_as_the_rust_tables_do() {
    for within in [0, 1, 30] {
        let as_of = as_of(within);
        let grid = grid(as_of);
        let by_sqlite = decided_by_sqlite(&grid, as_of);
        assert_eq!(by_sqlite.len(), grid.len());
        for ((facts, superseded), sqlite) in grid.iter().zip(&by_sqlite) {
            assert_eq!(
                *sqlite,
                decided_in_rust(facts, *superseded, as_of),
                "{facts:?}, superseded: {superseded}, within {within} days"
            );
        }
    }
}

#[test]
fn the_grid_reaches_every_status_state_and_reminder() {
    let as_of = as_of(30);
    let grid = grid(as_of);
    for each in Status::ALL {
        assert!(grid.iter().any(|(f, _)| status(f, as_of) == each), "{each}");
    }
    for state in STATES {
        let reached = grid
            .iter()
            .any(|(f, s)| certificate_state(f.expires_on, *s, as_of) == state);
        assert!(reached, "{state:?}");
    }
    for reason in reasons() {
        let reached = grid.iter().any(|(f, _)| reminder(f, as_of) == reason);
        assert!(reached, "{reason:?}");
    }
}

#[test]
fn boundaries_fall_on_the_days_people_expect() {
    let as_of = as_of(30);
    let on = |expires: &str| Facts {
        done_on: Some(day("2025-01-10")),
        expires_on: Some(day(expires)),
        ..Facts::default()
    };
    // A certificate runs out at the start of its expiry day.
    assert_eq!(status(&on("2026-03-15"), as_of), Status::Expired);
    assert_eq!(status(&on("2026-03-16"), as_of), Status::Expiring);
    // The window's last day still counts as expiring.
    assert_eq!(status(&on("2026-04-14"), as_of), Status::Expiring);
    assert_eq!(status(&on("2026-04-15"), as_of), Status::Completed);
    // Once expired, the course is due from the day it ran out.
    assert_eq!(due_on(&on("2026-03-15"), as_of), Some(day("2026-03-15")));
    let due = |due: &str, progress| Facts {
        due_on: Some(day(due)),
        progress,
        ..Facts::default()
    };
    // Due today is not overdue yet; overdue outranks progress.
    assert_eq!(status(&due("2026-03-15", 0), as_of), Status::Assigned);
    assert_eq!(status(&due("2026-03-14", 40), as_of), Status::Overdue);
    assert_eq!(status(&due("2026-03-15", 40), as_of), Status::InProgress);
    assert_eq!(
        reminder(&due("2026-04-14", 0), as_of),
        Some(ReminderReason::DueSoon)
    );
    assert_eq!(reminder(&due("2026-04-15", 0), as_of), None);
    // No expiring window: a certificate is valid to its last day.
    assert_eq!(status(&on("2026-03-16"), self::as_of(0)), Status::Completed);
}

#[test]
fn the_report_filters_read_as_their_indexes_need() {
    // `report overdue` and `report expiring` read partial indexes (`... WHERE done_on IS
    // NULL` and `... WHERE done_on IS NOT NULL`); SQLite uses one only when the query
    // says so in these words, and ranges over the indexed day.
    let sql = sql(&STORE);
    assert_eq!(sql.overdue, "e.done_on IS NULL AND e.due_on < :as_of");
    assert_eq!(
        sql.expiring,
        "e.done_on IS NOT NULL AND e.expires_on > :as_of AND e.expires_on <= :expiring_until"
    );
    assert_eq!(
        sql.due_on,
        "CASE WHEN e.done_on IS NOT NULL AND e.expires_on <= :as_of THEN e.expires_on ELSE e.due_on END"
    );
    // A row tests whether it is done once.
    assert_eq!(
        sql.status,
        "CASE WHEN e.done_on IS NOT NULL THEN CASE WHEN e.expires_on <= :as_of THEN 'expired' \
         WHEN e.expires_on <= :expiring_until THEN 'expiring' ELSE 'completed' END \
         WHEN e.due_on < :as_of THEN 'overdue' WHEN e.progress > 0 THEN 'in-progress' ELSE 'assigned' END"
    );
    assert_eq!(sql.completed, "status IN ('completed', 'expiring')");
    assert_eq!(
        sql.reminder,
        "CASE WHEN status = 'overdue' THEN 'overdue' WHEN status = 'expired' THEN 'expired' \
         WHEN status = 'expiring' THEN 'expiring' \
         WHEN status IN ('assigned', 'in-progress') AND due_on <= :expiring_until THEN 'due-soon' END"
    );
    assert_eq!(
        sql.certificate,
        "CASE WHEN c.superseded THEN 'superseded' WHEN c.expires_on <= :as_of THEN 'expired' \
         WHEN c.expires_on <= :expiring_until THEN 'expiring' ELSE 'valid' END"
    );
}

#[test]
fn every_status_is_decided_by_one_rule_of_its_own() {
    // Each status's condition is its rule's, not a comparison of the whole CASE.
    let names = Names::enrollment(&STORE);
    for each in Status::ALL {
        let condition = STATUS.condition(each, &names);
        assert!(!condition.contains("CASE"), "{each}: {condition}");
    }
    assert_eq!(
        STATUS.condition(Status::Assigned, &names),
        "e.done_on IS NULL AND (e.due_on IS NULL OR e.due_on >= :as_of) AND e.progress <= 0"
    );
}

#[test]
fn a_status_asks_no_more_than_the_report_tallies_keep() {
    // `enrollment_tally` and `group_tally` (migrations 0005 and 0008) count enrollments
    // by due day and whether started only while not done, by expiry only once done,
    // and by whether done, not the day (`TALLIED` in the store's reports puts another
    // day in its place): the status of what they keep is the status of the enrollment.
    let other_day = day("2020-02-02");
    for within in [0, 30] {
        let as_of = as_of(within);
        for (facts, _) in grid(as_of) {
            let tallied = if facts.done_on.is_some() {
                Facts {
                    done_on: Some(other_day),
                    expires_on: facts.expires_on,
                    due_on: None,
                    progress: 0,
                }
            } else {
                Facts {
                    done_on: None,
                    expires_on: None,
                    due_on: facts.due_on,
                    progress: facts.progress.min(1),
                }
            };
            assert_eq!(status(&tallied, as_of), status(&facts, as_of), "{facts:?}");
        }
    }
}

#[test]
fn an_outcome_of_several_rules_holds_where_one_of_them_does() {
    const TWICE: Table<Option<ReminderReason>> = Table {
        rules: &[
            (&[Known(Done)], Some(ReminderReason::Expired)),
            (&[Is(Due, Before, Day::AsOf)], Some(ReminderReason::Expired)),
        ],
        otherwise: None,
    };
    let names = Names::enrollment(&STORE);
    assert_eq!(
        TWICE.condition(Some(ReminderReason::Expired), &names),
        "((e.done_on IS NOT NULL) OR (e.done_on IS NULL AND e.due_on < :as_of))"
    );
    assert_eq!(
        TWICE.condition(None, &names),
        "e.done_on IS NULL AND (e.due_on IS NULL OR e.due_on >= :as_of)"
    );
    assert_eq!(TWICE.condition(Some(ReminderReason::DueSoon), &names), "FALSE");
}
