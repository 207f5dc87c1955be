/*!
Bulk user import in SQLite: diff a stream of validated rows against the tenant's
users and apply the difference, all in the caller's one transaction.

The tenant's existing users are loaded once into a map from key to (id, status,
hash of the imported fields), so memory grows with the tenant, not with the row
width, and an unchanged row costs one hash and one lookup. Changes are written
with prepared statements as they are found; whether they are kept is decided at
the end (all-or-nothing, dry run, `sync` threshold) by committing or rolling back.
Conflicts that only the store can see (an e-mail held by another user) are caught
by the unique indexes and handed back to the source as rejections of that row.
*/

use std::hash::{DefaultHasher, Hash, Hasher};

use rusqlite::{Connection, ErrorCode, OptionalExtension, Statement};
use serde_json::json;

use super::{Writer, audit, groups, now, tenants};
use crate::core::import::{PlanCheck, Target, check_plan_header};
use crate::error::{Error, Result};
use crate::model::value::{KeyHasher, KeyMap};
use crate::model::{
    Change, FieldChange, ImportKey, ImportMode, ImportReport, ImportRow, ImportSpec, NewGroup, PlanSink,
    PlanSource, RowSource, UserField, UserStatus,
};

/// A user of the tenant as the diff sees it.
struct Existing {
    id: i64,
    /// [`KeyHash::check`] of the user's key.
    check: u32,
    suspended: bool,
    seen: bool,
    hash: u64,
}

/// The hash of the imported fields of a user, the same for a stored user and a row
/// that would leave it unchanged.
fn fields_hash<'a>(values: impl Iterator<Item = Option<&'a str>>) -> u64 {
    let mut hasher = DefaultHasher::new();
    for value in values {
        value.hash(&mut hasher);
    }
    hasher.finish()
}

