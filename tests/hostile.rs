//! Hostile input: every file under `tests/hostile/`, and some too big to
//! commit that are generated into a temporary directory at test time, must
//! be read without a panic, give an error finding with the expected code
//! (or load cleanly, for the byte-order-mark and CRLF files), and do so fast.
//!
//! About the time limit: these are tests, not benchmarks. Each input must be
//! handled in well under a second in a release build (`cargo test
//! --release`); an unoptimised debug build is several times slower, so there
//! the limit is a lenient 5 seconds. The limits catch a parser that runs away
//! (quadratic or exponential time), not small slowdowns.

use sentencing::case::{DEFAULT_MAX_FILE_BYTES, LoadedFile, load_bytes, load_file, load_str};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Longest an input may take: see the module comment.
const TIME_LIMIT: Duration = if cfg!(debug_assertions) {
    Duration::from_secs(5)
} else {
    Duration::from_secs(1)
};

const GOOD: &str = include_str!("../cases/li-zhuang.yaml");

fn timed(what: &str, f: impl FnOnce() -> LoadedFile) -> LoadedFile {
    let start = Instant::now();
    let file = f();
    let took = start.elapsed();
    assert!(
        took < TIME_LIMIT,
        "{what} took {took:?}, over the limit of {TIME_LIMIT:?}"
    );
    file
}

fn error_codes(file: &LoadedFile) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = file
        .findings
        .iter()
        .filter(|f| f.is_error())
        .map(|f| f.code)
        .collect();
    if let Some(case) = &file.case {
        let analysis = sentencing::law::analyse(case);
        for d in &analysis.defendants {
            codes.extend(d.findings.iter().filter(|f| f.is_error()).map(|f| f.code));
        }
    }
    codes
}

fn assert_error(what: &str, file: &LoadedFile, code: &str) {
    let codes = error_codes(file);
    assert!(
        codes.contains(&code),
        "{what}: expected an error `{code}`, got {codes:?} ({:#?})",
        file.findings
    );
    assert!(file.case.is_none(), "{what}: no case should come out");
    for f in file.findings.iter().filter(|f| f.is_error()) {
        assert!(f.hint.is_some(), "{what}: `{}` has no hint", f.code);
        // Rendering must not panic either, whatever the span.
        let _ = sentencing::render::diagnostic::render_finding(
            what,
            &file.source,
            f,
            sentencing::i18n::Lang::En,
        );
    }
}

/// The committed files and what each must give; `None` means it must load
/// without errors.
const COMMITTED: &[(&str, Option<&str>)] = &[
    ("absurd-date-after-2200.yaml", Some("input.bad-date")),
    ("absurd-date-before-1900.yaml", Some("input.bad-date")),
    ("absurd-date-far-future.yaml", Some("input.bad-date")),
    ("absurd-date-negative.yaml", Some("input.bad-date")),
    ("alias-in-summary.yaml", None),
    ("billion-laughs-case.yaml", Some("input.too-many-aliases")),
    ("billion-laughs-classic.yaml", Some("input.unknown-field")),
    ("bom-crlf-error.yaml", Some("input.bad-penalty")),
    ("bom-valid.yaml", None),
    ("comments-only.yaml", Some("input.empty-file")),
    ("cr-only-after-comment.yaml", None),
    ("crlf-valid.yaml", None),
    ("empty.yaml", Some("input.empty-file")),
    ("huge-commutation.yaml", Some("input.bad-penalty")),
    ("huge-fine.yaml", Some("input.bad-money")),
    ("huge-number.yaml", Some("input.bad-penalty")),
    ("huge-political-rights.yaml", Some("input.bad-penalty")),
    ("huge-term-months.yaml", Some("input.bad-penalty")),
    ("huge-term.yaml", Some("input.bad-penalty")),
    ("list.yaml", Some("input.not-a-mapping")),
    ("multi-document.yaml", Some("input.several-documents")),
    ("not-utf8-gbk.yaml", Some("input.not-utf8")),
    ("nul.yaml", Some("input.control-character")),
    ("scalar.yaml", Some("input.not-a-mapping")),
    ("tabs.yaml", Some("input.tab-indent")),
    ("utf16.yaml", Some("input.not-utf8")),
    ("yaml-tag-binary-not-utf8.yaml", Some("input.yaml-tag")),
    ("yaml-tag-binary.yaml", Some("input.yaml-tag")),
    ("yaml-tag-local.yaml", Some("input.yaml-tag")),
];

fn hostile_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile")
}

