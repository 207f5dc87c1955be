/*!
Data protection in SQLite: subject export, erasure, anonymisation of the inactive,
retention, consents, the request register and the suppression list.

Which data is about a person is read from the schema itself: every table with a
foreign key to `user` holds personal data of the user it points to. Export and
erasure walk that list, so a table added later is exported and erased without
anyone remembering to (a test checks the export against the schema). Two tables are
kept on erasure, anonymised: completions (completion counts must stay right in
reports; score and certificate serial are removed) and the request register (proof
of what was done). The user row itself becomes the tombstone: every personal field
emptied, a random tombstone id in place of the e-mail address.
*/

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension};
use serde_json::{Map, Value as Json, json};

use super::{Writer, now, tenants, users};
use crate::error::{Error, Result};
use crate::model::value::iso_date;
use crate::model::{
    AnonymizeReport, CompletedCourse, Consent, CourseName, ErasureReceipt, GroupName, LearningHistory,
    NewRequest, RequestKind, StoredRow, SubjectData, SubjectEvent, SubjectRequest, SubjectRows, Suppression,
    UserSel,
};
use crate::store::rules::{Answer, Answering, Changed, StoredRequest};

/// Every (table, column) with a foreign key to `user(id)`, but the user's own row.
pub fn user_references(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
         WHERE m.type = 'table' AND f.\"table\" = 'user' ORDER BY m.name, f.\"from\"",
    )?;
    let references = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(references)
}

fn json_value(value: ValueRef<'_>) -> Json {
    match value {
        ValueRef::Null => Json::Null,
        ValueRef::Integer(i) => json!(i),
        ValueRef::Real(f) => json!(f),
        ValueRef::Text(t) => json!(String::from_utf8_lossy(t)),
        ValueRef::Blob(b) => json!(hex::encode(b)),
    }
}

/// The rows of `table` where `column` = `id`, column by column.
fn rows_where(conn: &Connection, table: &str, column: &str, id: i64) -> Result<Vec<StoredRow>> {
    // Table and column names come from sqlite_master, not from input; quoted anyway.
    let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\" WHERE \"{column}\" = ?1"))?;
    let names: Vec<String> = stmt.column_names().iter().map(|n| (*n).to_owned()).collect();
    let mut rows = stmt.query([id])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let mut object = StoredRow::new();
        for (i, name) in names.iter().enumerate() {
            let mut value = json_value(row.get_ref(i)?);
            // Times in the one form every output shows, also those an older version stored.
            if let (true, Json::String(text)) = (name.ends_with("_at"), &value)
                && let Some(time) = crate::model::time::normalise(text)
            {
                value = Json::String(time);
            }
            object.insert(name.clone(), value);
        }
        out.push(object);
    }
    Ok(out)
}

