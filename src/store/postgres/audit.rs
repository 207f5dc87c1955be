//! The audit trail in PostgreSQL: append in the writer's transaction (one chain per
//! tenant, each behind a lock of its own, so tenants never wait for each other), list,
//! and read the chains for the core's check ([`crate::store::Rules`] hashes and checks).

use chrono::{DateTime, Utc};
use postgres::types::ToSql;

use super::{PostgresStore, Writer};
use crate::error::Result;
use crate::model::{AuditEvent, AuditQuery, AuditVerification};
use crate::store::rules::AuditLink;

/// Appends an event to its tenant's chain (`''` for the store's own events).
pub(super) fn append(
    w: &mut Writer<'_>,
    tenant: Option<&str>,
    action: &str,
    target: &serde_json::Value,
) -> Result<()> {
    let chain = w.rules.audit_chain(tenant);
    let prev = match w.heads.get(chain) {
        Some(head) => head.clone(),
        None => {
            // Held until the transaction ends: the next writer of this chain reads the
            // head this one leaves.
            w.tx.execute(
                "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
                &[&format!("lmsctl audit chain {chain}")],
            )?;
            w.tx.query_opt(
                "SELECT hash FROM audit_event WHERE chain = $1 ORDER BY seq DESC LIMIT 1",
                &[&chain],
            )?
            .map_or_else(|| w.rules.audit_genesis().to_owned(), |row| row.get(0))
        }
    };
    let seq: i64 =
        w.tx.query_one(
            "SELECT nextval(pg_get_serial_sequence('audit_event', 'seq'))",
            &[],
        )?
        .get(0);
    let at = crate::model::time::now();
    let target_text = target.to_string();
    let actor = w.session.actor.clone();
    let hash = w.rules.audit_hash(&AuditLink {
        chain,
        prev: &prev,
        seq,
        at: &at,
        actor: &actor,
        tenant,
        action,
        target: &target_text,
    });
    w.tx.execute(
        "INSERT INTO audit_event (seq, at, actor, tenant, action, target, prev, hash, chain)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        &[
            &seq,
            &at,
            &actor,
            &tenant,
            &action,
            &target_text,
            &prev,
            &hash,
            &chain,
        ],
    )?;
    let single = target.get("user_id").and_then(serde_json::Value::as_i64);
    let many = target
        .get("user_ids")
        .and_then(serde_json::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(serde_json::Value::as_i64);
    let users: Vec<i64> = single.into_iter().chain(many).collect();
    if !users.is_empty() {
        w.tx.execute(
            "INSERT INTO audit_subject (user_id, seq) SELECT DISTINCT unnest($1::bigint[]), $2::bigint
             ON CONFLICT DO NOTHING",
            &[&users, &seq],
        )?;
    }
    w.heads.insert(chain.to_owned(), hash);
    Ok(())
}

pub fn audit_events(store: &PostgresStore, query: &AuditQuery) -> Result<Vec<AuditEvent>> {
    store.read(|tx| {
        let mut sql =
            String::from("SELECT seq, at, actor, tenant, action, target, hash FROM audit_event WHERE true");
        let mut args: Vec<Box<dyn ToSql + Sync>> = Vec::new();
        if let Some(tenant) = &query.tenant {
            args.push(Box::new(tenant.clone()));
            sql.push_str(&format!(" AND tenant = ${}", args.len()));
        }
        if let Some(action) = &query.action {
            // `user` matches user.create, user.update, ...; `user.create` matches itself.
            args.push(Box::new(action.clone()));
            args.push(Box::new(format!(
                "{}.%",
                action
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_")
            )));
            sql.push_str(&format!(
                " AND (action = ${} OR action LIKE ${})",
                args.len() - 1,
                args.len()
            ));
        }
        if let Some(since) = query.since {
            args.push(Box::new(crate::model::time::format(&since)));
            sql.push_str(&format!(" AND at >= ${}", args.len()));
        }
        sql.push_str(" ORDER BY seq DESC");
        if query.limit > 0 {
            args.push(Box::new(i64::try_from(query.limit).unwrap_or(i64::MAX)));
            sql.push_str(&format!(" LIMIT ${}", args.len()));
        }
        let params: Vec<&(dyn ToSql + Sync)> = args.iter().map(|a| a.as_ref()).collect();
        let mut events = tx
            .query(&sql, &params)?
            .iter()
            .map(|r| {
                let at: String = r.get(1);
                let target: String = r.get(5);
                AuditEvent {
                    seq: r.get(0),
                    at: DateTime::parse_from_rfc3339(&at)
                        .map(|t| t.with_timezone(&Utc))
                        .unwrap_or_default(),
                    actor: r.get(2),
                    tenant: r.get(3),
                    action: r.get(4),
                    target: serde_json::from_str(&target).unwrap_or(serde_json::Value::String(target)),
                    hash: r.get(6),
                }
            })
            .collect::<Vec<_>>();
        events.reverse();
        Ok(events)
    })
}

/// Hands every event, in order, to the core's check of the chains.
pub fn verify_audit(store: &PostgresStore, anchor: Option<&str>) -> Result<AuditVerification> {
    store.read(|tx| {
        let mut check = store.rules.audit_check(anchor);
        let none: [&(dyn ToSql + Sync); 0] = [];
        let mut rows = tx.query_raw(
            "SELECT seq, at, actor, tenant, action, target, prev, hash, chain FROM audit_event ORDER BY seq",
            none,
        )?;
        use postgres::fallible_iterator::FallibleIterator;
        while let Some(row) = rows.next()? {
            let link = AuditLink {
                chain: row.get(8),
                prev: row.get(6),
                seq: row.get(0),
                at: row.get(1),
                actor: row.get(2),
                tenant: row.get(3),
                action: row.get(4),
                target: row.get(5),
            };
            if !check.next(&link, row.get(7)) {
                break;
            }
        }
        Ok(check.finish())
    })
}
