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

/// A case file with several judgments, each as given.
fn analyse(judgments: &str, custody: &str) -> sentencing::analysis::DefendantAnalysis {
    let yaml = format!(
        "case: t\njurisdiction: CN\ndefendants:\n  - name: A\n    custody:\n{custody}    judgments:\n{judgments}"
    );
    let f = load_str("t.yaml", &yaml);
    assert!(!f.has_errors(), "{:?}", f.findings);
    let a = sentencing::law::analyse(f.case.as_ref().unwrap());
    a.defendants.into_iter().next().unwrap()
}

/// （2014）丽青刑初字第273号 (corpus line 50), CL 70: the later judgment combines
/// 有期徒刑一年二个月 with the discovered crime's 一年四个月 into 二年, and
/// states "刑期…自2013年7月17日起至2015年7月16日止" (counted from the
/// earlier case's custody). `report` checks that later judgment's stated
/// term from the court's first day, not only the first judgment's.
#[test]
fn cl70_later_judgments_stated_term_is_checked() {
    let judgments = "      - court: a\n        date: 2014-01-20\n        counts:\n          - offence: o\n            penalty: 有期徒刑一年二个月\n      - court: b\n        date: 2014-06-20\n        after: discovered-crime\n        counts:\n          - offence: p\n            penalty: 有期徒刑一年四个月\n        decided:\n          penalty: 有期徒刑二年\n        stated_term:\n          from: 2013-07-17\n          to: {to}\n";
    let custody = "      - from: 2014-05-06\n";
    let d = analyse(&judgments.replace("{to}", "2015-07-16"), custody);
    assert_eq!(d.dates.stated_terms.len(), 1, "{:?}", d.dates.stated_terms);
    let c = d.dates.stated_terms[0];
    assert_eq!(c.judgment, 1);
    assert!(c.confirmed(), "{c:?}");
    assert!(
        d.dates.stated_term.is_none(),
        "the governing judgment states none"
    );
    // A wrong last day is contradicted, at the later judgment's field.
    let d = analyse(&judgments.replace("{to}", "2015-07-15"), custody);
    let f = d
        .findings
        .iter()
        .find(|f| f.code == "cn.stated-term-differs")
        .expect("the later judgment's stated term contradicted");
    assert_eq!(
        f.field.as_deref(),
        Some("defendants[0].judgments[1].stated_term.to")
    );
}

/// A first instance reviewed on appeal, both stating a term: each is
/// checked against the sentence it decided (the first instance's 有期徒刑一年
/// and the appeal's 有期徒刑十个月), from the same custody.
#[test]
fn cl41_every_reviews_stated_term_is_checked_against_its_own_sentence() {
    let judgments = "      - court: a\n        date: 2018-03-01\n        counts:\n          - offence: o\n            penalty: 有期徒刑一年\n        stated_term:\n          from: 2017-10-24\n          to: 2018-10-23\n      - court: b\n        date: 2018-05-02\n        appeal: true\n        counts:\n          - offence: o\n            penalty: 有期徒刑十个月\n        stated_term:\n          from: 2017-10-24\n          to: 2018-08-24\n";
    let d = analyse(judgments, "      - from: 2017-10-24\n");
    let checks: Vec<(usize, bool)> = d
        .dates
        .stated_terms
        .iter()
        .map(|c| (c.judgment, c.confirmed()))
        .collect();
    assert_eq!(
        checks,
        [(0, true), (1, false)],
        "{:?}",
        d.dates.stated_terms
    );
    assert_eq!(
        d.dates.stated_terms[1].law_end,
        jiff::civil::date(2018, 8, 23)
    );
    assert_eq!(d.dates.stated_term, Some(d.dates.stated_terms[1]));
}

/// A stated term beside a sentence that is not a fixed term (life
/// imprisonment) is not checked, and the report says so.
#[test]
fn cl41_a_stated_term_that_cannot_be_checked_is_named() {
    let judgments = "      - court: a\n        date: 2018-03-01\n        counts:\n          - offence: o\n            penalty: 无期徒刑\n        stated_term:\n          from: 2017-10-24\n          to: 2018-10-23\n";
    let d = analyse(judgments, "      - from: 2017-10-24\n");
    assert!(d.dates.stated_terms.is_empty());
    assert!(
        d.findings
            .iter()
            .any(|f| f.code == "cn.stated-term-not-checked"
                && f.field.as_deref() == Some("defendants[0].judgments[0].stated_term")),
        "{:?}",
        d.findings
    );
}

