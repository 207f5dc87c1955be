/*!
Assignments and enrollments in SQLite, and the status model.

An assignment is a rule (this course, for this user / group / whole tenant, due
then); an enrollment is one user's copy of it, derived from all assignments that
reach the user and refreshed in the same transaction as every change that could
alter it: a new or removed assignment, a user who joins, changes or leaves a group,
an import. So group and tenant assignments reach people who arrive later.

The status of an enrollment on the day asked about is the core's status model, in
this store's SQL ([`super::status`]).
*/

use crate::store::rules::Changed;
use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row};

use super::status::{ENROLLMENT_AS_OF, Statuses};
use super::{Writer, courses, execute_named, groups, now, query_named, tenants, users};
use crate::error::{Error, Result};
use crate::model::value::iso_date;
use crate::model::{AsOf, AssignTarget, Assignment, Enrollment, EnrollmentQuery, NewAssignment, Status};
use crate::store::assignment_sql::{REACHES, due_columns, due_of, target_key, target_text};

/// Which enrollments to refresh.
#[derive(Debug, Clone, Copy)]
pub struct Scope {
    pub tenant_id: i64,
    pub user_id: Option<i64>,
    pub course_id: Option<i64>,
}

/// Brings enrollments in `scope` in line with the assignments: adds the missing,
/// updates due dates, removes those no assignment reaches any more (completions stay).
pub fn refresh(conn: &Connection, scope: Scope, today: NaiveDate) -> Result<()> {
    let (has_assignments, has_enrollments): (bool, bool) = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM assignment WHERE tenant_id = ?1),
                EXISTS (SELECT 1 FROM enrollment e JOIN user u ON u.id = e.user_id WHERE u.tenant_id = ?1)",
        [scope.tenant_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if !has_assignments && !has_enrollments {
        return Ok(());
    }
    let mut filter = String::new();
    let mut args: Vec<(&str, Value)> = vec![
        (":tenant", Value::Integer(scope.tenant_id)),
        (":today", Value::Text(iso_date(today))),
    ];
    if let Some(user_id) = scope.user_id {
        filter.push_str(" AND u.id = :user");
        args.push((":user", Value::Integer(user_id)));
    }
    if let Some(course_id) = scope.course_id {
        filter.push_str(" AND a.course_id = :course");
        args.push((":course", Value::Integer(course_id)));
    }
    if has_assignments {
        let upsert = format!(
            "INSERT INTO enrollment (user_id, course_id, assigned_on, due_on, done_on, expires_on, serial)
             SELECT u.id, a.course_id, :today, min(CASE a.due_kind
                    WHEN 'date' THEN a.due_date
                    WHEN 'after_assign' THEN date(coalesce(e.assigned_on, :today), '+' || a.due_days || ' days')
                    WHEN 'after_start' THEN date(coalesce(u.start_date, e.assigned_on, :today), '+' || a.due_days || ' days')
                END), lc.completed_on, lc.expires_on, lc.serial
             FROM assignment a
             JOIN course c ON c.id = a.course_id
             JOIN user u ON u.tenant_id = a.tenant_id AND u.status != 'erased'
             LEFT JOIN enrollment e ON e.user_id = u.id AND e.course_id = a.course_id
             -- Done before it was assigned (or assigned again): the latest completion counts.
             LEFT JOIN completion lc ON e.user_id IS NULL AND lc.id = (
                 SELECT x.id FROM completion x WHERE x.user_id = u.id AND x.course_id = a.course_id
                 ORDER BY x.completed_on DESC, x.id DESC LIMIT 1)
             -- An archived course keeps its enrollments but reaches no one new.
             WHERE a.tenant_id = :tenant AND (c.archived_at IS NULL OR e.user_id IS NOT NULL) AND {REACHES} {filter}
             GROUP BY u.id, a.course_id
             ON CONFLICT (user_id, course_id) DO UPDATE SET due_on = excluded.due_on
             WHERE excluded.due_on IS NOT enrollment.due_on"
        );
        execute_named(conn, &upsert, &args)?;
    }
    let stale = format!(
        "DELETE FROM enrollment WHERE (user_id, course_id) IN (
             SELECT e.user_id, e.course_id FROM enrollment e JOIN user u ON u.id = e.user_id
             WHERE u.tenant_id = :tenant {}
               -- An erased user's enrollments are frozen: they stay, anonymous, in the figures.
               AND u.status != 'erased' AND NOT EXISTS (
                   SELECT 1 FROM assignment a WHERE a.tenant_id = :tenant AND a.course_id = e.course_id AND {REACHES}))",
        filter.replace("a.course_id = :course", "e.course_id = :course"),
    );
    let args: Vec<(&str, Value)> = args.into_iter().filter(|(name, _)| *name != ":today").collect();
    execute_named(conn, &stale, &args)?;
    Ok(())
}

