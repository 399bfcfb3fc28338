//! `sentencing import` on files: writing case files, never over an existing
//! one without `--force`, JSON Lines needing `--field`, standard input, and
//! the exit status (0 all imported, 1 something refused, 2 unreadable).

use std::path::PathBuf;
use std::process::{Command, Output};

const JUDGMENT: &str = "examples/judgments/zhejiang-sanmen-2018-41.txt";
const APPEAL: &str = "tests/judge/refused-appeal.txt";

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sentencing"));
    cmd.args(args);
    match stdin {
        Some(text) => {
            use std::io::Write;
            cmd.stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
            let mut child = cmd.spawn().unwrap();
            child
                .stdin
                .take()
                .unwrap()
                .write_all(text.as_bytes())
                .unwrap();
            child.wait_with_output().unwrap()
        }
        None => cmd.output().unwrap(),
    }
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("sentencing-import-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

#[test]
fn writes_a_case_file_and_never_overwrites_it_without_force() {
    let dir = temp_dir("force");
    let out = dir.to_str().unwrap();
    let first = run(&["import", "--out", out, JUDGMENT], None);
    assert_eq!(first.status.code(), Some(0), "{first:?}");
    let file = dir.join("2018-浙1022刑初41号.yaml");
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.contains("stated_term:"));
    std::fs::write(&file, "changed by hand").unwrap();
    let second = run(&["import", "--out", out, JUDGMENT], None);
    assert_eq!(second.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&second.stdout).contains("--force"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "changed by hand");
    let forced = run(&["import", "--force", "--out", out, JUDGMENT], None);
    assert_eq!(forced.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), written);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_refused_judgment_does_not_stop_the_batch_and_sets_status_1() {
    let dir = temp_dir("batch");
    let o = run(
        &["import", "--out", dir.to_str().unwrap(), APPEAL, JUDGMENT],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    let report = String::from_utf8_lossy(&o.stdout);
    // The appeal sentences anew, but its decided term is cut short by the
    // court ("决定执行有期徒刑六个；"): that defendant is refused, located.
    assert!(report.contains("import.phrase-not-read"), "{report}");
    assert!(report.contains("有期徒刑六个"), "{report}");
    assert!(dir.join("2018-浙1022刑初41号.yaml").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn json_lines_need_the_field_and_read_it() {
    let line =
        serde_json::json!({"id": 1, "fd": std::fs::read_to_string(JUDGMENT).unwrap()}).to_string();
    let without = run(&["import", "--dry-run", "-"], Some(&line));
    // Without --field, standard input is one plain-text judgment: the JSON
    // text is read as such and still has the judgment's parts.
    assert_eq!(without.status.code(), Some(0));
    let with = run(&["import", "--dry-run", "--field", "fd", "-"], Some(&line));
    assert_eq!(with.status.code(), Some(0), "{with:?}");
    assert!(String::from_utf8_lossy(&with.stdout).contains("吴某1"));
    let wrong = run(
        &["import", "--dry-run", "--field", "text", "-"],
        Some(&line),
    );
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("no text field `text`"));
}

#[test]
fn an_imported_case_file_loads_and_its_stated_term_is_confirmed() {
    let o = run(&["import", "--dry-run", JUDGMENT], None);
    let yaml = String::from_utf8(o.stdout).unwrap();
    let f = sentencing::case::load_str("imported.yaml", &yaml);
    assert!(!f.has_errors(), "{:?}", f.findings);
    let case = f.case.unwrap();
    assert_eq!(
        case.sources[0].case_number.as_deref(),
        Some("（2018）浙1022刑初41号")
    );
    assert_eq!(case.sources[0].sha256.as_ref().map(|s| s.len()), Some(64));
    let a = sentencing::law::analyse(&case);
    assert!(a.defendants[0].dates.stated_term.unwrap().confirmed());
    // Every provenance quote is the source text at its byte offset.
    let text = std::fs::read_to_string(JUDGMENT).unwrap();
    for p in &case.provenance {
        if let (Some(q), Some(at)) = (&p.quote, p.at) {
            let at = at as usize;
            assert_eq!(&text[at..at + q.len()], q, "{}", p.field);
        }
    }
}

/// Hostile input: every prefix of a judgment, and the judgment with its
/// punctuation and digits scrambled, is read without a panic (a refusal or
/// a case file that loads).
#[test]
fn truncated_and_scrambled_judgments_never_panic() {
    let text = std::fs::read_to_string(JUDGMENT).unwrap();
    let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(5).collect();
    for cut in cuts {
        let r = sentencing::import::import(&text[..cut], "prefix");
        if let Some(file) = r.case_file {
            let f = sentencing::case::load_str("prefix.yaml", &file);
            assert!(!f.has_errors(), "prefix {cut}: {:?}", f.findings);
        }
    }
    let scrambled: String = text
        .chars()
        .map(|c| match c {
            '，' => '。',
            '。' => '，',
            '年' => '月',
            '1' => '9',
            c => c,
        })
        .collect();
    let _ = sentencing::import::import(&scrambled, "scrambled");
    let _ = sentencing::import::import("", "empty");
    let _ = sentencing::import::import("判决如下：被告人犯罪，判处有期徒刑", "fragment");
}
