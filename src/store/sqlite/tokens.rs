//! API tokens in SQLite: created with a secret of which only the hash is kept,
//! listed, revoked, and checked for each request to `lmsctl serve`.

use crate::store::rules::Changed;
use rusqlite::{Connection, OptionalExtension, Row};

use super::{Writer, now, tenants};
use crate::error::{Error, ErrorKind, Result};
use crate::model::value::iso_date;
use crate::model::{CreatedToken, Grant, NewToken, Role, Token};

const TOKEN: &str = "SELECT k.id, t.slug, k.role, k.label, k.created_at, k.expires_on, k.revoked_at,
        CASE WHEN k.revoked_at IS NOT NULL THEN 'revoked'
             WHEN k.expires_on IS NOT NULL AND k.expires_on < ?1 THEN 'expired'
             ELSE 'active' END
    FROM api_token k LEFT JOIN tenant t ON t.id = k.tenant_id";

fn token_row(r: &Row<'_>) -> rusqlite::Result<Token> {
    let role: String = r.get(2)?;
    Ok(Token {
        id: r.get(0)?,
        tenant: r.get(1)?,
        role: Role::parse(&role).unwrap_or(Role::Reporter),
        label: r.get(3)?,
        created_at: r.get(4)?,
        expires_on: r.get(5)?,
        revoked_at: r.get(6)?,
        state: r.get(7)?,
    })
}

pub fn create(w: &Writer<'_>, new: &NewToken) -> Result<CreatedToken> {
    let tenant_id = match &new.tenant {
        Some(tenant) => Some(tenants::id_of(w, tenant)?),
        None => None,
    };
    let label = &new.label;
    let secret = w.rules.token_secret()?;
    w.execute(
        "INSERT INTO api_token (tenant_id, role, label, hash, created_at, expires_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        (
            tenant_id,
            new.role.as_str(),
            &label,
            w.rules.token_hash(&secret),
            now(),
            new.expires_on.map(iso_date),
        ),
    )?;
    let id = w.last_insert_rowid();
    w.record(
        new.tenant.as_deref(),
        Changed::TokenCreated {
            token_id: id,
            role: new.role.as_str(),
        },
    )?;
    let token = by_id(w, id, w.today())?;
    Ok(CreatedToken { token, secret })
}

/// The token `id` as listed on `today` (its state depends on the day).
fn by_id(conn: &Connection, id: i64, today: chrono::NaiveDate) -> Result<Token> {
    conn.query_row(
        &format!("{TOKEN} WHERE k.id = ?2"),
        (iso_date(today), id),
        token_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("token", id))
}

/// Tokens of `tenant` (all tenants when `None`), oldest first.
pub fn list(conn: &Connection, tenant: Option<&str>, today: chrono::NaiveDate) -> Result<Vec<Token>> {
    let (sql, tenant_id) = match tenant {
        Some(slug) => (
            format!("{TOKEN} WHERE k.tenant_id = ?2 ORDER BY k.id"),
            tenants::id_of(conn, slug)?,
        ),
        None => (format!("{TOKEN} WHERE ?2 = 0 ORDER BY k.id"), 0),
    };
    let mut stmt = conn.prepare(&sql)?;
    let tokens = stmt
        .query_map((iso_date(today), tenant_id), token_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(tokens)
}

pub fn revoke(w: &Writer<'_>, id: i64) -> Result<Token> {
    let token = by_id(w, id, w.today())?;
    let changed = w.execute(
        "UPDATE api_token SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
        (id, now()),
    )?;
    if changed == 0 {
        // Revoked before: nothing changed since it was read.
        return Ok(token);
    }
    w.record(token.tenant.as_deref(), Changed::TokenRevoked { token_id: id })?;
    by_id(w, id, w.today())
}

/// What the token whose secret has this `hash` grants on `today`; an unknown, expired
/// or revoked token is refused, all with the same message (a caller learns nothing
/// about which tokens exist).
pub fn authenticate(conn: &Connection, hash: &str, today: chrono::NaiveDate) -> Result<Grant> {
    let refused = || {
        Error::new(
            ErrorKind::PermissionDenied,
            "the token is not valid (unknown, expired or revoked)",
        )
        .about("token.invalid")
    };
    let found: Option<(i64, Option<i64>, Option<String>, String)> = conn
        .prepare_cached(
            "SELECT k.id, k.tenant_id, t.slug, k.role FROM api_token k LEFT JOIN tenant t ON t.id = k.tenant_id
             WHERE k.hash = ?1 AND k.revoked_at IS NULL AND (k.expires_on IS NULL OR k.expires_on >= ?2)",
        )?
        .query_row((hash, iso_date(today)), |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?;
    let (token_id, tenant_id, tenant, role) = found.ok_or_else(refused)?;
    // Every request asks: one cached statement for the tenant and those below it
    // (every tenant for a token of the whole store).
    let tenants = conn
        .prepare_cached(
            "WITH RECURSIVE sub(id) AS (
                 SELECT ?1 WHERE ?1 IS NOT NULL
                 UNION ALL SELECT id FROM tenant WHERE ?1 IS NULL
                 UNION ALL SELECT t.id FROM tenant t JOIN sub ON t.parent_id = sub.id WHERE ?1 IS NOT NULL)
             SELECT t.slug FROM tenant t JOIN sub ON t.id = sub.id",
        )?
        .query_map([tenant_id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(Grant {
        token_id,
        tenant,
        role: Role::parse(&role).ok_or_else(refused)?,
        tenants,
        today: None,
    })
}
