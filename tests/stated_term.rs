//! The court's stated term checked against the law's arithmetic (rule
//! `cn.stated-term`, src/law/cn/stated_term.rs), on case files as
//! `sentencing import` writes them.

use sentencing::case::load_str;

fn check(custody: &str, penalty: &str, from: &str, to: &str) -> sentencing::analysis::StatedCheck {
    let yaml = format!(
        "case: t\njurisdiction: CN\ndefendants:\n  - name: A\n    custody:\n{custody}    judgments:\n      - court: c\n        date: 2018-02-08\n        counts:\n          - offence: o\n            penalty: {penalty}\n        stated_term:\n          from: {from}\n          to: {to}\n"
    );
    let f = load_str("t.yaml", &yaml);
    assert!(!f.has_errors(), "{:?}", f.findings);
    let a = sentencing::law::analyse(f.case.as_ref().unwrap());
    a.defendants[0].dates.stated_term.unwrap()
}

/// （2018）浙1022刑初41号: detained 2017-12-23, bailed 2018-01-05,
/// arrested 2018-02-08; "即自2018年2月8日起至2019年7月24日止" for
/// 有期徒刑一年六个月: 14 days of earlier custody credited (CL 47).
#[test]
fn cl47_credit_of_custody_before_the_courts_first_day() {
    let c = check(
        "      - from: 2017-12-23\n        to: 2018-01-05\n      - from: 2018-01-05\n        to: 2018-02-07\n        kind: bail\n      - from: 2018-02-08\n",
        "有期徒刑一年六个月",
        "2018-02-08",
        "2019-07-24",
    );
    assert_eq!(c.credit_days, 14);
    assert!(c.confirmed(), "{c:?}");
}

/// "羁押期间取保候审的，刑期的终止日期顺延，即自2016年11月24日起至2018年6月12日止"
/// (有期徒刑一年): counted from the first day of custody, the end
/// postponed by the 201 days on bail.
#[test]
fn cl47_days_on_bail_postpone_the_end_counted_from_the_first_custody() {
    let c = check(
        "      - from: 2016-11-24\n        to: 2016-12-07\n      - from: 2016-12-07\n        to: 2017-06-26\n        kind: bail\n      - from: 2017-06-27\n",
        "有期徒刑一年",
        "2016-11-24",
        "2018-06-12",
    );
    assert!(c.confirmed(), "{c:?}");
}

#[test]
fn cl47_a_different_last_day_is_a_difference() {
    let c = check(
        "      - from: 2017-10-24\n",
        "有期徒刑六个月",
        "2017-10-24",
        "2018-04-22",
    );
    assert!(!c.confirmed());
    assert_eq!(c.law_end, jiff::civil::date(2018, 4, 23));
}

/// A suspended sentence with the probation period the court states
/// (缓刑考验期…即自…起至…止), as `sentencing import` records it.
fn probation(stated_from: &str, stated_to: &str) -> sentencing::analysis::DefendantAnalysis {
    let yaml = format!(
        "case: t\njurisdiction: CN\ndefendants:\n  - name: A\n    judgments:\n      - court: c\n        date: 2018-06-06\n        final: 2018-06-20\n        counts:\n          - offence: o\n            penalty: 拘役一个月，缓刑二个月\n        stated_probation:\n          from: {stated_from}\n          to: {stated_to}\n"
    );
    let f = load_str("t.yaml", &yaml);
    assert!(!f.has_errors(), "{:?}", f.findings);
    let a = sentencing::law::analyse(f.case.as_ref().unwrap());
    a.defendants.into_iter().next().unwrap()
}

/// CL 73 ¶3: the probation period counts from the day the judgment takes
/// effect; two months from 2018-06-20 end on 2018-08-19.
#[test]
fn cl73_3_stated_probation_period_confirmed() {
    let d = probation("2018-06-20", "2018-08-19");
    assert!(
        !d.findings
            .iter()
            .any(|f| f.code == "cn.stated-probation-differs"),
        "{:?}",
        d.findings
    );
    let p = d.dates.probation.as_ref().unwrap();
    assert_eq!(p.end, Some(jiff::civil::date(2018, 8, 19)));
}

#[test]
fn cl73_3_a_different_stated_probation_end_is_a_located_warning() {
    let d = probation("2018-06-20", "2018-08-20");
    let f = d
        .findings
        .iter()
        .find(|f| f.code == "cn.stated-probation-differs")
        .expect("a warning");
    assert_eq!(
        f.field.as_deref(),
        Some("defendants[0].judgments[0].stated_probation.to")
    );
}
