//! API tokens for `lmsctl serve`.

use super::Lms;
use crate::error::Result;
use crate::model::*;

impl Lms {
    /// A new API token for `lmsctl serve`; its secret is in the result and nowhere else.
    pub fn create_token(&self, token: &NewToken) -> Result<CreatedToken> {
        self.backend.create_token(token)
    }

    /// The tokens of a tenant (all when `None`), without their secrets.
    pub fn tokens(&self, tenant: Option<&str>) -> Result<Vec<Token>> {
        self.backend.tokens(tenant)
    }

    pub fn revoke_token(&self, id: i64) -> Result<Token> {
        self.backend.revoke_token(id)
    }
}
