//! Assignments and enrollments: who must take which course by when, and their progress.

use super::{Lms, hints};
use crate::error::Result;
use crate::model::*;

impl Lms {
    /// Assigns a course (idempotent: the same target again only changes the due date).
    pub fn assign(&self, tenant: &str, assignment: &NewAssignment) -> Result<Assignment> {
        self.backend
            .assign(tenant, assignment)
            .map_err(|e| hints::explain(e, tenant))
    }

    pub fn unassign(&self, tenant: &str, course: &str, target: &AssignTarget) -> Result<Assignment> {
        self.backend
            .unassign(tenant, course, target)
            .map_err(|e| hints::explain(e, tenant))
    }

    /// One row per user and course, with the status on `as_of`.
    pub fn enrollments(&self, tenant: &str, query: &EnrollmentQuery, as_of: AsOf) -> Result<Vec<Enrollment>> {
        self.backend
            .enrollments(tenant, query, as_of)
            .map_err(|e| hints::explain(e, tenant))
    }

    pub fn set_progress(&self, tenant: &str, course: &str, user: &UserSel, percent: u8) -> Result<()> {
        self.backend
            .set_progress(tenant, course, user, percent)
            .map_err(|e| match e.about {
                Some("enrollment") => hints::add(
                    e,
                    format!("assign it first: lmsctl assign {} --user {user}", course.trim()),
                ),
                _ => hints::explain(e, tenant),
            })
    }

    /// What to remind people of on `as_of`, looking `within_days` ahead.
    pub fn reminders(&self, tenant: &str, within_days: u32, as_of: AsOf) -> Result<Vec<Reminder>> {
        self.backend
            .reminders(tenant, within_days, as_of)
            .map_err(|e| hints::explain(e, tenant))
    }
}
