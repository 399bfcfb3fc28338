//! Calendar arithmetic of terms: how a term written in years, months and days
//! becomes a first and a last day.
//!
//! > 有期徒刑的刑期，从判决执行之日起计算；判决执行以前先行羁押的，羁押一日折抵刑期一日。
//! > (CL 47; CL 41 and 44 say the same of public surveillance and criminal detention)
//!
//! Judgments write the result as "刑期……自 A 起至 B 止", A being the first day
//! counted and B = A + term − 1 day (cn-rules.md §4: 7 months 2019-11-20 →
//! 2020-06-19; 1 year 6 months 2009-12-12 → 2011-06-11; 12 years 1995-07-21 →
//! 2007-07-20).
//!
//! **Month-end convention.** The tool computes B as `(A − 1 day) + term`, with
//! jiff's saturating month arithmetic (a day that does not exist in the target
//! month becomes that month's last day). This is the rule of Civil Code
//! art. 202 (到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日)
//! applied to a period whose day zero is A − 1: a 1-month term starting on
//! 2019-01-31 ends on 2019-02-28, a 1-year term starting on 2020-02-29 ends on
//! 2021-02-28. For a start on the 2nd–28th of a month the order of the two
//! operations does not matter and the result is the one every judgment shows;
//! for starts on the 29th–31st and the 1st no judgment was found, so a step
//! that falls on such a day says so.
//!
//! All arithmetic is in whole days (`i64`) and calendar units; no floats.

use super::versions::CL_1997_IN_FORCE;
use crate::law::rule::{Rule, Verification};
use crate::message::{Arg, Msg, MsgId};
use crate::penalty::Term;
use jiff::civil::Date;
use jiff::{Span, Unit};

