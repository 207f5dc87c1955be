//! The `-o html` page of each report: its header (tenant, scope, day, when made), its
//! chart and its tables, described for [`crate::output`] to render. Every figure on a
//! page is one the report's rows carry; the chart's parts are its rows' counts.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::core::Lms;
use crate::error::{ErrorKind, Result};
use crate::model::{
    ActiveUsersRow, AsOf, ComplianceBy, ComplianceQuery, ComplianceRow, ExpiringRow, OverdueRow, TenantRow,
};
use crate::output::{Axis, Bar, Chart, Column, Fill, Page, ReportContext, Series, Table, percent};

/// The header of a report on `tenant` (and with `include_children` the tenants below
/// it) as of `as_of`, made now; each page adds its own details.
pub fn context(store: &Lms, tenant: &str, include_children: bool, as_of: NaiveDate) -> Result<ReportContext> {
    // A reporter's token may read reports but not the tenant record: then the slug
    // alone names it.
    let name = match store.tenant(tenant) {
        Ok(found) => format!("{} ({tenant})", found.name),
        Err(e) if e.kind == ErrorKind::PermissionDenied => tenant.to_owned(),
        Err(e) => return Err(e),
    };
    let scope = if include_children {
        format!("{tenant} and all tenants below it")
    } else {
        format!("{tenant} only, not the tenants below it (--include-children adds them)")
    };
    Ok(ReportContext {
        tenant: name,
        scope,
        as_of,
        generated: chrono::Local::now().fixed_offset(),
        details: Vec::new(),
    })
}

/// What counts as expiring, for the header of pages that show it.
fn expiring_detail(as_of: AsOf) -> (String, String) {
    (
        "Expiring".to_owned(),
        format!(
            "a certificate running out within {} days after the as-of day",
            as_of.expiring_within_days
        ),
    )
}

/// What a compliance row's key is: as a column heading, and as a noun in a sentence.
fn by_names(by: ComplianceBy) -> (&'static str, &'static str) {
    match by {
        ComplianceBy::Course => ("Course", "course"),
        ComplianceBy::Group => ("Group", "group"),
        ComplianceBy::Department => ("Department", "department"),
        ComplianceBy::Location => ("Location", "location"),
        ComplianceBy::Tenant => ("Tenant", "tenant"),
    }
}

/// A completion rate, or a dash where nothing was assigned (no rate to speak of).
fn rate(completion_rate: f64, assigned: u64) -> String {
    if assigned == 0 {
        "–".to_owned()
    } else {
        percent(completion_rate)
    }
}

/// The six statuses of an enrollment, in the order a bar shows them: done on the left,
/// lapsed on the right.
fn status_series(as_of: AsOf) -> Vec<Series> {
    let series = |key, name: String, fill| Series { key, name, fill };
    vec![
        series("completed", "Completed".into(), Fill::Green),
        series(
            "expiring",
            format!("Completed, expiring within {} days", as_of.expiring_within_days),
            Fill::GreenStriped,
        ),
        series("in-progress", "In progress".into(), Fill::SkyBlue),
        series("assigned", "Not started".into(), Fill::Grey),
        series("overdue", "Overdue".into(), Fill::Vermillion),
        series("expired", "Expired".into(), Fill::PurpleStriped),
    ]
}

/// A compliance row's enrollments by status, in [`status_series`] order; they add
/// up to `assigned`.
fn status_parts(row: &ComplianceRow) -> Vec<u64> {
    let not_started = row
        .assigned
        .saturating_sub(row.completed + row.in_progress + row.overdue + row.expired);
    vec![
        row.completed.saturating_sub(row.expiring),
        row.expiring,
        row.in_progress,
        not_started,
        row.overdue,
        row.expired,
    ]
}

