//! Benchmark for the PostgreSQL store, side by side with its references:
//!
//! 1. `import users` of BENCH_USERS rows (default 1,000,000) into an empty tenant,
//!    again unchanged, and with 1 in 100 rows changed, against `psql -c "\copy ..."`
//!    of the same file into a bare table with unique indexes on external id and
//!    e-mail (target: at most 2x).
//! 2. `store copy` of bench_reports' store (1,000,000 users x 20 courses, about
//!    11,000,000 enrollments; run bench_reports first) from SQLite into PostgreSQL,
//!    every report on the copy (target: 1 s each; each report's output is compared
//!    with the same report on the SQLite store), and `store copy` back.
//! 3. `user show` through `lmsctl serve` on that database: one reused client, 8
//!    concurrent clients (target: p99 under 2 ms), and 8 clients spread over two
//!    `serve` processes on the one database (requests per second against one server).
//!
//! The server is the one `LMSCTL_BENCH_PG=postgres://USER@HOST:PORT` names (USER may
//! create databases), else a private cluster started here from Debian's PostgreSQL
//! (as the `postgres` user when run as root) in target/bench/postgres/cluster, with
//! shared_buffers=512MB and max_wal_size=4GB, stopped at the end.
//!
//! Run: `cargo build --release --bins --examples && cargo run --release --example bench_postgres`.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use support::serving::{look_ups, percentiles, serve, stop};
use support::{Result, Table, measure, remove_if_exists, verdict};

const CHANGE_EVERY: u64 = 100;
const REPORT_RUNS: usize = 3;
const SEQUENTIAL: usize = 5_000;
const CLIENTS: usize = 8;
const PER_CLIENT: usize = 2_000;

fn main() -> ExitCode {
    let mut table = Table::default();
    let mut problems = Vec::new();
    let result = support::setup("BENCH_USERS", 1_000_000, 1, "postgres").and_then(|setup| {
        let cluster = Cluster::start(&setup.dir)?;
        println!(
            "work dir: {} ({} users); server {}",
            setup.dir.display(),
            setup.size,
            cluster.base
        );
        run(&setup, &cluster, &mut table, &mut problems)
    });
    support::conclude(result, &table, &problems)
}

fn run(
    setup: &support::Setup,
    cluster: &Cluster,
    table: &mut Table,
    problems: &mut Vec<String>,
) -> Result<()> {
    imports(setup, cluster, table, problems)?;
    let base = setup
        .dir
        .parent()
        .ok_or("no bench dir")?
        .join("reports")
        .join(format!("base-{}.db", setup.size));
    if !base.exists() {
        println!(
            "{} is missing: run `BENCH_USERS={} cargo run --release --example bench_reports` first for the copy, report and serve figures",
            base.display(),
            setup.size
        );
        return Ok(());
    }
    let url = cluster.database("reports")?;
    copies(setup, &base, &url, table, problems)?;
    reports(setup, &base, &url, table, problems)?;
    serving(setup, &url, table)
}

