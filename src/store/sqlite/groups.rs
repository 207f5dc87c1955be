//! Groups in SQLite: static members, and rule members recomputed in the same
//! transaction as every change that could affect them.

use crate::store::rules::Changed;
use rusqlite::{Connection, OptionalExtension, Row, params_from_iter, types::Value};

use super::{Writer, now, rule_sql, tenants, users};
use crate::error::{Error, Result};
use crate::model::value::clean;
use crate::model::{Group, GroupDetail, GroupMember, NewGroup, UserSel, UserStatus};
use crate::rule::Rule;

const SELECT: &str = "SELECT g.id, t.slug, g.name, g.description, g.rule, g.created_at,
        (SELECT count(DISTINCT m.user_id) FROM group_member m WHERE m.group_id = g.id)
    FROM user_group g JOIN tenant t ON t.id = g.tenant_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Group> {
    Ok(Group {
        id: r.get(0)?,
        tenant: r.get(1)?,
        name: r.get(2)?,
        description: r.get(3)?,
        rule: r.get(4)?,
        created_at: r.get(5)?,
        members: r.get(6)?,
    })
}

pub fn id_of(conn: &Connection, tenant_id: i64, name: &str) -> Result<i64> {
    conn.query_row(
        "SELECT id FROM user_group WHERE tenant_id = ?1 AND name = ?2",
        (tenant_id, clean(name)),
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| Error::not_found("group", name))
}

fn by_id(conn: &Connection, id: i64) -> Result<Group> {
    Ok(conn.query_row(&format!("{SELECT} WHERE g.id = ?1"), [id], from_row)?)
}

/// Creates a group from checked fields (its rule in canonical form).
pub fn create(w: &Writer<'_>, tenant: &str, new: &NewGroup) -> Result<Group> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let name = &new.name;
    let exists = w
        .query_row(
            "SELECT 1 FROM user_group WHERE tenant_id = ?1 AND name = ?2",
            (tenant_id, name),
            |_| Ok(()),
        )
        .optional()?;
    if exists.is_some() {
        return Err(
            Error::invalid(format!("group '{name}' already exists in tenant '{tenant}'"))
                .about("group.exists"),
        );
    }
    w.execute(
        "INSERT INTO user_group (tenant_id, name, description, rule, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        (tenant_id, name, &new.description, &new.rule, now()),
    )?;
    let id = w.last_insert_rowid();
    refresh_rules(w, tenant_id, None)?;
    w.record(Some(tenant), Changed::GroupCreated { group_id: id })?;
    by_id(w, id)
}

