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
    let d = one(
        "tests/cn/parole-revoked.yaml",
        "Test Parole Revoked For Violation",
    );
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

/// CL 71 applies from the pronouncement: on bail, the earlier 2 years had
/// not begun, so the whole term is the remainder: range 2–3 years.
#[test]
fn cl71_earlier_sentence_never_executed_whole_term_remains() {
    let d = one(
        "tests/cn/later-crimes-unexecuted.yaml",
        "Test Earlier Never Executed",
    );
    let later = &d.dates.later[0];
    assert_eq!(later.served_days, 0);
    assert_eq!(later.remainder, Some(Term::years(2)));
    let range = later.combination.range.unwrap();
    assert_eq!((range.min, range.max), (years(2), years(3)));
    assert_eq!(later.combination.lawful, Some(true));
    assert!(has(&d, "cn.later-crimes.earlier-not-executed"));
    assert!(errors(&d).is_empty(), "{:?}", errors(&d));
}

/// CL 69 ¶3 through CL 71: the later judgment's fine is combined with the
/// earlier one (SPC-2000 art. 3 ¶1: added), 5,000 + 3,000 = 8,000 CNY, and
/// the decided 8,000 CNY is checked against it.
#[test]
fn cl71_spc2000_art3_later_fines_added_to_the_earlier() {
    let d = one(
        "tests/cn/later-crimes-unexecuted.yaml",
        "Test Earlier Never Executed",
    );
    let supp = &d.dates.later[0].supplementary;
    assert_eq!(supp.fine.as_ref().unwrap().to_string(), "8,000 CNY");
    assert_eq!(supp.decided_fine.as_ref().unwrap().to_string(), "8,000 CNY");
}

/// CL 71 with only the deprivation of political rights left (CL 58): the
/// 3 years ended 2016-12-31, the 2 years of political rights run to
/// 2018-12-30; on 2017-09-01 486 days (2017-09-01 – 2018-12-30) are left;
/// they continue after the new year (2017-09-01 – 2018-08-31): 2018-09-01
/// + 486 days − 1 = 2019-12-30.
#[test]
fn cl71_cl58_only_political_rights_remain() {
    let d = one(
        "tests/cn/later-crimes-unexecuted.yaml",
        "Test Only Political Rights Remain",
    );
    let later = &d.dates.later[0];
    assert_eq!(later.political_rights_end, Some(date(2019, 12, 30)));
    assert_eq!(later.term_end, Some(date(2018, 8, 31)));
    assert_eq!(later.combination.lawful, Some(true));
    assert!(!has(&d, "cn.later-crimes.after-term"));
    assert!(errors(&d).is_empty(), "{:?}", errors(&d));
    assert_eq!(d.dates.political_rights_end, later.political_rights_end);
}

fn event(d: &DefendantAnalysis, prefix: &str) -> Option<Date> {
    d.dates
        .events
        .iter()
        .find(|e| e.event.en().starts_with(prefix))
        .and_then(|e| e.date)
}

fn codes(d: &DefendantAnalysis) -> Vec<&'static str> {
    d.findings.iter().map(|f| f.code).collect()
}

/// CL 50 ¶2: the restriction decided on the combined sentence is within the
/// lawful range; SPC-2016 art. 14: a 1-year cut 13 months after a 6-month
/// one exceeds 6 months and comes before the 2-year interval.
#[test]
fn cl50_2_restricted_commutation_on_the_combined_sentence() {
    let d = one(
        "tests/cn/reprieve-regimes.yaml",
        "Test Restricted Commutation",
    );
    let comb = d.combination.as_ref().unwrap();
    assert_eq!(comb.lawful, Some(true));
    assert!(!has(&d, "cn.cl50.restricted-not-eligible"));
    // SPC-2016 art. 13: 5 years after becoming life.
    assert_eq!(
        event(&d, "next commutation possible from"),
        Some(date(2021, 6, 15))
    );
    let c = codes(&d);
    assert!(c.contains(&"cn.commutation.cut-too-large"), "{c:?}");
    assert!(c.contains(&"cn.commutation.too-early"), "{c:?}");
    assert!(errors(&d).is_empty(), "{:?}", errors(&d));
}

