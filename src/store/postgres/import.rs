/*!
The import of users in PostgreSQL: what the core's import reads and writes
([`crate::store::rules::UserImportStore`]), in the writer's one transaction.

- **One import per tenant at a time.** An import takes its tenant's import lock
  first (an advisory lock held until the transaction ends); a second import of the
  same tenant waits up to `--busy-timeout`, then gives up naming the one that holds
  it. Imports into other tenants never wait.
- **New users go in bulk.** They are streamed with `COPY` in batches, so a million
  new users are a few hundred round trips rather than a million. Until its batch is
  written a new user has a provisional id (negative: the how-manieth new user); the
  batch draws exactly as many ids from the user sequence as it has rows, so ids stay
  dense as on SQLite, and the group a run adds its users to gets the real ones. A
  dry run (or a saved plan), rolled back at the end, draws none: its new users are
  written under their provisional ids.
- **Conflicts are found before writing.** A failed statement would abort the whole
  transaction, so a unique index must never refuse a row: the tenant's e-mail
  addresses and external ids are held as 64-bit hashes (a few dozen MB for a million
  users), and a row whose value hashes like another user's is checked against the
  database, which names who holds it.
*/

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::io::Write;

use postgres::error::SqlState;

use super::{PostgresStore, Writer, enrollments, gdpr, groups, tenants};
use crate::error::{Error, ErrorKind, Result};
use crate::model::value::fold;
use crate::model::{
    ImportReport, ImportRow, ImportSpec, NewGroup, PlanSink, PlanSource, RowSource, UserField, UserStatus,
};
use crate::store::rules::{Conflict, PlanTarget, StoredUser, UserImportStore};

/// New users written with one `COPY`.
const BATCH: usize = 5_000;

/// The fields a unique index of the tenant holds.
const UNIQUE: [UserField; 2] = [UserField::Email, UserField::ExternalId];

/// A value as its unique index compares it (e-mail addresses whatever their case).
fn key_hash(field: UserField, value: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    if field == UserField::Email {
        fold(value).hash(&mut hasher);
    } else {
        value.hash(&mut hasher);
    }
    hasher.finish()
}

/// An import of users as PostgreSQL runs it.
struct Session<'a, 'w> {
    w: &'a mut Writer<'w>,
    tenant: String,
    tenant_id: i64,
    key: UserField,
    columns: Vec<UserField>,
    now: String,
    /// Who holds each e-mail address and external id of the tenant (by hash), once read.
    held: Option<[HashMap<u64, i64>; 2]>,
    /// Whether the run may be kept: a dry run (and a saved plan) is rolled back, so
    /// its new users are written under their provisional ids, which the user
    /// sequence never gives, rather than spend ids of the sequence that the next
    /// import's users would get (as they do on SQLite).
    keeps: bool,
    /// The real ids of the new users written so far, in the order they came.
    written: Vec<i64>,
    /// New users not yet written: each one's `COPY` text after its id.
    pending: Vec<String>,
    /// The user table's id sequence, looked up once: naming it by text for each id
    /// drawn would cost five times the drawing.
    id_sequence: u32,
    /// Updates not yet written: the user, and the values of the import's columns.
    updates: Vec<(i64, Vec<Option<String>>)>,
    suppression: Option<(Vec<u8>, HashSet<String>)>,
}

impl<'a, 'w> Session<'a, 'w> {
    fn open(w: &'a mut Writer<'w>, spec: &ImportSpec, keeps: bool) -> Result<Self> {
        let tenant_id = tenants::id_of(&mut w.tx, &spec.tenant)?;
        lock_tenant(w, tenant_id, &spec.tenant)?;
        let id_sequence: u32 =
            w.tx.query_one(
                "SELECT pg_get_serial_sequence('\"user\"', 'id')::regclass::oid",
                &[],
            )?
            .get(0);
        Ok(Session {
            w,
            tenant: spec.tenant.clone(),
            tenant_id,
            key: spec.key.field(),
            columns: spec.columns.clone(),
            now: crate::model::time::now(),
            held: None,
            keeps,
            written: Vec::new(),
            pending: Vec::new(),
            id_sequence,
            updates: Vec::new(),
            suppression: None,
        })
    }

