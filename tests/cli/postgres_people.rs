//! People on the PostgreSQL store where its SQL differs from SQLite's: the same users,
//! groups and assignments are made on both stores and must read back alike (case-blind
//! e-mail addresses, Unicode case folding in searches and group rules, dates in rules,
//! paging), and the report tallies its triggers keep must match the enrollments after
//! bulk assignments.

use std::time::Duration;

use chrono::NaiveDate;
use lmsctl::ErrorKind;
use lmsctl::core::Lms;
use lmsctl::model::*;
use lmsctl::store::postgres::{PgAddress, PostgresStore, connect};
use lmsctl::store::{Location, Session};

use crate::common::Env;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a test date")
}

fn session() -> Session {
    Session {
        actor: "test".to_owned(),
        busy_timeout: Duration::from_secs(10),
        today: Some(day("2026-03-15")),
        token: None,
        ca_cert: None,
        quiet: true,
    }
}

/// A new PostgreSQL store and its address, or `None` when the tests are skipped.
fn postgres() -> Option<(Lms, PgAddress)> {
    let address = PgAddress::parse(&crate::postgres::database()?).expect("the test database");
    let store = PostgresStore::open(&address, session(), &lmsctl::core::RULES).expect("open the store");
    let mut lms = Lms::new(Box::new(store));
    lms.act_as("test".to_owned(), Some(day("2026-03-15")));
    Some((lms, address))
}

/// A new SQLite store in `env`'s directory.
fn sqlite(env: &Env) -> Lms {
    Lms::open(&Location::Sqlite(env.store()), &session()).expect("open the SQLite store")
}

fn sel(text: &str) -> UserSel {
    text.parse().expect("a user selector")
}

/// A user: external id, e-mail address, first and last name, department, location,
/// start date and roles.
type Person = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static [&'static str],
);

