//! The audit trail in SQLite: append in the writer's transaction, list, and read the
//! chains for the core's check ([`crate::store::Rules`] hashes and checks them). Each
//! event names its chain (schema version 10), and the index on `(chain, seq)` finds a
//! chain's head in one look-up.

use crate::error::Result;
use crate::model::{AuditEvent, AuditQuery, AuditVerification};
use crate::store::rules::{AuditLink, Rules};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params_from_iter, types::Value};

pub fn append(
    conn: &Connection,
    rules: &dyn Rules,
    actor: &str,
    tenant: Option<&str>,
    action: &str,
    target: &serde_json::Value,
) -> Result<()> {
    let chain = rules.audit_chain(tenant);
    // One statement (it runs once per row of a large import): the newest seq of all,
    // and the head of the event's chain; both one seek in an index.
    let (last_seq, chain_head): (Option<i64>, Option<String>) = conn
        .prepare_cached(
            "SELECT (SELECT max(seq) FROM audit_event),
                    (SELECT hash FROM audit_event WHERE chain = ?1 ORDER BY seq DESC LIMIT 1)",
        )?
        .query_row([chain], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let seq = last_seq.map_or(1, |last| last + 1);
    let prev = chain_head.unwrap_or_else(|| rules.audit_genesis().to_owned());
    let at = crate::model::time::now();
    let target_json = target;
    let target = target.to_string();
    let hash = rules.audit_hash(&AuditLink {
        chain,
        prev: &prev,
        seq,
        at: &at,
        actor,
        tenant,
        action,
        target: &target,
    });
    conn.prepare_cached(
        "INSERT INTO audit_event (seq, chain, at, actor, tenant, action, target, prev, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute((seq, chain, &at, actor, tenant, action, &target, &prev, &hash))?;
    let mut index =
        conn.prepare_cached("INSERT OR IGNORE INTO audit_subject (user_id, seq) VALUES (?1, ?2)")?;
    let single = target_json.get("user_id").and_then(serde_json::Value::as_i64);
    let many = target_json
        .get("user_ids")
        .and_then(serde_json::Value::as_array)
        .into_iter()
        .flatten();
    for user_id in single
        .into_iter()
        .chain(many.filter_map(serde_json::Value::as_i64))
    {
        index.execute((user_id, seq))?;
    }
    Ok(())
}

/// The sequence number and hash of the newest event of `chain`, `seq:hash` (or
/// `empty`): every change in the chain moves it, so it identifies the state of what
/// the chain records (a tenant), whatever changes elsewhere.
pub fn chain_head(conn: &Connection, chain: &str) -> Result<String> {
    let head: Option<(i64, String)> = conn
        .prepare_cached("SELECT seq, hash FROM audit_event WHERE chain = ?1 ORDER BY seq DESC LIMIT 1")?
        .query_row([chain], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(head.map_or_else(|| "empty".to_owned(), |(seq, hash)| format!("{seq}:{hash}")))
}

pub fn list(conn: &Connection, query: &AuditQuery) -> Result<Vec<AuditEvent>> {
    let mut sql =
        String::from("SELECT seq, at, actor, tenant, action, target, hash FROM audit_event WHERE 1 = 1");
    let mut args: Vec<Value> = Vec::new();
    if let Some(tenant) = &query.tenant {
        sql.push_str(" AND tenant = ?");
        args.push(Value::Text(tenant.clone()));
    }
    if let Some(action) = &query.action {
        // `user` matches user.create, user.update, ...; `user.create` matches itself.
        sql.push_str(" AND (action = ? OR action LIKE ? ESCAPE '\\')");
        args.push(Value::Text(action.clone()));
        args.push(Value::Text(format!(
            "{}.%",
            action.replace('%', "\\%").replace('_', "\\_")
        )));
    }
    if let Some(since) = query.since {
        sql.push_str(" AND at >= ?");
        args.push(Value::Text(crate::model::time::format(&since)));
    }
    sql.push_str(" ORDER BY seq DESC");
    if query.limit > 0 {
        sql.push_str(" LIMIT ?");
        args.push(Value::Integer(i64::try_from(query.limit).unwrap_or(i64::MAX)));
    }
    let mut stmt = conn.prepare(&sql)?;
    let mut events = stmt
        .query_map(params_from_iter(args), |r| {
            let at: String = r.get(1)?;
            let target: String = r.get(5)?;
            Ok(AuditEvent {
                seq: r.get(0)?,
                at: DateTime::parse_from_rfc3339(&at)
                    .map(|t| t.with_timezone(&Utc))
                    .unwrap_or_default(),
                actor: r.get(2)?,
                tenant: r.get(3)?,
                action: r.get(4)?,
                target: serde_json::from_str(&target).unwrap_or(serde_json::Value::String(target)),
                hash: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    events.reverse();
    Ok(events)
}

/// Hands every event, in the order of `seq` and one at a time (a trail may hold many
/// millions), to the core's check of the chains.
pub fn verify(conn: &Connection, rules: &dyn Rules, anchor: Option<&str>) -> Result<AuditVerification> {
    let mut stmt = conn.prepare(
        "SELECT seq, at, actor, tenant, action, target, prev, hash, chain FROM audit_event ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut check = rules.audit_check(anchor);
    while let Some(row) = rows.next()? {
        let text = |i: usize| row.get_ref(i)?.as_str().map_err(rusqlite::Error::from);
        let link = AuditLink {
            chain: text(8)?,
            prev: text(6)?,
            seq: row.get(0)?,
            at: text(1)?,
            actor: text(2)?,
            tenant: row.get_ref(3)?.as_str_or_null().map_err(rusqlite::Error::from)?,
            action: text(4)?,
            target: text(5)?,
        };
        if !check.next(&link, text(7)?) {
            break;
        }
    }
    Ok(check.finish())
}