/// Audit events whose target names the user.
fn audit_events_of(conn: &Connection, tenant: &str, user_id: i64) -> Result<Vec<SubjectEvent>> {
    let mut stmt = conn.prepare(
        "SELECT e.seq, e.at, e.actor, e.action, e.target FROM audit_subject s JOIN audit_event e ON e.seq = s.seq
         JOIN user u ON u.id = s.user_id
         WHERE s.user_id = ?2 AND e.tenant = ?1
           -- A user id can be given again after a tenant was deleted: only events from
           -- the user's creation on are about this user.
           AND substr(e.at, 1, 23) >= substr(u.created_at, 1, 23)
         ORDER BY e.seq",
    )?;
    let events = stmt
        .query_map((tenant, user_id), |r| {
            let target: String = r.get(4)?;
            Ok(SubjectEvent {
                seq: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                action: r.get(3)?,
                target: serde_json::from_str::<Json>(&target).unwrap_or(Json::String(target)),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(events)
}

/// The person's completions, with the courses' codes and titles.
fn learning_history(conn: &Connection, user_id: i64) -> Result<LearningHistory> {
    let (email, first_name, last_name) = conn.query_row(
        "SELECT email, first_name, last_name FROM user WHERE id = ?1",
        [user_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut stmt = conn.prepare(
        "SELECT c.code, c.title, x.completed_on, x.score, x.serial
         FROM completion x JOIN course c ON c.id = x.course_id
         WHERE x.user_id = ?1 ORDER BY x.completed_on, x.id",
    )?;
    let completions = stmt
        .query_map([user_id], |r| {
            Ok(CompletedCourse {
                course_code: r.get(0)?,
                course_title: r.get(1)?,
                completed_on: r.get(2)?,
                score: r.get(3)?,
                serial: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(LearningHistory {
        email,
        first_name,
        last_name,
        completions,
    })
}

/// The courses and groups the person's rows name by id.
fn names_of(conn: &Connection, user_id: i64) -> Result<(Vec<CourseName>, Vec<GroupName>)> {
    let mut courses = conn.prepare(
        "SELECT id, code, title FROM course WHERE id IN (SELECT course_id FROM enrollment WHERE user_id = ?1
             UNION SELECT course_id FROM completion WHERE user_id = ?1 UNION SELECT course_id FROM assignment WHERE user_id = ?1)",
    )?;
    let courses = courses
        .query_map([user_id], |r| {
            Ok(CourseName {
                id: r.get(0)?,
                code: r.get(1)?,
                title: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut groups = conn.prepare(
        "SELECT id, name FROM user_group WHERE id IN (SELECT group_id FROM group_member WHERE user_id = ?1)",
    )?;
    let groups = groups
        .query_map([user_id], |r| {
            Ok(GroupName {
                id: r.get(0)?,
                name: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok((courses, groups))
}

/// Everything the store holds on the person (Art. 15 and 20), with the learning
/// history when `xapi`. Records the export; with `request`, closes that request.
pub fn export(
    w: &Writer<'_>,
    tenant: &str,
    sel: &UserSel,
    request: Option<i64>,
    xapi: bool,
) -> Result<SubjectData> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let user_id = users::resolve(w, tenant_id, sel)?;
    let request = request
        .map(|id| open_request_of(w, tenant_id, id, RequestKind::Export, user_id))
        .transpose()?;
    let subject = rows_where(w, "user", "id", user_id)?
        .pop()
        .ok_or_else(|| Error::not_found("user", sel))?;
    let mut tables = Vec::new();
    let mut counts = Map::new();
    for (table, column) in user_references(w)? {
        if table == "user" {
            continue;
        }
        let rows = rows_where(w, &table, &column, user_id)?;
        counts.insert(table.clone(), json!(rows.len()));
        tables.push(SubjectRows { table, column, rows });
    }
    let (courses, groups) = names_of(w, user_id)?;
    let audit_events = audit_events_of(w, tenant, user_id)?;
    counts.insert("audit_event".to_owned(), json!(audit_events.len()));
    let learning = xapi.then(|| learning_history(w, user_id)).transpose()?;
    let read_at = now();
    w.record(
        Some(tenant),
        Changed::SubjectExported {
            user_id,
            request_id: request,
            counts: &counts,
        },
    )?;
    if let Some(request) = request {
        close_request(
            w,
            request,
            &Answer::Exported {
                counts: &counts,
                xapi,
            },
        )?;
    }
    Ok(SubjectData {
        tenant: tenant.to_owned(),
        user_id,
        schema_version: crate::store::TABLES_VERSION,
        read_at,
        subject,
        tables,
        courses,
        groups,
        audit_events,
        learning,
    })
}

/// The request `id` of this tenant, if it may be answered by an export or erasure
/// (`kind`) of `user_id` (the core's rule).
fn open_request_of(w: &Writer<'_>, tenant_id: i64, id: i64, kind: RequestKind, user_id: i64) -> Result<i64> {
    let row: Option<(String, Option<i64>, Option<String>)> = w
        .query_row(
            "SELECT kind, user_id, closed_on FROM subject_request WHERE id = ?1 AND tenant_id = ?2",
            (id, tenant_id),
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((stored_kind, stored_user, closed)) = row else {
        return Err(Error::not_found("request", id));
    };
    let stored = StoredRequest {
        id,
        kind: RequestKind::parse(&stored_kind).unwrap_or(RequestKind::Export),
        user_id: stored_user,
        closed: closed.is_some(),
    };
    w.rules
        .request_answerable(&stored, Answering::Subject { kind, user_id })?;
    Ok(id)
}

/// Closes a request as `answer`ed by the audit event just written.
fn close_request(w: &Writer<'_>, id: i64, answer: &Answer<'_>) -> Result<()> {
    let seq: i64 = w.query_row("SELECT max(seq) FROM audit_event", [], |r| r.get(0))?;
    w.execute(
        "UPDATE subject_request SET closed_on = ?1, audit_seq = ?2, manifest = ?3 WHERE id = ?4",
        (
            iso_date(w.today()),
            seq,
            w.rules.request_manifest(answer).to_string(),
            id,
        ),
    )?;
    Ok(())
}

fn secret(conn: &Connection) -> Result<Vec<u8>> {
    Ok(conn.query_row(
        "SELECT value FROM store_secret WHERE name = 'suppression'",
        [],
        |r| r.get(0),
    )?)
}

/// Whether a person with this external id or e-mail address was erased in the tenant.
pub fn is_suppressed(w: &Writer<'_>, tenant_id: i64, external_id: Option<&str>, email: &str) -> Result<bool> {
    let secret = secret(w)?;
    let mac = |kind, value| w.rules.suppression_mac(&secret, kind, value);
    let mut stmt =
        w.prepare_cached("SELECT 1 FROM suppression WHERE tenant_id = ?1 AND kind = ?2 AND mac = ?3")?;
    let mut candidates = vec![("email", mac("email", email))];
    if let Some(external_id) = external_id {
        candidates.push(("external_id", mac("external_id", external_id)));
    }
    for (kind, hash) in candidates {
        if stmt.exists((tenant_id, kind, hash))? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The suppression list of a tenant, loaded for an import: (secret, hashes).
pub fn suppression_set(
    conn: &Connection,
    tenant_id: i64,
) -> Result<(Vec<u8>, std::collections::HashSet<String>)> {
    let mut stmt = conn.prepare("SELECT kind || ':' || mac FROM suppression WHERE tenant_id = ?1")?;
    let set = stmt
        .query_map([tenant_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok((secret(conn)?, set))
}

/// Erases one user (Art. 17): see the module documentation for what goes and what stays.
pub fn erase(
    w: &Writer<'_>,
    tenant: &str,
    sel: &UserSel,
    request: Option<i64>,
    dry_run: bool,
) -> Result<ErasureReceipt> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let user_id = users::resolve(w, tenant_id, sel)?;
    let status: String = w.query_row("SELECT status FROM user WHERE id = ?1", [user_id], |r| r.get(0))?;
    if status == "erased" {
        return Err(Error::refused(format!("user {sel} was already erased")).about("user.erased"));
    }
    let request = request
        .map(|id| open_request_of(w, tenant_id, id, RequestKind::Erase, user_id))
        .transpose()?;
    let references = user_references(w)?;
    let secret = secret(w)?;
    let receipt = erase_user(
        w,
        tenant,
        tenant_id,
        user_id,
        (&references, &secret),
        request,
        dry_run,
    )?;
    if let (Some(request), false) = (request, dry_run) {
        close_request(w, request, &Answer::Erased(&receipt))?;
    }
    Ok(receipt)
}

fn erase_user(
    w: &Writer<'_>,
    tenant: &str,
    tenant_id: i64,
    user_id: i64,
    (references, secret): (&[(String, String)], &[u8]),
    request: Option<i64>,
    dry_run: bool,
) -> Result<ErasureReceipt> {
    let mut tombstone_bytes = [0u8; 16];
    let random: Vec<u8> = w.query_row("SELECT randomblob(16)", [], |r| r.get(0))?;
    tombstone_bytes.copy_from_slice(&random[..16]);
    let tombstone = hex::encode(tombstone_bytes);
    let mut receipt = ErasureReceipt {
        tenant: tenant.to_owned(),
        user_id,
        tombstone: tombstone.clone(),
        request,
        erased: BTreeMap::new(),
        kept: Vec::new(),
        dry_run,
    };
    for (table, column) in references {
        let count: u64 = w
            .prepare_cached(&format!(
                "SELECT count(*) FROM \"{table}\" WHERE \"{column}\" = ?1"
            ))?
            .query_row([user_id], |r| r.get(0))?;
        if let Some(line) = w.rules.kept_on_erasure(table, count) {
            if count > 0 {
                receipt.kept.push(line);
            }
            continue;
        }
        if count > 0 {
            let key = if table == "user" {
                format!("user.{column}")
            } else {
                table.clone()
            };
            receipt.erased.insert(key, count);
        }
        if dry_run || count == 0 {
            continue;
        }
        if table == "user" {
            // Other users whose manager this was: the reference goes, they stay.
            w.prepare_cached(&format!(
                "UPDATE user SET \"{column}\" = NULL WHERE \"{column}\" = ?1"
            ))?
            .execute([user_id])?;
        } else {
            w.prepare_cached(&format!("DELETE FROM \"{table}\" WHERE \"{column}\" = ?1"))?
                .execute([user_id])?;
        }
    }
    receipt.erased.insert("user".to_owned(), 1);
    if dry_run {
        return Ok(receipt);
    }
    let (external_id, email): (Option<String>, String) = w.query_row(
        "SELECT external_id, email FROM user WHERE id = ?1",
        [user_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut suppress = w.prepare_cached(
        "INSERT OR IGNORE INTO suppression (tenant_id, kind, mac, created_on) VALUES (?1, ?2, ?3, ?4)",
    )?;
    if let Some(external_id) = &external_id {
        suppress.execute((
            tenant_id,
            "external_id",
            w.rules.suppression_mac(secret, "external_id", external_id),
            iso_date(w.today()),
        ))?;
    }
    suppress.execute((
        tenant_id,
        "email",
        w.rules.suppression_mac(secret, "email", &email),
        iso_date(w.today()),
    ))?;
    // Kept completions lose score and serial; serials are random, so the one on the
    // person's certificate does not lead to the row that stays.
    w.prepare_cached(
        "UPDATE completion SET score = NULL, serial = 'erased-' || lower(hex(randomblob(12))) WHERE user_id = ?1",
    )?
    .execute([user_id])?;
    w.prepare_cached(
        "UPDATE user SET external_id = NULL, email = 'erased-' || ?2 || '@invalid', first_name = '', last_name = '',
             department = NULL, location = NULL, manager_id = NULL, start_date = NULL, locale = NULL, roles = '',
             status = 'erased', last_activity_at = NULL, updated_at = ?3
         WHERE id = ?1",
    )?
    .execute((user_id, &tombstone, now()))?;
    w.record(
        Some(tenant),
        Changed::SubjectErased {
            user_id,
            tombstone: &tombstone,
            request_id: request,
            erased: &receipt.erased,
        },
    )?;
    if request.is_none() {
        // Erased without naming a request (anonymisation, retention): open erasure
        // requests about the person are answered by it.
        let manifest = w.rules.request_manifest(&Answer::Erased(&receipt));
        let seq: i64 = w.query_row("SELECT max(seq) FROM audit_event", [], |r| r.get(0))?;
        w.prepare_cached(
            "UPDATE subject_request SET closed_on = ?2, audit_seq = ?3, manifest = ?4
             WHERE user_id = ?1 AND kind = 'erase' AND closed_on IS NULL",
        )?
        .execute((user_id, iso_date(w.today()), seq, manifest.to_string()))?;
    }
    Ok(receipt)
}

/// Erases every user of the tenant with no activity since `since` (by last activity,
/// else by when they were created).
pub fn anonymize(w: &Writer<'_>, tenant: &str, since: NaiveDate, dry_run: bool) -> Result<AnonymizeReport> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let cutoff = iso_date(since);
    let mut stmt = w.prepare(
        "SELECT id FROM user WHERE tenant_id = ?1 AND status != 'erased'
           AND coalesce(last_activity_at, created_at) < ?2 ORDER BY id",
    )?;
    let ids: Vec<i64> = stmt
        .query_map((tenant_id, &cutoff), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    drop(stmt);
    if !dry_run {
        let references = user_references(w)?;
        let secret = secret(w)?;
        for id in &ids {
            erase_user(w, tenant, tenant_id, *id, (&references, &secret), None, false)?;
        }
        w.record(
            Some(tenant),
            Changed::Anonymized {
                inactive_since: &cutoff,
                users: ids.len(),
            },
        )?;
    }
    Ok(AnonymizeReport {
        tenant: tenant.to_owned(),
        inactive_since: Some(since),
        users: ids.len() as u64,
        dry_run,
    })
}

/// Applies every tenant's retention policy as of today.
pub fn retention(w: &Writer<'_>, dry_run: bool) -> Result<Vec<AnonymizeReport>> {
    let mut stmt = w.prepare(
        "SELECT slug, retention_months FROM tenant WHERE retention_months IS NOT NULL ORDER BY slug",
    )?;
    let policies: Vec<(String, u32)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    drop(stmt);
    let mut reports = Vec::new();
    for (slug, months) in policies {
        let since = w
            .today()
            .checked_sub_months(chrono::Months::new(months))
            .unwrap_or(NaiveDate::MIN);
        reports.push(anonymize(w, &slug, since, dry_run)?);
    }
    Ok(reports)
}

pub fn open_request(w: &Writer<'_>, tenant: &str, new: &NewRequest) -> Result<SubjectRequest> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let user_id = users::resolve_writable(w, tenant_id, &new.user)?;
    let due = new
        .received_on
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(NaiveDate::MAX);
    w.execute(
        "INSERT INTO subject_request (tenant_id, user_id, kind, received_on, due_on) VALUES (?1, ?2, ?3, ?4, ?5)",
        (tenant_id, user_id, new.kind.as_str(), iso_date(new.received_on), iso_date(due)),
    )?;
    let id = w.last_insert_rowid();
    w.record(
        Some(tenant),
        Changed::RequestOpened {
            request_id: id,
            user_id,
            kind: new.kind,
        },
    )?;
    request(w, tenant, id, w.today())
}

/// Closes a request handled outside lmsctl's export and erase (e.g. a rectification),
/// with a note (already checked) of which only the length is kept.
pub fn close(w: &Writer<'_>, tenant: &str, id: i64, note: &str) -> Result<SubjectRequest> {
    let current = request(w, tenant, id, w.today())?;
    w.rules
        .request_answerable(&(&current).into(), Answering::ByHand)?;
    w.record(Some(tenant), Changed::RequestClosed { request_id: id })?;
    close_request(w, id, &Answer::ClosedByHand { note })?;
    request(w, tenant, id, w.today())
}

const REQUEST: &str =
    "SELECT r.id, t.slug, r.user_id, r.kind, r.received_on, r.due_on, r.closed_on, r.audit_seq, r.manifest
    FROM subject_request r JOIN tenant t ON t.id = r.tenant_id";

fn request_row(r: &rusqlite::Row<'_>, as_of: NaiveDate) -> rusqlite::Result<SubjectRequest> {
    let kind: String = r.get(3)?;
    let due_on: NaiveDate = r.get(5)?;
    let closed_on: Option<NaiveDate> = r.get(6)?;
    let manifest: Option<String> = r.get(8)?;
    Ok(SubjectRequest {
        id: r.get(0)?,
        tenant: r.get(1)?,
        user_id: r.get(2)?,
        kind: RequestKind::parse(&kind).unwrap_or(RequestKind::Export),
        received_on: r.get(4)?,
        due_on,
        closed_on,
        state: match closed_on {
            Some(_) => "closed",
            None if due_on < as_of => "overdue",
            None => "open",
        }
        .to_owned(),
        audit_seq: r.get(7)?,
        manifest: manifest.and_then(|m| serde_json::from_str(&m).ok()),
    })
}

pub fn request(conn: &Connection, tenant: &str, id: i64, as_of: NaiveDate) -> Result<SubjectRequest> {
    let tenant_id = tenants::id_of(conn, tenant)?;
    conn.query_row(
        &format!("{REQUEST} WHERE r.id = ?1 AND r.tenant_id = ?2"),
        (id, tenant_id),
        |r| request_row(r, as_of),
    )
    .optional()?
    .ok_or_else(|| Error::not_found("request", id))
}

pub fn requests(
    conn: &Connection,
    tenant: &str,
    overdue_only: bool,
    as_of: NaiveDate,
) -> Result<Vec<SubjectRequest>> {
    let tenant_id = tenants::id_of(conn, tenant)?;
    let mut stmt = conn.prepare(&format!(
        "{REQUEST} WHERE r.tenant_id = ?1 ORDER BY r.due_on, r.id"
    ))?;
    let all = stmt
        .query_map([tenant_id], |r| request_row(r, as_of))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(all
        .into_iter()
        .filter(|r| !overdue_only || r.state == "overdue")
        .collect())
}

pub fn record_consent(
    w: &Writer<'_>,
    tenant: &str,
    sel: &UserSel,
    notice: &str,
    date: NaiveDate,
) -> Result<Consent> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let user_id = users::resolve_writable(w, tenant_id, sel)?;
    w.execute(
        "INSERT INTO consent (user_id, notice, accepted_on) VALUES (?1, ?2, ?3)
         ON CONFLICT (user_id, notice) DO UPDATE SET accepted_on = excluded.accepted_on, withdrawn_on = NULL",
        (user_id, notice, iso_date(date)),
    )?;
    w.record(Some(tenant), Changed::ConsentRecorded { user_id, notice })?;
    consent(w, user_id, notice)
}

pub fn withdraw_consent(
    w: &Writer<'_>,
    tenant: &str,
    sel: &UserSel,
    notice: &str,
    date: NaiveDate,
) -> Result<Consent> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let user_id = users::resolve_writable(w, tenant_id, sel)?;
    let changed = w.execute(
        "UPDATE consent SET withdrawn_on = ?3 WHERE user_id = ?1 AND notice = ?2 AND withdrawn_on IS NULL",
        (user_id, notice, iso_date(date)),
    )?;
    if changed == 0 {
        return Err(Error::refused(format!(
            "user {sel} has no accepted consent to notice '{notice}' to withdraw"
        ))
        .about("consent"));
    }
    w.record(Some(tenant), Changed::ConsentWithdrawn { user_id, notice })?;
    consent(w, user_id, notice)
}

fn consent(conn: &Connection, user_id: i64, notice: &str) -> Result<Consent> {
    Ok(conn.query_row(
        "SELECT user_id, notice, accepted_on, withdrawn_on FROM consent WHERE user_id = ?1 AND notice = ?2",
        (user_id, notice),
        |r| {
            Ok(Consent {
                user_id: r.get(0)?,
                notice: r.get(1)?,
                accepted_on: r.get(2)?,
                withdrawn_on: r.get(3)?,
            })
        },
    )?)
}

/// Active users of the tenant who have not accepted `notice` (or withdrew).
pub fn without_consent(conn: &Connection, tenant: &str, notice: &str) -> Result<Vec<crate::model::User>> {
    let tenant_id = tenants::id_of(conn, tenant)?;
    users::select_where(
        conn,
        "u.tenant_id = ?1 AND u.status = 'active'
           AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.user_id = u.id AND c.notice = ?2 AND c.withdrawn_on IS NULL)",
        (tenant_id, notice),
    )
}

pub fn suppressions(conn: &Connection, tenant: &str) -> Result<Vec<Suppression>> {
    let tenant_id = tenants::id_of(conn, tenant)?;
    let mut stmt = conn.prepare(
        "SELECT ?2, kind, substr(mac, 1, 16), created_on FROM suppression WHERE tenant_id = ?1 ORDER BY created_on, kind",
    )?;
    let list = stmt
        .query_map((tenant_id, tenant), |r| {
            Ok(Suppression {
                tenant: r.get(0)?,
                kind: r.get(1)?,
                hash: r.get(2)?,
                created_on: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(list)
}

/// Lifts a suppression: the person may be imported again.
pub fn remove_suppression(w: &Writer<'_>, tenant: &str, kind: &str, value: &str) -> Result<u64> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let hash = w.rules.suppression_mac(&secret(w)?, kind, value);
    let removed = w.execute(
        "DELETE FROM suppression WHERE tenant_id = ?1 AND kind = ?2 AND mac = ?3",
        (tenant_id, kind, &hash),
    )?;
    if removed == 0 {
        let what = if kind == "email" {
            "e-mail address"
        } else {
            "external id"
        };
        return Err(Error::new(
            crate::error::ErrorKind::NotFound,
            format!("no entry of the suppression list is for that {what}"),
        )
        .about("suppression"));
    }
    w.record(
        Some(tenant),
        Changed::SuppressionRemoved {
            kind,
            hash: &hash[..16],
        },
    )?;
    Ok(removed as u64)
}
