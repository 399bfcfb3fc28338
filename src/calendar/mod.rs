//! TEMPORARY local stand-in (not committed) until `dates`' calendar lands in main.
pub use crate::law::cn::term_dates::{
    DateArithmeticError, add_days, add_term, days_between, sub_term,
};
use crate::penalty::Term;
use jiff::civil::Date;
pub fn period_end(first: Date, term: Term) -> Result<Date, DateArithmeticError> {
    let months_end = if term.total_months() == 0 {
        add_days(first, -1)?
    } else {
        let reached =
            crate::law::cn::term_dates::add_term(first, Term::months(term.total_months()))?;
        if reached.day() == first.day() {
            add_days(reached, -1)?
        } else {
            reached
        }
    };
    add_days(months_end, i64::from(term.day_part()))
}
