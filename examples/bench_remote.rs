//! Benchmark for the remote store: `user show` requests to `lmsctl serve` over
//! loopback on a store of BENCH_USERS users (default 1,000,000), from one reused
//! client and from 8 concurrent clients, plus whole `lmsctl --store http://...`
//! processes for comparison with the local store.
//!
//! Run: `cargo build --release --bins --examples && cargo run --release --example bench_remote`.
//!
//! Targets (issue): the server answers `user show` over loopback in under 2 ms at the
//! 99th percentile with a reused client, and keeps that under 8 concurrent clients;
//! an import of BENCH_USERS users through the server runs at no less than half the
//! local import's rate (both into an empty tenant, from the same generated export).
//!
//! The store is target/bench/foundation-N.db (made by bench_foundation, or here),
//! copied to target/bench/remote/store.db for each run.

mod support;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use support::serving::{look_ups, percentiles, serve, stop, user_number};
use support::{Result, verdict};

const SEQUENTIAL: usize = 5_000;
const CLIENTS: usize = 8;
const PER_CLIENT: usize = 2_000;
const PROCESS_RUNS: usize = 30;
const TARGET_P99_MS: f64 = 2.0;

fn main() -> Result<()> {
    let support::Setup {
        size: users,
        lmsctl,
        gen_users,
        dir,
    } = support::setup("BENCH_USERS", 1_000_000, 1, "remote")?;
    let base = dir
        .parent()
        .ok_or("no bench dir")?
        .join(format!("foundation-{users}.db"));
    support::ensure_store(&base, users)?;
    let store = dir.join("store.db");
    for suffix in ["", "-wal", "-shm"] {
        support::remove_if_exists(Path::new(&format!("{}{suffix}", store.display())))?;
    }
    std::fs::copy(&base, &store)?;

    let created = Command::new(&lmsctl)
        .arg("--store")
        .arg(&store)
        .args([
            "--tenant", "bench", "token", "create", "--role", "admin", "-o", "json",
        ])
        .stderr(Stdio::null())
        .output()?;
    let token = serde_json::from_slice::<serde_json::Value>(&created.stdout)?["secret"]
        .as_str()
        .ok_or("token create printed no secret")?
        .to_owned();
    let (server, url) = serve(&lmsctl, store.to_str().ok_or("path")?)?;
    println!("store: {users} users; server {url}");
    let result = run(&lmsctl, &url, &token, users);
    stop(server)?;
    result?;
    imports(&lmsctl, &gen_users, &dir, users)
}

/// A new store with the tenant `bench` and an admin token for it.
fn fresh_store(lmsctl: &Path, path: &Path) -> Result<String> {
    for suffix in ["", "-wal", "-shm"] {
        support::remove_if_exists(Path::new(&format!("{}{suffix}", path.display())))?;
    }
    let created = Command::new(lmsctl)
        .arg("--store")
        .arg(path)
        .args(["tenant", "create", "bench", "--name", "Bench", "-q"])
        .stdout(Stdio::null())
        .status()?;
    if !created.success() {
        return Err("tenant create failed".into());
    }
    let token = Command::new(lmsctl)
        .arg("--store")
        .arg(path)
        .args([
            "--tenant", "bench", "token", "create", "--role", "admin", "-o", "json",
        ])
        .stderr(Stdio::null())
        .output()?;
    Ok(
        serde_json::from_slice::<serde_json::Value>(&token.stdout)?["secret"]
            .as_str()
            .ok_or("no token")?
            .to_owned(),
    )
}

