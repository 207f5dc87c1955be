/*!
The store conformance suite: stories written against the library's interface to a
store ([`lmsctl::core::Lms`] over one backend), which every backend must pass alike.

The stories live in one module per area, named as everywhere else (`tenants`, `users`,
`groups`, `courses`, `enrollments`, `completions`, `import`, `gdpr`, `reports`,
`tokens`, `audit`). Each runs once per backend, as its own test
(`conformance::users::add_find_update_suspend::sqlite` and `...::remote`), on a new
store: a SQLite file in a temp dir, and the remote store, a real `lmsctl serve` on
127.0.0.1 (random port) over such a file (in a PostgreSQL run of the suite, over a
new database: [`Env::location`]), reached with a token of the whole store.
A new backend is one more test in [`stories!`] and one more arm in [`Backend::open`].
The PostgreSQL store's stories run on a new database each ([`crate::postgres`]: a
private cluster, or the server `LMSCTL_TEST_STORE=postgres://...` names) and return
early, passing, without PostgreSQL; until every area is written for it, an area's
stories name it with `stories! { postgres: ... }`.

The stories go through the core, so they hold the rules the core applies over any
backend as well as what each backend persists. They assert outcomes (what a call
returns, what a later read shows, which kind of error comes back) rather than exact
texts, except for the phrases the command-line contract already promises.
*/

use std::path::Path;
use std::time::Duration;

use chrono::NaiveDate;
use lmsctl::core::Lms;
use lmsctl::import::{ImportOptions, ImportOutcome, Observer};
use lmsctl::model::*;
use lmsctl::store::postgres::{PgAddress, PostgresStore};
use lmsctl::store::{Location, Session};
use lmsctl::{Error, ErrorKind, Result};

use crate::common::Env;
use crate::remote::Server;

/// The day every story starts on (a fixed clock, as `LMSCTL_TODAY` gives the CLI).
const TODAY: &str = "2026-03-15";

/// The tests of stories (`fn(&mut Store)`), one per backend: `AREA::STORY::sqlite`,
/// `AREA::STORY::remote` (and with `postgres:`, `AREA::STORY::postgres`). A new backend
/// is one more test here.
macro_rules! stories {
    (postgres: $($story:ident)*) => {$( story_tests! { $story postgres } )*};
    ($($story:ident)*) => {$( story_tests! { $story } )*};
}

/// The tests of one story.
macro_rules! story_tests {
    ($story:ident $($postgres:ident)?) => {
        mod $story {
            use crate::conformance::{Backend, run};

            #[test]
            fn sqlite() {
                run(Backend::Sqlite, super::$story)
            }

            #[test]
            fn remote() {
                run(Backend::Remote, super::$story)
            }

            $(
                #[test]
                fn $postgres() {
                    run(Backend::Postgres, super::$story)
                }
            )?
        }
    };
}

mod audit;
mod completions;
mod courses;
mod enrollments;
mod gdpr;
mod groups;
mod import;
mod reports;
mod tenants;
mod tokens;
mod users;

/// The backends the stories run against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Backend {
    /// The local SQLite store, a new file.
    Sqlite,
    /// `lmsctl serve` over a new SQLite file, reached over HTTP with a token.
    Remote,
    /// A new database on a PostgreSQL server (none: the story is skipped).
    Postgres,
}

/// A store under test and what keeps it alive. Fields drop in this order: the client
/// before its server, the server before the directory its file is in.
struct Store {
    lms: Lms,
    server: Option<Server>,
    env: Env,
    /// The day of the changes and reads (see [`Store::on`]).
    today: NaiveDate,
}

impl std::ops::Deref for Store {
    type Target = Lms;

    fn deref(&self) -> &Lms {
        &self.lms
    }
}

fn run(backend: Backend, story: fn(&mut Store)) {
    if let Some(mut store) = backend.open() {
        story(&mut store);
    }
}

