//! `-o html` report pages against hand-computed figures: what the page says (header,
//! legend, axis, tables, escaping, nothing loaded or run), and, where Chromium is
//! installed (`/usr/bin/chromium`; CI installs Debian's), what a real browser draws:
//! the screenshot's size and pixels, and each bar measured against its axis.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::Env;
use crate::report::run;

const CHROMIUM: &str = "/usr/bin/chromium";
/// The screenshots' window: wide enough for the whole page at its widest.
const WINDOW: (u32, u32) = (1000, 900);

/// akad ("Akademie") shares ARB (mandatory, 12 months) with its child kunde
/// ("Kunde <&> GmbH"), which has five people and its own K2 (12 months). As of
/// 2026-03-15:
/// - ARB, due 2026-03-01: u1 completed on 2026-02-01; u2..u5 overdue: 1 of 5, 20.0 %.
/// - K2, due 2026-06-30: u1 completed on 2025-04-01 (runs out 2026-04-01: expiring),
///   u2 on 2025-03-01 (ran out 2026-03-01: expired), u3 in progress, u4 and u5 not
///   started: 1 of 5 completed, 20.0 %.
/// - kunde: 10 assigned, 2 completed, 4 overdue, 20.0 %; one active user in March (u3).
fn story() -> Env {
    let env = Env::new();
    run(&env, "", &["tenant", "create", "akad", "--name", "Akademie"]);
    run(
        &env,
        "",
        &[
            "tenant",
            "create",
            "kunde",
            "--name",
            "Kunde <&> GmbH",
            "--parent",
            "akad",
        ],
    );
    run(
        &env,
        "akad",
        &[
            "course",
            "create",
            "ARB",
            "--title",
            "Arbeitsschutz",
            "--mandatory",
            "--valid-for",
            "12m",
            "--shared",
        ],
    );
    run(
        &env,
        "kunde",
        &[
            "course",
            "create",
            "K2",
            "--title",
            "Kurs 2",
            "--mandatory",
            "--valid-for",
            "12m",
        ],
    );
    for (i, department) in ["Vertrieb", "R&D <b>", "R&D <b>", "Vertrieb", "Vertrieb"]
        .into_iter()
        .enumerate()
    {
        let (id, email) = (format!("u{}", i + 1), format!("u{}@kunde.de", i + 1));
        run(
            &env,
            "kunde",
            &[
                "user",
                "add",
                "--external-id",
                &id,
                "--email",
                &email,
                "--first-name",
                "Person",
                "--last-name",
                if i == 1 {
                    "<script>alert(1)</script>"
                } else {
                    "Muster"
                },
                "--department",
                department,
            ],
        );
    }
    run(
        &env,
        "kunde",
        &["assign", "ARB", "--all-users", "--due", "2026-03-01"],
    );
    run(
        &env,
        "kunde",
        &["assign", "K2", "--all-users", "--due", "2026-06-30"],
    );
    for (course, user, date) in [
        ("ARB", "u1", "2026-02-01"),
        ("K2", "u1", "2025-04-01"),
        ("K2", "u2", "2025-03-01"),
    ] {
        run(
            &env,
            "kunde",
            &["complete", course, "--user", user, "--date", date],
        );
    }
    run(
        &env,
        "kunde",
        &["assign", "progress", "K2", "--user", "u3", "--percent", "50"],
    );
    env
}

/// The text of the header's `<dd>` after `<dt>{label}</dt>`.
fn fact<'a>(page: &'a str, label: &str) -> &'a str {
    let start = page
        .find(&format!("<dt>{label}</dt><dd>"))
        .unwrap_or_else(|| panic!("no {label} in the header:\n{page}"))
        + label.len()
        + 13;
    &page[start..start + page[start..].find("</dd>").unwrap()]
}

/// What no page may hold: scripts, anything loaded from elsewhere, event handlers.
fn assert_self_contained(page: &str) {
    let lower = page.to_lowercase();
    for banned in [
        "<script",
        "src=",
        "href=",
        "@import",
        "javascript:",
        " onload",
        " onerror",
        "<link",
        "<iframe",
    ] {
        assert!(!lower.contains(banned), "{banned} in the page:\n{page}");
    }
    // The only URLs are the SVG namespace and the chart's own patterns.
    let outside =
        lower.matches("http").count() - lower.matches("xmlns=\"http://www.w3.org/2000/svg\"").count();
    assert_eq!(outside, 0, "a URL in the page:\n{page}");
    assert_eq!(
        lower.matches("url(").count(),
        lower.matches("url(#").count(),
        "{page}"
    );
}

