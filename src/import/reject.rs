/*!
The reject file: rejected rows exactly as they were read, plus an `error` column,
in the input's own delimiter, line ends, BOM and encoding, so that HR can fix them
in the tool that made the export and send them again. It holds personal data, so it
is created readable by the owner only.
*/

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::rows::Rejection;
use super::source::{InputFormat, encode};
use crate::error::{Error, Result};
use crate::private_file::PrivateFile;

pub struct RejectWriter {
    writer: csv::Writer<BufWriter<PrivateFile>>,
    path: PathBuf,
    /// The first write error; reported by `finish` (rejecting a row cannot fail the row).
    failed: Option<csv::Error>,
}

impl RejectWriter {
    pub fn create(path: &Path, format: &InputFormat, windows_1252: bool) -> Result<Self> {
        let file = PrivateFile::create(path, "reject file")?;
        let mut out = BufWriter::new(file);
        if format.bom {
            out.write_all(b"\xEF\xBB\xBF")
                .map_err(|e| Error::io("write", path, e))?;
        }
        let terminator = if format.crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        };
        let mut writer = csv::WriterBuilder::new()
            .delimiter(format.delimiter)
            .terminator(terminator)
            .from_writer(out);
        let mut first = format.header.clone();
        first.push_field(&encode("error", windows_1252));
        writer
            .write_byte_record(&first)
            .map_err(|e| write_error(path, e))?;
        Ok(RejectWriter {
            writer,
            path: path.to_owned(),
            failed: None,
        })
    }

    pub fn row(&mut self, record: &csv::ByteRecord, rejection: &Rejection, windows_1252: bool) {
        if self.failed.is_some() {
            return;
        }
        let mut row = record.clone();
        let error = format!("line {}: {}", rejection.line, rejection.summary());
        row.push_field(&encode(&error, windows_1252));
        if let Err(e) = self.writer.write_byte_record(&row) {
            self.failed = Some(e);
        }
    }

    pub fn finish(mut self) -> Result<()> {
        if let Some(e) = self.failed.take() {
            return Err(write_error(&self.path, e));
        }
        let file = self
            .writer
            .into_inner()
            .map_err(|e| Error::io("write the reject file", &self.path, e.into_error()))?
            .into_inner()
            .map_err(|e| Error::io("write the reject file", &self.path, e.into_error()))?;
        file.commit()
    }
}

fn write_error(path: &Path, err: csv::Error) -> Error {
    Error::failure(format!("cannot write the reject file {}: {err}", path.display()))
}
