/*!
Reading an HR export: encoding, delimiter, records and their line numbers.

Exports come from Personio, SAP and Excel as UTF-8, UTF-8 with a BOM, Windows-1252
or (Excel's "Unicode text") UTF-16 with a BOM, separated by `,`, `;` or tabs,
sometimes with an Excel `sep=;` first line. This module finds all that out from the
first 64 KiB, then streams records as bytes: the CSV syntax is ASCII in all of these
encodings, so only the fields that are used get decoded.

Without a BOM or `--encoding`, the encoding is decided by the first non-ASCII field:
valid UTF-8 means UTF-8, anything else means Windows-1252 (which has a character for
every byte). ASCII reads the same in both, so nothing before that field changes
meaning. Line numbers are counted from the bytes, not taken from the CSV parser
(whose count is off on CRLF files), so messages point at the line an editor shows.
*/

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{self, Read};
use std::rc::Rc;

use sha2::{Digest, Sha256};

use crate::error::{Error, ErrorKind, Result};

/// `--encoding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Encoding {
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    #[value(name = "windows-1252", alias = "cp1252", alias = "latin1")]
    Windows1252,
    #[value(name = "utf-16le")]
    Utf16Le,
    #[value(name = "utf-16be")]
    Utf16Be,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Windows1252 => "Windows-1252",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
        }
    }
}

/// How much of the input is looked at to find the delimiter.
const SNIFF_BYTES: usize = 64 * 1024;

/// Counts and hashes the raw input bytes as they are read.
struct Tally<R> {
    inner: R,
    stats: Rc<RefCell<RawStats>>,
}

#[derive(Default)]
struct RawStats {
    bytes: u64,
    sha256: Sha256,
}

impl<R: Read> Read for Tally<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut stats = self.stats.borrow_mut();
        stats.bytes += n as u64;
        stats.sha256.update(&buf[..n]);
        Ok(n)
    }
}

/// Remembers where the newlines are in the text the CSV parser reads, until the
/// records before them have been numbered.
#[derive(Default)]
struct Newlines {
    /// Offsets of newlines not yet passed, in the parser's input.
    pending: VecDeque<u64>,
    /// Offset of the next byte to be read.
    offset: u64,
    /// Whether the input has ended.
    eof: bool,
    /// Where the parser is in the CSV syntax after the bytes read so far.
    quoting: Quoting,
}

/// Whether the CSV text read so far ends inside a quoted value, followed from its
/// quotes alone (rare in exports, so found with memchr): a quote opens a value when it
/// starts a field (at the start, after a delimiter or a line end), and a quote in a
/// quoted value closes it unless another quote follows (an escaped quote), as the CSV
/// parser reads them.
#[derive(Debug, Clone, Copy, Default)]
struct Quoting {
    quoted: bool,
    /// The last byte read was a quote in a quoted value: the next byte decides.
    pending: bool,
    /// The last byte read (`None` at the start).
    last: Option<u8>,
}

impl Quoting {
    fn read(&mut self, text: &[u8], delimiter: u8) {
        let Some(&last) = text.last() else {
            return;
        };
        let mut from = 0;
        if self.pending {
            self.pending = false;
            if text[0] == b'"' {
                from = 1;
            } else {
                self.quoted = false;
            }
        }
        while let Some(found) = memchr::memchr(b'"', &text[from..]) {
            let at = from + found;
            from = at + 1;
            if self.quoted {
                match text.get(at + 1) {
                    Some(b'"') => from = at + 2,
                    Some(_) => self.quoted = false,
                    None => self.pending = true,
                }
            } else {
                let before = if at == 0 { self.last } else { Some(text[at - 1]) };
                if before.is_none_or(|b| b == delimiter || b == b'\n') {
                    self.quoted = true;
                }
            }
        }
        self.last = Some(last);
    }

    /// Whether the text read ends inside a quoted value (a last quote closes it).
    fn open(&self) -> bool {
        self.quoted && !self.pending
    }
}

struct LineCounting<R> {
    inner: R,
    newlines: Rc<RefCell<Newlines>>,
    delimiter: u8,
}

