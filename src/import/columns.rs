/*!
Matching an export's header row to the fields an import fills.

Headers are compared after normalising case, spaces, punctuation and umlauts, so
`E-Mail`, `e_mail`, `EMAIL` and `E-Mail-Adresse` find the same field, against a
list of German and English names HR and LMS systems use (listed in the README).
`--map SOURCE=FIELD` decides for a header explicitly (FIELD `ignore` drops the
column). The same matching serves every kind of import through [`Field`].
*/

use crate::error::{Error, Result};
use crate::model::UserField;

/// The fields of one kind of import (users, completions).
pub trait Field: Copy + Eq + std::fmt::Debug + 'static {
    const ALL: &'static [Self];
    /// The field's name as `--map` takes it.
    fn name(self) -> &'static str;
    /// Header names that mean this field, normalised (see [`normalise`]).
    fn aliases(self) -> &'static [&'static str];
}

/// Header aliases of user fields, normalised (see [`normalise`]).
const ALIASES: &[(UserField, &[&str])] = &[
    (
        UserField::ExternalId,
        &[
            "externalid",
            "personalnummer",
            "personalnr",
            "persnr",
            "pnr",
            "mitarbeiternummer",
            "mitarbeiternr",
            "mitarbeiterid",
            "employeeid",
            "employeenumber",
            "employeeno",
            "staffid",
            "staffnumber",
            "personnelnumber",
            "personnelno",
        ],
    ),
    (
        UserField::Email,
        &[
            "email",
            "emailadresse",
            "emailaddress",
            "mail",
            "mailadresse",
            "epost",
            "geschaeftlicheemail",
            "workemail",
            "businessemail",
        ],
    ),
    (
        UserField::FirstName,
        &["firstname", "vorname", "givenname", "rufname"],
    ),
    (
        UserField::LastName,
        &["lastname", "nachname", "surname", "familyname", "familienname"],
    ),
    (
        UserField::Department,
        &[
            "department",
            "abteilung",
            "bereich",
            "organisationseinheit",
            "orgeinheit",
            "dept",
        ],
    ),
    (
        UserField::Location,
        &[
            "location",
            "standort",
            "ort",
            "arbeitsort",
            "site",
            "office",
            "niederlassung",
            "werk",
        ],
    ),
    (
        UserField::StartDate,
        &[
            "startdate",
            "eintrittsdatum",
            "eintritt",
            "eintrittam",
            "hiredate",
            "entrydate",
            "joiningdate",
            "dateofjoining",
            "beschaeftigungsbeginn",
        ],
    ),
    (UserField::Locale, &["locale", "sprache", "language", "lang"]),
];

impl Field for UserField {
    const ALL: &'static [Self] = &UserField::ALL;

    fn name(self) -> &'static str {
        UserField::name(self)
    }

    fn aliases(self) -> &'static [&'static str] {
        ALIASES
            .iter()
            .find(|(f, _)| *f == self)
            .map_or(&[], |(_, names)| names)
    }
}

