//! What a bulk import of users is: the fields a file can carry, the options that
//! steer it, the validated rows, the changes it plans and the report it ends with.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The user fields an import file can set, in the order they are stored in [`ImportRow`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum UserField {
    ExternalId,
    Email,
    FirstName,
    LastName,
    Department,
    Location,
    StartDate,
    Locale,
}

impl UserField {
    pub const ALL: [UserField; 8] = [
        UserField::ExternalId,
        UserField::Email,
        UserField::FirstName,
        UserField::LastName,
        UserField::Department,
        UserField::Location,
        UserField::StartDate,
        UserField::Locale,
    ];

    /// The field's name, which is also its column in the store.
    pub fn name(self) -> &'static str {
        match self {
            UserField::ExternalId => "external_id",
            UserField::Email => "email",
            UserField::FirstName => "first_name",
            UserField::LastName => "last_name",
            UserField::Department => "department",
            UserField::Location => "location",
            UserField::StartDate => "start_date",
            UserField::Locale => "locale",
        }
    }

    pub fn from_name(name: &str) -> Option<UserField> {
        let name = name.trim().to_lowercase().replace('-', "_");
        UserField::ALL.into_iter().find(|f| f.name() == name)
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// The field as people name it in messages.
    pub fn describe(self) -> &'static str {
        match self {
            UserField::ExternalId => "external id",
            UserField::Email => "e-mail address",
            UserField::FirstName => "first name",
            UserField::LastName => "last name",
            UserField::Department => "department",
            UserField::Location => "location",
            UserField::StartDate => "start date",
            UserField::Locale => "locale",
        }
    }

    /// Fields every new user must have.
    pub fn required_for_create(self) -> bool {
        matches!(
            self,
            UserField::Email | UserField::FirstName | UserField::LastName
        )
    }
}

/// Which column identifies a user across imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum ImportKey {
    /// The HR personnel number.
    ExternalId,
    /// The e-mail address (ignoring case).
    Email,
}

impl ImportKey {
    pub fn field(self) -> UserField {
        match self {
            ImportKey::ExternalId => UserField::ExternalId,
            ImportKey::Email => UserField::Email,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum ImportMode {
    /// Create new users, update changed ones.
    #[default]
    Upsert,
    /// Only create; rows of existing users are left alone.
    CreateOnly,
    /// Only update; rows of unknown users are rejected.
    UpdateOnly,
    /// Upsert, reactivate suspended users in the file, and suspend active users absent from it.
    Sync,
}

/// How many users `sync` may suspend before it refuses.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SuspendLimit {
    Count(u64),
    Percent(f64),
}

impl SuspendLimit {
    /// The largest number of suspensions allowed in a tenant of `users` users.
    pub fn allowed(self, users: u64) -> u64 {
        match self {
            SuspendLimit::Count(n) => n,
            SuspendLimit::Percent(p) => (users as f64 * p / 100.0).floor() as u64,
        }
    }
}

impl std::str::FromStr for SuspendLimit {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let bad = || format!("'{text}' is not a limit: use a count (50) or a percentage (10%)");
        match text.strip_suffix('%') {
            Some(p) => p
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|p| (0.0..=100.0).contains(p))
                .map(SuspendLimit::Percent)
                .ok_or_else(bad),
            None => text.parse().map(SuspendLimit::Count).map_err(|_| bad()),
        }
    }
}

impl std::fmt::Display for SuspendLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SuspendLimit::Count(n) => write!(f, "{n}"),
            SuspendLimit::Percent(p) => write!(f, "{p}%"),
        }
    }
}

/// Everything the store needs to know about an import besides its rows.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ImportSpec {
    pub tenant: String,
    pub key: ImportKey,
    pub mode: ImportMode,
    /// The fields the file carries; only these are compared and written.
    pub columns: Vec<UserField>,
    pub max_suspend: SuspendLimit,
    /// A static group every imported user is put in (created if missing).
    pub group: Option<String>,
    /// False for `--dry-run` and `--plan-out`: plan everything, write nothing.
    pub apply: bool,
    /// Apply the valid rows even when some were rejected.
    pub skip_invalid: bool,
    /// The input's name as given (for the report and the audit trail).
    pub file: String,
}

/// One valid row: cleaned values by field; absent for an empty cell or a column the
/// file does not have. Dates are already `YYYY-MM-DD`. The values share one buffer,
/// so a row costs one allocation however many fields it has.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportRow {
    pub line: u64,
    text: String,
    spans: [Option<(u32, u32)>; 8],
}

