/*!
Bulk user import in SQLite: what the core's import of users reads and writes
([`crate::store::rules::UserImportStore`]), in the writer's one transaction.

The tenant's users are read in one pass for the core's diff. Changes are written
with prepared statements as the core decides them; whether they are kept is decided
at the end by committing or rolling back. Conflicts only the store can see (an
e-mail address held by another user) are caught by the unique indexes and handed
back to the core with the user who holds the value. A first import into an empty
tenant drops the e-mail index and builds it once at the end ([`BulkLoad`]).
*/

use std::collections::HashSet;

use rusqlite::{Connection, ErrorCode, OptionalExtension, Statement};

use super::{Writer, audit, groups, now, tenants};
use crate::error::{ErrorKind, Result};
use crate::model::{
    ImportReport, ImportRow, ImportSpec, NewGroup, PlanSink, PlanSource, RowSource, UserField, UserStatus,
};
use crate::store::rules::{Conflict, PlanTarget, StoredUser, UserImportStore};

/// An import of users as SQLite runs it: the import's tenant, key and columns, and
/// the prepared statements that read and write its users.
struct Session<'c> {
    w: &'c Writer<'c>,
    tenant: String,
    tenant_id: i64,
    key: UserField,
    columns: Vec<UserField>,
    now: String,
    insert: Statement<'c>,
    update: Statement<'c>,
    set_status: Statement<'c>,
    /// Read only by updates and saved plans, so prepared (and cached) only when one
    /// needs them: a statement held open takes the connection's small-allocation
    /// buffer (lookaside) from the inserts of a bulk import.
    values_sql: String,
    target_sql: String,
    /// The tenant's suppression list: its secret, and `kind:mac` of each entry.
    suppression: (Vec<u8>, HashSet<String>),
    bulk: Option<BulkLoad>,
}

