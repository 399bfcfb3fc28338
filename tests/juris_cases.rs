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
    // Strafzeit (StVollstrO § 37): 2023-07-03 + 3 years 6 months − 1 day =
    // 2027-01-02, 1280 days; − 120 credited = 2026-09-04. § 57 ¶1:
    // ⌊1280 × 2/3⌋ = 853 days: 2023-07-03 + 852 days − 120 = 2025-07-04, the
    // day two-thirds are served (OLG Stuttgart 2 Ws 36/03 method).
    assert_eq!(d.dates.parole_eligible, Some(date(2025, 7, 4)));
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
fn stgb_40_day_fines_are_read_in_germany() {
    let text = "case: x\njurisdiction: DE\ndefendants:\n  - name: A\n    judgments:\n      - court: AG\n        date: 2024-01-01\n        counts:\n          - offence: Diebstahl\n            penalty: 90 Tagessätze zu je 50 Euro\n";
    let case = load("x.yaml", text);
    let a = analyse_as_of(&case, None);
    let d = &a.defendants[0];
    assert!(d.findings.iter().all(|f| !f.code.starts_with("de.stgb40")));
    assert_eq!(
        d.combination.as_ref().unwrap().lawful,
        Some(true),
        "{:?}",
        d.findings
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
    // 20 years 6 months from 2021-03-01 (custody credited) ends 2041-08-31:
    // 7489 days; more than half = 3745 days → 2031-06-02.
    assert_eq!(d.dates.parole_eligible, Some(date(2031, 6, 2)));
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

#[test]
fn penal_code_47_maximum_and_28_one_third() {
    let case = load(
        "jp.yaml",
        include_str!("../cases/jp-worked-example-art47.yaml"),
    );
    let a = analyse_as_of(&case, None);
    let d = &a.defendants[0];
    let c = d.combination.as_ref().unwrap();
    // min(10 × 1.5, 10 + 10, 30) = 15 years.
    assert_eq!(c.cap, Some(Term::years(15)));
    assert_eq!(c.lawful, Some(true));
    // 4 years from 2024-03-16 = 1461 days; ⌈1461 / 3⌉ = 487 days → 2025-07-16.
    assert_eq!(d.dates.parole_eligible, Some(date(2025, 7, 16)));
}

#[test]
fn penal_code_47_needs_the_statutory_maximum() {
    let text = "case: x\njurisdiction: JP\ndefendants:\n  - name: A\n    judgments:\n      - court: DC\n        date: 2024-01-01\n        counts:\n          - offence: a\n            penalty: 懲役10年\n          - offence: b\n            penalty: 懲役5年\n        decided:\n          penalty: 懲役20年\n";
    let case = load("x.yaml", text);
    let a = analyse_as_of(&case, None);
    assert!(
        a.defendants[0]
            .findings
            .iter()
            .any(|f| f.code == "jp.statutory-max-missing")
    );
    // And above the maximum: min(15, 15) = 15 < 20.
    let text = text
        .replace(
            "penalty: 懲役10年\n",
            "penalty: 懲役10年\n            statutory_max: 懲役10年\n",
        )
        .replace(
            "penalty: 懲役5年\n",
            "penalty: 懲役5年\n            statutory_max: 懲役5年\n",
        );
    let a = analyse_as_of(&load("x.yaml", &text), None);
    let c = a.defendants[0].combination.as_ref().unwrap();
    assert_eq!(c.cap, Some(Term::years(15)));
    assert_eq!(c.lawful, Some(false));
}

#[test]
fn statutory_max_is_refused_outside_japan() {
    let text = "case: x\njurisdiction: TW\ndefendants:\n  - name: A\n    judgments:\n      - court: DC\n        date: 2024-01-01\n        counts:\n          - offence: a\n            penalty: 1 year\n            statutory_max: 5 years\n";
    let f = findings("x.yaml", text);
    assert!(
        f.iter()
            .any(|f| f.code == "input.field-not-for-jurisdiction"
                && f.message.en().contains("statutory_max"))
    );
}

#[test]
fn usc_3584_chain_and_3624_b_good_conduct_time() {
    let case = load(
        "us.yaml",
        include_str!("../cases/us-worked-example-3584.yaml"),
    );
    let a = analyse_as_of(&case, None);
    let d = &a.defendants[0];
    let c = d.combination.as_ref().unwrap();
    assert_eq!(c.total, Some(Term::years(10)));
    assert_eq!(c.lawful, Some(true));
    assert_eq!(d.dates.custody_credit_days, Some(200));
    assert_eq!(d.dates.term_start, Some(date(2022, 11, 14)));
    // Commenced 2023-06-02 (200 days credited): full-term date 2033-06-01 −
    // 200 = 2032-11-13 (BOP); 120 months: 540 days of good-conduct time;
    // § 3624(a): released on the full-term date less GCT, 2031-05-23.
    let release = d
        .dates
        .events
        .iter()
        .find(|e| e.event.en().starts_with("projected release"))
        .unwrap();
    assert_eq!(release.date, Some(date(2031, 5, 23)));
    assert!(d.parole.not_applicable.is_some());
}

#[test]
fn usc_3584_counts_without_a_stated_aggregate_are_accepted() {
    let text = "case: x\njurisdiction: US-federal\ndefendants:\n  - name: A\n    judgments:\n      - court: DC\n        date: 2024-01-01\n        counts:\n          - offence: a\n            penalty: 5 years\n          - offence: b\n            penalty: 3 years\n            consecutive_to: [1]\n";
    let a = analyse_as_of(&load("x.yaml", text), None);
    assert_eq!(
        a.defendants[0].combination.as_ref().unwrap().total,
        Some(Term::years(8))
    );
    // A count may only follow an earlier one.
    let bad = text.replace("consecutive_to: [1]", "consecutive_to: [2]");
    let f = findings("x.yaml", &bad);
    assert!(f.iter().any(|f| f.code == "input.bad-consecutive-to"));
}

#[test]
fn public_us_cases_record_the_aggregate_only() {
    for (name, text, years) in [
        ("madoff", include_str!("../cases/us-madoff.yaml"), 150),
        ("sbf", include_str!("../cases/us-bankman-fried.yaml"), 25),
    ] {
        let a = analyse_as_of(&load(name, text), None);
        let c = a.defendants[0].combination.as_ref().unwrap();
        assert_eq!(c.total, Some(Term::years(years)), "{name}");
    }
}

#[test]
fn cja_2003_release_fractions_and_si_2024_844_commencement() {
    let case = load(
        "gb.yaml",
        include_str!("../cases/gb-worked-example-release.yaml"),
    );
    let a = analyse_as_of(&case, None);
    let crd = |i: usize| {
        a.defendants[i]
            .dates
            .events
            .iter()
            .find(|e| e.event.en().starts_with("CRD"))
            .and_then(|e| e.date)
            .unwrap()
    };
    let rule = |i: usize| {
        a.defendants[i]
            .dates
            .events
            .iter()
            .find(|e| e.event.en().starts_with("CRD"))
            .unwrap()
            .step
            .rule
            .id
    };
    let named = |i: usize, code: &str| {
        a.defendants[i]
            .dates
            .named
            .iter()
            .find(|n| n.code == code)
            .map(|n| n.date)
    };
    // The MoJ's method (calculate-release-dates-api): the term counted from
    // the day of sentence as day 1, the custodial part ⌈days × fraction⌉,
    // release on its last day, remand deducted afterwards (s. 240ZA(3)).
    // A: 2 + 1 years consecutive (6 months concurrent) from 2024-06-14:
    // 1095 days, 40 % = 438 days → 2025-08-25, less 161 days of remand
    // → 2025-03-17 (after tranche 1: no defaulting). The old back-dated
    // start gave 2025-03-19.
    assert_eq!(
        a.defendants[0].combination.as_ref().unwrap().total,
        Some(Term::years(3))
    );
    assert_eq!(crd(0), date(2025, 3, 17));
    assert_eq!(rule(0), "gb.si2024-844.40pct");
    assert_eq!(named(0, "SLED"), Some(date(2027, 1, 3)));
    // B: 18 months from 2023-03-01 = 550 days, half 275 → 2023-11-30;
    // a licence of 275 days: top-up supervision 12 months after release.
    assert_eq!(crd(1), date(2023, 11, 30));
    assert_eq!(rule(1), "gb.cja2003.s244.half");
    assert_eq!(named(1, "TUSED"), Some(date(2024, 11, 30)));
    assert_eq!(named(1, "SLED"), Some(date(2024, 8, 31)));
    // C: 8 years from 2023-05-10 = 2922 days, two-thirds 1948 → 2028-09-07,
    // less 251 days of remand → 2027-12-31.
    assert_eq!(crd(2), date(2027, 12, 31));
    assert_eq!(rule(2), "gb.cja2003.s244za.two-thirds.2022");
    assert_eq!(named(2, "HDCED"), None, "no HDC for SDS+");
    // D: 6 years from 2021-02-01 = 2191 days, half 1096 → 2024-02-01,
    // released before its tranche.
    assert_eq!(crd(3), date(2024, 2, 1));
    assert_eq!(rule(3), "gb.cja2003.s244.half");
    // E: 6 years from 2022-06-01 = 2192 days, 40 % = 877 → 2024-10-24,
    // after tranche 2; its HDC date (40 %: 2024-04-28) had passed on
    // 2024-10-22 and the old one (2024-12-03) had not: 2024-10-22.
    assert_eq!(crd(4), date(2024, 10, 24));
    assert_eq!(rule(4), "gb.si2024-844.40pct");
    assert_eq!(named(4, "HDCED"), Some(date(2024, 10, 22)));
    // F: CJA 2003 s. 264(2): 3 years at 40 % (1095 days → 438) then
    // 4 years excluded, from 2025-06-03 (1461 days → 731): 1169 days from 2024-03-22 →
    // 2027-06-03 (the strictest fraction for the whole, as before, gave
    // 2027-09-21).
    assert_eq!(crd(5), date(2027, 6, 3));
    assert_eq!(rule(5), "gb.cja2003.s264.consecutive-custodial-parts");
}

#[test]
fn si_2024_844_release_not_before_commencement() {
    // 4 years from 2021-06-01: 40 % = 585 days → 2023-01-07, half → 2023-06-01:
    // half is before 2024-09-10, so half applies. 4 years from 2022-10-01:
    // half 2024-10-01 ≥ 2024-09-10; 40 % → 2024-05-08; CRD = 2024-09-10.
    let text = "case: x\njurisdiction: GB-EAW\ndefendants:\n  - name: A\n    judgments:\n      - court: CC\n        date: 2022-10-01\n        counts:\n          - offence: a\n            penalty: 4 years\n";
    let a = analyse_as_of(&load("x.yaml", text), None);
    let crd = a.defendants[0]
        .dates
        .events
        .iter()
        .find(|e| e.event.en().starts_with("CRD"))
        .and_then(|e| e.date);
    assert_eq!(crd, Some(date(2024, 9, 10)));
}

#[test]
fn art2_lighter_law_keeps_the_20_year_cap_for_offences_before_the_reform() {
    let case = load(
        "tw.yaml",
        include_str!("../cases/tw-worked-example-art51.yaml"),
    );
    let a = analyse_as_of(&case, None);
    let d = &a.defendants[2];
    let c = d.combination.as_ref().unwrap();
    assert_eq!(c.cap, Some(Term::years(20)));
    assert_eq!(c.lawful, Some(true));
    assert_eq!(d.law.as_ref().unwrap().version, "TW-CC-PRE2005");
    assert!(
        c.steps[0]
            .text
            .en()
            .contains("under the earlier text (20 years) the range is 15 years – 20 years")
    );
    assert!(
        c.steps[0]
            .text
            .en()
            .contains("under the 2005 text (30 years) 15 years – 25 years")
    );
    // The comparison is in the lighter-law table (no longer a separate note).
    assert_eq!(d.lighter_law[0].provision, "tw.art51.5.cap");
    assert!(!d.findings.iter().any(|f| f.code == "tw.art2.lighter-law"));
}

const DE_55: &str = "case: x
jurisdiction: DE
summary: Worked example, not a real case.
defendants:
  - name: A
    judgments:
      - court: Landgericht
        date: 2023-01-10
        final: 2023-01-18
        counts:
          - offence: Betrug
            committed: 2022-03
            penalty: 2 Jahre
          - offence: Untreue
            committed: 2022-04
            penalty: 1 Jahr
        decided:
          penalty: 2 Jahre 6 Monate
      - court: Landgericht
        date: 2024-05-01
        after: discovered-crime
        counts:
          - offence: Urkundenfälschung
            committed: 2022-06
            penalty: 1 Jahr 6 Monate
        decided:
          penalty: 3 Jahre 6 Monate
";

#[test]
fn stgb_55_later_aggregate_joins_the_earlier_single_penalties() {
    let a = analyse_as_of(&load("x.yaml", DE_55), None);
    let d = &a.defendants[0];
    let c = d.combination.as_ref().unwrap();
    // Singles 2 years, 1 year, 1 year 6 months: H = 2 years, S = 4 years 6 months.
    assert_eq!(c.highest, Some(Principal::Imprisonment(Term::years(2))));
    assert_eq!(c.total, Some(Term::new(4, 6, 0).unwrap()));
    assert_eq!(
        c.decided,
        Some(Principal::Imprisonment(Term::new(3, 6, 0).unwrap()))
    );
    assert_eq!(c.lawful, Some(true));
    assert_eq!(c.steps[0].rule.id, "de.stgb55.1.later-aggregate");
    assert_eq!(d.counts.len(), 3);
}

#[test]
fn stgb_55_needs_the_offence_before_the_earlier_judgment() {
    let text = DE_55.replace("committed: 2022-06", "committed: 2023-06");
    let a = analyse_as_of(&load("x.yaml", &text), None);
    assert!(
        a.defendants[0]
            .findings
            .iter()
            .any(|f| f.code == "de.stgb55.offence-after-conviction")
    );
    let text = DE_55.replace("after: discovered-crime", "after: new-crime");
    let a = analyse_as_of(&load("x.yaml", &text), None);
    assert!(
        a.defendants[0]
            .findings
            .iter()
            .any(|f| f.code == "de.stgb55.not-applicable")
    );
}

#[test]
fn stgb_57_2_half_for_a_first_term_of_at_most_two_years() {
    let text = "case: x\njurisdiction: DE\ndefendants:\n  - name: A\n    judgments:\n      - court: AG\n        date: 2024-01-02\n        executed: 2024-02-01\n        counts:\n          - offence: a\n            penalty: 1 Jahr 6 Monate\n";
    let a = analyse_as_of(&load("x.yaml", text), None);
    let d = &a.defendants[0];
    // 18 months from 2024-02-01: 547 days (2024-02-01 – 2025-07-31).
    let half = d
        .dates
        .events
        .iter()
        .find(|e| e.event.en().contains("(half)"))
        .unwrap();
    // ⌊547 / 2⌋ = 273 days, served on 2024-10-30; at least 6 months: 2024-07-31.
    assert_eq!(half.date, Some(date(2024, 10, 30)));
    assert!(half.step.text.en().contains("first term"));
    // Two-thirds: ⌊547 × 2/3⌋ = 364 days, served on 2025-01-29.
    assert_eq!(d.dates.parole_eligible, Some(date(2025, 1, 29)));
}

#[test]
fn stgb_57_1_at_least_two_months() {
    let text = "case: x\njurisdiction: DE\ndefendants:\n  - name: A\n    judgments:\n      - court: AG\n        date: 2024-01-02\n        executed: 2024-02-01\n        counts:\n          - offence: a\n            penalty: 2 Monate\n";
    let a = analyse_as_of(&load("x.yaml", text), None);
    // Two-thirds of 2 months (60 days) is 40 days, but at least two months,
    // served on 2024-03-31: the last day of the term.
    assert_eq!(
        a.defendants[0].dates.parole_eligible,
        Some(date(2024, 3, 31))
    );
}

#[test]
fn stgb_40_and_54_worked_example_of_fines() {
    let case = load(
        "de-geld.yaml",
        include_str!("../cases/de-worked-example-geldstrafe.yaml"),
    );
    let a = analyse_as_of(&case, Some(date(2026, 1, 1)));
    let lawful: Vec<Option<bool>> = a
        .defendants
        .iter()
        .map(|d| d.combination.as_ref().unwrap().lawful)
        .collect();
    assert_eq!(lawful, vec![Some(true), Some(true), Some(true), Some(true)]);
    // B: 18 + 12 months + 120 rates as days = 34 months of 30 days.
    let b = a.defendants[1].combination.as_ref().unwrap();
    assert_eq!(b.total, Some(Term::months(34)));
    // A: a fine has no release dates.
    assert!(a.defendants[0].parole.not_applicable.is_some());
}

#[test]
fn stgb_51_4_worked_example_custody_credited_against_fines() {
    use rust_decimal::Decimal;
    let case = load(
        "de-geld.yaml",
        include_str!("../cases/de-worked-example-geldstrafe.yaml"),
    );
    let a = analyse_as_of(&case, Some(date(2026, 1, 1)));
    let by_name = |n: &str| a.defendants.iter().find(|d| d.name == n).unwrap();
    // A: 17 days of custody = 17 daily rates of the aggregate fine of 140 × 50 EUR.
    let fa = by_name("Defendant A").dates.fine_credit.unwrap();
    assert_eq!(
        (fa.custody_days, fa.credited_rates, fa.remaining_rates),
        (17, 17, 123)
    );
    assert_eq!(fa.remaining_amount, Some(Decimal::new(6150, 0)));
    assert!(!fa.discharged());
    // D: 45 days against 30 daily rates: discharged, never below zero.
    let fd = by_name("Defendant D").dates.fine_credit.unwrap();
    assert_eq!((fd.credited_rates, fd.remaining_rates), (30, 0));
    assert!(fd.discharged());
    assert!(by_name("Defendant D").parole.not_applicable.is_some());
    // C: imprisonment and a separate fine: the imprisonment is credited (61
    // days) and the order is flagged as the tool's reading, not decided.
    let c = by_name("Defendant C");
    assert_eq!(c.dates.custody_credit_days, Some(61));
    assert!(c.dates.fine_credit.is_none());
    assert!(
        c.dates
            .events
            .iter()
            .any(|e| e.step.rule.id == "de.reading.credit-imprisonment-first"
                && e.step.text.en().contains("59 daily rate(s) remain"))
    );
    assert!(c.findings.iter().any(|f| {
        f.code == "rule.unverified"
            && f.message
                .en()
                .contains("de.reading.credit-imprisonment-first")
    }));
    // B: no custody, nothing to order.
    assert!(
        !by_name("Defendant B")
            .dates
            .events
            .iter()
            .any(|e| e.step.rule.id == "de.reading.credit-imprisonment-first")
    );
}

#[test]
fn stgb_40_out_of_range_fine_is_a_finding_not_a_panic() {
    let text = "jurisdiction: DE\ncase: x\ndefendants:\n  - name: A\n    judgments:\n      - court: AG\n        date: 2023-05-01\n        counts:\n          - offence: Betrug\n            penalty: 400 Tagessätze zu je 35.000 Euro\n";
    let case = load("x.yaml", text);
    let a = analyse_as_of(&case, None);
    let codes: Vec<&str> = a.defendants[0].findings.iter().map(|f| f.code).collect();
    assert!(codes.contains(&"de.stgb40.1.out-of-range"), "{codes:?}");
    assert!(codes.contains(&"de.stgb40.2.out-of-range"), "{codes:?}");
}

#[test]
fn day_fines_are_refused_outside_germany() {
    for (code, penalty) in [
        ("CN", "90 daily rates of 50 euros"),
        ("TW", "90 Tagessätze zu je 50 Euro"),
        ("JP", "90 day fines of EUR 50"),
        ("US-federal", "90 daily rates of 50 euros"),
        ("GB-EAW", "90 daily rates of 50 euros"),
    ] {
        let text = format!(
            "jurisdiction: {code}\ncase: x\ndefendants:\n  - name: A\n    judgments:\n      - court: C\n        date: 2023-05-01\n        counts:\n          - offence: o\n            penalty: {penalty}\n"
        );
        let f = findings("x.yaml", &text);
        assert!(
            f.iter().any(|f| f.code == "input.bad-penalty"
                && f.message.en().contains("penalty of German law")),
            "{code}: {:?}",
            f.iter().map(|f| f.message.en()).collect::<Vec<_>>()
        );
    }
}

#[test]
fn tw_art2_worked_example_old_text_for_offences_before_the_reform_and_undated_not_settled() {
    use sentencing::analysis::TextApplies;
    let case = load(
        "tw.yaml",
        include_str!("../cases/tw-worked-example-art51.yaml"),
    );
    let a = analyse_as_of(&case, None);
    let by_name = |n: &str| a.defendants.iter().find(|d| d.name == n).unwrap();
    // A: every offence after 2006-07-01: the 2005 text, no comparison.
    assert!(by_name("Defendant A").lighter_law.is_empty());
    // D: offences in 2005, judged 2007: the earlier text (20 years) applies.
    let d = by_name("Defendant D");
    assert_eq!(d.lighter_law.len(), 1);
    assert_eq!(d.lighter_law[0].applies, TextApplies::Old);
    let c = d.combination.as_ref().unwrap();
    assert_eq!(c.cap, Some(Term::years(20)));
    assert_eq!(c.lawful, Some(true));
    // E: undated: 25 years is lawful under the 2005 text only: not settled.
    let e = by_name("Defendant E");
    assert_eq!(e.lighter_law[0].applies, TextApplies::NotSettled);
    assert_eq!(e.combination.as_ref().unwrap().lawful, None);
    assert!(
        e.findings
            .iter()
            .any(|f| f.code == "tw.art2.verdict-not-settled")
    );
    assert!(
        !e.findings
            .iter()
            .any(|f| f.severity == sentencing::finding::Severity::Error)
    );
}

#[test]
fn jp_art6_worked_example_lighter_cap_before_2005_and_undated_not_settled() {
    use sentencing::analysis::TextApplies;
    let case = load(
        "jp.yaml",
        include_str!("../cases/jp-worked-example-art47.yaml"),
    );
    let a = analyse_as_of(&case, None);
    assert!(a.defendants[0].lighter_law.is_empty());
    // B: crimes in 2004, judged 2006: the 20-year cap; 20 years is at it.
    let b = &a.defendants[1];
    assert_eq!(b.lighter_law[0].applies, TextApplies::Old);
    let c = b.combination.as_ref().unwrap();
    assert_eq!(c.cap, Some(Term::years(20)));
    assert_eq!(c.lawful, Some(true));
    // The same with 21 years: above the cap that applies.
    let f = load(
        "x.yaml",
        include_str!("juris/jp-art6-over-the-earlier-cap.yaml"),
    );
    let f = analyse_as_of(&f, None);
    let d = &f.defendants[0];
    assert_eq!(d.combination.as_ref().unwrap().lawful, Some(false));
    assert!(
        d.findings
            .iter()
            .any(|f| f.code == "jp.art47.above-maximum")
    );
    // C: undated: within 22 years 6 months, above 20 years: not settled.
    let cc = &a.defendants[2];
    assert_eq!(cc.lighter_law[0].applies, TextApplies::NotSettled);
    assert_eq!(cc.combination.as_ref().unwrap().lawful, None);
    assert!(
        cc.findings
            .iter()
            .any(|f| f.code == "jp.art6.verdict-not-settled")
    );
    assert!(
        cc.findings
            .iter()
            .any(|f| f.code == "rule.unverified" && f.message.en().contains("jp.art6.lighter-law"))
    );
}

/// A JP case judged on `judged` for two thefts committed on `first` and `second`.
fn jp_case(judged: &str, first: &str, second: &str) -> String {
    format!(
        "case: transitional provision test\njurisdiction: JP\ndefendants:\n  - name: T\n    judgments:\n      - court: District Court\n        date: {judged}\n        counts:\n          - offence: theft\n            committed: {first}\n            penalty: 懲役2年\n            statutory_max: 懲役10年\n          - offence: theft\n            committed: {second}\n            penalty: 懲役1年\n            statutory_max: 懲役10年\n        decided:\n          penalty: 懲役2年6月\n"
    )
}

#[test]
fn act_68_2022_suppl_441_acts_before_2025_06_01_keep_the_earlier_penalties() {
    let version = |yaml: String| {
        let case = load("jp.yaml", &yaml);
        let a = analyse_as_of(&case, None);
        let d = &a.defendants[0];
        let noted = d
            .findings
            .iter()
            .any(|f| f.code == "jp.kokinkei-2025.transitional");
        (d.law.as_ref().unwrap().version, noted)
    };
    // Every act on or after 2025-06-01: the 2025 text (拘禁刑).
    assert_eq!(
        version(jp_case("2026-03-02", "2025-06-01", "2025-07")),
        ("JP-PC-2025", false)
    );
    // Every act before: the earlier penalties, by the transitional provision.
    assert_eq!(
        version(jp_case("2026-03-02", "2025-05-31", "2024")),
        ("JP-PC", false)
    );
    // Acts on both sides (or undated): named as before, with a note.
    assert_eq!(
        version(jp_case("2026-03-02", "2025-05-31", "2025-07")),
        ("JP-PC", true)
    );
    // Judged before 2025-06-01: the earlier law, no question.
    assert_eq!(
        version(jp_case("2025-05-30", "2024", "2024")),
        ("JP-PC", false)
    );
}

/// TW Criminal Code art. 77 ¶3 (issue #11): for life, detention before the
/// judgment became final counts beyond its first year. Custody 2018-01-01 to
/// 2020-06-30 (912 days), the first year 2018 (365 days) not counted: 547
/// days, so time runs from 2019-01-01; more than 25 years → 2044-01-02.
#[test]
fn tw_art77_3_life_counts_detention_beyond_the_first_year() {
    let text = "case: x\njurisdiction: TW\ndefendants:\n  - name: A\n    custody:\n      - from: 2018-01-01\n    judgments:\n      - court: DC\n        date: 2020-06-01\n        final: 2020-07-01\n        executed: 2020-07-01\n        counts:\n          - offence: a\n            committed: 2017\n            penalty: life imprisonment\n";
    let a = analyse_as_of(&load("x.yaml", text), None);
    let d = &a.defendants[0];
    assert_eq!(d.dates.served_from, Some(date(2019, 1, 1)));
    assert_eq!(d.dates.parole_eligible, Some(date(2044, 1, 2)));
}

/// TW Enforcement Act of the Criminal Code art. 7-2 (issue #11): a life
/// sentence for offences completed before the 2005 reform took effect keeps
/// the 1997 text's threshold, more than 15 years.
#[test]
fn tw_enforcement_act_7_2_life_for_offences_before_the_2005_reform_15_years() {
    let text = "case: x\njurisdiction: TW\ndefendants:\n  - name: A\n    judgments:\n      - court: DC\n        date: 2007-02-01\n        final: 2007-03-01\n        executed: 2007-03-01\n        counts:\n          - offence: a\n            committed: 2004\n            penalty: life imprisonment\n";
    let a = analyse_as_of(&load("x.yaml", text), None);
    let d = &a.defendants[0];
    assert_eq!(d.dates.parole_eligible, Some(date(2022, 3, 2)));
    assert_eq!(d.parole.eligible_after, Some(Term::years(15)));
}

/// StGB § 55 ¶1 (issue #11): only "bevor die … Strafe vollstreckt … ist". The
/// earlier year, executed from 2010-02-01, ended 2011-01-31, before the later
/// judgment of 2012-05-01: no later aggregate.
#[test]
fn stgb_55_1_no_later_aggregate_once_the_earlier_penalty_is_executed() {
    let text = "case: x\njurisdiction: DE\ndefendants:\n  - name: A\n    judgments:\n      - court: AG\n        date: 2010-01-10\n        executed: 2010-02-01\n        counts:\n          - offence: a\n            committed: 2009\n            penalty: 1 Jahr\n      - court: AG\n        date: 2012-05-01\n        after: discovered-crime\n        counts:\n          - offence: b\n            committed: 2009\n            penalty: 6 Monate\n        decided:\n          penalty: 1 Jahr 3 Monate\n";
    let a = analyse_as_of(&load("x.yaml", text), None);
    let f = a.defendants[0]
        .findings
        .iter()
        .find(|f| f.code == "de.stgb55.earlier-executed")
        .unwrap();
    assert!(f.is_error());
    assert!(f.message.en().contains("2011-01-31"));
    assert!(f.message.en().contains("Härteausgleich"));
}

/// StGB §§ 38 ¶2, 39 (issue #11): single terms as `validate` reports them.
#[test]
fn stgb_38_2_and_39_single_term_bounds_and_units() {
    let text = "case: x\njurisdiction: DE\ndefendants:\n  - name: A\n    judgments:\n      - court: AG\n        date: 2024-01-02\n        counts:\n          - offence: a\n            penalty: 16 Jahre\n          - offence: b\n            penalty: 3 Monate 10 Tage\n        decided:\n          penalty: 15 Jahre\n";
    let a = analyse_as_of(&load("x.yaml", text), None);
    let codes: Vec<_> = a.defendants[0].findings.iter().map(|f| f.code).collect();
    assert!(codes.contains(&"de.stgb38.2.outside-bounds"), "{codes:?}");
    assert!(codes.contains(&"de.stgb39.units"), "{codes:?}");
}

/// Penal Code of Japan art. 47 (issue #11): one count without
/// `statutory_max` has nothing to combine; that is not an error.
#[test]
fn jp_art47_single_count_without_statutory_max_is_not_an_error() {
    let text = "case: x\njurisdiction: JP\ndefendants:\n  - name: A\n    judgments:\n      - court: DC\n        date: 2024-01-10\n        counts:\n          - offence: theft\n            penalty: 2 years\n";
    let a = analyse_as_of(&load("x.yaml", text), None);
    let d = &a.defendants[0];
    assert!(!d.findings.iter().any(|f| f.is_error()), "{:?}", d.findings);
    assert!(
        d.findings
            .iter()
            .any(|f| f.code == "jp.single-count-no-statutory-max")
    );
}

/// TW Criminal Code art. 51 (issue #11): a later judgment's own aggregate is
/// checked against its own limit (3 + 2 years cannot give 6 years).
#[test]
fn tw_art51_later_aggregate_checked_against_its_own_limit() {
    let text = "case: x\njurisdiction: TW\ndefendants:\n  - name: A\n    judgments:\n      - court: DC\n        date: 2020-01-10\n        counts:\n          - offence: a\n            committed: 2019\n            penalty: 1 year\n      - court: DC\n        date: 2022-03-01\n        after: new-crime\n        counts:\n          - offence: b\n            committed: 2021\n            penalty: 3 years\n          - offence: c\n            committed: 2021\n            penalty: 2 years\n        decided:\n          penalty: 6 years\n";
    let a = analyse_as_of(&load("x.yaml", text), None);
    assert!(
        a.defendants[0]
            .findings
            .iter()
            .any(|f| f.code == "tw.art51.later-aggregate-outside" && f.is_error()),
        "{:?}",
        a.defendants[0].findings
    );
}

/// StGB § 57 ¶4, § 51 ¶1 (issue #11): credit that exceeds the term leaves
/// nothing to serve; the tool says it is due at once instead of only
/// printing dates before execution.
#[test]
fn stgb_57_4_credit_exceeding_the_term_is_due_at_once() {
    let text = "case: x\njurisdiction: DE\ndefendants:\n  - name: A\n    custody:\n      - from: 2024-01-01\n        to: 2024-04-30\n    judgments:\n      - court: AG\n        date: 2024-05-01\n        executed: 2024-05-10\n        counts:\n          - offence: a\n            penalty: 3 Monate\n";
    let a = analyse_as_of(&load("x.yaml", text), None);
    let d = &a.defendants[0];
    let covered: Vec<_> = d
        .dates
        .events
        .iter()
        .filter(|e| e.step.rule.id == "common.credit-covers")
        .collect();
    assert_eq!(covered.len(), 1);
    assert_eq!(covered[0].date, Some(date(2024, 5, 10)));
    assert!(covered[0].step.text.en().contains("2024-04-10"));
}

#[test]
fn gb_defendant_fields_are_refused_in_other_jurisdictions() {
    let text = "case: x\njurisdiction: DE\ndefendants:\n  - name: A\n    sex_offender: true\n    judgments:\n      - court: LG\n        date: 2024-01-10\n        counts:\n          - offence: Diebstahl\n            penalty: 1 Jahr\n";
    let f = findings("de.yaml", text);
    assert!(
        f.iter()
            .any(|x| x.code == "input.field-not-for-jurisdiction"),
        "{:?}",
        f.iter().map(|x| x.code).collect::<Vec<_>>()
    );
}

#[test]
fn cja_2003_s246_no_hdc_for_a_sex_offender_and_s260_early_removal_when_liable() {
    let text = "case: x\njurisdiction: GB-EAW\ndefendants:\n  - name: A\n    date_of_birth: 1980-01-01\n    sex_offender: true\n    early_removal: true\n    judgments:\n      - court: Crown Court\n        date: 2023-03-01\n        counts:\n          - offence: theft\n            committed: 2022-10-12\n            penalty: 18 months\n";
    let case = load("gb.yaml", text);
    let a = analyse_as_of(&case, None);
    let codes: Vec<&str> = a.defendants[0].dates.named.iter().map(|n| n.code).collect();
    assert!(!codes.contains(&"HDCED"), "{codes:?}");
    // ERS 50: 550 days, CRD 2023-11-30 (custodial part 275 days); not
    // before the day of sentence + ⌈275 / 2⌉ = 138 days (2023-07-17; the
    // MoJ adds the days to the sentence day, without − 1), at most 544 days
    // before release (2022-05-05): 2023-07-17.
    let ersed = a.defendants[0]
        .dates
        .named
        .iter()
        .find(|n| n.code == "ERSED")
        .map(|n| n.date);
    assert_eq!(ersed, Some(date(2023, 7, 17)));
}

#[test]
fn gb_adjustment_fields_are_refused_in_other_jurisdictions() {
    for field in [
        "tagged_bail:\n      - days: 4",
        "additional_days:\n      - from: 2024-03-01\n        days: 4",
        "restored_days:\n      - from: 2024-03-01\n        days: 4",
        "unlawfully_at_large:\n      - from: 2024-03-01\n        days: 4",
    ] {
        let text = format!(
            "case: x\njurisdiction: DE\ndefendants:\n  - name: A\n    {field}\n    judgments:\n      - court: LG\n        date: 2024-01-10\n        counts:\n          - offence: Diebstahl\n            penalty: 1 Jahr\n"
        );
        let f = findings("de.yaml", &text);
        let name = field.split(':').next().unwrap();
        assert!(
            f.iter()
                .any(|x| x.code == "input.field-not-for-jurisdiction"
                    && x.field.as_deref().is_some_and(|p| p.contains(name))),
            "{field}: {:?}",
            f.iter().map(|x| (x.code, &x.field)).collect::<Vec<_>>()
        );
    }
}

/// CJA 2003 s. 240A (tagged bail, deducted like remand), s. 257 with the
/// Prison Rules 1999 r. 55 and 61 (days awarded, less days restored) and
/// Prison Act 1952 s. 49(2) (time at large not served), read from a case
/// file. 2 years from 2024-09-20 is 730 days; 40 % is 292 days, last day
/// 2025-07-08; less 16 days of tagged bail, plus 5 days at large and
/// 40 − 10 = 30 days awarded: CRD 2025-07-27. The expiry 2026-09-19 less 16
/// plus 5 is 2026-09-08 (awarded days do not move it).
#[test]
fn cja_2003_s240a_s257_and_pa_1952_s49_adjustments_from_a_case_file() {
    let text = "case: x\njurisdiction: GB-EAW\ndefendants:\n  - name: A\n    date_of_birth: 1980-01-01\n    tagged_bail:\n      - days: 16\n    additional_days:\n      - from: 2024-12-01\n        days: 40\n    restored_days:\n      - from: 2024-12-01\n        days: 10\n    unlawfully_at_large:\n      - from: 2024-11-15\n        days: 5\n        to: 2024-11-19\n    judgments:\n      - court: Crown Court\n        date: 2024-09-20\n        counts:\n          - offence: theft\n            committed: 2024-01-01\n            penalty: 2 years\n";
    let a = analyse_as_of(&load("gb.yaml", text), None);
    let named = |code: &str| {
        a.defendants[0]
            .dates
            .named
            .iter()
            .find(|n| n.code == code)
            .map(|n| n.date)
    };
    assert_eq!(named("CRD"), Some(date(2025, 7, 27)));
    assert_eq!(named("SLED"), Some(date(2026, 9, 8)));
    let rules: Vec<&str> = a.defendants[0]
        .dates
        .events
        .iter()
        .map(|e| e.step.rule.id)
        .collect();
    for id in [
        "gb.cja2003.s240a.tagged-bail",
        "gb.cja2003.s257.additional-days",
        "gb.pa1952.s49.unlawfully-at-large",
    ] {
        assert!(rules.contains(&id), "{id} not cited: {rules:?}");
    }
}

#[test]
fn pa_1952_s49_time_at_large_ending_before_it_starts_is_refused_at_its_field() {
    let text = "case: x\njurisdiction: GB-EAW\ndefendants:\n  - name: A\n    unlawfully_at_large:\n      - from: 2024-11-15\n        days: 5\n        to: 2024-11-10\n    judgments:\n      - court: Crown Court\n        date: 2024-09-20\n        counts:\n          - offence: theft\n            penalty: 2 years\n";
    let f = load_str("gb.yaml", text);
    assert!(f.case.is_none());
    assert!(
        f.findings
            .iter()
            .any(|x| x.code == "input.dates-out-of-order"
                && x.field
                    .as_deref()
                    .is_some_and(|p| p.contains("unlawfully_at_large[0].to"))),
        "{:?}",
        f.findings
            .iter()
            .map(|x| (x.code, &x.field))
            .collect::<Vec<_>>()
    );
}

/// CJA 2003 s. 240A with s. 240ZA(3): tagged bail counts like remand, and
/// when it covers the custodial part release is on the day of sentence.
/// 26 weeks (182 days: 7 days a week, the MoJ's `Duration`) from 2024-09-20
/// ends 2025-03-20; 40 % is ⌈72.8⌉ = 73 days, covered by 100 days; the
/// expiry is 2025-03-20 less 100 days, 2024-12-10.
#[test]
fn cja_2003_s240a_tagged_bail_covering_a_term_in_weeks_releases_on_the_day_of_sentence() {
    let text = "case: x\njurisdiction: GB-EAW\ndefendants:\n  - name: A\n    date_of_birth: 1980-01-01\n    tagged_bail:\n      - days: 100\n    judgments:\n      - court: Crown Court\n        date: 2024-09-20\n        counts:\n          - offence: theft\n            committed: 2024-01-01\n            penalty: 26 weeks\n";
    let a = analyse_as_of(&load("gb.yaml", text), None);
    let named = |code: &str| {
        a.defendants[0]
            .dates
            .named
            .iter()
            .find(|n| n.code == code)
            .map(|n| n.date)
    };
    assert_eq!(named("CRD"), Some(date(2024, 9, 20)));
    assert_eq!(named("SLED"), Some(date(2024, 12, 10)));
}