/// 1. The import against `\copy`.
fn imports(
    setup: &support::Setup,
    cluster: &Cluster,
    table: &mut Table,
    problems: &mut Vec<String>,
) -> Result<()> {
    let n = setup.size;
    let dir = &setup.dir;
    let csv = format!("users-{n}.csv");
    let changed = format!("users-{n}-changed.csv");
    support::ensure_csv(&setup.gen_users, dir, &csv, n, table)?;
    if let Some((run, mb)) = support::generate_csv(
        &setup.gen_users,
        dir,
        &changed,
        n,
        &["--change-every", &CHANGE_EVERY.to_string()],
    )? {
        table.add(&format!("generate {changed}"), &[&run], format!("{mb:.1} MB"));
    }

    let reference = cluster.database("reference")?;
    let psql = cluster.psql();
    let create = Command::new(&psql)
        .args([&reference, "-q", "-c"])
        .arg(
            "CREATE TABLE u (external_id text, first_name text, last_name text, email text, \
             department text, location text, start_date text);
             CREATE UNIQUE INDEX u_external_id ON u (external_id);
             CREATE UNIQUE INDEX u_email ON u (email);",
        )
        .status()?;
    if !create.success() {
        return Err("psql could not create the reference table".into());
    }
    let copy = measure(
        Command::new(&psql)
            .args([&reference, "-c"])
            .arg(format!(
                "\\copy u FROM '{csv}' WITH (FORMAT csv, DELIMITER ';', HEADER true, ENCODING 'UTF8')"
            ))
            .current_dir(dir),
        dir,
        "psql-copy",
        4096,
    )?;
    copy.check("psql \\copy")?;
    table.add(
        "psql \\copy into a bare table with 2 unique indexes (reference)",
        &[&copy],
        format!("{:.0} rows/s", n as f64 / copy.secs()),
    );

    // The same COPY into lmsctl's own user table (its tenant's foreign key, the
    // tenant-scoped unique indexes, the id sequence): what any writer of that table
    // pays, lmsctl or not.
    let shaped = cluster.database("shaped")?;
    lmsctl(
        setup,
        &shaped,
        &["tenant", "create", "bench", "--name", "Bench"],
        "shaped-tenant",
    )?
    .check("tenant create")?;
    let defaults = Command::new(&psql)
        .args([&shaped, "-q", "-c"])
        .arg(
            "ALTER TABLE \"user\" ALTER tenant_id SET DEFAULT 1, ALTER created_at SET DEFAULT 'now', \
             ALTER updated_at SET DEFAULT 'now'",
        )
        .status()?;
    if !defaults.success() {
        return Err("psql could not prepare lmsctl's user table".into());
    }
    let own = measure(
        Command::new(&psql)
            .args([&shaped, "-c", "SET datestyle = 'ISO, DMY'", "-c"])
            .arg(format!(
                "\\copy \"user\" (external_id, first_name, last_name, email, department, location, start_date) \
                 FROM '{csv}' WITH (FORMAT csv, DELIMITER ';', HEADER true, ENCODING 'UTF8')"
            ))
            .current_dir(dir),
        dir,
        "psql-copy-user",
        4096,
    )?;
    own.check("psql \\copy into lmsctl's user table")?;
    table.add(
        "psql \\copy into lmsctl's own user table (reference)",
        &[&own],
        format!(
            "{:.0} rows/s, {:.1}x the bare table",
            n as f64 / own.secs(),
            own.secs() / copy.secs()
        ),
    );
    cluster.drop_database("shaped")?;

    let store = cluster.database("import")?;
    lmsctl(
        setup,
        &store,
        &["tenant", "create", "bench", "--name", "Bench"],
        "tenant-create",
    )?
    .check("tenant create")?;
    let import = |file: &str, label: &str| -> Result<support::Measured> {
        let run = lmsctl(
            setup,
            &store,
            &["--tenant", "bench", "import", "users", file, "-o", "json"],
            label,
        )?;
        run.check(label)?;
        Ok(run)
    };
    let first = import(&csv, "import-first")?;
    let created = serde_json::from_str::<serde_json::Value>(&first.stdout)
        .ok()
        .and_then(|v| v["created"].as_u64());
    if created != Some(n) {
        problems.push(format!("the first import created {created:?} users, not {n}"));
    }
    let ratio = first.secs() / copy.secs();
    let ok = ratio <= 2.0;
    table.add(
        "import users into an empty tenant",
        &[&first],
        format!(
            "{:.0} rows/s, {:.1}x \\copy  <= 2x {} ({:.1}x the copy into its own table); peak {:.0} MB",
            n as f64 / first.secs(),
            ratio,
            verdict(ok),
            first.secs() / own.secs(),
            first.peak_rss_mb().unwrap_or(0.0)
        ),
    );
    let again = import(&csv, "import-again")?;
    table.add(
        "import users, the same file again",
        &[&again],
        format!("peak {:.0} MB", again.peak_rss_mb().unwrap_or(0.0)),
    );
    let update = import(&changed, "import-changed")?;
    table.add(
        &format!("import users, 1 in {CHANGE_EVERY} rows changed"),
        &[&update],
        format!("peak {:.0} MB", update.peak_rss_mb().unwrap_or(0.0)),
    );
    cluster.drop_database("reference")?;
    cluster.drop_database("import")
}