#[test]
fn committed_hostile_files() {
    let mut on_disk: Vec<String> = std::fs::read_dir(hostile_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let listed: Vec<&str> = COMMITTED.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        on_disk, listed,
        "every file in tests/hostile is listed here"
    );

    for (name, expected) in COMMITTED {
        let path = hostile_dir().join(name);
        let bytes = std::fs::read(&path).unwrap();
        let file = timed(name, || load_bytes(&path, &bytes));
        match expected {
            Some(code) => assert_error(name, &file, code),
            None => assert!(
                error_codes(&file).is_empty() && file.case.is_some(),
                "{name} must load cleanly: {:#?}",
                file.findings
            ),
        }
    }
}

/// A temporary directory for generated inputs, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("sentencing-hostile-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A case with one defendant and one judgment holding counts until the text
/// reaches `target` bytes.
fn many_counts(target: usize) -> String {
    let mut s = String::with_capacity(target + 100);
    s.push_str(
        "case: Many counts\njurisdiction: CN\ndefendants:\n  - name: X\n    judgments:\n      - court: Court\n        date: 2010-01-08\n        counts:\n",
    );
    let count =
        "          - offence: fraud\n            article: CL 266\n            penalty: 1 year\n";
    while s.len() + count.len() <= target {
        s.push_str(count);
    }
    s
}

#[test]
fn fifty_megabytes_of_counts_is_too_large() {
    let dir = TempDir::new("50mb");
    let text = many_counts(50 * 1024 * 1024);
    let path = dir.write("counts-50mb.yaml", text.as_bytes());
    let file = timed("50 MB file", || {
        load_file(&path, DEFAULT_MAX_FILE_BYTES).unwrap()
    });
    assert_error("50 MB file", &file, "input.too-large");
    // The same from memory.
    let file = timed("50 MB in memory", || load_bytes(&path, text.as_bytes()));
    assert_error("50 MB in memory", &file, "input.too-large");
}

#[test]
fn the_size_limit_is_configurable() {
    let dir = TempDir::new("limit");
    let path = dir.write("li-zhuang.yaml", GOOD.as_bytes());
    let file = load_file(&path, 100).unwrap();
    assert_error("100-byte limit", &file, "input.too-large");
    let file = load_file(&path, GOOD.len() as u64).unwrap();
    assert!(file.case.is_some(), "exactly at the limit is allowed");
}

#[test]
fn just_under_the_size_limit_with_many_counts_hits_the_count_limit_fast() {
    let text = many_counts(7 * 1024 * 1024);
    assert!(text.len() as u64 <= DEFAULT_MAX_FILE_BYTES);
    let file = timed("7 MiB of counts", || load_str("counts-7mib.yaml", &text));
    assert_error("7 MiB of counts", &file, "input.too-many-counts");
    let f = &file.findings[0];
    // The finding points at the list of counts (line 8, `counts:`).
    assert_eq!(f.span.map(|s| s.line), Some(8), "{f:#?}");
}

#[test]
fn too_many_defendants() {
    let mut s = String::from("case: Crowd\njurisdiction: CN\ndefendants:\n");
    for i in 0..1_001 {
        s.push_str(&format!(
            "  - name: D{i}\n    judgments:\n      - court: C\n        date: 2010-01-08\n        counts:\n          - offence: fraud\n            penalty: 1 year\n"
        ));
    }
    let file = timed("1001 defendants", || load_str("crowd.yaml", &s));
    assert_error("1001 defendants", &file, "input.too-many-defendants");
}

#[test]
fn a_thousand_counts_are_allowed() {
    let mut s = String::from(
        "case: Many\njurisdiction: CN\ndefendants:\n  - name: X\n    judgments:\n      - court: C\n        date: 2010-01-08\n        counts:\n",
    );
    for _ in 0..1_000 {
        s.push_str("          - offence: fraud\n            article: CL 266\n            penalty: 1 year\n");
    }
    let file = timed("1000 counts", || load_str("many.yaml", &s));
    assert!(
        !error_codes(&file).contains(&"input.too-many-counts"),
        "{:#?}",
        file.findings
    );
}

