//! Courses in SQLite and the catalogue across the tenant tree: a tenant sees its own
//! courses and the shared courses of its ancestors, live (no copies).

use crate::store::rules::Changed;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row};

use super::status::{ENROLLMENT_AS_OF, Statuses};
use super::{Writer, date_at, now, query_named, tenants};
use crate::error::{Error, Result};
use crate::model::value::{Period, clean};
use crate::model::{AsOf, Course, CoursePatch, CourseStats, NewCourse};
use crate::store::assignment_sql::{Completions, course_stats};

/// The tenant and its ancestors with their distance (0 = the tenant itself).
const ANCESTORS: &str = "WITH RECURSIVE anc(id, depth) AS (
        SELECT ?1, 0
        UNION ALL SELECT t.parent_id, anc.depth + 1 FROM tenant t JOIN anc ON t.id = anc.id
        WHERE t.parent_id IS NOT NULL)";

const COLUMNS: &str =
    "c.id, t.slug, c.code, c.title, c.description, c.mandatory, c.valid_months, c.valid_days,
        c.shared, anc.depth > 0, c.archived_at IS NOT NULL, c.created_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Course> {
    let months: Option<u32> = r.get(6)?;
    let days: Option<u32> = r.get(7)?;
    Ok(Course {
        id: r.get(0)?,
        tenant: r.get(1)?,
        code: r.get(2)?,
        title: r.get(3)?,
        description: r.get(4)?,
        mandatory: r.get(5)?,
        valid_for: months.map(Period::Months).or(days.map(Period::Days)),
        shared: r.get(8)?,
        inherited: r.get(9)?,
        archived: r.get(10)?,
        created_at: r.get(11)?,
    })
}

fn split(period: Option<Period>) -> (Option<u32>, Option<u32>) {
    match period {
        Some(Period::Months(n)) => (Some(n), None),
        Some(Period::Days(n)) => (None, Some(n)),
        None => (None, None),
    }
}

/// The tenant's catalogue: own courses and its ancestors' shared ones.
pub fn list(conn: &Connection, tenant: &str, archived: bool) -> Result<Vec<Course>> {
    let tenant_id = tenants::id_of(conn, tenant)?;
    let archived = if archived { "" } else { "AND c.archived_at IS NULL" };
    let mut stmt = conn.prepare(&format!(
        "{ANCESTORS} SELECT {COLUMNS} FROM course c JOIN anc ON c.tenant_id = anc.id JOIN tenant t ON t.id = c.tenant_id
         WHERE (anc.depth = 0 OR c.shared = 1) {archived} ORDER BY c.code, anc.depth"
    ))?;
    let courses = stmt
        .query_map([tenant_id], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(courses)
}

/// A course of the tenant's catalogue by code: its own first, else the nearest
/// ancestor's shared one.
pub fn find(conn: &Connection, tenant_id: i64, code: &str) -> Result<Course> {
    conn.query_row(
        &format!(
            "{ANCESTORS} SELECT {COLUMNS} FROM course c JOIN anc ON c.tenant_id = anc.id JOIN tenant t ON t.id = c.tenant_id
             WHERE c.code = ?2 AND (anc.depth = 0 OR c.shared = 1) ORDER BY anc.depth LIMIT 1"
        ),
        (tenant_id, clean(code)),
        from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("course", code))
}

pub fn show(conn: &Connection, tenant: &str, code: &str) -> Result<Course> {
    find(conn, tenants::id_of(conn, tenant)?, code)
}

/// A course code must mean one course in every catalogue: it may not repeat a code
/// an ancestor shares with the tenant, and a shared course's code may not repeat a
/// descendant's own course (it would hide one of the two).
fn check_code_free_in_tree(conn: &Connection, tenant_id: i64, code: &str, shared: bool) -> Result<()> {
    let inherited: Option<String> = conn
        .query_row(
            &format!(
                "{ANCESTORS} SELECT t.slug FROM course c JOIN anc ON c.tenant_id = anc.id JOIN tenant t ON t.id = c.tenant_id
                 WHERE anc.depth > 0 AND c.shared = 1 AND c.code = ?2 LIMIT 1"
            ),
            (tenant_id, code),
            |r| r.get(0),
        )
        .optional()?;
    if let Some(owner) = inherited {
        return Err(Error::invalid(format!(
            "course code '{code}' is already used by the shared course of tenant '{owner}', which this tenant inherits"
        ))
        .about("course.inherited-code"));
    }
    if shared {
        let descendant: Option<String> = conn
            .query_row(
                "WITH RECURSIVE sub(id) AS (SELECT id FROM tenant WHERE parent_id = ?1
                     UNION ALL SELECT t.id FROM tenant t JOIN sub ON t.parent_id = sub.id)
                 SELECT t.slug FROM course c JOIN sub ON c.tenant_id = sub.id JOIN tenant t ON t.id = c.tenant_id
                 WHERE c.code = ?2 LIMIT 1",
                (tenant_id, code),
                |r| r.get(0),
            )
            .optional()?;
        if let Some(child) = descendant {
            return Err(Error::invalid(format!(
                "course code '{code}' is used by tenant '{child}' below this one; a shared course with it would clash there"
            ))
            .about("course.code-below"));
        }
    }
    Ok(())
}

/// Whether users or assignments of other tenants refer to the course.
fn used_elsewhere(conn: &Connection, tenant_id: i64, course_id: i64) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM assignment WHERE course_id = ?1 AND tenant_id != ?2)
             OR EXISTS (SELECT 1 FROM enrollment e JOIN user u ON u.id = e.user_id WHERE e.course_id = ?1 AND u.tenant_id != ?2)
             OR EXISTS (SELECT 1 FROM completion x JOIN user u ON u.id = x.user_id WHERE x.course_id = ?1 AND u.tenant_id != ?2)",
        (course_id, tenant_id),
        |r| r.get(0),
    )?)
}

