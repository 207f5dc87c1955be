//! The HR import through the library: create, update, suspend by sync (within its
//! guard), and a dry run that changes nothing.

use lmsctl::ErrorKind;
use lmsctl::model::*;

use super::{Store, failure, new_tenant, sel};

stories! { postgres: create_update_sync_and_dry_run }

fn create_update_sync_and_dry_run(s: &mut Store) {
    s.create_tenant(&new_tenant("acme", None)).unwrap();
    let header = "Personalnummer;Vorname;Nachname;E-Mail;Abteilung\n";
    let first = s.file(
        "hr-1.csv",
        &format!(
            "{header}H1;Hanna;Huber;hanna.huber@acme.test;Vertrieb\nH2;Ida;Imhof;ida.imhof@acme.test;IT\n"
        ),
    );
    let created = s
        .import(&first, ImportMode::Upsert, SuspendLimit::Percent(10.0), false)
        .unwrap();
    assert_eq!(
        (
            created.report.rows,
            created.report.created,
            created.report.applied
        ),
        (2, 2, true)
    );
    assert_eq!(s.user("acme", &sel("H2")).unwrap().email, "ida.imhof@acme.test");

    // The next export: H1 moved, H2 left, H3 joined.
    let second = s.file(
        "hr-2.csv",
        &format!(
            "{header}H1;Hanna;Huber;hanna.huber@acme.test;Marketing\nH3;Jan;Jung;jan.jung@acme.test;IT\n"
        ),
    );
    let counts = |r: &ImportReport| (r.created, r.updated, r.unchanged, r.suspended, r.applied);

    // A dry run says what would change and changes nothing.
    let users_before = s.users("acme", &UserQuery::default()).unwrap();
    let events = s.audit_count();
    let preview = s
        .import(&second, ImportMode::Sync, SuspendLimit::Percent(50.0), true)
        .unwrap();
    assert_eq!(counts(&preview.report), (1, 1, 0, 1, false));
    assert!(!preview.samples.is_empty(), "a dry run shows its first changes");
    assert_eq!(s.users("acme", &UserQuery::default()).unwrap(), users_before);
    assert_eq!(s.audit_count(), events);

    // Sync refuses to suspend more than allowed, and changes nothing then either.
    failure(
        s.import(&second, ImportMode::Sync, SuspendLimit::Count(0), false),
        ErrorKind::InvalidData,
    );
    assert_eq!(s.users("acme", &UserQuery::default()).unwrap(), users_before);

    let synced = s
        .import(&second, ImportMode::Sync, SuspendLimit::Percent(50.0), false)
        .unwrap();
    assert_eq!(counts(&synced.report), (1, 1, 0, 1, true));
    assert_eq!(s.user_ids("acme", Some(UserStatus::Active)), ["H1", "H3"]);
    assert_eq!(s.user_ids("acme", Some(UserStatus::Suspended)), ["H2"]);
    assert_eq!(
        s.user("acme", &sel("H1")).unwrap().department.as_deref(),
        Some("Marketing")
    );

    // The same export again changes nothing.
    let again = s
        .import(&second, ImportMode::Sync, SuspendLimit::Percent(50.0), false)
        .unwrap();
    assert_eq!(counts(&again.report), (0, 0, 2, 0, true));
}
