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

/// (the eligibility date, the date compared with the commencement of ERS
/// 30: without awarded days)
fn scheme(
    c: &SentenceCalc,
    max_before: Result<Date, DateArithmeticError>,
    f: Fraction,
) -> Result<(Date, Date), DateArithmeticError> {
    let latest = max_before?;
    let ual = c.added.unlawfully_at_large;
    let awarded = c.added.awarded;
    // An extended sentence with parole: counted to its eligibility date.
    let (release, unadjusted) = match (c.ped, c.unadjusted_ped) {
        (Some(p), Some(u)) => (p, u),
        _ => (c.release, c.unadjusted_release),
    };
    let days = days_between(c.sentenced, unadjusted)? + 1;
    let earliest = add_days(
        add_days(c.sentenced, f.of(days))?,
        ual - c.remand_days + awarded,
    )?
    .min(release);
    let e = if earliest > latest { earliest } else { latest };
    let added = ual + awarded;
    if add_days(e, -added)? < c.sentenced {
        Ok((add_days(c.sentenced, added)?, add_days(c.sentenced, ual)?))
    } else {
        Ok((e, add_days(e, ual - added)?))
    }
}

/// The eligibility date of one calculable sentence; `spans`: a chain with
/// terms passed before and from the ERS 30 commencement, under ERS 30 only.
pub fn ersed(c: &SentenceCalc, spans: bool) -> Result<(Date, &'static Rule), DateArithmeticError> {
    let post = c.sentenced >= ERS30_COMMENCEMENT || spans;
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
    let release = c.ped.unwrap_or(c.release);
    let e50 = if post {
        None
    } else {
        Some(scheme(c, add_days(release, -544), half)?)
    };
    let e30 = scheme(
        c,
        crate::calendar::sub_term(release, Term::years(4)),
        thirty,
    )?;
    Ok(match e50 {
        Some((d, compared)) if compared < ERS30_COMMENCEMENT => (d, &ERSED_50),
        _ if post || e30.1 >= ERS30_COMMENCEMENT => (e30.0, &ERSED_30),
        _ => (
            add_days(ERS30_COMMENCEMENT, c.added.awarded - c.added.unused_awarded)?,
            &ERSED_30,
        ),
    })
}
