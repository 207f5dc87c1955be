/*!
The status model's tables written as SQL, for backends that decide statuses inside
their queries.

A table becomes a `CASE` expression. Rules in a row that start with the same condition
become one branch with a `CASE` of its own, so a row tests that condition once. The
rule that decides one status becomes a condition of its own: its conditions, and for
each rule before it, that the rule did not hold; simplified (a completion known rules
out every "not completed" alternative), it reads as a report's hand-written filter
would, so the backend's indexes serve it.
*/

use std::fmt::Write;

use super::{
    CERTIFICATE, COMPLETED, CertificateState, Cond, DUE_AGAIN, Day, Fact, Op, REMINDER, ReminderReason,
    STATUS, Table,
};
use crate::model::Status;
use crate::store::rules::{StatusNames, StatusSql};

/// The status model in SQL over `names`.
pub fn sql(names: &StatusNames<'_>) -> StatusSql {
    let enrollment = Names::enrollment(names);
    let certificate = Names::certificate(names);
    let computed = Names::computed(names);
    StatusSql {
        status: STATUS.case(&enrollment),
        due_on: format!(
            "CASE WHEN {} THEN {} ELSE {} END",
            STATUS.condition(DUE_AGAIN, &enrollment),
            names.expires_on,
            names.due_on
        ),
        overdue: STATUS.condition(Status::Overdue, &enrollment),
        expiring: STATUS.condition(Status::Expiring, &enrollment),
        completed: Cond::StatusIn(COMPLETED).sql(&computed),
        certificate: CERTIFICATE.case(&certificate),
        reminder: REMINDER.case(&computed),
    }
}

/// What a table decides, as SQL: a string literal, or NULL.
pub(super) trait Label: Copy + PartialEq {
    fn label(self) -> Option<&'static str>;

    fn literal(self) -> String {
        self.label()
            .map_or_else(|| "NULL".to_owned(), |label| format!("'{label}'"))
    }
}

impl Label for Status {
    fn label(self) -> Option<&'static str> {
        Some(self.as_str())
    }
}

impl Label for CertificateState {
    fn label(self) -> Option<&'static str> {
        Some(self.as_str())
    }
}

impl Label for Option<ReminderReason> {
    fn label(self) -> Option<&'static str> {
        self.map(ReminderReason::as_str)
    }
}

/// The names of the facts and days a table is written over.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Names<'a> {
    done: &'a str,
    expires: &'a str,
    due: &'a str,
    progress: &'a str,
    superseded: &'a str,
    status: &'a str,
    as_of: &'a str,
    expiring_until: &'a str,
}

