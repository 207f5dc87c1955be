//! Completions and certificates in PostgreSQL, and the reminders that follow from them.

use chrono::NaiveDate;
use postgres::types::ToSql;
use postgres::{Row, Transaction};

use super::sql::named;
use super::status::ENROLLMENT_AS_OF;
use super::{PostgresStore, Writer, courses, tenants, users};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{
    AsOf, Certificate, CertificateQuery, CompletionField, CompletionReport, CompletionRow, Course,
    NewCompletion, Reminder, RowSource, UserSel,
};
use crate::store::rules::{self, Changed, Learner};

/// The certificates of `:tenant` issued by `:as_of`, with their state then.
fn certificates_sql(state: &str) -> String {
    format!(
        "SELECT c.serial, u.id, u.external_id, u.email::text, u.first_name, u.last_name, co.code::text, co.title,
            c.completed_on, c.score, c.expires_on, {state}
        FROM completion c JOIN \"user\" u ON u.id = c.user_id JOIN course co ON co.id = c.course_id
        WHERE u.tenant_id = :tenant AND c.completed_on <= :as_of"
    )
}

fn certificate_row(r: &Row) -> Certificate {
    Certificate {
        serial: r.get(0),
        user_id: r.get(1),
        external_id: r.get(2),
        email: r.get(3),
        first_name: r.get(4),
        last_name: r.get(5),
        course: r.get(6),
        title: r.get(7),
        completed_on: r.get(8),
        score: r.get(9),
        expires_on: r.get(10),
        state: r.get(11),
    }
}

/// Records a completion of `course` by `user_id` on `date` and issues its certificate,
/// unless that completion is already recorded. Returns the serial and whether it is new.
fn record(
    w: &mut Writer<'_>,
    tenant: &str,
    user_id: i64,
    course: &Course,
    date: NaiveDate,
    score: Option<f64>,
) -> Result<(String, bool)> {
    let existing = w.tx.query_opt(
        "SELECT serial FROM completion WHERE user_id = $1 AND course_id = $2 AND completed_on = $3",
        &[&user_id, &course.id, &date],
    )?;
    if let Some(row) = existing {
        return Ok((row.get(0), false));
    }
    let expires_on = course.valid_for.map(|period| period.after(date));
    // Serials are random (64 bits): unique in practice, and nothing can be read from
    // them, so the serial on a certificate leads to no row once the person is erased.
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes)
        .map_err(|e| Error::failure(format!("no random numbers for a certificate serial: {e}")))?;
    let serial = format!("LMS-{}-{}", date.format("%Y"), hex::encode_upper(bytes));
    let id: i64 =
        w.tx.query_one(
            "INSERT INTO completion (user_id, course_id, completed_on, score, serial, expires_on, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            &[
                &user_id,
                &course.id,
                &date,
                &score,
                &serial,
                &expires_on,
                &crate::model::time::now(),
            ],
        )?
        .get(0);
    users::touch(&mut w.tx, user_id, date)?;
    w.record(
        Some(tenant),
        Changed::CompletionCreated {
            completion_id: id,
            user_id,
            course_id: course.id,
        },
    )?;
    Ok((serial, true))
}

/// The course of the tenant's catalogue with this code, if any.
fn course_or_none(tx: &mut Transaction<'_>, tenant_id: i64, code: &str) -> Result<Option<Course>> {
    match courses::find(tx, tenant_id, code) {
        Ok(course) => Ok(Some(course)),
        Err(err) if err.kind == ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err),
    }
}

/// What an import of completions reads and writes in one tenant.
struct CompletionImport<'a, 'w> {
    w: &'a mut Writer<'w>,
    tenant: &'a str,
    tenant_id: i64,
}

impl rules::CompletionImportStore for CompletionImport<'_, '_> {
    fn learner(&mut self, sel: &UserSel) -> Result<Learner> {
        Ok(match users::find(&mut self.w.tx, self.tenant_id, sel)? {
            None => Learner::Unknown,
            Some((_, true)) => Learner::Erased,
            Some((id, false)) => Learner::Found(id),
        })
    }

    fn course(&mut self, code: &str) -> Result<Option<Course>> {
        course_or_none(&mut self.w.tx, self.tenant_id, code)
    }

    fn record(&mut self, user_id: i64, course: &Course, date: NaiveDate, score: Option<f64>) -> Result<bool> {
        Ok(record(self.w, self.tenant, user_id, course, date, score)?.1)
    }

    fn audit(&mut self, action: &str, target: serde_json::Value) -> Result<()> {
        self.w.audit(Some(self.tenant), action, target)
    }
}

/// `import completions`: the core runs the import, all in one transaction.
pub fn import_completions(
    store: &PostgresStore,
    tenant: &str,
    file: &str,
    apply: bool,
    skip_invalid: bool,
    rows: &mut dyn RowSource<CompletionRow, CompletionField>,
) -> Result<CompletionReport> {
    store.write_if(|w| {
        let import = rules::CompletionImport {
            tenant,
            file,
            apply,
            skip_invalid,
            today: w.today(),
        };
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let rules = w.rules;
        let mut session = CompletionImport { w, tenant, tenant_id };
        rules.import_completions(&import, &mut session, rows)
    })
}

