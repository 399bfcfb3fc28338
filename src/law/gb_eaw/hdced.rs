//! Home detention curfew eligibility (CJA 2003 s. 246): the earliest day a
//! prisoner may be released on a curfew before the release day.
//!
//! The MoJ's parameters (`application-calculation-params.yml`): no HDC when
//! the custodial part is under 42 days or the release falls within 14 days
//! of sentence; below the midpoint, eligibility after half the custodial
//! part (at least 28 days); above it, a fixed time before release (179 days
//! for a maximum 180 days on HDC; from 3 June 2025, 364 days for 365 with
//! the midpoint at 730); never before 14 days after sentence.

use super::figures::SentenceCalc;
use super::rules::{self, HDC_180, HDC_365, HDC_365_COMMENCEMENT};
use crate::calendar::{DateArithmeticError, add_days};
use crate::law::Rule;
use crate::message::{Msg, MsgId};
use jiff::civil::Date;

const MINIMUM_CUSTODIAL_DAYS: i64 = 42;
const MINIMUM_DAYS: i64 = 14;
const BELOW_MIDPOINT_MINIMUM: i64 = 28;

fn ceil_div(n: i64, d: i64) -> i64 {
    n.div_euclid(d) + i64::from(n.rem_euclid(d) != 0)
}

/// The eligibility date of one calculable sentence, if it has one, with
/// its rule and the arithmetic.
pub fn hdced(c: &SentenceCalc) -> Result<Option<(Date, &'static Rule, Msg)>, DateArithmeticError> {
    let s0 = c.sentenced;
    let (num, den) = c.custodial_exact;
    let custodial = ceil_div(num, den);
    if c.release < add_days(s0, MINIMUM_DAYS)? || custodial < MINIMUM_CUSTODIAL_DAYS {
        return Ok(None);
    }
    let ual = c.added.unlawfully_at_large;
    let other = c.added.awarded - c.added.unused_awarded;
    // (the date with UAL only, the date with everything added, the text)
    let at =
        |midpoint: i64, before_release: i64| -> Result<(Date, Date, Msg), DateArithmeticError> {
            let (days, text) = if custodial < midpoint {
                let days = ceil_div(num, 2 * den).max(BELOW_MIDPOINT_MINIMUM);
                (
                    days,
                    Msg::new(MsgId::GbHdcHalf)
                        .arg("part", custodial)
                        .arg("midpoint", midpoint)
                        .arg("days", days),
                )
            } else {
                (
                    c.days_to_release - (before_release + 1),
                    Msg::new(MsgId::GbHdcBeforeRelease)
                        .arg("part", custodial)
                        .arg("midpoint", midpoint)
                        .arg("before", before_release),
                )
            };
            let with_ual = add_days(s0, days - c.remand_days + ual)?;
            let minimum = add_days(s0, MINIMUM_DAYS)?;
            let (with_ual, text) = if minimum >= add_days(with_ual, -ual)? {
                (add_days(minimum, ual)?, Msg::new(MsgId::GbHdcMinimum))
            } else {
                (with_ual, text)
            };
            let date = add_days(with_ual, other)?;
            let text = text
                .arg("from", s0)
                .arg("deducted", c.remand_days)
                .arg("added", ual + other)
                .arg("date", date);
            Ok((with_ual, date, text))
        };
    let (u180, h180, t180) = at(360, 179)?;
    let (u365, h365, t365) = at(730, 364)?;
    // Consecutive sentences passed before and after the commencement: the
    // old scheme's date no earlier than the commencement (the MoJ's
    // `defaultTo365CommencementDateIfConsecSentenceSpansIt`).
    let spans = c.sentenced < HDC_365_COMMENCEMENT && c.last_sentenced >= HDC_365_COMMENCEMENT;
    let u180_compared = if spans {
        u180.max(HDC_365_COMMENCEMENT)
    } else {
        u180
    };
    Ok(Some(if u180_compared < HDC_365_COMMENCEMENT {
        (h180, &HDC_180, t180)
    } else if u365 >= HDC_365_COMMENCEMENT {
        (h365, &HDC_365, t365)
    } else {
        let date = add_days(HDC_365_COMMENCEMENT, other)?;
        (
            date,
            &rules::HDC_365,
            Msg::new(MsgId::GbHdcCommencement)
                .arg("old", h180)
                .arg("date", date),
        )
    }))
}