/// 2a. The store copied into PostgreSQL and back.
fn copies(
    setup: &support::Setup,
    base: &Path,
    url: &str,
    table: &mut Table,
    problems: &mut Vec<String>,
) -> Result<()> {
    let base = base.to_str().ok_or("path")?;
    let there = lmsctl(
        setup,
        "",
        &["store", "copy", base, url, "-o", "json"],
        "copy-to-postgres",
    )?;
    there.check("store copy into PostgreSQL")?;
    let rows = copied_rows(&there.stdout);
    table.add(
        "store copy SQLite -> PostgreSQL",
        &[&there],
        format!("{rows} rows, {:.0} rows/s", rows as f64 / there.secs()),
    );
    let back_file = setup.dir.join("copied-back.db");
    for suffix in ["", "-wal", "-shm"] {
        remove_if_exists(Path::new(&format!("{}{suffix}", back_file.display())))?;
    }
    let back = back_file.to_str().ok_or("path")?;
    let again = lmsctl(
        setup,
        "",
        &["store", "copy", url, back, "-o", "json"],
        "copy-to-sqlite",
    )?;
    again.check("store copy back into SQLite")?;
    let rows_back = copied_rows(&again.stdout);
    if rows_back != rows {
        problems.push(format!("copied {rows} rows there and {rows_back} back"));
    }
    table.add(
        "store copy PostgreSQL -> SQLite",
        &[&again],
        format!("{rows_back} rows, {:.0} rows/s", rows_back as f64 / again.secs()),
    );
    for suffix in ["", "-wal", "-shm"] {
        remove_if_exists(Path::new(&format!("{}{suffix}", back_file.display())))?;
    }
    Ok(())
}

fn copied_rows(json: &str) -> u64 {
    serde_json::from_str::<serde_json::Value>(json)
        .ok()
        .and_then(|v| {
            v["tables"]
                .as_array()
                .map(|t| t.iter().filter_map(|t| t["rows"].as_u64()).sum())
        })
        .unwrap_or(0)
}

/// 2b. Every report on the copy, timed, and its output compared with SQLite's.
fn reports(
    setup: &support::Setup,
    base: &Path,
    url: &str,
    table: &mut Table,
    problems: &mut Vec<String>,
) -> Result<()> {
    let base = base.to_str().ok_or("path")?;
    let reports: [(&str, &[&str]); 9] = [
        ("bench", &["report", "compliance", "-o", "json"]),
        (
            "bench",
            &["report", "compliance", "--by", "department", "-o", "json"],
        ),
        ("bench", &["report", "compliance", "--by", "group", "-o", "json"]),
        (
            "holding",
            &[
                "report",
                "compliance",
                "--by",
                "tenant",
                "--include-children",
                "-o",
                "json",
            ],
        ),
        ("bench", &["report", "overdue", "-o", "csv"]),
        ("bench", &["report", "expiring", "--within", "30d", "-o", "csv"]),
        (
            "holding",
            &[
                "report",
                "active-users",
                "--period",
                "2026-10",
                "--include-children",
                "-o",
                "json",
            ],
        ),
        ("holding", &["report", "tenants", "-o", "json"]),
        ("holding", &["report", "tenants", "-o", "html"]),
    ];
    for (tenant, args) in reports {
        let mut full = vec!["--tenant", tenant];
        full.extend_from_slice(args);
        let label = args.join("-").replace("--", "");
        let sqlite = lmsctl(setup, base, &full, &format!("sqlite-{label}"))?;
        sqlite.check("the report on SQLite")?;
        let mut runs = Vec::new();
        for i in 0..=REPORT_RUNS {
            let run = lmsctl(setup, url, &full, &format!("pg-{label}"))?;
            run.check("the report on PostgreSQL")?;
            if i == 0 {
                // The first run warms the server's cache, as a report run daily would
                // find it; its output is compared.
                let same = std::fs::read(setup.dir.join(format!("sqlite-{label}.stdout")))?
                    == std::fs::read(setup.dir.join(format!("pg-{label}.stdout")))?;
                if !same && !args.contains(&"html") {
                    problems.push(format!("{} prints differently on PostgreSQL", args.join(" ")));
                }
            } else {
                runs.push(run);
            }
        }
        let max = runs.iter().map(|r| r.secs()).fold(0.0, f64::max);
        let ok = max <= 1.0;
        let runs: Vec<&support::Measured> = runs.iter().collect();
        table.add(
            &format!("{} (PostgreSQL)", args.join(" ")),
            &runs,
            format!("SQLite {:.2} s; <= 1 s {}", sqlite.secs(), verdict(ok)),
        );
    }
    Ok(())
}

