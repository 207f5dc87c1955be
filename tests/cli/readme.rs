//! The README is a story that runs: its ` ```sh ` blocks, in order, against a fresh
//! store, with the same cleared environment as every test (`LMSCTL_TODAY` fixed, a
//! temp HOME and XDG dirs, the keyring replaced by a file).
//!
//! Conventions the README follows (and this test enforces):
//! - Every command must exit 0, unless its comment says otherwise: `# exit 65: ...`
//!   documents a command that fails on purpose; it must fail with that code and
//!   print a `hint:` line.
//! - The blocks run through bash, one after another in one shell, as a reader would
//!   type them: `export`, pipes, redirections, `\` continuations and background jobs
//!   (`lmsctl serve ... &`) work as they do there. `lmsctl` is the binary under test.
//! - ` ```console ` blocks are transcripts: `$ COMMAND` and then exactly what it
//!   prints (stdout, then stderr). They run in the story too, and must print that.
//! - A block after `<!-- not run by the README test: ... -->` is skipped; it may hold
//!   only `cargo` commands (building and testing lmsctl itself: running `cargo test`
//!   inside `cargo test` would recurse).
//! - The server the remote-store block starts listens on port 8443 in the README; the
//!   test gives it a free port instead, so that test runs never collide.
//!
//! The blocks read the example files from `examples/` (copied into the test's
//! directory, where the story runs).

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::Env;

/// The day the story happens on (the README exports the same `LMSCTL_TODAY`).
const TODAY: &str = "2026-11-02";

/// The marker before a block that is not run.
const SKIP: &str = "<!-- not run by the README test:";

/// The port the README's server listens on.
const README_PORT: &str = ":8443";

/// How long the whole story may take (debug binary, shared 2-core machine).
const LIMIT: Duration = Duration::from_secs(600);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Shell,
    Transcript,
}

/// One command of the story.
#[derive(Debug)]
struct Step {
    /// Line in README.md where the command starts.
    line: usize,
    kind: Kind,
    /// As written, continuation lines included.
    text: String,
    /// The exit code the README documents (`# exit N`), else 0.
    exit: i32,
    /// For a transcript: what it must print.
    output: String,
}

/// The steps of every block that runs, in order.
fn steps(readme: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut lines = readme.lines().enumerate();
    let mut previous = "";
    while let Some((at, line)) = lines.next() {
        let Some(info) = line.strip_prefix("```") else {
            if !line.trim().is_empty() {
                previous = line;
            }
            continue;
        };
        let kind = match info.trim() {
            "sh" => Some(Kind::Shell),
            "console" => Some(Kind::Transcript),
            _ => None,
        };
        let mut body = Vec::new();
        for (number, line) in lines.by_ref() {
            if line.starts_with("```") {
                break;
            }
            body.push((number + 1, line));
        }
        let skipped = previous.starts_with(SKIP);
        previous = "";
        match kind {
            Some(Kind::Shell) if skipped => {
                for (number, line) in &body {
                    let command = line.trim();
                    let words: Vec<&str> = command
                        .split_whitespace()
                        .skip_while(|w| w.contains('='))
                        .collect();
                    assert!(
                        command.is_empty() || command.starts_with('#') || words.first() == Some(&"cargo"),
                        "README.md:{number}: a skipped block may hold only cargo commands: {line}"
                    );
                }
            }
            Some(Kind::Shell) => steps.extend(shell_steps(&body)),
            Some(Kind::Transcript) => steps.extend(transcript_steps(&body)),
            None => assert!(
                !info.trim().is_empty() || !body.iter().any(|(_, l)| l.starts_with("$ ")),
                "README.md:{}: a transcript is a ```console block",
                at + 1
            ),
        }
    }
    steps
}

/// The commands of a shell block: continuation lines joined, comment lines left out.
fn shell_steps(body: &[(usize, &str)]) -> Vec<Step> {
    let mut steps: Vec<Step> = Vec::new();
    let mut continued = false;
    for (number, line) in body {
        if continued {
            let step = steps.last_mut().expect("a command to continue");
            step.text.push('\n');
            step.text.push_str(line);
        } else if !line.trim().is_empty() && !line.trim_start().starts_with('#') {
            steps.push(Step {
                line: *number,
                kind: Kind::Shell,
                text: (*line).to_owned(),
                exit: 0,
                output: String::new(),
            });
        }
        continued = line.ends_with('\\');
    }
    for step in &mut steps {
        step.exit = documented_exit(&step.text);
    }
    steps
}

/// The commands of a transcript, each with what it prints.
fn transcript_steps(body: &[(usize, &str)]) -> Vec<Step> {
    let mut steps: Vec<Step> = Vec::new();
    for (number, line) in body {
        if let Some(command) = line.strip_prefix("$ ") {
            steps.push(Step {
                line: *number,
                kind: Kind::Transcript,
                text: command.to_owned(),
                exit: documented_exit(command),
                output: String::new(),
            });
        } else {
            let step = steps.last_mut().expect("a transcript starts with '$ COMMAND'");
            step.output.push_str(line);
            step.output.push('\n');
        }
    }
    steps
}

/// `N` from a trailing `# exit N` (or `# exit N: why`), else 0.
fn documented_exit(command: &str) -> i32 {
    let last = command.lines().last().unwrap_or_default();
    last.split_once(" # exit ")
        .and_then(|(_, rest)| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|code| code.parse().ok())
        .unwrap_or(0)
}

