//! StGB §§ 53–55 put together: the aggregate of several single penalties,
//! whichever their kinds. Terms alone follow § 54 (`gesamtstrafe.rs`);
//! fines alone, and fines with imprisonment, § 53 ¶2 and § 54 ¶2–3
//! (`geldstrafe.rs`). The tests of both live here, because they go through
//! [`combine`].

use super::gesamtstrafe::*;
use crate::analysis::{Combination, PenaltyRange, Principle};
use crate::finding::{Finding, Severity};
use crate::law::Step;
use crate::law::common::{bool_arg, sum_terms, sum_text};
use crate::message::{Msg, MsgId};
use crate::penalty::{Principal, Term};

/// A single penalty and its offence.
#[derive(Debug, Clone, Copy)]
pub struct Single<'a> {
    pub offence: &'a str,
    pub penalty: Principal,
}

/// Forms the aggregate of several single penalties and checks the court's,
/// with no fine recorded as imposed separately (see [`combine_with`]).
pub fn combine(singles: &[Single<'_>], decided: Option<Principal>) -> (Combination, Vec<Finding>) {
    combine_with(singles, decided, None)
}

/// Forms the aggregate of several single penalties and checks the court's;
/// `separate_fine` is a fine the court imposed beside the aggregate (§ 53
/// ¶2 S.2, `decided.separate_fine`). Terms of imprisonment alone are
/// combined by § 54 (`gesamtstrafe.rs`); fines alone, and fines with
/// imprisonment, by `geldstrafe.rs`.
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
    c.steps.push(Step::new(
        &STGB_54_2_INCREASE,
        Msg::new(MsgId::DeEinsatzstrafe)
            .arg("h", h)
            .arg("sum", sum_text(&terms))
            .arg("s", s),
    ));
    if h >= CAP {
        c.steps.push(Step::new(
            &STGB_54_2_INCREASE,
            Msg::new(MsgId::DeEinsatzAtCap).arg("h", h).arg("cap", CAP),
        ));
    }
    if let Some((lo, hi)) = super::gesamtstrafe::aggregate_range(h, s) {
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
mod gesamtstrafe_tests {
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

    /// § 54 ¶2 S.2 (issue #11): an Einsatzstrafe of 15 years cannot be
    /// increased, so 15 years is the only lawful aggregate.
    #[test]
    fn stgb_54_2_einsatzstrafe_of_15_years_gives_exactly_15() {
        let (c, f) = combine(&singles(&[y(15), y(3)]), None);
        assert_eq!(c.range.unwrap().min, y(15));
        assert_eq!(c.range.unwrap().max, y(15));
        assert!(!f.iter().any(|f| f.code == "de.stgb54.no-room"));
        let (c, f) = combine(&singles(&[y(15), y(3)]), Some(y(15)));
        assert_eq!(c.lawful, Some(true));
        assert!(f.iter().all(|f| f.code != "de.stgb54.outside-range"));
        let (c, _) = combine(&singles(&[y(15), y(3)]), Some(y(14)));
        assert_eq!(c.lawful, Some(false));
    }
}

#[cfg(test)]
mod geldstrafe_tests {
    use super::*;
    use crate::law::de::geldstrafe::*;
    use crate::penalty::DayFine;
    use rust_decimal::Decimal;

    fn fine(rates: u32, euros: i64) -> Principal {
        Principal::DayFine(DayFine::new(rates, Decimal::from(euros)))
    }

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
    fn stgb_40_1_five_to_360_rates() {
        let ok = DayFine::new(5, Decimal::from(10));
        assert!(check_fine("x", ok, MAX_RATES).is_empty());
        assert!(check_fine("x", DayFine::new(360, Decimal::ONE), MAX_RATES).is_empty());
        let f = check_fine("x", DayFine::new(4, Decimal::ONE), MAX_RATES);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].code, "de.stgb40.1.out-of-range");
        assert!(!check_fine("x", DayFine::new(361, Decimal::ONE), MAX_RATES).is_empty());
        // "wenn das Gesetz nichts anderes bestimmt": § 54 ¶2 allows 720 for an aggregate.
        assert!(check_fine("x", DayFine::new(720, Decimal::ONE), MAX_AGGREGATE_RATES).is_empty());
    }

    #[test]
    fn stgb_40_2_one_to_30000_euros() {
        assert!(
            check_fine("x", DayFine::new(10, Decimal::new(3_000_000, 2)), MAX_RATES).is_empty()
        );
        let f = check_fine("x", DayFine::new(10, Decimal::new(3_000_001, 2)), MAX_RATES);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].code, "de.stgb40.2.out-of-range");
        let f = check_fine("x", DayFine::new(10, Decimal::new(99, 2)), MAX_RATES);
        assert_eq!(f[0].code, "de.stgb40.2.out-of-range");
    }

    #[test]
    fn stgb_54_2_day_fines_below_sum() {
        // 90 + 60 + 40 = 190: the aggregate is 91 to 189 daily rates.
        let s = singles(&[fine(90, 50), fine(60, 50), fine(40, 50)]);
        let (c, f) = combine(&s, Some(fine(140, 50)));
        assert_eq!(c.lawful, Some(true), "{f:?}");
        let r = c.range.unwrap();
        assert_eq!(r.min.day_fine().unwrap().rates(), 91);
        assert_eq!(r.max.day_fine().unwrap().rates(), 189);
        // The sum itself is not lawful, nor the highest unchanged.
        assert_eq!(combine(&s, Some(fine(190, 50))).0.lawful, Some(false));
        assert_eq!(combine(&s, Some(fine(90, 50))).0.lawful, Some(false));
        // Counted in rates, not euros: a different amount per rate is the court's.
        assert_eq!(combine(&s, Some(fine(140, 80))).0.lawful, Some(true));
    }

    #[test]
    fn stgb_54_2_day_fines_at_most_720() {
        let s = singles(&[fine(360, 10), fine(360, 10), fine(300, 10)]);
        let (c, _) = combine(&s, Some(fine(720, 10)));
        assert_eq!(c.lawful, Some(true));
        assert_eq!(c.range.unwrap().max.day_fine().unwrap().rates(), 720);
        let (c, f) = combine(&s, Some(fine(721, 10)));
        assert_eq!(c.lawful, Some(false));
        assert!(f.iter().any(|f| f.code == "de.stgb54.outside-range"));
    }

    #[test]
    fn stgb_40_2_aggregate_amount_out_of_bounds_is_unlawful() {
        let s = singles(&[fine(90, 50), fine(60, 50)]);
        let (c, f) = combine(&s, Some(fine(120, 30_001)));
        assert_eq!(c.lawful, Some(false));
        assert!(f.iter().any(|f| f.code == "de.stgb40.2.out-of-range"));
    }

    #[test]
    fn stgb_54_3_rate_counts_as_a_day_for_the_sum() {
        // 1 year 6 months + 1 year + 120 rates (= 120 days = 4 months of 30 days).
        let m = |n| Principal::Imprisonment(Term::months(n));
        let s = singles(&[m(18), m(12), fine(120, 40)]);
        let (c, _) = combine(&s, Some(m(27)));
        assert_eq!(c.principle, Principle::MixedKinds);
        assert_eq!(c.total, Some(Term::months(34)));
        assert_eq!(c.range.unwrap().min, m(19));
        assert_eq!(c.range.unwrap().max, m(33));
        assert!(
            c.steps
                .iter()
                .any(|s| s.rule.id == STGB_54_3_RATE_AS_DAY.id)
        );
        assert!(c.steps.iter().any(|s| s.rule.id == MONTH_AS_30_DAYS.id));
        // Lawful whether included (< 34 months) or separate (< 30 months).
        assert_eq!(c.lawful, Some(true));
    }

    /// § 54 ¶2 S.2 with a fine included (§ 53 ¶2 S.1): an Einsatzstrafe of
    /// 15 years still gives exactly 15 years, as for terms alone.
    #[test]
    fn stgb_53_2_54_2_einsatzstrafe_of_15_years_with_a_fine_gives_exactly_15() {
        let s = singles(&[y(15), fine(90, 30)]);
        let (c, f) = combine(&s, Some(y(15)));
        assert_eq!(c.range.unwrap().min, y(15));
        assert_eq!(c.range.unwrap().max, y(15));
        assert!(!f.iter().any(|f| f.code == "de.stgb54.no-room"), "{f:?}");
        assert_eq!(c.lawful, Some(true), "{f:?}");
        let (c, _) = combine(&s, Some(y(14)));
        assert_eq!(c.lawful, Some(false));
    }

    #[test]
    fn stgb_53_2_choice_unknown_leaves_the_verdict_open() {
        let m = |n| Principal::Imprisonment(Term::months(n));
        let s = singles(&[m(18), m(12), fine(120, 40)]);
        // 32 months: below the mixed sum (34), not below the terms alone (30).
        let (c, f) = combine(&s, Some(m(32)));
        assert_eq!(c.lawful, None);
        assert!(f.iter().any(|f| f.code == "de.stgb53.2.verdict-open"));
        assert!(
            f.iter()
                .any(|f| f.code == "de.stgb53.2.choice-not-recorded")
        );
        // Unlawful under both: the mixed sum reached.
        let (c, _) = combine(&s, Some(m(34)));
        assert_eq!(c.lawful, Some(false));
    }

    #[test]
    fn stgb_53_2_fine_imposed_separately() {
        let s = singles(&[y(2), y(1), fine(90, 30), fine(60, 30)]);
        let (c, f) = combine_with(&s, Some(m30(30)), Some(fine(120, 30)));
        assert_eq!(c.lawful, Some(true), "{f:?}");
        assert!(c.steps.iter().any(|s| s.rule.id == STGB_53_2_SEPARATE.id));
        // The imprisonment alone: 2 years 1 month to 2 years 11 months.
        assert_eq!(c.range.unwrap().max, m30(35));
        // The separate aggregate fine must itself be lawful (below 150).
        let (c, _) = combine_with(&s, Some(m30(30)), Some(fine(150, 30)));
        assert_eq!(c.lawful, Some(false));
        // One fine imposed separately stands as imposed.
        let s = singles(&[y(2), y(1), fine(90, 30)]);
        assert_eq!(
            combine_with(&s, Some(m30(30)), Some(fine(90, 30))).0.lawful,
            Some(true)
        );
        assert_eq!(
            combine_with(&s, Some(m30(30)), Some(fine(100, 30)))
                .0
                .lawful,
            Some(false)
        );
    }

    fn m30(n: u32) -> Principal {
        Principal::Imprisonment(Term::months(n))
    }

    #[test]
    fn stgb_54_1_with_imprisonment_the_aggregate_is_not_a_fine() {
        let s = singles(&[y(1), fine(90, 30)]);
        let (c, f) = combine(&s, Some(fine(200, 30)));
        assert_eq!(c.lawful, Some(false));
        assert!(f.iter().any(|f| f.code == "de.stgb54.outside-range"));
    }

    #[test]
    fn stgb_53_2_separate_fine_needs_both_kinds() {
        let s = singles(&[y(2), y(1)]);
        let (c, f) = combine_with(&s, Some(m30(30)), Some(fine(90, 30)));
        assert_eq!(c.lawful, Some(false));
        assert!(
            f.iter()
                .any(|f| f.code == "de.stgb53.2.separate-fine-not-mixed")
        );
    }

    #[test]
    fn stgb_54_3_month_length_note_at_the_border() {
        // 1 year + 6 months + 60 rates: S = 20 months with 30-day months, so
        // G = 20 months is the sum itself; with 28-day months 560 < 564 days
        // (below the sum), with 31-day months 620 < 618 is false.
        let s = singles(&[y(1), m30(6), fine(60, 30)]);
        let (_, f) = combine(&s, Some(m30(20)));
        assert!(
            f.iter()
                .any(|f| f.code == "de.stgb54.3.month-length-matters")
        );
    }
}
