//! Benchmark for the foundation: `lmsctl --version`, `user list --limit 50` and
//! `user show` on a store holding BENCH_USERS users (default 1,000,000).
//!
//! Run: `cargo build --release --bins --examples && cargo run --release --example bench_foundation`.
//! The store is generated once into target/bench/ and reused while it has the
//! right size. Times are wall-clock for the whole process, start-up included.

mod support;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 30;

fn main() -> support::Result<()> {
    let support::Setup {
        size: users,
        lmsctl,
        dir,
        ..
    } = support::setup("BENCH_USERS", 1_000_000, 1, "foundation")?;
    // The store lies next to the work dir: bench_remote starts from it too.
    let store = dir
        .parent()
        .ok_or("no bench dir")?
        .join(format!("foundation-{users}.db"));
    support::ensure_store(&store, users)?;

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
