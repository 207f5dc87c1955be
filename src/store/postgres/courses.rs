//! Courses in PostgreSQL: the catalogue, shared down the tenant tree, and a course's figures.

use super::{PostgresStore, not_yet};
use crate::error::Result;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use crate::store::Sink;

pub fn create_course(store: &PostgresStore, tenant: &str, course: &NewCourse) -> Result<Course> {
    let _ = (store, tenant, course);
    Err(not_yet("create_course"))
}

pub fn courses(store: &PostgresStore, tenant: &str, archived: bool) -> Result<Vec<Course>> {
    let _ = (store, tenant, archived);
    Err(not_yet("courses"))
}

pub fn course(store: &PostgresStore, tenant: &str, code: &str) -> Result<Course> {
    let _ = (store, tenant, code);
    Err(not_yet("course"))
}

pub fn update_course(store: &PostgresStore, tenant: &str, code: &str, patch: &CoursePatch) -> Result<Course> {
    let _ = (store, tenant, code, patch);
    Err(not_yet("update_course"))
}

pub fn archive_course(store: &PostgresStore, tenant: &str, code: &str) -> Result<Course> {
    let _ = (store, tenant, code);
    Err(not_yet("archive_course"))
}

pub fn course_stats(store: &PostgresStore, tenant: &str, code: &str, as_of: AsOf) -> Result<CourseStats> {
    let _ = (store, tenant, code, as_of);
    Err(not_yet("course_stats"))
}

pub(super) fn find(tx: &mut postgres::Transaction<'_>, tenant_id: i64, code: &str) -> Result<Course> {
    let _ = (tx, tenant_id, code);
    Err(not_yet("find"))
}