impl Backend {
    /// A new, empty store of this backend, on [`TODAY`] (none: no PostgreSQL here).
    fn open(self) -> Option<Store> {
        let env = Env::new();
        let file = Location::Sqlite(env.store());
        Some(match self {
            Backend::Postgres => {
                let address = PgAddress::parse(&crate::postgres::database()?).expect("the test database");
                let backend = PostgresStore::open(&address, session(None), &lmsctl::core::RULES)
                    .expect("open the PostgreSQL store");
                let mut lms = Lms::new(Box::new(backend));
                lms.act_as("conformance".to_owned(), Some(day(TODAY)));
                Store {
                    lms,
                    server: None,
                    env,
                    today: day(TODAY),
                }
            }
            Backend::Sqlite => Store {
                lms: Lms::open(&file, &session(None)).expect("open the SQLite store"),
                server: None,
                env,
                today: day(TODAY),
            },
            Backend::Remote => {
                let served = env.location();
                let served =
                    Location::parse(served.to_str().expect("a UTF-8 location")).expect("the env's store");
                let secret = Lms::open(&served, &session(None))
                    .and_then(|operator| {
                        operator.create_token(&NewToken {
                            tenant: None,
                            role: Role::Admin,
                            label: Some("conformance".to_owned()),
                            expires_on: None,
                        })
                    })
                    .expect("a token of the whole store")
                    .secret;
                let server = Server::start(&env, "client");
                let lms = Lms::open(&remote_location(&server), &session(Some(secret)))
                    .expect("open the remote store");
                Store {
                    lms,
                    server: Some(server),
                    env,
                    today: day(TODAY),
                }
            }
        })
    }
}

fn session(token: Option<String>) -> Session {
    Session {
        actor: "conformance".to_owned(),
        busy_timeout: Duration::from_secs(10),
        today: Some(day(TODAY)),
        token,
        ca_cert: None,
        quiet: true,
    }
}

fn remote_location(server: &Server) -> Location {
    Location::parse(&server.url).expect("the server's address")
}

impl Store {
    /// The changes and reads that follow happen on `date`.
    fn on(&mut self, date: &str) {
        self.today = day(date);
        self.lms.act_as("conformance".to_owned(), Some(self.today));
    }

    fn dir(&self) -> &Path {
        self.env.dir()
    }

    /// The tenants a token's secret reaches today, as this backend checks tokens: the
    /// grant of a backend that holds its tokens, or for a server, the tenants a request
    /// made with the token may see.
    fn reach(&self, secret: &str) -> Result<Vec<String>> {
        let mut slugs = match &self.server {
            None => self.lms.authenticate(secret)?.tenants,
            Some(server) => {
                let mut holder = session(Some(secret.to_owned()));
                holder.today = Some(self.today);
                let tenants = Lms::open(&remote_location(server), &holder)?.tenants()?;
                tenants.into_iter().map(|t| t.slug).collect()
            }
        };
        slugs.sort();
        Ok(slugs)
    }

    /// Writes a CSV file (an HR export) into the store's temp dir; returns its path.
    fn file(&self, name: &str, text: &str) -> String {
        let path = self.dir().join(name);
        std::fs::write(&path, text).expect("write the test file");
        path.to_string_lossy().into_owned()
    }

    /// `lmsctl --tenant acme import users FILE` through the library, with the CLI's defaults.
    fn import(
        &self,
        file: &str,
        mode: ImportMode,
        max_suspend: SuspendLimit,
        dry_run: bool,
    ) -> Result<ImportOutcome> {
        let options = ImportOptions {
            tenant: "acme".to_owned(),
            file: file.to_owned(),
            key: None,
            mode,
            max_suspend,
            group: None,
            dry_run,
            plan_out: None,
            skip_invalid: false,
            reject_file: None,
            mappings: Vec::new(),
            encoding: None,
            delimiter: None,
            date_format: None,
        };
        let observer = Observer {
            rejected: &mut |_| {},
            progress: &mut |_, _| {},
        };
        lmsctl::import::import_users(&self.lms, &options, observer, &mut |_| {})
    }

