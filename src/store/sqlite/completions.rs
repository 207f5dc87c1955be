//! Completions and certificates in SQLite, and the reminders that follow from them.

use crate::store::rules::Changed;
use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row};

use super::status::{ENROLLMENT_AS_OF, Statuses};
use super::{Writer, courses, now, query_named, tenants, users};
use crate::error::{Error, Result};
use crate::model::value::iso_date;
use crate::model::{
    AsOf, Certificate, CertificateQuery, CompletionField, CompletionReport, CompletionRow, Course,
    NewCompletion, Reminder, RowSource,
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

/// `import completions`: records every valid row in one transaction, all or nothing
/// (unless `skip_invalid`); rows for unknown users or courses are rejected with their line.
pub fn import(
    w: &Writer<'_>,
    tenant: &str,
    file: &str,
    apply: bool,
    skip_invalid: bool,
    rows: &mut dyn RowSource<CompletionRow, CompletionField>,
) -> Result<(CompletionReport, bool)> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let mut report = CompletionReport {
        tenant: tenant.to_owned(),
        file: file.to_owned(),
        ..CompletionReport::default()
    };
    let mut courses_by_code: std::collections::HashMap<String, Option<Course>> =
        std::collections::HashMap::new();
    while let Some(row) = rows.next_row()? {
        let user_field = match row.user {
            crate::model::UserSel::Email(_) => CompletionField::Email,
            _ => CompletionField::ExternalId,
        };
        let user_id = match users::resolve_writable(w, tenant_id, &row.user) {
            Ok(user_id) => user_id,
            Err(err) => {
                let message = match err.kind {
                    crate::error::ErrorKind::NotFound => {
                        format!("no user of tenant '{tenant}' is '{}'", row.user)
                    }
                    _ => err.message,
                };
                rows.reject_current(user_field, &message);
                continue;
            }
        };
        let course = match courses_by_code.get(&row.course.to_lowercase()) {
            Some(course) => course.clone(),
            None => {
                let course = courses::find(w, tenant_id, &row.course).ok();
                courses_by_code.insert(row.course.to_lowercase(), course.clone());
                course
            }
        };
        let Some(course) = course else {
            rows.reject_current(
                CompletionField::Course,
                &format!("no course '{}' in the catalogue of '{tenant}'", row.course),
            );
            continue;
        };
        if let Err(message) = w.rules.completion_date(row.date, w.today()) {
            rows.reject_current(CompletionField::Date, &message);
            continue;
        }
        let (_, created) = record(w, tenant, user_id, &course, row.date, row.score)?;
        if created {
            report.created += 1;
        } else {
            report.unchanged += 1;
        }
    }
    let summary = rows.finish()?;
    report.rows = summary.rows;
    report.rejected = summary.rejected;
    report.sha256 = summary.sha256;
    let commit = apply && (report.rejected == 0 || skip_invalid);
    if commit {
        w.record(
            Some(tenant),
            Changed::CompletionsImported {
                file,
                report: &report,
            },
        )?;
        report.applied = true;
    }
    Ok((report, commit))
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
