//! Tenants in SQLite: the tenant tree, and resolving a slug to its row id.

use crate::store::rules::Changed;
use rusqlite::{Connection, OptionalExtension, Row};

use super::{Writer, now};
use crate::error::{Error, Result};
use crate::model::{NewTenant, Tenant, TenantDeletion, TenantPatch};

const SELECT: &str = "SELECT t.id, t.slug, t.name, p.slug, t.domain, t.brand_color, t.created_at,
        (SELECT count(*) FROM user u WHERE u.tenant_id = t.id), t.retention_months
    FROM tenant t LEFT JOIN tenant p ON p.id = t.parent_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Tenant> {
    Ok(Tenant {
        id: r.get(0)?,
        slug: r.get(1)?,
        name: r.get(2)?,
        parent: r.get(3)?,
        domain: r.get(4)?,
        brand_color: r.get(5)?,
        created_at: r.get(6)?,
        users: r.get(7)?,
        // In years when it is whole years, as a policy is usually given (`3y`).
        retention_inactive: r.get::<_, Option<u32>>(8)?.map(|months| match months % 12 {
            0 => format!("{}y", months / 12),
            _ => format!("{months}m"),
        }),
    })
}

/// The row id of the tenant `slug`.
pub fn id_of(conn: &Connection, slug: &str) -> Result<i64> {
    conn.query_row("SELECT id FROM tenant WHERE slug = ?1", [slug], |r| r.get(0))
        .optional()?
        .ok_or_else(|| not_found(slug))
}

fn not_found(slug: &str) -> Error {
    Error::not_found("tenant", slug)
}

pub fn get(conn: &Connection, slug: &str) -> Result<Tenant> {
    conn.query_row(&format!("{SELECT} WHERE t.slug = ?1"), [slug], from_row)
        .optional()?
        .ok_or_else(|| not_found(slug))
}

pub fn list(conn: &Connection) -> Result<Vec<Tenant>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY t.slug"))?;
    let tenants = stmt.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(tenants)
}

/// Creates a tenant from checked fields.
pub fn create(w: &Writer<'_>, new: &NewTenant) -> Result<Tenant> {
    let slug = &new.slug;
    if w.query_row("SELECT 1 FROM tenant WHERE slug = ?1", [&slug], |_| Ok(()))
        .optional()?
        .is_some()
    {
        return Err(Error::invalid(format!("tenant '{slug}' already exists")).about("tenant.exists"));
    }
    let parent_id = match &new.parent {
        Some(parent) => Some(
            id_of(w, parent).map_err(|_| Error::not_found("parent tenant", parent).about("tenant.parent"))?,
        ),
        None => None,
    };
    w.execute(
        "INSERT INTO tenant (slug, name, parent_id, domain, brand_color, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        (slug, &new.name, parent_id, &new.domain, &new.brand_color, now()),
    )?;
    let id = w.last_insert_rowid();
    w.record(
        Some(slug),
        Changed::TenantCreated {
            tenant_id: id,
            parent_id,
        },
    )?;
    get(w, slug)
}

/// Applies checked changes (`Some("")` clears an optional field; a retention policy
/// comes in months, `36m`).
pub fn update(w: &Writer<'_>, slug: &str, patch: &TenantPatch) -> Result<Tenant> {
    let id = id_of(w, slug)?;
    let mut changed = Vec::new();
    if let Some(name) = &patch.name {
        w.execute("UPDATE tenant SET name = ?1 WHERE id = ?2", (name, id))?;
        changed.push("name");
    }
    if let Some(parent) = &patch.parent {
        let subtree = descendants(w, id)?;
        if course_use_crosses(w, &subtree, true)? {
            return Err(Error::refused(format!(
                "cannot move '{slug}': it or a tenant below it uses courses shared by its current parents"
            ))
            .about("tenant.move.shared"));
        }
        let parent_id = match non_empty(parent) {
            None => None,
            Some(parent) => {
                let parent_id = id_of(w, parent)?;
                if subtree.contains(&parent_id) {
                    return Err(Error::invalid(format!(
                        "cannot move '{slug}' under '{parent}': '{parent}' is '{slug}' itself or one of its descendants"
                    ))
                    .about("tenant.move.cycle"));
                }
                Some(parent_id)
            }
        };
        w.execute("UPDATE tenant SET parent_id = ?1 WHERE id = ?2", (parent_id, id))?;
        changed.push("parent");
    }
    if let Some(domain) = &patch.domain {
        w.execute(
            "UPDATE tenant SET domain = ?1 WHERE id = ?2",
            (non_empty(domain), id),
        )?;
        changed.push("domain");
    }
    if let Some(colour) = &patch.brand_color {
        w.execute(
            "UPDATE tenant SET brand_color = ?1 WHERE id = ?2",
            (non_empty(colour), id),
        )?;
        changed.push("brand_color");
    }
    if let Some(retention) = &patch.retention_inactive {
        let months = match non_empty(retention) {
            None => None,
            Some(text) => Some(
                text.strip_suffix('m')
                    .and_then(|n| n.parse::<u32>().ok())
                    .ok_or_else(|| Error::failure(format!("retention '{text}' is not in months")))?,
            ),
        };
        w.execute(
            "UPDATE tenant SET retention_months = ?1 WHERE id = ?2",
            (months, id),
        )?;
        changed.push("retention_inactive");
    }
    w.record(
        Some(slug),
        Changed::TenantUpdated {
            tenant_id: id,
            fields: &changed,
        },
    )?;
    get(w, slug)
}

