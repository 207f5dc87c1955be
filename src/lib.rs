/*!
lmsctl: administer a learning management system from the shell.

The binary is a thin shell around this library: [`cli`] parses and prints, [`core`]
holds the rules both the command line and the server check, [`store`] does the work
behind one trait, [`model`] holds the shared domain types, and
[`output`] renders every result.
*/

pub mod api;
pub mod cli;
pub mod config;
pub mod core;
pub mod credentials;
pub mod error;
pub mod import;
pub mod model;
pub mod output;
pub mod private_file;
pub mod rule;
pub mod server;
pub mod store;

pub use error::{Error, ErrorKind, Result};
