//! Benchmark for the reports: compliance (by course, department, group and tenant),
//! overdue people, expiring certificates, active users and the tenant tree, on a store
//! with BENCH_USERS users (default 1,000,000) and 20 mandatory courses.
//!
//! Run: `cargo build --release --bins --examples && cargo run --release --example bench_reports`
//! (`--examples` alone does not rebuild target/release/lmsctl).
//!
//! Target (issue): "On a store with 1,000,000 users and 20 courses (about 10,000,000
//! assignment rows), each report in at most 1 s."
//!
//! Everything lives in target/bench/reports/. The store is built with the real product
//! into `base-N.db` (several minutes for 1,000,000 users: the build steps and their
//! total are in the table), checkpointed into a single file and reused while it holds
//! what is described here:
//!
//! - tenant `holding` and its child `bench`; N users in `bench`, from a CSV made by the
//!   `gen_users` example and imported with `lmsctl import users`;
//! - rule groups `vertrieb` and `produktion` (by department, about 10 % of the users each);
//! - 20 mandatory courses valid for 12 months: C01-C10 owned by `holding` and shared,
//!   C11-C20 owned by `bench`. In `bench` the odd ones are assigned to all users, the even
//!   ones to one of the groups, all due 2026-10-01: about 11 enrollments per user
//!   (11,000,000 rows for 1,000,000 users, the "about 10,000,000");
//! - completions (`lmsctl import completions`) of 95 % of the enrollments, chosen and
//!   dated by a fixed hash so that statuses mix as in a running compliance programme:
//!   5 % of the certificates expired, 8 % expiring within 30 days (about one month of a
//!   12-month cycle), 87 % valid for longer; the 5 % not completed are overdue. The lists
//!   are long (`report overdue` about 550,000 rows, `report expiring` about 800,000), so
//!   their rows per second are in the table too.
//!
//! Each run copies the base to `store.db`. Every report runs once untimed, which warms
//! the page cache and is checked against figures counted from the store with plain SQL
//! (not the product's status expression); then RUNS times timed (SLOW_RUNS when the
//! untimed run took longer than SLOW_S). Times are wall-clock for the whole process,
//! start-up included, after a `sync()`; peak RSS is the child's `ru_maxrss` from `wait4`.
//! Every lmsctl process runs with `LMSCTL_TODAY=2026-11-02`. A failed lmsctl step or an
//! unexpected result makes the run exit non-zero; a missed target only shows as MISSED.

mod support;

use support::{Measured, Table, count_lines, duration, measure, remove_if_exists, truncate, verdict};

use std::error::Error;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use serde_json::Value;

type Result<T> = std::result::Result<T, Box<dyn Error>>;

/// Timed runs of each report; the table shows median and max ...
const RUNS: usize = 5;
/// ... or this many when the untimed run took longer than SLOW_S.
const SLOW_RUNS: usize = 3;
const SLOW_S: f64 = 10.0;
/// The target for every report, for 1,000,000 users.
const TARGET_REPORT_S: f64 = 1.0;

/// "Today" for every lmsctl process.
const TODAY: &str = "2026-11-02";
/// What counts as expiring (the reports' default `--expiring-within 30d`).
const SOON: &str = "2026-12-02";
const DUE: &str = "2026-10-01";
/// The month of `report active-users --period`.
const PERIOD: &str = "2026-10";
const COURSES: u64 = 20;
/// Courses C01..=C{SHARED} belong to `holding` and are shared with `bench`.
const SHARED: u64 = 10;
const TITLES: [&str; COURSES as usize] = [
    "Arbeitsschutz",
    "Datenschutz",
    "Brandschutz",
    "Erste Hilfe",
    "Verhaltenskodex",
    "IT-Sicherheit",
    "Gleichbehandlung (AGG)",
    "Geldwäscheprävention",
    "Korruptionsprävention",
    "Exportkontrolle",
    "Staplerschein",
    "Gefahrstoffe",
    "Ladungssicherung",
    "Hygiene",
    "Bildschirmarbeit",
    "Informationssicherheit",
    "Kartellrecht",
    "Nachhaltigkeit",
    "Umweltschutz",
    "Ergonomie",
];
/// The rule groups: name and department.
const GROUPS: [(&str, &str); 2] = [("vertrieb", "Vertrieb"), ("produktion", "Produktion")];
/// Per mille of the enrollments that get a completion.
const COMPLETED_PER_MILLE: u64 = 950;

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

