//! Groups: static members, and rule groups that follow their members' attributes.

use lmsctl::ErrorKind;
use lmsctl::model::*;

use super::{Store, acme, failure, person, sel};

stories! { postgres: static_and_rule_members }

fn static_and_rule_members(s: &mut Store) {
    acme(s);
    // Static members, added and removed by selector.
    let group = NewGroup {
        name: "ersthelfer".to_owned(),
        ..NewGroup::default()
    };
    assert_eq!(s.create_group("acme", &group).unwrap().members, 0);
    failure(s.create_group("acme", &group), ErrorKind::InvalidData);
    let added = s
        .change_members("acme", "ersthelfer", &[sel("P1"), sel("li.wei@acme.test")], true)
        .unwrap();
    assert_eq!(added.members, 2);
    let statics = |ids: &[&str]| -> Vec<(String, String)> {
        ids.iter()
            .map(|id| (id.to_string(), "static".to_owned()))
            .collect()
    };
    assert_eq!(s.members("acme", "ersthelfer"), statics(&["P1", "P3"]));
    // One unknown selector: nothing changes.
    failure(
        s.change_members("acme", "ersthelfer", &[sel("P2"), sel("P404")], true),
        ErrorKind::NotFound,
    );
    assert_eq!(s.members("acme", "ersthelfer"), statics(&["P1", "P3"]));
    s.change_members("acme", "ersthelfer", &[sel("P1")], false)
        .unwrap();
    assert_eq!(s.members("acme", "ersthelfer"), statics(&["P3"]));

    // A rule group follows its members' attributes.
    let rule = NewGroup {
        name: "vertrieb-berlin".to_owned(),
        description: None,
        rule: Some("department = \"Vertrieb\" and location = \"Berlin\"".to_owned()),
    };
    let created = s.create_group("acme", &rule).unwrap();
    assert_eq!(
        (created.rule.as_deref(), created.members),
        (Some("department = \"Vertrieb\" and location = \"Berlin\""), 1)
    );
    let rules = |ids: &[&str]| -> Vec<(String, String)> {
        ids.iter().map(|id| (id.to_string(), "rule".to_owned())).collect()
    };
    assert_eq!(s.members("acme", "vertrieb-berlin"), rules(&["P1"]));
    let to_berlin = UserPatch {
        location: Some("Berlin".to_owned()),
        ..UserPatch::default()
    };
    let to_it = UserPatch {
        department: Some("IT".to_owned()),
        ..UserPatch::default()
    };
    s.update_user("acme", &sel("P2"), &to_berlin).unwrap();
    assert_eq!(s.members("acme", "vertrieb-berlin"), rules(&["P1", "P2"]));
    s.update_user("acme", &sel("P1"), &to_it).unwrap();
    assert_eq!(s.members("acme", "vertrieb-berlin"), rules(&["P2"]));
    assert_eq!(
        s.user("acme", &sel("P2")).unwrap().groups,
        Some(vec!["vertrieb-berlin".to_owned()])
    );
    // A new user who matches is a member from the start.
    s.add_user(
        "acme",
        &person("P4", "neu@acme.test", "Neu Person", "Vertrieb", "Berlin"),
    )
    .unwrap();
    assert_eq!(s.members("acme", "vertrieb-berlin"), rules(&["P2", "P4"]));

    // A rule that does not parse is a usage error and creates nothing.
    let bad = NewGroup {
        name: "bad".to_owned(),
        description: None,
        rule: Some("department = Vertrieb".to_owned()),
    };
    failure(s.create_group("acme", &bad), ErrorKind::Usage);
    let names: Vec<String> = s.groups("acme").unwrap().into_iter().map(|g| g.name).collect();
    assert_eq!(names, ["ersthelfer", "vertrieb-berlin"]);

    // Deleting a group keeps its users.
    s.delete_group("acme", "ersthelfer").unwrap();
    failure(s.group("acme", "ersthelfer"), ErrorKind::NotFound);
    assert_eq!(s.user_ids("acme", None), ["P1", "P2", "P3", "P4"]);
}
