/*!
Reports in SQLite: compliance figures, overdue people, expiring certificates, active
users per period and the tenant tree at a glance. Statuses come from the core's status
model ([`super::status`]), so reports and `assign list` agree.
*/

use chrono::NaiveDate;
use rusqlite::Connection;
use rusqlite::types::Value;

use super::people::{People, Person};
use super::status::{ENROLLMENT_AS_OF, Statuses};
use super::{courses, data_version, date_at, groups, query_each, query_named, tenants};
use crate::error::{Error, Result};
use crate::model::value::{iso_date, month_of};
use crate::model::{
    ActiveUsersRow, AsOf, ComplianceBy, ComplianceQuery, ComplianceRow, ExpiringRow, OverdueRow, TenantRow,
    completion_rate,
};
use crate::store::Sink;

/// The tenants a report covers, as a JSON array for `json_each`.
fn scope(conn: &Connection, tenant: &str, include_children: bool) -> Result<(i64, String)> {
    let tenant_id = tenants::id_of(conn, tenant)?;
    let ids = if include_children {
        tenants::descendants(conn, tenant_id)?
    } else {
        vec![tenant_id]
    };
    Ok((
        tenant_id,
        serde_json::to_string(&ids).unwrap_or_else(|_| "[]".to_owned()),
    ))
}

pub fn compliance(
    conn: &Connection,
    statuses: &Statuses,
    tenant: &str,
    query: &ComplianceQuery,
    as_of: AsOf,
) -> Result<Vec<ComplianceRow>> {
    let (tenant_id, ids) = scope(conn, tenant, query.include_children)?;
    let mut args = statuses.params(as_of);
    args.push((":tenants", Value::Text(ids)));
    let mut course = String::new();
    if let Some(code) = &query.course {
        course.push_str(" AND course_id = :course");
        args.push((
            ":course",
            Value::Integer(courses::find(conn, tenant_id, code)?.id),
        ));
    }
    let group = match &query.group {
        Some(name) => Some(groups::id_of(conn, tenant_id, name)?),
        None => None,
    };
    if let Some(group) = group {
        args.push((":group", Value::Integer(group)));
    }
    // Figures come from a tally, unless the day asked about lies before something it
    // counts: per course, department, location or tenant from the tenants' tally; per
    // group, or per course for one group's members, from the groups' tally. (Any other
    // cut of one group's members needs the enrollments.)
    let group_tally = |groups: &str| {
        format!(
            "SELECT NULL AS tenant_id, group_id, NULL AS department, NULL AS location, {TALLIED}
             FROM group_tally WHERE {groups} AND n > 0 {course}"
        )
    };
    let tallied = match (group, query.by) {
        (None, ComplianceBy::Group) => Some(group_tally(
            "group_id IN (SELECT id FROM user_group WHERE tenant_id IN scope)",
        )),
        (Some(_), ComplianceBy::Course) => Some(group_tally("group_id = :group")),
        (None, _) => Some(format!(
            "SELECT tenant_id, NULL AS group_id, nullif(department, '') AS department,
                    nullif(location, '') AS location, {TALLIED}
             FROM enrollment_tally WHERE tenant_id IN scope AND n > 0 {course}"
        )),
        (Some(_), _) => None,
    };
    if let Some(tallied) = tallied {
        let (rows, latest) = compliance_figures(conn, statuses, &tallied, query.by, &args)?;
        if latest.is_none_or(|latest| latest <= iso_date(as_of.date)) {
            return Ok(rows);
        }
    }
    if group.is_some() {
        course.push_str(" AND e.user_id IN (SELECT user_id FROM group_member WHERE group_id = :group)");
    }
    // Per group, an enrollment counts once in each group of its user.
    let (group_id, members) = if query.by == ComplianceBy::Group {
        (
            "gm.group_id",
            "JOIN (SELECT DISTINCT group_id, user_id FROM group_member) gm ON gm.user_id = e.user_id",
        )
    } else {
        ("NULL", "")
    };
    // Erased users count here, anonymously (their enrollments stay with the tombstone).
    let counted = format!(
        "SELECT u.tenant_id, {group_id} AS group_id, e.course_id, u.department, u.location, e.due_on, e.progress,
                e.done_on, e.expires_on, 1 AS n, NULL AS latest
         FROM {ENROLLMENT_AS_OF} e JOIN user u ON u.id = e.user_id {members}
         WHERE u.tenant_id IN scope {course}"
    );
    Ok(compliance_figures(conn, statuses, &counted, query.by, &args)?.0)
}

