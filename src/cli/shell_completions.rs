//! `lmsctl completions SHELL`: shell completion scripts generated from the clap
//! definitions (not to be confused with course completions, `lmsctl complete`).

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::error::Result;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish.
    shell: Shell,
}

pub fn run(args: &CompletionsArgs) -> Result<()> {
    let mut cmd = super::Cli::command();
    clap_complete::generate(args.shell, &mut cmd, "lmsctl", &mut std::io::stdout());
    Ok(())
}
