/*!
Matching an export's header row to user fields.

Headers are compared after normalising case, spaces, punctuation and umlauts, so
`E-Mail`, `e_mail`, `EMAIL` and `E-Mail-Adresse` find the same field, against a
list of German and English names HR systems use (listed in the README). `--map
SOURCE=FIELD` decides for a header explicitly (FIELD `ignore` drops the column).
*/

use crate::error::{Error, Result};
use crate::model::UserField;

/// Header aliases, normalised (see [`normalise`]).
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

/// The field a normalised header names, by alias.
fn by_alias(normalised: &str) -> Option<UserField> {
    ALIASES
        .iter()
        .find(|(_, names)| names.contains(&normalised))
        .map(|(field, _)| *field)
}

/// All aliases of a field, for the README and error messages.
pub fn aliases(field: UserField) -> &'static [&'static str] {
    ALIASES
        .iter()
        .find(|(f, _)| *f == field)
        .map_or(&[], |(_, names)| names)
}

/// `--map SOURCE=FIELD`: FIELD is a user field or `ignore`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    pub source: String,
    pub field: Option<UserField>,
}

impl std::str::FromStr for Mapping {
    type Err = String;

    fn from_str(text: &str) -> std::result::Result<Self, String> {
        let (source, field) = text.split_once('=').ok_or_else(|| {
            format!("'{text}' is not a mapping: use SOURCE=FIELD, e.g. 'Mitarbeiter-Nr=external_id'")
        })?;
        let field = match field.trim() {
            "ignore" => None,
            name => Some(UserField::from_name(name).ok_or_else(|| {
                let names: Vec<&str> = UserField::ALL.iter().map(|f| f.name()).collect();
                format!(
                    "'{name}' is not a user field; use one of {} or ignore",
                    names.join(", ")
                )
            })?),
        };
        Ok(Mapping {
            source: source.trim().to_owned(),
            field,
        })
    }
}

/// Which column holds which field.
#[derive(Debug, Clone)]
pub struct ColumnMap {
    /// The header row as read.
    pub headers: Vec<String>,
    /// For each column, the field it fills.
    pub by_column: Vec<Option<UserField>>,
    /// For each field (by [`UserField::index`]), its column.
    pub column_of: [Option<usize>; 8],
    /// Headers that name no field, in file order.
    pub unknown: Vec<String>,
}

impl ColumnMap {
    pub fn new(headers: Vec<String>, mappings: &[Mapping]) -> Result<ColumnMap> {
        let mut by_column = Vec::with_capacity(headers.len());
        let mut column_of = [None; 8];
        let mut unknown = Vec::new();
        for mapping in mappings {
            if !headers.iter().any(|h| normalise(h) == normalise(&mapping.source)) {
                return Err(Error::usage(format!(
                    "--map {}: the file has no column '{}'; its columns are: {}",
                    mapping.source,
                    mapping.source,
                    headers.join(", ")
                )));
            }
        }
        for (column, header) in headers.iter().enumerate() {
            let normalised = normalise(header);
            let field = match mappings.iter().find(|m| normalise(&m.source) == normalised) {
                Some(mapping) => mapping.field,
                None => {
                    let field = by_alias(&normalised);
                    if field.is_none() && !normalised.is_empty() {
                        unknown.push(header.clone());
                    }
                    field
                }
            };
            if let Some(field) = field {
                if let Some(other) = column_of[field.index()] {
                    return Err(Error::invalid(format!(
                        "columns '{}' and '{header}' both name the field {}",
                        headers[other],
                        field.name()
                    ))
                    .with_hint(format!(
                        "choose one with --map '{header}=ignore' or --map '{}=ignore'",
                        headers[other]
                    )));
                }
                column_of[field.index()] = Some(column);
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
    pub fn fields(&self) -> Vec<UserField> {
        UserField::ALL
            .into_iter()
            .filter(|f| self.column_of[f.index()].is_some())
            .collect()
    }

    /// The header of the column that holds `field`, else the field's name.
    pub fn header_of(&self, field: UserField) -> &str {
        self.column_of[field.index()].map_or(field.name(), |c| self.headers[c].as_str())
    }

    pub fn has(&self, field: UserField) -> bool {
        self.column_of[field.index()].is_some()
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
        let map = ColumnMap::new(
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
        let map = ColumnMap::new(headers(&["employee_id", "first_name", "Last Name", "email"]), &[]).unwrap();
        assert_eq!(map.header_of(UserField::LastName), "Last Name");
    }

    #[test]
    fn explicit_mappings_win() {
        let mappings = [
            "Kennung=external_id".parse().unwrap(),
            "Mail=ignore".parse().unwrap(),
        ];
        let map = ColumnMap::new(headers(&["Kennung", "Mail", "E-Mail"]), &mappings).unwrap();
        assert_eq!(map.column_of[UserField::ExternalId.index()], Some(0));
        assert_eq!(map.column_of[UserField::Email.index()], Some(2));
        assert!("x=nofield".parse::<Mapping>().is_err());
        assert!(ColumnMap::new(headers(&["a"]), &["b=email".parse().unwrap()]).is_err());
    }

    #[test]
    fn two_columns_for_one_field_are_an_error() {
        let err = ColumnMap::new(headers(&["Mail", "E-Mail"]), &[]).unwrap_err();
        assert!(err.message.contains("both name the field email"));
    }
}
