//! England and Wales: checks matching the MoJ's validation codes, each
//! a warning located on the field: a fixed-term recall's kind against the
//! length of the sentence served (CJA 2003 s. 255B(1A): 14 days under 12
//! months, 28 days from 12 months, consecutive terms as their aggregate;
//! FTR_14_DAYS_AGGREGATE_GE_12_MONTHS, FTR_28_DAYS_AGGREGATE_LT_12_MONTHS),
//! remand that would release before the day of sentence
//! (RELEASE_DATE_BEFORE_SENTENCE_DATE), and days awarded after the release
//! (ADJUSTMENT_AFTER_RELEASE_ADA).

use sentencing::finding::{Finding, Severity};

/// A GB-EAW case sentenced 2024-09-20 with `counts` (YAML items) and a
/// recall of `kind` returned to custody on 2025-01-10.
fn case(kind: &str, counts: &str) -> String {
    format!(
        "case: recall\njurisdiction: GB-EAW\ndefendants:\n  - name: A\n    date_of_birth: 1990-01-01\n    recall:\n      kind: {kind}\n      returned: 2025-01-10\n    judgments:\n      - court: Crown Court\n        date: 2024-09-20\n        counts:\n{counts}"
    )
}

fn count(penalty: &str, consecutive_to: Option<u32>) -> String {
    let after = consecutive_to.map_or(String::new(), |n| {
        format!("            consecutive_to: [{n}]\n")
    });
    format!(
        "          - offence: theft\n            committed: 2022-12-31\n            penalty: {penalty}\n{after}"
    )
}

fn findings(text: &str) -> Vec<Finding> {
    let f = sentencing::case::load_str("recall.yaml", text);
    let mut out = f.findings;
    if let Some(c) = f.case {
        for d in sentencing::law::analyse_as_of(&c, None).defendants {
            out.extend(d.findings);
        }
    }
    out
}

fn length_warnings(text: &str) -> Vec<Finding> {
    findings(text)
        .into_iter()
        .filter(|f| f.code == "gb.recall.fixed-term-length")
        .collect()
}

/// MoJ validation/crs-2137-ac6-1 (FTR_14_DAYS_AGGREGATE_GE_12_MONTHS): two
/// consecutive terms of 6 months are one of 12 months, so 28 days, not 14.
#[test]
fn ftr_14_days_aggregate_ge_12_months_is_warned_on_the_recall_kind() {
    let counts = count("6 months", None) + &count("6 months", Some(1));
    let w = length_warnings(&case("fixed-term-14", &counts));
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(w[0].severity, Severity::Warning);
    assert_eq!(w[0].field.as_deref(), Some("defendants[0].recall.kind"));
    assert_eq!(w[0].span.map(|s| s.line), Some(7), "{w:?}");
    assert!(w[0].hint.is_some());
}

/// MoJ validation/crs-2137-ac7-1 (FTR_28_DAYS_AGGREGATE_LT_12_MONTHS):
/// 5 months followed by 6 months is 11 months, so 14 days, not 28.
#[test]
fn ftr_28_days_aggregate_lt_12_months_is_warned() {
    let counts = count("5 months", None) + &count("6 months", Some(1));
    assert_eq!(length_warnings(&case("fixed-term-28", &counts)).len(), 1);
}

/// s. 255B(1A)(b): a single term of 2 years takes 28 days, not 14.
#[test]
fn s255b_a_14_day_recall_of_two_years_is_warned() {
    let w = length_warnings(&case("fixed-term-14", &count("2 years", None)));
    assert_eq!(w.len(), 1, "{w:?}");
}

/// s. 255B(1A): the kind that matches the length is not flagged, and the
/// 56-day recall (s. 255BA) and the standard recall are not this check's.
#[test]
fn s255b_a_recall_of_the_right_kind_is_not_flagged() {
    assert!(length_warnings(&case("fixed-term-14", &count("8 months", None))).is_empty());
    assert!(length_warnings(&case("fixed-term-28", &count("12 months", None))).is_empty());
    let consecutive = count("6 months", None) + &count("6 months", Some(1));
    assert!(length_warnings(&case("fixed-term-28", &consecutive)).is_empty());
    assert!(length_warnings(&case("fixed-term-56", &count("8 months", None))).is_empty());
    assert!(length_warnings(&case("standard", &count("8 months", None))).is_empty());
}

/// MoJ validation/crs-2137-ac1: concurrent terms of 12 and 11 months under
/// one recall; the MoJ decides by the gap between their expiries (its own
/// rule, not in s. 255B), so nothing is said here.
#[test]
fn sentences_on_both_sides_of_12_months_are_not_checked() {
    let counts = count("12 months", None) + &count("11 months", None);
    assert!(length_warnings(&case("fixed-term-14", &counts)).is_empty());
    assert!(length_warnings(&case("fixed-term-28", &counts)).is_empty());
}

/// MoJ custom-examples/crs-657-single-sentence (RELEASE_DATE_BEFORE_SENTENCE_DATE):
/// 12 months from 2020-10-01 with 200 days of remand would release on
/// 2020-09-12, before the day of sentence; CJA 2003 s. 240ZA(3): released
/// on the day of sentence, said as a warning on the custody.
#[test]
fn release_date_before_sentence_date_is_warned_on_the_custody() {
    let text = "case: remand\njurisdiction: GB-EAW\ndefendants:\n  - name: A\n    date_of_birth: 1990-01-01\n    custody:\n      - from: 2020-03-14\n        to: 2020-09-30\n    judgments:\n      - court: Crown Court\n        date: 2020-10-01\n        counts:\n          - offence: theft\n            committed: 2020-01-01\n            penalty: 12 months\n";
    let f = findings(text);
    let w: Vec<&Finding> = f
        .iter()
        .filter(|f| f.code == "gb.release-before-sentence")
        .collect();
    assert_eq!(w.len(), 1, "{f:?}");
    assert_eq!(w[0].field.as_deref(), Some("defendants[0].custody"));
    assert!(!f.iter().any(|f| f.code == "custody.exceeds-term"), "{f:?}");
    // Remand that leaves the release after the day of sentence is not said.
    let short = text.replace("from: 2020-03-14", "from: 2020-06-01");
    assert!(
        !findings(&short)
            .iter()
            .any(|f| f.code == "gb.release-before-sentence")
    );
}

/// MoJ custom-examples/crs-2211 (ADJUSTMENT_AFTER_RELEASE_ADA): days
/// awarded on a day after the release are warned, located on the award;
/// days awarded while in custody are not.
#[test]
fn adjustment_after_release_ada_is_warned_on_the_award() {
    let text = |awarded: &str| {
        format!(
            "case: ada\njurisdiction: GB-EAW\ndefendants:\n  - name: A\n    date_of_birth: 1990-01-01\n    additional_days:\n      - from: {awarded}\n        days: 10\n    judgments:\n      - court: Crown Court\n        date: 2024-09-20\n        counts:\n          - offence: theft\n            committed: 2022-12-31\n            penalty: 8 months\n"
        )
    };
    let f = findings(&text("2026-01-05"));
    let w: Vec<&Finding> = f
        .iter()
        .filter(|f| f.code == "gb.awarded-after-release")
        .collect();
    assert_eq!(w.len(), 1, "{f:?}");
    assert_eq!(
        w[0].field.as_deref(),
        Some("defendants[0].additional_days[0].from")
    );
    assert_eq!(w[0].span.map(|s| s.line), Some(7), "{w:?}");
    let inside = findings(&text("2024-10-01"));
    assert!(!inside.iter().any(|f| f.code == "gb.awarded-after-release"));
}
