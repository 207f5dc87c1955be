/*!
The rules every text value obeys before it is stored, whoever sends it: a person on
the command line, a row of an HR export, or a client of `lmsctl serve`.

A value is cleaned first ([`clean`]: trimmed, NFC), then checked: no control
characters (C0 including tabs and line breaks, DEL, C1), no bidirectional formatting
characters (which can make a name read differently from what it is, e.g. U+202E),
and no more characters than its field allows ([`limits`], documented in the README).
Multi-line fields (descriptions, notes) may hold line breaks and tabs, nothing else.

The checks return messages without the field's name, so callers can put the name
in front (an option, a column header with its line, a JSON field).
*/

use email_address::{EmailAddress, Options};

use crate::error::{Error, Result};
use crate::model::value::{clean, clean_optional};

/// The most characters (Unicode scalar values) a field may hold.
pub mod limits {
    /// E-mail addresses: the longest path RFC 5321 allows (254).
    pub const EMAIL: usize = 254;
    pub const EXTERNAL_ID: usize = 64;
    /// First and last names, departments, locations, tenant names, course titles.
    pub const NAME: usize = 200;
    /// Course codes, group names, role names, consent notices.
    pub const CODE: usize = 100;
    pub const LOCALE: usize = 35;
    pub const DOMAIN: usize = 253;
    /// Course and group descriptions, notes on requests.
    pub const DESCRIPTION: usize = 4000;
    pub const RULE: usize = 2000;
    pub const LABEL: usize = 200;
    /// The name of an imported file, as recorded in reports and the audit trail.
    pub const FILE_NAME: usize = 1024;
}

/// Whether `c` may not appear in a single-line value.
fn forbidden(c: char, multiline: bool) -> Option<&'static str> {
    match c {
        '\n' | '\t' if multiline => None,
        '\r' if multiline => None,
        '\0' => Some("the NUL character"),
        '\n' | '\r' => Some("a line break"),
        '\t' => Some("a tab"),
        '\u{1b}' => Some("the escape character"),
        '\u{0}'..='\u{1f}' | '\u{7f}' => Some("a control character"),
        '\u{80}'..='\u{9f}' => Some("a C1 control character"),
        '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => Some(
            "a bidirectional formatting character, which can make text display differently from what it is",
        ),
        _ => None,
    }
}

/// The bytes that may begin a refused character: ASCII controls and DEL, and the lead
/// bytes of the C1 controls (0xC2), U+061C (0xD8) and the bidirectional marks (0xE2).
static SUSPECT: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[0x7f] = true;
    table[0xc2] = true;
    table[0xd8] = true;
    table[0xe2] = true;
    table
};

/// Refuses control and bidirectional formatting characters (line breaks and tabs
/// are allowed in `multiline` text).
pub fn check_chars(text: &str, multiline: bool) -> std::result::Result<(), String> {
    // The common case without decoding characters: no ASCII control byte and none of
    // the lead bytes of the refused characters beyond ASCII (C1 controls start with
    // 0xC2, U+061C with 0xD8, the bidirectional marks with 0xE2). Umlauts and accents
    // (0xC3 ...) pass here.
    if !text.bytes().any(|b| SUSPECT[usize::from(b)]) {
        return Ok(());
    }
    for (position, c) in text.chars().enumerate() {
        if let Some(what) = forbidden(c, multiline) {
            return Err(format!(
                "contains {what} (U+{:04X}) at character {}; remove it",
                u32::from(c),
                position + 1
            ));
        }
    }
    Ok(())
}

/// `text` as it may be shown on a terminal: the characters [`check_chars`] refuses are
/// written as escapes (`\u{1b}`), so a stored value or a file's header can neither
/// drive the terminal nor reorder what is shown. Line breaks and tabs stay in
/// `multiline` text (messages), not in table cells.
pub fn escape_controls(text: &str, multiline: bool) -> std::borrow::Cow<'_, str> {
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) || check_chars(text, multiline).is_ok() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if forbidden(c, multiline).is_some() {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    std::borrow::Cow::Owned(shown)
}

/// Text for element content and attribute values of HTML and XML: the markup
/// characters as entities, and control characters (which XML 1.0 cannot hold at all)
/// left out, but for line breaks and tabs.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' | '\r' => out.push(c),
            c if c < '\u{20}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Refuses text longer than `max` characters.
pub fn check_length(text: &str, max: usize) -> std::result::Result<(), String> {
    // Bytes bound characters from above: most values need no count.
    if text.len() <= max {
        return Ok(());
    }
    let length = text.chars().count();
    if length > max {
        return Err(format!("is {length} characters long; at most {max} are allowed"));
    }
    Ok(())
}