/// The counts of a tally (`enrollment_tally` or `group_tally`) as the columns
/// [`compliance_figures`] reads: '' back to NULL, and for a done enrollment a day of
/// completion (its `latest` will do: the status only asks whether there is one).
const TALLIED: &str =
    "course_id, nullif(due_on, '') AS due_on, progress, CASE WHEN done = 1 THEN latest END AS done_on,
    nullif(expires_on, '') AS expires_on, n, latest";

/// Compliance figures from `rows` (enrollments or their tally: tenant_id, group_id,
/// course_id, department, location, due_on, progress, done_on, expires_on, n and
/// latest), with the newest `latest` among them.
fn compliance_figures(
    conn: &Connection,
    statuses: &Statuses,
    rows: &str,
    by: ComplianceBy,
    args: &[(&str, Value)],
) -> Result<(Vec<ComplianceRow>, Option<String>)> {
    let (key, join) = match by {
        ComplianceBy::Course => ("c.code", "JOIN course c ON c.id = e.course_id"),
        ComplianceBy::Department => ("coalesce(e.department, '(none)')", ""),
        ComplianceBy::Location => ("coalesce(e.location, '(none)')", ""),
        ComplianceBy::Tenant => ("t.slug", "JOIN tenant t ON t.id = e.tenant_id"),
        ComplianceBy::Group => ("g.name", "JOIN user_group g ON g.id = e.group_id"),
    };
    let sql = format!(
        "WITH scope(id) AS (SELECT value FROM json_each(:tenants)),
         figures AS (SELECT {key} AS k, e.n, {status} AS status, e.latest FROM ({rows}) e {join})
         SELECT k, sum(n), sum(n * ({completed})), sum(n * (status = 'in-progress')),
                sum(n * (status = 'overdue')), sum(n * (status = 'expired')), max(latest),
                sum(n * (status = 'expiring'))
         FROM figures GROUP BY k ORDER BY k",
        status = statuses.sql.status,
        completed = statuses.sql.completed,
    );
    let mut latest: Option<String> = None;
    let rows = query_named(conn, &sql, args, |r| {
        let assigned: u64 = r.get(1)?;
        let completed: u64 = r.get(2)?;
        let newest: Option<String> = r.get(6)?;
        if newest > latest {
            latest = newest;
        }
        Ok(ComplianceRow {
            key: r.get(0)?,
            assigned,
            completed,
            in_progress: r.get(3)?,
            overdue: r.get(4)?,
            expired: r.get(5)?,
            completion_rate: completion_rate(completed, assigned),
            expiring: r.get(7)?,
        })
    })?;
    Ok((rows, latest))
}

/// Whether `as_of` is on or after every assignment and completion the tally counted in
/// the tenants `ids`: then each enrollment's own latest completion is its latest as of
/// that day, and nothing assigned later needs leaving out.
fn is_current(conn: &Connection, ids: &str, as_of: AsOf) -> Result<bool> {
    let latest: Option<String> = conn.query_row(
        "SELECT max(latest) FROM enrollment_tally WHERE tenant_id IN (SELECT value FROM json_each(?1))",
        [ids],
        |r| r.get(0),
    )?;
    Ok(latest.is_none_or(|latest| latest <= iso_date(as_of.date)))
}

