//! `lmsctl group ...`: static and rule-based groups.

use clap::{Args, Subcommand};

use super::Context;
use crate::error::Result;
use crate::model::{Group, GroupMember, NewGroup, UserSel};
use crate::output::{Columns, Format};

impl Columns for Group {
    const COLUMNS: &'static [&'static str] = &["name", "members", "rule", "description"];
}

impl Columns for GroupMember {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "external_id",
        "email",
        "first_name",
        "last_name",
        "department",
        "location",
        "status",
        "via",
    ];
}

#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    /// Create a group: static, or with a membership rule.
    Create(CreateArgs),
    /// List the tenant's groups with their member counts.
    List,
    /// List a group's members (-o json: the group with its members).
    Show { name: String },
    /// Delete a group (its members stay; asks for confirmation; --yes in scripts).
    Delete { name: String },
    /// Add users to a group as static members.
    AddMember(MemberArgs),
    /// Remove static members from a group.
    RemoveMember(MemberArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    name: String,
    #[arg(long)]
    description: Option<String>,
    /// Membership rule over user fields, kept up to date on every change, e.g.
    /// 'department = "Vertrieb" and location in ("Berlin", "Köln")'.
    /// Fields: department, location, locale, status, external_id, email, first_name,
    /// last_name, start_date, role. Operators: = != in, not in, contains, starts_with,
    /// ends_with, and < <= > >= on start_date; combine with and, or, not, ( ).
    #[arg(long)]
    rule: Option<String>,
}

#[derive(Debug, Args)]
pub struct MemberArgs {
    /// The group.
    name: String,
    /// Users: id:N, e-mail or external id.
    #[arg(required = true, value_name = "USER")]
    users: Vec<UserSel>,
}

pub fn run(ctx: &Context, cmd: GroupCommand) -> Result<()> {
    let tenant = ctx.tenant()?;
    match cmd {
        GroupCommand::Create(args) => {
            let group = ctx.store()?.create_group(
                tenant,
                &NewGroup {
                    name: args.name,
                    description: args.description,
                    rule: args.rule,
                },
            )?;
            ctx.out.status(format!(
                "created group '{}' with {} members",
                group.name, group.members
            ));
            ctx.out.record(&group)
        }
        GroupCommand::List => ctx.out.list(&ctx.store()?.groups(tenant)?),
        GroupCommand::Show { name } => {
            let detail = ctx.store()?.group(tenant, &name)?;
            match ctx.args.output {
                Format::Json => ctx.out.record(&detail),
                // For people: the group and its rule, then who is in it (if anyone).
                Format::Table => {
                    ctx.out.record(&detail.group)?;
                    if detail.member_list.is_empty() {
                        ctx.out.status("(no members)");
                        Ok(())
                    } else {
                        ctx.out.text("\n")?;
                        ctx.out.list(&detail.member_list)
                    }
                }
                _ => ctx.out.list(&detail.member_list),
            }
        }
        GroupCommand::Delete { name } => {
            let store = ctx.store()?;
            let group = store.group(tenant, &name)?.group;
            ctx.confirm(&format!(
                "Delete group '{}' of tenant '{tenant}' ({} members; the users stay, course assignments to the group are removed)?",
                group.name, group.members
            ))?;
            let deleted = store.delete_group(tenant, &name)?;
            ctx.out.status(format!("deleted group '{}'", deleted.name));
            ctx.out.record(&deleted)
        }
        GroupCommand::AddMember(args) => change(ctx, tenant, &args, true),
        GroupCommand::RemoveMember(args) => change(ctx, tenant, &args, false),
    }
}

fn change(ctx: &Context, tenant: &str, args: &MemberArgs, add: bool) -> Result<()> {
    let group = ctx
        .store()?
        .change_members(tenant, &args.name, &args.users, add)?;
    ctx.out
        .status(format!("group '{}' has {} members", group.name, group.members));
    ctx.out.record(&group)
}
