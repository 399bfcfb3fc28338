//! The calendar on the bundled cases and the date test files: the figures
//! the public record confirms, and the findings the date rules raise.

use jiff::civil::{Date, date};
use sentencing::analysis::DefendantAnalysis;
use sentencing::case::{JurisdictionId, load_file};
use sentencing::law::{analyse_as_of, rules};
use sentencing::penalty::Principal;
use std::path::Path;

fn analyse(path: &str) -> Vec<DefendantAnalysis> {
    let file = load_file(Path::new(path), 1 << 20).unwrap();
    assert!(!file.has_errors(), "{path}: {:?}", file.findings);
    analyse_as_of(file.case.as_ref().unwrap(), Some(date(2026, 1, 1))).defendants
}

fn one(path: &str, name: &str) -> DefendantAnalysis {
    analyse(path)
        .into_iter()
        .find(|d| d.name == name)
        .unwrap_or_else(|| panic!("{name} not in {path}"))
}

fn event(d: &DefendantAnalysis, prefix: &str) -> Option<Date> {
    d.dates
        .events
        .iter()
        .find(|e| e.event.en().starts_with(prefix))
        .and_then(|e| e.date)
}

fn has(d: &DefendantAnalysis, code: &str) -> bool {
    d.findings.iter().any(|f| f.code == code)
}

#[test]
fn cl47_li_zhuang_released_2011_06_11() {
    let d = one("cases/li-zhuang.yaml", "Li Zhuang");
    assert_eq!(d.dates.term_start, Some(date(2009, 12, 12)));
    assert_eq!(d.dates.term_end, Some(date(2011, 6, 11)));
    assert_eq!(
        event(&d, "released (recorded): confirmed"),
        Some(date(2011, 6, 11))
    );
    assert!(!has(&d, "cn.release-differs"));
    assert_eq!(d.dates.custody_credit_days, Some(59));
    // 547 days inclusive, all served by 2026.
    assert_eq!(d.dates.as_of.unwrap().served_days, Some(547));
    assert_eq!(d.dates.as_of.unwrap().remaining_days, Some(0));
}

#[test]
fn cl50_gu_kailai_commuted_to_life_2015_12_11() {
    let d = one("cases/heywood-murder.yaml", "Gu Kailai");
    assert_eq!(d.dates.effective, Some(date(2012, 8, 31)));
    assert!(d.dates.effective_assumed);
    assert_eq!(d.dates.reprieve_ends, Some(date(2014, 8, 30)));
    assert_eq!(
        event(&d, "commuted to life imprisonment"),
        Some(date(2015, 12, 11))
    );
    assert_eq!(d.dates.current, Some(Principal::Life));
    assert_eq!(d.dates.parole_eligible, None);
    assert!(d.dates.parole_barred_by.is_some());
    assert_eq!(d.dates.commutation_earliest, Some(date(2018, 12, 11)));
    assert!(d.dates.political_rights_life);
    // SPC-2016 was not in force in 2015: no warning, at most a note.
    assert!(
        !d.findings
            .iter()
            .any(|f| f.code.starts_with("cn.commutation")
                && f.severity == sentencing::finding::Severity::Warning)
    );
}

#[test]
fn wang_lijun_assumed_custody_is_labelled() {
    let d = one("cases/wang-lijun.yaml", "Wang Lijun");
    assert_eq!(d.dates.term_start, Some(date(2012, 2, 8)));
    assert_eq!(d.dates.term_end, Some(date(2027, 2, 7)));
    assert!(
        d.findings.iter().any(
            |f| f.code == "input.assumed" && f.message.en().contains("custody from 2012-02-08")
        )
    );
    assert!(has(&d, "cn.effective-date-assumed"));
    assert_eq!(d.dates.political_rights_end, Some(date(2028, 2, 6)));
}

#[test]
fn spc2016_23_2_bo_xilai_parole_13_years_from_appeal() {
    let d = one("cases/bo-xilai.yaml", "Bo Xilai");
    assert_eq!(d.dates.effective, Some(date(2013, 10, 25)));
    assert_eq!(d.dates.parole_eligible, Some(date(2026, 10, 25)));
    assert!(d.dates.political_rights_life);
    assert_eq!(d.dates.term_end, None);
}

