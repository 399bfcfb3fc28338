//! Whole days: adding them to a date and counting them between two dates.

use super::{DateArithmeticError, err};
use jiff::civil::Date;
use jiff::{Span, Unit};

/// `date + n days` (n may be negative), checked.
pub fn add_days(date: Date, n: i64) -> Result<Date, DateArithmeticError> {
    let span = Span::new()
        .try_days(n)
        .map_err(|e| err(&format!("{n} days"), e))?;
    date.checked_add(span)
        .map_err(|e| err(&format!("{date} + {n} days"), e))
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

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn day_counts() {
        assert_eq!(
            days_between(date(2020, 2, 28), date(2020, 3, 1)).unwrap(),
            2
        );
        assert_eq!(
            days_between(date(2020, 3, 1), date(2020, 2, 28)).unwrap(),
            -2
        );
        assert_eq!(
            days_inclusive(date(2020, 3, 1), date(2020, 2, 28)).unwrap(),
            0
        );
        assert_eq!(
            days_inclusive(date(2009, 12, 12), date(2011, 6, 11)).unwrap(),
            547
        );
    }

    #[test]
    fn out_of_range_is_an_error() {
        assert!(add_days(date(9999, 12, 31), 1).is_err());
        assert!(add_days(date(-9999, 1, 1), -1).is_err());
    }
}
