//! A PostgreSQL store's password in the keyring: `lmsctl login postgres://...` keeps
//! it (only once the server accepted it), commands find it there when the server asks
//! for one, and `logout` forgets it. On the private test cluster one role
//! ([`crate::postgres::PASSWORD_ROLE`]) must give a password; every other is trusted.

use crate::common::{Env, succeeds};
use crate::postgres::PASSWORD_ROLE;

const PASSWORD: &str = "korrekt Pferd Batterie Heftklammer";

/// The database at `url` handed to the password role; its address for that role.
fn owned_by_password_role(url: &str) -> String {
    let (server, database) = url.rsplit_once('/').expect("a database in the URL");
    let mut admin =
        postgres::Client::connect(&format!("{server}/postgres"), postgres::NoTls).expect("connect");
    admin
        .batch_execute(&format!(
            "DO $$ BEGIN
                 IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{PASSWORD_ROLE}') THEN
                     CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{PASSWORD}';
                 END IF;
             END $$;
             ALTER DATABASE {database} OWNER TO {PASSWORD_ROLE};"
        ))
        .expect("a role with a password");
    let host = server.rsplit_once('@').expect("user@host").1;
    format!("postgres://{PASSWORD_ROLE}@{host}/{database}")
}

#[test]
fn a_password_kept_by_login_opens_the_store_until_logout() {
    let Some(url) = crate::postgres::database() else {
        return;
    };
    let env = Env::new();
    let address = owned_by_password_role(&url);
    let on = |store: Option<&str>| {
        let mut cmd = env.local_cmd();
        match store {
            Some(store) => cmd.env("LMSCTL_STORE", store),
            None => cmd.env_remove("LMSCTL_STORE"),
        };
        cmd
    };

    // Without a password the server refuses the login.
    let refused = on(Some(&address)).args(["tenant", "list"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&refused.stderr).into_owned();
    if refused.status.success() {
        eprintln!("skipped: the test server does not ask {PASSWORD_ROLE} for a password");
        return;
    }
    assert_eq!(refused.status.code(), Some(77), "{stderr}");
    assert!(stderr.contains("lmsctl login ADDRESS"), "{stderr}");

    // A wrong password is not kept; one in the address is refused.
    let wrong = on(None)
        .args(["login", &address, "--with-token"])
        .write_stdin("falsch\n")
        .output()
        .unwrap();
    assert_eq!(
        wrong.status.code(),
        Some(77),
        "{}",
        String::from_utf8_lossy(&wrong.stderr)
    );
    assert!(
        !env.dir().join("keyring.ron").exists()
            || !std::fs::read_to_string(env.dir().join("keyring.ron"))
                .unwrap()
                .contains("falsch")
    );
    let inline = address.replacen(PASSWORD_ROLE, &format!("{PASSWORD_ROLE}:geheim"), 1);
    let out = on(None)
        .args(["login", &inline, "--with-token"])
        .write_stdin("x\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("geheim"));

    let login = on(None)
        .args(["login", &address, "--with-token"])
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&login.stderr).into_owned();
    assert!(login.status.success(), "{said}");
    assert_eq!(
        said.trim(),
        format!(
            "logged in to {address} as profile 'default': as '{PASSWORD_ROLE}'; the password is in the keyring"
        )
    );

    // The profile names the store; the address alone finds the password too.
    succeeds(on(None), &["tenant", "create", "acme", "--name", "Acme"]);
    let listed = succeeds(on(Some(&address)), &["tenant", "list", "-o", "csv"]);
    assert!(listed.contains("acme,Acme"), "{listed}");
    let trail = succeeds(on(None), &["audit", "list", "-o", "json"]);
    assert!(!trail.contains(PASSWORD), "{trail}");

    let logout = on(None).arg("logout").output().unwrap();
    assert!(logout.status.success());
    assert!(
        String::from_utf8_lossy(&logout.stderr).contains("the password is gone from the keyring"),
        "{}",
        String::from_utf8_lossy(&logout.stderr)
    );
    let after = on(Some(&address)).args(["tenant", "list"]).output().unwrap();
    assert_eq!(after.status.code(), Some(77));
}
