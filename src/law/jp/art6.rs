//! Penal Code of Japan art. 6 (the lighter law) applied to the cap of
//! art. 14 ¶2: Act No. 156 of 2004 raised the cap of an aggravated fixed
//! term from 20 to 30 years from 2005-01-01. For crimes committed before
//! that day and judged after it, the art. 47 maximum is computed under both
//! caps, and the lighter applies.
//!
//! > 犯罪後の法律によって刑の変更があったときは、その軽いものによる。 (art. 6)
//!
//! Neither art. 6 nor the transitional provisions (附則) of Act No. 156 of
//! 2004 are bundled: [`ART_6`] is UNVERIFIED, and a case the transitional
//! provisions might decide (crimes on both sides of 2005-01-01) is left
//! *not settled*. "Lighter" is the tool's reading: the lower maximum, then
//! the lower minimum, as China's SPC-1997 art. 1 compares statutory
//! penalties; the minimum (the highest statutory minimum) is the same under
//! both caps, so the maxima decide and the earlier cap is never heavier.

use super::art47::{self, ACT_156_2004};
use crate::analysis::{Combination, LawFigure, Lighter, LighterLawRow, Principle, TextApplies};
use crate::law::common::OffenceDates;
use crate::law::lighter::lighter;
use crate::law::{Rule, Verification};
use crate::message::MsgId;
use jiff::civil::{Date, date};

/// The last day of the 20-year cap.
pub const BEFORE_ACT_156_2004: Date = date(2004, 12, 31);

