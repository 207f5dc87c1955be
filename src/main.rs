//! The `lmsctl` binary: parse the command line, run it, turn an error into a message and an exit code.

use clap::Parser;

fn main() {
    let cli = lmsctl::cli::Cli::parse();
    if let Err(err) = lmsctl::cli::run(cli) {
        eprintln!("error: {}", err.message);
        if let Some(hint) = &err.hint {
            eprintln!("hint: {hint}");
        }
        std::process::exit(err.exit_code());
    }
}
