//! The error of the penalty grammars.

use super::money::MoneyParseError;
use crate::message::Msg;

/// Why a penalty could not be read. `offset` and `len` give the byte range
/// of the input that is wrong, for a caret under it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct PenaltyParseError {
    /// What is wrong.
    pub message: Msg,
    /// How to write it instead.
    pub hint: Msg,
    /// Byte offset of the offending text.
    pub offset: usize,
    /// Byte length of the offending text.
    pub len: usize,
}

impl PenaltyParseError {
    pub(super) fn new(
        message: impl Into<Msg>,
        hint: impl Into<Msg>,
        offset: usize,
        len: usize,
    ) -> Self {
        PenaltyParseError {
            message: message.into(),
            hint: hint.into(),
            offset,
            len,
        }
    }

    /// A money error at `base` bytes into the text the money was cut from.
    pub(super) fn from_money(e: MoneyParseError, base: usize) -> Self {
        PenaltyParseError::new(e.message, e.hint, base + e.offset, e.len)
    }
}
