//! Users of a tenant: unique e-mail addresses and external ids, changes, suspension, and
//! their consents to the privacy notice.

use lmsctl::ErrorKind;
use lmsctl::model::*;

use super::{Store, acme, day, failure, new_tenant, person, sel};

stories! { postgres: add_find_update_suspend consents_are_recorded_and_withdrawn }

fn add_find_update_suspend(s: &mut Store) {
    let [anna, _, _] = acme(s);
    assert_eq!(
        (anna.tenant.as_str(), anna.status, anna.roles.as_slice()),
        ("acme", UserStatus::Active, ["learner".to_owned()].as_slice())
    );
    assert_eq!(s.user_ids("acme", None), ["P1", "P2", "P3"]);
    // Lookups by id, e-mail (ignoring case) and external id find the same person.
    for text in [
        format!("id:{}", anna.id),
        "ANNA.Schmidt@acme.TEST".to_owned(),
        "P1".to_owned(),
    ] {
        assert_eq!(s.user("acme", &sel(&text)).unwrap().id, anna.id, "{text}");
    }

    // A taken e-mail address (in any case) or external id is refused and changes nothing.
    let events = s.audit_count();
    let twin = person("P9", "Anna.SCHMIDT@Acme.test", "Anna Zwilling", "IT", "Berlin");
    let err = failure(s.add_user("acme", &twin), ErrorKind::InvalidData);
    assert!(err.message.contains("already has the e-mail address"), "{err:?}");
    let same_id = person("P3", "neu@acme.test", "Neu Person", "IT", "Berlin");
    let err = failure(s.add_user("acme", &same_id), ErrorKind::InvalidData);
    assert!(err.message.contains("external id 'P3'"), "{err:?}");
    assert_eq!(s.user_ids("acme", None), ["P1", "P2", "P3"]);
    assert_eq!(s.audit_count(), events);
    // The same address in another tenant is someone else.
    s.create_tenant(&new_tenant("other", None)).unwrap();
    s.add_user("other", &twin).unwrap();

    // Updates: a field changes, "" clears one, a taken e-mail is refused.
    let patch = UserPatch {
        department: Some("Marketing".to_owned()),
        location: Some(String::new()),
        ..UserPatch::default()
    };
    let changed = s.update_user("acme", &sel("P1"), &patch).unwrap();
    assert_eq!(
        (changed.department.as_deref(), changed.location.as_deref()),
        (Some("Marketing"), None)
    );
    let taken = UserPatch {
        email: Some("LI.WEI@acme.test".to_owned()),
        ..UserPatch::default()
    };
    failure(s.update_user("acme", &sel("P1"), &taken), ErrorKind::InvalidData);
    let shown = s.user("acme", &sel("P1")).unwrap();
    assert_eq!(
        (shown.email.as_str(), shown.department.as_deref()),
        ("anna.schmidt@acme.test", Some("Marketing"))
    );

    // Suspended users keep their data and leave the active list until reactivated.
    let suspended = s
        .set_user_status("acme", &sel("P2"), UserStatus::Suspended)
        .unwrap();
    assert_eq!(suspended.status, UserStatus::Suspended);
    assert_eq!(s.user_ids("acme", Some(UserStatus::Active)), ["P1", "P3"]);
    assert_eq!(s.user_ids("acme", Some(UserStatus::Suspended)), ["P2"]);
    let back = s.set_user_status("acme", &sel("P2"), UserStatus::Active).unwrap();
    assert_eq!(
        (back.status, back.email.as_str()),
        (UserStatus::Active, "jürgen.müller@acme.test")
    );
    assert_eq!(s.user_ids("acme", Some(UserStatus::Active)), ["P1", "P2", "P3"]);

    failure(s.user("acme", &sel("nobody@acme.test")), ErrorKind::NotFound);
    failure(s.user("nope", &sel("P1")), ErrorKind::NotFound);
}

fn consents_are_recorded_and_withdrawn(s: &mut Store) {
    acme(s);
    let accepted = s
        .record_consent("acme", &sel("P1"), "2026-v1", day("2026-03-01"))
        .unwrap();
    assert_eq!(
        (
            accepted.notice.as_str(),
            accepted.accepted_on,
            accepted.withdrawn_on
        ),
        ("2026-v1", day("2026-03-01"), None)
    );
    s.record_consent("acme", &sel("P2"), "2026-v1", day("2026-03-02"))
        .unwrap();
    let missing = |s: &Store| -> Vec<String> {
        s.users_without_consent("acme", "2026-v1")
            .unwrap()
            .into_iter()
            .map(|u| u.external_id.unwrap_or_default())
            .collect()
    };
    assert_eq!(missing(s), ["P3"]);
    let withdrawn = s
        .withdraw_consent("acme", &sel("P2"), "2026-v1", day("2026-03-10"))
        .unwrap();
    assert_eq!(withdrawn.withdrawn_on, Some(day("2026-03-10")));
    assert_eq!(missing(s), ["P2", "P3"]);
}
