/*!
`-o html`: one self-contained page a manager can hand to an auditor.

A report describes its page as data — a [`ReportContext`] for the header (tenant,
scope, as-of day, when it was generated), an optional [`Chart`] and one or more
[`Table`]s — and this module renders it; nothing here knows what a compliance row is.
Lists that are not reports get a plain page of their columns ([`plain_page`]).

The page must tell the truth at a glance, so charts of shares sit on a fixed
0–100 % axis (never scaled to the largest bar), with gridlines, tick labels, a
title naming what is charted and in which unit, and each bar's value written
beside it. Stacked parts get colours from the Okabe–Ito palette, which readers
with any common colour-vision deficiency can tell apart, and the parts that are a
variant of their neighbour are hatched, so the chart also reads in grey print; the
legend names every part and the tables carry the numbers.

The page holds no scripts and loads nothing (no fonts, images or style sheets from
elsewhere): it opens from disk, offline, years later. Every text that came from the
store is escaped. A print style sheet sets A4, repeats table headers on each page,
starts each further table on a new page and keeps the colours of the charts.
*/

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::{Columns, Format, Printer, cell_text, emit};
pub use crate::core::fields::escape_markup as escape;
use crate::error::Result;

mod chart;

pub use chart::{Axis, Bar, Chart, Fill, Series};

impl Printer {
    /// Prints a report's rows: with `-o html` as the page `page` makes of them,
    /// otherwise as any list ([`Printer::list`]). `page` runs only for a page.
    pub fn report<T>(&self, rows: &[T], page: impl FnOnce(&[T]) -> Result<Page>) -> Result<()>
    where
        T: Serialize + DeserializeOwned + Columns,
    {
        if self.format != Format::Html {
            return self.list(rows);
        }
        emit(&page(rows)?.render())
    }

    /// [`Printer::report`] for rows that `fill` hands over one by one: streamed in the
    /// machine formats ([`Printer::stream`]); a page needs them all first.
    pub fn report_stream<T>(
        &self,
        fill: impl FnOnce(&mut dyn FnMut(T) -> Result<()>) -> Result<()>,
        page: impl FnOnce(&[T]) -> Result<Page>,
    ) -> Result<()>
    where
        T: Serialize + DeserializeOwned + Columns + Send,
    {
        if self.format != Format::Html {
            return self.stream(fill);
        }
        let mut rows = Vec::new();
        fill(&mut |row| {
            rows.push(row);
            Ok(())
        })?;
        emit(&page(&rows)?.render())
    }
}

/// A whole page: what it is, where its figures come from, a chart and tables.
#[derive(Debug, Clone)]
pub struct Page {
    /// What the page shows, e.g. "Compliance by course".
    pub title: String,
    /// The header of a report; `None` for a plain list.
    pub context: Option<ReportContext>,
    pub chart: Option<Chart>,
    /// In print, each table after the first starts on a new page.
    pub tables: Vec<Table>,
}

/// What a report page says about its figures in its header.
#[derive(Debug, Clone)]
pub struct ReportContext {
    /// The tenant reported on, as people know it, e.g. "Akademie Nord (akademie)".
    pub tenant: String,
    /// Which tenants the figures cover, e.g. "akademie and all tenants below it".
    pub scope: String,
    /// The day the statuses are computed for.
    pub as_of: NaiveDate,
    /// When the page was made; written in one RFC 3339 form (seconds, numeric offset).
    pub generated: DateTime<FixedOffset>,
    /// Further choices that shaped the figures, as (label, value): a course filter, what
    /// counts as expiring, the period counted.
    pub details: Vec<(String, String)>,
}

/// A table of the page: its columns and rows of cell texts, formatted by the report.
#[derive(Debug, Clone)]
pub struct Table {
    /// E.g. "Figures per course", or for a list split by tenant the tenant's part.
    pub title: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
    /// Said instead of an empty table, e.g. "Nobody is overdue."
    pub empty: String,
}

/// A column heading; numbers are set right-aligned, in figures of one width.
#[derive(Debug, Clone)]
pub struct Column {
    pub label: String,
    pub numeric: bool,
}

impl Column {
    pub fn text(label: &str) -> Column {
        Column {
            label: label.to_owned(),
            numeric: false,
        }
    }

