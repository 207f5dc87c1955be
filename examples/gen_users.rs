//! Generates a realistic HR user export for import benchmarks: German and international
//! names with umlauts and accents, unique personnel numbers and e-mail addresses,
//! departments, locations and start dates, about 100 bytes a row.
//!
//! Run: `cargo run --release --example gen_users -- --rows N [--out FILE] [--seed S]
//! [--format de|en] [--change-every K]`.
//!
//! - `--format de` (default): UTF-8 with BOM, `;`-separated, CRLF, German headers,
//!   dates as `dd.mm.yyyy`; every 1000th row has the department
//!   `"Forschung; Entwicklung"`, quoted because it contains the delimiter.
//! - `--format en`: UTF-8 without BOM, `,`-separated, LF, English headers, ISO dates.
//! - `--change-every K`: every K-th row gets a different department and nothing else
//!   changes, so re-importing over the unchanged file gives exactly `rows / K` updates.
//!
//! The output depends only on the options: the same seed and options give a
//! byte-identical file. Without `--out` it goes to stdout.

use std::error::Error;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::time::Instant;

const USAGE: &str = "usage: gen_users --rows N [--out FILE] [--seed S] [--format de|en] [--change-every K]";

const FIRST_NAMES: [&str; 40] = [
    "Anna",
    "Jürgen",
    "Sophie",
    "Ömer",
    "Renée",
    "François",
    "Zoë",
    "Björn",
    "Jörg",
    "Käthe",
    "Günther",
    "Lukas",
    "Maximilian",
    "Mia",
    "Leonie",
    "Hannah",
    "Paul",
    "Jonas",
    "Elif",
    "Mehmet",
    "Ayşe",
    "Chloé",
    "Noël",
    "Joël",
    "Anaïs",
    "Inès",
    "José",
    "María",
    "Zoltán",
    "Søren",
    "Åsa",
    "Dmitri",
    "Olga",
    "Wei",
    "Priya",
    "Ahmed",
    "Fatma",
    "Małgorzata",
    "Sebastian",
    "Özlem",
];

const LAST_NAMES: [&str; 40] = [
    "Müller",
    "Schröder",
    "Öztürk",
    "Fuß",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Krüger",
    "Köhler",
    "Weiß",
    "Jäger",
    "Groß",
    "Yılmaz",
    "Kaya",
    "Nowak",
    "Kowalski",
    "Dubois",
    "Lefèvre",
    "García",
    "Rossi",
    "Nguyen",
    "Papadopoulos",
    "Jansen",
    "Çelik",
    "Straßburger",
];

const DEPARTMENTS: [&str; 10] = [
    "Vertrieb",
    "Lager & Logistik",
    "Geschäftsführung",
    "IT",
    "Personal",
    "Einkauf",
    "Produktion",
    "Qualitätssicherung",
    "Marketing",
    "Finanzen",
];

/// Every this many rows (1-based row number divisible by it) the department is
/// `RESEARCH`, which contains the `de` delimiter and is therefore quoted.
const RESEARCH_EVERY: u64 = 1000;
const RESEARCH: &str = "\"Forschung; Entwicklung\"";

const LOCATIONS: [&str; 8] = [
    "München",
    "Köln",
    "Düsseldorf",
    "Nürnberg",
    "Lübeck",
    "Würzburg",
    "Osnabrück",
    "Saarbrücken",
];

const MAIL_DOMAIN: &str = "@beispiel-gmbh.de";

/// Start dates are uniform over 1995-01-01 ..= 2026-12-31, as days since 1970-01-01.
const FIRST_DAY: i64 = 9131;
const LAST_DAY: i64 = 20818;

#[derive(Clone, Copy, PartialEq)]
enum Format {
    De,
    En,
}

struct Options {
    rows: u64,
    out: Option<String>,
    seed: u64,
    format: Format,
    change_every: Option<u64>,
}

fn main() -> Result<(), Box<dyn Error>> {
    let Some(options) = parse_args(std::env::args().skip(1))? else {
        println!("{USAGE}");
        return Ok(());
    };
    let started = Instant::now();
    let result = match &options.out {
        Some(path) => {
            let mut out = BufWriter::with_capacity(1 << 20, File::create(path)?);
            generate(&options, &mut out).and_then(|()| out.flush())
        }
        None => {
            let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
            generate(&options, &mut out).and_then(|()| out.flush())
        }
    };
    match result {
        // `gen_users ... | head` is fine: stop quietly when the reader goes away.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(()),
        other => other?,
    }
    if let Some(path) = &options.out {
        let bytes = std::fs::metadata(path)?.len();
        eprintln!(
            "wrote {} rows ({:.1} MB) to {path} in {:.2} s",
            options.rows,
            bytes as f64 / 1e6,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}

/// The options, or `None` for `--help`.
fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Options>, Box<dyn Error>> {
    let mut rows = None;
    let mut options = Options {
        rows: 0,
        out: None,
        seed: 42,
        format: Format::De,
        change_every: None,
    };
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name.to_owned(), Some(value.to_owned())),
            _ => (arg, None),
        };
        if name == "-h" || name == "--help" {
            return Ok(None);
        }
        let value = match inline.or_else(|| args.next()) {
            Some(value) => value,
            None => return Err(format!("{name} needs a value\n{USAGE}").into()),
        };
        let number = |what: &str| -> Result<u64, Box<dyn Error>> {
            value
                .parse()
                .map_err(|_| format!("{what} must be a whole number, not '{value}'").into())
        };
        match name.as_str() {
            "--rows" => rows = Some(number("--rows")?),
            "--out" => options.out = Some(value.clone()),
            "--seed" => options.seed = number("--seed")?,
            "--format" => {
                options.format = match value.as_str() {
                    "de" => Format::De,
                    "en" => Format::En,
                    _ => return Err(format!("--format must be de or en, not '{value}'").into()),
                }
            }
            "--change-every" => match number("--change-every")? {
                0 => return Err("--change-every must be at least 1".into()),
                k => options.change_every = Some(k),
            },
            _ => return Err(format!("unknown argument '{name}'\n{USAGE}").into()),
        }
    }
    options.rows = rows.ok_or_else(|| format!("--rows is required\n{USAGE}"))?;
    Ok(Some(options))
}

