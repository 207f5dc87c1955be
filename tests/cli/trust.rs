//! `lmsctl serve` is a trust boundary: each attack here comes through a real server
//! with an admin token of the child tenant `acme-koeln` (under `acme`, beside
//! `other`), and must be refused while every other tenant's rows and audit trail stay
//! byte-identical, the erased person stays erased, and the store stays usable.
//! The files lmsctl writes are attacked too: as the root of a cron job would write them.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::common::Env;
use crate::remote::{Server, TODAY, http, local, remote, token};

/// acme (A1, id 1) with the child acme-koeln (K1 id 3, K2 id 4 erased), and other (O1, id 2).
fn tree() -> Env {
    let env = Env::new();
    local(&env, &["tenant", "create", "acme", "--name", "Acme"]);
    local(&env, &["tenant", "create", "other", "--name", "Other"]);
    local(
        &env,
        &[
            "tenant",
            "create",
            "acme-koeln",
            "--name",
            "Acme Köln",
            "--parent",
            "acme",
        ],
    );
    for (tenant, id, email, first) in [
        ("acme", "A1", "anna@acme.de", "Anna"),
        ("other", "O1", "otto@other.de", "Otto"),
        ("acme-koeln", "K1", "kai@koeln.de", "Kai"),
        ("acme-koeln", "K2", "kim@koeln.de", "Kim"),
    ] {
        local(
            &env,
            &[
                "--tenant",
                tenant,
                "user",
                "add",
                "--external-id",
                id,
                "--email",
                email,
                "--first-name",
                first,
                "--last-name",
                "Tester",
            ],
        );
    }
    local(&env, &["--tenant", "acme-koeln", "gdpr", "erase", "K2", "--yes"]);
    env
}

/// Everything of the tenants an attacker from acme-koeln must not touch: their users,
/// their audit events, and whether the whole trail verifies.
fn others(env: &Env) -> Vec<String> {
    let mut seen = Vec::new();
    for tenant in ["acme", "other"] {
        seen.push(local(env, &["--tenant", tenant, "user", "list", "-o", "json"]));
        seen.push(local(env, &["audit", "list", "--tenant", tenant, "-o", "json"]));
    }
    seen.push(local(env, &["audit", "verify", "-o", "json"]));
    seen
}

