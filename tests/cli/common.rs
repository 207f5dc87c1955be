//! The test environment: a temp HOME and XDG dirs, a cleared environment, and the
//! store file inside the temp dir (in a PostgreSQL run, a database of its own), so no
//! test touches the real home or another test.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;
use tempfile::TempDir;

pub struct Env {
    dir: TempDir,
    /// With `LMSCTL_TEST_REMOTE=1`: the server every command goes through.
    server: std::cell::OnceCell<Served>,
    /// With `LMSCTL_TEST_STORE=postgres...`: the URL of the env's own database, made
    /// on first use.
    database: std::cell::OnceCell<String>,
}

/// Whether this run drives the commands through `lmsctl serve` (`LMSCTL_TEST_REMOTE=1`):
/// the same tests against the remote store. Tests of what only a local store file
/// does (its creation, locking, crash safety) return early then.
pub fn remote() -> bool {
    std::env::var_os("LMSCTL_TEST_REMOTE").is_some_and(|v| v == "1")
}

/// Whether this run's stores are PostgreSQL databases (`LMSCTL_TEST_STORE=postgres`, or
/// `=postgres://USER@HOST:PORT`, see [`crate::postgres`]): the same tests against the
/// PostgreSQL store. Tests of what only a local store file does return early then.
pub fn on_postgres() -> bool {
    crate::postgres::whole_suite()
}

/// Whether a test about the SQLite store file itself (its creation, mode, locking,
/// crash safety, its tables read with rusqlite) returns early: in a PostgreSQL run,
/// saying so on stderr with `why`.
pub fn sqlite_only(why: &str) -> bool {
    if on_postgres() {
        eprintln!("skipped on PostgreSQL: {why}");
    }
    on_postgres()
}

/// `lmsctl serve` on an env's store, with a token of the whole store; each client
/// names its day (`LMSCTL_TODAY=client` on the server).
struct Served {
    child: std::process::Child,
    url: String,
    token: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        // SAFETY: kill(2) on the pid of our own child process.
        unsafe {
            libc::kill(self.child.id() as i32, libc::SIGTERM);
        }
        let _ = self.child.wait();
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        // The server first: it holds a connection to the database.
        drop(self.server.take());
        if let Some(url) = self.database.get() {
            crate::postgres::drop_database(url);
        }
    }
}

