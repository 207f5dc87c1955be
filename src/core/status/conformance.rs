//! The status part of the store conformance suite: a real store, reached through
//! [`Lms`], reports for every enrollment and certificate what the status model gives
//! the same facts in Rust: in `assign list` (with and without a status filter), the
//! compliance figures (from the tallies and from the enrollments), the overdue and
//! expiring lists, reminders and certificates, on every day next to a boundary.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use chrono::{Days, NaiveDate};

use super::*;
use crate::core::Lms;
use crate::model::value::Period;
use crate::model::{
    AssignTarget, CertificateQuery, ComplianceBy, ComplianceQuery, Due, EnrollmentQuery, NewAssignment,
    NewCompletion, NewCourse, NewGroup, NewTenant, NewUser, UserSel,
};
use crate::store::{Location, Session};

const TENANT: &str = "acme";

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// The day most boundaries are set around.
fn pivot() -> NaiveDate {
    day("2026-03-15")
}

fn shift(date: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        date + Days::new(days.unsigned_abs())
    } else {
        date - Days::new(days.unsigned_abs())
    }
}

/// A course of the store: code, mandatory, certificate validity in months.
const COURSES: [(&str, bool, Option<u32>); 3] = [
    ("REC", true, Some(12)),
    ("ONCE", true, None),
    ("OPT", false, Some(12)),
];

/// One user's enrollment in one course, as the store is given it.
struct Case {
    user: &'static str,
    course: &'static str,
    due: Option<NaiveDate>,
    progress: u8,
    completions: Vec<NaiveDate>,
}

/// Enrollments around every boundary of the pivot day (and of the 30-day window after
/// it): due today and the day before, progress with and without a missed due day,
/// certificates running out the day before, on and after the pivot and at both edges
/// of the window, and completions after the pivot (alone, and renewing one that was
/// running out).
fn cases() -> Vec<Case> {
    let d = pivot();
    let at = |days| shift(d, days);
    // Completed a year before the day it runs out.
    let expiring_on = |days| {
        shift(d, days)
            .checked_sub_months(chrono::Months::new(12))
            .unwrap()
    };
    let case = |user, course, due: Option<NaiveDate>, progress, completions: Vec<NaiveDate>| Case {
        user,
        course,
        due,
        progress,
        completions,
    };
    vec![
        case("u01", "ONCE", None, 0, vec![]),
        case("u02", "ONCE", Some(at(0)), 0, vec![]),
        case("u03", "ONCE", Some(at(-1)), 0, vec![]),
        case("u04", "ONCE", Some(at(10)), 50, vec![]),
        case("u05", "ONCE", Some(at(-1)), 50, vec![]),
        case("u06", "ONCE", Some(at(-1)), 0, vec![at(-30)]),
        case("u07", "REC", Some(at(-200)), 0, vec![expiring_on(0)]),
        case("u08", "REC", Some(at(-200)), 0, vec![expiring_on(1)]),
        case("u09", "REC", Some(at(-200)), 0, vec![expiring_on(30)]),
        case("u10", "REC", Some(at(-200)), 0, vec![expiring_on(31)]),
        case("u11", "REC", Some(at(-200)), 0, vec![expiring_on(-1)]),
        case("u12", "REC", Some(at(-1)), 0, vec![expiring_on(3), at(5)]),
        case("u13", "REC", Some(at(2)), 0, vec![at(5)]),
        case("u14", "REC", Some(at(20)), 0, vec![]),
        case("u15", "OPT", Some(at(-5)), 0, vec![]),
        case("u16", "OPT", None, 0, vec![expiring_on(10)]),
        case("u03", "REC", Some(at(30)), 20, vec![]),
        case("u07", "ONCE", Some(at(-3)), 0, vec![at(-3)]),
    ]
}

/// The day everything is assigned on, before every day asked about.
fn assigned_on() -> NaiveDate {
    day("2024-01-01")
}

fn valid_months(course: &str) -> Option<u32> {
    COURSES
        .iter()
        .find(|(code, ..)| *code == course)
        .and_then(|(_, _, months)| *months)
}