/// What the reports should find, counted from the store with plain SQL.
#[derive(Debug, Default)]
struct Expected {
    users: u64,
    enrollments: u64,
    completions: u64,
    /// Certificates still valid today (`completed` in the reports, expiring included).
    valid: u64,
    expiring: u64,
    expired: u64,
    /// Enrollments without a completion (all due before today).
    overdue: u64,
    /// Enrollments of members of a group, once per group.
    in_groups: u64,
    groups: u64,
    departments: u64,
    /// Distinct users with a completion in PERIOD, and in the month of TODAY.
    active_period: u64,
    active_this_month: u64,
}

/// How the untimed run of a report is checked.
#[derive(Clone, Copy)]
enum Check<'a> {
    /// The report again with `-o json`, checked by the function, which returns a note
    /// for the table or what is wrong.
    Json(&'a dyn Fn(&Value) -> std::result::Result<String, String>),
    /// The report's own CSV output has this many lines, header included.
    CsvLines(u64),
    /// Informational: only the size of the output.
    Size,
}

impl Bench {
    fn new() -> Result<Self> {
        let setup = support::setup("BENCH_USERS", 1_000_000, 1, "reports")?;
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

        // 1. The store, from a pristine copy of the base.
        let base = self.ensure_base()?;
        for file in ["store.db", "store.db-wal", "store.db-shm"] {
            remove_if_exists(&self.dir.join(file))?;
        }
        std::fs::copy(&base, self.dir.join("store.db"))?;
        let want = self.expected()?;

        // 2. The reports.
        let courses = |v: &Value| compliance(v, &want, COURSES, Some(want.enrollments));
        self.report(
            "report compliance",
            "bench",
            &["report", "compliance"],
            Check::Json(&courses),
        )?;
        let departments = |v: &Value| compliance(v, &want, want.departments, Some(want.enrollments));
        self.report(
            "report compliance --by department",
            "bench",
            &["report", "compliance", "--by", "department"],
            Check::Json(&departments),
        )?;
        let groups = |v: &Value| compliance(v, &want, want.groups, None);
        self.report(
            "report compliance --by group",
            "bench",
            &["report", "compliance", "--by", "group"],
            Check::Json(&groups),
        )?;
        let tenants = |v: &Value| compliance(v, &want, 1, Some(want.enrollments));
        self.report(
            "report compliance --by tenant --include-children (holding)",
            "holding",
            &["report", "compliance", "--by", "tenant", "--include-children"],
            Check::Json(&tenants),
        )?;
        self.report(
            "report overdue -o csv",
            "bench",
            &["report", "overdue", "-o", "csv"],
            Check::CsvLines(want.overdue + 1),
        )?;
        self.report(
            "report expiring --within 30d -o csv",
            "bench",
            &["report", "expiring", "--within", "30d", "-o", "csv"],
            Check::CsvLines(want.expiring + 1),
        )?;
        let active = |v: &Value| active_users(v, &want);
        self.report(
            &format!("report active-users --period {PERIOD} --include-children (holding)"),
            "holding",
            &["report", "active-users", "--period", PERIOD, "--include-children"],
            Check::Json(&active),
        )?;
        let tree = |v: &Value| tenant_tree(v, &want);
        self.report(
            "report tenants (holding)",
            "holding",
            &["report", "tenants"],
            Check::Json(&tree),
        )?;
        self.report(
            "report tenants -o html (holding)",
            "holding",
            &["report", "tenants", "-o", "html"],
            Check::Size,
        )?;
        Ok(())
    }

