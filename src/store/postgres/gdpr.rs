/*!
Data protection in PostgreSQL: subject export, erasure, anonymisation of the inactive,
retention, consents, the request register and the suppression list.

As on SQLite, which data is about a person is read from the schema: every table with
a foreign key to `"user"` holds personal data of the user it points to, so a table
added later is exported and erased without anyone remembering to. What erasure keeps
(anonymised), and why, is the core's rule ([`crate::store::Rules::kept_on_erasure`]).
An export reads each row as SQLite's export shows it (integers, reals, text, days as
`YYYY-MM-DD`), so a person's export is the same on both backends.
*/

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;
use postgres::types::Type;
use postgres::{Row, Transaction};
use serde_json::{Map, Value as Json, json};

use super::{PostgresStore, Writer, tenants, users};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{
    AnonymizeReport, CompletedCourse, Consent, CourseName, ErasureReceipt, GroupName, LearningHistory,
    NewRequest, RequestKind, StoredRow, SubjectData, SubjectEvent, SubjectRequest, SubjectRows, Suppression,
    User, UserSel,
};
use crate::store::rules::{Answer, Answering, Changed, StoredRequest};

/// Every (table, column) with a foreign key to `"user"(id)`, but the user's own row,
/// in the order SQLite lists them (by table, then column).
fn user_references(tx: &mut Transaction<'_>) -> Result<Vec<(String, String)>> {
    Ok(tx
        .query(
            "SELECT cl.relname::text, a.attname::text
             FROM pg_constraint c
             JOIN pg_class cl ON cl.oid = c.conrelid
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
             WHERE c.contype = 'f' AND c.confrelid = '\"user\"'::regclass
               AND cl.relnamespace = current_schema()::regnamespace
             ORDER BY cl.relname COLLATE \"C\", a.attname COLLATE \"C\"",
            &[],
        )?
        .iter()
        .map(|row| (row.get(0), row.get(1)))
        .collect())
}

/// A column's value as SQLite's export shows it.
fn json_value(row: &Row, i: usize) -> Json {
    let ty = row.columns()[i].type_();
    let value = match *ty {
        Type::INT2 => row.get::<_, Option<i16>>(i).map(|v| json!(v)),
        Type::INT4 => row.get::<_, Option<i32>>(i).map(|v| json!(v)),
        Type::INT8 => row.get::<_, Option<i64>>(i).map(|v| json!(v)),
        Type::FLOAT4 => row.get::<_, Option<f32>>(i).map(|v| json!(f64::from(v))),
        Type::FLOAT8 => row.get::<_, Option<f64>>(i).map(|v| json!(v)),
        // SQLite keeps booleans as 0 and 1.
        Type::BOOL => row.get::<_, Option<bool>>(i).map(|v| json!(i64::from(v))),
        Type::DATE => row
            .get::<_, Option<NaiveDate>>(i)
            .map(|v| json!(crate::model::value::iso_date(v))),
        Type::BYTEA => row.get::<_, Option<Vec<u8>>>(i).map(|v| json!(hex::encode(v))),
        // Text, and citext (an extension's type).
        _ => row
            .try_get::<_, Option<String>>(i)
            .ok()
            .flatten()
            .map(|v| json!(v)),
    };
    value.unwrap_or(Json::Null)
}

/// The rows of `table` where `column` = `id`, column by column.
fn rows_where(tx: &mut Transaction<'_>, table: &str, column: &str, id: i64) -> Result<Vec<StoredRow>> {
    // Table and column names come from the catalogue, not from input; quoted anyway.
    let rows = tx.query(
        &format!("SELECT * FROM \"{table}\" WHERE \"{column}\" = $1 ORDER BY 1"),
        &[&id],
    )?;
    Ok(rows
        .iter()
        .map(|row| {
            let mut object = StoredRow::new();
            for (i, col) in row.columns().iter().enumerate() {
                let mut value = json_value(row, i);
                // Times in the one form every output shows, also those a store copied
                // from an older SQLite store keeps as they were written.
                if let (true, Json::String(text)) = (col.name().ends_with("_at"), &value)
                    && let Some(time) = crate::model::time::normalise(text)
                {
                    value = Json::String(time);
                }
                object.insert(col.name().to_owned(), value);
            }
            object
        })
        .collect())
}