/// Where a report list reads its enrollments: as of today (`current`, see
/// [`is_current`]) the enrollment rows through `index`, which holds what the list needs
/// in its order; for an earlier day, every enrollment as it stood then.
fn list_source(current: bool, index: &str) -> String {
    if current {
        format!("enrollment e INDEXED BY {index}")
    } else {
        format!("{ENROLLMENT_AS_OF} e")
    }
}

/// People overdue on mandatory courses, longest overdue first.
pub fn overdue(
    conn: &Connection,
    statuses: &Statuses,
    tenant: &str,
    include_children: bool,
    as_of: AsOf,
    sink: Sink<'_, OverdueRow>,
) -> Result<()> {
    let (_, ids) = scope(conn, tenant, include_children)?;
    // Usually (as of today) the open enrollments due before the day are the overdue
    // ones, read from their index in the order of the list (due date, user, course);
    // for an earlier day, every enrollment's status as it stood then.
    let current = is_current(conn, &ids, as_of)?;
    let source = list_source(current, "enrollment_open");
    let overdue = if current {
        statuses.sql.overdue.clone()
    } else {
        format!("{} = 'overdue'", statuses.sql.status)
    };
    let mut args = statuses.params(as_of);
    args.push((":tenants", Value::Text(ids)));
    let sql = format!(
        "WITH scope(id) AS (SELECT value FROM json_each(:tenants))
         SELECT t.slug, u.id, u.external_id, u.email, u.first_name, u.last_name, c.code, c.title, e.due_on, m.email
         FROM {source} JOIN user u ON u.id = e.user_id JOIN tenant t ON t.id = u.tenant_id
         JOIN course c ON c.id = e.course_id LEFT JOIN user m ON m.id = u.manager_id
         WHERE {overdue} AND u.tenant_id IN scope AND u.status = 'active' AND c.mandatory = 1
         ORDER BY e.due_on, e.user_id, e.course_id"
    );
    query_each(
        conn,
        &sql,
        &args,
        |r| {
            let due_on = date_at(r, 8)?;
            Ok(OverdueRow {
                tenant: r.get(0)?,
                user_id: r.get(1)?,
                external_id: r.get(2)?,
                email: r.get(3)?,
                first_name: r.get(4)?,
                last_name: r.get(5)?,
                course: r.get(6)?,
                title: r.get(7)?,
                due_on,
                days_overdue: (as_of.date - due_on).num_days(),
                manager_email: r.get(9)?,
            })
        },
        sink,
    )
}

/// Valid certificates running out within `within_days` of `as_of`, soonest first.
pub fn expiring(
    conn: &Connection,
    statuses: &Statuses,
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
    expiring_looked_up(
        conn,
        statuses,
        tenant,
        include_children,
        as_of,
        Lookup::ByLength,
        sink,
    )
}

/// Where a list finds its people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lookup {
    /// In memory for a long list, in the store for a short one (see [`People`]).
    ByLength,
    #[cfg(test)]
    InMemory,
    #[cfg(test)]
    InStore,
}

