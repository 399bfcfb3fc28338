//! The Chinese sentence forms of issue #12 (part A) on the worked case files
//! in tests/forms: suspended sentences (CL 72–77), exemption (CL 37), a
//! supplementary penalty alone (CL 34 ¶2, 56), deportation (CL 35).

use jiff::civil::date;
use sentencing::analysis::DefendantAnalysis;
use sentencing::case::{RevocationGround, load_file};
use sentencing::law::analyse;
use sentencing::penalty::{AloneKind, Principal, Term};
use std::path::Path;

fn analyse_file(path: &str) -> Vec<DefendantAnalysis> {
    let file = load_file(Path::new(path), 1 << 20).unwrap();
    assert!(!file.has_errors(), "{path}: {:?}", file.findings);
    analyse(file.case.as_ref().unwrap()).defendants
}

fn one(path: &str, name: &str) -> DefendantAnalysis {
    analyse_file(path)
        .into_iter()
        .find(|d| d.name == name)
        .unwrap_or_else(|| panic!("{name} not in {path}"))
}

fn codes(d: &DefendantAnalysis) -> Vec<&str> {
    d.findings.iter().map(|f| f.code).collect()
}

const SUSPENDED: &str = "tests/forms/suspended.yaml";
const NO_PRINCIPAL: &str = "tests/forms/no-principal.yaml";

#[test]
fn cl73_3_probation_runs_from_the_effective_date_and_no_term_end_or_parole() {
    let d = one(SUSPENDED, "Test Suspended Count");
    let p = d.dates.probation.as_ref().expect("probation figures");
    assert_eq!(p.suspended, Principal::Imprisonment(Term::years(3)));
    assert_eq!(p.period, Term::years(4));
    // final: 2019-09-13; four years, the last day the day before 2023-09-13.
    assert_eq!(p.start, Some(date(2019, 9, 13)));
    assert_eq!(p.end, Some(date(2023, 9, 12)));
    // 2019-05-10 – 2019-06-13 in custody: credited only on revocation.
    assert_eq!(p.custody_days, Some(35));
    assert_eq!(d.dates.term_end, None);
    assert_eq!(d.dates.parole_eligible, None);
    assert!(d.parole.not_applicable.is_some());
    assert!(!codes(&d).iter().any(|c| c.starts_with("cn.cl7")));
    // CL 72 ¶3: the fine is still executed.
    assert!(
        p.steps
            .iter()
            .any(|s| s.rule.id == "cn.cl72.supplementary-executed")
    );
}

#[test]
fn cl72_suspension_of_the_decided_sentence_of_two_detention_counts() {
    let d = one(SUSPENDED, "Test Suspended Decided");
    let c = d.combination.as_ref().unwrap();
    assert_eq!(c.lawful, Some(true));
    let p = d.dates.probation.as_ref().unwrap();
    assert_eq!(p.period, Term::years(1));
    // No `final:`: effective after the 10-day appeal period, 2020-03-27.
    assert_eq!(p.start, Some(date(2020, 3, 27)));
    assert_eq!(p.end, Some(date(2021, 3, 26)));
    assert_eq!(d.dates.term_end, None);
}

#[test]
fn cl73_2_probation_shorter_than_the_term_is_an_error() {
    let d = one(SUSPENDED, "Test Probation Too Short");
    assert!(codes(&d).contains(&"cn.cl73.period-out-of-range"));
}

#[test]
fn cl74_no_suspension_for_a_recidivist() {
    let d = one(SUSPENDED, "Test Recidivist Suspended");
    assert!(codes(&d).contains(&"cn.cl74.barred"));
}

#[test]
fn cl77_2_revoked_for_violation_executes_the_original_penalty() {
    let d = one(SUSPENDED, "Test Revoked For Violation");
    let p = d.dates.probation.as_ref().unwrap();
    let r = p.revoked.unwrap();
    assert_eq!(r.ground, RevocationGround::Violation);
    assert_eq!(r.date, date(2019, 7, 1));
    // Executed from the revocation, 35 days of custody credited:
    // 2019-07-01 − 35 days = 2019-05-27; two years end 2021-05-26.
    assert_eq!(d.dates.executed, Some(date(2019, 7, 1)));
    assert_eq!(d.dates.custody_credit_days, Some(35));
    assert_eq!(d.dates.term_start, Some(date(2019, 5, 27)));
    assert_eq!(d.dates.term_end, Some(date(2021, 5, 26)));
    assert!(codes(&d).contains(&"rule.unverified"));
}

