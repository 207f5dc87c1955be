/*!
Saved plans: what makes one a plan this lmsctl applies, the checks its changes pass
again when it is applied ([`PlanCheck`]), and applying it inside a backend's
transaction ([`apply_plan`]).

A plan is a proposal. Whoever applies it (a local `import apply` of an edited file,
or a client of the server) is trusted no more than the file it was made from: every
change is checked again against the plan's tenant as the store holds it now, and one
change that does not hold refuses the whole plan.
*/

use std::collections::HashMap;

use super::checks::{check_row, check_spec};
use super::users::{finish, held_by_another};
use crate::error::{Error, Result};
use crate::model::value::fold;
use crate::model::{
    Change, ImportKey, ImportMode, ImportReport, ImportRow, ImportSpec, PlanHeader, PlanSource, UserStatus,
};
use crate::store::rules::{PlanTarget, UserImportStore};

/// What makes a header the header of a plan this lmsctl applies.
pub fn check_plan_header(header: &PlanHeader) -> Result<(), String> {
    const FORMAT: &str = PlanHeader::FORMAT;
    const VERSION: u32 = PlanHeader::VERSION;
    if header.format != FORMAT {
        return Err("it is not an lmsctl import plan".to_owned());
    }
    if header.version != VERSION {
        return Err(format!(
            "it is a version {} plan; this lmsctl reads version {VERSION}",
            header.version
        ));
    }
    check_spec(&header.spec)
}

/// What a plan has done to one user so far.
#[derive(Debug, Default, Clone, Copy)]
struct Touched {
    updated: bool,
    reactivated: bool,
    suspended: bool,
}

/// Checks the changes of a plan one by one, then the plan as a whole.
#[derive(Debug, Default)]
pub struct PlanCheck {
    users: HashMap<i64, Touched>,
    suspensions: u64,
}

impl PlanCheck {
    /// Checks one change. `target` is the user the change names (`None`: no such
    /// user in the plan's tenant); creates name none.
    pub fn change(
        &mut self,
        spec: &ImportSpec,
        change: &Change,
        target: Option<&PlanTarget>,
    ) -> Result<(), String> {
        let row_problems = |row: &ImportRow| {
            let problems = check_row(&spec.columns, spec.key, row);
            match problems.first() {
                None => Ok(()),
                Some((field, message)) => Err(format!("{}: {message}", field.name())),
            }
        };
        let user_id = match change {
            Change::Create { row, .. } => {
                if spec.mode == ImportMode::UpdateOnly {
                    return Err("an update-only import creates nobody".to_owned());
                }
                return row_problems(row);
            }
            Change::Update { user_id, .. }
            | Change::Reactivate { user_id, .. }
            | Change::Suspend { user_id } => *user_id,
        };
        let Some(target) = target else {
            return Err(format!(
                "user id:{user_id} is not a user of the tenant '{}'",
                spec.tenant
            ));
        };
        if target.status == UserStatus::Erased {
            return Err(format!(
                "user id:{user_id} was erased; nothing can bring them back"
            ));
        }
        let touched = self.users.entry(user_id).or_default();
        match change {
            Change::Create { .. } => {}
            Change::Update { row, .. } => {
                if spec.mode == ImportMode::CreateOnly {
                    return Err("a create-only import changes nobody".to_owned());
                }
                if touched.updated || touched.suspended {
                    return Err(format!("user id:{user_id} is changed twice"));
                }
                row_problems(row)?;
                let same_key = match (row.get(spec.key.field()), &target.key) {
                    (Some(new), Some(old)) if spec.key == ImportKey::Email => fold(new) == fold(old),
                    (Some(new), Some(old)) => new == old,
                    _ => false,
                };
                if !same_key {
                    return Err(format!(
                        "the row's {} is not that of user id:{user_id}",
                        spec.key.field().describe()
                    ));
                }
                touched.updated = true;
            }
            Change::Reactivate { .. } => {
                if spec.mode != ImportMode::Sync {
                    return Err("only a sync import reactivates users".to_owned());
                }
                if target.status != UserStatus::Suspended || touched.reactivated || touched.suspended {
                    return Err(format!("user id:{user_id} is not a suspended user to reactivate"));
                }
                touched.reactivated = true;
            }
            Change::Suspend { .. } => {
                if spec.mode != ImportMode::Sync {
                    return Err("only a sync import suspends users".to_owned());
                }
                if target.status != UserStatus::Active
                    || touched.updated
                    || touched.reactivated
                    || touched.suspended
                {
                    return Err(format!(
                        "user id:{user_id} is not an active user absent from the file"
                    ));
                }
                touched.suspended = true;
                self.suspensions += 1;
            }
        }
        Ok(())
    }