/// Lowercase letters and digits only, with umlauts spelled out: `E-Mail-Adresse`
/// becomes `emailadresse`, `Führungskraft` becomes `fuehrungskraft`.
pub fn normalise(header: &str) -> String {
    let mut out = String::with_capacity(header.len());
    for c in crate::model::value::clean(header)
        .chars()
        .flat_map(char::to_lowercase)
    {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

/// `--map SOURCE=FIELD`: SOURCE is a header, or `#N` for the N-th column (counted from
/// 1, for a file whose headers repeat); FIELD is a field name or `ignore` (checked
/// against the import's fields when the header row is read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    pub source: String,
    /// `None` for `ignore`.
    pub field: Option<String>,
}

impl Mapping {
    /// The column number of a `#N` source (from 1).
    fn position(&self) -> Option<usize> {
        self.source
            .strip_prefix('#')?
            .trim()
            .parse()
            .ok()
            .filter(|n| *n > 0)
    }

    /// Whether this mapping decides for the column `column` (from 0) named `header`.
    fn names(&self, column: usize, header: &str) -> bool {
        match self.position() {
            Some(position) => position == column + 1,
            None => normalise(&self.source) == normalise(header),
        }
    }
}

impl std::str::FromStr for Mapping {
    type Err = String;

    fn from_str(text: &str) -> std::result::Result<Self, String> {
        let (source, field) = text.split_once('=').ok_or_else(|| {
            format!("'{text}' is not a mapping: use SOURCE=FIELD, e.g. 'Mitarbeiter-Nr=external_id'")
        })?;
        let field = field.trim().to_lowercase().replace('-', "_");
        Ok(Mapping {
            source: source.trim().to_owned(),
            field: (field != "ignore").then_some(field),
        })
    }
}

/// Which column holds which field.
#[derive(Debug, Clone)]
pub struct ColumnMap<F: Field> {
    /// The header row as read.
    pub headers: Vec<String>,
    /// For each column, the field it fills.
    pub by_column: Vec<Option<F>>,
    /// For each field (in `F::ALL` order), its column.
    column_of: Vec<Option<usize>>,
    /// Headers that name no field, in file order.
    pub unknown: Vec<String>,
}

fn position<F: Field>(field: F) -> usize {
    F::ALL.iter().position(|f| *f == field).unwrap_or_default()
}

impl<F: Field> ColumnMap<F> {
    pub fn new(headers: Vec<String>, mappings: &[Mapping]) -> Result<Self> {
        let names = || F::ALL.iter().map(|f| f.name()).collect::<Vec<_>>().join(", ");
        let mut explicit = Vec::new();
        for mapping in mappings {
            if !headers
                .iter()
                .enumerate()
                .any(|(column, h)| mapping.names(column, h))
            {
                return Err(Error::usage(format!(
                    "--map {}: the file has no column '{}'; its columns are: {}",
                    mapping.source,
                    mapping.source,
                    headers.join(", ")
                ))
                .with_hint(
                    "name a header as the file spells it, or a column by its number: --map '#3=email'",
                ));
            }
            let field = match &mapping.field {
                None => None,
                Some(name) => Some(F::ALL.iter().copied().find(|f| f.name() == name).ok_or_else(|| {
                    Error::usage(format!(
                        "--map: '{name}' is not a field of this import; use one of {} or ignore",
                        names()
                    ))
                })?),
            };
            explicit.push((mapping, field));
        }
        let mut by_column = Vec::with_capacity(headers.len());
        let mut column_of = vec![None; F::ALL.len()];
        let mut unknown = Vec::new();
        for (column, header) in headers.iter().enumerate() {
            let normalised = normalise(header);
            // A mapping by column number wins over one by name.
            let chosen = explicit
                .iter()
                .find(|(m, _)| m.position().is_some() && m.names(column, header))
                .or_else(|| explicit.iter().find(|(m, _)| m.names(column, header)));
            let field = match chosen {
                Some((_, field)) => *field,
                None => {
                    let field = F::ALL
                        .iter()
                        .copied()
                        .find(|f| f.aliases().contains(&normalised.as_str()));
                    if field.is_none() && !normalised.is_empty() {
                        unknown.push(header.clone());
                    }
                    field
                }
            };
            if let Some(field) = field {
                if let Some(first) = column_of[position(field)] {
                    let other: &String = &headers[first];
                    // Headers spelled alike can only be told apart by their numbers.
                    let (one, two) = if normalise(other) == normalised {
                        (format!("#{}", column + 1), format!("#{}", first + 1))
                    } else {
                        (header.clone(), other.clone())
                    };
                    return Err(Error::invalid(format!(
                        "columns {} ('{other}') and {} ('{header}') both name the field {}",
                        first + 1,
                        column + 1,
                        field.name()
                    ))
                    .with_hint(format!(
                        "choose one with --map '{one}=ignore' or --map '{two}=ignore'"
                    )));
                }
                column_of[position(field)] = Some(column);
            }
            by_column.push(field);
        }
        Ok(ColumnMap {
            headers,
            by_column,
            column_of,
            unknown,
        })
    }

    /// The fields the file carries, in field order.
    pub fn fields(&self) -> Vec<F> {
        F::ALL.iter().copied().filter(|f| self.has(*f)).collect()
    }

    /// The header of the column that holds `field`, else the field's name.
    pub fn header_of(&self, field: F) -> &str {
        self.column_of[position(field)].map_or(field.name(), |c| self.headers[c].as_str())
    }

    /// The column that holds `field`.
    pub fn column(&self, field: F) -> Option<usize> {
        self.column_of[position(field)]
    }

    pub fn has(&self, field: F) -> bool {
        self.column_of[position(field)].is_some()
    }

    /// Fails, before any row is read, when a column the import needs is missing.
    pub fn require(&self, fields: &[F], delimiter: u8) -> Result<()> {
        for field in fields {
            if self.has(*field) {
                continue;
            }
            let delimiter_hint = if self.headers.len() == 1 {
                format!(
                    "; the file was read as one column split by '{}': pass --delimiter if it uses another separator",
                    char::from(delimiter).escape_default()
                )
            } else {
                String::new()
            };
            return Err(Error::invalid(format!(
                "the file has no column for {} (looked for headers such as {}); its columns are: {}{delimiter_hint}",
                field.name(),
                field.aliases().iter().take(4).copied().collect::<Vec<_>>().join(", "),
                self.headers.join(", "),
            ))
            .with_hint(format!("name the column with --map 'HEADER={}'", field.name())));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn german_and_english_headers() {
        let map = ColumnMap::<UserField>::new(
            headers(&[
                "Personal-Nr.",
                "Vorname",
                "NACHNAME",
                "E-Mail-Adresse",
                "Abteilung",
                "Standort",
                "Eintritt",
                "Kostenstelle",
            ]),
            &[],
        )
        .unwrap();
        assert_eq!(
            map.fields(),
            [
                UserField::ExternalId,
                UserField::Email,
                UserField::FirstName,
                UserField::LastName,
                UserField::Department,
                UserField::Location,
                UserField::StartDate
            ]
        );
        assert_eq!(map.unknown, ["Kostenstelle"]);
        let map =
            ColumnMap::<UserField>::new(headers(&["employee_id", "first_name", "Last Name", "email"]), &[])
                .unwrap();
        assert_eq!(map.header_of(UserField::LastName), "Last Name");
    }

    #[test]
    fn explicit_mappings_win() {
        let mappings = [
            "Kennung=external_id".parse().unwrap(),
            "Mail=ignore".parse().unwrap(),
        ];
        let map = ColumnMap::<UserField>::new(headers(&["Kennung", "Mail", "E-Mail"]), &mappings).unwrap();
        assert_eq!(map.header_of(UserField::ExternalId), "Kennung");
        assert_eq!(map.header_of(UserField::Email), "E-Mail");
        let wrong = ColumnMap::<UserField>::new(headers(&["x"]), &["x=nofield".parse().unwrap()]);
        assert!(wrong.unwrap_err().message.contains("not a field"));
        assert!(ColumnMap::<UserField>::new(headers(&["a"]), &["b=email".parse().unwrap()]).is_err());
    }

    #[test]
    fn two_columns_for_one_field_are_an_error() {
        let err = ColumnMap::<UserField>::new(headers(&["Mail", "E-Mail"]), &[]).unwrap_err();
        assert!(err.message.contains("both name the field email"));
        assert!(err.hint.unwrap().contains("--map 'E-Mail=ignore'"));
    }

    #[test]
    fn repeated_headers_are_told_apart_by_their_numbers() {
        let file = headers(&["Personalnummer", "E-Mail", "Vorname", "E-Mail"]);
        let err = ColumnMap::<UserField>::new(file.clone(), &[]).unwrap_err();
        let hint = err.hint.unwrap();
        assert!(hint.contains("--map '#4=ignore' or --map '#2=ignore'"), "{hint}");
        // Following the hint resolves it.
        let map = ColumnMap::<UserField>::new(file, &["#4=ignore".parse().unwrap()]).unwrap();
        assert_eq!(map.column(UserField::Email), Some(1));
        assert_eq!(map.by_column[3], None);
    }
}
