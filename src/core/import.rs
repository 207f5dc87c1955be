/*!
The checks an import passes wherever its parts come from: the rows of a file read
here, rows a client sent to `lmsctl serve`, or the changes of a saved plan.

A plan is a proposal. Whoever applies it (a local `import apply` of an edited file,
or a client of the server) is trusted no more than the file it was made from: every
change is checked again against the plan's tenant as the store holds it now
([`PlanCheck`]), and one change that does not hold refuses the whole plan.
*/

use std::collections::HashMap;

use super::fields::{check_email, check_line, limits};
use crate::model::value::{check_locale, check_slug, fold, iso_date, parse_date};
use crate::model::{
    Change, CompletionField, CompletionRow, ImportKey, ImportMode, ImportReport, ImportRow, ImportSpec,
    PlanHeader, SuspendLimit, UserField, UserSel, UserStatus,
};

/// Why `value` (clean: trimmed, NFC) is no value for `field`.
pub fn check_user_value(field: UserField, value: &str) -> Result<(), String> {
    match field {
        UserField::Email => check_email(value),
        UserField::ExternalId => check_line(value, limits::EXTERNAL_ID),
        UserField::FirstName | UserField::LastName | UserField::Department | UserField::Location => {
            check_line(value, limits::NAME)
        }
        UserField::Locale => check_line(value, limits::LOCALE).and_then(|()| check_locale(value)),
        UserField::StartDate => {
            let iso = value.len() == 10 && value.as_bytes()[4] == b'-' && value.as_bytes()[7] == b'-';
            if !iso {
                return Err(format!("'{value}' is not a date in the form YYYY-MM-DD"));
            }
            parse_date(value).map(|_| ())
        }
    }
}

/// The problems of one row, by field: an empty key or required name, a value for a
/// field the import has no column for, and every value by its field's rules.
pub fn check_row(columns: &[UserField], key: ImportKey, row: &ImportRow) -> Vec<(UserField, String)> {
    let mut problems = Vec::new();
    let mut carries = [false; UserField::ALL.len()];
    for column in columns {
        carries[column.index()] = true;
    }
    for field in UserField::ALL {
        let value = row.get(field);
        let carried = carries[field.index()];
        match value {
            Some(_) if !carried => problems.push((
                field,
                format!("has a value, but the import has no {} column", field.describe()),
            )),
            Some(value) => {
                if let Err(message) = check_user_value(field, value) {
                    problems.push((field, message));
                }
            }
            None if carried && (field == key.field() || field.required_for_create()) => {
                problems.push((
                    field,
                    format!("is empty, but every user needs a {}", field.describe()),
                ));
            }
            None => {}
        }
    }
    problems
}

/// Why an import's options cannot be used (they may come from a client, or a plan file).
pub fn check_spec(spec: &ImportSpec) -> Result<(), String> {
    check_slug(&spec.tenant)?;
    let mut seen = Vec::with_capacity(spec.columns.len());
    for column in &spec.columns {
        if seen.contains(column) {
            return Err(format!("the column {} is named twice", column.name()));
        }
        seen.push(*column);
    }
    if !spec.columns.contains(&spec.key.field()) {
        return Err(format!(
            "the import is keyed by {}, but has no such column",
            spec.key.field().name()
        ));
    }
    if spec.mode != ImportMode::UpdateOnly
        && let Some(missing) = [UserField::Email, UserField::FirstName, UserField::LastName]
            .into_iter()
            .find(|f| !spec.columns.contains(f))
    {
        return Err(format!(
            "new users need a {}, but the import has no {} column",
            missing.describe(),
            missing.name()
        ));
    }
    if let Some(group) = &spec.group {
        check_line(group, limits::CODE).map_err(|m| format!("the group name {m}"))?;
        if group.is_empty() {
            return Err("the group name is empty".to_owned());
        }
    }
    check_file_name(&spec.file)?;
    if let SuspendLimit::Percent(p) = spec.max_suspend
        && !(0.0..=100.0).contains(&p)
    {
        return Err(format!("the suspension limit {p}% is not a percentage"));
    }
    Ok(())
}

/// The name of an imported file, as reports and the audit trail record it.
pub fn check_file_name(file: &str) -> Result<(), String> {
    check_line(file, limits::FILE_NAME).map_err(|m| format!("the file name {m}"))
}

