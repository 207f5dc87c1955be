/*!
Reports in SQLite: compliance figures, overdue people, expiring certificates, active
users per period and the tenant tree at a glance. Statuses come from the one status
expression ([`super::enrollments::STATUS`]), so reports and `assign list` agree.
*/

use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;
use rusqlite::types::Value;

use super::enrollments::{LATEST_COMPLETION, STATUS, as_of_params};
use super::{courses, groups, query_named, tenants};
use crate::error::{Error, Result};
use crate::model::value::iso_date;
use crate::model::{
    ActiveUsersRow, AsOf, ComplianceBy, ComplianceQuery, ComplianceRow, ExpiringRow, OverdueRow, TenantRow,
};

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

fn rate(completed: u64, assigned: u64) -> f64 {
    if assigned == 0 {
        0.0
    } else {
        (completed as f64 * 1000.0 / assigned as f64).round() / 10.0
    }
}

pub fn compliance(
    conn: &Connection,
    tenant: &str,
    query: &ComplianceQuery,
    as_of: AsOf,
) -> Result<Vec<ComplianceRow>> {
    let (tenant_id, ids) = scope(conn, tenant, query.include_children)?;
    let mut args = as_of_params(as_of);
    args.push((":tenants", Value::Text(ids)));
    let mut filter = String::new();
    if let Some(code) = &query.course {
        filter.push_str(" AND e.course_id = :course");
        args.push((
            ":course",
            Value::Integer(courses::find(conn, tenant_id, tenant, code)?.id),
        ));
    }
    if let Some(name) = &query.group {
        filter.push_str(" AND u.id IN (SELECT user_id FROM group_member WHERE group_id = :group)");
        args.push((
            ":group",
            Value::Integer(groups::id_of(conn, tenant_id, tenant, name)?),
        ));
    }
    let (key, join) = match query.by {
        ComplianceBy::Course => ("c.code", ""),
        ComplianceBy::Department => ("coalesce(u.department, '(none)')", ""),
        ComplianceBy::Location => ("coalesce(u.location, '(none)')", ""),
        ComplianceBy::Tenant => ("t.slug", ""),
        ComplianceBy::Group => (
            "g.name",
            "JOIN (SELECT DISTINCT group_id, user_id FROM group_member) gm ON gm.user_id = u.id
             JOIN user_group g ON g.id = gm.group_id",
        ),
    };
    let sql = format!(
        "WITH scope(id) AS (SELECT value FROM json_each(:tenants)),
         rows AS (
             SELECT {key} AS k, {STATUS} AS status
             FROM enrollment e JOIN user u ON u.id = e.user_id JOIN tenant t ON t.id = u.tenant_id
             JOIN course c ON c.id = e.course_id {join}
             {LATEST_COMPLETION}
             -- Erased users count here, anonymously (their rows are tombstones).
             WHERE u.tenant_id IN scope AND e.assigned_on <= :as_of {filter})
         SELECT k, count(*), sum(status IN ('completed', 'expiring')), sum(status = 'in-progress'),
                sum(status = 'overdue'), sum(status = 'expired')
         FROM rows GROUP BY k ORDER BY k"
    );
    query_named(conn, &sql, &args, |r| {
        let assigned: u64 = r.get(1)?;
        let completed: u64 = r.get(2)?;
        Ok(ComplianceRow {
            key: r.get(0)?,
            assigned,
            completed,
            in_progress: r.get(3)?,
            overdue: r.get(4)?,
            expired: r.get(5)?,
            completion_rate: rate(completed, assigned),
        })
    })
}

/// People overdue on mandatory courses, longest overdue first.
pub fn overdue(
    conn: &Connection,
    tenant: &str,
    include_children: bool,
    as_of: AsOf,
) -> Result<Vec<OverdueRow>> {
    let (_, ids) = scope(conn, tenant, include_children)?;
    let mut args = as_of_params(as_of);
    args.push((":tenants", Value::Text(ids)));
    let sql = format!(
        "WITH scope(id) AS (SELECT value FROM json_each(:tenants))
         SELECT * FROM (
             SELECT t.slug, u.id, u.external_id, u.email, u.first_name, u.last_name, c.code, c.title, e.due_on,
                    CAST(julianday(:as_of) - julianday(e.due_on) AS INTEGER), m.email, {STATUS} AS status
             FROM enrollment e JOIN user u ON u.id = e.user_id JOIN tenant t ON t.id = u.tenant_id
             JOIN course c ON c.id = e.course_id LEFT JOIN user m ON m.id = u.manager_id
             {LATEST_COMPLETION}
             WHERE u.tenant_id IN scope AND u.status = 'active' AND c.mandatory = 1 AND e.assigned_on <= :as_of)
         WHERE status = 'overdue' ORDER BY 9, 2, 7"
    );
    query_named(conn, &sql, &args, |r| {
        Ok(OverdueRow {
            tenant: r.get(0)?,
            user_id: r.get(1)?,
            external_id: r.get(2)?,
            email: r.get(3)?,
            first_name: r.get(4)?,
            last_name: r.get(5)?,
            course: r.get(6)?,
            title: r.get(7)?,
            due_on: r.get(8)?,
            days_overdue: r.get(9)?,
            manager_email: r.get(10)?,
        })
    })
}

