//! Enrollments: idempotent assignments, due dates per user, and the statuses they give.

use chrono::NaiveDate;
use lmsctl::ErrorKind;
use lmsctl::model::*;

use super::{Store, TODAY, acme, as_of, course, day, failure, person, sel};

stories! { postgres: assignments_and_due_dates }

fn assignments_and_due_dates(s: &mut Store) {
    acme(s);
    s.create_course("acme", &course("SAFE", true, None, false))
        .unwrap();
    s.create_course("acme", &course("ONB", true, None, false))
        .unwrap();
    for (user, start) in [("P1", "2026-03-01"), ("P2", "2026-03-10")] {
        let patch = UserPatch {
            start_date: Some(Some(day(start))),
            ..UserPatch::default()
        };
        s.update_user("acme", &sel(user), &patch).unwrap();
    }

    // Assigning the same course to the same user again changes only the due date.
    let to_anna = |due| NewAssignment {
        course: "SAFE".to_owned(),
        target: AssignTarget::User(sel("P1")),
        due,
    };
    let first = s.assign("acme", &to_anna(Due::On(day("2026-04-30")))).unwrap();
    assert_eq!(first.users, 1);
    assert!(first.target.starts_with("user:"), "{first:?}");
    assert_eq!(
        s.status("acme", "P1", "SAFE", TODAY),
        Some((Status::Assigned, Some(day("2026-04-30"))))
    );
    let again = s.assign("acme", &to_anna(Due::AfterAssign(30))).unwrap();
    assert_eq!(
        (again.id, again.due, again.users),
        (first.id, Due::AfterAssign(30), 1)
    );
    assert_eq!(
        s.status("acme", "P1", "SAFE", TODAY),
        Some((Status::Assigned, Some(day("2026-04-14"))))
    );
    let all = s
        .enrollments("acme", &EnrollmentQuery::default(), as_of(TODAY))
        .unwrap();
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].assigned_on, day(TODAY));

    // Due 14 days after each user's start date, for everyone, later users included.
    let onboarding = NewAssignment {
        course: "ONB".to_owned(),
        target: AssignTarget::AllUsers,
        due: Due::AfterStart(14),
    };
    assert_eq!(s.assign("acme", &onboarding).unwrap().users, 3);
    assert_eq!(
        s.status("acme", "P1", "ONB", TODAY),
        Some((Status::Assigned, Some(day("2026-03-15"))))
    );
    assert_eq!(
        s.status("acme", "P2", "ONB", TODAY),
        Some((Status::Assigned, Some(day("2026-03-24"))))
    );
    // Due on the due day, overdue the day after.
    assert_eq!(
        s.status("acme", "P1", "ONB", "2026-03-16").map(|s| s.0),
        Some(Status::Overdue)
    );
    s.on("2026-03-20");
    let late = NewUser {
        start_date: Some(day("2026-04-01")),
        ..person("P4", "neu@acme.test", "Neu Person", "IT", "Köln")
    };
    s.add_user("acme", &late).unwrap();
    let newcomer = s
        .enrollments(
            "acme",
            &EnrollmentQuery {
                user: Some(sel("P4")),
                ..EnrollmentQuery::default()
            },
            as_of("2026-03-20"),
        )
        .unwrap();
    let seen: Vec<(&str, NaiveDate, Option<NaiveDate>)> = newcomer
        .iter()
        .map(|e| (e.course.as_str(), e.assigned_on, e.due_on))
        .collect();
    assert_eq!(seen, [("ONB", day("2026-03-20"), Some(day("2026-04-15")))]);

    // Progress makes it in progress until the due date passes.
    s.set_progress("acme", "ONB", &sel("P2"), 50).unwrap();
    assert_eq!(
        s.status("acme", "P2", "ONB", "2026-03-20").map(|s| s.0),
        Some(Status::InProgress)
    );
    assert_eq!(
        s.status("acme", "P2", "ONB", "2026-03-25").map(|s| s.0),
        Some(Status::Overdue)
    );

    // Unassigned, the course leaves the user's list.
    s.unassign("acme", "SAFE", &AssignTarget::User(sel("P1")))
        .unwrap();
    assert_eq!(s.status("acme", "P1", "SAFE", "2026-03-20"), None);
    failure(
        s.assign(
            "acme",
            &NewAssignment {
                course: "NOPE".to_owned(),
                target: AssignTarget::AllUsers,
                due: Due::None,
            },
        ),
        ErrorKind::NotFound,
    );
}
