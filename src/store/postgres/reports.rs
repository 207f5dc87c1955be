/*!
Reports in PostgreSQL: compliance figures, overdue people, expiring certificates, active
users per period and the tenant tree at a glance, row for row what the SQLite store
reports. Statuses come from the core's status model ([`super::status`]), so reports
and `assign list` agree.

Each report reads one snapshot (`store.read`). Compliance figures count the tallies the
triggers keep (a few thousand rows) unless the day asked about lies before something
they counted; the two long lists stream their rows to the sink as the server sends them,
in the order of the list, from the index that holds it when the day is current.

Text keys are ordered as SQLite orders them: slugs, departments and locations byte by
byte (`COLLATE "C"`, whatever the database's collation), course codes and group names
with ASCII letters folded (SQLite's NOCASE: `lower` under the C collation folds only
those).
*/

use chrono::NaiveDate;
use postgres::Transaction;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::ToSql;

use super::sql::{Param, named};
use super::status::{ENROLLMENT_AS_OF, Statuses};
use super::{PostgresStore, tenants};
use crate::error::{Error, Result};
use crate::model::value::{clean, month_of};
use crate::model::{
    ActiveUsersRow, AsOf, ComplianceBy, ComplianceQuery, ComplianceRow, ExpiringRow, OverdueRow, TenantRow,
    completion_rate,
};
use crate::store::Sink;

/// The tenant a report is asked about and the tenants it covers.
fn scope(tx: &mut Transaction<'_>, tenant: &str, include_children: bool) -> Result<(i64, Vec<i64>)> {
    let tenant_id = tenants::id_of(tx, tenant)?;
    let ids = if include_children {
        tenants::descendants(tx, tenant_id)?
    } else {
        vec![tenant_id]
    };
    Ok((tenant_id, ids))
}

/// A course of the tenant's catalogue by code: its own first, else the nearest
/// ancestor's shared one.
fn course_id(tx: &mut Transaction<'_>, tenant_id: i64, code: &str) -> Result<i64> {
    tx.query_opt(
        "WITH RECURSIVE anc(id, depth) AS (
             SELECT $1::bigint, 0
             UNION ALL SELECT t.parent_id, anc.depth + 1 FROM tenant t JOIN anc ON t.id = anc.id
             WHERE t.parent_id IS NOT NULL)
         SELECT c.id FROM course c JOIN anc ON c.tenant_id = anc.id
         WHERE c.code = $2::text::citext AND (anc.depth = 0 OR c.shared) ORDER BY anc.depth LIMIT 1",
        &[&tenant_id, &clean(code)],
    )?
    .map(|row| row.get(0))
    .ok_or_else(|| Error::not_found("course", code))
}

/// The group `name` of the tenant.
fn group_id(tx: &mut Transaction<'_>, tenant_id: i64, name: &str) -> Result<i64> {
    tx.query_opt(
        "SELECT id FROM user_group WHERE tenant_id = $1 AND name = $2::text::citext",
        &[&tenant_id, &clean(name)],
    )?
    .map(|row| row.get(0))
    .ok_or_else(|| Error::not_found("group", name))
}

/// A count as a report shows it.
fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or_default()
}

pub fn report_compliance(
    store: &PostgresStore,
    tenant: &str,
    query: &ComplianceQuery,
    as_of: AsOf,
) -> Result<Vec<ComplianceRow>> {
    store.read(|tx| compliance(tx, &store.statuses, tenant, query, as_of))
}

