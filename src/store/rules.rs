/*!
What a backend asks the core while it works inside one of its transactions.

Some rules must see the store exactly as a transaction sees it: how an audit event
is chained to the one before, what an import row changes, whether a saved plan still
holds. Others must run inside a backend's queries: a report decides the status of a
million enrollments without reading them out, so the core writes the status model in
the backend's SQL. The core owns them all ([`crate::core::RULES`]); a backend is
handed them when it is opened and calls them, so the rules live once and the arrows
point one way (the store layer never names the core).
*/

use chrono::NaiveDate;

use crate::error::Result;
use crate::model::{
    AsOf, AuditVerification, CompletionField, CompletionReport, CompletionRow, Course, ErasureReceipt,
    ImportReport, ImportRow, ImportSpec, PlanSink, PlanSource, RequestKind, RowSource, SubjectRequest,
    UserField, UserSel, UserStatus,
};

/// An audit event as it is chained: every stored field and the hash of the event
/// before it in its chain.
#[derive(Debug, Clone, Copy)]
pub struct AuditLink<'a> {
    /// The chain the event belongs to ([`Rules::audit_chain`]): a tenant's slug, or
    /// `""` for the store-level chain.
    pub chain: &'a str,
    pub prev: &'a str,
    pub seq: i64,
    pub at: &'a str,
    pub actor: &'a str,
    pub tenant: Option<&'a str>,
    pub action: &'a str,
    /// The event's target as the JSON text stored.
    pub target: &'a str,
}

/// A change a backend made, as its audit event tells it (ids and counts, never
/// personal data); the core names the event and writes its target
/// ([`Rules::audit_event`]), so every backend's trail reads alike.
#[derive(Debug, Clone, Copy)]
pub enum Changed<'a> {
    TenantCreated {
        tenant_id: i64,
        parent_id: Option<i64>,
    },
    TenantUpdated {
        tenant_id: i64,
        fields: &'a [&'a str],
    },
    TenantDeleted {
        tenant_ids: &'a [i64],
        users: u64,
        groups: u64,
    },
    UserCreated {
        user_id: i64,
    },
    UserUpdated {
        user_id: i64,
        fields: &'a [&'a str],
    },
    UserStatusSet {
        user_id: i64,
        status: UserStatus,
    },
    GroupCreated {
        group_id: i64,
    },
    GroupDeleted {
        group_id: i64,
        members: u64,
    },
    MembersChanged {
        group_id: i64,
        user_ids: &'a [i64],
        added: bool,
    },
    CourseCreated {
        course_id: i64,
    },
    CourseUpdated {
        course_id: i64,
        fields: &'a [&'a str],
    },
    CourseArchived {
        course_id: i64,
    },
    AssignmentSaved {
        assignment_id: i64,
        course_id: i64,
        user_id: Option<i64>,
        group_id: Option<i64>,
        created: bool,
    },
    /// An assignment removed; with `group_id`, because its group was deleted.
    AssignmentDeleted {
        assignment_id: i64,
        course_id: i64,
        group_id: Option<i64>,
    },
    ProgressSet {
        user_id: i64,
        course_id: i64,
        progress: u8,
    },
    CompletionCreated {
        completion_id: i64,
        user_id: i64,
        course_id: i64,
    },
    TokenCreated {
        token_id: i64,
        role: &'a str,
    },
    TokenRevoked {
        token_id: i64,
    },
    CompletionsImported {
        file: &'a str,
        report: &'a CompletionReport,
    },
    /// A subject export, with the rows it held per table.
    SubjectExported {
        user_id: i64,
        request_id: Option<i64>,
        counts: &'a serde_json::Map<String, serde_json::Value>,
    },
    /// An erasure, with the rows it erased per table.
    SubjectErased {
        user_id: i64,
        tombstone: &'a str,
        request_id: Option<i64>,
        erased: &'a std::collections::BTreeMap<String, u64>,
    },
    Anonymized {
        inactive_since: &'a str,
        users: usize,
    },
    RequestOpened {
        request_id: i64,
        user_id: i64,
        kind: RequestKind,
    },
    RequestClosed {
        request_id: i64,
    },
    ConsentRecorded {
        user_id: i64,
        notice: &'a str,
    },
    ConsentWithdrawn {
        user_id: i64,
        notice: &'a str,
    },
    /// A suppression lifted: its kind and the first characters of its hash.
    SuppressionRemoved {
        kind: &'a str,
        hash: &'a str,
    },
}

