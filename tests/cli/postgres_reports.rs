/*!
The reports on the PostgreSQL store ([`crate::postgres`]), before the areas that write
users, groups, courses and enrollments are there for it: each test seeds a store with
SQL that both backends take (tenants, users, courses, groups and members, enrollments,
completions, activity days; their triggers keep the tallies), and reads it back
through the core.

A small store's figures are counted by hand; then the same rows go into a SQLite store
too, and every report, on days before and after the latest change, with and without
the tenants below, must come back the same from both (a larger generated store as
well).
*/

use std::collections::BTreeSet;
use std::fmt::Debug;

use chrono::{Days, Months, NaiveDate};
use lmsctl::core::Lms;
use lmsctl::model::*;
use lmsctl::store::postgres::{PgAddress, PostgresStore, connect, migrations};
use lmsctl::store::{Location, Session};
use lmsctl::{ErrorKind, Result};
use proptest::prelude::RngExt;
use proptest::test_runner::{RngAlgorithm, TestRng};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn as_of(date: &str, within: u32) -> AsOf {
    AsOf {
        date: day(date),
        expiring_within_days: within,
    }
}

fn session() -> Session {
    Session {
        actor: "reports".to_owned(),
        busy_timeout: std::time::Duration::from_secs(5),
        today: Some(day("2026-03-15")),
        token: None,
        ca_cert: None,
        quiet: true,
    }
}

/// What every write does last, done after seeding: tally rows counted down to zero go.
const FINISH: &str = "DELETE FROM enrollment_tally WHERE n = 0; DELETE FROM group_tally WHERE n = 0;";

/// A PostgreSQL store holding `seed`, or `None` when the tests are skipped.
fn postgres_store(seed: &str) -> Option<Lms> {
    let address = PgAddress::parse(&crate::postgres::database()?).expect("the test database's address");
    let mut client = connect(&address).expect("connect");
    migrations::apply(&mut client, &address, true).expect("migrate");
    client
        .batch_execute(&format!("BEGIN; {seed}; {FINISH} COMMIT;"))
        .expect("seed the PostgreSQL store");
    let store = PostgresStore::open(&address, session(), &lmsctl::core::RULES).expect("open the store");
    Some(Lms::new(Box::new(store)))
}

/// A SQLite store in `dir` holding `seed`.
fn sqlite_store(dir: &std::path::Path, seed: &str) -> Lms {
    let location = Location::Sqlite(dir.join("lms.db"));
    drop(Lms::open(&location, &session()).expect("create the SQLite store"));
    rusqlite::Connection::open(dir.join("lms.db"))
        .expect("open the store file")
        .execute_batch(&format!("BEGIN; {seed}; {FINISH} COMMIT;"))
        .expect("seed the SQLite store");
    Lms::open(&location, &session()).expect("open the SQLite store")
}

/// Tenants akad > kunde > filiale and other; courses ARB (mandatory, 12 months),
/// dsgvo (mandatory, no expiry) and Erste (optional, 12 months), all akad's and
/// shared, and X1 of other. Users: akad 1 Anna (Vertrieb, Köln), 2 Ben (IT, Berlin,
/// manager Anna), 3 Cara (suspended, no department or location); kunde 4 Dora (IT,
/// Köln), 5 Emil (vertrieb, Aachen, manager Dora), 6 (erased, IT), 9 Ida (IT, Köln,
/// manager Dora); filiale 7 Fritz (IT, Berlin); other 8 Olga. Groups of akad: beta
/// (Anna, and Ben twice: by hand and by rule) and Gamma (Anna, Ben, Cara); of kunde:
/// kunden (Dora, Emil).
///
/// Everything is assigned on 2025-01-01 but Emil's dsgvo (2026-03-12, the latest
/// change of the tree). Completions: Anna ARB 2025-04-10 (until 2026-04-10) and dsgvo
/// 2025-05-01; Dora ARB 2025-03-01 (until 2026-03-01); 6 ARB 2025-03-20 (until
/// 2026-03-20); Fritz ARB 2025-04-01 (until 2026-04-01) and again 2026-03-10 (until
/// 2027-03-10), dsgvo 2025-08-01, three months after it was due.
const SMALL: &str = r#"
INSERT INTO tenant (id, slug, name, parent_id, created_at) VALUES
    (1, 'akad', 'Akademie', NULL, '2025-01-01T00:00:00.000Z'), (2, 'kunde', 'Kunde', 1, '2025-01-01T00:00:00.000Z'),
    (3, 'filiale', 'Filiale', 2, '2025-01-01T00:00:00.000Z'), (4, 'other', 'Other', NULL, '2025-01-01T00:00:00.000Z');