/// Resolves an assignment's target to (kind, user id, group id).
fn resolve_target(
    conn: &Connection,
    tenant_id: i64,
    target: &AssignTarget,
) -> Result<(Option<i64>, Option<i64>)> {
    Ok(match target {
        AssignTarget::User(sel) => (Some(users::resolve_writable(conn, tenant_id, sel)?), None),
        AssignTarget::Group(name) => (None, Some(groups::id_of(conn, tenant_id, name)?)),
        AssignTarget::AllUsers => (None, None),
    })
}

/// The id of the assignment of `course_id` to exactly this target, if there is one.
fn find_assignment(
    conn: &Connection,
    tenant_id: i64,
    course_id: i64,
    target: &AssignTarget,
    (user_id, group_id): (Option<i64>, Option<i64>),
) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM assignment WHERE tenant_id = ?1 AND course_id = ?2 AND target = ?3
               AND ifnull(user_id, 0) = ifnull(?4, 0) AND ifnull(group_id, 0) = ifnull(?5, 0)",
            rusqlite::params![tenant_id, course_id, target_key(target), user_id, group_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// Refreshes every enrollment in one course of the tenant.
fn refresh_course(w: &Writer<'_>, tenant_id: i64, course_id: i64) -> Result<()> {
    let scope = Scope {
        tenant_id,
        user_id: None,
        course_id: Some(course_id),
    };
    refresh(w, scope, w.today())
}

fn assignment(conn: &Connection, id: i64) -> Result<Assignment> {
    Ok(conn.query_row(
        "SELECT a.id, t.slug, c.code, a.target, a.user_id, g.name, a.due_kind, a.due_date, a.due_days, a.created_at,
                (SELECT count(*) FROM enrollment e JOIN user u ON u.id = e.user_id
                 WHERE e.course_id = a.course_id AND u.tenant_id = a.tenant_id AND u.status != 'erased' AND {REACHES})
         FROM assignment a JOIN tenant t ON t.id = a.tenant_id JOIN course c ON c.id = a.course_id
         LEFT JOIN user_group g ON g.id = a.group_id WHERE a.id = ?1"
            .replace("{REACHES}", REACHES)
            .as_str(),
        [id],
        |r| {
            let target: String = r.get(3)?;
            let user_id: Option<i64> = r.get(4)?;
            let group: Option<String> = r.get(5)?;
            let kind: String = r.get(6)?;
            let due_date: Option<NaiveDate> = r.get(7)?;
            let due_days: Option<u32> = r.get(8)?;
            Ok(Assignment {
                id: r.get(0)?,
                tenant: r.get(1)?,
                course: r.get(2)?,
                target: target_text(&target, user_id, group),
                due: due_of(&kind, due_date, due_days),
                created_at: r.get(9)?,
                users: r.get(10)?,
            })
        },
    )?)
}

/// Assigns a course; assigning the same course to the same target again only
/// changes the due date.
pub fn assign(w: &Writer<'_>, tenant: &str, new: &NewAssignment) -> Result<Assignment> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let course = courses::find(w, tenant_id, &new.course)?;
    if course.archived {
        return Err(Error::refused(format!(
            "course '{}' is archived and cannot be assigned",
            course.code
        ))
        .about("course.archived"));
    }
    let (user_id, group_id) = resolve_target(w, tenant_id, &new.target)?;
    let (kind, due_date, due_days) = due_columns(new.due);
    let existing = find_assignment(w, tenant_id, course.id, &new.target, (user_id, group_id))?;
    let id = match existing {
        Some(id) => {
            w.execute(
                "UPDATE assignment SET due_kind = ?1, due_date = ?2, due_days = ?3 WHERE id = ?4",
                rusqlite::params![kind, due_date, due_days, id],
            )?;
            id
        }
        None => {
            w.execute(
                "INSERT INTO assignment (tenant_id, course_id, target, user_id, group_id, due_kind, due_date, due_days, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                rusqlite::params![
                    tenant_id,
                    course.id,
                    target_key(&new.target),
                    user_id,
                    group_id,
                    kind,
                    due_date,
                    due_days,
                    now()
                ],
            )?;
            w.last_insert_rowid()
        }
    };
    refresh_course(w, tenant_id, course.id)?;
    w.record(
        Some(tenant),
        Changed::AssignmentSaved {
            assignment_id: id,
            course_id: course.id,
            user_id,
            group_id,
            created: existing.is_none(),
        },
    )?;
    assignment(w, id)
}

