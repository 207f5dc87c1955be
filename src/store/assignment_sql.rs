/*!
What the SQL backends share of assignments and a course's figures: which users an
assignment reaches (SQL that SQLite and PostgreSQL both take), how an assignment's
target and due date are stored and read back, and a course's figures from its counts
by status.
*/

use chrono::NaiveDate;

use crate::model::{AsOf, AssignTarget, Course, CourseStats, Due, Status, completion_rate};

/// Whether assignment `a` reaches user `u` (of `a`'s tenant).
pub const REACHES: &str = "(a.target = 'tenant'
        OR (a.target = 'user' AND a.user_id = u.id)
        OR (a.target = 'group' AND EXISTS (SELECT 1 FROM group_member m WHERE m.group_id = a.group_id AND m.user_id = u.id)))";

/// The stored kind of an assignment's target.
pub fn target_key(target: &AssignTarget) -> &'static str {
    match target {
        AssignTarget::User(_) => "user",
        AssignTarget::Group(_) => "group",
        AssignTarget::AllUsers => "tenant",
    }
}

/// An assignment's target as lmsctl shows it, from the stored kind, user id and group name.
pub fn target_text(kind: &str, user_id: Option<i64>, group: Option<String>) -> String {
    match kind {
        "user" => format!("user:id:{}", user_id.unwrap_or_default()),
        "group" => format!("group:{}", group.unwrap_or_default()),
        _ => "all-users".to_owned(),
    }
}

/// The stored columns of a due date: kind, day, number of days.
pub fn due_columns(due: Due) -> (&'static str, Option<NaiveDate>, Option<u32>) {
    match due {
        Due::None => ("none", None, None),
        Due::On(date) => ("date", Some(date), None),
        Due::AfterAssign(days) => ("after_assign", None, Some(days)),
        Due::AfterStart(days) => ("after_start", None, Some(days)),
    }
}

/// A due date from its stored columns.
pub fn due_of(kind: &str, date: Option<NaiveDate>, days: Option<u32>) -> Due {
    match (kind, date, days) {
        ("date", Some(date), _) => Due::On(date),
        ("after_assign", _, Some(days)) => Due::AfterAssign(days),
        ("after_start", _, Some(days)) => Due::AfterStart(days),
        _ => Due::None,
    }
}

/// What a course's completions by `as_of` were.
pub struct Completions {
    pub count: u64,
    pub average_score: Option<f64>,
    pub last_on: Option<NaiveDate>,
}

/// A course's figures among a tenant's users: its enrollments counted by status name,
/// and its completions.
pub fn course_stats(
    course: Course,
    tenant: &str,
    as_of: AsOf,
    counts: &[(String, u64)],
    completions: Completions,
) -> CourseStats {
    let count = |status: Status| {
        counts
            .iter()
            .find(|(name, _)| name == status.as_str())
            .map_or(0, |(_, n)| *n)
    };
    let enrolled = counts.iter().map(|(_, n)| n).sum();
    let completed = count(Status::Completed);
    let expiring = count(Status::Expiring);
    CourseStats {
        code: course.code,
        title: course.title,
        tenant: tenant.to_owned(),
        as_of: as_of.date,
        enrolled,
        assigned: count(Status::Assigned),
        in_progress: count(Status::InProgress),
        completed,
        expiring,
        expired: count(Status::Expired),
        overdue: count(Status::Overdue),
        completion_rate: completion_rate(completed + expiring, enrolled),
        completions: completions.count,
        average_score: completions
            .average_score
            .map(|score| (score * 10.0).round() / 10.0),
        last_completed_on: completions.last_on,
    }
}