    pub fn number(label: &str) -> Column {
        Column {
            label: label.to_owned(),
            numeric: true,
        }
    }
}

/// A percentage as the page writes it: one decimal, a narrow no-break space, `%`.
pub fn percent(value: f64) -> String {
    format!("{value:.1}\u{202f}%")
}

/// The page of a list that is not a report: its columns, labelled for people.
pub fn plain_page(title: &str, columns: &[&str], rows: &[Map<String, Value>]) -> String {
    let numeric: Vec<bool> = columns
        .iter()
        .map(|c| rows.iter().any(|r| r.get(*c).is_some_and(Value::is_number)))
        .collect();
    let table = Table {
        title: String::new(),
        columns: columns
            .iter()
            .zip(&numeric)
            .map(|(c, &numeric)| Column {
                label: column_label(c),
                numeric,
            })
            .collect(),
        rows: rows
            .iter()
            .map(|row| {
                columns
                    .iter()
                    .map(|c| cell_text(row.get(*c).unwrap_or(&Value::Null)))
                    .collect()
            })
            .collect(),
        empty: "No rows.".to_owned(),
    };
    Page {
        title: title.to_owned(),
        context: None,
        chart: None,
        tables: vec![table],
    }
    .render()
}

/// A field name as a column heading: `completion_rate` → "Completion rate".
pub fn column_label(field: &str) -> String {
    const KNOWN: &[(&str, &str)] = &[
        ("id", "ID"),
        ("user_id", "User ID"),
        ("external_id", "Personnel no."),
        ("email", "E-mail"),
        ("manager_email", "Manager's e-mail"),
        ("in_progress", "In progress"),
    ];
    if let Some((_, label)) = KNOWN.iter().find(|(name, _)| *name == field) {
        return (*label).to_owned();
    }
    let words = field.replace('_', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Text as a CSS string (for the running footer of printed pages): everything but
/// letters, digits and spaces as a CSS escape, so no text can end the string or the
/// `<style>` element.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            let _ = write!(out, "\\{:x} ", u32::from(c));
        }
    }
    out.push('"');
    out
}

const STYLE: &str = "\
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", \"DejaVu Sans\", sans-serif;
  color: #1a1a1a; background: #fff; margin: 0 auto; padding: 28px 36px 36px; max-width: 900px; }
