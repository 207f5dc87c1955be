//! Benchmark for `lmsctl import users`: a first import of BENCH_ROWS users (default
//! 1,000,000) from a German HR export into a fresh store, the same import again
//! (nothing changes), and an import where every 100th row has a new department;
//! then the sqlite3 shell importing the same file into a bare table as a reference.
//!
//! Run: `cargo build --release --bins --examples && cargo run --release --example bench_import`.
//! The CSV files are made by the `gen_users` example (target/release/examples/gen_users)
//! into target/bench/import/ and reused while they have the right number of rows.
//! Times are wall-clock for the whole process, start-up included; peak RSS is the
//! child's `ru_maxrss` from `wait4`.

mod support;

use support::{Measured, measure_with_stdin, remove_if_exists, truncate, verdict};

use std::error::Error;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

type Result<T> = std::result::Result<T, Box<dyn Error>>;

const CHANGE_EVERY: u64 = 100;
/// Targets, for 1,000,000 rows.
const TARGET_FIRST_S: f64 = 5.0;
const TARGET_AGAIN_S: f64 = 3.0;
const TARGET_RSS_MB: f64 = 300.0;
const TARGET_RATIO: f64 = 2.0;

fn main() -> Result<()> {
    let support::Setup {
        size: rows,
        lmsctl,
        gen_users,
        dir,
    } = support::setup("BENCH_ROWS", 1_000_000, 1, "import")?;

    println!("work dir: {} ({rows} rows)", dir.display());
    if rows != 1_000_000 {
        println!("note: the targets are meant for 1,000,000 rows");
    }
    println!(
        "{:<36} {:>8} {:>12} {:>10}  target",
        "step", "wall s", "rows/s", "peak RSS"
    );

    // 1. The input files.
    let csv = format!("users-{rows}.csv");
    let changed = format!("users-{rows}-changed.csv");
    ensure_csv(&gen_users, &dir, &csv, rows, &[])?;
    ensure_csv(
        &gen_users,
        &dir,
        &changed,
        rows,
        &["--change-every", &CHANGE_EVERY.to_string()],
    )?;

    // 2. A fresh store with the tenant.
    for file in ["store.db", "store.db-wal", "store.db-shm"] {
        remove_if_exists(&dir.join(file))?;
    }
    let create = measure_with_stdin(
        Command::new(&lmsctl)
            .args([
                "--store", "store.db", "tenant", "create", "bench", "--name", "Bench",
            ])
            .current_dir(&dir),
        Stdio::null(),
        &dir,
        "tenant-create",
        u64::MAX,
    )?;
    create.check("lmsctl tenant create")?;

    // 3.-5. The imports.
    let import = |file: &str, label: &str| -> Result<Measured> {
        let run = measure_with_stdin(
            Command::new(&lmsctl)
                .args([
                    "--store", "store.db", "--tenant", "bench", "import", "users", file, "-o", "json",
                ])
                .current_dir(&dir),
            Stdio::null(),
            &dir,
            label,
            u64::MAX,
        )?;
        run.check(&format!("lmsctl import users {file}"))?;
        Ok(run)
    };
    let first = import(&csv, "import-first")?;
    let rss_verdict = match first.peak_rss_mb() {
        Some(mb) => verdict(mb <= TARGET_RSS_MB),
        None => "n/a",
    };
    first.print_row(
        "import (first)",
        rows,
        &format!(
            "<= {TARGET_FIRST_S} s {}, RSS <= {TARGET_RSS_MB} MB {rss_verdict}",
            verdict(first.secs() <= TARGET_FIRST_S)
        ),
    );
    first.print_summary(&[("created", rows)]);

    let again = import(&csv, "import-again")?;
    again.print_row(
        "import (again, unchanged)",
        rows,
        &format!(
            "<= {TARGET_AGAIN_S} s {}",
            verdict(again.secs() <= TARGET_AGAIN_S)
        ),
    );
    again.print_summary(&[("created", 0), ("updated", 0), ("unchanged", rows)]);

    let update = import(&changed, "import-changed")?;
    update.print_row(
        &format!("import (1 in {CHANGE_EVERY} changed)"),
        rows,
        "informational",
    );
    update.print_summary(&[("updated", rows / CHANGE_EVERY)]);

    // 6. The reference: the sqlite3 shell importing the same file into a bare table.
    if let Some(reference) = sqlite3_reference(&dir, &csv, rows)? {
        let ratio = first.secs() / reference.secs();
        println!(
            "lmsctl first import / sqlite3: {ratio:.2}x  (target <= {TARGET_RATIO}x {})",
            verdict(ratio <= TARGET_RATIO)
        );
    }
    Ok(())
}

