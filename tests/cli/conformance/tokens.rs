//! API tokens: shown once, listed without secrets, reaching their tenant's subtree until
//! they expire or are revoked.

use lmsctl::ErrorKind;
use lmsctl::model::*;

use super::{Store, day, failure, new_tenant};

stories! { postgres: tokens_reach_their_tenants_until_revoked }

fn tokens_reach_their_tenants_until_revoked(s: &mut Store) {
    s.create_tenant(&new_tenant("acme", None)).unwrap();
    s.create_tenant(&new_tenant("acme-koeln", Some("acme"))).unwrap();
    s.create_tenant(&new_tenant("other", None)).unwrap();
    let new = |tenant: &str, expires_on| NewToken {
        tenant: Some(tenant.to_owned()),
        role: Role::Admin,
        label: Some(format!("{tenant} admin")),
        expires_on,
    };
    let created = s.create_token(&new("acme", Some(day("2026-12-31")))).unwrap();
    assert!(created.secret.len() >= 32, "{}", created.secret.len());
    assert_eq!(
        (
            created.token.tenant.as_deref(),
            created.token.role,
            created.token.state.as_str()
        ),
        (Some("acme"), Role::Admin, "active")
    );
    // Listed without the secret.
    let listed = s.tokens(Some("acme")).unwrap();
    assert_eq!(listed, std::slice::from_ref(&created.token));
    assert!(!serde_json::to_string(&listed).unwrap().contains(&created.secret));
    assert!(s.tokens(None).unwrap().iter().any(|t| t.id == created.token.id));

    // It reaches its tenant and the tenants below it, nothing else.
    assert_eq!(s.reach(&created.secret).unwrap(), ["acme", "acme-koeln"]);
    failure(s.reach("not-a-token"), ErrorKind::PermissionDenied);

    // An expired token is listed as such and reaches nothing.
    let expired = s.create_token(&new("other", Some(day("2026-03-14")))).unwrap();
    assert_eq!(expired.token.state, "expired");
    failure(s.reach(&expired.secret), ErrorKind::PermissionDenied);

    // A revoked one neither.
    let revoked = s.revoke_token(created.token.id).unwrap();
    assert_eq!(revoked.state, "revoked");
    assert!(revoked.revoked_at.is_some());
    assert_eq!(s.tokens(Some("acme")).unwrap()[0].state, "revoked");
    failure(s.reach(&created.secret), ErrorKind::PermissionDenied);
    failure(s.revoke_token(999_999), ErrorKind::NotFound);
    failure(s.create_token(&new("nope", None)), ErrorKind::NotFound);
}
