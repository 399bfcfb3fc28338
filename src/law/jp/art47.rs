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
//! Art. 14 ¶2, checked November 2026: the cap of an aggravated fixed term
//! was 20 years from the 1907 Code until Act No. 156 of 2004 (刑法等の一部を
//! 改正する法律, promulgated 2004-12-08) art. 1 replaced "二十年" with
//! "三十年" in art. 14 (text at jahis.law.nagoya-u.ac.jp/lawdb/l/416a0156),
//! in force 2005-01-01 (Ministry of Justice, 犯罪白書 平成19年版 7-5-1-2,
//! hakusyo1.moj.go.jp: "平成16年法律第156号。17年1月1日から施行 … 加重事由がある
//! 場合の処断刑の上限を20年から30年に"). [`combine`] takes the cap in force on
//! the day it is given; for crimes that may precede 2005-01-01, art. 6 (the
//! lighter law, `art6.rs`) computes both caps. The Act's transitional
//! provisions for crimes committed before 2005 are not bundled or applied.
//!
//! The lower end of the range is the highest of the statutory minima
//! (`statutory_min:` of each count). That comes from case law and
//! commentary on art. 47, not from the text of the Code (which is not
//! bundled), so it is the UNVERIFIED rule [`LOWER_BOUND`]. Without every
//! minimum the lower end is not settled, and so is the verdict on a sentence
//! within the maximum.

use crate::analysis::{Combination, PenaltyRange, Principle};
use crate::finding::{Finding, Severity};
use crate::law::common::{sum_terms, sum_text};
use crate::law::{Rule, Step, Verification};
use crate::message::{Arg, Msg, MsgId};
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

/// The lower end of the combined range: the highest statutory minimum.
/// Searched for (November 2026): no primary text on the lower end of the
/// 処断刑 under art. 47 was found; art. 47 itself speaks only of the maximum.
pub static LOWER_BOUND: Rule = Rule {
    id: "jp.art47.lower-bound",
    citation: "Penal Code art. 47 (lower end: case law and commentary)",
    in_force_from: PENAL_CODE,
    in_force_until: None,
    summary: "several crimes with fixed terms: the lower end of the range is the highest of the statutory minima",
    verification: Verification::Unverified(
        "art. 47 states only the maximum; the lower end (the highest statutory minimum) is taken from case law and commentary, which are not bundled and were not checked",
    ),
};

/// Act No. 156 of 2004 in force (art. 14: 20 → 30 years).
pub const ACT_156_2004: Date = date(2005, 1, 1);

/// Art. 14, text before Act No. 156 of 2004: at most 20 years.
pub static ART_14_20_YEARS: Rule = Rule {
    id: "jp.art14.cap-20-years.pre2005",
    citation: "Penal Code art. 14 (text before Act No. 156 of 2004)",
    in_force_from: PENAL_CODE,
    in_force_until: Some(date(2004, 12, 31)),
    summary: "an aggravated fixed term is at most 20 years",
    verification: Verification::Reference(
        "Act No. 156 of 2004 art. 1 replaced 二十年 with 三十年 in art. 14 (jahis.law.nagoya-u.ac.jp/lawdb/l/416a0156); 犯罪白書 平成19年版 (hakusyo1.moj.go.jp): cap 20 years until 2004-12-31; that the 1907 text already had 20 years is from secondary sources",
    ),
};

/// Art. 14 ¶2: overall cap 30 years since 2005-01-01.
pub static ART_14_2: Rule = Rule {
    id: "jp.art14.2.cap-30-years",
    citation: "Penal Code art. 14 ¶2",
    in_force_from: ACT_156_2004,
    in_force_until: None,
    summary: "an aggravated fixed term is at most 30 years",
    verification: Verification::Reference(
        "art. 14 ¶2 as amended by Act No. 156 of 2004 art. 1 (jahis.law.nagoya-u.ac.jp/lawdb/l/416a0156), in force 2005-01-01 (Ministry of Justice, 犯罪白書 平成19年版 7-5-1-2, hakusyo1.moj.go.jp); wording since 2025-06-01: 有期拘禁刑を加重する場合においては三十年にまで上げることができ",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&ART_46, &ART_47, &LOWER_BOUND, &ART_14_20_YEARS, &ART_14_2];

/// The overall cap (art. 14 ¶2) since 2005-01-01.
pub const CAP: Term = Term::years(30);
/// The cap before 2005-01-01.
pub const CAP_BEFORE_2005: Term = Term::years(20);

/// The cap of art. 14 in force on `day`, and its rule.
pub fn cap_on(day: Date) -> (Term, &'static Rule) {
    if day >= ACT_156_2004 {
        (CAP, &ART_14_2)
    } else {
        (CAP_BEFORE_2005, &ART_14_20_YEARS)
    }
}

/// One crime: its name, the penalty type chosen (with its statutory
/// maximum) and the statutory maximum.
#[derive(Debug, Clone, Copy)]
pub struct Crime<'a> {
    pub offence: &'a str,
    pub penalty: Principal,
    pub statutory_max: Option<Principal>,
    pub statutory_min: Option<Principal>,
}