    /// Runs one report untimed (checked as `check` says), then RUNS (or SLOW_RUNS) times
    /// timed, and adds a row for it.
    fn report(&mut self, step: &str, tenant: &str, args: &[&str], check: Check<'_>) -> Result<()> {
        // report-compliance-by-department, ...: the files the output goes to.
        let label = args
            .join(" ")
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let first = match check {
            Check::Json(_) => {
                let json_args: Vec<&str> = args.iter().copied().chain(["-o", "json"]).collect();
                self.lmsctl_as(tenant, &json_args, &format!("{label}-json"))?
            }
            _ => self.lmsctl_as(tenant, args, &label)?,
        };
        let note = match check {
            Check::Json(check) => match serde_json::from_str::<Value>(first.stdout.trim()) {
                Ok(value) => check(&value).unwrap_or_else(|why| {
                    self.problems.push(format!("{step}: {why}"));
                    format!("UNEXPECTED {why}")
                }),
                Err(e) => {
                    let why = format!("not JSON ({e}): {}", truncate(first.stdout.trim(), 200));
                    self.problems.push(format!("{step}: {why}"));
                    format!("UNEXPECTED {why}")
                }
            },
            Check::CsvLines(want) => {
                let path = self.dir.join(format!("{label}.stdout"));
                let lines = count_lines(&path)?;
                let mb = std::fs::metadata(&path)?.len() as f64 / 1e6;
                if lines == want {
                    format!("{lines} lines of CSV ({mb:.1} MB)")
                } else {
                    self.problems.push(format!(
                        "{step}: {lines} lines of CSV, expected {want} (header included)"
                    ));
                    format!("{lines} lines of CSV, UNEXPECTED (want {want})")
                }
            }
            Check::Size => {
                let bytes = std::fs::metadata(self.dir.join(format!("{label}.stdout")))?.len();
                format!("{bytes} bytes")
            }
        };
        let count = if first.secs() > SLOW_S { SLOW_RUNS } else { RUNS };
        let runs = (0..count)
            .map(|_| self.lmsctl_as(tenant, args, &label))
            .collect::<Result<Vec<_>>>()?;
        let mut times: Vec<Duration> = runs.iter().map(|r| r.wall).collect();
        times.sort();
        let median = times[count / 2].as_secs_f64();
        let result = match check {
            Check::Size => "informational".to_owned(),
            Check::CsvLines(lines) => format!(
                "<= {TARGET_REPORT_S} s {}, {:.0} rows/s",
                verdict(median <= TARGET_REPORT_S),
                lines.saturating_sub(1) as f64 / median
            ),
            Check::Json(_) => format!("<= {TARGET_REPORT_S} s {}", verdict(median <= TARGET_REPORT_S)),
        };
        let runs: Vec<&Measured> = runs.iter().collect();
        self.table.add(step, &runs, format!("{result}; {note}"));
        Ok(())
    }

    /// Counts what the reports should find in store.db, and prints the store's size.
    fn expected(&self) -> Result<Expected> {
        let store = self.dir.join("store.db");
        let conn = rusqlite::Connection::open(&store)?;
        let started = Instant::now();
        let first = |period: &str| format!("{period}-01");
        let last = |period: &str| format!("{period}-31");
        let this_month = &TODAY[..7];
        let want = conn.query_row(
            "SELECT (SELECT count(*) FROM user), (SELECT count(*) FROM enrollment),
                    (SELECT count(*) FROM completion),
                    (SELECT count(*) FROM completion WHERE expires_on > ?1),
                    (SELECT count(*) FROM completion WHERE expires_on > ?1 AND expires_on <= ?2),
                    (SELECT count(*) FROM completion WHERE expires_on <= ?1),
                    (SELECT count(*) FROM enrollment e WHERE NOT EXISTS (
                         SELECT 1 FROM completion x WHERE x.user_id = e.user_id AND x.course_id = e.course_id)),
                    (SELECT count(*) FROM enrollment e
                     JOIN (SELECT DISTINCT group_id, user_id FROM group_member) m ON m.user_id = e.user_id),
                    (SELECT count(DISTINCT group_id) FROM group_member),
                    (SELECT count(DISTINCT coalesce(department, '')) FROM user),
                    (SELECT count(DISTINCT user_id) FROM completion WHERE completed_on BETWEEN ?3 AND ?4),
                    (SELECT count(DISTINCT user_id) FROM completion WHERE completed_on BETWEEN ?5 AND ?6)",
            (
                TODAY,
                SOON,
                first(PERIOD),
                last(PERIOD),
                first(this_month),
                last(this_month),
            ),
            |r| {
                Ok(Expected {
                    users: r.get(0)?,
                    enrollments: r.get(1)?,
                    completions: r.get(2)?,
                    valid: r.get(3)?,
                    expiring: r.get(4)?,
                    expired: r.get(5)?,
                    overdue: r.get(6)?,
                    in_groups: r.get(7)?,
                    groups: r.get(8)?,
                    departments: r.get(9)?,
                    active_period: r.get(10)?,
                    active_this_month: r.get(11)?,
                })
            },
        )?;
        let audit: u64 = conn.query_row("SELECT count(*) FROM audit_event", [], |r| r.get(0))?;
        drop(conn);
        let mb = std::fs::metadata(&store)?.len() as f64 / 1e6;
        println!(
            "store.db: {} users, {} enrollments, {} completions ({} valid, of which {} expiring; {} expired), \
             {} overdue, {audit} audit events, {mb:.0} MB (counted in {})",
            want.users,
            want.enrollments,
            want.completions,
            want.valid,
            want.expiring,
            want.expired,
            want.overdue,
            duration(started.elapsed())
        );
        // Every completion is of an enrollment, at most one each, and has an expiry date.
        if want.users != self.users
            || want.completions + want.overdue != want.enrollments
            || want.valid + want.expired != want.completions
        {
            return Err(format!("store.db is not as built: {want:?}").into());
        }
        Ok(want)
    }

