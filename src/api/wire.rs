/*!
The bodies, query strings and answers of the endpoints whose parameters are not one
model type: a use case's parameters as one object (the request types of the server's
handlers and of the remote store alike), and what the staged imports exchange.
*/

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::{AssignTarget, UserSel, UserStatus};

#[derive(Debug, Default, Serialize, Deserialize, JsonSchema)]
pub struct Children {
    #[serde(default)]
    pub include_children: bool,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct Within {
    pub within_days: u32,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct PeriodQuery {
    pub period: String,
    /// The last day counted.
    pub as_of: NaiveDate,
}

#[derive(Debug, Default, Serialize, Deserialize, JsonSchema)]
pub struct Archived {
    #[serde(default)]
    pub archived: bool,
}

#[derive(Debug, Default, Serialize, Deserialize, JsonSchema)]
pub struct Deletion {
    #[serde(default)]
    pub cascade: bool,
    #[serde(default)]
    pub dry_run: bool,
}

#[derive(Debug, Default, Serialize, Deserialize, JsonSchema)]
pub struct TokenQuery {
    pub tenant: Option<String>,
}

#[derive(Debug, Default, Serialize, Deserialize, JsonSchema)]
pub struct Anchor {
    pub anchor: Option<String>,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct Day {
    pub as_of: NaiveDate,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct RequestsQuery {
    #[serde(default)]
    pub overdue_only: bool,
    pub as_of: NaiveDate,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct Notice {
    pub notice: String,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct StatusChange {
    pub status: UserStatus,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct Members {
    pub users: Vec<UserSel>,
    pub add: bool,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct Unassign {
    pub course: String,
    pub target: AssignTarget,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct Progress {
    pub course: String,
    pub user: UserSel,
    pub percent: u8,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct Export {
    pub user: UserSel,
    pub request: Option<i64>,
    pub xapi: bool,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct Erase {
    pub user: UserSel,
    pub request: Option<i64>,
    pub dry_run: bool,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct Anonymize {
    pub since: NaiveDate,
    pub dry_run: bool,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct DryRun {
    pub dry_run: bool,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct Close {
    pub note: String,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct ConsentChange {
    pub notice: String,
    pub date: NaiveDate,
    /// True to withdraw, false to record.
    pub withdraw: bool,
}

/// Starts an import of users: the spec, and how many changes of each kind the
/// client keeps (`None`: all).
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct ImportStart {
    pub spec: crate::model::ImportSpec,
    pub changes_wanted: Option<usize>,
}

/// Starts an import of completions.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct CompletionsStart {
    pub file: String,
    pub apply: bool,
    pub skip_invalid: bool,
}

/// A staged import was started: the session to send its rows to.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct Staged {
    pub session: String,
}

/// A batch was staged: how many rows (or changes) the session holds now.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct StagedCount {
    pub staged: u64,
}

/// One line of the answer to finishing an import (NDJSON), in this order: the
/// store's state the import was planned against, the planned changes (as many of
/// each kind as the client asked for) and the rejected rows in line order, then
/// the report or the error that ended it.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[schemars(rename = "ImportEvent_{F}")]
pub enum Event<F> {
    Begin { store_head: String },
    Change(crate::model::Change),
    Reject(Reject<F>),
    Report(serde_json::Value),
    Error(crate::Error),
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[schemars(rename = "Reject_{F}")]
pub struct Reject<F> {
    pub line: u64,
    pub field: F,
    pub message: String,
}

/// A row with its line in the input.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct Row {
    pub line: u64,
    pub row: crate::model::ImportRow,
}

/// What a token is: its tenant (`null`: the whole store), role and reach.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct WhoAmI {
    pub tenant: Option<String>,
    pub role: crate::model::Role,
    /// The tenants it reaches: its own and every one below it.
    pub tenants: Vec<String>,
}

/// Every error answer: the error's kind (which decides the client's exit code),
/// what failed, and what to do next.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct ErrorBody {
    pub error: crate::error::Error,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct Unsuppress {
    pub kind: String,
    pub value: String,
}