/// The lower end of the combined range: the highest of the minima.
pub fn lower_bound(minima: &[Term]) -> Term {
    minima.iter().copied().max().unwrap_or(Term::ZERO)
}

/// The statutory minima as terms, if every crime has a fixed-term minimum.
fn minima_of(crimes: &[Crime<'_>]) -> Option<Vec<Term>> {
    crimes
        .iter()
        .map(|c| match c.statutory_min {
            Some(Principal::Imprisonment(t)) => Some(t),
            _ => None,
        })
        .collect()
}

/// Settles the range `lo`–`max` (when the minima are known) and the verdict
/// on `decided`: above the maximum is unlawful whatever the minima; within
/// it, lawful only if at or above the lower end, and not settled without it.
fn settle(
    c: &mut Combination,
    findings: &mut Vec<Finding>,
    crimes: &[Crime<'_>],
    max: Term,
    decided: Option<Principal>,
) {
    let minima = minima_of(crimes);
    let lo = minima.as_deref().map(lower_bound);
    match (&minima, lo) {
        (Some(minima), Some(lo)) => {
            c.steps.push(Step::new(
                &LOWER_BOUND,
                Msg::new(MsgId::JpLowerBound)
                    .arg(
                        "minima",
                        Arg::List(
                            minima.iter().map(|t| Arg::Term(*t)).collect(),
                            crate::message::Sep::Comma,
                        ),
                    )
                    .arg("lo", lo)
                    .arg("max", max),
            ));
            if lo <= max {
                c.range = Some(PenaltyRange {
                    min: Principal::Imprisonment(lo),
                    max: Principal::Imprisonment(max),
                });
            }
        }
        _ => findings.push(Finding::new(
            Severity::Note,
            "jp.art47.minimum-not-checked",
            Msg::new(MsgId::JpMinimumNotChecked),
        )),
    }
    let Some(d) = decided else {
        return;
    };
    let t = match d {
        Principal::Imprisonment(t) => Some(t),
        _ => None,
    };
    if t.is_none_or(|t| t > max) {
        c.lawful = Some(false);
        findings.push(Finding::new(
            Severity::Error,
            "jp.art47.above-maximum",
            Msg::new(MsgId::JpAboveMaximum)
                .arg("penalty", d)
                .arg("max", max),
        ));
        return;
    }
    c.lawful = match (lo, t) {
        (Some(lo), Some(t)) if t < lo => {
            findings.push(Finding::new(
                Severity::Error,
                "jp.art47.below-minimum",
                Msg::new(MsgId::JpBelowMinimum)
                    .arg("penalty", d)
                    .arg("lo", lo),
            ));
            Some(false)
        }
        (Some(_), Some(_)) => Some(true),
        _ => None,
    };
}

/// 1.5 × a term: whole months × 1.5, the half of an odd month taken as 15
/// days, and the day part × 1.5 rounded down (a lower maximum, never a
/// higher one). Art. 47 says only "one half"; the 15-day month half and
/// the rounding are the tool's reading, not a sourced convention.
pub fn one_and_a_half(t: Term) -> Term {
    let months = t.total_months().saturating_mul(3) / 2;
    let extra_days = if t.total_months() % 2 == 1 { 15 } else { 0 };
    // No day cap (issue #11): days stay days.
    Term::new(0, months, t.day_part() * 3 / 2 + extra_days).unwrap_or(t)
}

/// The maximum of art. 47 for statutory maxima `maxima`, under the cap `cap`.
pub fn aggravated_maximum(maxima: &[Term], cap: Term) -> Term {
    let h = maxima.iter().copied().max().unwrap_or(Term::ZERO);
    one_and_a_half(h).min(sum_terms(maxima)).min(cap)
}

/// Checks the unified sentence against the statutory range.
pub fn combine(
    crimes: &[Crime<'_>],
    decided: Option<Principal>,
    day: Date,
) -> (Combination, Vec<Finding>) {
    let (cap, cap_rule) = cap_on(day);
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
    // A single count without `statutory_max`: its penalty is the sentence;
    // art. 47 has nothing to combine, so the missing maximum is no error.
    if let [only] = crimes
        && only.statutory_max.is_none()
    {
        c.principle = Principle::SingleCount;
        c.highest = Some(only.penalty);
        c.range = Some(PenaltyRange::exactly(only.penalty));
        c.lawful = decided.map(|d| d == only.penalty);
        findings.push(Finding::new(
            Severity::Note,
            "jp.single-count-no-statutory-max",
            Msg::new(MsgId::JpSingleNoMax)
                .arg("offence", only.offence)
                .arg("penalty", only.penalty),
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
        c.steps.push(Step::new(
            &ART_47,
            Msg::new(MsgId::JpOneCrime)
                .arg("offence", only.offence)
                .arg("max", *max),
        ));
        settle(&mut c, &mut findings, crimes, *max, decided);
        return (c, findings);
    }
    let h = maxima.iter().copied().max().unwrap_or(Term::ZERO);
    let s = sum_terms(&maxima);
    let one_half = one_and_a_half(h);
    let max = aggravated_maximum(&maxima, cap);
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
        cap_rule,
        Msg::new(MsgId::JpCap).arg("cap", cap).arg("max", max),
    ));
    settle(&mut c, &mut findings, crimes, max, decided);
    (c, findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn art47_one_and_a_half_of_the_highest_within_the_sum() {
        let y = Term::years;
        // Theft (10 years) and fraud (10 years): min(15, 20) = 15 years.
        assert_eq!(aggravated_maximum(&[y(10), y(10)], CAP), y(15));
        // Theft (10 years) and assault (2 years): min(15, 12) = 12 years.
        assert_eq!(aggravated_maximum(&[y(10), y(2)], CAP), y(12));
        // Two crimes of 20 years: min(30, 40, cap 30) = 30 years.
        assert_eq!(aggravated_maximum(&[y(20), y(20)], CAP), y(30));
        assert_eq!(
            one_and_a_half(Term::months(7)),
            Term::new(0, 10, 15).unwrap()
        );
    }

    fn crime(max: Term, min: Option<Term>) -> Crime<'static> {
        Crime {
            offence: "x",
            penalty: Principal::Imprisonment(max),
            statutory_max: Some(Principal::Imprisonment(max)),
            statutory_min: min.map(Principal::Imprisonment),
        }
    }

    #[test]
    fn art47_lower_bound_is_the_highest_statutory_minimum() {
        let y = Term::years;
        let day = date(2024, 3, 1);
        // Murder-like (5 years – 20) and theft (1 month – 10): range 5 – 30 years.
        let crimes = [
            crime(y(20), Some(y(5))),
            crime(y(10), Some(Term::months(1))),
        ];
        let (c, f) = combine(&crimes, Some(Principal::Imprisonment(y(6))), day);
        let r = c.range.unwrap();
        assert_eq!(r.min, Principal::Imprisonment(y(5)));
        assert_eq!(r.max, Principal::Imprisonment(y(30)));
        assert_eq!(c.lawful, Some(true));
        assert!(c.steps.iter().any(|s| s.rule.id == LOWER_BOUND.id));
        assert!(!f.iter().any(|f| f.code == "jp.art47.minimum-not-checked"));
        // Below the highest minimum: unlawful.
        let (c, f) = combine(&crimes, Some(Principal::Imprisonment(y(4))), day);
        assert_eq!(c.lawful, Some(false));
        assert!(f.iter().any(|f| f.code == "jp.art47.below-minimum"));
    }

    #[test]
    fn art47_without_every_minimum_the_verdict_is_not_settled() {
        let y = Term::years;
        let day = date(2024, 3, 1);
        let crimes = [crime(y(10), Some(Term::months(1))), crime(y(10), None)];
        let (c, f) = combine(&crimes, Some(Principal::Imprisonment(y(4))), day);
        assert_eq!(c.range, None);
        assert_eq!(c.lawful, None);
        assert!(f.iter().any(|f| f.code == "jp.art47.minimum-not-checked"));
        // Above the maximum is unlawful whatever the minima.
        let (c, _) = combine(&crimes, Some(Principal::Imprisonment(y(16))), day);
        assert_eq!(c.lawful, Some(false));
    }

    #[test]
    fn art14_cap_was_20_years_before_2005_and_30_since() {
        let y = Term::years;
        assert_eq!(cap_on(date(2004, 12, 31)).0, y(20));
        assert_eq!(cap_on(date(2005, 1, 1)).0, y(30));
        assert_eq!(
            aggravated_maximum(&[y(15), y(15)], cap_on(date(2004, 6, 1)).0),
            y(20)
        );
    }
}