    /// `base-N.db` as described at the top, in one file (no WAL); reused when it is there
    /// with that content.
    fn ensure_base(&mut self) -> Result<PathBuf> {
        let n = self.users;
        let base = self.dir.join(format!("base-{n}.db"));
        if base.exists() {
            match pristine(&base, n) {
                Ok(()) => {
                    // A base built by an earlier lmsctl is brought to this one's schema
                    // once, here, rather than in the first run of every copy (by the
                    // binary: the peak memory of later runs would start from ours).
                    let started = Instant::now();
                    let name = format!("base-{n}.db");
                    self.lmsctl_on(&name, "bench", &["tenant", "list"], "migrate")?;
                    support::single_file(&base)?;
                    let took = started.elapsed();
                    let note = if took > Duration::from_secs(1) {
                        format!("reused; schema brought up to date in {:.0} s", took.as_secs_f64())
                    } else {
                        "reused".to_owned()
                    };
                    self.table.add(&format!("base-{n}.db"), &[], note);
                    return Ok(base);
                }
                Err(why) => println!("rebuilding {}: {why}", base.display()),
            }
        }
        let started = Instant::now();
        let csv = format!("users-{n}.csv");
        support::ensure_csv(&self.gen_users, &self.dir, &csv, self.users, &mut self.table)?;
        for file in ["build.db", "build.db-wal", "build.db-shm"] {
            remove_if_exists(&self.dir.join(file))?;
        }
        const DB: &str = "build.db";

        let holding = self.lmsctl_on(
            DB,
            "holding",
            &["tenant", "create", "holding", "--name", "Holding", "-q"],
            "build",
        )?;
        let bench = self.lmsctl_on(
            DB,
            "bench",
            &[
                "tenant", "create", "bench", "--name", "Bench", "--parent", "holding", "-q",
            ],
            "build",
        )?;
        self.table.add(
            "tenant create holding; bench --parent holding",
            &[&holding, &bench],
            "untimed".to_owned(),
        );
        let import = self.lmsctl_on(DB, "bench", &["import", "users", &csv, "-q"], "build")?;
        let rate = n as f64 / import.secs();
        self.table.add(
            &format!("import users {csv}"),
            &[&import],
            format!("untimed; {rate:.0} rows/s"),
        );

        let mut runs = Vec::new();
        let mut members = Vec::new();
        for (name, department) in GROUPS {
            let rule = format!("department = \"{department}\"");
            let run = self.lmsctl_on(
                DB,
                "bench",
                &["group", "create", name, "--rule", &rule, "-o", "json"],
                "build",
            )?;
            let count = json_u64(&run.stdout, "members")
                .filter(|&m| m > 0)
                .ok_or_else(|| {
                    format!(
                        "group create {name}: no members in the output: {}",
                        truncate(run.stdout.trim(), 200)
                    )
                })?;
            members.push(format!("{name} {count}"));
            runs.push(run);
        }
        let runs: Vec<&Measured> = runs.iter().collect();
        self.table.add(
            "group create vertrieb, produktion --rule",
            &runs,
            format!("untimed; members: {}", members.join(", ")),
        );

        let mut runs = Vec::new();
        for i in 1..=COURSES {
            let code = course_code(i);
            let title = TITLES[(i - 1) as usize];
            let mut args = vec![
                "course",
                "create",
                &code,
                "--title",
                title,
                "--mandatory",
                "--valid-for",
                "12m",
                "-q",
            ];
            let owner = if i <= SHARED {
                args.push("--shared");
                "holding"
            } else {
                "bench"
            };
            runs.push(self.lmsctl_on(DB, owner, &args, "build")?);
        }
        let runs: Vec<&Measured> = runs.iter().collect();
        self.table.add(
            &format!("course create C01..C{COURSES} --mandatory --valid-for 12m (each)"),
            &runs,
            format!("untimed; C01..C{SHARED} in holding --shared"),
        );

        let (mut all, mut grouped) = (Vec::new(), Vec::new());
        let mut grouped_users = 0;
        for i in 1..=COURSES {
            let code = course_code(i);
            let mut args = vec!["assign", &code, "--due", DUE, "-o", "json"];
            let group = course_group(i);
            match group {
                None => args.push("--all-users"),
                Some(name) => args.extend(["--group", name]),
            }
            let run = self.lmsctl_on(DB, "bench", &args, "build")?;
            let users = json_u64(&run.stdout, "users");
            match (group, users) {
                (None, Some(users)) if users == n => all.push(run),
                (Some(_), Some(users)) if users > 0 => {
                    grouped_users += users;
                    grouped.push(run);
                }
                _ => {
                    return Err(format!(
                        "assign {code}: unexpected output: {}",
                        truncate(run.stdout.trim(), 200)
                    )
                    .into());
                }
            }
        }
        let all_count = all.len();
        let all: Vec<&Measured> = all.iter().collect();
        self.table.add(
            &format!("assign ({all_count} courses) --all-users --due {DUE} (each)"),
            &all,
            format!("untimed; {n} users each"),
        );
        let grouped_count = grouped.len();
        let grouped: Vec<&Measured> = grouped.iter().collect();
        self.table.add(
            &format!("assign ({grouped_count} courses) --group --due {DUE} (each)"),
            &grouped,
            format!("untimed; {grouped_users} users together"),
        );

        let completions_csv = format!("completions-{n}.csv");
        let written = Instant::now();
        let (enrollments, completions) =
            write_completions(&self.dir.join(DB), &self.dir.join(&completions_csv))?;
        self.table.add_timed(
            &format!("write {completions_csv} (in process)"),
            written.elapsed(),
            format!("{completions} completions of {enrollments} enrollments"),
        );
        let import = self.lmsctl_on(
            DB,
            "bench",
            &["import", "completions", &completions_csv, "-o", "json"],
            "build",
        )?;
        let created = json_u64(&import.stdout, "created");
        let rate = completions as f64 / import.secs();
        if created != Some(completions) {
            return Err(format!(
                "import completions: created {created:?}, expected {completions}: {}",
                truncate(import.stdout.trim(), 200)
            )
            .into());
        }
        self.table.add(
            &format!("import completions {completions_csv}"),
            &[&import],
            format!("untimed; {completions} recorded, {rate:.0} rows/s"),
        );

        let build = self.dir.join(DB);
        support::single_file(&build)?;
        pristine(&build, n).map_err(|why| format!("the built store is not as expected: {why}"))?;
        std::fs::rename(&build, &base)?;
        let mb = std::fs::metadata(&base)?.len() as f64 / 1e6;
        self.table.add_timed(
            &format!("base-{n}.db build, total"),
            started.elapsed(),
            format!("{enrollments} enrollments, {mb:.0} MB"),
        );
        Ok(base)
    }