    /// Checks the plan as a whole once every change was checked: a `sync` keeps to its
    /// limit on the tenant's `active` users, suspends nobody when rows were rejected
    /// or the file had none.
    pub fn finish(
        &self,
        spec: &ImportSpec,
        summary: Option<&ImportReport>,
        active: u64,
    ) -> Result<(), String> {
        if self.suspensions == 0 {
            return Ok(());
        }
        let Some(summary) = summary else {
            return Err("the plan has no summary".to_owned());
        };
        if summary.rows == 0 || summary.rejected > 0 {
            return Err("a sync with rejected rows, or without rows, suspends nobody".to_owned());
        }
        let allowed = spec.max_suspend.allowed(active);
        if self.suspensions > allowed {
            return Err(format!(
                "it suspends {} of the tenant's {active} active users, more than its limit {} allows ({allowed})",
                self.suspensions, spec.max_suspend
            ));
        }
        Ok(())
    }
}

/// Applies a saved plan (its header checked, [`check_plan_header`]) over `store`, if
/// the plan's tenant is still in the state it was made against and every change still holds:
/// a plan is a proposal (it may have been edited, or come from a client), so each
/// change is checked again against the plan's tenant ([`PlanCheck`]); one that does
/// not hold refuses the whole plan.
pub fn apply_plan(store: &mut dyn UserImportStore, plan: &mut dyn PlanSource) -> Result<ImportReport> {
    let header = plan.header().clone();
    let spec = &header.spec;
    if store.state()? != header.store_head {
        return Err(Error::refused(format!(
            "tenant '{}' has changed since this plan was made; applying it could undo those changes. Nothing was changed",
            spec.tenant
        ))
        .with_hint(format!("make a new plan: lmsctl import users {} --plan-out FILE", spec.file)));
    }
    let active = store.active_users()?;
    let mut check = PlanCheck::default();
    let mut report = ImportReport::for_spec(spec);
    let mut members = Vec::new();
    let mut number = 0;
    while let Some(change) = plan.next_change()? {
        number += 1;
        let target = match &change {
            Change::Create { .. } => None,
            Change::Update { user_id, .. }
            | Change::Reactivate { user_id, .. }
            | Change::Suspend { user_id } => store.plan_target(*user_id)?,
        };
        check
            .change(spec, &change, target.as_ref())
            .map_err(|m| refuse_plan(Some(number), &m))?;
        let written = match &change {
            Change::Create { row, .. } => {
                if store.suppressed(row)? {
                    return Err(refuse_plan(
                        Some(number),
                        "it would bring back a person who was erased (the suppression list names them)",
                    ));
                }
                store.create(row)?.map_err(|c| (c, row))
            }
            Change::Update { user_id, row, .. } => store
                .update(*user_id, row)?
                .map(|()| *user_id)
                .map_err(|c| (c, row)),
            Change::Reactivate { user_id, .. } => {
                store.set_status(*user_id, UserStatus::Active)?;
                Ok(*user_id)
            }
            Change::Suspend { user_id } => {
                store.set_status(*user_id, UserStatus::Suspended)?;
                Ok(*user_id)
            }
        };
        let user_id = written.map_err(|(conflict, row)| {
            refuse_plan(
                Some(number),
                &format!("{}: {}", conflict.field.name(), held_by_another(&conflict, row)),
            )
        })?;
        if !matches!(change, Change::Suspend { .. }) {
            members.push(user_id);
        }
        report.count(&change);
    }
    store.rows_written()?;
    check
        .finish(spec, plan.summary(), active)
        .map_err(|m| refuse_plan(None, &m))?;
    if let Some(summary) = plan.summary() {
        report.rows = summary.rows;
        report.unchanged = summary.unchanged;
        report.rejected = summary.rejected;
        report.sha256.clone_from(&summary.sha256);
    }
    // All or nothing holds for plans too: one made from a file with invalid rows
    // applies only if it was made with --skip-invalid.
    if report.rejected > 0 && !spec.skip_invalid {
        return Err(Error::invalid(format!(
            "the plan was made from {} with {} invalid rows and without --skip-invalid, so it cannot be applied; nothing was changed",
            spec.file, report.rejected
        ))
        .with_hint("fix the rows and make a new plan, or make it with --skip-invalid"));
    }
    finish(spec, store, &mut members, &report, true)?;
    report.applied = true;
    Ok(report)
}