impl<'a> Names<'a> {
    fn days(names: &StatusNames<'a>) -> Names<'a> {
        Names {
            as_of: names.as_of,
            expiring_until: names.expiring_until,
            ..Names::default()
        }
    }

    /// An enrollment's facts.
    pub(super) fn enrollment(names: &StatusNames<'a>) -> Names<'a> {
        Names {
            done: names.done_on,
            expires: names.expires_on,
            due: names.due_on,
            progress: names.progress,
            ..Names::days(names)
        }
    }

    /// A certificate's facts.
    pub(super) fn certificate(names: &StatusNames<'a>) -> Names<'a> {
        Names {
            expires: names.certificate_expires_on,
            superseded: names.superseded,
            ..Names::days(names)
        }
    }

    /// An enrollment whose status and due day a query has already computed.
    pub(super) fn computed(names: &StatusNames<'a>) -> Names<'a> {
        Names {
            due: names.status_due_on,
            status: names.status,
            ..Names::days(names)
        }
    }

    fn fact(&self, fact: Fact) -> &str {
        match fact {
            Fact::Done => self.done,
            Fact::Expires => self.expires,
            Fact::Due => self.due,
        }
    }

    fn day(&self, day: Day) -> &str {
        match day {
            Day::AsOf => self.as_of,
            Day::ExpiringUntil => self.expiring_until,
        }
    }
}

impl<T: Label> Table<T> {
    /// The table as a `CASE` expression.
    pub(super) fn case(&self, names: &Names<'_>) -> String {
        let mut sql = String::from("CASE");
        write_rules(&mut sql, self.rules, self.otherwise, names);
        sql.push_str(" END");
        sql
    }

    /// A condition that holds exactly where the table decides `outcome`: that one of
    /// the rules deciding it does.
    pub(super) fn condition(&self, outcome: T, names: &Names<'_>) -> String {
        let conditions: Vec<String> = (0..=self.rules.len())
            .filter(|&index| self.rules.get(index).map_or(self.otherwise, |(_, then)| *then) == outcome)
            .filter_map(|index| self.clauses(index))
            .map(|clauses| write_clauses(&clauses, names))
            .collect();
        match conditions.as_slice() {
            [] => "FALSE".to_owned(),
            [one] => one.clone(),
            many => format!("(({}))", many.join(") OR (")),
        }
    }

    /// The condition under which rule `index` decides (`otherwise` for the index past
    /// the last rule), as clauses that must all hold, each holding when one of its
    /// conditions does; `None`: it never decides.
    fn clauses(&self, index: usize) -> Option<Vec<Vec<Cond>>> {
        let own = self.rules.get(index).map_or(&[][..], |(when, _)| *when);
        let mut clauses: Vec<Vec<Cond>> = own.iter().map(|cond| vec![*cond]).collect();
        clauses.extend(
            self.rules[..index.min(self.rules.len())]
                .iter()
                .map(|(when, _)| when.iter().flat_map(|cond| cond.not_true()).collect()),
        );
        simplify(clauses)
    }
}

/// Writes `rules` as the `WHEN` branches of a `CASE` and `otherwise` as its `ELSE`.
fn write_rules<'r, T: Label>(sql: &mut String, rules: &[(&'r [Cond], T)], otherwise: T, names: &Names<'_>) {
    let mut otherwise = otherwise;
    let mut rest = rules;
    while let Some(&(when, then)) = rest.first() {
        let Some(first) = when.first() else {
            // A rule without conditions always holds: the rules after it never do.
            otherwise = then;
            break;
        };
        let run = rest.iter().take_while(|(w, _)| w.first() == Some(first)).count();
        let (last, last_then) = rest[run - 1];
        if run > 1 && last.len() == 1 {
            let inner: Vec<(&'r [Cond], T)> = rest[..run - 1].iter().map(|&(w, t)| (&w[1..], t)).collect();
            let _ = write!(sql, " WHEN {} THEN CASE", first.sql(names));
            write_rules(sql, &inner, last_then, names);
            sql.push_str(" END");
            rest = &rest[run..];
        } else {
            let _ = write!(sql, " WHEN {} THEN {}", conjunction(when, names), then.literal());
            rest = &rest[1..];
        }
    }
    if otherwise.label().is_some() {
        let _ = write!(sql, " ELSE {}", otherwise.literal());
    }
}

fn conjunction(conds: &[Cond], names: &Names<'_>) -> String {
    conds
        .iter()
        .map(|cond| cond.sql(names))
        .collect::<Vec<_>>()
        .join(" AND ")
}

fn write_clauses(clauses: &[Vec<Cond>], names: &Names<'_>) -> String {
    if clauses.is_empty() {
        return "TRUE".to_owned();
    }
    clauses
        .iter()
        .map(|clause| match clause.as_slice() {
            [one] => one.sql(names),
            many => format!(
                "({})",
                many.iter()
                    .map(|cond| cond.sql(names))
                    .collect::<Vec<_>>()
                    .join(" OR ")
            ),
        })
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// Simplifies clauses that must all hold (each holding when one of its conditions
/// does): a condition ruled out by a clause of one condition is dropped from the
/// others, and a clause that holds whenever another does is dropped. `None`: they
/// never all hold. The clauses come out in a fixed order, the facts' first.
fn simplify(mut clauses: Vec<Vec<Cond>>) -> Option<Vec<Vec<Cond>>> {
    loop {
        let units: Vec<Cond> = clauses
            .iter()
            .filter(|clause| clause.len() == 1)
            .map(|clause| clause[0])
            .collect();
        let mut next = Vec::with_capacity(clauses.len());
        for clause in &clauses {
            let kept: Vec<Cond> = if clause.len() == 1 {
                clause.clone()
            } else {
                clause
                    .iter()
                    .copied()
                    .filter(|cond| !units.iter().any(|unit| unit.excludes(*cond)))
                    .collect()
            };
            let never =
                kept.is_empty() || (kept.len() == 1 && units.iter().any(|unit| unit.excludes(kept[0])));
            if never {
                return None;
            }
            next.push(kept);
        }
        let mut kept: Vec<Vec<Cond>> = Vec::with_capacity(next.len());
        for (i, clause) in next.iter().enumerate() {
            // Of two clauses that each imply the other, the first stays.
            let redundant = next
                .iter()
                .enumerate()
                .any(|(j, other)| j != i && implies(other, clause) && (j < i || !implies(clause, other)));
            if !redundant {
                let mut clause = clause.clone();
                clause.sort_by_key(|cond| cond.rank());
                clause.dedup();
                kept.push(clause);
            }
        }
        kept.sort_by_key(|clause| clause.first().map(|cond| cond.rank()));
        if kept == clauses {
            return Some(kept);
        }
        clauses = kept;
    }
}

/// Whether clause `a` holding makes clause `b` hold.
fn implies(a: &[Cond], b: &[Cond]) -> bool {
    a.iter().all(|x| b.iter().any(|y| x.implies(*y)))
}

impl Cond {
    /// When this condition does not hold, one of these does (SQL's NULL included: a
    /// comparison with an unknown day does not hold, and neither does its opposite).
    fn not_true(self) -> Vec<Cond> {
        match self {
            Cond::Known(fact) => vec![Cond::Unknown(fact)],
            Cond::Unknown(fact) => vec![Cond::Known(fact)],
            Cond::Is(fact, op, day) => vec![Cond::Is(fact, op.negated(), day), Cond::Unknown(fact)],
            Cond::Started(started) => vec![Cond::Started(!started)],
            Cond::Superseded(superseded) => vec![Cond::Superseded(!superseded)],
            Cond::StatusIn(set) => vec![Cond::StatusIn(set.complement())],
        }
    }

    /// Whether this condition and `other` never hold together.
    fn excludes(self, other: Cond) -> bool {
        match (self, other) {
            (Cond::Known(a), Cond::Unknown(b))
            | (Cond::Unknown(a), Cond::Known(b))
            | (Cond::Unknown(a), Cond::Is(b, ..))
            | (Cond::Is(a, ..), Cond::Unknown(b)) => a == b,
            (Cond::Is(a, op, day), Cond::Is(b, other_op, other_day)) => {
                a == b && day == other_day && op.negated() == other_op
            }
            (Cond::Started(a), Cond::Started(b)) | (Cond::Superseded(a), Cond::Superseded(b)) => a != b,
            (Cond::StatusIn(a), Cond::StatusIn(b)) => a.0 & b.0 == 0,
            _ => false,
        }
    }

    /// Whether this condition holding makes `other` hold.
    fn implies(self, other: Cond) -> bool {
        match (self, other) {
            (Cond::Is(a, ..), Cond::Known(b)) => a == b,
            (Cond::StatusIn(a), Cond::StatusIn(b)) => a.0 & !b.0 == 0,
            _ => self == other,
        }
    }

    /// Where the condition comes in a clause: by fact, whether it is known first,
    /// then comparisons with the day asked about.
    fn rank(self) -> (u8, u8, u8, u8) {
        match self {
            Cond::Known(fact) => (fact as u8, 0, 0, 0),
            Cond::Unknown(fact) => (fact as u8, 0, 0, 1),
            Cond::Is(fact, op, day) => (fact as u8, 1, day as u8, op as u8),
            Cond::Started(started) => (3, 0, 0, u8::from(started)),
            Cond::Superseded(superseded) => (4, 0, 0, u8::from(superseded)),
            Cond::StatusIn(set) => (5, 0, 0, set.0),
        }
    }

    fn sql(self, names: &Names<'_>) -> String {
        match self {
            Cond::Known(fact) => format!("{} IS NOT NULL", names.fact(fact)),
            Cond::Unknown(fact) => format!("{} IS NULL", names.fact(fact)),
            Cond::Is(fact, op, day) => format!("{} {} {}", names.fact(fact), op.sql(), names.day(day)),
            Cond::Started(true) => format!("{} > 0", names.progress),
            Cond::Started(false) => format!("{} <= 0", names.progress),
            Cond::Superseded(true) => names.superseded.to_owned(),
            Cond::Superseded(false) => format!("NOT ({})", names.superseded),
            Cond::StatusIn(set) => {
                let statuses: Vec<String> = set.members().map(|status| format!("'{status}'")).collect();
                match statuses.as_slice() {
                    [one] => format!("{} = {one}", names.status),
                    many => format!("{} IN ({})", names.status, many.join(", ")),
                }
            }
        }
    }
}

impl Op {
    fn sql(self) -> &'static str {
        match self {
            Op::Before => "<",
            Op::OnOrBefore => "<=",
            Op::After => ">",
            Op::OnOrAfter => ">=",
        }
    }
}