#[test]
fn deep_nesting() {
    let depth = 100_000;
    let cases = [
        ("[[[[ at the top", "[".repeat(depth), "input.too-deep"),
        (
            "- - - - at the top",
            format!("{}x\n", "- ".repeat(depth)),
            "input.not-a-mapping",
        ),
        (
            "[[[[ under case:",
            format!("case: {}", "[".repeat(depth)),
            "input.wrong-type",
        ),
        (
            "{{{{ under defendants:",
            format!(
                "case: x\njurisdiction: CN\ndefendants: {}",
                "{a: ".repeat(depth)
            ),
            "input.wrong-type",
        ),
        (
            "- - - - under defendants:",
            format!(
                "case: x\njurisdiction: CN\ndefendants:\n{}x\n",
                "- ".repeat(depth)
            ),
            "input.wrong-type",
        ),
    ];
    for (what, text, code) in cases {
        let file = timed(what, || load_str("deep.yaml", &text));
        assert_error(what, &file, code);
    }
}

#[test]
fn very_long_lines() {
    let long = "x".repeat(5 * 1024 * 1024);
    let cases = [
        (
            "a long value",
            format!("case: {long}\n"),
            "input.missing-field",
        ),
        ("a long key", format!("{long}: x\n"), "input.not-a-mapping"),
        (
            "a long penalty",
            GOOD.replace("penalty: 2 years 6 months", &format!("penalty: {long}")),
            "input.bad-penalty",
        ),
        (
            "a long number",
            GOOD.replace(
                "penalty: 2 years 6 months",
                &format!("penalty: {} years", "9".repeat(1024 * 1024)),
            ),
            "input.bad-penalty",
        ),
        (
            "a long date",
            GOOD.replace(
                "date: 2010-01-08",
                &format!("date: {}", "2".repeat(1024 * 1024)),
            ),
            "input.bad-date",
        ),
    ];
    for (what, text, code) in cases {
        let file = timed(what, || load_str("long.yaml", &text));
        assert_error(what, &file, code);
    }
}

#[test]
fn billion_laughs_generated() {
    // Few aliases, each replaying many: 500 counts in a judgment, and that
    // judgment repeated 99 times by alias — about 400,000 replayed events
    // from 599 aliases. The replay limit stops it.
    let count = "{offence: fraud, article: CL 266, penalty: 1 year}";
    let counts = format!("[&c {count}, {}]", vec!["*c"; 500].join(", "));
    let judgment = format!("{{court: C, date: 2010-01-08, counts: {counts}}}");
    let judgments = format!("[&j {judgment}, {}]", vec!["*j"; 99].join(", "));
    let text = format!(
        "case: Laughs\njurisdiction: CN\ndefendants:\n  - name: X\n    judgments: {judgments}\n"
    );
    let file = timed("alias replay", || load_str("laughs.yaml", &text));
    assert_error("alias replay", &file, "input.too-many-aliases");

    // Aliases within the limits are expanded: 900 defendants all called X
    // are read, and the duplicates reported.
    let mut s = String::from("case: Clones\njurisdiction: CN\ndefendants:\n");
    s.push_str("  - &a0 {name: X, judgments: [{court: C, date: 2010-01-08}]}\n");
    s.push_str(&format!("  - {}\n", vec!["*a0"; 900].join("\n  - ")));
    let file = timed("900 aliases", || load_str("clones.yaml", &s));
    assert_error("900 aliases", &file, "input.duplicate-defendant");
}

#[test]
fn byte_order_mark_and_crlf_keep_positions() {
    for (what, text) in [
        ("plain", "case: x\njurisdiction: XX\n".to_string()),
        ("BOM", "\u{feff}case: x\njurisdiction: XX\n".to_string()),
        ("CRLF", "case: x\r\njurisdiction: XX\r\n".to_string()),
        (
            "BOM+CRLF",
            "\u{feff}case: x\r\njurisdiction: XX\r\n".to_string(),
        ),
    ] {
        let file = load_str("pos.yaml", &text);
        let f = file
            .findings
            .iter()
            .find(|f| f.code == "input.missing-field")
            .unwrap_or_else(|| panic!("{what}: {:#?}", file.findings));
        assert!(f.span.is_some(), "{what}");
    }
    // An error on the first line: the BOM is not a column.
    for (what, text) in [
        ("plain", "case: [1]\n"),
        ("BOM", "\u{feff}case: [1]\n"),
        ("BOM+CRLF", "\u{feff}case: [1]\r\n"),
    ] {
        let file = load_str("pos.yaml", text);
        let f = &file.findings[0];
        assert_eq!(f.code, "input.wrong-type", "{what}");
        let span = f.span.unwrap();
        assert_eq!((span.line, span.column), (1, 7), "{what}");
    }
    // An error further down, in a file with both.
    let text = format!(
        "\u{feff}{}",
        GOOD.replace("penalty: 2 years 6 months", "penalty: 2 yaers 6 months")
            .replace('\n', "\r\n")
    );
    let file = load_str("bom-crlf.yaml", &text);
    let f = &file.findings[0];
    assert_eq!(f.code, "input.bad-penalty");
    let span = f.span.unwrap();
    assert_eq!((span.line, span.column), (28, 24), "{f:#?}");
    // The byte range points at the word itself.
    assert_eq!(
        text.get(span.byte_offset..span.byte_offset + span.byte_len),
        Some("yaers")
    );
}