/// Removes an assignment; enrollments nothing else reaches go with it.
pub fn unassign(w: &Writer<'_>, tenant: &str, course: &str, target: &AssignTarget) -> Result<Assignment> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let course = courses::find(w, tenant_id, course)?;
    let (user_id, group_id) = resolve_target(w, tenant_id, target)?;
    let id = find_assignment(w, tenant_id, course.id, target, (user_id, group_id))?
        .ok_or_else(|| Error::not_found("assignment of course", &course.code))?;
    let removed = assignment(w, id)?;
    w.execute("DELETE FROM assignment WHERE id = ?1", [id])?;
    refresh_course(w, tenant_id, course.id)?;
    w.record(
        Some(tenant),
        Changed::AssignmentDeleted {
            assignment_id: id,
            course_id: course.id,
            group_id: None,
        },
    )?;
    Ok(removed)
}

fn enrollment_row(r: &Row<'_>) -> rusqlite::Result<Enrollment> {
    let status: String = r.get(8)?;
    Ok(Enrollment {
        user_id: r.get(0)?,
        external_id: r.get(1)?,
        email: r.get(2)?,
        first_name: r.get(3)?,
        last_name: r.get(4)?,
        course: r.get(5)?,
        title: r.get(6)?,
        mandatory: r.get(7)?,
        status: Status::parse(&status).unwrap_or(Status::Assigned),
        assigned_on: r.get(9)?,
        due_on: r.get(10)?,
        progress: r.get(11)?,
        completed_on: r.get(12)?,
        expires_on: r.get(13)?,
        certificate: r.get(14)?,
    })
}

/// `assign list`: one row per user and course, with its status on `as_of`.
pub fn list(
    conn: &Connection,
    statuses: &Statuses,
    tenant: &str,
    query: &EnrollmentQuery,
    as_of: AsOf,
) -> Result<Vec<Enrollment>> {
    let tenant_id = tenants::id_of(conn, tenant)?;
    let mut args = statuses.params(as_of);
    args.push((":tenant", Value::Integer(tenant_id)));
    let mut filter = String::new();
    if let Some(code) = &query.course {
        let course = courses::find(conn, tenant_id, code)?;
        filter.push_str(" AND e.course_id = :course");
        args.push((":course", Value::Integer(course.id)));
    }
    if let Some(sel) = &query.user {
        filter.push_str(" AND e.user_id = :user");
        args.push((":user", Value::Integer(users::resolve(conn, tenant_id, sel)?)));
    }
    if let Some(status) = query.status {
        filter.push_str(" AND status = :status");
        args.push((":status", Value::Text(status.as_str().to_owned())));
    }
    let mut paging = String::new();
    if query.limit > 0 || query.offset > 0 {
        let limit = if query.limit == 0 {
            -1
        } else {
            i64::try_from(query.limit).unwrap_or(i64::MAX)
        };
        paging = format!(" LIMIT {limit} OFFSET {}", query.offset);
    }
    let sql = format!(
        "SELECT * FROM (
             SELECT u.id, u.external_id, u.email, u.first_name, u.last_name, c.code, c.title, c.mandatory,
                    {status_of} AS status, e.assigned_on,
                    {due_on},
                    e.progress, e.done_on, e.expires_on, e.serial,
                    e.user_id AS uid, c.code AS ccode
             FROM {ENROLLMENT_AS_OF} e JOIN user u ON u.id = e.user_id JOIN course c ON c.id = e.course_id
             WHERE u.tenant_id = :tenant AND u.status != 'erased'
               {course_user}
         ) WHERE 1 = 1 {status} ORDER BY uid, ccode{paging}",
        status_of = statuses.sql.status,
        due_on = statuses.sql.due_on,
        course_user = filter.replace(" AND status = :status", ""),
        status = if query.status.is_some() {
            "AND status = :status"
        } else {
            ""
        },
    );
    query_named(conn, &sql, &args, enrollment_row)
}

/// Records how far a user has come in an assigned course (0-99).
pub fn set_progress(
    w: &Writer<'_>,
    tenant: &str,
    code: &str,
    sel: &crate::model::UserSel,
    percent: u8,
) -> Result<()> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let course = courses::find(w, tenant_id, code)?;
    let user_id = users::resolve_writable(w, tenant_id, sel)?;
    let changed = w.execute(
        "UPDATE enrollment SET progress = ?1 WHERE user_id = ?2 AND course_id = ?3",
        (percent, user_id, course.id),
    )?;
    if changed == 0 {
        return Err(
            Error::refused(format!("course '{}' is not assigned to user {sel}", course.code))
                .about("enrollment"),
        );
    }
    users::touch(w, user_id, w.today())?;
    w.record(
        Some(tenant),
        Changed::ProgressSet {
            user_id,
            course_id: course.id,
            progress: percent,
        },
    )
}
