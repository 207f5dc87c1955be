/*!
The people of a report's scope, held in memory for long lists of certificates.

`report expiring` lists certificates in expiry order, and their holders are spread over
the whole user table: looking each one up in the store is a B-tree descent into pages
the CPU caches no longer hold, about 1 µs a row and most of a long list's time. Once a
list has a row for every [`IDS_PER_ROW`] ids of the store, reading everyone once,
in id order, and looking them up in memory is several times cheaper (835,223 rows among
a million people: 1.4 s one way, 0.8 s the other). Memory: about 60 bytes a person in
scope, and 4 bytes an id of the store.

The user table is read in up to [`MAX_PARTS`] parts, one per core, each on a read-only
connection of its own and so in a snapshot of its own: the list uses them only if
nothing was committed until its own snapshot began (see `reports::expiring`).
*/

use rusqlite::Connection;

use super::reader_beside;
use crate::error::{Error, Result};

/// A list is worth reading everyone for once it has a row for every this many user
/// ids of the store (reading a person costs about a quarter of looking one up).
const IDS_PER_ROW: i64 = 4;

/// The hint of a report part that failed: reports change nothing, so again is safe.
const AGAIN: &str = "run the report again; it changes nothing";

/// One person as a report list shows them.
#[derive(Debug, Clone, Copy)]
pub struct Person<'a> {
    pub tenant: &'a str,
    pub external_id: Option<&'a str>,
    pub email: &'a str,
}

/// The people of some tenants who were not erased, by id.
pub struct People {
    tenants: Vec<String>,
    /// Consecutive id ranges, in id order.
    parts: Vec<Part>,
}

/// The people with ids in `from..from + slots.len()`: `slots[id - from]` is where
/// the person's record starts in `records` (or `NONE`). A record is the tenant's
/// position in `tenants`, the lengths of the external id (`NONE` for none) and of
/// the e-mail, as 32-bit numbers, then the two texts: one or two cache lines, so a
/// look-up touches memory twice.
struct Part {
    from: i64,
    slots: Vec<u32>,
    records: Vec<u8>,
}

const NONE: u32 = u32::MAX;

/// The table is read in at most this many parts at once.
const MAX_PARTS: usize = 4;

impl People {
    /// How many rows a list needs for its people to be worth reading here rather than
    /// looking each up in the store; `None` when never (no people, or ids too far apart).
    pub fn rows_worth_reading(conn: &Connection) -> Result<Option<i64>> {
        Ok(match Ids::of(conn)? {
            Ids::Range { span, .. } => Some((span + IDS_PER_ROW - 1) / IDS_PER_ROW),
            Ids::Empty | Ids::TooWide { .. } => None,
        })
    }

    /// Everyone of `tenants` (id and slug) not erased, read in one part per core.
    pub fn read(conn: &Connection, tenants: Vec<(i64, String)>) -> Result<People> {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        People::read_in_parts(conn, tenants, cores.min(MAX_PARTS))
    }

    fn read_in_parts(conn: &Connection, tenants: Vec<(i64, String)>, parts: usize) -> Result<People> {
        let mut tenants = tenants;
        tenants.sort_unstable();
        let tenant_ids: Vec<i64> = tenants.iter().map(|(id, _)| *id).collect();
        let mut people = People {
            tenants: tenants.into_iter().map(|(_, slug)| slug).collect(),
            parts: Vec::new(),
        };
        let (first, span) = match Ids::of(conn)? {
            Ids::Empty => return Ok(people),
            Ids::Range { first, span } => (first, span),
            Ids::TooWide { first, last } => {
                return Err(Error::failure(format!(
                    "user ids from {first} to {last} are too far apart to hold for a report"
                ))
                .about("report.too-wide"));
            }
        };
        // One part here, the others on connections of their own (fewer where one cannot
        // be had; none for a store in memory).
        let readers: Vec<Connection> = (1..parts)
            .map_while(|_| reader_beside(conn))
            .filter_map(Result::ok)
            .collect();
        let parts = (readers.len() as i64 + 1).min(span);
        // `span * parts` stays far below i64::MAX (see `Ids`).
        let bounds = |part: i64| first + span * part / parts;
        let tenant_ids = tenant_ids.as_slice();
        let read_here = |part: i64| Part::read(conn, tenant_ids, bounds(part), bounds(part + 1));
        people.parts = std::thread::scope(|threads| {
            // Each other part on a thread of its own, or here when none can be had.
            let others: Vec<_> = readers
                .into_iter()
                .zip(1..parts)
                .map(|(reader, part)| {
                    std::thread::Builder::new()
                        .spawn_scoped(threads, move || {
                            Part::read(&reader, tenant_ids, bounds(part), bounds(part + 1))
                        })
                        .map_err(|_| part)
                })
                .collect();
            let mut parts = vec![read_here(0)?];
            for other in others {
                parts.push(match other {
                    Ok(thread) => thread.join().unwrap_or_else(|_| {
                        Err(Error::failure("reading the people failed").with_hint(AGAIN))
                    })?,
                    Err(part) => read_here(part)?,
                });
            }
            Ok::<_, Error>(parts)
        })?;
        Ok(people)
    }

