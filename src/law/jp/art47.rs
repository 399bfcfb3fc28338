//! Penal Code of Japan (刑法), art. 46, 47 and 14 ¶2: the statutory range
//! for several crimes judged together (併合罪).
//!
//! The statute text is not bundled. From the reference summary
//! (`shared/reference/other-jurisdictions.md`):
//!
//! > Art. 47: for several crimes with fixed-term penalties, the statutory
//! > maximum of the most serious crime × 1.5 becomes the maximum, but not more
//! > than the sum of the statutory maxima; overall cap 30 years (Art. 14 ¶2,
//! > UNVERIFIED). Courts impose one unified sentence, not one per crime, so
//! > the check is of the statutory range, and a case file needs each
//! > offence's statutory maximum.
//! > Art. 46: death absorbs all but confiscation; life absorbs all but fines,
//! > petty fines and confiscation.
//!
//! The lower end of the range (the statutory minimum of the most serious
//! crime) is not modelled: only the maximum is checked.

use crate::analysis::{Combination, PenaltyRange, Principle};
use crate::finding::{Finding, Severity};
use crate::i18n::{Arg, Msg, MsgId};
use crate::law::common::{sum_terms, sum_text};
use crate::law::{Rule, Step, Verification};
use crate::penalty::{Principal, Term};
use jiff::civil::{Date, date};

/// The Penal Code of 1907 came into force (not in the reference).
pub const PENAL_CODE: Date = date(1908, 10, 1);

/// Art. 46: death or life absorbs.
pub static ART_46: Rule = Rule {
    id: "jp.art46.absorption",
    citation: "Penal Code art. 46",
    in_force_from: PENAL_CODE,
    in_force_until: None,
    summary: "death absorbs every other penalty but confiscation; life absorbs every other but fines, petty fines and confiscation",
    verification: Verification::Reference("other-jurisdictions.md, Japan; statute not bundled"),
};

/// Art. 47: 1.5 × the highest statutory maximum, at most the sum of the maxima.
pub static ART_47: Rule = Rule {
    id: "jp.art47.aggravated-maximum",
    citation: "Penal Code art. 47",
    in_force_from: PENAL_CODE,
    in_force_until: None,
    summary: "several crimes with fixed terms: the maximum is 1.5 × the statutory maximum of the most serious, but not more than the sum of the statutory maxima",
    verification: Verification::Reference("other-jurisdictions.md, Japan; statute not bundled"),
};

/// Art. 14 ¶2: overall cap 30 years (UNVERIFIED).
pub static ART_14_2: Rule = Rule {
    id: "jp.art14.2.cap-30-years",
    citation: "Penal Code art. 14 ¶2",
    in_force_from: PENAL_CODE,
    in_force_until: None,
    summary: "an aggravated fixed term is at most 30 years",
    verification: Verification::Unverified(
        "marked UNVERIFIED in the reference summary; the figure and its in-force history (30 years since a 2005 amendment?) are not confirmed",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&ART_46, &ART_47, &ART_14_2];

/// The overall cap (art. 14 ¶2, UNVERIFIED).
pub const CAP: Term = Term::years(30);

/// One crime: its name, the penalty type chosen (with its statutory
/// maximum) and the statutory maximum.
#[derive(Debug, Clone, Copy)]
pub struct Crime<'a> {
    pub offence: &'a str,
    pub penalty: Principal,
    pub statutory_max: Option<Principal>,
}

/// 1.5 × a term, in whole months rounded down (with the day part halved up).
pub fn one_and_a_half(t: Term) -> Term {
    let months = t.total_months().saturating_mul(3) / 2;
    let extra_days = if t.total_months() % 2 == 1 { 15 } else { 0 };
    Term::new(0, months, (t.day_part() * 3 / 2 + extra_days).min(29)).unwrap_or(t)
}

/// The maximum of art. 47 for statutory maxima `maxima`.
pub fn aggravated_maximum(maxima: &[Term]) -> Term {
    let h = maxima.iter().copied().max().unwrap_or(Term::ZERO);
    one_and_a_half(h).min(sum_terms(maxima)).min(CAP)
}

