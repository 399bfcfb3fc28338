//! StGB §§ 53, 54: the aggregate sentence (Gesamtstrafe) for several
//! offences judged together.
//!
//! > § 53 (1) Hat jemand mehrere Straftaten begangen, die gleichzeitig
//! > abgeurteilt werden, und dadurch mehrere Freiheitsstrafen oder mehrere
//! > Geldstrafen verwirkt, so wird auf eine Gesamtstrafe erkannt.
//!
//! > § 54 (1) Ist eine der Einzelstrafen eine lebenslange Freiheitsstrafe, so
//! > wird als Gesamtstrafe auf lebenslange Freiheitsstrafe erkannt. In allen
//! > übrigen Fällen wird die Gesamtstrafe durch Erhöhung der verwirkten
//! > höchsten Strafe, bei Strafen verschiedener Art durch Erhöhung der ihrer
//! > Art nach schwersten Strafe gebildet. […]
//! >
//! > (2) Die Gesamtstrafe darf die Summe der Einzelstrafen nicht erreichen.
//! > Sie darf bei zeitigen Freiheitsstrafen fünfzehn Jahre und bei
//! > Geldstrafe siebenhundertzwanzig Tagessätze nicht übersteigen.
//!
//! (StGB, consolidated text, snapshot of 2022-03-26; `shared/law/de/stgb-excerpt.md`.)
//!
//! Arithmetic: with the highest single penalty H (Einsatzstrafe) and the sum
//! S, the aggregate G satisfies H < G < S and G ≤ 15 years. The range shown
//! is in the units of § 39 (full months above one year, full weeks below).

use super::{IN_FORCE, SNAPSHOT_NOTE};
use crate::analysis::{Combination, PenaltyRange, Principle};
use crate::finding::{Finding, Severity};
use crate::law::common::{bool_arg, sum_terms, sum_text};
use crate::law::{Rule, Step, Verification};
use crate::message::{Msg, MsgId};
use crate::penalty::{Principal, Term};