/// The check of an audit trail, fed its events in order of `seq` (all chains mixed).
pub trait AuditCheck {
    /// Takes the next stored event and the hash stored with it; false once the
    /// trail is found broken (the events after it need not be read).
    fn next(&mut self, link: &AuditLink<'_>, hash: &str) -> bool;
    /// What the check found.
    fn finish(self: Box<Self>) -> AuditVerification;
}

/// The domain rules a backend applies inside its transactions.
pub trait Rules: Send + Sync {
    /// The `prev` of a chain's first event.
    fn audit_genesis(&self) -> &'static str;
    /// The chain an event of `tenant` (none: of the whole store) is appended to.
    fn audit_chain<'t>(&self, tenant: Option<&'t str>) -> &'t str;
    /// The hash an event is stored with.
    fn audit_hash(&self, link: &AuditLink<'_>) -> String;
    /// A check of the whole trail; with `anchor`, also that the event with that hash
    /// is still there.
    fn audit_check(&self, anchor: Option<&str>) -> Box<dyn AuditCheck>;
    /// The audit event of a change: its action and what its target records.
    fn audit_event(&self, changed: &Changed<'_>) -> (&'static str, serde_json::Value);

    // The status model, for backends that decide statuses inside their queries.

    /// The status model written in SQL over the names a backend's queries use.
    fn status_sql(&self, names: &StatusNames<'_>) -> StatusSql;
    /// The last day on which a certificate running out counts as expiring, for
    /// statuses on `as_of` (bound to [`StatusNames::expiring_until`]).
    fn expiring_until(&self, as_of: AsOf) -> NaiveDate;

    // Tokens.

    /// A new token's secret (it is shown once and never stored).
    fn token_secret(&self) -> Result<String>;
    /// What a store keeps of a token's secret, and looks a presented secret up by.
    fn token_hash(&self, secret: &str) -> String;

    // Data protection.

    /// Whether erasure keeps `table`'s rows about the person, anonymised: the receipt's
    /// line for `rows` of them, saying why (`None`: they are erased).
    fn kept_on_erasure(&self, table: &str, rows: u64) -> Option<String>;
    /// The keyed hash the suppression list keeps of an identifier of an erased person
    /// (`kind` is `email` or `external_id`), with the store's secret.
    fn suppression_mac(&self, secret: &[u8], kind: &str, value: &str) -> String;
    /// The manifest a request keeps once answered.
    fn request_manifest(&self, answer: &Answer<'_>) -> serde_json::Value;
    /// Whether `request` may be answered `by` (refused with the reason otherwise).
    fn request_answerable(&self, request: &StoredRequest, by: Answering) -> Result<()>;

    // Imports.
    /// Runs an import of users over `store` (opened for `spec`), inside the backend's
    /// transaction: the report, and whether to commit.
    fn import_users(
        &self,
        spec: &ImportSpec,
        store: &mut dyn UserImportStore,
        rows: &mut dyn RowSource,
        plan: &mut dyn PlanSink,
    ) -> Result<(ImportReport, bool)>;
    /// Applies a saved plan (its header checked) over `store` (opened for the plan's
    /// import), inside the backend's transaction; refused unless all of it holds.
    fn apply_import_plan(
        &self,
        store: &mut dyn UserImportStore,
        plan: &mut dyn PlanSource,
    ) -> Result<ImportReport>;
    /// Runs an import of completions over `store`, inside the backend's transaction:
    /// the report, and whether to commit.
    fn import_completions(
        &self,
        import: &CompletionImport<'_>,
        store: &mut dyn CompletionImportStore,
        rows: &mut dyn RowSource<CompletionRow, CompletionField>,
    ) -> Result<(CompletionReport, bool)>;
}

/// What a backend's queries call the facts a status is decided from, so that the
/// core can write the status model in their terms ([`Rules::status_sql`]). Each name
/// is an SQL expression: a column, a parameter, or a condition.
#[derive(Debug, Clone, Copy)]
pub struct StatusNames<'a> {
    /// An enrollment's day of the completion that counts (NULL: not done).
    pub done_on: &'a str,
    /// The day that completion's certificate runs out (NULL: never).
    pub expires_on: &'a str,
    /// The day the enrollment is due (NULL: no due date).
    pub due_on: &'a str,
    /// Its progress in percent.
    pub progress: &'a str,
    /// A certificate's day of running out (NULL: never).
    pub certificate_expires_on: &'a str,
    /// A condition: a later completion supersedes the certificate.
    pub superseded: &'a str,
    /// An enrollment's status, already computed with [`StatusSql::status`] (reminders
    /// are decided from it).
    pub status: &'a str,
    /// Its due day, already computed with [`StatusSql::due_on`].
    pub status_due_on: &'a str,
    /// The parameter holding the day asked about.
    pub as_of: &'a str,
    /// The parameter holding the last day of the expiring window
    /// ([`Rules::expiring_until`]).
    pub expiring_until: &'a str,
}

/// The status model in a backend's SQL, written by the core over [`StatusNames`].
#[derive(Debug, Clone)]
pub struct StatusSql {
    /// An enrollment's status: an expression yielding its name (`assigned`, ...).
    pub status: String,
    /// When an enrollment is due: its due day, or once its certificate ran out, the
    /// day it did.
    pub due_on: String,
    /// A condition: the enrollment is overdue.
    pub overdue: String,
    /// A condition: the enrollment's certificate is expiring.
    pub expiring: String,
    /// A condition on the computed status: it counts as completed.
    pub completed: String,
    /// A certificate's state: an expression yielding `valid`, `expiring`, `expired`
    /// or `superseded`.
    pub certificate: String,
    /// Why to remind someone of an enrollment, from its computed status and due day:
    /// `due-soon`, `overdue`, `expiring`, `expired`, or NULL.
    pub reminder: String,
}

/// How a request of the register was answered ([`Rules::request_manifest`]).
#[derive(Debug, Clone, Copy)]
pub enum Answer<'a> {
    /// By an export, with the rows it held per table.
    Exported {
        counts: &'a serde_json::Map<String, serde_json::Value>,
        xapi: bool,
    },
    /// By an erasure (named or not: anonymisation and retention answer open erasure
    /// requests about the people they erase).
    Erased(&'a ErasureReceipt),
    /// Closed by hand with a note, handled outside lmsctl (a rectification).
    ClosedByHand { note: &'a str },
}

/// A request of the register as the store holds it.
#[derive(Debug, Clone, Copy)]
pub struct StoredRequest {
    pub id: i64,
    pub kind: RequestKind,
    pub user_id: Option<i64>,
    pub closed: bool,
}

impl From<&SubjectRequest> for StoredRequest {
    fn from(request: &SubjectRequest) -> Self {
        StoredRequest {
            id: request.id,
            kind: request.kind,
            user_id: request.user_id,
            closed: request.closed_on.is_some(),
        }
    }
}

/// What a request is to be answered with ([`Rules::request_answerable`]).
#[derive(Debug, Clone, Copy)]
pub enum Answering {
    /// An export or an erasure of user `user_id`.
    Subject { kind: RequestKind, user_id: i64 },
    /// A close by hand, for what lmsctl does not do itself (a rectification).
    ByHand,
}

// The import of users: the core runs it ([`Rules::import_users`]) over what a backend
// reads and writes in its one transaction ([`UserImportStore`]).

/// A user of the import's tenant (not erased) as the store holds them.
#[derive(Debug, Clone, Copy)]
pub struct StoredUser<'a> {
    pub id: i64,
    pub status: UserStatus,
    /// The value of the import's key field.
    pub key: Option<&'a str>,
    /// The stored values of the import's columns, in the order of [`ImportSpec::columns`].
    pub values: &'a [Option<&'a str>],
}

/// A user a plan's change names, as the store holds them now in the plan's tenant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanTarget {
    pub status: UserStatus,
    /// The value of the import's key field.
    pub key: Option<String>,
}

