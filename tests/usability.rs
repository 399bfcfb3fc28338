//! What a new user, a journalist and a spreadsheet meet first (issue #14):
//! tables that fit the width without breaking a date or a rule id, standard
//! input, machine-readable validation, exit statuses, the manual page, CSV
//! for Excel.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn sentencing(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sentencing"))
        .args(args)
        .env_remove("COLUMNS")
        .output()
        .unwrap()
}

fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sentencing"))
        .args(args)
        .env_remove("COLUMNS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A command that refuses its arguments does not read its input.
    let _ = child.stdin.take().unwrap().write_all(input);
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn display_width(line: &str) -> usize {
    sentencing::render::fit::display_width(line)
}

/// Every date and every rule id in a text, with how often it occurs.
fn dates_and_ids(text: &str) -> BTreeMap<String, usize> {
    let mut found = BTreeMap::new();
    for word in text.split(|c: char| {
        c.is_whitespace() || "│┆|()[]（），,;；:：「」".contains(c) || !c.is_ascii() && c != '¶'
    }) {
        let w = word.trim_matches(|c: char| c == '.' || c == '`');
        let is_date = w.len() == 10
            && w.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        let is_rule_id = ["cn.", "de.", "tw.", "jp.", "us.", "gb."]
            .iter()
            .any(|p| w.starts_with(p))
            && w.len() > 8;
        if is_date || is_rule_id {
            *found.entry(w.to_string()).or_insert(0) += 1;
        }
    }
    found
}

/// The cores of Chinese citations in a text (`《刑法》第六十九条第一款`,
/// `《减刑假释规定》（2016）第二十三条`), with how often each occurs.
fn chinese_citations(text: &str) -> BTreeMap<String, usize> {
    const NUMBERING: &str = "第一二三四五六七八九十百千零条款项之";
    let mut found = BTreeMap::new();
    for (i, _) in text.match_indices('《') {
        let rest = &text[i..];
        let Some(close) = rest.find('》') else {
            continue;
        };
        let mut end = close + '》'.len_utf8();
        let after = &rest[end..];
        // An optional year: `（2016）`.
        if let Some(year) = after.strip_prefix('（')
            && year.len() >= 4 + '）'.len_utf8()
            && year.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && year[4..].starts_with('）')
        {
            end += '（'.len_utf8() + 4 + '）'.len_utf8();
        }
        let numbers: usize = rest[end..]
            .chars()
            .take_while(|c| NUMBERING.contains(*c))
            .map(char::len_utf8)
            .sum();
        if numbers > 0 && rest[end..].starts_with('第') {
            *found.entry(rest[..end + numbers].to_string()).or_insert(0) += 1;
        }
    }
    found
}

/// Tables at 60, 80, 120 and 200 columns: no line is wider than asked
/// (except a single unbreakable address), and every date and rule id of the
/// unconstrained layout is still there, whole.
#[test]
fn tables_fit_the_width_without_breaking_dates_or_rule_ids() {
    for command in [
        vec!["report", "--as-of", "2026-01-01", "cases"],
        vec!["--lang", "zh", "report", "--as-of", "2026-01-01", "cases"],
        vec!["compare", "cases"],
        vec!["rules"],
        vec!["--lang", "zh", "rules"],
    ] {
        let wide = stdout(&sentencing(
            &[command.as_slice(), &["--width", "10000"]].concat(),
        ));
        let reference = dates_and_ids(&wide);
        let citations = chinese_citations(&wide);
        assert_eq!(
            citations.len() > 5,
            command.contains(&"zh"),
            "{command:?}: Chinese citations to check"
        );
        assert!(reference.len() > 10, "{command:?}: too few dates to check");
        for width in [60usize, 80, 120, 200] {
            let w = width.to_string();
            let text = stdout(&sentencing(
                &[command.as_slice(), &["--width", w.as_str()]].concat(),
            ));
            for line in text.lines() {
                assert!(
                    display_width(line) <= width
                        || (!line.trim().contains(' ') || line.contains("://")),
                    "{command:?} at {width}: a line of {} columns:\n{line}",
                    display_width(line)
                );
            }
            assert_eq!(
                dates_and_ids(&text),
                reference,
                "{command:?} at {width}: a date or rule id was broken"
            );
            assert_eq!(
                chinese_citations(&text),
                citations,
                "{command:?} at {width}: a Chinese citation was broken"
            );
        }
    }
}

/// `compare` of every bundled case: at 200 columns a table, its case titles
/// moved to a second table; at 80 a block per defendant with the full title.
#[test]
fn compare_changes_layout_with_the_width() {
    let wide = stdout(&sentencing(&["compare", "--width", "200", "cases"]));
    assert!(wide.starts_with("┌──────┬"), "{wide}");
    // Fourteen bundled cases (Lei Hui's suspended sentence the seventh, the
    // GB recall example before the GB release example).
    assert!(wide.contains("│ 14 ┆ Wang Lijun — defection and the Heywood cover-up"));
    let narrow = stdout(&sentencing(&["compare", "--width", "80", "cases"]));
    assert!(narrow.starts_with("• Case"), "{narrow}");
    assert!(narrow.contains("  Defendant             Wang Lijun\n"));
    let rows = narrow.lines().filter(|l| l.starts_with("• ")).count();
    assert_eq!(rows, bundled_defendants());
}

/// Defendants in the bundled case files (each written `  - name:`), so that
/// a new bundled defendant does not break the layout test.
fn bundled_defendants() -> usize {
    let mut n = 0;
    for entry in std::fs::read_dir("cases").unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        n += text.lines().filter(|l| l.starts_with("  - name:")).count();
    }
    n
}