    /// Runs `lmsctl --store store.db --tenant TENANT ARGS` in the work dir and fails
    /// (printing its stderr) unless it exits with 0.
    fn lmsctl_as(&self, tenant: &str, args: &[&str], label: &str) -> Result<Measured> {
        self.lmsctl_on("store.db", tenant, args, label)
    }

    fn lmsctl_on(&self, store: &str, tenant: &str, args: &[&str], label: &str) -> Result<Measured> {
        let run = measure(
            Command::new(&self.lmsctl)
                .args(["--store", store, "--tenant", tenant])
                .args(args)
                .current_dir(&self.dir)
                .env("LMSCTL_TODAY", TODAY)
                .env_remove("LMSCTL_STORE")
                .env_remove("LMSCTL_TENANT"),
            &self.dir,
            label,
            1 << 20,
        )?;
        let what: Vec<&str> = args.iter().copied().take_while(|a| !a.starts_with('-')).collect();
        run.check(&format!("lmsctl {}", what.join(" ")))?;
        Ok(run)
    }
}

/// `C01`, the code of course `i` (1-based).
fn course_code(i: u64) -> String {
    format!("C{i:02}")
}

/// The group course `i` is assigned to; `None`: all users.
fn course_group(i: u64) -> Option<&'static str> {
    match i % 4 {
        1 | 3 => None,
        2 => Some(GROUPS[0].0),
        _ => Some(GROUPS[1].0),
    }
}