fn expiring_looked_up(
    conn: &Connection,
    statuses: &Statuses,
    tenant: &str,
    include_children: bool,
    as_of: AsOf,
    lookup: Lookup,
    sink: Sink<'_, ExpiringRow>,
) -> Result<()> {
    // The scope, the source and the people are read before the list, outside its
    // snapshot (the people on other connections): they are used only if nothing was
    // committed meanwhile, so the list never names a person erased since.
    let before = data_version(conn)?;
    let mut list = ExpiringList::plan(conn, statuses, tenant, include_children, as_of)?;
    let mut people = match lookup {
        Lookup::ByLength if list.current => people_for_list(conn, &list.source, list.window, &list.args)?,
        Lookup::ByLength => None,
        #[cfg(test)]
        Lookup::InMemory => Some(People::read(conn, scope_tenants(conn, &list.args)?)?),
        #[cfg(test)]
        Lookup::InStore => None,
    };
    let snapshot = conn.unchecked_transaction()?;
    if data_version(&snapshot)? != before {
        list = ExpiringList::plan(&snapshot, statuses, tenant, include_children, as_of)?;
        people = None;
    }
    let ExpiringList {
        source, window, args, ..
    } = &list;
    // The columns both ways below read first: course, serial, expiry, person.
    let certificate = "c.code, e.serial, e.expires_on, e.user_id";
    let order = "ORDER BY e.expires_on, e.user_id, e.course_id";
    if let Some(people) = people {
        let sql = format!(
            "SELECT {certificate} FROM {source} CROSS JOIN course c ON c.id = e.course_id WHERE {window} {order}"
        );
        return query_each(
            &snapshot,
            &sql,
            args,
            |r| match people.get(r.get(3)?) {
                Some(person) => expiring_row(r, person, as_of).map(Some),
                None => Ok(None),
            },
            &mut |row: Option<ExpiringRow>| row.map_or(Ok(()), &mut *sink),
        );
    }
    let sql = format!(
        "WITH scope(id) AS (SELECT value FROM json_each(:tenants))
         SELECT {certificate}, t.slug, u.external_id, u.email
         FROM {source} CROSS JOIN user u ON u.id = e.user_id
         JOIN tenant t ON t.id = u.tenant_id JOIN course c ON c.id = e.course_id
         WHERE {window} AND u.tenant_id IN scope AND u.status != 'erased'
         {order}"
    );
    query_each(
        &snapshot,
        &sql,
        args,
        |r| {
            let person = Person {
                tenant: r.get_ref(4)?.as_str()?,
                external_id: r.get_ref(5)?.as_str_or_null()?,
                email: r.get_ref(6)?.as_str()?,
            };
            expiring_row(r, person, as_of)
        },
        sink,
    )
}

/// What `report expiring` reads: the certificates of the scope's enrollments within
/// the window, from `source`.
struct ExpiringList<'a> {
    current: bool,
    source: String,
    window: &'a str,
    args: Vec<(&'static str, Value)>,
}

impl<'a> ExpiringList<'a> {
    fn plan(
        conn: &Connection,
        statuses: &'a Statuses,
        tenant: &str,
        include_children: bool,
        as_of: AsOf,
    ) -> Result<ExpiringList<'a>> {
        let (_, ids) = scope(conn, tenant, include_children)?;
        // The certificates that count are those of the courses people are enrolled in:
        // usually (as of today) each enrollment's own latest one, read from its index
        // in the order of the list; for an earlier day, the latest as it stood then.
        let current = is_current(conn, &ids, as_of)?;
        let mut args = statuses.params(as_of);
        args.push((":tenants", Value::Text(ids)));
        Ok(ExpiringList {
            current,
            source: list_source(current, "enrollment_expiry"),
            window: &statuses.sql.expiring,
            args,
        })
    }
}

/// The people of the report's scope (`:tenants` in `args`) in memory, when the list of
/// `source` rows within `window` is long enough for that to pay (see [`People`]).
fn people_for_list(
    conn: &Connection,
    source: &str,
    window: &str,
    args: &[(&str, Value)],
) -> Result<Option<People>> {
    let Some(enough) = People::rows_worth_reading(conn)? else {
        return Ok(None);
    };
    // Counted only as far as needed.
    let count = format!("SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {window} LIMIT {enough})");
    let rows: Vec<i64> = query_named(conn, &count, args, |r| r.get(0))?;
    if rows.first().copied().unwrap_or(0) < enough {
        return Ok(None);
    }
    People::read(conn, scope_tenants(conn, args)?).map(Some)
}