fn assert_generated_now(page: &str) {
    let generated = fact(page, "Generated");
    let stamp = generated
        .split('"')
        .nth(1)
        .unwrap_or_else(|| panic!("a <time datetime=...>: {generated}"));
    let at = chrono::DateTime::parse_from_rfc3339(stamp).unwrap_or_else(|e| panic!("{stamp}: {e}"));
    // One RFC 3339 form: seconds, a numeric offset.
    assert!(stamp.len() == 25 && stamp.as_bytes()[10] == b'T', "{stamp}");
    let age = chrono::Utc::now().signed_duration_since(at);
    assert!(
        age >= chrono::Duration::zero() && age < chrono::Duration::minutes(5),
        "{stamp}"
    );
}

#[test]
fn compliance_page_says_what_it_shows() {
    let env = story();
    let page = run(&env, "kunde", &["report", "compliance", "-o", "html"]);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"), "{page}");
    assert_self_contained(&page);
    assert!(page.contains("<h1>Compliance by course</h1>"), "{page}");
    assert_eq!(fact(&page, "Tenant"), "Kunde &lt;&amp;&gt; GmbH (kunde)");
    assert!(
        fact(&page, "Scope").starts_with("kunde only, not the tenants below it"),
        "{page}"
    );
    assert!(
        fact(&page, "As of").starts_with("<time datetime=\"2026-03-15\">2026-03-15</time>"),
        "{page}"
    );
    assert!(fact(&page, "Expiring").contains("within 30 days"), "{page}");
    assert_generated_now(&page);

    // The chart: what it shows, its unit, a fixed 0–100 % axis, the legend in order.
    assert!(
        page.contains("<h2 id=\"chart-title\">Status of assignments per course</h2>"),
        "{page}"
    );
    assert!(
        page.contains(">Share of the course&#39;s assignments (%)</text>"),
        "{page}"
    );
    for tick in (0..=100).step_by(20) {
        assert!(
            page.contains(&format!(">{tick}\u{202f}%</text>")),
            "tick {tick}: {page}"
        );
    }
    let legend: Vec<&str> = page
        .split("<g class=\"key\" data-series=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    assert_eq!(
        legend,
        [
            "completed",
            "expiring",
            "in-progress",
            "assigned",
            "overdue",
            "expired"
        ]
    );
    for name in [
        "Completed",
        "Completed, expiring within 30 days",
        "In progress",
        "Not started",
        "Overdue",
        "Expired",
    ] {
        assert!(
            page.contains(&format!(">{name}</text></g>")),
            "legend {name}: {page}"
        );
    }
    // Each bar is labelled with its value.
    assert_eq!(page.matches("<text class=\"value\"").count(), 2, "{page}");
    assert!(page.contains(">20.0\u{202f}%</text>"), "{page}");

    // The table, in words people use; numbers right-aligned.
    assert!(
        page.contains(
            "<tr><th>Course</th><th class=\"num\">Assigned</th><th class=\"num\">Completed</th>\
             <th class=\"num\">of which expiring</th><th class=\"num\">In progress</th>\
             <th class=\"num\">Not started</th><th class=\"num\">Overdue</th><th class=\"num\">Expired</th>\
             <th class=\"num\">Completion rate</th></tr>"
        ),
        "{page}"
    );
    let cells = |key: &str| -> Vec<String> {
        let row = page
            .split("<tr>")
            .find(|r| r.starts_with(&format!("<td>{key}</td>")))
            .unwrap_or_else(|| panic!("no row {key}: {page}"));
        row.split("<td class=\"num\">")
            .skip(1)
            .map(|c| c[..c.find("</td>").unwrap()].to_owned())
            .collect()
    };
    assert_eq!(cells("ARB"), ["5", "1", "0", "0", "0", "4", "0", "20.0\u{202f}%"]);
    assert_eq!(cells("K2"), ["5", "1", "1", "1", "2", "0", "1", "20.0\u{202f}%"]);

    // The print style sheet: A4, repeated table headers, a new page for each table.
    for rule in [
        "@page { size: A4;",
        "thead { display: table-header-group; }",
        "section.table + section.table { break-before: page; }",
    ] {
        assert!(page.contains(rule), "{rule}: {page}");
    }

    // The JSON carries the expiring count the chart shows.
    let json: Value =
        serde_json::from_str(&run(&env, "kunde", &["report", "compliance", "-o", "json"])).unwrap();
    assert_eq!(
        (
            json[1]["key"].as_str(),
            json[1]["completed"].as_u64(),
            json[1]["expiring"].as_u64()
        ),
        (Some("K2"), Some(1), Some(1))
    );
}

