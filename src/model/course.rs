//! Courses, assignments, enrollments, completions and certificates, and the one
//! status model every command and report uses.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::UserSel;
use super::value::Period;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Course {
    pub id: i64,
    /// The tenant that owns the course (for an inherited course: an ancestor).
    pub tenant: String,
    pub code: String,
    pub title: String,
    pub description: Option<String>,
    pub mandatory: bool,
    /// Certificate validity, e.g. `12m`; a course with one recurs.
    pub valid_for: Option<Period>,
    pub shared: bool,
    /// Whether the course comes from an ancestor tenant's shared catalogue.
    pub inherited: bool,
    pub archived: bool,
    #[serde(with = "crate::model::time::rfc3339")]
    #[schemars(with = "String")]
    pub created_at: DateTime<Utc>,
}

/// A course's figures in one tenant on a day (`course show --stats`): its enrollments
/// by status, and the completions recorded by then.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CourseStats {
    pub code: String,
    pub title: String,
    /// The tenant whose users are counted.
    pub tenant: String,
    /// The day the statuses are for.
    pub as_of: NaiveDate,
    /// Enrollments of the tenant's active users (one per user).
    pub enrolled: u64,
    /// Of them: not started yet.
    pub assigned: u64,
    pub in_progress: u64,
    /// Completed with a certificate still valid beyond the expiring window.
    pub completed: u64,
    /// Completed, with a certificate running out within the expiring window.
    pub expiring: u64,
    pub expired: u64,
    pub overdue: u64,
    /// `completed` and `expiring` of `enrolled`, in percent, one decimal.
    pub completion_rate: f64,
    /// Completions recorded by the tenant's users up to the day (renewals each count).
    pub completions: u64,
    /// Their average score, where one was recorded.
    pub average_score: Option<f64>,
    pub last_completed_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct NewCourse {
    pub code: String,
    pub title: String,
    pub description: Option<String>,
    pub mandatory: bool,
    pub valid_for: Option<Period>,
    pub shared: bool,
}

/// Changes to a course; `None` leaves a field alone.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct CoursePatch {
    pub title: Option<String>,
    /// `Some("")` removes the description.
    pub description: Option<String>,
    pub mandatory: Option<bool>,
    /// `Some(None)` makes the course non-recurring.
    #[serde(
        default,
        deserialize_with = "super::value::double_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub valid_for: Option<Option<Period>>,
    pub shared: Option<bool>,
}

/// Whom an assignment reaches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AssignTarget {
    User(UserSel),
    Group(String),
    /// Every user of the tenant, including those who join later.
    AllUsers,
}

/// When an assigned course is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Due {
    None,
    On(NaiveDate),
    /// This many days after the user got the course.
    AfterAssign(u32),
    /// This many days after the user's start date (onboarding).
    AfterStart(u32),
}

/// As people read it: `2027-03-31`, `30 days after assignment`.
impl std::fmt::Display for Due {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let days = |n: u32| {
            if n == 1 {
                "1 day".to_owned()
            } else {
                format!("{n} days")
            }
        };
        match self {
            Due::None => f.write_str("no due date"),
            Due::On(date) => write!(f, "{}", date.format("%Y-%m-%d")),
            Due::AfterAssign(n) => write!(f, "{} after assignment", days(*n)),
            Due::AfterStart(n) => write!(f, "{} after the start date", days(*n)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct NewAssignment {
    pub course: String,
    pub target: AssignTarget,
    pub due: Due,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Assignment {
    pub id: i64,
    pub tenant: String,
    pub course: String,
    /// `user:ID`, `group:NAME` or `all-users`.
    pub target: String,
    pub due: Due,
    /// Users the assignment reaches now.
    pub users: u64,
    #[serde(with = "crate::model::time::rfc3339")]
    #[schemars(with = "String")]
    pub created_at: DateTime<Utc>,
}

/// The status of one user in one course, on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Assigned,
    InProgress,
    Completed,
    Overdue,
    Expiring,
    Expired,
}

impl Status {
    /// Every status, in the order lists of them are written.
    pub const ALL: [Status; 6] = [
        Status::Assigned,
        Status::InProgress,
        Status::Completed,
        Status::Overdue,
        Status::Expiring,
        Status::Expired,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Assigned => "assigned",
            Status::InProgress => "in-progress",
            Status::Completed => "completed",
            Status::Overdue => "overdue",
            Status::Expiring => "expiring",
            Status::Expired => "expired",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The day statuses are computed for, and how early a certificate counts as expiring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AsOf {
    pub date: NaiveDate,
    pub expiring_within_days: u32,
}

/// Filters for `assign list`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct EnrollmentQuery {
    pub course: Option<String>,
    pub user: Option<UserSel>,
    pub status: Option<Status>,
    /// 0 means no limit.
    pub limit: u64,
    pub offset: u64,
}

/// One user in one course: `assign list`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Enrollment {
    pub user_id: i64,
    pub external_id: Option<String>,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub course: String,
    pub title: String,
    pub mandatory: bool,
    pub status: Status,
    pub assigned_on: NaiveDate,
    /// When it is (or was) due; for an expired certificate, the day it expired.
    pub due_on: Option<NaiveDate>,
    pub progress: u8,
    pub completed_on: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
    pub certificate: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NewCompletion {
    pub course: String,
    pub user: UserSel,
    pub date: NaiveDate,
    pub score: Option<f64>,
}

/// A certificate: the proof of one completion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Certificate {
    pub serial: String,
    pub user_id: i64,
    pub external_id: Option<String>,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub course: String,
    pub title: String,
    pub completed_on: NaiveDate,
    pub score: Option<f64>,
    pub expires_on: Option<NaiveDate>,
    /// `valid`, `expiring`, `expired`, or `superseded` by a later completion.
    pub state: String,
}

/// Filters for `certificate list`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct CertificateQuery {
    pub course: Option<String>,
    pub user: Option<UserSel>,
    pub limit: u64,
}

/// Why someone should get a mail now: `remind`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Reminder {
    /// `due-soon`, `overdue`, `expiring` or `expired`.
    pub reason: String,
    pub user_id: i64,
    pub external_id: Option<String>,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub locale: Option<String>,
    pub course: String,
    pub title: String,
    pub due_on: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
    pub manager_email: Option<String>,
    pub manager_name: Option<String>,
}