/// A single line of printable text of at most `max` characters.
pub fn check_line(text: &str, max: usize) -> std::result::Result<(), String> {
    check_chars(text, false)?;
    check_length(text, max)
}

/// E-mail addresses as RFC 5322 has them (`email_address`), with a dotted domain name
/// (no bare hosts, no IP literals, no display names): typos are caught here,
/// deliverability is the mail server's business.
pub fn check_email(email: &str) -> std::result::Result<(), String> {
    // Everyday addresses are printable ASCII: their length in bytes is in characters.
    if email.len() <= limits::EMAIL && everyday_email(email) {
        return Ok(());
    }
    check_line(email, limits::EMAIL)?;
    let options = Options {
        minimum_sub_domains: 2,
        allow_domain_literal: false,
        allow_display_text: false,
        allow_long_local_parts: false,
    };
    EmailAddress::parse_with_options(email, options)
        .map(|_| ())
        .map_err(|e| {
            let reason = e.to_string();
            let reason = reason.trim_end_matches('.');
            let mut chars = reason.chars();
            let reason = chars
                .next()
                .map(|first| first.to_lowercase().chain(chars).collect::<String>())
                .unwrap_or_default();
            format!("'{email}' is not a valid e-mail address: {reason} (expected name@example.com)")
        })
}

/// Addresses of the everyday shape, which the full parser would accept too, checked
/// without it (an import checks one a row): a local part of letters, digits and
/// `._%+-` with no dot first, last or twice, and a domain of two or more labels of
/// letters, digits and inner hyphens. Anything else goes to the full parser.
fn everyday_email(email: &str) -> bool {
    let Some(at) = memchr::memchr(b'@', email.as_bytes()) else {
        return false;
    };
    let (local, domain) = (&email.as_bytes()[..at], &email.as_bytes()[at + 1..]);
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local.iter().all(|b| EVERYDAY[usize::from(*b)] & LOCAL != 0)
        && local[0] != b'.'
        && local[local.len() - 1] != b'.'
        && !local.windows(2).any(|pair| pair == b"..");
    let domain_ok = domain.len() <= 253 && domain.iter().all(|b| EVERYDAY[usize::from(*b)] & DOMAIN != 0);
    let mut labels = 0;
    local_ok
        && domain_ok
        && domain.split(|b| *b == b'.').all(|label| {
            labels += 1;
            !label.is_empty() && label.len() <= 63 && label[0] != b'-' && label[label.len() - 1] != b'-'
        })
        && labels >= 2
}

/// Byte classes of everyday e-mail addresses: [`LOCAL`] letters, digits and `._%+-`;
/// [`DOMAIN`] letters, digits, `-` and `.`.
const LOCAL: u8 = 1;
const DOMAIN: u8 = 2;
static EVERYDAY: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'-' || c == b'.' {
            table[b] = LOCAL | DOMAIN;
        }
        b += 1;
    }
    table[b'_' as usize] = LOCAL;
    table[b'%' as usize] = LOCAL;
    table[b'+' as usize] = LOCAL;
    table
};

fn invalid(label: &str, message: String) -> Error {
    Error::invalid(format!("{label}: {message}")).with_hint(format!(
        "correct {label}: values are printable text within the documented lengths"
    ))
}

/// A cleaned single-line value (possibly empty), checked.
pub fn line(label: &str, value: &str, max: usize) -> Result<String> {
    let value = clean(value);
    check_line(&value, max).map_err(|m| invalid(label, m))?;
    Ok(value)
}

/// A cleaned single-line value that must not be empty.
pub fn required_line(label: &str, value: &str, max: usize) -> Result<String> {
    let value = line(label, value, max)?;
    if value.is_empty() {
        return Err(
            Error::invalid(format!("{label}: is required and cannot be empty"))
                .with_hint(format!("give {label} a value")),
        );
    }
    Ok(value)
}

/// A cleaned single-line value, `None` when empty.
pub fn optional_line(label: &str, value: &str, max: usize) -> Result<Option<String>> {
    let value = line(label, value, max)?;
    Ok((!value.is_empty()).then_some(value))
}

/// Multi-line text (descriptions, notes), `None` when empty.
pub fn optional_text(label: &str, value: &str, max: usize) -> Result<Option<String>> {
    let Some(value) = clean_optional(value) else {
        return Ok(None);
    };
    check_chars(&value, true)
        .and_then(|()| check_length(&value, max))
        .map_err(|m| invalid(label, m))?;
    Ok(Some(value))
}

