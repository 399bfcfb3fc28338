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
