//! Groups in PostgreSQL: static members, and rule members recomputed in the same
//! transaction as every change that could affect them.

use postgres::types::ToSql;
use postgres::{Row, Transaction};

use super::enrollments::refresh_memberships;
use super::{PostgresStore, Writer, tenants, time, users};
use crate::error::{Error, Result};
use crate::model::value::clean;
use crate::model::*;
use crate::rule::Rule;
use crate::store::rules::Changed;
use crate::store::sqlite::rule_sql::{Dialect, where_clause_in};

const SELECT: &str = "SELECT g.id, t.slug, g.name, g.description, g.rule, g.created_at,
        (SELECT count(DISTINCT m.user_id) FROM group_member m WHERE m.group_id = g.id)
    FROM user_group g JOIN tenant t ON t.id = g.tenant_id";

/// Group names in SQLite's order (NOCASE: ASCII letters without case, then bytes),
/// whatever the server's locale.
const BY_NAME: &str = "lower(g.name::text COLLATE \"C\")";

fn from_row(r: &Row) -> Group {
    Group {
        id: r.get(0),
        tenant: r.get(1),
        name: r.get(2),
        description: r.get(3),
        rule: r.get(4),
        created_at: time(r.get(5)),
        members: u64::try_from(r.get::<_, i64>(6)).unwrap_or_default(),
    }
}

/// The row id of group `name` of the tenant.
pub(super) fn id_of(tx: &mut Transaction<'_>, tenant_id: i64, name: &str) -> Result<i64> {
    tx.query_opt(
        "SELECT id FROM user_group WHERE tenant_id = $1 AND name = $2",
        &[&tenant_id, &clean(name)],
    )?
    .map(|row| row.get(0))
    .ok_or_else(|| Error::not_found("group", name))
}

fn by_id(tx: &mut Transaction<'_>, id: i64) -> Result<Group> {
    Ok(from_row(
        &tx.query_one(&format!("{SELECT} WHERE g.id = $1"), &[&id])?,
    ))
}

/// Creates a group from checked fields (its rule in canonical form).
pub fn create_group(store: &PostgresStore, tenant: &str, new: &NewGroup) -> Result<Group> {
    store.write(|w| create(w, tenant, new))
}

/// Creates a group in the writer's transaction.
pub(super) fn create(w: &mut Writer<'_>, tenant: &str, new: &NewGroup) -> Result<Group> {
    {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let name = &new.name;
        if w.tx
            .query_opt(
                "SELECT 1 FROM user_group WHERE tenant_id = $1 AND name = $2",
                &[&tenant_id, name],
            )?
            .is_some()
        {
            return Err(
                Error::invalid(format!("group '{name}' already exists in tenant '{tenant}'"))
                    .about("group.exists"),
            );
        }
        let id: i64 =
            w.tx.query_one(
                "INSERT INTO user_group (tenant_id, name, description, rule, created_at)
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
                &[
                    &tenant_id,
                    name,
                    &new.description,
                    &new.rule,
                    &crate::model::time::now(),
                ],
            )?
            .get(0);
        refresh_rules(&mut w.tx, tenant_id, None)?;
        w.record(Some(tenant), Changed::GroupCreated { group_id: id })?;
        by_id(&mut w.tx, id)
    }
}

pub fn groups(store: &PostgresStore, tenant: &str) -> Result<Vec<Group>> {
    store.read(|tx| {
        let tenant_id = tenants::id_of(tx, tenant)?;
        Ok(tx
            .query(
                &format!("{SELECT} WHERE g.tenant_id = $1 ORDER BY {BY_NAME}"),
                &[&tenant_id],
            )?
            .iter()
            .map(from_row)
            .collect())
    })
}

pub fn group(store: &PostgresStore, tenant: &str, name: &str) -> Result<GroupDetail> {
    store.read(|tx| {
        let tenant_id = tenants::id_of(tx, tenant)?;
        let id = id_of(tx, tenant_id, name)?;
        let group = by_id(tx, id)?;
        let member_list = tx
            .query(
                "SELECT u.id, u.external_id, u.email, u.first_name, u.last_name, u.department, u.location, u.status,
                        CASE WHEN count(*) > 1 THEN 'static+rule' ELSE max(m.source) END
                 FROM group_member m JOIN \"user\" u ON u.id = m.user_id
                 WHERE m.group_id = $1 GROUP BY u.id ORDER BY u.id",
                &[&id],
            )?
            .iter()
            .map(|r| GroupMember {
                id: r.get(0),
                external_id: r.get(1),
                email: r.get(2),
                first_name: r.get(3),
                last_name: r.get(4),
                department: r.get(5),
                location: r.get(6),
                status: UserStatus::parse(r.get(7)).unwrap_or(UserStatus::Active),
                via: r.get(8),
            })
            .collect();
        Ok(GroupDetail { group, member_list })
    })
}

