//! API tokens for `lmsctl serve`: their labels, their secrets (random, recognisable,
//! kept only as a hash), and what a secret grants.

use sha2::{Digest, Sha256};

use super::fields::{self, limits};
use super::{Lms, hints};
use crate::error::{Error, Result};
use crate::model::*;

/// Secrets start with this, so that secret scanners and people recognise them.
const PREFIX: &str = "lms_";

/// A new token's secret: 256 random bits.
pub fn new_secret() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| {
        Error::failure(format!("no random numbers for a token: {e}"))
            .with_hint("run it again once the system's random number source is ready")
    })?;
    Ok(format!("{PREFIX}{}", hex::encode(bytes)))
}

/// What a store keeps of a secret, and looks a presented one up by.
pub fn secret_hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.trim().as_bytes()))
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_random_recognisable_and_kept_as_their_hash() {
        let (one, two) = (new_secret().unwrap(), new_secret().unwrap());
        assert_ne!(one, two);
        assert!(one.starts_with("lms_") && one.len() == 4 + 64, "{one}");
        assert_eq!(secret_hash(&format!(" {one}\n")), secret_hash(&one));
        // Stores keep this hash: it may never change, or every token stops working.
        assert_eq!(
            secret_hash("lms_x"),
            "fc66da4901461e639c9dd8314ca3a8250fd08b8259d979766e658a08a94e036e"
        );
    }
}