#[test]
fn a_tab_is_reported_where_it_is() {
    let text = "case: x\njurisdiction: CN\ndefendants:\n  - name: X\n  \tjudgments: []\n";
    let file = load_str("tab.yaml", text);
    let f = &file.findings[0];
    assert_eq!(f.code, "input.tab-indent", "{:#?}", file.findings);
    let span = f.span.unwrap();
    assert_eq!((span.line, span.column), (5, 3));
    // A tab inside a block of text is content, not indentation.
    let text = GOOD.replace("  organised crime.", "  organised\tcrime.");
    let file = load_str("tab-in-text.yaml", &text);
    assert!(file.case.is_some(), "{:#?}", file.findings);
}

#[test]
fn validate_reports_the_good_file_among_hostile_ones() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sentencing"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["validate", "tests/hostile", "cases/li-zhuang.yaml"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("cases/li-zhuang.yaml: valid"), "{stdout}");
    for (name, expected) in COMMITTED {
        let line = format!("tests/hostile/{name}: ");
        let verdict = stdout
            .lines()
            .find(|l| l.starts_with(&line))
            .unwrap_or_else(|| panic!("no verdict for {name}:\n{stdout}"));
        assert_eq!(verdict.ends_with("valid"), expected.is_none(), "{verdict}");
    }
}

#[test]
fn validate_output_is_deterministic() {
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_sentencing"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["validate", "tests/hostile", "tests/broken", "cases"])
            .output()
            .unwrap()
    };
    let first = run();
    let second = run();
    assert_eq!(first.stdout, second.stdout);
    assert_eq!(first.stderr, second.stderr);
    assert_eq!(first.status.code(), second.status.code());
    // Files come out in the order of the arguments, and each directory's
    // files sorted by path.
    let stdout = String::from_utf8_lossy(&first.stdout);
    let verdicts: Vec<&str> = stdout
        .lines()
        .filter(|l| l.ends_with(": valid") || l.ends_with(" error(s)"))
        .filter_map(|l| l.split(": ").next())
        .collect();
    let mut expected = Vec::new();
    for dir in ["tests/hostile", "tests/broken", "cases"] {
        let mut group: Vec<&str> = verdicts
            .iter()
            .copied()
            .filter(|v| v.starts_with(dir))
            .collect();
        group.sort();
        expected.extend(group);
    }
    assert_eq!(verdicts, expected);
}

/// The most the list limits allow in one defendant (100 judgments of 1,000
/// counts, written compactly: about 4 MB) is read and analysed in time.
#[test]
fn the_largest_defendant_the_limits_allow() {
    let mut s =
        String::from("case: Largest\njurisdiction: CN\ndefendants:\n  - name: X\n    judgments:\n");
    let count = "{offence: fraud, article: CL 266, penalty: 1 year}";
    let counts = vec![count; 1_000].join(", ");
    for i in 0..100 {
        s.push_str(&format!(
            "      - {{court: C, date: {}-01-08, counts: [{counts}], decided: {{penalty: 20 years}}}}\n",
            1950 + i
        ));
    }
    assert!(s.len() as u64 <= DEFAULT_MAX_FILE_BYTES);
    let start = Instant::now();
    let file = load_str("largest.yaml", &s);
    let case = file
        .case
        .as_ref()
        .unwrap_or_else(|| panic!("{:#?}", &file.findings[..3.min(file.findings.len())]));
    let analysis = sentencing::law::analyse(case);
    let _ = sentencing::render::table::case_report(
        "largest.yaml",
        &analysis,
        sentencing::render::table::Style::Terminal,
        sentencing::i18n::Lang::En,
    );
    let took = start.elapsed();
    // Reading and analysing 100,000 counts: a looser bound than the rest
    // (about 7 s alone in a debug build, more when the other tests run at
    // the same time on two cores; well under 1 s in release).
    let limit = if cfg!(debug_assertions) {
        Duration::from_secs(60)
    } else {
        Duration::from_secs(4)
    };
    assert!(took < limit, "took {took:?}, over {limit:?}");
}

