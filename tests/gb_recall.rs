//! England and Wales: the defendant's `recall` in a case file (CJA 2003
//! ss. 254–255C): read into the report's PRRD, and refused or located when
//! wrong.

use sentencing::finding::Finding;

fn case(recall: &str, jurisdiction: &str, penalty: &str) -> String {
    format!(
        "case: recall\njurisdiction: {jurisdiction}\ndefendants:\n  - name: A\n    date_of_birth: 1990-01-01\n{recall}    judgments:\n      - court: Crown Court\n        date: 2024-09-20\n        counts:\n          - offence: theft\n            committed: 2022-12-31\n            penalty: {penalty}\n"
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

fn dates(text: &str) -> Vec<(String, String)> {
    let f = sentencing::case::load_str("recall.yaml", text);
    let c = f.case.expect("the case file is read");
    let a = sentencing::law::analyse_as_of(&c, None);
    a.defendants[0]
        .dates
        .named
        .iter()
        .map(|n| (n.code.to_string(), n.date.to_string()))
        .collect()
}

/// MoJ custom-examples/crs-2145-ac2: s. 255B, 14 days from 2024-12-27.
#[test]
fn s255b_a_fixed_term_recall_in_a_case_file_gives_the_prrd() {
    let text = case(
        "    recall:\n      kind: fixed-term-14\n      returned: 2024-12-27\n",
        "GB-EAW",
        "8 months",
    );
    let d = dates(&text);
    assert!(d.contains(&("PRRD".into(), "2025-01-09".into())), "{d:?}");
    assert!(!d.iter().any(|(k, _)| k == "CRD" || k == "HDCED"), "{d:?}");
}

#[test]
fn s255b_a_fixed_term_recall_without_the_return_to_custody_is_located() {
    let text = case(
        "    recall:\n      kind: fixed-term-28\n",
        "GB-EAW",
        "8 months",
    );
    let f = findings(&text);
    let e = f
        .iter()
        .find(|f| f.code == "input.missing-field")
        .unwrap_or_else(|| panic!("{f:?}"));
    // The recall block (its first line).
    assert_eq!(e.span.map(|s| s.line), Some(7), "{e:?}");
    assert_eq!(e.field.as_deref(), Some("defendants[0].recall"));
}

#[test]
fn an_unknown_recall_kind_is_located_with_the_kinds() {
    let text = case("    recall:\n      kind: parole\n", "GB-EAW", "8 months");
    let f = findings(&text);
    let e = f
        .iter()
        .find(|f| f.code == "input.bad-recall-kind")
        .unwrap_or_else(|| panic!("{f:?}"));
    assert_eq!(e.span.map(|s| (s.line, s.column)), Some((7, 13)), "{e:?}");
    assert!(format!("{:?}", e.hint).contains("fixed-term-56"), "{e:?}");
}

#[test]
fn a_return_to_custody_before_the_revocation_is_refused() {
    let text = case(
        "    recall:\n      kind: fixed-term-28\n      revoked: 2025-01-10\n      returned: 2025-01-09\n",
        "GB-EAW",
        "8 months",
    );
    let f = findings(&text);
    assert!(
        f.iter()
            .any(|f| f.code == "input.dates-out-of-order" && f.span.map(|s| s.line) == Some(9)),
        "{f:?}"
    );
}

#[test]
fn a_recall_naming_a_count_the_judgment_lacks_is_an_error() {
    let text = case(
        "    recall:\n      kind: standard\n      counts: [2]\n",
        "GB-EAW",
        "8 months",
    );
    let f = findings(&text);
    assert!(
        f.iter().any(|f| f.code == "gb.recall.no-such-count"),
        "{f:?}"
    );
}

#[test]
fn recall_is_refused_outside_england_and_wales() {
    let text = case("    recall:\n      kind: standard\n", "DE", "1 Jahr");
    let f = findings(&text);
    assert!(
        f.iter()
            .any(|f| f.code == "input.field-not-for-jurisdiction"),
        "{f:?}"
    );
}

/// MoJ custom-examples/crs-1776-overlapping-recall-ac1: both counts recalled
/// (standard), the recall's tagged bail applying from the later day of
/// sentence.
fn two_hearings(applies_from: &str) -> String {
    format!(
        "case: recall\njurisdiction: GB-EAW\ndefendants:\n  - name: A\n    date_of_birth: 1990-01-01\n    recall:\n      kind: standard\n      tagged_bail: 39\n{applies_from}    judgments:\n      - court: Crown Court\n        date: 2023-02-09\n        counts:\n          - offence: theft\n            committed: 2018-07-12\n            sentenced: 2019-02-06\n            penalty: 5 years\n          - offence: burglary\n            committed: 2022-11-11\n            penalty: 12 months\n"
    )
}

/// The MoJ's timeline shares a recall's remand and tagged bail among the
/// sentences passed on the day they apply from
/// (`shareDeductionsThatAreApplicableToThisSentenceDate`).
#[test]
fn a_recalls_tagged_bail_applies_from_a_later_day_of_sentence_moj_crs_1776() {
    let later = dates(&two_hearings("      applies_from: 2023-02-09\n"));
    for (code, day) in [
        ("SLED", "2024-02-05"),
        ("PRRD", "2024-02-05"),
        ("TUSED", "2024-07-02"),
        ("ESED", "2024-02-08"),
    ] {
        assert!(
            later.contains(&(code.to_string(), day.to_string())),
            "{code} {later:?}"
        );
    }
    // From the first day of sentence the days go to the first count only.
    let first = dates(&two_hearings(""));
    assert!(
        first.contains(&("PRRD".to_string(), "2024-02-08".to_string())),
        "{first:?}"
    );
}

#[test]
fn a_recalls_remand_from_a_day_without_a_sentence_is_located() {
    let text = two_hearings("      applies_from: 2023-02-10\n");
    let f = findings(&text);
    let e = f
        .iter()
        .find(|f| f.code == "gb.recall.applies-from-no-sentence")
        .unwrap_or_else(|| panic!("{f:?}"));
    assert_eq!(
        e.field.as_deref(),
        Some("defendants[0].recall.applies_from")
    );
    assert_eq!(e.span.map(|s| s.line), Some(9), "{e:?}");
}

/// A recalled sentence counts the recall's remand and tagged bail, not the
/// custody before the original sentence (gb.recall.remand-and-tagged-bail):
/// the custody-credit line says so, and the days served are counted from
/// the day of sentence less the recall's credit.
#[test]
fn the_custody_before_a_recalled_sentence_is_not_its_credit() {
    let text = "case: recall\njurisdiction: GB-EAW\ndefendants:\n  - name: A\n    date_of_birth: 1990-01-01\n    recall:\n      kind: fixed-term-28\n      revoked: 2025-03-01\n      returned: 2025-03-03\n      remand: 2\n    custody:\n      - from: 2024-01-05\n    judgments:\n      - court: Crown Court\n        date: 2024-06-14\n        counts:\n          - offence: burglary\n            committed: 2024-01-04\n            penalty: 2 years\n";
    let f = sentencing::case::load_str("recall.yaml", text);
    let c = f.case.expect("the case file is read");
    let a = sentencing::law::analyse_as_of(&c, None);
    let d = &a.defendants[0].dates;
    assert_eq!(d.custody_credit_days, Some(2));
    assert_eq!(
        d.served_from.map(|x| x.to_string()).as_deref(),
        Some("2024-06-12")
    );
    let credit = d
        .events
        .iter()
        .map(|e| e.step.text.render(sentencing::i18n::Lang::En))
        .find(|t| t.contains("161 day(s)"))
        .expect("the custody-credit line");
    assert!(
        credit.contains("not credited to the recalled count(s) 1") && credit.contains("2 day(s)"),
        "{credit}"
    );
}
