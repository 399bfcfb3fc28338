//! Property tests of the combination rules of the other jurisdictions.
//! Germany (StGB § 54): every lawful aggregate G satisfies H < G < S and
//! G ≤ 15 years, and the range shown lies inside those bounds. Taiwan
//! (art. 51 item 5): longest ≤ T ≤ min(sum, 30 years). Germany, fines in
//! daily rates (StGB § 54 ¶2): highest < aggregate < sum and aggregate ≤ 720
//! rates; with imprisonment (§ 54 ¶3) the range stays above the highest term,
//! below the sum with each rate as a day, and at most 15 years.

use jiff::civil::date;
use proptest::prelude::*;
use sentencing::law::de::aggregate::{self, Single};
use sentencing::law::tw::art51;
use sentencing::penalty::{DayFine, Principal, Term};

fn de_term() -> impl Strategy<Value = Term> {
    // § 38 ¶2: one month to fifteen years.
    (1u32..=180).prop_map(Term::months)
}

proptest! {
    #[test]
    fn stgb_54_range_is_above_highest_below_sum_and_at_most_15_years(
        terms in prop::collection::vec(de_term(), 2..8),
        decided in 1u32..=240,
    ) {
        let singles: Vec<Single<'_>> = terms
            .iter()
            .map(|t| Single { offence: "x", penalty: Principal::Imprisonment(*t) })
            .collect();
        let g = Term::months(decided);
        let (c, _) = aggregate::combine(&singles, Some(Principal::Imprisonment(g)));
        let h = *terms.iter().max().unwrap();
        let s = terms.iter().fold(Term::ZERO, |a, t| a.saturating_add(*t));
        prop_assert_eq!(c.highest, Some(Principal::Imprisonment(h)));
        prop_assert_eq!(c.total, Some(s));
        // § 54 ¶2 S.2: an Einsatzstrafe of 15 years cannot be increased, so
        // 15 years is then the only lawful aggregate (issue #11).
        let cap = Term::years(15);
        let lawful = if h >= cap { g == cap } else { h < g && g < s && g <= cap };
        if let Some(r) = c.range {
            let (lo, hi) = (r.min.term().unwrap(), r.max.term().unwrap());
            if h >= cap {
                prop_assert!(lo == cap && hi == cap);
            } else {
                prop_assert!(h < lo && lo <= hi && hi < s && hi <= cap);
            }
        }
        prop_assert_eq!(c.lawful == Some(true), lawful);
    }

    #[test]
    fn art51_5_range_is_longest_to_min_of_sum_and_cap(
        terms in prop::collection::vec((1u32..=240).prop_map(Term::months), 2..8),
        decided in 1u32..=480,
        after_reform in any::<bool>(),
    ) {
        let day = if after_reform { date(2010, 1, 1) } else { date(2000, 1, 1) };
        let cap = if after_reform { Term::years(30) } else { Term::years(20) };
        let singles: Vec<(&str, Principal)> =
            terms.iter().map(|t| ("x", Principal::Imprisonment(*t))).collect();
        let t = Term::months(decided);
        let (c, _) = art51::combine(&singles, Some(Principal::Imprisonment(t)), day);
        let h = *terms.iter().max().unwrap();
        let s = terms.iter().fold(Term::ZERO, |a, t| a.saturating_add(*t));
        let r = c.range.unwrap();
        prop_assert_eq!(r.min, Principal::Imprisonment(h));
        prop_assert_eq!(r.max, Principal::Imprisonment(s.min(cap)));
        prop_assert_eq!(c.lawful, Some(h <= t && t <= s.min(cap)));
    }
}