/// A plan that does not hold: change `number` (line `number + 1` of a plan file, after
/// its header), or the plan as a whole.
pub(super) fn refuse_plan(number: Option<u64>, reason: &str) -> Error {
    let place = match number {
        Some(number) => format!("change {number} of the plan (line {} of its file)", number + 1),
        None => "the plan".to_owned(),
    };
    Error::invalid(format!(
        "{place} does not hold: {reason}; the plan was refused and nothing was changed"
    ))
    .with_hint("make a new plan with `lmsctl import users FILE --plan-out PLAN` and apply it unedited")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::import::checks::tests::{anna, spec};

    #[test]
    fn a_plan_touches_only_its_tenants_living_users() {
        let spec = spec(ImportMode::Sync);
        let active = PlanTarget {
            status: UserStatus::Active,
            key: Some("A1".into()),
        };
        let update = Change::Update {
            line: 2,
            user_id: 1,
            changes: vec![],
            row: anna(),
        };
        let mut check = PlanCheck::default();
        assert!(
            check
                .change(&spec, &update, None)
                .unwrap_err()
                .contains("not a user of")
        );
        let erased = PlanTarget {
            status: UserStatus::Erased,
            key: None,
        };
        let revive = Change::Reactivate { line: 2, user_id: 3 };
        assert!(
            check
                .change(&spec, &revive, Some(&erased))
                .unwrap_err()
                .contains("erased")
        );
        let someone_else = PlanTarget {
            status: UserStatus::Active,
            key: Some("B7".into()),
        };
        assert!(
            check
                .change(&spec, &update, Some(&someone_else))
                .unwrap_err()
                .contains("not that of")
        );
        assert!(check.change(&spec, &update, Some(&active)).is_ok());
        assert!(
            check
                .change(&spec, &update, Some(&active))
                .unwrap_err()
                .contains("twice")
        );
        let suspend = Change::Suspend { user_id: 1 };
        assert!(check.change(&spec, &suspend, Some(&active)).is_err());
    }

    #[test]
    fn a_plans_suspensions_keep_to_their_limit() {
        let spec = spec(ImportMode::Sync);
        let mut check = PlanCheck::default();
        let active = PlanTarget {
            status: UserStatus::Active,
            key: Some("X".into()),
        };
        for user_id in 1..=2 {
            check
                .change(&spec, &Change::Suspend { user_id }, Some(&active))
                .unwrap();
        }
        let summary = ImportReport {
            rows: 18,
            ..ImportReport::default()
        };
        assert!(check.finish(&spec, Some(&summary), 20).is_ok());
        assert!(
            check
                .finish(&spec, Some(&summary), 19)
                .unwrap_err()
                .contains("more than its limit")
        );
        let rejected = ImportReport {
            rejected: 1,
            ..summary.clone()
        };
        assert!(check.finish(&spec, Some(&rejected), 20).is_err());
        assert!(check.finish(&spec, None, 20).is_err());
        let upsert = super::tests::spec(ImportMode::Upsert);
        assert!(
            PlanCheck::default()
                .change(&upsert, &Change::Suspend { user_id: 1 }, Some(&active))
                .is_err()
        );
    }
}