/// The problems of one completion row, by field (the same for a file read here and
/// rows a client sent to the server).
pub fn check_completion(row: &CompletionRow) -> Vec<(CompletionField, String)> {
    let mut problems = Vec::new();
    match &row.user {
        UserSel::Email(email) => {
            if let Err(message) = check_email(email) {
                problems.push((CompletionField::Email, message));
            }
        }
        UserSel::ExternalId(id) => {
            if let Err(message) = check_line(id, limits::EXTERNAL_ID) {
                problems.push((CompletionField::ExternalId, message));
            }
        }
        UserSel::Id(_) => {}
    }
    if row.course.is_empty() || row.course != crate::model::value::clean(&row.course) {
        problems.push((
            CompletionField::Course,
            "is empty or has spaces around it; give the course code".to_owned(),
        ));
    } else if let Err(message) = check_line(&row.course, limits::CODE) {
        problems.push((CompletionField::Course, message));
    }
    if let Err(message) = parse_date(&iso_date(row.date)) {
        problems.push((CompletionField::Date, message));
    }
    if let Some(score) = row.score
        && !(0.0..=100.0).contains(&score)
    {
        problems.push((
            CompletionField::Score,
            format!("{score} is not a score: use a number from 0 to 100"),
        ));
    }
    problems
}

/// What makes a header the header of a plan this lmsctl applies.
pub fn check_plan_header(header: &PlanHeader) -> Result<(), String> {
    use crate::import::plan::{FORMAT, VERSION};
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

/// A user a plan's change names, as the store holds them now in the plan's tenant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub status: UserStatus,
    /// The value of the import's key field.
    pub key: Option<String>,
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
        target: Option<&Target>,
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

impl super::Lms {
    /// Imports users: diffs the rows against the tenant and applies the changes in one
    /// transaction, or none of them (dry run, rejected rows without `skip_invalid`,
    /// a refused `sync`). Every planned change is also handed to `plan`.
    pub fn import_users(
        &self,
        spec: &ImportSpec,
        rows: &mut dyn crate::model::RowSource,
        plan: &mut dyn crate::model::PlanSink,
    ) -> crate::error::Result<ImportReport> {
        self.backend.import_users(spec, rows, plan)
    }

    /// Applies a plan saved by an earlier dry run, if the store has not changed since.
    pub fn apply_import_plan(
        &self,
        plan: &mut dyn crate::model::PlanSource,
    ) -> crate::error::Result<ImportReport> {
        self.backend.apply_import_plan(plan)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SuspendLimit;

    fn spec(mode: ImportMode) -> ImportSpec {
        ImportSpec {
            tenant: "acme-koeln".into(),
            key: ImportKey::ExternalId,
            mode,
            columns: vec![
                UserField::ExternalId,
                UserField::Email,
                UserField::FirstName,
                UserField::LastName,
            ],
            max_suspend: SuspendLimit::Percent(10.0),
            group: None,
            apply: true,
            skip_invalid: false,
            file: "k.csv".into(),
        }
    }

    fn row(values: &[(UserField, &str)]) -> ImportRow {
        let mut row = ImportRow::new(2);
        for (field, value) in values {
            row.set(*field, value);
        }
        row
    }

    fn anna() -> ImportRow {
        row(&[
            (UserField::ExternalId, "A1"),
            (UserField::Email, "anna@acme.de"),
            (UserField::FirstName, "Anna"),
            (UserField::LastName, "Acme"),
        ])
    }

    #[test]
    fn rows_are_checked_field_by_field() {
        let columns = spec(ImportMode::Upsert).columns;
        assert!(check_row(&columns, ImportKey::ExternalId, &anna()).is_empty());
        let bad = row(&[
            (UserField::ExternalId, "A1"),
            (UserField::Email, "not an email"),
            (UserField::FirstName, "An\u{1b}na"),
            (UserField::Department, "Sales"),
        ]);
        let fields: Vec<UserField> = check_row(&columns, ImportKey::ExternalId, &bad)
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        assert_eq!(
            fields,
            [
                UserField::Email,
                UserField::FirstName,
                UserField::LastName,
                UserField::Department
            ]
        );
        assert!(check_user_value(UserField::StartDate, "2020-01-31").is_ok());
        assert!(check_user_value(UserField::StartDate, "31.01.2020").is_err());
    }

    #[test]
    fn specs_from_clients_are_checked() {
        assert!(check_spec(&spec(ImportMode::Upsert)).is_ok());
        let mut bad = spec(ImportMode::Upsert);
        bad.columns.push(UserField::Email);
        assert!(check_spec(&bad).unwrap_err().contains("twice"));
        let mut bad = spec(ImportMode::Upsert);
        bad.columns.retain(|c| *c != UserField::LastName);
        assert!(check_spec(&bad).unwrap_err().contains("last name"));
        let mut bad = spec(ImportMode::Upsert);
        bad.file = "x\u{202e}vsc.exe".into();
        assert!(check_spec(&bad).is_err());
        let mut bad = spec(ImportMode::Upsert);
        bad.max_suspend = SuspendLimit::Percent(f64::NAN);
        assert!(check_spec(&bad).is_err());
    }

    #[test]
    fn a_plan_touches_only_its_tenants_living_users() {
        let spec = spec(ImportMode::Sync);
        let active = Target {
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
        let erased = Target {
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
        let someone_else = Target {
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
        let active = Target {
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
