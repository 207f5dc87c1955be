/*!
Assignments and enrollments in PostgreSQL.

An assignment is a rule (this course, for this user / group / whole tenant, due
then); an enrollment is one user's copy of it, derived from all assignments that
reach the user and refreshed in the same transaction as every change that could
alter it, in a few set-based statements however many users it reaches (the report
tallies follow by statement triggers).

The status of an enrollment on the day asked about is the core's status model
([`super::status`]).
*/

use chrono::NaiveDate;
use postgres::Transaction;

use super::status::ENROLLMENT_AS_OF;
use super::{PostgresStore, Writer, courses, groups, sql, tenants, time, users};
use crate::error::{Error, Result};
use crate::model::*;
use crate::store::assignment_sql::{REACHES, due_columns, due_of, target_key, target_text};
use crate::store::rules::Changed;

/// Which enrollments to refresh.
#[derive(Debug, Clone, Copy)]
struct Scope {
    tenant_id: i64,
    user_id: Option<i64>,
    course_id: Option<i64>,
}

/// Users changed (one, or all of the tenant's): brings rule groups, and the
/// enrollments that follow from group and tenant assignments, up to date.
pub(super) fn refresh_memberships(w: &mut Writer<'_>, tenant_id: i64, user_id: Option<i64>) -> Result<()> {
    groups::refresh_rules(&mut w.tx, tenant_id, user_id)?;
    let today = w.today();
    refresh(
        &mut w.tx,
        Scope {
            tenant_id,
            user_id,
            course_id: None,
        },
        today,
    )
}

/// Brings enrollments in `scope` in line with the assignments: adds the missing,
/// updates due dates, removes those no assignment reaches any more (completions stay).
fn refresh(tx: &mut Transaction<'_>, scope: Scope, today: NaiveDate) -> Result<()> {
    let row = tx.query_one(
        "SELECT EXISTS (SELECT 1 FROM assignment WHERE tenant_id = $1),
                EXISTS (SELECT 1 FROM enrollment e JOIN \"user\" u ON u.id = e.user_id WHERE u.tenant_id = $1)",
        &[&scope.tenant_id],
    )?;
    let (has_assignments, has_enrollments): (bool, bool) = (row.get(0), row.get(1));
    if !has_assignments && !has_enrollments {
        return Ok(());
    }
    let mut filter = String::new();
    if scope.user_id.is_some() {
        filter.push_str(" AND u.id = :user");
    }
    if scope.course_id.is_some() {
        filter.push_str(" AND a.course_id = :course");
    }
    let params: [sql::Param<'_>; 4] = [
        ("tenant", &scope.tenant_id),
        ("today", &today),
        ("user", &scope.user_id),
        ("course", &scope.course_id),
    ];
    if has_assignments {
        // One row per user and course (GROUP BY), so the upsert never meets a row twice.
        let wanted = format!(
            "SELECT u.id, a.course_id, :today::date, min(CASE a.due_kind
                    WHEN 'date' THEN a.due_date
                    WHEN 'after_assign' THEN coalesce(e.assigned_on, :today::date) + a.due_days
                    WHEN 'after_start' THEN coalesce(u.start_date, e.assigned_on, :today::date) + a.due_days
                END), lc.completed_on, lc.expires_on, lc.serial
             FROM assignment a
             JOIN course c ON c.id = a.course_id
             JOIN \"user\" u ON u.tenant_id = a.tenant_id AND u.status <> 'erased'
             LEFT JOIN enrollment e ON e.user_id = u.id AND e.course_id = a.course_id
             -- Done before it was assigned (or assigned again): the latest completion counts.
             LEFT JOIN completion lc ON e.user_id IS NULL AND lc.id = (
                 SELECT x.id FROM completion x WHERE x.user_id = u.id AND x.course_id = a.course_id
                 ORDER BY x.completed_on DESC, x.id DESC LIMIT 1)
             -- An archived course keeps its enrollments but reaches no one new.
             WHERE a.tenant_id = :tenant AND (c.archived_at IS NULL OR e.user_id IS NOT NULL) AND {REACHES} {filter}
             GROUP BY u.id, a.course_id, lc.completed_on, lc.expires_on, lc.serial"
        );
        let upsert = |source: &str| {
            format!(
                "INSERT INTO enrollment (user_id, course_id, assigned_on, due_on, done_on, expires_on, serial)
                 {source}
                 ON CONFLICT (user_id, course_id) DO UPDATE SET due_on = excluded.due_on
                 WHERE enrollment.due_on IS DISTINCT FROM excluded.due_on"
            )
        };
        if scope.user_id.is_some() {
            let (sql, values) = sql::named(&upsert(&wanted), &params);
            tx.execute(&sql, &values)?;
        } else {
            // Many users: what they should have is read whole before the enrollments are
            // written. In one statement, a plan that rescans `enrollment` (the planner's
            // choice when its statistics say it is small) would read the rows the same
            // statement adds again for every user: hours for a million.
            stage(tx)?;
            let (sql, values) = sql::named(&format!("INSERT INTO enrollment_wanted {wanted}"), &params);
            tx.execute(&sql, &values)?;
            tx.batch_execute(&format!(
                "{}; TRUNCATE enrollment_wanted",
                upsert("SELECT * FROM enrollment_wanted")
            ))?;
        }
    }
    let stale = format!(
        "DELETE FROM enrollment WHERE (user_id, course_id) IN (
             SELECT e.user_id, e.course_id FROM enrollment e JOIN \"user\" u ON u.id = e.user_id
             WHERE u.tenant_id = :tenant {}
               -- An erased user's enrollments are frozen: they stay, anonymous, in the figures.
               AND u.status <> 'erased' AND NOT EXISTS (
                   SELECT 1 FROM assignment a WHERE a.tenant_id = :tenant AND a.course_id = e.course_id AND {REACHES}))",
        filter.replace("a.course_id = :course", "e.course_id = :course"),
    );
    let (stale, values) = sql::named(&stale, &params);
    tx.execute(&stale, &values)?;
    Ok(())
}

