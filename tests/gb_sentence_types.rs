//! England and Wales: sentence types other than the standard determinate
//! sentence written in a case file (`sentence_type`, `extension`), through
//! load and analysis, and the located errors for what is wrong.

use sentencing::case::load_str;
use sentencing::law::analyse_as_of;
use std::collections::BTreeMap;

fn case(counts: &str, defendant: &str) -> String {
    format!(
        "case: x\njurisdiction: GB-EAW\ndefendants:\n  - name: A\n    date_of_birth: 1990-01-01\n{defendant}    judgments:\n      - court: Crown Court\n        date: 2013-01-21\n        counts:\n{counts}"
    )
}

fn named(text: &str) -> BTreeMap<String, String> {
    let f = load_str("x.yaml", text);
    let Some(case) = f.case else {
        panic!(
            "not read: {:?}",
            f.findings.iter().map(|f| &f.message).collect::<Vec<_>>()
        )
    };
    analyse_as_of(&case, None).defendants[0]
        .dates
        .named
        .iter()
        .map(|n| (n.code.to_string(), n.date.to_string()))
        .collect()
}

fn codes(text: &str) -> Vec<(String, Option<String>)> {
    load_str("x.yaml", text)
        .findings
        .into_iter()
        .map(|f| (f.code.to_string(), f.field))
        .collect()
}

