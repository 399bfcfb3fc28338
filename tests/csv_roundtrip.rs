//! The CSV output parses back with the `csv` crate into the same figures.

use sentencing::case::load_file;
use sentencing::law::analyse;
use sentencing::render::csv;
use sentencing::render::table::CompareRow;
use std::path::Path;

fn bundled() -> Vec<(String, sentencing::analysis::CaseAnalysis)> {
    ["bo-xilai", "heywood-murder", "li-zhuang", "wang-lijun"]
        .iter()
        .map(|n| {
            let path = format!("cases/{n}.yaml");
            let f = load_file(Path::new(&path), 1 << 20).unwrap();
            (path, analyse(f.case.as_ref().unwrap()))
        })
        .collect()
}

#[test]
fn compare_csv_round_trips() {
    let cases = bundled();
    let rows: Vec<CompareRow<'_>> = cases
        .iter()
        .flat_map(|(p, a)| {
            a.defendants.iter().map(move |d| CompareRow {
                case: &a.title,
                path: p,
                defendant: d,
                provenance: &a.provenance,
            })
        })
        .collect();
    let text = csv::compare(&rows, sentencing::i18n::Lang::En).unwrap();
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let records: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), rows.len());
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let wang = records
        .iter()
        .find(|r| &r[col("defendant")] == "Wang Lijun")
        .unwrap();
    assert_eq!(&wang[col("range_min")], "9 years");
    assert_eq!(&wang[col("range_max")], "20 years");
    assert_eq!(&wang[col("decided")], "15 years");
    assert_eq!(&wang[col("lawful")], "yes");
    // One form per column: text, then ISO 8601 beside it.
    assert_eq!(&wang[col("highest")], "9 years");
    assert_eq!(&wang[col("highest_iso")], "P9Y");
    assert_eq!(&wang[col("total")], "20 years");
    assert_eq!(&wang[col("total_iso")], "P20Y");
    assert_eq!(&wang[col("decided_iso")], "P15Y");
    assert_eq!(&wang[col("reduction")], "5 years");
    assert_eq!(&wang[col("reduction_iso")], "P5Y");
    assert_eq!(&wang[col("parole_after")], "7 years 6 months");
    assert_eq!(&wang[col("parole_after_iso")], "P7Y6M");
    assert_eq!(&wang[col("jurisdiction")], "CN");
    assert_eq!(
        &wang[col("term_end")],
        cases[3].1.defendants[0].dates.term_end.unwrap().to_string()
    );
    // A title with a comma survives quoting.
    let bo = records
        .iter()
        .find(|r| &r[col("defendant")] == "Bo Xilai")
        .unwrap();
    assert_eq!(
        &bo[col("case")],
        "Bo Xilai — bribery, embezzlement and abuse of power"
    );
}

#[test]
fn report_csv_has_a_row_per_count() {
    let cases = bundled();
    let text = csv::report(&cases, sentencing::i18n::Lang::En).unwrap();
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    let records: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let counts: usize = cases
        .iter()
        .flat_map(|(_, a)| &a.defendants)
        .map(|d| d.counts.len())
        .sum();
    assert_eq!(records.len(), counts);
    // The dates are in the report CSV too, on every count of the defendant.
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let wang: Vec<_> = records
        .iter()
        .filter(|r| &r[col("defendant")] == "Wang Lijun")
        .collect();
    assert_eq!(wang.len(), 4);
    // The same days as the analysis (the dates tests check the days themselves).
    let dates = &cases
        .iter()
        .flat_map(|(_, a)| &a.defendants)
        .find(|d| d.name == "Wang Lijun")
        .unwrap()
        .dates;
    let iso = |d: Option<jiff::civil::Date>| d.unwrap().to_string();
    for r in &wang {
        assert_eq!(&r[col("term_start")], iso(dates.term_start));
        assert_eq!(&r[col("term_end")], iso(dates.term_end));
        assert_eq!(&r[col("parole_eligible")], iso(dates.parole_eligible));
        assert_eq!(&r[col("decided")], "15 years");
        assert_eq!(&r[col("decided_iso")], "P15Y");
    }
    assert!(
        records
            .iter()
            .any(|r| r.iter().any(|c| c == "1,000,000 CNY"))
    );
}