impl Env {
    pub fn new() -> Self {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
            server: std::cell::OnceCell::new(),
            database: std::cell::OnceCell::new(),
        }
    }

    fn served(&self) -> &Served {
        self.server.get_or_init(|| {
            use std::io::BufRead;
            let bin = env!("CARGO_BIN_EXE_lmsctl");
            let created = std::process::Command::new(bin)
                .env_clear()
                .env("HOME", self.dir())
                .env("LMSCTL_STORE", self.location())
                .args([
                    "token",
                    "create",
                    "--whole-store",
                    "--role",
                    "admin",
                    "-o",
                    "json",
                ])
                .output()
                .expect("token create");
            let token = serde_json::from_slice::<Value>(&created.stdout).expect("token")["secret"]
                .as_str()
                .expect("secret")
                .to_owned();
            let mut child = std::process::Command::new(bin)
                .env_clear()
                .env("HOME", self.dir())
                .env("LMSCTL_TODAY", "client")
                .env("LMSCTL_STORE", self.location())
                .args(["serve", "--listen", "127.0.0.1:0"])
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("lmsctl serve");
            let mut stderr = std::io::BufReader::new(child.stderr.take().expect("stderr"));
            let mut line = String::new();
            stderr.read_line(&mut line).expect("serve says where it listens");
            let url = line
                .split_whitespace()
                .find(|w| w.starts_with("http://"))
                .expect("an address")
                .trim_end_matches("/api/v1")
                .to_owned();
            std::thread::spawn(move || for _ in stderr.lines() {});
            Served { child, url, token }
        })
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The env's SQLite store file (in a PostgreSQL run, no command uses it).
    pub fn store(&self) -> PathBuf {
        self.dir().join("lms.db")
    }

    /// The env's store as `--store` names it: its file, or in a PostgreSQL run its
    /// database.
    pub fn location(&self) -> std::ffi::OsString {
        if on_postgres() {
            self.database().into()
        } else {
            self.store().into()
        }
    }

    /// In a PostgreSQL run: the URL of the env's database.
    pub fn database(&self) -> &str {
        self.database
            .get_or_init(|| crate::postgres::database().expect("a PostgreSQL database"))
    }

    /// Changes the env's store behind lmsctl's back, as an intruder or an older
    /// lmsctl would: `sql` (statements) on its SQLite file, or in a PostgreSQL run on
    /// its database (where the SQL of both must be the same, or the test chooses).
    pub fn tamper(&self, sql: &str) {
        if on_postgres() {
            self.postgres()
                .batch_execute(sql)
                .expect("change the PostgreSQL store");
        } else {
            let conn = rusqlite::Connection::open(self.store()).expect("open the store file");
            conn.execute_batch(sql).expect("change the store file");
        }
    }

    /// The text in the first column of the one row `sql` reads from the env's store
    /// (its file, or its database), behind lmsctl's back.
    pub fn query_text(&self, sql: &str) -> String {
        let mut column = self.query_column(sql);
        assert_eq!(column.len(), 1, "one row from {sql}: {column:?}");
        column.remove(0)
    }

    /// The text in the first column of every row `sql` reads from the env's store.
    pub fn query_column(&self, sql: &str) -> Vec<String> {
        if on_postgres() {
            let rows = self
                .postgres()
                .query(sql, &[])
                .expect("query the PostgreSQL store");
            rows.iter().map(|row| row.get(0)).collect()
        } else {
            let conn = rusqlite::Connection::open(self.store()).expect("open the store file");
            let mut stmt = conn.prepare(sql).expect("a query of the store file");
            stmt.query_map([], |r| r.get(0))
                .expect("query the store file")
                .collect::<rusqlite::Result<_>>()
                .expect("read the store file")
        }
    }

    /// Everything the env's store holds, as bytes to search for what must not be
    /// there: its file and write-ahead log, or in a PostgreSQL run every row of every
    /// table as text (the server's files are its own).
    pub fn contents(&self) -> Vec<u8> {
        if !on_postgres() {
            let mut bytes = std::fs::read(self.store()).expect("read the store file");
            if let Ok(wal) = std::fs::read(self.store().with_extension("db-wal")) {
                bytes.extend(wal);
            }
            return bytes;
        }
        let mut client = self.postgres();
        let tables: Vec<String> = client
            .query(
                "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1",
                &[],
            )
            .expect("list the tables")
            .iter()
            .map(|row| row.get(0))
            .collect();
        let mut text = String::new();
        for table in tables {
            let rows: String = client
                .query_one(
                    &format!("SELECT coalesce(string_agg(t::text, E'\\n'), '') FROM {table} t"),
                    &[],
                )
                .expect("read a table")
                .get(0);
            text.push_str(&rows);
            text.push('\n');
        }
        text.into_bytes()
    }

    /// A connection to the env's database, in a PostgreSQL run.
    fn postgres(&self) -> postgres::Client {
        postgres::Client::connect(self.database(), postgres::NoTls).expect("connect to the env's database")
    }

    /// `lmsctl` with a clean environment whose store is this env's store (through the
    /// env's server in a remote run).
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = self.local_cmd();
        if remote() {
            let served = self.served();
            cmd.env("LMSCTL_STORE", &served.url)
                .env("LMSCTL_TOKEN", &served.token);
        }
        cmd
    }

    /// `lmsctl` on this env's store itself (its file, or its database), in every run.
    pub fn local_cmd(&self) -> assert_cmd::Command {
        let mut cmd = cargo_bin_cmd!("lmsctl");
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir())
            .env("XDG_DATA_HOME", self.dir().join("data"))
            .env("XDG_CONFIG_HOME", self.dir().join("config"))
            .env("USER", "tester")
            .env("COLUMNS", "200")
            .env("NO_COLOR", "1")
            .env("LMSCTL_STORE", self.location())
            // keyring-core's file-backed sample store: no test touches a real keyring.
            .env("LMSCTL_KEYRING_FILE", self.dir().join("keyring.ron"))
            .current_dir(self.dir())
            // Never a terminal: the binary must not wait for input.
            .write_stdin("")
            .timeout(std::time::Duration::from_secs(60));
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run lmsctl")
    }

    /// Runs a command that must succeed and returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        succeeds(self.cmd(), args)
    }

    /// Runs a command that must fail with `code`; returns its stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(code),
            "lmsctl {args:?}: expected exit {code}\nstdout: {}\nstderr: {stderr}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(!stderr.contains("panicked"), "panic: {stderr}");
        stderr
    }

    /// Runs a command with `-o json` that must succeed and parses its stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut full = args.to_vec();
        full.extend(["-o", "json"]);
        serde_json::from_str(&self.ok(&full)).expect("JSON output")
    }

    /// A store with the tenant `acme` and three users in it.
    pub fn with_users() -> Self {
        let env = Env::new();
        env.ok(&["tenant", "create", "acme", "--name", "Acme GmbH"]);
        for (ext, email, first, last, dept, loc) in [
            (
                "P1",
                "anna.schmidt@acme.de",
                "Anna",
                "Schmidt",
                "Vertrieb",
                "Berlin",
            ),
            (
                "P2",
                "jürgen.müller@acme.de",
                "Jürgen",
                "Müller",
                "Vertrieb",
                "Köln",
            ),
            ("P3", "li.wei@acme.de", "Li", "Wei", "IT", "Berlin"),
        ] {
            env.ok(&[
                "--tenant",
                "acme",
                "user",
                "add",
                "--external-id",
                ext,
                "--email",
                email,
                "--first-name",
                first,
                "--last-name",
                last,
                "--department",
                dept,
                "--location",
                loc,
            ]);
        }
        env
    }

    /// Adds a user, Bo Berg with `email`, to `tenant`.
    pub fn add_user(&self, tenant: &str, email: &str) {
        self.ok(&[
            "--tenant",
            tenant,
            "user",
            "add",
            "--email",
            email,
            "--first-name",
            "Bo",
            "--last-name",
            "Berg",
        ]);
    }

    /// The external ids of the users `lmsctl user list ARGS` returns, in order.
    pub fn user_ids(&self, args: &[&str]) -> Vec<String> {
        let mut full = vec!["--tenant", "acme", "user", "list"];
        full.extend(args);
        ids(&self.json(&full), "external_id")
    }
}

/// The string field `key` of every object in a JSON array.
pub fn ids(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .expect("JSON array")
        .iter()
        .map(|row| row[key].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Runs `cmd` with `args`, which must succeed; returns its stdout.
pub fn succeeds(mut cmd: assert_cmd::Command, args: &[&str]) -> String {
    let out = cmd.args(args).output().expect("run lmsctl");
    assert!(
        out.status.success(),
        "lmsctl {args:?} failed with {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 stdout")
}
