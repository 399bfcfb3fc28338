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
use crate::law::{Rule, Verification};
use crate::penalty::Term;

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

/// The smallest step of § 39: a month for terms of a year or more, a week below.
pub(super) fn one_unit_more(t: Term) -> Term {
    if t >= Term::years(1) {
        Term::months(t.total_months().saturating_add(1))
    } else if t.day_part() + 7 >= 30 {
        // A week more would reach a month of 30 days (the month of § 39's
        // comparison, as in `largest_below`): the next unit is the month.
        // `Term` has no day cap, so this is decided here, not by `Term::new`.
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
    if h >= CAP {
        // § 54 ¶2 S.2: an Einsatzstrafe at the cap cannot be increased.
        return g == CAP;
    }
    h < g && g < s && g <= CAP
}

/// The § 54 range of an aggregate of fixed terms, highest `h`, sum `s`, in
/// the units of § 39; an Einsatzstrafe of 15 years gives exactly 15 years.
pub(super) fn aggregate_range(h: Term, s: Term) -> Option<(Term, Term)> {
    if h >= CAP {
        return Some((CAP, CAP));
    }
    let lo = one_unit_more(h);
    let hi = one_unit_less(s).min(CAP);
    (lo <= hi).then_some((lo, hi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stgb_39_one_unit_more_below_a_year_rolls_over_to_the_month() {
        // 11 months 4 weeks: a week more would be 11 months 35 days, not a
        // § 39 term; the next unit is 1 year.
        let t = Term::new(0, 11, 28).unwrap();
        assert_eq!(one_unit_more(t), Term::months(12));
        let t = Term::new(0, 3, 21).unwrap();
        assert_eq!(one_unit_more(t), Term::new(0, 3, 28).unwrap());
    }
}
