//! The penalty-text grammar: principal penalties, deprivation of political
//! rights and confiscation, written in English or as Chinese judgments write
//! them.
//!
//! A small lexer turns the text into tokens (numbers, keywords, separators)
//! with their byte ranges; a recursive-descent parser reads the tokens. Every
//! error carries the byte range of the offending token, for a caret.
//!
//! Principal penalties ([`parse_penalty`]):
//!
//! ```text
//! 15 years   2 years 6 months   2 years and 6 months   1 year, 6 months   20 days
//! imprisonment 15 years   fixed-term imprisonment 15 years   15 years' imprisonment
//! criminal detention 6 months   detention 6 months
//! public surveillance 2 years   surveillance 2 years
//! life imprisonment   life   death   death with reprieve
//! death with reprieve, restricted commutation
//! death with reprieve, life imprisonment without commutation or parole
//! 有期徒刑十五年   有期徒刑一年零六个月   15年   2年6个月   拘役六个月   管制二年
//! 无期徒刑   死刑   死刑立即执行   死刑，缓期二年执行   死刑缓期二年执行，限制减刑
//! 死刑缓期二年执行，终身监禁
//! ```
//!
//! Units are years, months, weeks (English only: 7 days each) and days (年, 个月 or 月, 日 or 天), in that order,
//! each at most once, spelled in full: `2y 6m` is rejected because `m` reads
//! as minutes elsewhere.
mod confiscation;
mod en;
mod fast;
mod fine;
mod keywords;
mod lexer;
mod parser;
mod principal;
mod rights;
mod sentence;
mod suggest;
mod term;
#[cfg(test)]
mod tests;
mod zh;

pub use confiscation::parse_confiscation;
pub use fine::parse_fine;
pub use rights::parse_political_rights;
pub use sentence::{PenaltyText, Piece, parse_penalty, parse_penalty_text};

pub use super::parse_error::PenaltyParseError;
use crate::message::MsgId;

pub(super) const PENALTY_FORMS: MsgId = MsgId::PgPenaltyForms;

pub(super) const RIGHTS_FORMS: MsgId = MsgId::PgRightsForms;

pub(super) const CONFISCATION_FORMS: MsgId = MsgId::PgConfiscationForms;

pub(super) const RESTRICTION_FORMS: MsgId = MsgId::PgRestrictionForms;
