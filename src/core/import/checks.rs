/*!
The checks an import's parts pass wherever they come from: the rows of a file read
here, rows a client sent to `lmsctl serve`, the options of either, or the changes of
a saved plan ([`super::plan`]).
*/

use chrono::NaiveDate;

use crate::core::fields::{check_email, check_line, limits};
use crate::model::value::{check_locale, check_slug, iso_date, parse_date};
use crate::model::{
    CompletionField, CompletionRow, ImportKey, ImportMode, ImportRow, ImportSpec, SuspendLimit, UserField,
    UserSel,
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

/// Why a completion cannot be recorded on `date` when it is `today`.
pub fn check_completion_date(date: NaiveDate, today: NaiveDate) -> Result<(), String> {
    if date > today {
        return Err(format!(
            "{} is in the future: a completion cannot be (today is {})",
            iso_date(date),
            iso_date(today)
        ));
    }
    Ok(())
}

#[cfg(test)]
pub(in crate::core::import) mod tests {
    use super::*;

    pub(in crate::core::import) fn spec(mode: ImportMode) -> ImportSpec {
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

    pub(in crate::core::import) fn row(values: &[(UserField, &str)]) -> ImportRow {
        let mut row = ImportRow::new(2);
        for (field, value) in values {
            row.set(*field, value);
        }
        row
    }

    pub(in crate::core::import) fn anna() -> ImportRow {
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
    fn a_completion_is_never_in_the_future() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        assert!(check_completion_date(today, today).is_ok());
        let tomorrow = today.succ_opt().unwrap();
        assert_eq!(
            check_completion_date(tomorrow, today).unwrap_err(),
            "2026-11-03 is in the future: a completion cannot be (today is 2026-11-02)"
        );
    }
}
