//! Courses in PostgreSQL and the catalogue across the tenant tree: a tenant sees its
//! own courses and the shared courses of its ancestors, live (no copies).

use postgres::{Row, Transaction};

use super::status::ENROLLMENT_AS_OF;
use super::{PostgresStore, sql, tenants, time};
use crate::error::{Error, Result};
use crate::model::value::{Period, clean};
use crate::model::*;
use crate::store::assignment_sql::{self, Completions};
use crate::store::rules::Changed;

/// The tenant `$1` and its ancestors with their distance (0 = the tenant itself).
const ANCESTORS: &str = "WITH RECURSIVE anc(id, depth) AS (
        SELECT $1::bigint, 0
        UNION ALL SELECT t.parent_id, anc.depth + 1 FROM tenant t JOIN anc ON t.id = anc.id
        WHERE t.parent_id IS NOT NULL)";

const COLUMNS: &str =
    "c.id, t.slug, c.code, c.title, c.description, c.mandatory, c.valid_months, c.valid_days,
        c.shared, anc.depth > 0, c.archived_at IS NOT NULL, c.created_at";

/// Course codes in SQLite's order (NOCASE: ASCII letters without case, then bytes),
/// whatever the server's locale.
const BY_CODE: &str = "lower(c.code::text COLLATE \"C\")";

fn from_row(r: &Row) -> Course {
    let months: Option<i32> = r.get(6);
    let days: Option<i32> = r.get(7);
    let period = |n: i32| u32::try_from(n).unwrap_or_default();
    Course {
        id: r.get(0),
        tenant: r.get(1),
        code: r.get(2),
        title: r.get(3),
        description: r.get(4),
        mandatory: r.get(5),
        valid_for: months
            .map(|n| Period::Months(period(n)))
            .or(days.map(|n| Period::Days(period(n)))),
        shared: r.get(8),
        inherited: r.get(9),
        archived: r.get(10),
        created_at: time(r.get(11)),
    }
}

fn split(period: Option<Period>) -> (Option<i32>, Option<i32>) {
    let count = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
    match period {
        Some(Period::Months(n)) => (Some(count(n)), None),
        Some(Period::Days(n)) => (None, Some(count(n))),
        None => (None, None),
    }
}

/// The tenant's catalogue: own courses and its ancestors' shared ones.
pub fn courses(store: &PostgresStore, tenant: &str, archived: bool) -> Result<Vec<Course>> {
    store.read(|tx| {
        let tenant_id = tenants::id_of(tx, tenant)?;
        let archived = if archived { "" } else { "AND c.archived_at IS NULL" };
        Ok(tx
            .query(
                &format!(
                    "{ANCESTORS} SELECT {COLUMNS} FROM course c JOIN anc ON c.tenant_id = anc.id JOIN tenant t ON t.id = c.tenant_id
                     WHERE (anc.depth = 0 OR c.shared) {archived} ORDER BY {BY_CODE}, anc.depth"
                ),
                &[&tenant_id],
            )?
            .iter()
            .map(from_row)
            .collect())
    })
}

/// A course of the tenant's catalogue by code: its own first, else the nearest
/// ancestor's shared one.
pub(super) fn find(tx: &mut Transaction<'_>, tenant_id: i64, code: &str) -> Result<Course> {
    tx.query_opt(
        &format!(
            "{ANCESTORS} SELECT {COLUMNS} FROM course c JOIN anc ON c.tenant_id = anc.id JOIN tenant t ON t.id = c.tenant_id
             WHERE c.code = $2 AND (anc.depth = 0 OR c.shared) ORDER BY anc.depth LIMIT 1"
        ),
        &[&tenant_id, &clean(code)],
    )?
    .map(|row| from_row(&row))
    .ok_or_else(|| Error::not_found("course", code))
}

pub fn course(store: &PostgresStore, tenant: &str, code: &str) -> Result<Course> {
    store.read(|tx| {
        let tenant_id = tenants::id_of(tx, tenant)?;
        find(tx, tenant_id, code)
    })
}

