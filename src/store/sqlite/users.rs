//! Users in SQLite: selectors, paging, and writing checked users.

use crate::store::rules::Changed;
use rusqlite::{Connection, OptionalExtension, Row, params_from_iter, types::Value};

use super::{Writer, fold, groups, now, refresh_memberships, tenants};
use crate::error::{Error, Result};
use crate::model::value::{clean, clean_optional};
use crate::model::{NewUser, User, UserPatch, UserQuery, UserSel, UserStatus};

const SELECT: &str = "SELECT u.id, t.slug, u.external_id, u.email, u.first_name, u.last_name,
        u.department, u.location, u.manager_id, u.start_date, u.locale, u.roles, u.status,
        u.last_activity_at, u.created_at, u.updated_at
    FROM user u JOIN tenant t ON t.id = u.tenant_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<User> {
    let roles: String = r.get(11)?;
    let status: String = r.get(12)?;
    Ok(User {
        id: r.get(0)?,
        tenant: r.get(1)?,
        external_id: r.get(2)?,
        email: r.get(3)?,
        first_name: r.get(4)?,
        last_name: r.get(5)?,
        department: r.get(6)?,
        location: r.get(7)?,
        manager_id: r.get(8)?,
        start_date: r.get(9)?,
        locale: r.get(10)?,
        roles: roles
            .split(',')
            .filter(|r| !r.is_empty())
            .map(str::to_owned)
            .collect(),
        status: UserStatus::parse(&status).unwrap_or(UserStatus::Active),
        last_activity_at: r.get(13)?,
        created_at: r.get(14)?,
        updated_at: r.get(15)?,
        groups: None,
    })
}