/// CL 50 ¶2: drug trafficking is not listed and the defendant is no
/// recidivist: the restriction is refused.
#[test]
fn cl50_2_restricted_commutation_not_eligible() {
    let d = one(
        "tests/cn/reprieve-regimes.yaml",
        "Test Restricted Not Eligible",
    );
    assert!(has(&d, "cn.cl50.restricted-not-eligible"));
}

/// CL 383 ¶4, SPC-2016 art. 15: the ruling to life at the expiry is accepted;
/// the later commutation is refused.
#[test]
fn cl383_4_life_without_parole_ruling_accepted_then_barred() {
    let d = one("tests/cn/reprieve-regimes.yaml", "Test Life Without Parole");
    assert_eq!(
        event(&d, "commuted to life imprisonment"),
        Some(date(2018, 10, 25))
    );
    let barred: Vec<_> = d
        .findings
        .iter()
        .filter(|f| f.code == "cn.commutation.barred")
        .collect();
    assert_eq!(barred.len(), 1, "{:?}", codes(&d));
    assert!(barred[0].message.en().contains("2022-11-01"));
    assert!(!has(&d, "cn.cl383.life-without-parole-not-eligible"));
}

/// CL 383 ¶4: refused for intentional homicide.
#[test]
fn cl383_4_life_without_parole_refused_for_murder() {
    let d = one(
        "tests/cn/reprieve-regimes.yaml",
        "Test Life Without Parole For Murder",
    );
    assert!(has(&d, "cn.cl383.life-without-parole-not-eligible"));
}

/// CL 50 ¶1, SPC-2016 art. 10 ¶2 → 8: straight to 25 years on 2017-06-10,
/// the next commutation 2 years after that ruling.
#[test]
fn spc2016_art10_2_next_commutation_two_years_after_the_25_year_ruling() {
    let d = one(
        "tests/cn/reprieve-regimes.yaml",
        "Test Reprieve To 25 Years",
    );
    assert_eq!(
        event(&d, "next commutation possible from"),
        Some(date(2019, 6, 10))
    );
    assert_eq!(d.dates.term_end, Some(date(2042, 5, 31)));
}

/// Unit tests of `law::cn::categories` (here, not in the module: they read
/// counts from case text, and the module may not import the loader).
mod categories {
    use sentencing::case::{Category, Count};
    use sentencing::law::cn::categories::categories;

    /// One count read from a case file, as the user writes it.
    fn count(offence: &str, native: Option<&str>, article: &str) -> Count {
        let native = native.map_or(String::new(), |n| {
            format!("\n            native_offence: {n}")
        });
        let yaml = format!(
            "case: t\njurisdiction: CN\ndefendants:\n  - name: T\n    judgments:\n      - court: C\n        date: 2020-01-01\n        counts:\n          - offence: {offence}{native}\n            article: {article}\n            penalty: life\n"
        );
        let file = sentencing::case::load_str("t.yaml", &yaml);
        let case = file.case.unwrap_or_else(|| panic!("{:?}", file.findings));
        case.defendants[0].judgments[0].counts[0].clone()
    }

    fn violent(c: &Count) -> bool {
        categories(c).contains(&Category::Violent)
    }

    #[test]
    fn cl81_2_the_listed_articles() {
        assert!(violent(&count("intentional homicide", None, "CL 232")));
        assert!(violent(&count("rape", None, "CL 236")));
        assert!(violent(&count("robbery", None, "CL 263")));
        assert!(violent(&count("kidnapping", None, "CL 239")));
    }