/// Creates a course from checked fields.
pub fn create(w: &Writer<'_>, tenant: &str, new: &NewCourse) -> Result<Course> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let code = &new.code;
    let taken: Option<i64> = w
        .query_row(
            "SELECT id FROM course WHERE tenant_id = ?1 AND code = ?2",
            (tenant_id, code),
            |r| r.get(0),
        )
        .optional()?;
    if taken.is_some() {
        return Err(
            Error::invalid(format!("tenant '{tenant}' already has a course '{code}'")).about("course.exists"),
        );
    }
    check_code_free_in_tree(w, tenant_id, code, new.shared)?;
    let (months, days) = split(new.valid_for);
    w.execute(
        "INSERT INTO course (tenant_id, code, title, description, mandatory, valid_months, valid_days, shared, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        rusqlite::params![
            tenant_id,
            code,
            new.title,
            new.description,
            new.mandatory,
            months,
            days,
            new.shared,
            now()
        ],
    )?;
    let id = w.last_insert_rowid();
    w.record(Some(tenant), Changed::CourseCreated { course_id: id })?;
    find(w, tenant_id, code)
}

/// Applies checked changes to a course of the tenant's own.
pub fn update(w: &Writer<'_>, tenant: &str, code: &str, patch: &CoursePatch) -> Result<Course> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let course = find(w, tenant_id, code)?;
    let mut fields = Vec::new();
    if let Some(title) = &patch.title {
        w.execute("UPDATE course SET title = ?1 WHERE id = ?2", (title, course.id))?;
        fields.push("title");
    }
    if let Some(description) = &patch.description {
        w.execute(
            "UPDATE course SET description = ?1 WHERE id = ?2",
            ((!description.is_empty()).then_some(description), course.id),
        )?;
        fields.push("description");
    }
    if let Some(mandatory) = patch.mandatory {
        w.execute(
            "UPDATE course SET mandatory = ?1 WHERE id = ?2",
            (mandatory, course.id),
        )?;
        fields.push("mandatory");
    }
    if let Some(valid_for) = patch.valid_for {
        let (months, days) = split(valid_for);
        w.execute(
            "UPDATE course SET valid_months = ?1, valid_days = ?2 WHERE id = ?3",
            (months, days, course.id),
        )?;
        fields.push("valid_for");
    }
    if let Some(shared) = patch.shared {
        if shared && !course.shared {
            check_code_free_in_tree(w, tenant_id, &course.code, true)?;
        }
        if !shared && course.shared && used_elsewhere(w, tenant_id, course.id)? {
            return Err(Error::refused(format!(
                "course '{}' is assigned to or was completed by users of other tenants; it stays shared",
                course.code
            ))
            .about("course.shared-in-use"));
        }
        w.execute("UPDATE course SET shared = ?1 WHERE id = ?2", (shared, course.id))?;
        fields.push("shared");
    }
    w.record(
        Some(tenant),
        Changed::CourseUpdated {
            course_id: course.id,
            fields: &fields,
        },
    )?;
    find(w, tenant_id, &course.code)
}

/// Archives a course of the tenant's own.
pub fn archive(w: &Writer<'_>, tenant: &str, code: &str) -> Result<Course> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let course = find(w, tenant_id, code)?;
    if !course.archived {
        w.execute(
            "UPDATE course SET archived_at = ?1 WHERE id = ?2",
            (now(), course.id),
        )?;
        w.record(Some(tenant), Changed::CourseArchived { course_id: course.id })?;
    }
    find(w, tenant_id, &course.code)
}

/// A course's figures among the tenant's active users on `as_of`: their enrollments
/// counted by status (as the core's status model decides it), and the completions
/// they recorded by then.
pub fn stats(
    conn: &Connection,
    statuses: &Statuses,
    tenant: &str,
    code: &str,
    as_of: AsOf,
) -> Result<CourseStats> {
    let tenant_id = tenants::id_of(conn, tenant)?;
    let course = find(conn, tenant_id, code)?;
    let mut args = statuses.params(as_of);
    args.push((":tenant", Value::Integer(tenant_id)));
    args.push((":course", Value::Integer(course.id)));
    let counts = query_named(
        conn,
        &format!(
            "SELECT status, count(*) FROM (
                 SELECT {status} AS status FROM {ENROLLMENT_AS_OF} e JOIN user u ON u.id = e.user_id
                 WHERE e.course_id = :course AND u.tenant_id = :tenant AND u.status = 'active')
             GROUP BY status",
            status = statuses.sql.status
        ),
        &args,
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, u64>(1)?)),
    )?;
    let (completions, average_score, last_completed_on) = conn.query_row(
        "SELECT count(*), avg(x.score), max(x.completed_on)
         FROM completion x JOIN user u ON u.id = x.user_id
         WHERE x.course_id = ?1 AND u.tenant_id = ?2 AND u.status != 'erased' AND x.completed_on <= ?3",
        (course.id, tenant_id, crate::model::value::iso_date(as_of.date)),
        |r| {
            Ok((
                r.get::<_, u64>(0)?,
                r.get::<_, Option<f64>>(1)?,
                match r.get_ref(2)? {
                    rusqlite::types::ValueRef::Null => None,
                    _ => Some(date_at(r, 2)?),
                },
            ))
        },
    )?;
    Ok(course_stats(
        course,
        tenant,
        as_of,
        &counts,
        Completions {
            count: completions,
            average_score,
            last_on: last_completed_on,
        },
    ))
}