fn mandatory(course: &str) -> bool {
    COURSES
        .iter()
        .any(|(code, mandatory, _)| *code == course && *mandatory)
}

impl Case {
    /// The facts of the enrollment as the store has them on `on`: its latest
    /// completion by then, and its progress as recorded now (progress is not kept by
    /// day; a completion makes it 100).
    fn facts(&self, on: NaiveDate) -> Facts {
        let done_on = self.completions.iter().copied().filter(|c| *c <= on).max();
        Facts {
            done_on,
            expires_on: done_on
                .zip(valid_months(self.course))
                .map(|(done, months)| Period::Months(months).after(done)),
            due_on: self.due,
            progress: if self.completions.is_empty() {
                self.progress
            } else {
                100
            },
        }
    }
}

/// A store holding [`cases`], assigned on [`assigned_on`] and completed on their
/// days.
fn store(dir: &std::path::Path) -> Lms {
    let session = Session {
        actor: "conformance".to_owned(),
        busy_timeout: std::time::Duration::from_secs(5),
        today: Some(assigned_on()),
        token: None,
        ca_cert: None,
        quiet: true,
    };
    let mut lms = Lms::open(&Location::Sqlite(dir.join("lms.db")), &session).unwrap();
    lms.create_tenant(&NewTenant {
        slug: TENANT.to_owned(),
        name: "Acme".to_owned(),
        parent: None,
        domain: None,
        brand_color: None,
    })
    .unwrap();
    for (code, mandatory, months) in COURSES {
        lms.create_course(
            TENANT,
            &NewCourse {
                code: code.to_owned(),
                title: format!("Course {code}"),
                description: None,
                mandatory,
                valid_for: months.map(Period::Months),
                shared: false,
            },
        )
        .unwrap();
    }
    let cases = cases();
    let users: BTreeSet<&str> = cases.iter().map(|c| c.user).collect();
    for user in &users {
        lms.add_user(
            TENANT,
            &NewUser {
                external_id: Some((*user).to_owned()),
                email: format!("{user}@acme.example"),
                first_name: "First".to_owned(),
                last_name: (*user).to_owned(),
                department: None,
                location: None,
                manager: None,
                start_date: None,
                locale: None,
                roles: vec![],
            },
        )
        .unwrap();
    }
    lms.create_group(
        TENANT,
        &NewGroup {
            name: "everyone".to_owned(),
            description: None,
            rule: None,
        },
    )
    .unwrap();
    let everyone: Vec<UserSel> = users
        .iter()
        .map(|user| UserSel::ExternalId((*user).to_owned()))
        .collect();
    lms.change_members(TENANT, "everyone", &everyone, true).unwrap();
    for case in &cases {
        let user = UserSel::ExternalId(case.user.to_owned());
        lms.assign(
            TENANT,
            &NewAssignment {
                course: case.course.to_owned(),
                target: AssignTarget::User(user.clone()),
                due: case.due.map_or(Due::None, Due::On),
            },
        )
        .unwrap();
        if case.progress > 0 {
            lms.set_progress(TENANT, case.course, &user, case.progress)
                .unwrap();
        }
    }
    let latest = cases.iter().flat_map(|c| c.completions.iter()).max().copied();
    lms.act_as("conformance".to_owned(), latest);
    for case in &cases {
        for date in &case.completions {
            lms.complete(
                TENANT,
                &NewCompletion {
                    course: case.course.to_owned(),
                    user: UserSel::ExternalId(case.user.to_owned()),
                    date: *date,
                    score: None,
                },
            )
            .unwrap();
        }
    }
    lms
}

/// The days to ask about: each day a fact falls on, and the days a window of
/// `within` days reaches it from, with the days before and after.
fn days_to_ask(within: u32) -> BTreeSet<NaiveDate> {
    let mut facts: BTreeSet<NaiveDate> = BTreeSet::new();
    for case in cases() {
        facts.extend(case.due);
        for completion in &case.completions {
            facts.insert(*completion);
            facts.extend(case.facts(*completion).expires_on);
        }
    }
    let mut days = BTreeSet::new();
    for fact in facts {
        for from in [fact, shift(fact, -i64::from(within))] {
            days.extend([shift(from, -1), from, shift(from, 1)]);
        }
    }
    days.retain(|d| *d >= assigned_on());
    days
}