#[test]
fn cl77_1_revoked_for_a_new_crime_combines_under_cl69() {
    let d = one(SUSPENDED, "Test Revoked For A New Crime");
    let c = d.combination.as_ref().unwrap();
    // 2 years (suspended) + 1 year 6 months: range 2 years – 3 years 6 months.
    let r = c.range.unwrap();
    assert_eq!(r.min, Principal::Imprisonment(Term::years(2)));
    assert_eq!(r.max, Principal::Imprisonment(Term::new(3, 6, 0).unwrap()));
    assert_eq!(c.lawful, Some(true));
    assert_eq!(
        d.dates.probation.as_ref().unwrap().revoked.unwrap().ground,
        RevocationGround::NewCrime
    );
    // Custody before the suspension (35 days) and for the new crime
    // (2019-10-20 to 2020-01-16, 89 days) credited.
    assert_eq!(d.dates.custody_credit_days, Some(124));
    assert_eq!(d.dates.term_end, Some(date(2022, 9, 14)));
}

#[test]
fn cl37_exemption_is_a_conviction_without_penalty() {
    let d = one(NO_PRINCIPAL, "Test Exempt");
    assert_eq!(d.counts[0].penalty, Principal::Exempt);
    assert!(codes(&d).contains(&"cn.cl37.exempt"));
    assert_eq!(d.dates.term_end, None);
    assert_eq!(d.combination.as_ref().unwrap().lawful, Some(true));
}

#[test]
fn cl56_political_rights_alone() {
    let d = one(NO_PRINCIPAL, "Test Rights Alone");
    assert_eq!(
        d.counts[0].penalty,
        Principal::SupplementaryAlone(AloneKind::PoliticalRights)
    );
    assert!(d.supplementary.political_rights.is_some());
    assert_eq!(d.dates.term_end, None);
    // From the effective date (2020-06-01 + 11 days = 2020-06-12) for a year.
    assert_eq!(d.dates.effective, Some(date(2020, 6, 12)));
    assert_eq!(d.dates.political_rights_end, Some(date(2021, 6, 11)));
}

#[test]
fn cl69_3_a_fine_alone_joins_the_other_counts() {
    let d = one(NO_PRINCIPAL, "Test Fine Alone And Prison");
    let c = d.combination.as_ref().unwrap();
    // Only the theft's 2 years is combined; the fine and the exemption are not.
    assert_eq!(
        c.range.unwrap().max,
        Principal::Imprisonment(Term::years(2))
    );
    assert_eq!(c.lawful, Some(true));
    assert_eq!(
        d.supplementary.fine.as_ref().unwrap().to_string(),
        "5,000 CNY"
    );
    assert!(d.dates.term_end.is_some());
}

#[test]
fn cl35_deportation_beside_imprisonment_and_alone() {
    let d = one(NO_PRINCIPAL, "Test Deported");
    assert!(d.supplementary.expulsion);
    assert_eq!(
        d.supplementary.fine.as_ref().unwrap().to_string(),
        "2,000 CNY"
    );
    assert!(d.dates.term_end.is_some());
    let d = one(NO_PRINCIPAL, "Test Deported Alone");
    assert!(d.supplementary.expulsion);
    assert_eq!(d.dates.term_end, None);
}

#[test]
fn cl72_1_a_minor_at_the_offence_must_be_suspended_when_the_conditions_are_met() {
    let d = one(SUSPENDED, "Test Minor Not Suspended");
    assert!(codes(&d).contains(&"cn.cl72.mandatory"));
    // Not suspended: the term runs as usual.
    assert!(d.dates.probation.is_none());
    assert!(d.dates.term_end.is_some());
}

/// CL 72 ¶1 counts ages as CL 17 does (SPC 2006 art. 2: an age is reached on
/// the day after the birthday), so an offence on the 18th birthday is a
/// minor's, and the suspension is mandatory; a day later it is not.
#[test]
fn cl72_1_an_offence_on_the_18th_birthday_is_a_minors() {
    let minor_on = |committed: &str| {
        let text = format!(
            "case: t\njurisdiction: CN\ndefendants:\n  - name: A\n    date_of_birth: 2003-03-05\n    judgments:\n      - court: c\n        date: 2021-09-01\n        final: 2021-09-12\n        counts:\n          - offence: theft\n            article: CL 264\n            committed: {committed}\n            penalty: 有期徒刑一年\n"
        );
        let file = sentencing::case::load_str("t.yaml", &text);
        assert!(!file.has_errors(), "{:?}", file.findings);
        let d = analyse(file.case.as_ref().unwrap()).defendants.remove(0);
        codes(&d).contains(&"cn.cl72.mandatory")
    };
    assert!(minor_on("2021-03-05"));
    assert!(!minor_on("2021-03-06"));
}

