/*!
The REST API of `lmsctl serve`, shared by the server and the remote store: the
routes, who may call them, and how errors travel.

Every route lies under [`BASE`]. Tenant-scoped routes name the tenant in the path
(`/api/v1/tenants/{tenant}/users`); a token reaches its own tenant and the tenants
below it, and any other tenant answers 404 as if it did not exist. An error is the
JSON form of [`crate::Error`] (kind, message, hint) with the HTTP status of its kind,
so the client rebuilds the same error and exits with the same code as a local store.
*/

use crate::error::ErrorKind;
use crate::model::Role;

/// The prefix of every route.
pub const BASE: &str = "/api/v1";

/// What a route does, for role checks: reporters read reports, DPOs also read
/// everything else and run GDPR and audit commands, admins do everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Report,
    Read,
    Gdpr,
    Write,
}

impl Access {
    pub fn allows(self, role: Role) -> bool {
        match role {
            Role::Admin => true,
            Role::Dpo => self != Access::Write,
            Role::Reporter => self == Access::Report,
        }
    }
}

/// The HTTP status an error of `kind` is sent with.
pub fn status_of(kind: ErrorKind) -> u16 {
    match kind {
        ErrorKind::NotFound => 404,
        ErrorKind::Usage => 400,
        ErrorKind::InvalidData => 422,
        ErrorKind::NoInput => 400,
        ErrorKind::Refused => 409,
        ErrorKind::PermissionDenied => 403,
        ErrorKind::Busy => 503,
        ErrorKind::Unavailable => 503,
        ErrorKind::Config => 500,
        ErrorKind::Failure => 500,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_reach_what_the_contract_says() {
        let reach = |role| {
            [Access::Report, Access::Read, Access::Gdpr, Access::Write]
                .into_iter()
                .filter(|a| a.allows(role))
                .collect::<Vec<_>>()
        };
        assert_eq!(reach(Role::Reporter), [Access::Report]);
        assert_eq!(reach(Role::Dpo), [Access::Report, Access::Read, Access::Gdpr]);
        assert_eq!(
            reach(Role::Admin),
            [Access::Report, Access::Read, Access::Gdpr, Access::Write]
        );
    }
}
