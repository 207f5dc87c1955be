/*!
What an import of users changes: the rows of a file against the tenant's users.

[`Diff`] is fed the tenant's users as the store holds them, then the rows one by one,
and says of each row what it changes ([`RowChange`]); after the last row, the sync
guard ([`Diff::suspensions`]) says whom a `sync` suspends, or refuses it.

The users are kept by the hash of their key (a 64-bit hash to find them, a 32-bit one
to check the match, [`KeyHasher`]) and of their imported fields, so memory grows with
the tenant, not with the width of its rows, and an unchanged row costs two hashes and
one look-up.
*/

use std::hash::{DefaultHasher, Hash, Hasher};

use crate::error::{Error, Result};
use crate::model::value::{KeyHasher, KeyMap};
use crate::model::{FieldChange, ImportKey, ImportMode, ImportRow, ImportSpec, UserField, UserStatus};
use crate::store::rules::StoredUser;

/// What one row changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowChange {
    /// A new user.
    Create,
    /// The user's imported fields differ from the row's. `reactivate`: a `sync`
    /// also brings the (suspended) user back.
    Update { user_id: i64, reactivate: bool },
    /// The row holds what the user has.
    Unchanged { user_id: i64, reactivate: bool },
    /// The row is refused, for a reason in a field.
    Reject(UserField, &'static str),
}

/// The users a `sync` suspends: those left out of the file, unless rows were rejected.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Suspensions {
    /// In the order of their ids.
    pub users: Vec<i64>,
    /// Left out of the file, but not suspended: a rejected row may have been theirs.
    pub withheld: u64,
}

/// A user of the tenant as the diff sees them.
struct Known {
    id: i64,
    /// [`crate::model::value::KeyHash::check`] of the user's key.
    check: u32,
    suspended: bool,
    /// A row of the file named them.
    seen: bool,
    /// [`fields_hash`] of their imported fields.
    hash: u64,
}

/// The diff of one import's rows against its tenant.
pub struct Diff<'s> {
    spec: &'s ImportSpec,
    users: KeyMap<Known>,
    hasher: KeyHasher,
}

impl<'s> Diff<'s> {
    pub fn new(spec: &'s ImportSpec) -> Self {
        Diff {
            spec,
            users: KeyMap::default(),
            hasher: KeyHasher::default(),
        }
    }

    /// Takes one user of the tenant; users without a key are none of the import's.
    pub fn stored(&mut self, user: &StoredUser<'_>) {
        let Some(key) = user.key else { return };
        let key = self.hasher.key(key, self.spec.key == ImportKey::Email);
        self.users.insert(
            key.index,
            Known {
                id: user.id,
                check: key.check,
                suspended: user.status == UserStatus::Suspended,
                seen: false,
                hash: fields_hash(user.values.iter().copied()),
            },
        );
    }

    /// What `row` changes. A row is taken once: the users it names count as seen.
    pub fn row(&mut self, row: &ImportRow) -> RowChange {
        let spec = self.spec;
        let key_field = spec.key.field();
        let Some(key) = row.get(key_field) else {
            return RowChange::Reject(key_field, "is empty, but it is the key of this import");
        };
        let key = self.hasher.key(key, spec.key == ImportKey::Email);
        // A user whose key hash matches but whose check does not is someone else:
        // taken as new, the store's unique indexes then refuse the row if it clashes.
        let Some(user) = self
            .users
            .get_mut(&key.index)
            .filter(|user| user.check == key.check)
        else {
            if spec.mode == ImportMode::UpdateOnly {
                return RowChange::Reject(
                    key_field,
                    "no user of the tenant has this key (update-only import)",
                );
            }
            return RowChange::Create;
        };
        if user.seen {
            // Two rows for one user: the source catches equal keys, so this is a key
            // that differs only in case (e-mail keys).
            return RowChange::Reject(key_field, "appears twice in the file");
        }
        user.seen = true;
        let user_id = user.id;
        if spec.mode == ImportMode::CreateOnly {
            return RowChange::Unchanged {
                user_id,
                reactivate: false,
            };
        }
        let reactivate = spec.mode == ImportMode::Sync && user.suspended;
        if fields_hash(spec.columns.iter().map(|c| row.get(*c))) == user.hash {
            RowChange::Unchanged { user_id, reactivate }
        } else {
            RowChange::Update { user_id, reactivate }
        }
    }

