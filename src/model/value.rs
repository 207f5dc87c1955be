/*!
Validation and normalisation of the values people type or HR systems export:
slugs, e-mail addresses, dates, colours, locales and role names.

Every check returns a message that names the rule broken, so callers can prefix
the field (and, for imports, the file and line) and hand it to the user as is.
*/

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Trims whitespace (including non-breaking spaces) and normalises to NFC, so that
/// "Müller" typed on macOS (decomposed) and exported by SAP (composed) compare equal.
pub fn clean(text: &str) -> String {
    clean_cow(text).into_owned()
}

/// [`clean`] without copying when the text is already clean (the common case).
pub fn clean_cow(text: &str) -> Cow<'_, str> {
    let trimmed = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}');
    if trimmed.is_ascii() || is_nfc_quick(trimmed.chars()) == IsNormalized::Yes {
        Cow::Borrowed(trimmed)
    } else {
        Cow::Owned(trimmed.nfc().collect())
    }
}

/// Case folding for comparisons of names and e-mail addresses: lowercase, Unicode-aware
/// (`ÖZTÜRK` and `Öztürk` fold alike; SQLite's own `lower()` only folds ASCII).
pub fn fold(text: &str) -> String {
    text.to_lowercase()
}

/// Identifies import keys (external ids, case-folded e-mail addresses) by two
/// independent hashes: a 64-bit one to index by and a 32-bit one to check a match, so
/// that a million keys fit in a few dozen MB without keeping the strings, and two
/// different keys are never taken for one (that would need both hashes to collide).
#[derive(Debug, Default)]
pub struct KeyHasher {
    scratch: String,
}

/// A key's identity: see [`KeyHasher`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyHash {
    pub index: u64,
    pub check: u32,
}

impl KeyHasher {
    /// The identity of `text`, case-folded first when `fold_case`.
    pub fn key(&mut self, text: &str, fold_case: bool) -> KeyHash {
        let bytes = if !fold_case {
            text.as_bytes()
        } else {
            self.scratch.clear();
            if text.is_ascii() {
                self.scratch.extend(text.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                self.scratch.push_str(&fold(text));
            }
            self.scratch.as_bytes()
        };
        let mut sip = std::hash::DefaultHasher::new();
        std::hash::Hasher::write(&mut sip, bytes);
        // FNV-1a, independent of SipHash.
        let check = bytes.iter().fold(0x811c_9dc5_u32, |h, b| {
            (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
        });
        KeyHash {
            index: std::hash::Hasher::finish(&sip),
            check,
        }
    }
}

/// A `HashMap` hasher for keys that already are hashes ([`KeyHash::index`]).
#[derive(Debug, Default, Clone, Copy)]
pub struct PassThrough(u64);

impl std::hash::Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*byte);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map from [`KeyHash::index`] to `V`.
pub type KeyMap<V> = std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<PassThrough>>;

/// A cleaned value, or `None` when it is empty.
pub fn clean_optional(text: &str) -> Option<String> {
    let cleaned = clean(text);
    (!cleaned.is_empty()).then_some(cleaned)
}

/// Tenant slugs: 1-63 characters of `a-z`, `0-9` and `-`, not starting or ending with `-`.
pub fn check_slug(slug: &str) -> Result<(), String> {
    let valid_chars = slug
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if slug.is_empty() || slug.len() > 63 || !valid_chars || slug.starts_with('-') || slug.ends_with('-') {
        return Err(format!(
            "'{slug}' is not a valid slug: use 1-63 lowercase letters, digits and '-' (e.g. 'acme-berlin')"
        ));
    }
    Ok(())
}

/// Parses `YYYY-MM-DD` or `DD.MM.YYYY` (the German HR export format). Two-digit years
/// and years outside 1900-2100 are rejected: `01.02.20` is ambiguous, not the year 20.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let text = text.trim();
    if let Some(date) = parse_date_fast(text.as_bytes()) {
        return Ok(date);
    }
    let format = if text.contains('.') {
        "%d.%m.%Y"
    } else {
        "%Y-%m-%d"
    };
    let date = NaiveDate::parse_from_str(text, format).map_err(|_| {
        format!("'{text}' is not a valid date (use YYYY-MM-DD or DD.MM.YYYY with a four-digit year)")
    })?;
    if !(1900..=2100).contains(&date.year()) {
        return Err(format!(
            "'{text}' has the year {}; use a four-digit year between 1900 and 2100",
            date.year()
        ));
    }
    Ok(date)
}