/// A change made to both stores, and what it is called.
type Step = (&'static str, Box<dyn Fn(&Lms)>);

/// Users whose attributes the group rules and searches below tell apart.
fn people(lms: &Lms) {
    lms.create_tenant(&NewTenant {
        slug: "acme".to_owned(),
        name: "Acme".to_owned(),
        ..NewTenant::default()
    })
    .unwrap();
    let rows: [Person; 8] = [
        (
            "E1",
            "anna.mueller@beispiel.de",
            "Anna",
            "Müller",
            "Vertrieb",
            "Berlin",
            Some("2023-05-01"),
            &["learner"],
        ),
        (
            "E2",
            "joerg@Beispiel.de",
            "Jörg",
            "Schäfer",
            "vertrieb",
            "Köln",
            Some("2024-02-15"),
            &["learner", "trainer"],
        ),
        (
            "E3",
            "zoe@example.com",
            "Zoë",
            "Ng",
            "",
            "BERLIN",
            None,
            &["learner"],
        ),
        (
            "E4",
            "ben@beispiel.de",
            "Ben",
            "Öztürk",
            "Marketing",
            "München",
            Some("2024-01-01"),
            &["admin"],
        ),
        (
            "E5",
            "clara@example.org",
            "Clara",
            "Weiß",
            "Sales_EU",
            "Hamburg",
            Some("2022-12-31"),
            &["trainer"],
        ),
        (
            "E6",
            "dana@example.org",
            "Dana",
            "Scully",
            "100% Sales",
            "",
            Some("2024-06-30"),
            &["admin", "learner"],
        ),
        (
            "E7",
            "emil@beispiel.de.example.com",
            "Emil",
            "Æsir",
            "Entwicklung",
            "KÖLN",
            Some("2025-01-01"),
            &["trainer-lead"],
        ),
        (
            "E8",
            "fritz@example.com",
            "Fritz",
            "O'Brien",
            "SalesXEU",
            "Berlin",
            Some("2024-01-02"),
            &["learner", "admin"],
        ),
    ];
    for (external_id, email, first, last, department, location, start, roles) in rows {
        lms.add_user(
            "acme",
            &NewUser {
                external_id: Some(external_id.to_owned()),
                email: email.to_owned(),
                first_name: first.to_owned(),
                last_name: last.to_owned(),
                department: Some(department.to_owned()),
                location: Some(location.to_owned()),
                start_date: start.map(day),
                roles: roles.iter().map(|r| r.to_string()).collect(),
                ..NewUser::default()
            },
        )
        .unwrap();
    }
    lms.set_user_status("acme", &sel("E3"), UserStatus::Suspended)
        .unwrap();
}

const RULES: [&str; 16] = [
    r#"department = "VERTRIEB""#,
    r#"department != "vertrieb""#,
    r#"department = """#,
    r#"location = "köln""#,
    r#"last_name contains "ÜLL""#,
    r#"location in ("Köln", "berlin")"#,
    r#"location not in ("KÖLN")"#,
    r#"email ends_with "@BEISPIEL.DE""#,
    r#"department contains "%""#,
    r#"department contains "s_e""#,
    r#"start_date >= "2024-01-01""#,
    r#"not start_date < "2024-01-01""#,
    r#"start_date = "2024-01-01""#,
    r#"role = "TRAINER""#,
    r#"role starts_with "train" and not role = "admin""#,
    r#"status = "suspended" or first_name = "ZOË""#,
];

/// The external ids of each rule group's members, and of the users a few searches
/// and filters find.
fn memberships(lms: &Lms) -> Vec<Vec<String>> {
    let ids = |users: Vec<User>| -> Vec<String> {
        users
            .into_iter()
            .map(|u| u.external_id.unwrap_or_default())
            .collect()
    };
    let mut seen = Vec::new();
    for (i, rule) in RULES.iter().enumerate() {
        let name = format!("rule-{i}");
        lms.create_group(
            "acme",
            &NewGroup {
                name: name.clone(),
                description: None,
                rule: Some(rule.to_string()),
            },
        )
        .unwrap_or_else(|e| panic!("{rule}: {e:?}"));
        let members = lms.group("acme", &name).unwrap().member_list;
        seen.push(
            members
                .into_iter()
                .map(|m| m.external_id.unwrap_or_default())
                .collect(),
        );
    }
    for query in [
        UserQuery {
            search: Some("MÜLLER".to_owned()),
            ..UserQuery::default()
        },
        UserQuery {
            search: Some("beispiel".to_owned()),
            ..UserQuery::default()
        },
        UserQuery {
            department: Some("VERTRIEB".to_owned()),
            ..UserQuery::default()
        },
        UserQuery {
            location: Some("köln".to_owned()),
            status: Some(UserStatus::Active),
            ..UserQuery::default()
        },
        UserQuery {
            limit: 3,
            offset: 2,
            ..UserQuery::default()
        },
        UserQuery {
            offset: 6,
            ..UserQuery::default()
        },
        UserQuery {
            group: Some("RULE-0".to_owned()),
            ..UserQuery::default()
        },
    ] {
        seen.push(ids(lms.users("acme", &query).unwrap()));
    }
    seen
}

#[test]
fn rule_groups_searches_and_pages_select_the_same_people_as_on_sqlite() {
    let Some((pg, _)) = postgres() else { return };
    let env = Env::new();
    let lite = sqlite(&env);
    people(&pg);
    people(&lite);
    let expected = memberships(&lite);
    assert_eq!(memberships(&pg), expected);
    // Unicode case folding whatever the server's locale (the test server's is C).
    assert_eq!(expected[4], ["E1"], "last_name contains ÜLL");
    assert_eq!(expected[16], ["E1"], "search MÜLLER");
    // A user who changes is re-evaluated at once.
    for lms in [&pg, &lite] {
        lms.update_user(
            "acme",
            &sel("E4"),
            &UserPatch {
                department: Some("VERTRIEB".to_owned()),
                ..UserPatch::default()
            },
        )
        .unwrap();
    }
    let members = |lms: &Lms| -> Vec<(String, String)> {
        lms.group("acme", "rule-0")
            .unwrap()
            .member_list
            .into_iter()
            .map(|m| (m.external_id.unwrap_or_default(), m.via))
            .collect()
    };
    assert_eq!(members(&pg), members(&lite));
    assert_eq!(members(&pg).len(), 3);
}

#[test]
fn e_mail_addresses_are_unique_per_tenant_whatever_their_letters_case() {
    let Some((pg, _)) = postgres() else { return };
    let env = Env::new();
    let lite = sqlite(&env);
    for lms in [&pg, &lite] {
        people(lms);
        // The stored address keeps its case; any case finds it.
        let joerg = lms.user("acme", &sel("JOERG@beispiel.DE")).unwrap();
        assert_eq!(joerg.email, "joerg@Beispiel.de");
        let twin = NewUser {
            email: "Anna.Mueller@BEISPIEL.de".to_owned(),
            first_name: "Anna".to_owned(),
            last_name: "Zwilling".to_owned(),
            ..NewUser::default()
        };
        let err = lms.add_user("acme", &twin).unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidData, "{err:?}");
        assert!(err.message.contains("already has the e-mail address"), "{err:?}");
        // Non-ASCII letters in the address: the ASCII ones still compare without case.
        lms.add_user(
            "acme",
            &NewUser {
                email: "jürgen.größe@beispiel.de".to_owned(),
                first_name: "Jürgen".to_owned(),
                last_name: "Größe".to_owned(),
                ..NewUser::default()
            },
        )
        .unwrap();
        let shouted = lms.user("acme", &sel("JüRGEN.GRößE@Beispiel.DE")).unwrap();
        assert_eq!(shouted.email, "jürgen.größe@beispiel.de");
        let err = lms
            .update_user(
                "acme",
                &sel("E5"),
                &UserPatch {
                    email: Some("Jürgen.Größe@beispiel.de".to_owned()),
                    ..UserPatch::default()
                },
            )
            .unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidData, "{err:?}");
        // Changing only the case of one's own address is a change.
        let renamed = lms
            .update_user(
                "acme",
                &sel("E5"),
                &UserPatch {
                    email: Some("Clara@example.org".to_owned()),
                    ..UserPatch::default()
                },
            )
            .unwrap();
        assert_eq!(renamed.email, "Clara@example.org");
    }
}

