//! Helpers the benchmark examples share: process timing with peak memory, file
//! helpers and table formatting. (A module of the examples, not an example itself.)

#![allow(dead_code)]

pub mod serving;

use std::error::Error;
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, ExitStatus, Stdio};
use std::time::{Duration, Instant};

pub type Result<T> = std::result::Result<T, Box<dyn Error>>;

/// A file under the crate's src/ changed after `exe` was built, if any.
pub fn newer_source(exe: &Path) -> io::Result<Option<PathBuf>> {
    let built = std::fs::metadata(exe)?.modified()?;
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let entry = entry?;
            let meta = entry.metadata()?;
            if meta.is_dir() {
                dirs.push(entry.path());
            } else if meta.modified()? > built {
                return Ok(Some(entry.path()));
            }
        }
    }
    Ok(None)
}

/// `P0000001`, the personnel number `gen_users` gives row `n` (1-based).
pub fn external_id(n: u64) -> String {
    format!("P{n:07}")
}

pub fn verdict(ok: bool) -> &'static str {
    if ok { "ok" } else { "MISSED" }
}

pub fn duration(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if secs >= 1.0 {
        format!("{secs:.2} s")
    } else {
        format!("{:.1} ms", secs * 1000.0)
    }
}

pub fn remove_if_exists(path: &Path) -> io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

pub fn count_lines(path: &Path) -> io::Result<u64> {
    let mut file = File::open(path)?;
    let mut buf = vec![0u8; 1 << 20];
    let mut lines = 0;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            return Ok(lines);
        }
        lines += buf[..n].iter().filter(|&&b| b == b'\n').count() as u64;
    }
}

/// At most `max` characters of `text`, with `...` when cut.
pub fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text.to_owned(),
    }
}

