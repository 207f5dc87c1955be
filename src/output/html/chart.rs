/*!
The bar charts of a page, as inline SVG: each bar's parts stacked, on an axis that
says what it measures. Shares sit on a fixed 0–100 % axis, never scaled to the
largest bar; counts on an axis from zero to a round number. Text is laid out from
estimated widths (no fonts are measured), a little generously.

Every bar part is a `rect.part` with `data-series` and `data-count`, inside a
`g.bar` with `data-label`, and the whole axis is the `rect.plot`: what a reader's
tools (and the tests) can measure the bars against.
*/

use std::fmt::Write as _;

use super::{escape, percent};

/// A bar chart: one bar per row, its parts stacked.
#[derive(Debug, Clone)]
pub struct Chart {
    /// What is charted, e.g. "Status of assignments per course".
    pub title: String,
    /// How to read it, said under the title, e.g. what the numbers in the bars count.
    pub note: String,
    /// The value axis, unit included, e.g. "Share of the course's assignments (%)".
    pub axis_label: String,
    pub axis: Axis,
    /// The stacked parts of every bar, in drawing order; the legend lists them.
    pub series: Vec<Series>,
    pub bars: Vec<Bar>,
    /// The heading of the column of values beside the bars, e.g. "Completion rate".
    pub value_heading: String,
    /// What a bar of shares says when it has no parts, e.g. "nothing assigned".
    pub empty_bar: String,
}

/// The value axis of a [`Chart`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    /// The parts of each bar as shares of their sum, on a fixed 0–100 % axis: every
    /// bar with something in it runs the full width, divided by its parts.
    Share,
    /// A count from zero to a round number at or above the largest bar (one part).
    Count,
}

/// One stacked part, as the legend names it.
#[derive(Debug, Clone)]
pub struct Series {
    /// A stable name for the part in the page (`data-series`), e.g. "overdue".
    pub key: &'static str,
    /// What the legend says, e.g. "Overdue".
    pub name: String,
    pub fill: Fill,
}

/// One bar: its label, the size of each part (in [`Chart::series`] order) and the
/// value written beside it.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub parts: Vec<u64>,
    /// E.g. "20.0 %" for a completion rate, or the count itself.
    pub value: String,
}

/// How a part is painted: Okabe–Ito colours; the striped ones are variants of their
/// solid neighbour (a completion that runs out soon, one that ran out).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fill {
    Green,
    GreenStriped,
    SkyBlue,
    Grey,
    Vermillion,
    PurpleStriped,
    Blue,
}

impl Fill {
    fn key(self) -> &'static str {
        match self {
            Fill::Green => "green",
            Fill::GreenStriped => "green-striped",
            Fill::SkyBlue => "sky-blue",
            Fill::Grey => "grey",
            Fill::Vermillion => "vermillion",
            Fill::PurpleStriped => "purple-striped",
            Fill::Blue => "blue",
        }
    }

    /// The solid colour, or for a striped fill its (background, stripe) colours.
    fn colours(self) -> (&'static str, Option<&'static str>) {
        match self {
            Fill::Green => ("#009e73", None),
            Fill::GreenStriped => ("#a8e0cf", Some("#009e73")),
            Fill::SkyBlue => ("#56b4e9", None),
            Fill::Grey => ("#dedede", None),
            Fill::Vermillion => ("#d55e00", None),
            Fill::PurpleStriped => ("#ecc6db", Some("#a2427a")),
            Fill::Blue => ("#0072b2", None),
        }
    }

    /// The value of an SVG `fill` attribute.
    fn paint(self) -> String {
        match self.colours() {
            (solid, None) => solid.to_owned(),
            (_, Some(_)) => format!("url(#fill-{})", self.key()),
        }
    }

    /// The `<pattern>` of a striped fill.
    fn pattern(self) -> Option<String> {
        let (background, stripe) = self.colours();
        let stripe = stripe?;
        Some(format!(
            "<pattern id=\"fill-{}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" \
             patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"{background}\"/>\
             <rect width=\"2.2\" height=\"6\" fill=\"{stripe}\"/></pattern>",
            self.key()
        ))
    }
}

/// The chart's drawing width in CSS pixels (it shrinks to fit a narrower page).
const WIDTH: f64 = 760.0;
const FONT: f64 = 12.0;
const BAR_HEIGHT: f64 = 20.0;
const BAR_STEP: f64 = 30.0;
const LEGEND_STEP: f64 = 20.0;

