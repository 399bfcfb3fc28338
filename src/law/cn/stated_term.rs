//! The court's own figures, checked: the term a Chinese judgment states
//! ("刑期…即自2015年3月1日起至2019年8月31日止") and its stated probation
//! period, recorded in the case file as `stated_term` / `stated_probation`
//! (docs/case-format.md), against the law's arithmetic.
//!
//! The court's first day is the day the term is counted from after the
//! custody that runs into execution; custody before it (ended by bail or
//! release) is credited by shortening the term (CL 41, 44, 47). So the law
//! gives: last day = (first day − 1 day) + term − credited days before the
//! first day.

use super::custody_credit;
use super::term_dates::{DateArithmeticError, add_days, days_between, period_end};
use super::versions::CL_1997_IN_FORCE;
use crate::analysis::{DateEvent, StatedCheck};
use crate::case::{Defendant, StatedPeriod};
use crate::finding::{Finding, Severity};
use crate::i18n::{Msg, MsgId};
use crate::law::rule::{Rule, Step, Verification};
use crate::penalty::{Principal, Term};

pub static STATED_TERM: Rule = Rule {
    id: "cn.stated-term",
    citation: "CL 41, 44, 47; case file (`stated_term:`)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "the term the court states (即自…起至…止) checked: from the court's first day, (first day − 1 day) + term, plus the days out of custody up to the custody that runs into execution, less the custody before it credited (one for one; two for one for public surveillance)",
    verification: Verification::Reference("the judgment's own text, recorded in the case file"),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[&STATED_TERM];

/// The last day the law gives for a term of `sentence` whose first day the
/// court states as `from`, and the custody days credited.
///
/// The custody that runs into execution began on S (the first day of the
/// last open custody period when an earlier credited period ended before
/// it; otherwise `from`). Every day from `from` up to S not spent in custody postpones
/// the end, every day of custody before S is credited:
/// last day = ((from − 1 day) + term) + (S − from) − credited days before S.
/// With continuous custody from `from` this is (from − 1 day) + term.
pub fn law_end(
    d: &Defendant,
    sentence: Principal,
    term: Term,
    from: jiff::civil::Date,
    path: &str,
) -> Result<(jiff::civil::Date, i64), DateArithmeticError> {
    let open_start = d
        .custody
        .iter()
        .filter(|p| p.to.is_none() && custody_credit::is_credited(p.kind))
        .map(|p| p.from.value)
        .max();
    // Only an interruption (credited custody that ended before S) moves the
    // count to S; otherwise the court's first day stands for the custody
    // that runs into execution (it may know a day the text does not give).
    let interrupted = |s: jiff::civil::Date| {
        d.custody.iter().any(|p| {
            custody_credit::is_credited(p.kind) && p.to.as_ref().is_some_and(|t| t.value < s)
        })
    };
    let s = match open_start {
        Some(s) if s > from && interrupted(s) => s,
        _ => from,
    };
    let credit = custody_credit::credit(&d.custody, sentence.kind(), s, path)?;
    let end = add_days(
        period_end(from, term)?,
        days_between(from, s)? - credit.days,
    )?;
    Ok((end, credit.days))
}

/// Checks the stated term of the governing judgment, when the case file
/// records one and the sentence is a fixed term. Adds an event and, when
/// the figures differ, a warning.
pub fn check(
    d: &Defendant,
    stated: Option<&StatedPeriod>,
    sentence: Principal,
    path: &str,
    events: &mut Vec<DateEvent>,
    findings: &mut Vec<Finding>,
) -> Option<StatedCheck> {
    let stated = stated?;
    let term = match sentence {
        Principal::Imprisonment(t)
        | Principal::CriminalDetention(t)
        | Principal::PublicSurveillance(t) => t,
        _ => return None,
    };
    let from = stated.from.value;
    let Ok((end, credit_days)) = law_end(d, sentence, term, from, path) else {
        return None;
    };
    let to = stated.to.value;
    let diff = days_between(end, to).unwrap_or(0);
    let check = StatedCheck {
        term,
        from,
        to,
        law_end: end,
        credit_days,
    };
    let explain = Msg::new(MsgId::StatedTermArithmetic)
        .arg("from", from)
        .arg("term", term)
        .arg("credit", credit_days)
        .arg("end", end);
    if diff == 0 {
        events.push(DateEvent {
            event: MsgId::EventStatedTermConfirmed.into(),
            date: Some(to),
            step: Step::new(&STATED_TERM, explain),
        });
    } else {
        let direction = if diff < 0 {
            MsgId::DatesEarlier
        } else {
            MsgId::DatesLater
        };
        events.push(DateEvent {
            event: MsgId::EventStatedTermDiffers.into(),
            date: Some(to),
            step: Step::new(&STATED_TERM, explain),
        });
        findings.push(
            Finding::new(
                Severity::Warning,
                "cn.stated-term-differs",
                Msg::new(MsgId::StatedTermDiffers)
                    .arg("to", to)
                    .arg("end", end)
                    .arg("days", diff.abs())
                    .arg("direction", direction),
            )
            .field(format!("{path}.stated_term.to"))
            .at(stated.to.span)
            .hint(MsgId::StatedTermDiffersHint),
        );
    }
    Some(check)
}

#[cfg(test)]
mod tests {
    use crate::case::load_str;

    fn check(custody: &str, penalty: &str, from: &str, to: &str) -> crate::analysis::StatedCheck {
        let yaml = format!(
            "case: t\njurisdiction: CN\ndefendants:\n  - name: A\n    custody:\n{custody}    judgments:\n      - court: c\n        date: 2018-02-08\n        counts:\n          - offence: o\n            penalty: {penalty}\n        stated_term:\n          from: {from}\n          to: {to}\n"
        );
        let f = load_str("t.yaml", &yaml);
        assert!(!f.has_errors(), "{:?}", f.findings);
        let a = crate::law::analyse(f.case.as_ref().unwrap());
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
}