impl<R: Read> Read for LineCounting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut newlines = self.newlines.borrow_mut();
        if n == 0 {
            newlines.eof = true;
        }
        newlines.quoting.read(&buf[..n], self.delimiter);
        let base = newlines.offset;
        newlines
            .pending
            .extend(memchr::memchr_iter(b'\n', &buf[..n]).map(|i| base + i as u64));
        newlines.offset += n as u64;
        Ok(n)
    }
}

/// Makes a lone CR (the line end of old Mac exports, or a stray one) an LF, as editors
/// show it: the CSV parser ends a record there, and lines are counted by LF. CRLF stays.
/// A CR at the end of a read looks at the next byte (kept for the next read).
struct LoneCr<R> {
    inner: R,
    peeked: Option<u8>,
}

impl<R: Read> Read for LoneCr<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        let mut n = 0;
        if let Some(byte) = self.peeked.take() {
            buf[0] = byte;
            n = 1;
        }
        n += self.inner.read(&mut buf[n..])?;
        let crs: Vec<usize> = memchr::memchr_iter(b'\r', &buf[..n]).collect();
        for i in crs {
            let next = if i + 1 < n {
                Some(buf[i + 1])
            } else {
                let mut one = [0u8; 1];
                match self.inner.read(&mut one)? {
                    0 => None,
                    _ => {
                        self.peeked = Some(one[0]);
                        Some(one[0])
                    }
                }
            };
            if next != Some(b'\n') {
                buf[i] = b'\n';
            }
        }
        Ok(n)
    }
}

/// Decides and applies the encoding of fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decoding {
    /// Only ASCII so far.
    Undecided,
    /// UTF-8: a BOM, `--encoding`, or valid UTF-8 seen; invalid bytes are an error.
    Utf8,
    Windows1252,
}

/// A CSV export opened for reading.
pub struct CsvInput {
    reader: csv::Reader<Box<dyn Read>>,
    newlines: Rc<RefCell<Newlines>>,
    raw: Rc<RefCell<RawStats>>,
    /// Newlines the parser has read past.
    newlines_passed: u64,
    /// Lines removed before the parser (an Excel `sep=` line).
    skipped_lines: u64,
    decoding: Decoding,
    transcoded_from: Option<Encoding>,
    pub delimiter: u8,
    /// Whether the input started with a byte-order mark.
    pub bom: bool,
    /// Whether lines end in CRLF (for writing a reject file in the same style).
    pub crlf: bool,
}

impl CsvInput {
    /// Opens `raw`, detecting what `encoding` and `delimiter` leave open.
    pub fn open(
        raw: Box<dyn Read + Send>,
        encoding: Option<Encoding>,
        delimiter: Option<u8>,
    ) -> Result<Self> {
        let raw_stats = Rc::new(RefCell::new(RawStats::default()));
        let mut input: Box<dyn Read> = Box::new(io::BufReader::with_capacity(
            256 * 1024,
            Tally {
                inner: raw,
                stats: raw_stats.clone(),
            },
        ));
        let mut start = [0u8; 1024];
        let start_len = read_up_to(&mut input, &mut start)?;
        let start = &start[..start_len];
        let (bom_encoding, bom_len) = if start.starts_with(b"\xEF\xBB\xBF") {
            (Some(Encoding::Utf8), 3)
        } else if start.starts_with(b"\xFF\xFE") {
            (Some(Encoding::Utf16Le), 2)
        } else if start.starts_with(b"\xFE\xFF") {
            (Some(Encoding::Utf16Be), 2)
        } else {
            (None, 0)
        };
        let rest: Box<dyn Read> = Box::new(io::Cursor::new(start[bom_len..].to_vec()).chain(input));
        let chosen = match encoding.or(bom_encoding) {
            Some(chosen) => Some(chosen),
            None => utf16_without_bom(start)?,
        };
        let (text, decoding, transcoded_from): (Box<dyn Read>, _, _) = match chosen {
            Some(enc @ (Encoding::Utf16Le | Encoding::Utf16Be)) => {
                let label = if enc == Encoding::Utf16Le {
                    encoding_rs::UTF_16LE
                } else {
                    encoding_rs::UTF_16BE
                };
                let decoder = encoding_rs_io::DecodeReaderBytesBuilder::new()
                    .encoding(Some(label))
                    .bom_override(false)
                    .build(rest);
                (Box::new(decoder), Decoding::Utf8, Some(enc))
            }
            Some(Encoding::Utf8) => (rest, Decoding::Utf8, None),
            Some(Encoding::Windows1252) => (rest, Decoding::Windows1252, None),
            None => (rest, Decoding::Undecided, None),
        };

        // Look at the head: an Excel `sep=X` line, the delimiter, the line ends.
        let mut text = text;
        let mut head = vec![0u8; SNIFF_BYTES];
        let head_len = read_up_to(&mut text, &mut head)?;
        head.truncate(head_len);
        let complete = head_len < SNIFF_BYTES;
        let mut skipped_lines = 0;
        let mut sep_line = None;
        if head.len() >= 5 && head[..4].eq_ignore_ascii_case(b"sep=") {
            let end = memchr::memchr(b'\n', &head).unwrap_or(head.len());
            sep_line = Some(head[4]);
            head.drain(..(end + 1).min(head.len()));
            skipped_lines = 1;
        }
        let crlf = memchr::memmem::find(&head, b"\r\n").is_some();
        let delimiter = match delimiter.or(sep_line) {
            Some(d) => d,
            None => sniff_delimiter(&head, complete),
        };

        let newlines = Rc::new(RefCell::new(Newlines::default()));
        let counted: Box<dyn Read> = Box::new(LineCounting {
            inner: LoneCr {
                inner: io::Cursor::new(head).chain(text),
                peeked: None,
            },
            newlines: newlines.clone(),
            delimiter,
        });
        let reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .buffer_capacity(256 * 1024)
            .from_reader(counted);
        Ok(CsvInput {
            reader,
            newlines,
            raw: raw_stats,
            newlines_passed: 0,
            skipped_lines,
            decoding,
            transcoded_from,
            delimiter,
            bom: bom_len > 0,
            crlf,
        })
    }