/// The exact shapes `DD.MM.YYYY` and `YYYY-MM-DD` with a year in 1900-2100, without
/// chrono's format machinery (imports parse a date per row). `None` sends anything
/// else, including impossible dates, to the full parser and its messages.
fn parse_date_fast(bytes: &[u8]) -> Option<NaiveDate> {
    let number = |digits: &[u8]| -> Option<u32> {
        digits.iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let (day, month, year) = match bytes {
        [d1, d2, b'.', m1, m2, b'.', y @ ..] if y.len() == 4 => {
            (number(&[*d1, *d2])?, number(&[*m1, *m2])?, number(y)?)
        }
        [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] => (
            number(&[*d1, *d2])?,
            number(&[*m1, *m2])?,
            number(&[*y1, *y2, *y3, *y4])?,
        ),
        _ => return None,
    };
    if !(1900..=2100).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// `YYYY-MM-DD`, the form dates are stored in.
pub fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// `YYYY-MM`, the month of `date` as `--period` takes it.
pub fn month_of(date: NaiveDate) -> String {
    format!("{:04}-{:02}", date.year(), date.month())
}

/// A length of time as people write it: `30d`, `6w`, `12m`, `2y`. Months and years
/// are calendar months (a certificate from 31 January valid for 1m runs out on 28 or
/// 29 February).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Days(u32),
    Months(u32),
}

impl Period {
    /// The day `self` after `date` (saturating at the end of the calendar).
    pub fn after(self, date: NaiveDate) -> NaiveDate {
        match self {
            Period::Days(n) => date.checked_add_days(chrono::Days::new(u64::from(n))),
            Period::Months(n) => date.checked_add_months(chrono::Months::new(n)),
        }
        .unwrap_or(NaiveDate::MAX)
    }

    /// Whole days, for periods that must be days (`--due-in`); months count as 30.
    pub fn days(self) -> u32 {
        match self {
            Period::Days(n) => n,
            Period::Months(n) => n.saturating_mul(30),
        }
    }
}

impl std::str::FromStr for Period {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let bad =
            || format!("'{text}' is not a period: use a number and d, w, m or y, e.g. 30d, 6w, 12m, 2y");
        let unit = text.chars().last().ok_or_else(bad)?;
        let number: u32 = text[..text.len() - unit.len_utf8()].parse().map_err(|_| bad())?;
        if number == 0 {
            return Err(format!("'{text}' is no time at all: a period is at least 1d"));
        }
        match unit {
            'd' => Ok(Period::Days(number)),
            'w' => Ok(Period::Days(number.checked_mul(7).ok_or_else(bad)?)),
            'm' => Ok(Period::Months(number)),
            'y' => Ok(Period::Months(number.checked_mul(12).ok_or_else(bad)?)),
            _ => Err(bad()),
        }
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Period::Days(n) => write!(f, "{n}d"),
            Period::Months(n) => write!(f, "{n}m"),
        }
    }
}

impl serde::Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// The JSON form is the period's text (`30d`, `12m`).
impl schemars::JsonSchema for Period {
    fn schema_name() -> Cow<'static, str> {
        "Period".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A length of time: a number and d (days), w (weeks), m (calendar months) or y (years).",
            "examples": ["30d", "6w", "12m", "2y"]
        })
    }
}

/// Brand colours as `#RRGGBB`.
pub fn check_colour(colour: &str) -> Result<(), String> {
    let hex = colour.strip_prefix('#').unwrap_or("");
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(format!("'{colour}' is not a colour: use #RRGGBB, e.g. #0055aa"));
    }
    Ok(())
}

/// Locales as a BCP 47 language tag of the common shapes `de` or `de-DE`.
pub fn check_locale(locale: &str) -> Result<(), String> {
    let mut parts = locale.split(['-', '_']);
    let language_ok = parts
        .next()
        .is_some_and(|l| (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_alphabetic()));
    let rest_ok = parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if !language_ok || !rest_ok {
        return Err(format!(
            "'{locale}' is not a locale: use a language tag such as de or de-DE"
        ));
    }
    Ok(())
}

/// Role names: lowercase letters, digits, `-` and `_`.
pub fn check_role(role: &str) -> Result<(), String> {
    if role.is_empty()
        || !role
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
    {
        return Err(format!(
            "'{role}' is not a role name: use lowercase letters, digits, '-' and '_' (e.g. learner, trainer)"
        ));
    }
    Ok(())
}

/// For `Option<Option<T>>` fields of patches: an absent field is `None` (leave it), a
/// `null` is `Some(None)` (clear it), a value is `Some(Some(value))`. Use with
/// `#[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]`.
pub fn double_option<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: serde::Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    serde::Deserialize::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_trims_nbsp_and_composes() {
        assert_eq!(clean("\u{a0} Mu\u{308}ller "), "Müller");
        assert_eq!(clean_optional("  "), None);
    }

    #[test]
    fn dates_in_both_formats() {
        let expected = NaiveDate::from_ymd_opt(2021, 12, 26);
        assert_eq!(parse_date("26.12.2021").ok(), expected);
        assert_eq!(parse_date("2021-12-26").ok(), expected);
        assert!(parse_date("31.02.2024").is_err());
        assert!(parse_date("01.02.20").is_err());
        assert!(parse_date("01.02.0020").is_err());
    }

    #[test]
    fn key_hashes_fold_case_when_asked() {
        let mut hasher = KeyHasher::default();
        assert_eq!(hasher.key("Anna@X.de", true), hasher.key("anna@x.DE", true));
        assert_eq!(hasher.key("ÖZTÜRK", true), hasher.key("öztürk", true));
        assert_ne!(hasher.key("P1", false), hasher.key("p1", false));
        assert_ne!(hasher.key("P1", false).check, hasher.key("P2", false).check);
    }

    #[test]
    fn periods() {
        assert_eq!("12m".parse(), Ok(Period::Months(12)));
        assert_eq!("2w".parse(), Ok(Period::Days(14)));
        assert_eq!(
            "1y".parse::<Period>().map(|p| p.to_string()),
            Ok("12m".to_owned())
        );
        assert!("12".parse::<Period>().is_err());
        assert!("0d".parse::<Period>().is_err());
        assert!("m".parse::<Period>().is_err());
        let jan31 = NaiveDate::from_ymd_opt(2024, 1, 31).unwrap();
        assert_eq!(
            Period::Months(1).after(jan31),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()
        );
    }

    #[test]
    fn slugs_colours_locales_roles() {
        assert!(check_slug("acme-berlin").is_ok());
        assert!(check_slug("Acme").is_err());
        assert!(check_slug("-x").is_err());
        assert!(check_colour("#0055aa").is_ok());
        assert!(check_colour("blue").is_err());
        assert!(check_locale("de-DE").is_ok());
        assert!(check_locale("deutsch").is_err());
        assert!(check_role("trainer").is_ok());
        assert!(check_role("Trainer").is_err());
    }
}