    /// The holders of the tenant's unique values, read on first use.
    fn held(&mut self) -> Result<&mut [HashMap<u64, i64>; 2]> {
        if self.held.is_none() {
            let mut held = [HashMap::new(), HashMap::new()];
            for row in self.w.tx.query(
                "SELECT id, email::text, external_id FROM \"user\" WHERE tenant_id = $1",
                &[&self.tenant_id],
            )? {
                let id: i64 = row.get(0);
                held[0].insert(key_hash(UserField::Email, row.get(1)), id);
                if let Some(external_id) = row.get::<_, Option<&str>>(2) {
                    held[1].insert(key_hash(UserField::ExternalId, external_id), id);
                }
            }
            self.held = Some(held);
        }
        Ok(self.held.get_or_insert_with(Default::default))
    }

    /// Which unique value of `row` another user (not `except`) holds, and who.
    fn conflict(&mut self, row: &ImportRow, except: i64) -> Result<Option<Conflict>> {
        for (i, field) in UNIQUE.into_iter().enumerate() {
            let Some(value) = row.get(field) else { continue };
            let hash = key_hash(field, value);
            let suspect = self.held()?[i].get(&hash).copied();
            if suspect.is_none_or(|holder| holder == except) {
                continue;
            }
            // The same hash: look at the value itself, with every new user written.
            self.flush()?;
            let column = if field == UserField::Email {
                "lower(email COLLATE \"C\") = lower($2::text COLLATE \"C\")"
            } else {
                "external_id = $2"
            };
            let holder: Option<i64> = self
                .w
                .tx
                .query_opt(
                    &format!("SELECT id FROM \"user\" WHERE tenant_id = $1 AND {column} AND id <> $3"),
                    &[&self.tenant_id, &value, &except],
                )?
                .map(|row| row.get(0));
            if holder.is_some() {
                return Ok(Some(Conflict { field, holder }));
            }
        }
        Ok(None)
    }

    /// Records that `user_id` now holds the unique values of `row`.
    fn hold(&mut self, row: &ImportRow, user_id: i64) -> Result<()> {
        for (i, field) in UNIQUE.into_iter().enumerate() {
            if let Some(value) = row.get(field) {
                self.held()?[i].insert(key_hash(field, value), user_id);
            }
        }
        Ok(())
    }

    /// The real id of `id`, which may be a new user's provisional one.
    fn real(&self, id: i64) -> i64 {
        if id >= 0 {
            return id;
        }
        usize::try_from(-id - 1)
            .ok()
            .and_then(|k| self.written.get(k))
            .copied()
            .unwrap_or(id)
    }

    /// Queues a new user for the next `COPY`: their provisional id.
    fn add(&mut self, row: &ImportRow) -> i64 {
        let mut text = String::with_capacity(128);
        text.push_str(&self.tenant_id.to_string());
        for field in UserField::ALL {
            text.push('\t');
            copy_value(&mut text, row.get(field));
        }
        text.push_str("\tlearner\tactive\t");
        text.push_str(&self.now);
        text.push('\t');
        text.push_str(&self.now);
        text.push('\n');
        self.pending.push(text);
        -i64::try_from(self.written.len() + self.pending.len()).unwrap_or(i64::MAX)
    }

    /// Writes what is not written yet: the updates first (a new user may take an
    /// address an updated one gave up), then the new users.
    fn flush(&mut self) -> Result<()> {
        self.flush_updates()?;
        self.flush_creates()
    }

