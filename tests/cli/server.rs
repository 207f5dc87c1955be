//! `lmsctl serve` as a trust boundary, attacked over raw sockets: wrong methods, heads
//! and bodies too large, slow and idle clients, token guessing, tokens in the wrong
//! place, and HTTPS with the certificate people really make.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::Env;
use crate::remote::{Server, http, items, remote, scenario, token};

const TODAY: &str = "2026-03-15";

/// The remote tests' scenario served by `lmsctl serve EXTRA...`, with an admin token
/// of its top tenant.
fn served(extra: &[&str]) -> (Env, String, Server) {
    let env = scenario();
    let admin = token(&env, "akad", "admin");
    let server = Server::start_with(&env, TODAY, extra);
    (env, admin, server)
}

/// A connection to the server at `url` (`http://HOST:PORT`) that gives up reading
/// after 15 s (every close awaited here comes much sooner).
fn connect(server: &Server) -> TcpStream {
    let socket = TcpStream::connect(server.url.trim_start_matches("http://")).unwrap();
    socket.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    socket
}

/// Everything the server sends until it closes the connection, and how long that took.
fn until_closed(socket: &mut TcpStream) -> (String, Duration) {
    let start = Instant::now();
    let mut answer = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        match socket.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => answer.extend_from_slice(&buffer[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => break,
            Err(e) => panic!("the server did not close the connection: {e}"),
        }
    }
    (String::from_utf8_lossy(&answer).into_owned(), start.elapsed())
}

/// The status code and the JSON body of a whole HTTP/1.1 answer.
fn status_and_json(answer: &str) -> (u16, Value) {
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP answer: {answer:?}"));
    let body = answer.split_once("\r\n\r\n").map_or("", |(_, body)| body);
    let json = serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {answer:?}"));
    (status, json)
}

#[test]
fn a_wrong_method_answers_405_with_the_methods_that_fit() {
    let (_env, admin, server) = served(&[]);
    let client = http();
    for (method, path, allowed) in [
        ("DELETE", "/api/v1/tenants", "GET, HEAD, POST"),
        ("PUT", "/api/v1/tenants/kunde", "DELETE, GET, HEAD, PATCH"),
        ("OPTIONS", "/api/v1/whoami", "GET, HEAD"),
        ("POST", "/api/v1/openapi.json", "GET, HEAD"),
    ] {
        let answer = client
            .request(method.parse().unwrap(), format!("{}{path}", server.url))
            .bearer_auth(&admin)
            .send()
            .unwrap();
        assert_eq!(answer.status().as_u16(), 405, "{method} {path}");
        assert_eq!(answer.headers()["allow"], allowed, "{method} {path}");
        assert_eq!(answer.headers()["content-type"], "application/json");
        let error = answer.json::<Value>().unwrap();
        assert_eq!(error["error"]["kind"], "usage", "{error}");
        assert!(
            error["error"]["hint"].as_str().unwrap().contains(allowed),
            "{error}"
        );
    }
    // Without a token too: the method is wrong whoever asks.
    let anonymous = client
        .patch(format!("{}/api/v1/tokens", server.url))
        .send()
        .unwrap();
    assert_eq!(anonymous.status().as_u16(), 405);
    // A path that is no route stays 404.
    let nothing = client
        .get(format!("{}/api/v1/nothing", server.url))
        .bearer_auth(&admin)
        .send()
        .unwrap();
    assert_eq!(nothing.status().as_u16(), 404);
}

