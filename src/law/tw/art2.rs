//! Criminal Code of Taiwan art. 2 ¶1 (the lighter law) applied to art. 51:
//! when the offences precede the 2005 reform (in force 2006-07-01) and the
//! judgment follows it, art. 51 item 5 (cap 20 → 30 years) and item 6
//! (criminal detention: four months → 120 days) are computed under both
//! texts, and the rows say which applies and why.
//!
//! > 行為後法律有變更者，適用行為時之法律。但行為後之法律有利於行為人者，
//! > 適用最有利於行為人之法律。 (art. 2 ¶1, 2005 text; not bundled, from the
//! > task brief: [`art51::LIGHTER_LAW`] is UNVERIFIED)
//!
//! The tool's reading, not the statute's words: "more favourable" compares
//! the ranges as China's SPC-1997 art. 1 does (the lower maximum; with equal
//! maxima, the lower minimum). Both ends of item 5 are the longest term and
//! the capped sum, so the earlier text is never heavier. The text before the
//! reform (從新從輕: the law at the judgment unless an earlier law is more
//! favourable) is not modelled: it reaches the same text whenever the two
//! ranges differ, and when they are the same the choice does not matter.
//!
//! Which dates settle the choice:
//! - every offence dated before 2006-07-01, judgment after: art. 2 ¶1;
//! - every offence on or after 2006-07-01: the 2005 text, no comparison;
//! - an undated count, a period across the reform, or offences on both
//!   sides of it: *not settled*; both ranges are shown, neither is asserted,
//!   and a verdict that differs between them is not settled either.

use super::art51;
use crate::analysis::{Combination, LawFigure, LighterLawRow, Principle, TextApplies};
use crate::law::Rule;
use crate::law::common::OffenceDates;
use crate::law::lighter::lighter;
use crate::message::MsgId;
use crate::penalty::Principal;

/// The figure of `c` for one item of art. 51: its range with the cap
/// applied when every count is of the item's kind, or "not computed" when
/// the combination has none (mixed kinds, detention in months, sums of
/// detention above 29 days).
fn figure(c: &Combination, all_of_kind: bool) -> LawFigure {
    match c.range {
        Some(range) if all_of_kind => LawFigure::Range {
            range,
            then: None,
            cap: c.cap,
        },
        _ => LawFigure::NotComputed,
    }
}

/// Art. 2 ¶1 on its own: the law at the time of the act, unless the later
/// law is more favourable.
pub fn art2_applies(l: crate::analysis::Lighter) -> TextApplies {
    crate::law::lighter::old_unless_new_is_lighter(l)
}

/// The rows of the lighter-law table for art. 51, given the combination
/// under the earlier text (`old`) and under the 2005 text (`new`). Empty
/// for a single count or absorption (art. 51 items 3–4 did not change).
pub fn rows(
    singles: &[(&str, Principal)],
    dates: OffenceDates,
    old: &Combination,
    new: &Combination,
) -> Vec<LighterLawRow> {
    let mut rows = Vec::new();
    if new.principle != Principle::LimitedAggravation || singles.len() < 2 {
        return rows;
    }
    let imprisonment = singles
        .iter()
        .filter(|(_, p)| matches!(p, Principal::Imprisonment(_)))
        .count();
    let detention = singles
        .iter()
        .filter(|(_, p)| matches!(p, Principal::CriminalDetention(_)))
        .count();
    let (why, settled) = match dates {
        OffenceDates::AllBefore => (MsgId::LighterWhyTwAllBefore, true),
        OffenceDates::Straddle => (MsgId::LighterWhyTwStraddle, false),
        OffenceDates::Undetermined | OffenceDates::AllAfter => {
            (MsgId::LighterWhyTwNotSettled, false)
        }
    };
    let mut push = |provision: &'static str,
                    name: MsgId,
                    old_rule: &'static Rule,
                    new_rule: &'static Rule,
                    all_of_kind: bool| {
        let (o, n) = (figure(old, all_of_kind), figure(new, all_of_kind));
        let l = lighter(&o, &n);
        rows.push(LighterLawRow {
            provision,
            name,
            old_rule,
            old: o,
            new_rule,
            new: n,
            lighter: l,
            applies: if settled {
                art2_applies(l)
            } else {
                TextApplies::NotSettled
            },
            decided_by: &art51::LIGHTER_LAW,
            why,
            principle: &art51::LIGHTER_LAW,
            compared_by: None,
        });
    };
    if imprisonment > 0 {
        push(
            "tw.art51.5.cap",
            MsgId::LighterProvisionTw51Item5,
            &art51::FIXED_TERMS_20,
            &art51::FIXED_TERMS_30,
            imprisonment == singles.len(),
        );
    }
    if detention > 0 {
        push(
            "tw.art51.6.detention-cap",
            MsgId::LighterProvisionTw51Item6,
            &art51::DETENTION_4_MONTHS,
            &art51::DETENTION_120_DAYS,
            detention == singles.len(),
        );
    }
    rows
}

