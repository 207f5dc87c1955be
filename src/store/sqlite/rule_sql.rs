//! Compiles a group [`Rule`] into an SQL `WHERE` fragment, for SQLite and (with
//! [`Dialect::Postgres`]) for PostgreSQL.
//!
//! Rule groups are resolved in the database rather than in Rust so that
//! membership of large tenants is one query. [`where_clause`] turns a parsed
//! rule into a boolean SQL expression over the `user` table plus the values to
//! bind to its `?` placeholders. Values are never spliced into the SQL text,
//! so rule values cannot inject SQL.
//!
//! # Semantics
//!
//! - `=`, `!=`, `in` and `not in` compare case-folded text (the store's `fold()`
//!   function, Unicode-aware: `MÜNCHEN` matches `München`) and treat NULL
//!   as the empty string, so `department != "Sales"` also matches users
//!   without a department.
//! - `contains`, `starts_with` and `ends_with` compare case-folded text with
//!   `LIKE ... ESCAPE '\'`; `%`, `_` and `\` in the value are escaped, so they
//!   match literally. NULL counts as the empty string here too.
//! - `role` tests the comma-separated `roles` column element-wise:
//!   `role = "x"` means one of the roles is `x`, `role != "x"` means none is,
//!   `role in (...)` means one of the roles is any of the values, and
//!   `contains`/`starts_with`/`ends_with` mean some role name does.
//! - `<`, `<=`, `>`, `>=` (`start_date` only) compare the stored `YYYY-MM-DD`
//!   text and never match a user without a start date.
//!
//! Every sub-expression is parenthesised and none can evaluate to NULL, so
//! `not` is a plain boolean negation.
//!
//! Values in rules are NFC-normalised; stored values are NFC as well.
//!
//! PostgreSQL gets the same expression with `$n` placeholders, `coalesce` for
//! `IFNULL`, and its DATE start dates written as `YYYY-MM-DD` text, so that every
//! comparison is the one SQLite makes.

use crate::rule::{Expr, Field, Op, Rule};

/// Returns an SQL boolean expression for `rule` and the values for its `?`
/// placeholders, in order.
///
/// `alias` names the user table in the surrounding query (`"u"` for
/// `FROM user u`); columns are written `u.department` and so on. An empty
/// alias leaves columns unqualified, and an alias that is not a plain
/// identifier is double-quoted, so the alias cannot break the SQL either.
pub fn where_clause(rule: &Rule, alias: &str) -> (String, Vec<String>) {
    where_clause_in(rule, alias, Dialect::Sqlite)
}

/// The SQL a rule is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    /// `?` placeholders; start dates are `YYYY-MM-DD` text.
    Sqlite,
    /// `$n` placeholders numbered from `first`; start dates are DATEs.
    Postgres { first: usize },
}

/// [`where_clause`] in `dialect`.
pub(crate) fn where_clause_in(rule: &Rule, alias: &str, dialect: Dialect) -> (String, Vec<String>) {
    let compiler = Compiler {
        qualifier: qualifier(alias),
        dialect,
    };
    let mut params = Vec::new();
    let sql = compiler.expr(rule.expr(), &mut params);
    (sql, params)
}

/// The `alias.` prefix for column names.
fn qualifier(alias: &str) -> String {
    let plain = alias
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && alias.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if alias.is_empty() {
        String::new()
    } else if plain {
        format!("{alias}.")
    } else {
        format!("\"{}\".", alias.replace('"', "\"\""))
    }
}

/// The `user` table column holding `field`.
fn column_name(field: Field) -> &'static str {
    match field {
        Field::Department => "department",
        Field::Location => "location",
        Field::Locale => "locale",
        Field::Status => "status",
        Field::ExternalId => "external_id",
        Field::Email => "email",
        Field::FirstName => "first_name",
        Field::LastName => "last_name",
        Field::StartDate => "start_date",
        Field::Role => "roles",
    }
}