/// Audit events whose target names the user.
fn audit_events_of(tx: &mut Transaction<'_>, tenant: &str, user_id: i64) -> Result<Vec<SubjectEvent>> {
    Ok(tx
        .query(
            "SELECT e.seq, e.at, e.actor, e.action, e.target FROM audit_subject s JOIN audit_event e ON e.seq = s.seq
             JOIN \"user\" u ON u.id = s.user_id
             WHERE s.user_id = $2 AND e.tenant = $1
               -- A user id can be given again after a tenant was deleted: only events from
               -- the user's creation on are about this user.
               AND substr(e.at, 1, 23) >= substr(u.created_at, 1, 23)
             ORDER BY e.seq",
            &[&tenant, &user_id],
        )?
        .iter()
        .map(|r| {
            let target: String = r.get(4);
            SubjectEvent {
                seq: r.get(0),
                at: r.get(1),
                actor: r.get(2),
                action: r.get(3),
                target: serde_json::from_str::<Json>(&target).unwrap_or(Json::String(target)),
            }
        })
        .collect())
}

/// The person's completions, with the courses' codes and titles.
fn learning_history(tx: &mut Transaction<'_>, user_id: i64) -> Result<LearningHistory> {
    let person = tx.query_one(
        "SELECT email::text, first_name, last_name FROM \"user\" WHERE id = $1",
        &[&user_id],
    )?;
    let completions = tx
        .query(
            "SELECT c.code::text, c.title, x.completed_on, x.score, x.serial
             FROM completion x JOIN course c ON c.id = x.course_id
             WHERE x.user_id = $1 ORDER BY x.completed_on, x.id",
            &[&user_id],
        )?
        .iter()
        .map(|r| CompletedCourse {
            course_code: r.get(0),
            course_title: r.get(1),
            completed_on: r.get(2),
            score: r.get(3),
            serial: r.get(4),
        })
        .collect();
    Ok(LearningHistory {
        email: person.get(0),
        first_name: person.get(1),
        last_name: person.get(2),
        completions,
    })
}

/// The courses and groups the person's rows name by id.
fn names_of(tx: &mut Transaction<'_>, user_id: i64) -> Result<(Vec<CourseName>, Vec<GroupName>)> {
    let courses = tx
        .query(
            "SELECT id, code::text, title FROM course WHERE id IN (SELECT course_id FROM enrollment WHERE user_id = $1
                 UNION SELECT course_id FROM completion WHERE user_id = $1
                 UNION SELECT course_id FROM assignment WHERE user_id = $1)
             ORDER BY id",
            &[&user_id],
        )?
        .iter()
        .map(|r| CourseName {
            id: r.get(0),
            code: r.get(1),
            title: r.get(2),
        })
        .collect();
    let groups = tx
        .query(
            "SELECT id, name::text FROM user_group
             WHERE id IN (SELECT group_id FROM group_member WHERE user_id = $1) ORDER BY id",
            &[&user_id],
        )?
        .iter()
        .map(|r| GroupName {
            id: r.get(0),
            name: r.get(1),
        })
        .collect();
    Ok((courses, groups))
}