    #[test]
    fn cl236_1_is_not_rape() {
        assert!(!violent(&count(
            "sexual relations with a ward",
            None,
            "CL 236-1"
        )));
        assert!(!violent(&count(
            "负有照护职责人员性侵",
            None,
            "第236条之一"
        )));
    }

    #[test]
    fn cl114_115_only_arson_explosion_dangerous_substances() {
        assert!(violent(&count("arson", None, "CL 115")));
        assert!(violent(&count("x", Some("爆炸罪"), "CL 114")));
        assert!(violent(&count(
            "spreading dangerous substances",
            None,
            "CL 115"
        )));
        assert!(!violent(&count("flooding", Some("决水罪"), "CL 114")));
        assert!(!violent(&count(
            "endangering public safety by dangerous means",
            Some("以危险方法危害公共安全罪"),
            "CL 115"
        )));
    }
}

/// Unit tests of `law::cn::reprieve_regimes` (here, not in the module: they read
/// counts from case text, and the module may not import the loader).
mod reprieve_regimes {
    use jiff::civil::Date;
    use sentencing::case::{Category, Count};
    use sentencing::law::cn::categories::categories;
    use sentencing::law::cn::reprieve_regimes::{RegimeInput, check};
    use sentencing::penalty::ReprieveRestriction;

    fn counts(yaml_counts: &str, date: &str) -> Vec<Count> {
        let yaml = format!(
            "case: t\njurisdiction: CN\ndefendants:\n  - name: T\n    judgments:\n      - court: C\n        date: {date}\n        counts:\n{yaml_counts}        decided:\n          penalty: death with reprieve\n"
        );
        let file = sentencing::case::load_str("t.yaml", &yaml);
        let case = file.case.unwrap_or_else(|| panic!("{:?}", file.findings));
        case.defendants[0].judgments[0].counts.clone()
    }

    fn run(
        cs: &[Count],
        regime: ReprieveRestriction,
        recidivist: bool,
        day: Date,
    ) -> Vec<&'static str> {
        let cats: Vec<Vec<Category>> = cs.iter().map(categories).collect();
        check(&RegimeInput {
            counts: cs,
            categories: &cats,
            recidivist,
            regime,
            span: None,
            judgment_date: day,
        })
        .into_iter()
        .map(|f| f.code)
        .collect()
    }

    const MURDER_AND_DRUGS: &str = "          - offence: intentional homicide\n            article: CL 232\n            committed: 2013\n            penalty: death with reprieve\n          - offence: drug trafficking\n            article: CL 347\n            committed: 2013\n            penalty: 15 years\n";
    const DRUGS_REPRIEVE: &str = "          - offence: drug trafficking\n            article: CL 347\n            committed: 2013\n            penalty: death with reprieve\n          - offence: robbery\n            article: CL 263\n            committed: 2013\n            penalty: 10 years\n";
    const BRIBERY: &str = "          - offence: bribery\n            article: CL 385, 386\n            committed: 2016\n            penalty: death with reprieve\n";

    #[test]
    fn cl50_2_restricted_for_a_listed_crime_sentenced_to_reprieve() {
        let cs = counts(MURDER_AND_DRUGS, "2014-05-01");
        assert!(
            run(
                &cs,
                ReprieveRestriction::RestrictedCommutation,
                false,
                jiff::civil::date(2014, 5, 1)
            )
            .is_empty()
        );
    }

    #[test]
    fn cl50_2_restricted_refused_when_the_reprieve_is_for_an_unlisted_crime() {
        // The robbery got 10 years; the reprieve is for drugs.
        let cs = counts(DRUGS_REPRIEVE, "2014-05-01");
        let day = jiff::civil::date(2014, 5, 1);
        assert_eq!(
            run(&cs, ReprieveRestriction::RestrictedCommutation, false, day),
            ["cn.cl50.restricted-not-eligible"]
        );
        // A recidivist is eligible whatever the crime.
        assert!(run(&cs, ReprieveRestriction::RestrictedCommutation, true, day).is_empty());
    }

    #[test]
    fn cl50_2_restricted_did_not_exist_before_amendment_viii() {
        let cs = counts(&MURDER_AND_DRUGS.replace("2013", "2009"), "2010-05-01");
        assert_eq!(
            run(
                &cs,
                ReprieveRestriction::RestrictedCommutation,
                false,
                jiff::civil::date(2010, 5, 1)
            ),
            ["cn.cl50.restricted-before-a8"]
        );
    }

    #[test]
    fn cl383_4_life_without_parole_only_for_graft_and_bribery() {
        let day = jiff::civil::date(2017, 5, 1);
        let bribery = counts(BRIBERY, "2017-05-01");
        assert!(
            run(
                &bribery,
                ReprieveRestriction::LifeWithoutCommutationOrParole,
                false,
                day
            )
            .is_empty()
        );
        let murder = counts(&MURDER_AND_DRUGS.replace("2013", "2016"), "2017-05-01");
        assert_eq!(
            run(
                &murder,
                ReprieveRestriction::LifeWithoutCommutationOrParole,
                false,
                day
            ),
            ["cn.cl383.life-without-parole-not-eligible"]
        );
    }
}

