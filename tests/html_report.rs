//! The HTML report is one self-contained file: nothing is loaded from
//! elsewhere, and it carries the figures of the tables. A second test opens
//! it in headless Chromium (installed by `.ci/run`), checks the rendered DOM
//! and saves a screenshot for the docs.

use std::path::{Path, PathBuf};
use std::process::Command;

fn html_report() -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_sentencing"))
        .args([
            "report",
            "--format",
            "html",
            "--as-of",
            "2026-01-01",
            "cases",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn html_report_is_self_contained() {
    let html = html_report();
    assert!(html.starts_with("<!DOCTYPE html>"));
    for forbidden in [
        "<script", "<link", "src=", "@import", "url(http", "url(//", "url(\"", "<iframe",
        "<object", "<image",
    ] {
        assert!(
            !html.contains(forbidden),
            "the report must load nothing: found {forbidden}"
        );
    }
    // Patterns inside the SVG are the only url() references, and they are local.
    assert!(html.matches("url(").count() == html.matches("url(#").count());
    for figure in [
        "9 years – 20 years",
        "15 years",
        "Wang Lijun (王立军)",
        "cn.cl69.1.limited-aggravation.a8",
        "CL 69 ¶1 (Amendment VIII text)",
    ] {
        assert!(html.contains(figure), "missing {figure}");
    }
    assert!(!html.contains('\u{1b}'), "no terminal colour codes in HTML");
    // One inline SVG timeline per defendant with dates.
    // 5 in the PRC cases, one per defendant in the other jurisdictions' files.
    // (27: the GB worked example has a sixth defendant, F, for s. 264(2);
    // 28 with Lei Hui's suspended sentence, whose probation period is drawn;
    // 31 with the three defendants of the GB recall example.)
    assert_eq!(html.matches("<svg").count(), 31);
    for mark in [
        "parole eligible 2019-08-08",
        "term ends 2027-02-07",
        "commuted to life imprisonment 2015-12-11",
        "released (recorded): confirmed 2011-06-11",
        "as of 2026-01-01",
    ] {
        assert!(html.contains(mark), "the timeline lacks {mark}");
    }
}

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            std::env::var_os("PATH")?
                .to_str()?
                .split(':')
                .map(|dir| Path::new(dir).join(name))
                .find(|p| p.is_file())
        })
}

fn headless(browser: &Path, profile: &Path, extra: &[&str], url: &str) -> std::process::Output {
    Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .output()
        .unwrap()
}