/// Everything the store holds on the person (Art. 15 and 20), with the learning
/// history when `xapi`. Records the export; with `request`, closes that request.
pub fn export_subject(
    store: &PostgresStore,
    tenant: &str,
    sel: &UserSel,
    request: Option<i64>,
    xapi: bool,
) -> Result<SubjectData> {
    store.write(|w| {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let user_id = users::resolve(&mut w.tx, tenant_id, sel)?;
        let request = request
            .map(|id| open_request_of(w, tenant_id, id, RequestKind::Export, user_id))
            .transpose()?;
        let subject = rows_where(&mut w.tx, "user", "id", user_id)?
            .pop()
            .ok_or_else(|| Error::not_found("user", sel))?;
        let mut tables = Vec::new();
        let mut counts = Map::new();
        for (table, column) in user_references(&mut w.tx)? {
            if table == "user" {
                continue;
            }
            let rows = rows_where(&mut w.tx, &table, &column, user_id)?;
            counts.insert(table.clone(), json!(rows.len()));
            tables.push(SubjectRows { table, column, rows });
        }
        let (courses, groups) = names_of(&mut w.tx, user_id)?;
        let audit_events = audit_events_of(&mut w.tx, tenant, user_id)?;
        counts.insert("audit_event".to_owned(), json!(audit_events.len()));
        let learning = xapi.then(|| learning_history(&mut w.tx, user_id)).transpose()?;
        let read_at = crate::model::time::now();
        w.record(
            Some(tenant),
            Changed::SubjectExported {
                user_id,
                request_id: request,
                counts: &counts,
            },
        )?;
        if let Some(request) = request {
            answer_request(
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
    })
}

/// The request `id` of this tenant, if it may be answered by an export or erasure
/// (`kind`) of `user_id` (the core's rule).
fn open_request_of(
    w: &mut Writer<'_>,
    tenant_id: i64,
    id: i64,
    kind: RequestKind,
    user_id: i64,
) -> Result<i64> {
    let row = w.tx.query_opt(
        "SELECT kind, user_id, closed_on FROM subject_request WHERE id = $1 AND tenant_id = $2",
        &[&id, &tenant_id],
    )?;
    let Some(row) = row else {
        return Err(Error::not_found("request", id));
    };
    let stored = StoredRequest {
        id,
        kind: RequestKind::parse(row.get(0)).unwrap_or(RequestKind::Export),
        user_id: row.get(1),
        closed: row.get::<_, Option<NaiveDate>>(2).is_some(),
    };
    w.rules
        .request_answerable(&stored, Answering::Subject { kind, user_id })?;
    Ok(id)
}

/// The newest audit event of the tenant's chain: the one an answer just wrote.
fn last_event(w: &mut Writer<'_>, tenant: &str) -> Result<i64> {
    let chain = w.rules.audit_chain(Some(tenant));
    Ok(w.tx
        .query_one("SELECT max(seq) FROM audit_event WHERE chain = $1", &[&chain])?
        .get::<_, Option<i64>>(0)
        .unwrap_or_default())
}

/// Closes a request as `answer`ed by the audit event just written.
fn answer_request(w: &mut Writer<'_>, id: i64, answer: &Answer<'_>) -> Result<()> {
    let tenant: String =
        w.tx.query_one(
            "SELECT t.slug FROM subject_request r JOIN tenant t ON t.id = r.tenant_id WHERE r.id = $1",
            &[&id],
        )?
        .get(0);
    let seq = last_event(w, &tenant)?;
    let manifest = w.rules.request_manifest(answer).to_string();
    let today = w.today();
    w.tx.execute(
        "UPDATE subject_request SET closed_on = $1, audit_seq = $2, manifest = $3 WHERE id = $4",
        &[&today, &seq, &manifest, &id],
    )?;
    Ok(())
}

fn secret(tx: &mut Transaction<'_>) -> Result<Vec<u8>> {
    Ok(tx
        .query_one("SELECT value FROM store_secret WHERE name = 'suppression'", &[])?
        .get(0))
}

/// The suppression list of a tenant, loaded for an import: (secret, `kind:mac` of
/// each entry).
pub(super) fn suppression_set(
    tx: &mut Transaction<'_>,
    tenant_id: i64,
) -> Result<(Vec<u8>, HashSet<String>)> {
    let set = tx
        .query(
            "SELECT kind || ':' || mac FROM suppression WHERE tenant_id = $1",
            &[&tenant_id],
        )?
        .iter()
        .map(|row| row.get(0))
        .collect();
    Ok((secret(tx)?, set))
}

/// What PostgreSQL itself keeps of an erased person, for the receipt (measured: see
/// the README's section on the PostgreSQL store).
const RESIDUE: &str = "PostgreSQL: the write-ahead log keeps the erased values until its segments are recycled, \
     and WAL archives, base backups and replicas as long as they are kept; index pages may keep a copy of the \
     e-mail address and external id until reused or rebuilt (REINDEX); the table's rows are vacuumed";

/// Erases one user (Art. 17): see the module documentation for what goes and what stays.
pub fn erase_subject(
    store: &PostgresStore,
    tenant: &str,
    sel: &UserSel,
    request: Option<i64>,
    dry_run: bool,
) -> Result<ErasureReceipt> {
    let receipt = store.write_if(|w| {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let user_id = users::resolve(&mut w.tx, tenant_id, sel)?;
        let status: String =
            w.tx.query_one("SELECT status FROM \"user\" WHERE id = $1", &[&user_id])?
                .get(0);
        if status == "erased" {
            return Err(Error::refused(format!("user {sel} was already erased")).about("user.erased"));
        }
        let request = request
            .map(|id| open_request_of(w, tenant_id, id, RequestKind::Erase, user_id))
            .transpose()?;
        let references = user_references(&mut w.tx)?;
        let secret = secret(&mut w.tx)?;
        let mut receipt = erase_user(
            w,
            tenant,
            tenant_id,
            user_id,
            (&references, &secret),
            request,
            dry_run,
        )?;
        receipt.kept.push(RESIDUE.to_owned());
        if let (Some(request), false) = (request, dry_run) {
            answer_request(w, request, &Answer::Erased(&receipt))?;
        }
        Ok((receipt, !dry_run))
    })?;
    if !dry_run {
        vacuum_personal_tables(store)?;
    }
    Ok(receipt)
}

fn erase_user(
    w: &mut Writer<'_>,
    tenant: &str,
    tenant_id: i64,
    user_id: i64,
    (references, secret): (&[(String, String)], &[u8]),
    request: Option<i64>,
    dry_run: bool,
) -> Result<ErasureReceipt> {
    let mut tombstone_bytes = [0u8; 16];
    getrandom::fill(&mut tombstone_bytes)
        .map_err(|e| Error::failure(format!("no random numbers for the tombstone: {e}")))?;
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
        let count: i64 =
            w.tx.query_one(
                &format!("SELECT count(*) FROM \"{table}\" WHERE \"{column}\" = $1"),
                &[&user_id],
            )?
            .get(0);
        let count = u64::try_from(count).unwrap_or_default();
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
            w.tx.execute(
                &format!("UPDATE \"user\" SET \"{column}\" = NULL WHERE \"{column}\" = $1"),
                &[&user_id],
            )?;
        } else {
            w.tx.execute(
                &format!("DELETE FROM \"{table}\" WHERE \"{column}\" = $1"),
                &[&user_id],
            )?;
        }
    }
    receipt.erased.insert("user".to_owned(), 1);
    if dry_run {
        return Ok(receipt);
    }
    let person = w.tx.query_one(
        "SELECT external_id, email::text FROM \"user\" WHERE id = $1",
        &[&user_id],
    )?;
    let (external_id, email): (Option<String>, String) = (person.get(0), person.get(1));
    let today = w.today();
    let mut entries = vec![("email", w.rules.suppression_mac(secret, "email", &email))];
    if let Some(external_id) = &external_id {
        entries.push((
            "external_id",
            w.rules.suppression_mac(secret, "external_id", external_id),
        ));
    }
    for (kind, mac) in &entries {
        w.tx.execute(
            "INSERT INTO suppression (tenant_id, kind, mac, created_on) VALUES ($1, $2, $3, $4)
             ON CONFLICT DO NOTHING",
            &[&tenant_id, kind, mac, &today],
        )?;
    }
    // Kept completions lose score and serial; serials are random, so the one on the
    // person's certificate does not lead to the row that stays.
    w.tx.execute(
        "UPDATE completion SET score = NULL, serial = 'erased-' || substr(replace(gen_random_uuid()::text, '-', ''), 1, 24)
         WHERE user_id = $1",
        &[&user_id],
    )?;
    w.tx.execute(
        "UPDATE \"user\" SET external_id = NULL, email = 'erased-' || $2 || '@invalid', first_name = '', last_name = '',
             department = NULL, location = NULL, manager_id = NULL, start_date = NULL, locale = NULL, roles = '',
             status = 'erased', last_activity_at = NULL, updated_at = $3
         WHERE id = $1",
        &[&user_id, &tombstone, &crate::model::time::now()],
    )?;
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
        let manifest = w.rules.request_manifest(&Answer::Erased(&receipt)).to_string();
        let seq = last_event(w, tenant)?;
        w.tx.execute(
            "UPDATE subject_request SET closed_on = $2, audit_seq = $3, manifest = $4
             WHERE user_id = $1 AND kind = 'erase' AND closed_on IS NULL",
            &[&user_id, &today, &seq, &manifest],
        )?;
    }
    Ok(receipt)
}