#[test]
fn heads_and_bodies_too_large_get_json_errors() {
    let (_env, admin, server) = served(&[]);
    let ask = |head: String| {
        let mut socket = connect(&server);
        socket.write_all(head.as_bytes()).unwrap();
        let (answer, _) = until_closed(&mut socket);
        status_and_json(&answer)
    };

    let long_uri = format!(
        "GET /api/v1/tenants?search={} HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer {admin}\r\n\r\n",
        "x".repeat(9000)
    );
    // Far beyond what hyper itself would hold, still the JSON error.
    let huge_uri = format!("GET /api/v1/{} HTTP/1.1\r\nHost: t\r\n\r\n", "y".repeat(600_000));
    let long_field = format!(
        "GET /api/v1/tenants HTTP/1.1\r\nHost: t\r\nX-Long: {}\r\n\r\n",
        "z".repeat(9000)
    );
    let many_fields = format!(
        "GET /api/v1/tenants HTTP/1.1\r\nHost: t\r\n{}\r\n",
        (0..101).map(|i| format!("X-{i}: v\r\n")).collect::<String>()
    );
    let large_fields = format!(
        "GET /api/v1/tenants HTTP/1.1\r\nHost: t\r\n{}\r\n",
        (0..10)
            .map(|i| format!("X-{i}: {}\r\n", "w".repeat(4000)))
            .collect::<String>()
    );
    for (head, status, says) in [
        (long_uri, 414, "request line"),
        (huge_uri, 414, "request line"),
        (long_field, 431, "header fields"),
        (many_fields, 431, "header fields"),
        (large_fields, 431, "header fields"),
    ] {
        let (answered, error) = ask(head);
        assert_eq!(answered, status, "{error}");
        assert_eq!(error["error"]["kind"], "invalid-data");
        let message = error["error"]["message"].as_str().unwrap();
        assert!(message.contains(says), "{error}");
    }

    let too_long_body = format!(
        "POST /api/v1/tenants HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer {admin}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        65u64 << 20
    );
    let (status, error) = ask(too_long_body);
    assert_eq!(status, 413);
    assert_eq!(error["error"]["kind"], "invalid-data");

    // A head within the limits is served as before.
    let fine = format!(
        "GET /api/v1/tenants HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer {admin}\r\nX-Pad: {}\r\nConnection: close\r\n\r\n",
        "p".repeat(8000)
    );
    let (status, tenants) = ask(fine);
    assert_eq!(status, 200);
    assert_eq!(tenants.as_array().unwrap().len(), 2);
}

#[test]
fn a_slow_head_is_cut_off_at_the_header_timeout() {
    let (_env, _, server) = served(&["--header-timeout", "1", "--idle-timeout", "30"]);
    // Half a head, then silence (slow loris).
    let mut socket = connect(&server);
    socket
        .write_all(b"GET /api/v1/tenants HTTP/1.1\r\nHost: t\r\nX-Slow: ")
        .unwrap();
    let (answer, waited) = until_closed(&mut socket);
    assert_eq!(answer, "", "nothing is served");
    assert!(
        waited >= Duration::from_millis(800) && waited < Duration::from_secs(10),
        "closed after {waited:?}"
    );
    // A connection that has sent nothing yet waits for the idle timeout instead: it
    // is still open when the slow one is closed.
    let mut quiet = connect(&server);
    std::thread::sleep(Duration::from_millis(1500));
    quiet
        .write_all(b"GET /api/v1/openapi.json HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        .unwrap();
    let (answer, _) = until_closed(&mut quiet);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer:.100}");
}

#[test]
fn an_idle_connection_is_closed_at_the_idle_timeout() {
    let (_env, admin, server) = served(&["--header-timeout", "30", "--idle-timeout", "1"]);
    let mut socket = connect(&server);
    // Two requests on one kept-alive connection, the first with a body.
    for request in [
        format!(
            "POST /api/v1/tenants/kunde/groups HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer {admin}\r\n\
             Content-Type: application/json\r\nContent-Length: 15\r\n\r\n{{\"name\":\"idle\"}}"
        ),
        format!("GET /api/v1/whoami HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer {admin}\r\n\r\n"),
    ] {
        socket.write_all(request.as_bytes()).unwrap();
        let mut head = [0u8; 12];
        socket.read_exact(&mut head).unwrap();
        assert_eq!(&head, b"HTTP/1.1 200", "kept alive");
        // Read the rest of this answer (its length is in the head).
        let mut rest = Vec::new();
        let mut byte = [0u8; 1];
        while !rest.ends_with(b"\r\n\r\n") {
            socket.read_exact(&mut byte).unwrap();
            rest.push(byte[0]);
        }
        let text = String::from_utf8_lossy(&rest).to_lowercase();
        let length: usize = text
            .lines()
            .find_map(|line| line.strip_prefix("content-length: "))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("no length in {text}"));
        let mut body = vec![0u8; length];
        socket.read_exact(&mut body).unwrap();
    }
    // Then nothing: the server closes the connection.
    let (answer, waited) = until_closed(&mut socket);
    assert_eq!(answer, "");
    assert!(
        waited >= Duration::from_millis(800) && waited < Duration::from_secs(10),
        "closed after {waited:?}"
    );
    // And a connection that never sends anything.
    let (answer, waited) = until_closed(&mut connect(&server));
    assert_eq!(answer, "");
    assert!(waited < Duration::from_secs(10), "closed after {waited:?}");
}