/// A cleaned, checked e-mail address.
pub fn email(label: &str, value: &str) -> Result<String> {
    let value = required_line(label, value, limits::EMAIL)?;
    check_email(&value).map_err(|m| {
        Error::invalid(format!("{label}: {m}")).with_hint("give an address such as name@example.com")
    })?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_bidi_characters_are_refused_with_their_position() {
        assert!(check_line("Jürgen Müller", 200).is_ok());
        let nul = check_line("An\0na", 200).unwrap_err();
        assert!(nul.contains("NUL") && nul.contains("character 3"), "{nul}");
        assert!(check_line("\u{1b}[31mred", 200).unwrap_err().contains("escape"));
        assert!(
            check_line("abc\u{202e}fdp.exe", 200)
                .unwrap_err()
                .contains("bidirectional")
        );
        assert!(check_line("a\u{85}b", 200).unwrap_err().contains("C1"));
        assert!(check_line("two\nlines", 200).unwrap_err().contains("line break"));
        assert!(check_chars("two\nlines\tand a tab", true).is_ok());
        assert!(check_chars("but no\u{7}bell", true).is_err());
    }

    #[test]
    fn controls_are_shown_escaped() {
        assert_eq!(escape_controls("Anna", false), "Anna");
        assert_eq!(escape_controls("\u{1b}[31mred", false), "\\u{1b}[31mred");
        assert_eq!(escape_controls("a\u{202e}b", true), "a\\u{202e}b");
        assert_eq!(escape_controls("two\nlines", true), "two\nlines");
        assert_eq!(escape_controls("two\nlines", false), "two\\nlines");
    }

    #[test]
    fn lengths_count_characters_not_bytes() {
        assert!(check_length(&"ü".repeat(200), 200).is_ok());
        let err = check_length(&"ü".repeat(201), 200).unwrap_err();
        assert!(
            err.contains("201 characters") && err.contains("at most 200"),
            "{err}"
        );
    }

    #[test]
    fn emails() {
        assert!(check_email("max.meyer@beispiel-gmbh.de").is_ok());
        assert!(check_email("jürgen.müller@acme.de").is_ok());
        assert!(check_email("FRANCOIS.SCHAEFER.2@BEISPIEL-GMBH.DE").is_ok());
        for bad in [
            "not-an-email",
            "a@b",
            "a b@c.de",
            "@acme.de",
            "a@@acme.de",
            "a@[127.0.0.1]",
            "Anna <anna@acme.de>",
            "a@acme..de",
            "a\u{0}@acme.de",
        ] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
        let long = format!("{}@{}.de", "a".repeat(64), "b".repeat(200));
        assert!(check_email(&long).unwrap_err().contains("at most 254"));
    }

    #[test]
    fn everyday_addresses_take_the_shortcut() {
        for plain in ["vorname.nachname.1@beispiel-gmbh.de", "a+b_c%d-e@x1.example.com"] {
            assert!(everyday_email(plain), "{plain}");
        }
        for other in [
            "a..b@x.de",
            ".a@x.de",
            "a.@x.de",
            "a@-x.de",
            "a@x-.de",
            "a@x..de",
            "a@x",
            "\"a b\"@x.de",
            "jürgen@x.de",
        ] {
            assert!(!everyday_email(other), "{other}");
        }
    }

    proptest::proptest! {
        /// The shortcut accepts only what the full parser accepts.
        #[test]
        fn everyday_addresses_are_valid_ones(email in "[a-z0-9._%+@-]{1,12}@[a-zA-Z0-9.-]{1,12}") {
            if everyday_email(&email) {
                let options = Options {
                    minimum_sub_domains: 2,
                    allow_domain_literal: false,
                    allow_display_text: false,
                    allow_long_local_parts: false,
                };
                proptest::prop_assert!(EmailAddress::parse_with_options(&email, options).is_ok(), "{}", email);
            }
        }
    }

    #[test]
    fn store_values_are_cleaned_then_checked() {
        assert_eq!(
            required_line("--first-name", "  Anna\u{a0}", 200).unwrap(),
            "Anna"
        );
        assert!(required_line("--first-name", " ", 200).is_err());
        assert_eq!(optional_line("--department", "", 200).unwrap(), None);
        let err = optional_line("--department", "Sales\u{202e}", 200).unwrap_err();
        assert_eq!(err.kind, crate::ErrorKind::InvalidData);
        assert!(err.message.starts_with("--department: contains"));
        assert_eq!(
            optional_text("--description", "line one\nline two", 100)
                .unwrap()
                .as_deref(),
            Some("line one\nline two")
        );
    }
}