    /// Reads the next record into `record` and returns the line it starts on.
    pub fn read(&mut self, record: &mut csv::ByteRecord) -> Result<Option<u64>> {
        match self.reader.read_byte_record(record) {
            Ok(false) => Ok(None),
            Ok(true) => {
                // The parser's own line count and record start are off on CRLF files
                // and after blank lines, but where it stopped reading is exact. The
                // record's first line is then one past the newlines before that point,
                // less those inside its quoted fields and its own terminating newline.
                let end = self.reader.position().byte();
                let mut newlines = self.newlines.borrow_mut();
                let mut terminated = false;
                while let Some(&offset) = newlines.pending.front().filter(|&&offset| offset < end) {
                    newlines.pending.pop_front();
                    self.newlines_passed += 1;
                    terminated = offset + 1 == end;
                }
                let inside: u64 = record
                    .iter()
                    .map(|f| memchr::memchr_iter(b'\n', f).count() as u64)
                    .sum();
                let line = 1 + self.newlines_passed - inside - u64::from(terminated) + self.skipped_lines;
                if newlines.eof && end == newlines.offset && newlines.quoting.open() {
                    // The input's last newline is inside the value, not the record's end.
                    return Err(unterminated_quote(record, line + u64::from(terminated)));
                }
                Ok(Some(line))
            }
            Err(err) => Err(match err.into_kind() {
                csv::ErrorKind::Io(io) => Error::failure(format!("cannot read the input: {io}")),
                other => Error::invalid(format!("the input is not valid CSV: {other:?}")),
            }),
        }
    }