/// Art. 6: when the penalty was changed by a law after the crime, the
/// lighter applies.
pub static ART_6: Rule = Rule {
    id: "jp.art6.lighter-law",
    citation: "Penal Code art. 6",
    in_force_from: art47::PENAL_CODE,
    in_force_until: None,
    summary: "when a law after the crime changed the penalty, the lighter of the two applies",
    verification: Verification::Unverified(
        "the Penal Code is not bundled: the wording (犯罪後の法律によって刑の変更があったときは、その軽いものによる) is from the task brief, not checked against a source; the transitional provisions (附則) of Act No. 156 of 2004, which may decide crimes before 2005-01-01 themselves, are not bundled either; the in-force start with the 1907 Code was not checked",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&ART_6];

/// Art. 6 on its own: the lighter; when both give the same, the penalty
/// did not change and the law at the time of the crime stands.
pub fn art6_applies(l: Lighter) -> TextApplies {
    match l {
        Lighter::New => TextApplies::New,
        Lighter::Old | Lighter::Same | Lighter::NotComparable => TextApplies::Old,
    }
}

/// The figure of an art. 47 combination under a cap: its range (with the
/// cap of art. 14 ¶2), or its maximum when the lower end is not settled.
fn figure(c: &Combination, cap: crate::penalty::Term) -> LawFigure {
    match (c.range, c.cap) {
        (Some(range), _) => LawFigure::Range {
            range,
            then: None,
            cap: Some(cap),
        },
        (None, Some(max)) => LawFigure::Maximum {
            max,
            cap: Some(cap),
        },
        (None, None) => LawFigure::NotComputed,
    }
}

/// The row of the lighter-law table for the cap of art. 14 ¶2, given the
/// combination under the 20-year cap (`old`) and the 30-year cap (`new`).
/// `None` unless several crimes with fixed terms are combined (art. 47).
pub fn row(dates: OffenceDates, old: &Combination, new: &Combination) -> Option<LighterLawRow> {
    if new.principle != Principle::LimitedAggravation {
        return None;
    }
    let o = figure(old, art47::CAP_BEFORE_2005);
    let n = figure(new, art47::CAP);
    let l = lighter(&o, &n);
    let (applies, why) = match dates {
        OffenceDates::AllBefore => (art6_applies(l), MsgId::LighterWhyJpAllBefore),
        OffenceDates::Straddle => (TextApplies::NotSettled, MsgId::LighterWhyJpStraddle),
        OffenceDates::Undetermined | OffenceDates::AllAfter => {
            (TextApplies::NotSettled, MsgId::LighterWhyJpNotSettled)
        }
    };
    Some(LighterLawRow {
        provision: "jp.art14.2.cap",
        name: MsgId::LighterProvisionJp14Cap,
        old_rule: &art47::ART_14_20_YEARS,
        old: o,
        new_rule: &art47::ART_14_2,
        new: n,
        lighter: l,
        applies,
        decided_by: &ART_6,
        why,
        principle: &ART_6,
        compared_by: None,
    })
}

/// Whether the comparison is needed: judged on or after 2005-01-01, and a
/// crime that may precede it.
pub fn compared(judged: Date, dates: OffenceDates) -> bool {
    judged >= ACT_156_2004 && dates != OffenceDates::AllAfter
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
    use super::*;
    use crate::law::jp::art47::{Crime, combine};
    use crate::penalty::{Principal, Term};

    fn crime(max: u32, min: Option<Term>) -> Crime<'static> {
        Crime {
            offence: "x",
            penalty: Principal::Imprisonment(Term::years(max)),
            statutory_max: Some(Principal::Imprisonment(Term::years(max))),
            statutory_min: min.map(Principal::Imprisonment),
        }
    }

    fn both(crimes: &[Crime<'_>], decided: Option<Principal>) -> (Combination, Combination) {
        (
            combine(crimes, decided, BEFORE_ACT_156_2004).0,
            combine(crimes, decided, date(2006, 3, 1)).0,
        )
    }

    #[test]
    fn jp_art6_lighter_cap_for_offences_before_2005() {
        // Two crimes of 15 years: 1.5 × 15 = 22 years 6 months; cap 20 before 2005.
        let crimes = [
            crime(15, Some(Term::years(1))),
            crime(15, Some(Term::years(1))),
        ];
        let (old, new) = both(&crimes, Some(Principal::Imprisonment(Term::years(21))));
        let r = row(OffenceDates::AllBefore, &old, &new).unwrap();
        assert_eq!(r.lighter, Lighter::Old);
        assert_eq!(r.applies, TextApplies::Old);
        assert_eq!(r.decided_by.id, ART_6.id);
        match (r.old, r.new) {
            (LawFigure::Range { range: o, .. }, LawFigure::Range { range: n, .. }) => {
                assert_eq!(o.max, Principal::Imprisonment(Term::years(20)));
                assert_eq!(n.max, Principal::Imprisonment(Term::new(22, 6, 0).unwrap()));
            }
            other => panic!("{other:?}"),
        }
        // 21 years: unlawful under the cap that applies.
        assert_eq!((old.lawful, new.lawful), (Some(false), Some(true)));
        let why = r.why_msg();
        assert_eq!(why.id, MsgId::LighterWhyJpAllBefore);
        assert_eq!(
            why.arg_msg_id("lighter"),
            Some(MsgId::LighterCompareOldReading)
        );
    }

    #[test]
    fn jp_art6_undated_offences_not_settled() {
        let crimes = [crime(15, None), crime(15, None)];
        let (old, new) = both(&crimes, Some(Principal::Imprisonment(Term::years(21))));
        for dates in [OffenceDates::Undetermined, OffenceDates::Straddle] {
            let r = row(dates, &old, &new).unwrap();
            assert_eq!(r.applies, TextApplies::NotSettled);
            // Without the minima: the maxima only, both shown.
            assert_eq!(
                r.old,
                LawFigure::Maximum {
                    max: Term::years(20),
                    cap: Some(Term::years(20))
                }
            );
            assert_eq!(r.lighter, Lighter::Old);
        }
    }

    #[test]
    fn jp_art6_caps_that_do_not_bind_give_the_same_range() {
        let crimes = [
            crime(10, Some(Term::months(1))),
            crime(10, Some(Term::months(1))),
        ];
        let (old, new) = both(&crimes, None);
        let r = row(OffenceDates::AllBefore, &old, &new).unwrap();
        assert_eq!(r.lighter, Lighter::Same);
        assert_eq!(r.applies, TextApplies::Old);
        // One crime: art. 47 and its cap are not engaged.
        let (old, new) = both(&crimes[..1], None);
        assert!(row(OffenceDates::AllBefore, &old, &new).is_none());
    }

    #[test]
    fn jp_art6_no_comparison_after_the_change_or_before_the_judgment() {
        assert!(!compared(date(2004, 6, 1), OffenceDates::AllBefore));
        assert!(!compared(date(2006, 6, 1), OffenceDates::AllAfter));
        assert!(compared(date(2006, 6, 1), OffenceDates::Undetermined));
    }
}