#[test]
fn the_width_comes_from_columns_and_defaults_to_100_in_a_pipe() {
    let piped = stdout(&sentencing(&["rules", "CN"]));
    assert!(piped.lines().all(|l| display_width(l) <= 100));
    assert!(piped.lines().any(|l| display_width(l) > 80));
    let narrow = Command::new(env!("CARGO_BIN_EXE_sentencing"))
        .args(["rules", "CN"])
        .env("COLUMNS", "70")
        .output()
        .unwrap();
    assert!(stdout(&narrow).lines().all(|l| display_width(l) <= 70));
    let refused = sentencing(&["rules", "--width", "5"]);
    assert_eq!(refused.status.code(), Some(2));
}

/// The first line says which day the figures are counted to, and that it is today.
#[test]
fn the_as_of_line_says_today_when_not_set() {
    let out = stdout(&sentencing(&["report", "cases/li-zhuang.yaml"]));
    let today = jiff::ZonedDateTime::now().date().to_string();
    let first = out.lines().next().unwrap();
    assert!(
        first.starts_with(&format!("As of {today} (today")),
        "{first}"
    );
    let set = stdout(&sentencing(&[
        "report",
        "--as-of",
        "2026-01-01",
        "cases/li-zhuang.yaml",
    ]));
    assert!(set.starts_with("As of 2026-01-01 (set with --as-of)"));
}

/// `-` reads a case from standard input, named `<stdin>` in messages;
/// `new -` writes the starter file to standard output.
#[test]
fn standard_input_for_report_compare_validate_and_new() {
    let starter = sentencing(&["new", "-"]);
    assert!(starter.status.success());
    assert!(!std::path::Path::new("-").exists());
    let case = std::fs::read("cases/li-zhuang.yaml").unwrap();
    let report = with_stdin(&["report", "--as-of", "2026-01-01", "-"], &case);
    assert!(report.status.success());
    assert!(stdout(&report).contains("<stdin> · jurisdiction CN"));
    let compare = with_stdin(
        &["compare", "-f", "csv", "-", "cases/wang-lijun.yaml"],
        &case,
    );
    assert!(compare.status.success());
    assert!(stdout(&compare).contains("<stdin>,Li Zhuang"));
    let validate = with_stdin(&["validate", "-"], &starter.stdout);
    assert!(validate.status.success(), "{}", stdout(&validate));
    assert!(stdout(&validate).contains("<stdin>: valid"));
    let broken = std::fs::read("tests/broken/typo-field.yaml").unwrap();
    let validate = with_stdin(&["validate", "-"], &broken);
    assert_eq!(validate.status.code(), Some(1));
    assert!(stdout(&validate).contains("--> <stdin>:5:5"));
    let twice = with_stdin(&["validate", "-", "-"], &broken);
    assert_eq!(twice.status.code(), Some(2));
}

