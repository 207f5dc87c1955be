//! Benchmark for courses and assignments: assigning a mandatory course to all
//! BENCH_USERS users (default 1,000,000) of a tenant, assigning it again, and the
//! look-ups on that store: `assign list` and `certificate list` for one user, a page
//! of overdue users, and the reminders for everyone.
//!
//! Run: `cargo build --release --bins --examples && cargo run --release --example bench_courses`
//! (`--examples` alone does not rebuild target/release/lmsctl).
//! Everything lives in target/bench/courses/. The users come from the real product:
//! a CSV made by the `gen_users` example, imported with `lmsctl import users` into
//! `base-N.db`, which is checkpointed into a single file and reused while it holds N
//! users and nothing else. Each run copies it to `store.db`, so the assignment always
//! starts from the same store. Times are wall-clock for the whole process, start-up
//! included; peak RSS is the child's `ru_maxrss` from `wait4`. Every process runs
//! with `LMSCTL_TODAY` fixed, so statuses do not depend on the day of the run.

mod support;

use support::{Measured, Table, count_lines, external_id, measure, remove_if_exists, truncate, verdict};

use std::error::Error;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

type Result<T> = std::result::Result<T, Box<dyn Error>>;

/// Look-ups are run this often; the table shows median, p90 and max.
const RUNS: usize = 30;
/// Targets, for 1,000,000 users.
const TARGET_ASSIGN_S: f64 = 5.0;
const TARGET_LOOKUP_MS: f64 = 50.0;