/// The tenants of the report's scope (`:tenants` in `args`), with their slugs.
fn scope_tenants(conn: &Connection, args: &[(&str, Value)]) -> Result<Vec<(i64, String)>> {
    query_named(
        conn,
        "SELECT id, slug FROM tenant WHERE id IN (SELECT value FROM json_each(:tenants))",
        args,
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// A row of `report expiring` from the certificate's columns (course, serial, expiry,
/// person id) and the person.
fn expiring_row(r: &rusqlite::Row<'_>, person: Person<'_>, as_of: AsOf) -> rusqlite::Result<ExpiringRow> {
    let expires_on = date_at(r, 2)?;
    Ok(ExpiringRow {
        tenant: person.tenant.to_owned(),
        user_id: r.get(3)?,
        external_id: person.external_id.map(str::to_owned),
        email: person.email.to_owned(),
        course: r.get(0)?,
        serial: r.get(1)?,
        expires_on,
        days_left: (expires_on - as_of.date).num_days(),
    })
}

/// The first and last day of a period the core has checked.
fn period_bounds(period: &str) -> Result<(NaiveDate, NaiveDate)> {
    crate::model::period_bounds(period).ok_or_else(|| Error::failure(format!("'{period}' is not a period")))
}

fn active_users_between(
    conn: &Connection,
    ids: &str,
    first: NaiveDate,
    last: NaiveDate,
) -> Result<Vec<(String, u64)>> {
    let args = vec![
        (":tenants", Value::Text(ids.to_owned())),
        (":first", Value::Text(iso_date(first))),
        (":last", Value::Text(iso_date(last))),
    ];
    query_named(
        conn,
        "WITH scope(id) AS (SELECT value FROM json_each(:tenants))
         SELECT t.slug, (SELECT count(DISTINCT a.user_id) FROM user_activity a JOIN user u ON u.id = a.user_id
                         WHERE u.tenant_id = t.id AND a.day BETWEEN :first AND :last)
         FROM tenant t WHERE t.id IN scope ORDER BY t.slug",
        &args,
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Distinct users with learning activity in the period up to `as_of`, per tenant
/// (erased users count anonymously: their activity days stay with their tombstone).
pub fn active_users(
    conn: &Connection,
    tenant: &str,
    include_children: bool,
    period: &str,
    as_of: NaiveDate,
) -> Result<Vec<ActiveUsersRow>> {
    let (_, ids) = scope(conn, tenant, include_children)?;
    let (first, last) = period_bounds(period)?;
    Ok(active_users_between(conn, &ids, first, last.min(as_of))?
        .into_iter()
        .map(|(tenant, active_users)| ActiveUsersRow {
            tenant,
            period: period.trim().to_owned(),
            active_users,
        })
        .collect())
}

/// The tenant and its descendants: users, active users this month (up to `as_of`),
/// compliance.
pub fn tenant_tree(
    conn: &Connection,
    statuses: &Statuses,
    tenant: &str,
    as_of: AsOf,
) -> Result<Vec<TenantRow>> {
    let (_, ids) = scope(conn, tenant, true)?;
    // Active users this month, up to the day.
    let (first, last) = (period_bounds(&month_of(as_of.date))?.0, as_of.date);
    // The two halves read different tables: the active users are counted on a second
    // read-only connection of their own, on the other core, while the compliance
    // figures are read here.
    let (active, figures) = std::thread::scope(|threads| {
        // (Here, after the figures, when no second connection or thread can be had.)
        let counting = super::reader_beside(conn)
            .and_then(Result::ok)
            .and_then(|second| {
                let ids = ids.clone();
                std::thread::Builder::new()
                    .spawn_scoped(threads, move || active_users_between(&second, &ids, first, last))
                    .ok()
            });
        let figures = compliance(
            conn,
            statuses,
            tenant,
            &ComplianceQuery {
                by: ComplianceBy::Tenant,
                include_children: true,
                ..ComplianceQuery::default()
            },
            as_of,
        );
        let active = match counting {
            Some(counting) => counting.join().unwrap_or_else(|_| {
                Err(Error::failure("counting the active users failed")
                    .with_hint("run the report again; it changes nothing"))
            }),
            None => active_users_between(conn, &ids, first, last),
        };
        (active, figures)
    });
    let active: std::collections::HashMap<String, u64> = active?.into_iter().collect();
    let figures = figures?;
    let args = vec![(":tenants", Value::Text(ids))];
    query_named(
        conn,
        "WITH scope(id) AS (SELECT value FROM json_each(:tenants))
         SELECT t.slug, p.slug, (SELECT count(*) FROM user u WHERE u.tenant_id = t.id AND u.status != 'erased')
         FROM tenant t LEFT JOIN tenant p ON p.id = t.parent_id WHERE t.id IN scope ORDER BY t.slug",
        &args,
        |r| {
            let slug: String = r.get(0)?;
            let row = figures.iter().find(|f| f.key == slug);
            let (assigned, completed, overdue) = row.map_or((0, 0, 0), |f| (f.assigned, f.completed, f.overdue));
            Ok(TenantRow {
                active_users: active.get(&slug).copied().unwrap_or(0),
                tenant: slug,
                parent: r.get(1)?,
                users: r.get(2)?,
                assigned,
                completed,
                overdue,
                completion_rate: completion_rate(completed, assigned),
            })
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tenants akad (1) with its child kunde (2), and other (3); course ARB (12 months)
    /// and ERST of akad, shared. Certificates as of 2026-03-15, within 30 days:
    /// kunde: 2 (suspended) 03-20, 3 (no external id) 04-01, 1 ERST 04-05, 1 ARB 04-10,
    /// and 4 (erased) 03-25; akad: 7 on 04-12 (and 8 on 05-30, later); other: 5 on 03-30.
    fn store(dir: &std::path::Path) -> Connection {
        let conn = super::super::migrations::test_store(Some(dir));
        conn.execute_batch(
            "INSERT INTO tenant (id, slug, name, parent_id, created_at) VALUES
                 (1, 'akad', 'Akademie', NULL, 'now'), (2, 'kunde', 'Kunde', 1, 'now'), (3, 'other', 'Other', NULL, 'now');
             INSERT INTO user (id, tenant_id, external_id, email, first_name, last_name, status, created_at, updated_at) VALUES
                 (1, 2, 'P1', 'p1@kunde', 'P', 'Eins', 'active', 'now', 'now'),
                 (2, 2, 'P2', 'p2@kunde', 'P', 'Zwei', 'suspended', 'now', 'now'),
                 (3, 2, NULL, 'p3@kunde', 'P', 'Drei', 'active', 'now', 'now'),
                 (4, 2, 'P4', 'p4@kunde', 'P', 'Vier', 'erased', 'now', 'now'),
                 (5, 3, 'P5', 'p5@other', 'P', 'Fünf', 'active', 'now', 'now'),
                 (7, 1, 'P7', 'p7@akad', 'P', 'Sieben', 'active', 'now', 'now'),
                 (8, 1, 'P8', 'p8@akad', 'P', 'Acht', 'active', 'now', 'now');
             INSERT INTO course (id, tenant_id, code, title, mandatory, valid_months, shared, created_at) VALUES
                 (1, 1, 'ARB', 'Arbeitsschutz', 1, 12, 1, 'now'), (2, 1, 'ERST', 'Erste Hilfe', 1, 12, 1, 'now');
             INSERT INTO enrollment (user_id, course_id, assigned_on, due_on) VALUES
                 (1, 1, '2025-01-01', '2025-06-01'), (1, 2, '2025-01-01', '2025-06-01'), (2, 1, '2025-01-01', '2025-06-01'),
                 (3, 1, '2025-01-01', '2025-06-01'), (4, 1, '2025-01-01', '2025-06-01'), (5, 1, '2025-01-01', '2025-06-01'),
                 (7, 1, '2025-01-01', '2025-06-01'), (8, 1, '2025-01-01', '2025-06-01');
             INSERT INTO completion (user_id, course_id, completed_on, serial, expires_on, created_at) VALUES
                 (1, 1, '2025-04-10', 'S1', '2026-04-10', 'now'), (1, 2, '2025-04-05', 'S1E', '2026-04-05', 'now'),
                 (2, 1, '2025-03-20', 'S2', '2026-03-20', 'now'), (3, 1, '2025-04-01', 'S3', '2026-04-01', 'now'),
                 (4, 1, '2025-03-25', 'S4', '2026-03-25', 'now'), (5, 1, '2025-03-30', 'S5', '2026-03-30', 'now'),
                 (7, 1, '2025-04-12', 'S7', '2026-04-12', 'now'), (8, 1, '2025-05-30', 'S8', '2026-05-30', 'now');",
        )
        .unwrap();
        conn
    }

    fn expiring_with(conn: &Connection, tenant: &str, children: bool, lookup: Lookup) -> Vec<ExpiringRow> {
        let as_of = AsOf {
            date: NaiveDate::from_ymd_opt(2026, 3, 15).unwrap(),
            expiring_within_days: 30,
        };
        let mut rows = Vec::new();
        // Statuses as the core hands them to every store it opens.
        let statuses = Statuses::new(&crate::core::RULES);
        expiring_looked_up(conn, &statuses, tenant, children, as_of, lookup, &mut |row| {
            rows.push(row);
            Ok(())
        })
        .unwrap();
        rows
    }

    #[test]
    fn expiring_lists_name_the_same_people_from_memory_as_from_the_store() {
        let dir = tempfile::tempdir().unwrap();
        let conn = store(dir.path());
        let listed = |rows: &[ExpiringRow]| {
            rows.iter()
                .map(|r| {
                    (
                        r.tenant.clone(),
                        r.user_id,
                        r.external_id.clone(),
                        r.email.clone(),
                        r.course.clone(),
                        r.serial.clone(),
                        r.days_left,
                    )
                })
                .collect::<Vec<_>>()
        };
        let row =
            |tenant: &str, id: i64, external_id: Option<&str>, course: &str, serial: &str, days_left: i64| {
                let email = format!("p{id}@{tenant}");
                (
                    tenant.to_owned(),
                    id,
                    external_id.map(str::to_owned),
                    email,
                    course.to_owned(),
                    serial.to_owned(),
                    days_left,
                )
            };
        let kunde = [
            row("kunde", 2, Some("P2"), "ARB", "S2", 5),
            row("kunde", 3, None, "ARB", "S3", 17),
            row("kunde", 1, Some("P1"), "ERST", "S1E", 21),
            row("kunde", 1, Some("P1"), "ARB", "S1", 26),
        ];
        let mut tree = kunde.to_vec();
        tree.push(row("akad", 7, Some("P7"), "ARB", "S7", 28));
        for (tenant, children, want) in [
            ("kunde", false, kunde.to_vec()),
            ("akad", true, tree),
            ("akad", false, vec![row("akad", 7, Some("P7"), "ARB", "S7", 28)]),
            ("other", false, vec![row("other", 5, Some("P5"), "ARB", "S5", 15)]),
        ] {
            let in_memory = expiring_with(&conn, tenant, children, Lookup::InMemory);
            assert_eq!(listed(&in_memory), want, "{tenant}, children: {children}");
            assert_eq!(in_memory, expiring_with(&conn, tenant, children, Lookup::InStore));
            assert_eq!(
                in_memory,
                expiring_with(&conn, tenant, children, Lookup::ByLength)
            );
        }
    }

    #[test]
    fn a_list_notices_a_commit_by_another_connection_before_its_snapshot() {
        let dir = tempfile::tempdir().unwrap();
        let conn = store(dir.path());
        let before = data_version(&conn).unwrap();
        {
            let snapshot = conn.unchecked_transaction().unwrap();
            assert_eq!(data_version(&snapshot).unwrap(), before);
        }
        Connection::open(dir.path().join("lms.db"))
            .unwrap()
            .execute_batch("UPDATE user SET status = 'erased' WHERE id = 3")
            .unwrap();
        let snapshot = conn.unchecked_transaction().unwrap();
        assert_ne!(data_version(&snapshot).unwrap(), before);
    }
}