/// A course code must mean one course in every catalogue: it may not repeat a code
/// an ancestor shares with the tenant, and a shared course's code may not repeat a
/// descendant's own course (it would hide one of the two).
fn check_code_free_in_tree(tx: &mut Transaction<'_>, tenant_id: i64, code: &str, shared: bool) -> Result<()> {
    let inherited = tx.query_opt(
        &format!(
            "{ANCESTORS} SELECT t.slug FROM course c JOIN anc ON c.tenant_id = anc.id JOIN tenant t ON t.id = c.tenant_id
             WHERE anc.depth > 0 AND c.shared AND c.code = $2 LIMIT 1"
        ),
        &[&tenant_id, &code],
    )?;
    if let Some(owner) = inherited.map(|r| r.get::<_, String>(0)) {
        return Err(Error::invalid(format!(
            "course code '{code}' is already used by the shared course of tenant '{owner}', which this tenant inherits"
        ))
        .about("course.inherited-code"));
    }
    if shared {
        let descendant = tx.query_opt(
            "WITH RECURSIVE sub(id) AS (SELECT id FROM tenant WHERE parent_id = $1
                 UNION ALL SELECT t.id FROM tenant t JOIN sub ON t.parent_id = sub.id)
             SELECT t.slug FROM course c JOIN sub ON c.tenant_id = sub.id JOIN tenant t ON t.id = c.tenant_id
             WHERE c.code = $2 LIMIT 1",
            &[&tenant_id, &code],
        )?;
        if let Some(child) = descendant.map(|r| r.get::<_, String>(0)) {
            return Err(Error::invalid(format!(
                "course code '{code}' is used by tenant '{child}' below this one; a shared course with it would clash there"
            ))
            .about("course.code-below"));
        }
    }
    Ok(())
}

/// Whether users or assignments of other tenants refer to the course.
fn used_elsewhere(tx: &mut Transaction<'_>, tenant_id: i64, course_id: i64) -> Result<bool> {
    Ok(tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM assignment WHERE course_id = $1 AND tenant_id <> $2)
                 OR EXISTS (SELECT 1 FROM enrollment e JOIN \"user\" u ON u.id = e.user_id WHERE e.course_id = $1 AND u.tenant_id <> $2)
                 OR EXISTS (SELECT 1 FROM completion x JOIN \"user\" u ON u.id = x.user_id WHERE x.course_id = $1 AND u.tenant_id <> $2)",
            &[&course_id, &tenant_id],
        )?
        .get(0))
}

/// Creates a course from checked fields.
pub fn create_course(store: &PostgresStore, tenant: &str, new: &NewCourse) -> Result<Course> {
    store.write(|w| {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let code = &new.code;
        if w.tx
            .query_opt(
                "SELECT id FROM course WHERE tenant_id = $1 AND code = $2",
                &[&tenant_id, code],
            )?
            .is_some()
        {
            return Err(
                Error::invalid(format!("tenant '{tenant}' already has a course '{code}'")).about("course.exists"),
            );
        }
        check_code_free_in_tree(&mut w.tx, tenant_id, code, new.shared)?;
        let (months, days) = split(new.valid_for);
        let id: i64 = w
            .tx
            .query_one(
                "INSERT INTO course (tenant_id, code, title, description, mandatory, valid_months, valid_days, shared, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                &[
                    &tenant_id,
                    code,
                    &new.title,
                    &new.description,
                    &new.mandatory,
                    &months,
                    &days,
                    &new.shared,
                    &crate::model::time::now(),
                ],
            )?
            .get(0);
        w.record(Some(tenant), Changed::CourseCreated { course_id: id })?;
        find(&mut w.tx, tenant_id, code)
    })
}