/// The same export imported locally and through the server, each into an empty tenant.
fn imports(lmsctl: &Path, gen_users: &Path, dir: &Path, users: u64) -> Result<()> {
    let csv = dir.join(format!("users-{users}.csv"));
    if !csv.exists() || support::count_lines(&csv)? != users + 1 {
        let generated = Command::new(gen_users)
            .args(["--rows", &users.to_string(), "--out"])
            .arg(&csv)
            .status()?;
        if !generated.success() {
            return Err("gen_users failed (cargo build --release --examples)".into());
        }
    }
    let import = |store: &str, token: Option<&str>| -> Result<f64> {
        let mut command = Command::new(lmsctl);
        command
            .args(["--store", store, "--tenant", "bench", "import", "users", "-q"])
            .arg(&csv)
            .stdout(Stdio::null());
        if let Some(token) = token {
            command.env("LMSCTL_TOKEN", token);
        }
        let started = Instant::now();
        let status = command.status()?;
        if !status.success() {
            return Err(format!("import into {store} failed: {status}").into());
        }
        Ok(started.elapsed().as_secs_f64())
    };
    let local_store = dir.join("import-local.db");
    fresh_store(lmsctl, &local_store)?;
    let local = import(local_store.to_str().ok_or("path")?, None)?;
    let remote_store = dir.join("import-remote.db");
    let token = fresh_store(lmsctl, &remote_store)?;
    let (server, url) = serve(lmsctl, remote_store.to_str().ok_or("path")?)?;
    let remote = import(&url, Some(&token));
    stop(server)?;
    let remote = remote?;
    let (local_rate, remote_rate) = (users as f64 / local, users as f64 / remote);
    println!(
        "\nimport users ({users} rows): local {local:.2} s ({local_rate:.0} rows/s), through the server {remote:.2} s \
         ({remote_rate:.0} rows/s, {:.0} % of local)  >= 50 % {}",
        remote_rate / local_rate * 100.0,
        verdict(remote_rate >= local_rate / 2.0)
    );
    for store in [&local_store, &remote_store] {
        for suffix in ["", "-wal", "-shm"] {
            support::remove_if_exists(Path::new(&format!("{}{suffix}", store.display())))?;
        }
    }
    Ok(())
}

/// The foundation store's users are B0000000, B0000001, ...
fn key(n: u64) -> String {
    format!("B{n:07}")
}

fn run(lmsctl: &Path, url: &str, token: &str, users: u64) -> Result<()> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    look_ups(url, token, users, 1 << 40, 500, key)?; // warm-up
    println!(
        "\n{:<52} {:>9} {:>9} {:>9}  target",
        "step", "p50 ms", "p99 ms", "max ms"
    );
    let (p50, p99, max) = percentiles(look_ups(url, token, users, 0, SEQUENTIAL, key)?);
    println!(
        "{:<52} {p50:>9.3} {p99:>9.3} {max:>9.3}  p99 < {TARGET_P99_MS} ms {}",
        format!("user show, 1 reused client, {SEQUENTIAL} requests"),
        verdict(p99 < TARGET_P99_MS)
    );

    let started = Instant::now();
    let handles: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (url, token) = (url.to_owned(), token.to_owned());
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
    let elapsed = started.elapsed().as_secs_f64();
    let requests = all.len();
    let (p50, p99, max) = percentiles(all);
    println!(
        "{:<52} {p50:>9.3} {p99:>9.3} {max:>9.3}  p99 < {TARGET_P99_MS} ms {} ({:.0} requests/s)",
        format!("user show, {CLIENTS} concurrent clients, {requests} requests"),
        verdict(p99 < TARGET_P99_MS),
        requests as f64 / elapsed
    );

    let mut times = Vec::new();
    for i in 0..PROCESS_RUNS as u64 {
        let started = Instant::now();
        let status = Command::new(lmsctl)
            .args(["--store", url, "--tenant", "bench", "user", "show"])
            .arg(format!("B{:07}", user_number(i, users)))
            .env("LMSCTL_TOKEN", token)
            .stdout(Stdio::null())
            .status()?;
        times.push(started.elapsed());
        if !status.success() {
            return Err(format!("lmsctl user show over HTTP failed: {status}").into());
        }
    }
    let (p50, p99, max) = percentiles(times);
    println!(
        "{:<52} {p50:>9.3} {p99:>9.3} {max:>9.3}  informational (process start included)",
        format!("lmsctl --store http://... user show, {PROCESS_RUNS} runs")
    );
    Ok(())
}
