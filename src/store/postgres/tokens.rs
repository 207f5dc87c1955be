//! API tokens in PostgreSQL: created with a secret of which only the hash is kept,
//! listed, revoked, and checked for each request to `lmsctl serve`.

use chrono::NaiveDate;
use postgres::{Row, Transaction};

use super::{PostgresStore, tenants, time};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{CreatedToken, Grant, NewToken, Role, Token};
use crate::store::rules::Changed;

const TOKEN: &str = "SELECT k.id, t.slug, k.role, k.label, k.created_at, k.expires_on, k.revoked_at,
        CASE WHEN k.revoked_at IS NOT NULL THEN 'revoked'
             WHEN k.expires_on IS NOT NULL AND k.expires_on < $1 THEN 'expired'
             ELSE 'active' END
    FROM api_token k LEFT JOIN tenant t ON t.id = k.tenant_id";

fn token_row(r: &Row) -> Token {
    let role: String = r.get(2);
    Token {
        id: r.get(0),
        tenant: r.get(1),
        role: Role::parse(&role).unwrap_or(Role::Reporter),
        label: r.get(3),
        created_at: time(r.get(4)),
        expires_on: r.get(5),
        revoked_at: r.get::<_, Option<String>>(6).map(time),
        state: r.get(7),
    }
}

/// The token `id` as listed on `today` (its state depends on the day).
fn by_id(tx: &mut Transaction<'_>, id: i64, today: NaiveDate) -> Result<Token> {
    tx.query_opt(&format!("{TOKEN} WHERE k.id = $2"), &[&today, &id])?
        .map(|row| token_row(&row))
        .ok_or_else(|| Error::not_found("token", id))
}

pub fn create_token(store: &PostgresStore, new: &NewToken) -> Result<CreatedToken> {
    store.write(|w| {
        let tenant_id = match &new.tenant {
            Some(tenant) => Some(tenants::id_of(&mut w.tx, tenant)?),
            None => None,
        };
        let secret = w.rules.token_secret()?;
        let id: i64 =
            w.tx.query_one(
                "INSERT INTO api_token (tenant_id, role, label, hash, created_at, expires_on)
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                &[
                    &tenant_id,
                    &new.role.as_str(),
                    &new.label,
                    &w.rules.token_hash(&secret),
                    &crate::model::time::now(),
                    &new.expires_on,
                ],
            )?
            .get(0);
        w.record(
            new.tenant.as_deref(),
            Changed::TokenCreated {
                token_id: id,
                role: new.role.as_str(),
            },
        )?;
        let today = w.today();
        let token = by_id(&mut w.tx, id, today)?;
        Ok(CreatedToken { token, secret })
    })
}

/// Tokens of `tenant` (all tenants when `None`), oldest first.
pub fn tokens(store: &PostgresStore, tenant: Option<&str>) -> Result<Vec<Token>> {
    let today = store.session.today();
    store.read(|tx| {
        let tenant_id = tenant.map(|slug| tenants::id_of(tx, slug)).transpose()?;
        Ok(tx
            .query(
                &format!("{TOKEN} WHERE $2::bigint IS NULL OR k.tenant_id = $2 ORDER BY k.id"),
                &[&today, &tenant_id],
            )?
            .iter()
            .map(token_row)
            .collect())
    })
}

pub fn revoke_token(store: &PostgresStore, id: i64) -> Result<Token> {
    store.write(|w| {
        let today = w.today();
        let token = by_id(&mut w.tx, id, today)?;
        let changed = w.tx.execute(
            "UPDATE api_token SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL",
            &[&id, &crate::model::time::now()],
        )?;
        if changed == 0 {
            // Revoked before: nothing changed since it was read.
            return Ok(token);
        }
        w.record(token.tenant.as_deref(), Changed::TokenRevoked { token_id: id })?;
        by_id(&mut w.tx, id, today)
    })
}

/// What the token whose secret has this hash grants today; an unknown, expired or
/// revoked token is refused, all with the same message (a caller learns nothing about
/// which tokens exist).
pub fn authenticate(store: &PostgresStore, secret: &str) -> Result<Grant> {
    let hash = store.rules.token_hash(secret);
    let today = store.session.today();
    let refused = || {
        Error::new(
            ErrorKind::PermissionDenied,
            "the token is not valid (unknown, expired or revoked)",
        )
        .about("token.invalid")
    };
    store.read(|tx| {
        let found = tx.query_opt(
            "SELECT k.id, k.tenant_id, t.slug, k.role FROM api_token k LEFT JOIN tenant t ON t.id = k.tenant_id
             WHERE k.hash = $1 AND k.revoked_at IS NULL AND (k.expires_on IS NULL OR k.expires_on >= $2)",
            &[&hash, &today],
        )?;
        let row = found.ok_or_else(refused)?;
        let (token_id, tenant_id, tenant, role): (i64, Option<i64>, Option<String>, String) =
            (row.get(0), row.get(1), row.get(2), row.get(3));
        // The tenant and those below it (every tenant for a token of the whole store).
        let tenants = tx
            .query(
                "WITH RECURSIVE sub(id) AS (
                     SELECT $1::bigint WHERE $1::bigint IS NOT NULL
                     UNION ALL SELECT id FROM tenant WHERE $1::bigint IS NULL
                     UNION ALL SELECT t.id FROM tenant t JOIN sub ON t.parent_id = sub.id WHERE $1::bigint IS NOT NULL)
                 SELECT t.slug FROM tenant t JOIN sub ON t.id = sub.id",
                &[&tenant_id],
            )?
            .iter()
            .map(|r| r.get(0))
            .collect();
        Ok(Grant {
            token_id,
            tenant,
            role: Role::parse(&role).ok_or_else(refused)?,
            tenants,
            today: None,
        })
    })
}
