//! Tenants in PostgreSQL: the tenant tree, and resolving a slug to its row id.

use postgres::{Row, Transaction};

use super::{PostgresStore, Writer, time};
use crate::error::{Error, Result};
use crate::model::{NewTenant, Tenant, TenantDeletion, TenantPatch};
use crate::store::rules::Changed;

const SELECT: &str = "SELECT t.id, t.slug, t.name, p.slug, t.domain, t.brand_color, t.created_at,
        (SELECT count(*) FROM \"user\" u WHERE u.tenant_id = t.id), t.retention_months
    FROM tenant t LEFT JOIN tenant p ON p.id = t.parent_id";

fn from_row(r: &Row) -> Tenant {
    Tenant {
        id: r.get(0),
        slug: r.get(1),
        name: r.get(2),
        parent: r.get(3),
        domain: r.get(4),
        brand_color: r.get(5),
        created_at: time(r.get(6)),
        users: u64::try_from(r.get::<_, i64>(7)).unwrap_or_default(),
        // In years when it is whole years, as a policy is usually given (`3y`).
        retention_inactive: r.get::<_, Option<i32>>(8).map(|months| match months % 12 {
            0 => format!("{}y", months / 12),
            _ => format!("{months}m"),
        }),
    }
}

/// The row id of the tenant `slug`.
pub(super) fn id_of(tx: &mut Transaction<'_>, slug: &str) -> Result<i64> {
    tx.query_opt("SELECT id FROM tenant WHERE slug = $1", &[&slug])?
        .map(|row| row.get(0))
        .ok_or_else(|| Error::not_found("tenant", slug))
}

fn get(tx: &mut Transaction<'_>, slug: &str) -> Result<Tenant> {
    tx.query_opt(&format!("{SELECT} WHERE t.slug = $1"), &[&slug])?
        .map(|row| from_row(&row))
        .ok_or_else(|| Error::not_found("tenant", slug))
}

pub fn tenant(store: &PostgresStore, slug: &str) -> Result<Tenant> {
    store.read(|tx| get(tx, slug))
}

pub fn tenants(store: &PostgresStore) -> Result<Vec<Tenant>> {
    store.read(|tx| {
        Ok(tx
            .query(&format!("{SELECT} ORDER BY t.slug"), &[])?
            .iter()
            .map(from_row)
            .collect())
    })
}

/// Creates a tenant from checked fields.
pub fn create_tenant(store: &PostgresStore, new: &NewTenant) -> Result<Tenant> {
    store.write(|w| {
        let slug = &new.slug;
        if w.tx
            .query_opt("SELECT 1 FROM tenant WHERE slug = $1", &[slug])?
            .is_some()
        {
            return Err(Error::invalid(format!("tenant '{slug}' already exists")).about("tenant.exists"));
        }
        let parent_id = match &new.parent {
            Some(parent) => Some(
                id_of(&mut w.tx, parent)
                    .map_err(|_| Error::not_found("parent tenant", parent).about("tenant.parent"))?,
            ),
            None => None,
        };
        let id: i64 =
            w.tx.query_one(
                "INSERT INTO tenant (slug, name, parent_id, domain, brand_color, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                &[
                    slug,
                    &new.name,
                    &parent_id,
                    &new.domain,
                    &new.brand_color,
                    &crate::model::time::now(),
                ],
            )?
            .get(0);
        w.record(
            Some(slug),
            Changed::TenantCreated {
                tenant_id: id,
                parent_id,
            },
        )?;
        get(&mut w.tx, slug)
    })
}

/// Applies checked changes (`Some("")` clears an optional field; a retention policy
/// comes in months, `36m`).
pub fn update_tenant(store: &PostgresStore, slug: &str, patch: &TenantPatch) -> Result<Tenant> {
    store.write(|w| update(w, slug, patch))
}

