//! Courses: a parent's shared catalogue, live in every child tenant, and archiving.

use lmsctl::ErrorKind;
use lmsctl::model::*;

use super::{Store, as_of, course, day, failure, new_tenant, person, sel};

stories! { postgres: shared_catalogue_and_archive }

fn shared_catalogue_and_archive(s: &mut Store) {
    s.create_tenant(&new_tenant("akademie", None)).unwrap();
    for child in ["kunde-a", "kunde-b"] {
        s.create_tenant(&new_tenant(child, Some("akademie"))).unwrap();
    }
    let shared = s
        .create_course("akademie", &course("ARB", true, Some("12m"), true))
        .unwrap();
    assert_eq!(
        (
            shared.tenant.as_str(),
            shared.shared,
            shared.inherited,
            shared.valid_for.map(|p| p.to_string())
        ),
        ("akademie", true, false, Some("12m".to_owned()))
    );
    s.create_course("akademie", &course("INTERN", false, None, false))
        .unwrap();
    failure(
        s.create_course("akademie", &course("arb", false, None, false)),
        ErrorKind::InvalidData,
    );

    // Both children see the shared course, owned by the academy; not the internal one.
    for child in ["kunde-a", "kunde-b"] {
        let list = s.courses(child, false).unwrap();
        let seen: Vec<(&str, &str, bool)> = list
            .iter()
            .map(|c| (c.code.as_str(), c.tenant.as_str(), c.inherited))
            .collect();
        assert_eq!(seen, [("ARB", "akademie", true)], "{child}");
        failure(s.course(child, "INTERN"), ErrorKind::NotFound);
    }

    // A change in the academy shows at once in the children; a child cannot make one.
    let retitle = CoursePatch {
        title: Some("Arbeitsschutz 2027".to_owned()),
        ..CoursePatch::default()
    };
    s.update_course("akademie", "ARB", &retitle).unwrap();
    assert_eq!(s.course("kunde-a", "ARB").unwrap().title, "Arbeitsschutz 2027");
    let mine = CoursePatch {
        title: Some("Unser Kurs".to_owned()),
        ..CoursePatch::default()
    };
    let err = failure(s.update_course("kunde-a", "ARB", &mine), ErrorKind::Refused);
    assert!(err.message.contains("belongs to tenant 'akademie'"), "{err:?}");
    failure(s.archive_course("kunde-a", "ARB"), ErrorKind::Refused);
    assert_eq!(s.course("kunde-b", "ARB").unwrap().title, "Arbeitsschutz 2027");

    // The figures of the shared course count each child's own users only.
    s.add_user(
        "kunde-a",
        &person("A1", "a1@kunde-a.test", "Ada Lang", "IT", "Köln"),
    )
    .unwrap();
    s.add_user(
        "kunde-a",
        &person("A2", "a2@kunde-a.test", "Ben Kurz", "IT", "Köln"),
    )
    .unwrap();
    s.add_user(
        "kunde-b",
        &person("B1", "b1@kunde-b.test", "Cem Alt", "IT", "Bonn"),
    )
    .unwrap();
    for child in ["kunde-a", "kunde-b"] {
        let all = NewAssignment {
            course: "ARB".to_owned(),
            target: AssignTarget::AllUsers,
            due: Due::On(day("2026-03-01")),
        };
        s.assign(child, &all).unwrap();
    }
    let completion = NewCompletion {
        course: "ARB".to_owned(),
        user: sel("A1"),
        date: day("2026-02-01"),
        score: Some(70.0),
    };
    s.complete("kunde-a", &completion).unwrap();
    let stats = s.course_stats("kunde-a", "ARB", as_of("2026-04-01")).unwrap();
    assert_eq!(
        (
            stats.enrolled,
            stats.completed,
            stats.overdue,
            stats.completion_rate
        ),
        (2, 1, 1, 50.0)
    );
    assert_eq!(
        (stats.completions, stats.average_score, stats.last_completed_on),
        (1, Some(70.0), Some(day("2026-02-01")))
    );
    let other = s.course_stats("kunde-b", "ARB", as_of("2026-04-01")).unwrap();
    assert_eq!(
        (
            other.enrolled,
            other.overdue,
            other.completions,
            other.completion_rate
        ),
        (1, 1, 0, 0.0)
    );
    failure(
        s.course_stats("kunde-a", "INTERN", as_of("2026-04-01")),
        ErrorKind::NotFound,
    );

    // A child's own course; archived, it leaves the catalogue and cannot be assigned.
    s.create_course("kunde-a", &course("ALT", false, None, false))
        .unwrap();
    let archived = s.archive_course("kunde-a", "ALT").unwrap();
    assert!(archived.archived);
    let codes = |archived| -> Vec<String> {
        s.courses("kunde-a", archived)
            .unwrap()
            .into_iter()
            .map(|c| c.code)
            .collect()
    };
    assert_eq!(codes(false), ["ARB"]);
    assert_eq!(codes(true), ["ALT", "ARB"]);
    let assignment = NewAssignment {
        course: "ALT".to_owned(),
        target: AssignTarget::AllUsers,
        due: Due::None,
    };
    let err = failure(s.assign("kunde-a", &assignment), ErrorKind::Refused);
    assert!(err.message.contains("course 'ALT' is archived"), "{err:?}");
    assert_eq!(
        s.courses("kunde-b", true).unwrap().len(),
        1,
        "kunde-b sees no course of kunde-a"
    );
}
