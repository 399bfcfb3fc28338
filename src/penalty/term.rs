//! A length of time as sentences state it: years and months, and occasionally
//! weeks or days.
//!
//! Courts write terms in calendar units ("有期徒刑二年六个月"), not in days, so a
//! [`Term`] keeps whole months plus a part in days. Years are stored as 12
//! months, weeks as 7 days. The day part has no cap: 20 days + 20 days is 40
//! days and "6 Wochen" is 42 days, because a number of days cannot be turned
//! into months exactly (a month has 28 to 31 days). Dates come from the
//! calendar ([`crate::calendar`]), which adds the months as calendar months
//! and the days as days.
//!
//! Ordering two terms is exact when their day parts are below 28; beyond that
//! it counts a month as 30 days (the nominal month of BGB § 191), so 40 days
//! sorts above 1 month and 30 days just below it. Comparisons against the
//! statutory caps involve whole years and are unaffected.

use std::fmt;

/// The largest term the tool accepts: 10,000 years, in months. Anything above
/// is a data-entry error, not a sentence, and rejecting it keeps all
/// arithmetic on terms far from integer overflow.
pub const MAX_TERM_MONTHS: u32 = 10_000 * 12;

/// The largest day part the tool accepts: 10,000 years of 366 days.
pub const MAX_TERM_DAYS: u32 = 10_000 * 366;

/// A term of months and days (see the module text for its ordering).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Term {
    months: u32,
    days: u32,
}

/// Why a term could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TermError {
    /// Longer than [`MAX_TERM_MONTHS`] or [`MAX_TERM_DAYS`].
    #[error("a term longer than 10,000 years is not a sentence")]
    TooLong,
}

impl Term {
    /// The ordering key: nominal days (a month as 30 days), then months.
    fn order_key(self) -> (u64, u32) {
        (
            u64::from(self.months) * 30 + u64::from(self.days),
            self.months,
        )
    }
}

impl Ord for Term {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.order_key().cmp(&other.order_key())
    }
}

impl PartialOrd for Term {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Term {
    /// The zero term.
    pub const ZERO: Term = Term { months: 0, days: 0 };

    /// A sum beyond [`MAX_TERM_MONTHS`]: not a figure but "more than 10,000
    /// years", and shown so (`15 years + … = more than 10000 years`, never a
    /// false `= 10000 years`). Only [`Term::saturating_add`] makes it; it is
    /// larger than every term, so it fails every cap it is compared with.
    /// Its ISO 8601 form is `P10000Y1M` (one month over the limit).
    pub const OVER_LIMIT: Term = Term {
        months: MAX_TERM_MONTHS + 1,
        days: 0,
    };

    /// True for [`Term::OVER_LIMIT`]: a sum that exceeded the limit.
    pub const fn is_over_limit(self) -> bool {
        self.months > MAX_TERM_MONTHS
    }

    /// Builds a term, checking the limits.
    ///
    /// ```
    /// use sentencing::penalty::Term;
    /// let t = Term::new(2, 6, 0).unwrap();
    /// assert_eq!(t.to_string(), "2 years 6 months");
    /// assert!(Term::new(10_001, 0, 0).is_err());
    /// assert_eq!(Term::new(0, 0, 42).unwrap().to_string(), "42 days");
    /// ```
    pub fn new(years: u32, months: u32, days: u32) -> Result<Term, TermError> {
        let total = years
            .checked_mul(12)
            .and_then(|y| y.checked_add(months))
            .ok_or(TermError::TooLong)?;
        if total > MAX_TERM_MONTHS {
            return Err(TermError::TooLong);
        }
        if days > MAX_TERM_DAYS {
            return Err(TermError::TooLong);
        }
        Ok(Term {
            months: total,
            days,
        })
    }

    /// A term of whole years. Panics never: values above the limit saturate at it.
    pub const fn years(years: u32) -> Term {
        let months = years.saturating_mul(12);
        Term {
            months: if months > MAX_TERM_MONTHS {
                MAX_TERM_MONTHS
            } else {
                months
            },
            days: 0,
        }
    }

    /// A term of whole months (saturating at the limit).
    pub const fn months(months: u32) -> Term {
        Term {
            months: if months > MAX_TERM_MONTHS {
                MAX_TERM_MONTHS
            } else {
                months
            },
            days: 0,
        }
    }

    /// The whole months of this term (years counted as 12 months).
    pub const fn total_months(self) -> u32 {
        self.months
    }

    /// The part in days (weeks counted as 7 days); it may exceed a month.
    pub const fn day_part(self) -> u32 {
        self.days
    }

    /// Whole years in the term.
    pub const fn year_part(self) -> u32 {
        self.months / 12
    }

    /// Months beyond whole years.
    pub const fn month_part(self) -> u32 {
        self.months % 12
    }

    /// True for the zero term.
    pub const fn is_zero(self) -> bool {
        self.months == 0 && self.days == 0
    }

    /// The sum of two terms; a sum beyond [`MAX_TERM_MONTHS`] is
    /// [`Term::OVER_LIMIT`] (callers compare against caps far below it).
    ///
    /// Months add to months and days to days, exactly: 20 days + 20 days is
    /// 40 days, not a month and some days (a month has no fixed length).
    pub fn saturating_add(self, other: Term) -> Term {
        let months = self.months.saturating_add(other.months);
        if months > MAX_TERM_MONTHS {
            return Term::OVER_LIMIT;
        }
        let days = self.days.saturating_add(other.days).min(MAX_TERM_DAYS);
        Term { months, days }
    }

