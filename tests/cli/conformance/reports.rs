//! Reports: compliance figures on a store small enough to count by hand.

use lmsctl::model::*;

use super::{Store, acme, as_of, course, day, person, sel};
use crate::postgres_reports::figures;

stories! { postgres: compliance_figures_of_a_small_store }

fn compliance_figures_of_a_small_store(s: &mut Store) {
    // Four people with one mandatory 12-month course, due 2026-03-31: Anna completes
    // on 2026-03-10, Jürgen is half way, Li and Eva have not started.
    acme(s);
    s.add_user("acme", &person("P4", "eva@acme.test", "Eva Engel", "IT", "Köln"))
        .unwrap();
    s.create_course("acme", &course("ARB", true, Some("12m"), false))
        .unwrap();
    s.assign(
        "acme",
        &NewAssignment {
            course: "ARB".to_owned(),
            target: AssignTarget::AllUsers,
            due: Due::On(day("2026-03-31")),
        },
    )
    .unwrap();
    s.complete(
        "acme",
        &NewCompletion {
            course: "ARB".to_owned(),
            user: sel("P1"),
            date: day("2026-03-10"),
            score: None,
        },
    )
    .unwrap();
    s.set_progress("acme", "ARB", &sel("P2"), 50).unwrap();

    let compliance = |by, date| {
        let query = ComplianceQuery {
            by,
            ..ComplianceQuery::default()
        };
        let mut rows = s.report_compliance("acme", &query, as_of(date)).unwrap();
        rows.sort_by(|a, b| a.key.cmp(&b.key));
        rows
    };
    // After the due day the three others are overdue; Anna's certificate runs out on
    // 2027-03-10: expiring within 30 days of that, expired after it.
    for (date, counts, rate) in [
        ("2026-03-20", [4, 1, 1, 0, 0, 0], 25.0),
        ("2026-04-01", [4, 1, 0, 3, 0, 0], 25.0),
        ("2027-02-20", [4, 1, 0, 3, 0, 1], 25.0),
        ("2027-03-11", [4, 0, 0, 3, 1, 0], 0.0),
    ] {
        assert_eq!(
            compliance(ComplianceBy::Course, date),
            [figures("ARB", counts, rate)],
            "{date}"
        );
    }
    // By department: IT (Li, Eva) and Vertrieb (Anna, Jürgen).
    assert_eq!(
        compliance(ComplianceBy::Department, "2026-03-20"),
        [
            figures("IT", [2, 0, 0, 0, 0, 0], 0.0),
            figures("Vertrieb", [2, 1, 1, 0, 0, 0], 50.0)
        ]
    );

    // The overdue report names the three, each one day late on 2026-04-01.
    let mut overdue = Vec::new();
    s.report_overdue("acme", false, as_of("2026-04-01"), &mut |row| {
        overdue.push((row.external_id.unwrap_or_default(), row.days_overdue));
        Ok(())
    })
    .unwrap();
    overdue.sort();
    assert_eq!(
        overdue,
        [("P2".to_owned(), 1), ("P3".to_owned(), 1), ("P4".to_owned(), 1)]
    );
}