/// 3. `user show` through one and two `serve` processes on the database.
fn serving(setup: &support::Setup, url: &str, table: &mut Table) -> Result<()> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let created = Command::new(&setup.lmsctl)
        .args([
            "--store", url, "--tenant", "bench", "token", "create", "--role", "admin", "-o", "json",
        ])
        .stderr(Stdio::null())
        .output()?;
    let token = serde_json::from_slice::<serde_json::Value>(&created.stdout)?["secret"]
        .as_str()
        .ok_or("token create printed no secret")?
        .to_owned();
    let users = setup.size;
    let (one, first) = serve(&setup.lmsctl, url)?;
    look_ups(&first, &token, users, 1 << 40, 500, key)?;
    let started = Instant::now();
    let (p50, p99, max) = percentiles(look_ups(&first, &token, users, 0, SEQUENTIAL, key)?);
    table.add_timed(
        &format!("user show via serve, 1 reused client, {SEQUENTIAL} requests"),
        started.elapsed(),
        format!(
            "p50 {p50:.2} / p99 {p99:.2} / max {max:.2} ms; p99 < 2 ms {}",
            verdict(p99 < 2.0)
        ),
    );
    let started = Instant::now();
    let (p99_one, rate_one) = concurrent(std::slice::from_ref(&first), &token, users)?;
    table.add_timed(
        &format!("user show via 1 serve, {CLIENTS} concurrent clients"),
        started.elapsed(),
        format!(
            "p99 {p99_one:.2} ms, {rate_one:.0} requests/s; p99 < 2 ms {}",
            verdict(p99_one < 2.0)
        ),
    );
    let (two, second) = serve(&setup.lmsctl, url)?;
    look_ups(&second, &token, users, 1 << 41, 500, key)?;
    let started = Instant::now();
    let (p99_two, rate_two) = concurrent(&[first, second], &token, users)?;
    table.add_timed(
        &format!("user show via 2 serve on one database, {CLIENTS} clients"),
        started.elapsed(),
        format!(
            "p99 {p99_two:.2} ms, {rate_two:.0} requests/s ({:.0} % of one server's); >= one server {}",
            rate_two / rate_one * 100.0,
            verdict(rate_two >= rate_one * 0.95)
        ),
    );
    stop(one)?;
    stop(two)
}

/// `CLIENTS` clients, spread over `servers`: the p99 in ms and the requests per second.
fn concurrent(servers: &[String], token: &str, users: u64) -> Result<(f64, f64)> {
    let started = Instant::now();
    let handles: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (url, token) = (servers[c % servers.len()].clone(), token.to_owned());
            std::thread::spawn(move || {
                look_ups(&url, &token, users, (c as u64 + 1) << 32, PER_CLIENT, key)
                    .map_err(|e| e.to_string())
            })
        })
        .collect();
    let mut all = Vec::new();
    for handle in handles {
        all.extend(handle.join().map_err(|_| "a client thread panicked")??);
    }
    let rate = all.len() as f64 / started.elapsed().as_secs_f64();
    let (_, p99, _) = percentiles(all);
    Ok((p99, rate))
}

/// gen_users' personnel numbers are 1-based.
fn key(n: u64) -> String {
    support::external_id(n + 1)
}