pub fn compliance(
    rows: &[ComplianceRow],
    query: &ComplianceQuery,
    as_of: AsOf,
    mut context: ReportContext,
) -> Page {
    let (key, noun) = by_names(query.by);
    if let Some(course) = &query.course {
        context.details.push(("Course".into(), course.clone()));
    }
    if let Some(group) = &query.group {
        context
            .details
            .push(("Group".into(), format!("members of {group} only")));
    }
    context.details.push(expiring_detail(as_of));
    let chart = Chart {
        title: format!("Status of assignments per {noun}"),
        note: format!(
            "Each bar is one {noun}'s assignments (one per person and course) as 100 %, divided by their \
             status on the as-of day; the numbers in the bars count assignments."
        ),
        axis_label: format!("Share of the {noun}'s assignments (%)"),
        axis: Axis::Share,
        series: status_series(as_of),
        bars: rows
            .iter()
            .map(|row| Bar {
                label: row.key.clone(),
                parts: status_parts(row),
                value: rate(row.completion_rate, row.assigned),
            })
            .collect(),
        value_heading: "Completion rate".into(),
        empty_bar: "nothing assigned".into(),
    };
    let table = Table {
        title: format!("Figures per {noun}"),
        columns: vec![
            Column::text(key),
            Column::number("Assigned"),
            Column::number("Completed"),
            Column::number("of which expiring"),
            Column::number("In progress"),
            Column::number("Not started"),
            Column::number("Overdue"),
            Column::number("Expired"),
            Column::number("Completion rate"),
        ],
        rows: rows
            .iter()
            .map(|row| {
                let parts = status_parts(row);
                vec![
                    row.key.clone(),
                    row.assigned.to_string(),
                    row.completed.to_string(),
                    row.expiring.to_string(),
                    row.in_progress.to_string(),
                    parts[3].to_string(),
                    row.overdue.to_string(),
                    row.expired.to_string(),
                    rate(row.completion_rate, row.assigned),
                ]
            })
            .collect(),
        empty: "Nothing is assigned in this scope on this day.".into(),
    };
    Page {
        title: format!("Compliance by {noun}"),
        context: Some(context),
        chart: (!rows.is_empty()).then_some(chart),
        tables: vec![table],
    }
}

/// A tenant's assignments neither completed nor overdue: not started, in progress or
/// expired.
fn open(row: &TenantRow) -> u64 {
    row.assigned.saturating_sub(row.completed + row.overdue)
}

pub fn tenants(rows: &[TenantRow], as_of: NaiveDate, mut context: ReportContext) -> Page {
    let month = as_of.format("%Y-%m").to_string();
    context.details.push((
        "Active users".into(),
        format!("distinct users with learning activity in {month}, up to the as-of day"),
    ));
    let series = vec![
        Series {
            key: "completed",
            name: "Completed (certificate valid)".into(),
            fill: Fill::Green,
        },
        Series {
            key: "open",
            name: "Open, not overdue (not started, in progress or expired)".into(),
            fill: Fill::Grey,
        },
        Series {
            key: "overdue",
            name: "Overdue".into(),
            fill: Fill::Vermillion,
        },
    ];
    let chart = Chart {
        title: "Status of assignments per tenant".into(),
        note: "Each bar is one tenant's assignments (one per person and course) as 100 %, divided by their \
               status on the as-of day; the numbers in the bars count assignments."
            .into(),
        axis_label: "Share of the tenant's assignments (%)".into(),
        axis: Axis::Share,
        series,
        bars: rows
            .iter()
            .map(|row| Bar {
                label: row.tenant.clone(),
                parts: vec![row.completed, open(row), row.overdue],
                value: rate(row.completion_rate, row.assigned),
            })
            .collect(),
        value_heading: "Completion rate".into(),
        empty_bar: "nothing assigned".into(),
    };
    let table = Table {
        title: "Figures per tenant".into(),
        columns: vec![
            Column::text("Tenant"),
            Column::text("Parent"),
            Column::number("Users"),
            Column::number(&format!("Active users ({month})")),
            Column::number("Assigned"),
            Column::number("Completed"),
            Column::number("Open, not overdue"),
            Column::number("Overdue"),
            Column::number("Completion rate"),
        ],
        rows: rows
            .iter()
            .map(|row| {
                vec![
                    row.tenant.clone(),
                    row.parent.clone().unwrap_or_default(),
                    row.users.to_string(),
                    row.active_users.to_string(),
                    row.assigned.to_string(),
                    row.completed.to_string(),
                    open(row).to_string(),
                    row.overdue.to_string(),
                    rate(row.completion_rate, row.assigned),
                ]
            })
            .collect(),
        empty: "No tenants.".into(),
    };
    Page {
        title: "Tenants at a glance".into(),
        context: Some(context),
        chart: Some(chart),
        tables: vec![table],
    }
}