/// The session's table where a bulk refresh stages the enrollments users should have
/// (emptied after each use, and at every commit).
fn stage(tx: &mut Transaction<'_>) -> Result<()> {
    let missing: bool = tx
        .query_one("SELECT to_regclass('pg_temp.enrollment_wanted') IS NULL", &[])?
        .get(0);
    if missing {
        tx.batch_execute(
            "CREATE TEMP TABLE enrollment_wanted (user_id BIGINT, course_id BIGINT, assigned_on DATE,
                 due_on DATE, done_on DATE, expires_on DATE, serial TEXT) ON COMMIT DELETE ROWS",
        )?;
    }
    Ok(())
}

/// Resolves an assignment's target to (user id, group id).
fn resolve_target(
    tx: &mut Transaction<'_>,
    tenant_id: i64,
    target: &AssignTarget,
) -> Result<(Option<i64>, Option<i64>)> {
    Ok(match target {
        AssignTarget::User(sel) => (Some(users::resolve_writable(tx, tenant_id, sel)?), None),
        AssignTarget::Group(name) => (None, Some(groups::id_of(tx, tenant_id, name)?)),
        AssignTarget::AllUsers => (None, None),
    })
}

/// The id of the assignment of `course_id` to exactly this target, if there is one.
fn find_assignment(
    tx: &mut Transaction<'_>,
    tenant_id: i64,
    course_id: i64,
    target: &AssignTarget,
    (user_id, group_id): (Option<i64>, Option<i64>),
) -> Result<Option<i64>> {
    Ok(tx
        .query_opt(
            "SELECT id FROM assignment WHERE tenant_id = $1 AND course_id = $2 AND target = $3
               AND coalesce(user_id, 0) = coalesce($4::bigint, 0) AND coalesce(group_id, 0) = coalesce($5::bigint, 0)",
            &[&tenant_id, &course_id, &target_key(target), &user_id, &group_id],
        )?
        .map(|r| r.get(0)))
}

