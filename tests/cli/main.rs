//! Integration tests: the real `lmsctl` binary on real SQLite stores in temp dirs.
//! One test binary with modules, so the crate is linked once.

mod audit;
mod common;
mod completions;
mod course;
mod gdpr;
mod group;
mod import;
mod output;
mod remote;
mod report;
mod server;
mod store;
mod tenant;
mod token;
mod user;