/// SPC-2016 art. 7 ¶2: two counts of 10 years or more → at most 1 year a
/// commutation (the ordinary art. 6 would allow 2 years).
#[test]
fn spc2016_art7_2_two_counts_of_ten_years_one_year_a_cut() {
    let d = one("tests/cn/spc-rules.yaml", "Test Two Counts Of Ten Years");
    let cut = d
        .findings
        .iter()
        .find(|f| f.code == "cn.commutation.cut-too-large")
        .expect("the 1 year 6 months cut is too large");
    assert!(cut.message.en().contains("SPC-2016 art. 7"));
}

/// SPC-2019 art. 7: from 2019-06-01 only. The ruling of 2018-07-01 follows
/// SPC-2016 art. 7 (2 years from execution, 2018-06-12): not too early; the
/// ruling of 2020-01-15 follows SPC-2019 art. 2 (2 years after 2018-07-01).
#[test]
fn spc2019_art7_applies_to_rulings_from_2019_06_01() {
    let d = one("tests/cn/spc-rules.yaml", "Test Graft Across SPC-2019");
    let early: Vec<String> = d
        .findings
        .iter()
        .filter(|f| f.code == "cn.commutation.too-early")
        .map(|f| f.message.en())
        .collect();
    assert_eq!(early.len(), 1, "{early:?}");
    assert!(early[0].contains("2020-01-15") && early[0].contains("2020-07-01"));
    // The earliest first ruling: SPC-2016 art. 7 ¶2, 2 years from execution
    // (2016-06-12), before SPC-2019 came into force.
    assert_eq!(
        event(&d, "first commutation possible from"),
        Some(date(2018, 6, 12))
    );
}

/// SPC-2016 art. 16: 2 years from 2018-01-01 end 2019-12-31; under 2 years
/// remain at the effective date 2018-09-12: no fixed start.
#[test]
fn spc2016_art16_imprisonment_under_two_years_left() {
    let d = one("tests/cn/spc-rules.yaml", "Test Short Remainder");
    assert_eq!(d.dates.commutation_earliest, None);
    assert_eq!(d.commutation.earliest_first, None);
    assert_eq!(
        d.commutation.start_rule.map(|r| r.id),
        Some("cn.spc2016.16.start-short")
    );
}

/// CL 50 ¶1 (Amendment IX): an intentional crime on 2017-03-10 during the
/// reprieve (2016-06-01 – 2018-05-31): the two years restart, to 2019-03-09.
#[test]
fn cl50_1_intentional_crime_during_the_reprieve_restarts_it() {
    let d = one("tests/cn/reprieve-crime.yaml", "Test Reprieve Restarts");
    assert_eq!(d.dates.reprieve_ends, Some(date(2019, 3, 9)));
    assert!(has(&d, "cn.cl50.reprieve-restarts"));
    assert!(d.dates.later.is_empty());
    assert!(errors(&d).is_empty(), "{:?}", errors(&d));
}

