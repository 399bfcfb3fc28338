//! Case files of the jurisdictions other than China: figures from the
//! statute text, worked through by hand.

use jiff::civil::date;
use sentencing::case::load_str;
use sentencing::law::analyse_as_of;
use sentencing::penalty::{Principal, Term};

fn load(name: &str, text: &str) -> sentencing::case::Case {
    let f = load_str(name, text);
    assert!(
        f.case.is_some(),
        "{name}: {:?}",
        f.findings.iter().map(|f| &f.message).collect::<Vec<_>>()
    );
    f.case.unwrap()
}

fn findings(name: &str, text: &str) -> Vec<sentencing::finding::Finding> {
    load_str(name, text).findings
}

#[test]
fn stgb_54_worked_example_and_57_dates() {
    let case = load(
        "de.yaml",
        include_str!("../cases/de-worked-example-gesamtstrafe.yaml"),
    );
    let a = analyse_as_of(&case, Some(date(2026, 1, 1)));
    let d = &a.defendants[0];
    let c = d.combination.as_ref().unwrap();
    assert_eq!(c.lawful, Some(true));
    assert_eq!(c.total, Some(Term::new(4, 3, 0).unwrap()));
    // § 51: 2023-02-01 – 2023-05-31 = 120 days; execution 2023-07-03.
    assert_eq!(d.dates.custody_credit_days, Some(120));
    assert_eq!(d.dates.term_start, Some(date(2023, 3, 5)));
    assert_eq!(d.dates.term_end, Some(date(2026, 9, 4)));
    // § 57 ¶1: ⌈1280 × 2/3⌉ = 854 days from 2023-03-05.
    assert_eq!(d.dates.parole_eligible, Some(date(2025, 7, 6)));
    // § 57a: life, 15 years from the first day in custody (¶2).
    let b = &a.defendants[1];
    assert_eq!(
        b.combination.as_ref().unwrap().decided,
        Some(Principal::Life)
    );
    assert_eq!(b.dates.parole_eligible, Some(date(2037, 11, 20)));
}

#[test]
fn stgb_54_2_sum_reached_is_an_error() {
    let case = load("x.yaml", include_str!("juris/de-unlawful-aggregate.yaml"));
    let a = analyse_as_of(&case, None);
    let d = &a.defendants[0];
    assert_eq!(d.combination.as_ref().unwrap().lawful, Some(false));
    assert!(
        d.findings
            .iter()
            .any(|f| f.code == "de.stgb54.outside-range")
    );
}

#[test]
fn stgb_day_fines_are_refused_as_not_yet_supported() {
    let text = "case: x\njurisdiction: DE\ndefendants:\n  - name: A\n    judgments:\n      - court: AG\n        date: 2024-01-01\n        counts:\n          - offence: Diebstahl\n            penalty: 90 Tagessätze zu je 50 Euro\n";
    let f = findings("x.yaml", text);
    assert!(
        f.iter().any(|f| f.message.contains("not yet supported")),
        "{f:?}"
    );
}

#[test]
fn art51_worked_example_and_art77_dates() {
    let case = load(
        "tw.yaml",
        include_str!("../cases/tw-worked-example-art51.yaml"),
    );
    let a = analyse_as_of(&case, None);
    let d = &a.defendants[0];
    let c = d.combination.as_ref().unwrap();
    assert_eq!(c.total, Some(Term::years(37)));
    assert_eq!(c.cap, Some(Term::years(30)));
    assert_eq!(c.lawful, Some(true));
    // 20 years 6 months from 2021-03-01 (custody credited): 7486 days;
    // more than half = 3744 days → 2031-06-01.
    assert_eq!(d.dates.parole_eligible, Some(date(2031, 6, 1)));
    // A recidivist: more than two-thirds.
    let b = &a.defendants[1];
    assert_eq!(b.dates.parole_eligible, Some(date(2024, 6, 22)));
}

#[test]
fn art51_5_over_30_years_is_an_error() {
    let case = load("x.yaml", include_str!("juris/tw-over-the-cap.yaml"));
    let a = analyse_as_of(&case, None);
    assert_eq!(
        a.defendants[0].combination.as_ref().unwrap().lawful,
        Some(false)
    );
}

#[test]
fn taiwanese_numerals_and_traditional_characters() {
    use sentencing::law::tw::parse_penalty;
    assert_eq!(
        parse_penalty("有期徒刑貳年陸月").unwrap(),
        Principal::Imprisonment(Term::new(2, 6, 0).unwrap())
    );
    assert_eq!(
        parse_penalty("有期徒刑3年6月").unwrap(),
        Principal::Imprisonment(Term::new(3, 6, 0).unwrap())
    );
    assert_eq!(parse_penalty("無期徒刑").unwrap(), Principal::Life);
}

#[test]
fn fields_of_other_jurisdictions_are_refused() {
    let text = "case: x\njurisdiction: DE\ndefendants:\n  - name: A\n    judgments:\n      - court: AG\n        date: 2024-01-01\n        counts:\n          - offence: a\n            penalty: 1 Jahr\n          - offence: b\n            penalty: 1 Jahr\n            consecutive_to: [1]\n        decided:\n          penalty: 1 Jahr 6 Monate\n";
    let f = findings("x.yaml", text);
    assert!(
        f.iter()
            .any(|f| f.code == "input.field-not-for-jurisdiction"),
        "{f:?}"
    );
    let text = text
        .replace("jurisdiction: DE", "jurisdiction: CN")
        .replace("Jahr 6 Monate", "year 6 months")
        .replace("Jahr", "year");
    let f = findings("x.yaml", &text);
    assert!(
        f.iter()
            .any(|f| f.code == "input.field-not-for-jurisdiction")
    );
}

#[test]
fn every_jurisdiction_has_a_starter_that_validates() {
    for j in sentencing::case::JurisdictionId::ALL {
        let text = sentencing::case::starter(*j);
        let f = load_str("starter.yaml", text);
        assert!(
            f.case.is_some(),
            "{}: {:?}",
            j.code(),
            f.findings.iter().map(|f| &f.message).collect::<Vec<_>>()
        );
    }
}