/// Records a completion and issues its certificate; the same completion recorded
/// again returns the certificate already issued.
pub fn complete(store: &PostgresStore, tenant: &str, new: &NewCompletion) -> Result<Certificate> {
    store.write(|w| {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let course = courses::find(&mut w.tx, tenant_id, &new.course)?;
        let user_id = users::resolve_writable(&mut w.tx, tenant_id, &new.user)?;
        let (serial, _) = record(w, tenant, user_id, &course, new.date, new.score)?;
        let as_of = AsOf {
            date: new.date.max(w.today()),
            expiring_within_days: 0,
        };
        let statuses = w.statuses;
        show(&mut w.tx, statuses, tenant, &serial, as_of)
    })
}

/// Runs `sql` (with named parameters) and maps each row.
fn query<T>(
    tx: &mut Transaction<'_>,
    sql: &str,
    params: &[super::sql::Param<'_>],
    map: impl FnMut(&Row) -> T,
) -> Result<Vec<T>> {
    let (sql, values) = named(sql, params);
    Ok(tx.query(&sql, &values)?.iter().map(map).collect())
}

pub fn certificates(
    store: &PostgresStore,
    tenant: &str,
    query_: &CertificateQuery,
    as_of: AsOf,
) -> Result<Vec<Certificate>> {
    store.read(|tx| {
        let tenant_id = tenants::id_of(tx, tenant)?;
        let [day, expiring_until] = store.statuses.days(as_of);
        let course_id = query_
            .course
            .as_ref()
            .map(|code| courses::find(tx, tenant_id, code).map(|c| c.id))
            .transpose()?;
        let user_id = query_
            .user
            .as_ref()
            .map(|sel| users::resolve(tx, tenant_id, sel))
            .transpose()?;
        let mut sql = certificates_sql(&store.statuses.sql.certificate);
        let mut params: Vec<super::sql::Param<'_>> = vec![
            ("as_of", &day as &(dyn ToSql + Sync)),
            ("expiring_until", &expiring_until),
            ("tenant", &tenant_id),
        ];
        if let Some(course_id) = &course_id {
            sql.push_str(" AND c.course_id = :course");
            params.push(("course", course_id));
        }
        if let Some(user_id) = &user_id {
            sql.push_str(" AND c.user_id = :user");
            params.push(("user", user_id));
        }
        sql.push_str(" ORDER BY c.completed_on, c.id");
        if query_.limit > 0 {
            sql.push_str(&format!(" LIMIT {}", query_.limit));
        }
        query(tx, &sql, &params, certificate_row)
    })
}

/// One certificate by serial, with its state on `as_of` (it must exist by then).
fn show(
    tx: &mut Transaction<'_>,
    statuses: &super::status::Statuses,
    tenant: &str,
    serial: &str,
    as_of: AsOf,
) -> Result<Certificate> {
    let tenant_id = tenants::id_of(tx, tenant)?;
    let [day, expiring_until] = statuses.days(as_of);
    let serial_text = serial.trim().to_owned();
    query(
        tx,
        &format!(
            "{} AND c.serial = :serial",
            certificates_sql(&statuses.sql.certificate)
        ),
        &[
            ("as_of", &day),
            ("expiring_until", &expiring_until),
            ("tenant", &tenant_id),
            ("serial", &serial_text),
        ],
        certificate_row,
    )?
    .pop()
    .ok_or_else(|| Error::not_found("certificate", serial))
}

pub fn certificate(store: &PostgresStore, tenant: &str, serial: &str, as_of: AsOf) -> Result<Certificate> {
    store.read(|tx| show(tx, &store.statuses, tenant, serial, as_of))
}

/// Reminders due on `as_of`: courses due within `within_days`, overdue ones,
/// certificates expiring within `within_days` and expired ones; active users only.
pub fn reminders(
    store: &PostgresStore,
    tenant: &str,
    within_days: u32,
    as_of: AsOf,
) -> Result<Vec<Reminder>> {
    store.read(|tx| {
        let tenant_id = tenants::id_of(tx, tenant)?;
        let as_of = AsOf {
            date: as_of.date,
            expiring_within_days: within_days,
        };
        let [day, expiring_until] = store.statuses.days(as_of);
        let statuses = &store.statuses.sql;
        let sql = format!(
            "SELECT reason, uid, external_id, email, first_name, last_name, locale, code, title, due_on, expires_on,
                    manager_email, manager_name
             FROM (
                 SELECT {reason} AS reason, s.*
                 FROM (
                     SELECT {status} AS status, u.id AS uid, u.external_id, u.email::text AS email, u.first_name,
                            u.last_name, u.locale, c.code::text AS code, c.title, {due_on} AS due_on, e.expires_on,
                            m.email::text AS manager_email,
                            CASE WHEN m.id IS NOT NULL THEN m.first_name || ' ' || m.last_name END AS manager_name
                     FROM {ENROLLMENT_AS_OF} e JOIN \"user\" u ON u.id = e.user_id JOIN course c ON c.id = e.course_id
                     LEFT JOIN \"user\" m ON m.id = u.manager_id
                     WHERE u.tenant_id = :tenant AND u.status = 'active'
                 ) s
             ) r WHERE reason IS NOT NULL ORDER BY uid, code",
            reason = statuses.reminder,
            status = statuses.status,
            due_on = statuses.due_on,
        );
        query(
            tx,
            &sql,
            &[("as_of", &day), ("expiring_until", &expiring_until), ("tenant", &tenant_id)],
            |r| Reminder {
                reason: r.get(0),
                user_id: r.get(1),
                external_id: r.get(2),
                email: r.get(3),
                first_name: r.get(4),
                last_name: r.get(5),
                locale: r.get(6),
                course: r.get(7),
                title: r.get(8),
                due_on: r.get(9),
                expires_on: r.get(10),
                manager_email: r.get(11),
                manager_name: r.get(12),
            },
        )
    })
}