    /// Decodes one field. Errors say what to pass instead.
    pub fn decode<'a>(&mut self, bytes: &'a [u8]) -> std::result::Result<Cow<'a, str>, String> {
        if self.decoding == Decoding::Windows1252 {
            return Ok(encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0);
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => {
                if self.decoding == Decoding::Undecided && !text.is_ascii() {
                    self.decoding = Decoding::Utf8;
                }
                Ok(Cow::Borrowed(text))
            }
            Err(_) if self.decoding == Decoding::Undecided => {
                self.decoding = Decoding::Windows1252;
                Ok(encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0)
            }
            Err(_) => Err(
                "is not valid UTF-8 although the file is read as UTF-8 (earlier lines were UTF-8, or --encoding said so); \
                 re-export the file in one encoding, or pass --encoding windows-1252"
                    .to_owned(),
            ),
        }
    }

    /// Whether fields are decoded as Windows-1252 (so far).
    pub fn windows_1252(&self) -> bool {
        self.decoding == Decoding::Windows1252
    }

    /// The encoding as far as it is known.
    pub fn encoding(&self) -> &'static str {
        match (self.transcoded_from, self.decoding) {
            (Some(enc), _) => enc.label(),
            (None, Decoding::Windows1252) => "Windows-1252",
            (None, Decoding::Utf8) if self.bom => "UTF-8 with BOM",
            (None, Decoding::Utf8) => "UTF-8",
            (None, Decoding::Undecided) => "ASCII",
        }
    }

    /// Whether fields are stored as UTF-8 text in the parser's input (so the reject
    /// file's raw fields are UTF-8 even when the input was UTF-16).
    pub fn transcoded(&self) -> bool {
        self.transcoded_from.is_some()
    }

    /// How a reject file copies this input's format, with its `header` row as read.
    pub fn reject_format(&self, header: &csv::ByteRecord) -> InputFormat {
        InputFormat {
            header: header.clone(),
            delimiter: self.delimiter,
            crlf: self.crlf,
            bom: self.bom || self.transcoded(),
        }
    }

    /// Input bytes read so far (for progress).
    pub fn bytes_read(&self) -> u64 {
        self.raw.borrow().bytes
    }

    /// SHA-256 of all input bytes, hex; call after the last record.
    pub fn sha256(&self) -> String {
        hex::encode(self.raw.borrow().sha256.clone().finalize())
    }
}

/// The input's own format, which a reject file copies so that HR can open it in the
/// tool that made the export.
#[derive(Debug, Clone)]
pub struct InputFormat {
    /// The header row as read.
    pub header: csv::ByteRecord,
    pub delimiter: u8,
    pub crlf: bool,
    /// A UTF-8 BOM (the input had one, or was UTF-16 and is written as UTF-8).
    pub bom: bool,
}

/// The last record ran to the end of the input inside a quoted value whose closing
/// quote never came: every line after the opening quote would be read as part of one
/// value, and the people on them silently lost. Names the line where it opened.
fn unterminated_quote(record: &csv::ByteRecord, line: u64) -> Error {
    let lines_in = |field: &[u8]| memchr::memchr_iter(b'\n', field).count() as u64;
    let last = record.len().saturating_sub(1);
    let before: u64 = record.iter().take(last).map(lines_in).sum();
    let opened = line + before;
    let to = opened + record.get(last).map_or(0, lines_in);
    Error::invalid(format!(
        "line {opened}: a quote opened in this line is never closed, so lines {opened} to {to} would be read as one value; nothing was imported"
    ))
    .with_hint(format!(
        "close the quote in line {opened}; a quote inside a value is written twice (\"\"), and a value that does not start with a quote needs none"
    ))
}

/// Encodes text (a reject message) like the input: Windows-1252 or UTF-8.
pub fn encode(text: &str, windows_1252: bool) -> Cow<'_, [u8]> {
    if windows_1252 {
        encoding_rs::WINDOWS_1252.encode(text).0
    } else {
        Cow::Borrowed(text.as_bytes())
    }
}

/// UTF-16 without a byte-order mark shows as NUL bytes in every other place (the high
/// byte of ASCII characters): at odd offsets little-endian, at even ones big-endian.
/// Other NUL bytes mean the input is no text export lmsctl can read.
fn utf16_without_bom(start: &[u8]) -> Result<Option<Encoding>> {
    if !start.contains(&0) {
        return Ok(None);
    }
    let pairs = start.len() / 2;
    let zeros = |from: usize| start.iter().skip(from).step_by(2).filter(|b| **b == 0).count();
    let (even, odd) = (zeros(0), zeros(1));
    if pairs >= 2 && odd * 2 > pairs && even * 10 < pairs {
        return Ok(Some(Encoding::Utf16Le));
    }
    if pairs >= 2 && even * 2 > pairs && odd * 10 < pairs {
        return Ok(Some(Encoding::Utf16Be));
    }
    Err(Error::invalid(
        "the input holds NUL bytes: it is not a text export in an encoding lmsctl recognises",
    )
    .with_hint("if it is UTF-16 without a byte-order mark, pass --encoding utf-16le (or utf-16be); else export the file as CSV in UTF-8"))
}

fn read_up_to(input: &mut dyn Read, buf: &mut [u8]) -> Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match input.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                return Err(Error::new(
                    ErrorKind::InvalidData,
                    format!("cannot decode the input: {e}"),
                ));
            }
            Err(e) => return Err(Error::failure(format!("cannot read the input: {e}"))),
        }
    }
    Ok(filled)
}