/// The story as one bash script: each step's output goes to files of its own, and
/// the first step that exits other than documented ends it.
fn script(steps: &[Step], out: &Path) -> String {
    let mut script = String::from(
        "set -o pipefail\n\
         check() { if [ \"$1\" -ne \"$2\" ]; then echo \"$3 $1\" > \"$OUT/failed\"; exit 1; fi; }\n",
    );
    script.push_str(&format!("OUT='{}'\n", out.display()));
    for (i, step) in steps.iter().enumerate() {
        // The newline before `}` ends a trailing comment.
        script.push_str(&format!(
            "{{ {}\n}} > \"$OUT/{i}.out\" 2> \"$OUT/{i}.err\"\ncheck $? {} {i}\n",
            step.text, step.exit
        ));
    }
    script.push_str("echo done > \"$OUT/done\"\n");
    script
}

/// A port nobody listens on right now.
fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().unwrap().port()
}

#[test]
fn the_readme_runs_as_a_story() {
    if crate::common::remote() {
        return; // It runs its own server; the remote run adds nothing to it.
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let port = format!(":{}", free_port());
    let steps = steps(&readme.replace(README_PORT, &port));
    assert!(
        steps.len() > 80,
        "the README's story has {} commands",
        steps.len()
    );
    assert!(
        steps.iter().any(|s| s.text.contains("lmsctl serve")),
        "the remote store runs too"
    );

    let env = Env::new();
    let dir = env.dir();
    // The example files, where the README expects them.
    std::fs::create_dir(dir.join("examples")).unwrap();
    for entry in std::fs::read_dir(root.join("examples")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "csv" || e == "sh") {
            std::fs::copy(&path, dir.join("examples").join(path.file_name().unwrap())).unwrap();
        }
    }
    // `lmsctl` on PATH is the binary under test.
    let bin = dir.join("bin");
    std::fs::create_dir(&bin).unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_lmsctl"), bin.join("lmsctl")).unwrap();
    let out = dir.join("steps");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(dir.join("readme.sh"), script(&steps, &out)).unwrap();

    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let home = dir.join("home");
    std::fs::create_dir(&home).unwrap();
    let mut command = std::process::Command::new("bash");
    command
        .arg(dir.join("readme.sh"))
        .env_clear()
        .env("PATH", path)
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("USER", "tester")
        .env("COLUMNS", "200")
        .env("NO_COLOR", "1")
        .env("LMSCTL_TODAY", TODAY)
        .env("LMSCTL_KEYRING_FILE", dir.join("keyring.ron"))
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        // A group of its own, so that whatever the story leaves running goes with it.
        .process_group(0);
    if crate::common::on_postgres() {
        // The story's default store is the env's database.
        command.env("LMSCTL_STORE", env.location());
    }
    let mut child = command.spawn().expect("bash");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > LIMIT {
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    // SAFETY: kill(2) on the process group of our own child.
    unsafe {
        libc::kill(-(child.id() as i32), libc::SIGKILL);
    }
    let _ = child.wait();

    let read = |name: String| std::fs::read_to_string(out.join(name)).unwrap_or_default();
    let shown = |i: usize| {
        format!(
            "README.md:{}: {}\n--- stdout\n{}--- stderr\n{}",
            steps[i].line,
            steps[i].text,
            read(format!("{i}.out")),
            read(format!("{i}.err"))
        )
    };
    if let Some((i, code)) = read("failed".into()).split_once(' ') {
        let i: usize = i.parse().unwrap();
        panic!(
            "exit {} where the README documents {}:\n{}",
            code.trim(),
            steps[i].exit,
            shown(i)
        );
    }
    let ran = (0..steps.len())
        .take_while(|i| out.join(format!("{i}.err")).exists())
        .count();
    assert!(
        status.is_some() && read("done".into()) == "done\n",
        "the story stopped after {} s ({status:?}) at:\n{}",
        started.elapsed().as_secs(),
        shown(ran.saturating_sub(1))
    );
    for (i, step) in steps.iter().enumerate() {
        let (stdout, stderr) = (read(format!("{i}.out")), read(format!("{i}.err")));
        assert!(!stderr.contains("panicked"), "{}", shown(i));
        if step.exit != 0 {
            assert!(
                stderr.lines().any(|l| l.starts_with("hint: ")),
                "a documented failure says what to do next:\n{}",
                shown(i)
            );
        }
        if step.kind == Kind::Transcript {
            assert_eq!(
                format!("{stdout}{stderr}"),
                step.output,
                "the transcript differs from what it prints:\n{}",
                shown(i)
            );
        }
    }
}

#[test]
fn the_readme_conventions_are_read_as_documented() {
    let readme = "\
intro
```sh
export X=1          # a comment
lmsctl a \\
    --b c           # exit 65: why
# only a comment
```
<!-- not run by the README test: builds lmsctl -->
```sh
cargo build
LMSCTL_TEST_REMOTE=1 cargo test
```
```console
$ lmsctl bad    # exit 2
error: bad
hint: good
```
```
not run
```
";
    let steps = steps(readme);
    let texts: Vec<&str> = steps.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "export X=1          # a comment",
            "lmsctl a \\\n    --b c           # exit 65: why",
            "lmsctl bad    # exit 2"
        ]
    );
    assert_eq!(
        steps.iter().map(|s| (s.line, s.exit)).collect::<Vec<_>>(),
        [(3, 0), (4, 65), (14, 2)]
    );
    assert_eq!(steps[2].output, "error: bad\nhint: good\n");
}