pub fn list(conn: &Connection, tenant: &str) -> Result<Vec<Group>> {
    let tenant_id = tenants::id_of(conn, tenant)?;
    let mut stmt = conn.prepare(&format!("{SELECT} WHERE g.tenant_id = ?1 ORDER BY g.name"))?;
    let groups = stmt
        .query_map([tenant_id], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(groups)
}

pub fn show(conn: &Connection, tenant: &str, name: &str) -> Result<GroupDetail> {
    let tenant_id = tenants::id_of(conn, tenant)?;
    let group = by_id(conn, id_of(conn, tenant_id, name)?)?;
    let mut stmt = conn.prepare(
        "SELECT u.id, u.external_id, u.email, u.first_name, u.last_name, u.department, u.location, u.status,
                CASE WHEN count(*) > 1 THEN 'static+rule' ELSE max(m.source) END
         FROM group_member m JOIN user u ON u.id = m.user_id
         WHERE m.group_id = ?1 GROUP BY u.id ORDER BY u.id",
    )?;
    let member_list = stmt
        .query_map([group.id], |r| {
            let status: String = r.get(7)?;
            Ok(GroupMember {
                id: r.get(0)?,
                external_id: r.get(1)?,
                email: r.get(2)?,
                first_name: r.get(3)?,
                last_name: r.get(4)?,
                department: r.get(5)?,
                location: r.get(6)?,
                status: UserStatus::parse(&status).unwrap_or(UserStatus::Active),
                via: r.get(8)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(GroupDetail { group, member_list })
}

pub fn delete(w: &Writer<'_>, tenant: &str, name: &str) -> Result<Group> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let group = by_id(w, id_of(w, tenant_id, name)?)?;
    let mut stmt = w.prepare("SELECT id, course_id FROM assignment WHERE group_id = ?1")?;
    let assignments: Vec<(i64, i64)> = stmt
        .query_map([group.id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    drop(stmt);
    for (assignment_id, course_id) in &assignments {
        w.record(
            Some(tenant),
            Changed::AssignmentDeleted {
                assignment_id: *assignment_id,
                course_id: *course_id,
                group_id: Some(group.id),
            },
        )?;
    }
    // The group's assignments go with it (ON DELETE CASCADE), then the enrollments
    // nothing else reaches.
    w.execute("DELETE FROM user_group WHERE id = ?1", [group.id])?;
    super::refresh_memberships(w, tenant_id, None)?;
    w.record(
        Some(tenant),
        Changed::GroupDeleted {
            group_id: group.id,
            members: group.members,
        },
    )?;
    Ok(group)
}

pub fn change_members(
    w: &Writer<'_>,
    tenant: &str,
    name: &str,
    sels: &[UserSel],
    add: bool,
) -> Result<Group> {
    let tenant_id = tenants::id_of(w, tenant)?;
    let group_id = id_of(w, tenant_id, name)?;
    // Resolve every selector before changing anything: one unknown user changes nothing.
    let user_ids = sels
        .iter()
        .map(|sel| users::resolve_writable(w, tenant_id, sel))
        .collect::<Result<Vec<i64>>>()
        .map_err(|e| Error {
            message: format!(
                "{}; nobody was {} group '{name}'",
                e.message,
                if add { "added to" } else { "removed from" }
            ),
            ..e
        })?;
    let sql = if add {
        "INSERT OR IGNORE INTO group_member (group_id, user_id, source) VALUES (?1, ?2, 'static')"
    } else {
        "DELETE FROM group_member WHERE group_id = ?1 AND user_id = ?2 AND source = 'static'"
    };
    let mut stmt = w.prepare(sql)?;
    let mut changed = Vec::new();
    for id in user_ids {
        if stmt.execute((group_id, id))? > 0 {
            changed.push(id);
        }
    }
    drop(stmt);
    super::refresh_memberships(w, tenant_id, None)?;
    if !changed.is_empty() {
        w.record(
            Some(tenant),
            Changed::MembersChanged {
                group_id,
                user_ids: &changed,
                added: add,
            },
        )?;
    }
    by_id(w, group_id)
}

/// The names of the groups `user_id` belongs to.
pub fn names_of_member(conn: &Connection, user_id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT g.name FROM group_member m JOIN user_group g ON g.id = m.group_id
         WHERE m.user_id = ?1 ORDER BY g.name",
    )?;
    let names = stmt
        .query_map([user_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names)
}

/// Recomputes the rule members of the tenant's rule groups: for one user after that
/// user changed, or for everyone (`None`) after a rule or a bulk change. Only the rows
/// that change are written: each membership row moves the group tally (a trigger), so
/// rewriting a whole group on every import would cost seconds.
pub fn refresh_rules(conn: &Connection, tenant_id: i64, user: Option<i64>) -> Result<()> {
    let mut stmt =
        conn.prepare("SELECT id, rule FROM user_group WHERE tenant_id = ?1 AND rule IS NOT NULL")?;
    let rules: Vec<(i64, String)> = stmt
        .query_map([tenant_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (group_id, text) in rules {
        let rule: Rule = text
            .parse()
            .map_err(|e| Error::failure(format!("the stored rule of group id:{group_id} is damaged: {e}")))?;
        let (clause, values) = rule_sql::where_clause(&rule, "u");
        // Whether user `u` belongs to the group by its rule, with the values to bind.
        let matches = format!("u.tenant_id = ? AND u.status != 'erased' AND ({clause})");
        let mut matches_args = vec![Value::Integer(tenant_id)];
        matches_args.extend(values.into_iter().map(Value::Text));
        let mut delete = String::from("DELETE FROM group_member WHERE group_id = ? AND source = 'rule'");
        let mut insert = format!(
            "INSERT INTO group_member (group_id, user_id, source)
             SELECT ?, u.id, 'rule' FROM user u WHERE {matches}"
        );
        let mut delete_args = vec![Value::Integer(group_id)];
        let mut insert_args = vec![Value::Integer(group_id)];
        insert_args.extend(matches_args.iter().cloned());
        if let Some(user_id) = user {
            delete.push_str(" AND user_id = ?");
            delete_args.push(Value::Integer(user_id));
            insert.push_str(" AND u.id = ?");
            insert_args.push(Value::Integer(user_id));
        }
        delete.push_str(&format!(
            " AND NOT EXISTS (SELECT 1 FROM user u WHERE u.id = group_member.user_id AND {matches})"
        ));
        delete_args.extend(matches_args);
        insert.push_str(" ON CONFLICT DO NOTHING");
        conn.execute(&delete, params_from_iter(delete_args))?;
        conn.execute(&insert, params_from_iter(insert_args))?;
    }
    Ok(())
}