    /// The sync guard, once every row was read (`rows` of them, `rejected` refused):
    /// the active users no row named are suspended, unless that is more than the
    /// import's limit allows, or the file has no rows at all (then the import is
    /// refused); when rows were rejected, nobody is. Other modes suspend nobody.
    pub fn suspensions(&self, rows: u64, rejected: u64) -> Result<Suspensions> {
        let spec = self.spec;
        if spec.mode != ImportMode::Sync {
            return Ok(Suspensions::default());
        }
        let mut absent: Vec<i64> = self
            .users
            .values()
            .filter(|u| !u.seen && !u.suspended)
            .map(|u| u.id)
            .collect();
        // The limit is a share of the people who are active now: suspended leavers
        // must not make room for suspending the rest.
        let active = self.users.values().filter(|u| !u.suspended).count() as u64;
        let allowed = spec.max_suspend.allowed(active);
        if rows == 0 && !absent.is_empty() {
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
        if rejected > 0 {
            return Ok(Suspensions {
                users: Vec::new(),
                withheld: absent.len() as u64,
            });
        }
        absent.sort_unstable();
        Ok(Suspensions {
            users: absent,
            withheld: 0,
        })
    }
}

/// The hash of the imported fields of a user: the same for a stored user and a row
/// that would leave them unchanged.
fn fields_hash<'a>(values: impl Iterator<Item = Option<&'a str>>) -> u64 {
    let mut hasher = DefaultHasher::new();
    for value in values {
        value.hash(&mut hasher);
    }
    hasher.finish()
}

