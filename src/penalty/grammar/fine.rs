//! A fine (罚金, CL 52–53): an amount, after an optional lead-in.

use super::super::money::parse_money;
use super::PenaltyParseError;
use crate::penalty::Money;

/// Lead-ins before the amount of a fine, longest first.
const LEAD_INS: &[&str] = &[
    "并处罚金",
    "单处罚金",
    "处罚金",
    "罚金",
    "a fine of",
    "fine of",
    "fine",
];

/// Reads a fine: an amount (`5000 CNY`, `2000元人民币`, `6 million CNY`),
/// after an optional lead-in as judgments write it (`并处罚金人民币五千元`,
/// `罚金人民币二千元`, `a fine of 5,000 CNY`).
///
/// ```
/// use sentencing::penalty::{parse_fine, parse_money};
/// assert_eq!(parse_fine("并处罚金人民币五千元").unwrap(), parse_money("5000 CNY").unwrap());
/// ```
pub fn parse_fine(text: &str) -> Result<Money, PenaltyParseError> {
    let start = text.len() - text.trim_start().len();
    let trimmed = text.trim_start();
    let skip = LEAD_INS
        .iter()
        .find(|l| {
            trimmed
                .get(..l.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(l))
        })
        .map_or(0, |l| l.len());
    let base = start + skip;
    parse_money(text.get(base..).unwrap_or("")).map_err(|e| PenaltyParseError::from_money(e, base))
}