/// § 53 ¶1: one aggregate sentence for offences judged together.
pub static STGB_53: Rule = Rule {
    id: "de.stgb53.1.aggregate",
    citation: "StGB § 53 ¶1",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "several offences judged together, several terms of imprisonment or several fines: one aggregate sentence (Gesamtstrafe)",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// § 54 ¶1 S.1: life absorbs.
pub static STGB_54_1_LIFE: Rule = Rule {
    id: "de.stgb54.1.life",
    citation: "StGB § 54 ¶1 S.1",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "one single penalty is life imprisonment: the aggregate is life imprisonment",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// § 54 ¶1 S.2 and ¶2: increase the highest, below the sum, at most 15 years.
pub static STGB_54_2_INCREASE: Rule = Rule {
    id: "de.stgb54.2.increase",
    citation: "StGB § 54 ¶1 S.2, ¶2",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "otherwise the highest single penalty is increased: highest < aggregate < sum, and at most 15 years for fixed-term imprisonment",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&STGB_53, &STGB_54_1_LIFE, &STGB_54_2_INCREASE];

/// The most a fixed-term aggregate may be (§ 54 ¶2 S.2; § 38 ¶2).
pub const CAP: Term = Term::years(15);

/// A single penalty and its offence.
#[derive(Debug, Clone, Copy)]
pub struct Single<'a> {
    pub offence: &'a str,
    pub penalty: Principal,
}

/// The smallest step of § 39: a month for terms of a year or more, a week below.
pub(super) fn one_unit_more(t: Term) -> Term {
    if t >= Term::years(1) {
        Term::months(t.total_months().saturating_add(1))
    } else {
        Term::new(0, t.total_months(), t.day_part() + 7)
            .unwrap_or_else(|_| Term::months(t.total_months().saturating_add(1)))
    }
}

pub(super) fn one_unit_less(t: Term) -> Term {
    if t > Term::years(1) {
        Term::new(0, t.total_months().saturating_sub(1), t.day_part()).unwrap_or(t)
    } else if t.day_part() >= 7 {
        Term::new(0, t.total_months(), t.day_part() - 7).unwrap_or(t)
    } else {
        Term::new(0, t.total_months().saturating_sub(1), t.day_part() + 23).unwrap_or(t)
    }
}

/// The largest term in the units of § 39 strictly below `s` (full months
/// from one year, full weeks and months below), with a month of 30 days.
pub(super) fn largest_below(s: Term) -> Term {
    if s.day_part() == 0 {
        return one_unit_less(s);
    }
    if s > Term::years(1) {
        return Term::months(s.total_months());
    }
    let weeks = (s.day_part() - 1) / 7;
    Term::new(0, s.total_months(), weeks * 7).unwrap_or(Term::months(s.total_months()))
}

/// Whether `g` is a lawful aggregate of singles with highest `h` and sum `s`.
pub fn lawful_aggregate(h: Term, s: Term, g: Term) -> bool {
    h < g && g < s && g <= CAP
}

/// Forms the aggregate of several single penalties and checks the court's,
/// with no fine recorded as imposed separately (see [`combine_with`]).
pub fn combine(singles: &[Single<'_>], decided: Option<Principal>) -> (Combination, Vec<Finding>) {
    combine_with(singles, decided, None)
}

/// Forms the aggregate of several single penalties and checks the court's;
/// `separate_fine` is a fine the court imposed beside the aggregate (§ 53
/// ¶2 S.2, `decided.separate_fine`). Terms of imprisonment alone are
/// combined here; fines alone, and fines with imprisonment, in
/// [`super::geldstrafe`].
pub fn combine_with(
    singles: &[Single<'_>],
    decided: Option<Principal>,
    separate_fine: Option<Principal>,
) -> (Combination, Vec<Finding>) {
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
    if let [only] = singles {
        c.principle = Principle::SingleCount;
        c.highest = Some(only.penalty);
        c.range = Some(PenaltyRange::exactly(only.penalty));
        c.lawful = decided.map(|d| d == only.penalty);
        return (c, findings);
    }
    c.steps.push(Step::new(
        &STGB_53,
        Msg::new(MsgId::DeOffencesTogether).arg("count", singles.len()),
    ));
    if let Some(life) = singles.iter().find(|s| s.penalty == Principal::Life) {
        c.principle = Principle::Absorption;
        c.highest = Some(Principal::Life);
        c.range = Some(PenaltyRange::exactly(Principal::Life));
        c.lawful = decided.map(|d| d == Principal::Life);
        c.steps.push(Step::new(
            &STGB_54_1_LIFE,
            Msg::new(MsgId::DeLifeAbsorbs).arg("offence", life.offence),
        ));
        if let Some(d) = decided
            && d != Principal::Life
        {
            findings.push(Finding::new(
                Severity::Error,
                "de.stgb54.outside-range",
                Msg::new(MsgId::DeLifeRequired).arg("penalty", d),
            ));
        }
        return (c, findings);
    }
    let mut terms = Vec::new();
    let mut fines = Vec::new();
    for s in singles {
        match s.penalty {
            Principal::Imprisonment(t) => terms.push(t),
            Principal::DayFine(f) => fines.push(f),
            other => {
                findings.push(Finding::new(
                    Severity::Error,
                    "de.unknown-penalty-kind",
                    Msg::new(MsgId::DeUnknownPenaltyKind)
                        .arg("offence", s.offence)
                        .arg("penalty", other),
                ));
                return (c, findings);
            }
        }
    }
    let separate = separate_fine.and_then(|p| p.day_fine());
    if let Some(sep) = separate
        && (terms.is_empty() || fines.is_empty())
    {
        findings.push(Finding::new(
            Severity::Error,
            "de.stgb53.2.separate-fine-not-mixed",
            Msg::new(MsgId::DeSeparateFineNotMixed).arg("fine", Principal::DayFine(sep)),
        ));
    }
    if terms.is_empty() {
        c.highest = fines
            .iter()
            .copied()
            .max_by_key(|f| f.rates())
            .map(Principal::DayFine);
        c.lawful = super::geldstrafe::combine_fines(&fines, decided, &mut c, &mut findings);
        if separate.is_some() {
            c.lawful = c.lawful.map(|_| false);
        }
        return (c, findings);
    }
    if !fines.is_empty() {
        super::geldstrafe::combine_mixed(&terms, &fines, decided, separate, &mut c, &mut findings);
        return (c, findings);
    }
    if separate.is_some() {
        c.lawful = Some(false);
    }
    let h = terms.iter().copied().max().unwrap_or(Term::ZERO);
    let s = sum_terms(&terms);
    c.highest = Some(Principal::Imprisonment(h));
    c.total = Some(s);
    c.cap = Some(CAP);
    let lo = one_unit_more(h);
    let hi = one_unit_less(s).min(CAP);
    c.steps.push(Step::new(
        &STGB_54_2_INCREASE,
        Msg::new(MsgId::DeEinsatzstrafe)
            .arg("h", h)
            .arg("sum", sum_text(&terms))
            .arg("s", s),
    ));
    if lo <= hi {
        c.range = Some(PenaltyRange {
            min: Principal::Imprisonment(lo),
            max: Principal::Imprisonment(hi),
        });
        c.steps.push(Step::new(
            &STGB_54_2_INCREASE,
            Msg::new(MsgId::DeUnitsRange).arg("lo", lo).arg("hi", hi),
        ));
    } else {
        findings.push(Finding::new(
            Severity::Note,
            "de.stgb54.no-room",
            Msg::new(MsgId::DeNoRoom).arg("h", h),
        ));
    }
    if let Some(d) = decided {
        let ok = match d {
            Principal::Imprisonment(g) => {
                let ok = lawful_aggregate(h, s, g);
                c.steps.push(Step::new(
                    &STGB_54_2_INCREASE,
                    Msg::new(MsgId::DeCourtAggregate)
                        .arg("g", g)
                        .arg("h", h)
                        .arg("s", s)
                        .arg("a", bool_arg(h < g))
                        .arg("b", bool_arg(g < s))
                        .arg("c", bool_arg(g <= CAP)),
                ));
                ok
            }
            _ => false,
        };
        c.lawful = Some(ok && separate.is_none());
        if !ok {
            findings.push(Finding::new(
                Severity::Error,
                "de.stgb54.outside-range",
                Msg::new(MsgId::DeOutsideRange)
                    .arg("penalty", d)
                    .arg("h", h)
                    .arg("s", s),
            ));
        }
    }
    (c, findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn y(n: u32) -> Principal {
        Principal::Imprisonment(Term::years(n))
    }

    fn singles(ps: &[Principal]) -> Vec<Single<'static>> {
        ps.iter()
            .map(|p| Single {
                offence: "offence",
                penalty: *p,
            })
            .collect()
    }

    #[test]
    fn stgb_54_2_aggregate_below_sum_and_at_most_15_years() {
        // 3 + 2 years: aggregate between 3 years 1 month and 4 years 11 months.
        let (c, f) = combine(&singles(&[y(3), y(2)]), Some(y(4)));
        assert_eq!(c.lawful, Some(true), "{f:?}");
        assert_eq!(
            c.range.unwrap().min,
            Principal::Imprisonment(Term::new(3, 1, 0).unwrap())
        );
        assert_eq!(
            c.range.unwrap().max,
            Principal::Imprisonment(Term::new(4, 11, 0).unwrap())
        );
        // The sum itself is not lawful ("darf die Summe nicht erreichen").
        let (c, _) = combine(&singles(&[y(3), y(2)]), Some(y(5)));
        assert_eq!(c.lawful, Some(false));
        // Nor the Einsatzstrafe unchanged.
        let (c, _) = combine(&singles(&[y(3), y(2)]), Some(y(3)));
        assert_eq!(c.lawful, Some(false));
        // 10 + 8 years: at most 15 years.
        let (c, _) = combine(&singles(&[y(10), y(8)]), Some(y(15)));
        assert_eq!(c.lawful, Some(true));
        assert_eq!(c.range.unwrap().max, y(15));
        let (c, _) = combine(&singles(&[y(10), y(8)]), Some(y(16)));
        assert_eq!(c.lawful, Some(false));
    }

    #[test]
    fn stgb_54_1_life_absorbs() {
        let (c, _) = combine(&singles(&[Principal::Life, y(5)]), Some(Principal::Life));
        assert_eq!(c.principle, Principle::Absorption);
        assert_eq!(c.lawful, Some(true));
        let (c, f) = combine(&singles(&[Principal::Life, y(5)]), Some(y(15)));
        assert_eq!(c.lawful, Some(false));
        assert!(f.iter().any(|f| f.code == "de.stgb54.outside-range"));
    }

    #[test]
    fn stgb_39_units_below_a_year_are_weeks() {
        let m = |n| Principal::Imprisonment(Term::months(n));
        let (c, _) = combine(&singles(&[m(6), m(3)]), Some(m(8)));
        assert_eq!(c.lawful, Some(true));
        assert_eq!(
            c.range.unwrap().min,
            Principal::Imprisonment(Term::new(0, 6, 7).unwrap())
        );
    }

    #[test]
    fn stgb_54_15_years_highest_leaves_no_room() {
        let (c, f) = combine(&singles(&[y(15), y(3)]), None);
        assert!(c.range.is_none());
        assert!(f.iter().any(|f| f.code == "de.stgb54.no-room"));
    }
}