pub fn active_users(
    rows: &[ActiveUsersRow],
    period: &str,
    as_of: NaiveDate,
    mut context: ReportContext,
) -> Page {
    context.details.push((
        "Counted".into(),
        format!(
            "distinct users with learning activity (a completion or progress) in {period}, up to {as_of}"
        ),
    ));
    let chart = Chart {
        title: "Active users per tenant".into(),
        note: format!(
            "People with a completion or recorded progress in {period}, up to {as_of}, counted once each."
        ),
        axis_label: format!("Active users in {period} (people)"),
        axis: Axis::Count,
        series: vec![Series {
            key: "active",
            name: "Active users".into(),
            fill: Fill::Blue,
        }],
        bars: rows
            .iter()
            .map(|row| Bar {
                label: row.tenant.clone(),
                parts: vec![row.active_users],
                value: row.active_users.to_string(),
            })
            .collect(),
        value_heading: String::new(),
        empty_bar: String::new(),
    };
    let table = Table {
        title: "Active users per tenant".into(),
        columns: vec![
            Column::text("Tenant"),
            Column::text("Period"),
            Column::number("Active users"),
        ],
        rows: rows
            .iter()
            .map(|row| {
                vec![
                    row.tenant.clone(),
                    row.period.clone(),
                    row.active_users.to_string(),
                ]
            })
            .collect(),
        empty: "No tenants.".into(),
    };
    Page {
        title: format!("Active users in {period}"),
        context: Some(context),
        chart: (!rows.is_empty()).then_some(chart),
        tables: vec![table],
    }
}

/// One table per tenant of a list (tenants in order, rows in theirs), so a printed
/// list gives each tenant its own pages; one table saying `empty` when there are none.
fn per_tenant<'a, T>(
    rows: &'a [T],
    tenant: impl Fn(&'a T) -> &'a str,
    columns: Vec<Column>,
    title: impl Fn(&str, usize) -> String,
    cells: impl Fn(&T) -> Vec<String>,
    empty: String,
) -> Vec<Table> {
    let mut groups: BTreeMap<&str, Vec<&T>> = BTreeMap::new();
    for row in rows {
        groups.entry(tenant(row)).or_default().push(row);
    }
    if groups.is_empty() {
        return vec![Table {
            title: String::new(),
            columns,
            rows: Vec::new(),
            empty,
        }];
    }
    groups
        .into_iter()
        .map(|(tenant, rows)| Table {
            title: title(tenant, rows.len()),
            columns: columns.clone(),
            rows: rows.into_iter().map(&cells).collect(),
            empty: String::new(),
        })
        .collect()
}

pub fn overdue(rows: &[OverdueRow], context: ReportContext) -> Page {
    let tables = per_tenant(
        rows,
        |r| &r.tenant,
        vec![
            Column::text("Personnel no."),
            Column::text("Name"),
            Column::text("E-mail"),
            Column::text("Course"),
            Column::text("Due on"),
            Column::number("Days overdue"),
            Column::text("Manager's e-mail"),
        ],
        |tenant, n| format!("{tenant}: {} overdue", count(n, "assignment")),
        |r| {
            vec![
                r.external_id.clone().unwrap_or_default(),
                format!("{} {}", r.first_name, r.last_name),
                r.email.clone(),
                format!("{} – {}", r.course, r.title),
                r.due_on.to_string(),
                r.days_overdue.to_string(),
                r.manager_email.clone().unwrap_or_default(),
            ]
        },
        "Nobody is overdue on a mandatory course.".into(),
    );
    Page {
        title: "Overdue mandatory training".into(),
        context: Some(context),
        chart: None,
        tables,
    }
}

pub fn expiring(rows: &[ExpiringRow], within_days: u32, context: ReportContext) -> Page {
    let tables = per_tenant(
        rows,
        |r| &r.tenant,
        vec![
            Column::text("Personnel no."),
            Column::text("E-mail"),
            Column::text("Course"),
            Column::text("Certificate"),
            Column::text("Expires on"),
            Column::number("Days left"),
        ],
        |tenant, n| format!("{tenant}: {} running out", count(n, "certificate")),
        |r| {
            vec![
                r.external_id.clone().unwrap_or_default(),
                r.email.clone(),
                r.course.clone(),
                r.serial.clone(),
                r.expires_on.to_string(),
                r.days_left.to_string(),
            ]
        },
        format!("No certificate runs out within {within_days} days."),
    );
    Page {
        title: format!("Certificates expiring within {within_days} days"),
        context: Some(context),
        chart: None,
        tables,
    }
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