#[test]
fn every_date_rule_applied_is_in_the_catalogue() {
    let catalogue: Vec<&str> = rules(JurisdictionId::Cn).iter().map(|r| r.id).collect();
    for path in [
        "cases/li-zhuang.yaml",
        "cases/heywood-murder.yaml",
        "cases/bo-xilai.yaml",
        "cases/wang-lijun.yaml",
        "tests/dates/fixed-terms.yaml",
        "tests/dates/reprieve-and-life.yaml",
        "tests/dates/later-crimes.yaml",
    ] {
        for d in analyse(path) {
            for e in &d.dates.events {
                assert!(catalogue.contains(&e.step.rule.id), "{}", e.step.rule.id);
            }
            for l in &d.dates.later {
                for s in l.steps.iter().chain(&l.combination.steps) {
                    assert!(catalogue.contains(&s.rule.id), "{}", s.rule.id);
                }
            }
        }
    }
}

#[test]
fn custody_with_gaps_and_commutations() {
    let d = one("tests/dates/fixed-terms.yaml", "Test Gap");
    // 30 + 199 days of detention, 20 at a designated place counted 10: 239.
    assert_eq!(d.dates.custody_credit_days, Some(239));
    assert_eq!(d.dates.term_start, Some(date(2017, 6, 11)));
    // 2027-06-10 − 1 year − 2 years 6 months.
    assert_eq!(d.dates.term_end, Some(date(2023, 12, 10)));
    assert!(has(&d, "cn.commutation.cut-too-large"));
    assert!(has(&d, "cn.commutation.too-early"));
    assert!(has(&d, "cn.commutation.interval"));
    assert_eq!(
        event(&d, "paroled (recorded): confirmed"),
        Some(date(2023, 1, 10))
    );
    assert_eq!(
        d.dates.political_rights_end_if_paroled,
        Some(date(2025, 1, 9))
    );
}

#[test]
fn month_end_convention_and_release_mismatch() {
    let d = one("tests/dates/fixed-terms.yaml", "Test Month End");
    assert_eq!(d.dates.term_end, Some(date(2019, 2, 28)));
    let f = d
        .findings
        .iter()
        .find(|f| f.code == "cn.release-differs")
        .unwrap();
    assert!(f.message.en().contains("2019-02-27") && f.message.en().contains("1 day"));
}

#[test]
fn cl41_surveillance_two_days_per_day_of_custody() {
    let d = one("tests/dates/fixed-terms.yaml", "Test Surveillance");
    assert_eq!(d.dates.custody_credit_days, Some(20));
    assert_eq!(d.dates.term_start, Some(date(2020, 5, 23)));
    // CL 55 ¶2: political rights end with the surveillance.
    assert_eq!(d.dates.political_rights_end, d.dates.term_end);
}

#[test]
fn cl80_life_to_term_and_spc2016_28_parole_after_commutation() {
    let d = one("tests/dates/reprieve-and-life.yaml", "Test Life");
    assert_eq!(d.dates.term_start, Some(date(2013, 1, 10)));
    assert_eq!(d.dates.term_end, Some(date(2032, 1, 9)));
    // 1 year 6 months after the 1-year cut of 2019-03-01: the 18 months
    // 2019-03-01 … 2020-08-31 are served, so 2020-09-01 (issue #11; the old
    // arithmetic counted from 2019-02-28 and gave 2020-08-29).
    assert_eq!(d.dates.parole_eligible, Some(date(2020, 9, 1)));
}

#[test]
fn cl50_reprieve_to_life_to_25_years_graft_2019() {
    let d = one("tests/dates/reprieve-and-life.yaml", "Test Reprieve");
    // Judgment of 2017-05-10: the appeal period's last day, 2017-05-20, is a
    // Saturday, so it runs to Monday 05-22 (CPL art. 105): effective 05-23.
    assert_eq!(d.dates.reprieve_ends, Some(date(2019, 5, 22)));
    assert_eq!(d.dates.term_end, Some(date(2048, 8, 31)));
    assert_eq!(d.dates.parole_eligible, Some(date(2034, 5, 23)));
    assert!(!has(&d, "cn.commutation.life-to-term-range"));
    // Served from the effective date, the reprieve included.
    assert_eq!(d.dates.served_from, Some(date(2017, 5, 23)));
}

#[test]
fn cl71_new_crime_first_subtract_then_combine() {
    let d = one("tests/dates/later-crimes.yaml", "Test New Crime");
    let l = &d.dates.later[0];
    assert_eq!(l.remainder.unwrap().to_string(), "2 years 10 months 9 days");
    assert_eq!(
        l.combination.range.unwrap().to_string(),
        "3 years – 5 years 10 months 9 days"
    );
    assert_eq!(l.combination.lawful, Some(true));
    assert_eq!(d.dates.term_end, Some(date(2023, 2, 28)));
}

