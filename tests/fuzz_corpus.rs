//! The fuzzers' seed corpora and every input a fuzzer ever crashed on, run
//! through the same functions the fuzz targets call (see `fuzz/fuzz_targets/`).
//! CI does not run the fuzzers; this keeps their findings fixed.
//!
//! - `fuzz/corpus/<target>/*`: seeds for each target;
//! - `fuzz/regressions/<target>/*`: inputs that once crashed or hung.

use sentencing::render::{diagnostic, json, table};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Longest one input may take; lenient because tests usually run unoptimised.
const TIME_LIMIT: Duration = if cfg!(debug_assertions) {
    Duration::from_secs(5)
} else {
    Duration::from_secs(1)
};

/// What `fuzz_targets/case_loader.rs` does.
fn case_loader(data: &[u8]) {
    let file = sentencing::case::load_bytes(Path::new("fuzz.yaml"), data);
    for f in &file.findings {
        let _ =
            diagnostic::render_finding("fuzz.yaml", &file.source, f, sentencing::i18n::Lang::Zh);
    }
    if let Some(case) = &file.case {
        let analysis = sentencing::law::analyse(case);
        let _ = table::case_report(
            "fuzz.yaml",
            &analysis,
            table::Style::Terminal,
            sentencing::i18n::Lang::En,
        );
        let _ = table::case_report(
            "fuzz.yaml",
            &analysis,
            table::Style::Html,
            sentencing::i18n::Lang::En,
        );
        let _ = json::case("fuzz.yaml", &analysis, sentencing::i18n::Lang::Zh);
    }
}

/// What `fuzz_targets/penalty_grammar.rs` does.
fn penalty_grammar(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for result in [
        sentencing::penalty::parse_penalty(text).map(|_| ()),
        sentencing::penalty::parse_political_rights(text).map(|_| ()),
        sentencing::penalty::parse_confiscation(text).map(|_| ()),
    ] {
        if let Err(e) = result {
            assert!(e.offset <= text.len(), "offset {} past the end", e.offset);
        }
    }
    for id in sentencing::case::JurisdictionId::ALL {
        if let Err(e) = sentencing::law::jurisdiction(*id).parse_penalty(text) {
            assert!(
                e.offset <= text.len(),
                "{id:?}: offset {} past the end",
                e.offset
            );
        }
    }
}

/// What `fuzz_targets/money.rs` does.
fn money(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match sentencing::penalty::parse_money(text) {
        Ok(m) => {
            let _ = m.to_string();
        }
        Err(e) => assert!(e.offset <= text.len(), "offset {} past the end", e.offset),
    }
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn run_target(target: &str, run: fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    for dir in [
        root.join("corpus").join(target),
        root.join("regressions").join(target),
    ] {
        for path in files_in(&dir) {
            // A fuzzer running at the same time may replace corpus files.
            let data = match std::fs::read(&path) {
                Ok(d) => d,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => panic!("{}: {e}", path.display()),
            };
            let start = Instant::now();
            run(&data);
            let took = start.elapsed();
            assert!(took < TIME_LIMIT, "{} took {took:?}", path.display());
            n += 1;
        }
    }
    n
}

#[test]
fn case_loader_corpus() {
    assert!(run_target("case_loader", case_loader) > 0);
}

#[test]
fn penalty_grammar_corpus() {
    assert!(run_target("penalty_grammar", penalty_grammar) > 0);
}

#[test]
fn money_corpus() {
    assert!(run_target("money", money) > 0);
}

/// Each fuzz target has a seed corpus and this test runs it: a new target
/// must be added here too.
#[test]
fn every_target_is_covered() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/fuzz_targets");
    let mut targets: Vec<String> = files_in(&root)
        .iter()
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    targets.sort();
    assert_eq!(targets, ["case_loader", "money", "penalty_grammar"]);
}