#[test]
fn max_file_size_flag_is_used() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sentencing"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["validate", "--max-file-size", "100", "cases/li-zhuang.yaml"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("input.too-large"), "{stdout}");
    assert!(stdout.contains("over the limit of 100 bytes"), "{stdout}");
}

/// `n` judgments of 1,000 counts with an unknown unit each, all on one
/// line when `one_line` (the flow style), else a line per count.
fn many_findings(judgments: usize, one_line: bool) -> String {
    let count = "{offence: o, penalty: 1 yaers}";
    let sep = if one_line { ", " } else { ",\n    " };
    let counts = vec![count; 1_000].join(sep);
    let judgment = format!("{{court: C, date: 2010-01-08, counts: [{counts}]}}");
    let all = vec![judgment; judgments].join(sep);
    format!("case: x\njurisdiction: CN\ndefendants: [{{name: A, judgments: [{all}]}}]\n")
}

/// Rendering is linear (issue #16): each finding hands the renderer its own
/// line, or a window of a long one, never the whole file. Counted in bytes,
/// and timed with the same generous bound as loading.
#[test]
fn rendering_many_findings_is_linear() {
    use sentencing::render::diagnostic::{SourceIndex, render_indexed};
    for (judgments, one_line) in [(20, true), (50, false)] {
        let text = many_findings(judgments, one_line);
        let start = Instant::now();
        let file = load_str("many.yaml", &text);
        let findings: Vec<_> = file.findings.iter().filter(|f| f.is_error()).collect();
        assert!(findings.len() >= judgments * 1_000, "one finding per count");
        let index = SourceIndex::new(&file.source);
        let mut rendered = 0usize;
        for f in &findings {
            rendered += render_indexed("many.yaml", &index, f, sentencing::i18n::Lang::En).len();
        }
        let took = start.elapsed();
        // A window of at most 2 × 80 bytes of context and 160 marked (plus
        // the ellipses) per finding on the long line; a short line each otherwise.
        let per_finding = if one_line { 420 } else { 80 };
        assert!(
            index.shown_bytes() <= findings.len() * per_finding,
            "{} bytes shown for {} findings on a {}-byte file",
            index.shown_bytes(),
            findings.len(),
            text.len()
        );
        assert!(rendered > 0);
        // Loading and rendering tens of thousands of findings: the bound of
        // the largest defendant test (quadratic rendering took minutes).
        let limit = if cfg!(debug_assertions) {
            Duration::from_secs(60)
        } else {
            Duration::from_secs(4)
        };
        assert!(took < limit, "took {took:?}");
    }
}

/// `validate` prints at most 100 findings of a file and counts the rest.
#[test]
fn validate_caps_the_findings_printed_per_file() {
    let dir = std::env::temp_dir().join(format!("sentencing-cap-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("many.yaml");
    std::fs::write(&path, many_findings(2, true)).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sentencing"))
        .args(["validate", path.to_str().unwrap()])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    let errors = stdout.matches("error[").count();
    assert_eq!(errors, 100, "printed");
    let summary = stdout
        .lines()
        .find(|l| l.contains("more finding(s) not shown (the first 100 are)"))
        .unwrap_or_else(|| panic!("{}", &stdout[stdout.len().saturating_sub(800)..]));
    // The count left out: every count's finding but the 100 shown.
    let more: usize = summary
        .split(": ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(more >= 1_900, "{summary}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A 7 MB mapping key (issue #16: 232 MB of memory) is reported with a
/// window of its line, not the whole line per finding.
#[test]
fn a_seven_megabyte_key_is_reported_from_a_window() {
    use sentencing::render::diagnostic::{SourceIndex, render_indexed};
    let text = format!(
        "case: x\njurisdiction: CN\ndefendants: [{{{}: 1}}]\n",
        "k".repeat(7_000_000)
    );
    let start = Instant::now();
    let file = load_str("key.yaml", &text);
    assert!(file.has_errors());
    let index = SourceIndex::new(&file.source);
    for f in &file.findings {
        let shown = render_indexed("key.yaml", &index, f, sentencing::i18n::Lang::En);
        assert!(shown.len() < 4_000, "{} bytes", shown.len());
    }
    assert!(index.shown_bytes() < 1_000 * file.findings.len().max(1));
    let took = start.elapsed();
    assert!(took < TIME_LIMIT, "took {took:?}");
}
