//! Users in PostgreSQL: add, list, show, update, suspend and reactivate.

use postgres::types::ToSql;
use postgres::{Row, Transaction};

use super::enrollments::refresh_memberships;
use super::{PostgresStore, Writer, groups, sql, tenants, time};
use crate::error::{Error, Result};
use crate::model::value::{clean, clean_optional, fold};
use crate::model::*;
use crate::store::rules::Changed;

const SELECT: &str = "SELECT u.id, t.slug, u.external_id, u.email, u.first_name, u.last_name,
        u.department, u.location, u.manager_id, u.start_date, u.locale, u.roles, u.status,
        u.last_activity_at, u.created_at, u.updated_at
    FROM \"user\" u JOIN tenant t ON t.id = u.tenant_id";

fn from_row(r: &Row) -> User {
    let roles: String = r.get(11);
    let status: String = r.get(12);
    User {
        id: r.get(0),
        tenant: r.get(1),
        external_id: r.get(2),
        email: r.get(3),
        first_name: r.get(4),
        last_name: r.get(5),
        department: r.get(6),
        location: r.get(7),
        manager_id: r.get(8),
        start_date: r.get(9),
        locale: r.get(10),
        roles: split_roles(&roles),
        status: UserStatus::parse(&status).unwrap_or(UserStatus::Active),
        last_activity_at: r.get::<_, Option<String>>(13).map(time),
        created_at: time(r.get(14)),
        updated_at: time(r.get(15)),
        groups: None,
    }
}

/// The roles of the stored comma-separated list.
fn split_roles(roles: &str) -> Vec<String> {
    roles
        .split(',')
        .filter(|r| !r.is_empty())
        .map(str::to_owned)
        .collect()
}

fn by_id(tx: &mut Transaction<'_>, id: i64) -> Result<User> {
    Ok(from_row(
        &tx.query_one(&format!("{SELECT} WHERE u.id = $1"), &[&id])?,
    ))
}

/// `None` for the empty text that clears a field.
fn given(text: &str) -> Option<&str> {
    (!text.is_empty()).then_some(text)
}

pub fn add_user(store: &PostgresStore, tenant: &str, user: &NewUser) -> Result<User> {
    store.write(|w| add(w, tenant, user))
}

/// Adds a user from checked fields (their uniqueness checked too; the unique indexes
/// hold it against a change made in between).
fn add(w: &mut Writer<'_>, tenant: &str, new: &NewUser) -> Result<User> {
    let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
    if super::gdpr::is_suppressed(w, tenant_id, new.external_id.as_deref(), &new.email)? {
        return Err(Error::invalid(
            "this person was erased earlier: their external id or e-mail address is on the suppression list",
        )
        .about("user.suppressed"));
    }
    let manager_id = match &new.manager {
        Some(manager) => Some(resolve(&mut w.tx, tenant_id, manager)?),
        None => None,
    };
    let id: i64 = w
        .tx
        .query_one(
            "INSERT INTO \"user\" (tenant_id, external_id, email, first_name, last_name, department, location,
                 manager_id, start_date, locale, roles, status, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'active', $12, $12) RETURNING id",
            &[
                &tenant_id,
                &new.external_id,
                &new.email,
                &new.first_name,
                &new.last_name,
                &new.department,
                &new.location,
                &manager_id,
                &new.start_date,
                &new.locale,
                &new.roles.join(","),
                &crate::model::time::now(),
            ],
        )?
        .get(0);
    refresh_memberships(w, tenant_id, Some(id))?;
    w.record(Some(tenant), Changed::UserCreated { user_id: id })?;
    by_id(&mut w.tx, id)
}

pub fn users(store: &PostgresStore, tenant: &str, query: &UserQuery) -> Result<Vec<User>> {
    store.read(|tx| list(tx, tenant, query))
}