proptest! {
    #[test]
    fn penal_code_47_maximum_is_within_one_and_a_half_the_sum_and_30_years(
        maxima in prop::collection::vec((1u32..=360).prop_map(Term::months), 2..6),
    ) {
        use sentencing::law::jp::art47::{CAP, aggravated_maximum, one_and_a_half};
        let h = *maxima.iter().max().unwrap();
        let s = maxima.iter().fold(Term::ZERO, |a, t| a.saturating_add(*t));
        let m = aggravated_maximum(&maxima, CAP);
        prop_assert!(h <= m || h > Term::years(30));
        prop_assert!(m <= one_and_a_half(h));
        prop_assert!(m <= s);
        prop_assert!(m <= Term::years(30));
    }

    #[test]
    fn penal_code_47_range_runs_from_the_highest_minimum_and_settles_only_with_every_minimum(
        crimes in prop::collection::vec(
            ((1u32..=240), (0u32..=60)).prop_map(|(max, min)| (Term::months(max), Term::months(min.min(max).max(1)))),
            2..6,
        ),
        missing in any::<prop::sample::Index>(),
        drop_one in any::<bool>(),
        decided in 1u32..=400,
    ) {
        use sentencing::law::jp::art47::{Crime, combine, lower_bound};
        let drop = if drop_one { Some(missing.index(crimes.len())) } else { None };
        let list: Vec<Crime<'_>> = crimes
            .iter()
            .enumerate()
            .map(|(i, (max, min))| Crime {
                offence: "x",
                penalty: Principal::Imprisonment(*max),
                statutory_max: Some(Principal::Imprisonment(*max)),
                statutory_min: if drop == Some(i) { None } else { Some(Principal::Imprisonment(*min)) },
            })
            .collect();
        let d = Term::months(decided);
        let (c, _) = combine(&list, Some(Principal::Imprisonment(d)), jiff::civil::date(2024, 3, 1));
        let max = c.cap.unwrap();
        if d > max {
            prop_assert_eq!(c.lawful, Some(false));
        } else if drop.is_some() {
            prop_assert_eq!(c.range, None);
            prop_assert_eq!(c.lawful, None);
        } else {
            let minima: Vec<Term> = crimes.iter().map(|(_, m)| *m).collect();
            let lo = lower_bound(&minima);
            prop_assert!(minima.iter().all(|m| *m <= lo));
            prop_assert_eq!(c.lawful, Some(lo <= d));
            if lo <= max {
                let r = c.range.unwrap();
                prop_assert_eq!(r.min, Principal::Imprisonment(lo));
                prop_assert_eq!(r.max, Principal::Imprisonment(max));
            }
        }
    }

    #[test]
    fn concurrent_and_consecutive_aggregate_between_longest_and_sum(
        terms in prop::collection::vec((1u32..=240).prop_map(Term::months), 1..8),
        links in prop::collection::vec(any::<prop::sample::Index>(), 8),
        consecutive in prop::collection::vec(any::<bool>(), 8),
    ) {
        use sentencing::law::common::consecutive_chains;
        let sentences: Vec<(Principal, Vec<usize>)> = terms
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let after = if i > 0 && consecutive[i] { vec![links[i].index(i)] } else { vec![] };
                (Principal::Imprisonment(*t), after)
            })
            .collect();
        let chains = consecutive_chains(&sentences);
        let total = chains.iter().map(|c| c.unwrap()).max().unwrap();
        let h = *terms.iter().max().unwrap();
        let s = terms.iter().fold(Term::ZERO, |a, t| a.saturating_add(*t));
        prop_assert!(h <= total && total <= s);
        if consecutive.iter().skip(1).take(terms.len().saturating_sub(1)).all(|c| !c) {
            prop_assert_eq!(total, h);
        }
    }
}

fn de_fine() -> impl Strategy<Value = DayFine> {
    // § 40: 5 to 360 daily rates of 1 to 30,000 euros (whole cents).
    (5u32..=360, 100i64..=3_000_000)
        .prop_map(|(n, cents)| DayFine::new(n, rust_decimal::Decimal::new(cents, 2)))
}

proptest! {
    #[test]
    fn stgb_54_2_day_fines_highest_below_aggregate_below_sum_at_most_720(
        fines in prop::collection::vec(de_fine(), 2..8),
        decided in 1u32..=1000,
        cents in 100i64..=3_000_000,
    ) {
        let singles: Vec<Single<'_>> = fines
            .iter()
            .map(|f| Single { offence: "x", penalty: Principal::DayFine(*f) })
            .collect();
        let g = DayFine::new(decided, rust_decimal::Decimal::new(cents, 2));
        let (c, _) = aggregate::combine(&singles, Some(Principal::DayFine(g)));
        let h = fines.iter().map(|f| f.rates()).max().unwrap();
        let s: u32 = fines.iter().map(|f| f.rates()).sum();
        if let Some(r) = c.range {
            let lo = r.min.day_fine().unwrap().rates();
            let hi = r.max.day_fine().unwrap().rates();
            prop_assert!(h < lo && lo <= hi && hi < s && hi <= 720);
        }
        let within = h < decided && decided < s && decided <= 720;
        prop_assert_eq!(c.lawful, Some(within));
    }

    #[test]
    fn stgb_54_3_mixed_range_above_highest_term_below_sum_with_rates_as_days(
        terms in prop::collection::vec(de_term(), 1..5),
        fines in prop::collection::vec(de_fine(), 1..5),
    ) {
        let mut singles: Vec<Single<'_>> = terms
            .iter()
            .map(|t| Single { offence: "x", penalty: Principal::Imprisonment(*t) })
            .collect();
        singles.extend(fines.iter().map(|f| Single { offence: "y", penalty: Principal::DayFine(*f) }));
        let (c, _) = aggregate::combine(&singles, None);
        let h = *terms.iter().max().unwrap();
        let days = |t: Term| u64::from(t.total_months()) * 30 + u64::from(t.day_part());
        let sum_days: u64 = terms.iter().map(|t| days(*t)).sum::<u64>()
            + fines.iter().map(|f| u64::from(f.rates())).sum::<u64>();
        prop_assert_eq!(c.highest, Some(Principal::Imprisonment(h)));
        if let Some(r) = c.range {
            let (lo, hi) = (r.min.term().unwrap(), r.max.term().unwrap());
            if h >= Term::years(15) {
                // § 54 ¶2 S.2: an Einsatzstrafe at the cap gives exactly the cap.
                prop_assert!(lo == Term::years(15) && hi == Term::years(15));
            } else {
                prop_assert!(h < lo && lo <= hi && hi <= Term::years(15));
            }
            prop_assert!(days(hi) < sum_days);
        } else {
            prop_assert!(h < Term::years(15));
        }
        // The court's choice under § 53 ¶2 is not recorded: no verdict without a decision.
        prop_assert_eq!(c.lawful, None);
    }
}