/// `Some(text)`, or `None` for the empty text that clears a field.
fn non_empty(text: &str) -> Option<&str> {
    (!text.is_empty()).then_some(text)
}

/// Whether courses owned inside `tenants` are used (assigned, enrolled, completed)
/// by tenants outside it, or, with `inward`, whether tenants inside use courses owned
/// outside it.
pub fn course_use_crosses(conn: &Connection, tenants: &[i64], inward: bool) -> Result<bool> {
    let ids = serde_json::to_string(tenants).unwrap_or_default();
    let (user_side, course_side) = if inward {
        ("IN", "NOT IN")
    } else {
        ("NOT IN", "IN")
    };
    let sql = format!(
        "WITH inside(id) AS (SELECT value FROM json_each(?1))
         SELECT EXISTS (SELECT 1 FROM assignment a JOIN course c ON c.id = a.course_id
                        WHERE a.tenant_id {user_side} inside AND c.tenant_id {course_side} inside)
             OR EXISTS (SELECT 1 FROM enrollment e JOIN user u ON u.id = e.user_id JOIN course c ON c.id = e.course_id
                        WHERE u.tenant_id {user_side} inside AND c.tenant_id {course_side} inside)
             OR EXISTS (SELECT 1 FROM completion x JOIN user u ON u.id = x.user_id JOIN course c ON c.id = x.course_id
                        WHERE u.tenant_id {user_side} inside AND c.tenant_id {course_side} inside)"
    );
    Ok(conn.query_row(&sql, [ids], |r| r.get(0))?)
}

/// The tenant `id` and all its descendants, deepest first.
pub fn descendants(conn: &Connection, id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare(
        "WITH RECURSIVE sub(id, depth) AS (
             SELECT ?1, 0
             UNION ALL SELECT t.id, sub.depth + 1 FROM tenant t JOIN sub ON t.parent_id = sub.id)
         SELECT id FROM sub ORDER BY depth DESC, id",
    )?;
    let ids = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

fn deletion_preview(conn: &Connection, slug: &str) -> Result<TenantDeletion> {
    let id = id_of(conn, slug)?;
    let mut report = TenantDeletion::default();
    for tenant in descendants(conn, id)? {
        report
            .tenants
            .push(conn.query_row("SELECT slug FROM tenant WHERE id = ?1", [tenant], |r| r.get(0))?);
        report.users += conn.query_row("SELECT count(*) FROM user WHERE tenant_id = ?1", [tenant], |r| {
            r.get::<_, u64>(0)
        })?;
        report.groups += conn.query_row(
            "SELECT count(*) FROM user_group WHERE tenant_id = ?1",
            [tenant],
            |r| r.get::<_, u64>(0),
        )?;
    }
    Ok(report)
}

/// What deleting `slug` would remove, or the refusal if it needs `cascade` and lacks it.
pub fn deletion_plan(conn: &Connection, slug: &str, cascade: bool) -> Result<TenantDeletion> {
    let report = deletion_preview(conn, slug)?;
    if !cascade && !report.is_empty_tenant() {
        return Err(
            Error::refused(format!("tenant '{slug}' is not empty: {}", report.contents(slug)))
                .about("tenant.not-empty"),
        );
    }
    Ok(report)
}

pub fn delete(w: &Writer<'_>, slug: &str, cascade: bool) -> Result<TenantDeletion> {
    let report = deletion_plan(w, slug, cascade)?;
    let id = id_of(w, slug)?;
    let subtree = descendants(w, id)?;
    if course_use_crosses(w, &subtree, false)? {
        return Err(Error::refused(format!(
            "cannot delete '{slug}': tenants outside it still use its courses (assignments, enrollments or completions)"
        ))
        .with_hint("remove those assignments in the other tenants first"));
    }
    let mut ids = Vec::new();
    for tenant in subtree {
        // Members go with their groups and users, enrollments and completions with
        // their users (ON DELETE CASCADE); descendants go first, so no user is left
        // who took one of this tenant's courses.
        w.execute("DELETE FROM assignment WHERE tenant_id = ?1", [tenant])?;
        w.execute("DELETE FROM subject_request WHERE tenant_id = ?1", [tenant])?;
        w.execute("DELETE FROM suppression WHERE tenant_id = ?1", [tenant])?;
        // A group's counts go down to zero with its members (their trigger), and
        // rows at zero go at the end of the write.
        w.execute("DELETE FROM user_group WHERE tenant_id = ?1", [tenant])?;
        w.execute("UPDATE user SET manager_id = NULL WHERE tenant_id = ?1", [tenant])?;
        w.execute("DELETE FROM user WHERE tenant_id = ?1", [tenant])?;
        w.execute("DELETE FROM enrollment_tally WHERE tenant_id = ?1", [tenant])?;
        w.execute("DELETE FROM course WHERE tenant_id = ?1", [tenant])?;
        w.execute("DELETE FROM tenant WHERE id = ?1", [tenant])?;
        ids.push(tenant);
    }
    w.record(
        Some(slug),
        Changed::TenantDeleted {
            tenant_ids: &ids,
            users: report.users,
            groups: report.groups,
        },
    )?;
    Ok(report)
}
