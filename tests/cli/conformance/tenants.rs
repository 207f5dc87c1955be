//! Tenants: the tree, changes to it, and deletion guarded by cascade.

use lmsctl::ErrorKind;
use lmsctl::model::*;

use super::{Store, failure, new_tenant};

stories! { postgres: a_tree_of_tenants }

fn a_tree_of_tenants(s: &mut Store) {
    let acme = s.create_tenant(&new_tenant("acme", None)).unwrap();
    assert_eq!((acme.slug.as_str(), acme.parent), ("acme", None));
    let child = s.create_tenant(&new_tenant("acme-koeln", Some("acme"))).unwrap();
    assert_eq!(child.parent.as_deref(), Some("acme"));
    let tree: Vec<(String, Option<String>)> = s
        .tenants()
        .unwrap()
        .into_iter()
        .map(|t| (t.slug, t.parent))
        .collect();
    assert_eq!(
        tree,
        [
            ("acme".to_owned(), None),
            ("acme-koeln".to_owned(), Some("acme".to_owned()))
        ]
    );

    // Refused: an unknown parent, a taken slug, a parent below the tenant itself.
    let err = failure(
        s.create_tenant(&new_tenant("lost", Some("nope"))),
        ErrorKind::NotFound,
    );
    assert!(err.message.contains("parent tenant 'nope' not found"), "{err:?}");
    failure(s.create_tenant(&new_tenant("acme", None)), ErrorKind::InvalidData);
    let loop_up = TenantPatch {
        parent: Some("acme-koeln".to_owned()),
        ..TenantPatch::default()
    };
    let err = failure(s.update_tenant("acme", &loop_up), ErrorKind::InvalidData);
    assert!(err.message.contains("descendants"), "{err:?}");
    assert_eq!(s.tenants().unwrap().len(), 2);
    assert_eq!(s.tenant("acme").unwrap().parent, None);

    // Changes, and "" clears an optional field.
    let updated = s
        .update_tenant(
            "acme-koeln",
            &TenantPatch {
                name: Some("Acme Köln".to_owned()),
                domain: Some("koeln.acme.test".to_owned()),
                ..TenantPatch::default()
            },
        )
        .unwrap();
    assert_eq!(
        (updated.name.as_str(), updated.domain.as_deref()),
        ("Acme Köln", Some("koeln.acme.test"))
    );
    assert_eq!(
        s.tenant("acme-koeln").unwrap().domain.as_deref(),
        Some("koeln.acme.test")
    );
    let cleared = TenantPatch {
        domain: Some(String::new()),
        ..TenantPatch::default()
    };
    assert_eq!(s.update_tenant("acme-koeln", &cleared).unwrap().domain, None);

    // A tenant with a child is deleted only with cascade; a dry run deletes nothing.
    let err = failure(s.delete_tenant("acme", false, false), ErrorKind::Refused);
    assert!(err.message.contains("1 child tenant (acme-koeln)"), "{err:?}");
    let preview = s.delete_tenant("acme", true, true).unwrap();
    assert_eq!(preview.tenants, ["acme-koeln", "acme"]);
    assert_eq!(s.tenants().unwrap().len(), 2);

    // The empty child goes alone; then the parent is empty too.
    assert_eq!(
        s.delete_tenant("acme-koeln", false, false).unwrap().tenants,
        ["acme-koeln"]
    );
    failure(s.tenant("acme-koeln"), ErrorKind::NotFound);
    let slugs: Vec<String> = s.tenants().unwrap().into_iter().map(|t| t.slug).collect();
    assert_eq!(slugs, ["acme"]);
}