    /// The person with this id, unless erased or outside the tenants read.
    pub fn get(&self, id: i64) -> Option<Person<'_>> {
        let part = self.parts.iter().rev().find(|part| part.from <= id)?;
        let at = *part
            .slots
            .get(usize::try_from(id.checked_sub(part.from)?).ok()?)?;
        if at == NONE {
            return None;
        }
        let record = &part.records[at as usize..];
        let number = |i: usize| u32::from_ne_bytes([record[i], record[i + 1], record[i + 2], record[i + 3]]);
        let (tenant, external_len, email_len) = (number(0), number(4), number(8) as usize);
        let texts = &record[12..];
        let (external_id, email) = match external_len {
            NONE => (None, &texts[..email_len]),
            len => {
                let (external_id, rest) = texts.split_at(len as usize);
                (Some(external_id), &rest[..email_len])
            }
        };
        Some(Person {
            tenant: &self.tenants[tenant as usize],
            external_id: external_id.map(text),
            email: text(email),
        })
    }
}

/// The user ids of the store.
enum Ids {
    Empty,
    /// `span` ids from `first` on: at most 4 billion, and below `i64::MAX`.
    Range {
        first: i64,
        span: i64,
    },
    /// Ids lmsctl does not hand out.
    TooWide {
        first: i64,
        last: i64,
    },
}

impl Ids {
    fn of(conn: &Connection) -> Result<Ids> {
        let (first, last): (Option<i64>, Option<i64>) = conn.query_row(
            // Two look-ups at the ends of the table (min and max together would scan it).
            "SELECT (SELECT min(id) FROM user), (SELECT max(id) FROM user)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let (Some(first), Some(last)) = (first, last) else {
            return Ok(Ids::Empty);
        };
        let span = last.checked_sub(first).and_then(|span| span.checked_add(1));
        Ok(match span {
            Some(span) if span < i64::from(NONE) && last < i64::MAX => Ids::Range { first, span },
            _ => Ids::TooWide { first, last },
        })
    }
}

/// A text of a record (copied from a `str` whole).
fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap_or_default()
}

impl Part {
    /// The people of `tenants` (sorted ids) with ids in `from..to`.
    fn read(conn: &Connection, tenants: &[i64], from: i64, to: i64) -> Result<Part> {
        let span = usize::try_from(to - from).unwrap_or(0);
        let mut part = Part {
            from,
            slots: vec![NONE; span],
            records: Vec::new(),
        };
        // Room for typical records where the system grants it: memory is only taken
        // where written.
        part.records.try_reserve(span * 64).ok();
        let mut stmt = conn.prepare(
            "SELECT id, tenant_id, external_id, email FROM user
             WHERE id >= ?1 AND id < ?2 AND status != 'erased'",
        )?;
        let mut rows = stmt.query([from, to])?;
        while let Some(row) = rows.next()? {
            let Ok(tenant) = tenants.binary_search(&row.get(1)?) else {
                continue;
            };
            let at = u32::try_from(part.records.len()).ok().filter(|&at| at != NONE);
            let slot = usize::try_from(row.get::<_, i64>(0)? - from).ok();
            let (Some(at), Some(slot)) = (at, slot) else {
                return Err(Error::failure("too many people to hold in memory for one report")
                    .about("report.too-wide"));
            };
            let external_id = row.get_ref(2)?.as_str_or_null().map_err(rusqlite::Error::from)?;
            let email = row.get_ref(3)?.as_str().map_err(rusqlite::Error::from)?;
            part.slots[slot] = at;
            part.records.extend((tenant as u32).to_ne_bytes());
            part.records
                .extend(external_id.map_or(NONE, |id| id.len() as u32).to_ne_bytes());
            part.records.extend((email.len() as u32).to_ne_bytes());
            part.records.extend(external_id.unwrap_or_default().as_bytes());
            part.records.extend(email.as_bytes());
        }
        Ok(part)
    }
}

#[cfg(test)]
mod tests {
    use super::super::migrations::test_store;
    use super::*;

