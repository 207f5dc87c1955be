//! `lmsctl tenant ...`: the tenant tree.

use clap::{Args, Subcommand};

use super::Context;
use crate::error::Result;
use crate::model::{NewTenant, Tenant, TenantPatch};
use crate::output::Columns;

impl Columns for Tenant {
    const COLUMNS: &'static [&'static str] = &["slug", "name", "parent", "domain", "brand_color", "users"];
}

#[derive(Debug, Subcommand)]
pub enum TenantCommand {
    /// Create a tenant, optionally as the child of another.
    Create(CreateArgs),
    /// List all tenants.
    List,
    /// Show one tenant.
    Show {
        /// The tenant's slug.
        slug: String,
    },
    /// Change a tenant's name, parent, domain or brand colour.
    Update(UpdateArgs),
    /// Delete a tenant (asks for confirmation; --yes in scripts).
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Short unique name: lowercase letters, digits and '-' (e.g. acme-berlin).
    slug: String,
    /// Display name.
    #[arg(long)]
    name: String,
    /// Slug of the parent tenant (for client academies).
    #[arg(long)]
    parent: Option<String>,
    /// The tenant's domain, e.g. academy.example.com.
    #[arg(long)]
    domain: Option<String>,
    /// Brand colour as #RRGGBB.
    #[arg(long)]
    brand_color: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    slug: String,
    #[arg(long)]
    name: Option<String>,
    /// New parent slug; "" makes it a top-level tenant.
    #[arg(long)]
    parent: Option<String>,
    /// New domain; "" removes it.
    #[arg(long)]
    domain: Option<String>,
    /// New brand colour (#RRGGBB); "" removes it.
    #[arg(long)]
    brand_color: Option<String>,
    /// Retention policy: users inactive this long (e.g. 3y, 36m) are anonymised by
    /// `lmsctl gdpr retention run`; "" removes the policy.
    #[arg(long, value_name = "PERIOD")]
    retention_inactive: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    slug: String,
    /// Also delete the tenant's users, groups and child tenants.
    #[arg(long)]
    cascade: bool,
}

pub fn run(ctx: &Context, cmd: TenantCommand) -> Result<()> {
    match cmd {
        TenantCommand::Create(args) => {
            let tenant = ctx.store()?.create_tenant(&NewTenant {
                slug: args.slug,
                name: args.name,
                parent: args.parent,
                domain: args.domain,
                brand_color: args.brand_color,
            })?;
            ctx.out.status(format!("created tenant '{}'", tenant.slug));
            ctx.out.record(&tenant)
        }
        TenantCommand::List => ctx.out.list(&ctx.store()?.tenants()?),
        TenantCommand::Show { slug } => ctx.out.record(&ctx.store()?.tenant(&slug)?),
        TenantCommand::Update(args) => {
            let tenant = ctx.store()?.update_tenant(
                &args.slug,
                &TenantPatch {
                    name: args.name,
                    parent: args.parent,
                    domain: args.domain,
                    brand_color: args.brand_color,
                    retention_inactive: args.retention_inactive,
                },
            )?;
            ctx.out.status(format!("updated tenant '{}'", tenant.slug));
            ctx.out.record(&tenant)
        }
        TenantCommand::Delete(args) => {
            let store = ctx.store()?;
            let preview = store.delete_tenant(&args.slug, args.cascade, true)?;
            let question = if preview.is_empty_tenant() {
                format!("Delete tenant '{}'?", args.slug)
            } else {
                format!(
                    "Delete tenant '{}'? {}; all of it goes.",
                    args.slug,
                    preview.contents(&args.slug)
                )
            };
            ctx.confirm(&question)?;
            let deleted = store.delete_tenant(&args.slug, args.cascade, false)?;
            ctx.out.status(format!("deleted tenant '{}'", args.slug));
            ctx.out.record(&deleted)
        }
    }
}
