/*!
What the SQL backends share of the status model: the names the core writes it over
([`crate::store::Rules::status_sql`]) and how a query reads the facts, written in the
SQL that SQLite and PostgreSQL both take, with named parameters (`:as_of`).
*/

use crate::store::rules::StatusNames;

/// The names the status model is written over: enrollment `e` (a row of `enrollment`,
/// of [`ENROLLMENT_AS_OF`] or of a tally), certificate `c` (a row of `completion`),
/// and the `status` and `due_on` a query has computed.
pub const NAMES: StatusNames<'static> = StatusNames {
    done_on: "e.done_on",
    expires_on: "e.expires_on",
    due_on: "e.due_on",
    progress: "e.progress",
    certificate_expires_on: "c.expires_on",
    superseded: SUPERSEDED,
    status: "status",
    status_due_on: "due_on",
    as_of: ":as_of",
    expiring_until: ":expiring_until",
};

/// Whether a later completion (by `:as_of`) supersedes certificate `c`; of two on one
/// day, the one recorded later is the later.
pub const SUPERSEDED: &str =
    "EXISTS (SELECT 1 FROM completion n WHERE n.user_id = c.user_id AND n.course_id = c.course_id
                         AND n.completed_on <= :as_of AND (n.completed_on > c.completed_on
                              OR (n.completed_on = c.completed_on AND n.id > c.id)))";

/// The enrollments as they stood on `:as_of` (assigned by then), each with its latest
/// certificate up to that day: `done_on`, `expires_on` and `serial` (NULL when none).
/// The enrollment row carries its latest certificate; `completion` is only read for a
/// day before it. Use it as `FROM {ENROLLMENT_AS_OF} e`.
pub const ENROLLMENT_AS_OF: &str = "(SELECT e.user_id, e.course_id, e.assigned_on, e.due_on, e.progress,
            CASE WHEN e.done_on > :as_of THEN lc.completed_on ELSE e.done_on END AS done_on,
            CASE WHEN e.done_on > :as_of THEN lc.expires_on ELSE e.expires_on END AS expires_on,
            CASE WHEN e.done_on > :as_of THEN lc.serial ELSE e.serial END AS serial
        FROM enrollment e LEFT JOIN completion lc ON lc.id = CASE WHEN e.done_on > :as_of THEN (
            SELECT x.id FROM completion x
            WHERE x.user_id = e.user_id AND x.course_id = e.course_id AND x.completed_on <= :as_of
            ORDER BY x.completed_on DESC, x.id DESC LIMIT 1) END
        WHERE e.assigned_on <= :as_of)";