/// A case file of `jurisdiction` with fixed terms (in months) committed in
/// `committed` (or undated), judged on `judged`, with the aggregate `decided`.
fn lighter_law_case(
    jurisdiction: &str,
    terms: &[u32],
    committed: Option<&str>,
    judged: &str,
    decided: u32,
) -> sentencing::case::Case {
    let (word, extra) = if jurisdiction == "JP" {
        ("懲役", true)
    } else {
        ("有期徒刑", false)
    };
    let mut text = format!(
        "case: x\njurisdiction: {jurisdiction}\ndefendants:\n  - name: A\n    judgments:\n      - court: DC\n        date: {judged}\n        counts:\n"
    );
    for (i, m) in terms.iter().enumerate() {
        text.push_str(&format!("          - offence: o{i}\n"));
        if let Some(c) = committed {
            text.push_str(&format!("            committed: {c}\n"));
        }
        text.push_str(&format!("            penalty: {word}{m}月\n"));
        if extra {
            text.push_str(&format!(
                "            statutory_max: {word}{m}月\n            statutory_min: {word}1月\n"
            ));
        }
    }
    text.push_str(&format!(
        "        decided:\n          penalty: {word}{decided}月\n"
    ));
    let f = sentencing::case::load_str("x.yaml", &text);
    f.case.unwrap_or_else(|| panic!("{text}\n{:?}", f.findings))
}

/// The maximum of a lighter-law figure.
fn figure_max(f: &sentencing::analysis::LawFigure) -> Option<Term> {
    use sentencing::analysis::LawFigure;
    match f {
        LawFigure::Range { range, .. } => range.max.term(),
        LawFigure::Maximum { max, .. } => Some(*max),
        _ => None,
    }
}

proptest! {
    /// TW art. 2 ¶1 and JP art. 6: offences before the change, judged
    /// after it: the range applied is never heavier than either text's (it
    /// is the lighter), and the verdict is that of the lighter text. Undated:
    /// not settled, and a verdict that differs between the texts is not
    /// asserted.
    #[test]
    fn lighter_law_applied_range_is_never_heavier_than_both_and_unsettled_verdicts_are_not_asserted(
        terms in prop::collection::vec(12u32..=240, 2..5),
        decided in 12u32..=480,
        japan in any::<bool>(),
        dated in any::<bool>(),
    ) {
        use sentencing::analysis::TextApplies;
        let (j, committed, judged) = if japan {
            ("JP", "2004-06", "2006-03-01")
        } else {
            ("TW", "2005-06", "2008-03-01")
        };
        let case = lighter_law_case(j, &terms, dated.then_some(committed), judged, decided);
        let a = sentencing::law::analyse_as_of(&case, None);
        let d = &a.defendants[0];
        let c = d.combination.as_ref().unwrap();
        let row = &d.lighter_law[0];
        let (old, new) = (figure_max(&row.old).unwrap(), figure_max(&row.new).unwrap());
        let applied = c.range.unwrap().max.term().unwrap();
        prop_assert!(old <= new);
        let t = Term::months(decided);
        let lo = c.range.unwrap().min.term().unwrap();
        if dated {
            // The earlier text is never heavier, so it is the one applied.
            prop_assert_eq!(row.applies, TextApplies::Old);
            prop_assert!(applied <= old.max(new) && applied == old.min(new));
            prop_assert_eq!(c.lawful, Some(lo <= t && t <= old));
        } else {
            prop_assert_eq!(row.applies, TextApplies::NotSettled);
            let (under_old, under_new) = (lo <= t && t <= old, lo <= t && t <= new);
            if under_old == under_new {
                prop_assert_eq!(c.lawful, Some(under_new));
            } else {
                prop_assert_eq!(c.lawful, None);
            }
        }
    }
}
