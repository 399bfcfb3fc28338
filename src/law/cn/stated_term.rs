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
use super::versions::CL_1997_IN_FORCE;
use crate::analysis::{DateEvent, StatedCheck};
use crate::calendar::{DateArithmeticError, add_days, days_between, period_end};
use crate::case::{Defendant, StatedPeriod};
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Step, Verification};
use crate::message::{Msg, MsgId};
use crate::penalty::{Principal, Term};

pub static STATED_TERM: Rule = Rule {
    id: "cn.stated-term",
    citation: "CL 41, 44, 47; case file (`stated_term:`)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "the term the court states (即自…起至…止) checked: from the court's first day, (first day − 1 day) + term, plus the days out of custody up to the custody that runs into execution, less the custody before it credited (one for one; two for one for public surveillance)",
    verification: Verification::Reference("the judgment's own text, recorded in the case file"),
};

pub static STATED_PROBATION: Rule = Rule {
    id: "cn.stated-probation",
    citation: "CL 73 ¶3; case file (`stated_probation:`)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "the probation period the court states (缓刑考验期…自…起至…止) checked: it begins on the day the judgment takes effect and ends the day before the same date one probation period later",
    verification: Verification::Reference("the judgment's own text, recorded in the case file"),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[&STATED_TERM, &STATED_PROBATION];

/// Checks the probation period the court states against the law's first
/// day (the day the judgment takes effect, CL 73 ¶3) and last day. Adds an
/// event and, when either day differs, a warning.
pub fn check_probation(
    stated: Option<&StatedPeriod>,
    start: jiff::civil::Date,
    end: jiff::civil::Date,
    path: &str,
    events: &mut Vec<DateEvent>,
    findings: &mut Vec<Finding>,
) {
    let Some(stated) = stated else { return };
    let (from, to) = (stated.from.value, stated.to.value);
    let explain = Msg::new(MsgId::StatedProbationArithmetic)
        .arg("start", start)
        .arg("end", end);
    if from == start && to == end {
        events.push(DateEvent {
            event: MsgId::EventStatedProbationConfirmed.into(),
            date: Some(to),
            step: Step::new(&STATED_PROBATION, explain),
        });
        return;
    }
    events.push(DateEvent {
        event: MsgId::EventStatedProbationDiffers.into(),
        date: Some(to),
        step: Step::new(&STATED_PROBATION, explain),
    });
    let (field, span) = if from == start {
        ("to", stated.to.span)
    } else {
        ("from", stated.from.span)
    };
    findings.push(
        Finding::new(
            Severity::Warning,
            "cn.stated-probation-differs",
            Msg::new(MsgId::StatedProbationDiffers)
                .arg("from", from)
                .arg("to", to)
                .arg("start", start)
                .arg("end", end),
        )
        .field(format!("{path}.stated_probation.{field}"))
        .at(span)
        .hint(MsgId::StatedProbationDiffersHint),
    );
}

/// A note for a probation period stated on a judgment other than the one
/// whose suspension runs (a first instance reviewed on appeal, a later
/// judgment): the period runs from the governing judgment's effective day
/// (CL 73 ¶3), so that one is not checked.
pub fn probation_not_checked(stated: &StatedPeriod, path: &str) -> Finding {
    Finding::new(
        Severity::Note,
        "cn.stated-probation-not-checked",
        Msg::new(MsgId::StatedProbationNotChecked)
            .arg("from", stated.from.value)
            .arg("to", stated.to.value),
    )
    .field(format!("{path}.stated_probation"))
    .at(stated.to.span)
}

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

/// Checks the stated term of every judgment that records one: the governing
/// judgment's against `sentence` (the penalty executed), any other's against
/// the sentence that judgment itself decided — a first instance reviewed on
/// appeal its own, a later judgment (CL 70, 71, 77) its combined sentence —
/// each from the court's own first day. One [`StatedCheck`] per judgment
/// checked, in the order of the judgments; a stated term that cannot be
/// checked (no fixed term decided) gets a note, never silence.
pub fn check_all(
    d: &Defendant,
    governing: usize,
    sentence: Principal,
    path: &str,
    events: &mut Vec<DateEvent>,
    findings: &mut Vec<Finding>,
) -> Vec<StatedCheck> {
    let mut out = Vec::new();
    for (k, j) in d.judgments.iter().enumerate() {
        let Some(stated) = j.stated_term.as_ref() else {
            continue;
        };
        let decided = if k == governing {
            Some(sentence)
        } else {
            sentence_of(d, k)
        };
        let checked = decided.and_then(|s| check(d, k, stated, s, path, events, findings));
        match checked {
            Some(c) => out.push(c),
            None => findings.push(
                Finding::new(
                    Severity::Note,
                    "cn.stated-term-not-checked",
                    Msg::new(MsgId::StatedTermNotChecked)
                        .arg("from", stated.from.value)
                        .arg("to", stated.to.value),
                )
                .field(format!("{path}.judgments[{k}].stated_term"))
                .at(stated.to.span),
            ),
        }
    }
    out
}

/// The principal penalty judgment `k` decided: its `decided`, its only
/// count, or — an appeal that restates nothing (维持原判) — the one it
/// upheld.
fn sentence_of(d: &Defendant, k: usize) -> Option<Principal> {
    let j = d.judgments.get(k)?;
    if let Some(dec) = &j.decided {
        return Some(dec.penalty.value);
    }
    match j.counts.as_slice() {
        [only] => Some(only.penalty.value),
        [] if j.upheld && j.after.is_none() => k.checked_sub(1).and_then(|p| sentence_of(d, p)),
        _ => None,
    }
}

/// Checks one stated term (judgment `k`'s) against `sentence`, when it is a
/// fixed term. Adds an event and, when the figures differ, a warning.
fn check(
    d: &Defendant,
    k: usize,
    stated: &StatedPeriod,
    sentence: Principal,
    path: &str,
    events: &mut Vec<DateEvent>,
    findings: &mut Vec<Finding>,
) -> Option<StatedCheck> {
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
        judgment: k,
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
            .field(format!("{path}.judgments[{k}].stated_term.to"))
            .at(stated.to.span)
            .hint(MsgId::StatedTermDiffersHint),
        );
    }
    Some(check)
}