// build.rs compiles this test as ignored, with the reason, when Chromium is
// not on PATH outside CI; in CI (`CI` set) it runs and a missing browser fails.
#[test]
#[cfg_attr(
    no_chromium,
    ignore = "no Chromium on PATH: install Debian's `chromium` (CI always runs this test)"
)]
fn html_report_renders_in_a_real_browser() {
    let browser =
        chromium().expect("Chromium is required for this test (CI installs it with .ci/run)");
    let dir = std::env::temp_dir().join(format!("sentencing-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("report.html");
    std::fs::write(&page, html_report()).unwrap();
    let url = format!("file://{}", page.display());

    let dom = headless(&browser, &dir.join("profile-dom"), &["--dump-dom"], &url);
    let dom = String::from_utf8_lossy(&dom.stdout);
    for figure in [
        "9 years – 20 years",
        "Wang Lijun (王立军)",
        "Gu Kailai (谷开来)",
        "barred (CL 81 ¶2; SPC-2016 art. 25)",
    ] {
        assert!(dom.contains(figure), "the rendered DOM lacks {figure}");
    }

    let shot = dir.join("report.png");
    let out = headless(
        &browser,
        &dir.join("profile-shot"),
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1280,2400",
            "--hide-scrollbars",
        ],
        &url,
    );
    assert!(
        shot.is_file(),
        "no screenshot: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let png = std::fs::read(&shot).unwrap();
    assert!(png.starts_with(b"\x89PNG"), "not a PNG");
    // Kept for the docs: refresh docs/report-screenshot.png with SAVE_SCREENSHOT=1.
    if std::env::var_os("SAVE_SCREENSHOT").is_some() {
        std::fs::copy(&shot, "docs/report-screenshot.png").unwrap();
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unlawful_verdict_is_marked_in_every_language() {
    for (lang, verdict) in [("en", "✗ NO"), ("zh", "✗ 否")] {
        let out = Command::new(env!("CARGO_BIN_EXE_sentencing"))
            .args([
                "--lang",
                lang,
                "report",
                "--format",
                "html",
                "--as-of",
                "2026-01-01",
                "tests/broken/out-of-range.yaml",
            ])
            .output()
            .unwrap();
        let html = String::from_utf8(out.stdout).unwrap();
        assert!(
            html.contains(&format!(
                "<td class=\"unlawful\"><strong>{verdict}</strong></td>"
            )),
            "{lang}: the unlawful verdict is not marked"
        );
    }
}

/// A marker line (x, top) and a label (left, right, baseline) of a timeline.
type MarkerLine = (f64, f64);
type Label = (f64, f64, f64);

/// One SVG timeline's marker lines and labels, read back from the report.
fn timeline_parts(svg: &str) -> (Vec<MarkerLine>, Vec<Label>) {
    let attr = |el: &str, name: &str| -> Option<f64> {
        let start = el.find(&format!(" {name}=\""))? + name.len() + 3;
        el[start..].split('"').next()?.parse().ok()
    };
    let mut lines = Vec::new();
    let mut labels = Vec::new();
    for el in svg.split('<').skip(1) {
        if el.starts_with("line ") {
            let (Some(x1), Some(x2), Some(y1), Some(y2)) = (
                attr(el, "x1"),
                attr(el, "x2"),
                attr(el, "y1"),
                attr(el, "y2"),
            ) else {
                continue;
            };
            // Marker lines are vertical and reach down to the axis from the labels.
            if x1 == x2 && y2 - y1 > 20.0 {
                lines.push((x1, y1));
            }
        } else if el.starts_with("text ")
            && (el.contains("anchor=\"start\"") || el.contains("anchor=\"end\""))
        {
            let (Some(x), Some(y)) = (attr(el, "x"), attr(el, "y")) else {
                continue;
            };
            let text = el.split_once('>').map_or("", |(_, t)| t);
            // 6.5 pixels per Latin character at 11 pixels, 11 per Chinese one.
            let width: f64 = text
                .chars()
                .map(|c| if c.is_ascii() { 6.5 } else { 11.0 })
                .sum();
            if el.contains("anchor=\"end\"") {
                labels.push((x - width, x, y));
            } else {
                labels.push((x, x + width, y));
            }
        }
    }
    (lines, labels)
}

/// No marker line (the as-of line included) runs through another marker's
/// label; lanes without a bar are not drawn, and the legend explains only
/// the patterns drawn.
#[test]
fn timeline_labels_clear_of_lines_no_empty_lane_legend_of_what_is_drawn() {
    let html = html_report();
    let mut checked = 0;
    let mut label_count = 0;
    for figure in html.split("<figure class=\"timeline\">").skip(1) {
        let figure = figure.split("</figure>").next().unwrap();
        let (lines, labels) = timeline_parts(figure);
        label_count += labels.len();
        for &(left, right, y) in &labels {
            for &(x, top) in &lines {
                // A line crossing the label's row (from above its baseline)
                // within the label's span, other than its own line beside it.
                let own = (x - left).abs() < 4.5 || (x - right).abs() < 4.5;
                assert!(
                    own || top > y || x < left - 1.0 || x > right + 1.0,
                    "a marker line at x={x} crosses the label at {left}–{right}, y={y}:\n{figure}"
                );
            }
        }
        let caption = figure.split("<figcaption>").nth(1).unwrap();
        assert_eq!(
            figure.contains("url(#dots)\" stroke"),
            caption.contains("Dotted"),
            "{figure}"
        );
        assert_eq!(
            figure.contains("url(#hatch)\" stroke"),
            caption.contains("Hatched")
        );
        assert_eq!(figure.contains("fill=\"#fff\""), caption.contains("White"));
        let lane = figure.contains(">political rights</text>");
        assert_eq!(
            lane,
            figure.contains("fill=\"#fff\"") || figure.contains(">deprived for life</text>"),
            "an empty political-rights lane:\n{figure}"
        );
        checked += 1;
    }
    // (27: the GB worked example has a sixth defendant, F, for s. 264(2);
    // 28 with Lei Hui's suspended sentence; 31 with the GB recall example.)
    assert_eq!(checked, 31);
    assert!(label_count > 60, "too few labels to check: {label_count}");
}

/// The compare page is laid out for its fourteen columns: the full window
/// width in a smaller type, a readable width for the case title (instead of
/// a word a line), the header repeated on each printed page, landscape paper.
#[test]
fn compare_html_is_laid_out_to_fit_a_page() {
    let out = Command::new(env!("CARGO_BIN_EXE_sentencing"))
        .args(["compare", "-f", "html", "cases"])
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.contains("<body class=\"compare\">"));
    assert!(html.contains("<table class=\"compare\">"));
    for rule in [
        "body.compare { max-width: none;",
        "@page { size: A4 landscape;",
        "table.compare thead { display: table-header-group; }",
    ] {
        assert!(html.contains(rule), "missing {rule}");
    }
    // The case title heads its rows instead of filling a column.
    assert!(!html.contains("<th>Case</th>"));
    assert_eq!(
        html.matches("<tr class=\"case\"><th colspan=\"13\" scope=\"colgroup\">Worked example — release dates of standard determinate sentences (England and Wales)</th></tr>").count(),
        1
    );
    // Every row has the jurisdiction beside the defendant.
    assert!(html.contains("<th>Jurisdiction</th>"));
    // Six GB defendants (F shows s. 264(2)), and three in the recall example.
    assert_eq!(html.matches("<td>GB-EAW</td>").count(), 9);
}