fn list(tx: &mut Transaction<'_>, tenant: &str, query: &UserQuery) -> Result<Vec<User>> {
    let tenant_id = tenants::id_of(tx, tenant)?;
    let status = query.status.map(|s| s.as_str().to_owned());
    let department = query.department.as_deref().map(|d| fold(&clean(d)));
    let location = query.location.as_deref().map(|l| fold(&clean(l)));
    let group_id = match &query.group {
        Some(group) => Some(groups::id_of(tx, tenant_id, group)?),
        None => None,
    };
    let search = query.search.as_deref().and_then(clean_optional).map(|t| fold(&t));
    let mut sql = format!("{SELECT} WHERE u.tenant_id = :tenant");
    if status.is_some() {
        sql.push_str(" AND u.status = :status");
    }
    if department.is_some() {
        sql.push_str(" AND fold(u.department) = :department");
    }
    if location.is_some() {
        sql.push_str(" AND fold(u.location) = :location");
    }
    if group_id.is_some() {
        sql.push_str(" AND u.id IN (SELECT user_id FROM group_member WHERE group_id = :group)");
    }
    if search.is_some() {
        sql.push_str(
            " AND (strpos(fold(u.first_name || ' ' || u.last_name), :search) > 0
                OR strpos(fold(u.email), :search) > 0
                OR strpos(fold(coalesce(u.external_id, '')), :search) > 0)",
        );
    }
    sql.push_str(" ORDER BY u.id");
    sql.push_str(&paging(query.limit, query.offset));
    let (sql, values) = sql::named(
        &sql,
        &[
            ("tenant", &tenant_id),
            ("status", &status),
            ("department", &department),
            ("location", &location),
            ("group", &group_id),
            ("search", &search),
        ],
    );
    Ok(tx.query(&sql, &values)?.iter().map(from_row).collect())
}

/// ` LIMIT n OFFSET m` for a page (`limit` 0: all), as the SQLite store pages.
pub(super) fn paging(limit: u64, offset: u64) -> String {
    let at_most = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    match (limit, offset) {
        (0, 0) => String::new(),
        (0, offset) => format!(" LIMIT ALL OFFSET {}", at_most(offset)),
        (limit, offset) => format!(" LIMIT {} OFFSET {}", at_most(limit), at_most(offset)),
    }
}

pub fn user(store: &PostgresStore, tenant: &str, sel: &UserSel) -> Result<User> {
    store.read(|tx| show(tx, tenant, sel))
}

fn show(tx: &mut Transaction<'_>, tenant: &str, sel: &UserSel) -> Result<User> {
    let tenant_id = tenants::id_of(tx, tenant)?;
    let id = resolve(tx, tenant_id, sel)?;
    let mut user = by_id(tx, id)?;
    user.groups = Some(groups::names_of_member(tx, id)?);
    Ok(user)
}

pub fn update_user(store: &PostgresStore, tenant: &str, sel: &UserSel, patch: &UserPatch) -> Result<User> {
    store.write(|w| update(w, tenant, sel, patch))
}

/// A column's new value, to bind.
type Value = Box<dyn ToSql + Sync>;

/// Applies checked changes (an empty text clears an optional field). Only what
/// differs is written and audited: `--manager ""` for a user without a manager, or a
/// value given again, is no change.
fn update(w: &mut Writer<'_>, tenant: &str, sel: &UserSel, patch: &UserPatch) -> Result<User> {
    let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
    let id = resolve_writable(&mut w.tx, tenant_id, sel)?;
    let current = by_id(&mut w.tx, id)?;
    let mut sets: Vec<(&str, Value)> = Vec::new();
    let mut text = |column, now: Option<&str>, new: &Option<String>| {
        if let Some(new) = new.as_deref().map(given)
            && new != now
        {
            sets.push((column, Box::new(new.map(str::to_owned))));
        }
    };
    text("email", Some(&current.email), &patch.email);
    text("external_id", current.external_id.as_deref(), &patch.external_id);
    text("first_name", Some(&current.first_name), &patch.first_name);
    text("last_name", Some(&current.last_name), &patch.last_name);
    text("department", current.department.as_deref(), &patch.department);
    text("location", current.location.as_deref(), &patch.location);
    if let Some(manager) = &patch.manager {
        let manager_id = match manager {
            Some(manager) => Some(resolve(&mut w.tx, tenant_id, manager)?),
            None => None,
        };
        if manager_id != current.manager_id {
            sets.push(("manager_id", Box::new(manager_id)));
        }
    }
    if let Some(start_date) = patch.start_date
        && start_date != current.start_date
    {
        sets.push(("start_date", Box::new(start_date)));
    }
    if let Some(locale) = patch.locale.as_deref().map(given)
        && locale != current.locale.as_deref()
    {
        sets.push(("locale", Box::new(locale.map(str::to_owned))));
    }
    if let Some(roles) = &patch.roles
        && roles.join(",") != current.roles.join(",")
    {
        sets.push(("roles", Box::new(roles.join(","))));
    }
    if sets.is_empty() {
        return show(&mut w.tx, tenant, &UserSel::Id(id));
    }
    let fields: Vec<&str> = sets.iter().map(|(f, _)| *f).collect();
    let assignments: Vec<String> = fields
        .iter()
        .enumerate()
        .map(|(i, f)| format!("{f} = ${}", i + 1))
        .collect();
    let sql = format!(
        "UPDATE \"user\" SET {}, updated_at = ${} WHERE id = ${}",
        assignments.join(", "),
        sets.len() + 1,
        sets.len() + 2
    );
    let now = crate::model::time::now();
    let mut values: Vec<&(dyn ToSql + Sync)> = sets.iter().map(|(_, v)| v.as_ref()).collect();
    values.push(&now);
    values.push(&id);
    w.tx.execute(&sql, &values)?;
    refresh_memberships(w, tenant_id, Some(id))?;
    w.record(
        Some(tenant),
        Changed::UserUpdated {
            user_id: id,
            fields: &fields,
        },
    )?;
    show(&mut w.tx, tenant, &UserSel::Id(id))
}

