//! The course catalogue: a tenant's own courses and its ancestors' shared ones.

use super::Lms;
use crate::error::Result;
use crate::model::*;

impl Lms {
    pub fn create_course(&self, tenant: &str, course: &NewCourse) -> Result<Course> {
        self.backend.create_course(tenant, course)
    }

    /// The tenant's catalogue: its own courses and its ancestors' shared ones.
    pub fn courses(&self, tenant: &str, archived: bool) -> Result<Vec<Course>> {
        self.backend.courses(tenant, archived)
    }

    pub fn course(&self, tenant: &str, code: &str) -> Result<Course> {
        self.backend.course(tenant, code)
    }

    pub fn update_course(&self, tenant: &str, code: &str, patch: &CoursePatch) -> Result<Course> {
        self.backend.update_course(tenant, code, patch)
    }

    pub fn archive_course(&self, tenant: &str, code: &str) -> Result<Course> {
        self.backend.archive_course(tenant, code)
    }
}