/// The tallies as the triggers keep them, and as counted from the enrollments.
fn tallies_match(address: &PgAddress, after: &str) {
    let mut client = connect(address).expect("connect");
    for (kept, counted) in crate::postgres_store::tallies(&mut client) {
        assert_eq!(kept, counted, "after {after}");
    }
}

#[test]
fn bulk_assignments_keep_the_tallies_and_read_back_as_on_sqlite() {
    let Some((pg, address)) = postgres() else { return };
    let env = Env::new();
    let lite = sqlite(&env);
    let courses = |lms: &Lms| {
        for code in ["ARB", "DSGVO"] {
            lms.create_course(
                "acme",
                &NewCourse {
                    code: code.to_owned(),
                    title: format!("Kurs {code}"),
                    description: None,
                    mandatory: true,
                    valid_for: None,
                    shared: false,
                },
            )
            .unwrap();
        }
        lms.create_group(
            "acme",
            &NewGroup {
                name: "vertrieb".to_owned(),
                description: None,
                rule: Some(r#"department = "Vertrieb""#.to_owned()),
            },
        )
        .unwrap();
    };
    let steps: Vec<Step> = vec![
        (
            "the course to everyone",
            Box::new(|lms: &Lms| {
                let all = NewAssignment {
                    course: "ARB".to_owned(),
                    target: AssignTarget::AllUsers,
                    due: Due::AfterStart(30),
                };
                assert_eq!(lms.assign("acme", &all).unwrap().users, 8);
            }),
        ),
        (
            "the course to a group",
            Box::new(|lms: &Lms| {
                let group = NewAssignment {
                    course: "DSGVO".to_owned(),
                    target: AssignTarget::Group("vertrieb".to_owned()),
                    due: Due::On(day("2026-04-01")),
                };
                assert_eq!(lms.assign("acme", &group).unwrap().users, 2);
            }),
        ),
        (
            "a user joining the group",
            Box::new(|lms: &Lms| {
                let patch = UserPatch {
                    department: Some("Vertrieb".to_owned()),
                    ..UserPatch::default()
                };
                lms.update_user("acme", &sel("E8"), &patch).unwrap();
            }),
        ),
        (
            "progress",
            Box::new(|lms: &Lms| {
                lms.set_progress("acme", "DSGVO", &sel("E8"), 40).unwrap();
            }),
        ),
        (
            "the due day changed",
            Box::new(|lms: &Lms| {
                let all = NewAssignment {
                    course: "ARB".to_owned(),
                    target: AssignTarget::AllUsers,
                    due: Due::On(day("2026-03-01")),
                };
                lms.assign("acme", &all).unwrap();
            }),
        ),
        (
            "a user suspended",
            Box::new(|lms: &Lms| {
                lms.set_user_status("acme", &sel("E1"), UserStatus::Suspended)
                    .unwrap();
            }),
        ),
        (
            "the group assignment removed",
            Box::new(|lms: &Lms| {
                lms.unassign("acme", "DSGVO", &AssignTarget::Group("vertrieb".to_owned()))
                    .unwrap();
            }),
        ),
        (
            "the group deleted",
            Box::new(|lms: &Lms| {
                lms.delete_group("acme", "vertrieb").unwrap();
            }),
        ),
    ];
    for lms in [&pg, &lite] {
        people(lms);
        courses(lms);
    }
    let all = EnrollmentQuery::default();
    let as_of = AsOf {
        date: day("2026-03-20"),
        expiring_within_days: 30,
    };
    for (what, step) in &steps {
        step(&pg);
        step(&lite);
        tallies_match(&address, what);
        assert_eq!(
            pg.enrollments("acme", &all, as_of).unwrap(),
            lite.enrollments("acme", &all, as_of).unwrap(),
            "after {what}"
        );
        assert_eq!(
            pg.course_stats("acme", "ARB", as_of).unwrap(),
            lite.course_stats("acme", "ARB", as_of).unwrap(),
            "after {what}"
        );
    }
    let page = EnrollmentQuery {
        status: Some(Status::Overdue),
        limit: 2,
        offset: 1,
        ..EnrollmentQuery::default()
    };
    let overdue = pg.enrollments("acme", &page, as_of).unwrap();
    assert_eq!(overdue, lite.enrollments("acme", &page, as_of).unwrap());
    assert_eq!(overdue.len(), 2);
}

/// What a call gave: its value, or its error's kind, message and `about` tag.
fn outcome<T: std::fmt::Debug>(result: lmsctl::Result<T>) -> String {
    match result {
        Ok(value) => format!("{value:?}"),
        Err(err) => format!("{:?}: {} [{:?}] {:?}", err.kind, err.message, err.about, err.hint),
    }
}

#[test]
fn the_course_catalogue_answers_as_on_sqlite() {
    let Some((pg, _)) = postgres() else { return };
    let env = Env::new();
    let lite = sqlite(&env);
    let course = |code: &str, shared: bool| NewCourse {
        code: code.to_owned(),
        title: format!("Kurs {code}"),
        description: Some("Pflicht".to_owned()),
        mandatory: shared,
        valid_for: Some(if shared { "12m" } else { "90d" }.parse().expect("a period")),
        shared,
    };
    let tenant = |slug: &str, parent: Option<&str>| NewTenant {
        slug: slug.to_owned(),
        name: slug.to_owned(),
        parent: parent.map(str::to_owned),
        ..NewTenant::default()
    };
    // Every call's outcome, with the times that differ from store to store left out.
    let story = |lms: &Lms| -> Vec<String> {
        let mut seen = Vec::new();
        lms.create_tenant(&tenant("akademie", None)).unwrap();
        lms.create_tenant(&tenant("kunde", Some("akademie"))).unwrap();
        let mut log = |text: String| seen.push(without_times(&text));
        log(outcome(lms.create_course("akademie", &course("ARB", true))));
        log(outcome(lms.create_course("akademie", &course("arb", false))));
        log(outcome(lms.create_course("kunde", &course("Arb", false))));
        log(outcome(lms.create_course("kunde", &course("ZZ", false))));
        log(outcome(lms.create_course("kunde", &course("b-kurs", false))));
        log(outcome(lms.create_course("akademie", &course("ZZ", true))));
        log(outcome(lms.courses("kunde", false)));
        log(outcome(lms.course("kunde", "arb")));
        log(outcome(lms.update_course(
            "akademie",
            "ARB",
            &CoursePatch {
                title: Some("Arbeitsschutz".to_owned()),
                description: Some(String::new()),
                valid_for: Some(None),
                ..CoursePatch::default()
            },
        )));
        log(outcome(lms.archive_course("kunde", "ZZ")));
        log(outcome(lms.archive_course("kunde", "ZZ")));
        log(outcome(lms.courses("kunde", true)));
        log(outcome(lms.courses("kunde", false)));
        log(outcome(lms.course_stats(
            "kunde",
            "ARB",
            AsOf {
                date: day("2026-03-15"),
                expiring_within_days: 30,
            },
        )));
        seen
    };
    let expected = story(&lite);
    assert_eq!(story(&pg), expected);
    assert!(expected[1].contains("course.exists"), "{}", expected[1]);
    assert!(expected[2].contains("course.inherited-code"), "{}", expected[2]);
    assert!(expected[5].contains("course.code-below"), "{}", expected[5]);
}

/// `text` without the RFC 3339 timestamps stores write when something is made.
fn without_times(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("created_at: ") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let end = after.find([',', '}']).unwrap_or(after.len());
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn a_suppressed_person_is_not_added_again() {
    use lmsctl::store::Rules;
    let Some((pg, address)) = postgres() else { return };
    people(&pg);
    let mut client = connect(&address).expect("connect");
    let secret: Vec<u8> = client
        .query_one("SELECT value FROM store_secret WHERE name = 'suppression'", &[])
        .expect("the store's secret")
        .get(0);
    // As an erasure leaves them: keyed hashes of the address and the external id.
    for (kind, value) in [("email", "gone@beispiel.de"), ("external_id", "E404")] {
        let mac = lmsctl::core::RULES.suppression_mac(&secret, kind, value);
        client
            .execute(
                "INSERT INTO suppression (tenant_id, kind, mac, created_on) VALUES (1, $1, $2, DATE '2026-01-01')",
                &[&kind, &mac],
            )
            .expect("suppress");
    }
    let person = |external_id: &str, email: &str| NewUser {
        external_id: Some(external_id.to_owned()),
        email: email.to_owned(),
        first_name: "Wieder".to_owned(),
        last_name: "Da".to_owned(),
        ..NewUser::default()
    };
    for (external_id, email) in [("E405", "gone@beispiel.de"), ("E404", "neu@beispiel.de")] {
        let err = pg.add_user("acme", &person(external_id, email)).unwrap_err();
        assert_eq!(
            (err.kind, err.about),
            (ErrorKind::InvalidData, Some("user.suppressed")),
            "{err:?}"
        );
        assert!(
            err.hint
                .as_deref()
                .unwrap_or_default()
                .contains("suppression remove"),
            "{err:?}"
        );
    }
    pg.add_user("acme", &person("E405", "neu@beispiel.de")).unwrap();
}