#[test]
fn cl72_suspension_is_refused_outside_china() {
    let text = "case: t\njurisdiction: DE\ndefendants:\n  - name: A\n    judgments:\n      - court: c\n        date: 2020-01-01\n        counts:\n          - offence: o\n            penalty: 有期徒刑三年，缓刑四年\n";
    let file = sentencing::case::load_str("de.yaml", text);
    assert!(file.has_errors());
    let f = file
        .findings
        .iter()
        .find(|f| f.code == "input.bad-penalty")
        .unwrap();
    // The caret is under 缓刑: the value starts in column 22, and
    // 有期徒刑三年， is seven characters.
    assert_eq!(f.span.map(|s| s.column), Some(29));
}

#[test]
fn cl69_cl72_a_suspension_on_one_of_several_counts_is_not_the_decided_sentence() {
    let d = one(SUSPENDED, "Test Count Suspended Alone");
    assert!(codes(&d).contains(&"cn.cl72.count-suspension"));
    assert_eq!(d.counts[0].probation, Some(Term::years(2)));
    // The decided sentence is executed: a term end, no probation.
    assert!(d.dates.probation.is_none());
    assert!(d.dates.term_end.is_some());
}

#[test]
fn cl52_the_fine_field_takes_the_judgments_lead_in() {
    let text = "case: t\njurisdiction: CN\ndefendants:\n  - name: A\n    judgments:\n      - court: c\n        date: 2020-01-01\n        counts:\n          - offence: o\n            penalty: 有期徒刑三年，缓刑四年\n            fine: 并处罚金2000元人民币\n";
    let file = sentencing::case::load_str("fine.yaml", text);
    assert!(!file.has_errors(), "{:?}", file.findings);
    let c = &file.case.unwrap().defendants[0].judgments[0].counts[0];
    assert_eq!(c.fine.as_ref().unwrap().value.to_string(), "2,000 CNY");
    assert_eq!(c.probation.as_ref().unwrap().value, Term::years(4));
}

#[test]
fn cl69_3_a_fine_in_the_text_and_in_the_field_is_an_error() {
    let text = "case: t\njurisdiction: CN\ndefendants:\n  - name: A\n    judgments:\n      - court: c\n        date: 2020-01-01\n        counts:\n          - offence: o\n            penalty: 有期徒刑三年，并处罚金人民币五千元\n            fine: 5000 CNY\n";
    let file = sentencing::case::load_str("twice.yaml", text);
    assert!(
        file.findings
            .iter()
            .any(|f| f.code == "input.penalty-given-twice"),
        "{:?}",
        file.findings
    );
}

#[test]
fn cl76_cl77_a_crime_after_the_probation_period_revokes_nothing() {
    let d = one(SUSPENDED, "Test New Crime After Probation");
    assert!(codes(&d).contains(&"cn.cl77.new-crime-after-probation"));
    let p = d.dates.probation.as_ref().unwrap();
    // 2018-04-13 + 3 years − 1 day.
    assert_eq!(p.end, Some(date(2021, 4, 12)));
    assert!(p.revoked.is_none());
    assert_eq!(d.dates.term_end, None);
}

#[test]
fn cl77_suspension_revoked_is_a_field_of_chinese_files_only() {
    let text = "case: t\njurisdiction: DE\ndefendants:\n  - name: A\n    suspension_revoked:\n      date: 2020-05-01\n      ground: violation\n    judgments:\n      - court: c\n        date: 2020-01-01\n        counts:\n          - offence: o\n            penalty: 2 years\n";
    let file = sentencing::case::load_str("de.yaml", text);
    let f = file
        .findings
        .iter()
        .find(|f| f.code == "input.field-not-for-jurisdiction")
        .expect("refused");
    assert!(f.hint.as_ref().unwrap().en().contains("CN"), "{f:?}");
}

#[test]
fn cl76_as_of_a_day_within_and_after_the_probation_period() {
    let file = load_file(Path::new(SUSPENDED), 1 << 20).unwrap();
    let case = file.case.as_ref().unwrap();
    let within = sentencing::law::analyse_as_of(case, Some(date(2023, 9, 1)));
    let d = within
        .defendants
        .iter()
        .find(|d| d.name == "Test Suspended Count")
        .unwrap();
    let p = d.dates.probation.as_ref().unwrap();
    let last = p.events.last().unwrap();
    assert_eq!(last.date, Some(date(2023, 9, 1)));
    // 2023-09-01 to 2023-09-12 inclusive: 12 days.
    assert!(
        last.step.text.en().contains("12 day(s) remain"),
        "{:?}",
        last.step.text.en()
    );
    let after = sentencing::law::analyse_as_of(case, Some(date(2024, 1, 1)));
    let d = after
        .defendants
        .iter()
        .find(|d| d.name == "Test Suspended Count")
        .unwrap();
    let last = d.dates.probation.as_ref().unwrap().events.last().unwrap();
    assert!(last.step.text.en().contains("has passed"));
}
