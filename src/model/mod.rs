/*!
Domain types shared by the CLI, the stores and (later) the server: what a tenant,
user, group and audit event are, and the requests that change them.

Types here are plain data with serde derives; their JSON form is the stable
machine-readable output of lmsctl (`-o json`), so renaming a field is a breaking change.
*/

mod audit;
mod course;
mod gdpr;
mod group;
mod import;
mod report;
mod tenant;
pub mod time;
mod token;
mod user;
pub mod value;

pub use audit::{AuditEvent, AuditQuery, AuditVerification, ChainHead};
pub use course::{
    AsOf, AssignTarget, Assignment, Certificate, CertificateQuery, Course, CoursePatch, CourseStats, Due,
    Enrollment, EnrollmentQuery, NewAssignment, NewCompletion, NewCourse, Reminder, Status,
};
pub use gdpr::{
    AnonymizeReport, CompletedCourse, Consent, CourseName, ErasureReceipt, GroupName, LearningHistory,
    NewRequest, RequestKind, StoredRow, SubjectData, SubjectEvent, SubjectRequest, SubjectRows, Suppression,
};
pub use group::{Group, GroupDetail, GroupMember, NewGroup};
pub use import::{
    Change, CompletionField, CompletionReport, CompletionRow, FieldChange, ImportKey, ImportMode,
    ImportReport, ImportRow, ImportSpec, PlanHeader, PlanSink, PlanSource, RowSource, SourceSummary,
    SuspendLimit, UserField,
};
pub use report::{
    ActiveUsersRow, ComplianceBy, ComplianceQuery, ComplianceRow, ExpiringRow, OverdueRow, TenantRow,
    completion_rate, period_bounds,
};
pub use tenant::{NewTenant, Tenant, TenantDeletion, TenantPatch};
pub use token::{CreatedToken, Grant, NewToken, Role, Token};
pub use user::{NewUser, User, UserPatch, UserQuery, UserSel, UserStatus};
