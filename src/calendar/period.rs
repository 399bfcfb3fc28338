//! Terms in calendar units: adding a term to a date, and the last day of a
//! term that starts on a given day.
//!
//! **The last day of a term** whose first day is A, written in years and
//! months (a year being 12 calendar months), is the day before the date
//! corresponding to A in the month the term reaches; where that date does not
//! exist (the 29th–31st in a shorter month) it is the last day of that month.
//! So 1 month from 2019-03-01 ends 2019-03-31, 1 month from 2019-01-31 ends
//! 2019-02-28, and 1 year from 2020-02-29 ends 2021-02-28. A day part (weeks
//! count as 7 days) is then added in days. This is what the Ministry of
//! Justice's `Duration.getEndDate` computes (calculate-release-dates-api,
//! `model/Duration.kt`: a start on the 1st runs to the end of the month before
//! the corresponding 1st; otherwise `(start − 1 day) + years + months`, Java's
//! `plusMonths` clipping to the month end; then `+ weeks + days`), and what
//! Chinese judgments write as "自A起至B止" (cn-rules.md §4; the judgment corpus
//! has 2019-05-01 + 6 months → 2019-10-31, 2016-07-01 + 4 years → 2020-06-30,
//! 2013-08-30 + 2 years 6 months → 2016-02-29). Whether a system counts its
//! terms this way is that system's rule, in `law`.

use super::{DateArithmeticError, add_days, err, term_err};
use crate::penalty::Term;
use jiff::civil::Date;
use jiff::{Span, Unit};

fn span_of(term: Term) -> Result<Span, DateArithmeticError> {
    Span::new()
        .try_months(i64::from(term.total_months()))
        .and_then(|s| s.try_days(i64::from(term.day_part())))
        .map_err(|e| term_err(term, e))
}

fn plus_months(date: Date, months: u32) -> Result<Date, DateArithmeticError> {
    let span = Span::new()
        .try_months(i64::from(months))
        .map_err(|e| err(&format!("{months} months"), e))?;
    date.checked_add(span)
        .map_err(|e| err(&format!("{date} + {months} months"), e))
}

/// `date + term` in calendar units (months, then days), a day that the month
/// reached lacks becoming its last day: 2019-01-31 + 1 month = 2019-02-28.
pub fn add_term(date: Date, term: Term) -> Result<Date, DateArithmeticError> {
    date.checked_add(span_of(term)?)
        .map_err(|e| err(&format!("{date} + {term}"), e))
}

/// `date − term` in calendar units (months, then days), clipping at month ends.
pub fn sub_term(date: Date, term: Term) -> Result<Date, DateArithmeticError> {
    date.checked_sub(span_of(term)?)
        .map_err(|e| err(&format!("{date} − {term}"), e))
}

/// The last day of a term whose first day is `first` (see the module text).
/// A zero term ends the day before it starts.
///
/// ```
/// use jiff::civil::date;
/// use sentencing::calendar::period_end;
/// use sentencing::penalty::Term;
/// let t = |y, m| Term::new(y, m, 0).unwrap();
/// assert_eq!(period_end(date(2009, 12, 12), t(1, 6)).unwrap(), date(2011, 6, 11));
/// assert_eq!(period_end(date(2019, 3, 1), t(0, 1)).unwrap(), date(2019, 3, 31));
/// assert_eq!(period_end(date(2019, 1, 31), t(0, 1)).unwrap(), date(2019, 2, 28));
/// assert_eq!(period_end(date(2020, 2, 29), t(1, 0)).unwrap(), date(2021, 2, 28));
/// ```
pub fn period_end(first: Date, term: Term) -> Result<Date, DateArithmeticError> {
    let months_end = if term.total_months() == 0 {
        add_days(first, -1)?
    } else {
        let reached = plus_months(first, term.total_months())?;
        if reached.day() == first.day() {
            add_days(reached, -1)?
        } else {
            // The corresponding day does not exist: jiff clipped to the month's last day.
            reached
        }
    };
    add_days(months_end, i64::from(term.day_part()))
}

/// The first day after a term of `term` that starts on `first`.
pub fn day_after_period(first: Date, term: Term) -> Result<Date, DateArithmeticError> {
    add_days(period_end(first, term)?, 1)
}

/// True when the month part of a term from `first` reaches a month that lacks
/// the day corresponding to `first`, so that [`period_end`] used that month's
/// last day.
pub fn month_end_clipped(first: Date, term: Term) -> bool {
    term.total_months() > 0
        && plus_months(first, term.total_months()).is_ok_and(|d| d.day() != first.day())
}