/// Checks the unified sentence against the statutory range.
pub fn combine(crimes: &[Crime<'_>], decided: Option<Principal>) -> (Combination, Vec<Finding>) {
    let mut findings = Vec::new();
    let mut c = Combination {
        principle: Principle::LimitedAggravation,
        highest: None,
        total: None,
        cap: None,
        range: None,
        then_range: None,
        decided,
        decided_then: None,
        lawful: None,
        steps: Vec::new(),
    };
    if let Some(top) = crimes
        .iter()
        .map(|c| c.penalty)
        .filter(|p| matches!(p, Principal::Life | Principal::Death))
        .max_by_key(|p| p.kind())
    {
        c.principle = Principle::Absorption;
        c.highest = Some(top);
        c.range = Some(PenaltyRange::exactly(top));
        c.lawful = decided.map(|d| d == top);
        c.steps.push(Step::new(
            &ART_46,
            Msg::new(MsgId::JpAbsorbs).arg("top", top),
        ));
        return (c, findings);
    }
    let mut maxima = Vec::new();
    for cr in crimes {
        match cr.statutory_max {
            Some(Principal::Imprisonment(t)) => maxima.push(t),
            Some(Principal::Life | Principal::Death) => {
                findings.push(Finding::new(
                    Severity::Note,
                    "jp.art47.life-maximum",
                    Msg::new(MsgId::JpLifeMaximum)
                        .arg("offence", cr.offence)
                        .arg(
                            "max",
                            cr.statutory_max
                                .map_or(Arg::Text(String::new()), Arg::Penalty),
                        ),
                ));
                return (c, findings);
            }
            _ => {
                findings.push(Finding::new(
                    Severity::Error,
                    "jp.statutory-max-missing",
                    Msg::new(MsgId::JpStatutoryMaxMissing).arg("offence", cr.offence),
                ));
                return (c, findings);
            }
        }
    }
    if let ([only], [max]) = (crimes, maxima.as_slice()) {
        c.principle = Principle::SingleCount;
        c.highest = Some(Principal::Imprisonment(*max));
        c.cap = Some(*max);
        c.lawful = decided.map(|d| matches!(d, Principal::Imprisonment(t) if t <= *max));
        c.steps.push(Step::new(
            &ART_47,
            Msg::new(MsgId::JpOneCrime)
                .arg("offence", only.offence)
                .arg("max", *max),
        ));
        return (c, findings);
    }
    let h = maxima.iter().copied().max().unwrap_or(Term::ZERO);
    let s = sum_terms(&maxima);
    let one_half = one_and_a_half(h);
    let max = aggravated_maximum(&maxima);
    c.highest = Some(Principal::Imprisonment(h));
    // The sum of statutory maxima is not a sum of sentences: it stays in the
    // steps, so that no "reduction from the total" is reported.
    c.cap = Some(max);
    c.steps.push(Step::new(
        &ART_47,
        Msg::new(MsgId::JpAggravatedMax)
            .arg("maxima", sum_text(&maxima))
            .arg("h", h)
            .arg("one_half", one_half)
            .arg("s", s)
            .arg("max", one_half.min(s)),
    ));
    c.steps.push(Step::new(
        &ART_14_2,
        Msg::new(MsgId::JpCap30).arg("max", max),
    ));
    findings.push(Finding::new(
        Severity::Note,
        "jp.art47.minimum-not-checked",
        Msg::new(MsgId::JpMinimumNotChecked),
    ));
    if let Some(d) = decided {
        let ok = matches!(d, Principal::Imprisonment(t) if t <= max);
        c.lawful = Some(ok);
        if !ok {
            findings.push(Finding::new(
                Severity::Error,
                "jp.art47.above-maximum",
                Msg::new(MsgId::JpAboveMaximum)
                    .arg("penalty", d)
                    .arg("max", max),
            ));
        }
    }
    (c, findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn art47_one_and_a_half_of_the_highest_within_the_sum() {
        let y = Term::years;
        // Theft (10 years) and fraud (10 years): min(15, 20) = 15 years.
        assert_eq!(aggravated_maximum(&[y(10), y(10)]), y(15));
        // Theft (10 years) and assault (2 years): min(15, 12) = 12 years.
        assert_eq!(aggravated_maximum(&[y(10), y(2)]), y(12));
        // Two crimes of 20 years: min(30, 40, cap 30) = 30 years.
        assert_eq!(aggravated_maximum(&[y(20), y(20)]), y(30));
        assert_eq!(
            one_and_a_half(Term::months(7)),
            Term::new(0, 10, 15).unwrap()
        );
    }
}
