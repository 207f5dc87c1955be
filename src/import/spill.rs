/*!
Rows kept on disk while a remote store imports them.

A server applies an import only when the client has sent every row, and answers
then which rows it rejected, by line. To report those (on stderr, and in the reject
file with the row exactly as read) in line order among the file's own rejections, as
a local import does, the source keeps every row it handed out and every rejection of
its own until the server has answered: in an unlinked temporary file, so memory stays
bounded however large the export. Entries are written in line order and read back
once, in the same order.
*/

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, Write};

use crate::error::{Error, Result};

/// Problems of a rejected row: (column header, message).
pub type Problems = Vec<(String, String)>;

/// One kept row: its line, its fields as read, and the source's own problems with it
/// (`None`: handed to the store).
pub struct Entry {
    pub line: u64,
    pub record: csv::ByteRecord,
    pub problems: Option<Problems>,
}

enum State {
    Writing(BufWriter<File>),
    Reading(BufReader<File>),
    Done,
}

pub struct Spill {
    state: State,
    /// The entry read ahead while reading.
    ahead: Option<Entry>,
    /// The last row found by [`Spill::advance`], for more rejections of the same line.
    last: Option<(u64, csv::ByteRecord)>,
}

fn spill_error(err: io::Error) -> Error {
    Error::failure(format!(
        "cannot keep the import's rows in a temporary file: {err}"
    ))
    .with_hint("make room in the temporary directory ($TMPDIR, else /tmp)")
}

fn put_bytes(out: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
    let len = u32::try_from(bytes.len()).map_err(|_| io::Error::other("a field over 4 GiB"))?;
    out.write_all(&len.to_le_bytes())?;
    out.write_all(bytes)
}

fn get_u32(input: &mut impl Read) -> io::Result<u32> {
    let mut bytes = [0u8; 4];
    input.read_exact(&mut bytes)?;
    Ok(u32::from_le_bytes(bytes))
}

fn get_bytes(input: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut bytes = vec![0u8; get_u32(input)? as usize];
    input.read_exact(&mut bytes)?;
    Ok(bytes)
}

fn get_string(input: &mut impl Read) -> io::Result<String> {
    String::from_utf8(get_bytes(input)?).map_err(io::Error::other)
}

impl Spill {
    pub fn new() -> Result<Self> {
        let file = tempfile::tempfile().map_err(spill_error)?;
        Ok(Spill {
            state: State::Writing(BufWriter::new(file)),
            ahead: None,
            last: None,
        })
    }