/// `u.column, ...` for the import's columns.
fn select_columns(columns: &[UserField]) -> String {
    columns
        .iter()
        .map(|c| format!("u.{}", c.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

impl<'c> Session<'c> {
    /// Opens the import of `spec` (with `bulk`, allowed to bulk-load an empty tenant).
    fn open(w: &'c Writer<'c>, spec: &ImportSpec, bulk: bool) -> Result<Self> {
        let tenant_id = tenants::id_of(w, &spec.tenant)?;
        let all: Vec<&str> = UserField::ALL.iter().map(|f| f.name()).collect();
        let insert = w.prepare(&format!(
            "INSERT INTO user (tenant_id, {}, roles, status, created_at, updated_at)
             VALUES (?, {}, 'learner', 'active', ?, ?)",
            all.join(", "),
            vec!["?"; all.len()].join(", ")
        ))?;
        let sets: Vec<String> = spec.columns.iter().map(|c| format!("{} = ?", c.name())).collect();
        let update = w.prepare(&format!(
            "UPDATE user SET {}, updated_at = ? WHERE id = ?",
            sets.join(", ")
        ))?;
        let set_status = w.prepare("UPDATE user SET status = ?, updated_at = ? WHERE id = ?")?;
        let values_sql = format!(
            "SELECT {} FROM user u WHERE u.id = ?1",
            select_columns(&spec.columns)
        );
        let target_sql = format!(
            "SELECT status, {} FROM user WHERE id = ?1 AND tenant_id = ?2",
            spec.key.field().name()
        );
        Ok(Session {
            w,
            tenant: spec.tenant.clone(),
            tenant_id,
            key: spec.key.field(),
            columns: spec.columns.clone(),
            now: now(),
            insert,
            update,
            set_status,
            values_sql,
            target_sql,
            suppression: super::gdpr::suppression_set(w, tenant_id)?,
            bulk: if bulk {
                Some(BulkLoad::new(w, tenant_id)?)
            } else {
                None
            },
        })
    }

    /// `result` of a write, with a unique index's refusal explained: which field of
    /// `row`, held by whom. Any other failure is passed on.
    fn refused_by_index<T>(
        &self,
        result: rusqlite::Result<T>,
        row: &ImportRow,
        except: i64,
    ) -> Result<Result<T, Conflict>> {
        match result {
            Ok(value) => Ok(Ok(value)),
            Err(err) if err.sqlite_error_code() == Some(ErrorCode::ConstraintViolation) => {
                Ok(Err(self.holder(row, except)?))
            }
            Err(err) => Err(err.into()),
        }
    }

    /// Which field of the row another user of the tenant (not `except`) holds, and who.
    fn holder(&self, row: &ImportRow, except: i64) -> Result<Conflict> {
        for field in [UserField::Email, UserField::ExternalId] {
            let Some(value) = row.get(field) else { continue };
            let collate = if field == UserField::Email {
                "COLLATE NOCASE"
            } else {
                ""
            };
            let holder: Option<i64> = self
                .w
                .query_row(
                    &format!(
                        "SELECT id FROM user WHERE tenant_id = ?1 AND {} = ?2 {collate} AND id != ?3",
                        field.name()
                    ),
                    (self.tenant_id, value, except),
                    |r| r.get(0),
                )
                .optional()?;
            if holder.is_some() {
                return Ok(Conflict { field, holder });
            }
        }
        Ok(Conflict {
            field: UserField::Email,
            holder: None,
        })
    }
}

impl UserImportStore for Session<'_> {
    fn state(&mut self) -> Result<String> {
        audit::chain_head(self.w, self.w.rules.audit_chain(Some(&self.tenant)))
    }

    fn users(&mut self, each: &mut dyn FnMut(&StoredUser<'_>)) -> Result<()> {
        let sql = format!(
            "SELECT u.id, u.status, u.{}, {} FROM user u
             WHERE u.tenant_id = ?1 AND u.status != 'erased'",
            self.key.name(),
            select_columns(&self.columns)
        );
        let mut stmt = self.w.prepare(&sql)?;
        let mut rows = stmt.query([self.tenant_id])?;
        while let Some(row) = rows.next()? {
            // On the stack: a million users cost no allocation each.
            let mut values = [None; UserField::ALL.len()];
            let text = |i: usize| row.get_ref(i)?.as_str_or_null().map_err(rusqlite::Error::from);
            for (i, value) in values.iter_mut().take(self.columns.len()).enumerate() {
                *value = text(3 + i)?;
            }
            let status = row.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
            let status = UserStatus::parse(status).ok_or_else(|| {
                rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, status.into())
            })?;
            each(&StoredUser {
                id: row.get(0)?,
                status,
                key: text(2)?,
                values: &values[..self.columns.len()],
            });
        }
        Ok(())
    }

    fn active_users(&mut self) -> Result<u64> {
        Ok(self.w.query_row(
            "SELECT count(*) FROM user WHERE tenant_id = ?1 AND status = 'active'",
            [self.tenant_id],
            |r| r.get(0),
        )?)
    }

    fn plan_target(&mut self, user_id: i64) -> Result<Option<PlanTarget>> {
        Ok(self
            .w
            .prepare_cached(&self.target_sql)?
            .query_row((user_id, self.tenant_id), |r| {
                let status: String = r.get(0)?;
                Ok(PlanTarget {
                    status: UserStatus::parse(&status).unwrap_or(UserStatus::Erased),
                    key: r.get(1)?,
                })
            })
            .optional()?)
    }

    fn values(&mut self, user_id: i64) -> Result<Vec<Option<String>>> {
        let n = self.columns.len();
        Ok(self
            .w
            .prepare_cached(&self.values_sql)?
            .query_row([user_id], |r| {
                (0..n).map(|i| r.get(i)).collect::<rusqlite::Result<Vec<_>>>()
            })?)
    }

    fn suppressed(&mut self, row: &ImportRow) -> Result<bool> {
        let (secret, list) = &self.suppression;
        if list.is_empty() {
            return Ok(false);
        }
        Ok([
            ("external_id", UserField::ExternalId),
            ("email", UserField::Email),
        ]
        .into_iter()
        .filter_map(|(kind, field)| row.get(field).map(|value| (kind, value)))
        .any(|(kind, value)| {
            list.contains(&format!(
                "{kind}:{}",
                self.w.rules.suppression_mac(secret, kind, value)
            ))
        }))
    }

    fn create(&mut self, row: &ImportRow) -> Result<Result<i64, Conflict>> {
        let values = UserField::ALL.map(|f| row.get(f));
        let mut params: [&dyn rusqlite::ToSql; 11] = [&self.tenant_id; 11];
        for (i, value) in values.iter().enumerate() {
            params[1 + i] = value;
        }
        params[9] = &self.now;
        params[10] = &self.now;
        let inserted = self.insert.execute(params.as_slice());
        let created = self.refused_by_index(inserted.map(|_| self.w.last_insert_rowid()), row, 0)?;
        if created.is_ok()
            && let Some(bulk) = &mut self.bulk
        {
            bulk.created(self.w)?;
        }
        Ok(created)
    }

    fn update(&mut self, user_id: i64, row: &ImportRow) -> Result<Result<(), Conflict>> {
        let values: Vec<Option<&str>> = self.columns.iter().map(|c| row.get(*c)).collect();
        let mut params: Vec<&dyn rusqlite::ToSql> =
            values.iter().map(|v| v as &dyn rusqlite::ToSql).collect();
        params.push(&self.now);
        params.push(&user_id);
        let updated = self.update.execute(params.as_slice()).map(|_| ());
        self.refused_by_index(updated, row, user_id)
    }

    fn set_status(&mut self, user_id: i64, status: UserStatus) -> Result<()> {
        self.set_status.execute((status.as_str(), &self.now, user_id))?;
        Ok(())
    }

    fn rows_written(&mut self) -> Result<()> {
        match &mut self.bulk {
            Some(bulk) => bulk.finish(self.w),
            None => Ok(()),
        }
    }

    fn join_group(&mut self, name: &str, users: &[i64]) -> Result<i64> {
        let w = self.w;
        let id = match groups::id_of(w, self.tenant_id, name) {
            Ok(id) => id,
            Err(err) if err.kind == ErrorKind::NotFound => {
                let group = NewGroup {
                    name: name.to_owned(),
                    ..NewGroup::default()
                };
                groups::create(w, &self.tenant, &group)?.id
            }
            Err(err) => return Err(err),
        };
        let mut add = w.prepare(
            "INSERT OR IGNORE INTO group_member (group_id, user_id, source) VALUES (?1, ?2, 'static')",
        )?;
        for user_id in users {
            add.execute((id, user_id))?;
        }
        Ok(id)
    }

    fn refresh_memberships(&mut self) -> Result<()> {
        super::refresh_memberships(self.w, self.tenant_id, None)
    }

    fn audit(&mut self, action: &str, target: serde_json::Value) -> Result<()> {
        self.w.audit(Some(&self.tenant), action, target)
    }
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

/// An import of users: the core's import over this store, in the writer's
/// transaction. Returns the report and whether to commit.
pub fn import_users(
    w: &Writer<'_>,
    spec: &ImportSpec,
    rows: &mut dyn RowSource,
    sink: &mut dyn PlanSink,
) -> Result<(ImportReport, bool)> {
    let mut session = Session::open(w, spec, true)?;
    let outcome = w.rules.import_users(spec, &mut session, rows, sink)?;
    // The e-mail index is back before anything is committed, whatever the core asked.
    session.rows_written()?;
    Ok(outcome)
}

/// Applies a saved plan (its header checked by the core) in the writer's transaction.
/// Its changes are written one by one, so that a unique index refuses the very change
/// that clashes: no bulk load.
pub fn apply_plan(w: &Writer<'_>, plan: &mut dyn PlanSource) -> Result<ImportReport> {
    let spec = plan.header().spec.clone();
    let mut session = Session::open(w, &spec, false)?;
    w.rules.apply_import_plan(&mut session, plan)
}