/// [`support::generate_csv`], with a row of this benchmark's table.
fn ensure_csv(gen_users: &Path, dir: &Path, name: &str, rows: u64, extra: &[&str]) -> Result<()> {
    let step = format!("generate {name}");
    match support::generate_csv(gen_users, dir, name, rows, extra)? {
        None => println!("{step:<36} {:>8} {:>12} {:>10}  reused", "-", "-", "-"),
        Some((run, mb)) => run.print_row(&step, rows, &format!("{mb:.1} MB")),
    }
    Ok(())
}

/// The local look of a measured step: a row of the table this benchmark prints, and
/// the import's JSON summary.
trait Printed {
    fn print_row(&self, step: &str, rows: u64, target: &str);
    fn print_summary(&self, expected: &[(&str, u64)]);
}

impl Printed for Measured {
    fn print_row(&self, step: &str, rows: u64, target: &str) {
        let rss = match self.peak_rss_mb() {
            Some(mb) => format!("{mb:.0} MB"),
            None => "-".to_owned(),
        };
        println!(
            "{step:<36} {:>8.2} {:>12.0} {rss:>10}  {target}",
            self.secs(),
            rows as f64 / self.secs()
        );
    }

    /// Prints the JSON summary from stdout compactly as `key=value ...` (long values
    /// cut short), and how it compares with the expected counts.
    fn print_summary(&self, expected: &[(&str, u64)]) {
        let text = self.stdout.trim();
        let Ok(serde_json::Value::Object(summary)) = serde_json::from_str::<serde_json::Value>(text) else {
            println!("    summary is not a JSON object: {}", truncate(text, 200));
            return;
        };
        let fields: Vec<String> = summary
            .iter()
            .map(|(key, value)| match value {
                serde_json::Value::String(s) if s.chars().count() > 40 => {
                    format!("{key}={}", truncate(s, 12))
                }
                serde_json::Value::String(s) => format!("{key}={s}"),
                other => format!("{key}={}", truncate(&other.to_string(), 40)),
            })
            .collect();
        println!("    {}", truncate(&fields.join(" "), 300));
        let mismatches: Vec<String> = expected
            .iter()
            .filter_map(
                |&(key, want)| match summary.get(key).and_then(serde_json::Value::as_u64) {
                    Some(got) if got == want => None,
                    Some(got) => Some(format!("{key}={got}, expected {want}")),
                    None => Some(format!("no numeric '{key}', expected {want}")),
                },
            )
            .collect();
        if !mismatches.is_empty() {
            println!("    UNEXPECTED: {}", mismatches.join("; "));
        }
    }
}

/// Imports `csv` with the sqlite3 shell into a fresh database with a bare table and
/// the two unique indexes lmsctl also needs, in WAL mode like lmsctl's store. `None`
/// when sqlite3 is not installed.
fn sqlite3_reference(dir: &Path, csv: &str, rows: u64) -> Result<Option<Measured>> {
    match Command::new("sqlite3")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
    {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            println!("sqlite3 not found: apt-get install sqlite3");
            return Ok(None);
        }
        other => other?,
    };
    let db: PathBuf = dir.join("reference.db");
    for suffix in ["", "-wal", "-shm"] {
        remove_if_exists(&PathBuf::from(format!("{}{suffix}", db.display())))?;
    }
    // `.import --csv` would reset the separator to ','; `.mode csv` plus `.separator`
    // keeps CSV quoting and uses ';'. The BOM is in the header line, which
    // `--skip 1` skips, and CRLF line ends are handled in CSV mode.
    let script = format!(
        "PRAGMA journal_mode=WAL;
CREATE TABLE u(external_id TEXT, first_name TEXT, last_name TEXT, email TEXT, department TEXT, location TEXT, start_date TEXT);
CREATE UNIQUE INDEX u_ext ON u(external_id);
CREATE UNIQUE INDEX u_email ON u(email);
.mode csv
.separator \";\"
.import --skip 1 {csv} u
"
    );
    let script_path = dir.join("reference.sql");
    std::fs::write(&script_path, script)?;
    let run = measure_with_stdin(
        Command::new("sqlite3").arg("reference.db").current_dir(dir),
        Stdio::from(File::open(&script_path)?),
        dir,
        "sqlite3",
        u64::MAX,
    )?;
    run.check("sqlite3")?;
    run.print_row("sqlite3 .import (reference)", rows, "reference");
    let problems = run.stderr.lines().count();
    if problems > 0 {
        println!(
            "    sqlite3 reported {problems} problems, e.g.: {}",
            run.stderr.lines().next().unwrap_or("")
        );
    }
    let conn = rusqlite::Connection::open(&db)?;
    let count: u64 = conn.query_row("SELECT count(*) FROM u", [], |r| r.get(0))?;
    let quoted: u64 = conn.query_row(
        "SELECT count(*) FROM u WHERE department = 'Forschung; Entwicklung'",
        [],
        |r| r.get(0),
    )?;
    println!("    {count} rows imported, {quoted} with a quoted department");
    if count != rows {
        println!("    UNEXPECTED: {count} rows, expected {rows}");
    }
    Ok(Some(run))
}