fn compliance(
    tx: &mut Transaction<'_>,
    statuses: &Statuses,
    tenant: &str,
    query: &ComplianceQuery,
    as_of: AsOf,
) -> Result<Vec<ComplianceRow>> {
    let (tenant_id, ids) = scope(tx, tenant, query.include_children)?;
    let course = match &query.course {
        Some(code) => Some(course_id(tx, tenant_id, code)?),
        None => None,
    };
    let group = match &query.group {
        Some(name) => Some(group_id(tx, tenant_id, name)?),
        None => None,
    };
    let [day, expiring_until] = statuses.days(as_of);
    let params: [Param<'_>; 5] = [
        ("as_of", &day),
        ("expiring_until", &expiring_until),
        ("tenants", &ids),
        ("course", &course),
        ("group", &group),
    ];
    let mut of_course = String::new();
    if course.is_some() {
        of_course.push_str(" AND course_id = :course");
    }
    // Figures come from a tally, unless the day asked about lies before something it
    // counts: per course, department, location or tenant from the tenants' tally; per
    // group, or per course for one group's members, from the groups' tally. (Any other
    // cut of one group's members needs the enrollments.)
    let group_tally = |groups: &str| {
        format!(
            "SELECT NULL::bigint AS tenant_id, group_id, NULL::text AS department, NULL::text AS location,
                    {TALLIED}
             FROM group_tally WHERE {groups} AND n > 0 {of_course}"
        )
    };
    let tallied = match (group, query.by) {
        (None, ComplianceBy::Group) => Some(group_tally(
            "group_id IN (SELECT id FROM user_group WHERE tenant_id = ANY(:tenants))",
        )),
        (Some(_), ComplianceBy::Course) => Some(group_tally("group_id = :group")),
        (None, _) => Some(format!(
            "SELECT tenant_id, NULL::bigint AS group_id, nullif(department, '') AS department,
                    nullif(location, '') AS location, {TALLIED}
             FROM enrollment_tally WHERE tenant_id = ANY(:tenants) AND n > 0 {of_course}"
        )),
        (Some(_), _) => None,
    };
    if let Some(tallied) = tallied {
        let (rows, latest) = compliance_figures(tx, statuses, &tallied, query.by, &params)?;
        if latest.is_none_or(|latest| latest <= as_of.date) {
            return Ok(rows);
        }
    }
    if group.is_some() {
        of_course.push_str(" AND e.user_id IN (SELECT user_id FROM group_member WHERE group_id = :group)");
    }
    // Per group, an enrollment counts once in each group of its user.
    let (group_id, members) = if query.by == ComplianceBy::Group {
        (
            "gm.group_id",
            "JOIN (SELECT DISTINCT group_id, user_id FROM group_member) gm ON gm.user_id = e.user_id",
        )
    } else {
        ("NULL::bigint", "")
    };
    // Erased users count here, anonymously (their enrollments stay with the tombstone).
    let counted = format!(
        "SELECT u.tenant_id, {group_id} AS group_id, e.course_id, u.department, u.location, e.due_on,
                e.progress, e.done_on, e.expires_on, 1::bigint AS n, NULL::date AS latest
         FROM {ENROLLMENT_AS_OF} e JOIN \"user\" u ON u.id = e.user_id {members}
         WHERE u.tenant_id = ANY(:tenants) {of_course}"
    );
    Ok(compliance_figures(tx, statuses, &counted, query.by, &params)?.0)
}

/// The counts of a tally (`enrollment_tally` or `group_tally`) as the columns
/// [`compliance_figures`] reads: 'infinity' back to NULL, progress as a number, and
/// for a done enrollment a day of completion (its `latest` will do: the status only
/// asks whether there is one).
const TALLIED: &str = "course_id, nullif(due_on, 'infinity') AS due_on, progress::int AS progress,
    CASE WHEN done THEN latest END AS done_on, nullif(expires_on, 'infinity') AS expires_on, n, latest";

