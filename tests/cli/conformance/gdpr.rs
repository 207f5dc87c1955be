//! GDPR: the subject export, erasure without a trace in the user list, and the
//! suppression list that keeps an erased person from coming back.

use lmsctl::ErrorKind;
use lmsctl::core::gdpr::export::document;
use lmsctl::model::*;

use super::{Store, course, day, failure, new_tenant, person, sel};

stories! { postgres: export_erase_and_suppress }

fn export_erase_and_suppress(s: &mut Store) {
    s.create_tenant(&new_tenant("acme", None)).unwrap();
    let erika = person(
        "HR-4711",
        "erika.mustermann@acme.test",
        "Erika Mustermann",
        "Einkauf",
        "Bremen",
    );
    let erika_id = s.add_user("acme", &erika).unwrap().id;
    let report = NewUser {
        manager: Some(sel("HR-4711")),
        ..person("HR-0815", "max.meier@acme.test", "Max Meier", "Einkauf", "Bremen")
    };
    s.add_user("acme", &report).unwrap();
    s.create_course("acme", &course("SAFE", true, Some("12m"), false))
        .unwrap();
    s.assign(
        "acme",
        &NewAssignment {
            course: "SAFE".to_owned(),
            target: AssignTarget::AllUsers,
            due: Due::On(day("2026-06-30")),
        },
    )
    .unwrap();
    s.complete(
        "acme",
        &NewCompletion {
            course: "SAFE".to_owned(),
            user: sel("HR-4711"),
            date: day("2026-03-01"),
            score: Some(91.0),
        },
    )
    .unwrap();
    s.record_consent("acme", &sel("HR-4711"), "2026-v1", day("2026-03-01"))
        .unwrap();

    // The export holds the person and what refers to them.
    let export = document(s.export_subject("acme", &sel("HR-4711"), None, false).unwrap());
    assert_eq!(export["subject"]["email"], "erika.mustermann@acme.test");
    assert_eq!(export["subject"]["last_name"], "Mustermann");
    assert_eq!(export["tables"]["completion"][0]["score"], 91.0);
    assert_eq!(export["tables"]["consent"][0]["notice"], "2026-v1");
    assert_eq!(export["tables"]["enrollment"].as_array().map(Vec::len), Some(1));
    let xapi = document(s.export_subject("acme", &sel("HR-4711"), None, true).unwrap());
    assert!(xapi.to_string().contains("completed"), "{xapi}");

    // A dry run erases nothing.
    let listed = || serde_json::to_string(&s.users("acme", &UserQuery::default()).unwrap()).unwrap();
    let preview = s.erase_subject("acme", &sel("HR-4711"), None, true).unwrap();
    assert!(preview.dry_run);
    assert_eq!(s.user("acme", &sel("HR-4711")).unwrap().last_name, "Mustermann");
    assert!(listed().contains("erika.mustermann@acme.test"));

    let receipt = s.erase_subject("acme", &sel("HR-4711"), None, false).unwrap();
    assert_eq!((receipt.user_id, receipt.tombstone.len()), (erika_id, 32));
    assert_eq!(receipt.erased.get("consent"), Some(&1));
    // No trace of her in the user list or the lookups; her report lost only the manager.
    for lookup in ["HR-4711", "erika.mustermann@acme.test"] {
        failure(s.user("acme", &sel(lookup)), ErrorKind::NotFound);
    }
    let listed = listed();
    for trace in ["Erika", "Mustermann", "HR-4711", "erika.mustermann"] {
        assert!(!listed.contains(trace), "'{trace}' is left in {listed}");
    }
    assert_eq!(s.user_ids("acme", Some(UserStatus::Erased)).len(), 1);
    assert_eq!(s.user("acme", &sel("HR-0815")).unwrap().manager_id, None);
    failure(
        s.erase_subject("acme", &sel(&format!("id:{erika_id}")), None, false),
        ErrorKind::Refused,
    );

    // The suppression list keeps her from coming back, without holding her data.
    let suppressions = s.suppressions("acme").unwrap();
    let mut kinds: Vec<&str> = suppressions.iter().map(|x| x.kind.as_str()).collect();
    kinds.sort();
    assert_eq!(kinds, ["email", "external_id"]);
    assert!(!serde_json::to_string(&suppressions).unwrap().contains("erika"));
    let err = failure(s.add_user("acme", &erika), ErrorKind::InvalidData);
    assert!(err.message.contains("suppression list"), "{err:?}");
    let same_person = NewUser {
        email: "e.mustermann@acme.test".to_owned(),
        ..erika.clone()
    };
    failure(s.add_user("acme", &same_person), ErrorKind::InvalidData);
    // Lifted, she may be added again.
    assert_eq!(
        s.remove_suppression("acme", "email", "Erika.Mustermann@acme.test")
            .unwrap(),
        1
    );
    assert_eq!(s.remove_suppression("acme", "external_id", "HR-4711").unwrap(), 1);
    assert_eq!(s.add_user("acme", &erika).unwrap().status, UserStatus::Active);
    assert!(s.verify_audit(None).unwrap().ok);
}