/// SplitMix64's finaliser: a well-mixed hash of `x`.
fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The day enrollment (user, course) was completed, for COMPLETED_PER_MILLE of them:
/// 5 % on a day that makes the certificate (12 months) expired today, 8 % expiring
/// within 30 days, 87 % valid for longer; never after yesterday.
fn completed_on(user_id: i64, course_id: i64) -> Option<NaiveDate> {
    let h = mix(((user_id as u64) << 8) ^ course_id as u64);
    if h % 1000 >= COMPLETED_PER_MILLE {
        return None;
    }
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("valid date");
    let (first, last) = match (h >> 16) % 100 {
        0..5 => (date(2025, 1, 2), date(2025, 11, 2)),
        5..13 => (date(2025, 11, 3), date(2025, 12, 2)),
        _ => (date(2025, 12, 3), date(2026, 11, 1)),
    };
    let span = (last - first).num_days() as u64 + 1;
    first.checked_add_days(chrono::Days::new((h >> 32) % span))
}

/// Writes the completions CSV (`Personalnummer;Kurs;Datum`) for the enrollments in
/// `store`; returns the number of enrollments and of completions written.
fn write_completions(store: &Path, csv: &Path) -> Result<(u64, u64)> {
    let conn = rusqlite::Connection::open(store)?;
    let mut stmt = conn.prepare(
        "SELECT e.user_id, e.course_id, u.external_id, c.code
         FROM enrollment e JOIN user u ON u.id = e.user_id JOIN course c ON c.id = e.course_id
         ORDER BY e.user_id, e.course_id",
    )?;
    let mut rows = stmt.query([])?;
    let mut out = BufWriter::new(File::create(csv)?);
    writeln!(out, "Personalnummer;Kurs;Datum")?;
    let (mut enrollments, mut completions) = (0, 0);
    while let Some(row) = rows.next()? {
        enrollments += 1;
        let Some(day) = completed_on(row.get(0)?, row.get(1)?) else {
            continue;
        };
        let user: String = row.get(2)?;
        let code: String = row.get(3)?;
        writeln!(out, "{user};{code};{}", day.format("%Y-%m-%d"))?;
        completions += 1;
    }
    out.flush()?;
    Ok((enrollments, completions))
}

/// Checks a compliance report against `want`: `rows` rows, each adding up (every
/// enrollment is completed, overdue or expired: all are due before today), and the
/// totals, with `assigned` equal to `assigned` when given.
fn compliance(
    value: &Value,
    want: &Expected,
    rows: u64,
    assigned: Option<u64>,
) -> std::result::Result<String, String> {
    let list = value.as_array().ok_or("not a JSON array")?;
    let mut sums = [0u64; 5];
    for row in list {
        let mut figures = [0u64; 5];
        for (i, key) in ["assigned", "completed", "in_progress", "overdue", "expired"]
            .iter()
            .enumerate()
        {
            figures[i] = row
                .get(key)
                .and_then(Value::as_u64)
                .ok_or_else(|| format!("a row without {key}: {row}"))?;
            sums[i] += figures[i];
        }
        if figures[1] + figures[2] + figures[3] + figures[4] != figures[0] {
            return Err(format!("a row that does not add up: {row}"));
        }
    }
    let [total, completed, in_progress, overdue, expired] = sums;
    let summary = format!(
        "rows: {}, assigned={total} completed={completed} overdue={overdue} expired={expired}",
        list.len()
    );
    if list.len() as u64 != rows || in_progress != 0 {
        return Err(format!("{summary} in_progress={in_progress}, want {rows} rows"));
    }
    if let Some(assigned) = assigned
        && (total, completed, overdue, expired) != (assigned, want.valid, want.overdue, want.expired)
    {
        return Err(format!(
            "{summary}, want assigned={assigned} completed={} overdue={} expired={}",
            want.valid, want.overdue, want.expired
        ));
    }
    if assigned.is_none() && total != want.in_groups {
        return Err(format!("{summary}, want assigned={}", want.in_groups));
    }
    Ok(summary)
}