fn generate(options: &Options, out: &mut impl Write) -> io::Result<()> {
    let (sep, eol, header) = match options.format {
        Format::De => (
            b';',
            &b"\r\n"[..],
            "\u{feff}Personalnummer;Vorname;Nachname;E-Mail;Abteilung;Standort;Eintrittsdatum",
        ),
        Format::En => (
            b',',
            &b"\n"[..],
            "employee_id,first_name,last_name,email,department,location,start_date",
        ),
    };
    let first_mail = FIRST_NAMES.map(transliterate);
    let last_mail = LAST_NAMES.map(transliterate);
    let mut rng = SplitMix64(options.seed);
    let mut line = Vec::with_capacity(256);
    line.extend_from_slice(header.as_bytes());
    line.extend_from_slice(eol);
    out.write_all(&line)?;

    for n in 1..=options.rows {
        let first = rng.below(FIRST_NAMES.len() as u64) as usize;
        let last = rng.below(LAST_NAMES.len() as u64) as usize;
        let department = rng.below(DEPARTMENTS.len() as u64) as usize;
        let location = rng.below(LOCATIONS.len() as u64) as usize;
        let day = FIRST_DAY + rng.below((LAST_DAY - FIRST_DAY + 1) as u64) as i64;
        let research = n.is_multiple_of(RESEARCH_EVERY);
        let changed = options.change_every.is_some_and(|k| n.is_multiple_of(k));
        // A change always differs from the original department.
        let department = match (research, changed) {
            (true, false) => RESEARCH,
            (true, true) => DEPARTMENTS[0],
            (false, false) => DEPARTMENTS[department],
            (false, true) => DEPARTMENTS[(department + 1) % DEPARTMENTS.len()],
        };

        line.clear();
        line.push(b'P');
        push_padded(&mut line, n, 7);
        line.push(sep);
        line.extend_from_slice(FIRST_NAMES[first].as_bytes());
        line.push(sep);
        line.extend_from_slice(LAST_NAMES[last].as_bytes());
        line.push(sep);
        line.extend_from_slice(first_mail[first].as_bytes());
        line.push(b'.');
        line.extend_from_slice(last_mail[last].as_bytes());
        line.push(b'.');
        push_padded(&mut line, n, 1);
        line.extend_from_slice(MAIL_DOMAIN.as_bytes());
        line.push(sep);
        line.extend_from_slice(department.as_bytes());
        line.push(sep);
        line.extend_from_slice(LOCATIONS[location].as_bytes());
        line.push(sep);
        let (y, m, d) = civil_from_days(day);
        match options.format {
            Format::De => {
                push_padded(&mut line, d, 2);
                line.push(b'.');
                push_padded(&mut line, m, 2);
                line.push(b'.');
                push_padded(&mut line, y, 4);
            }
            Format::En => {
                push_padded(&mut line, y, 4);
                line.push(b'-');
                push_padded(&mut line, m, 2);
                line.push(b'-');
                push_padded(&mut line, d, 2);
            }
        }
        line.extend_from_slice(eol);
        out.write_all(&line)?;
    }
    Ok(())
}

/// Appends `value` in decimal, zero-padded to at least `width` digits.
fn push_padded(buf: &mut Vec<u8>, mut value: u64, width: usize) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    while value > 0 || digits.len() - start < width {
        start -= 1;
        digits[start] = b'0' + (value % 10) as u8;
        value /= 10;
    }
    buf.extend_from_slice(&digits[start..]);
}

/// The ASCII local-part spelling of a name: lowercase, umlauts as `ue`/`oe`/`ae`,
/// `ß` as `ss`, accents dropped; anything else that is not a letter, digit or `-`
/// is left out.
fn transliterate(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars().flat_map(char::to_lowercase) {
        let replacement = match c {
            'a'..='z' | '0'..='9' | '-' => {
                out.push(c);
                continue;
            }
            'ä' | 'æ' => "ae",
            'ö' | 'ø' | 'œ' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            'å' => "aa",
            'á' | 'à' | 'â' | 'ã' | 'ą' => "a",
            'é' | 'è' | 'ê' | 'ë' | 'ę' => "e",
            'í' | 'ì' | 'î' | 'ï' | 'ı' => "i",
            'ó' | 'ò' | 'ô' | 'õ' => "o",
            'ú' | 'ù' | 'û' => "u",
            'ç' | 'č' | 'ć' => "c",
            'ş' | 'š' | 'ś' => "s",
            'ž' | 'ź' | 'ż' => "z",
            'ñ' | 'ń' => "n",
            'ğ' => "g",
            'ł' => "l",
            'ý' | 'ÿ' => "y",
            _ => "",
        };
        out.push_str(replacement);
    }
    out
}

/// (year, month, day) of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year as u64, month as u64, day as u64)
}

/// SplitMix64: tiny, fast and good enough for test data.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (multiply-shift; the bias is negligible for small `n`).
    fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next()) * u128::from(n)) >> 64) as u64
    }
}