    /// Keeps the row of `line` with its fields as read and, for a row the source
    /// rejected itself, its problems.
    pub fn keep<'f>(
        &mut self,
        line: u64,
        fields: impl ExactSizeIterator<Item = &'f [u8]>,
        problems: Option<&[(String, String)]>,
    ) -> Result<()> {
        let State::Writing(out) = &mut self.state else {
            return Err(Error::failure("the import kept a row after the server answered"));
        };
        let written = (|| -> io::Result<()> {
            out.write_all(&line.to_le_bytes())?;
            out.write_all(&(fields.len() as u32).to_le_bytes())?;
            for field in fields {
                put_bytes(out, field)?;
            }
            match problems {
                None => out.write_all(&[0]),
                Some(problems) => {
                    out.write_all(&[1])?;
                    out.write_all(&(problems.len() as u32).to_le_bytes())?;
                    for (column, message) in problems {
                        put_bytes(out, column.as_bytes())?;
                        put_bytes(out, message.as_bytes())?;
                    }
                    Ok(())
                }
            }
        })();
        written.map_err(spill_error)
    }

    /// The next kept entry, `None` after the last.
    fn read(&mut self) -> Result<Option<Entry>> {
        if let State::Writing(out) = &mut self.state {
            let mut file = out.get_mut().try_clone().map_err(spill_error)?;
            out.flush().map_err(spill_error)?;
            file.rewind().map_err(spill_error)?;
            self.state = State::Reading(BufReader::new(file));
        }
        let State::Reading(input) = &mut self.state else {
            return Ok(None);
        };
        let mut line = [0u8; 8];
        match input.read_exact(&mut line) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
                self.state = State::Done;
                return Ok(None);
            }
            Err(e) => return Err(spill_error(e)),
        }
        let entry = (|| -> io::Result<Entry> {
            let mut record = csv::ByteRecord::new();
            for _ in 0..get_u32(input)? {
                record.push_field(&get_bytes(input)?);
            }
            let mut flag = [0u8; 1];
            input.read_exact(&mut flag)?;
            let problems = if flag[0] == 1 {
                let count = get_u32(input)?;
                let mut problems = Vec::with_capacity(count.min(64) as usize);
                for _ in 0..count {
                    problems.push((get_string(input)?, get_string(input)?));
                }
                Some(problems)
            } else {
                None
            };
            Ok(Entry {
                line: u64::from_le_bytes(line),
                record,
                problems,
            })
        })();
        entry.map(Some).map_err(spill_error)
    }

    /// Hands every kept rejection before `line` to `report`, in line order, and
    /// returns the fields of the row kept for `line` (`None` if none was). Called with
    /// lines in increasing order; the same line again finds the same row.
    pub fn advance(
        &mut self,
        line: u64,
        report: &mut dyn FnMut(u64, &csv::ByteRecord, Problems),
    ) -> Result<Option<csv::ByteRecord>> {
        if let Some((last, record)) = &self.last
            && *last == line
        {
            return Ok(Some(record.clone()));
        }
        loop {
            let entry = match self.ahead.take() {
                Some(entry) => entry,
                None => match self.read()? {
                    Some(entry) => entry,
                    None => return Ok(None),
                },
            };
            if entry.line > line {
                self.ahead = Some(entry);
                return Ok(None);
            }
            match entry.problems {
                Some(problems) => report(entry.line, &entry.record, problems),
                None if entry.line == line => {
                    self.last = Some((line, entry.record.clone()));
                    return Ok(Some(entry.record));
                }
                None => {}
            }
        }
    }

    /// Hands the kept rejections not yet reported to `report`, in line order.
    pub fn finish(&mut self, report: &mut dyn FnMut(u64, &csv::ByteRecord, Problems)) -> Result<()> {
        self.advance(u64::MAX, report).map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_rejections_come_back_in_line_order_around_late_ones() {
        let mut spill = Spill::new().unwrap();
        let problem = vec![("E-Mail".to_owned(), "bad".to_owned())];
        let fields: [&[u8]; 2] = [b"P1", b"a@x.de"];
        spill.keep(2, fields.iter().copied(), None).unwrap();
        spill
            .keep(3, [b"P2" as &[u8]].into_iter(), Some(&problem))
            .unwrap();
        spill
            .keep(5, [b"P3" as &[u8], b"c@x.de"].into_iter(), None)
            .unwrap();
        spill
            .keep(7, [b"P4" as &[u8]].into_iter(), Some(&problem))
            .unwrap();
        let mut reported = Vec::new();
        let mut report = |line: u64, record: &csv::ByteRecord, problems: Problems| {
            reported.push((line, record.get(0).unwrap().to_vec(), problems.len()));
        };
        let row = spill.advance(5, &mut report).unwrap().unwrap();
        assert_eq!(row.get(1), Some(&b"c@x.de"[..]));
        assert_eq!(spill.advance(5, &mut report).unwrap().unwrap(), row);
        assert_eq!(spill.advance(6, &mut report).unwrap(), None);
        spill.finish(&mut report).unwrap();
        assert_eq!(reported, [(3, b"P2".to_vec(), 1), (7, b"P4".to_vec(), 1)]);
        assert!(spill.keep(8, std::iter::empty(), None).is_err());
    }
}
