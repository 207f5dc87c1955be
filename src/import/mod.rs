/*!
Bulk import of users from HR exports, the job cron runs every night.

The pipeline: [`source`] opens the input (encoding, delimiter, line numbers),
[`columns`] maps its headers to user fields, [`rows`] validates each record, and
the store diffs the valid rows against the tenant and applies the difference in one
transaction ([`crate::core::Lms::import_users`]). [`plan`] keeps what a dry run
would change; [`reject`] writes the rows that could not be imported.
*/

pub mod columns;
pub mod completions;
pub mod pipeline;
pub mod plan;
pub mod reject;
pub mod rows;
pub mod source;
pub mod spill;

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::core::Lms;
use crate::error::{Error, Result};
use crate::model::{Change, ImportKey, ImportMode, ImportReport, ImportSpec, SuspendLimit};

pub use columns::Mapping;
pub use pipeline::Observer;
pub use rows::Rejection;
pub use source::Encoding;

/// What `lmsctl import users` was asked to do.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    pub tenant: String,
    /// A path, or `-` for standard input.
    pub file: String,
    pub key: Option<ImportKey>,
    pub mode: ImportMode,
    pub max_suspend: SuspendLimit,
    pub group: Option<String>,
    pub dry_run: bool,
    pub plan_out: Option<PathBuf>,
    pub skip_invalid: bool,
    pub reject_file: Option<PathBuf>,
    pub mappings: Vec<Mapping>,
    pub encoding: Option<Encoding>,
    pub delimiter: Option<u8>,
    pub date_format: Option<String>,
}

/// What an import did (or, for a dry run, would do).
#[derive(Debug, Clone)]
pub struct ImportOutcome {
    pub report: ImportReport,
    /// The first changes of each kind (dry runs and plans).
    pub samples: Vec<Change>,
    /// How the input was read, e.g. "UTF-8 with BOM, ';'-separated".
    pub format: String,
    /// Headers that matched no field and were ignored.
    pub ignored_columns: Vec<String>,
}

/// Opens a file argument; `-` is standard input.
pub fn open_input(file: &str) -> Result<(Box<dyn Read + Send>, Option<u64>)> {
    if file == "-" {
        return Ok((Box::new(std::io::stdin()), None));
    }
    let path = Path::new(file);
    let handle = File::open(path).map_err(|e| {
        let err = Error::io("read", path, e);
        if err.kind == crate::ErrorKind::NoInput {
            err.with_hint("check the path; use - to read from standard input")
        } else {
            err
        }
    })?;
    let size = handle.metadata().ok().map(|m| m.len());
    Ok((Box::new(handle), size))
}

/// Runs an import of `options.file` into the store: the input is read and validated
/// on a second thread while the store diffs and writes on this one.
pub fn import_users(
    store: &Lms,
    options: &ImportOptions,
    observer: Observer<'_>,
    info: &mut dyn FnMut(&str),
) -> Result<ImportOutcome> {
    let (raw, _) = open_input(&options.file)?;
    let read = pipeline::ReadOptions {
        encoding: options.encoding,
        delimiter: options.delimiter,
        mappings: options.mappings.clone(),
        key: options.key,
        mode: options.mode,
        date_format: options.date_format.clone(),
    };
    std::thread::scope(|scope| {
        let (opened_tx, opened_rx) = std::sync::mpsc::sync_channel(1);
        let (events_tx, events_rx) = pipeline::channel();
        std::thread::Builder::new()
            .name("import-reader".to_owned())
            .spawn_scoped(scope, move || pipeline::validate(raw, read, opened_tx, events_tx))
            .map_err(|e| Error::failure(format!("cannot start the import's reader thread: {e}")))?;
        let opened = opened_rx
            .recv()
            .map_err(|_| Error::failure("the import's reader stopped before reading the header"))??;
        let ignored_columns = opened.columns.unknown.clone();
        if !ignored_columns.is_empty() {
            info(&format!(
                "ignoring columns that name no user field: {} (map one with --map 'HEADER=FIELD')",
                ignored_columns.join(", ")
            ));
        }
        let mut rows = pipeline::Pipeline::new(events_rx, &opened, options.reject_file.as_deref(), observer)?;
        let spec = ImportSpec {
            tenant: options.tenant.clone(),
            key: opened.key,
            mode: options.mode,
            columns: opened.columns.fields(),
            max_suspend: options.max_suspend,
            group: options.group.clone(),
            apply: !options.dry_run && options.plan_out.is_none(),
            skip_invalid: options.skip_invalid,
            file: options.file.clone(),
        };
        let (report, samples) = match &options.plan_out {
            Some(path) => {
                let mut writer = plan::PlanWriter::create(path, spec.clone())?;
                let report = store.import_users(&spec, &mut rows, &mut writer)?;
                let samples = std::mem::take(&mut writer.samples.changes);
                writer.finish(&report)?;
                (report, samples)
            }
            None => {
                let mut samples = plan::Samples::default();
                let report = store.import_users(&spec, &mut rows, &mut samples)?;
                (report, samples.changes)
            }
        };
        Ok(ImportOutcome {
            report,
            samples,
            format: rows.format(),
            ignored_columns,
        })
    })
}

/// Applies a plan saved with `--plan-out`.
pub fn apply_plan(store: &Lms, path: &Path) -> Result<ImportReport> {
    store.apply_import_plan(&mut plan::PlanReader::open(path)?)
}
