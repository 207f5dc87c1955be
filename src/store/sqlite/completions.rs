//! Completions and certificates in SQLite, and the reminders that follow from them.

use crate::store::rules::{self, Changed, Learner};
use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row};

use super::status::{ENROLLMENT_AS_OF, Statuses};
use super::{Writer, courses, now, query_named, tenants, users};
use crate::error::{Error, ErrorKind, Result};
use crate::model::value::iso_date;
use crate::model::{
    AsOf, Certificate, CertificateQuery, CompletionField, CompletionReport, CompletionRow, Course,
    NewCompletion, Reminder, RowSource, UserSel,
};

/// The certificates of `:tenant` issued by `:as_of`, with their state then.
fn certificates(statuses: &Statuses) -> String {
    format!(
        "SELECT c.serial, u.id, u.external_id, u.email, u.first_name, u.last_name, co.code, co.title,
            c.completed_on, c.score, c.expires_on, {state}
        FROM completion c JOIN user u ON u.id = c.user_id JOIN course co ON co.id = c.course_id
        WHERE u.tenant_id = :tenant AND c.completed_on <= :as_of",
        state = statuses.sql.certificate
    )
}

fn certificate_row(r: &Row<'_>) -> rusqlite::Result<Certificate> {
    Ok(Certificate {
        serial: r.get(0)?,
        user_id: r.get(1)?,
        external_id: r.get(2)?,
        email: r.get(3)?,
        first_name: r.get(4)?,
        last_name: r.get(5)?,
        course: r.get(6)?,
        title: r.get(7)?,
        completed_on: r.get(8)?,
        score: r.get(9)?,
        expires_on: r.get(10)?,
        state: r.get(11)?,
    })
}

/// Records a completion of `course` by `user_id` on `date` and issues its certificate,
/// unless that completion is already recorded. Returns the serial and whether it is new.
fn record(
    w: &Writer<'_>,
    tenant: &str,
    user_id: i64,
    course: &Course,
    date: NaiveDate,
    score: Option<f64>,
) -> Result<(String, bool)> {
    // Cached statements: an import records millions, and the INSERT carries the
    // triggers that keep enrollments and report tallies current.
    let existing: Option<String> = w
        .prepare_cached(
            "SELECT serial FROM completion WHERE user_id = ?1 AND course_id = ?2 AND completed_on = ?3",
        )?
        .query_row((user_id, course.id, iso_date(date)), |r| r.get(0))
        .optional()?;
    if let Some(serial) = existing {
        return Ok((serial, false));
    }
    let expires_on = course.valid_for.map(|period| iso_date(period.after(date)));
    // Serials are random (64 bits): unique in practice, and nothing can be read from
    // them, so the serial on a certificate leads to no row once the person is erased.
    let serial = format!(
        "LMS-{}-{}",
        date.format("%Y"),
        w.prepare_cached("SELECT upper(hex(randomblob(8)))")?
            .query_row([], |r| r.get::<_, String>(0))?
    );
    w.prepare_cached(
        "INSERT INTO completion (user_id, course_id, completed_on, score, serial, expires_on, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(rusqlite::params![
        user_id,
        course.id,
        iso_date(date),
        score,
        serial,
        expires_on,
        now()
    ])?;
    let next = w.last_insert_rowid();
    super::users::touch(w, user_id, date)?;
    w.record(
        Some(tenant),
        Changed::CompletionCreated {
            completion_id: next,
            user_id,
            course_id: course.id,
        },
    )?;
    Ok((serial, true))
}

/// `import completions`: the core runs the import over [`CompletionImport`], all in
/// the caller's one transaction.
pub fn import(
    w: &Writer<'_>,
    import: &rules::CompletionImport<'_>,
    rows: &mut dyn RowSource<CompletionRow, CompletionField>,
) -> Result<(CompletionReport, bool)> {
    let mut store = CompletionImport {
        w,
        tenant: import.tenant,
        tenant_id: tenants::id_of(w, import.tenant)?,
    };
    w.rules.import_completions(import, &mut store, rows)
}

/// What an import of completions reads and writes in one tenant.
struct CompletionImport<'w> {
    w: &'w Writer<'w>,
    tenant: &'w str,
    tenant_id: i64,
}

impl rules::CompletionImportStore for CompletionImport<'_> {
    fn learner(&mut self, sel: &UserSel) -> Result<Learner> {
        Ok(match users::find(self.w, self.tenant_id, sel)? {
            None => Learner::Unknown,
            Some((_, true)) => Learner::Erased,
            Some((id, false)) => Learner::Found(id),
        })
    }

    fn course(&mut self, code: &str) -> Result<Option<Course>> {
        match courses::find(self.w, self.tenant_id, code) {
            Ok(course) => Ok(Some(course)),
            Err(err) if err.kind == ErrorKind::NotFound => Ok(None),
            Err(err) => Err(err),
        }
    }

    fn record(&mut self, user_id: i64, course: &Course, date: NaiveDate, score: Option<f64>) -> Result<bool> {
        Ok(record(self.w, self.tenant, user_id, course, date, score)?.1)
    }

    fn audit(&mut self, action: &str, target: serde_json::Value) -> Result<()> {
        self.w.audit(Some(self.tenant), action, target)
    }
}