#[test]
fn cl70_discovered_crime_first_combine_then_subtract() {
    let d = one("tests/dates/later-crimes.yaml", "Test Discovered Crime");
    let l = &d.dates.later[0];
    assert_eq!(l.remainder, None);
    assert_eq!(
        l.combination.range.unwrap().to_string(),
        "6 years – 10 years"
    );
    assert_eq!(d.dates.term_end, Some(date(2024, 1, 9)));
    assert_eq!(l.served_days, 842);
}

fn analyse_text(yaml: &str) -> (Vec<DefendantAnalysis>, Vec<sentencing::finding::Finding>) {
    let file = sentencing::case::load_str("t.yaml", yaml);
    let findings = file.findings.clone();
    let defendants = file
        .case
        .as_ref()
        .filter(|_| !file.has_errors())
        .map(|c| analyse_as_of(c, None).defendants)
        .unwrap_or_default();
    (defendants, findings)
}

const HEAD: &str = "case: t\njurisdiction: CN\ndefendants:\n  - name: T\n";

#[test]
fn cl78_2_commutation_below_the_floor_is_an_error() {
    let yaml = format!(
        "{HEAD}    custody:\n      - from: 2017-01-10\n    judgments:\n      - court: c\n        date: 2017-06-01\n        final: 2017-06-12\n        counts:\n          - offence: theft\n            article: CL 264\n            committed: 2016\n            penalty: 4 years\n    commutations:\n      - date: 2018-07-01\n        by: 2 years 1 month\n"
    );
    let (ds, _) = analyse_text(&yaml);
    let d = &ds[0];
    let f = d
        .findings
        .iter()
        .find(|f| f.code == "cn.cl78.floor")
        .unwrap();
    assert!(f.is_error());
    assert!(f.span.is_some());
}

/// CL 78 ¶2: "不能少于原判刑期的二分之一" — a cut that leaves exactly half of
/// the term in calendar units (4 years → 2 years, 2017-01-10 … 2019-01-09) is
/// at the floor, not below it (issue #11: the old half in days, rounded up,
/// put the floor one day later).
#[test]
fn cl78_2_commutation_to_exactly_half_is_at_the_floor() {
    let yaml = format!(
        "{HEAD}    custody:\n      - from: 2017-01-10\n    judgments:\n      - court: c\n        date: 2017-06-01\n        final: 2017-06-12\n        counts:\n          - offence: theft\n            article: CL 264\n            committed: 2016\n            penalty: 4 years\n    commutations:\n      - date: 2018-07-01\n        by: 2 years\n"
    );
    let (ds, _) = analyse_text(&yaml);
    assert!(!has(&ds[0], "cn.cl78.floor"));
    assert_eq!(ds[0].dates.minimum_served_until, Some(date(2019, 1, 9)));
    assert_eq!(ds[0].dates.term_end, Some(date(2019, 1, 9)));
}

#[test]
fn cl50_reprieve_commuted_before_it_expired_is_a_warning() {
    let yaml = format!(
        "{HEAD}    judgments:\n      - court: c\n        date: 2018-01-10\n        final: 2018-01-21\n        counts:\n          - offence: smuggling drugs\n            article: CL 347\n            committed: 2017\n            penalty: death with reprieve\n            political_rights: life\n    commutations:\n      - date: 2019-06-01\n        to: life imprisonment\n"
    );
    let (ds, _) = analyse_text(&yaml);
    assert!(has(&ds[0], "cn.cl50.before-reprieve-ends"));
    assert_eq!(ds[0].dates.reprieve_ends, Some(date(2020, 1, 20)));
}

#[test]
fn after_on_the_first_judgment_is_an_input_error() {
    let yaml = format!(
        "{HEAD}    judgments:\n      - court: c\n        date: 2018-01-10\n        after: new-crime\n        counts:\n          - offence: theft\n            article: CL 264\n            penalty: 1 year\n"
    );
    let (ds, findings) = analyse_text(&yaml);
    assert!(ds.is_empty());
    let f = findings
        .iter()
        .find(|f| f.code == "input.after-on-first")
        .unwrap();
    assert!(f.hint.is_some() && f.span.is_some());
}