/// Compliance figures from `rows` (enrollments or their tally: tenant_id, group_id,
/// course_id, department, location, due_on, progress, done_on, expires_on, n and
/// latest), with the newest `latest` among them.
fn compliance_figures(
    tx: &mut Transaction<'_>,
    statuses: &Statuses,
    rows: &str,
    by: ComplianceBy,
    params: &[Param<'_>],
) -> Result<(Vec<ComplianceRow>, Option<NaiveDate>)> {
    // Counted per status first, by the key's id (a cheap key to group a tally's many
    // rows by), then per key: course codes and group names are citext, grouped
    // without regard to case like SQLite's NOCASE columns (two tenants of a tree may
    // have a course of one code each).
    let (id, key, join, order) = match by {
        ComplianceBy::Course => ("e.course_id", "c.code", "JOIN course c ON c.id = f.id", NOCASE),
        ComplianceBy::Department => ("coalesce(e.department, '(none)')", "f.id", "", BINARY),
        ComplianceBy::Location => ("coalesce(e.location, '(none)')", "f.id", "", BINARY),
        ComplianceBy::Tenant => ("e.tenant_id", "t.slug", "JOIN tenant t ON t.id = f.id", BINARY),
        ComplianceBy::Group => ("e.group_id", "g.name", "JOIN user_group g ON g.id = f.id", NOCASE),
    };
    let counted = |condition: &str| format!("coalesce(sum(n) FILTER (WHERE {condition}), 0)::bigint");
    let sql = format!(
        "WITH counted AS (SELECT {id} AS id, {status} AS status, sum(e.n)::bigint AS n,
                                 max(e.latest) AS latest
                          FROM ({rows}) e GROUP BY 1, 2),
         figures AS (SELECT {key} AS k, f.n, f.status, f.latest FROM counted f {join})
         SELECT k::text, sum(n)::bigint, {completed}, {in_progress}, {overdue}, {expired}, max(latest), {expiring}
         FROM figures GROUP BY k ORDER BY {order}",
        status = statuses.sql.status,
        completed = counted(&statuses.sql.completed),
        in_progress = counted("status = 'in-progress'"),
        overdue = counted("status = 'overdue'"),
        expired = counted("status = 'expired'"),
        expiring = counted("status = 'expiring'"),
    );
    let (sql, values) = named(&sql, params);
    let mut latest: Option<NaiveDate> = None;
    let mut figures = Vec::new();
    for r in tx.query(&sql, &values)? {
        let assigned = count(r.get(1));
        let completed = count(r.get(2));
        let newest: Option<NaiveDate> = r.get(6);
        if newest > latest {
            latest = newest;
        }
        figures.push(ComplianceRow {
            key: r.get(0),
            assigned,
            completed,
            in_progress: count(r.get(3)),
            overdue: count(r.get(4)),
            expired: count(r.get(5)),
            completion_rate: completion_rate(completed, assigned),
            expiring: count(r.get(7)),
        });
    }
    Ok((figures, latest))
}

/// The order of keys SQLite gives text compared byte by byte.
const BINARY: &str = "k::text COLLATE \"C\"";
/// The order of keys SQLite gives NOCASE text: ASCII letters folded, then byte by byte.
const NOCASE: &str = "lower(k::text COLLATE \"C\")";

/// Whether `as_of` is on or after every assignment and completion the tally counted in
/// the tenants `ids`: then each enrollment's own latest completion is its latest as of
/// that day, and nothing assigned later needs leaving out.
fn is_current(tx: &mut Transaction<'_>, ids: &[i64], as_of: AsOf) -> Result<bool> {
    // Each tenant's newest from its end of `enrollment_tally_latest`.
    let latest: Option<NaiveDate> = tx
        .query_one(
            "SELECT max(m.latest) FROM unnest($1::bigint[]) AS s(id),
                 LATERAL (SELECT max(latest) AS latest FROM enrollment_tally WHERE tenant_id = s.id) m",
            &[&ids],
        )?
        .get(0);
    Ok(latest.is_none_or(|latest| latest <= as_of.date))
}

/// Where a report list reads its enrollments: as of today (`current`, see
/// [`is_current`]) the enrollment rows themselves (their partial indexes hold each
/// list in its order); for an earlier day, every enrollment as it stood then.
fn list_source(current: bool) -> String {
    if current {
        "enrollment e".to_owned()
    } else {
        format!("{ENROLLMENT_AS_OF} e")
    }
}

