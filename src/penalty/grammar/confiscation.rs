//! Confiscation of property.

use super::super::money::parse_money;
use super::super::numerals::{digit_value, is_numeral_char};
use super::{CONFISCATION_FORMS, PenaltyParseError};
use crate::message::{Msg, MsgId};
use crate::penalty::Confiscation;

/// Texts that confiscate all personal property (compared after trimming,
/// lower-casing and collapsing whitespace).
const ALL_PROPERTY: &[&str] = &[
    "all",
    "all property",
    "all personal property",
    "confiscation of all property",
    "confiscation of all personal property",
    "全部财产",
    "个人全部财产",
    "没收全部财产",
    "没收个人全部财产",
];

/// Chinese lead-ins before an amount: `没收个人财产人民币三十万元`.
const AMOUNT_PREFIXES: &[&str] = &[
    "没收个人部分财产",
    "没收个人财产",
    "没收部分财产",
    "没收财产",
];

/// Reads a confiscation of property: `all`, `all property`, `all personal
/// property`, `全部财产`, `没收个人全部财产`, or an amount (`300000 CNY`,
/// `30万元`, `没收个人财产人民币三十万元`).
///
/// ```
/// use sentencing::penalty::{parse_confiscation, Confiscation};
/// assert_eq!(parse_confiscation("没收个人全部财产").unwrap(), Confiscation::All);
/// assert!(matches!(parse_confiscation("30万元").unwrap(), Confiscation::Amount(_)));
/// ```
pub fn parse_confiscation(text: &str) -> Result<Confiscation, PenaltyParseError> {
    let trimmed = text.trim();
    let start = text.len() - text.trim_start().len();
    if trimmed.is_empty() {
        return Err(PenaltyParseError::new(
            Msg::new(MsgId::PgNothing).arg("what", MsgId::PgWhatConfiscation),
            CONFISCATION_FORMS,
            0,
            text.len(),
        ));
    }
    let normal = trimmed
        .trim_end_matches(['.', '。'])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    if ALL_PROPERTY.contains(&normal.as_str()) {
        return Ok(Confiscation::All);
    }
    let (skip, amount) = AMOUNT_PREFIXES
        .iter()
        .find_map(|p| trimmed.strip_prefix(p).map(|rest| (p.len(), rest)))
        .unwrap_or((0, trimmed));
    let base = start + skip;
    if amount.trim().is_empty() {
        return Err(PenaltyParseError::new(
            Msg::new(MsgId::PgNeedsAmount).arg("text", trimmed),
            MsgId::PgNeedsAmountHint,
            start,
            trimmed.len(),
        ));
    }
    let has_number = amount
        .chars()
        .any(|c| digit_value(c).is_some() || is_numeral_char(c));
    match parse_money(amount) {
        Ok(money) => Ok(Confiscation::Amount(money)),
        Err(_) if !has_number => Err(PenaltyParseError::new(
            Msg::new(MsgId::PgNeitherAllNorAmount).arg("text", trimmed),
            CONFISCATION_FORMS,
            start,
            trimmed.len(),
        )),
        Err(e) => Err(PenaltyParseError::from_money(e, base)),
    }
}