header { border-bottom: 2px solid #1a1a1a; padding-bottom: 12px; margin-bottom: 8px; }
.kicker { margin: 0; font-size: 11px; letter-spacing: .08em; text-transform: uppercase; color: #555; }
h1 { font-size: 24px; line-height: 1.2; margin: 2px 0 12px; }
h2 { font-size: 16px; margin: 24px 0 2px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 18px; margin: 0; }
.facts dt { color: #555; }
.facts dd { margin: 0; }
.note { margin: 0 0 8px; color: #444; font-size: 13px; }
svg.chart { display: block; width: 100%; max-width: 760px; height: auto; font-size: 12px; }
svg.chart text { fill: #1a1a1a; }
svg.chart .tick, svg.chart .axis-title, svg.chart .heading { fill: #444; }
svg.chart .inside { font-weight: 600; paint-order: stroke; stroke: #fff; stroke-width: 2.5px; stroke-linejoin: round; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th { text-align: left; vertical-align: bottom; font-weight: 600; padding: 4px 8px; border-bottom: 1.5px solid #1a1a1a; }
td { padding: 3px 8px; border-bottom: 1px solid #d4d4d4; vertical-align: top; }
th.num, td.num { text-align: right; }
td.num { white-space: nowrap; }
tbody tr:nth-child(even) { background: #f5f5f5; }
.empty { font-style: italic; color: #444; }
footer { margin-top: 28px; font-size: 11px; color: #666; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { font-size: 10pt; max-width: none; padding: 0; }
  h1 { font-size: 18pt; }
  h2 { font-size: 12pt; break-after: avoid; }
  header, section.chart, tr { break-inside: avoid; }
  section.table + section.table { break-before: page; }
  thead { display: table-header-group; }
  svg.chart { max-width: 100%; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  footer { display: none; }
}
";

/// The running footer of printed pages (margin boxes inherit nothing from the body).
const MARGIN_FONT: &str = "font: 8pt system-ui, \"DejaVu Sans\", sans-serif; color: #555;";

impl Page {
    /// The page as one HTML document.
    pub fn render(&self) -> String {
        let mut page = String::with_capacity(16 * 1024);
        let running = match &self.context {
            Some(context) => format!("{} · {} · as of {}", self.title, context.tenant, context.as_of),
            None => self.title.clone(),
        };
        let _ = write!(
            page,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"generator\" content=\"lmsctl {version}\">\n<title>{title}</title>\n\
             <style>\n{STYLE}@page {{ @bottom-left {{ content: {running}; {MARGIN_FONT} }}\n  \
             @bottom-right {{ content: \"Page \" counter(page) \" of \" counter(pages); {MARGIN_FONT} }} }}\n\
             </style>\n</head>\n<body>\n",
            version = env!("CARGO_PKG_VERSION"),
            title = escape(&running),
            running = css_string(&running),
        );
        self.render_header(&mut page);
        if let Some(chart) = &self.chart {
            chart::render(chart, &mut page);
        }
        for table in &self.tables {
            render_table(table, &mut page);
        }
        let _ = writeln!(
            page,
            "<footer>Made by lmsctl {}.</footer>\n</body>\n</html>",
            env!("CARGO_PKG_VERSION")
        );
        page
    }

    fn render_header(&self, page: &mut String) {
        page.push_str("<header>\n");
        if self.context.is_some() {
            page.push_str("<p class=\"kicker\">lmsctl report</p>\n");
        }
        let _ = writeln!(page, "<h1>{}</h1>", escape(&self.title));
        if let Some(context) = &self.context {
            page.push_str("<dl class=\"facts\">\n");
            let as_of = context.as_of.format("%Y-%m-%d").to_string();
            let generated = context.generated.to_rfc3339_opts(SecondsFormat::Secs, false);
            let _ = writeln!(page, "<dt>Tenant</dt><dd>{}</dd>", escape(&context.tenant));
            let _ = writeln!(page, "<dt>Scope</dt><dd>{}</dd>", escape(&context.scope));
            let _ = writeln!(
                page,
                "<dt>As of</dt><dd><time datetime=\"{as_of}\">{as_of}</time> (statuses as they stood at the end of this day)</dd>"
            );
            for (label, value) in &context.details {
                let _ = writeln!(page, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(value));
            }
            let _ = writeln!(
                page,
                "<dt>Generated</dt><dd><time datetime=\"{generated}\">{generated}</time></dd>"
            );
            page.push_str("</dl>\n");
        }
        page.push_str("</header>\n");
    }
}

fn render_table(table: &Table, page: &mut String) {
    page.push_str("<section class=\"table\">\n");
    if !table.title.is_empty() {
        let _ = writeln!(page, "<h2>{}</h2>", escape(&table.title));
    }
    if table.rows.is_empty() {
        let _ = writeln!(
            page,
            "<p class=\"empty\">{}</p>\n</section>",
            escape(&table.empty)
        );
        return;
    }
    let class = |numeric: bool| if numeric { " class=\"num\"" } else { "" };
    page.push_str("<table>\n<thead><tr>");
    for column in &table.columns {
        let _ = write!(
            page,
            "<th{}>{}</th>",
            class(column.numeric),
            escape(&column.label)
        );
    }
    page.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        page.push_str("<tr>");
        for (cell, column) in row.iter().zip(&table.columns) {
            let _ = write!(page, "<td{}>{}</td>", class(column.numeric), escape(cell));
        }
        page.push_str("</tr>\n");
    }
    page.push_str("</tbody>\n</table>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_css() {
        assert_eq!(escape("<b a=\"x\">&'"), "&lt;b a=&quot;x&quot;&gt;&amp;&#39;");
        let css = css_string("a\"</style><script>");
        assert!(!css[1..css.len() - 1].contains(['"', '<', '>']), "{css}");
    }

    #[test]
    fn labels_for_people() {
        assert_eq!(column_label("completion_rate"), "Completion rate");
        assert_eq!(column_label("external_id"), "Personnel no.");
    }
}
