//! England and Wales: the legislation a case file asks for (`legislation:`,
//! `legislation_toggles:`, and the counts' `section_250:` and
//! `progression_excluded:`), read with located errors and refused elsewhere.

use jiff::civil::{Date, date};
use sentencing::case::load_str;
use sentencing::finding::Finding;
use sentencing::law::analyse_as_of;

fn gb(defendant: &str, count: &str) -> String {
    format!(
        "case: x\njurisdiction: GB-EAW\ndefendants:\n  - name: A\n    date_of_birth: 1980-01-01\n{defendant}    judgments:\n      - court: Crown Court\n        date: 2026-11-02\n        counts:\n          - offence: theft\n            committed: 2026-01-10\n            penalty: 18 months\n{count}"
    )
}

fn findings(text: &str) -> Vec<Finding> {
    load_str("gb.yaml", text).findings
}

fn crd(text: &str) -> (Option<Date>, Vec<&'static str>) {
    let f = load_str("gb.yaml", text);
    let case = f.case.unwrap_or_else(|| {
        panic!(
            "{:?}",
            f.findings.iter().map(|x| x.code).collect::<Vec<_>>()
        )
    });
    let a = analyse_as_of(&case, None);
    let d = &a.defendants[0];
    let crd = d
        .dates
        .named
        .iter()
        .find(|n| n.code == "CRD")
        .map(|n| n.date);
    (crd, d.findings.iter().map(|x| x.code).collect())
}

/// 18 months from 2026-11-02 run 547 days. Under the law in force (SI 2024/844
/// art. 3: 40 %) the release is ⌈547 × 0.4⌉ = 219 days counted from the day
/// of sentence: 2027-06-08. Under the MoJ's test profile
/// `sds-progression-model-october` (one-third; tranche 1, sentences up to
/// 574 days, from 2026-10-01, before the day of sentence) ⌈547 / 3⌉ = 183
/// days: 2027-05-03.
#[test]
fn sa_2026_progression_model_profile_beside_the_law_in_force() {
    let (in_force, codes) = crd(&gb("", ""));
    assert_eq!(in_force, Some(date(2027, 6, 8)));
    assert!(!codes.contains(&"gb.legislation"), "{codes:?}");
    let (stated, codes) = crd(&gb("    legislation: in-force\n", ""));
    assert_eq!(stated, Some(date(2027, 6, 8)));
    assert!(codes.contains(&"gb.legislation"), "{codes:?}");
    let (model, codes) = crd(&gb("    legislation: sds-progression-model-october\n", ""));
    assert_eq!(model, Some(date(2027, 5, 3)));
    assert!(codes.contains(&"gb.legislation"), "{codes:?}");
}

/// The MoJ's `PROGRESSION_MODEL_SCHEDULE_13_PART_3` exclusion and detention
/// under the Sentencing Code s. 250 keep the count out of the model: the
/// law in force's 40 % again (2027-06-08).
#[test]
fn sa_2026_progression_model_exclusions_keep_the_release_at_40_percent() {
    for flag in ["progression_excluded", "section_250"] {
        let (crd, _) = crd(&gb(
            "    legislation: sds-progression-model-october\n",
            &format!("            {flag}: true\n"),
        ));
        assert_eq!(crd, Some(date(2027, 6, 8)), "{flag}");
    }
}

/// SI 2024/844 not commenced (the MoJ's `sds-50` profile): half, ⌈547 / 2⌉ =
/// 274 days from 2026-11-02: 2027-08-02.
#[test]
fn si_2024_844_not_commenced_profile_releases_at_half() {
    let (crd, codes) = crd(&gb("    legislation: sds-50\n", ""));
    assert_eq!(crd, Some(date(2027, 8, 2)));
    assert!(codes.contains(&"gb.legislation"), "{codes:?}");
}

#[test]
fn an_unknown_legislation_or_toggle_is_a_located_error() {
    let f = findings(&gb("    legislation: sds-40\n", ""));
    let e = f
        .iter()
        .find(|x| x.code == "input.bad-legislation")
        .expect("error");
    assert_eq!(e.field.as_deref(), Some("defendants[0].legislation"));
    assert!(e.span.is_some());
    let f = findings(&gb(
        "    legislation_toggles: [hdc-repealed, no-such-toggle]\n",
        "",
    ));
    let e = f
        .iter()
        .find(|x| x.code == "input.bad-legislation-toggle")
        .expect("error");
    assert_eq!(
        e.field.as_deref(),
        Some("defendants[0].legislation_toggles[1]")
    );
    let f = findings(&gb(
        "    legislation_toggles: [hdc-repealed, hdc-repealed]\n",
        "",
    ));
    assert!(
        f.iter()
            .any(|x| x.code == "input.duplicate-legislation-toggle"),
        "{:?}",
        f.iter().map(|x| x.code).collect::<Vec<_>>()
    );
}

#[test]
fn gb_legislation_fields_are_refused_in_other_jurisdictions() {
    for (defendant, count, name) in [
        ("    legislation: sds-50\n", "", "legislation"),
        (
            "    legislation_toggles: [hdc-repealed]\n",
            "",
            "legislation_toggles",
        ),
        ("", "            section_250: true\n", "section_250"),
        (
            "",
            "            progression_excluded: true\n",
            "progression_excluded",
        ),
    ] {
        let text = format!(
            "case: x\njurisdiction: DE\ndefendants:\n  - name: A\n{defendant}    judgments:\n      - court: LG\n        date: 2024-01-10\n        counts:\n          - offence: Diebstahl\n            penalty: 1 Jahr\n{count}"
        );
        let f = load_str("de.yaml", &text).findings;
        assert!(
            f.iter()
                .any(|x| x.code == "input.field-not-for-jurisdiction"
                    && x.field.as_deref().is_some_and(|p| p.contains(name))),
            "{name}: {:?}",
            f.iter().map(|x| (x.code, &x.field)).collect::<Vec<_>>()
        );
    }
}

/// `report --legislation` on a file of another jurisdiction: reported as
/// usual, with the warning that the flag was not used.
#[test]
fn report_legislation_flag_is_not_used_for_other_jurisdictions() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sentencing"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "report",
            "--as-of",
            "2026-12-01",
            "--legislation",
            "sds-50",
            "-f",
            "json",
            "cases/wang-lijun.yaml",
        ])
        .output()
        .expect("run sentencing");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("gb.legislation-flag-not-used"), "{text}");
    assert!(!text.contains("\"gb.legislation\""), "{text}");
}