/// Escapes `LIKE` wildcards so a value matches literally with `ESCAPE '\'`.
fn escape_like(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

struct Compiler {
    /// `u.`, `"odd alias".` or empty.
    qualifier: String,
    dialect: Dialect,
}

impl Compiler {
    /// Binds `value` and returns its placeholder.
    fn bind(&self, value: String, params: &mut Vec<String>) -> String {
        params.push(value);
        match self.dialect {
            Dialect::Sqlite => "?".to_owned(),
            Dialect::Postgres { first } => format!("${}", first + params.len() - 1),
        }
    }

    /// `(target LIKE 'before' || fold(?) || 'after' ESCAPE '\')`, binding the
    /// escaped value. `target` must already be lowercased; lowering both sides
    /// keeps the match case-insensitive even under `PRAGMA case_sensitive_like`.
    fn like(
        &self,
        target: &str,
        before: &'static str,
        after: &'static str,
        value: &str,
        params: &mut Vec<String>,
    ) -> String {
        let placeholder = self.bind(escape_like(value), params);
        let before = if before.is_empty() {
            String::new()
        } else {
            format!("'{before}' || ")
        };
        let after = if after.is_empty() {
            String::new()
        } else {
            format!(" || '{after}'")
        };
        format!("({target} LIKE {before}fold({placeholder}){after} ESCAPE '\\')")
    }

    /// The column, as text where the store keeps a date.
    fn column(&self, field: Field) -> String {
        let column = format!("{}{}", self.qualifier, column_name(field));
        match (self.dialect, field) {
            (Dialect::Postgres { .. }, Field::StartDate) => format!("to_char({column}, 'YYYY-MM-DD')"),
            _ => column,
        }
    }

    /// The column as text with NULL read as `''`.
    fn text(&self, field: Field) -> String {
        let null_as = match self.dialect {
            Dialect::Sqlite => "IFNULL",
            Dialect::Postgres { .. } => "coalesce",
        };
        format!("{null_as}({}, '')", self.column(field))
    }

    fn expr(&self, expr: &Expr, params: &mut Vec<String>) -> String {
        match expr {
            Expr::Cmp { field, op, value } => self.cmp(*field, *op, value, params),
            Expr::In {
                field: Field::Role,
                values,
                negated,
            } => {
                let any: Vec<String> = values.iter().map(|value| self.has_role(value, params)).collect();
                let any = format!("({})", any.join(" OR "));
                if *negated { format!("(NOT {any})") } else { any }
            }
            Expr::In {
                field,
                values,
                negated,
            } => {
                let placeholders: Vec<String> = values
                    .iter()
                    .map(|value| format!("fold({})", self.bind(value.clone(), params)))
                    .collect();
                let placeholders = placeholders.join(", ");
                let keyword = if *negated { "NOT IN" } else { "IN" };
                format!("(fold({}) {keyword} ({placeholders}))", self.text(*field))
            }
            Expr::And(lhs, rhs) => {
                let lhs = self.expr(lhs, params);
                let rhs = self.expr(rhs, params);
                format!("({lhs} AND {rhs})")
            }
            Expr::Or(lhs, rhs) => {
                let lhs = self.expr(lhs, params);
                let rhs = self.expr(rhs, params);
                format!("({lhs} OR {rhs})")
            }
            Expr::Not(inner) => format!("(NOT {})", self.expr(inner, params)),
        }
    }

    fn cmp(&self, field: Field, op: Op, value: &str, params: &mut Vec<String>) -> String {
        let lowered = format!("fold({})", self.text(field));
        match (field, op) {
            (Field::Role, Op::Eq) => self.has_role(value, params),
            (Field::Role, Op::Ne) => format!("(NOT {})", self.has_role(value, params)),
            // Role names contain no commas (the parser checks), so a match
            // inside the list is a match inside one role name.
            (Field::Role, Op::StartsWith) => {
                self.like(&format!("(',' || {lowered})"), "%,", "%", value, params)
            }
            (Field::Role, Op::EndsWith) => {
                self.like(&format!("({lowered} || ',')"), "%", ",%", value, params)
            }
            (_, Op::Contains) => self.like(&lowered, "%", "%", value, params),
            (_, Op::StartsWith) => self.like(&lowered, "", "%", value, params),
            (_, Op::EndsWith) => self.like(&lowered, "%", "", value, params),
            (_, Op::Eq | Op::Ne) => {
                let placeholder = self.bind(value.to_owned(), params);
                let sql_op = if op == Op::Eq { "=" } else { "<>" };
                format!("(fold({}) {sql_op} fold({placeholder}))", self.text(field))
            }
            (_, Op::Lt | Op::Le | Op::Gt | Op::Ge) => {
                let placeholder = self.bind(value.to_owned(), params);
                let column = self.column(field);
                format!(
                    "({column} IS NOT NULL AND {column} {} {placeholder})",
                    op.symbol()
                )
            }
        }
    }

    /// Whether the comma-separated `roles` list contains `role`, comparing
    /// whole names: `,learner,trainer,` contains `,trainer,`.
    fn has_role(&self, role: &str, params: &mut Vec<String>) -> String {
        let list = format!("(',' || fold({}) || ',')", self.text(Field::Role));
        self.like(&list, "%,", ",%", role, params)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::{Connection, params_from_iter};

    // (id, first, last, department, location, locale, status, external_id,
    //  email, start_date, roles)
    type Row = (
        i64,
        &'static str,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
        &'static str,
        Option<&'static str>,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
    );

    const USERS: [Row; 8] = [
        (
            1,
            "Anna",
            "Müller",
            Some("Vertrieb"),
            Some("Berlin"),
            Some("de-DE"),
            "active",
            Some("E-001"),
            "anna.mueller@beispiel-gmbh.de",
            Some("2023-05-01"),
            Some("learner"),
        ),
        (
            2,
            "Jörg",
            "Schäfer",
            Some("vertrieb"),
            Some("Köln"),
            Some("de-DE"),
            "active",
            Some("E-002"),
            "joerg@Beispiel-GmbH.de",
            Some("2024-02-15"),
            Some("learner,trainer"),
        ),
        (
            3,
            "Zoë",
            "Ng",
            None,
            Some("Berlin"),
            None,
            "suspended",
            None,
            "zoe@example.com",
            None,
            None,
        ),
        (
            4,
            "Ben",
            "Öztürk",
            Some("Marketing"),
            Some("München"),
            Some("de-AT"),
            "active",
            Some(""),
            "ben@beispiel-gmbh.de",
            Some("2024-01-01"),
            Some(""),
        ),
        (
            5,
            "Clara",
            "Weiß",
            Some("Sales_EU"),
            Some("Hamburg"),
            Some("en-GB"),
            "erased",
            Some("E-005"),
            "clara@example.org",
            Some("2022-12-31"),
            Some("Trainer"),
        ),
        (
            6,
            "Dana",
            "Scully",
            Some("100% Sales"),
            None,
            Some("en-US"),
            "active",
            None,
            "dana@example.org",
            Some("2024-06-30"),
            Some("admin,learner"),
        ),
        (
            7,
            "Emil",
            "Æsir",
            Some("Entwicklung"),
            Some("Köln"),
            Some("de-DE"),
            "active",
            Some("E-007"),
            "emil@beispiel-gmbh.de.example.com",
            Some("2025-01-01"),
            Some("trainer_lead"),
        ),
        (
            8,
            "Fritz",
            "O'Brien",
            Some("SalesXEU"),
            Some("Berlin"),
            Some("de-DE"),
            "active",
            Some("E-008"),
            "fritz@example.com",
            Some("2024-01-02"),
            Some("learner,admin"),
        ),
    ];

    fn db() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        super::super::register_functions(&conn).unwrap();
        conn.execute_batch(
            "CREATE TABLE user (
                id INTEGER PRIMARY KEY,
                first_name TEXT NOT NULL,
                last_name TEXT NOT NULL,
                department TEXT,
                location TEXT,
                locale TEXT,
                status TEXT NOT NULL,
                external_id TEXT,
                email TEXT NOT NULL,
                start_date TEXT,
                roles TEXT
            );",
        )
        .unwrap();
        for u in USERS {
            conn.execute(
                "INSERT INTO user (id, first_name, last_name, department, location, locale,
                                   status, external_id, email, start_date, roles)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                rusqlite::params![u.0, u.1, u.2, u.3, u.4, u.5, u.6, u.7, u.8, u.9, u.10],
            )
            .unwrap();
        }
        conn
    }

    fn select(conn: &Connection, source: &str) -> Vec<i64> {
        let rule: Rule = source
            .parse()
            .unwrap_or_else(|e: crate::rule::RuleError| panic!("{}", e.render(source)));
        let (clause, params) = where_clause(&rule, "u");
        assert_eq!(
            clause.matches('?').count(),
            params.len(),
            "placeholders vs params in {clause}"
        );
        let sql = format!("SELECT id FROM user u WHERE {clause} ORDER BY id");
        let mut stmt = conn.prepare(&sql).unwrap_or_else(|e| panic!("{e}: {sql}"));
        stmt.query_map(params_from_iter(params.iter()), |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }

    fn check(cases: &[(&str, &[i64])]) {
        let conn = db();
        for (rule, expected) in cases {
            assert_eq!(&select(&conn, rule), expected, "rule: {rule}");
        }
    }

    #[test]
    fn sql_shape() {
        let rule: Rule = r#"department = "Vertrieb" and not start_date < "2024-01-01""#
            .parse()
            .unwrap();
        let (sql, params) = where_clause(&rule, "u");
        assert_eq!(
            sql,
            "((fold(IFNULL(u.department, '')) = fold(?)) AND \
             (NOT (u.start_date IS NOT NULL AND u.start_date < ?)))"
        );
        assert_eq!(params, ["Vertrieb", "2024-01-01"]);
    }

    #[test]
    fn postgres_numbers_its_placeholders_and_reads_dates_as_text() {
        let rule: Rule = r#"department in ("A", "b") and not start_date < "2024-01-01""#
            .parse()
            .unwrap();
        let (sql, params) = where_clause_in(&rule, "u", Dialect::Postgres { first: 3 });
        assert_eq!(
            sql,
            "((fold(coalesce(u.department, '')) IN (fold($3), fold($4))) AND \
             (NOT (to_char(u.start_date, 'YYYY-MM-DD') IS NOT NULL AND to_char(u.start_date, 'YYYY-MM-DD') < $5)))"
        );
        assert_eq!(params, ["A", "b", "2024-01-01"]);
    }

    #[test]
    fn alias_handling() {
        let rule: Rule = r#"email ends_with "50%""#.parse().unwrap();
        let (sql, params) = where_clause(&rule, "");
        assert_eq!(sql, r"(fold(IFNULL(email, '')) LIKE '%' || fold(?) ESCAPE '\')");
        assert_eq!(params, [r"50\%"]);
        let (sql, _) = where_clause(&rule, "my \"user\"");
        assert!(sql.contains(r#"IFNULL("my ""user""".email, '')"#), "{sql}");
    }

    #[test]
    fn equality_is_case_insensitive_and_null_is_empty() {
        check(&[
            (r#"department = "Vertrieb""#, &[1, 2]),
            (r#"department != "VERTRIEB""#, &[3, 4, 5, 6, 7, 8]),
            (r#"department = """#, &[3]),
            (r#"external_id = """#, &[3, 4, 6]),
            (r#"last_name = "müller""#, &[1]),
            (r#"last_name = "O'Brien""#, &[8]),
            (r#"location = "münchen""#, &[4]),
            (r#"status = "Suspended""#, &[3]),
        ]);
    }

    #[test]
    fn non_ascii_letters_fold_too() {
        check(&[
            (r#"location = "MÜNCHEN""#, &[4]),
            (r#"last_name contains "ÜLL""#, &[1]),
        ]);
    }

    #[test]
    fn nfc_values_match_nfc_data() {
        check(&[("first_name = \"Zoe\u{308}\"", &[3])]);
    }

    #[test]
    fn in_and_not_in() {
        check(&[
            (r#"location in ("Köln", "berlin")"#, &[1, 2, 3, 7, 8]),
            (r#"location not in ("Köln", "Berlin")"#, &[4, 5, 6]),
            (r#"department in ("")"#, &[3]),
            (r#"locale in ("DE-de", "en-gb")"#, &[1, 2, 5, 7, 8]),
        ]);
    }

    #[test]
    fn pattern_operators_treat_wildcards_literally() {
        check(&[
            (r#"email ends_with "@BEISPIEL-GMBH.DE""#, &[1, 2, 4]),
            (r#"email contains "beispiel""#, &[1, 2, 4, 7]),
            (r#"locale starts_with "de""#, &[1, 2, 4, 7, 8]),
            (r#"department contains "%""#, &[6]),
            (r#"department starts_with "100%""#, &[6]),
            (r#"department contains "s_e""#, &[5]),
            (r#"department ends_with "_eu""#, &[5]),
            (r#"department contains "\\""#, &[]),
            (r#"department contains """#, &[1, 2, 3, 4, 5, 6, 7, 8]),
            (r#"not department contains "sales""#, &[1, 2, 3, 4, 7]),
        ]);
    }

    #[test]
    fn start_date_comparisons_skip_missing_dates() {
        check(&[
            (r#"start_date >= "2024-01-01""#, &[2, 4, 6, 7, 8]),
            (r#"start_date > "2024-01-01""#, &[2, 6, 7, 8]),
            (r#"start_date < "2024-01-01""#, &[1, 5]),
            (r#"start_date <= "2024-01-01""#, &[1, 4, 5]),
            (r#"not start_date < "2024-01-01""#, &[2, 3, 4, 6, 7, 8]),
            (r#"start_date = "2024-01-01""#, &[4]),
            (r#"start_date != "2024-01-01""#, &[1, 2, 3, 5, 6, 7, 8]),
        ]);
    }

    #[test]
    fn roles_match_whole_names_in_the_list() {
        check(&[
            (r#"role = "trainer""#, &[2, 5]),
            (r#"role = "TRAINER""#, &[2, 5]),
            (r#"role = "learner""#, &[1, 2, 6, 8]),
            (r#"role != "trainer""#, &[1, 3, 4, 6, 7, 8]),
            (r#"role in ("admin", "trainer")"#, &[2, 5, 6, 8]),
            (r#"role not in ("admin", "trainer")"#, &[1, 3, 4, 7]),
            (r#"role = "train""#, &[]),
            (r#"role = "trainer_lead""#, &[7]),
            (r#"role starts_with "train""#, &[2, 5, 7]),
            (r#"role ends_with "er""#, &[1, 2, 5, 6, 8]),
            (r#"role ends_with "lead""#, &[7]),
            (r#"role contains "_""#, &[7]),
            (r#"role starts_with "ad""#, &[6, 8]),
        ]);
    }

    #[test]
    fn boolean_structure() {
        check(&[
            (r#"department = "Vertrieb" and location = "Berlin""#, &[1]),
            (
                r#"not (status = "suspended") and location in ("Köln", "Berlin")"#,
                &[1, 2, 7, 8],
            ),
            (
                r#"status = "active" or status = "erased" and location = "Hamburg""#,
                &[1, 2, 4, 5, 6, 7, 8],
            ),
            (
                r#"(status = "active" or status = "erased") and location = "Berlin""#,
                &[1, 8],
            ),
            (r#"not not role = "admin""#, &[6, 8]),
            (r#"role = "trainer" and not location = "Köln""#, &[5]),
        ]);
    }

    #[test]
    fn injection_attempts_select_nothing() {
        let attempts = [
            r#"department = "x' OR 1=1 --""#,
            r#"department = "\" OR 1=1 --""#,
            r#"department in ("x') OR 1=1 --")"#,
            r#"role = "x%' OR '1'='1""#,
            r#"email contains "'); DROP TABLE user; --""#,
        ];
        let conn = db();
        for rule in attempts {
            assert_eq!(select(&conn, rule), Vec::<i64>::new(), "{rule}");
            let parsed: Rule = rule.parse().unwrap();
            let (sql, _) = where_clause(&parsed, "u");
            assert!(!sql.contains("1=1") && !sql.contains("DROP"), "{sql}");
        }
        assert_eq!(select(&conn, r#"department != "x' OR 1=1 --""#).len(), 8);
    }

    #[test]
    fn every_field_compiles() {
        let conn = db();
        for field in Field::ALL {
            let value = match field {
                Field::StartDate => "2024-01-01",
                Field::Status => "active",
                _ => "x",
            };
            for op in ["=", "!=", "contains", "starts_with", "ends_with", "in", "not in"] {
                let rule = if op.ends_with("in") {
                    format!(r#"{field} {op} ("{value}", "{value}")"#)
                } else {
                    format!(r#"{field} {op} "{value}""#)
                };
                select(&conn, &rule);
            }
        }
    }
}