/// Records a completion and issues its certificate; the same completion recorded
/// again returns the certificate already issued.
pub fn complete(w: &Writer<'_>, tenant: &str, new: &NewCompletion) -> Result<Certificate> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let course = courses::find(w, tenant_id, &new.course)?;
    let user_id = users::resolve_writable(w, tenant_id, &new.user)?;
    let (serial, _) = record(w, tenant, user_id, &course, new.date, new.score)?;
    let as_of = AsOf {
        date: new.date.max(w.today()),
        expiring_within_days: 0,
    };
    show(w, w.statuses, tenant, &serial, as_of)
}

pub fn list(
    conn: &Connection,
    statuses: &Statuses,
    tenant: &str,
    query_: &CertificateQuery,
    as_of: AsOf,
) -> Result<Vec<Certificate>> {
    let tenant_id = tenants::id_of(conn, tenant)?;
    let mut args = statuses.params(as_of);
    args.push((":tenant", Value::Integer(tenant_id)));
    let mut sql = certificates(statuses);
    if let Some(code) = &query_.course {
        sql.push_str(" AND c.course_id = :course");
        args.push((
            ":course",
            Value::Integer(courses::find(conn, tenant_id, code)?.id),
        ));
    }
    if let Some(sel) = &query_.user {
        sql.push_str(" AND c.user_id = :user");
        args.push((":user", Value::Integer(users::resolve(conn, tenant_id, sel)?)));
    }
    sql.push_str(" ORDER BY c.completed_on, c.id");
    if query_.limit > 0 {
        sql.push_str(&format!(" LIMIT {}", query_.limit));
    }
    query_named(conn, &sql, &args, certificate_row)
}

/// One certificate by serial, with its state on `as_of` (it must exist by then).
pub fn show(
    conn: &Connection,
    statuses: &Statuses,
    tenant: &str,
    serial: &str,
    as_of: AsOf,
) -> Result<Certificate> {
    let tenant_id = tenants::id_of(conn, tenant)?;
    let mut args = statuses.params(as_of);
    args.push((":tenant", Value::Integer(tenant_id)));
    args.push((":serial", Value::Text(serial.trim().to_owned())));
    query_named(
        conn,
        &format!("{} AND c.serial = :serial", certificates(statuses)),
        &args,
        certificate_row,
    )?
    .pop()
    .ok_or_else(|| Error::not_found("certificate", serial))
}

/// Reminders due on `as_of`: courses due within `within_days`, overdue ones,
/// certificates expiring within `within_days` and expired ones; active users only.
pub fn reminders(
    conn: &Connection,
    statuses: &Statuses,
    tenant: &str,
    within_days: u32,
    as_of: AsOf,
) -> Result<Vec<Reminder>> {
    let tenant_id = tenants::id_of(conn, tenant)?;
    let as_of = AsOf {
        date: as_of.date,
        expiring_within_days: within_days,
    };
    let mut args = statuses.params(as_of);
    args.push((":tenant", Value::Integer(tenant_id)));
    let sql = format!(
        "SELECT reason, uid, external_id, email, first_name, last_name, locale, code, title, due_on, expires_on,
                manager_email, manager_name
         FROM (
             SELECT {reason} AS reason, *
             FROM (
                 SELECT {status} AS status, u.id AS uid, u.external_id, u.email, u.first_name, u.last_name, u.locale,
                        c.code, c.title, {due_on} AS due_on, e.expires_on, m.email AS manager_email,
                        CASE WHEN m.id IS NOT NULL THEN m.first_name || ' ' || m.last_name END AS manager_name
                 FROM {ENROLLMENT_AS_OF} e JOIN user u ON u.id = e.user_id JOIN course c ON c.id = e.course_id
                 LEFT JOIN user m ON m.id = u.manager_id
                 WHERE u.tenant_id = :tenant AND u.status = 'active'
             )
         ) WHERE reason IS NOT NULL ORDER BY uid, code",
        reason = statuses.sql.reminder,
        status = statuses.sql.status,
        due_on = statuses.sql.due_on,
    );
    query_named(conn, &sql, &args, |r| {
        Ok(Reminder {
            reason: r.get(0)?,
            user_id: r.get(1)?,
            external_id: r.get(2)?,
            email: r.get(3)?,
            first_name: r.get(4)?,
            last_name: r.get(5)?,
            locale: r.get(6)?,
            course: r.get(7)?,
            title: r.get(8)?,
            due_on: r.get::<_, Option<NaiveDate>>(9)?,
            expires_on: r.get(10)?,
            manager_email: r.get(11)?,
            manager_name: r.get(12)?,
        })
    })
}
