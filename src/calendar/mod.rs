//! TEMPORARY bridge until the shared calendar of the `dates` work (issue 11)
//! lands in main: the same API (`period_end`, `add_days`, `add_term`,
//! `sub_term`, `days_between`, `DateArithmeticError`) and the same
//! `period_end` semantics (the day before the corresponding date; the
//! month's last day where that date does not exist). On merge, the shared
//! module replaces this file.

use crate::penalty::Term;
use jiff::Span;
use jiff::civil::Date;

/// A date computation that left the calendar jiff supports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateArithmeticError(pub String);

impl std::fmt::Display for DateArithmeticError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateArithmeticError {}

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

fn term_span(term: Term) -> Result<Span, DateArithmeticError> {
    Span::new()
        .try_months(i64::from(term.total_months()))
        .and_then(|s| s.try_days(i64::from(term.day_part())))
        .map_err(|e| err(&format!("the term {term}"), e))
}

/// `date + term` in calendar units (months, then days), saturating at month
/// ends: 2019-01-31 + 1 month = 2019-02-28.
pub fn add_term(date: Date, term: Term) -> Result<Date, DateArithmeticError> {
    date.checked_add(term_span(term)?)
        .map_err(|e| err(&format!("{date} + {term}"), e))
}

/// `date − term` in calendar units, saturating at month ends.
pub fn sub_term(date: Date, term: Term) -> Result<Date, DateArithmeticError> {
    date.checked_sub(term_span(term)?)
        .map_err(|e| err(&format!("{date} − {term}"), e))
}

/// The number of days from `a` to `b` (`b − a`; negative when `b` is earlier).
pub fn days_between(a: Date, b: Date) -> Result<i64, DateArithmeticError> {
    a.until((jiff::Unit::Day, b))
        .map(|s| i64::from(s.get_days()))
        .map_err(|e| err(&format!("days from {a} to {b}"), e))
}

/// The last day of a term whose first day is `first`: the day before the
/// corresponding date in the month the term reaches, that month's last day
/// where the date does not exist; then the day part.
pub fn period_end(first: Date, term: Term) -> Result<Date, DateArithmeticError> {
    let months_end = if term.total_months() == 0 {
        add_days(first, -1)?
    } else {
        let reached = add_term(first, Term::months(term.total_months()))?;
        if reached.day() == first.day() {
            add_days(reached, -1)?
        } else {
            reached
        }
    };
    add_days(months_end, i64::from(term.day_part()))
}