    /// Half of the term, as CL 78 and CL 81 use it ("原判刑期二分之一").
    ///
    /// Returns the half and whether it is exact in months and days. Half of
    /// an odd number of months is expressed as 15 days and flagged inexact
    /// (the half month of 15 days is the tool's reading, UNVERIFIED); half of
    /// an odd day part is rounded up ("二分之一以上": at least half).
    pub fn half(self) -> (Term, bool) {
        let months = self.months / 2;
        let odd_month = self.months % 2 == 1;
        let days_total = self.days.div_ceil(2) + if odd_month { 15 } else { 0 };
        let exact = !odd_month && self.days.is_multiple_of(2);
        (
            Term {
                months,
                days: days_total,
            },
            exact,
        )
    }

    /// ISO 8601 duration, such as `P15Y`, `P1Y6M`, `P20D`; `P0D` for zero.
    pub fn iso8601(self) -> String {
        if self.is_zero() {
            return "P0D".to_string();
        }
        let mut s = String::from("P");
        if self.year_part() > 0 {
            s.push_str(&format!("{}Y", self.year_part()));
        }
        if self.month_part() > 0 {
            s.push_str(&format!("{}M", self.month_part()));
        }
        if self.days > 0 {
            s.push_str(&format!("{}D", self.days));
        }
        s
    }

    /// The term in years as an exact decimal (months / 12), for percentages.
    pub fn as_years_decimal(self) -> rust_decimal::Decimal {
        rust_decimal::Decimal::from(self.months) / rust_decimal::Decimal::from(12)
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_zero() {
            return f.write_str("0 days");
        }
        if self.is_over_limit() {
            return write!(f, "more than {} years", MAX_TERM_MONTHS / 12);
        }
        let mut parts = Vec::new();
        let plural = |n: u32, one: &str, many: &str| {
            if n == 1 {
                format!("1 {one}")
            } else {
                format!("{n} {many}")
            }
        };
        if self.year_part() > 0 {
            parts.push(plural(self.year_part(), "year", "years"));
        }
        if self.month_part() > 0 {
            parts.push(plural(self.month_part(), "month", "months"));
        }
        if self.days > 0 {
            parts.push(plural(self.days, "day", "days"));
        }
        f.write_str(&parts.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_and_iso() {
        assert_eq!(Term::years(15).to_string(), "15 years");
        assert_eq!(Term::years(15).iso8601(), "P15Y");
        let t = Term::new(1, 6, 0).unwrap();
        assert_eq!(t.to_string(), "1 year 6 months");
        assert_eq!(t.iso8601(), "P1Y6M");
        assert_eq!(Term::new(0, 0, 20).unwrap().iso8601(), "P20D");
        assert_eq!(Term::ZERO.iso8601(), "P0D");
    }

    #[test]
    fn ordering_is_by_months_then_days_below_a_month() {
        assert!(Term::months(1) > Term::new(0, 0, 29).unwrap());
        assert!(Term::years(2) > Term::new(1, 11, 29).unwrap());
        assert!(Term::new(0, 0, 40).unwrap() > Term::months(1));
        assert!(Term::new(0, 0, 30).unwrap() < Term::months(1));
    }

    /// Issue #11: the day part had been capped at 29 days.
    #[test]
    fn day_parts_add_without_a_cap() {
        let d = |n| Term::new(0, 0, n).unwrap();
        assert_eq!(d(20).saturating_add(d(20)), d(40));
        // StGB § 39: 3 Wochen + 3 Wochen = 6 Wochen = 42 days.
        assert_eq!(d(21).saturating_add(d(21)), d(42));
        assert_eq!(
            Term::new(1, 2, 3)
                .unwrap()
                .saturating_add(Term::new(0, 11, 28).unwrap()),
            Term::new(2, 1, 31).unwrap()
        );
        assert_eq!(Term::new(0, 0, MAX_TERM_DAYS + 1), Err(TermError::TooLong));
    }

    #[test]
    fn half_of_terms() {
        assert_eq!(Term::years(15).half(), (Term::new(7, 6, 0).unwrap(), true));
        assert_eq!(
            Term::months(7).half(),
            (Term::new(0, 3, 15).unwrap(), false)
        );
    }

    #[test]
    fn a_sum_over_the_limit_says_so() {
        let sum = (0..700).fold(Term::ZERO, |a, _| a.saturating_add(Term::years(15)));
        assert_eq!(sum, Term::OVER_LIMIT);
        assert_eq!(sum.to_string(), "more than 10000 years");
        assert!(sum > Term::years(10_000));
        let exact = (0..500).fold(Term::ZERO, |a, _| a.saturating_add(Term::years(20)));
        assert_eq!(exact.to_string(), "10000 years");
    }

    #[test]
    fn limits() {
        assert_eq!(Term::new(10_001, 0, 0), Err(TermError::TooLong));
        assert_eq!(Term::new(u32::MAX, 0, 0), Err(TermError::TooLong));
        assert!(Term::new(10_000, 0, 0).is_ok());
    }
}