/// Picks the delimiter that splits the head into the most records with the header's
/// field count (then: the most fields), parsing with the real, quote-aware parser.
fn sniff_delimiter(head: &[u8], complete: bool) -> u8 {
    let head = if complete {
        head
    } else {
        // Drop the last, probably cut, line.
        memchr::memrchr(b'\n', head).map_or(head, |end| &head[..=end])
    };
    let mut best = (b',', 0usize, 0usize);
    for candidate in [b';', b',', b'\t', b'|'] {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(candidate)
            .has_headers(false)
            .flexible(true)
            .from_reader(head);
        let mut records = reader
            .byte_records()
            .take(200)
            .filter_map(std::result::Result::ok);
        let Some(header) = records.next() else { continue };
        let fields = header.len();
        if fields < 2 {
            continue;
        }
        let consistent = 1 + records.filter(|r| r.len() == fields).count();
        if (consistent, fields) > (best.1, best.2) {
            best = (candidate, consistent, fields);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(bytes: &[u8]) -> CsvInput {
        CsvInput::open(Box::new(io::Cursor::new(bytes.to_vec())), None, None).unwrap()
    }

    fn records(input: &mut CsvInput) -> Vec<(u64, Vec<String>)> {
        let mut record = csv::ByteRecord::new();
        let mut out = Vec::new();
        while let Some(line) = input.read(&mut record).unwrap() {
            let fields = record
                .iter()
                .map(|f| input.decode(f).unwrap().into_owned())
                .collect();
            out.push((line, fields));
        }
        out
    }

    #[test]
    fn semicolons_with_bom_and_crlf() {
        let mut input = open(b"\xEF\xBB\xBFPersonalnummer;Vorname\r\nQ1;M\xC3\xBCge\r\nQ2;\"A;B\"\r\n");
        assert_eq!(input.delimiter, b';');
        assert!(input.bom && input.crlf);
        let rows = records(&mut input);
        assert_eq!(rows[0], (1, vec!["Personalnummer".into(), "Vorname".into()]));
        assert_eq!(rows[1], (2, vec!["Q1".into(), "Müge".into()]));
        assert_eq!(rows[2], (3, vec!["Q2".into(), "A;B".into()]));
        assert_eq!(input.encoding(), "UTF-8 with BOM");
    }

    #[test]
    fn windows_1252_is_detected_by_its_first_umlaut() {
        let mut input = open(b"id,name\r\n1,Meyer\r\n2,M\xFCller\r\n");
        let rows = records(&mut input);
        assert_eq!(rows[2].1[1], "Müller");
        assert_eq!(input.encoding(), "Windows-1252");
    }

    #[test]
    fn tabs_and_quoted_newlines_keep_line_numbers() {
        let mut input = open(b"a\tb\n1\t\"two\nlines\"\n\n3\tx\n");
        assert_eq!(input.delimiter, b'\t');
        let lines: Vec<u64> = records(&mut input).into_iter().map(|(l, _)| l).collect();
        assert_eq!(lines, [1, 2, 5]);
    }

    #[test]
    fn excel_sep_line_names_the_delimiter() {
        let mut input = open(b"sep=,\r\na;b,c\r\n1;2,3\r\n");
        assert_eq!(input.delimiter, b',');
        let rows = records(&mut input);
        assert_eq!(rows[0], (2, vec!["a;b".into(), "c".into()]));
        assert_eq!(rows[1].0, 3);
    }

    #[test]
    fn utf16le_with_bom_is_transcoded() {
        let text = "Vorname\tNachname\r\nZoë\tFuß\r\n";
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut input = open(&bytes);
        assert_eq!(input.delimiter, b'\t');
        assert_eq!(records(&mut input)[1], (2, vec!["Zoë".into(), "Fuß".into()]));
        assert_eq!(input.encoding(), "UTF-16LE");
    }

    #[test]
    fn invalid_utf8_after_utf8_is_an_error() {
        let mut input = open(b"a,b\n\xC3\xBC,x\n\xFC,y\n");
        let mut record = csv::ByteRecord::new();
        input.read(&mut record).unwrap();
        input.read(&mut record).unwrap();
        assert!(input.decode(&record[0]).is_ok());
        input.read(&mut record).unwrap();
        assert!(
            input
                .decode(&record[0])
                .unwrap_err()
                .contains("--encoding windows-1252")
        );
    }

    #[test]
    fn an_unterminated_quote_names_the_line_it_opened() {
        let text: &[u8] =
            b"id;name;email\r\n1;Anna;a@x.de\r\n2;\"Bert;b@x.de\r\n3;Carl;c@x.de\r\n4;Dora;d@x.de\r\n";
        let mut input = open(text);
        let mut record = csv::ByteRecord::new();
        assert_eq!(input.read(&mut record).unwrap(), Some(1));
        assert_eq!(input.read(&mut record).unwrap(), Some(2));
        let err = input.read(&mut record).unwrap_err();
        assert!(
            err.message.starts_with("line 3: a quote opened"),
            "{}",
            err.message
        );
        assert!(err.message.contains("lines 3 to 6"), "{}", err.message);
        assert!(err.hint.is_some());
        // A quoted value over several lines that is closed is no error.
        for closed in [
            &b"a,b\n1,\"x\ny\"\n"[..],
            b"a,b\n1,\"x\ny\"",
            b"a,b\n1,\"x\n\"\"\"\n",
            b"a,b\n1,x\"y\n",
        ] {
            records(&mut open(closed));
        }
        // A quote opened at the very end.
        let mut input = open(b"a;b\n1;\"\n");
        let mut record = csv::ByteRecord::new();
        input.read(&mut record).unwrap();
        let err = input.read(&mut record).unwrap_err();
        assert!(
            err.message.starts_with("line 2: a quote opened"),
            "{}",
            err.message
        );
    }

    #[test]
    fn utf16_without_a_bom_is_recognised_by_its_nul_bytes() {
        let text = "Vorname\tNachname\r\nZoë\tFuß\r\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let mut input = open(&le);
        assert_eq!(records(&mut input)[1], (2, vec!["Zoë".into(), "Fuß".into()]));
        assert_eq!(input.encoding(), "UTF-16LE");
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let mut input = open(&be);
        assert_eq!(records(&mut input)[1].1[1], "Fuß");
        let binary = CsvInput::open(
            Box::new(io::Cursor::new(b"PK\x03\x04\x00\x00\x08\x00ab,cd\n".to_vec())),
            None,
            None,
        );
        let err = binary.err().unwrap();
        assert!(err.hint.unwrap().contains("--encoding utf-16le"));
    }

    /// The CSV parser's quoting, byte by byte: the reference for [`Quoting`].
    fn quoted_at_end(text: &[u8]) -> bool {
        #[derive(PartialEq)]
        enum State {
            Start,
            Plain,
            Quoted,
            QuoteSeen,
        }
        let mut state = State::Start;
        for &b in text {
            state = match (state, b) {
                (State::Quoted, b'"') => State::QuoteSeen,
                (State::Quoted, _) => State::Quoted,
                (State::Start | State::QuoteSeen, b'"') => State::Quoted,
                (_, b';' | b'\n') => State::Start,
                _ => State::Plain,
            };
        }
        state == State::Quoted
    }

    proptest::proptest! {
        #[test]
        fn quoting_follows_the_parser_across_reads(text in "[a;\"\n]{0,40}", split in 0usize..40) {
            let bytes = text.as_bytes();
            let split = split.min(bytes.len());
            let mut quoting = Quoting::default();
            quoting.read(&bytes[..split], b';');
            quoting.read(&bytes[split..], b';');
            proptest::prop_assert_eq!(quoting.open(), quoted_at_end(bytes), "{:?} split at {}", text, split);
        }
    }

    #[test]
    fn a_lone_cr_ends_a_line() {
        let mut input = open(b"a;b\r1;x\r2;y\r\n3;z\r");
        let lines: Vec<u64> = records(&mut input).into_iter().map(|(l, _)| l).collect();
        assert_eq!(lines, [1, 2, 3, 4]);
    }

    #[test]
    fn hash_covers_the_raw_bytes() {
        let bytes = b"a,b\n1,2\n";
        let mut input = open(bytes);
        records(&mut input);
        assert_eq!(input.sha256(), hex::encode(Sha256::digest(bytes)));
        assert_eq!(input.bytes_read(), bytes.len() as u64);
    }
}