/// CL 73 ¶3: a first instance reviewed on appeal states its own probation
/// period; the period that runs is the appeal's (from the day it takes
/// effect), so the first instance's is named as not checked, and the
/// appeal's is checked.
#[test]
fn cl73_3_a_reviewed_judgments_stated_probation_is_named_not_checked() {
    let yaml = "case: t\njurisdiction: CN\ndefendants:\n  - name: A\n    judgments:\n      - court: c\n        date: 2018-06-06\n        counts:\n          - offence: o\n            penalty: 拘役一个月，缓刑二个月\n        stated_probation:\n          from: 2018-06-20\n          to: 2018-08-19\n      - court: d\n        date: 2018-07-02\n        appeal: true\n        final: 2018-07-02\n        counts:\n          - offence: o\n            penalty: 拘役一个月，缓刑三个月\n        stated_probation:\n          from: 2018-07-02\n          to: 2018-10-01\n";
    let f = load_str("t.yaml", yaml);
    assert!(!f.has_errors(), "{:?}", f.findings);
    let a = sentencing::law::analyse(f.case.as_ref().unwrap());
    let d = &a.defendants[0];
    assert!(
        d.findings
            .iter()
            .any(|f| f.code == "cn.stated-probation-not-checked"
                && f.field.as_deref() == Some("defendants[0].judgments[0].stated_probation")),
        "{:?}",
        d.findings
    );
    assert!(
        !d.findings
            .iter()
            .any(|f| f.code == "cn.stated-probation-differs"),
        "{:?}",
        d.findings
    );
    let p = d.dates.probation.as_ref().expect("probation dated");
    assert!(
        p.events
            .iter()
            .any(|e| e.event.id == sentencing::message::MsgId::EventStatedProbationConfirmed),
        "the appeal's stated period is checked"
    );
}

/// CL 73 ¶3: a first instance upheld on appeal (维持原判) is the suspension
/// that runs, from the day the appeal made it final: its stated probation
/// period is checked against that period (confirmed here; a wrong last day
/// is the warning).
#[test]
fn cl73_3_an_upheld_first_instances_stated_probation_is_checked() {
    let run = |to: &str| {
        let yaml = format!(
            "case: t\njurisdiction: CN\ndefendants:\n  - name: A\n    judgments:\n      - court: c\n        date: 2018-06-06\n        counts:\n          - offence: o\n            penalty: 拘役一个月，缓刑二个月\n        stated_probation:\n          from: 2018-07-02\n          to: {to}\n      - court: d\n        date: 2018-07-02\n        appeal: true\n        upheld: true\n        final: 2018-07-02\n"
        );
        let f = load_str("t.yaml", &yaml);
        assert!(!f.has_errors(), "{:?}", f.findings);
        let a = sentencing::law::analyse(f.case.as_ref().unwrap());
        a.defendants[0].findings.clone()
    };
    let ok = run("2018-09-01");
    assert!(
        !ok.iter()
            .any(|f| f.code == "cn.stated-probation-not-checked"
                || f.code == "cn.stated-probation-differs"),
        "{ok:?}"
    );
    let wrong = run("2018-09-02");
    assert!(
        wrong.iter().any(|f| f.code == "cn.stated-probation-differs"
            && f.field.as_deref() == Some("defendants[0].judgments[0].stated_probation.to")),
        "{wrong:?}"
    );
}

/// A stated probation period where no suspension runs (the sentence is
/// not suspended): CL 73 ¶3 gives it no period; named, never skipped.
#[test]
fn cl73_3_a_stated_probation_beside_an_unsuspended_sentence_is_named() {
    let yaml = "case: t\njurisdiction: CN\ndefendants:\n  - name: A\n    judgments:\n      - court: c\n        date: 2018-06-06\n        counts:\n          - offence: o\n            penalty: 有期徒刑一年\n        stated_probation:\n          from: 2018-06-20\n          to: 2019-06-19\n";
    let f = load_str("t.yaml", yaml);
    assert!(!f.has_errors(), "{:?}", f.findings);
    let a = sentencing::law::analyse(f.case.as_ref().unwrap());
    assert!(
        a.defendants[0]
            .findings
            .iter()
            .any(|f| f.code == "cn.stated-probation-not-checked"
                && f.field.as_deref() == Some("defendants[0].judgments[0].stated_probation")),
        "{:?}",
        a.defendants[0].findings
    );
}