/// After an erasure is committed: the tables it wrote are vacuumed, so that the dead
/// row versions holding the person's data are gone from the relation files (what
/// PostgreSQL keeps beyond that, in its write-ahead log and backups, the README says).
fn vacuum_personal_tables(store: &PostgresStore) -> Result<()> {
    let mut client = store.lock()?;
    // VACUUM cannot run in a transaction; the connection is idle between writes.
    client.batch_execute(
        "VACUUM \"user\", completion, enrollment, consent, group_member, user_activity, assignment, subject_request",
    )?;
    Ok(())
}

/// Erases every user of the tenant with no activity since `since` (by last activity,
/// else by when they were created).
fn anonymize(w: &mut Writer<'_>, tenant: &str, since: NaiveDate, dry_run: bool) -> Result<AnonymizeReport> {
    let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
    let cutoff = crate::model::value::iso_date(since);
    let ids: Vec<i64> =
        w.tx.query(
            "SELECT id FROM \"user\" WHERE tenant_id = $1 AND status <> 'erased'
               AND coalesce(last_activity_at, created_at) < $2 ORDER BY id",
            &[&tenant_id, &cutoff],
        )?
        .iter()
        .map(|row| row.get(0))
        .collect();
    if !dry_run {
        let references = user_references(&mut w.tx)?;
        let secret = secret(&mut w.tx)?;
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

pub fn anonymize_inactive(
    store: &PostgresStore,
    tenant: &str,
    since: NaiveDate,
    dry_run: bool,
) -> Result<AnonymizeReport> {
    let report = store.write_if(|w| anonymize(w, tenant, since, dry_run).map(|r| (r, !dry_run)))?;
    if !dry_run && report.users > 0 {
        vacuum_personal_tables(store)?;
    }
    Ok(report)
}

/// Applies every tenant's retention policy as of today.
pub fn run_retention(store: &PostgresStore, dry_run: bool) -> Result<Vec<AnonymizeReport>> {
    let reports = store.write_if(|w| {
        let policies: Vec<(String, i32)> =
            w.tx.query(
                "SELECT slug, retention_months FROM tenant WHERE retention_months IS NOT NULL
                 ORDER BY slug COLLATE \"C\"",
                &[],
            )?
            .iter()
            .map(|row| (row.get(0), row.get(1)))
            .collect();
        let mut reports = Vec::new();
        for (slug, months) in policies {
            let since = w
                .today()
                .checked_sub_months(chrono::Months::new(u32::try_from(months).unwrap_or_default()))
                .unwrap_or(NaiveDate::MIN);
            reports.push(anonymize(w, &slug, since, dry_run)?);
        }
        Ok((reports, !dry_run))
    })?;
    if !dry_run && reports.iter().any(|r| r.users > 0) {
        vacuum_personal_tables(store)?;
    }
    Ok(reports)
}

/// What SQLite's `gdpr purge` does to its write-ahead log: here, a vacuum of the
/// tables that hold personal data.
pub fn purge(store: &PostgresStore) -> Result<()> {
    vacuum_personal_tables(store)
}

pub fn open_request(store: &PostgresStore, tenant: &str, new: &NewRequest) -> Result<SubjectRequest> {
    store.write(|w| {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let user_id = users::resolve_writable(&mut w.tx, tenant_id, &new.user)?;
        let due = new
            .received_on
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(NaiveDate::MAX);
        let id: i64 =
            w.tx.query_one(
                "INSERT INTO subject_request (tenant_id, user_id, kind, received_on, due_on)
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
                &[&tenant_id, &user_id, &new.kind.as_str(), &new.received_on, &due],
            )?
            .get(0);
        w.record(
            Some(tenant),
            Changed::RequestOpened {
                request_id: id,
                user_id,
                kind: new.kind,
            },
        )?;
        let today = w.today();
        get_request(&mut w.tx, tenant, id, today)
    })
}

/// Closes a request handled outside lmsctl's export and erase (e.g. a rectification),
/// with a note (already checked) of which only the length is kept.
pub fn close_request(store: &PostgresStore, tenant: &str, id: i64, note: &str) -> Result<SubjectRequest> {
    store.write(|w| {
        let today = w.today();
        let current = get_request(&mut w.tx, tenant, id, today)?;
        w.rules
            .request_answerable(&(&current).into(), Answering::ByHand)?;
        w.record(Some(tenant), Changed::RequestClosed { request_id: id })?;
        answer_request(w, id, &Answer::ClosedByHand { note })?;
        get_request(&mut w.tx, tenant, id, today)
    })
}

const REQUEST: &str =
    "SELECT r.id, t.slug, r.user_id, r.kind, r.received_on, r.due_on, r.closed_on, r.audit_seq, r.manifest
    FROM subject_request r JOIN tenant t ON t.id = r.tenant_id";

fn request_row(r: &Row, as_of: NaiveDate) -> SubjectRequest {
    let kind: String = r.get(3);
    let due_on: NaiveDate = r.get(5);
    let closed_on: Option<NaiveDate> = r.get(6);
    let manifest: Option<String> = r.get(8);
    SubjectRequest {
        id: r.get(0),
        tenant: r.get(1),
        user_id: r.get(2),
        kind: RequestKind::parse(&kind).unwrap_or(RequestKind::Export),
        received_on: r.get(4),
        due_on,
        closed_on,
        state: match closed_on {
            Some(_) => "closed",
            None if due_on < as_of => "overdue",
            None => "open",
        }
        .to_owned(),
        audit_seq: r.get(7),
        manifest: manifest.and_then(|m| serde_json::from_str(&m).ok()),
    }
}

fn get_request(tx: &mut Transaction<'_>, tenant: &str, id: i64, as_of: NaiveDate) -> Result<SubjectRequest> {
    let tenant_id = tenants::id_of(tx, tenant)?;
    tx.query_opt(
        &format!("{REQUEST} WHERE r.id = $1 AND r.tenant_id = $2"),
        &[&id, &tenant_id],
    )?
    .map(|row| request_row(&row, as_of))
    .ok_or_else(|| Error::not_found("request", id))
}

pub fn request(store: &PostgresStore, tenant: &str, id: i64, as_of: NaiveDate) -> Result<SubjectRequest> {
    store.read(|tx| get_request(tx, tenant, id, as_of))
}

pub fn requests(
    store: &PostgresStore,
    tenant: &str,
    overdue_only: bool,
    as_of: NaiveDate,
) -> Result<Vec<SubjectRequest>> {
    store.read(|tx| {
        let tenant_id = tenants::id_of(tx, tenant)?;
        let all: Vec<SubjectRequest> = tx
            .query(
                &format!("{REQUEST} WHERE r.tenant_id = $1 ORDER BY r.due_on, r.id"),
                &[&tenant_id],
            )?
            .iter()
            .map(|row| request_row(row, as_of))
            .collect();
        Ok(all
            .into_iter()
            .filter(|r| !overdue_only || r.state == "overdue")
            .collect())
    })
}

fn consent(tx: &mut Transaction<'_>, user_id: i64, notice: &str) -> Result<Consent> {
    let row = tx.query_one(
        "SELECT user_id, notice, accepted_on, withdrawn_on FROM consent WHERE user_id = $1 AND notice = $2",
        &[&user_id, &notice],
    )?;
    Ok(Consent {
        user_id: row.get(0),
        notice: row.get(1),
        accepted_on: row.get(2),
        withdrawn_on: row.get(3),
    })
}

pub fn record_consent(
    store: &PostgresStore,
    tenant: &str,
    sel: &UserSel,
    notice: &str,
    date: NaiveDate,
) -> Result<Consent> {
    store.write(|w| {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let user_id = users::resolve_writable(&mut w.tx, tenant_id, sel)?;
        w.tx.execute(
            "INSERT INTO consent (user_id, notice, accepted_on) VALUES ($1, $2, $3)
             ON CONFLICT (user_id, notice) DO UPDATE SET accepted_on = excluded.accepted_on, withdrawn_on = NULL",
            &[&user_id, &notice, &date],
        )?;
        w.record(Some(tenant), Changed::ConsentRecorded { user_id, notice })?;
        consent(&mut w.tx, user_id, notice)
    })
}

pub fn withdraw_consent(
    store: &PostgresStore,
    tenant: &str,
    sel: &UserSel,
    notice: &str,
    date: NaiveDate,
) -> Result<Consent> {
    store.write(|w| {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let user_id = users::resolve_writable(&mut w.tx, tenant_id, sel)?;
        let changed = w.tx.execute(
            "UPDATE consent SET withdrawn_on = $3 WHERE user_id = $1 AND notice = $2 AND withdrawn_on IS NULL",
            &[&user_id, &notice, &date],
        )?;
        if changed == 0 {
            return Err(Error::refused(format!(
                "user {sel} has no accepted consent to notice '{notice}' to withdraw"
            ))
            .about("consent"));
        }
        w.record(Some(tenant), Changed::ConsentWithdrawn { user_id, notice })?;
        consent(&mut w.tx, user_id, notice)
    })
}

/// Active users of the tenant who have not accepted `notice` (or withdrew).
pub fn users_without_consent(store: &PostgresStore, tenant: &str, notice: &str) -> Result<Vec<User>> {
    store.read(|tx| {
        let tenant_id = tenants::id_of(tx, tenant)?;
        users::select_where(
            tx,
            "u.tenant_id = $1 AND u.status = 'active'
               AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.user_id = u.id AND c.notice = $2 AND c.withdrawn_on IS NULL)",
            &[&tenant_id, &notice],
        )
    })
}

pub fn suppressions(store: &PostgresStore, tenant: &str) -> Result<Vec<Suppression>> {
    store.read(|tx| {
        let tenant_id = tenants::id_of(tx, tenant)?;
        Ok(tx
            .query(
                "SELECT kind, substr(mac, 1, 16), created_on FROM suppression WHERE tenant_id = $1
                 ORDER BY created_on, kind",
                &[&tenant_id],
            )?
            .iter()
            .map(|r| Suppression {
                tenant: tenant.to_owned(),
                kind: r.get(0),
                hash: r.get(1),
                created_on: r.get(2),
            })
            .collect())
    })
}

/// Lifts a suppression: the person may be imported again.
pub fn remove_suppression(store: &PostgresStore, tenant: &str, kind: &str, value: &str) -> Result<u64> {
    store.write(|w| {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let secret = secret(&mut w.tx)?;
        let hash = w.rules.suppression_mac(&secret, kind, value);
        let removed = w.tx.execute(
            "DELETE FROM suppression WHERE tenant_id = $1 AND kind = $2 AND mac = $3",
            &[&tenant_id, &kind, &hash],
        )?;
        if removed == 0 {
            let what = if kind == "email" {
                "e-mail address"
            } else {
                "external id"
            };
            return Err(Error::new(
                ErrorKind::NotFound,
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
        Ok(removed)
    })
}

/// Whether a person with this external id or e-mail address was erased in the tenant
/// (their keyed hashes are on its suppression list).
pub(super) fn is_suppressed(
    w: &mut super::Writer<'_>,
    tenant_id: i64,
    external_id: Option<&str>,
    email: &str,
) -> Result<bool> {
    let secret: Vec<u8> =
        w.tx.query_one("SELECT value FROM store_secret WHERE name = 'suppression'", &[])?
            .get(0);
    let email = w.rules.suppression_mac(&secret, "email", email);
    let external_id = external_id.map(|id| w.rules.suppression_mac(&secret, "external_id", id));
    Ok(w.tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM suppression WHERE tenant_id = $1
                 AND ((kind = 'email' AND mac = $2) OR (kind = 'external_id' AND mac = $3)))",
            &[&tenant_id, &email, &external_id],
        )?
        .get(0))
}