/// `report active-users --include-children` for `holding`: `bench` with the users who
/// completed something in PERIOD, `holding` with none.
fn active_users(value: &Value, want: &Expected) -> std::result::Result<String, String> {
    let got = tenant_figures(value, "active_users")?;
    let expected = vec![
        ("bench".to_owned(), want.active_period),
        ("holding".to_owned(), 0),
    ];
    if got != expected {
        return Err(format!("{got:?}, want {expected:?}"));
    }
    Ok(format!("bench {} active users", want.active_period))
}

/// `report tenants` for `holding`: users, active users this month and compliance per tenant.
fn tenant_tree(value: &Value, want: &Expected) -> std::result::Result<String, String> {
    let keys = ["users", "active_users", "assigned", "completed", "overdue"];
    let mut got = Vec::new();
    for key in keys {
        got.push(tenant_figures(value, key)?);
    }
    let bench = [
        want.users,
        want.active_this_month,
        want.enrollments,
        want.valid,
        want.overdue,
    ];
    for (i, key) in keys.iter().enumerate() {
        let expected = vec![("bench".to_owned(), bench[i]), ("holding".to_owned(), 0)];
        if got[i] != expected {
            return Err(format!("{key}: {:?}, want {expected:?}", got[i]));
        }
    }
    Ok(format!(
        "bench: users={} assigned={} completed={} overdue={}",
        want.users, want.enrollments, want.valid, want.overdue
    ))
}

/// `(tenant, figure)` of each row of a per-tenant report.
fn tenant_figures(value: &Value, key: &str) -> std::result::Result<Vec<(String, u64)>, String> {
    let list = value.as_array().ok_or("not a JSON array")?;
    list.iter()
        .map(|row| {
            let tenant = row.get("tenant").and_then(Value::as_str);
            let figure = row.get(key).and_then(Value::as_u64);
            match (tenant, figure) {
                (Some(tenant), Some(figure)) => Ok((tenant.to_owned(), figure)),
                _ => Err(format!("a row without tenant or {key}: {row}")),
            }
        })
        .collect()
}

fn json_u64(stdout: &str, key: &str) -> Option<u64> {
    serde_json::from_str::<Value>(stdout.trim())
        .ok()?
        .get(key)?
        .as_u64()
}

/// Ok when `path` holds what `ensure_base` builds for `users` users and nothing since
/// (the last audit event is the completions import); otherwise why not.
fn pristine(path: &Path, users: u64) -> std::result::Result<(), String> {
    let conn = rusqlite::Connection::open(path).map_err(|e| e.to_string())?;
    let counts: [u64; 8] = conn
        .query_row(
            "SELECT (SELECT count(*) FROM tenant),
                    (SELECT count(*) FROM tenant b JOIN tenant h ON h.id = b.parent_id
                     WHERE b.slug = 'bench' AND h.slug = 'holding'),
                    (SELECT count(*) FROM user u JOIN tenant t ON t.id = u.tenant_id WHERE t.slug = 'bench'),
                    (SELECT count(*) FROM user), (SELECT count(*) FROM course),
                    (SELECT count(*) FROM assignment), (SELECT count(*) FROM enrollment),
                    (SELECT count(*) FROM completion)",
            [],
            |r| {
                Ok([
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ])
            },
        )
        .map_err(|e| e.to_string())?;
    let last: Option<String> = conn
        .query_row(
            "SELECT action FROM audit_event ORDER BY seq DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .map_err(|e| e.to_string())?;
    let [
        tenants,
        child,
        found,
        all_users,
        courses,
        assignments,
        enrollments,
        completions,
    ] = counts;
    if (tenants, child, found, all_users, courses, assignments) != (2, 1, users, users, COURSES, COURSES)
        || enrollments < (COURSES / 2) * users
        || (completions * 1000 / enrollments.max(1)).abs_diff(COMPLETED_PER_MILLE) > 5
        || last.as_deref() != Some("import.completions")
    {
        return Err(format!(
            "{tenants} tenants ({child} bench under holding), {found} users in bench of {all_users}, \
             {courses} courses, {assignments} assignments, {enrollments} enrollments, {completions} completions, \
             last audit event {last:?}"
        ));
    }
    Ok(())
}