fn select_columns(columns: &[UserField]) -> String {
    columns
        .iter()
        .map(|c| format!("u.{}", c.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The tenant's users (not erased) by import key. Also returns how many users the
/// tenant has in all, for the `sync` threshold.
fn load_existing(conn: &Connection, tenant_id: i64, spec: &ImportSpec) -> Result<(KeyMap<Existing>, u64)> {
    let key = spec.key.field().name();
    let sql = format!(
        "SELECT u.id, u.status, u.{key}, {} FROM user u
         WHERE u.tenant_id = ?1 AND u.status != 'erased'",
        select_columns(&spec.columns)
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([tenant_id])?;
    let mut map = KeyMap::default();
    let mut hasher = KeyHasher::default();
    let mut total = 0;
    while let Some(row) = rows.next()? {
        total += 1;
        let Some(key_value) = row.get_ref(2)?.as_str_or_null().map_err(rusqlite::Error::from)? else {
            continue;
        };
        let mut values = Vec::with_capacity(spec.columns.len());
        for i in 0..spec.columns.len() {
            values.push(
                row.get_ref(3 + i)?
                    .as_str_or_null()
                    .map_err(rusqlite::Error::from)?,
            );
        }
        let status = row.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
        let key = hasher.key(key_value, spec.key == ImportKey::Email);
        map.insert(
            key.index,
            Existing {
                id: row.get(0)?,
                check: key.check,
                suspended: status == "suspended",
                seen: false,
                hash: fields_hash(values.into_iter()),
            },
        );
    }
    Ok((map, total))
}

/// Prepared statements that write import changes.
struct Applier<'c> {
    conn: &'c Connection,
    tenant_id: i64,
    columns: Vec<UserField>,
    now: String,
    insert: Statement<'c>,
    update: Statement<'c>,
    set_status: Statement<'c>,
}

impl<'c> Applier<'c> {
    fn new(conn: &'c Connection, tenant_id: i64, columns: &[UserField]) -> Result<Self> {
        let all: Vec<&str> = UserField::ALL.iter().map(|f| f.name()).collect();
        let insert = conn.prepare(&format!(
            "INSERT INTO user (tenant_id, {}, roles, status, created_at, updated_at)
             VALUES (?, {}, 'learner', 'active', ?, ?)",
            all.join(", "),
            vec!["?"; all.len()].join(", ")
        ))?;
        let sets: Vec<String> = columns.iter().map(|c| format!("{} = ?", c.name())).collect();
        let update = conn.prepare(&format!(
            "UPDATE user SET {}, updated_at = ? WHERE id = ?",
            sets.join(", ")
        ))?;
        let set_status = conn.prepare("UPDATE user SET status = ?, updated_at = ? WHERE id = ?")?;
        Ok(Applier {
            conn,
            tenant_id,
            columns: columns.to_vec(),
            now: now(),
            insert,
            update,
            set_status,
        })
    }

    fn create(&mut self, row: &ImportRow) -> rusqlite::Result<i64> {
        let values = UserField::ALL.map(|f| row.get(f));
        let mut params: [&dyn rusqlite::ToSql; 11] = [&self.tenant_id; 11];
        for (i, value) in values.iter().enumerate() {
            params[1 + i] = value;
        }
        params[9] = &self.now;
        params[10] = &self.now;
        self.insert.execute(params.as_slice())?;
        Ok(self.conn.last_insert_rowid())
    }

    fn update(&mut self, user_id: i64, row: &ImportRow) -> rusqlite::Result<()> {
        let values: Vec<Option<&str>> = self.columns.iter().map(|c| row.get(*c)).collect();
        let mut params: Vec<&dyn rusqlite::ToSql> =
            values.iter().map(|v| v as &dyn rusqlite::ToSql).collect();
        params.push(&self.now);
        params.push(&user_id);
        self.update.execute(params.as_slice())?;
        Ok(())
    }

    fn set_status(&mut self, user_id: i64, status: &str) -> rusqlite::Result<()> {
        self.set_status.execute((status, &self.now, user_id))?;
        Ok(())
    }

    /// Applies one planned change; returns the user it touched.
    fn apply(&mut self, change: &Change) -> rusqlite::Result<i64> {
        match change {
            Change::Create { row, .. } => self.create(row),
            Change::Update { user_id, row, .. } => self.update(*user_id, row).map(|()| *user_id),
            Change::Reactivate { user_id, .. } => self.set_status(*user_id, "active").map(|()| *user_id),
            Change::Suspend { user_id } => self.set_status(*user_id, "suspended").map(|()| *user_id),
        }
    }

    /// The stored values of the imported fields of one user.
    fn current(&self, user_id: i64) -> Result<Vec<Option<String>>> {
        let sql = format!(
            "SELECT {} FROM user u WHERE u.id = ?1",
            select_columns(&self.columns)
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        Ok(stmt.query_row([user_id], |r| {
            (0..self.columns.len())
                .map(|i| r.get(i))
                .collect::<rusqlite::Result<Vec<_>>>()
        })?)
    }

    /// Explains why `change` failed with `err` when a unique index refused it: which
    /// field, held by whom. Any other failure is passed on.
    fn conflict(&self, change: &Change, err: rusqlite::Error) -> Result<(UserField, String)> {
        let (Change::Create { row, .. } | Change::Update { row, .. }) = change else {
            return Err(err.into());
        };
        if !is_unique_violation(&err) {
            return Err(err.into());
        }
        let except = match change {
            Change::Update { user_id, .. } => *user_id,
            _ => 0,
        };
        self.holder(row, except)
    }

    /// Which field of the row another user of the tenant holds, and who.
    fn holder(&self, row: &ImportRow, except: i64) -> Result<(UserField, String)> {
        for field in [UserField::Email, UserField::ExternalId] {
            let Some(value) = row.get(field) else { continue };
            let collate = if field == UserField::Email {
                "COLLATE NOCASE"
            } else {
                ""
            };
            let holder: Option<i64> = self
                .conn
                .query_row(
                    &format!(
                        "SELECT id FROM user WHERE tenant_id = ?1 AND {} = ?2 {collate} AND id != ?3",
                        field.name()
                    ),
                    (self.tenant_id, value, except),
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(holder) = holder {
                return Ok((
                    field,
                    format!(
                        "'{value}' already belongs to user id:{holder}, who is not this row's user; \
                         fix the file or change that user with `lmsctl user update id:{holder}`"
                    ),
                ));
            }
        }
        Ok((
            UserField::Email,
            "conflicts with another user of the tenant".to_owned(),
        ))
    }
}

fn is_unique_violation(err: &rusqlite::Error) -> bool {
    err.sqlite_error_code() == Some(ErrorCode::ConstraintViolation)
}

/// Large imports into an empty tenant: maintaining the e-mail index row by row costs
/// a random B-tree insert per user, while building it once at the end is one sort.
/// So after enough new users, the index is dropped (within the transaction) and
/// rebuilt before the import finishes. The index is what would catch a user of the
/// tenant whose e-mail address a new row repeats; in an empty tenant there is no
/// such user, and the rows repeating each other are rejected by the source.
struct BulkLoad {
    /// Creates after which to switch, if the tenant had no users at all.
    threshold: Option<u64>,
    created: u64,
    dropped: bool,
}

impl BulkLoad {
    /// New users before dropping the index pays off: it must outweigh rebuilding the
    /// index over the whole table, other tenants included.
    const MIN_ROWS: u64 = 50_000;

    fn new(conn: &Connection, tenant_id: i64) -> Result<Self> {
        let in_tenant: u64 = conn.query_row(
            "SELECT count(*) FROM user WHERE tenant_id = ?1",
            [tenant_id],
            |r| r.get(0),
        )?;
        let in_store: u64 = conn.query_row("SELECT count(*) FROM user", [], |r| r.get(0))?;
        Ok(BulkLoad {
            threshold: (in_tenant == 0).then_some(Self::MIN_ROWS.max(in_store / 2)),
            created: 0,
            dropped: false,
        })
    }

    fn created(&mut self, conn: &Connection) -> Result<()> {
        self.created += 1;
        if !self.dropped && self.threshold == Some(self.created) {
            conn.execute_batch(&format!("DROP INDEX {}", super::migrations::EMAIL_INDEX_NAME))?;
            self.dropped = true;
        }
        Ok(())
    }

    fn finish(&mut self, conn: &Connection) -> Result<()> {
        if self.dropped {
            conn.execute_batch(super::migrations::EMAIL_INDEX)?;
            self.dropped = false;
        }
        Ok(())
    }
}

/// Whether a new row is a person erased earlier (GDPR Art. 17): their external id or
/// e-mail address is on the tenant's suppression list. Such rows are skipped, and
/// only counted: naming them would say who was erased.
fn suppressed(
    (secret, list): &(Vec<u8>, std::collections::HashSet<String>),
    row: &crate::model::ImportRow,
) -> bool {
    if list.is_empty() {
        return false;
    }
    [
        ("external_id", UserField::ExternalId),
        ("email", UserField::Email),
    ]
    .into_iter()
    .filter_map(|(kind, field)| row.get(field).map(|value| (kind, value)))
    .any(|(kind, value)| list.contains(&format!("{kind}:{}", super::gdpr::mac(secret, kind, value))))
}

/// The import itself. Returns the report and whether to commit.
pub fn import_users(
    w: &Writer<'_>,
    spec: &ImportSpec,
    rows: &mut dyn RowSource,
    sink: &mut dyn PlanSink,
) -> Result<(ImportReport, bool)> {
    let tenant_id = tenants::id_of(w, &spec.tenant)?;
    sink.begin(&audit::head(w)?)?;
    let (mut existing, _) = load_existing(w, tenant_id, spec)?;
    let mut bulk = BulkLoad::new(w, tenant_id)?;
    let mut applier = Applier::new(w, tenant_id, &spec.columns)?;
    let mut report = ImportReport::for_spec(spec);
    let mut touched = Vec::new();
    let key_field = spec.key.field();
    let mut hasher = KeyHasher::default();
    let suppression = super::gdpr::suppression_set(w, tenant_id)?;

    while let Some(row) = rows.next_row()? {
        let Some(key) = row
            .get(key_field)
            .map(|k| hasher.key(k, spec.key == ImportKey::Email))
        else {
            rows.reject_current(key_field, "is empty, but it is the key of this import");
            continue;
        };
        let mut reactivate = None;
        let mut unchanged = None;
        // A user whose key hash matches but whose check does not is someone else:
        // treated as new, the unique indexes then refuse the row if it really clashes.
        let change = match existing
            .get_mut(&key.index)
            .filter(|user| user.check == key.check)
        {
            None if spec.mode == ImportMode::UpdateOnly => {
                rows.reject_current(
                    key_field,
                    "no user of the tenant has this key (update-only import)",
                );
                continue;
            }
            None if suppressed(&suppression, &row) => {
                report.suppressed += 1;
                continue;
            }
            None => Some(Change::Create { line: row.line, row }),
            Some(user) if user.seen => {
                // Two rows for one user: the source catches equal keys, so this is
                // a key that differs only in case (e-mail keys).
                rows.reject_current(key_field, "appears twice in the file");
                continue;
            }
            Some(user) => {
                user.seen = true;
                if spec.mode == ImportMode::CreateOnly {
                    if spec.group.is_some() {
                        touched.push(user.id);
                    }
                    report.unchanged += 1;
                    continue;
                }
                reactivate =
                    (spec.mode == ImportMode::Sync && user.suspended).then_some(Change::Reactivate {
                        line: row.line,
                        user_id: user.id,
                    });
                let hash = fields_hash(spec.columns.iter().map(|c| row.get(*c)));
                if hash == user.hash {
                    report.unchanged += 1;
                    unchanged = Some(user.id);
                    None
                } else {
                    let user_id = user.id;
                    let current = applier.current(user_id)?;
                    let changes = spec
                        .columns
                        .iter()
                        .zip(current)
                        .filter(|(c, old)| old.as_deref() != row.get(**c))
                        .map(|(c, old)| FieldChange {
                            field: *c,
                            old,
                            new: row.get(*c).map(str::to_owned),
                        })
                        .collect();
                    Some(Change::Update {
                        line: row.line,
                        user_id,
                        changes,
                        row,
                    })
                }
            }
        };
        // Only a row that went through reactivates its user and joins `--group`.
        let mut accept = |user_id: i64, applier: &mut Applier<'_>, sink: &mut dyn PlanSink| -> Result<()> {
            if let Some(reactivate) = reactivate.take() {
                applier.apply(&reactivate)?;
                sink.change(&reactivate)?;
                report.count(&reactivate);
            }
            if spec.group.is_some() {
                touched.push(user_id);
            }
            Ok(())
        };
        let Some(change) = change else {
            if let Some(user_id) = unchanged {
                accept(user_id, &mut applier, sink)?;
            }
            continue;
        };
        match applier.apply(&change) {
            Ok(user_id) => {
                if matches!(change, Change::Create { .. }) {
                    bulk.created(w)?;
                }
                // The source rejects a second row with the same key, so a created
                // user need not be added to `existing`.
                sink.change(&change)?;
                accept(user_id, &mut applier, sink)?;
                report.count(&change);
            }
            Err(err) => {
                let (field, message) = applier.conflict(&change, err)?;
                rows.reject_current(field, &message);
            }
        }
    }
    bulk.finish(w)?;
    let source = rows.finish()?;
    report.rows = source.rows;
    report.sha256 = source.sha256;
    // The source counts every rejection, its own and the store's.
    report.rejected = source.rejected;

    if spec.mode == ImportMode::Sync {
        let mut absent: Vec<i64> = existing
            .values()
            .filter(|u| !u.seen && !u.suspended)
            .map(|u| u.id)
            .collect();
        // The limit is a share of the people who are active now: suspended leavers
        // must not make room for suspending the rest.
        let active = existing.values().filter(|u| !u.suspended).count() as u64;
        let allowed = spec.max_suspend.allowed(active);
        if report.rows == 0 && !absent.is_empty() {
            return Err(Error::invalid(format!(
                "sync refused: {} has no data rows, which would suspend all {} active users; nothing was changed",
                spec.file,
                absent.len()
            ))
            .with_hint("check the export; a sync needs the full list of people"));
        }
        if absent.len() as u64 > allowed {
            return Err(Error::invalid(format!(
                "sync refused: it would suspend {} of the tenant's {active} active users, more than --max-suspend {} allows ({allowed}); \
                 is {} complete? Nothing was changed",
                absent.len(),
                spec.max_suspend,
                spec.file
            ))
            .with_hint("check the export; if these suspensions are intended, raise the limit, e.g. --max-suspend 50%"));
        }
        if report.rejected > 0 {
            // A rejected row may be one of the "absent": suspend nobody this time.
            report.withheld_suspensions = absent.len() as u64;
            absent.clear();
        }
        absent.sort_unstable();
        for user_id in absent {
            let change = Change::Suspend { user_id };
            applier.apply(&change)?;
            sink.change(&change)?;
            report.count(&change);
        }
    }
    drop(applier);

    let commit = spec.apply && (report.rejected == 0 || spec.skip_invalid);
    if commit {
        finish(w, tenant_id, spec, &mut touched, &report, None)?;
        report.applied = true;
    }
    Ok((report, commit))
}

/// Applies a saved plan, if the store is still in the state it was made against and
/// every change still holds: a plan is a proposal (it may have been edited, or come
/// from a client), so each change is checked again against the plan's tenant
/// ([`PlanCheck`]); one that does not hold refuses the whole plan.
pub fn apply_plan(w: &Writer<'_>, plan: &mut dyn PlanSource) -> Result<ImportReport> {
    let header = plan.header().clone();
    let spec = &header.spec;
    check_plan_header(&header).map_err(|m| refuse_plan(None, &m))?;
    let tenant_id = tenants::id_of(w, &spec.tenant)?;
    let head = audit::head(w)?;
    if head != header.store_head {
        return Err(Error::refused(
            "the store has changed since this plan was made; applying it could undo those changes. Nothing was changed",
        )
        .with_hint(format!("make a new plan: lmsctl import users {} --plan-out FILE", spec.file)));
    }
    let active: u64 = w.query_row(
        "SELECT count(*) FROM user WHERE tenant_id = ?1 AND status = 'active'",
        [tenant_id],
        |r| r.get(0),
    )?;
    let suppression = super::gdpr::suppression_set(w, tenant_id)?;
    let mut targets = w.prepare(&format!(
        "SELECT status, {} FROM user WHERE id = ?1 AND tenant_id = ?2",
        spec.key.field().name()
    ))?;
    let mut check = PlanCheck::default();
    let mut applier = Applier::new(w, tenant_id, &spec.columns)?;
    let mut report = ImportReport::for_spec(spec);
    let mut touched = Vec::new();
    let mut number = 0;
    while let Some(change) = plan.next_change()? {
        number += 1;
        let target = match &change {
            Change::Create { .. } => None,
            Change::Update { user_id, .. }
            | Change::Reactivate { user_id, .. }
            | Change::Suspend { user_id } => targets
                .query_row((user_id, tenant_id), |r| {
                    let status: String = r.get(0)?;
                    Ok(Target {
                        status: UserStatus::parse(&status).unwrap_or(UserStatus::Erased),
                        key: r.get(1)?,
                    })
                })
                .optional()?,
        };
        check
            .change(spec, &change, target.as_ref())
            .map_err(|m| refuse_plan(Some(number), &m))?;
        if let Change::Create { row, .. } = &change
            && suppressed(&suppression, row)
        {
            return Err(refuse_plan(
                Some(number),
                "it would bring back a person who was erased (the suppression list names them)",
            ));
        }
        let user_id = match applier.apply(&change) {
            Ok(user_id) => user_id,
            Err(err) => {
                let (field, message) = applier.conflict(&change, err)?;
                return Err(refuse_plan(Some(number), &format!("{}: {message}", field.name())));
            }
        };
        if !matches!(change, Change::Suspend { .. }) {
            touched.push(user_id);
        }
        report.count(&change);
    }
    drop(applier);
    drop(targets);
    check
        .finish(spec, plan.summary(), active)
        .map_err(|m| refuse_plan(None, &m))?;
    if let Some(summary) = plan.summary() {
        report.rows = summary.rows;
        report.unchanged = summary.unchanged;
        report.rejected = summary.rejected;
        report.sha256.clone_from(&summary.sha256);
    }
    // All or nothing holds for plans too: one made from a file with invalid rows
    // applies only if it was made with --skip-invalid.
    if report.rejected > 0 && !spec.skip_invalid {
        return Err(Error::invalid(format!(
            "the plan was made from {} with {} invalid rows and without --skip-invalid, so it cannot be applied; nothing was changed",
            spec.file, report.rejected
        ))
        .with_hint("fix the rows and make a new plan, or make it with --skip-invalid"));
    }
    finish(
        w,
        tenant_id,
        spec,
        &mut touched,
        &report,
        Some(&header.store_head),
    )?;
    report.applied = true;
    Ok(report)
}

/// A plan that does not hold: change `number` (line `number + 1` of a plan file, after
/// its header), or the plan as a whole.
fn refuse_plan(number: Option<u64>, reason: &str) -> Error {
    let place = match number {
        Some(number) => format!("change {number} of the plan (line {} of its file)", number + 1),
        None => "the plan".to_owned(),
    };
    Error::invalid(format!(
        "{place} does not hold: {reason}; the plan was refused and nothing was changed"
    ))
    .with_hint("make a new plan with `lmsctl import users FILE --plan-out PLAN` and apply it unedited")
}

/// What every applied import does last: rule groups, the `--group`, the audit event.
fn finish(
    w: &Writer<'_>,
    tenant_id: i64,
    spec: &ImportSpec,
    touched: &mut Vec<i64>,
    report: &ImportReport,
    plan_head: Option<&str>,
) -> Result<()> {
    let mut group_id = None;
    if let Some(name) = &spec.group {
        let id = match groups::id_of(w, tenant_id, name) {
            Ok(id) => id,
            Err(_) => {
                groups::create(
                    w,
                    &spec.tenant,
                    &NewGroup {
                        name: name.clone(),
                        ..NewGroup::default()
                    },
                )?
                .id
            }
        };
        touched.sort_unstable();
        touched.dedup();
        let mut add = w.prepare(
            "INSERT OR IGNORE INTO group_member (group_id, user_id, source) VALUES (?1, ?2, 'static')",
        )?;
        for user_id in touched.iter() {
            add.execute((id, user_id))?;
        }
        group_id = Some(id);
    }
    // After the `--group` members are in: they may be what an assignment reaches.
    super::refresh_memberships(w, tenant_id, None)?;
    w.audit(
        Some(&spec.tenant),
        "import.users",
        json!({
            "file": std::path::Path::new(&spec.file).file_name().map(|n| n.to_string_lossy()),
            "sha256": report.sha256,
            "mode": spec.mode,
            "key": spec.key,
            "rows": report.rows,
            "created": report.created,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "reactivated": report.reactivated,
            "suspended": report.suspended,
            "rejected": report.rejected,
            "suppressed": report.suppressed,
            "group_id": group_id,
            "from_plan": plan_head.is_some(),
        }),
    )
}