fn write(env: &Env, name: &str, text: &str) -> PathBuf {
    let path = env.dir().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// A plan made through the server by the acme-koeln token, with its change lines
/// replaced by `changes` (header and summary kept), and the header edited by `header`.
fn forged_plan(
    env: &Env,
    server: &Server,
    koeln: &str,
    changes: &[Value],
    header: impl Fn(&mut Value),
) -> PathBuf {
    let csv = write(
        env,
        "k.csv",
        "Personalnummer;Vorname;Nachname;E-Mail\nK1;Kai;Neu;kai@koeln.de\n",
    );
    let plan = env.dir().join("plan.jsonl");
    let (code, _, stderr) = remote(
        env,
        server,
        koeln,
        &[
            "--tenant",
            "acme-koeln",
            "import",
            "users",
            csv.to_str().unwrap(),
            "--plan-out",
            plan.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    let text = std::fs::read_to_string(&plan).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut first: Value = serde_json::from_str(lines[0]).unwrap();
    header(&mut first);
    let mut forged = vec![first.to_string()];
    forged.extend(changes.iter().map(Value::to_string));
    forged.push(lines.last().unwrap().to_string());
    let evil = env.dir().join("evil.jsonl");
    std::fs::write(&evil, forged.join("\n") + "\n").unwrap();
    evil
}

fn apply(env: &Env, server: &Server, koeln: &str, plan: &Path) -> (i32, String) {
    let (code, _, stderr) = remote(
        env,
        server,
        koeln,
        &[
            "--tenant",
            "acme-koeln",
            "import",
            "apply",
            plan.to_str().unwrap(),
        ],
    );
    (code, stderr)
}

#[test]
fn a_forged_plan_cannot_touch_another_tenant() {
    let env = tree();
    let koeln = token(&env, "acme-koeln", "admin");
    let server = Server::start(&env, TODAY);
    let before = others(&env);
    let update_acme = json!({"op": "update", "line": 2, "user_id": 1, "changes": [],
        "row": {"external_id": "A1", "email": "attacker@evil.example", "first_name": "PWNED", "last_name": "Acme"}});
    let suspend_other = json!({"op": "suspend", "user_id": 2});
    let evil = forged_plan(
        &env,
        &server,
        &koeln,
        &[update_acme.clone(), suspend_other],
        |h| {
            h["spec"]["mode"] = json!("sync");
        },
    );
    let (code, stderr) = apply(&env, &server, &koeln, &evil);
    assert_eq!(code, 65, "{stderr}");
    assert!(
        stderr.contains("user id:1 is not a user of the tenant 'acme-koeln'"),
        "{stderr}"
    );
    assert!(
        stderr.contains("nothing was changed") && stderr.contains("hint:"),
        "{stderr}"
    );
    // The same edited plan applied to the store file itself is refused as well.
    let local_apply = env
        .local_cmd()
        .env("LMSCTL_TODAY", TODAY)
        .args([
            "--tenant",
            "acme-koeln",
            "import",
            "apply",
            evil.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(local_apply.status.code(), Some(65));
    // Retargeting the row of K1 at another user of the same tenant is refused too.
    let retarget = json!({"op": "update", "line": 2, "user_id": 3, "changes": [],
        "row": {"external_id": "A1", "email": "kai@koeln.de", "first_name": "Kai", "last_name": "X"}});
    let evil = forged_plan(&env, &server, &koeln, &[retarget], |_| {});
    let (code, stderr) = apply(&env, &server, &koeln, &evil);
    assert_eq!(code, 65, "{stderr}");
    assert!(stderr.contains("is not that of user id:3"), "{stderr}");
    assert_eq!(others(&env), before, "acme and other are untouched");
    let kai = local(
        &env,
        &["--tenant", "acme-koeln", "user", "show", "K1", "-o", "json"],
    );
    let kai: Value = serde_json::from_str(&kai).unwrap();
    assert_eq!(
        kai["last_name"], "Tester",
        "the forged plans changed nobody: {kai}"
    );
}

#[test]
fn a_forged_plan_cannot_revive_an_erased_person() {
    let env = tree();
    let koeln = token(&env, "acme-koeln", "admin");
    let server = Server::start(&env, TODAY);
    let suppressions = || {
        local(
            &env,
            &[
                "--tenant",
                "acme-koeln",
                "gdpr",
                "suppression",
                "list",
                "-o",
                "json",
            ],
        )
    };
    let before = suppressions();
    let revive = json!({"op": "reactivate", "line": 2, "user_id": 4});
    let refill = json!({"op": "update", "line": 2, "user_id": 4, "changes": [],
        "row": {"external_id": "K2", "email": "kim@koeln.de", "first_name": "Kim", "last_name": "Tester"}});
    let recreate = json!({"op": "create", "line": 3,
        "row": {"external_id": "K2", "email": "kim@koeln.de", "first_name": "Kim", "last_name": "Tester"}});
    for changes in [vec![revive, refill], vec![recreate]] {
        let evil = forged_plan(&env, &server, &koeln, &changes, |h| {
            h["spec"]["mode"] = json!("sync")
        });
        let (code, stderr) = apply(&env, &server, &koeln, &evil);
        assert_eq!(code, 65, "{stderr}");
        assert!(stderr.contains("erased"), "{stderr}");
    }
    let kim = local(
        &env,
        &["--tenant", "acme-koeln", "user", "show", "id:4", "-o", "json"],
    );
    let kim: Value = serde_json::from_str(&kim).unwrap();
    assert_eq!(kim["status"], "erased");
    assert!(!kim.to_string().contains("kim@koeln.de"));
    assert_eq!(suppressions(), before);
}

/// Starts a staged import of users straight over HTTP; returns its session.
fn start_import(server: &Server, secret: &str, tenant: &str, spec: Value) -> reqwest::blocking::Response {
    http()
        .post(format!("{}/api/v1/tenants/{tenant}/imports/users", server.url))
        .bearer_auth(secret)
        .json(&json!({ "spec": spec, "changes_wanted": null }))
        .send()
        .unwrap()
}

fn spec(tenant: &str, skip_invalid: bool) -> Value {
    json!({"tenant": tenant, "key": "external-id", "mode": "upsert",
        "columns": ["external_id", "email", "first_name", "last_name"],
        "max_suspend": {"percent": 10.0}, "group": null, "apply": true,
        "skip_invalid": skip_invalid, "file": "evil.csv"})
}

fn session(response: reqwest::blocking::Response) -> String {
    assert_eq!(response.status(), 200);
    response.json::<Value>().unwrap()["session"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn rows_sent_to_the_server_are_checked_there() {
    let env = tree();
    let koeln = token(&env, "acme-koeln", "admin");
    let server = Server::start(&env, TODAY);
    let base = format!("{}/api/v1/tenants/acme-koeln/imports/users", server.url);
    let row = |line: u64, id: &str, email: &str, first: &str| json!({"line": line, "row": {"external_id": id, "email": email, "first_name": first, "last_name": "X"}});
    for skip_invalid in [false, true] {
        let id = session(start_import(
            &server,
            &koeln,
            "acme-koeln",
            spec("acme-koeln", skip_invalid),
        ));
        let rows = json!([
            {"line": 2, "row": {"external_id": "X1", "email": "not an email", "first_name": ""}},
            row(3, "X2", "nul@koeln.de", "Evil\u{0}"),
            row(4, "X3", "esc@koeln.de", "\u{1b}[31mRed"),
            row(5, "X4", "bidi@koeln.de", "Anna\u{202e}fdp.exe"),
            row(6, "X5", &format!("{}@koeln.de", "a".repeat(300)), "Long"),
            row(7, "X6", "fine@koeln.de", &"N".repeat(201)),
        ]);
        let staged = http()
            .post(format!("{base}/{id}/rows"))
            .bearer_auth(&koeln)
            .json(&rows)
            .send()
            .unwrap();
        assert_eq!(staged.status(), 200);
        let summary = json!({"rows": 6, "rejected": 0, "sha256": "0".repeat(64)});
        let finished = http()
            .post(format!("{base}/{id}/finish"))
            .bearer_auth(&koeln)
            .json(&summary)
            .send()
            .unwrap();
        assert_eq!(finished.status(), 200);
        let events: Vec<Value> = finished
            .text()
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let rejected: Vec<u64> = events
            .iter()
            .filter_map(|e| e["reject"]["line"].as_u64())
            .collect();
        assert_eq!(rejected, [2, 3, 4, 5, 6, 7], "{events:?}");
        let text = serde_json::to_string(&events).unwrap();
        for said in [
            "NUL",
            "escape",
            "bidirectional",
            "at most 254",
            "at most 200",
            "not a valid e-mail",
        ] {
            assert!(text.contains(said), "{said}: {text}");
        }
        let report = &events.last().unwrap()["report"];
        assert_eq!(
            (report["created"].as_u64(), report["rejected"].as_u64()),
            (Some(0), Some(6))
        );
    }
    let users = local(&env, &["--tenant", "acme-koeln", "user", "list", "-o", "json"]);
    let users: Value = serde_json::from_str(&users).unwrap();
    assert_eq!(
        users.as_array().unwrap().len(),
        2,
        "only K1 and the erased K2: {users}"
    );
}

#[test]
fn a_stage_is_its_tokens_and_its_tenants_only() {
    let env = tree();
    let koeln = token(&env, "acme-koeln", "admin");
    let other = token(&env, "other", "admin");
    let server = Server::start(&env, TODAY);
    // Another tenant's import route is not there for this token.
    assert_eq!(
        start_import(&server, &koeln, "other", spec("other", false)).status(),
        404
    );
    // A spec naming another tenant than its route is refused.
    assert_eq!(
        start_import(&server, &koeln, "acme-koeln", spec("acme", false)).status(),
        400
    );
    // A spec with a file name that hides its extension is refused.
    let mut bidi = spec("acme-koeln", false);
    bidi["file"] = json!("rejects\u{202e}vsc.exe");
    assert_eq!(start_import(&server, &koeln, "acme-koeln", bidi).status(), 422);
    let id = session(start_import(
        &server,
        &koeln,
        "acme-koeln",
        spec("acme-koeln", false),
    ));
    let rows = json!([{"line": 2, "row": {"external_id": "X1", "email": "x@koeln.de", "first_name": "X", "last_name": "Y"}}]);
    // The token of another tenant cannot feed or finish it, even on its own route.
    let foreign = http()
        .post(format!(
            "{}/api/v1/tenants/other/imports/users/{id}/rows",
            server.url
        ))
        .bearer_auth(&other)
        .json(&rows)
        .send()
        .unwrap();
    assert_eq!(foreign.status(), 404);
    // Rows must come in the order of their lines, each once.
    let url = format!("{}/api/v1/tenants/acme-koeln/imports/users/{id}/rows", server.url);
    assert_eq!(
        http()
            .post(&url)
            .bearer_auth(&koeln)
            .json(&rows)
            .send()
            .unwrap()
            .status(),
        200
    );
    assert_eq!(
        http()
            .post(&url)
            .bearer_auth(&koeln)
            .json(&rows)
            .send()
            .unwrap()
            .status(),
        422
    );
    // A summary that does not fit the rows sent is refused.
    let lie = json!({"rows": 0, "rejected": 0, "sha256": "0".repeat(64)});
    let finished = http()
        .post(format!(
            "{}/api/v1/tenants/acme-koeln/imports/users/{id}/finish",
            server.url
        ))
        .bearer_auth(&koeln)
        .json(&lie)
        .send()
        .unwrap();
    assert_eq!(finished.status(), 422);
    // A token keeps only a few imports staged at a time: the next waits (429).
    for _ in 0..4 {
        session(start_import(
            &server,
            &koeln,
            "acme-koeln",
            spec("acme-koeln", false),
        ));
    }
    let full = start_import(&server, &koeln, "acme-koeln", spec("acme-koeln", false));
    assert_eq!(full.status(), 429);
    assert!(full.headers().contains_key("retry-after"));
    // Another tenant's token is not held up by them.
    session(start_import(&server, &other, "other", spec("other", false)));
}

#[test]
fn an_open_remote_import_does_not_stop_other_tenants() {
    let env = tree();
    let koeln = token(&env, "acme-koeln", "admin");
    let other = token(&env, "other", "admin");
    let server = Server::start_with(&env, TODAY, &["--stage-timeout", "2"]);
    let id = session(start_import(
        &server,
        &koeln,
        "acme-koeln",
        spec("acme-koeln", false),
    ));
    let rows = json!([{"line": 2, "row": {"external_id": "X1", "email": "x@koeln.de", "first_name": "X", "last_name": "Y"}}]);
    let url = format!("{}/api/v1/tenants/acme-koeln/imports/users/{id}", server.url);
    let staged = http()
        .post(format!("{url}/rows"))
        .bearer_auth(&koeln)
        .json(&rows)
        .send()
        .unwrap();
    assert_eq!(staged.status(), 200);
    // Meanwhile another tenant writes, through the server and on the file, at once.
    let started = std::time::Instant::now();
    let (code, _, stderr) = remote(
        &env,
        &server,
        &other,
        &[
            "--tenant",
            "other",
            "user",
            "add",
            "--email",
            "olga@other.de",
            "--first-name",
            "Olga",
            "--last-name",
            "O",
            "--busy-timeout",
            "1",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    local(
        &env,
        &[
            "--tenant",
            "other",
            "user",
            "add",
            "--email",
            "oleg@other.de",
            "--first-name",
            "Oleg",
            "--last-name",
            "O",
            "--busy-timeout",
            "1",
        ],
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
    // A client that stays silent loses its stage.
    std::thread::sleep(std::time::Duration::from_millis(3500));
    let summary = json!({"rows": 1, "rejected": 0, "sha256": "0".repeat(64)});
    let late = http()
        .post(format!("{url}/finish"))
        .bearer_auth(&koeln)
        .json(&summary)
        .send()
        .unwrap();
    assert_eq!(late.status(), 404);
    let body: Value = late.json().unwrap();
    assert!(
        body["error"]["message"].as_str().unwrap().contains("not found"),
        "{body}"
    );
}

#[test]
fn files_are_written_as_root_safely() {
    use std::os::unix::fs::{FileTypeExt, PermissionsExt};
    let env = Env::new();
    env.ok(&["tenant", "create", "acme", "--name", "Acme"]);
    let csv = write(
        &env,
        "bad.csv",
        "Personalnummer;Vorname;Nachname;E-Mail\nP1;Anna;A;kaputt\n",
    );
    // An import of the bad file writing its plan or rejects to `path`: stderr.
    let import = |option: &str, path: &Path, code: i32| {
        env.fails(
            &[
                "--tenant",
                "acme",
                "import",
                "users",
                csv.to_str().unwrap(),
                option,
                path.to_str().unwrap(),
            ],
            code,
        )
    };
    // /dev/null is written to as it is: not replaced, not made private.
    let before = std::fs::metadata("/dev/null").unwrap();
    import("--reject-file", Path::new("/dev/null"), 65);
    let after = std::fs::metadata("/dev/null").unwrap();
    assert!(after.file_type().is_char_device());
    assert_eq!(after.permissions().mode(), before.permissions().mode());
    // A link planted where the reject or plan file goes is refused; its target stays as it was.
    let victim = write(&env, "victim.txt", "keep me");
    std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).unwrap();
    let planted = env.dir().join("rejects.csv");
    std::os::unix::fs::symlink(&victim, &planted).unwrap();
    for option in ["--reject-file", "--plan-out"] {
        let stderr = import(option, &planted, 77);
        assert!(
            stderr.contains("symbolic link") && stderr.contains("hint:"),
            "{stderr}"
        );
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    assert_eq!(
        std::fs::metadata(&victim).unwrap().permissions().mode() & 0o777,
        0o644
    );
    // A reject file of one's own is replaced by a private one.
    let mine = write(&env, "mine.csv", "old");
    std::fs::set_permissions(&mine, std::fs::Permissions::from_mode(0o644)).unwrap();
    import("--reject-file", &mine, 65);
    assert!(std::fs::read_to_string(&mine).unwrap().contains("kaputt"));
    assert_eq!(
        std::fs::metadata(&mine).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

#[test]
fn out_dash_is_standard_output() {
    let env = Env::with_users();
    let stdout = env.ok(&["--tenant", "acme", "gdpr", "export", "P1", "--out", "-"]);
    let document: Value = serde_json::from_str(&stdout).unwrap();
    assert!(document.to_string().contains("anna.schmidt@acme.de"));
    assert!(!env.dir().join("-").exists(), "no file named -");
    let stderr = env.fails(
        &[
            "--tenant",
            "acme",
            "gdpr",
            "export",
            "P1",
            "--out",
            "missing/x.json",
        ],
        1,
    );
    assert!(
        stderr.contains("does not exist") && stderr.contains("hint: create it first"),
        "{stderr}"
    );
    let csv = write(
        &env,
        "next.csv",
        "Personalnummer;Vorname;Nachname;E-Mail\nP9;Neu;N;neu@acme.de\n",
    );
    let plan = env.ok(&[
        "--tenant",
        "acme",
        "import",
        "users",
        csv.to_str().unwrap(),
        "--plan-out",
        "-",
    ]);
    assert!(
        plan.lines().next().unwrap().contains("lmsctl-import-plan"),
        "{plan}"
    );
    assert!(plan.lines().any(|l| l.contains("\"op\":\"create\"")), "{plan}");
}

/// Values stored before lmsctl refused control characters, and headers of a file,
/// never reach a terminal raw: tables, warnings and errors show them escaped.
#[test]
fn control_characters_never_reach_the_terminal() {
    let env = Env::with_users();
    env.tamper(
        "UPDATE \"user\" SET first_name = 'An\u{1b}[2Jna', department = 'Sales\u{202e}' WHERE external_id = 'P1'",
    );
    let table = env.ok(&["--tenant", "acme", "user", "list"]);
    assert!(
        !table.contains('\u{1b}') && !table.contains('\u{202e}'),
        "{table:?}"
    );
    assert!(
        table.contains("An\\u{1b}[2Jna") && table.contains("Sales\\u{202e}"),
        "{table}"
    );
    // JSON keeps the data exactly, escaped by JSON itself.
    let json = env.json(&["--tenant", "acme", "user", "show", "P1"]);
    assert_eq!(json["first_name"], "An\u{1b}[2Jna");
    // A header with an escape sequence, quoted in a warning and in an error.
    let csv = write(
        &env,
        "esc.csv",
        "Personalnummer;Vorname;Nachname;E-Mail;Kosten\u{1b}[31mstelle\u{7}\nP9;Neu;N;neu@acme.de;1\n",
    );
    let out = env.run(&[
        "--tenant",
        "acme",
        "import",
        "users",
        csv.to_str().unwrap(),
        "--map",
        "Gibt=es_nicht",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "{stderr:?}"
    );
    assert!(stderr.contains("Kosten\\u{1b}[31mstelle\\u{7}"), "{stderr}");
    let out = env.run(&[
        "--tenant",
        "acme",
        "import",
        "users",
        csv.to_str().unwrap(),
        "--dry-run",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("ignoring columns") && !stderr.contains('\u{1b}'),
        "{stderr:?}"
    );
}
