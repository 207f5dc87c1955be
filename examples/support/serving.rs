//! `lmsctl serve` for the benchmarks that measure requests through it: started on a
//! store, stopped, and `user show` requests timed.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::Result;

/// `lmsctl serve` on `store` (a file or an address), on a free port; its URL.
pub fn serve(lmsctl: &Path, store: &str) -> Result<(Child, String)> {
    let mut child = Command::new(lmsctl)
        .args(["--store", store, "serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut stderr = BufReader::new(child.stderr.take().ok_or("no stderr")?);
    let mut line = String::new();
    stderr.read_line(&mut line)?;
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .ok_or_else(|| format!("no address in {line:?}"))?
        .trim_end_matches("/api/v1")
        .to_owned();
    std::thread::spawn(move || for _ in stderr.lines() {});
    Ok((child, url))
}

pub fn stop(mut server: Child) -> Result<()> {
    // SAFETY: kill(2) on the pid of our own child process.
    unsafe {
        libc::kill(server.id() as i32, libc::SIGTERM);
    }
    server.wait()?;
    Ok(())
}

/// SplitMix64: a spread of users to look up (0-based).
pub fn user_number(i: u64, users: u64) -> u64 {
    let mut z = i.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) % users
}

/// `count` look-ups of tenant `bench`'s users with one reused client, the key of
/// the n-th spread user from `key`; the wall time of each.
pub fn look_ups(
    url: &str,
    token: &str,
    users: u64,
    first: u64,
    count: usize,
    key: fn(u64) -> String,
) -> Result<Vec<Duration>> {
    let client = reqwest::blocking::Client::new();
    let mut times = Vec::with_capacity(count);
    for i in 0..count as u64 {
        let user = format!(
            "{url}/api/v1/tenants/bench/users/{}",
            key(user_number(first + i, users))
        );
        let started = Instant::now();
        let response = client.get(&user).bearer_auth(token).send()?;
        let status = response.status();
        let body = response.bytes()?;
        times.push(started.elapsed());
        if !status.is_success() || body.is_empty() {
            return Err(format!("GET {user}: {status}").into());
        }
    }
    Ok(times)
}

/// p50, p99 and the maximum, in milliseconds.
pub fn percentiles(mut times: Vec<Duration>) -> (f64, f64, f64) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at = |q: f64| ms(times[((times.len() as f64 * q) as usize).min(times.len() - 1)]);
    (at(0.5), at(0.99), ms(times[times.len() - 1]))
}