#[test]
fn custody_after_execution_is_reported_not_credited() {
    let yaml = format!(
        "{HEAD}    custody:\n      - from: 2018-01-01\n        to: 2018-03-01\n    judgments:\n      - court: c\n        date: 2018-02-01\n        final: 2018-02-12\n        executed: 2018-02-15\n        counts:\n          - offence: theft\n            article: CL 264\n            committed: 2017\n            penalty: 1 year\n"
    );
    let (ds, _) = analyse_text(&yaml);
    let d = &ds[0];
    assert!(has(d, "cn.custody.after-execution"));
    // 2018-01-01 .. 2018-02-14 = 45 days.
    assert_eq!(d.dates.custody_credit_days, Some(45));
    assert_eq!(d.dates.term_end, Some(date(2018, 12, 31)));
}

// The lighter law (CL 12; SPC-2011T art. 6–7; SPC-2015T art. 3) on the
// invented defendants of tests/dates/lighter-law.yaml.

const LIGHTER: &str = "tests/dates/lighter-law.yaml";

fn row<'a>(d: &'a DefendantAnalysis, provision: &str) -> &'a sentencing::analysis::LighterLawRow {
    d.lighter_law
        .iter()
        .find(|r| r.provision == provision)
        .unwrap_or_else(|| panic!("{}: no {provision} row", d.name))
}

#[test]
fn cl12_spc2011t_art6_all_before_judged_2012_1997_cap_20_applies_not_25() {
    use sentencing::analysis::{LawFigure, Lighter, TextApplies};
    let d = one(LIGHTER, "Test All Before");
    let r = row(&d, "cl69.1.cap");
    let cap = |f: &LawFigure| match f {
        LawFigure::Range { cap, .. } => *cap,
        _ => None,
    };
    assert_eq!(
        cap(&r.old).map(|t| t.to_string()).as_deref(),
        Some("20 years")
    );
    assert_eq!(
        cap(&r.new).map(|t| t.to_string()).as_deref(),
        Some("25 years")
    );
    assert_eq!(r.applies, TextApplies::Old);
    assert_eq!(r.lighter, Lighter::Old);
    assert_eq!(r.decided_by.id, "cn.spc2011t.6.text-by-offence-date");
    // The analysis itself applied the 1997 text: 20 years is lawful.
    assert_eq!(d.combination.as_ref().unwrap().lawful, Some(true));
}

#[test]
fn cl12_spc2011t_art6_one_crime_after_2011_05_01_the_amended_cap_applies() {
    use sentencing::analysis::TextApplies;
    let d = one(LIGHTER, "Test Spanning");
    assert_eq!(row(&d, "cl69.1.cap").applies, TextApplies::New);
    assert_eq!(d.combination.as_ref().unwrap().lawful, Some(true));
}

#[test]
fn cl12_spc2011t_art7_life_for_2010_crime_judged_2012_parole_after_10_years() {
    use sentencing::analysis::{LawFigure, TextApplies};
    use sentencing::penalty::Term;
    let d = one(LIGHTER, "Test Life Before");
    for p in ["cl81.1.life-parole", "cl78.2.life-minimum"] {
        let r = row(&d, p);
        assert_eq!(r.old, LawFigure::Minimum(Term::years(10)), "{p}");
        assert_eq!(r.new, LawFigure::Minimum(Term::years(13)), "{p}");
        assert_eq!(r.applies, TextApplies::Old, "{p}");
        assert_eq!(r.decided_by.id, "cn.spc2011t.7.life-by-offence-date");
    }
    assert_eq!(d.parole.eligible_after, Some(Term::years(10)));
    // The 1997 figure of CL 81 ¶1 is UNVERIFIED, and the report says so.
    assert!(has(&d, "rule.unverified"));
}

#[test]
fn cl12_undated_crimes_show_both_texts_and_assert_neither() {
    use sentencing::analysis::TextApplies;
    let d = one(LIGHTER, "Test Undated");
    assert_eq!(row(&d, "cl69.1.cap").applies, TextApplies::NotSettled);
    // Bo Xilai: no offence dates, life imprisonment judged 2013.
    let bo = one("cases/bo-xilai.yaml", "Bo Xilai");
    assert_eq!(
        row(&bo, "cl81.1.life-parole").applies,
        TextApplies::NotSettled
    );
    assert_eq!(
        row(&bo, "cl78.2.life-minimum").applies,
        TextApplies::NotSettled
    );
}

#[test]
fn cl12_spc2015t_art3_mixed_kinds_committed_2014_tried_2016_amended_cl69_2() {
    use sentencing::analysis::{LawFigure, TextApplies};
    let d = one(LIGHTER, "Test Mixed Kinds");
    let r = row(&d, "cl69.2.mixed-kinds");
    assert_eq!(r.old, LawFigure::NoRule);
    assert_eq!(r.applies, TextApplies::New);
    assert_eq!(r.decided_by.id, "cn.spc2015t.3.mixed-kinds-amended-text");
}