/// Waits for `child` and returns its exit status and peak RSS in KiB.
#[cfg(unix)]
fn wait_with_rusage(child: Child) -> io::Result<(ExitStatus, Option<u64>)> {
    use std::os::unix::process::ExitStatusExt;

    let pid = libc::pid_t::try_from(child.id()).map_err(io::Error::other)?;
    let mut status: libc::c_int = 0;
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    loop {
        // SAFETY: `pid` is our own child, which nothing has reaped yet (`child` is
        // neither waited for nor dropped before this returns, and dropping a `Child`
        // does not wait); `status` and `usage` are valid for writes for the call.
        let reaped = unsafe { libc::wait4(pid, &mut status, 0, usage.as_mut_ptr()) };
        if reaped == pid {
            break;
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
    // SAFETY: `wait4` succeeded and filled in `usage`; it started zeroed anyway, and
    // all-zero bytes are a valid `rusage` (integers and `timeval`s only).
    let usage = unsafe { usage.assume_init() };
    drop(child);
    // Linux reports KiB, macOS bytes.
    let max_rss = u64::try_from(usage.ru_maxrss).unwrap_or(0);
    let kib = if cfg!(target_os = "macos") {
        max_rss / 1024
    } else {
        max_rss
    };
    Ok((ExitStatus::from_raw(status), Some(kib)))
}

#[cfg(not(unix))]
fn wait_with_rusage(mut child: Child) -> io::Result<(ExitStatus, Option<u64>)> {
    Ok((child.wait()?, None))
}

/// One finished child process.
pub struct Measured {
    pub command: String,
    pub wall: Duration,
    pub status: ExitStatus,
    /// Peak resident set size in KiB, where the platform reports it.
    pub peak_rss_kib: Option<u64>,
    /// The first `kept` bytes of stdout and stderr (the whole output stays in the files).
    pub stdout: String,
    pub stderr: String,
}

/// Runs `command` to completion with no stdin, and stdout/stderr captured in
/// `dir/label.stdout` and `dir/label.stderr` (files, not pipes: nothing to drain
/// while timing), and returns its wall time, exit status, peak RSS and the first
/// `kept` bytes of its output.
pub fn measure(command: &mut Command, dir: &Path, label: &str, kept: u64) -> Result<Measured> {
    measure_with_stdin(command, Stdio::null(), dir, label, kept)
}

/// [`measure`] with `stdin` as the child's standard input.
pub fn measure_with_stdin(
    command: &mut Command,
    stdin: Stdio,
    dir: &Path,
    label: &str,
    kept: u64,
) -> Result<Measured> {
    let out_path = dir.join(format!("{label}.stdout"));
    let err_path = dir.join(format!("{label}.stderr"));
    command
        .stdin(stdin)
        .stdout(File::create(&out_path)?)
        .stderr(File::create(&err_path)?);
    // Start each measurement from a quiet disk: copying the store and earlier steps
    // leave hundreds of MB of dirty pages being written back.
    // SAFETY: sync(2) takes no arguments and cannot fail.
    unsafe { libc::sync() };
    let started = Instant::now();
    let child = command
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", command.get_program().to_string_lossy()))?;
    let (status, peak_rss_kib) = wait_with_rusage(child)?;
    let wall = started.elapsed();
    let args: Vec<_> = command.get_args().map(|a| a.to_string_lossy()).collect();
    // Only the start of the output is kept: outputs can be hundreds of MB, and this
    // process's own peak RSS would show up as the children's.
    let read = |path: &Path| -> io::Result<String> {
        let mut text = Vec::new();
        File::open(path)?.take(kept).read_to_end(&mut text)?;
        Ok(String::from_utf8_lossy(&text).into_owned())
    };
    Ok(Measured {
        command: format!("{} {}", command.get_program().to_string_lossy(), args.join(" ")),
        wall,
        status,
        peak_rss_kib,
        stdout: read(&out_path)?,
        stderr: read(&err_path)?,
    })
}

impl Measured {
    pub fn secs(&self) -> f64 {
        self.wall.as_secs_f64()
    }

    pub fn peak_rss_mb(&self) -> Option<f64> {
        self.peak_rss_kib.map(|kib| kib as f64 * 1024.0 / 1e6)
    }

    /// An error carrying the child's stderr when it did not exit with 0.
    pub fn check(&self, what: &str) -> Result<()> {
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
}

/// Creates the store with `users` generated users unless it already has them. Users
/// are inserted in one transaction straight into the schema that lmsctl created.
pub fn ensure_store(path: &Path, users: u64) -> Result<()> {
    if path.exists() {
        let conn = rusqlite::Connection::open(path)?;
        let count: u64 = conn
            .query_row("SELECT count(*) FROM user", [], |r| r.get(0))
            .unwrap_or(0);
        if count == users {
            return Ok(());
        }
        drop(conn);
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
    }
    let started = Instant::now();
    let store = lmsctl::core::Lms::new(Box::new(lmsctl::store::SqliteStore::open(
        path,
        "bench",
        &lmsctl::core::RULES,
    )?));
    store.create_tenant(&lmsctl::model::NewTenant {
        slug: "bench".into(),
        name: "Benchmark GmbH".into(),
        ..lmsctl::model::NewTenant::default()
    })?;
    drop(store);
    let mut conn = rusqlite::Connection::open(path)?;
    conn.execute_batch("PRAGMA synchronous = OFF")?;
    let tx = conn.transaction()?;
    {
        let tenant_id: i64 = tx.query_row("SELECT id FROM tenant WHERE slug = 'bench'", [], |r| r.get(0))?;
        let mut insert = tx.prepare(
            "INSERT INTO user (tenant_id, external_id, email, first_name, last_name, department, location,
                 start_date, roles, status, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'learner', 'active', ?9, ?9)",
        )?;
        let first = ["Anna", "Jürgen", "Sophie", "Ömer", "Li", "Renée", "Max", "Zoë"];
        let last = [
            "Schmidt", "Müller", "Schäfer", "Öztürk", "Wei", "Fuß", "Meyer", "Wagner",
        ];
        let departments = [
            "Vertrieb",
            "IT",
            "Personal",
            "Produktion",
            "Lager & Logistik",
            "Einkauf",
        ];
        let locations = ["Berlin", "Köln", "München", "Nürnberg", "Düsseldorf"];
        let now = "2026-11-01T00:00:00.000+00:00";
        for i in 0..users {
            let f = first[(i % 8) as usize];
            let l = last[(i / 8 % 8) as usize];
            insert.execute(rusqlite::params![
                tenant_id,
                format!("B{i:07}"),
                format!("user{i}@bench.example"),
                f,
                l,
                departments[(i % 6) as usize],
                locations[(i % 5) as usize],
                format!("20{:02}-{:02}-{:02}", i % 25, i % 12 + 1, i % 28 + 1),
                now,
            ])?;
        }
    }
    tx.commit()?;
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
    println!(
        "generated {users} users in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Generates `dir/name` with `gen_users --rows N` unless it is there with N rows and
/// a header; the step goes into `table`.
pub fn ensure_csv(gen_users: &Path, dir: &Path, name: &str, rows: u64, table: &mut Table) -> Result<()> {
    let step = format!("generate {name}");
    match generate_csv(gen_users, dir, name, rows, &[])? {
        None => table.add(&step, &[], "reused".to_owned()),
        Some((run, mb)) => table.add(&step, &[&run], format!("{mb:.1} MB")),
    }
    Ok(())
}

/// Generates `dir/name` with `gen_users --rows N EXTRA`, through a temporary file (an
/// interrupted run leaves no half-written CSV behind): the run and the file's size in
/// MB, or `None` when the file is there with N rows and a header.
pub fn generate_csv(
    gen_users: &Path,
    dir: &Path,
    name: &str,
    rows: u64,
    extra: &[&str],
) -> Result<Option<(Measured, f64)>> {
    let path = dir.join(name);
    if path.exists() && count_lines(&path)? == rows + 1 {
        return Ok(None);
    }
    if !gen_users.exists() {
        return Err(format!(
            "{} is missing: run `cargo build --release --bins --examples` first",
            gen_users.display()
        )
        .into());
    }
    let partial = dir.join(format!("{name}.partial"));
    let run = measure(
        Command::new(gen_users)
            .args(["--rows", &rows.to_string(), "--out"])
            .arg(&partial)
            .args(extra),
        dir,
        &format!("generate-{}", name.trim_end_matches(".csv")),
        1 << 20,
    )?;
    run.check("gen_users")?;
    std::fs::rename(&partial, &path)?;
    let mb = std::fs::metadata(&path)?.len() as f64 / 1e6;
    Ok(Some((run, mb)))
}

/// Moves everything of the store `path` from its WAL into the file itself.
pub fn single_file(path: &Path) -> Result<()> {
    rusqlite::Connection::open(path)?.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
    for suffix in ["-wal", "-shm"] {
        remove_if_exists(Path::new(&format!("{}{suffix}", path.display())))?;
    }
    Ok(())
}

/// The end of a benchmark: the table, then the exit code: failure when the run
/// failed (`result`) or found results that are wrong, not merely slow (`problems`).
pub fn conclude(result: Result<()>, table: &Table, problems: &[String]) -> ExitCode {
    table.print();
    match result {
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
        Ok(()) if !problems.is_empty() => {
            eprintln!("UNEXPECTED results:");
            for problem in problems {
                eprintln!("  {problem}");
            }
            ExitCode::FAILURE
        }
        Ok(()) => ExitCode::SUCCESS,
    }
}

/// What every benchmark starts from: its size, the release binaries and its work dir.
pub struct Setup {
    /// BENCH_USERS (or the variable given), or the default.
    pub size: u64,
    pub lmsctl: PathBuf,
    pub gen_users: PathBuf,
    /// target/bench/NAME, created.
    pub dir: PathBuf,
}

/// Reads the size from `var` (at least `minimum`, else `default`), finds the release
/// binaries next to this example (warning when lmsctl is older than the sources) and
/// creates target/bench/`name`.
pub fn setup(var: &str, default: u64, minimum: u64, name: &str) -> Result<Setup> {
    let size: u64 = match std::env::var(var) {
        Ok(text) => text
            .parse()
            .ok()
            .filter(|&n| n >= minimum)
            .ok_or_else(|| format!("{var} must be a whole number of at least {minimum}, not '{text}'"))?,
        Err(_) => default,
    };
    let exe = std::env::current_exe()?;
    let examples = exe.parent().ok_or("no examples dir")?;
    let release = examples.parent().ok_or("no target dir")?;
    let target = release.parent().ok_or("unexpected example path")?;
    let lmsctl = release.join("lmsctl");
    if !lmsctl.exists() {
        return Err(format!(
            "{} is missing: run `cargo build --release --bins --examples` first",
            lmsctl.display()
        )
        .into());
    }
    if let Some(newer) = newer_source(&lmsctl)? {
        println!(
            "WARNING: {} is older than {}: run `cargo build --release --bins --examples`",
            lmsctl.display(),
            newer.display()
        );
    }
    let dir = target.join("bench").join(name);
    std::fs::create_dir_all(&dir)?;
    Ok(Setup {
        size,
        lmsctl,
        gen_users: examples.join("gen_users"),
        dir,
    })
}

/// The result table of a benchmark: a row per step, each also shown on stderr as it
/// is added; printed whole at the end.
#[derive(Default)]
pub struct Table {
    rows: Vec<TableRow>,
}

struct TableRow {
    step: String,
    /// Wall times, sorted; empty when the step was skipped (reused).
    times: Vec<Duration>,
    peak_rss_kib: Option<u64>,
    result: String,
}

impl Table {
    /// A row for lmsctl runs.
    pub fn add(&mut self, step: &str, runs: &[&Measured], result: String) {
        let mut times: Vec<Duration> = runs.iter().map(|r| r.wall).collect();
        times.sort();
        let peak_rss_kib = runs.iter().filter_map(|r| r.peak_rss_kib).max();
        self.push(TableRow {
            step: step.to_owned(),
            times,
            peak_rss_kib,
            result,
        });
    }

    /// A row for work done in this process.
    pub fn add_timed(&mut self, step: &str, wall: Duration, result: String) {
        self.push(TableRow {
            step: step.to_owned(),
            times: vec![wall],
            peak_rss_kib: None,
            result,
        });
    }

    fn push(&mut self, row: TableRow) {
        let cells = row.cells();
        eprintln!(
            "{}: {} runs, median {}, max {}  {}",
            row.step, cells[1], cells[2], cells[4], row.result
        );
        self.rows.push(row);
    }

    pub fn print(&self) {
        let header = ["step", "runs", "median", "p90", "max", "peak RSS"];
        let width = self
            .rows
            .iter()
            .map(|r| r.step.chars().count())
            .chain([header[0].len()])
            .max()
            .unwrap_or(0);
        let _ = io::stderr().flush();
        println!();
        println!(
            "{:<width$} {:>4} {:>10} {:>10} {:>10} {:>9}  target / result",
            header[0], header[1], header[2], header[3], header[4], header[5]
        );
        for row in &self.rows {
            let c = row.cells();
            println!(
                "{:<width$} {:>4} {:>10} {:>10} {:>10} {:>9}  {}",
                c[0], c[1], c[2], c[3], c[4], c[5], row.result
            );
        }
    }
}

impl TableRow {
    /// step, runs, median, p90, max, peak RSS as text.
    fn cells(&self) -> [String; 6] {
        let n = self.times.len();
        let at = |i: usize| self.times.get(i).map_or("-".to_owned(), |&d| duration(d));
        let (median, p90, max) = match n {
            0 => ("-".to_owned(), "-".to_owned(), "-".to_owned()),
            1 => (at(0), "-".to_owned(), "-".to_owned()),
            _ => (at(n / 2), at(n * 9 / 10), at(n - 1)),
        };
        let rss = match self.peak_rss_kib {
            Some(kib) => format!("{:.0} MB", kib as f64 * 1024.0 / 1e6),
            None => "-".to_owned(),
        };
        let runs = if n == 0 { "-".to_owned() } else { n.to_string() };
        [self.step.clone(), runs, median, p90, max, rss]
    }
}