impl ImportRow {
    pub fn new(line: u64) -> Self {
        ImportRow {
            line,
            ..ImportRow::default()
        }
    }

    pub fn get(&self, field: UserField) -> Option<&str> {
        self.spans[field.index()].map(|(start, end)| &self.text[start as usize..end as usize])
    }

    /// Empties the row for reuse, keeping its buffer.
    pub fn clear(&mut self, line: u64) {
        self.line = line;
        self.text.clear();
        self.spans = [None; 8];
    }

    /// The shared buffer and each field's span in it (for moving rows in bulk).
    pub fn parts(&self) -> (&str, &[Option<(u32, u32)>; 8]) {
        (&self.text, &self.spans)
    }

    /// A row from [`parts`](Self::parts).
    pub fn from_parts(line: u64, text: &str, spans: [Option<(u32, u32)>; 8]) -> Self {
        ImportRow {
            line,
            text: text.to_owned(),
            spans,
        }
    }

    /// Sets a field (once per field; a second call shadows the first).
    pub fn set(&mut self, field: UserField, value: &str) {
        let start = self.text.len();
        self.text.push_str(value);
        self.spans[field.index()] = Some((start as u32, self.text.len() as u32));
    }
}

/// A row serialises as an object of its present fields: `{"email": "...", ...}`.
impl Serialize for ImportRow {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let present = UserField::ALL.iter().filter(|f| self.get(**f).is_some()).count();
        let mut map = serializer.serialize_map(Some(present))?;
        for field in UserField::ALL {
            if let Some(value) = self.get(field) {
                map.serialize_entry(field.name(), value)?;
            }
        }
        map.end()
    }
}

/// The JSON form is an object of the present fields, each a string.
impl JsonSchema for ImportRow {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ImportRow".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let fields: serde_json::Map<String, serde_json::Value> = UserField::ALL
            .iter()
            .map(|field| (field.name().to_owned(), serde_json::json!({ "type": "string" })))
            .collect();
        schemars::json_schema!({
            "type": "object",
            "description": "A valid row: the cleaned value of each field the row has (dates as YYYY-MM-DD).",
            "properties": fields,
            "additionalProperties": false
        })
    }
}

/// Values are cleaned as a file's cells are (trimmed, NFC) and an empty one is no
/// value, so a row that crossed the network or sat in a plan file reads like one read
/// from an export; what the values may be is checked by [`crate::core::import`].
impl<'de> Deserialize<'de> for ImportRow {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let values = std::collections::BTreeMap::<UserField, String>::deserialize(deserializer)?;
        let mut row = ImportRow::default();
        for (field, value) in &values {
            if let Some(value) = super::value::clean_optional(value) {
                row.set(*field, &value);
            }
        }
        Ok(row)
    }
}

/// What the source knows once every row was read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SourceSummary {
    /// Data rows read (valid or not).
    pub rows: u64,
    /// Rows rejected before they reached the store.
    pub rejected: u64,
    /// SHA-256 of the input bytes, hex.
    pub sha256: String,
}

/// A stream of valid rows, fed to the store one at a time.
pub trait RowSource<Row = ImportRow, Field = UserField> {
    /// The next valid row; invalid rows are reported and counted by the source itself.
    fn next_row(&mut self) -> crate::Result<Option<Row>>;
    /// The store rejects the row `next_row` returned last, for a reason in `field`.
    fn reject_current(&mut self, field: Field, message: &str);
    /// Called once after the last row.
    fn finish(&mut self) -> crate::Result<SourceSummary>;

    /// For a store that answers only once every row was sent (the remote store): from
    /// now on, keep every row handed out and report nothing (not even the source's own
    /// rejections) until [`settle`](Self::settle), so that late rejections by line take
    /// their place among the others.
    fn retain(&mut self) {}
    /// The store rejects the row of `line`, handed out since `retain`; called in
    /// increasing line order, after `finish`.
    fn reject_line(&mut self, line: u64, field: Field, message: &str) {
        let _ = (line, field, message);
    }
    /// The store has answered: report what was kept, in line order, and end the source
    /// (a reject file is complete).
    fn settle(&mut self) -> crate::Result<()> {
        Ok(())
    }
}

/// One field that an update changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FieldChange {
    pub field: UserField,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// One change an import makes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Change {
    Create {
        line: u64,
        row: ImportRow,
    },
    Update {
        line: u64,
        user_id: i64,
        changes: Vec<FieldChange>,
        row: ImportRow,
    },
    Reactivate {
        line: u64,
        user_id: i64,
    },
    Suspend {
        user_id: i64,
    },
}

