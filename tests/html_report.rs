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
    assert_eq!(html.matches("<svg").count(), 26);
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

#[test]
fn html_report_renders_in_a_real_browser() {
    let Some(browser) = chromium() else {
        // CI installs Chromium (.ci/run); there its absence is a failure.
        assert!(
            std::env::var_os("CI").is_none(),
            "Chromium is required in CI"
        );
        eprintln!("skipped: no Chromium on this machine (install Debian's `chromium`)");
        return;
    };
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