/// CL 50 ¶1: the later judgment decides death: execution, no restart.
#[test]
fn cl50_1_intentional_crime_during_the_reprieve_death() {
    let d = one("tests/cn/reprieve-crime.yaml", "Test Reprieve Crime Death");
    assert_eq!(d.dates.reprieve_ends, Some(date(2018, 5, 31)));
    assert!(
        d.dates
            .events
            .iter()
            .any(|e| e.step.rule.id == "cn.cl50.1.reprieve-restarts.a9")
    );
}

/// A defendant on bail at the judgment starts serving when taken into
/// custody: without `executed:` the assumption says so.
#[test]
fn cl47_on_bail_serving_starts_in_custody_assumption_stated() {
    let d = one(
        "tests/cn/later-crimes-unexecuted.yaml",
        "Test Earlier Never Executed",
    );
    let f = d
        .findings
        .iter()
        .find(|f| f.code == "cn.execution-assumed")
        .unwrap();
    assert!(f.message.en().contains("at liberty"), "{}", f.message.en());
}

/// CL 65: within 5 years of the earlier sentence's end, as the file says.
#[test]
fn cl65_recidivism_within_five_years() {
    let d = one(
        "tests/cn/recidivism.yaml",
        "Test Recidivist Within Five Years",
    );
    assert!(has(&d, "cn.cl65.recidivism"));
    assert!(!has(&d, "cn.cl65.recidivist-not-borne-out"));
}

/// CL 65: 2018 is more than 5 years after 2010-01-01: not borne out.
#[test]
fn cl65_recidivism_outside_five_years_flag_not_borne_out() {
    let d = one(
        "tests/cn/recidivism.yaml",
        "Test Recidivist Outside Five Years",
    );
    assert!(has(&d, "cn.cl65.recidivist-not-borne-out"));
}

/// CL 65: the earlier sentence makes a recidivist the file does not mark.
#[test]
fn cl65_recidivism_not_recorded() {
    let d = one("tests/cn/recidivism.yaml", "Test Recidivist Not Recorded");
    assert!(has(&d, "cn.cl65.recidivist-not-recorded"));
}

/// CL 65 ¶1 (Amendment VIII): the earlier crime at 16 excludes recidivism.
#[test]
fn cl65_minor_exclusion() {
    let d = one(
        "tests/cn/recidivism.yaml",
        "Test Recidivist Minor Earlier Crime",
    );
    let f = d
        .findings
        .iter()
        .find(|f| f.code == "cn.cl65.recidivist-not-borne-out")
        .unwrap();
    assert!(f.message.en().contains("age of 18"));
}

/// CL 66: terrorism again, 14 years later: recidivism at any time.
#[test]
fn cl66_special_recidivism_at_any_time() {
    let d = one("tests/cn/recidivism.yaml", "Test Special Recidivism");
    assert!(has(&d, "cn.cl66.special-recidivism"));
    assert!(!has(&d, "cn.cl65.recidivist-not-borne-out"));
}

/// CL 49 ¶1: 17 at the crime: death with reprieve is refused.
#[test]
fn cl49_1_no_death_for_a_minor_at_the_crime() {
    let d = one("tests/cn/minors.yaml", "Test Minor Sentenced To Death");
    let f = d
        .findings
        .iter()
        .find(|f| f.code == "cn.cl49.minor-death")
        .unwrap();
    assert_eq!(f.severity, sentencing::finding::Severity::Error);
}

/// CL 17, 65, 100; SPC-2016 art. 19, 26: the consequences of a crime at 17.
#[test]
fn cl17_minor_at_the_crime_noted() {
    let d = one("tests/cn/minors.yaml", "Test Minor");
    assert!(has(&d, "cn.cl17.minor"));
    assert!(!has(&d, "cn.cl49.minor-death"));
}