    /// Writes the pending updates with one statement: each update a statement of its
    /// own would also run the user table's statement trigger once each.
    fn flush_updates(&mut self) -> Result<()> {
        if self.updates.is_empty() {
            return Ok(());
        }
        let ids: Vec<i64> = self.updates.iter().map(|(id, _)| *id).collect();
        let columns: Vec<Vec<Option<String>>> = (0..self.columns.len())
            .map(|i| self.updates.iter().map(|(_, values)| values[i].clone()).collect())
            .collect();
        let names: Vec<&str> = self.columns.iter().map(|c| c.name()).collect();
        let sets: Vec<String> = self
            .columns
            .iter()
            .map(|c| {
                let cast = if *c == UserField::StartDate { "::date" } else { "" };
                format!("{0} = v.{0}{cast}", c.name())
            })
            .collect();
        let arrays: Vec<String> = (0..names.len()).map(|i| format!("${}::text[]", i + 2)).collect();
        let sql = format!(
            "UPDATE \"user\" u SET {}, updated_at = ${}
             FROM unnest($1::bigint[], {}) AS v(id, {}) WHERE u.id = v.id",
            sets.join(", "),
            names.len() + 2,
            arrays.join(", "),
            names.join(", ")
        );
        let mut params: Vec<&(dyn postgres::types::ToSql + Sync)> = vec![&ids];
        params.extend(columns.iter().map(|c| c as &(dyn postgres::types::ToSql + Sync)));
        params.push(&self.now);
        self.w.tx.execute(&sql, &params)?;
        self.updates.clear();
        Ok(())
    }

    /// Writes the new users not yet written, with one `COPY`, under as many ids as
    /// they are, drawn from the user sequence.
    fn flush_creates(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let ids: Vec<i64> = if self.keeps {
            let count = i64::try_from(self.pending.len()).unwrap_or(i64::MAX);
            self.w
                .tx
                .query(
                    "SELECT nextval($1::oid::regclass) FROM generate_series(1, $2::bigint)",
                    &[&self.id_sequence, &count],
                )?
                .iter()
                .map(|row| row.get(0))
                .collect()
        } else {
            let first = self.written.len() + 1;
            (first..first + self.pending.len())
                .map(|k| -i64::try_from(k).unwrap_or(i64::MAX))
                .collect()
        };
        let mut text = String::with_capacity(self.pending.iter().map(|line| line.len() + 12).sum());
        for (id, line) in ids.iter().zip(&self.pending) {
            text.push_str(&id.to_string());
            text.push('\t');
            text.push_str(line);
        }
        let columns: Vec<&str> = UserField::ALL.iter().map(|f| f.name()).collect();
        let mut writer = self.w.tx.copy_in(&format!(
            "COPY \"user\" (id, tenant_id, {}, roles, status, created_at, updated_at) FROM STDIN",
            columns.join(", ")
        ))?;
        writer
            .write_all(text.as_bytes())
            .map_err(|e| Error::failure(format!("writing new users to PostgreSQL failed: {e}")))?;
        writer.finish()?;
        self.written.extend(ids);
        self.pending.clear();
        Ok(())
    }
}