/// Runs `sql` (with `:name` parameters) and hands each row, as `row` makes it, to
/// `sink` as the server sends it.
fn stream<T>(
    tx: &mut Transaction<'_>,
    sql: &str,
    params: &[Param<'_>],
    row: impl Fn(&postgres::Row) -> Result<T>,
    sink: Sink<'_, T>,
) -> Result<()> {
    let (sql, values) = named(sql, params);
    let mut rows = tx.query_raw(&sql, values.iter().map(|v| *v as &dyn ToSql))?;
    while let Some(r) = rows.next()? {
        sink(row(&r)?)?;
    }
    Ok(())
}

/// People overdue on mandatory courses, longest overdue first.
pub fn report_overdue(
    store: &PostgresStore,
    tenant: &str,
    include_children: bool,
    as_of: AsOf,
    sink: Sink<'_, OverdueRow>,
) -> Result<()> {
    let statuses = &store.statuses;
    store.read(|tx| {
        let (_, ids) = scope(tx, tenant, include_children)?;
        // Usually (as of today) the open enrollments due before the day are the
        // overdue ones, in the order of the list in their index (due date, user,
        // course); for an earlier day, every enrollment's status as it stood then.
        let current = is_current(tx, &ids, as_of)?;
        let overdue = if current {
            statuses.sql.overdue.clone()
        } else {
            format!("{} = 'overdue'", statuses.sql.status)
        };
        let sql = format!(
            "SELECT t.slug, u.id, u.external_id, u.email::text, u.first_name, u.last_name, c.code::text, c.title,
                    e.due_on, m.email::text
             FROM {source} JOIN \"user\" u ON u.id = e.user_id JOIN tenant t ON t.id = u.tenant_id
             JOIN course c ON c.id = e.course_id LEFT JOIN \"user\" m ON m.id = u.manager_id
             WHERE {overdue} AND u.tenant_id = ANY(:tenants) AND u.status = 'active' AND c.mandatory
             ORDER BY e.due_on, e.user_id, e.course_id",
            source = list_source(current),
        );
        let [day, expiring_until] = statuses.days(as_of);
        let params: [Param<'_>; 3] = [
            ("as_of", &day),
            ("expiring_until", &expiring_until),
            ("tenants", &ids),
        ];
        stream(
            tx,
            &sql,
            &params,
            |r| {
                let due_on: NaiveDate = r.try_get(8)?;
                Ok(OverdueRow {
                    tenant: r.try_get(0)?,
                    user_id: r.try_get(1)?,
                    external_id: r.try_get(2)?,
                    email: r.try_get(3)?,
                    first_name: r.try_get(4)?,
                    last_name: r.try_get(5)?,
                    course: r.try_get(6)?,
                    title: r.try_get(7)?,
                    due_on,
                    days_overdue: (as_of.date - due_on).num_days(),
                    manager_email: r.try_get(9)?,
                })
            },
            sink,
        )
    })
}

/// Valid certificates running out within `within_days` of `as_of`, soonest first.
pub fn report_expiring(
    store: &PostgresStore,
    tenant: &str,
    include_children: bool,
    within_days: u32,
    as_of: AsOf,
    sink: Sink<'_, ExpiringRow>,
) -> Result<()> {
    let as_of = AsOf {
        date: as_of.date,
        expiring_within_days: within_days,
    };
    let statuses = &store.statuses;
    store.read(|tx| {
        let (_, ids) = scope(tx, tenant, include_children)?;
        // The certificates that count are those of the courses people are enrolled in:
        // usually (as of today) each enrollment's own latest one, in the order of the
        // list in its index; for an earlier day, the latest as it stood then.
        let current = is_current(tx, &ids, as_of)?;
        let sql = format!(
            "SELECT c.code::text, e.serial, e.expires_on, e.user_id, t.slug, u.external_id, u.email::text
             FROM {source} JOIN \"user\" u ON u.id = e.user_id JOIN tenant t ON t.id = u.tenant_id
             JOIN course c ON c.id = e.course_id
             WHERE {window} AND u.tenant_id = ANY(:tenants) AND u.status <> 'erased'
             ORDER BY e.expires_on, e.user_id, e.course_id",
            source = list_source(current),
            window = statuses.sql.expiring,
        );
        let [day, expiring_until] = statuses.days(as_of);
        let params: [Param<'_>; 3] = [
            ("as_of", &day),
            ("expiring_until", &expiring_until),
            ("tenants", &ids),
        ];
        stream(
            tx,
            &sql,
            &params,
            |r| {
                let expires_on: NaiveDate = r.try_get(2)?;
                Ok(ExpiringRow {
                    tenant: r.try_get(4)?,
                    user_id: r.try_get(3)?,
                    external_id: r.try_get(5)?,
                    email: r.try_get(6)?,
                    course: r.try_get(0)?,
                    serial: r.try_get(1)?,
                    expires_on,
                    days_left: (expires_on - as_of.date).num_days(),
                })
            },
            sink,
        )
    })
}

/// The first and last day of a period the core has checked.
fn period_bounds(period: &str) -> Result<(NaiveDate, NaiveDate)> {
    crate::model::period_bounds(period).ok_or_else(|| Error::failure(format!("'{period}' is not a period")))
}

/// Distinct users with activity from `first` to `last`, per tenant of `ids` (by slug,
/// in slug order). Counted as the users with an activity day in the period, so that
/// PostgreSQL may read either side first (the period's days, or each user's).
fn active_users_between(
    tx: &mut Transaction<'_>,
    ids: &[i64],
    first: NaiveDate,
    last: NaiveDate,
) -> Result<Vec<(String, u64)>> {
    Ok(tx
        .query(
            "SELECT t.slug, coalesce(a.n, 0) FROM tenant t LEFT JOIN (
                 SELECT u.tenant_id, count(*) AS n FROM \"user\" u
                 WHERE u.tenant_id = ANY($1)
                   AND EXISTS (SELECT 1 FROM user_activity a WHERE a.user_id = u.id AND a.day BETWEEN $2 AND $3)
                 GROUP BY u.tenant_id) a ON a.tenant_id = t.id
             WHERE t.id = ANY($1) ORDER BY t.slug COLLATE \"C\"",
            &[&ids, &first, &last],
        )?
        .iter()
        .map(|r| (r.get(0), count(r.get(1))))
        .collect())
}

