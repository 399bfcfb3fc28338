//! The early removal scheme (CJA 2003 s. 260): a foreign national may be
//! removed from prison before the release day. ERS 50 (until 22 September
//! 2025): up to 544 days before release, not before half of the custodial
//! part; ERS 30 (from 23 September 2025): up to 4 years before release, not
//! before 30 % of it (the MoJ's `ErsedCalculator` and `ersed` parameters).

use super::figures::{Fraction, SentenceCalc};
use super::rules::{ERS30_COMMENCEMENT, ERSED_30, ERSED_50};
use crate::calendar::{DateArithmeticError, add_days, days_between};
use crate::law::Rule;
use crate::penalty::Term;
use jiff::civil::Date;

fn scheme(
    c: &SentenceCalc,
    max_before: Result<Date, DateArithmeticError>,
    f: Fraction,
) -> Result<Date, DateArithmeticError> {
    let latest = max_before?;
    let days = days_between(c.sentenced, c.unadjusted_release)? + 1;
    let earliest = add_days(add_days(c.sentenced, f.of(days))?, -c.remand_days)?.min(c.release);
    let e = if earliest > latest { earliest } else { latest };
    Ok(e.max(c.sentenced))
}

/// The eligibility date of one calculable sentence.
pub fn ersed(c: &SentenceCalc) -> Result<(Date, &'static Rule), DateArithmeticError> {
    let post = c.sentenced >= ERS30_COMMENCEMENT;
    let half = Fraction {
        num: 1,
        den: 2,
        rule: &ERSED_50,
    };
    let thirty = Fraction {
        num: 3,
        den: 10,
        rule: &ERSED_30,
    };
    let e50 = if post {
        None
    } else {
        Some(scheme(c, add_days(c.release, -544), half)?)
    };
    let e30 = scheme(
        c,
        crate::calendar::sub_term(c.release, Term::years(4)),
        thirty,
    )?;
    Ok(match e50 {
        Some(d) if d < ERS30_COMMENCEMENT => (d, &ERSED_50),
        _ if post || e30 >= ERS30_COMMENCEMENT => (e30, &ERSED_30),
        _ => (ERS30_COMMENCEMENT, &ERSED_30),
    })
}
