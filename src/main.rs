//! The `lmsctl` binary: parse the command line, run it, turn an error into a message and an exit code.

use clap::Parser;
use lmsctl::core::fields::escape_controls;

fn main() {
    let cli = lmsctl::cli::Cli::parse();
    if let Err(err) = lmsctl::cli::run(cli) {
        // Messages quote what users and files said: never raw control characters.
        eprintln!("error: {}", escape_controls(&err.message, true));
        if let Some(hint) = &err.hint {
            eprintln!("hint: {}", escape_controls(hint, true));
        }
        std::process::exit(err.exit_code());
    }
}
