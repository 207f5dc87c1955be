//! Helpers the benchmark examples share: process timing with peak memory, file
//! helpers and table formatting. (A module of the examples, not an example itself.)

#![allow(dead_code)]

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, ExitStatus};
use std::time::Duration;

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
pub fn wait_with_rusage(child: Child) -> io::Result<(ExitStatus, Option<u64>)> {
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
pub fn wait_with_rusage(mut child: Child) -> io::Result<(ExitStatus, Option<u64>)> {
    Ok((child.wait()?, None))
}
