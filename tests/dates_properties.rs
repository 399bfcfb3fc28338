//! Properties of the date arithmetic (docs/design.md, "Dates"): a term ends
//! on or after it starts; a longer term never ends earlier; more custody
//! credit never makes a term end later; parole comes no later than the end.

use jiff::civil::{Date, date};
use proptest::prelude::*;
use sentencing::calendar::{add_days, period_end};
use sentencing::case::load_str;
use sentencing::law::analyse_as_of;
use sentencing::law::cn::term_dates::half_served;
use sentencing::penalty::Term;

fn day(offset: i64) -> Date {
    add_days(date(1950, 1, 1), offset).unwrap()
}

/// Terms in whole months, as courts write them (a day part can break the
/// month ordering across a 28-day February; see penalty/term.rs).
fn months() -> impl Strategy<Value = u32> {
    1u32..=600
}

fn analyse_term(
    custody_from: Date,
    judged: Date,
    months: u32,
) -> (Option<Date>, Option<Date>, Option<Date>) {
    let yaml = format!(
        "case: p\njurisdiction: CN\ndefendants:\n  - name: P\n    custody:\n      - from: {custody_from}\n    judgments:\n      - court: c\n        date: {judged}\n        counts:\n          - offence: theft\n            article: CL 264\n            committed: 2014\n            penalty: {months} months\n"
    );
    let file = load_str("p.yaml", &yaml);
    let case = file.case.as_ref().expect("valid case");
    let a = analyse_as_of(case, None);
    let d = &a.defendants[0].dates;
    (d.term_start, d.term_end, d.parole_eligible)
}

proptest! {
    #[test]
    fn term_end_is_not_before_start(start in 0i64..80_000, m in months(), days in 0u32..60) {
        let first = day(start);
        let t = Term::new(0, m, days).unwrap();
        prop_assert!(period_end(first, t).unwrap() >= first);
    }

    #[test]
    fn longer_term_never_ends_earlier(start in 0i64..80_000, a in months(), b in months()) {
        let first = day(start);
        let (short, long) = (a.min(b), a.max(b));
        prop_assert!(period_end(first, Term::months(short)).unwrap() <= period_end(first, Term::months(long)).unwrap());
    }

    #[test]
    fn later_start_never_ends_earlier(start in 0i64..80_000, shift in 0i64..400, m in months()) {
        let t = Term::months(m);
        prop_assert!(period_end(day(start), t).unwrap() <= period_end(day(start + shift), t).unwrap());
    }

    #[test]
    fn half_is_within_the_term(start in 0i64..80_000, m in months(), d in 0u32..60) {
        let first = day(start);
        let t = Term::new(0, m, d).unwrap();
        let last = period_end(first, t).unwrap();
        let half = half_served(first, t).unwrap();
        prop_assert!(half.day_after <= last);
        prop_assert!(half.last_day >= add_days(first, -1).unwrap());
    }

    #[test]
    fn more_custody_credit_never_ends_later(extra in 0i64..2000, base in 1i64..2000, m in 6u32..=180) {
        let judged = date(2016, 3, 1);
        let less = add_days(judged, -base).unwrap();
        let more = add_days(less, -extra).unwrap();
        let (_, end_less, _) = analyse_term(less, judged, m);
        let (_, end_more, _) = analyse_term(more, judged, m);
        prop_assert!(end_more.unwrap() <= end_less.unwrap());
    }

    #[test]
    fn parole_date_is_not_after_term_end(back in 1i64..3000, m in 6u32..=180) {
        let judged = date(2016, 3, 1);
        let (start, end, parole) = analyse_term(add_days(judged, -back).unwrap(), judged, m);
        prop_assert!(start.unwrap() <= end.unwrap());
        prop_assert!(parole.unwrap() <= end.unwrap());
    }
}