/// `validate --format json`: each finding with file, line, column, code,
/// severity, message and hint; SARIF 2.1.0 for code-scanning tools.
#[test]
fn validate_json_and_sarif() {
    let out = sentencing(&[
        "validate",
        "-f",
        "json",
        "tests/broken/typo-field.yaml",
        "cases/li-zhuang.yaml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["valid"], 1);
    assert_eq!(doc["total"], 2);
    let f = &doc["files"][0];
    assert_eq!(f["file"], "tests/broken/typo-field.yaml");
    assert_eq!(f["valid"], false);
    let finding = &f["findings"][0];
    assert_eq!(finding["line"], 5);
    assert_eq!(finding["column"], 5);
    assert_eq!(finding["code"], "input.unknown-field");
    assert_eq!(finding["severity"], "error");
    assert_eq!(finding["message"], "unknown field `judgements`");
    assert!(finding["hint"].as_str().unwrap().contains("judgments"));
    assert_eq!(doc["files"][1]["valid"], true);

    // A path that cannot be read is an entry too (and exit 2).
    let out = sentencing(&["validate", "-f", "json", "no/such/file.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["total"], 1);
    assert_eq!(doc["files"][0]["file"], "no/such/file.yaml");
    assert!(
        doc["files"][0]["read_error"]
            .as_str()
            .unwrap()
            .contains("cannot read")
    );
    let out = sentencing(&["validate", "-f", "sarif", "no/such/file.yaml"]);
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(sarif["runs"][0]["results"][0]["ruleId"], "input.unreadable");

    let out = sentencing(&["validate", "-f", "sarif", "tests/broken"]);
    assert_eq!(out.status.code(), Some(1));
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "sentencing");
    let results = run["results"].as_array().unwrap();
    assert!(results.len() >= 7);
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    for r in results {
        assert!(rules.contains(&r["ruleId"].as_str().unwrap()));
        assert!(["error", "warning", "note"].contains(&r["level"].as_str().unwrap()));
        let loc = &r["locations"][0]["physicalLocation"];
        assert!(
            loc["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .starts_with("tests/broken/")
        );
        assert!(loc["region"]["startLine"].as_u64().unwrap() > 0);
    }
}

/// Every diagnostic, in every broken file and every bundled case, ends with
/// a `help:` line.
#[test]
fn every_diagnostic_has_a_help_line() {
    for dir in ["tests/broken", "tests/juris", "tests/dates", "cases"] {
        let out = stdout(&sentencing(&["validate", dir]));
        let diagnostics = out
            .lines()
            .filter(|l| l.starts_with("error[") || l.starts_with("warning["))
            .count();
        let helps = out.lines().filter(|l| l.starts_with("help: ")).count();
        assert_eq!(diagnostics, helps, "{dir}:\n{out}");
    }
}

/// A folder without case files is a usage problem (exit 2), as ripgrep
/// treats a search of no files, for every command that reads cases.
#[test]
fn an_empty_folder_is_a_usage_error() {
    let dir = std::env::temp_dir().join(format!("sentencing-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.to_str().unwrap();
    for command in ["validate", "report", "compare"] {
        let out = sentencing(&[command, path]);
        assert_eq!(out.status.code(), Some(2), "{command}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("no case files"), "{command}: {err}");
    }
    std::fs::remove_dir(&dir).unwrap();
}

/// `compare` exits with 1 when a court's figure is unlawful, as `report` does.
#[test]
fn compare_fails_on_an_unlawful_figure() {
    let ok = sentencing(&["compare", "cases/wang-lijun.yaml"]);
    assert_eq!(ok.status.code(), Some(0));
    let bad = sentencing(&[
        "compare",
        "tests/broken/out-of-range.yaml",
        "cases/wang-lijun.yaml",
    ]);
    assert_eq!(bad.status.code(), Some(1));
    let report = sentencing(&["report", "tests/broken/out-of-range.yaml"]);
    assert_eq!(report.status.code(), bad.status.code());
}

/// `rules --format` gives each format, not the terminal table.
#[test]
fn rules_honours_every_format() {
    let md = stdout(&sentencing(&["rules", "-f", "markdown", "CN"]));
    assert!(md.starts_with("| Jurisdiction | Rule |"));
    let html = stdout(&sentencing(&["rules", "-f", "html", "CN"]));
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<td>cn.cl69.1.absorption</td>"));
    let csv_text = stdout(&sentencing(&["rules", "-f", "csv", "CN"]));
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "jurisdiction",
            "id",
            "citation",
            "in_force_from",
            "in_force_until",
            "verification",
            "summary"
        ]
    );
    assert!(reader.records().count() > 20);
    let json = stdout(&sentencing(&["rules", "-f", "json", "CN"]));
    assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
}

/// `-o FILE` writes the output there; `--bom` makes a CSV that Excel opens
/// as UTF-8, Chinese intact.
#[test]
fn output_file_and_byte_order_mark() {
    let path = std::env::temp_dir().join(format!("sentencing-bom-{}.csv", std::process::id()));
    let p = path.to_str().unwrap();
    let out = sentencing(&[
        "--lang",
        "zh",
        "compare",
        "-f",
        "csv",
        "--bom",
        "-o",
        p,
        "cases/wang-lijun.yaml",
    ]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]));
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("王立军"));
    std::fs::remove_file(&path).unwrap();
    let plain = stdout(&sentencing(&[
        "compare",
        "-f",
        "csv",
        "cases/wang-lijun.yaml",
    ]));
    assert!(plain.starts_with("file,"));
}

/// The man page has an EXIT STATUS section, and every command page it
/// names (`sentencing-report(1)`) can be printed.
#[test]
fn man_page_exit_status_and_command_pages() {
    let page = stdout(&sentencing(&["man"]));
    assert!(page.contains(".SH \"EXIT STATUS\""));
    for code in ["\\fB0\\fR", "\\fB1\\fR", "\\fB2\\fR"] {
        assert!(page.contains(code));
    }
    let named: Vec<String> = page
        .split("sentencing\\-")
        .skip(1)
        .filter_map(|rest| rest.split_once("(1)").map(|(name, _)| name.to_string()))
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .collect();
    assert!(named.len() >= 7, "{named:?}");
    for name in named {
        let sub = sentencing(&["man", &name]);
        assert!(sub.status.success(), "sentencing-{name}(1)");
        let text = stdout(&sub);
        assert!(text.contains(&format!(".TH sentencing-{name} 1")), "{name}");
        assert!(text.contains(".SH \"EXIT STATUS\""));
    }
    assert_eq!(sentencing(&["man", "nonsense"]).status.code(), Some(2));
}

/// Short flags and examples in each command's `--help`.
#[test]
fn help_has_examples_and_short_flags() {
    for command in [
        "report",
        "compare",
        "validate",
        "rules",
        "new",
        "man",
        "completions",
        "schema",
        "import",
    ] {
        let help = stdout(&sentencing(&[command, "--help"]));
        assert!(help.contains("Examples:"), "{command}");
        assert!(help.contains("-o, --output <FILE>"), "{command}");
    }
    for command in ["report", "compare", "validate", "rules", "import"] {
        let help = stdout(&sentencing(&[command, "--help"]));
        assert!(help.contains("-f, --format <FORMAT>"), "{command}");
    }
}

/// A case's summary and sources appear in every report format and in
/// `compare --format json`.
#[test]
fn provenance_in_every_format() {
    let title = "Wang Lijun sentenced to 15 years";
    let url = "https://chinadigitaltimes.net/2012/09/wang-lijun-sentenced-to-15-years/";
    let summary_start = "Former vice-mayor and police chief of Chongqing.";
    let args = |format: &str| {
        stdout(&sentencing(&[
            "report",
            "--width",
            "200",
            "--as-of",
            "2026-01-01",
            "-f",
            format,
            "cases/wang-lijun.yaml",
        ]))
    };
    let table = args("table");
    assert!(table.contains(summary_start) && table.contains(title) && table.contains(url));
    let md = args("markdown");
    assert!(md.contains(&format!("- [{title}](<{url}>)")));
    let html = args("html");
    assert!(html.contains(&format!("<a href=\"{url}\">{title}</a>")));
    let json: serde_json::Value = serde_json::from_str(&args("json")).unwrap();
    let p = &json["files"][0]["provenance"];
    assert!(p["summary"].as_str().unwrap().starts_with(summary_start));
    assert_eq!(p["sources"][0]["url"], url);
    let compare: serde_json::Value = serde_json::from_slice(
        &sentencing(&["compare", "-f", "json", "cases/wang-lijun.yaml"]).stdout,
    )
    .unwrap();
    let row = &compare["rows"][0];
    assert_eq!(row["jurisdiction"], "CN");
    assert_eq!(row["provenance"]["sources"][0]["title"], title);
}