INSERT INTO "user" (id, tenant_id, external_id, email, first_name, last_name, department, location, manager_id,
                    status, created_at, updated_at) VALUES
    (1, 1, 'A1', 'anna@akad.example', 'Anna', 'Arndt', 'Vertrieb', 'Köln', NULL, 'active', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
    (2, 1, 'A2', 'ben@akad.example', 'Ben', 'Bauer', 'IT', 'Berlin', 1, 'active', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
    (3, 1, NULL, 'cara@akad.example', 'Cara', 'Conrad', NULL, NULL, NULL, 'suspended', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
    (4, 2, 'K1', 'Dora@Kunde.example', 'Dora', 'Dietz', 'IT', 'Köln', NULL, 'active', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
    (5, 2, 'K2', 'emil@kunde.example', 'Emil', 'Ernst', 'vertrieb', 'Aachen', 4, 'active', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
    (6, 2, NULL, 'erased-6@erased.invalid', '', '', 'IT', NULL, NULL, 'erased', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
    (7, 3, 'F1', 'fritz@filiale.example', 'Fritz', 'Fink', 'IT', 'Berlin', NULL, 'active', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
    (8, 4, 'O1', 'olga@other.example', 'Olga', 'Ott', NULL, NULL, NULL, 'active', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
    (9, 2, 'K9', 'ida@kunde.example', 'Ida', 'Imhof', 'IT', 'Köln', 4, 'active', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');
INSERT INTO course (id, tenant_id, code, title, mandatory, valid_months, shared, created_at) VALUES
    (1, 1, 'ARB', 'Arbeitsschutz', true, 12, true, '2025-01-01T00:00:00.000Z'), (2, 1, 'dsgvo', 'Datenschutz', true, NULL, true, '2025-01-01T00:00:00.000Z'),
    (3, 1, 'Erste', 'Erste Hilfe', false, 12, true, '2025-01-01T00:00:00.000Z'), (4, 4, 'X1', 'Extra', true, 12, false, '2025-01-01T00:00:00.000Z');
INSERT INTO user_group (id, tenant_id, name, created_at) VALUES
    (1, 1, 'beta', '2025-01-01T00:00:00.000Z'), (2, 1, 'Gamma', '2025-01-01T00:00:00.000Z'), (3, 2, 'kunden', '2025-01-01T00:00:00.000Z');
INSERT INTO group_member (group_id, user_id, source) VALUES
    (1, 1, 'static'), (1, 2, 'static'), (1, 2, 'rule'), (2, 1, 'static'), (2, 2, 'static'), (2, 3, 'rule'),
    (3, 4, 'static'), (3, 5, 'rule');
INSERT INTO enrollment (user_id, course_id, assigned_on, due_on, progress) VALUES
    (1, 1, '2025-01-01', '2025-06-01', 0), (1, 2, '2025-01-01', '2025-06-01', 0),
    (2, 1, '2025-01-01', '2025-06-01', 50), (2, 2, '2025-01-01', '2026-06-01', 30), (2, 3, '2025-01-01', '2025-02-01', 0),
    (3, 1, '2025-01-01', '2025-06-01', 0),
    (4, 1, '2025-01-01', '2025-06-01', 0), (4, 2, '2025-01-01', NULL, 0),
    (5, 1, '2025-01-01', '2025-05-01', 0), (5, 2, '2026-03-12', '2026-04-30', 0),
    (6, 1, '2025-01-01', '2025-06-01', 0),
    (7, 1, '2025-01-01', '2025-06-01', 0), (7, 2, '2025-01-01', '2025-05-01', 0),
    (8, 4, '2025-01-01', '2025-07-01', 0),
    (9, 1, '2025-01-01', '2025-05-01', 0), (9, 2, '2025-01-01', '2025-05-01', 0);
INSERT INTO completion (id, user_id, course_id, completed_on, serial, expires_on, created_at) VALUES
    (1, 1, 1, '2025-04-10', 'S1', '2026-04-10', '2025-01-01T00:00:00.000Z'), (2, 1, 2, '2025-05-01', 'S1D', NULL, '2025-01-01T00:00:00.000Z'),
    (3, 4, 1, '2025-03-01', 'S4', '2026-03-01', '2025-01-01T00:00:00.000Z'), (4, 6, 1, '2025-03-20', 'S6', '2026-03-20', '2025-01-01T00:00:00.000Z'),
    (5, 7, 1, '2025-04-01', 'S7a', '2026-04-01', '2025-01-01T00:00:00.000Z'), (6, 7, 2, '2025-08-01', 'S7D', NULL, '2025-01-01T00:00:00.000Z');
INSERT INTO completion (id, user_id, course_id, completed_on, serial, expires_on, created_at) VALUES
    (7, 7, 1, '2026-03-10', 'S7b', '2027-03-10', '2025-01-01T00:00:00.000Z');
INSERT INTO user_activity (user_id, day) VALUES
    (1, '2026-02-20'), (1, '2026-03-02'), (1, '2026-03-10'), (2, '2026-03-14'), (4, '2026-03-20'),
    (6, '2026-03-01'), (7, '2025-08-01'), (7, '2026-01-05'), (8, '2026-03-03')
"#;

/// A row of figures: [assigned, completed, in progress, overdue, expired, expiring]
/// and the completion rate.
pub(crate) fn figures(key: &str, counts: [u64; 6], completion_rate: f64) -> ComplianceRow {
    let [assigned, completed, in_progress, overdue, expired, expiring] = counts;
    ComplianceRow {
        key: key.to_owned(),
        assigned,
        completed,
        in_progress,
        overdue,
        expired,
        completion_rate,
        expiring,
    }
}

fn compliance(lms: &Lms, tenant: &str, query: ComplianceQuery, date: &str) -> Vec<ComplianceRow> {
    lms.report_compliance(tenant, &query, as_of(date, 30))
        .unwrap_or_else(|e| panic!("compliance of {tenant} {query:?} on {date}: {e:?}"))
}

fn by(by: ComplianceBy, include_children: bool) -> ComplianceQuery {
    ComplianceQuery {
        by,
        include_children,
        ..ComplianceQuery::default()
    }
}

#[test]
fn compliance_figures_of_a_small_store_counted_by_hand() {
    let Some(lms) = postgres_store(SMALL) else { return };
    let tree = |cut| by(cut, true);
    let of_beta = |cut| ComplianceQuery {
        group: Some("BETA".to_owned()),
        ..by(cut, false)
    };
    // One course, found in a child's catalogue by its code in any case.
    let dsgvo = ComplianceQuery {
        course: Some("DSGVO".to_owned()),
        ..tree(ComplianceBy::Tenant)
    };
    let cases: Vec<(&str, ComplianceQuery, &str, Vec<ComplianceRow>)> = vec![
        // As of 2026-03-15 (expiring until 2026-04-14), from the tallies: Anna's and
        // 6's ARB certificates are expiring, Dora's expired, Fritz renewed his; Ben,
        // Cara, Emil and Ida are overdue on ARB, Ida on dsgvo too, Ben on Erste. Codes
        // and group names in SQLite's NOCASE order, departments byte by byte.
        (
            "akad",
            tree(ComplianceBy::Course),
            "2026-03-15",
            vec![
                figures("ARB", [8, 3, 0, 4, 1, 2], 37.5),
                figures("dsgvo", [6, 2, 1, 1, 0, 0], 33.3),
                figures("Erste", [1, 0, 0, 1, 0, 0], 0.0),
            ],
        ),
        (
            "akad",
            by(ComplianceBy::Course, false),
            "2026-03-15",
            vec![
                figures("ARB", [3, 1, 0, 2, 0, 1], 33.3),
                figures("dsgvo", [2, 1, 1, 0, 0, 0], 50.0),
                figures("Erste", [1, 0, 0, 1, 0, 0], 0.0),
            ],
        ),
        (
            "akad",
            tree(ComplianceBy::Department),
            "2026-03-15",
            vec![
                figures("(none)", [1, 0, 0, 1, 0, 0], 0.0),
                figures("IT", [10, 3, 1, 4, 1, 1], 30.0),
                figures("Vertrieb", [2, 2, 0, 0, 0, 1], 100.0),
                figures("vertrieb", [2, 0, 0, 1, 0, 0], 0.0),
            ],
        ),
        (
            "akad",
            tree(ComplianceBy::Location),
            "2026-03-15",
            vec![
                figures("(none)", [2, 1, 0, 1, 0, 1], 50.0),
                figures("Aachen", [2, 0, 0, 1, 0, 0], 0.0),
                figures("Berlin", [5, 2, 1, 2, 0, 0], 40.0),
                figures("Köln", [6, 2, 0, 2, 1, 1], 33.3),
            ],
        ),
        (
            "akad",
            tree(ComplianceBy::Tenant),
            "2026-03-15",
            vec![
                figures("akad", [6, 2, 1, 3, 0, 1], 33.3),
                figures("filiale", [2, 2, 0, 0, 0, 0], 100.0),
                figures("kunde", [7, 1, 0, 3, 1, 1], 14.3),
            ],
        ),
        // Ben counts once in beta (a member by hand and by rule).
        (
            "akad",
            tree(ComplianceBy::Group),
            "2026-03-15",
            vec![
                figures("beta", [5, 2, 1, 2, 0, 1], 40.0),
                figures("Gamma", [6, 2, 1, 3, 0, 1], 33.3),
                figures("kunden", [4, 0, 0, 1, 1, 0], 0.0),
            ],
        ),
        (
            "akad",
            of_beta(ComplianceBy::Course),
            "2026-03-15",
            vec![
                figures("ARB", [2, 1, 0, 1, 0, 1], 50.0),
                figures("dsgvo", [2, 1, 1, 0, 0, 0], 50.0),
                figures("Erste", [1, 0, 0, 1, 0, 0], 0.0),
            ],
        ),
        (
            "akad",
            of_beta(ComplianceBy::Department),
            "2026-03-15",
            vec![
                figures("IT", [3, 0, 1, 2, 0, 0], 0.0),
                figures("Vertrieb", [2, 2, 0, 0, 0, 1], 100.0),
            ],
        ),
        (
            "akad",
            dsgvo.clone(),
            "2026-03-15",
            vec![
                figures("akad", [2, 1, 1, 0, 0, 0], 50.0),
                figures("filiale", [1, 1, 0, 0, 0, 0], 100.0),
                figures("kunde", [3, 0, 0, 1, 0, 0], 0.0),
            ],
        ),
        (
            "kunde",
            dsgvo,
            "2026-03-15",
            vec![
                figures("filiale", [1, 1, 0, 0, 0, 0], 100.0),
                figures("kunde", [3, 0, 0, 1, 0, 0], 0.0),
            ],
        ),
        // As of 2026-03-05 (expiring until 2026-04-04), before Emil's dsgvo was
        // assigned and Fritz renewed: from the enrollments. Anna's ARB is plainly
        // completed, Fritz's first certificate is expiring.
        (
            "akad",
            tree(ComplianceBy::Course),
            "2026-03-05",
            vec![
                figures("ARB", [8, 3, 0, 4, 1, 2], 37.5),
                figures("dsgvo", [5, 2, 1, 1, 0, 0], 40.0),
                figures("Erste", [1, 0, 0, 1, 0, 0], 0.0),
            ],
        ),
        (
            "akad",
            tree(ComplianceBy::Group),
            "2026-03-05",
            vec![
                figures("beta", [5, 2, 1, 2, 0, 0], 40.0),
                figures("Gamma", [6, 2, 1, 3, 0, 0], 33.3),
                figures("kunden", [3, 0, 0, 1, 1, 0], 0.0),
            ],
        ),
        // akad alone changed last on 2025-05-01: 2026-03-11 is read from its tally
        // (expiring until 2026-04-10 takes in Anna's ARB).
        (
            "akad",
            by(ComplianceBy::Course, false),
            "2026-03-11",
            vec![
                figures("ARB", [3, 1, 0, 2, 0, 1], 33.3),
                figures("dsgvo", [2, 1, 1, 0, 0, 0], 50.0),
                figures("Erste", [1, 0, 0, 1, 0, 0], 0.0),
            ],
        ),
    ];
    for (tenant, query, date, want) in cases {
        assert_eq!(
            compliance(&lms, tenant, query.clone(), date),
            want,
            "{tenant} {query:?} on {date}"
        );
    }

    // What is not there is said as the SQLite store says it.
    let missing = |query: ComplianceQuery, tenant: &str| {
        lms.report_compliance(tenant, &query, as_of("2026-03-15", 30))
            .unwrap_err()
    };
    let err = missing(
        ComplianceQuery {
            course: Some("NOPE".to_owned()),
            ..ComplianceQuery::default()
        },
        "akad",
    );
    assert_eq!(err.kind, ErrorKind::NotFound, "{err:?}");
    assert!(err.message.contains("NOPE"), "{}", err.message);
    let err = missing(
        ComplianceQuery {
            group: Some("kunden".to_owned()),
            ..ComplianceQuery::default()
        },
        "akad",
    );
    assert_eq!(err.kind, ErrorKind::NotFound, "{err:?}");
    let err = missing(ComplianceQuery::default(), "nobody");
    assert_eq!(err.kind, ErrorKind::NotFound, "{err:?}");
    // X1 is other's own course, not in akad's catalogue.
    let err = missing(
        ComplianceQuery {
            course: Some("X1".to_owned()),
            ..ComplianceQuery::default()
        },
        "akad",
    );
    assert_eq!(err.kind, ErrorKind::NotFound, "{err:?}");
}

/// The parts of an overdue row that vary: tenant, user, course, due day, days overdue
/// and manager.
type Overdue = (String, i64, String, String, i64, Option<String>);

fn overdue(lms: &Lms, tenant: &str, children: bool, date: &str) -> Vec<OverdueRow> {
    let mut rows = Vec::new();
    lms.report_overdue(tenant, children, as_of(date, 30), &mut |row| {
        rows.push(row);
        Ok(())
    })
    .unwrap();
    rows
}

fn expiring(lms: &Lms, tenant: &str, children: bool, within: u32, date: &str) -> Vec<ExpiringRow> {
    let mut rows = Vec::new();
    lms.report_expiring(tenant, children, within, as_of(date, 0), &mut |row| {
        rows.push(row);
        Ok(())
    })
    .unwrap();
    rows
}

#[test]
fn overdue_and_expiring_lists_of_a_small_store_by_hand() {
    let Some(lms) = postgres_store(SMALL) else { return };
    let listed = |rows: Vec<OverdueRow>| -> Vec<Overdue> {
        rows.into_iter()
            .map(|r| {
                (
                    r.tenant,
                    r.user_id,
                    r.course,
                    r.due_on.to_string(),
                    r.days_overdue,
                    r.manager_email,
                )
            })
            .collect()
    };
    let row = |tenant: &str, user, course: &str, due: &str, days, manager: Option<&str>| -> Overdue {
        (
            tenant.to_owned(),
            user,
            course.to_owned(),
            due.to_owned(),
            days,
            manager.map(str::to_owned),
        )
    };
    // Mandatory courses only (not Ben's Erste), active people only (not Cara), by due
    // day, then person, then course; the manager's address as stored.
    let today = overdue(&lms, "akad", true, "2026-03-15");
    assert_eq!(
        listed(today.clone()),
        [
            row("kunde", 5, "ARB", "2025-05-01", 318, Some("Dora@Kunde.example")),
            row("kunde", 9, "ARB", "2025-05-01", 318, Some("Dora@Kunde.example")),
            row("kunde", 9, "dsgvo", "2025-05-01", 318, Some("Dora@Kunde.example")),
            row("akad", 2, "ARB", "2025-06-01", 287, Some("anna@akad.example")),
        ]
    );
    let ben = &today[3];
    assert_eq!(
        (
            ben.external_id.as_deref(),
            ben.email.as_str(),
            ben.first_name.as_str(),
            ben.last_name.as_str(),
            ben.title.as_str()
        ),
        (Some("A2"), "ben@akad.example", "Ben", "Bauer", "Arbeitsschutz")
    );
    assert_eq!(
        listed(overdue(&lms, "akad", false, "2026-03-15")),
        [row(
            "akad",
            2,
            "ARB",
            "2025-06-01",
            287,
            Some("anna@akad.example")
        )]
    );
    assert_eq!(
        listed(overdue(&lms, "other", true, "2026-03-15")),
        [row("other", 8, "X1", "2025-07-01", 257, None)]
    );
    // On 2025-07-01 Fritz had not yet done his dsgvo (due 2025-05-01).
    assert_eq!(
        listed(overdue(&lms, "akad", true, "2025-07-01")),
        [
            row("kunde", 5, "ARB", "2025-05-01", 61, Some("Dora@Kunde.example")),
            row("filiale", 7, "dsgvo", "2025-05-01", 61, None),
            row("kunde", 9, "ARB", "2025-05-01", 61, Some("Dora@Kunde.example")),
            row("kunde", 9, "dsgvo", "2025-05-01", 61, Some("Dora@Kunde.example")),
            row("akad", 2, "ARB", "2025-06-01", 30, Some("anna@akad.example")),
        ]
    );

    let certificates = |rows: Vec<ExpiringRow>| -> Vec<(String, i64, String, String, String, i64)> {
        rows.into_iter()
            .map(|r| {
                (
                    r.tenant,
                    r.user_id,
                    r.course,
                    r.serial,
                    r.expires_on.to_string(),
                    r.days_left,
                )
            })
            .collect()
    };
    let certificate = |tenant: &str, user, serial: &str, expires: &str, days| {
        (
            tenant.to_owned(),
            user,
            "ARB".to_owned(),
            serial.to_owned(),
            expires.to_owned(),
            days,
        )
    };
    let anna = expiring(&lms, "akad", true, 30, "2026-03-15");
    assert_eq!(
        certificates(anna.clone()),
        [certificate("akad", 1, "S1", "2026-04-10", 26)]
    );
    assert_eq!(
        (anna[0].external_id.as_deref(), anna[0].email.as_str()),
        (Some("A1"), "anna@akad.example")
    );
    // Fritz's renewal counts from 2026-03-10 on; before, his first certificate.
    assert_eq!(
        certificates(expiring(&lms, "akad", true, 400, "2026-03-15")),
        [
            certificate("akad", 1, "S1", "2026-04-10", 26),
            certificate("filiale", 7, "S7b", "2027-03-10", 360),
        ]
    );
    assert_eq!(
        certificates(expiring(&lms, "akad", true, 60, "2026-03-05")),
        [
            certificate("filiale", 7, "S7a", "2026-04-01", 27),
            certificate("akad", 1, "S1", "2026-04-10", 36),
        ]
    );
    // 6's certificate runs out on 2026-03-20, but 6 was erased.
    assert!(expiring(&lms, "kunde", false, 30, "2026-03-15").is_empty());
    assert!(expiring(&lms, "akad", false, 0, "2026-03-15").is_empty());

    // A sink that fails stops the list with its error.
    let mut seen = 0;
    let err = lms
        .report_overdue("akad", true, as_of("2026-03-15", 30), &mut |_| {
            seen += 1;
            Err(lmsctl::Error::failure("the reader went away"))
        })
        .unwrap_err();
    assert_eq!((seen, err.message.as_str()), (1, "the reader went away"));
    // ... and the store answers the next report as before.
    assert_eq!(overdue(&lms, "akad", false, "2026-03-15").len(), 1);
}

#[test]
fn active_users_and_the_tenant_tree_of_a_small_store_by_hand() {
    let Some(lms) = postgres_store(SMALL) else { return };
    let active = |tenant: &str, children, period: &str, date: &str| -> Vec<(String, String, u64)> {
        lms.report_active_users(tenant, children, period, day(date))
            .unwrap()
            .into_iter()
            .map(|r| (r.tenant, r.period, r.active_users))
            .collect()
    };
    let count = |tenant: &str, period: &str, n| (tenant.to_owned(), period.to_owned(), n);
    // Dora's day in March is after the 15th; 6 counts though erased; every tenant of
    // the tree has a row.
    assert_eq!(
        active("akad", true, " 2026-03 ", "2026-03-15"),
        [
            count("akad", "2026-03", 2),
            count("filiale", "2026-03", 0),
            count("kunde", "2026-03", 1),
        ]
    );
    assert_eq!(
        active("akad", true, "2026-03", "2026-03-31"),
        [
            count("akad", "2026-03", 2),
            count("filiale", "2026-03", 0),
            count("kunde", "2026-03", 2),
        ]
    );
    assert_eq!(
        active("akad", true, "2026", "2026-12-31"),
        [
            count("akad", "2026", 2),
            count("filiale", "2026", 1),
            count("kunde", "2026", 2),
        ]
    );
    assert_eq!(
        active("akad", true, "2025", "2026-03-15"),
        [
            count("akad", "2025", 0),
            count("filiale", "2025", 1),
            count("kunde", "2025", 0),
        ]
    );
    assert_eq!(
        active("akad", false, "2026-03", "2026-03-15"),
        [count("akad", "2026-03", 2)]
    );
    let err = lms
        .report_active_users("akad", false, "2026-13", day("2026-03-15"))
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Usage, "{err:?}");

    let tree = |date: &str| -> Vec<(String, Option<String>, [u64; 5], f64)> {
        lms.report_tenants("akad", as_of(date, 30))
            .unwrap()
            .into_iter()
            .map(|r| {
                (
                    r.tenant,
                    r.parent,
                    [r.users, r.active_users, r.assigned, r.completed, r.overdue],
                    r.completion_rate,
                )
            })
            .collect()
    };
    let tenant = |slug: &str, parent: Option<&str>, counts, rate| {
        (slug.to_owned(), parent.map(str::to_owned), counts, rate)
    };
    // Users without the erased; active this month up to the day.
    assert_eq!(
        tree("2026-03-15"),
        [
            tenant("akad", None, [3, 2, 6, 2, 3], 33.3),
            tenant("filiale", Some("kunde"), [1, 0, 2, 2, 0], 100.0),
            tenant("kunde", Some("akad"), [3, 1, 7, 1, 3], 14.3),
        ]
    );
    assert_eq!(
        tree("2026-03-05"),
        [
            tenant("akad", None, [3, 1, 6, 2, 3], 33.3),
            tenant("filiale", Some("kunde"), [1, 0, 2, 2, 0], 100.0),
            tenant("kunde", Some("akad"), [3, 1, 6, 1, 3], 16.7),
        ]
    );
}

/// Both backends' answer to one question, the same.
fn same<T: PartialEq + Debug>(what: &str, postgres: Result<T>, sqlite: Result<T>) {
    match (postgres, sqlite) {
        (Ok(p), Ok(s)) => assert_eq!(p, s, "{what}"),
        (Err(p), Err(s)) => assert_eq!(p, s, "{what}"),
        (p, s) => panic!("{what}: PostgreSQL {p:?}, SQLite {s:?}"),
    }
}

fn listed<T>(each: impl FnOnce(&mut dyn FnMut(T) -> Result<()>) -> Result<()>) -> Result<Vec<T>> {
    let mut rows = Vec::new();
    each(&mut |row| {
        rows.push(row);
        Ok(())
    })?;
    Ok(rows)
}

/// How many rows of each list both backends gave.
#[derive(Debug, Default)]
struct Seen {
    compliance: usize,
    overdue: usize,
    expiring: usize,
    active: u64,
}

/// Asks both stores every report for each of `tenants` on each of `days`.
fn compare(
    postgres: &Lms,
    sqlite: &Lms,
    tenants: &[&str],
    days: &[&str],
    courses: &[&str],
    groups: &[&str],
) -> Seen {
    let mut seen = Seen::default();
    let cuts = [
        ComplianceBy::Course,
        ComplianceBy::Group,
        ComplianceBy::Department,
        ComplianceBy::Location,
        ComplianceBy::Tenant,
    ];
    let mut queries = Vec::new();
    for cut in cuts {
        for include_children in [false, true] {
            let plain = by(cut, include_children);
            queries.push(plain.clone());
            queries.extend(courses.iter().map(|code| ComplianceQuery {
                course: Some((*code).to_owned()),
                ..plain.clone()
            }));
            queries.extend(groups.iter().map(|name| ComplianceQuery {
                group: Some((*name).to_owned()),
                ..plain.clone()
            }));
        }
    }
    for tenant in tenants {
        for (index, date) in days.iter().enumerate() {
            for within in [0, 30, 120] {
                let on = as_of(date, within);
                let what = format!("{tenant} on {date}, expiring within {within}");
                // Every cut of the figures on each day, with one window a day in turn.
                let windows = [0, 30, 120];
                let queries = if within == windows[index % windows.len()] {
                    queries.as_slice()
                } else {
                    &[]
                };
                for query in queries {
                    let p = postgres.report_compliance(tenant, query, on);
                    seen.compliance += p.as_ref().map_or(0, Vec::len);
                    same(
                        &format!("compliance {query:?} of {what}"),
                        p,
                        sqlite.report_compliance(tenant, query, on),
                    );
                }
                for children in [false, true] {
                    let p = listed(|sink| postgres.report_expiring(tenant, children, within, on, sink));
                    seen.expiring += p.as_ref().map_or(0, Vec::len);
                    same(
                        &format!("expiring (children: {children}) of {what}"),
                        p,
                        listed(|sink| sqlite.report_expiring(tenant, children, within, on, sink)),
                    );
                }
                same(
                    &format!("tenants of {what}"),
                    postgres.report_tenants(tenant, on),
                    sqlite.report_tenants(tenant, on),
                );
            }
            let on = as_of(date, 30);
            for children in [false, true] {
                let what = format!("{tenant} (children: {children}) on {date}");
                let p = listed(|sink| postgres.report_overdue(tenant, children, on, sink));
                seen.overdue += p.as_ref().map_or(0, Vec::len);
                same(
                    &format!("overdue of {what}"),
                    p,
                    listed(|sink| sqlite.report_overdue(tenant, children, on, sink)),
                );
                for period in ["2025", "2025-06", "2026-03", "2026"] {
                    let p = postgres.report_active_users(tenant, children, period, on.date);
                    seen.active += p
                        .as_ref()
                        .map_or(0, |rows| rows.iter().map(|r| r.active_users).sum());
                    same(
                        &format!("active users in {period} of {what}"),
                        p,
                        sqlite.report_active_users(tenant, children, period, on.date),
                    );
                }
            }
        }
    }
    seen
}

#[test]
fn both_backends_report_the_same_rows_of_the_small_store() {
    let Some(postgres) = postgres_store(SMALL) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let sqlite = sqlite_store(dir.path(), SMALL);
    let seen = compare(
        &postgres,
        &sqlite,
        &["akad", "kunde", "filiale", "other", "nobody"],
        &[
            "2025-07-01",
            "2026-03-05",
            "2026-03-11",
            "2026-03-15",
            "2027-03-09",
        ],
        &["ARB", "dsgvo", "X1", "NOPE"],
        &["beta", "kunden", "none"],
    );
    assert!(
        seen.compliance > 500 && seen.overdue > 20 && seen.expiring > 10 && seen.active > 10,
        "{seen:?}"
    );
}

/// A store of 160 people in five tenants (root > a > a-z, root > ab, and lone), with
/// assignments, due days, progress, completions (some renewed, two on one day) and
/// activity spread over 2024-06 to 2026-03, from a fixed seed.
fn generated() -> String {
    let mut random = Random::new();
    let mut sql = String::from(
        "INSERT INTO tenant (id, slug, name, parent_id, created_at) VALUES
             (1, 'root', 'Root', NULL, '2025-01-01T00:00:00.000Z'), (2, 'a', 'A', 1, '2025-01-01T00:00:00.000Z'), (3, 'ab', 'AB', 1, '2025-01-01T00:00:00.000Z'),
             (4, 'a-z', 'A-Z', 2, '2025-01-01T00:00:00.000Z'), (5, 'lone', 'Lone', NULL, '2025-01-01T00:00:00.000Z');
         INSERT INTO course (id, tenant_id, code, title, mandatory, valid_months, valid_days, shared, created_at) VALUES
             (1, 1, 'ARB', 'Arbeitsschutz', true, 12, NULL, true, '2025-01-01T00:00:00.000Z'),
             (2, 1, 'dsgvo', 'Datenschutz', true, NULL, NULL, true, '2025-01-01T00:00:00.000Z'),
             (3, 1, 'Erste', 'Erste Hilfe', false, 24, NULL, true, '2025-01-01T00:00:00.000Z'),
             (4, 2, 'Lokal', 'Lokal', true, NULL, 90, false, '2025-01-01T00:00:00.000Z'),
             (5, 5, 'X1', 'Extra', true, 12, NULL, false, '2025-01-01T00:00:00.000Z'),
             (6, 1, 'intern', 'Intern', true, 6, NULL, false, '2025-01-01T00:00:00.000Z');
         INSERT INTO user_group (id, tenant_id, name, created_at) VALUES
             (1, 1, 'beta', '2025-01-01T00:00:00.000Z'), (2, 1, 'Gamma', '2025-01-01T00:00:00.000Z'), (3, 2, 'team', '2025-01-01T00:00:00.000Z'), (4, 3, 'crew', '2025-01-01T00:00:00.000Z');\n",
    );
    // Each tenant's catalogue, and each course's validity (months, days).
    let catalogue = |tenant: u64| -> &'static [i64] {
        match tenant {
            1 => &[1, 2, 3, 6],
            2 => &[1, 2, 3, 4],
            3 | 4 => &[1, 2, 3],
            _ => &[5],
        }
    };
    let validity = |course: i64| match course {
        1 | 5 => (Some(12), None),
        3 => (Some(24), None),
        4 => (None, Some(90)),
        6 => (Some(6), None),
        _ => (None, None),
    };
    let departments = [
        Some("IT"),
        Some("Vertrieb"),
        Some("vertrieb"),
        None,
        Some("Ärzte"),
    ];
    let locations = [Some("Köln"), Some("Berlin"), None, Some("aachen")];
    let text = |value: Option<&str>| value.map_or_else(|| "NULL".to_owned(), |v| format!("'{v}'"));
    let date = |value: Option<NaiveDate>| value.map_or_else(|| "NULL".to_owned(), |d| format!("'{d}'"));
    let start = day("2024-06-01");
    let last = day("2026-03-15");
    let mut users = Vec::new();
    let mut tenants = Vec::new();
    for id in 1..=160_u64 {
        let tenant = 1 + random.below(5);
        tenants.push(tenant);
        let status = match random.below(20) {
            0 => "suspended",
            1 => "erased",
            _ => "active",
        };
        let external_id = (random.below(8) != 0).then(|| format!("E{id}"));
        let email = if random.below(5) == 0 {
            format!("U{id}@T{tenant}.example")
        } else {
            format!("u{id}@t{tenant}.example")
        };
        let manager = (id > 1 && random.below(3) == 0).then(|| 1 + random.below(id - 1));
        users.push(format!(
            "({id}, {tenant}, {}, '{email}', 'F{id}', 'L{id}', {}, {}, {}, '{status}', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')",
            text(external_id.as_deref()),
            text(departments[random.below(5) as usize]),
            text(locations[random.below(4) as usize]),
            manager.map_or_else(|| "NULL".to_owned(), |m| m.to_string()),
        ));
    }
    sql.push_str(&format!(
        "INSERT INTO \"user\" (id, tenant_id, external_id, email, first_name, last_name, department, location,
                              manager_id, status, created_at, updated_at) VALUES {};\n",
        users.join(",\n")
    ));
    let mut members = Vec::new();
    for (group, tenant) in [(1, 1), (2, 1), (3, 2), (4, 3)] {
        for (index, user_tenant) in tenants.iter().enumerate() {
            if *user_tenant == tenant && random.below(2) == 0 {
                let user = index + 1;
                match random.below(3) {
                    0 => members.push(format!("({group}, {user}, 'static')")),
                    1 => members.push(format!("({group}, {user}, 'rule')")),
                    _ => members.extend([
                        format!("({group}, {user}, 'static')"),
                        format!("({group}, {user}, 'rule')"),
                    ]),
                }
            }
        }
    }
    sql.push_str(&format!(
        "INSERT INTO group_member (group_id, user_id, source) VALUES {};\n",
        members.join(", ")
    ));
    let mut enrollments = Vec::new();
    let mut completions = Vec::new();
    let mut activity = Vec::new();
    let shift = |d: NaiveDate, days: u64| d + Days::new(days);
    for (index, tenant) in tenants.iter().enumerate() {
        let user = index + 1;
        for &course in catalogue(*tenant) {
            if random.below(4) == 0 {
                continue;
            }
            let assigned = shift(start, random.below(650));
            let due = (random.below(4) != 0).then(|| shift(assigned, random.below(240)) - Days::new(30));
            let progress = [0, 0, 0, 10, 50, 90][random.below(6) as usize];
            enrollments.push(format!(
                "({user}, {course}, '{assigned}', {}, {progress})",
                date(due)
            ));
            if random.below(2) == 0 {
                let first = shift(assigned - Days::new(30), random.below(430));
                let mut done = vec![first];
                match random.below(6) {
                    0 => done.push(first),
                    1 | 2 => done.push(shift(first, random.below(500))),
                    _ => {}
                }
                for completed in done.into_iter().filter(|d| *d <= last) {
                    let id = completions.len() + 1;
                    let expires = match validity(course) {
                        (Some(months), _) => completed.checked_add_months(Months::new(months)),
                        (_, Some(days)) => Some(shift(completed, days)),
                        _ => None,
                    };
                    completions.push(format!(
                        "({id}, {user}, {course}, '{completed}', 'G{id}', {}, '2025-01-01T00:00:00.000Z')",
                        date(expires)
                    ));
                }
            }
        }
        let days: BTreeSet<NaiveDate> = (0..random.below(6))
            .map(|_| shift(day("2025-01-01"), random.below(560)))
            .collect();
        activity.extend(days.iter().map(|d| format!("({user}, '{d}')")));
    }
    sql.push_str(&format!(
        "INSERT INTO enrollment (user_id, course_id, assigned_on, due_on, progress) VALUES {};\n",
        enrollments.join(", ")
    ));
    // Completions one statement each, as they are recorded.
    for completion in &completions {
        sql.push_str(&format!(
            "INSERT INTO completion (id, user_id, course_id, completed_on, serial, expires_on, created_at) VALUES {completion};\n"
        ));
    }
    sql.push_str(&format!(
        "INSERT INTO user_activity (user_id, day) VALUES {}",
        activity.join(", ")
    ));
    sql
}

/// A fixed pseudo-random sequence (the same on every run).
struct Random(TestRng);

impl Random {
    fn new() -> Random {
        Random(TestRng::deterministic_rng(RngAlgorithm::ChaCha))
    }

    /// A number below `n`.
    fn below(&mut self, n: u64) -> u64 {
        self.0.random_range(0..n)
    }
}

#[test]
fn both_backends_report_the_same_rows_of_a_generated_store() {
    let seed = generated();
    let Some(postgres) = postgres_store(&seed) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let sqlite = sqlite_store(dir.path(), &seed);
    let seen = compare(
        &postgres,
        &sqlite,
        &["root", "a", "ab", "a-z", "lone"],
        &[
            "2024-12-01",
            "2025-06-30",
            "2025-12-31",
            "2026-03-01",
            "2026-03-15",
            "2026-05-01",
            "2027-01-01",
        ],
        &["ARB", "Lokal", "intern"],
        &["beta", "team"],
    );
    assert!(
        seen.compliance > 2000 && seen.overdue > 200 && seen.expiring > 100 && seen.active > 100,
        "{seen:?}"
    );
}
