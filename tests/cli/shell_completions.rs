//! The committed shell completion scripts must match what the binary generates.
//! `UPDATE_COMPLETIONS=1 cargo test committed_completions` rewrites them.

use std::path::Path;

use crate::common::Env;

#[test]
fn committed_completions_are_current() {
    let env = Env::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("UPDATE_COMPLETIONS").is_some();
    let mut stale = Vec::new();
    for (shell, file) in [
        ("bash", "lmsctl.bash"),
        ("zsh", "_lmsctl"),
        ("fish", "lmsctl.fish"),
        ("powershell", "_lmsctl.ps1"),
        ("elvish", "lmsctl.elv"),
    ] {
        let generated = env.ok(&["completions", shell]);
        assert!(generated.contains("lmsctl"), "{shell}: {generated}");
        let path = dir.join(file);
        if update {
            std::fs::write(&path, &generated).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(generated.as_str()) {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "completions/{stale:?} are stale: run `UPDATE_COMPLETIONS=1 cargo test committed_completions` and commit them"
    );
}