/// Applies checked changes to a course of the tenant's own.
pub fn update_course(store: &PostgresStore, tenant: &str, code: &str, patch: &CoursePatch) -> Result<Course> {
    store.write(|w| {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let course = find(&mut w.tx, tenant_id, code)?;
        let mut fields = Vec::new();
        if let Some(title) = &patch.title {
            w.tx.execute("UPDATE course SET title = $1 WHERE id = $2", &[title, &course.id])?;
            fields.push("title");
        }
        if let Some(description) = &patch.description {
            w.tx.execute(
                "UPDATE course SET description = $1 WHERE id = $2",
                &[&(!description.is_empty()).then_some(description), &course.id],
            )?;
            fields.push("description");
        }
        if let Some(mandatory) = patch.mandatory {
            w.tx.execute(
                "UPDATE course SET mandatory = $1 WHERE id = $2",
                &[&mandatory, &course.id],
            )?;
            fields.push("mandatory");
        }
        if let Some(valid_for) = patch.valid_for {
            let (months, days) = split(valid_for);
            w.tx.execute(
                "UPDATE course SET valid_months = $1, valid_days = $2 WHERE id = $3",
                &[&months, &days, &course.id],
            )?;
            fields.push("valid_for");
        }
        if let Some(shared) = patch.shared {
            if shared && !course.shared {
                check_code_free_in_tree(&mut w.tx, tenant_id, &course.code, true)?;
            }
            if !shared && course.shared && used_elsewhere(&mut w.tx, tenant_id, course.id)? {
                return Err(Error::refused(format!(
                    "course '{}' is assigned to or was completed by users of other tenants; it stays shared",
                    course.code
                ))
                .about("course.shared-in-use"));
            }
            w.tx.execute(
                "UPDATE course SET shared = $1 WHERE id = $2",
                &[&shared, &course.id],
            )?;
            fields.push("shared");
        }
        w.record(
            Some(tenant),
            Changed::CourseUpdated {
                course_id: course.id,
                fields: &fields,
            },
        )?;
        find(&mut w.tx, tenant_id, &course.code)
    })
}

/// Archives a course of the tenant's own.
pub fn archive_course(store: &PostgresStore, tenant: &str, code: &str) -> Result<Course> {
    store.write(|w| {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let course = find(&mut w.tx, tenant_id, code)?;
        if !course.archived {
            w.tx.execute(
                "UPDATE course SET archived_at = $1 WHERE id = $2",
                &[&crate::model::time::now(), &course.id],
            )?;
            w.record(Some(tenant), Changed::CourseArchived { course_id: course.id })?;
        }
        find(&mut w.tx, tenant_id, &course.code)
    })
}

/// A course's figures among the tenant's active users on `as_of`: their enrollments
/// counted by status (as the core's status model decides it), and the completions
/// they recorded by then.
pub fn course_stats(store: &PostgresStore, tenant: &str, code: &str, as_of: AsOf) -> Result<CourseStats> {
    store.read(|tx| {
        let tenant_id = tenants::id_of(tx, tenant)?;
        let course = find(tx, tenant_id, code)?;
        let [day, expiring_until] = store.statuses.days(as_of);
        let (query, values) = sql::named(
            &format!(
                "SELECT status, count(*) FROM (
                     SELECT {status} AS status FROM {ENROLLMENT_AS_OF} e JOIN \"user\" u ON u.id = e.user_id
                     WHERE e.course_id = :course AND u.tenant_id = :tenant AND u.status = 'active') s
                 GROUP BY status",
                status = store.statuses.sql.status
            ),
            &[
                ("as_of", &day),
                ("expiring_until", &expiring_until),
                ("tenant", &tenant_id),
                ("course", &course.id),
            ],
        );
        let counts: Vec<(String, u64)> = tx
            .query(&query, &values)?
            .iter()
            .map(|r| (r.get(0), u64::try_from(r.get::<_, i64>(1)).unwrap_or_default()))
            .collect();
        let row = tx.query_one(
            "SELECT count(*), avg(x.score), max(x.completed_on)
             FROM completion x JOIN \"user\" u ON u.id = x.user_id
             WHERE x.course_id = $1 AND u.tenant_id = $2 AND u.status <> 'erased' AND x.completed_on <= $3",
            &[&course.id, &tenant_id, &day],
        )?;
        let completions = Completions {
            count: u64::try_from(row.get::<_, i64>(0)).unwrap_or_default(),
            average_score: row.get(1),
            last_on: row.get(2),
        };
        Ok(assignment_sql::course_stats(
            course,
            tenant,
            as_of,
            &counts,
            completions,
        ))
    })
}
