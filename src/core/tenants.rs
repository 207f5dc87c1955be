/*!
Tenants (Mandanten) and their tree: what a tenant's slug, name, domain, colour and
retention policy may be, before a backend creates or changes one.
*/

use super::fields::{self, limits};
use super::{Lms, hints};
use crate::error::{Error, Result};
use crate::model::value::{Period, check_colour, check_slug, clean, clean_optional};
use crate::model::{NewTenant, Tenant, TenantDeletion, TenantPatch};

impl Lms {
    pub fn create_tenant(&self, tenant: &NewTenant) -> Result<Tenant> {
        let tenant = check_new(tenant)?;
        self.backend
            .create_tenant(&tenant)
            .map_err(|e| explain(e, &tenant.slug))
    }

    pub fn tenants(&self) -> Result<Vec<Tenant>> {
        self.backend.tenants().map_err(hints::explain_store)
    }

    pub fn tenant(&self, slug: &str) -> Result<Tenant> {
        self.backend.tenant(slug).map_err(|e| explain(e, slug))
    }

    pub fn update_tenant(&self, slug: &str, patch: &TenantPatch) -> Result<Tenant> {
        let patch = check_patch(patch)?;
        self.backend
            .update_tenant(slug, &patch)
            .map_err(|e| explain(e, slug))
    }

    /// Deletes a tenant. Without `cascade` it must have no users, groups or children.
    /// With `dry_run` nothing is deleted and the report says what would be.
    pub fn delete_tenant(&self, slug: &str, cascade: bool, dry_run: bool) -> Result<TenantDeletion> {
        self.backend
            .delete_tenant(slug, cascade, dry_run)
            .map_err(|e| explain(e, slug))
    }
}

/// The hints of the tenant area's refusals.
fn explain(err: Error, slug: &str) -> Error {
    let hint = match err.about {
        Some("tenant.exists") => "choose another slug, or change it with `lmsctl tenant update`",
        Some("tenant.parent") => "create the parent first, or check the slug with `lmsctl tenant list`",
        Some("tenant.move.shared") => {
            "remove those assignments first (`lmsctl assign list`), then move the tenant"
        }
        Some("tenant.move.cycle") => {
            "choose a parent outside the tree below it, or --parent \"\" for a top-level tenant"
        }
        Some("tenant.not-empty") => "move or delete them first, or delete everything with --cascade",
        _ => return hints::explain(err, slug),
    };
    hints::add(err, hint)
}

fn field_error(field: &str, message: String, hint: &str) -> Error {
    Error::invalid(format!("{field}: {message}")).with_hint(hint)
}

/// A brand colour (`#rrggbb`), `None` when empty.
fn checked_colour(colour: &str) -> Result<Option<String>> {
    let colour = clean_optional(colour);
    if let Some(colour) = &colour {
        check_colour(colour).map_err(|m| {
            field_error(
                "--brand-color",
                m,
                "quote the colour, e.g. --brand-color '#0055aa' (an unquoted # starts a comment in the shell)",
            )
        })?;
    }
    Ok(colour)
}

/// A display name, which a tenant cannot be without.
fn name(name: &str, empty: &'static str, example: &'static str) -> Result<String> {
    let name = fields::line("--name", name, limits::NAME)?;
    if name.is_empty() {
        return Err(Error::usage(empty).with_hint(example));
    }
    Ok(name)
}

/// A new tenant as a backend takes it: every field cleaned and checked, empty
/// optional fields `None`.
pub fn check_new(new: &NewTenant) -> Result<NewTenant> {
    let slug = clean(&new.slug);
    check_slug(&slug).map_err(|m| {
        field_error(
            "slug",
            m,
            "e.g. lmsctl tenant create acme-berlin --name \"Acme Berlin\" (the name may be anything)",
        )
    })?;
    Ok(NewTenant {
        slug,
        name: name(
            &new.name,
            "a tenant needs a name",
            "pass its display name, e.g. --name \"Acme GmbH\"",
        )?,
        parent: new.parent.as_deref().and_then(clean_optional),
        domain: fields::optional_line("--domain", new.domain.as_deref().unwrap_or(""), limits::DOMAIN)?,
        brand_color: checked_colour(new.brand_color.as_deref().unwrap_or(""))?,
    })
}

/// Changes as a backend takes them: each given field cleaned and checked (`Some("")`
/// still clears an optional one), a retention policy in months (`36m`).
pub fn check_patch(patch: &TenantPatch) -> Result<TenantPatch> {
    let checked = TenantPatch {
        name: patch
            .name
            .as_deref()
            .map(|n| {
                name(
                    n,
                    "a tenant's name cannot be empty",
                    "give the new display name, e.g. --name \"Acme GmbH\"",
                )
            })
            .transpose()?,
        parent: patch.parent.as_deref().map(clean),
        domain: patch
            .domain
            .as_deref()
            .map(|d| fields::optional_line("--domain", d, limits::DOMAIN).map(Option::unwrap_or_default))
            .transpose()?,
        brand_color: patch
            .brand_color
            .as_deref()
            .map(|c| checked_colour(c).map(Option::unwrap_or_default))
            .transpose()?,
        retention_inactive: patch
            .retention_inactive
            .as_deref()
            .map(retention_months)
            .transpose()?,
    };
    if checked.name.is_none()
        && checked.parent.is_none()
        && checked.domain.is_none()
        && checked.brand_color.is_none()
        && checked.retention_inactive.is_none()
    {
        return Err(Error::usage("nothing to change").with_hint(
            "pass at least one of --name, --parent, --domain, --brand-color, --retention-inactive",
        ));
    }
    Ok(checked)
}

/// A retention policy as months (`36m`), or `""` for none.
fn retention_months(text: &str) -> Result<String> {
    let Some(text) = clean_optional(text) else {
        return Ok(String::new());
    };
    match text.parse::<Period>() {
        Ok(Period::Months(months)) => Ok(format!("{months}m")),
        Ok(Period::Days(_)) => Err(Error::usage(format!(
            "--retention-inactive {text}: the policy is kept in months or years"
        ))
        .with_hint("give months or years, e.g. 36m or 3y")),
        Err(message) => Err(Error::usage(format!("--retention-inactive: {message}"))
            .with_hint("give months or years, e.g. 36m or 3y, or \"\" to remove the policy")),
    }
}