/// A write a unique index refused: the field another user of the tenant holds, and
/// who that is (`None` when the store cannot tell).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conflict {
    pub field: UserField,
    pub holder: Option<i64>,
}

/// What a backend does for an import of users, inside the one transaction the import
/// runs in: it reads the tenant as it is and writes what the core decided. It is
/// opened for one import's tenant, key and columns.
pub trait UserImportStore {
    /// What identifies the state of the tenant (every change to it moves it, changes
    /// elsewhere do not): the state a plan is made against.
    fn state(&mut self) -> Result<String>;
    /// Hands every user of the tenant who is not erased to `each`.
    fn users(&mut self, each: &mut dyn FnMut(&StoredUser<'_>)) -> Result<()>;
    /// How many users of the tenant are active.
    fn active_users(&mut self) -> Result<u64>;
    /// User `user_id`, if they are a user of the tenant.
    fn plan_target(&mut self, user_id: i64) -> Result<Option<PlanTarget>>;
    /// The stored values of the import's columns of user `user_id`, in their order.
    fn values(&mut self, user_id: i64) -> Result<Vec<Option<String>>>;
    /// Whether `row` is a person erased earlier: the tenant's suppression list names
    /// their external id or e-mail address.
    fn suppressed(&mut self, row: &ImportRow) -> Result<bool>;
    /// Creates an active learner from `row`: their id, or what a unique index refused.
    /// A backend that writes new users in batches may answer a provisional id, which
    /// [`UserImportStore::join_group`] takes as well.
    fn create(&mut self, row: &ImportRow) -> Result<Result<i64, Conflict>>;
    /// Sets the import's columns of user `user_id` to the values of `row`.
    fn update(&mut self, user_id: i64, row: &ImportRow) -> Result<Result<(), Conflict>>;
    fn set_status(&mut self, user_id: i64, status: UserStatus) -> Result<()>;
    /// The rows are all written: finish what a bulk load put off.
    fn rows_written(&mut self) -> Result<()>;
    /// Adds `users` to the tenant's static group `name`, which is created if the
    /// tenant has none of that name; the group's id.
    fn join_group(&mut self, name: &str, users: &[i64]) -> Result<i64>;
    /// Users changed: brings rule groups, and the enrollments that follow from
    /// group and tenant assignments, up to date.
    fn refresh_memberships(&mut self) -> Result<()>;
    /// Appends the import's audit event.
    fn audit(&mut self, action: &str, target: serde_json::Value) -> Result<()>;
}

// The import of completions: the core runs it ([`Rules::import_completions`]) over
// what a backend finds and records in its one transaction ([`CompletionImportStore`]).

/// An import of completions, as it was asked for.
#[derive(Debug, Clone, Copy)]
pub struct CompletionImport<'a> {
    pub tenant: &'a str,
    /// The file's name as given (the audit event keeps only its last part).
    pub file: &'a str,
    /// False for a dry run.
    pub apply: bool,
    /// Commit the valid rows even when some are rejected.
    pub skip_invalid: bool,
    /// The store's day: no completion can be later.
    pub today: NaiveDate,
}

/// Whom a row of an import of completions names, as the store finds them in its tenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Learner {
    Found(i64),
    Unknown,
    Erased,
}

/// What a backend does for an import of completions, inside the one transaction it
/// runs in. It is opened for one tenant.
pub trait CompletionImportStore {
    /// The user of the tenant `sel` names.
    fn learner(&mut self, sel: &UserSel) -> Result<Learner>;
    /// The course of the tenant's catalogue (its own or one an ancestor shares) with
    /// this code.
    fn course(&mut self, code: &str) -> Result<Option<Course>>;
    /// Records that user `user_id` completed `course` on `date` and issues the
    /// certificate, unless that completion is already recorded: whether it is new.
    fn record(&mut self, user_id: i64, course: &Course, date: NaiveDate, score: Option<f64>) -> Result<bool>;
    /// Appends the import's audit event.
    fn audit(&mut self, action: &str, target: serde_json::Value) -> Result<()>;
}
