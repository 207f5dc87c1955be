//! API tokens for `lmsctl serve`: their labels, and what a secret grants.

use super::fields::{self, limits};
use super::{Lms, hints};
use crate::error::Result;
use crate::model::*;

impl Lms {
    /// A new API token for `lmsctl serve`; its secret is in the result and nowhere else.
    pub fn create_token(&self, token: &NewToken) -> Result<CreatedToken> {
        let token = NewToken {
            label: fields::optional_line("--label", token.label.as_deref().unwrap_or(""), limits::LABEL)?,
            ..token.clone()
        };
        self.backend
            .create_token(&token)
            .map_err(|e| hints::explain(e, token.tenant.as_deref().unwrap_or_default()))
    }

    /// The tokens of a tenant (all when `None`), without their secrets.
    pub fn tokens(&self, tenant: Option<&str>) -> Result<Vec<Token>> {
        self.backend
            .tokens(tenant)
            .map_err(|e| hints::explain(e, tenant.unwrap_or_default()))
    }

    pub fn revoke_token(&self, id: i64) -> Result<Token> {
        self.backend.revoke_token(id).map_err(hints::explain_store)
    }

    /// What a token's secret grants today (refused when unknown, expired or revoked).
    pub fn authenticate(&self, secret: &str) -> Result<Grant> {
        self.backend.authenticate(secret).map_err(hints::explain_store)
    }
}