/// Refreshes every enrollment in one course of the tenant.
fn refresh_course(w: &mut Writer<'_>, tenant_id: i64, course_id: i64) -> Result<()> {
    let scope = Scope {
        tenant_id,
        user_id: None,
        course_id: Some(course_id),
    };
    let today = w.today();
    refresh(&mut w.tx, scope, today)
}

fn assignment(tx: &mut Transaction<'_>, id: i64) -> Result<Assignment> {
    let r = tx.query_one(
        &format!(
            "SELECT a.id, t.slug, c.code, a.target, a.user_id, g.name, a.due_kind, a.due_date, a.due_days, a.created_at,
                    (SELECT count(*) FROM enrollment e JOIN \"user\" u ON u.id = e.user_id
                     WHERE e.course_id = a.course_id AND u.tenant_id = a.tenant_id AND u.status <> 'erased' AND {REACHES})
             FROM assignment a JOIN tenant t ON t.id = a.tenant_id JOIN course c ON c.id = a.course_id
             LEFT JOIN user_group g ON g.id = a.group_id WHERE a.id = $1"
        ),
        &[&id],
    )?;
    let target: String = r.get(3);
    let user_id: Option<i64> = r.get(4);
    let group: Option<String> = r.get(5);
    let kind: String = r.get(6);
    let due_date: Option<NaiveDate> = r.get(7);
    let due_days: Option<u32> = r.get::<_, Option<i32>>(8).and_then(|n| u32::try_from(n).ok());
    Ok(Assignment {
        id: r.get(0),
        tenant: r.get(1),
        course: r.get(2),
        target: target_text(&target, user_id, group),
        due: due_of(&kind, due_date, due_days),
        created_at: time(r.get(9)),
        users: u64::try_from(r.get::<_, i64>(10)).unwrap_or_default(),
    })
}

/// Assigns a course; assigning the same course to the same target again only
/// changes the due date.
pub fn assign(store: &PostgresStore, tenant: &str, new: &NewAssignment) -> Result<Assignment> {
    store.write(|w| {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let course = courses::find(&mut w.tx, tenant_id, &new.course)?;
        if course.archived {
            return Err(Error::refused(format!(
                "course '{}' is archived and cannot be assigned",
                course.code
            ))
            .about("course.archived"));
        }
        let (user_id, group_id) = resolve_target(&mut w.tx, tenant_id, &new.target)?;
        let (kind, due_date, due_days) = due_columns(new.due);
        let due_days = due_days.map(|n| i32::try_from(n).unwrap_or(i32::MAX));
        let existing = find_assignment(&mut w.tx, tenant_id, course.id, &new.target, (user_id, group_id))?;
        let id = match existing {
            Some(id) => {
                w.tx.execute(
                    "UPDATE assignment SET due_kind = $1, due_date = $2, due_days = $3 WHERE id = $4",
                    &[&kind, &due_date, &due_days, &id],
                )?;
                id
            }
            None => w
                .tx
                .query_one(
                    "INSERT INTO assignment (tenant_id, course_id, target, user_id, group_id, due_kind, due_date, due_days, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                    &[
                        &tenant_id,
                        &course.id,
                        &target_key(&new.target),
                        &user_id,
                        &group_id,
                        &kind,
                        &due_date,
                        &due_days,
                        &crate::model::time::now(),
                    ],
                )?
                .get(0),
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
        assignment(&mut w.tx, id)
    })
}

/// Removes an assignment; enrollments nothing else reaches go with it.
pub fn unassign(
    store: &PostgresStore,
    tenant: &str,
    course: &str,
    target: &AssignTarget,
) -> Result<Assignment> {
    store.write(|w| {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let course = courses::find(&mut w.tx, tenant_id, course)?;
        let ids = resolve_target(&mut w.tx, tenant_id, target)?;
        let id = find_assignment(&mut w.tx, tenant_id, course.id, target, ids)?
            .ok_or_else(|| Error::not_found("assignment of course", &course.code))?;
        let removed = assignment(&mut w.tx, id)?;
        w.tx.execute("DELETE FROM assignment WHERE id = $1", &[&id])?;
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
    })
}

