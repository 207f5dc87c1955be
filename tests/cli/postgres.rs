/*!
A PostgreSQL server for the tests: each test gets a new, empty database on it.

`LMSCTL_TEST_STORE` chooses the server, and whether the whole command suite runs on it:

- unset: the PostgreSQL-specific tests (`postgres*.rs`, the conformance stories'
  `::postgres` tests) use a private cluster this test process starts from the
  installed PostgreSQL (Debian's `postgresql` package: `initdb` and `pg_ctl` under
  `/usr/lib/postgresql/VERSION/bin`) in a temporary directory, on 127.0.0.1 and a
  free port, with trust authentication. `initdb` refuses to run as root, so as root
  the cluster runs as the `postgres` user. A watcher stops the cluster and removes
  its directory when the test process ends. Without PostgreSQL installed,
  [`database`] says once on stderr that those tests are skipped and how to run them,
  and returns `None`; they pass.
- `postgres`: the same private cluster, and every command test runs on it as well: each
  [`Env`](crate::common::Env) gets a database of its own, which its commands use as
  their store ([`crate::common::on_postgres`]).
- `postgres://USER@HOST:PORT`: like `postgres`, on that server (USER may create
  databases) instead of a private cluster.

When the variable asks for PostgreSQL and there is none, every test that wants a
database fails, saying why: the run was meant to be on PostgreSQL.
*/

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

/// A server the tests may create databases on: its URL without a database.
struct Server {
    base: String,
}

static SERVER: OnceLock<Result<Server, String>> = OnceLock::new();

/// Which PostgreSQL `LMSCTL_TEST_STORE` asks for.
enum Wanted {
    /// Unset: the private cluster for the PostgreSQL-specific tests, if one can start.
    Optional,
    /// `postgres`: the private cluster, for every test.
    Cluster,
    /// `postgres://USER@HOST:PORT`: that server, for every test.
    Server(String),
}

fn wanted() -> Wanted {
    match std::env::var("LMSCTL_TEST_STORE") {
        Err(std::env::VarError::NotPresent) => Wanted::Optional,
        Ok(word) if word == "postgres" => Wanted::Cluster,
        Ok(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            Wanted::Server(url.trim_end_matches('/').to_owned())
        }
        Ok(other) => panic!(
            "LMSCTL_TEST_STORE={other:?}: expected `postgres` (a private cluster) or \
             postgres://USER@HOST:PORT (a server where USER may create databases)"
        ),
        Err(e) => panic!("LMSCTL_TEST_STORE: {e}"),
    }
}

/// Whether `LMSCTL_TEST_STORE` asks for the whole command suite on PostgreSQL.
pub fn whole_suite() -> bool {
    !matches!(wanted(), Wanted::Optional)
}

/// The one role of the private cluster that must give a password to log in.
pub const PASSWORD_ROLE: &str = "lmsctl_with_password";

/// The URL of a new, empty database for one test, or `None` (said once) when no
/// PostgreSQL is at hand and none was asked for.
pub fn database() -> Option<String> {
    let server = match SERVER.get_or_init(|| match wanted() {
        Wanted::Server(base) => Ok(Server { base }),
        Wanted::Optional | Wanted::Cluster => start_cluster(),
    }) {
        Ok(server) => server,
        Err(why) if whole_suite() => {
            panic!("LMSCTL_TEST_STORE asks for PostgreSQL, but there is none: {why}")
        }
        Err(why) => {
            static SAID: std::sync::Once = std::sync::Once::new();
            SAID.call_once(|| skipped(why));
            return None;
        }
    };
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let name = format!(
        "lmsctl_test_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    admin(server)
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("create a test database");
    Some(format!("{}/{name}", server.base))
}

/// Drops a database [`database`] made, once its test is done with it (a whole suite
/// makes hundreds).
pub fn drop_database(url: &str) {
    let Some(Ok(server)) = SERVER.get() else {
        return;
    };
    let name = url.rsplit('/').next().expect("a database name");
    if let Err(e) = admin(server).batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")) {
        eprintln!("could not drop the test database {name}: {e}");
    }
}

/// A connection to the server's `postgres` database, to create and drop others.
fn admin(server: &Server) -> postgres::Client {
    postgres::Client::connect(&format!("{}/postgres", server.base), postgres::NoTls)
        .expect("connect to the test server's postgres database")
}

fn skipped(why: &str) {
    eprintln!(
        "PostgreSQL tests skipped: {why}. To run them, install PostgreSQL (apt-get install postgresql) \
         or set LMSCTL_TEST_STORE=postgres://USER@HOST:PORT of a server where USER may create databases"
    );
}

/// Starts a private cluster; its URL, or why there is none.
fn start_cluster() -> Result<Server, String> {
    let bin = server_binaries().ok_or("no PostgreSQL server binaries under /usr/lib/postgresql")?;
    let dir = std::env::temp_dir().join(format!("lmsctl-test-pg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let as_root = unsafe { libc::geteuid() } == 0;
    if as_root {
        let owned = Command::new("chown")
            .args(["postgres:postgres", &dir.to_string_lossy()])
            .status()
            .map_err(|e| e.to_string())?;
        if !owned.success() {
            return Err("running as root, and there is no `postgres` user to run the cluster".to_owned());
        }
    }
    let data = dir.join("data");
    let run = |program: &str, args: &[&str]| -> Result<(), String> {
        let path = bin.join(program);
        let mut command = if as_root {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&path);
            c
        } else {
            Command::new(&path)
        };
        let output = command
            .args(args)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run {}: {e}", path.display()))?;
        if output.status.success() {
            Ok(())
        } else {
            Err(format!(
                "{program} failed: {}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            ))
        }
    };
    let data_text = data.to_string_lossy().into_owned();
    run(
        "initdb",
        &[
            "-D",
            &data_text,
            "-A",
            "trust",
            "-U",
            "lms",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        ],
    )?;
    // One role must give a password (the keyring tests); every other is trusted.
    let hba = data.join("pg_hba.conf");
    let trusted = std::fs::read_to_string(&hba).map_err(|e| format!("cannot read {}: {e}", hba.display()))?;
    std::fs::write(
        &hba,
        format!("host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n{trusted}"),
    )
    .map_err(|e| format!("cannot write {}: {e}", hba.display()))?;
    let port = free_port()?;
    let options = format!(
        "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
        dir.display()
    );
    let log = dir.join("server.log").to_string_lossy().into_owned();
    run(
        "pg_ctl",
        &["-D", &data_text, "-o", &options, "-l", &log, "-w", "start"],
    )?;
    watch(&bin, &dir, &data, as_root);
    Ok(Server {
        base: format!("postgres://lms@127.0.0.1:{port}"),
    })
}

/// The newest installed PostgreSQL's `bin` directory.
fn server_binaries() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let version = entry.file_name().to_str()?.parse().ok()?;
            let bin = entry.path().join("bin");
            bin.join("initdb").exists().then_some((version, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

fn free_port() -> Result<u16, String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

/// Stops the cluster and removes its directory once this process has ended.
fn watch(bin: &Path, dir: &Path, data: &Path, as_root: bool) {
    let stop = format!(
        "{}{} -D '{}' -m immediate stop",
        if as_root { "runuser -u postgres -- " } else { "" },
        bin.join("pg_ctl").display(),
        data.display()
    );
    let script = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf '{dir}'",
        pid = std::process::id(),
        dir = dir.display()
    );
    let _ = Command::new("sh")
        .args(["-c", &script])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
}
