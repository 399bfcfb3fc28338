//! The recursive-descent parser over the tokens: the cursor and its errors.

use super::PenaltyParseError;
use super::lexer::{Kw, Tok, Token, Unit, lex};
use super::suggest::{did_you_mean, vocabulary};
use crate::message::{Arg, Msg, MsgId};

/// One `number unit` part of a term.
#[derive(Debug, Clone, Copy)]
pub(super) struct Part {
    pub(super) value: u64,
    pub(super) unit: Unit,
    pub(super) offset: usize,
    pub(super) end: usize,
}

pub(super) struct Parser<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: Vec<Token>,
    pub(super) pos: usize,
    /// The text is (at least partly) Chinese: examples in hints follow suit.
    pub(super) zh: bool,
}

impl<'a> Parser<'a> {
    pub(super) fn new(text: &'a str, what: MsgId, forms: MsgId) -> Result<Self, PenaltyParseError> {
        let mut tokens = lex(text)?;
        if tokens.last().is_some_and(|t| t.tok == Tok::Stop) {
            tokens.pop();
        }
        if tokens.is_empty() {
            return Err(PenaltyParseError::new(
                Msg::new(MsgId::PgNothing).arg("what", what),
                forms,
                0,
                text.len(),
            ));
        }
        Ok(Parser {
            text,
            tokens,
            pos: 0,
            zh: !text.is_ascii(),
        })
    }

    pub(super) fn peek(&self) -> Option<Token> {
        self.tokens.get(self.pos).copied()
    }

    pub(super) fn peek_tok(&self) -> Option<Tok> {
        self.peek().map(|t| t.tok)
    }

    pub(super) fn bump(&mut self) -> Option<Token> {
        let t = self.peek()?;
        self.pos += 1;
        Some(t)
    }

    pub(super) fn eat(&mut self, kw: Kw) -> bool {
        let found = self.peek_tok() == Some(Tok::Kw(kw));
        if found {
            self.pos += 1;
        }
        found
    }

    /// `,`, `and`, `, and`, or nothing. Returns the last separator eaten.
    pub(super) fn separator(&mut self) -> Option<Token> {
        let mut last = None;
        if self.peek_tok() == Some(Tok::Comma) {
            last = self.bump();
        }
        if self.peek_tok() == Some(Tok::Kw(Kw::And)) {
            last = self.bump();
        }
        last
    }

    pub(super) fn slice(&self, t: Token) -> &'a str {
        self.text.get(t.offset..t.end()).unwrap_or("")
    }

    pub(super) fn at_number(&self) -> bool {
        matches!(
            self.peek_tok(),
            Some(Tok::Number(_) | Tok::Decimal | Tok::Minus)
        )
    }

    /// Nothing may follow a complete penalty.
    pub(super) fn expect_end(&self, forms: MsgId) -> Result<(), PenaltyParseError> {
        let Some(t) = self.peek() else {
            return Ok(());
        };
        let start = self.tokens.first().map_or(0, |f| f.offset);
        let before = self.text.get(start..t.offset).unwrap_or("").trim_end();
        let s = self.slice(t);
        let last = self.pos + 1 == self.tokens.len();
        let hint = match t.tok {
            Tok::Comma | Tok::Stop | Tok::Kw(Kw::And) if last => Msg::new(MsgId::PgRemoveIt),
            Tok::Word => match did_you_mean(&s.to_ascii_lowercase(), vocabulary()) {
                Some(word) => Msg::new(MsgId::PgDidYouMean).arg("word", word),
                None => Msg::new(MsgId::PgRemoveItForms).arg("forms", forms),
            },
            _ => Msg::new(MsgId::PgRemoveItForms).arg("forms", forms),
        };
        Err(PenaltyParseError::new(
            Msg::new(MsgId::PgUnexpectedAfter)
                .arg("text", s)
                .arg("before", before),
            hint,
            t.offset,
            t.len,
        ))
    }

    /// An error at a token that does not fit: unknown words get a
    /// did-you-mean when one is close.
    pub(super) fn unexpected(
        &self,
        t: Token,
        expected: impl Into<Arg>,
        forms: MsgId,
    ) -> PenaltyParseError {
        let s = self.slice(t);
        let expected: Arg = expected.into();
        let expected_forms = Msg::new(MsgId::PgExpectedForms)
            .arg("expected", expected.clone())
            .arg("forms", forms);
        match t.tok {
            Tok::Word => {
                let lower = s.to_ascii_lowercase();
                let hint = match did_you_mean(&lower, vocabulary()) {
                    Some(word) => Msg::new(MsgId::PgDidYouMeanForms)
                        .arg("word", word)
                        .arg("forms", forms),
                    None => expected_forms,
                };
                PenaltyParseError::new(
                    Msg::new(MsgId::PgUnknownWord).arg("text", s),
                    hint,
                    t.offset,
                    t.len,
                )
            }
            Tok::Comma | Tok::Stop | Tok::Kw(Kw::And) => PenaltyParseError::new(
                Msg::new(MsgId::PgUnexpected).arg("text", s),
                Msg::new(MsgId::PgRemoveExpected).arg("expected", expected),
                t.offset,
                t.len,
            ),
            _ => PenaltyParseError::new(
                Msg::new(MsgId::PgUnexpected).arg("text", s),
                expected_forms,
                t.offset,
                t.len,
            ),
        }
    }
}
