//! Completions: certificates, their expiry, and renewal.

use lmsctl::ErrorKind;
use lmsctl::model::*;

use super::{Store, TODAY, acme, as_of, course, day, failure, sel};

stories! { postgres: certificates_expire_and_renew }

fn certificates_expire_and_renew(s: &mut Store) {
    acme(s);
    s.create_course("acme", &course("ARB", true, Some("12m"), false))
        .unwrap();
    s.create_course("acme", &course("ONCE", false, None, false))
        .unwrap();
    let assignment = NewAssignment {
        course: "ARB".to_owned(),
        target: AssignTarget::User(sel("P1")),
        due: Due::On(day("2026-03-31")),
    };
    s.assign("acme", &assignment).unwrap();

    let done = |course: &str, user: &str, date: &str, score| NewCompletion {
        course: course.to_owned(),
        user: sel(user),
        date: day(date),
        score,
    };
    let first = s
        .complete("acme", &done("ARB", "P1", "2026-02-10", Some(88.0)))
        .unwrap();
    assert!(first.serial.starts_with("LMS-2026-"), "{first:?}");
    assert_eq!(
        (
            first.completed_on,
            first.expires_on,
            first.score,
            first.state.as_str()
        ),
        (day("2026-02-10"), Some(day("2027-02-10")), Some(88.0), "valid")
    );
    assert_eq!(s.certificate("acme", &first.serial, as_of(TODAY)).unwrap(), first);
    // A course without a validity issues a certificate that never expires.
    let once = s.complete("acme", &done("ONCE", "P2", TODAY, None)).unwrap();
    assert_eq!(once.expires_on, None);
    assert_ne!(once.serial, first.serial);
    // Not in the future.
    failure(
        s.complete("acme", &done("ONCE", "P3", "2026-04-01", None)),
        ErrorKind::InvalidData,
    );

    // Completed; within 30 days of the expiry expiring; after it expired, due on that day.
    assert_eq!(
        s.status("acme", "P1", "ARB", "2026-05-01"),
        Some((Status::Completed, Some(day("2026-03-31"))))
    );
    assert_eq!(
        s.status("acme", "P1", "ARB", "2027-01-15").map(|s| s.0),
        Some(Status::Expiring)
    );
    assert_eq!(
        s.status("acme", "P1", "ARB", "2027-02-11"),
        Some((Status::Expired, Some(day("2027-02-10"))))
    );
    assert_eq!(
        s.certificate("acme", &first.serial, as_of("2027-02-11"))
            .unwrap()
            .state,
        "expired"
    );

    // Completing again renews it and supersedes the first certificate.
    s.on("2027-02-20");
    let second = s
        .complete("acme", &done("ARB", "P1", "2027-02-20", None))
        .unwrap();
    assert_eq!(second.expires_on, Some(day("2028-02-20")));
    assert_eq!(
        s.status("acme", "P1", "ARB", "2027-02-21").map(|s| s.0),
        Some(Status::Completed)
    );
    let query = CertificateQuery {
        course: Some("ARB".to_owned()),
        user: Some(sel("P1")),
        limit: 0,
    };
    let mut states: Vec<(String, String)> = s
        .certificates("acme", &query, as_of("2027-02-21"))
        .unwrap()
        .into_iter()
        .map(|c| (c.serial, c.state))
        .collect();
    states.sort();
    let mut expected = vec![
        (first.serial, "superseded".to_owned()),
        (second.serial, "valid".to_owned()),
    ];
    expected.sort();
    assert_eq!(states, expected);
}