    /// A store file with tenants 1 (`a`), 2 (`b`) and 3 (`c`) and people with ids
    /// 3, 5, 6, 9 and 40: 6 erased, 9 in tenant `b`, 40 without an external id.
    fn store(dir: &std::path::Path) -> Connection {
        fill(test_store(Some(dir)))
    }

    fn fill(conn: Connection) -> Connection {
        conn.execute_batch(
            "INSERT INTO tenant (id, slug, name, created_at) VALUES (1, 'a', 'A', 'now'), (2, 'b', 'B', 'now'), (3, 'c', 'C', 'now');
             INSERT INTO user (id, tenant_id, external_id, email, first_name, last_name, status, created_at, updated_at) VALUES
                 (3, 1, 'P3', 'p3@a', 'P', 'Drei', 'active', 'now', 'now'),
                 (5, 3, 'P5', 'p5@c', 'P', 'Fünf', 'suspended', 'now', 'now'),
                 (6, 1, 'P6', 'p6@a', 'P', 'Sechs', 'erased', 'now', 'now'),
                 (9, 2, 'P9', 'p9@b', 'P', 'Neun', 'active', 'now', 'now'),
                 (40, 1, NULL, 'vierzig@a', 'P', 'Vierzig', 'active', 'now', 'now');",
        )
        .unwrap();
        conn
    }

    fn found(people: &People, id: i64) -> Option<(String, Option<String>, String)> {
        people.get(id).map(|p| {
            (
                p.tenant.to_owned(),
                p.external_id.map(str::to_owned),
                p.email.to_owned(),
            )
        })
    }

    #[test]
    fn everyone_of_the_tenants_but_the_erased_is_found_in_any_number_of_parts() {
        let dir = tempfile::tempdir().unwrap();
        let conn = store(dir.path());
        let tenants = vec![(3, "c".to_owned()), (1, "a".to_owned())];
        for parts in [1, 2, 3, 40, 100] {
            let people = People::read_in_parts(&conn, tenants.clone(), parts).unwrap();
            assert_eq!(people.parts.len(), parts.min(38), "ids 3 to 40");
            let all: Vec<_> = (0..=45)
                .filter_map(|id| found(&people, id).map(|p| (id, p)))
                .collect();
            let person = |tenant: &str, external_id: Option<&str>, email: &str| {
                (
                    tenant.to_owned(),
                    external_id.map(str::to_owned),
                    email.to_owned(),
                )
            };
            assert_eq!(
                all,
                [
                    (3, person("a", Some("P3"), "p3@a")),
                    (5, person("c", Some("P5"), "p5@c")),
                    (40, person("a", None, "vierzig@a")),
                ],
                "{parts} parts"
            );
            assert!(found(&people, -1).is_none() && found(&people, i64::MAX).is_none());
        }
    }

    #[test]
    fn a_store_without_people_or_without_a_file_is_read_too() {
        let dir = tempfile::tempdir().unwrap();
        let conn = store(dir.path());
        conn.execute_batch("DELETE FROM user").unwrap();
        let people = People::read_in_parts(&conn, vec![(1, "a".to_owned())], 2).unwrap();
        assert!(found(&people, 3).is_none());
        // In memory there is no second connection: one part.
        let memory = fill(test_store(None));
        let people = People::read_in_parts(&memory, vec![(1, "a".to_owned())], 3).unwrap();
        assert_eq!(
            found(&people, 40),
            Some(("a".to_owned(), None, "vierzig@a".to_owned()))
        );
        assert_eq!(people.parts.len(), 1);
    }

    #[test]
    fn a_list_pays_for_reading_everyone_once_it_has_a_row_for_every_four_ids() {
        let dir = tempfile::tempdir().unwrap();
        let conn = store(dir.path());
        // Ids 3 to 40: 38 ids, so 10 rows.
        assert_eq!(People::rows_worth_reading(&conn).unwrap(), Some(10));
        conn.execute_batch("DELETE FROM user").unwrap();
        assert_eq!(People::rows_worth_reading(&conn).unwrap(), None);
        // Ids no store of lmsctl has: never worth it, and an error to read.
        conn.execute_batch(
            "INSERT INTO user (id, tenant_id, email, first_name, last_name, created_at, updated_at) VALUES
                 (1, 1, 'x@a', 'X', 'X', 'now', 'now'), (9223372036854775807, 1, 'y@a', 'Y', 'Y', 'now', 'now')",
        )
        .unwrap();
        assert_eq!(People::rows_worth_reading(&conn).unwrap(), None);
        let refused = People::read(&conn, vec![(1, "a".to_owned())]).err().unwrap();
        assert!(refused.message.contains("too far apart"), "{}", refused.message);
    }
}