#[test]
fn every_text_from_the_store_is_escaped() {
    let env = story();
    let page = run(
        &env,
        "kunde",
        &["report", "compliance", "--by", "department", "-o", "html"],
    );
    assert!(page.contains("<td>R&amp;D &lt;b&gt;</td>"), "{page}");
    assert!(page.contains("data-label=\"R&amp;D &lt;b&gt;\""), "{page}");
    assert!(!page.contains("R&D <b>"), "{page}");
    let overdue = run(&env, "kunde", &["report", "overdue", "-o", "html"]);
    assert!(
        overdue.contains("<td>Person &lt;script&gt;alert(1)&lt;/script&gt;</td>"),
        "{overdue}"
    );
    assert_self_contained(&overdue);
}

#[test]
fn tenants_page_and_lists_without_a_chart() {
    let env = story();
    let page = run(&env, "akad", &["report", "tenants", "-o", "html"]);
    assert_self_contained(&page);
    assert_eq!(fact(&page, "Tenant"), "Akademie (akad)");
    assert_eq!(fact(&page, "Scope"), "akad and all tenants below it");
    assert_generated_now(&page);
    assert!(
        page.contains("<h2 id=\"chart-title\">Status of assignments per tenant</h2>"),
        "{page}"
    );
    assert!(page.contains(">100\u{202f}%</text>"), "{page}");
    // akad has nothing assigned: no rate to speak of, and no bar pretending one.
    assert!(page.contains(">nothing assigned</text>"), "{page}");
    assert!(
        page.contains(
            "<tr><td>kunde</td><td>akad</td><td class=\"num\">5</td><td class=\"num\">1</td>\
             <td class=\"num\">10</td><td class=\"num\">2</td><td class=\"num\">4</td>\
             <td class=\"num\">4</td><td class=\"num\">20.0\u{202f}%</td></tr>"
        ),
        "{page}"
    );
    assert!(page.contains("<td class=\"num\">–</td></tr>"), "{page}");

    // Lists get the header and the print style sheet, one table per tenant.
    let overdue = run(
        &env,
        "akad",
        &["report", "overdue", "--include-children", "-o", "html"],
    );
    assert!(!overdue.contains("<svg"), "{overdue}");
    assert_eq!(fact(&overdue, "Scope"), "akad and all tenants below it");
    assert!(
        overdue.contains("<h2>kunde: 4 assignments overdue</h2>"),
        "{overdue}"
    );
    assert!(overdue.contains("@page { size: A4;"), "{overdue}");
    let expiring = run(&env, "kunde", &["report", "expiring", "-o", "html"]);
    assert!(
        expiring.contains("<h1>Certificates expiring within 30 days</h1>"),
        "{expiring}"
    );
    assert!(
        expiring.contains("<h2>kunde: 1 certificate running out</h2>"),
        "{expiring}"
    );
    let nobody = run(&env, "akad", &["report", "overdue", "-o", "html"]);
    assert!(nobody.contains("Nobody is overdue"), "{nobody}");
    let active = run(
        &env,
        "akad",
        &["report", "active-users", "--include-children", "-o", "html"],
    );
    assert!(active.contains("<h1>Active users in 2026-03</h1>"), "{active}");
    assert!(
        active.contains("data-series=\"active\" data-count=\"1\""),
        "{active}"
    );
}

/// Headless Chromium with a profile of its own that goes nowhere; `None` when it is
/// not installed (the caller skips).
fn chromium(profile: &Path) -> Option<Command> {
    if !Path::new(CHROMIUM).exists() {
        return None;
    }
    let mut cmd = Command::new(CHROMIUM);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        &format!("--window-size={},{}", WINDOW.0, WINDOW.1),
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .stdin(Stdio::null())
    .stderr(Stdio::null());
    Some(cmd)
}

/// Runs Chromium to its end (at most a minute) and returns its stdout.
fn finish(mut cmd: Command) -> String {
    let mut child = cmd.stdout(Stdio::piped()).spawn().expect("start chromium");
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut text).map(|_| text)
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "chromium failed: {status}");
    reader.join().unwrap().expect("chromium's output")
}

/// The bars of `page` as a browser lays them out: the plot area (the whole axis) and
/// every part of every bar, measured by a copy of the page with a test-only script.
struct Layout {
    plot_left: f64,
    plot_width: f64,
    /// (bar label, series, left, top, width, height) in CSS pixels of the window.
    parts: Vec<(String, String, f64, f64, f64, f64)>,
}