impl Change {
    pub fn kind(&self) -> &'static str {
        match self {
            Change::Create { .. } => "create",
            Change::Update { .. } => "update",
            Change::Reactivate { .. } => "reactivate",
            Change::Suspend { .. } => "suspend",
        }
    }
}

/// Receives every planned change (for `--dry-run` samples and `--plan-out`).
pub trait PlanSink {
    /// Called once, before any change, with the state of the tenant the plan is made
    /// against.
    fn begin(&mut self, store_head: &str) -> crate::Result<()>;
    fn change(&mut self, change: &Change) -> crate::Result<()>;
    /// How many changes of each kind the sink keeps (`None`: all of them), so that a
    /// remote store need not send the rest.
    fn changes_wanted(&self) -> Option<usize> {
        None
    }
}

/// The header of a saved plan: what it was made from and against which store state.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct PlanHeader {
    pub format: String,
    pub version: u32,
    pub spec: ImportSpec,
    /// The head of the tenant's audit chain when the plan was made: any later change
    /// to the tenant moves it (changes to other tenants do not).
    pub store_head: String,
}

impl PlanHeader {
    /// What a saved plan's `format` says it is.
    pub const FORMAT: &'static str = "lmsctl-import-plan";
    /// The plan format this lmsctl writes and reads.
    pub const VERSION: u32 = 1;
}

/// A saved plan being read: its header, its changes one at a time, then its summary.
pub trait PlanSource {
    fn header(&self) -> &PlanHeader;
    /// The next change; an error if the plan is damaged or cut off.
    fn next_change(&mut self) -> crate::Result<Option<Change>>;
    /// The summary written when the plan was made (after the last change).
    fn summary(&self) -> Option<&ImportReport>;
}

/// The outcome of an import (or a dry run of one).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ImportReport {
    pub tenant: String,
    pub file: String,
    pub sha256: String,
    pub mode: Option<ImportMode>,
    pub key: Option<ImportKey>,
    pub rows: u64,
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub reactivated: u64,
    pub suspended: u64,
    pub rejected: u64,
    /// New rows skipped because the person was erased earlier (suppression list).
    pub suppressed: u64,
    /// `sync` with rejected rows: users absent from the file who were not suspended,
    /// because a rejected row might have been theirs.
    pub withheld_suspensions: u64,
    /// Whether the changes were written (false for dry runs and refused imports).
    pub applied: bool,
}

impl ImportReport {
    /// An empty report for an import with these options.
    pub fn for_spec(spec: &ImportSpec) -> Self {
        ImportReport {
            tenant: spec.tenant.clone(),
            file: spec.file.clone(),
            mode: Some(spec.mode),
            key: Some(spec.key),
            ..ImportReport::default()
        }
    }

    pub fn count(&mut self, change: &Change) {
        match change {
            Change::Create { .. } => self.created += 1,
            Change::Update { .. } => self.updated += 1,
            Change::Reactivate { .. } => self.reactivated += 1,
            Change::Suspend { .. } => self.suspended += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suspend_limits() {
        assert_eq!("10%".parse(), Ok(SuspendLimit::Percent(10.0)));
        assert_eq!("25".parse(), Ok(SuspendLimit::Count(25)));
        assert!("ten".parse::<SuspendLimit>().is_err());
        assert!("150%".parse::<SuspendLimit>().is_err());
        assert_eq!(SuspendLimit::Percent(10.0).allowed(1005), 100);
    }
}

/// The fields of a completions import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CompletionField {
    ExternalId,
    Email,
    Course,
    Date,
    Score,
}

impl CompletionField {
    pub const ALL: [CompletionField; 5] = [
        CompletionField::ExternalId,
        CompletionField::Email,
        CompletionField::Course,
        CompletionField::Date,
        CompletionField::Score,
    ];

    pub fn name(self) -> &'static str {
        match self {
            CompletionField::ExternalId => "external_id",
            CompletionField::Email => "email",
            CompletionField::Course => "course",
            CompletionField::Date => "date",
            CompletionField::Score => "score",
        }
    }
}

/// One valid row of a completions import.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CompletionRow {
    pub line: u64,
    pub user: super::UserSel,
    pub course: String,
    pub date: chrono::NaiveDate,
    pub score: Option<f64>,
}

/// The outcome of a completions import (or a dry run of one).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CompletionReport {
    pub tenant: String,
    pub file: String,
    pub sha256: String,
    pub rows: u64,
    /// New completions (each with a certificate).
    pub created: u64,
    /// Completions the store already had.
    pub unchanged: u64,
    pub rejected: u64,
    pub applied: bool,
}