    /// The external ids of the tenant's users (all, or of one status), in list order.
    fn user_ids(&self, tenant: &str, status: Option<UserStatus>) -> Vec<String> {
        let query = UserQuery {
            status,
            ..UserQuery::default()
        };
        self.users(tenant, &query)
            .expect("list users")
            .into_iter()
            .map(|u| u.external_id.unwrap_or_default())
            .collect()
    }

    /// The external ids of a group's members, and how each got there.
    fn members(&self, tenant: &str, group: &str) -> Vec<(String, String)> {
        self.group(tenant, group)
            .expect("show the group")
            .member_list
            .into_iter()
            .map(|m| (m.external_id.unwrap_or_default(), m.via))
            .collect()
    }

    /// The status and due day of one user in one course on `date`.
    fn status(
        &self,
        tenant: &str,
        user: &str,
        course: &str,
        date: &str,
    ) -> Option<(Status, Option<NaiveDate>)> {
        let query = EnrollmentQuery {
            course: Some(course.to_owned()),
            user: Some(sel(user)),
            ..EnrollmentQuery::default()
        };
        let rows = self
            .enrollments(tenant, &query, as_of(date))
            .expect("list enrollments");
        assert!(rows.len() <= 1, "one enrollment per user and course: {rows:?}");
        rows.first().map(|e| (e.status, e.due_on))
    }

    fn audit_count(&self) -> usize {
        self.audit_events(&AuditQuery::default())
            .expect("list the audit trail")
            .len()
    }
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a test date")
}

/// Statuses on `date`, certificates counting as expiring 30 days ahead (the CLI's default).
fn as_of(date: &str) -> AsOf {
    AsOf {
        date: day(date),
        expiring_within_days: 30,
    }
}

fn sel(text: &str) -> UserSel {
    text.parse().expect("a user selector")
}

fn new_tenant(slug: &str, parent: Option<&str>) -> NewTenant {
    NewTenant {
        slug: slug.to_owned(),
        name: format!("Tenant {slug}"),
        parent: parent.map(str::to_owned),
        ..NewTenant::default()
    }
}

/// A user with an external id, e-mail address, names, department and location.
fn person(external_id: &str, email: &str, name: &str, department: &str, location: &str) -> NewUser {
    let (first, last) = name.split_once(' ').expect("first and last name");
    NewUser {
        external_id: Some(external_id.to_owned()),
        email: email.to_owned(),
        first_name: first.to_owned(),
        last_name: last.to_owned(),
        department: Some(department.to_owned()),
        location: Some(location.to_owned()),
        ..NewUser::default()
    }
}

fn course(code: &str, mandatory: bool, valid_for: Option<&str>, shared: bool) -> NewCourse {
    NewCourse {
        code: code.to_owned(),
        title: format!("Course {code}"),
        description: None,
        mandatory,
        valid_for: valid_for.map(|p| p.parse().expect("a period")),
        shared,
    }
}

/// The error of a call that must fail with `kind`.
fn failure<T: std::fmt::Debug>(result: Result<T>, kind: ErrorKind) -> Error {
    match result {
        Ok(value) => panic!("expected an error of kind {kind:?}, got {value:?}"),
        Err(err) => {
            assert_eq!(err.kind, kind, "{err:?}");
            err
        }
    }
}

/// Tenant `acme` with three users: P1 and P2 in sales (Berlin, Köln), P3 in IT (Berlin).
fn acme(s: &Store) -> [User; 3] {
    s.create_tenant(&new_tenant("acme", None)).unwrap();
    [
        (
            "P1",
            "anna.schmidt@acme.test",
            "Anna Schmidt",
            "Vertrieb",
            "Berlin",
        ),
        (
            "P2",
            "jürgen.müller@acme.test",
            "Jürgen Müller",
            "Vertrieb",
            "Köln",
        ),
        ("P3", "li.wei@acme.test", "Li Wei", "IT", "Berlin"),
    ]
    .map(|(ext, email, name, dept, loc)| s.add_user("acme", &person(ext, email, name, dept, loc)).unwrap())
}
