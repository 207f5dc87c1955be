use std::os::unix::fs::PermissionsExt;
use std::time::Instant;

use rusqlite::Connection;

use crate::common::{Env, on_postgres, sqlite_only};

#[test]
fn the_store_file_is_private_and_configured() {
    if sqlite_only("the mode, journal and version of the SQLite file") {
        return;
    }
    let env = Env::new();
    env.ok(&["tenant", "list"]);
    let mode = std::fs::metadata(env.store()).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let conn = Connection::open(env.store()).unwrap();
    let journal: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(journal, "wal");
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 10);
}

#[test]
fn the_default_store_lives_in_xdg_data_home() {
    let env = Env::new();
    let out = env
        .cmd()
        .env_remove("LMSCTL_STORE")
        .args(["tenant", "create", "acme", "--name", "Acme"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let default = env.dir().join("data/lmsctl/lms.db");
    assert!(default.exists());
    let dir_mode = std::fs::metadata(default.parent().unwrap())
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(dir_mode & 0o777, 0o700);
    // sqlite:// names a local file too.
    let url = format!("sqlite://{}", default.display());
    let list = env.json(&["--store", &url, "tenant", "list"]);
    assert_eq!(list[0]["slug"], "acme");
}

#[test]
fn a_newer_schema_is_refused() {
    if crate::common::remote() {
        // About a local store.
        return;
    }
    let env = Env::new();
    env.ok(&["tenant", "list"]);
    env.tamper(if on_postgres() {
        "UPDATE store_schema SET version = 99"
    } else {
        "PRAGMA user_version = 99"
    });
    let err = env.fails(&["tenant", "list"], 69);
    assert!(
        err.contains("schema version 99, newer than this lmsctl understands"),
        "{err}"
    );
    assert!(err.contains("upgrade lmsctl"), "{err}");
}

/// A store as an lmsctl of schema version 8 left it; the current version.
fn store_at_version_8(path: &std::path::Path) -> usize {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store/sqlite/migrations");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|f| f.unwrap().path())
        .collect();
    files.sort();
    let conn = Connection::open(path).unwrap();
    for file in &files[..8] {
        conn.execute_batch(&std::fs::read_to_string(file).unwrap())
            .unwrap();
    }
    conn.pragma_update(None, "user_version", 8).unwrap();
    files.len()
}

#[test]
fn an_older_store_is_upgraded_once_and_says_so() {
    // About a local store file, of SQLite's schema history.
    if crate::common::remote()
        || sqlite_only("SQLite's schema history (the PostgreSQL schema has one version)")
    {
        return;
    }
    let env = Env::new();
    let latest = store_at_version_8(&env.store());
    let out = env.cmd().args(["tenant", "list"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!("from schema version 8 to {latest}")),
        "{stderr}"
    );
    let version: i64 = Connection::open(env.store())
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, latest as i64);
    let again = env.cmd().args(["tenant", "list"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&again.stderr).contains("upgrading"));
    // --quiet keeps the notice off stderr.
    let quiet = Env::new();
    store_at_version_8(&quiet.store());
    let out = quiet.cmd().args(["--quiet", "tenant", "list"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn a_file_that_is_not_a_store_is_reported() {
    // About a local store file.
    if crate::common::remote() || sqlite_only("about a file that is not a SQLite store") {
        return;
    }
    let env = Env::new();
    std::fs::write(env.store(), "Personalnummer;Vorname\n".repeat(200)).unwrap();
    let err = env.fails(&["tenant", "list"], 69);
    assert!(
        err.contains("not an lmsctl store") || err.contains("cannot open the store"),
        "{err}"
    );
}

#[test]
fn an_unwritable_location_is_a_clear_error() {
    let env = Env::new();
    let err = env.fails(&["--store", "/proc/lmsctl/lms.db", "tenant", "list"], 69);
    assert!(err.contains("/proc/lmsctl"), "{err}");
}

/// A store file the user may write in a directory they may not: SQLite cannot make
/// its -wal and -shm files there, and the error says so instead of "cannot open".
#[test]
fn a_directory_that_cannot_be_written_is_named_as_the_cause() {
    use std::os::unix::process::CommandExt;
    let top = tempfile::tempdir().unwrap();
    let dir = top.path().join("shared");
    std::fs::create_dir(&dir).unwrap();
    let store = dir.join("lms.db");
    let env = Env::new();
    env.local_cmd()
        .args([
            "--store",
            store.to_str().unwrap(),
            "tenant",
            "create",
            "acme",
            "--name",
            "Acme",
        ])
        .assert()
        .success();
    // SAFETY: geteuid(2) cannot fail.
    let root = unsafe { libc::geteuid() } == 0;
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_lmsctl"));
    cmd.env_clear()
        .env("HOME", &dir)
        .args(["--store", store.to_str().unwrap(), "tenant", "list"]);
    for path in [top.path(), dir.as_path()] {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    if root {
        // Root may write anywhere: the store's user is somebody else.
        const NOBODY: u32 = 65534;
        std::os::unix::fs::chown(&store, Some(NOBODY), Some(NOBODY)).unwrap();
        cmd.uid(NOBODY).gid(NOBODY);
    } else {
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    }
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(77), "{stderr}");
    assert!(
        stderr.contains(&format!("its directory {} may not be written to", dir.display())),
        "{stderr}"
    );
    assert!(stderr.contains("hint: let this user write to"), "{stderr}");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_busy_store_exits_75_after_the_timeout() {
    if sqlite_only("SQLite's file lock and busy timeout") {
        return;
    }
    let env = Env::with_users();
    let conn = Connection::open(env.store()).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE; UPDATE tenant SET name = name;")
        .unwrap();
    let started = Instant::now();
    let err = env.fails(
        &[
            "--busy-timeout",
            "1",
            "tenant",
            "create",
            "other",
            "--name",
            "Other",
        ],
        75,
    );
    assert!(started.elapsed().as_secs_f64() >= 1.0, "gave up without waiting");
    assert!(err.contains("busy"), "{err}");
    assert!(err.contains("retry"), "{err}");
    conn.execute_batch("ROLLBACK").unwrap();
    env.ok(&["tenant", "create", "other", "--name", "Other"]);
}

#[test]
fn a_store_address_of_another_kind_is_refused() {
    let env = Env::new();
    for (store, says) in [
        (
            "mysql://db.example.com/lms",
            "lmsctl does not know stores at 'mysql:' addresses",
        ),
        ("file:lms.db", "lmsctl does not know stores at 'file:' addresses"),
    ] {
        let err = refused_store(&env, store);
        assert!(err.contains(says), "{store}: {err}");
        assert!(
            err.contains(
                "hint: give --store (or LMSCTL_STORE) a file path, sqlite://PATH, postgres://USER@HOST:PORT/DATABASE, or http(s)://HOST:PORT"
            ),
            "{store}: {err}"
        );
        assert!(
            !err.contains("secret"),
            "the password stays out of messages: {err}"
        );
    }
    // Nothing was created for it: no directory named after the scheme.
    let made: Vec<_> = std::fs::read_dir(env.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        made.iter().all(|name| !name.to_string_lossy().ends_with(':')),
        "{made:?}"
    );
    // A file whose name has a ':' in it is still a store, written as ./NAME.
    env.local_cmd()
        .args(["--store", "./backup:2026.db", "tenant", "list"])
        .assert()
        .success();
    assert!(env.dir().join("backup:2026.db").exists());
}

/// `tenant list` on `store`, which must exit 2; its stderr.
fn refused_store(env: &Env, store: &str) -> String {
    let out = env
        .local_cmd()
        .args(["--store", store, "tenant", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{store}: {out:?}");
    String::from_utf8(out.stderr).unwrap()
}
