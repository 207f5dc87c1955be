//! The import of completions: every row names a learner of the tenant, a course of its
//! catalogue and a day that has come; the backend records what the core accepts.

use std::collections::HashMap;

use crate::error::Result;
use crate::model::{CompletionField, CompletionReport, CompletionRow, Course, RowSource, UserSel};
use crate::store::rules::{Changed, CompletionImport, CompletionImportStore, Learner};

use super::check_completion_date;
use crate::core::audit;

/// Runs an import of completions over `store` inside the backend's transaction: the
/// report, and whether to commit (applied, and no row rejected unless `skip_invalid`).
pub fn import_completions(
    import: &CompletionImport<'_>,
    store: &mut dyn CompletionImportStore,
    rows: &mut dyn RowSource<CompletionRow, CompletionField>,
) -> Result<(CompletionReport, bool)> {
    let tenant = import.tenant;
    let mut report = CompletionReport {
        tenant: tenant.to_owned(),
        file: import.file.to_owned(),
        ..CompletionReport::default()
    };
    // Exports name few courses many times: each is looked up once.
    let mut courses: HashMap<String, Option<Course>> = HashMap::new();
    while let Some(row) = rows.next_row()? {
        let user_field = match row.user {
            UserSel::Email(_) => CompletionField::Email,
            _ => CompletionField::ExternalId,
        };
        let user_id = match store.learner(&row.user)? {
            Learner::Found(id) => id,
            Learner::Unknown => {
                rows.reject_current(
                    user_field,
                    &format!("no user of tenant '{tenant}' is '{}'", row.user),
                );
                continue;
            }
            Learner::Erased => {
                rows.reject_current(
                    user_field,
                    &format!(
                        "user {} was erased; nothing can be recorded for them any more",
                        row.user
                    ),
                );
                continue;
            }
        };
        let key = row.course.to_lowercase();
        let course = match courses.get(&key) {
            Some(course) => course.clone(),
            None => {
                let course = store.course(&row.course)?;
                courses.insert(key, course.clone());
                course
            }
        };
        let Some(course) = course else {
            rows.reject_current(
                CompletionField::Course,
                &format!("no course '{}' in the catalogue of '{tenant}'", row.course),
            );
            continue;
        };
        if let Err(message) = check_completion_date(row.date, import.today) {
            rows.reject_current(CompletionField::Date, &message);
            continue;
        }
        if store.record(user_id, &course, row.date, row.score)? {
            report.created += 1;
        } else {
            report.unchanged += 1;
        }
    }
    let summary = rows.finish()?;
    report.rows = summary.rows;
    report.rejected = summary.rejected;
    report.sha256 = summary.sha256;
    let commit = import.apply && (report.rejected == 0 || import.skip_invalid);
    if commit {
        let (action, target) = audit::event(&Changed::CompletionsImported {
            file: import.file,
            report: &report,
        });
        store.audit(action, target)?;
        report.applied = true;
    }
    Ok((report, commit))
}
