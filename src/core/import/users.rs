/*!
An import of users, run inside a backend's transaction: the rows are diffed against
the tenant ([`Diff`]) and each change is written as it is found; after the last row
the sync guard decides on the absent, and an applied import ends with its `--group`,
the memberships that follow and its audit event ([`finish`]).

Whether anything is kept is decided last (all or nothing, dry run, a refused `sync`):
the backend commits or rolls back as [`import_users`] answers.
*/

use serde_json::json;

use super::diff::{Diff, RowChange, field_changes};
use crate::error::Result;
use crate::model::{Change, ImportReport, ImportRow, ImportSpec, PlanSink, RowSource, UserStatus};
use crate::store::rules::{Conflict, UserImportStore};

/// Runs the import of `rows` over `store`: the report, and whether to commit.
pub fn import_users(
    spec: &ImportSpec,
    store: &mut dyn UserImportStore,
    rows: &mut dyn RowSource,
    sink: &mut dyn PlanSink,
) -> Result<(ImportReport, bool)> {
    sink.begin(&store.state()?)?;
    let mut diff = Diff::new(spec);
    store.users(&mut |user| diff.stored(user))?;
    let mut report = ImportReport::for_spec(spec);
    // The users the rows went through for: they join the `--group`.
    let mut members = Vec::new();

    while let Some(row) = rows.next_row()? {
        let line = row.line;
        let (user_id, reactivate) = match diff.row(&row) {
            RowChange::Reject(field, reason) => {
                rows.reject_current(field, reason);
                continue;
            }
            RowChange::Unchanged { user_id, reactivate } => {
                report.unchanged += 1;
                (user_id, reactivate)
            }
            RowChange::Create => {
                // A person erased earlier is not brought back; only counted, since
                // naming them would say who was erased.
                if store.suppressed(&row)? {
                    report.suppressed += 1;
                    continue;
                }
                match store.create(&row)? {
                    Ok(user_id) => {
                        changed(sink, &mut report, Change::Create { line, row })?;
                        (user_id, false)
                    }
                    Err(conflict) => {
                        rows.reject_current(conflict.field, &held_by_another(&conflict, &row));
                        continue;
                    }
                }
            }
            RowChange::Update { user_id, reactivate } => {
                let changes = field_changes(&spec.columns, store.values(user_id)?, &row);
                match store.update(user_id, &row)? {
                    Ok(()) => {
                        let change = Change::Update {
                            line,
                            user_id,
                            changes,
                            row,
                        };
                        changed(sink, &mut report, change)?;
                        (user_id, reactivate)
                    }
                    Err(conflict) => {
                        rows.reject_current(conflict.field, &held_by_another(&conflict, &row));
                        continue;
                    }
                }
            }
        };
        // Only a row that went through reactivates its user and joins the `--group`.
        if reactivate {
            store.set_status(user_id, UserStatus::Active)?;
            changed(sink, &mut report, Change::Reactivate { line, user_id })?;
        }
        if spec.group.is_some() {
            members.push(user_id);
        }
    }
    store.rows_written()?;
    let source = rows.finish()?;
    report.rows = source.rows;
    report.sha256 = source.sha256;
    // The source counts every rejection, its own and the store's.
    report.rejected = source.rejected;

    let suspensions = diff.suspensions(report.rows, report.rejected)?;
    report.withheld_suspensions = suspensions.withheld;
    for user_id in suspensions.users {
        store.set_status(user_id, UserStatus::Suspended)?;
        changed(sink, &mut report, Change::Suspend { user_id })?;
    }

    let commit = spec.apply && (report.rejected == 0 || spec.skip_invalid);
    if commit {
        finish(spec, store, &mut members, &report, false)?;
        report.applied = true;
    }
    Ok((report, commit))
}

/// A change written: it goes into the plan and the report.
fn changed(sink: &mut dyn PlanSink, report: &mut ImportReport, change: Change) -> Result<()> {
    sink.change(&change)?;
    report.count(&change);
    Ok(())
}

/// Why a row's write was refused: its value of the conflicting field belongs to
/// another user of the tenant.
pub(super) fn held_by_another(conflict: &Conflict, row: &ImportRow) -> String {
    match (conflict.holder, row.get(conflict.field)) {
        (Some(holder), Some(value)) => format!(
            "'{value}' already belongs to user id:{holder}, who is not this row's user; \
             fix the file or change that user with `lmsctl user update id:{holder}`"
        ),
        _ => "conflicts with another user of the tenant".to_owned(),
    }
}

/// What every applied import does last: the `--group` (created if missing) gets the
/// users the rows went through for, rule groups and enrollments follow the changed
/// users, and the audit trail records the import (counts, never people).
pub(super) fn finish(
    spec: &ImportSpec,
    store: &mut dyn UserImportStore,
    members: &mut Vec<i64>,
    report: &ImportReport,
    from_plan: bool,
) -> Result<()> {
    let group_id = match &spec.group {
        Some(name) => {
            members.sort_unstable();
            members.dedup();
            Some(store.join_group(name, members)?)
        }
        None => None,
    };
    // After the `--group` members are in: they may be what an assignment reaches.
    store.refresh_memberships()?;
    store.audit(
        "import.users",
        json!({
            "file": std::path::Path::new(&spec.file).file_name().map(|n| n.to_string_lossy()),
            "sha256": report.sha256,
            "mode": spec.mode,
            "key": spec.key,
            "rows": report.rows,
            "created": report.created,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "reactivated": report.reactivated,
            "suspended": report.suspended,
            "rejected": report.rejected,
            "suppressed": report.suppressed,
            "group_id": group_id,
            "from_plan": from_plan,
        }),
    )
}