/// About how wide `c` runs in a sans-serif face, in em: a little more than most faces
/// need (DejaVu Sans, a wide one, is what many Linux machines fall back to).
fn char_width(c: char) -> f64 {
    match c {
        ' ' | '.' | ',' | ':' | ';' | '\'' | '(' | ')' | 'i' | 'l' | 'j' | 'I' | '|' => 0.34,
        'm' | 'w' | 'M' | 'W' => 0.9,
        c if c.is_uppercase() => 0.72,
        c if c.is_ascii_digit() => 0.64,
        _ => 0.6,
    }
}

/// About how wide `text` runs at `size` px: enough to lay out labels without
/// measuring fonts.
fn text_width(text: &str, size: f64) -> f64 {
    text.chars().map(char_width).sum::<f64>() * size
}

/// `text` cut with an ellipsis to at most about `width` px.
fn fitted(text: &str, width: f64, size: f64) -> String {
    if text_width(text, size) <= width {
        return text.to_owned();
    }
    let mut kept = String::new();
    let mut used = text_width("…", size);
    for c in text.chars() {
        used += char_width(c) * size;
        if used > width {
            break;
        }
        kept.push(c);
    }
    kept.push('…');
    kept
}

/// A round axis end at or above `max`, and its tick step (1, 2 or 5 times a power of
/// ten, five ticks or fewer after zero).
fn count_axis(max: u64) -> (u64, u64) {
    let mut step = 1;
    loop {
        for factor in [1, 2, 5] {
            let candidate = step * factor;
            if max <= candidate * 5 {
                let end = max.div_ceil(candidate).max(1) * candidate;
                return (end, candidate);
            }
        }
        step *= 10;
    }
}