impl Layout {
    fn part(&self, label: &str, series: &str) -> &(String, String, f64, f64, f64, f64) {
        self.parts
            .iter()
            .find(|p| p.0 == label && p.1 == series)
            .unwrap_or_else(|| panic!("no {series} part in bar {label}: {:?}", self.parts))
    }
}

fn measure(dir: &Path, page: &str, name: &str) -> Option<Layout> {
    const MEASURE: &str = "<script>
const plot = document.querySelector('svg.chart rect.plot').getBoundingClientRect();
const parts = [...document.querySelectorAll('svg.chart g.bar rect.part')].map(r => {
  const b = r.getBoundingClientRect();
  return [r.closest('g.bar').dataset.label, r.dataset.series, b.left, b.top, b.width, b.height];
});
const out = document.createElement('pre');
out.id = 'measured';
out.textContent = JSON.stringify({left: plot.left, width: plot.width, parts});
document.body.append(out);
</script>";
    let probe = dir.join(format!("{name}-measured.html"));
    std::fs::write(&probe, format!("{page}{MEASURE}")).unwrap();
    let profile = tempfile::tempdir().unwrap();
    let mut cmd = chromium(profile.path())?;
    cmd.arg("--dump-dom").arg(url(&probe));
    let dom = finish(cmd);
    let start = dom.find("<pre id=\"measured\">").expect("the measurements") + 19;
    let json = &dom[start..start + dom[start..].find("</pre>").unwrap()];
    let measured: Value = serde_json::from_str(
        &json
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">"),
    )
    .unwrap_or_else(|e| panic!("{e}: {json}"));
    Some(Layout {
        plot_left: measured["left"].as_f64().unwrap(),
        plot_width: measured["width"].as_f64().unwrap(),
        parts: measured["parts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let f = |i: usize| p[i].as_f64().unwrap();
                (
                    p[0].as_str().unwrap().into(),
                    p[1].as_str().unwrap().into(),
                    f(2),
                    f(3),
                    f(4),
                    f(5),
                )
            })
            .collect(),
    })
}

fn url(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// A PNG screenshot of `page` in the test window.
fn screenshot(dir: &Path, page: &str, name: &str) -> Option<PathBuf> {
    let html = dir.join(format!("{name}.html"));
    std::fs::write(&html, page).unwrap();
    let png = dir.join(format!("{name}.png"));
    let profile = tempfile::tempdir().unwrap();
    let mut cmd = chromium(profile.path())?;
    cmd.arg(format!("--screenshot={}", png.display())).arg(url(&html));
    finish(cmd);
    Some(png)
}

/// Width and height from a PNG's header (signature, then the IHDR chunk).
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (word(16), word(20))
}

/// The RGB pixels of a PNG, row by row.
fn pixels(bytes: &[u8]) -> (usize, Vec<[u8; 3]>) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let step = info.color_type.samples();
    let rgb = buf[..info.buffer_size()]
        .chunks(step)
        .map(|p| match step {
            1 | 2 => [p[0]; 3],
            _ => [p[0], p[1], p[2]],
        })
        .collect();
    (info.width as usize, rgb)
}

/// How many pixels of `colour` the screenshot's row `y` has between `from` and `to`.
fn run_of(png: &[u8], y: f64, from: f64, to: f64, colour: [u8; 3]) -> usize {
    let (width, rgb) = pixels(png);
    let y = y.round() as usize;
    (from.round() as usize..to.round() as usize)
        .filter(|x| rgb[y * width + x] == colour)
        .count()
}

const GREEN: [u8; 3] = [0x00, 0x9e, 0x73];
const VERMILLION: [u8; 3] = [0xd5, 0x5e, 0x00];

fn skip() {
    eprintln!(
        "skipped: the browser checks of the -o html pages need Chromium at {CHROMIUM} \
         (Debian: apt-get install chromium; .ci/run installs it)"
    );
}

