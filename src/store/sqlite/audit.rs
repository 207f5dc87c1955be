//! The hash-chained audit trail in SQLite: append in the writer's transaction, list, verify.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params_from_iter, types::Value};
use sha2::{Digest, Sha256};

use crate::error::Result;
use crate::model::{AuditEvent, AuditQuery, AuditVerification};

/// The `prev` of the first event.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hash of one event: SHA-256 over the previous hash and every stored field, so
/// editing any field, deleting or reordering events breaks the chain.
fn event_hash(
    prev: &str,
    seq: i64,
    at: &str,
    actor: &str,
    tenant: Option<&str>,
    action: &str,
    target: &str,
) -> String {
    let mut hasher = Sha256::new();
    for part in [
        prev,
        &seq.to_string(),
        at,
        actor,
        tenant.unwrap_or(""),
        action,
        target,
    ] {
        hasher.update(part.len().to_le_bytes());
        hasher.update(part.as_bytes());
    }
    hex::encode(hasher.finalize())
}

pub fn append(
    conn: &Connection,
    actor: &str,
    tenant: Option<&str>,
    action: &str,
    target: &serde_json::Value,
) -> Result<()> {
    let last: Option<(i64, String)> = conn
        .prepare_cached("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (seq, prev) = match last {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, GENESIS.to_owned()),
    };
    let at = crate::model::time::now();
    let target_json = target;
    let target = target.to_string();
    let hash = event_hash(&prev, seq, &at, actor, tenant, action, &target);
    conn.prepare_cached(
        "INSERT INTO audit_event (seq, at, actor, tenant, action, target, prev, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute((seq, &at, actor, tenant, action, &target, &prev, &hash))?;
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

/// The newest event's sequence number and hash, `seq:hash` (or `empty`): every change
/// moves it, so it identifies the state of the whole store.
pub fn head(conn: &Connection) -> Result<String> {
    let head: Option<(i64, String)> = conn
        .query_row(
            "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
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

/// Walks the whole chain: each event must link to its predecessor's hash, carry the
/// next sequence number and hash to what it stores.
pub fn verify(conn: &Connection, anchor: Option<&str>) -> Result<AuditVerification> {
    let mut stmt = conn
        .prepare("SELECT seq, at, actor, tenant, action, target, prev, hash FROM audit_event ORDER BY seq")?;
    let mut rows = stmt.query([])?;
    let mut expected_prev = GENESIS.to_owned();
    let mut expected_seq = 1_i64;
    let mut events = 0_u64;
    let mut problem = None;
    let mut anchor_found = anchor.is_none();
    while let Some(row) = rows.next()? {
        let seq: i64 = row.get(0)?;
        let at: String = row.get(1)?;
        let actor: String = row.get(2)?;
        let tenant: Option<String> = row.get(3)?;
        let action: String = row.get(4)?;
        let target: String = row.get(5)?;
        let prev: String = row.get(6)?;
        let hash: String = row.get(7)?;
        events += 1;
        if seq != expected_seq {
            problem = Some(format!(
                "event {expected_seq} is missing (the next event is {seq}): events were deleted"
            ));
        } else if prev != expected_prev {
            problem = Some(format!(
                "event {seq} does not link to the event before it: events were deleted or replaced"
            ));
        } else if event_hash(&prev, seq, &at, &actor, tenant.as_deref(), &action, &target) != hash {
            problem = Some(format!(
                "event {seq} was altered after it was written (its content does not match its hash)"
            ));
        }
        if problem.is_some() {
            break;
        }
        anchor_found |= anchor.is_some_and(|a| a.eq_ignore_ascii_case(&hash));
        expected_prev = hash;
        expected_seq = seq + 1;
    }
    if problem.is_none() && !anchor_found {
        problem = Some(format!(
            "the event with hash {} is gone: events were removed from the end of the trail",
            anchor.unwrap_or_default()
        ));
    }
    let ok = problem.is_none();
    Ok(AuditVerification {
        ok,
        events,
        head: (ok && events > 0).then_some(expected_prev),
        problem,
    })
}