#[test]
fn cl12_no_comparison_when_no_text_changed_between_offence_and_judgment() {
    // Li Zhuang: judged in 2010, before Amendment VIII.
    assert!(
        one("cases/li-zhuang.yaml", "Li Zhuang")
            .lighter_law
            .is_empty()
    );
    // Every date-test defendant whose crimes follow Amendment IX.
    for d in analyse("tests/dates/fixed-terms.yaml") {
        assert!(d.lighter_law.is_empty(), "{}", d.name);
    }
}

/// CL 81 ¶1, issue #11: Wang Lijun's 15 years from 2012-02-08; half in
/// calendar units is 7 years 6 months, so parole is possible from
/// 2019-08-08, and a parole recorded on that day is not early.
#[test]
fn cl81_wang_lijun_parole_at_exactly_half_is_not_too_early() {
    let yaml = format!(
        "{HEAD}    custody:\n      - from: 2012-02-08\n    judgments:\n      - court: c\n        date: 2012-09-24\n        final: 2012-10-08\n        counts:\n          - offence: accepting bribes\n            article: CL 385\n            committed: 2012\n            penalty: 15 years\n    paroled: 2019-08-08\n"
    );
    let (ds, _) = analyse_text(&yaml);
    assert_eq!(ds[0].dates.term_start, Some(date(2012, 2, 8)));
    assert_eq!(ds[0].dates.parole_eligible, Some(date(2019, 8, 8)));
    assert!(!has(&ds[0], "cn.paroled-too-early"));
}

/// Issue #11: `--as-of` before the term starts says so and never counts
/// more days remaining than the term has (Wang Lijun: 5479 days from
/// 2012-02-08 to 2027-02-07, not the 9899 days after 2000-01-01).
#[test]
fn as_of_before_the_term_starts_leaves_the_whole_term_wang_lijun() {
    let file = load_file(Path::new("cases/wang-lijun.yaml"), 1 << 20).unwrap();
    let a = analyse_as_of(file.case.as_ref().unwrap(), Some(date(2000, 1, 1)));
    let d = &a.defendants[0];
    let pos = d.dates.as_of.as_ref().unwrap();
    assert_eq!(pos.served_days, Some(0));
    assert_eq!(pos.remaining_days, Some(5479));
    let e = d
        .dates
        .events
        .iter()
        .find(|e| e.event.en().starts_with("as of"))
        .unwrap();
    assert!(
        e.step.text.en().contains("has not started"),
        "{}",
        e.step.text.en()
    );
}

/// The same outside China (common::position_on): Germany's worked example.
#[test]
fn as_of_before_the_term_starts_outside_china() {
    let file = load_file(
        Path::new("cases/de-worked-example-gesamtstrafe.yaml"),
        1 << 20,
    )
    .unwrap();
    let a = analyse_as_of(file.case.as_ref().unwrap(), Some(date(1990, 1, 1)));
    let d = &a.defendants[0];
    let pos = d.dates.as_of.as_ref().unwrap();
    let (from, end) = (d.dates.served_from.unwrap(), d.dates.term_end.unwrap());
    let term_days = end.since((jiff::Unit::Day, from)).unwrap().get_days() as i64 + 1;
    assert_eq!(pos.served_days, Some(0));
    assert_eq!(pos.remaining_days, Some(term_days));
}

/// Issue #11: the arithmetic text never states an impossible sum. Where the
/// month reached lacks the start's day it gives the reason instead.
#[test]
fn period_text_never_prints_an_impossible_sum() {
    use sentencing::calendar::period_end;
    use sentencing::law::common::period_text;
    use sentencing::penalty::Term;
    let t = |m, d| Term::new(0, m, d).unwrap();
    let cases = [
        (
            date(2019, 3, 1),
            t(1, 0),
            "2019-03-01 + 1 month − 1 day = 2019-03-31",
        ),
        (date(2019, 1, 31), t(1, 0), "which has no day 31"),
        (date(2019, 1, 31), t(1, 10), "+ 10 day(s) = 2019-03-10"),
    ];
    for (first, term, expected) in cases {
        let last = period_end(first, term).unwrap();
        let text = period_text(first, term, last).en();
        assert!(text.contains(expected), "{text}");
        assert!(text.contains(&last.to_string()), "{text}");
    }
}