#[test]
fn a_browser_draws_a_fifth_as_a_fifth_of_the_axis() {
    if !Path::new(CHROMIUM).exists() {
        return skip();
    }
    let env = story();
    let dir = env.dir().join("pages");
    std::fs::create_dir_all(&dir).unwrap();

    let page = run(&env, "kunde", &["report", "compliance", "-o", "html"]);
    let layout = measure(&dir, &page, "compliance").unwrap();
    let fifth = layout.plot_width / 5.0;
    assert!(layout.plot_width > 300.0, "the axis is {} px", layout.plot_width);
    // ARB: 1 of 5 completed, 4 overdue.
    let done = layout.part("ARB", "completed");
    assert!(
        (done.2 - layout.plot_left).abs() <= 1.0,
        "{done:?} starts at the axis' 0"
    );
    assert!(
        (done.4 - fifth).abs() <= 1.0,
        "20 % drawn {} px of {}",
        done.4,
        layout.plot_width
    );
    let overdue = layout.part("ARB", "overdue");
    assert!((overdue.4 - 4.0 * fifth).abs() <= 1.0, "{overdue:?}");
    assert!((overdue.2 + overdue.4 - (layout.plot_left + layout.plot_width)).abs() <= 1.0);
    // K2: one each expiring, in progress, expired; two not started.
    for (series, share) in [
        ("expiring", 1.0),
        ("in-progress", 1.0),
        ("assigned", 2.0),
        ("expired", 1.0),
    ] {
        let part = layout.part("K2", series);
        assert!((part.4 - share * fifth).abs() <= 1.0, "{part:?}");
    }

    let png = std::fs::read(screenshot(&dir, &page, "compliance").unwrap()).unwrap();
    assert_eq!(png_size(&png), WINDOW);
    // The pixels agree: along ARB's bar (a row above the numbers in it), a fifth of the
    // axis is green and four fifths vermillion.
    let middle = done.3.ceil() + 2.0;
    let axis_end = layout.plot_left + layout.plot_width;
    let green = run_of(&png, middle, layout.plot_left, axis_end, GREEN) as f64;
    let red = run_of(&png, middle, layout.plot_left, axis_end, VERMILLION) as f64;
    assert!(
        (green - fifth).abs() <= 3.0,
        "{green} green pixels, a fifth is {fifth}"
    );
    assert!(
        (red - 4.0 * fifth).abs() <= 3.0,
        "{red} vermillion pixels of {}",
        4.0 * fifth
    );

    let page = run(&env, "akad", &["report", "tenants", "-o", "html"]);
    let layout = measure(&dir, &page, "tenants").unwrap();
    let done = layout.part("kunde", "completed");
    assert!(
        (done.4 - layout.plot_width / 5.0).abs() <= 1.0,
        "kunde's 20 % drawn {} px of {}",
        done.4,
        layout.plot_width
    );
    assert!(
        layout.parts.iter().all(|p| p.0 == "kunde"),
        "akad has no bar: {:?}",
        layout.parts
    );
    let png = std::fs::read(screenshot(&dir, &page, "tenants").unwrap()).unwrap();
    assert_eq!(png_size(&png), WINDOW);
    let middle = done.3.ceil() + 2.0;
    let green = run_of(
        &png,
        middle,
        layout.plot_left,
        layout.plot_left + layout.plot_width,
        GREEN,
    ) as f64;
    assert!(
        (green - layout.plot_width / 5.0).abs() <= 3.0,
        "{green} green pixels"
    );
}

#[test]
fn a_printed_list_is_a4_with_a_page_per_tenant() {
    if !Path::new(CHROMIUM).exists() {
        return skip();
    }
    let env = story();
    // A second client with someone overdue: two tables, so two printed pages.
    run(
        &env,
        "",
        &["tenant", "create", "zweit", "--name", "Zweit", "--parent", "akad"],
    );
    run(
        &env,
        "zweit",
        &[
            "user",
            "add",
            "--email",
            "z@zweit.de",
            "--first-name",
            "Z",
            "--last-name",
            "Z",
        ],
    );
    run(
        &env,
        "zweit",
        &["assign", "ARB", "--all-users", "--due", "2026-03-01"],
    );
    let page = run(
        &env,
        "akad",
        &["report", "overdue", "--include-children", "-o", "html"],
    );
    assert_eq!(page.matches("<section class=\"table\">").count(), 2, "{page}");
    let dir = env.dir();
    let html = dir.join("overdue.html");
    std::fs::write(&html, &page).unwrap();
    let pdf = dir.join("overdue.pdf");
    let profile = tempfile::tempdir().unwrap();
    let mut cmd = chromium(profile.path()).unwrap();
    cmd.arg("--no-pdf-header-footer")
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(url(&html));
    finish(cmd);
    let pdf = std::fs::read(pdf).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    // A4 is 595.28 × 841.89 pt; Chromium rounds the page to whole CSS pixels.
    let boxes: Vec<&str> = text
        .match_indices("/MediaBox [")
        .map(|(at, _)| &text[at + 11..at + 11 + text[at + 11..].find(']').unwrap()])
        .collect();
    assert_eq!(boxes.len(), 2, "one page per tenant: {boxes:?}");
    for media in boxes {
        let size: Vec<f64> = media.split_whitespace().map(|v| v.parse().unwrap()).collect();
        assert!(
            (size[2] - 595.3).abs() < 1.5 && (size[3] - 841.9).abs() < 1.5,
            "not A4: {media}"
        );
    }
}
