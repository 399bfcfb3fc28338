//! Property tests of CL 69: for any list of fixed terms the lawful range
//! satisfies highest ≤ min ≤ max ≤ min(total, cap), and the calculator
//! never panics on any mix of penalties.

use jiff::civil::date;
use proptest::prelude::*;
use sentencing::analysis::Principle;
use sentencing::law::cn::combination::{CountPenalty, DecidedPenalty, combine};
use sentencing::law::cn::versions::CriminalLawText;
use sentencing::penalty::{Principal, ReprieveRestriction, Term, parse_penalty};

/// A fixed term within CL 45's bounds for one crime: 6 months to 15 years.
fn fixed_term() -> impl Strategy<Value = Term> {
    (6u32..=180).prop_map(Term::months)
}

fn any_text() -> impl Strategy<Value = CriminalLawText> {
    prop_oneof![
        Just(CriminalLawText::Text1997),
        Just(CriminalLawText::AmendmentVIII)
    ]
}

fn any_principal() -> impl Strategy<Value = Principal> {
    prop_oneof![
        (0u32..=1000).prop_map(|m| Principal::PublicSurveillance(Term::months(m))),
        (0u32..=1000).prop_map(|m| Principal::CriminalDetention(Term::months(m))),
        (0u32..=120_000).prop_map(|m| Principal::Imprisonment(Term::months(m))),
        Just(Principal::Life),
        Just(Principal::DeathWithReprieve(ReprieveRestriction::None)),
        Just(Principal::DeathWithReprieve(
            ReprieveRestriction::RestrictedCommutation
        )),
        Just(Principal::Death),
    ]
}

fn counts(penalties: &[Principal]) -> Vec<CountPenalty<'static>> {
    penalties
        .iter()
        .map(|p| CountPenalty {
            offence: "count",
            penalty: *p,
        })
        .collect()
}

proptest! {
    #[test]
    fn range_lies_between_highest_and_capped_total(
        terms in prop::collection::vec(fixed_term(), 2..12),
        text in any_text(),
    ) {
        let penalties: Vec<Principal> = terms.iter().map(|t| Principal::Imprisonment(*t)).collect();
        let (c, _) = combine(&counts(&penalties), text, date(2020, 1, 1), None);
        prop_assert_eq!(c.principle, Principle::LimitedAggravation);
        let highest = terms.iter().copied().max().unwrap();
        let total = c.total.unwrap();
        let cap = c.cap.unwrap();
        let range = c.range.unwrap();
        let (min, max) = (range.min.term().unwrap(), range.max.term().unwrap());
        prop_assert!(highest <= min);
        prop_assert!(min <= max);
        prop_assert!(max <= total.min(cap));
        prop_assert!(cap == Term::years(20) || cap == Term::years(25));
        if text == CriminalLawText::Text1997 || total < Term::years(35) {
            prop_assert_eq!(cap, Term::years(20));
        }
    }

    #[test]
    fn decided_is_lawful_exactly_when_inside_the_range(
        terms in prop::collection::vec(fixed_term(), 2..8),
        decided in 1u32..=400,
    ) {
        let penalties: Vec<Principal> = terms.iter().map(|t| Principal::Imprisonment(*t)).collect();
        let d = DecidedPenalty { penalty: Principal::Imprisonment(Term::months(decided)), then: None, span: Default::default() };
        let (c, findings) = combine(&counts(&penalties), CriminalLawText::AmendmentVIII, date(2020, 1, 1), Some(d));
        let range = c.range.unwrap();
        let inside = range.contains(&d.penalty);
        prop_assert_eq!(c.lawful, Some(inside));
        prop_assert_eq!(findings.iter().any(|f| f.code == "cn.cl69.outside-range"), !inside);
    }

    #[test]
    fn adding_a_count_never_lowers_the_minimum(
        terms in prop::collection::vec(fixed_term(), 2..8),
        extra in fixed_term(),
    ) {
        let mut penalties: Vec<Principal> = terms.iter().map(|t| Principal::Imprisonment(*t)).collect();
        let (before, _) = combine(&counts(&penalties), CriminalLawText::AmendmentVIII, date(2020, 1, 1), None);
        penalties.push(Principal::Imprisonment(extra));
        let (after, _) = combine(&counts(&penalties), CriminalLawText::AmendmentVIII, date(2020, 1, 1), None);
        prop_assert!(after.range.unwrap().min.term() >= before.range.unwrap().min.term());
    }

    #[test]
    fn combination_never_panics(
        penalties in prop::collection::vec(any_principal(), 0..15),
        decided in prop::option::of(any_principal()),
        then in prop::option::of(any_principal()),
        text in any_text(),
        year in 1997i16..2030,
    ) {
        let d = decided.map(|penalty| DecidedPenalty { penalty, then, span: Default::default() });
        let _ = combine(&counts(&penalties), text, date(year, 6, 1), d);
    }

    #[test]
    fn penalty_grammar_never_panics(text in "\\PC{0,40}") {
        let _ = parse_penalty(&text);
    }
}