#[test]
fn sigterm_does_not_wait_for_idle_or_slow_clients() {
    let (_env, _, mut server) = served(&["--header-timeout", "30", "--idle-timeout", "60"]);
    let mut idle = connect(&server);
    let mut slow = connect(&server);
    slow.write_all(b"GET /api/v1/tenants HTTP/1.1\r\nHost: t\r\n")
        .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let start = Instant::now();
    assert!(server.stop().success(), "a clean exit");
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "stopped after {:?}",
        start.elapsed()
    );
    assert_eq!(until_closed(&mut idle).0, "");
    assert_eq!(until_closed(&mut slow).0, "");
}

#[test]
fn a_body_that_stops_arriving_times_out_with_408() {
    let (env, admin, server) = served(&["--header-timeout", "30", "--idle-timeout", "1"]);
    let mut socket = connect(&server);
    write!(
        socket,
        "POST /api/v1/tenants/kunde/groups HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer {admin}\r\n\
         Content-Type: application/json\r\nContent-Length: 40\r\n\r\n{{\"name\": \"sta"
    )
    .unwrap();
    let (answer, waited) = until_closed(&mut socket);
    let (status, error) = status_and_json(&answer);
    assert_eq!(status, 408, "{answer}");
    assert_eq!(error["error"]["kind"], "unavailable");
    assert!(answer.to_lowercase().contains("connection: close"), "{answer}");
    assert!(waited < Duration::from_secs(10), "answered after {waited:?}");
    let groups = env.json(&["--tenant", "kunde", "group", "list"]);
    assert!(
        groups.as_array().unwrap().iter().all(|g| g["name"] != "sta"),
        "nothing was created"
    );
}

