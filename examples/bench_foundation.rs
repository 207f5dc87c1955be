//! Benchmark for the foundation: `lmsctl --version`, `user list --limit 50` and
//! `user show` on a store holding BENCH_USERS users (default 1,000,000).
//!
//! Run: `cargo build --release && cargo run --release --example bench_foundation`.
//! The store is generated once into target/bench/ and reused while it has the
//! right size. Times are wall-clock for the whole process, start-up included.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use lmsctl::model::NewTenant;
use lmsctl::store::{SqliteStore, Store};

const RUNS: usize = 30;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let users: u64 = std::env::var("BENCH_USERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let exe = std::env::current_exe()?;
    let target = exe
        .ancestors()
        .nth(3)
        .ok_or("unexpected example path")?
        .to_path_buf();
    let lmsctl = exe
        .parent()
        .and_then(Path::parent)
        .ok_or("no target dir")?
        .join("lmsctl");
    if !lmsctl.exists() {
        return Err(format!(
            "{} is missing: run `cargo build --release` first",
            lmsctl.display()
        )
        .into());
    }
    let dir = target.join("bench");
    std::fs::create_dir_all(&dir)?;
    let store = dir.join(format!("foundation-{users}.db"));
    ensure_store(&store, users)?;

    println!("store: {} ({users} users)", store.display());
    let store_arg = store.to_string_lossy().into_owned();
    let middle = format!("B{:07}", users / 2);
    let cases: [(&str, Vec<&str>, f64); 4] = [
        ("lmsctl --version", vec!["--version"], 10.0),
        (
            "user list --limit 50",
            vec![
                "--store", &store_arg, "--tenant", "bench", "user", "list", "--limit", "50",
            ],
            50.0,
        ),
        (
            "user show EXTERNAL_ID",
            vec![
                "--store", &store_arg, "--tenant", "bench", "user", "show", &middle,
            ],
            50.0,
        ),
        (
            "user list --limit 50 -o json (offset 500000)",
            vec![
                "--store", &store_arg, "--tenant", "bench", "user", "list", "--limit", "50", "--offset",
                "500000", "-o", "json",
            ],
            50.0,
        ),
    ];
    println!(
        "{:<46} {:>10} {:>10} {:>10}  target",
        "command", "median ms", "p90 ms", "max ms"
    );
    for (name, args, target_ms) in cases {
        let mut times = (0..RUNS)
            .map(|_| time(&lmsctl, &args))
            .collect::<Result<Vec<_>, _>>()?;
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let median = ms(times[RUNS / 2]);
        let p90 = ms(times[RUNS * 9 / 10]);
        let verdict = if median <= target_ms { "ok" } else { "MISSED" };
        println!(
            "{name:<46} {median:>10.2} {p90:>10.2} {:>10.2}  < {target_ms} ms {verdict}",
            ms(times[RUNS - 1])
        );
    }
    Ok(())
}

fn time(exe: &Path, args: &[&str]) -> Result<Duration, Box<dyn std::error::Error>> {
    let started = Instant::now();
    let status = Command::new(exe)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()?;
    let elapsed = started.elapsed();
    if !status.success() {
        return Err(format!("lmsctl {args:?} failed: {status}").into());
    }
    Ok(elapsed)
}

/// Creates the store with `users` generated users unless it already has them. Users
/// are inserted in one transaction straight into the schema that lmsctl created.
fn ensure_store(path: &PathBuf, users: u64) -> Result<(), Box<dyn std::error::Error>> {
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
    let store = SqliteStore::open(path, "bench")?;
    store.create_tenant(&NewTenant {
        slug: "bench".into(),
        name: "Benchmark GmbH".into(),
        ..NewTenant::default()
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
