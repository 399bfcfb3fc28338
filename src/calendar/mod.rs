//! The calendar every jurisdiction uses: days, terms in calendar units, the
//! last day of a term, and day counts.
//!
//! This module is the bottom of the house: it knows jiff dates and the
//! [`Term`] quantity and nothing of any law. Which of these operations a
//! legal system uses (does the first day count, is release on the last day
//! or the day after, are fractions taken in days or in calendar units) is
//! declared by that system's rules in `law`, which call in here.
//!
//! All arithmetic is in whole days (`i64`) and calendar units; no floats.
//! Every operation is checked: a result outside the calendar jiff supports is
//! a [`DateArithmeticError`], never a panic.

mod days;
mod period;

pub use days::{add_days, days_between, days_inclusive};
pub use period::{
    add_term, calendar_difference, day_after_period, month_end_clipped, period_end, sub_term,
};

use crate::penalty::Term;

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

fn term_err(term: Term, e: jiff::Error) -> DateArithmeticError {
    err(&format!("the term {term}"), e)
}