/// Valid certificates running out within `within_days` of `as_of`, soonest first.
pub fn expiring(
    conn: &Connection,
    tenant: &str,
    include_children: bool,
    within_days: u32,
    as_of: AsOf,
) -> Result<Vec<ExpiringRow>> {
    let (_, ids) = scope(conn, tenant, include_children)?;
    let as_of = AsOf {
        date: as_of.date,
        expiring_within_days: within_days,
    };
    let mut args = as_of_params(as_of);
    args.push((":tenants", Value::Text(ids)));
    let sql = "WITH scope(id) AS (SELECT value FROM json_each(:tenants))
         SELECT t.slug, u.id, u.external_id, u.email, c.code, x.serial, x.expires_on,
                CAST(julianday(x.expires_on) - julianday(:as_of) AS INTEGER)
         FROM completion x JOIN user u ON u.id = x.user_id JOIN tenant t ON t.id = u.tenant_id
         JOIN course c ON c.id = x.course_id
         WHERE u.tenant_id IN scope AND u.status != 'erased' AND x.completed_on <= :as_of
           AND x.expires_on > :as_of AND x.expires_on <= :expiring_before
           AND NOT EXISTS (SELECT 1 FROM completion n WHERE n.user_id = x.user_id AND n.course_id = x.course_id
                           AND n.completed_on <= :as_of AND (n.completed_on > x.completed_on
                               OR (n.completed_on = x.completed_on AND n.id > x.id)))
         ORDER BY x.expires_on, u.id";
    query_named(conn, sql, &args, |r| {
        Ok(ExpiringRow {
            tenant: r.get(0)?,
            user_id: r.get(1)?,
            external_id: r.get(2)?,
            email: r.get(3)?,
            course: r.get(4)?,
            serial: r.get(5)?,
            expires_on: r.get(6)?,
            days_left: r.get(7)?,
        })
    })
}

/// The first and last day of a period written `YYYY-MM` or `YYYY`.
pub fn period_bounds(period: &str) -> Result<(NaiveDate, NaiveDate)> {
    let bad = || {
        Error::usage(format!(
            "--period {period}: use a month (2026-10) or a year (2026)"
        ))
    };
    let (first, months) = match period.trim().split_once('-') {
        Some((year, month)) => {
            let date = NaiveDate::from_ymd_opt(
                year.parse().map_err(|_| bad())?,
                month.parse().map_err(|_| bad())?,
                1,
            );
            (date.ok_or_else(bad)?, 1)
        }
        None => (
            NaiveDate::from_ymd_opt(period.trim().parse().map_err(|_| bad())?, 1, 1).ok_or_else(bad)?,
            12,
        ),
    };
    let last = first
        .checked_add_months(chrono::Months::new(months))
        .and_then(|d| d.pred_opt())
        .ok_or_else(bad)?;
    Ok((first, last))
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

/// Distinct users with learning activity in the period, per tenant (erased users count
/// anonymously: their activity days stay with their tombstone).
pub fn active_users(
    conn: &Connection,
    tenant: &str,
    include_children: bool,
    period: &str,
) -> Result<Vec<ActiveUsersRow>> {
    let (_, ids) = scope(conn, tenant, include_children)?;
    let (first, last) = period_bounds(period)?;
    Ok(active_users_between(conn, &ids, first, last)?
        .into_iter()
        .map(|(tenant, active_users)| ActiveUsersRow {
            tenant,
            period: period.trim().to_owned(),
            active_users,
        })
        .collect())
}

/// The tenant and its descendants: users, active users this month, compliance.
pub fn tenant_tree(conn: &Connection, tenant: &str, as_of: AsOf) -> Result<Vec<TenantRow>> {
    let (_, ids) = scope(conn, tenant, true)?;
    let month = format!("{:04}-{:02}", as_of.date.year(), as_of.date.month());
    let (first, last) = period_bounds(&month)?;
    let active: std::collections::HashMap<String, u64> = active_users_between(conn, &ids, first, last)?
        .into_iter()
        .collect();
    let figures = compliance(
        conn,
        tenant,
        &ComplianceQuery {
            by: ComplianceBy::Tenant,
            include_children: true,
            ..ComplianceQuery::default()
        },
        as_of,
    )?;
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
                completion_rate: rate(completed, assigned),
            })
        },
    )
}