fn update(w: &mut Writer<'_>, slug: &str, patch: &TenantPatch) -> Result<Tenant> {
    let id = id_of(&mut w.tx, slug)?;
    let mut changed = Vec::new();
    if let Some(name) = &patch.name {
        w.tx.execute("UPDATE tenant SET name = $1 WHERE id = $2", &[name, &id])?;
        changed.push("name");
    }
    if let Some(parent) = &patch.parent {
        let subtree = descendants(&mut w.tx, id)?;
        if course_use_crosses(&mut w.tx, &subtree, true)? {
            return Err(Error::refused(format!(
                "cannot move '{slug}': it or a tenant below it uses courses shared by its current parents"
            ))
            .about("tenant.move.shared"));
        }
        let parent_id = match non_empty(parent) {
            None => None,
            Some(parent) => {
                let parent_id = id_of(&mut w.tx, parent)?;
                if subtree.contains(&parent_id) {
                    return Err(Error::invalid(format!(
                        "cannot move '{slug}' under '{parent}': '{parent}' is '{slug}' itself or one of its descendants"
                    ))
                    .about("tenant.move.cycle"));
                }
                Some(parent_id)
            }
        };
        w.tx.execute(
            "UPDATE tenant SET parent_id = $1 WHERE id = $2",
            &[&parent_id, &id],
        )?;
        changed.push("parent");
    }
    if let Some(domain) = &patch.domain {
        w.tx.execute(
            "UPDATE tenant SET domain = $1 WHERE id = $2",
            &[&non_empty(domain), &id],
        )?;
        changed.push("domain");
    }
    if let Some(colour) = &patch.brand_color {
        w.tx.execute(
            "UPDATE tenant SET brand_color = $1 WHERE id = $2",
            &[&non_empty(colour), &id],
        )?;
        changed.push("brand_color");
    }
    if let Some(retention) = &patch.retention_inactive {
        let months: Option<i32> = match non_empty(retention) {
            None => None,
            Some(text) => Some(
                text.strip_suffix('m')
                    .and_then(|n| n.parse::<i32>().ok())
                    .ok_or_else(|| Error::failure(format!("retention '{text}' is not in months")))?,
            ),
        };
        w.tx.execute(
            "UPDATE tenant SET retention_months = $1 WHERE id = $2",
            &[&months, &id],
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
    get(&mut w.tx, slug)
}

/// `Some(text)`, or `None` for the empty text that clears a field.
fn non_empty(text: &str) -> Option<&str> {
    (!text.is_empty()).then_some(text)
}

/// Whether courses owned inside `tenants` are used (assigned, enrolled, completed)
/// by tenants outside it, or, with `inward`, whether tenants inside use courses owned
/// outside it.
pub(super) fn course_use_crosses(tx: &mut Transaction<'_>, tenants: &[i64], inward: bool) -> Result<bool> {
    let (user_side, course_side) = if inward {
        ("= ANY($1)", "<> ALL($1)")
    } else {
        ("<> ALL($1)", "= ANY($1)")
    };
    let sql = format!(
        "SELECT EXISTS (SELECT 1 FROM assignment a JOIN course c ON c.id = a.course_id
                        WHERE a.tenant_id {user_side} AND c.tenant_id {course_side})
             OR EXISTS (SELECT 1 FROM enrollment e JOIN \"user\" u ON u.id = e.user_id JOIN course c ON c.id = e.course_id
                        WHERE u.tenant_id {user_side} AND c.tenant_id {course_side})
             OR EXISTS (SELECT 1 FROM completion x JOIN \"user\" u ON u.id = x.user_id JOIN course c ON c.id = x.course_id
                        WHERE u.tenant_id {user_side} AND c.tenant_id {course_side})"
    );
    Ok(tx.query_one(&sql, &[&tenants])?.get(0))
}

/// The tenant `id` and all its descendants, deepest first.
pub(super) fn descendants(tx: &mut Transaction<'_>, id: i64) -> Result<Vec<i64>> {
    Ok(tx
        .query(
            "WITH RECURSIVE sub(id, depth) AS (
                 SELECT $1::bigint, 0
                 UNION ALL SELECT t.id, sub.depth + 1 FROM tenant t JOIN sub ON t.parent_id = sub.id)
             SELECT id FROM sub ORDER BY depth DESC, id",
            &[&id],
        )?
        .iter()
        .map(|row| row.get(0))
        .collect())
}

/// What deleting `slug` would remove, or the refusal if it needs `cascade` and lacks it.
fn deletion_plan(tx: &mut Transaction<'_>, slug: &str, cascade: bool) -> Result<TenantDeletion> {
    let id = id_of(tx, slug)?;
    let subtree = descendants(tx, id)?;
    let mut report = TenantDeletion::default();
    for row in tx.query(
        "SELECT t.slug,
                (SELECT count(*) FROM \"user\" u WHERE u.tenant_id = t.id),
                (SELECT count(*) FROM user_group g WHERE g.tenant_id = t.id)
         FROM unnest($1::bigint[]) WITH ORDINALITY AS s(id, n) JOIN tenant t ON t.id = s.id ORDER BY s.n",
        &[&subtree],
    )? {
        report.tenants.push(row.get(0));
        report.users += u64::try_from(row.get::<_, i64>(1)).unwrap_or_default();
        report.groups += u64::try_from(row.get::<_, i64>(2)).unwrap_or_default();
    }
    if !cascade && !report.is_empty_tenant() {
        return Err(
            Error::refused(format!("tenant '{slug}' is not empty: {}", report.contents(slug)))
                .about("tenant.not-empty"),
        );
    }
    Ok(report)
}

pub fn delete_tenant(
    store: &PostgresStore,
    slug: &str,
    cascade: bool,
    dry_run: bool,
) -> Result<TenantDeletion> {
    if dry_run {
        return store.read(|tx| deletion_plan(tx, slug, cascade));
    }
    store.write(|w| {
        let report = deletion_plan(&mut w.tx, slug, cascade)?;
        let id = id_of(&mut w.tx, slug)?;
        let subtree = descendants(&mut w.tx, id)?;
        if course_use_crosses(&mut w.tx, &subtree, false)? {
            return Err(Error::refused(format!(
                "cannot delete '{slug}': tenants outside it still use its courses (assignments, enrollments or completions)"
            ))
            .with_hint("remove those assignments in the other tenants first"));
        }
        for tenant in &subtree {
            // Members go with their groups and users, enrollments and completions with
            // their users (ON DELETE CASCADE); descendants go first, so no user is left
            // who took one of this tenant's courses. The tenant's tally rows go with it
            // (the enrollments' own trigger no longer finds their deleted users).
            for sql in [
                "DELETE FROM assignment WHERE tenant_id = $1",
                "DELETE FROM subject_request WHERE tenant_id = $1",
                "DELETE FROM suppression WHERE tenant_id = $1",
                "DELETE FROM user_group WHERE tenant_id = $1",
                "UPDATE \"user\" SET manager_id = NULL WHERE tenant_id = $1",
                "DELETE FROM \"user\" WHERE tenant_id = $1",
                "DELETE FROM enrollment_tally WHERE tenant_id = $1",
                "DELETE FROM course WHERE tenant_id = $1",
                "DELETE FROM tenant WHERE id = $1",
            ] {
                w.tx.execute(sql, &[tenant])?;
            }
        }
        w.record(
            Some(slug),
            Changed::TenantDeleted {
                tenant_ids: &subtree,
                users: report.users,
                groups: report.groups,
            },
        )?;
        Ok(report)
    })
}