pub fn set_user_status(
    store: &PostgresStore,
    tenant: &str,
    sel: &UserSel,
    status: UserStatus,
) -> Result<User> {
    store.write(|w| {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let id = resolve_writable(&mut w.tx, tenant_id, sel)?;
        let current: String =
            w.tx.query_one("SELECT status FROM \"user\" WHERE id = $1", &[&id])?
                .get(0);
        if current == UserStatus::Erased.as_str() {
            return Err(Error::refused(format!(
                "user {sel} was erased and cannot change status"
            )));
        }
        if current != status.as_str() {
            w.tx.execute(
                "UPDATE \"user\" SET status = $1, updated_at = $2 WHERE id = $3",
                &[&status.as_str(), &crate::model::time::now(), &id],
            )?;
            refresh_memberships(w, tenant_id, Some(id))?;
            w.record(Some(tenant), Changed::UserStatusSet { user_id: id, status })?;
        }
        show(&mut w.tx, tenant, &UserSel::Id(id))
    })
}

// Shared with the other areas: selectors and activity.

/// The user a selector names within one tenant: their row id, and whether they were
/// erased.
pub(super) fn find(
    tx: &mut postgres::Transaction<'_>,
    tenant_id: i64,
    sel: &UserSel,
) -> Result<Option<(i64, bool)>> {
    let row = match sel {
        UserSel::Id(id) => tx.query_opt(
            "SELECT id, status = 'erased' FROM \"user\" WHERE tenant_id = $1 AND id = $2",
            &[&tenant_id, id],
        )?,
        UserSel::Email(email) => tx.query_opt(
            "SELECT id, status = 'erased' FROM \"user\" WHERE tenant_id = $1
               AND lower(email COLLATE \"C\") = lower($2::text COLLATE \"C\")",
            &[&tenant_id, email],
        )?,
        UserSel::ExternalId(external_id) => tx.query_opt(
            "SELECT id, status = 'erased' FROM \"user\" WHERE tenant_id = $1 AND external_id = $2",
            &[&tenant_id, external_id],
        )?,
    };
    Ok(row.map(|row| (row.get(0), row.get(1))))
}

/// Resolves a selector to the user's row id within one tenant.
pub(super) fn resolve(tx: &mut postgres::Transaction<'_>, tenant_id: i64, sel: &UserSel) -> Result<i64> {
    find(tx, tenant_id, sel)?
        .map(|(id, _)| id)
        .ok_or_else(|| crate::error::Error::not_found("user", sel))
}

/// Resolves a selector to a user that may still be changed: not an erased one (its
/// row is a tombstone and must stay empty).
pub(super) fn resolve_writable(
    tx: &mut postgres::Transaction<'_>,
    tenant_id: i64,
    sel: &UserSel,
) -> Result<i64> {
    match find(tx, tenant_id, sel)? {
        None => Err(crate::error::Error::not_found("user", sel)),
        Some((_, true)) => Err(crate::error::Error::refused(format!(
            "user {sel} was erased; nothing can be recorded for them any more"
        ))),
        Some((id, false)) => Ok(id),
    }
}

/// Records learning activity of a user on `date` (for retention and anonymisation of
/// the inactive); an earlier date never moves it back.
pub(super) fn touch(tx: &mut postgres::Transaction<'_>, user_id: i64, date: chrono::NaiveDate) -> Result<()> {
    let at = format!("{}T00:00:00.000Z", crate::model::value::iso_date(date));
    tx.execute(
        "UPDATE \"user\" SET last_activity_at = $2 WHERE id = $1 AND (last_activity_at IS NULL OR last_activity_at < $2)",
        &[&user_id, &at],
    )?;
    tx.execute(
        "INSERT INTO user_activity (user_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        &[&user_id, &date],
    )?;
    Ok(())
}

/// Users matching an SQL condition on `u` (the user table), in id order.
pub(super) fn select_where(
    tx: &mut Transaction<'_>,
    condition: &str,
    params: &[&(dyn ToSql + Sync)],
) -> Result<Vec<User>> {
    Ok(tx
        .query(&format!("{SELECT} WHERE {condition} ORDER BY u.id"), params)?
        .iter()
        .map(from_row)
        .collect())
}