/// `lmsctl` on `store` (none: the command names its stores), measured.
fn lmsctl(setup: &support::Setup, store: &str, args: &[&str], label: &str) -> Result<support::Measured> {
    let mut command = Command::new(&setup.lmsctl);
    if !store.is_empty() {
        command.args(["--store", store]);
    }
    command.args(args).current_dir(&setup.dir);
    measure(&mut command, &setup.dir, label, 1 << 20)
}

/// The PostgreSQL server the benchmark creates its databases on.
struct Cluster {
    /// postgres://USER@HOST:PORT, without a database.
    base: String,
    /// A private cluster's directory and binaries, to stop it.
    private: Option<(PathBuf, PathBuf)>,
}

impl Cluster {
    fn start(dir: &Path) -> Result<Cluster> {
        if let Ok(base) = std::env::var("LMSCTL_BENCH_PG") {
            return Ok(Cluster {
                base: base.trim_end_matches('/').to_owned(),
                private: None,
            });
        }
        let bin = std::fs::read_dir("/usr/lib/postgresql")
            .map_err(|_| "no PostgreSQL under /usr/lib/postgresql: apt-get install postgresql, or set LMSCTL_BENCH_PG")?
            .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
            .filter(|bin| bin.join("initdb").exists())
            .max()
            .ok_or("no initdb under /usr/lib/postgresql")?;
        let cluster = dir.join("cluster");
        if cluster.exists() {
            std::fs::remove_dir_all(&cluster)?;
        }
        std::fs::create_dir_all(&cluster)?;
        // SAFETY: geteuid(2) takes no arguments and cannot fail.
        let as_root = unsafe { libc::geteuid() } == 0;
        if as_root {
            Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(&cluster)
                .status()?;
        }
        let run = |program: &str, args: &[&str]| -> Result<()> {
            let mut command = if as_root {
                let mut c = Command::new("runuser");
                c.args(["-u", "postgres", "--"]).arg(bin.join(program));
                c
            } else {
                Command::new(bin.join(program))
            };
            let out = command.args(args).stdin(Stdio::null()).output()?;
            if !out.status.success() {
                return Err(format!("{program}: {}", String::from_utf8_lossy(&out.stderr)).into());
            }
            Ok(())
        };
        let data = cluster.join("data").to_string_lossy().into_owned();
        run(
            "initdb",
            &[
                "-D",
                &data,
                "-A",
                "trust",
                "-U",
                "lms",
                "-E",
                "UTF8",
                "--locale=C",
            ],
        )?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c max_wal_size=4GB",
            cluster.display()
        );
        let log = cluster.join("server.log").to_string_lossy().into_owned();
        run(
            "pg_ctl",
            &["-D", &data, "-o", &options, "-l", &log, "-w", "start"],
        )?;
        Ok(Cluster {
            base: format!("postgres://lms@127.0.0.1:{port}"),
            private: Some((cluster, bin)),
        })
    }

    /// A new, empty database `name` (dropped first if there); its URL.
    fn database(&self, name: &str) -> Result<String> {
        self.drop_database(name)?;
        self.admin()?.batch_execute(&format!("CREATE DATABASE {name}"))?;
        Ok(format!("{}/{name}", self.base))
    }

    fn drop_database(&self, name: &str) -> Result<()> {
        self.admin()?
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))?;
        Ok(())
    }

    fn admin(&self) -> Result<postgres::Client> {
        Ok(postgres::Client::connect(
            &format!("{}/postgres", self.base),
            postgres::NoTls,
        )?)
    }

    fn psql(&self) -> PathBuf {
        match &self.private {
            Some((_, bin)) => bin.join("psql"),
            None => PathBuf::from("psql"),
        }
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let Some((dir, bin)) = &self.private else { return };
        let data = dir.join("data").to_string_lossy().into_owned();
        // SAFETY: geteuid(2) takes no arguments and cannot fail.
        let as_root = unsafe { libc::geteuid() } == 0;
        let mut command = if as_root {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(bin.join("pg_ctl"));
            c
        } else {
            Command::new(bin.join("pg_ctl"))
        };
        let _ = command
            .args(["-D", &data, "-m", "fast", "stop"])
            .stdout(Stdio::null())
            .status();
        let _ = std::fs::remove_dir_all(dir);
    }
}