/// Which text the analysis follows: the one the rows settle (the first
/// row's, the law at the time of the act when there is none), or, when not
/// settled, the 2005 text as the stated assumption.
pub fn applies(rows: &[LighterLawRow], dates: OffenceDates) -> TextApplies {
    match dates {
        OffenceDates::AllBefore => rows.first().map_or(TextApplies::Old, |r| r.applies),
        OffenceDates::AllAfter => TextApplies::New,
        OffenceDates::Straddle | OffenceDates::Undetermined => TextApplies::NotSettled,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
    use super::*;
    use crate::analysis::Lighter;
    use crate::law::tw::art51::{BEFORE_REFORM, REFORM_2005, combine};
    use crate::penalty::Term;

    fn y(n: u32) -> Principal {
        Principal::Imprisonment(Term::years(n))
    }

    fn both(s: &[(&str, Principal)], decided: Option<Principal>) -> (Combination, Combination) {
        (
            combine(s, decided, BEFORE_REFORM).0,
            combine(s, decided, REFORM_2005).0,
        )
    }

    #[test]
    fn tw_art2_old_text_applies_to_offences_before_the_reform() {
        let s = [("robbery", y(15)), ("kidnapping", y(10))];
        let (old, new) = both(&s, Some(y(20)));
        let r = rows(&s, OffenceDates::AllBefore, &old, &new);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].provision, "tw.art51.5.cap");
        assert_eq!(r[0].lighter, Lighter::Old);
        assert_eq!(r[0].applies, TextApplies::Old);
        assert_eq!(r[0].decided_by.id, art51::LIGHTER_LAW.id);
        assert_eq!(applies(&r, OffenceDates::AllBefore), TextApplies::Old);
        match (r[0].old, r[0].new) {
            (
                LawFigure::Range {
                    range: o, cap: oc, ..
                },
                LawFigure::Range {
                    range: n, cap: nc, ..
                },
            ) => {
                assert_eq!(o.max, y(20));
                assert_eq!(n.max, y(25));
                assert_eq!((oc, nc), (Some(Term::years(20)), Some(Term::years(30))));
            }
            other => panic!("{other:?}"),
        }
        // The comparison: the old text is the lighter, as the tool reads
        // art. 2 (wording: i18n, lighter_law_reasons_in_both_languages).
        let why = r[0].why_msg();
        assert_eq!(
            why.arg_msg_id("lighter"),
            Some(MsgId::LighterCompareOldReading)
        );
    }

    #[test]
    fn tw_art2_sum_under_20_years_both_texts_alike_the_old_applies() {
        let s = [("a", y(5)), ("b", y(4))];
        let (old, new) = both(&s, Some(y(8)));
        let r = rows(&s, OffenceDates::AllBefore, &old, &new);
        assert_eq!(r[0].lighter, Lighter::Same);
        assert_eq!(r[0].applies, TextApplies::Old);
    }

    #[test]
    fn tw_art2_undated_offences_not_settled() {
        let s = [("a", y(15)), ("b", y(12))];
        let (old, new) = both(&s, Some(y(25)));
        for dates in [OffenceDates::Undetermined, OffenceDates::Straddle] {
            let r = rows(&s, dates, &old, &new);
            assert_eq!(r[0].applies, TextApplies::NotSettled);
            assert_eq!(applies(&r, dates), TextApplies::NotSettled);
        }
        // 25 years: lawful under the 2005 text only.
        assert_eq!((old.lawful, new.lawful), (Some(false), Some(true)));
    }

    #[test]
    fn tw_art2_detention_row_when_a_detention_is_present() {
        let d = |n| Principal::CriminalDetention(Term::new(0, 0, n).unwrap());
        let s = [("a", d(20)), ("b", d(5))];
        let (old, new) = both(&s, Some(d(22)));
        let r = rows(&s, OffenceDates::AllBefore, &old, &new);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].provision, "tw.art51.6.detention-cap");
        assert_eq!(r[0].old_rule.id, art51::DETENTION_4_MONTHS.id);
        // Both caps are above the sum: the same range.
        assert_eq!(r[0].lighter, Lighter::Same);
        // Fixed terms with detention: neither range is computed.
        let s = [("a", y(2)), ("b", d(20))];
        let (old, new) = both(&s, None);
        let r = rows(&s, OffenceDates::AllBefore, &old, &new);
        assert_eq!(r.len(), 2);
        assert!(r.iter().all(|r| r.old == LawFigure::NotComputed));
        assert!(r.iter().all(|r| r.lighter == Lighter::NotComparable));
        assert_eq!(
            r[0].why_msg().arg_msg_id("lighter"),
            Some(MsgId::LighterCompareNotComputed)
        );
    }

    #[test]
    fn tw_art2_no_rows_for_a_single_count_or_absorption() {
        let s = [("a", y(15))];
        let (old, new) = both(&s, Some(y(15)));
        assert!(rows(&s, OffenceDates::AllBefore, &old, &new).is_empty());
        let s = [("a", Principal::Life), ("b", y(15))];
        let (old, new) = both(&s, Some(Principal::Life));
        assert!(rows(&s, OffenceDates::AllBefore, &old, &new).is_empty());
    }
}