type Key = (String, String);

fn key(user: &str, course: &str) -> Key {
    (user.to_owned(), course.to_owned())
}

#[test]
fn a_sqlite_store_reports_the_statuses_the_model_decides() {
    let dir = tempfile::tempdir().unwrap();
    let lms = store(dir.path());
    let cases = cases();
    let mut seen: HashSet<Status> = HashSet::new();
    let mut tallied_days = 0;
    for within in [0, 30] {
        for on in days_to_ask(within) {
            let as_of = AsOf {
                date: on,
                expiring_within_days: within,
            };
            let facts: BTreeMap<Key, (&Case, Facts)> = cases
                .iter()
                .map(|c| (key(c.user, c.course), (c, c.facts(on))))
                .collect();
            let expected: BTreeMap<Key, Status> = facts
                .iter()
                .map(|(k, (_, f))| (k.clone(), status(f, as_of)))
                .collect();
            seen.extend(expected.values());
            let context = format!("as of {on}, expiring within {within} days");

            // assign list: status, due day and the facts it was decided from.
            let listed = lms
                .enrollments(TENANT, &EnrollmentQuery::default(), as_of)
                .unwrap();
            assert_eq!(listed.len(), cases.len(), "{context}");
            for row in &listed {
                let k = key(row.external_id.as_deref().unwrap(), &row.course);
                let (_, f) = facts[&k];
                assert_eq!(row.status, expected[&k], "{k:?} {context}: {f:?}");
                assert_eq!(row.due_on, due_on(&f, as_of), "{k:?} {context}");
                assert_eq!(
                    (row.completed_on, row.expires_on, row.progress),
                    (f.done_on, f.expires_on, f.progress),
                    "{k:?} {context}"
                );
            }
            // ... filtered by each status.
            for each in Status::ALL {
                let query = EnrollmentQuery {
                    status: Some(each),
                    ..EnrollmentQuery::default()
                };
                let got: BTreeSet<Key> = lms
                    .enrollments(TENANT, &query, as_of)
                    .unwrap()
                    .iter()
                    .map(|r| key(r.external_id.as_deref().unwrap(), &r.course))
                    .collect();
                let want: BTreeSet<Key> = expected
                    .iter()
                    .filter(|(_, s)| **s == each)
                    .map(|(k, _)| k.clone())
                    .collect();
                assert_eq!(got, want, "--status {each} {context}");
            }

            // Compliance figures: per course (the tenants' tally once the day is on or
            // after everything it counts, the enrollments before), per group (the
            // groups' tally) and per department of one group (always the enrollments).
            let figures = |statuses: &mut dyn Iterator<Item = Status>| {
                let mut f = [0u64; 6];
                for s in statuses {
                    f[0] += 1;
                    f[1] += u64::from(counts_as_completed(s));
                    f[2] += u64::from(s == Status::InProgress);
                    f[3] += u64::from(s == Status::Overdue);
                    f[4] += u64::from(s == Status::Expired);
                    f[5] += u64::from(s == Status::Expiring);
                }
                f
            };
            let reported = |by: ComplianceBy, group: Option<&str>| -> BTreeMap<String, [u64; 6]> {
                let query = ComplianceQuery {
                    by,
                    group: group.map(str::to_owned),
                    ..ComplianceQuery::default()
                };
                lms.report_compliance(TENANT, &query, as_of)
                    .unwrap()
                    .into_iter()
                    .map(|r| {
                        let counts = [
                            r.assigned,
                            r.completed,
                            r.in_progress,
                            r.overdue,
                            r.expired,
                            r.expiring,
                        ];
                        (r.key, counts)
                    })
                    .collect()
            };
            let by_course: BTreeMap<String, [u64; 6]> = COURSES
                .iter()
                .map(|(code, ..)| {
                    let mut of_course = expected.iter().filter(|((_, c), _)| c == code).map(|(_, s)| *s);
                    ((*code).to_owned(), figures(&mut of_course))
                })
                .collect();
            let all = figures(&mut expected.values().copied());
            assert_eq!(reported(ComplianceBy::Course, None), by_course, "{context}");
            assert_eq!(
                reported(ComplianceBy::Course, Some("everyone")),
                by_course,
                "{context}"
            );
            assert_eq!(
                reported(ComplianceBy::Group, None),
                BTreeMap::from([("everyone".to_owned(), all)]),
                "{context}"
            );
            assert_eq!(
                reported(ComplianceBy::Department, Some("everyone")),
                BTreeMap::from([("(none)".to_owned(), all)]),
                "{context}"
            );
            let latest = cases.iter().flat_map(|c| c.completions.iter()).max().copied();
            if latest.is_some_and(|latest| on >= latest) {
                tallied_days += 1;
            }

            // report overdue: the mandatory courses overdue, with their due day.
            let mut overdue = BTreeMap::new();
            lms.report_overdue(TENANT, false, as_of, &mut |row| {
                overdue.insert(key(row.external_id.as_deref().unwrap(), &row.course), row.due_on);
                Ok(())
            })
            .unwrap();
            let want: BTreeMap<Key, NaiveDate> = facts
                .iter()
                .filter(|(k, _)| expected[*k] == Status::Overdue && mandatory(&k.1))
                .map(|(k, (_, f))| (k.clone(), f.due_on.unwrap()))
                .collect();
            assert_eq!(overdue, want, "report overdue {context}");

            // report expiring: the certificates expiring within the window.
            let mut expiring = BTreeMap::new();
            lms.report_expiring(TENANT, false, within, as_of, &mut |row| {
                expiring.insert(
                    key(row.external_id.as_deref().unwrap(), &row.course),
                    row.expires_on,
                );
                Ok(())
            })
            .unwrap();
            let want: BTreeMap<Key, NaiveDate> = facts
                .iter()
                .filter(|(k, _)| expected[*k] == Status::Expiring)
                .map(|(k, (_, f))| (k.clone(), f.expires_on.unwrap()))
                .collect();
            assert_eq!(expiring, want, "report expiring {context}");

            // remind: the reason for each enrollment there is one for.
            let reminded: BTreeMap<Key, String> = lms
                .reminders(TENANT, within, as_of)
                .unwrap()
                .into_iter()
                .map(|r| (key(r.external_id.as_deref().unwrap(), &r.course), r.reason))
                .collect();
            let want: BTreeMap<Key, String> = facts
                .iter()
                .filter_map(|(k, (_, f))| Some((k.clone(), reminder(f, as_of)?.as_str().to_owned())))
                .collect();
            assert_eq!(reminded, want, "remind {context}");

            // certificate list: the state of every certificate issued by then.
            let states: BTreeMap<(Key, NaiveDate), String> = lms
                .certificates(TENANT, &CertificateQuery::default(), as_of)
                .unwrap()
                .into_iter()
                .map(|c| {
                    (
                        (key(c.external_id.as_deref().unwrap(), &c.course), c.completed_on),
                        c.state,
                    )
                })
                .collect();
            let want: BTreeMap<(Key, NaiveDate), String> = cases
                .iter()
                .flat_map(|c| {
                    c.completions.iter().filter(|d| **d <= on).map(move |done| {
                        let expires = c.facts(*done).expires_on;
                        let superseded = c.completions.iter().any(|later| later > done && *later <= on);
                        let state = certificate_state(expires, superseded, as_of);
                        ((key(c.user, c.course), *done), state.as_str().to_owned())
                    })
                })
                .collect();
            assert_eq!(states, want, "certificate list {context}");
        }
    }
    // The days reached every status, and both ways of counting compliance figures.
    assert_eq!(seen, Status::ALL.into_iter().collect(), "statuses reached");
    assert!(tallied_days > 0);
    assert!(tallied_days < days_to_ask(0).len() + days_to_ask(30).len());
}