/// A value in `COPY`'s text format (`\N` for none; backslash, tab and line breaks
/// escaped).
fn copy_value(out: &mut String, value: Option<&str>) {
    let Some(value) = value else {
        out.push_str("\\N");
        return;
    };
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

/// Takes the tenant's import lock, waiting up to the session's busy timeout; then
/// refuses, naming who holds it.
fn lock_tenant(w: &mut Writer<'_>, tenant_id: i64, slug: &str) -> Result<()> {
    // The wait is the write's lock_timeout, the session's busy timeout.
    let key = format!("lmsctl import {tenant_id}");
    w.tx.batch_execute("SAVEPOINT import_lock")?;
    let locked =
        w.tx.execute("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", &[&key]);
    match locked {
        Ok(_) => {
            w.tx.batch_execute("RELEASE SAVEPOINT import_lock")?;
            Ok(())
        }
        Err(err) if err.code() == Some(&SqlState::LOCK_NOT_AVAILABLE) => {
            w.tx.batch_execute("ROLLBACK TO SAVEPOINT import_lock")?;
            let holder =
                w.tx.query_opt(
                    "SELECT a.application_name, a.pid, coalesce(host(a.client_addr), 'this host'),
                            to_char(a.xact_start, 'YYYY-MM-DD HH24:MI:SS')
                     FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                     WHERE l.locktype = 'advisory' AND l.granted AND a.datname = current_database()
                       AND ((l.classid::bigint << 32) | l.objid::bigint) = hashtextextended($1, 0)
                     LIMIT 1",
                    &[&key],
                )?
                .map(|row| {
                    format!(
                        "{} (process {} on {}, since {})",
                        row.get::<_, String>(0),
                        row.get::<_, i32>(1),
                        row.get::<_, String>(2),
                        row.get::<_, String>(3)
                    )
                })
                .unwrap_or_else(|| "another import".to_owned());
            Err(Error::new(
                ErrorKind::Busy,
                format!("another import into tenant '{slug}' is running: {holder}"),
            )
            .with_hint("run it again once that import has finished, or give it longer with --busy-timeout"))
        }
        Err(err) => Err(err.into()),
    }
}

impl UserImportStore for Session<'_, '_> {
    fn state(&mut self) -> Result<String> {
        let chain = self.w.rules.audit_chain(Some(&self.tenant)).to_owned();
        let head = self.w.tx.query_opt(
            "SELECT seq, hash FROM audit_event WHERE chain = $1 ORDER BY seq DESC LIMIT 1",
            &[&chain],
        )?;
        Ok(head.map_or_else(
            || "empty".to_owned(),
            |row| format!("{}:{}", row.get::<_, i64>(0), row.get::<_, String>(1)),
        ))
    }

    fn users(&mut self, each: &mut dyn FnMut(&StoredUser<'_>)) -> Result<()> {
        let columns: Vec<String> = self
            .columns
            .iter()
            .map(|c| format!("u.{}::text", c.name()))
            .collect();
        let sql = format!(
            "SELECT u.id, u.status, u.{}::text, {}, u.email::text, u.external_id FROM \"user\" u
             WHERE u.tenant_id = $1 AND u.status <> 'erased'",
            self.key.name(),
            columns.join(", ")
        );
        let n = self.columns.len();
        let none: [&(dyn postgres::types::ToSql + Sync); 1] = [&self.tenant_id];
        let mut rows = self.w.tx.query_raw(&sql, none)?;
        let mut held = [HashMap::new(), HashMap::new()];
        use postgres::fallible_iterator::FallibleIterator;
        while let Some(row) = rows.next()? {
            let mut values = [None; UserField::ALL.len()];
            for (i, value) in values.iter_mut().take(n).enumerate() {
                *value = row.get::<_, Option<&str>>(3 + i);
            }
            let status: &str = row.get(1);
            let id: i64 = row.get(0);
            each(&StoredUser {
                id,
                status: UserStatus::parse(status).unwrap_or(UserStatus::Active),
                key: row.get(2),
                values: &values[..n],
            });
            held[0].insert(key_hash(UserField::Email, row.get(3 + n)), id);
            if let Some(external_id) = row.get::<_, Option<&str>>(4 + n) {
                held[1].insert(key_hash(UserField::ExternalId, external_id), id);
            }
        }
        drop(rows);
        // Erased users hold their tombstone address only, which no row can repeat.
        self.held = Some(held);
        Ok(())
    }

    fn active_users(&mut self) -> Result<u64> {
        let count: i64 = self
            .w
            .tx
            .query_one(
                "SELECT count(*) FROM \"user\" WHERE tenant_id = $1 AND status = 'active'",
                &[&self.tenant_id],
            )?
            .get(0);
        Ok(u64::try_from(count).unwrap_or_default())
    }

    fn plan_target(&mut self, user_id: i64) -> Result<Option<PlanTarget>> {
        let row = self.w.tx.query_opt(
            &format!(
                "SELECT status, {}::text FROM \"user\" WHERE id = $1 AND tenant_id = $2",
                self.key.name()
            ),
            &[&user_id, &self.tenant_id],
        )?;
        Ok(row.map(|row| PlanTarget {
            status: UserStatus::parse(row.get(0)).unwrap_or(UserStatus::Erased),
            key: row.get(1),
        }))
    }

    fn values(&mut self, user_id: i64) -> Result<Vec<Option<String>>> {
        let columns: Vec<String> = self
            .columns
            .iter()
            .map(|c| format!("{}::text", c.name()))
            .collect();
        let row = self.w.tx.query_one(
            &format!("SELECT {} FROM \"user\" WHERE id = $1", columns.join(", ")),
            &[&user_id],
        )?;
        Ok((0..self.columns.len()).map(|i| row.get(i)).collect())
    }

    fn suppressed(&mut self, row: &ImportRow) -> Result<bool> {
        if self.suppression.is_none() {
            self.suppression = Some(gdpr::suppression_set(&mut self.w.tx, self.tenant_id)?);
        }
        let Some((secret, list)) = &self.suppression else {
            return Ok(false);
        };
        if list.is_empty() {
            return Ok(false);
        }
        let rules = self.w.rules;
        Ok([
            ("external_id", UserField::ExternalId),
            ("email", UserField::Email),
        ]
        .into_iter()
        .filter_map(|(kind, field)| row.get(field).map(|value| (kind, value)))
        .any(|(kind, value)| {
            list.contains(&format!("{kind}:{}", rules.suppression_mac(secret, kind, value)))
        }))
    }

    fn create(&mut self, row: &ImportRow) -> Result<Result<i64, Conflict>> {
        if let Some(conflict) = self.conflict(row, 0)? {
            return Ok(Err(conflict));
        }
        let id = self.add(row);
        self.hold(row, id)?;
        if self.pending.len() >= BATCH {
            self.flush()?;
        }
        Ok(Ok(id))
    }

    fn update(&mut self, user_id: i64, row: &ImportRow) -> Result<Result<(), Conflict>> {
        if let Some(conflict) = self.conflict(row, user_id)? {
            return Ok(Err(conflict));
        }
        // The values the user gives up stay in `held`: a row that claims one later is
        // checked against the database (with this update written by then).
        let values = self
            .columns
            .iter()
            .map(|c| row.get(*c).map(str::to_owned))
            .collect();
        self.updates.push((user_id, values));
        self.hold(row, user_id)?;
        if self.updates.len() >= BATCH {
            self.flush()?;
        }
        Ok(Ok(()))
    }

    fn set_status(&mut self, user_id: i64, status: UserStatus) -> Result<()> {
        self.w.tx.execute(
            "UPDATE \"user\" SET status = $1, updated_at = $2 WHERE id = $3",
            &[&status.as_str(), &self.now, &user_id],
        )?;
        Ok(())
    }

    fn rows_written(&mut self) -> Result<()> {
        self.flush()
    }

    fn join_group(&mut self, name: &str, users: &[i64]) -> Result<i64> {
        self.flush()?;
        let id = match groups::id_of(&mut self.w.tx, self.tenant_id, name) {
            Ok(id) => id,
            Err(err) if err.kind == ErrorKind::NotFound => {
                let group = NewGroup {
                    name: name.to_owned(),
                    ..NewGroup::default()
                };
                groups::create(self.w, &self.tenant, &group)?.id
            }
            Err(err) => return Err(err),
        };
        self.w.tx.execute(
            "INSERT INTO group_member (group_id, user_id, source)
             SELECT $1, unnest($2::bigint[]), 'static' ON CONFLICT DO NOTHING",
            &[
                &id,
                &users.iter().map(|user| self.real(*user)).collect::<Vec<_>>(),
            ],
        )?;
        Ok(id)
    }

    fn refresh_memberships(&mut self) -> Result<()> {
        self.flush()?;
        enrollments::refresh_memberships(self.w, self.tenant_id, None)
    }

    fn audit(&mut self, action: &str, target: serde_json::Value) -> Result<()> {
        self.w.audit(Some(&self.tenant), action, target)
    }
}

/// An import of users: the core's import over this store, in one transaction.
pub fn import_users(
    store: &PostgresStore,
    spec: &ImportSpec,
    rows: &mut dyn RowSource,
    plan: &mut dyn PlanSink,
) -> Result<ImportReport> {
    store.write_if(|w| {
        let rules = w.rules;
        let mut session = Session::open(w, spec, spec.apply)?;
        let outcome = rules.import_users(spec, &mut session, rows, plan)?;
        session.flush()?;
        Ok(outcome)
    })
}

/// Applies a saved plan (its header checked by the core) in one transaction.
pub fn apply_import_plan(store: &PostgresStore, plan: &mut dyn PlanSource) -> Result<ImportReport> {
    store.write(|w| {
        let spec = plan.header().spec.clone();
        let rules = w.rules;
        // The plan's spec says it was made without applying; this run applies it.
        let mut session = Session::open(w, &spec, true)?;
        let report = rules.apply_import_plan(&mut session, plan)?;
        session.flush()?;
        Ok(report)
    })
}