/// Distinct users with learning activity in the period up to `as_of`, per tenant
/// (erased users count anonymously: their activity days stay with their tombstone).
pub fn report_active_users(
    store: &PostgresStore,
    tenant: &str,
    include_children: bool,
    period: &str,
    as_of: NaiveDate,
) -> Result<Vec<ActiveUsersRow>> {
    let (first, last) = period_bounds(period)?;
    store.read(|tx| {
        let (_, ids) = scope(tx, tenant, include_children)?;
        Ok(active_users_between(tx, &ids, first, last.min(as_of))?
            .into_iter()
            .map(|(tenant, active_users)| ActiveUsersRow {
                tenant,
                period: period.trim().to_owned(),
                active_users,
            })
            .collect())
    })
}

/// The tenant and its descendants: users, active users this month (up to `as_of`),
/// compliance.
pub fn report_tenants(store: &PostgresStore, tenant: &str, as_of: AsOf) -> Result<Vec<TenantRow>> {
    // Active users this month, up to the day.
    let (first, last) = (period_bounds(&month_of(as_of.date))?.0, as_of.date);
    store.read(|tx| {
        let (_, ids) = scope(tx, tenant, true)?;
        let active: std::collections::HashMap<String, u64> =
            active_users_between(tx, &ids, first, last)?.into_iter().collect();
        let figures = compliance(
            tx,
            &store.statuses,
            tenant,
            &ComplianceQuery {
                by: ComplianceBy::Tenant,
                include_children: true,
                ..ComplianceQuery::default()
            },
            as_of,
        )?;
        Ok(tx
            .query(
                "SELECT t.slug, p.slug,
                        (SELECT count(*) FROM \"user\" u WHERE u.tenant_id = t.id AND u.status <> 'erased')
                 FROM tenant t LEFT JOIN tenant p ON p.id = t.parent_id
                 WHERE t.id = ANY($1) ORDER BY t.slug COLLATE \"C\"",
                &[&ids],
            )?
            .iter()
            .map(|r| {
                let slug: String = r.get(0);
                let row = figures.iter().find(|f| f.key == slug);
                let (assigned, completed, overdue) =
                    row.map_or((0, 0, 0), |f| (f.assigned, f.completed, f.overdue));
                TenantRow {
                    active_users: active.get(&slug).copied().unwrap_or(0),
                    tenant: slug,
                    parent: r.get(1),
                    users: count(r.get(2)),
                    assigned,
                    completed,
                    overdue,
                    completion_rate: completion_rate(completed, assigned),
                }
            })
            .collect())
    })
}