/// Formats a coordinate: two decimals at most, no trailing zeros.
fn n(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// Appends the chart's section (title, note, SVG) to `page`.
pub fn render(chart: &Chart, page: &mut String) {
    let stacked = chart.series.len() > 1;
    let label_width = chart
        .bars
        .iter()
        .map(|bar| text_width(&bar.label, FONT))
        .fold(48.0_f64, f64::max)
        .min(200.0)
        + 12.0;
    let value_width = chart
        .bars
        .iter()
        .map(|bar| text_width(&bar.value, FONT))
        .chain([text_width(&chart.value_heading, 11.0)])
        .fold(40.0_f64, f64::max)
        + 16.0;
    let plot_x = label_width;
    let plot_width = WIDTH - label_width - value_width;

    // The legend runs across the top in one line, or where that is too long, in
    // columns of equal width (parts in reading order).
    let mut legend = String::new();
    let mut legend_height = 0.0;
    if stacked {
        let widths: Vec<f64> = chart
            .series
            .iter()
            .map(|s| 18.0 + text_width(&s.name, FONT) + 18.0)
            .collect();
        let column = widths.iter().copied().fold(0.0_f64, f64::max);
        let per_line = if widths.iter().sum::<f64>() <= WIDTH {
            widths.len()
        } else {
            ((WIDTH / column) as usize).clamp(1, widths.len())
        };
        for (i, series) in chart.series.iter().enumerate() {
            let x = if per_line == widths.len() {
                widths[..i].iter().sum()
            } else {
                (i % per_line) as f64 * column
            };
            let y = 4.0 + (i / per_line) as f64 * LEGEND_STEP;
            let _ = writeln!(
                legend,
                "<g class=\"key\" data-series=\"{key}\"><rect x=\"{x}\" y=\"{y}\" width=\"13\" height=\"13\" \
                 fill=\"{paint}\" stroke=\"#555\" stroke-width=\"0.6\"/><text x=\"{tx}\" y=\"{ty}\">{name}</text></g>",
                key = series.key,
                x = n(x),
                y = n(y),
                paint = series.fill.paint(),
                tx = n(x + 18.0),
                ty = n(y + 11.0),
                name = escape(&series.name),
            );
        }
        legend_height = 4.0 + chart.series.len().div_ceil(per_line) as f64 * LEGEND_STEP + 8.0;
    }

    let heading_y = legend_height + 12.0;
    let top = heading_y + 10.0;
    let rows = chart.bars.len().max(1) as f64;
    let plot_bottom = top + rows * BAR_STEP - (BAR_STEP - BAR_HEIGHT) / 2.0;
    let plot_top = top - (BAR_STEP - BAR_HEIGHT) / 2.0;
    let height = plot_bottom + 44.0;

    let (end, ticks): (f64, Vec<(f64, String, bool)>) = match chart.axis {
        Axis::Share => (
            100.0,
            (0..=10)
                .map(|i| {
                    let v = f64::from(i) * 10.0;
                    (v, format!("{}\u{202f}%", i * 10), i % 2 == 0)
                })
                .collect(),
        ),
        Axis::Count => {
            let max = chart
                .bars
                .iter()
                .map(|b| b.parts.iter().sum::<u64>())
                .max()
                .unwrap_or(0);
            let (end, step) = count_axis(max);
            (
                end as f64,
                (0..=end / step)
                    .map(|i| ((i * step) as f64, (i * step).to_string(), true))
                    .collect(),
            )
        }
    };
    let x_of = |value: f64| plot_x + value / end * plot_width;

    let title_id = "chart-title";
    let _ = write!(
        page,
        "<section class=\"chart\">\n<h2 id=\"{title_id}\">{title}</h2>\n<p class=\"note\">{note}</p>\n\
         <svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" \
         role=\"img\" aria-labelledby=\"{title_id}\" font-size=\"{FONT}\">\n",
        title = escape(&chart.title),
        note = escape(&chart.note),
        w = n(WIDTH),
        h = n(height),
    );
    let patterns: Vec<String> = chart.series.iter().filter_map(|s| s.fill.pattern()).collect();
    if !patterns.is_empty() {
        let _ = writeln!(page, "<defs>{}</defs>", patterns.concat());
    }
    page.push_str(&legend);

    // The plot area is the whole axis, 0 to its end: what bars are measured against.
    let _ = writeln!(
        page,
        "<rect class=\"plot\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\"/>",
        n(plot_x),
        n(plot_top),
        n(plot_width),
        n(plot_bottom - plot_top)
    );
    for (value, label, major) in &ticks {
        let x = n(x_of(*value));
        let colour = if *major { "#bdbdbd" } else { "#e4e4e4" };
        let _ = writeln!(
            page,
            "<line class=\"grid\" x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"{colour}\" stroke-width=\"1\"/>",
            n(plot_top),
            n(plot_bottom)
        );
        if *major {
            let _ = writeln!(
                page,
                "<text class=\"tick\" x=\"{x}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\">{}</text>",
                n(plot_bottom + 15.0),
                escape(label)
            );
        }
    }
    let _ = writeln!(
        page,
        "<line class=\"baseline\" x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"#1a1a1a\" stroke-width=\"1.2\"/>\n\
         <line x1=\"{x}\" y1=\"{b}\" x2=\"{}\" y2=\"{b}\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>",
        n(plot_top),
        n(plot_bottom),
        n(plot_x + plot_width),
        x = n(plot_x),
        b = n(plot_bottom),
    );
    let _ = writeln!(
        page,
        "<text class=\"axis-title\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\">{}</text>",
        n(plot_x + plot_width / 2.0),
        n(plot_bottom + 34.0),
        escape(&chart.axis_label)
    );
    let _ = writeln!(
        page,
        "<text class=\"heading\" x=\"{}\" y=\"{}\" font-size=\"11\">{}</text>",
        n(plot_x + plot_width + 10.0),
        n(heading_y),
        escape(&chart.value_heading)
    );

    if chart.bars.is_empty() {
        let _ = writeln!(
            page,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-style=\"italic\">nothing to chart</text>",
            n(plot_x + plot_width / 2.0),
            n(top + BAR_HEIGHT * 0.7)
        );
    }
    let frame = Frame {
        plot_x,
        plot_width,
        end,
    };
    for (i, bar) in chart.bars.iter().enumerate() {
        render_bar(chart, bar, top + i as f64 * BAR_STEP, &frame, page);
    }
    page.push_str("</svg>\n</section>\n");
}

/// Where the axis lies: from `plot_x`, `plot_width` wide, for values 0 to `end`.
struct Frame {
    plot_x: f64,
    plot_width: f64,
    end: f64,
}

/// One bar at `y`: its label left of the axis, its parts, its value.
fn render_bar(chart: &Chart, bar: &Bar, y: f64, frame: &Frame, page: &mut String) {
    let Frame {
        plot_x,
        plot_width,
        end,
    } = *frame;
    let total: u64 = bar.parts.iter().sum();
    let text_y = n(y + BAR_HEIGHT / 2.0 + FONT * 0.35);
    let _ = writeln!(
        page,
        "<g class=\"bar\" data-label=\"{label}\"><title>{label}</title>\n<text x=\"{}\" y=\"{text_y}\" text-anchor=\"end\">{}</text>",
        n(plot_x - 8.0),
        escape(&fitted(&bar.label, plot_x - 12.0, FONT)),
        label = escape(&bar.label),
    );
    // A share of nothing is no bar at all: say so rather than draw an empty one.
    let whole = match chart.axis {
        Axis::Share => total as f64,
        Axis::Count => end,
    };
    if total == 0 && chart.axis == Axis::Share {
        let _ = writeln!(
            page,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{BAR_HEIGHT}\" fill=\"none\" stroke=\"#9e9e9e\" stroke-dasharray=\"4 3\"/>\n\
             <text x=\"{}\" y=\"{text_y}\" text-anchor=\"middle\" font-style=\"italic\" fill=\"#555\">{}</text>",
            n(plot_x),
            n(y),
            n(plot_width),
            n(plot_x + plot_width / 2.0),
            escape(&chart.empty_bar),
        );
    }
    let mut start = 0u64;
    let mut bar_end = plot_x;
    for (part, series) in bar.parts.iter().zip(&chart.series) {
        if *part == 0 {
            continue;
        }
        let x = plot_x + start as f64 / whole * plot_width;
        let width = *part as f64 / whole * plot_width;
        start += part;
        bar_end = x + width;
        let share = *part as f64 * 100.0 / total.max(1) as f64;
        let tip = match chart.axis {
            Axis::Share => format!(
                "{}: {} {} of {total} ({})",
                bar.label,
                part,
                series.name.to_lowercase(),
                percent(share)
            ),
            Axis::Count => format!("{}: {} {}", bar.label, part, series.name.to_lowercase()),
        };
        let _ = writeln!(
            page,
            "<rect class=\"part\" data-series=\"{}\" data-count=\"{part}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{BAR_HEIGHT}\" \
             fill=\"{}\" stroke=\"#fff\" stroke-width=\"0.8\"><title>{}</title></rect>",
            series.key,
            n(x),
            n(y),
            n(width),
            series.fill.paint(),
            escape(&tip),
        );
        let count = part.to_string();
        if chart.axis == Axis::Share && width >= text_width(&count, 11.0) + 8.0 {
            let _ = writeln!(
                page,
                "<text class=\"inside\" x=\"{}\" y=\"{text_y}\" text-anchor=\"middle\" font-size=\"11\">{count}</text>",
                n(x + width / 2.0)
            );
        }
    }
    // Shares end at 100 %: their value stands in a column; a count stands at its bar.
    let value_x = match chart.axis {
        Axis::Share => plot_x + plot_width + 10.0,
        Axis::Count => bar_end + 6.0,
    };
    let _ = writeln!(
        page,
        "<text class=\"value\" x=\"{}\" y=\"{text_y}\" font-weight=\"600\">{}</text>\n</g>",
        n(value_x),
        escape(&bar.value)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_axes_end_on_round_numbers() {
        assert_eq!(count_axis(0), (1, 1));
        assert_eq!(count_axis(4), (4, 1));
        assert_eq!(count_axis(7), (8, 2));
        assert_eq!(count_axis(42), (50, 10));
        assert_eq!(count_axis(1234), (1500, 500));
    }

    #[test]
    fn long_labels_are_cut() {
        let cut = fitted("Arbeitsschutz-Unterweisung", 60.0, 10.0);
        assert!(
            cut.starts_with("Arbeit") && cut.ends_with('…') && text_width(&cut, 10.0) <= 60.0,
            "{cut}"
        );
    }

    #[test]
    fn a_fifth_is_drawn_as_a_fifth_of_the_axis() {
        let chart = Chart {
            title: "t".into(),
            note: "n".into(),
            axis_label: "a".into(),
            axis: Axis::Share,
            series: vec![
                Series {
                    key: "done",
                    name: "Done".into(),
                    fill: Fill::Green,
                },
                Series {
                    key: "open",
                    name: "Open".into(),
                    fill: Fill::Grey,
                },
            ],
            bars: vec![Bar {
                label: "ARB".into(),
                parts: vec![1, 4],
                value: percent(20.0),
            }],
            value_heading: "Rate".into(),
            empty_bar: "nothing".into(),
        };
        let mut svg = String::new();
        render(&chart, &mut svg);
        let attr = |tag: &str, name: &str| -> f64 {
            let at = svg.find(tag).unwrap();
            let rest = &svg[at..];
            let from = rest.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
            rest[from..from + rest[from..].find('"').unwrap()]
                .parse()
                .unwrap()
        };
        let (plot, done) = (
            attr("class=\"plot\"", "width"),
            attr("class=\"part\" data-series=\"done\"", "width"),
        );
        assert!((done * 5.0 - plot).abs() < 0.05, "{done} of {plot}");
    }
}