/// CL 49 ¶2: 79 at trial.
#[test]
fn cl49_2_over_75_at_trial() {
    let d = one("tests/cn/minors.yaml", "Test Over 75 At Trial");
    assert!(has(&d, "cn.cl49.over-75-death"));
    assert!(!has(&d, "cn.cl17.minor"));
}

/// Ages are reached on the day after the birthday (SPC 2006 art. 2): on the
/// 18th birthday a person is still 17.
#[test]
fn cl17_age_reached_the_day_after_the_birthday() {
    use sentencing::law::cn::minors::{age_on, first_day_of_18};
    assert_eq!(age_on(date(2000, 3, 1), date(2018, 3, 1)), Some(17));
    assert_eq!(age_on(date(2000, 3, 1), date(2018, 3, 2)), Some(18));
    assert_eq!(first_day_of_18(date(2000, 3, 1)), Some(date(2018, 3, 2)));
}

/// CL 69 ¶2 (Amendment IX): the surveillance runs after the imprisonment,
/// 2019-01-10 – 2020-01-09.
#[test]
fn cl69_2_surveillance_after_imprisonment_dated() {
    let d = one(
        "tests/cn/surveillance-after.yaml",
        "Test Surveillance After Prison",
    );
    assert_eq!(d.dates.term_end, Some(date(2019, 1, 9)));
    assert_eq!(
        event(&d, "public surveillance starts"),
        Some(date(2019, 1, 10))
    );
    assert_eq!(
        event(&d, "public surveillance ends"),
        Some(date(2020, 1, 9))
    );
    assert!(errors(&d).is_empty(), "{:?}", errors(&d));
}

/// CL 86 ¶3 on a given day: the 425 days on parole (2015-01-01 to the
/// return on 2016-03-01) are not served: 2498 days served by 2018-01-01
/// (1826 before parole + 672 after the return), 1154 remain: 3652 in all,
/// the 10 years.
#[test]
fn cl86_3_as_of_parole_days_not_served() {
    let file = load_file(Path::new("tests/cn/parole-revoked.yaml"), 1 << 20).unwrap();
    let d = analyse_as_of(file.case.as_ref().unwrap(), Some(date(2018, 1, 1)))
        .defendants
        .into_iter()
        .find(|d| d.name == "Test Parole Revoked For Violation")
        .unwrap();
    let a = d.dates.as_of.unwrap();
    assert_eq!(a.served_days, Some(2498));
    assert_eq!(a.remaining_days, Some(1154));
}

/// The CN defendant fields are refused for another jurisdiction, never
/// silently ignored.
#[test]
fn cn_fields_refused_elsewhere() {
    let yaml = "case: t\njurisdiction: DE\ndefendants:\n  - name: T\n    paroled: 2015-01-01\n    parole_revoked: 2016-01-01\n    previous:\n      - penalty: 3 years\n        ended: 2010-01-01\n    judgments:\n      - court: C\n        date: 2020-01-01\n        counts:\n          - offence: theft\n            penalty: 3 years\n";
    let file = sentencing::case::load_str("t.yaml", yaml);
    let refused: Vec<String> = file
        .findings
        .iter()
        .filter(|f| f.code == "input.field-not-for-jurisdiction")
        .map(|f| f.message.en())
        .collect();
    assert_eq!(refused.len(), 2, "{:?}", file.findings);
}

// --- CL 71: the remainder as the later judgment states it (issue #13) ---

