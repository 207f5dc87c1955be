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

use support::{count_lines, remove_if_exists, truncate, verdict, wait_with_rusage};

use std::error::Error;
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

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
    let create = measure(
        Command::new(&lmsctl)
            .args([
                "--store", "store.db", "tenant", "create", "bench", "--name", "Bench",
            ])
            .current_dir(&dir),
        Stdio::null(),
        &dir,
        "tenant-create",
    )?;
    create.check("lmsctl tenant create")?;

    // 3.-5. The imports.
    let import = |file: &str, label: &str| -> Result<Measured> {
        let run = measure(
            Command::new(&lmsctl)
                .args([
                    "--store", "store.db", "--tenant", "bench", "import", "users", file, "-o", "json",
                ])
                .current_dir(&dir),
            Stdio::null(),
            &dir,
            label,
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

/// Generates `dir/name` with `gen_users --rows rows EXTRA` unless it is there with
/// `rows` rows and a header. Writes to a temporary file first, so an interrupted run
/// leaves no half-written CSV behind.
fn ensure_csv(gen_users: &Path, dir: &Path, name: &str, rows: u64, extra: &[&str]) -> Result<()> {
    let path = dir.join(name);
    if path.exists() && count_lines(&path)? == rows + 1 {
        println!(
            "{:<36} {:>8} {:>12} {:>10}  reused",
            format!("generate {name}"),
            "-",
            "-",
            "-"
        );
        return Ok(());
    }
    if !gen_users.exists() {
        return Err(format!(
            "{} is missing: run `cargo build --release --examples` first",
            gen_users.display()
        )
        .into());
    }
    let partial = dir.join(format!("{name}.partial"));
    let run = measure(
        Command::new(gen_users)
            .args(["--rows", &rows.to_string(), "--format", "de", "--out"])
            .arg(&partial)
            .args(extra),
        Stdio::null(),
        dir,
        &format!("generate-{}", name.trim_end_matches(".csv")),
    )?;
    run.check("gen_users")?;
    std::fs::rename(&partial, &path)?;
    let mb = std::fs::metadata(&path)?.len() as f64 / 1e6;
    run.print_row(&format!("generate {name}"), rows, &format!("{mb:.1} MB"));
    Ok(())
}

/// One finished child process.
struct Measured {
    command: String,
    wall: Duration,
    status: ExitStatus,
    /// Peak resident set size in KiB, where the platform reports it.
    peak_rss_kib: Option<u64>,
    stdout: String,
    stderr: String,
}

/// Runs `command` to completion with `stdin`, and stdout/stderr captured in
/// `dir/label.stdout` and `dir/label.stderr` (files, not pipes: nothing to drain
/// while timing), and returns its wall time, exit status, peak RSS and output.
fn measure(command: &mut Command, stdin: Stdio, dir: &Path, label: &str) -> Result<Measured> {
    let out_path = dir.join(format!("{label}.stdout"));
    let err_path = dir.join(format!("{label}.stderr"));
    command
        .stdin(stdin)
        .stdout(File::create(&out_path)?)
        .stderr(File::create(&err_path)?);
    // Start each measurement from a quiet disk: earlier steps (and the deleted store
    // of an earlier run) leave hundreds of MB of dirty pages being written back.
    // SAFETY: sync(2) takes no arguments and cannot fail.
    unsafe { libc::sync() };
    let started = Instant::now();
    let child = command
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", command.get_program().to_string_lossy()))?;
    let (status, peak_rss_kib) = wait_with_rusage(child)?;
    let wall = started.elapsed();
    let args: Vec<_> = command.get_args().map(|a| a.to_string_lossy()).collect();
    Ok(Measured {
        command: format!("{} {}", command.get_program().to_string_lossy(), args.join(" ")),
        wall,
        status,
        peak_rss_kib,
        stdout: String::from_utf8_lossy(&std::fs::read(&out_path)?).into_owned(),
        stderr: String::from_utf8_lossy(&std::fs::read(&err_path)?).into_owned(),
    })
}

impl Measured {
    fn secs(&self) -> f64 {
        self.wall.as_secs_f64()
    }

    fn peak_rss_mb(&self) -> Option<f64> {
        self.peak_rss_kib.map(|kib| kib as f64 * 1024.0 / 1e6)
    }

    /// An error carrying the child's stderr when it did not exit with 0.
    fn check(&self, what: &str) -> Result<()> {
        if self.status.success() {
            return Ok(());
        }
        let _ = io::stdout().flush();
        eprintln!("{what} failed ({}): {}", self.status, self.command);
        eprintln!("--- stderr ---\n{}", self.stderr.trim_end());
        if !self.stdout.trim().is_empty() {
            eprintln!("--- stdout ---\n{}", truncate(self.stdout.trim_end(), 2000));
        }
        Err(format!("{what} failed: {}", self.status).into())
    }

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
    let run = measure(
        Command::new("sqlite3").arg("reference.db").current_dir(dir),
        Stdio::from(File::open(&script_path)?),
        dir,
        "sqlite3",
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