/// The fields an update changes: the row's value of each of `columns` against the
/// user's stored one (`current`, in the same order).
pub fn field_changes(
    columns: &[UserField],
    current: Vec<Option<String>>,
    row: &ImportRow,
) -> Vec<FieldChange> {
    columns
        .iter()
        .zip(current)
        .filter(|(c, old)| old.as_deref() != row.get(**c))
        .map(|(c, old)| FieldChange {
            field: *c,
            old,
            new: row.get(*c).map(str::to_owned),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SuspendLimit;

    /// An import of external id, e-mail and names, with a 10 % limit on suspensions.
    fn spec(mode: ImportMode, key: ImportKey) -> ImportSpec {
        ImportSpec {
            key,
            ..crate::core::import::checks::tests::spec(mode)
        }
    }

    /// A row, or a stored user's values: external id, e-mail, first and last name.
    fn row(values: [&str; 4]) -> ImportRow {
        let mut row = ImportRow::new(2);
        for (field, value) in [
            UserField::ExternalId,
            UserField::Email,
            UserField::FirstName,
            UserField::LastName,
        ]
        .into_iter()
        .zip(values)
        {
            if !value.is_empty() {
                row.set(field, value);
            }
        }
        row
    }

    /// A diff of `spec` fed the users `(id, status, values)`.
    fn diff<'s>(spec: &'s ImportSpec, users: &[(i64, UserStatus, [&str; 4])]) -> Diff<'s> {
        let mut diff = Diff::new(spec);
        for (id, status, values) in users {
            let values: Vec<Option<&str>> = values.iter().map(|v| Some(*v)).collect();
            diff.stored(&StoredUser {
                id: *id,
                status: *status,
                key: values[spec.key.field().index()],
                values: &values,
            });
        }
        diff
    }

    const ANNA: [&str; 4] = ["A1", "anna@acme.de", "Anna", "Alt"];
    const BERT: [&str; 4] = ["B2", "bert@acme.de", "Bert", "Bau"];

    #[test]
    fn each_row_is_a_create_an_update_or_unchanged() {
        let spec = spec(ImportMode::Upsert, ImportKey::ExternalId);
        let mut diff = diff(
            &spec,
            &[(1, UserStatus::Active, ANNA), (2, UserStatus::Active, BERT)],
        );
        assert_eq!(
            diff.row(&row(ANNA)),
            RowChange::Unchanged {
                user_id: 1,
                reactivate: false
            }
        );
        assert_eq!(
            diff.row(&row(["B2", "bert@acme.de", "Bert", "Baum"])),
            RowChange::Update {
                user_id: 2,
                reactivate: false
            }
        );
        assert_eq!(
            diff.row(&row(["C3", "carl@acme.de", "Carl", "Copp"])),
            RowChange::Create
        );
        assert_eq!(
            diff.row(&row(["", "dora@acme.de", "Dora", "Dahl"])),
            RowChange::Reject(
                UserField::ExternalId,
                "is empty, but it is the key of this import"
            )
        );
        // An upsert suspends nobody, whoever is left out.
        assert_eq!(diff.suspensions(4, 1).unwrap(), Suspensions::default());
    }

    #[test]
    fn an_emptied_field_is_a_change() {
        let spec = spec(ImportMode::Upsert, ImportKey::ExternalId);
        let mut diff = diff(&spec, &[(1, UserStatus::Active, ANNA)]);
        let emptied = row(["A1", "anna@acme.de", "Anna", ""]);
        assert!(matches!(diff.row(&emptied), RowChange::Update { user_id: 1, .. }));
        let changes = field_changes(&spec.columns, ANNA.map(|v| Some(v.to_owned())).to_vec(), &emptied);
        assert_eq!(
            changes,
            [FieldChange {
                field: UserField::LastName,
                old: Some("Alt".into()),
                new: None
            }]
        );
    }

    #[test]
    fn modes_limit_what_a_row_may_do() {
        let create_only = spec(ImportMode::CreateOnly, ImportKey::ExternalId);
        let mut diff = diff(&create_only, &[(1, UserStatus::Suspended, ANNA)]);
        assert_eq!(
            diff.row(&row(["A1", "anna@acme.de", "Anna", "Neu"])),
            RowChange::Unchanged {
                user_id: 1,
                reactivate: false
            },
            "create-only leaves existing users alone"
        );
        let update_only = spec(ImportMode::UpdateOnly, ImportKey::ExternalId);
        let mut diff = super::tests::diff(&update_only, &[]);
        assert_eq!(
            diff.row(&row(ANNA)),
            RowChange::Reject(
                UserField::ExternalId,
                "no user of the tenant has this key (update-only import)"
            )
        );
    }

    #[test]
    fn e_mail_keys_ignore_case_and_a_user_is_named_once() {
        let spec = spec(ImportMode::Upsert, ImportKey::Email);
        let mut diff = diff(&spec, &[(1, UserStatus::Active, ANNA)]);
        assert_eq!(
            diff.row(&row(["A1", "Anna@ACME.de", "Anna", "Alt"])),
            RowChange::Update {
                user_id: 1,
                reactivate: false
            },
            "the same user; the address's spelling changed"
        );
        assert_eq!(
            diff.row(&row(ANNA)),
            RowChange::Reject(UserField::Email, "appears twice in the file")
        );
        // External ids are compared as they are.
        let spec = super::tests::spec(ImportMode::Upsert, ImportKey::ExternalId);
        let mut diff = super::tests::diff(
            &spec,
            &[(1, UserStatus::Active, ["a1", "anna@acme.de", "Anna", "Alt"])],
        );
        assert_eq!(diff.row(&row(ANNA)), RowChange::Create);
    }

    #[test]
    fn sync_reactivates_the_returning_and_suspends_the_absent() {
        let spec = spec(ImportMode::Sync, ImportKey::ExternalId);
        let mut users: Vec<(i64, UserStatus, [&str; 4])> = vec![(1, UserStatus::Suspended, ANNA)];
        // 20 active users besides Anna, so that 10% allows two suspensions.
        let ids: Vec<String> = (2..=21).map(|i| format!("P{i}")).collect();
        for (i, id) in (2..=21).zip(&ids) {
            users.push((i, UserStatus::Active, [id.as_str(), "x@acme.de", "X", "Y"]));
        }
        let mut diff = diff(&spec, &users);
        assert_eq!(
            diff.row(&row(ANNA)),
            RowChange::Unchanged {
                user_id: 1,
                reactivate: true
            }
        );
        for id in &ids[..18] {
            assert!(matches!(
                diff.row(&row([id, "x@acme.de", "X", "Y"])),
                RowChange::Unchanged { .. }
            ));
        }
        assert_eq!(
            diff.suspensions(19, 0).unwrap(),
            Suspensions {
                users: vec![20, 21],
                withheld: 0
            }
        );
        // A rejected row may be one of the absent: nobody is suspended then.
        assert_eq!(
            diff.suspensions(20, 1).unwrap(),
            Suspensions {
                users: vec![],
                withheld: 2
            }
        );
    }

    #[test]
    fn the_sync_guard_refuses_one_suspension_more_than_the_limit() {
        let spec = spec(ImportMode::Sync, ImportKey::ExternalId);
        let ids: Vec<String> = (1..=20).map(|i| format!("P{i}")).collect();
        let users: Vec<(i64, UserStatus, [&str; 4])> = (1..=20)
            .zip(&ids)
            .map(|(i, id)| (i, UserStatus::Active, [id.as_str(), "x@acme.de", "X", "Y"]))
            .collect();
        let mut diff = diff(&spec, &users);
        for id in &ids[..17] {
            diff.row(&row([id, "x@acme.de", "X", "Y"]));
        }
        let err = diff.suspensions(17, 0).unwrap_err();
        assert!(
            err.message.contains(
                "would suspend 3 of the tenant's 20 active users, more than --max-suspend 10% allows (2)"
            ),
            "{}",
            err.message
        );
        assert_eq!(err.kind, crate::ErrorKind::InvalidData);
        diff.row(&row([&ids[17], "x@acme.de", "X", "Y"]));
        assert_eq!(diff.suspensions(18, 0).unwrap().users, [19, 20]);

        // A file without rows suspends nobody, whatever the limit.
        let all = ImportSpec {
            max_suspend: SuspendLimit::Percent(100.0),
            ..spec.clone()
        };
        let diff = super::tests::diff(&all, &users);
        assert!(
            diff.suspensions(0, 0)
                .unwrap_err()
                .message
                .contains("has no data rows")
        );
    }
}
