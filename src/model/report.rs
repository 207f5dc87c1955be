//! Report rows: compliance figures, overdue people, expiring certificates, active
//! users for billing, and the tenant tree at a glance.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How `report compliance` groups its figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ComplianceBy {
    #[default]
    Course,
    Group,
    Department,
    Location,
    Tenant,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct ComplianceQuery {
    pub course: Option<String>,
    pub group: Option<String>,
    pub by: ComplianceBy,
    pub include_children: bool,
}

/// Figures for one course, group, department, location or tenant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ComplianceRow {
    /// The course code, group name, department, location or tenant slug.
    pub key: String,
    /// Enrollments (one per user and course).
    pub assigned: u64,
    /// Completed with a certificate still valid (`completed` and `expiring`).
    pub completed: u64,
    pub in_progress: u64,
    pub overdue: u64,
    pub expired: u64,
    /// `completed / assigned` in percent, one decimal.
    pub completion_rate: f64,
    /// Of `completed`, the certificates running out within `--expiring-within` (last,
    /// so that the CSV columns before it keep their places; absent from older servers).
    #[serde(default)]
    pub expiring: u64,
}

/// One person overdue on one mandatory course.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OverdueRow {
    pub tenant: String,
    pub user_id: i64,
    pub external_id: Option<String>,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub course: String,
    pub title: String,
    /// The day it was due (overdue since the day after).
    pub due_on: NaiveDate,
    pub days_overdue: i64,
    pub manager_email: Option<String>,
}

/// One certificate running out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ExpiringRow {
    pub tenant: String,
    pub user_id: i64,
    pub external_id: Option<String>,
    pub email: String,
    pub course: String,
    pub serial: String,
    pub expires_on: NaiveDate,
    pub days_left: i64,
}

/// Distinct users with learning activity in a period, per tenant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ActiveUsersRow {
    pub tenant: String,
    pub period: String,
    pub active_users: u64,
}

/// A tenant of the tree at a glance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TenantRow {
    pub tenant: String,
    pub parent: Option<String>,
    pub users: u64,
    /// Distinct users active in the month of the report's day.
    pub active_users: u64,
    pub assigned: u64,
    pub completed: u64,
    pub overdue: u64,
    pub completion_rate: f64,
}

/// The first and last day of a period written `YYYY-MM` or `YYYY`.
pub fn period_bounds(period: &str) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    let (first, months) = match period.trim().split_once('-') {
        Some((year, month)) => (
            chrono::NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, 1)?,
            1,
        ),
        None => (
            chrono::NaiveDate::from_ymd_opt(period.trim().parse().ok()?, 1, 1)?,
            12,
        ),
    };
    let last = first
        .checked_add_months(chrono::Months::new(months))?
        .pred_opt()?;
    Some((first, last))
}

/// `completed` of `assigned` in percent, to one decimal (0 when nothing is assigned).
pub fn completion_rate(completed: u64, assigned: u64) -> f64 {
    if assigned == 0 {
        0.0
    } else {
        (completed as f64 * 1000.0 / assigned as f64).round() / 10.0
    }
}
