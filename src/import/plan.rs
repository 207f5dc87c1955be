/*!
Plans: what an import would change, kept for a look (`--dry-run`) or for later
(`--plan-out FILE`, then `lmsctl import apply FILE`).

A saved plan is JSON Lines, so that a million changes are written and applied
without holding them in memory: a header object (format, the import's options, the
store state it was made against), one object per change (`"op": "create"`,
`"update"` with the fields that change, `"reactivate"`, `"suspend"`), and a last
line `{"summary": ...}` with the counts and the input's SHA-256. It holds personal
data, so it is created readable by the owner only.
*/

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::core::import::check_plan_header;
use crate::error::{Error, Result};
use crate::model::{Change, ImportReport, ImportSpec, PlanHeader, PlanSink, PlanSource};
use crate::private_file::PrivateFile;

/// How many changes of each kind a dry run shows.
const SAMPLES_PER_KIND: usize = 5;

/// Keeps the first few changes of each kind, for a dry run's display.
#[derive(Debug, Default)]
pub struct Samples {
    pub changes: Vec<Change>,
}

impl PlanSink for Samples {
    fn begin(&mut self, _store_head: &str) -> Result<()> {
        Ok(())
    }

    fn change(&mut self, change: &Change) -> Result<()> {
        let kind = change.kind();
        if self.changes.iter().filter(|c| c.kind() == kind).count() < SAMPLES_PER_KIND {
            self.changes.push(change.clone());
        }
        Ok(())
    }

    fn changes_wanted(&self) -> Option<usize> {
        Some(SAMPLES_PER_KIND)
    }
}

/// Writes a plan file, and keeps samples too.
pub struct PlanWriter {
    out: BufWriter<PrivateFile>,
    path: PathBuf,
    spec: ImportSpec,
    pub samples: Samples,
}

#[derive(Serialize, Deserialize)]
struct SummaryLine {
    summary: ImportReport,
}

impl PlanWriter {
    pub fn create(path: &Path, spec: ImportSpec) -> Result<Self> {
        let file = PrivateFile::create(path, "plan file")?;
        Ok(PlanWriter {
            out: BufWriter::new(file),
            path: path.to_owned(),
            spec,
            samples: Samples::default(),
        })
    }

    fn line<T: Serialize>(&mut self, value: &T) -> Result<()> {
        serde_json::to_writer(&mut self.out, value)
            .map_err(|e| Error::failure(format!("cannot write the plan {}: {e}", self.path.display())))?;
        self.out
            .write_all(b"\n")
            .map_err(|e| Error::io("write the plan file", &self.path, e))
    }

    /// Writes the summary line and flushes.
    pub fn finish(mut self, report: &ImportReport) -> Result<()> {
        self.line(&SummaryLine {
            summary: report.clone(),
        })?;
        self.out
            .into_inner()
            .map_err(|e| Error::io("write the plan file", &self.path, e.into_error()))?
            .commit()
    }
}

impl PlanSink for PlanWriter {
    fn begin(&mut self, store_head: &str) -> Result<()> {
        let header = PlanHeader {
            format: PlanHeader::FORMAT.to_owned(),
            version: PlanHeader::VERSION,
            spec: self.spec.clone(),
            store_head: store_head.to_owned(),
        };
        self.line(&header)
    }

    fn change(&mut self, change: &Change) -> Result<()> {
        self.samples.change(change)?;
        self.line(change)
    }
}

/// Reads a plan file: the header at once, the changes one by one.
pub struct PlanReader {
    lines: std::io::Lines<Box<dyn BufRead>>,
    path: PathBuf,
    line: u64,
    header: PlanHeader,
    summary: Option<ImportReport>,
}

impl PlanReader {
    /// Opens a plan file; `-` reads standard input.
    pub fn open(path: &Path) -> Result<Self> {
        let input: Box<dyn BufRead> = if path == Path::new("-") {
            Box::new(BufReader::new(std::io::stdin()))
        } else {
            let file = File::open(path).map_err(|e| {
                let err = Error::io("open the plan", path, e);
                match err.kind {
                    crate::ErrorKind::NoInput => err.with_hint(
                        "name the file written by `lmsctl import users FILE --plan-out PLAN`, or - for standard input",
                    ),
                    _ => err,
                }
            })?;
            Box::new(BufReader::new(file))
        };
        let mut lines = input.lines();
        let not_a_plan = || {
            Error::invalid(format!("{} is not an lmsctl import plan", path.display()))
                .with_hint("make one with `lmsctl import users FILE --plan-out PLAN`")
        };
        let first = lines
            .next()
            .transpose()
            .map_err(|e| Error::io("read the plan", path, e))?
            .ok_or_else(not_a_plan)?;
        let header: PlanHeader = serde_json::from_str(&first).map_err(|_| not_a_plan())?;
        check_plan_header(&header).map_err(|m| {
            Error::invalid(format!("{}: {m}", path.display()))
                .with_hint("make a plan with `lmsctl import users FILE --plan-out PLAN`")
        })?;
        Ok(PlanReader {
            lines,
            path: path.to_owned(),
            line: 1,
            header,
            summary: None,
        })
    }
}

impl PlanSource for PlanReader {
    fn header(&self) -> &PlanHeader {
        &self.header
    }

    /// An error at the end of a plan cut off before its summary line, so that
    /// applying it fails instead of committing part of it.
    fn next_change(&mut self) -> Result<Option<Change>> {
        if self.summary.is_some() {
            return Ok(None);
        }
        let Some(text) = self.lines.next() else {
            return Err(Error::invalid(format!(
                "{} ends before its summary line: the plan is incomplete; nothing was changed",
                self.path.display()
            )));
        };
        let text = text.map_err(|e| Error::io("read the plan", &self.path, e))?;
        self.line += 1;
        if let Ok(summary) = serde_json::from_str::<SummaryLine>(&text) {
            self.summary = Some(summary.summary);
            return Ok(None);
        }
        serde_json::from_str(&text).map(Some).map_err(|e| {
            Error::invalid(format!(
                "{}:{}: not a plan entry: {e}",
                self.path.display(),
                self.line
            ))
            .with_hint("plans are made by `lmsctl import users --plan-out` and should not be edited")
        })
    }

    fn summary(&self) -> Option<&ImportReport> {
        self.summary.as_ref()
    }
}
