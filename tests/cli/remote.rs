//! The remote store: a real `lmsctl serve` on 127.0.0.1 (random port) over the test's
//! store (its file, or in a PostgreSQL run its database), driven by the same commands
//! as the local store.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};

use serde_json::Value;

use crate::common::{Env, succeeds};

pub(crate) const TODAY: &str = "2026-03-15";

/// `lmsctl serve` on the env's store; stopped with SIGTERM when dropped.
pub(crate) struct Server {
    pub(crate) child: Child,
    pub(crate) url: String,
}

impl Server {
    pub(crate) fn start(env: &Env, today: &str) -> Server {
        Server::start_with(env, today, &[])
    }

    /// HTTPS with the certificate chain and key in these PEM files.
    pub(crate) fn start_tls(env: &Env, today: &str, cert: &std::path::Path, key: &std::path::Path) -> Server {
        let (cert, key) = (cert.to_str().unwrap(), key.to_str().unwrap());
        Server::start_with(env, today, &["--tls-cert", cert, "--tls-key", key])
    }

    pub(crate) fn start_with(env: &Env, today: &str, extra: &[&str]) -> Server {
        Server::start_on(env, &env.location().to_string_lossy(), today, extra)
    }

    /// `lmsctl serve` on the store at `store` (a file or a `postgres://` address).
    pub(crate) fn start_on(env: &Env, store: &str, today: &str, extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_lmsctl"))
            .env_clear()
            .env("HOME", env.dir())
            .env("LMSCTL_TODAY", today)
            .args(["--store", store, "serve", "--listen", "127.0.0.1:0"])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start lmsctl serve");
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        stderr.read_line(&mut line).unwrap();
        let url = line
            .split_whitespace()
            .find(|word| word.starts_with("http://") || word.starts_with("https://"))
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .trim_end_matches("/api/v1")
            .to_owned();
        // Keep reading, so the server never writes into a full pipe.
        std::thread::spawn(move || for _ in stderr.lines() {});
        Server { child, url }
    }
}

impl Server {
    /// SIGTERM, then the exit status.
    pub(crate) fn stop(&mut self) -> std::process::ExitStatus {
        // SAFETY: kill(2) on the pid of our own child process.
        unsafe {
            libc::kill(self.child.id() as i32, libc::SIGTERM);
        }
        self.child.wait().unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.stop();
        }
    }
}

/// `lmsctl ARGS` against the server with `token`: (exit code, stdout, stderr).
pub(crate) fn remote(env: &Env, server: &Server, token: &str, args: &[&str]) -> (i32, String, String) {
    let out = remote_cmd(env, server, token).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `lmsctl` against the server with `token`, on [`TODAY`].
pub(crate) fn remote_cmd(env: &Env, server: &Server, token: &str) -> assert_cmd::Command {
    let mut cmd = env.local_cmd();
    cmd.env("LMSCTL_STORE", &server.url)
        .env("LMSCTL_TOKEN", token)
        .env("LMSCTL_TODAY", TODAY);
    cmd
}

/// A plain HTTP client for requests the CLI would never send.
pub(crate) fn http() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .tls_backend_preconfigured(lmsctl::store::tls::client_config(None).unwrap())
        .build()
        .unwrap()
}

/// The number of items of a JSON list.
pub(crate) fn items(json: &str) -> usize {
    serde_json::from_str::<Value>(json)
        .ok()
        .and_then(|list| list.as_array().map(Vec::len))
        .unwrap_or_else(|| panic!("not a JSON list: {json}"))
}

pub(crate) fn local(env: &Env, args: &[&str]) -> String {
    let mut cmd = env.local_cmd();
    cmd.env("LMSCTL_TODAY", TODAY);
    succeeds(cmd, args)
}

pub(crate) fn token(env: &Env, tenant: &str, role: &str) -> String {
    let created: Value = serde_json::from_str(&local(
        env,
        &[
            "--tenant", tenant, "token", "create", "--role", role, "-o", "json",
        ],
    ))
    .unwrap();
    created["secret"].as_str().unwrap().to_owned()
}

