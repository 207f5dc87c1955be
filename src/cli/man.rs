//! `lmsctl man DIR`: the man pages, generated from the clap definitions like the
//! completion scripts: `lmsctl.1` and one page per command (`lmsctl-import-users.1`),
//! as git has them. The pages are committed under `man/` for packagers; a test fails
//! when they are stale.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory};

use super::Context;
use crate::error::{Error, Result};

#[derive(Debug, Args)]
pub struct ManArgs {
    /// An empty directory to write the pages into (existing pages are never overwritten).
    dir: PathBuf,
}

pub fn run(ctx: &Context, args: &ManArgs) -> Result<()> {
    let mut cmd = super::Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut written = 0;
    write_pages(&cmd, &args.dir, &mut written)?;
    ctx.out
        .status(format!("wrote {written} man pages to {}", args.dir.display()));
    Ok(())
}

/// The page of `cmd` and those of its visible subcommands, depth first.
fn write_pages(cmd: &clap::Command, dir: &Path, written: &mut usize) -> Result<()> {
    for sub in cmd.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        write_pages(sub, dir, written)?;
    }
    let man = clap_mangen::Man::new(cmd.clone());
    let path = dir.join(man.get_filename());
    let mut page = Vec::new();
    man.render(&mut page)
        .map_err(|e| Error::io("render the man page", &path, e))?;
    // create_new: never through a symlink, never over a file that is there.
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o644)
        .open(&path)
        .and_then(|mut file| file.write_all(&page))
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => Error::failure(format!("{} exists already", path.display()))
                .with_hint("write the man pages into an empty directory"),
            _ => Error::io("write the man page", &path, e),
        })?;
    *written += 1;
    Ok(())
}