/// The time from `a` up to (not including) `b` as whole months and days
/// (zero when `b` is not after `a`).
pub fn calendar_difference(a: Date, b: Date) -> Result<Term, DateArithmeticError> {
    if b <= a {
        return Ok(Term::ZERO);
    }
    let span = a
        .until((Unit::Month, b))
        .map_err(|e| err(&format!("months from {a} to {b}"), e))?;
    let months = u32::try_from(span.get_months()).unwrap_or(0);
    let days = u32::try_from(span.get_days()).unwrap_or(0);
    Term::new(0, months, days).map_err(|e| DateArithmeticError(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn t(y: u32, m: u32) -> Term {
        Term::new(y, m, 0).unwrap()
    }

    /// The examples of issue #11, checked by hand against the MoJ's
    /// `Duration.getEndDate`.
    #[test]
    fn moj_duration_get_end_date_examples() {
        let cases = [
            (date(2019, 3, 1), t(0, 1), date(2019, 3, 31)),
            (date(2019, 5, 1), t(0, 6), date(2019, 10, 31)),
            (date(2024, 3, 1), t(0, 13), date(2025, 3, 31)),
            (date(2022, 3, 1), t(6, 0), date(2028, 2, 29)),
            (date(2020, 2, 29), t(1, 0), date(2021, 2, 28)),
            (date(2019, 1, 31), t(0, 1), date(2019, 2, 28)),
            (date(2023, 3, 1), t(0, 18), date(2024, 8, 31)),
        ];
        for (first, term, last) in cases {
            assert_eq!(period_end(first, term).unwrap(), last, "{first} + {term}");
        }
    }

    #[test]
    fn cn_rules_s4_judgment_examples() {
        let cases = [
            (date(2019, 11, 20), t(0, 7), date(2020, 6, 19)),
            (date(2018, 4, 2), t(0, 6), date(2018, 10, 1)),
            (date(2017, 12, 11), t(0, 9), date(2018, 9, 10)),
            (date(2014, 11, 20), t(1, 6), date(2016, 5, 19)),
            (date(2019, 1, 20), t(3, 10), date(2022, 11, 19)),
            (date(1995, 7, 21), t(12, 0), date(2007, 7, 20)),
            (date(2009, 12, 12), t(1, 6), date(2011, 6, 11)),
        ];
        for (first, term, last) in cases {
            assert_eq!(period_end(first, term).unwrap(), last, "{first} + {term}");
            assert!(!month_end_clipped(first, term));
        }
    }

    #[test]
    fn month_ends_and_leap_days() {
        let cases = [
            (date(2019, 1, 28), t(0, 1), date(2019, 2, 27), false),
            (date(2019, 1, 29), t(0, 1), date(2019, 2, 28), true),
            (date(2019, 1, 30), t(0, 1), date(2019, 2, 28), true),
            (date(2019, 2, 1), t(0, 1), date(2019, 2, 28), false),
            (date(2019, 3, 31), t(0, 1), date(2019, 4, 30), true),
            (date(2020, 1, 31), t(0, 1), date(2020, 2, 29), true),
            (date(2020, 3, 1), t(1, 0), date(2021, 2, 28), false),
            (date(2020, 3, 1), t(4, 0), date(2024, 2, 29), false),
            (date(2024, 2, 29), t(0, 6), date(2024, 8, 28), false),
            (date(2024, 2, 29), t(4, 0), date(2028, 2, 28), false),
        ];
        for (first, term, last, clipped) in cases {
            assert_eq!(period_end(first, term).unwrap(), last, "{first} + {term}");
            assert_eq!(month_end_clipped(first, term), clipped, "{first} + {term}");
        }
    }

    #[test]
    fn day_parts_and_weeks_add_in_days() {
        let term = Term::new(0, 1, 10).unwrap();
        assert_eq!(
            period_end(date(2019, 1, 20), term).unwrap(),
            date(2019, 3, 1)
        );
        // 6 Wochen = 42 days: first day 2024-01-01, last 2024-02-11.
        let weeks = Term::new(0, 0, 42).unwrap();
        assert_eq!(
            period_end(date(2024, 1, 1), weeks).unwrap(),
            date(2024, 2, 11)
        );
        assert_eq!(
            period_end(date(2024, 1, 1), Term::ZERO).unwrap(),
            date(2023, 12, 31)
        );
        assert_eq!(
            day_after_period(date(2012, 2, 8), t(7, 6)).unwrap(),
            date(2019, 8, 8)
        );
    }

    #[test]
    fn differences() {
        assert_eq!(
            calendar_difference(date(2019, 1, 20), date(2019, 3, 25)).unwrap(),
            Term::new(0, 2, 5).unwrap()
        );
        assert_eq!(
            calendar_difference(date(2019, 1, 20), date(2019, 1, 1)).unwrap(),
            Term::ZERO
        );
        assert!(add_term(date(9999, 12, 1), t(0, 1)).is_err());
    }
}