pub static TERM_END: Rule = Rule {
    id: "cn.cl47.term-end",
    citation: "CL 41, 44, 47",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "a term runs from its first day A to B = A + term − 1 day (as judgments write it: 自A起至B止); computed as (A − 1 day) + term, a missing day of the month becoming the month's last day",
    verification: Verification::Reference(
        "cn-rules.md §4 (seven judgments checked); the month-end convention is the tool's, by analogy to Civil Code art. 202",
    ),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[&TERM_END];

/// A date computation that left the calendar jiff supports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateArithmeticError(pub String);

impl std::fmt::Display for DateArithmeticError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn err(what: &str, e: jiff::Error) -> DateArithmeticError {
    DateArithmeticError(format!("{what}: {e}"))
}

/// `date + n days` (n may be negative), checked.
pub fn add_days(date: Date, n: i64) -> Result<Date, DateArithmeticError> {
    let span = Span::new()
        .try_days(n)
        .map_err(|e| err(&format!("{n} days"), e))?;
    date.checked_add(span)
        .map_err(|e| err(&format!("{date} + {n} days"), e))
}

/// `date + term` in calendar units (months, then days), saturating at month
/// ends as jiff does: 2019-01-31 + 1 month = 2019-02-28.
pub fn add_term(date: Date, term: Term) -> Result<Date, DateArithmeticError> {
    let span = Span::new()
        .try_months(i64::from(term.total_months()))
        .and_then(|s| s.try_days(i64::from(term.day_part())))
        .map_err(|e| err(&format!("the term {term}"), e))?;
    date.checked_add(span)
        .map_err(|e| err(&format!("{date} + {term}"), e))
}

/// `date − term` in calendar units, saturating at month ends.
pub fn sub_term(date: Date, term: Term) -> Result<Date, DateArithmeticError> {
    let span = Span::new()
        .try_months(i64::from(term.total_months()))
        .and_then(|s| s.try_days(i64::from(term.day_part())))
        .map_err(|e| err(&format!("the term {term}"), e))?;
    date.checked_sub(span)
        .map_err(|e| err(&format!("{date} − {term}"), e))
}

/// The number of days from `a` to `b` (`b − a`; negative when `b` is earlier).
pub fn days_between(a: Date, b: Date) -> Result<i64, DateArithmeticError> {
    a.until((Unit::Day, b))
        .map(|s| i64::from(s.get_days()))
        .map_err(|e| err(&format!("days from {a} to {b}"), e))
}

/// The days from `a` to `b`, both included (0 when `b` is before `a`).
pub fn days_inclusive(a: Date, b: Date) -> Result<i64, DateArithmeticError> {
    Ok((days_between(a, b)? + 1).max(0))
}

/// The time from `a` up to (not including) `b` as a term of whole months
/// and days, the day part held below 30 (a 30-day remainder after whole
/// months is written as 29 days; callers say the figure is in days too).
pub fn calendar_difference(a: Date, b: Date) -> Result<Term, DateArithmeticError> {
    if b <= a {
        return Ok(Term::ZERO);
    }
    let span = a
        .until((Unit::Month, b))
        .map_err(|e| err(&format!("months from {a} to {b}"), e))?;
    let months = u32::try_from(span.get_months()).unwrap_or(0);
    let days = u32::try_from(span.get_days()).unwrap_or(0).min(29);
    Term::new(0, months, days).map_err(|e| DateArithmeticError(e.to_string()))
}

/// The last day of a period of `term` whose first day is `first`:
/// `(first − 1 day) + term`.
///
/// ```
/// use jiff::civil::date;
/// use sentencing::law::cn::term_dates::period_end;
/// use sentencing::penalty::Term;
/// let t = Term::new(1, 6, 0).unwrap();
/// assert_eq!(period_end(date(2009, 12, 12), t).unwrap(), date(2011, 6, 11));
/// ```
pub fn period_end(first: Date, term: Term) -> Result<Date, DateArithmeticError> {
    add_term(add_days(first, -1)?, term)
}

/// The first day after a period of `term` that starts on `first`.
pub fn day_after_period(first: Date, term: Term) -> Result<Date, DateArithmeticError> {
    add_days(period_end(first, term)?, 1)
}

/// True when the month-end convention decided the result: day zero
/// (`first − 1`) falls on a day of the month that the end month lacks.
pub fn month_end_convention_used(first: Date, term: Term) -> bool {
    let Ok(zero) = add_days(first, -1) else {
        return false;
    };
    match add_term(zero, Term::months(term.total_months())) {
        Ok(d) => d.day() != zero.day(),
        Err(_) => false,
    }
}

/// Half of the days of a term from `first` to `last` (both included),
/// rounded up: the tool's reading of "原判刑期二分之一" in days.
pub fn half_of_days(first: Date, last: Date) -> Result<i64, DateArithmeticError> {
    let days = days_inclusive(first, last)?;
    Ok((days + 1) / 2)
}

/// A term as judgments state it: `自 A 起至 B 止`, with the arithmetic.
pub fn explain_period(first: Date, term: Term, last: Date) -> Msg {
    let convention = if month_end_convention_used(first, term) {
        Msg::new(MsgId::DatesMonthEndConvention)
            .arg("first", first)
            .into()
    } else {
        Arg::Text(String::new())
    };
    Msg::new(MsgId::DatesPeriod)
        .arg("first", first)
        .arg("term", term)
        .arg("last", last)
        .arg("convention", convention)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn t(y: u32, m: u32) -> Term {
        Term::new(y, m, 0).unwrap()
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
        ];
        for (first, term, last) in cases {
            assert_eq!(period_end(first, term).unwrap(), last, "{first} + {term}");
            assert!(!month_end_convention_used(first, term));
        }
    }

    #[test]
    fn cl47_li_zhuang_term_ends_2011_06_11() {
        assert_eq!(
            period_end(date(2009, 12, 12), t(1, 6)).unwrap(),
            date(2011, 6, 11)
        );
        // 547 days inclusive, as cases-2012-affair.md counts them.
        assert_eq!(
            days_inclusive(date(2009, 12, 12), date(2011, 6, 11)).unwrap(),
            547
        );
    }

    #[test]
    fn month_end_convention_starts_on_28_29_30_31() {
        // Day zero is the day before the start; a missing day becomes the month's last.
        assert_eq!(
            period_end(date(2019, 1, 28), t(0, 1)).unwrap(),
            date(2019, 2, 27)
        );
        assert_eq!(
            period_end(date(2019, 1, 29), t(0, 1)).unwrap(),
            date(2019, 2, 28)
        );
        assert_eq!(
            period_end(date(2019, 1, 30), t(0, 1)).unwrap(),
            date(2019, 2, 28)
        );
        assert_eq!(
            period_end(date(2019, 1, 31), t(0, 1)).unwrap(),
            date(2019, 2, 28)
        );
        assert_eq!(
            period_end(date(2019, 2, 1), t(0, 1)).unwrap(),
            date(2019, 2, 28)
        );
        assert_eq!(
            period_end(date(2019, 3, 31), t(0, 1)).unwrap(),
            date(2019, 4, 30)
        );
        assert_eq!(
            period_end(date(2020, 1, 31), t(0, 1)).unwrap(),
            date(2020, 2, 29)
        );
        assert!(month_end_convention_used(date(2019, 1, 31), t(0, 1)));
        assert!(!month_end_convention_used(date(2019, 1, 28), t(0, 1)));
    }

    #[test]
    fn february_29_starts() {
        assert_eq!(
            period_end(date(2020, 2, 29), t(1, 0)).unwrap(),
            date(2021, 2, 28)
        );
        assert_eq!(
            period_end(date(2020, 3, 1), t(1, 0)).unwrap(),
            date(2021, 2, 28)
        );
        assert_eq!(
            period_end(date(2020, 3, 1), t(4, 0)).unwrap(),
            date(2024, 2, 29)
        );
        assert_eq!(
            period_end(date(2024, 2, 29), t(0, 6)).unwrap(),
            date(2024, 8, 28)
        );
    }

    #[test]
    fn half_rounds_up() {
        // 2019-11-20 .. 2020-06-19 = 213 days; half rounded up = 107.
        assert_eq!(
            half_of_days(date(2019, 11, 20), date(2020, 6, 19)).unwrap(),
            107
        );
        assert_eq!(half_of_days(date(2020, 1, 1), date(2020, 1, 2)).unwrap(), 1);
    }

    #[test]
    fn day_parts_and_out_of_range() {
        let term = Term::new(0, 1, 10).unwrap();
        assert_eq!(
            period_end(date(2019, 1, 20), term).unwrap(),
            date(2019, 3, 1)
        );
        assert!(add_days(date(9999, 12, 31), 1).is_err());
    }
}
