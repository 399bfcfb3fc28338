//! England and Wales: the defendant's `movements` in a case file (releases
//! from and admissions to custody): read into the release dates, and
//! refused or located when wrong.

use sentencing::finding::Finding;

fn case(movements: &str, jurisdiction: &str) -> String {
    format!(
        "case: movements\njurisdiction: {jurisdiction}\ndefendants:\n  - name: A\n    date_of_birth: 1990-01-01\n{movements}    judgments:\n      - court: Crown Court\n        date: 2023-02-03\n        counts:\n          - offence: theft\n            committed: 2022-03-14\n            penalty: 40 months\n"
    )
}

fn findings(text: &str) -> Vec<Finding> {
    let f = sentencing::case::load_str("movements.yaml", text);
    let mut out = f.findings;
    if let Some(c) = f.case {
        for d in sentencing::law::analyse_as_of(&c, None).defendants {
            out.extend(d.findings);
        }
    }
    out
}

fn crd(text: &str) -> Option<String> {
    let f = sentencing::case::load_str("movements.yaml", text);
    let c = f.case.expect("the case file is read");
    let a = sentencing::law::analyse_as_of(&c, None);
    a.defendants[0]
        .dates
        .named
        .iter()
        .find(|n| n.code == "CRD")
        .map(|n| n.date.to_string())
}

/// SI 2024/844 (MoJ crs-1953-sds40-external-movements-ac1-2): back in
/// custody before the first tranche, released on its day; still out on
/// end of custody licence that day, released at half (the 608th day of
/// 1216).
#[test]
fn si2024_844_out_of_custody_on_the_tranche_day_in_a_case_file() {
    let back = case(
        "    movements:\n      - day: 2024-08-06\n        kind: release-ecsl\n      - day: 2024-08-20\n        kind: admission-remand\n",
        "GB-EAW",
    );
    assert_eq!(crd(&back).as_deref(), Some("2024-09-10"));
    let out = case(
        "    movements:\n      - day: 2024-08-06\n        kind: release-ecsl\n",
        "GB-EAW",
    );
    assert_eq!(crd(&out).as_deref(), Some("2024-10-02"));
}

#[test]
fn an_unknown_movement_kind_is_located_with_the_kinds() {
    let text = case(
        "    movements:\n      - day: 2024-08-06\n        kind: release-on-bail\n",
        "GB-EAW",
    );
    let f = findings(&text);
    let e = f
        .iter()
        .find(|f| f.code == "input.bad-movement-kind")
        .unwrap_or_else(|| panic!("{f:?}"));
    assert_eq!(e.span.map(|s| (s.line, s.column)), Some((8, 15)), "{e:?}");
    assert_eq!(e.field.as_deref(), Some("defendants[0].movements[0].kind"));
    assert!(
        format!("{:?}", e.hint).contains("admission-recall"),
        "{e:?}"
    );
}

#[test]
fn movements_are_refused_outside_england_and_wales() {
    let text = case(
        "    movements:\n      - day: 2024-08-06\n        kind: release-ecsl\n",
        "CN",
    )
    .replace("penalty: 40 months", "penalty: 3年");
    let f = findings(&text);
    assert!(
        f.iter()
            .any(|f| f.field.as_deref() == Some("defendants[0].movements")
                && f.code.starts_with("input.")),
        "{f:?}"
    );
}