/// A CL 71 case in the shape of corpus line 106: 1 year 5 months, 15 days
/// in custody before it, a new crime judged on 2016-11-30.
fn cl71_stated(stated: &str) -> DefendantAnalysis {
    let yaml = format!(
        "case: t\njurisdiction: CN\ndefendants:\n  - name: A\n    custody:\n      - kind: detention\n        from: 2015-03-18\n        to: 2015-04-01\n    judgments:\n      - court: a\n        date: 2016-07-01\n        counts:\n          - offence: 诈骗罪\n            penalty: 有期徒刑一年五个月\n      - court: b\n        date: 2016-11-30\n        after: new-crime\n        stated_remainder: {stated}\n        counts:\n          - offence: 容留他人吸毒罪\n            penalty: 有期徒刑七个月\n        decided:\n          penalty: 有期徒刑一年十个月\n"
    );
    let file = sentencing::case::load_str("t.yaml", &yaml);
    assert!(!file.has_errors(), "{:?}", file.findings);
    analyse_as_of(file.case.as_ref().unwrap(), Some(date(2026, 1, 1)))
        .defendants
        .remove(0)
}

/// CL 71: the court's stated remainder (1 year 4 months 15 days) is the one
/// combined — range 1 year 4 months 15 days to 1 year 11 months 15 days —
/// and its difference from the remainder the dates give is a warning.
#[test]
fn cl71_stated_remainder_is_combined_and_checked_against_the_dates() {
    let d = cl71_stated("有期徒刑一年四个月又十五天");
    let later = &d.dates.later[0];
    let stated = Term::new(1, 4, 15).unwrap();
    assert_eq!(later.remainder, Some(stated));
    let range = later.combination.range.unwrap();
    assert_eq!(
        (range.min, range.max),
        (
            Principal::Imprisonment(stated),
            Principal::Imprisonment(Term::new(1, 11, 15).unwrap())
        )
    );
    assert_eq!(later.combination.lawful, Some(true));
    assert!(has(&d, "cn.cl71.stated-remainder-differs"));
    assert!(
        later
            .steps
            .iter()
            .any(|s| s.rule.id == "cn.cl71.stated-remainder")
    );
}

/// The same remainder as the dates give (11 months 28 days from the judgment
/// of 2016-11-30 to the earlier term's end): no warning.
#[test]
fn cl71_stated_remainder_agreeing_with_the_dates_is_confirmed() {
    let d = cl71_stated("有期徒刑十一个月二十八天");
    assert_eq!(
        d.dates.later[0].remainder,
        Some(Term::new(0, 11, 28).unwrap())
    );
    assert!(!has(&d, "cn.cl71.stated-remainder-differs"));
}

/// `stated_remainder:` is a located error off a CL 71 judgment (no
/// `after: new-crime`), outside CN, and for anything but a fixed term.
#[test]
fn cl71_stated_remainder_errors_are_located() {
    let file = |jur: &str, after: &str, stated: &str| {
        let yaml = format!(
            "case: t\njurisdiction: {jur}\ndefendants:\n  - name: A\n    judgments:\n      - court: a\n        date: 2016-07-01\n        counts:\n          - offence: o\n            penalty: 有期徒刑一年五个月\n      - court: b\n        date: 2016-11-30\n        after: {after}\n        stated_remainder: {stated}\n        counts:\n          - offence: p\n            penalty: 有期徒刑七个月\n"
        );
        sentencing::case::load_str("t.yaml", &yaml)
    };
    let code_at = |f: &sentencing::case::LoadedFile, code: &str| {
        f.findings
            .iter()
            .find(|x| x.code == code)
            .and_then(|x| x.field.clone())
            .unwrap_or_else(|| panic!("{code} not in {:?}", f.findings))
    };
    assert_eq!(
        code_at(
            &file("CN", "discovered-crime", "有期徒刑一年"),
            "input.remainder-without-new-crime"
        ),
        "defendants[0].judgments[1].stated_remainder"
    );
    assert_eq!(
        code_at(
            &file("CN", "new-crime", "拘役三个月"),
            "input.bad-remainder"
        ),
        "defendants[0].judgments[1].stated_remainder"
    );
    assert!(file("DE", "new-crime", "有期徒刑一年").has_errors());
    assert!(!file("CN", "new-crime", "有期徒刑一年").has_errors());
}