/// akad (top) with the child kunde: ten users, a rule group, a shared mandatory course
/// assigned to all, two completions; and fremd, a tenant of its own.
pub(crate) fn scenario() -> Env {
    let env = Env::new();
    local(&env, &["tenant", "create", "akad", "--name", "Akademie"]);
    local(
        &env,
        &["tenant", "create", "kunde", "--name", "Kunde", "--parent", "akad"],
    );
    local(&env, &["tenant", "create", "fremd", "--name", "Fremd"]);
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/hr_export.csv");
    local(
        &env,
        &["--tenant", "kunde", "import", "users", file.to_str().unwrap()],
    );
    local(
        &env,
        &[
            "--tenant",
            "kunde",
            "group",
            "create",
            "vertrieb",
            "--rule",
            "department = \"Vertrieb\"",
        ],
    );
    local(
        &env,
        &[
            "--tenant",
            "akad",
            "course",
            "create",
            "ARB",
            "--title",
            "Arbeitsschutz",
            "--mandatory",
            "--valid-for",
            "12m",
            "--shared",
        ],
    );
    local(
        &env,
        &[
            "--tenant",
            "kunde",
            "assign",
            "ARB",
            "--all-users",
            "--due",
            "2026-03-01",
        ],
    );
    local(
        &env,
        &[
            "--tenant",
            "kunde",
            "complete",
            "ARB",
            "--user",
            "P1000",
            "--date",
            "2026-02-01",
        ],
    );
    local(
        &env,
        &[
            "--tenant",
            "kunde",
            "complete",
            "ARB",
            "--user",
            "P1001",
            "--date",
            "2025-04-01",
        ],
    );
    env
}