/// Users matching an SQL condition on `u` (the user table), in id order.
pub fn select_where(conn: &Connection, condition: &str, params: impl rusqlite::Params) -> Result<Vec<User>> {
    let mut stmt = conn.prepare(&format!("{SELECT} WHERE {condition} ORDER BY u.id"))?;
    let users = stmt
        .query_map(params, from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(users)
}

/// The user a selector names within one tenant: their row id, and whether they were
/// erased.
pub fn find(conn: &Connection, tenant_id: i64, sel: &UserSel) -> Result<Option<(i64, bool)>> {
    let (sql, key): (&str, &dyn rusqlite::ToSql) = match sel {
        UserSel::Id(id) => (
            "SELECT id, status = 'erased' FROM user WHERE tenant_id = ?1 AND id = ?2",
            id,
        ),
        UserSel::Email(email) => (
            "SELECT id, status = 'erased' FROM user WHERE tenant_id = ?1 AND email = ?2 COLLATE NOCASE",
            email,
        ),
        UserSel::ExternalId(external_id) => (
            "SELECT id, status = 'erased' FROM user WHERE tenant_id = ?1 AND external_id = ?2",
            external_id,
        ),
    };
    Ok(conn
        .prepare_cached(sql)?
        .query_row((tenant_id, key), |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Resolves a selector to the user's row id within one tenant.
pub fn resolve(conn: &Connection, tenant_id: i64, sel: &UserSel) -> Result<i64> {
    find(conn, tenant_id, sel)?
        .map(|(id, _)| id)
        .ok_or_else(|| Error::not_found("user", sel))
}

/// Resolves a selector to a user that may still be changed: not an erased one (its
/// row is a tombstone and must stay empty).
pub fn resolve_writable(conn: &Connection, tenant_id: i64, sel: &UserSel) -> Result<i64> {
    let id = resolve(conn, tenant_id, sel)?;
    let status: String = conn.query_row("SELECT status FROM user WHERE id = ?1", [id], |r| r.get(0))?;
    if status == "erased" {
        return Err(Error::refused(format!(
            "user {sel} was erased; nothing can be recorded for them any more"
        )));
    }
    Ok(id)
}

fn by_id(conn: &Connection, id: i64) -> Result<User> {
    Ok(conn.query_row(&format!("{SELECT} WHERE u.id = ?1"), [id], from_row)?)
}

/// `None` for the empty text that clears a field.
fn given(text: &str) -> Option<&str> {
    (!text.is_empty()).then_some(text)
}

/// Adds a user from checked fields (their uniqueness checked too; the unique indexes
/// hold it against a change made in between).
pub fn add(w: &Writer<'_>, tenant: &str, new: &NewUser) -> Result<User> {
    let tenant_id = tenants::id_of(w, tenant)?;
    if super::gdpr::is_suppressed(w, tenant_id, new.external_id.as_deref(), &new.email)? {
        return Err(Error::invalid(
            "this person was erased earlier: their external id or e-mail address is on the suppression list",
        )
        .about("user.suppressed"));
    }
    let manager_id = match &new.manager {
        Some(manager) => Some(resolve(w, tenant_id, manager)?),
        None => None,
    };
    let now = now();
    w.execute(
        "INSERT INTO user (tenant_id, external_id, email, first_name, last_name, department, location,
             manager_id, start_date, locale, roles, status, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'active', ?12, ?12)",
        rusqlite::params![
            tenant_id,
            new.external_id,
            new.email,
            new.first_name,
            new.last_name,
            new.department,
            new.location,
            manager_id,
            new.start_date,
            new.locale,
            new.roles.join(","),
            now,
        ],
    )?;
    let id = w.last_insert_rowid();
    refresh_memberships(w, tenant_id, Some(id))?;
    w.record(Some(tenant), Changed::UserCreated { user_id: id })?;
    by_id(w, id)
}

pub fn list(conn: &Connection, tenant: &str, query: &UserQuery) -> Result<Vec<User>> {
    let tenant_id = tenants::id_of(conn, tenant)?;
    let mut sql = format!("{SELECT} WHERE u.tenant_id = ?");
    let mut args = vec![Value::Integer(tenant_id)];
    if let Some(status) = query.status {
        sql.push_str(" AND u.status = ?");
        args.push(Value::Text(status.as_str().to_owned()));
    }
    if let Some(department) = &query.department {
        sql.push_str(" AND fold(u.department) = ?");
        args.push(Value::Text(fold(&clean(department))));
    }
    if let Some(location) = &query.location {
        sql.push_str(" AND fold(u.location) = ?");
        args.push(Value::Text(fold(&clean(location))));
    }
    if let Some(group) = &query.group {
        let group_id = groups::id_of(conn, tenant_id, group)?;
        sql.push_str(" AND u.id IN (SELECT user_id FROM group_member WHERE group_id = ?)");
        args.push(Value::Integer(group_id));
    }
    if let Some(text) = query.search.as_deref().and_then(clean_optional) {
        sql.push_str(
            " AND (instr(fold(u.first_name || ' ' || u.last_name), ?) > 0
                OR instr(fold(u.email), ?) > 0
                OR instr(fold(ifnull(u.external_id, '')), ?) > 0)",
        );
        args.extend(std::iter::repeat_n(Value::Text(fold(&text)), 3));
    }
    sql.push_str(" ORDER BY u.id");
    if query.limit > 0 {
        sql.push_str(&format!(" LIMIT {} OFFSET {}", query.limit, query.offset));
    } else if query.offset > 0 {
        sql.push_str(&format!(" LIMIT -1 OFFSET {}", query.offset));
    }
    let mut stmt = conn.prepare(&sql)?;
    let users = stmt
        .query_map(params_from_iter(args), from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(users)
}

pub fn show(conn: &Connection, tenant: &str, sel: &UserSel) -> Result<User> {
    let tenant_id = tenants::id_of(conn, tenant)?;
    let id = resolve(conn, tenant_id, sel)?;
    let mut user = by_id(conn, id)?;
    user.groups = Some(groups::names_of_member(conn, id)?);
    Ok(user)
}

/// Applies checked changes (an empty text clears an optional field).
pub fn update(w: &Writer<'_>, tenant: &str, sel: &UserSel, patch: &UserPatch) -> Result<User> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let id = resolve_writable(w, tenant_id, sel)?;
    let mut sets: Vec<(&str, Value)> = Vec::new();
    let text = |v: &str| given(v).map_or(Value::Null, |v| Value::Text(v.to_owned()));
    for (column, value) in [
        ("email", &patch.email),
        ("external_id", &patch.external_id),
        ("first_name", &patch.first_name),
        ("last_name", &patch.last_name),
        ("department", &patch.department),
        ("location", &patch.location),
    ] {
        if let Some(value) = value {
            sets.push((column, text(value)));
        }
    }
    if let Some(manager) = &patch.manager {
        let manager_id = match manager {
            Some(manager) => Value::Integer(resolve(w, tenant_id, manager)?),
            None => Value::Null,
        };
        sets.push(("manager_id", manager_id));
    }
    if let Some(start_date) = &patch.start_date {
        sets.push((
            "start_date",
            start_date.map_or(Value::Null, |d| Value::Text(d.format("%Y-%m-%d").to_string())),
        ));
    }
    if let Some(locale) = &patch.locale {
        sets.push(("locale", text(locale)));
    }
    if let Some(roles) = &patch.roles {
        sets.push(("roles", Value::Text(roles.join(","))));
    }
    // Only what differs is written and audited: `--manager ""` for a user without a
    // manager, or a value given again, is no change.
    let columns: Vec<&str> = sets.iter().map(|(f, _)| *f).collect();
    let current: Vec<Value> = w.query_row(
        &format!("SELECT {} FROM user WHERE id = ?1", columns.join(", ")),
        [id],
        |r| (0..columns.len()).map(|i| r.get::<_, Value>(i)).collect(),
    )?;
    sets.retain(|(field, value)| {
        let at = columns.iter().position(|c| c == field);
        at.is_none_or(|at| current[at] != *value)
    });
    if sets.is_empty() {
        return show(w, tenant, &UserSel::Id(id));
    }
    let fields: Vec<&str> = sets.iter().map(|(f, _)| *f).collect();
    let assignments: Vec<String> = fields.iter().map(|f| format!("{f} = ?")).collect();
    let sql = format!(
        "UPDATE user SET {}, updated_at = ? WHERE id = ?",
        assignments.join(", ")
    );
    let mut args: Vec<Value> = sets.into_iter().map(|(_, v)| v).collect();
    args.push(Value::Text(now()));
    args.push(Value::Integer(id));
    w.execute(&sql, params_from_iter(args))?;
    refresh_memberships(w, tenant_id, Some(id))?;
    w.record(
        Some(tenant),
        Changed::UserUpdated {
            user_id: id,
            fields: &fields,
        },
    )?;
    show(w, tenant, &UserSel::Id(id))
}

pub fn set_status(w: &Writer<'_>, tenant: &str, sel: &UserSel, status: UserStatus) -> Result<User> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let id = resolve_writable(w, tenant_id, sel)?;
    let current: String = w.query_row("SELECT status FROM user WHERE id = ?1", [id], |r| r.get(0))?;
    if current == UserStatus::Erased.as_str() {
        return Err(Error::refused(format!(
            "user {sel} was erased and cannot change status"
        )));
    }
    if current != status.as_str() {
        w.execute(
            "UPDATE user SET status = ?1, updated_at = ?2 WHERE id = ?3",
            (status.as_str(), now(), id),
        )?;
        refresh_memberships(w, tenant_id, Some(id))?;
        w.record(Some(tenant), Changed::UserStatusSet { user_id: id, status })?;
    }
    show(w, tenant, &UserSel::Id(id))
}

/// Records learning activity of a user on `date` (for retention and anonymisation of
/// the inactive); an earlier date never moves it back.
pub fn touch(conn: &Connection, user_id: i64, date: chrono::NaiveDate) -> Result<()> {
    let at = format!("{}T00:00:00.000Z", crate::model::value::iso_date(date));
    conn.prepare_cached(
        "UPDATE user SET last_activity_at = ?2 WHERE id = ?1 AND (last_activity_at IS NULL OR last_activity_at < ?2)",
    )?
    .execute((user_id, at))?;
    conn.prepare_cached("INSERT OR IGNORE INTO user_activity (user_id, day) VALUES (?1, ?2)")?
        .execute((user_id, crate::model::value::iso_date(date)))?;
    Ok(())
}
