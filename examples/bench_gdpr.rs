//! Benchmark for the GDPR toolkit: the subject export of a person with 10,000
//! records, the erasure of that person, and the anonymisation of every inactive user
//! of a tenant with BENCH_USERS users (default 100,000).
//!
//! Run: `cargo build --release --bins --examples && cargo run --release --example bench_gdpr`
//! (`--examples` alone does not rebuild target/release/lmsctl).
//!
//! Targets: export of a person with 10,000 records under 100 ms; erase under 100 ms;
//! anonymising 100,000 inactive users under 10 s.
//!
//! Everything lives in target/bench/gdpr/. The store is built with the real product
//! (untimed as far as the targets go) into `base-N.db`, checkpointed into a single
//! file and reused while it holds exactly what is described here:
//!
//! - tenant `bench` with N users: a CSV made by the `gen_users` example, imported
//!   with `lmsctl import users`;
//! - one recurring course `SAFE` (valid for 12 months);
//! - the heavy person P0000001: 10,000 completions of `SAFE` on 10,000 distinct days
//!   going back from 2026-11-01 (`lmsctl import completions`), an assignment of
//!   `SAFE`, a consent to privacy notice `v1` and an open erasure request;
//! - every other user completed `SAFE` once, on 15.03.2012, so their last activity
//!   is more than ten years ago: `gdpr anonymize --inactive-since 10y` finds N - 1.
//!
//! Steps that change the store run on `store.db`, a fresh copy of the base (copying
//! is not timed): the export writes an audit event, the erasure and the
//! anonymisation run once per copy. Times are wall-clock for the whole process,
//! start-up included, after a `sync()`; peak RSS is the child's `ru_maxrss` from
//! `wait4`. Every lmsctl process runs with `LMSCTL_TODAY=2026-11-02`. A failed
//! lmsctl step or an unexpected result makes the run exit non-zero; a missed target
//! only shows as MISSED in the table.

mod support;

use support::{Measured, Table, count_lines, external_id, measure, remove_if_exists, truncate, verdict};

use std::collections::BTreeMap;
use std::error::Error;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

use chrono::NaiveDate;
use serde::de::IgnoredAny;
use serde_json::Value;

type Result<T> = std::result::Result<T, Box<dyn Error>>;

/// The JSON export is run this often; the table shows median, p90 and max.
const RUNS: usize = 30;
/// Runs of the informational steps (other export formats, dry run, lists).
const INFO_RUNS: usize = 5;
/// Erasures, each on a fresh copy of the base.
const ERASE_RUNS: usize = 10;
/// Anonymisations, each on a fresh copy of the base ...
const ANONYMIZE_RUNS: usize = 3;
/// ... unless one takes longer than this: one figure is enough to show a miss.
const ANONYMIZE_REPEAT_LIMIT_S: f64 = 30.0;

/// Targets, for a person with 10,000 records and 100,000 inactive users.
const TARGET_EXPORT_MS: f64 = 100.0;
const TARGET_ERASE_MS: f64 = 100.0;
const TARGET_ANONYMIZE_S: f64 = 10.0;

/// "Today" for every lmsctl process.
const TODAY: &str = "2026-11-02";
const COURSE: &str = "SAFE";
/// The heavy person's completions, one a day going back from LAST_DAY.
const HEAVY_RECORDS: u64 = 10_000;
const LAST_DAY: (i32, u32, u32) = (2026, 11, 1);
/// The one completion of everybody else.
const INACTIVE_ON: &str = "15.03.2012";
const INACTIVE_SINCE: &str = "10y";
/// TODAY minus INACTIVE_SINCE: who is inactive in the base, checked with SQL.
const CUTOFF: &str = "2016-11-02";
const NOTICE: &str = "v1";

