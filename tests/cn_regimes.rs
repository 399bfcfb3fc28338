//! Chinese law as courts apply it beyond CL 69 (issue #12, part B): parole and
//! later crimes (CL 86), the reprieve regimes, the SPC rules. The case files
//! are in tests/cn/; every figure below follows from the statute text cited.

use jiff::civil::{Date, date};
use sentencing::analysis::DefendantAnalysis;
use sentencing::case::load_file;
use sentencing::law::analyse_as_of;
use sentencing::penalty::{Principal, Term};
use std::path::Path;

fn one(path: &str, name: &str) -> DefendantAnalysis {
    let file = load_file(Path::new(path), 1 << 20).unwrap();
    assert!(!file.has_errors(), "{path}: {:?}", file.findings);
    analyse_as_of(file.case.as_ref().unwrap(), Some(date(2026, 1, 1)))
        .defendants
        .into_iter()
        .find(|d| d.name == name)
        .unwrap_or_else(|| panic!("{name} not in {path}"))
}

fn has(d: &DefendantAnalysis, code: &str) -> bool {
    d.findings.iter().any(|f| f.code == code)
}

fn errors(d: &DefendantAnalysis) -> Vec<String> {
    d.findings
        .iter()
        .filter(|f| f.severity == sentencing::finding::Severity::Error)
        .map(|f| format!("{}: {}", f.code, f.message.en()))
        .collect()
}

fn years(y: u32) -> Principal {
    Principal::Imprisonment(Term::years(y))
}

#[allow(dead_code)]
fn day(y: i16, m: i8, d: i8) -> Date {
    date(y, m, d)
}

/// CL 86 ¶1 → 71: 10 years paroled after 5, a new crime judged a year
/// later: the remainder is the 5 years left on the day of parole, the range
/// 5–7 years, and the 6 years decided are lawful.
#[test]
fn cl86_1_parole_new_crime_remainder_from_the_day_of_parole() {
    let d = one("tests/cn/parole-revoked.yaml", "Test Parole New Crime");
    let later = &d.dates.later[0];
    assert_eq!(later.remainder, Some(Term::years(5)));
    assert_eq!(later.served, Term::years(5));
    let range = later.combination.range.unwrap();
    assert_eq!((range.min, range.max), (years(5), years(7)));
    assert_eq!(later.combination.lawful, Some(true));
    assert_eq!(d.dates.term_end, Some(date(2022, 1, 4)));
    assert!(errors(&d).is_empty(), "{:?}", errors(&d));
}

/// CL 86 ¶2 → 70: the time served counted within the combined term stops
/// on the day of parole; the days on parole push the end back.
#[test]
fn cl86_2_parole_discovered_crime_parole_days_not_served() {
    let d = one(
        "tests/cn/parole-revoked.yaml",
        "Test Parole Discovered Crime",
    );
    let later = &d.dates.later[0];
    assert_eq!(later.served, Term::years(5));
    assert_eq!(later.remainder, None);
    let range = later.combination.range.unwrap();
    assert_eq!((range.min, range.max), (years(10), years(12)));
    assert_eq!(later.combination.lawful, Some(true));
    // 11 years from 2010-01-01 end 2020-12-31; 369 days on parole
    // (2015-01-01 to 2016-01-05) are added: 2022-01-04.
    assert_eq!(d.dates.term_end, Some(date(2022, 1, 4)));
    assert!(has(&d, "rule.unverified"));
}

/// CL 86 ¶3: 10 years ending 2019-12-31, paroled 2015-01-01 with 5 years
/// left, revoked 2016-03-01: the 5 years run to 2021-02-28.
#[test]
fn cl86_3_parole_revoked_for_violation_remainder_executed() {
    let d = one("tests/cn/parole-revoked.yaml", "Test Parole Revoked For Violation");
    assert_eq!(d.dates.term_end, Some(date(2021, 2, 28)));
    assert!(errors(&d).is_empty(), "{:?}", errors(&d));
}

/// CL 86 ¶2 with the return to custody recorded: the 323 days on parole
/// (2015-01-01 to 2015-11-20) move the end from 2020-12-31 to 2021-11-19.
#[test]
fn cl86_2_parole_discovered_crime_recorded_return() {
    let d = one(
        "tests/cn/parole-revoked.yaml",
        "Test Parole Discovered Crime Return Recorded",
    );
    assert_eq!(d.dates.term_end, Some(date(2021, 11, 19)));
    assert!(!has(&d, "rule.unverified"));
}
