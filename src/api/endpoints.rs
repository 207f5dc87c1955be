/*!
The endpoint table: every use case the API offers, once. An entry's name is the
use case's ([`crate::core::Lms`] method) in capitals; its type names the request
body and the answer, its value the method, path, access and summary, and the query
string's types.

The [`endpoints!`] macro declares each entry as a static and lists them all in
[`ENDPOINTS`], so an entry cannot be left out of the list the router and the
document are checked against.
*/

use serde_json::Value;

use super::Access::{Gdpr, Public, Read, Report, Write};
use super::{Endpoint, Ndjson, NoBody, Route, delete, fields, get, patch, post, put, ty, wire};
use crate::model::*;

macro_rules! endpoints {
    ($($name:ident: $type:ty = $value:expr;)*) => {
        $(pub static $name: $type = $value;)*

        /// Every endpoint, in the order of the document.
        pub static ENDPOINTS: &[&Route] = &[$(&$name.route),*];
    };
}

endpoints! {
    // Tenants
    TENANTS: Endpoint<NoBody, Vec<Tenant>> = get("/tenants", Read, "The tenants the token reaches");
    CREATE_TENANT: Endpoint<NewTenant, Tenant> =
        post("/tenants", Write, "Create a tenant below one the token reaches");
    TENANT: Endpoint<NoBody, Tenant> = get("/tenants/{tenant}", Read, "One tenant");
    UPDATE_TENANT: Endpoint<TenantPatch, Tenant> = patch("/tenants/{tenant}", Write, "Change a tenant");
    DELETE_TENANT: Endpoint<NoBody, TenantDeletion> =
        delete("/tenants/{tenant}", Write, "Delete a tenant (cascade, dry_run)")
            .query(&[fields::<wire::Deletion>]);

    // Users and their consents
    USERS: Endpoint<NoBody, Vec<User>> =
        get("/tenants/{tenant}/users", Read, "List users (filters, limit, offset)")
            .query(&[fields::<UserQuery>]);
    ADD_USER: Endpoint<NewUser, User> = post("/tenants/{tenant}/users", Write, "Add a user");
    USER: Endpoint<NoBody, User> = get(
        "/tenants/{tenant}/users/{user}",
        Read,
        "One user (id:N, e-mail or external id)",
    );
    UPDATE_USER: Endpoint<UserPatch, User> =
        patch("/tenants/{tenant}/users/{user}", Write, "Change a user");
    SET_USER_STATUS: Endpoint<wire::StatusChange, User> = put(
        "/tenants/{tenant}/users/{user}/status",
        Write,
        "Suspend or reactivate a user",
    );
    CHANGE_CONSENT: Endpoint<wire::ConsentChange, Consent> = post(
        "/tenants/{tenant}/users/{user}/consents",
        Gdpr,
        "Record or withdraw a consent",
    );
    USERS_WITHOUT_CONSENT: Endpoint<NoBody, Vec<User>> = get(
        "/tenants/{tenant}/consents/missing",
        Gdpr,
        "Active users without a consent",
    )
    .query(&[fields::<wire::Notice>]);

    // Groups
    GROUPS: Endpoint<NoBody, Vec<Group>> = get("/tenants/{tenant}/groups", Read, "List groups");
    CREATE_GROUP: Endpoint<NewGroup, Group> = post(
        "/tenants/{tenant}/groups",
        Write,
        "Create a group (static or with a rule)",
    );
    GROUP: Endpoint<NoBody, GroupDetail> =
        get("/tenants/{tenant}/groups/{group}", Read, "One group with its members");
    DELETE_GROUP: Endpoint<NoBody, Group> =
        delete("/tenants/{tenant}/groups/{group}", Write, "Delete a group");
    CHANGE_MEMBERS: Endpoint<wire::Members, Group> = post(
        "/tenants/{tenant}/groups/{group}/members",
        Write,
        "Add or remove static members",
    );

    // Courses
    COURSES: Endpoint<NoBody, Vec<Course>> = get(
        "/tenants/{tenant}/courses",
        Read,
        "The catalogue, shared courses included",
    )
    .query(&[fields::<wire::Archived>]);
    CREATE_COURSE: Endpoint<NewCourse, Course> =
        post("/tenants/{tenant}/courses", Write, "Create a course");
    COURSE: Endpoint<NoBody, Course> = get("/tenants/{tenant}/courses/{code}", Read, "One course");
    UPDATE_COURSE: Endpoint<CoursePatch, Course> =
        patch("/tenants/{tenant}/courses/{code}", Write, "Change a course");
    ARCHIVE_COURSE: Endpoint<NoBody, Course> =
        post("/tenants/{tenant}/courses/{code}/archive", Write, "Archive a course");
    COURSE_STATS: Endpoint<NoBody, CourseStats> = get(
        "/tenants/{tenant}/courses/{code}/stats",
        Report,
        "A course's figures among the tenant's active users on a day",
    )
    .query(&[fields::<AsOf>]);

    // Enrollments: assignments, progress, reminders
    ASSIGN: Endpoint<NewAssignment, Assignment> =
        post("/tenants/{tenant}/assignments", Write, "Assign a course");
    UNASSIGN: Endpoint<wire::Unassign, Assignment> =
        delete("/tenants/{tenant}/assignments", Write, "Remove an assignment");
    ENROLLMENTS: Endpoint<NoBody, Vec<Enrollment>> = get(
        "/tenants/{tenant}/enrollments",
        Read,
        "Who stands where (status as of a day)",
    )
    .query(&[fields::<EnrollmentQuery>, fields::<AsOf>]);
    SET_PROGRESS: Endpoint<wire::Progress, ()> =
        put("/tenants/{tenant}/progress", Write, "Record progress in a course");
    REMINDERS: Endpoint<NoBody, Vec<Reminder>> =
        get("/tenants/{tenant}/reminders", Read, "Reminders due")
            .query(&[fields::<wire::Within>, fields::<AsOf>]);

    // Completions and certificates
    COMPLETE: Endpoint<NewCompletion, Certificate> = post(
        "/tenants/{tenant}/completions",
        Write,
        "Record a completion (issues a certificate)",
    );
    CERTIFICATES: Endpoint<NoBody, Vec<Certificate>> =
        get("/tenants/{tenant}/certificates", Read, "List certificates")
            .query(&[fields::<CertificateQuery>, fields::<AsOf>]);
    CERTIFICATE: Endpoint<NoBody, Certificate> =
        get("/tenants/{tenant}/certificates/{serial}", Read, "One certificate")
            .query(&[fields::<AsOf>]);

    // GDPR
    EXPORT_SUBJECT: Endpoint<wire::Export, SubjectData> = post(
        "/tenants/{tenant}/gdpr/export",
        Gdpr,
        "Everything held on a person (Art. 15/20)",
    );
    ERASE_SUBJECT: Endpoint<wire::Erase, ErasureReceipt> =
        post("/tenants/{tenant}/gdpr/erase", Gdpr, "Erase a person (Art. 17)");
    ANONYMIZE_INACTIVE: Endpoint<wire::Anonymize, AnonymizeReport> =
        post("/tenants/{tenant}/gdpr/anonymize", Gdpr, "Anonymise inactive users");
    REQUESTS: Endpoint<NoBody, Vec<SubjectRequest>> =
        get("/tenants/{tenant}/gdpr/requests", Gdpr, "The request register")
            .query(&[fields::<wire::RequestsQuery>]);
    OPEN_REQUEST: Endpoint<NewRequest, SubjectRequest> =
        post("/tenants/{tenant}/gdpr/requests", Gdpr, "Register a request");
    REQUEST: Endpoint<NoBody, SubjectRequest> =
        get("/tenants/{tenant}/gdpr/requests/{id}", Gdpr, "One request")
            .id(ty::<i64>)
            .query(&[fields::<wire::Day>]);
    CLOSE_REQUEST: Endpoint<wire::Close, SubjectRequest> =
        post("/tenants/{tenant}/gdpr/requests/{id}/close", Gdpr, "Close a request").id(ty::<i64>);
    SUPPRESSIONS: Endpoint<NoBody, Vec<Suppression>> =
        get("/tenants/{tenant}/gdpr/suppressions", Gdpr, "The suppression list");
    REMOVE_SUPPRESSION: Endpoint<wire::Unsuppress, u64> = delete(
        "/tenants/{tenant}/gdpr/suppressions",
        Gdpr,
        "Remove a suppression entry (the number removed)",
    );
    RUN_RETENTION: Endpoint<wire::DryRun, Vec<AnonymizeReport>> = post(
        "/gdpr/retention",
        Gdpr,
        "Apply every tenant's retention policy (top tenant only)",
    );
    PURGE: Endpoint<NoBody, ()> = post(
        "/gdpr/purge",
        Gdpr,
        "Empty the write-ahead log after an erasure (top tenant only)",
    );

    // Imports, staged: a start, batches, and a finish that applies them in one transaction
    START_USER_IMPORT: Endpoint<wire::ImportStart, wire::Staged> = post(
        "/tenants/{tenant}/imports/users",
        Write,
        "Start staging an import of users (nothing is locked until it is finished)",
    );
    STAGE_USER_ROWS: Endpoint<Vec<wire::Row>, wire::StagedCount> = post(
        "/tenants/{tenant}/imports/users/{id}/rows",
        Write,
        "Stage the next batch of rows, in the order of their lines",
    )
    .id(ty::<String>);
    FINISH_USER_IMPORT: Endpoint<SourceSummary, Ndjson<wire::Event<UserField>>> = post(
        "/tenants/{tenant}/imports/users/{id}/finish",
        Write,
        "End the rows with the source's summary: check them and apply them in one transaction (NDJSON events)",
    )
    .id(ty::<String>);
    START_PLAN: Endpoint<PlanHeader, wire::Staged> = post(
        "/tenants/{tenant}/imports/plans",
        Write,
        "Start staging a saved plan: its header",
    );
    STAGE_PLAN_CHANGES: Endpoint<Vec<Change>, wire::StagedCount> = post(
        "/tenants/{tenant}/imports/plans/{id}/changes",
        Write,
        "Stage the next batch of the plan's changes",
    )
    .id(ty::<String>);
    FINISH_PLAN: Endpoint<Option<ImportReport>, Ndjson<wire::Event<()>>> = post(
        "/tenants/{tenant}/imports/plans/{id}/finish",
        Write,
        "The plan's summary (null if it has none): check every change again and apply (NDJSON events)",
    )
    .id(ty::<String>);
    START_COMPLETION_IMPORT: Endpoint<wire::CompletionsStart, wire::Staged> = post(
        "/tenants/{tenant}/imports/completions",
        Write,
        "Start staging an import of completions",
    );
    STAGE_COMPLETION_ROWS: Endpoint<Vec<CompletionRow>, wire::StagedCount> = post(
        "/tenants/{tenant}/imports/completions/{id}/rows",
        Write,
        "Stage the next batch of completion rows, in the order of their lines",
    )
    .id(ty::<String>);
    FINISH_COMPLETION_IMPORT: Endpoint<SourceSummary, Ndjson<wire::Event<CompletionField>>> = post(
        "/tenants/{tenant}/imports/completions/{id}/finish",
        Write,
        "End the completion rows with the source's summary: check them and apply them in one transaction (NDJSON events)",
    )
    .id(ty::<String>);

    // Reports
    REPORT_COMPLIANCE: Endpoint<NoBody, Vec<ComplianceRow>> =
        get("/tenants/{tenant}/reports/compliance", Report, "Compliance figures")
            .query(&[fields::<ComplianceQuery>, fields::<AsOf>]);
    REPORT_OVERDUE: Endpoint<NoBody, Ndjson<OverdueRow>> = get(
        "/tenants/{tenant}/reports/overdue",
        Report,
        "Overdue people (NDJSON stream)",
    )
    .query(&[fields::<wire::Children>, fields::<AsOf>]);
    REPORT_EXPIRING: Endpoint<NoBody, Ndjson<ExpiringRow>> = get(
        "/tenants/{tenant}/reports/expiring",
        Report,
        "Expiring certificates (NDJSON stream)",
    )
    .query(&[fields::<wire::Children>, fields::<wire::Within>, fields::<AsOf>]);
    REPORT_ACTIVE_USERS: Endpoint<NoBody, Vec<ActiveUsersRow>> = get(
        "/tenants/{tenant}/reports/active-users",
        Report,
        "Active users per period",
    )
    .query(&[fields::<wire::Children>, fields::<wire::PeriodQuery>]);
    REPORT_TENANTS: Endpoint<NoBody, Vec<TenantRow>> = get(
        "/tenants/{tenant}/reports/tenants",
        Report,
        "The tenant tree at a glance",
    )
    .query(&[fields::<AsOf>]);

    // Audit trail
    AUDIT_EVENTS: Endpoint<NoBody, Vec<AuditEvent>> = get(
        "/audit",
        Gdpr,
        "Audit events (of the token's tenants since they were created)",
    )
    .query(&[fields::<AuditQuery>]);
    VERIFY_AUDIT: Endpoint<NoBody, AuditVerification> =
        get("/audit/verify", Gdpr, "Check the audit hash chain (top tenant only)")
            .query(&[fields::<wire::Anchor>]);

    // Tokens
    WHOAMI: Endpoint<NoBody, wire::WhoAmI> =
        get("/whoami", Report, "The token's tenant, role and reach");
    TOKENS: Endpoint<NoBody, Vec<Token>> =
        get("/tokens", Write, "List tokens (a token of the whole store only)")
            .query(&[fields::<wire::TokenQuery>]);
    CREATE_TOKEN: Endpoint<NewToken, CreatedToken> = post(
        "/tokens",
        Write,
        "Create a token (a token of the whole store only); its secret is shown once",
    );
    REVOKE_TOKEN: Endpoint<NoBody, Token> =
        delete("/tokens/{id}", Write, "Revoke a token (a token of the whole store only)").id(ty::<i64>);

    // This API's description
    OPENAPI: Endpoint<NoBody, Value> = get("/openapi.json", Public, "This document");
}