fn expect(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

// The MoJ's case custom-examples/crs-870-eds-ac2 written as a case file.
#[test]
fn cja_2003_s246a_extended_sentence_in_a_case_file_gives_ped_crd_and_sled() {
    let text = case(
        "          - offence: wounding\n            committed: 2013-01-20\n            penalty: 5 years\n            sentence_type: eds\n            extension: 5 years\n",
        "    tagged_bail:\n      - days: 30\n",
    );
    assert_eq!(
        named(&text),
        expect(&[
            ("PED", "2016-04-22"),
            ("CRD", "2017-12-21"),
            ("SLED", "2022-12-21"),
            ("ESED", "2023-01-20"),
        ])
    );
}

// The MoJ's case custom-examples/crs-1059-single-ersed-ac3: a SOPC without
// `extension` has the year on licence of SA 2020 s. 278.
#[test]
fn sa_2020_s278_sopc_licence_is_one_year_when_the_file_does_not_say() {
    let text = case(
        "          - offence: count 1\n            committed: 2022-10-12\n            penalty: 7 years\n            sentence_type: sopc\n",
        "    early_removal: true\n    custody:\n      - from: 2022-07-10\n        to: 2022-10-12\n",
    )
    .replace("date: 2013-01-21", "date: 2022-10-13");
    assert_eq!(
        named(&text),
        expect(&[
            ("ERSED", "2025-09-12"),
            ("PED", "2027-03-10"),
            ("CRD", "2029-07-09"),
            ("SLED", "2030-07-09"),
            ("ESED", "2030-10-12"),
        ])
    );
}

#[test]
fn sentence_type_and_extension_are_refused_outside_england_and_wales() {
    let text = "case: x\njurisdiction: US-federal\ndefendants:\n  - name: A\n    judgments:\n      - court: D\n        date: 2024-01-01\n        counts:\n          - offence: a\n            penalty: 2 years\n            sentence_type: eds\n            extension: 4 years\n";
    let c = codes(text);
    for field in ["sentence_type", "extension"] {
        assert!(
            c.iter()
                .any(|(code, f)| code == "input.field-not-for-jurisdiction"
                    && f.as_deref()
                        == Some(&format!("defendants[0].judgments[0].counts[0].{field}")[..])),
            "{field}: {c:?}"
        );
    }
}

#[test]
fn an_unknown_sentence_type_is_a_located_error_with_the_values() {
    let text = case(
        "          - offence: a\n            penalty: 5 years\n            sentence_type: extended\n            extension: 5 years\n",
        "",
    );
    let f = load_str("x.yaml", &text).findings;
    let e = f
        .iter()
        .find(|f| f.code == "input.bad-sentence-type")
        .expect("input.bad-sentence-type");
    assert_eq!(
        e.field.as_deref(),
        Some("defendants[0].judgments[0].counts[0].sentence_type")
    );
    assert!(e.span.is_some());
    assert!(e.hint.is_some());
}

#[test]
fn an_extension_needs_an_extended_sentence_or_sopc_and_an_eds_needs_its_extension() {
    let without_type = case(
        "          - offence: a\n            penalty: 5 years\n            extension: 5 years\n",
        "",
    );
    assert!(
        codes(&without_type)
            .iter()
            .any(|(c, f)| c == "input.extension-without-type"
                && f.as_deref() == Some("defendants[0].judgments[0].counts[0].extension")),
        "{:?}",
        codes(&without_type)
    );
    let without_extension = case(
        "          - offence: a\n            penalty: 5 years\n            sentence_type: eds-automatic\n",
        "",
    );
    assert!(
        codes(&without_extension)
            .iter()
            .any(|(c, _)| c == "input.missing-extension"),
        "{:?}",
        codes(&without_extension)
    );
    let bad = case(
        "          - offence: a\n            penalty: 5 years\n            sentence_type: eds\n            extension: 5 yers\n",
        "",
    );
    assert!(
        codes(&bad).iter().any(|(c, _)| c == "input.bad-penalty"),
        "{:?}",
        codes(&bad)
    );
}

// The MoJ's case custom-examples/crs-1096-ac3 written as a case file: a
// DTO released on the day of the order after 121 days on remand.
#[test]
fn sa_2020_s241_dto_in_a_case_file_gives_the_mid_term_date() {
    let text = case(
        "          - offence: robbery\n            committed: 2022-02-01\n            penalty: 8 months\n            sentence_type: dto\n",
        "    custody:\n      - from: 2022-03-05\n        to: 2022-07-03\n",
    )
    .replace("date: 2013-01-21", "date: 2022-07-04");
    assert_eq!(
        named(&text),
        expect(&[
            ("MTD", "2022-07-04"),
            ("SED", "2022-11-02"),
            ("TUSED", "2023-07-04"),
            ("ESED", "2023-03-03"),
        ])
    );
    // A DTO has no extension period.
    let with_extension = text.replace(
        "sentence_type: dto\n",
        "sentence_type: dto\n            extension: 1 year\n",
    );
    assert!(
        codes(&with_extension)
            .iter()
            .any(|(c, _)| c == "input.extension-without-type")
    );
}

// The MoJ's case custom-examples/crs-1059-single-ersed-ac7 written as a
// case file: a 28-day default term for an unpaid fine.
#[test]
fn cja_2003_s258_fine_default_in_a_case_file_gives_ard_at_half() {
    let text = case(
        "          - offence: fine not paid\n            committed: 2021-04-29\n            penalty: 28 days\n            sentence_type: fine-default\n",
        "",
    )
    .replace("date: 2013-01-21", "date: 2021-04-29");
    assert_eq!(
        named(&text),
        expect(&[
            ("ARD", "2021-05-12"),
            ("SED", "2021-05-26"),
            ("ESED", "2021-05-26"),
        ])
    );
}

// MoJ case botus-examples/tused-after-release-date written as a case file:
// a 14-day committal under CJA 2003 s. 256AC(4)(a) on 2024-10-12, the
// breached supervision recorded to 2025-05-14, which stays the TUSED.
#[test]
fn cja_2003_s256ac_botus_supervision_expiry_in_a_case_file_stays_the_tused() {
    let text = case(
        "          - offence: breach of supervision\n            penalty: 14 days\n            sentence_type: botus\n            supervision_expiry: 2025-05-14\n",
        "",
    )
    .replace("date: 2013-01-21", "date: 2024-10-12");
    assert_eq!(
        named(&text),
        expect(&[
            ("ARD", "2024-10-25"),
            ("SED", "2024-10-25"),
            ("TUSED", "2025-05-14"),
        ])
    );
}

#[test]
fn a_supervision_expiry_needs_a_botus_and_is_refused_outside_england_and_wales() {
    let sds = case(
        "          - offence: a\n            penalty: 1 year\n            supervision_expiry: 2025-05-14\n",
        "",
    );
    let f = load_str("x.yaml", &sds).findings;
    let e = f
        .iter()
        .find(|f| f.code == "input.supervision-expiry-without-botus")
        .expect("input.supervision-expiry-without-botus");
    assert_eq!(
        e.field.as_deref(),
        Some("defendants[0].judgments[0].counts[0].supervision_expiry")
    );
    assert!(e.span.is_some() && e.hint.is_some());
    let bad_date = case(
        "          - offence: a\n            penalty: 14 days\n            sentence_type: botus\n            supervision_expiry: 2025-13-01\n",
        "",
    );
    assert!(
        codes(&bad_date).iter().any(|(c, _)| c == "input.bad-date"),
        "{:?}",
        codes(&bad_date)
    );
    let us = "case: x\njurisdiction: US-federal\ndefendants:\n  - name: A\n    judgments:\n      - court: D\n        date: 2024-01-01\n        counts:\n          - offence: a\n            penalty: 2 years\n            supervision_expiry: 2025-05-14\n";
    assert!(
        codes(us)
            .iter()
            .any(|(c, f)| c == "input.field-not-for-jurisdiction"
                && f.as_deref() == Some("defendants[0].judgments[0].counts[0].supervision_expiry"))
    );
}