/// `assign list`: one row per user and course, with its status on `as_of`.
pub fn enrollments(
    store: &PostgresStore,
    tenant: &str,
    query: &EnrollmentQuery,
    as_of: AsOf,
) -> Result<Vec<Enrollment>> {
    store.read(|tx| {
        let tenant_id = tenants::id_of(tx, tenant)?;
        let [day, expiring_until] = store.statuses.days(as_of);
        let mut filter = String::new();
        let course_id = match &query.course {
            Some(code) => {
                filter.push_str(" AND e.course_id = :course");
                Some(courses::find(tx, tenant_id, code)?.id)
            }
            None => None,
        };
        let user_id = match &query.user {
            Some(sel) => {
                filter.push_str(" AND e.user_id = :user");
                Some(users::resolve(tx, tenant_id, sel)?)
            }
            None => None,
        };
        let status = query.status.map(|s| s.as_str().to_owned());
        let sql = format!(
            "SELECT * FROM (
                 SELECT u.id, u.external_id, u.email, u.first_name, u.last_name, c.code, c.title, c.mandatory,
                        {status_of} AS status, e.assigned_on,
                        {due_on},
                        e.progress, e.done_on, e.expires_on, e.serial,
                        e.user_id AS uid, c.code AS ccode
                 FROM {ENROLLMENT_AS_OF} e JOIN \"user\" u ON u.id = e.user_id JOIN course c ON c.id = e.course_id
                 WHERE u.tenant_id = :tenant AND u.status <> 'erased'
                   {filter}
             ) s WHERE true {status} ORDER BY uid, lower(ccode::text COLLATE \"C\"){paging}",
            status_of = store.statuses.sql.status,
            due_on = store.statuses.sql.due_on,
            status = if status.is_some() { "AND status = :status" } else { "" },
            paging = users::paging(query.limit, query.offset),
        );
        let (sql, values) = sql::named(
            &sql,
            &[
                ("as_of", &day),
                ("expiring_until", &expiring_until),
                ("tenant", &tenant_id),
                ("course", &course_id),
                ("user", &user_id),
                ("status", &status),
            ],
        );
        Ok(tx
            .query(&sql, &values)?
            .iter()
            .map(|r| {
                let status: String = r.get(8);
                Enrollment {
                    user_id: r.get(0),
                    external_id: r.get(1),
                    email: r.get(2),
                    first_name: r.get(3),
                    last_name: r.get(4),
                    course: r.get(5),
                    title: r.get(6),
                    mandatory: r.get(7),
                    status: Status::parse(&status).unwrap_or(Status::Assigned),
                    assigned_on: r.get(9),
                    due_on: r.get(10),
                    progress: u8::try_from(r.get::<_, i32>(11)).unwrap_or_default(),
                    completed_on: r.get(12),
                    expires_on: r.get(13),
                    certificate: r.get(14),
                }
            })
            .collect())
    })
}

/// Records how far a user has come in an assigned course (0-99).
pub fn set_progress(
    store: &PostgresStore,
    tenant: &str,
    code: &str,
    sel: &UserSel,
    percent: u8,
) -> Result<()> {
    store.write(|w| {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let course = courses::find(&mut w.tx, tenant_id, code)?;
        let user_id = users::resolve_writable(&mut w.tx, tenant_id, sel)?;
        let changed = w.tx.execute(
            "UPDATE enrollment SET progress = $1 WHERE user_id = $2 AND course_id = $3",
            &[&i32::from(percent), &user_id, &course.id],
        )?;
        if changed == 0 {
            return Err(
                Error::refused(format!("course '{}' is not assigned to user {sel}", course.code))
                    .about("enrollment"),
            );
        }
        let today = w.today();
        users::touch(&mut w.tx, user_id, today)?;
        w.record(
            Some(tenant),
            Changed::ProgressSet {
                user_id,
                course_id: course.id,
                progress: percent,
            },
        )
    })
}