#[test]
fn failed_authentications_are_limited_per_address_and_a_valid_token_still_works() {
    let (env, admin, server) = served(&["--auth-failures", "3"]);
    let client = http();
    let tenants = format!("{}/api/v1/tenants", server.url);
    let wrong = |n: usize| {
        client
            .get(&tenants)
            .bearer_auth(format!("lms_{n:064x}"))
            .send()
            .unwrap()
    };
    for n in 0..3 {
        let answer = wrong(n);
        assert_eq!(answer.status().as_u16(), 401, "failure {n}");
        assert_eq!(answer.headers()["www-authenticate"], "Bearer");
    }
    let limited = wrong(3);
    assert_eq!(limited.status().as_u16(), 429);
    let wait: u64 = limited.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait), "Retry-After: {wait}");
    let error = limited.json::<Value>().unwrap();
    assert_eq!(error["error"]["kind"], "busy");
    // No token at all counts as a failure too.
    assert_eq!(client.get(&tenants).send().unwrap().status().as_u16(), 429);
    // The valid token of someone behind the same address keeps working...
    let (code, stdout, stderr) = remote(&env, &server, &admin, &["tenant", "list", "-o", "json"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(items(&stdout), 2);
    // ... while the wrong one stays limited, and the CLI says why (exit 75: try later).
    assert_eq!(wrong(4).status().as_u16(), 429);
    let (code, _, stderr) = remote(&env, &server, "lms_wrong", &["tenant", "list"]);
    assert_eq!(code, 75, "{stderr}");
    assert!(stderr.contains("too many failed authentications"), "{stderr}");
}

#[test]
fn no_answer_repeats_a_token() {
    let (_env, admin, server) = served(&[]);
    let client = http();
    let stray = format!("lms_{}", "ab12".repeat(16));
    let url = |path: &str| format!("{}/api/v1{path}", server.url);
    let answers = [
        // A token sent with the wrong scheme, or none.
        client
            .get(url("/tenants"))
            .header("authorization", format!("Basic {stray}"))
            .send(),
        client.get(url("/tenants")).header("authorization", &stray).send(),
        client
            .get(url("/tenants"))
            .header("authorization", format!("Bearer {stray}"))
            .send(),
        // A token where a value belongs, with a valid token in the header.
        client
            .get(url(&format!("/tenants/{stray}")))
            .bearer_auth(&admin)
            .send(),
        client
            .get(url(&format!("/tenants/kunde/users?status={stray}")))
            .bearer_auth(&admin)
            .send(),
        client
            .delete(url(&format!("/tokens/{stray}")))
            .bearer_auth(&admin)
            .send(),
        client
            .post(url("/tenants"))
            .bearer_auth(&admin)
            .header("content-type", "application/json")
            .body(format!(
                "{{\"slug\": \"x\", \"name\": \"x\", \"parent\": 7, \"domain\": \"{stray}\"}}"
            ))
            .send(),
        client.get(url(&format!("/{stray}"))).bearer_auth(&admin).send(),
    ];
    for answer in answers {
        let answer = answer.unwrap();
        let status = answer.status();
        assert!(status.is_client_error(), "{status}");
        let headers = format!("{:?}", answer.headers());
        let body = answer.text().unwrap();
        assert!(
            !body.contains(&stray[4..20]) && !headers.contains(&stray[4..20]),
            "{status}: {headers} {body}"
        );
        assert!(!body.contains(&admin[4..20]), "{body}");
        let error: Value = serde_json::from_str(&body).unwrap();
        assert!(error["error"]["message"].is_string(), "{body}");
    }
}

/// A self-signed certificate with these `-addext` extensions, made with `openssl req
/// -x509` as people make one: (certificate, key).
pub(crate) fn self_signed(env: &Env, name: &str, extensions: &[&str]) -> (PathBuf, PathBuf) {
    let (cert, key) = (
        env.dir().join(format!("{name}-cert.pem")),
        env.dir().join(format!("{name}-key.pem")),
    );
    let mut openssl = Command::new("openssl");
    openssl.args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30"]);
    openssl.args(["-subj", "/CN=localhost"]);
    for extension in extensions {
        openssl.args(["-addext", extension]);
    }
    let made = openssl
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl (.ci/run installs it)");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    (cert, key)
}

#[test]
fn https_with_the_self_signed_certificate_people_make() {
    let env = scenario();
    let admin = token(&env, "akad", "admin");
    let (cert, key) = self_signed(&env, "server", &["subjectAltName=DNS:localhost,IP:127.0.0.1"]);
    let text = Command::new("openssl")
        .args(["x509", "-noout", "-text", "-in"])
        .arg(&cert)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&text.stdout).contains("CA:TRUE"),
        "OpenSSL makes it a CA's certificate"
    );
    let server = Server::start_tls(&env, TODAY, &cert, &key);
    assert!(server.url.starts_with("https://127.0.0.1:"), "{}", server.url);
    let run = |url: &str, ca: Option<&Path>| {
        let mut cmd = env.local_cmd();
        cmd.env("LMSCTL_STORE", url).env("LMSCTL_TOKEN", &admin);
        if let Some(ca) = ca {
            cmd.args(["--ca-cert", ca.to_str().unwrap()]);
        }
        let out = cmd.args(["tenant", "list", "-o", "json"]).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    for url in [server.url.clone(), server.url.replace("127.0.0.1", "localhost")] {
        let (code, stdout, stderr) = run(&url, Some(&cert));
        assert_eq!(code, 0, "{url}: {stderr}");
        assert_eq!(items(&stdout), 2);
    }

    // Without --ca-cert: refused, with the fix named.
    let (code, _, stderr) = run(&server.url, None);
    assert_eq!(code, 69, "{stderr}");
    assert!(stderr.contains("certificate"), "{stderr}");
    assert!(
        stderr.contains("hint: ") && stderr.contains("--ca-cert"),
        "{stderr}"
    );
    assert!(!stderr.contains("that `lmsctl serve` runs there"), "{stderr}");

    // Another certificate in --ca-cert: refused, and the hint names the file.
    let (other, other_key) = self_signed(&env, "other", &["subjectAltName=DNS:lms.example.com"]);
    let (code, _, stderr) = run(&server.url, Some(&other));
    assert_eq!(code, 69, "{stderr}");
    assert!(stderr.contains(other.to_str().unwrap()), "{stderr}");

    // The certificate trusted, but made out for another name than the URL's.
    let elsewhere = Server::start_tls(&env, TODAY, &other, &other_key);
    let (code, _, stderr) = run(&elsewhere.url, Some(&other));
    assert_eq!(code, 69, "{stderr}");
    assert!(stderr.contains("not made out for 127.0.0.1"), "{stderr}");
}