pub fn delete_group(store: &PostgresStore, tenant: &str, name: &str) -> Result<Group> {
    store.write(|w| {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let id = id_of(&mut w.tx, tenant_id, name)?;
        let group = by_id(&mut w.tx, id)?;
        let assignments: Vec<(i64, i64)> =
            w.tx.query(
                "SELECT id, course_id FROM assignment WHERE group_id = $1 ORDER BY id",
                &[&group.id],
            )?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        for (assignment_id, course_id) in assignments {
            w.record(
                Some(tenant),
                Changed::AssignmentDeleted {
                    assignment_id,
                    course_id,
                    group_id: Some(group.id),
                },
            )?;
        }
        // The group's assignments go with it (ON DELETE CASCADE), then the enrollments
        // nothing else reaches.
        w.tx.execute("DELETE FROM user_group WHERE id = $1", &[&group.id])?;
        refresh_memberships(w, tenant_id, None)?;
        w.record(
            Some(tenant),
            Changed::GroupDeleted {
                group_id: group.id,
                members: group.members,
            },
        )?;
        Ok(group)
    })
}

/// Adds (or removes) static members; every selector is resolved before anything
/// changes, so one unknown user changes nothing.
pub fn change_members(
    store: &PostgresStore,
    tenant: &str,
    name: &str,
    sels: &[UserSel],
    add: bool,
) -> Result<Group> {
    store.write(|w| {
        let tenant_id = tenants::id_of(&mut w.tx, tenant)?;
        let group_id = id_of(&mut w.tx, tenant_id, name)?;
        let user_ids = sels
            .iter()
            .map(|sel| users::resolve_writable(&mut w.tx, tenant_id, sel))
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
            "INSERT INTO group_member (group_id, user_id, source)
             SELECT $1, id, 'static' FROM unnest($2::bigint[]) AS s(id)
             ON CONFLICT DO NOTHING RETURNING user_id"
        } else {
            "DELETE FROM group_member WHERE group_id = $1 AND user_id = ANY($2) AND source = 'static'
             RETURNING user_id"
        };
        let touched: std::collections::HashSet<i64> =
            w.tx.query(sql, &[&group_id, &user_ids])?
                .iter()
                .map(|r| r.get(0))
                .collect();
        // In the order the selectors named them, each once.
        let mut changed: Vec<i64> = Vec::new();
        for id in user_ids {
            if touched.contains(&id) && !changed.contains(&id) {
                changed.push(id);
            }
        }
        refresh_memberships(w, tenant_id, None)?;
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
        by_id(&mut w.tx, group_id)
    })
}

/// The names of the groups `user_id` belongs to.
pub(super) fn names_of_member(tx: &mut Transaction<'_>, user_id: i64) -> Result<Vec<String>> {
    Ok(tx
        .query(
            &format!(
                "SELECT g.name FROM user_group g
                 WHERE g.id IN (SELECT group_id FROM group_member WHERE user_id = $1) ORDER BY {BY_NAME}"
            ),
            &[&user_id],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect())
}

/// Recomputes the rule members of the tenant's rule groups: for one user after that
/// user changed, or for everyone (`None`) after a rule or a bulk change, each group in
/// two statements. Only the rows that change are written: each membership row moves
/// the group tally (a trigger).
pub(super) fn refresh_rules(tx: &mut Transaction<'_>, tenant_id: i64, user: Option<i64>) -> Result<()> {
    let rules: Vec<(i64, String)> = tx
        .query(
            "SELECT id, rule FROM user_group WHERE tenant_id = $1 AND rule IS NOT NULL ORDER BY id",
            &[&tenant_id],
        )?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    // $1 the group, $2 the tenant, $3 the user if one; the rule's values after them.
    let (only_user, only_member, first) = match user {
        Some(_) => (" AND u.id = $3", " AND user_id = $3", 4),
        None => ("", "", 3),
    };
    for (group_id, text) in rules {
        let rule: Rule = text
            .parse()
            .map_err(|e| Error::failure(format!("the stored rule of group id:{group_id} is damaged: {e}")))?;
        let (clause, values) = where_clause_in(&rule, "u", Dialect::Postgres { first });
        let matches = format!("u.tenant_id = $2 AND u.status <> 'erased' AND ({clause}){only_user}");
        let mut params: Vec<&(dyn ToSql + Sync)> = vec![&group_id, &tenant_id];
        if let Some(user_id) = &user {
            params.push(user_id);
        }
        params.extend(values.iter().map(|v| v as &(dyn ToSql + Sync)));
        tx.execute(
            &format!(
                "DELETE FROM group_member WHERE group_id = $1 AND source = 'rule'{only_member}
                   AND NOT EXISTS (SELECT 1 FROM \"user\" u WHERE u.id = group_member.user_id AND {matches})"
            ),
            &params,
        )?;
        tx.execute(
            &format!(
                "INSERT INTO group_member (group_id, user_id, source)
                 SELECT $1, u.id, 'rule' FROM \"user\" u WHERE {matches}
                 ON CONFLICT DO NOTHING"
            ),
            &params,
        )?;
    }
    Ok(())
}
