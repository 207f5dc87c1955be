/*!
The course catalogue: a tenant's own courses and its ancestors' shared ones. What a
course's code, title and description may be, and that only the tenant that owns a
course changes it, are checked here before a backend stores anything.
*/

use super::fields::{self, limits};
use super::{Lms, hints};
use crate::error::{Error, Result};
use crate::model::*;

impl Lms {
    pub fn create_course(&self, tenant: &str, course: &NewCourse) -> Result<Course> {
        let course = check_new(course)?;
        self.backend
            .create_course(tenant, &course)
            .map_err(|e| explain(e, tenant))
    }

    /// The tenant's catalogue: its own courses and its ancestors' shared ones.
    pub fn courses(&self, tenant: &str, archived: bool) -> Result<Vec<Course>> {
        self.backend
            .courses(tenant, archived)
            .map_err(|e| explain(e, tenant))
    }

    pub fn course(&self, tenant: &str, code: &str) -> Result<Course> {
        self.backend.course(tenant, code).map_err(|e| explain(e, tenant))
    }

    /// A course's figures among the tenant's active users on `as_of`: enrollments by
    /// status (the status model of [`super::status`]) and the completions recorded.
    pub fn course_stats(&self, tenant: &str, code: &str, as_of: AsOf) -> Result<CourseStats> {
        self.backend
            .course_stats(tenant, code, as_of)
            .map_err(|e| explain(e, tenant))
    }

    pub fn update_course(&self, tenant: &str, code: &str, patch: &CoursePatch) -> Result<Course> {
        let patch = check_patch(patch)?;
        let course = self.own_course(tenant, code)?;
        self.backend
            .update_course(tenant, &course.code, &patch)
            .map_err(|e| explain(e, tenant))
    }

    pub fn archive_course(&self, tenant: &str, code: &str) -> Result<Course> {
        let course = self.own_course(tenant, code)?;
        self.backend
            .archive_course(tenant, &course.code)
            .map_err(|e| explain(e, tenant))
    }

    /// A course of the tenant's own: a shared course is changed only by its owner.
    fn own_course(&self, tenant: &str, code: &str) -> Result<Course> {
        let course = self.course(tenant, code)?;
        if course.inherited {
            return Err(Error::refused(format!(
                "course '{}' belongs to tenant '{}' and is shared with '{tenant}'; it can only be changed there",
                course.code, course.tenant
            ))
            .with_hint(format!(
                "change it with `lmsctl --tenant {} course update {}`",
                course.tenant, course.code
            )));
        }
        Ok(course)
    }
}

/// The hints of the course area's refusals.
fn explain(err: Error, tenant: &str) -> Error {
    let hint = match err.about {
        Some("course.exists") => "course codes are unique per tenant (ignoring case); choose another code",
        Some("course.inherited-code") => "assign the inherited course, or choose another code",
        Some("course.code-below") => "choose another code, or rename the child's course",
        Some("course.shared-in-use") => "remove its assignments in the child tenants first",
        _ => return hints::explain(err, tenant),
    };
    hints::add(err, hint)
}

fn title(title: &str, empty: &'static str, example: &'static str) -> Result<String> {
    let title = fields::line("--title", title, limits::NAME)?;
    if title.is_empty() {
        return Err(Error::usage(empty).with_hint(example));
    }
    Ok(title)
}

/// A new course as a backend takes it: code, title and description cleaned and checked.
pub fn check_new(new: &NewCourse) -> Result<NewCourse> {
    let code = fields::line("course code", &new.code, limits::CODE)?;
    if code.is_empty() || code.chars().any(char::is_whitespace) {
        return Err(Error::usage(format!("'{code}' is not a course code"))
            .with_hint("use letters, digits and '-', without spaces, e.g. ARBSCHUTZ-1"));
    }
    Ok(NewCourse {
        code,
        title: title(
            &new.title,
            "a course needs a title",
            "pass --title \"Arbeitsschutzunterweisung\" or the like",
        )?,
        description: fields::optional_text(
            "--description",
            new.description.as_deref().unwrap_or(""),
            limits::DESCRIPTION,
        )?,
        ..new.clone()
    })
}

/// Changes as a backend takes them: each given text cleaned and checked (`Some("")`
/// still removes the description).
pub fn check_patch(patch: &CoursePatch) -> Result<CoursePatch> {
    let checked = CoursePatch {
        title: patch
            .title
            .as_deref()
            .map(|t| {
                title(
                    t,
                    "a course's title cannot be empty",
                    "give the new title, e.g. --title \"Erste Hilfe\"",
                )
            })
            .transpose()?,
        description: patch
            .description
            .as_deref()
            .map(|d| {
                fields::optional_text("--description", d, limits::DESCRIPTION).map(Option::unwrap_or_default)
            })
            .transpose()?,
        ..patch.clone()
    };
    if checked.title.is_none()
        && checked.description.is_none()
        && checked.mandatory.is_none()
        && checked.valid_for.is_none()
        && checked.shared.is_none()
    {
        return Err(Error::usage("nothing to change")
            .with_hint("pass at least one of --title, --description, --mandatory, --valid-for, --shared"));
    }
    Ok(checked)
}
