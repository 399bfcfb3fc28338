//! Exports that could attack the person who opens them (issue #16): CSV
//! formula injection (OWASP "CSV Injection") and raw HTML or `javascript:`
//! links in Markdown.

use sentencing::case::load_str;
use sentencing::i18n::Lang;
use sentencing::law::analyse;
use sentencing::render::table::{CompareRow, Style, case_report, compare_table};

const HOSTILE_NAME: &str = "=HYPERLINK(\"http://evil.example\",\"x\")";

fn case_with(name: &str, offence: &str) -> sentencing::analysis::CaseAnalysis {
    let text = format!(
        "case: '<img src=x onerror=alert(1)>'\njurisdiction: CN\ndefendants:\n  - name: '{name}'\n    judgments:\n      - court: C\n        date: 2010-01-08\n        counts:\n          - offence: '{offence}'\n            penalty: 1 year\n"
    );
    let f = load_str("x.yaml", &text);
    analyse(
        f.case
            .as_ref()
            .unwrap_or_else(|| panic!("{:?}", f.findings)),
    )
}

#[test]
fn csv_cells_that_start_a_formula_are_neutralised() {
    for lead in ['=', '+', '-', '@'] {
        let name = format!("{lead}1+1");
        let a = case_with(&name, "@SUM(A1:A9)");
        let rows: Vec<CompareRow<'_>> = a
            .defendants
            .iter()
            .map(|d| CompareRow {
                case: &a.title,
                path: "-x.yaml",
                defendant: d,
                provenance: &a.provenance,
            })
            .collect();
        for text in [
            sentencing::render::csv::compare(&rows, Lang::En).unwrap(),
            sentencing::render::csv::report(&[("=x.yaml".into(), a.clone())], Lang::En).unwrap(),
        ] {
            let mut reader = ::csv::Reader::from_reader(text.as_bytes());
            for record in reader.records() {
                for cell in record.unwrap().iter() {
                    assert!(
                        !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                        "{cell:?} in\n{text}"
                    );
                }
            }
            assert!(text.contains(&format!("'{lead}1+1")), "{text}");
        }
    }
}

#[test]
fn csv_hyperlink_name_is_text() {
    let a = case_with(&HOSTILE_NAME.replace('\'', ""), "fraud");
    let text = sentencing::render::csv::report(&[("x.yaml".into(), a)], Lang::En).unwrap();
    assert!(text.contains("'=HYPERLINK("), "{text}");
}

#[test]
fn csv_leaves_figures_alone() {
    assert_eq!(sentencing::render::csv::text_cell("P1Y6M"), "P1Y6M");
    assert_eq!(sentencing::render::csv::text_cell("Li Zhuang"), "Li Zhuang");
    assert_eq!(sentencing::render::csv::text_cell("\tx"), "'\tx");
    assert_eq!(sentencing::render::csv::text_cell("\rx"), "'\rx");
}

#[test]
fn markdown_escapes_raw_html_and_links() {
    let a = case_with(
        "[click](javascript:alert(1))",
        "<script>alert(1)</script> ![t](http://tracker.example/p.png)",
    );
    let md = case_report("x.yaml", &a, Style::Markdown, Lang::En);
    assert!(!md.contains("<script>"), "{md}");
    assert!(!md.contains("<img"), "{md}");
    assert!(!md.contains("[click]("), "{md}");
    assert!(!md.contains("![t]("), "{md}");
    assert!(md.contains("&lt;script&gt;"), "{md}");
    let rows: Vec<CompareRow<'_>> = a
        .defendants
        .iter()
        .map(|d| CompareRow {
            case: &a.title,
            path: "x.yaml",
            defendant: d,
            provenance: &a.provenance,
        })
        .collect();
    let md = compare_table(&rows, Style::Markdown, Lang::En);
    assert!(!md.contains("<img"), "{md}");
    assert!(!md.contains("[click]("), "{md}");
}

#[test]
fn markdown_code_span_survives_backticks() {
    use sentencing::render::table::markdown_code;
    assert_eq!(markdown_code("a.yaml"), "`a.yaml`");
    assert_eq!(markdown_code("a`b.yaml"), "`` a`b.yaml ``");
}

/// One 3-million-character name padded every row of `compare` to 3 MB
/// (issue #16): display values are cut with an ellipsis; CSV keeps them whole.
#[test]
fn a_huge_name_does_not_pad_every_compare_row() {
    let huge = "N".repeat(3_000_000);
    let a = case_with(&huge, "fraud");
    let b = case_with("Short", "fraud");
    let rows: Vec<CompareRow<'_>> = [&a, &b]
        .iter()
        .flat_map(|a| {
            a.defendants.iter().map(move |d| CompareRow {
                case: &a.title,
                path: "x.yaml",
                defendant: d,
                provenance: &a.provenance,
            })
        })
        .collect();
    for style in [Style::Terminal, Style::Markdown, Style::Html] {
        let table = compare_table(&rows, style, Lang::En);
        assert!(table.len() < 20_000, "{style:?}: {} bytes", table.len());
        assert!(table.contains("NNN…"), "{style:?}");
    }
    let csv = sentencing::render::csv::compare(&rows, Lang::En).unwrap();
    assert!(csv.contains(&huge));
}