fn main() -> ExitCode {
    let mut bench = match Bench::new() {
        Ok(bench) => bench,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = bench.run();
    support::conclude(result, &bench.table, &bench.problems)
}

struct Bench {
    users: u64,
    lmsctl: PathBuf,
    gen_users: PathBuf,
    dir: PathBuf,
    table: Table,
    /// Results that are wrong, not merely slow: the run exits non-zero.
    problems: Vec<String>,
}

impl Bench {
    fn new() -> Result<Self> {
        let setup = support::setup("BENCH_USERS", 100_000, 2, "gdpr")?;
        Ok(Bench {
            users: setup.size,
            lmsctl: setup.lmsctl,
            gen_users: setup.gen_users,
            dir: setup.dir,
            table: Table::default(),
            problems: Vec::new(),
        })
    }

    fn run(&mut self) -> Result<()> {
        let n = self.users;
        println!("work dir: {} ({n} users)", self.dir.display());
        if n != 100_000 {
            println!("note: the anonymisation target is meant for 100,000 users");
        }
        let base = self.ensure_base()?;
        self.report_base(&base)?;

        // Export and the read-only steps share one copy (each export adds an audit event).
        self.fresh_store(&base)?;
        self.export()?;
        self.informational()?;

        self.erase(&base)?;
        self.anonymize(&base)?;
        Ok(())
    }

    // ---------------------------------------------------------------- measurements

    /// `gdpr export P0000001`: one untimed run whose document is checked (and which
    /// warms the page cache), then RUNS timed runs; xAPI and XML informational.
    fn export(&mut self) -> Result<()> {
        let heavy = external_id(1);
        let json_args = ["gdpr", "export", heavy.as_str()];

        self.lmsctl(&json_args, "export-check")?;
        let (export, mb) = read_export(&self.dir.join("export-check.stdout"))?;
        let completions = export.tables.get("completion").map(Vec::len);
        let mut note = format!("{mb:.1} MB, ");
        note += &self.expect_count(
            "gdpr export: tables.completion",
            completions,
            HEAVY_RECORDS,
            "completions",
        );
        note += &format!(
            ", {} tables, {} audit events",
            export.tables.len(),
            export.audit_events.len()
        );
        self.repeat(
            &format!("gdpr export {heavy} (JSON to a file)"),
            &json_args,
            "export",
            RUNS,
            Some(TARGET_EXPORT_MS),
            &note,
        )?;

        let xapi_args = ["gdpr", "export", heavy.as_str(), "--format", "xapi"];
        self.lmsctl(&xapi_args, "export-xapi-check")?;
        let (export, mb) = read_export(&self.dir.join("export-xapi-check.stdout"))?;
        let statements = export.xapi_statements.as_ref().map(Vec::len);
        let note = format!(
            "{mb:.1} MB, {}",
            self.expect_count(
                "gdpr export --format xapi",
                statements,
                HEAVY_RECORDS,
                "statements"
            )
        );
        self.repeat(
            "gdpr export --format xapi",
            &xapi_args,
            "export-xapi",
            INFO_RUNS,
            None,
            &note,
        )?;

        let xml_args = ["gdpr", "export", heavy.as_str(), "--format", "xml"];
        self.lmsctl(&xml_args, "export-xml-check")?;
        let path = self.dir.join("export-xml-check.stdout");
        let mb = std::fs::metadata(&path)?.len() as f64 / 1e6;
        // One element a line: count them without holding the document.
        let mut completed = 0;
        for line in BufReader::new(File::open(&path)?).lines() {
            if line?.trim_start().starts_with("<completed_on>") {
                completed += 1;
            }
        }
        let note = format!(
            "{mb:.1} MB, {}",
            self.expect_count(
                "gdpr export --format xml: <completed_on>",
                Some(completed),
                HEAVY_RECORDS,
                "<completed_on>"
            )
        );
        self.repeat(
            "gdpr export --format xml",
            &xml_args,
            "export-xml",
            INFO_RUNS,
            None,
            &note,
        )
    }

    /// Read-only steps, informational: the erasure's dry run, the request register and
    /// the users missing a consent.
    fn informational(&mut self) -> Result<()> {
        let heavy = external_id(1);
        let dry = ["gdpr", "erase", heavy.as_str(), "--dry-run", "-o", "json"];
        let check = self.lmsctl(&dry, "erase-dry-check")?;
        let note = self.check_receipt("gdpr erase --dry-run", &check);
        self.repeat(
            &format!("gdpr erase {heavy} --dry-run -o json"),
            &dry,
            "erase-dry",
            INFO_RUNS,
            None,
            &note,
        )?;

        let list = ["gdpr", "request", "list", "-o", "json"];
        let check = self.lmsctl(&list, "request-list-check")?;
        let requests = serde_json::from_str::<Value>(check.stdout.trim()).ok();
        let open = requests.as_ref().and_then(Value::as_array).map(|rows| {
            rows.iter()
                .filter(|r| r.get("state").and_then(Value::as_str) == Some("open"))
                .count()
        });
        let note = self.expect_count("gdpr request list: open requests", open, 1, "open request");
        self.repeat(
            "gdpr request list -o json",
            &list,
            "request-list",
            INFO_RUNS,
            None,
            &note,
        )?;

        let missing = ["user", "consent", "missing", "--notice", NOTICE, "-o", "csv"];
        self.lmsctl(&missing, "consent-missing-check")?;
        let lines = count_lines(&self.dir.join("consent-missing-check.stdout"))?;
        // Everyone but P0000001, plus the header.
        let note = self.expect_count(
            "user consent missing: CSV lines",
            usize::try_from(lines).ok(),
            self.users,
            "CSV lines",
        );
        self.repeat(
            &format!("user consent missing --notice {NOTICE} -o csv"),
            &missing,
            "consent-missing",
            INFO_RUNS,
            None,
            &note,
        )
    }

    /// `gdpr erase P0000001 --yes`, once per fresh copy of the base. The measured time
    /// includes the WAL checkpoint the erasure does so that no old page survives it.
    fn erase(&mut self, base: &Path) -> Result<()> {
        let heavy = external_id(1);
        let args = ["gdpr", "erase", heavy.as_str(), "--yes", "-o", "json"];
        let mut runs = Vec::new();
        let mut note = String::new();
        for i in 0..ERASE_RUNS {
            self.fresh_store(base)?;
            let run = self.lmsctl(&args, "erase")?;
            if i == 0 {
                note = self.check_receipt("gdpr erase", &run);
                note += &self.check_erased(1)?;
            }
            runs.push(run);
        }
        let result = self.verdict_ms(&runs, TARGET_ERASE_MS);
        let runs: Vec<&Measured> = runs.iter().collect();
        self.table.add(
            &format!("gdpr erase {heavy} --yes (fresh copy each)"),
            &runs,
            format!("{result}; {note}"),
        );
        Ok(())
    }

    /// `gdpr anonymize --inactive-since 10y --yes`, once per fresh copy of the base.
    fn anonymize(&mut self, base: &Path) -> Result<()> {
        let args = [
            "gdpr",
            "anonymize",
            "--inactive-since",
            INACTIVE_SINCE,
            "--yes",
            "-o",
            "json",
        ];
        let want = self.users - 1;
        let mut runs = Vec::new();
        let mut note = String::new();
        for i in 0..ANONYMIZE_RUNS {
            self.fresh_store(base)?;
            let run = self.lmsctl(&args, "anonymize")?;
            let users = json_u64(&run.stdout, "users");
            let users_note = self.expect_count("gdpr anonymize: users", as_count(users), want, "users");
            if i == 0 {
                note = users_note + &self.check_erased(want)?;
            }
            let secs = run.secs();
            runs.push(run);
            if secs > ANONYMIZE_REPEAT_LIMIT_S {
                note += &format!("; not repeated after {secs:.0} s");
                break;
            }
        }
        let mut times: Vec<f64> = runs.iter().map(Measured::secs).collect();
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        let result = format!(
            "< {TARGET_ANONYMIZE_S} s {}",
            verdict(median < TARGET_ANONYMIZE_S)
        );
        let runs: Vec<&Measured> = runs.iter().collect();
        self.table.add(
            &format!("gdpr anonymize --inactive-since {INACTIVE_SINCE} --yes"),
            &runs,
            format!("{result}; {note}"),
        );
        Ok(())
    }

    /// `runs` timed runs of `args` on store.db; the verdict is on the median.
    fn repeat(
        &mut self,
        step: &str,
        args: &[&str],
        label: &str,
        runs: usize,
        target_ms: Option<f64>,
        note: &str,
    ) -> Result<()> {
        let runs = (0..runs)
            .map(|_| self.lmsctl(args, label))
            .collect::<Result<Vec<_>>>()?;
        let result = match target_ms {
            Some(target) => self.verdict_ms(&runs, target),
            None => "informational".to_owned(),
        };
        let runs: Vec<&Measured> = runs.iter().collect();
        self.table.add(step, &runs, format!("{result}; {note}"));
        Ok(())
    }

    fn verdict_ms(&self, runs: &[Measured], target_ms: f64) -> String {
        let mut times: Vec<Duration> = runs.iter().map(|r| r.wall).collect();
        times.sort();
        let median_ms = times[times.len() / 2].as_secs_f64() * 1000.0;
        format!("< {target_ms} ms {}", verdict(median_ms < target_ms))
    }

    // ---------------------------------------------------------------- checks

    /// `found` against `want`: a note for the table, and a problem when they differ.
    fn expect_count(&mut self, what: &str, found: Option<usize>, want: u64, unit: &str) -> String {
        match found {
            Some(found) if found as u64 == want => format!("{found} {unit}"),
            Some(found) => {
                self.problems.push(format!("{what}: {found}, expected {want}"));
                format!("{found} {unit} UNEXPECTED (want {want})")
            }
            None => {
                self.problems.push(format!("{what}: not found in the output"));
                format!("no {unit} in the output UNEXPECTED")
            }
        }
    }

    /// An erasure receipt (real or dry run) of P0000001: the user goes, the heavy
    /// person's completions stay, anonymised.
    fn check_receipt(&mut self, what: &str, run: &Measured) -> String {
        let receipt = serde_json::from_str::<Value>(run.stdout.trim()).ok();
        let erased_user = receipt
            .as_ref()
            .and_then(|r| r.pointer("/erased/user"))
            .and_then(Value::as_u64);
        let kept = format!("{HEAVY_RECORDS} completion rows");
        let keeps_completions = receipt
            .as_ref()
            .and_then(|r| r.get("kept"))
            .and_then(Value::as_array)
            .is_some_and(|k| k.iter().filter_map(Value::as_str).any(|s| s.starts_with(&kept)));
        if erased_user == Some(1) && keeps_completions {
            format!("erases the user, keeps {kept}")
        } else {
            self.problems.push(format!(
                "{what}: receipt does not erase the user and keep {kept}: {}",
                truncate(run.stdout.trim(), 300)
            ));
            "receipt UNEXPECTED".to_owned()
        }
    }

    /// After an erasure on store.db: `want` erased users, an empty WAL, P0000001 erased
    /// only when it was the one meant.
    fn check_erased(&mut self, want: u64) -> Result<String> {
        let wal = self.dir.join("store.db-wal");
        let wal_bytes = std::fs::metadata(&wal).map_or(0, |m| m.len());
        let conn = rusqlite::Connection::open(self.dir.join("store.db"))?;
        let (erased, suppressed): (u64, u64) = conn.query_row(
            "SELECT (SELECT count(*) FROM user WHERE status = 'erased'), (SELECT count(*) FROM suppression)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        drop(conn);
        let mut note = format!("; {erased} erased, {suppressed} suppression entries, WAL {wal_bytes} bytes");
        if erased != want || suppressed != 2 * want || wal_bytes != 0 {
            note += " UNEXPECTED";
            self.problems.push(format!(
                "after erasing: {erased} erased users (want {want}), {suppressed} suppression entries \
                 (want {}), WAL {wal_bytes} bytes (want 0)",
                2 * want
            ));
        }
        Ok(note)
    }

    // ---------------------------------------------------------------- the base store

    /// `base-N.db` as described at the top, in one file (no WAL); reused when it is
    /// there with exactly that content.
    fn ensure_base(&mut self) -> Result<PathBuf> {
        let n = self.users;
        let base = self.dir.join(format!("base-{n}.db"));
        if base.exists() {
            match pristine(&base, n) {
                Ok(()) => {
                    self.table.add(&format!("base-{n}.db"), &[], "reused".to_owned());
                    return Ok(base);
                }
                Err(why) => println!("rebuilding {}: {why}", base.display()),
            }
        }
        let csv = format!("users-{n}.csv");
        support::ensure_csv(&self.gen_users, &self.dir, &csv, self.users, &mut self.table)?;
        for file in ["build.db", "build.db-wal", "build.db-shm"] {
            remove_if_exists(&self.dir.join(file))?;
        }
        const DB: &str = "build.db";
        let create = self.lmsctl_on(
            DB,
            &["tenant", "create", "bench", "--name", "Bench", "-q"],
            "build",
        )?;
        self.table.add("tenant create", &[&create], "untimed".to_owned());
        let import = self.lmsctl_on(DB, &["import", "users", &csv, "-q"], "build")?;
        let rate = n as f64 / import.secs();
        self.table.add(
            &format!("import users {csv}"),
            &[&import],
            format!("untimed; {rate:.0} rows/s"),
        );
        let course = self.lmsctl_on(
            DB,
            &[
                "course",
                "create",
                COURSE,
                "--title",
                "Arbeitsschutz",
                "--valid-for",
                "12m",
                "-q",
            ],
            "build",
        )?;
        self.table.add(
            &format!("course create {COURSE} --valid-for 12m"),
            &[&course],
            "untimed".to_owned(),
        );

        // The heavy person's 10,000 completions, one a day back from LAST_DAY.
        let heavy = external_id(1);
        let heavy_csv = format!("heavy-{HEAVY_RECORDS}.csv");
        {
            let (y, m, d) = LAST_DAY;
            let last = NaiveDate::from_ymd_opt(y, m, d).ok_or("bad LAST_DAY")?;
            let mut out = BufWriter::new(File::create(self.dir.join(&heavy_csv))?);
            writeln!(out, "Personalnummer;Kurs;Datum")?;
            for i in 0..HEAVY_RECORDS {
                let day = last
                    .checked_sub_days(chrono::Days::new(i))
                    .ok_or("date out of range")?;
                writeln!(out, "{heavy};{COURSE};{}", day.format("%d.%m.%Y"))?;
            }
            out.flush()?;
        }
        self.import_completions(&heavy_csv, HEAVY_RECORDS)?;

        // Everybody else completed the course once, long ago.
        let inactive_csv = format!("inactive-{n}.csv");
        {
            let mut out = BufWriter::new(File::create(self.dir.join(&inactive_csv))?);
            writeln!(out, "Personalnummer;Kurs;Datum")?;
            for i in 2..=n {
                writeln!(out, "{};{COURSE};{INACTIVE_ON}", external_id(i))?;
            }
            out.flush()?;
        }
        self.import_completions(&inactive_csv, n - 1)?;

        let assign = self.lmsctl_on(DB, &["assign", COURSE, "--user", &heavy, "-q"], "build")?;
        let consent = self.lmsctl_on(
            DB,
            &["user", "consent", "record", &heavy, "--notice", NOTICE, "-q"],
            "build",
        )?;
        let request = self.lmsctl_on(
            DB,
            &[
                "gdpr",
                "request",
                "open",
                "--type",
                "erase",
                "--user",
                &heavy,
                "--received",
                "2026-11-01",
                "-q",
            ],
            "build",
        )?;
        self.table.add(
            &format!("assign, consent record, request open ({heavy})"),
            &[&assign, &consent, &request],
            "untimed".to_owned(),
        );

        let dry = self.lmsctl_on(
            DB,
            &[
                "gdpr",
                "anonymize",
                "--inactive-since",
                INACTIVE_SINCE,
                "--dry-run",
                "-o",
                "json",
            ],
            "build",
        )?;
        let users = json_u64(&dry.stdout, "users");
        let note = self.expect_count(
            "gdpr anonymize --dry-run (base): users",
            as_count(users),
            n - 1,
            "users",
        );
        self.table.add(
            &format!("gdpr anonymize --inactive-since {INACTIVE_SINCE} --dry-run"),
            &[&dry],
            format!("informational; {note}"),
        );

        let build = self.dir.join(DB);
        support::single_file(&build)?;
        pristine(&build, n).map_err(|why| format!("the built store is not as expected: {why}"))?;
        std::fs::rename(&build, &base)?;
        Ok(base)
    }

    /// `import completions FILE -o json` into build.db, checking that `want` are new.
    fn import_completions(&mut self, csv: &str, want: u64) -> Result<()> {
        let run = self.lmsctl_on("build.db", &["import", "completions", csv, "-o", "json"], "build")?;
        let created = json_u64(&run.stdout, "created");
        let note = self.expect_count(
            &format!("import completions {csv}: created"),
            as_count(created),
            want,
            "recorded",
        );
        let rate = want as f64 / run.secs();
        self.table.add(
            &format!("import completions {csv}"),
            &[&run],
            format!("untimed; {note}, {rate:.0} rows/s"),
        );
        Ok(())
    }

    /// Prints what the base holds, for the record.
    fn report_base(&self, base: &Path) -> Result<()> {
        let conn = rusqlite::Connection::open(base)?;
        let (completions, audit): (u64, u64) = conn.query_row(
            "SELECT (SELECT count(*) FROM completion), (SELECT count(*) FROM audit_event)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        drop(conn);
        let mb = std::fs::metadata(base)?.len() as f64 / 1e6;
        println!(
            "base: {} users, {completions} completions, {audit} audit events, {mb:.0} MB",
            self.users
        );
        Ok(())
    }

    /// store.db as a fresh copy of `base`, with no WAL left from an earlier run.
    fn fresh_store(&self, base: &Path) -> Result<()> {
        for file in ["store.db", "store.db-wal", "store.db-shm"] {
            remove_if_exists(&self.dir.join(file))?;
        }
        std::fs::copy(base, self.dir.join("store.db"))?;
        Ok(())
    }

    /// Runs `lmsctl --store store.db --tenant bench ARGS` in the work dir and fails
    /// (printing its stderr) unless it exits with 0.
    fn lmsctl(&self, args: &[&str], label: &str) -> Result<Measured> {
        self.lmsctl_on("store.db", args, label)
    }

    fn lmsctl_on(&self, store: &str, args: &[&str], label: &str) -> Result<Measured> {
        let run = measure(
            Command::new(&self.lmsctl)
                .args(["--store", store, "--tenant", "bench"])
                .args(args)
                .current_dir(&self.dir)
                .env("LMSCTL_TODAY", TODAY)
                .env_remove("LMSCTL_STORE")
                .env_remove("LMSCTL_TENANT"),
            &self.dir,
            label,
            KEPT_OUTPUT,
        )?;
        run.check(&format!(
            "lmsctl {}",
            args.iter().take(2).copied().collect::<Vec<_>>().join(" ")
        ))?;
        Ok(run)
    }

    // ---------------------------------------------------------------- the table
}

/// Ok when `path` holds the base described at the top for `users` users and nothing
/// else; otherwise why not.
fn pristine(path: &Path, users: u64) -> std::result::Result<(), String> {
    let conn = rusqlite::Connection::open(path).map_err(|e| e.to_string())?;
    let counts: [u64; 10] = conn
        .query_row(
            "SELECT (SELECT count(*) FROM user u JOIN tenant t ON t.id = u.tenant_id WHERE t.slug = 'bench'),
                    (SELECT count(*) FROM user WHERE status = 'erased'),
                    (SELECT count(*) FROM course WHERE code = ?1),
                    (SELECT count(*) FROM course),
                    (SELECT count(*) FROM completion c JOIN user u ON u.id = c.user_id WHERE u.external_id = ?2),
                    (SELECT count(*) FROM completion),
                    (SELECT count(*) FROM assignment) + (SELECT count(*) FROM consent),
                    (SELECT count(*) FROM subject_request WHERE closed_on IS NULL),
                    (SELECT count(*) FROM suppression),
                    (SELECT count(*) FROM user WHERE coalesce(last_activity_at, created_at) < ?3)",
            (COURSE, external_id(1), CUTOFF),
            |r| {
                let mut out = [0; 10];
                for (i, slot) in out.iter_mut().enumerate() {
                    *slot = r.get(i)?;
                }
                Ok(out)
            },
        )
        .map_err(|e| e.to_string())?;
    let want = [
        users,
        0,
        1,
        1,
        HEAVY_RECORDS,
        HEAVY_RECORDS + users - 1,
        2,
        1,
        0,
        users - 1,
    ];
    if counts != want {
        return Err(format!(
            "[users, erased, course {COURSE}, courses, completions of P0000001, completions, \
             assignments + consents, open requests, suppressions, inactive users] = {counts:?}, want {want:?}"
        ));
    }
    Ok(())
}

/// The parts of a subject export that are checked, counted without holding the
/// document: this process's peak RSS must stay small, because Linux reports it as
/// the children's `ru_maxrss` (the high-water mark survives the spawn's `exec`).
#[derive(serde::Deserialize)]
struct ExportCounts {
    #[serde(default)]
    tables: BTreeMap<String, Vec<IgnoredAny>>,
    #[serde(default)]
    audit_events: Vec<IgnoredAny>,
    #[serde(default)]
    xapi_statements: Option<Vec<IgnoredAny>>,
}

/// The counts of the export in `path`, and its size in MB.
fn read_export(path: &Path) -> Result<(ExportCounts, f64)> {
    let counts = serde_json::from_reader(BufReader::new(File::open(path)?))
        .map_err(|e| format!("{} is not a subject export: {e}", path.display()))?;
    Ok((counts, std::fs::metadata(path)?.len() as f64 / 1e6))
}

/// The number `key` of a JSON object printed by lmsctl.
fn json_u64(stdout: &str, key: &str) -> Option<u64> {
    serde_json::from_str::<Value>(stdout.trim())
        .ok()?
        .get(key)?
        .as_u64()
}

fn as_count(n: Option<u64>) -> Option<usize> {
    n.and_then(|n| usize::try_from(n).ok())
}

/// How much of a child's stdout and stderr [`Measured`] keeps.
const KEPT_OUTPUT: u64 = 64 << 10;
