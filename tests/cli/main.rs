//! Integration tests: the real `lmsctl` binary on real SQLite stores in temp dirs.
//! One test binary with modules, so the crate is linked once.

mod audit;
mod common;
mod conformance;
mod course;
mod gdpr;
mod group;
mod help;
mod hints;
mod import;
mod output;
mod postgres;
mod postgres_cli;
mod postgres_concurrency;
mod postgres_login;
mod postgres_people;
mod postgres_reports;
mod postgres_store;
mod readme;
mod remote;
mod report;
mod report_html;
mod server;
mod shell_completions;
mod store;
mod store_copy;
mod tenant;
mod token;
mod trust;
mod user;