/// "Today" for every lmsctl process: the day the course is assigned.
const TODAY: &str = "2026-11-02";
const COURSE: &str = "SAFETY-1";
const DUE: &str = "2027-03-31";
const COMPLETED_ON: &str = "2026-10-01";
/// The first this many users (P0000001, P0000002, ...) complete the course before the look-ups.
const COMPLETIONS: u64 = 5;

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
        let setup = support::setup("BENCH_USERS", 1_000_000, 1, "courses")?;
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
        if n != 1_000_000 {
            println!("note: the targets are meant for 1,000,000 users");
        }

        // 1. The store with N users, from a pristine copy.
        let base = self.ensure_base()?;
        for file in ["store.db", "store.db-wal", "store.db-shm"] {
            remove_if_exists(&self.dir.join(file))?;
        }
        std::fs::copy(&base, self.dir.join("store.db"))?;

        // 2. The course.
        let create = self.lmsctl(
            &[
                "course",
                "create",
                COURSE,
                "--title",
                "Arbeitsschutz",
                "--mandatory",
                "--valid-for",
                "12m",
                "-q",
            ],
            "course-create",
        )?;
        self.table.add(
            "course create SAFETY-1 --mandatory --valid-for 12m",
            &[&create],
            "untimed".to_owned(),
        );

        // 3.-4. Assigning it to everyone, twice.
        let assign_args = ["assign", COURSE, "--all-users", "--due", DUE, "-o", "json"];
        let first = self.lmsctl(&assign_args, "assign-first")?;
        let users_note = self.check_assigned_users(&first, "assign");
        let result = format!(
            "<= {TARGET_ASSIGN_S} s {}; {users_note}",
            verdict(first.secs() <= TARGET_ASSIGN_S)
        );
        self.table
            .add(&format!("assign {COURSE} --all-users --due"), &[&first], result);

        let again = self.lmsctl(&assign_args, "assign-again")?;
        let users_note = self.check_assigned_users(&again, "assign (again)");
        self.table.add(
            "assign again (unchanged)",
            &[&again],
            format!("informational; {users_note}"),
        );
        self.report_enrollments()?;

        // 5. A few completions.
        let completed = COMPLETIONS.min(n);
        let mut runs = Vec::new();
        for i in 1..=completed {
            let user = external_id(i);
            let run = self.lmsctl(
                &["complete", COURSE, "--user", &user, "--date", COMPLETED_ON, "-q"],
                "complete",
            )?;
            runs.push(run);
        }
        let runs: Vec<&Measured> = runs.iter().collect();
        self.table.add(
            &format!("complete {COURSE} ({completed} users, each)"),
            &runs,
            "untimed".to_owned(),
        );

        // 6. Look-ups: one user, one user later (completed, then expired), their
        // certificates, a page of overdue users.
        let middle_n = (n / 2).max(1);
        let middle = external_id(middle_n);
        let first_user = external_id(1);
        self.lookup(
            &format!("assign list --user {middle}"),
            &["assign", "list", "--user", &middle],
            Some(TARGET_LOOKUP_MS),
            (
                1,
                if n.div_ceil(2) <= completed {
                    "completed"
                } else {
                    "assigned"
                },
            ),
        )?;
        self.lookup(
            &format!("assign list --user {first_user} --as-of 2027-12-01"),
            &["assign", "list", "--user", &first_user, "--as-of", "2027-12-01"],
            Some(TARGET_LOOKUP_MS),
            (1, "expired"),
        )?;
        self.lookup(
            &format!("certificate list --user {first_user}"),
            &["certificate", "list", "--user", &first_user],
            Some(TARGET_LOOKUP_MS),
            (1, "valid"),
        )?;
        self.lookup(
            "assign list --course --status overdue --limit 50 (as of 2027-04-15)",
            &[
                "assign",
                "list",
                "--course",
                COURSE,
                "--status",
                "overdue",
                "--limit",
                "50",
                "--as-of",
                "2027-04-15",
            ],
            None,
            ((n - completed).min(50), "overdue"),
        )?;

        // 7. Reminders for everyone: all but the completed users are due soon.
        let remind = self.lmsctl(
            &["remind", "--within", "7d", "--as-of", "2027-03-28", "-o", "csv"],
            "remind",
        )?;
        let lines = count_lines(&self.dir.join("remind.stdout"))?;
        let want = n - completed + 1;
        let mut result = format!("informational; {lines} lines of CSV");
        if lines != want {
            result.push_str(&format!(", UNEXPECTED (want {want})"));
            self.problems.push(format!(
                "remind: {lines} lines of CSV, expected {want} (header included)"
            ));
        }
        self.table
            .add("remind --within 7d -o csv (as of 2027-03-28)", &[&remind], result);
        Ok(())
    }

    /// `base-N.db`: N users imported into tenant `bench` and nothing else, in one file
    /// (no WAL). Reused when it is there with exactly that content.
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
        let create = self.lmsctl_on(
            "build.db",
            &["tenant", "create", "bench", "--name", "Bench", "-q"],
            "tenant-create",
        )?;
        let import = self.lmsctl_on("build.db", &["import", "users", &csv, "-q"], "import")?;
        let rate = n as f64 / import.secs();
        self.table.add("tenant create", &[&create], "untimed".to_owned());
        self.table.add(
            &format!("import users {csv}"),
            &[&import],
            format!("informational; {rate:.0} rows/s"),
        );
        let build = self.dir.join("build.db");
        support::single_file(&build)?;
        pristine(&build, n).map_err(|why| format!("the imported store is not as expected: {why}"))?;
        std::fs::rename(&build, &base)?;
        Ok(base)
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
            1 << 20,
        )?;
        run.check(&format!("lmsctl {}", args.first().copied().unwrap_or("")))?;
        Ok(run)
    }

    /// Checks that an assignment's JSON reaches every user; returns a note for the table.
    fn check_assigned_users(&mut self, run: &Measured, what: &str) -> String {
        let value = serde_json::from_str::<serde_json::Value>(run.stdout.trim()).ok();
        match value
            .as_ref()
            .and_then(|v| v.get("users"))
            .and_then(serde_json::Value::as_u64)
        {
            Some(users) if users == self.users => format!("users={users}"),
            Some(users) => {
                self.problems
                    .push(format!("{what}: users={users}, expected {}", self.users));
                format!("users={users} UNEXPECTED")
            }
            None => {
                self.problems.push(format!(
                    "{what}: no numeric 'users' in the output: {}",
                    truncate(run.stdout.trim(), 200)
                ));
                "no users in output UNEXPECTED".to_owned()
            }
        }
    }

    /// Prints the size of the store after the assignment, for the record.
    fn report_enrollments(&mut self) -> Result<()> {
        let store = self.dir.join("store.db");
        let conn = rusqlite::Connection::open(&store)?;
        let enrollments: u64 = conn.query_row("SELECT count(*) FROM enrollment", [], |r| r.get(0))?;
        drop(conn);
        let mb = std::fs::metadata(&store)?.len() as f64 / 1e6;
        println!("store.db after assigning: {enrollments} enrollments, {mb:.0} MB");
        if enrollments != self.users {
            self.problems
                .push(format!("{enrollments} enrollments, expected {}", self.users));
        }
        Ok(())
    }

    /// One untimed run with `-o json` to check the answer, `want_rows` rows all with
    /// `want_status` (or certificate state), which also warms the page cache; then RUNS
    /// timed runs with the default table output.
    fn lookup(
        &mut self,
        step: &str,
        args: &[&str],
        target_ms: Option<f64>,
        (want_rows, want_status): (u64, &str),
    ) -> Result<()> {
        let check_args: Vec<&str> = args.iter().copied().chain(["-o", "json"]).collect();
        let check = self.lmsctl(&check_args, "lookup-check")?;
        let mut note = String::new();
        let rows = serde_json::from_str::<serde_json::Value>(check.stdout.trim()).ok();
        match rows.as_ref().and_then(serde_json::Value::as_array) {
            Some(rows) => {
                let statuses: Vec<&str> = rows
                    .iter()
                    .filter_map(|r| r.get("status").or_else(|| r.get("state")))
                    .filter_map(serde_json::Value::as_str)
                    .collect();
                let wrong = statuses.iter().filter(|&&s| s != want_status).count();
                if rows.len() as u64 != want_rows || wrong > 0 || statuses.len() != rows.len() {
                    note = format!(
                        "; UNEXPECTED {} rows ({statuses:?}), want {want_rows} {want_status}",
                        rows.len()
                    );
                    self.problems
                        .push(format!("{step}: {}", truncate(&note[2..], 300)));
                } else {
                    note = format!("; {want_rows} {want_status}");
                }
            }
            None => self.problems.push(format!(
                "{step}: output is not a JSON array: {}",
                truncate(check.stdout.trim(), 200)
            )),
        }
        let runs = (0..RUNS)
            .map(|_| self.lmsctl(args, "lookup"))
            .collect::<Result<Vec<_>>>()?;
        let mut times: Vec<Duration> = runs.iter().map(|r| r.wall).collect();
        times.sort();
        let median_ms = times[RUNS / 2].as_secs_f64() * 1000.0;
        let result = match target_ms {
            Some(target) => format!("< {target} ms {}", verdict(median_ms < target)),
            None => "informational".to_owned(),
        };
        let runs: Vec<&Measured> = runs.iter().collect();
        self.table.add(step, &runs, result + &note);
        Ok(())
    }
}

/// Ok when `path` holds exactly `users` users in tenant `bench`, one course-free tenant
/// and no assignments, enrollments or completions; otherwise why not.
fn pristine(path: &Path, users: u64) -> std::result::Result<(), String> {
    let conn = rusqlite::Connection::open(path).map_err(|e| e.to_string())?;
    let counts: [u64; 5] = conn
        .query_row(
            "SELECT (SELECT count(*) FROM user u JOIN tenant t ON t.id = u.tenant_id WHERE t.slug = 'bench'),
                    (SELECT count(*) FROM course), (SELECT count(*) FROM assignment),
                    (SELECT count(*) FROM enrollment), (SELECT count(*) FROM completion)",
            [],
            |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?]),
        )
        .map_err(|e| e.to_string())?;
    let [found, courses, assignments, enrollments, completions] = counts;
    if found != users || courses + assignments + enrollments + completions > 0 {
        return Err(format!(
            "{found} users, {courses} courses, {assignments} assignments, {enrollments} enrollments, \
             {completions} completions"
        ));
    }
    Ok(())
}
