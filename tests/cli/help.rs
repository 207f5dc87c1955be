//! Help and man pages: the committed pages under `man/` must match what the binary
//! generates (`UPDATE_MAN=1 cargo test committed_man_pages` rewrites them), and every
//! command's help keeps the global options under a heading of their own.

use std::collections::BTreeMap;
use std::path::Path;

use crate::common::{Env, succeeds};

/// The committed man pages by file name.
fn committed_pages() -> BTreeMap<String, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    pages_in(&dir)
}

fn pages_in(dir: &Path) -> BTreeMap<String, String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    entries
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "1"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).expect("a man page"))
        })
        .collect()
}

#[test]
fn committed_man_pages_are_current() {
    let env = Env::new();
    let out = env.dir().join("man");
    std::fs::create_dir(&out).unwrap();
    succeeds(env.local_cmd(), &["man", out.to_str().unwrap()]);
    let generated = pages_in(&out);
    assert!(generated.contains_key("lmsctl.1"), "{:?}", generated.keys());
    assert!(
        generated.contains_key("lmsctl-import-users.1"),
        "{:?}",
        generated.keys()
    );
    let committed = committed_pages();
    if std::env::var_os("UPDATE_MAN").is_some() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
        std::fs::create_dir_all(&dir).unwrap();
        for name in committed.keys().filter(|name| !generated.contains_key(*name)) {
            std::fs::remove_file(dir.join(name)).unwrap();
        }
        for (name, page) in &generated {
            std::fs::write(dir.join(name), page).unwrap();
        }
        return;
    }
    let stale: Vec<&String> = generated
        .keys()
        .chain(committed.keys())
        .filter(|name| generated.get(*name) != committed.get(*name))
        .collect();
    assert!(
        stale.is_empty(),
        "man/{stale:?} are stale: run `UPDATE_MAN=1 cargo test committed_man_pages` and commit them"
    );
}

#[test]
fn the_man_command_never_overwrites_a_page() {
    let env = Env::new();
    let out = env.dir().join("man");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("lmsctl.1"), "mine").unwrap();
    let err = env.fails(&["man", out.to_str().unwrap()], 1);
    assert!(err.contains("exists already"), "{err}");
    assert!(
        err.contains("hint: write the man pages into an empty directory"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(out.join("lmsctl.1")).unwrap(), "mine");
}

/// Every command (one man page each) lists its own options under `Options:` and the
/// global ones under `Global options:`, after its own.
#[test]
fn every_help_keeps_the_global_options_apart() {
    let env = Env::new();
    let pages = committed_pages();
    assert!(pages.len() > 50, "man/ holds a page per command: {}", pages.len());
    for name in pages.keys() {
        let words: Vec<&str> = name.trim_end_matches(".1").split('-').skip(1).collect();
        // Command names with a '-' (add-member, active-users) split into two words.
        let args = join_command_words(&words);
        let mut full: Vec<&str> = args.iter().map(String::as_str).collect();
        full.push("--help");
        let help = succeeds(env.local_cmd(), &full);
        let (own, global) = help
            .split_once("\nGlobal options:\n")
            .unwrap_or_else(|| panic!("lmsctl {args:?} --help has no 'Global options:' heading:\n{help}"));
        // The options a section lists: its lines that start with a flag.
        let listed = |section: &str| -> Vec<String> {
            section
                .lines()
                .map(str::trim_start)
                .filter(|line| line.starts_with('-'))
                .flat_map(|line| line.split([',', ' ']).filter(|w| w.starts_with("--")).take(1))
                .map(str::to_owned)
                .collect()
        };
        let (own, global) = (listed(own), listed(global));
        for option in [
            "--store",
            "--tenant",
            "--output",
            "--busy-timeout",
            "--token-file",
        ] {
            assert!(
                !own.iter().any(|o| o == option),
                "lmsctl {args:?} --help: {option} among the command's own:\n{help}"
            );
            assert!(
                global.iter().any(|o| o == option),
                "lmsctl {args:?} --help: {option} missing:\n{help}"
            );
        }
    }
}

/// The command path of a man page name: `import users`, `group add-member`.
fn join_command_words(words: &[&str]) -> Vec<String> {
    const JOINED: &[&str] = &["add-member", "remove-member", "active-users"];
    let mut out: Vec<String> = Vec::new();
    for word in words {
        if let Some(last) = out.last_mut() {
            let joined = format!("{last}-{word}");
            if JOINED.contains(&joined.as_str()) {
                *last = joined;
                continue;
            }
        }
        out.push((*word).to_owned());
    }
    out
}

#[test]
fn the_top_level_help_names_every_area() {
    let help = Env::new().ok(&["--help"]);
    for area in [
        "tenants",
        "users",
        "imports",
        "courses",
        "assignments",
        "GDPR",
        "audit",
        "reports",
    ] {
        assert!(help.contains(area), "--help does not name {area}:\n{help}");
    }
    assert!(
        help.contains("login profile"),
        "--store names the profile default:\n{help}"
    );
}
