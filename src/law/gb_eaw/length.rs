//! The length of a sentence as the court states it (years, months, weeks,
//! days) and its count in days from the day of sentence.

use crate::calendar::{DateArithmeticError, add_days, days_between, period_end};
use crate::law::{Rule, Verification};
use crate::penalty::Term;
use jiff::civil::{Date, date};

/// A sentence length in the units the court used. Weeks and days of any
/// number (magistrates' courts pass terms such as 26 weeks or 45 days).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SentenceLength {
    pub years: u32,
    pub months: u32,
    pub weeks: u32,
    pub days: u32,
}

/// The term runs from the day of sentence; its last day is the day before
/// the corresponding date (the month's last day where that date does not
/// exist), then weeks and days are added (PSI 03/2015 ch. 5.5 "Converting a
/// sentence into days", as the MoJ's `Duration.getEndDate` computes it).
pub static TERM_IN_DAYS: Rule = Rule {
    id: "gb.psi-2015-03.term-in-days",
    citation: "PSI 03/2015 (Sentence Calculation) ch. 5.5",
    in_force_from: date(2005, 4, 4),
    in_force_until: None,
    summary: "the sentence is counted in days from the day of sentence (day 1): years and months by the calendar, then weeks and days",
    verification: Verification::Reference(
        "calculate-release-dates-api model/Duration.kt getEndDate/getLengthInDays ('PSI 5.5 Converting a Sentence in to Days'), MIT licence; reproduced on the MoJ's test suite (tests/moj_conformance.rs)",
    ),
};

impl SentenceLength {
    /// A length of whole months.
    pub const fn months(months: u32) -> SentenceLength {
        SentenceLength {
            years: 0,
            months,
            weeks: 0,
            days: 0,
        }
    }

    fn has_months(self) -> bool {
        self.years != 0 || self.months != 0
    }

    fn has_days(self) -> bool {
        self.weeks != 0 || self.days != 0
    }

    fn plus(self, o: SentenceLength) -> SentenceLength {
        SentenceLength {
            years: self.years + o.years,
            months: self.months + o.months,
            weeks: self.weeks + o.weeks,
            days: self.days + o.days,
        }
    }

    /// The last day of the term when its first day is `first`.
    pub fn last_day(self, first: Date) -> Result<Date, DateArithmeticError> {
        let months = Term::months(self.years * 12 + self.months);
        let month_end = period_end(first, months)?;
        add_days(month_end, i64::from(self.weeks) * 7 + i64::from(self.days))
    }

    /// The days of the term counted from `first`, both ends included.
    pub fn days_from(self, first: Date) -> Result<i64, DateArithmeticError> {
        Ok(days_between(first, self.last_day(first)?)? + 1)
    }

    /// True when the term is shorter than `n` units (months) counted from
    /// `first` (the MoJ's `durationIsLessThan`).
    pub fn shorter_than_months(
        days: i64,
        first: Date,
        n: u32,
    ) -> Result<bool, DateArithmeticError> {
        let reached = crate::calendar::add_term(first, Term::months(n))?;
        Ok(days < days_between(first, reached)?)
    }
}

impl std::fmt::Display for SentenceLength {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut parts = Vec::new();
        for (n, one, many) in [
            (self.years, "year", "years"),
            (self.months, "month", "months"),
            (self.weeks, "week", "weeks"),
            (self.days, "day", "days"),
        ] {
            if n != 0 {
                parts.push(format!("{n} {}", if n == 1 { one } else { many }));
            }
        }
        if parts.is_empty() {
            f.write_str("0 days")
        } else {
            f.write_str(&parts.join(" "))
        }
    }
}

/// The days of consecutive terms counted from `first`: runs of terms in the
/// same kind of unit (years and months, or weeks and days) are added up
/// before they are counted, a new run starting where the unit changes (the
/// MoJ's `DurationAggregator`: 3 months + 3 weeks + 3 months + 5 months is
/// 3 months, 3 weeks, 8 months).
pub fn aggregate_days(first: Date, lengths: &[SentenceLength]) -> Result<i64, DateArithmeticError> {
    let mut runs: Vec<SentenceLength> = Vec::new();
    let mut work: Option<SentenceLength> = None;
    for l in lengths {
        let parts = [
            SentenceLength {
                years: l.years,
                months: l.months,
                ..SentenceLength::default()
            },
            SentenceLength {
                weeks: l.weeks,
                days: l.days,
                ..SentenceLength::default()
            },
        ];
        for (part, months_kind) in parts.into_iter().zip([true, false]) {
            if part == SentenceLength::default() {
                continue;
            }
            work = Some(match work {
                None => part,
                Some(w) if (months_kind && w.has_months()) || (!months_kind && w.has_days()) => {
                    w.plus(part)
                }
                Some(w) => {
                    runs.push(w);
                    part
                }
            });
        }
    }
    runs.extend(work);
    let mut day = first;
    for r in runs {
        day = add_days(day, r.days_from(day)?)?;
    }
    days_between(first, day)
}

/// All the lengths added unit by unit (the MoJ's `getCombinedDuration`).
pub fn combined(lengths: &[SentenceLength]) -> SentenceLength {
    lengths
        .iter()
        .fold(SentenceLength::default(), |a, l| a.plus(*l))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(years: u32, months: u32, weeks: u32, days: u32) -> SentenceLength {
        SentenceLength {
            years,
            months,
            weeks,
            days,
        }
    }

    #[test]
    fn psi_5_5_a_month_from_the_first_ends_on_the_last_day_of_that_month() {
        assert_eq!(
            l(0, 1, 0, 0).last_day(date(2019, 3, 1)).unwrap(),
            date(2019, 3, 31)
        );
        assert_eq!(
            l(0, 18, 0, 0).last_day(date(2023, 3, 1)).unwrap(),
            date(2024, 8, 31)
        );
    }

    #[test]
    fn psi_5_5_month_end_clipped_and_weeks_after_months() {
        assert_eq!(
            l(0, 1, 0, 0).last_day(date(2019, 1, 31)).unwrap(),
            date(2019, 2, 28)
        );
        assert_eq!(
            l(1, 0, 0, 0).last_day(date(2020, 2, 29)).unwrap(),
            date(2021, 2, 28)
        );
        assert_eq!(
            l(0, 1, 1, 0).last_day(date(2019, 3, 1)).unwrap(),
            date(2019, 4, 7)
        );
        assert_eq!(l(0, 0, 0, 45).days_from(date(2024, 1, 1)).unwrap(), 45);
        assert_eq!(l(0, 0, 26, 0).days_from(date(2024, 1, 1)).unwrap(), 182);
    }

    #[test]
    fn duration_aggregator_adds_runs_of_the_same_unit() {
        let first = date(2024, 3, 22);
        // 3 months + 3 weeks + 3 months + 5 months: 3 months, 3 weeks, 8 months.
        let a = aggregate_days(
            first,
            &[l(0, 3, 0, 0), l(0, 0, 3, 0), l(0, 3, 0, 0), l(0, 5, 0, 0)],
        )
        .unwrap();
        let three = l(0, 3, 0, 0).days_from(first).unwrap();
        let second = add_days(first, three).unwrap();
        let weeks = 21;
        let third = add_days(second, weeks).unwrap();
        let eight = l(0, 8, 0, 0).days_from(third).unwrap();
        assert_eq!(a, three + weeks + eight);
    }
}