#[test]
fn commands_print_the_same_against_the_server() {
    let env = scenario();
    let admin = token(&env, "akad", "admin");
    let server = Server::start(&env, TODAY);
    let commands: &[&[&str]] = &[
        &["tenant", "show", "kunde"],
        &["--tenant", "kunde", "user", "list"],
        &[
            "--tenant",
            "kunde",
            "user",
            "list",
            "--department",
            "Vertrieb",
            "--limit",
            "2",
        ],
        &[
            "--tenant",
            "kunde",
            "user",
            "show",
            "anna.schmidt@beispiel-gmbh.de",
        ],
        &["--tenant", "kunde", "group", "list"],
        &["--tenant", "kunde", "group", "show", "vertrieb"],
        &["--tenant", "kunde", "course", "list"],
        &["--tenant", "kunde", "assign", "list", "--status", "overdue"],
        &["--tenant", "kunde", "certificate", "list"],
        &["--tenant", "kunde", "remind", "--within", "30d"],
        &["--tenant", "kunde", "report", "compliance", "--by", "department"],
        &[
            "--tenant",
            "kunde",
            "report",
            "compliance",
            "--by",
            "group",
            "--as-of",
            "2026-02-15",
        ],
        &["--tenant", "kunde", "report", "overdue"],
        &["--tenant", "kunde", "report", "expiring", "--within", "30d"],
        &["--tenant", "akad", "report", "tenants"],
        &[
            "--tenant",
            "akad",
            "report",
            "active-users",
            "--period",
            "2026",
            "--include-children",
        ],
        &["--tenant", "kunde", "audit", "list", "--limit", "5"],
    ];
    for command in commands {
        for format in ["table", "json", "csv"] {
            let mut args = command.to_vec();
            args.extend(["-o", format]);
            let want = local(&env, &args);
            let (code, got, stderr) = remote(&env, &server, &admin, &args);
            assert_eq!(code, 0, "{args:?}: {stderr}");
            assert_eq!(got, want, "{args:?}");
        }
    }

    // Changes through the server land in the store, named after the token.
    let (code, _, stderr) = remote(
        &env,
        &server,
        &admin,
        &[
            "--tenant",
            "kunde",
            "complete",
            "ARB",
            "--user",
            "P1002",
            "--date",
            "2026-03-10",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    let certificates: Value = serde_json::from_str(&local(
        &env,
        &[
            "--tenant",
            "kunde",
            "certificate",
            "list",
            "--user",
            "P1002",
            "-o",
            "json",
        ],
    ))
    .unwrap();
    assert_eq!(certificates[0]["completed_on"], "2026-03-10");
    let events: Value =
        serde_json::from_str(&local(&env, &["audit", "list", "--limit", "1", "-o", "json"])).unwrap();
    assert_eq!(events[0]["action"], "completion.create");
    assert_eq!(events[0]["actor"], "token:1");
    // The same error, the same exit code.
    let (code, _, stderr) = remote(
        &env,
        &server,
        &admin,
        &["--tenant", "kunde", "user", "show", "P9999"],
    );
    assert_eq!(code, 1);
    assert!(stderr.contains("not found"), "{stderr}");
}

/// Every documented route with a token of another tenant: 404 as if nothing were
/// there, and nothing changes.
#[test]
fn another_tenant_is_invisible_on_every_route() {
    let env = scenario();
    let stranger = token(&env, "fremd", "admin");
    let server = Server::start(&env, TODAY);
    let before = local(&env, &["audit", "verify", "-o", "json"]);
    let client = http();
    let api: Value = client
        .get(format!("{}/api/v1/openapi.json", server.url))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let mut probed = 0;
    for (path, methods) in api["paths"].as_object().unwrap() {
        if !path.contains("{tenant}") {
            continue;
        }
        let url = format!(
            "{}{}",
            server.url,
            path.replace("{tenant}", "kunde")
                .replace("{user}", "P1000")
                .replace("{group}", "vertrieb")
                .replace("{code}", "ARB")
                .replace("{serial}", "x")
                .replace("{id}", "1")
        );
        for method in methods.as_object().unwrap().keys() {
            let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let response = client
                .request(method.clone(), &url)
                .bearer_auth(&stranger)
                .json(&serde_json::json!({ "user": "P1000", "dry_run": false }))
                .send()
                .unwrap();
            assert_eq!(response.status().as_u16(), 404, "{method} {url}");
            let body: Value = response.json().unwrap();
            assert_eq!(body["error"]["kind"], "not-found", "{method} {url}");
            probed += 1;
        }
    }
    assert!(probed >= 40, "only {probed} routes probed");
    let (code, stdout, _) = remote(&env, &server, &stranger, &["tenant", "list", "-o", "json"]);
    assert_eq!(code, 0);
    let listed: Value = serde_json::from_str(&stdout).unwrap();
    let slugs: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["fremd"]);
    let (code, _, _) = remote(
        &env,
        &server,
        &stranger,
        &["tenant", "create", "sub", "--name", "Sub", "--parent", "kunde"],
    );
    assert_eq!(code, 1, "a parent out of reach is not found");
    let (code, _, _) = remote(&env, &server, &stranger, &["gdpr", "retention", "run", "--yes"]);
    assert_eq!(code, 77, "retention concerns every tenant");
    assert_eq!(
        local(&env, &["audit", "verify", "-o", "json"]),
        before,
        "nothing changed"
    );
}

#[test]
fn roles_expiry_and_revocation_are_enforced() {
    let env = scenario();
    let reporter = token(&env, "kunde", "reporter");
    let dpo = token(&env, "kunde", "dpo");
    let expiring = {
        let out = env
            .local_cmd()
            .env("LMSCTL_TODAY", "2026-03-01")
            .args([
                "--tenant",
                "kunde",
                "token",
                "create",
                "--role",
                "admin",
                "--expires",
                "7d",
                "-o",
                "json",
            ])
            .output()
            .unwrap();
        serde_json::from_slice::<Value>(&out.stdout).unwrap()["secret"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let server = Server::start(&env, TODAY);

    let (code, stdout, _) = remote(
        &env,
        &server,
        &reporter,
        &["--tenant", "kunde", "report", "compliance", "-o", "json"],
    );
    assert_eq!(code, 0);
    assert_eq!(serde_json::from_str::<Value>(&stdout).unwrap()[0]["assigned"], 10);
    // Its page names the tenant by slug: the tenant record is not the reporter's to read.
    let (code, page, stderr) = remote(
        &env,
        &server,
        &reporter,
        &["--tenant", "kunde", "report", "compliance", "-o", "html"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(page.contains("<dt>Tenant</dt><dd>kunde</dd>"), "{page}");
    for args in [
        &["--tenant", "kunde", "user", "list"][..],
        &["--tenant", "kunde", "user", "suspend", "P1000", "--yes"],
        &["--tenant", "kunde", "gdpr", "erase", "P1000", "--yes"],
        &["--tenant", "kunde", "audit", "list"],
    ] {
        let (code, _, stderr) = remote(&env, &server, &reporter, args);
        assert_eq!(code, 77, "reporter {args:?}: {stderr}");
        assert!(stderr.contains("a reporter token cannot do this"), "{stderr}");
    }
    // A DPO reads and runs GDPR commands, but changes nothing else; the whole chain
    // of the audit trail is only for a token of the top tenant.
    let (code, _, _) = remote(&env, &server, &dpo, &["--tenant", "kunde", "audit", "list"]);
    assert_eq!(code, 0);
    let (code, _, _) = remote(&env, &server, &dpo, &["--tenant", "kunde", "audit", "verify"]);
    assert_eq!(code, 77);
    let (code, _, _) = remote(
        &env,
        &server,
        &dpo,
        &["--tenant", "kunde", "user", "suspend", "P1000", "--yes"],
    );
    assert_eq!(code, 77);

    let (code, _, stderr) = remote(&env, &server, &expiring, &["--tenant", "kunde", "user", "list"]);
    assert_eq!(code, 77, "expired on 2026-03-08: {stderr}");
    local(&env, &["token", "revoke", "2"]);
    let (code, _, stderr) = remote(&env, &server, &dpo, &["--tenant", "kunde", "audit", "list"]);
    assert_eq!(code, 77, "revoked: {stderr}");
    assert!(stderr.contains("not valid"), "{stderr}");
}

#[test]
fn bad_requests_get_json_errors_and_the_server_keeps_serving() {
    let env = scenario();
    let admin = token(&env, "akad", "admin");
    let server = Server::start(&env, TODAY);
    let client = http();
    let tenants = format!("{}/api/v1/tenants", server.url);

    let malformed = client
        .post(&tenants)
        .bearer_auth(&admin)
        .header("content-type", "application/json")
        .body("{\"slug\": ")
        .send()
        .unwrap();
    assert_eq!(malformed.status().as_u16(), 400);
    assert_eq!(malformed.json::<Value>().unwrap()["error"]["kind"], "usage");

    // A body over the limit is refused from its declared length, before it is read.
    let mut socket = std::net::TcpStream::connect(server.url.trim_start_matches("http://")).unwrap();
    write!(
        socket,
        "POST /api/v1/tenants HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer {admin}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        65u64 << 20
    )
    .unwrap();
    let mut answer = String::new();
    socket.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("\"kind\":\"invalid-data\""), "{answer}");

    // Only the documented routes are served, whatever the method.
    let head = client
        .head(format!("{}/api/v1/tenants/kunde/nothing", server.url))
        .bearer_auth(&admin)
        .send()
        .unwrap();
    assert_eq!(head.status().as_u16(), 404);
    let unknown = client.delete(&tenants).bearer_auth(&admin).send().unwrap();
    assert_eq!(unknown.status().as_u16(), 405);
    assert_eq!(unknown.json::<Value>().unwrap()["error"]["kind"], "usage");

    let anonymous = client.get(&tenants).send().unwrap();
    assert_eq!(anonymous.status().as_u16(), 401);
    assert_eq!(
        anonymous.json::<Value>().unwrap()["error"]["kind"],
        "permission-denied"
    );

    let (code, stdout, _) = remote(&env, &server, &admin, &["tenant", "list", "-o", "json"]);
    assert_eq!(code, 0, "still serving");
    assert_eq!(items(&stdout), 2);
}

#[test]
fn no_server_no_token_clear_errors() {
    let env = Env::new();
    let out = env
        .local_cmd()
        .env("LMSCTL_STORE", "http://127.0.0.1:9")
        .env("LMSCTL_TOKEN", "lms_x")
        .args(["tenant", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(69));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cannot reach the lmsctl server at http://127.0.0.1:9")
    );

    let out = env
        .local_cmd()
        .env("LMSCTL_STORE", "http://127.0.0.1:9")
        .args(["tenant", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(78));
    assert!(String::from_utf8_lossy(&out.stderr).contains("LMSCTL_TOKEN"));

    let file = env.dir().join("token");
    std::fs::write(&file, "lms_x\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = env
        .local_cmd()
        .env("LMSCTL_STORE", "http://127.0.0.1:9")
        .args(["--token-file", file.to_str().unwrap(), "tenant", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(78));
    assert!(String::from_utf8_lossy(&out.stderr).contains("chmod 600"));
}

#[test]
fn login_keeps_the_token_in_the_keyring_and_logout_forgets_it() {
    let env = scenario();
    let reporter = token(&env, "kunde", "reporter");
    let server = Server::start(&env, TODAY);
    let without_store = |args: &[&str], stdin: &str| {
        let out = env
            .local_cmd()
            .env_remove("LMSCTL_STORE")
            .env("LMSCTL_TODAY", TODAY)
            .args(args)
            .write_stdin(stdin.to_owned())
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    // A token the server refuses is not kept.
    let (code, _, stderr) = without_store(&["login", &server.url, "--with-token"], "lms_wrong\n");
    assert_eq!(code, 77, "{stderr}");
    assert!(!env.dir().join("config/lmsctl/config.toml").exists());

    let (code, _, stderr) = without_store(
        &["login", &server.url, "--with-token", "--profile", "kunde"],
        &format!("{reporter}\n"),
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("logged in"), "{stderr}");
    let config = std::fs::read_to_string(env.dir().join("config/lmsctl/config.toml")).unwrap();
    assert!(
        config.contains("default_profile = \"kunde\"") && config.contains(&server.url),
        "{config}"
    );
    assert!(
        !config.contains(&reporter),
        "the token is not in the configuration"
    );

    // Commands now reach the server without --store or LMSCTL_TOKEN, with the
    // token's role: a reporter reads reports and nothing else.
    let (code, stdout, stderr) =
        without_store(&["--tenant", "kunde", "report", "compliance", "-o", "json"], "");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(serde_json::from_str::<Value>(&stdout).unwrap()[0]["assigned"], 10);
    let (code, _, _) = without_store(&["tenant", "list"], "");
    assert_eq!(code, 77);

    let (code, _, stderr) = without_store(&["logout"], "");
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = without_store(&["tenant", "list"], "");
    assert_eq!(code, 78, "{stderr}");
    assert!(stderr.contains("LMSCTL_TOKEN"), "{stderr}");
}

#[test]
fn https_with_a_certificate_of_its_own() {
    let env = scenario();
    let admin = token(&env, "akad", "admin");
    let (cert, key) = crate::server::self_signed(
        &env,
        "server",
        &[
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "basicConstraints=critical,CA:FALSE",
        ],
    );
    let server = Server::start_tls(&env, TODAY, &cert, &key);
    assert!(server.url.starts_with("https://127.0.0.1:"), "{}", server.url);
    let run = |ca: Option<&std::path::Path>| {
        let mut cmd = env.local_cmd();
        cmd.env("LMSCTL_STORE", &server.url).env("LMSCTL_TOKEN", &admin);
        if let Some(ca) = ca {
            cmd.env("LMSCTL_CA_CERT", ca);
        }
        cmd.args(["tenant", "list", "-o", "json"]).output().unwrap()
    };
    let trusted = run(Some(&cert));
    assert!(
        trusted.status.success(),
        "{}",
        String::from_utf8_lossy(&trusted.stderr)
    );
    let listed: Value = serde_json::from_slice(&trusted.stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 2);
    // Without trusting that certificate the client refuses the server.
    let untrusted = run(None);
    let stderr = String::from_utf8_lossy(&untrusted.stderr);
    assert_eq!(untrusted.status.code(), Some(69), "{stderr}");
    assert!(stderr.contains("certificate"), "{stderr}");
}

#[test]
fn sigterm_lets_the_request_in_flight_finish() {
    let env = scenario();
    let admin = token(&env, "akad", "admin");
    let mut server = Server::start(&env, TODAY);
    let body = r#"{"name":"late","description":null,"rule":null}"#;
    let (first, rest) = body.split_at(10);
    let mut socket = std::net::TcpStream::connect(server.url.trim_start_matches("http://")).unwrap();
    write!(
        socket,
        "POST /api/v1/tenants/kunde/groups HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer {admin}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{first}",
        body.len()
    )
    .unwrap();
    socket.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    // SAFETY: kill(2) on the pid of our own child process.
    unsafe {
        libc::kill(server.child.id() as i32, libc::SIGTERM);
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    socket.write_all(rest.as_bytes()).unwrap();
    let mut answer = String::new();
    socket.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(server.child.wait().unwrap().success(), "a clean exit");
    let groups: Value = serde_json::from_str(&local(
        &env,
        &["--tenant", "kunde", "group", "list", "-o", "json"],
    ))
    .unwrap();
    assert!(groups.as_array().unwrap().iter().any(|g| g["name"] == "late"));
}

/// Runs `args` on the local store `here` and through `server` on its twin `there`:
/// the same exit code, stdout and stderr; the exit code.
fn same_both_ways(here: &Env, there: &Env, server: &Server, token: &str, args: &[&str]) -> i32 {
    let want = here
        .local_cmd()
        .env("LMSCTL_TODAY", TODAY)
        .args(args)
        .output()
        .unwrap();
    let (code, stdout, stderr) = remote(there, server, token, args);
    assert_eq!(Some(code), want.status.code(), "{args:?}: {stderr}");
    assert_eq!(stdout, String::from_utf8_lossy(&want.stdout), "{args:?}");
    assert_eq!(
        without_durations(&stderr),
        without_durations(&String::from_utf8_lossy(&want.stderr)),
        "{args:?}"
    );
    code
}

/// `text` with the durations of summaries (`in 0.1 s:`) blanked out: on a busy machine
/// either side may take a tenth of a second longer.
fn without_durations(text: &str) -> String {
    text.lines()
        .map(|line| {
            let Some((head, rest)) = line.split_once(" s:") else {
                return line.to_owned();
            };
            match head.rsplit_once(" in ") {
                Some((before, seconds)) if seconds.parse::<f64>().is_ok() => {
                    format!("{before} in _ s:{rest}")
                }
                _ => line.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// An import through the server prints, rejects and changes exactly what the same
/// import does locally (twin stores, one of them served).
#[test]
fn imports_through_the_server_match_local_ones() {
    let (here, there) = (Env::new(), Env::new());
    for env in [&here, &there] {
        local(env, &["tenant", "create", "acme", "--name", "Acme"]);
    }
    let admin = token(&there, "acme", "admin");
    let server = Server::start(&there, TODAY);
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let file = |name: &str| data.join(name).to_str().unwrap().to_owned();
    let imports: Vec<Vec<String>> = vec![
        vec![
            "import".into(),
            "users".into(),
            file("hr_export_with_errors.csv"),
            "--reject-file".into(),
            "rejects.csv".into(),
        ],
        vec![
            "import".into(),
            "users".into(),
            file("hr_export_with_errors.csv"),
            "--skip-invalid".into(),
        ],
        vec![
            "import".into(),
            "users".into(),
            file("hr_export_de_cp1252.csv"),
            "-o".into(),
            "json".into(),
        ],
        vec![
            "import".into(),
            "users".into(),
            file("hr_export_de_utf8_bom.csv"),
            "--mode".into(),
            "sync".into(),
            "--dry-run".into(),
        ],
        vec!["import".into(), "users".into(), file("hr_export_en.tsv")],
    ];
    for import in &imports {
        let mut args = vec!["--tenant", "acme"];
        args.extend(import.iter().map(String::as_str));
        same_both_ways(&here, &there, &server, &admin, &args);
    }
    // A saved plan, applied through the server.
    let plan = [
        "--tenant",
        "acme",
        "import",
        "users",
        &file("hr_export_de_cp1252.csv"),
        "--mode",
        "sync",
        "--max-suspend",
        "100%",
        "--plan-out",
        "plan.jsonl",
    ];
    for args in [
        &plan[..],
        &["--tenant", "acme", "import", "apply", "plan.jsonl"][..],
    ] {
        let code = same_both_ways(&here, &there, &server, &admin, args);
        assert_eq!(code, 0, "{args:?}");
    }
    let suspended: Value = serde_json::from_str(&local(
        &there,
        &[
            "--tenant",
            "acme",
            "user",
            "list",
            "--status",
            "suspended",
            "-o",
            "json",
        ],
    ))
    .unwrap();
    assert!(
        suspended.as_array().unwrap().len() > 10,
        "the plan's sync suspended the others"
    );

    // Completions too: rows the file gets wrong and rows the store refuses (an unknown
    // person, an unknown course) end up in the same messages and reject file.
    let completions = "Personalnummer;Kurs;Datum;Punkte\r\nP1000;ARB;01.02.2026;90\r\nP9999;ARB;01.02.2026;\r\n\
                       P1001;XYZ;01.02.2026;\r\nP1002;ARB;31.02.2026;\r\nP1003;ARB;2026-03-01;75\r\n";
    for env in [&here, &there] {
        std::fs::write(env.dir().join("done.csv"), completions).unwrap();
        local(
            env,
            &[
                "--tenant",
                "acme",
                "course",
                "create",
                "ARB",
                "--title",
                "Arbeitsschutz",
                "--mandatory",
            ],
        );
    }
    for args in [
        &[
            "--tenant",
            "acme",
            "import",
            "completions",
            "done.csv",
            "--reject-file",
            "done-rejects.csv",
        ][..],
        &[
            "--tenant",
            "acme",
            "import",
            "completions",
            "done.csv",
            "--skip-invalid",
            "-o",
            "json",
        ],
    ] {
        same_both_ways(&here, &there, &server, &admin, args);
    }
    for rejects in ["rejects.csv", "done-rejects.csv"] {
        assert_eq!(
            std::fs::read(here.dir().join(rejects)).unwrap(),
            std::fs::read(there.dir().join(rejects)).unwrap(),
            "the same {rejects}"
        );
    }
    let done_rejects = std::fs::read_to_string(there.dir().join("done-rejects.csv")).unwrap();
    assert_eq!(
        done_rejects.lines().count(),
        4,
        "header and three rows: {done_rejects}"
    );
    let users = |env: &Env| {
        let listed: Value =
            serde_json::from_str(&local(env, &["--tenant", "acme", "user", "list", "-o", "json"])).unwrap();
        listed
            .as_array()
            .unwrap()
            .iter()
            .map(|u| (u["external_id"].clone(), u["email"].clone(), u["status"].clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(users(&here), users(&there));
    assert!(users(&there).len() > 80);
}

/// The server's operator: a token of the whole store creates top tenants and manages
/// tokens through the server; a tenant's token does neither.
#[test]
fn a_token_of_the_whole_store_manages_tenants_and_tokens() {
    let env = scenario();
    let created: Value = serde_json::from_str(&local(
        &env,
        &[
            "token",
            "create",
            "--whole-store",
            "--role",
            "admin",
            "-o",
            "json",
        ],
    ))
    .unwrap();
    assert_eq!(created["tenant"], Value::Null);
    let operator = created["secret"].as_str().unwrap().to_owned();
    let tenant_admin = token(&env, "akad", "admin");
    let server = Server::start(&env, TODAY);

    let (code, _, stderr) = remote(
        &env,
        &server,
        &operator,
        &["tenant", "create", "neu", "--name", "Neu"],
    );
    assert_eq!(code, 0, "{stderr}");
    let (code, stdout, stderr) = remote(
        &env,
        &server,
        &operator,
        &[
            "--tenant", "neu", "token", "create", "--role", "reporter", "-o", "json",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    let reporter = serde_json::from_str::<Value>(&stdout).unwrap()["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    let (code, _, stderr) = remote(
        &env,
        &server,
        &reporter,
        &["--tenant", "neu", "report", "compliance"],
    );
    assert_eq!(code, 0, "{stderr}");
    let (code, stdout, _) = remote(&env, &server, &operator, &["token", "list", "-o", "json"]);
    assert_eq!(code, 0);
    assert_eq!(
        serde_json::from_str::<Value>(&stdout)
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        3
    );

    for args in [
        &["tenant", "create", "oben", "--name", "Oben"][..],
        &["token", "list"],
        &["--tenant", "akad", "token", "create", "--role", "admin"],
    ] {
        let (code, _, stderr) = remote(&env, &server, &tenant_admin, args);
        assert_eq!(code, 77, "{args:?}: {stderr}");
    }
}
