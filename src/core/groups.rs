/*!
Groups: static member lists and rule groups. A group's name and description are
checked here, and its rule is parsed and written in its canonical form before a
backend stores it.
*/

use super::fields::{self, limits};
use super::{Lms, hints};
use crate::error::{Error, Result};
use crate::model::*;
use crate::rule::Rule;

impl Lms {
    pub fn create_group(&self, tenant: &str, group: &NewGroup) -> Result<Group> {
        let group = check_new(group)?;
        self.backend.create_group(tenant, &group).map_err(|e| {
            if e.about == Some("group.exists") {
                return hints::add(
                    e,
                    "choose another name (group names are unique per tenant, ignoring case)",
                );
            }
            hints::explain(e, tenant)
        })
    }

    pub fn groups(&self, tenant: &str) -> Result<Vec<Group>> {
        self.backend.groups(tenant).map_err(|e| hints::explain(e, tenant))
    }

    pub fn group(&self, tenant: &str, name: &str) -> Result<GroupDetail> {
        self.backend
            .group(tenant, name)
            .map_err(|e| hints::explain(e, tenant))
    }

    pub fn delete_group(&self, tenant: &str, name: &str) -> Result<Group> {
        self.backend
            .delete_group(tenant, name)
            .map_err(|e| hints::explain(e, tenant))
    }

    /// Adds (or removes) static members; all selectors are resolved before anything changes.
    pub fn change_members(&self, tenant: &str, group: &str, users: &[UserSel], add: bool) -> Result<Group> {
        self.backend
            .change_members(tenant, group, users, add)
            .map_err(|e| hints::explain(e, tenant))
    }
}

/// A rule as typed, parsed, with an error that points at the mistake.
fn parse_rule(text: &str) -> Result<Rule> {
    fields::check_chars(text, true)
        .and_then(|()| fields::check_length(text, limits::RULE))
        .map_err(|m| Error::invalid(format!("--rule: {m}")).with_hint("write the rule as plain text"))?;
    text.parse::<Rule>().map_err(|e| {
        Error::usage(format!("--rule (column {}): {}", e.column, e.render(text)))
            .with_hint("write rules like: department = \"Vertrieb\" and location in (\"Berlin\", \"Köln\")")
    })
}

/// A new group as a backend takes it: the name and description cleaned and checked,
/// the rule in its canonical form.
pub fn check_new(new: &NewGroup) -> Result<NewGroup> {
    let name = fields::line("group name", &new.name, limits::CODE)?;
    if name.is_empty() {
        return Err(Error::usage("a group needs a name")
            .with_hint("e.g. lmsctl group create ersthelfer --description \"First aiders\""));
    }
    Ok(NewGroup {
        name,
        description: fields::optional_text(
            "--description",
            new.description.as_deref().unwrap_or(""),
            limits::DESCRIPTION,
        )?,
        rule: new
            .rule
            .as_deref()
            .map(|text| parse_rule(text).map(|rule| rule.to_string()))
            .transpose()?,
    })
}
