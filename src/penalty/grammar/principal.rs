//! Principal penalties: terms of a kind, life, death and the reprieve.

use super::lexer::{Kind, Kw, Tok, Token};
use super::parser::Parser;
use super::{PENALTY_FORMS, PenaltyParseError, RESTRICTION_FORMS};
use crate::message::{Msg, MsgId};
use crate::penalty::{Principal, ReprieveRestriction, Term};

impl Parser<'_> {
    /// principal := death | life | kind term | term kind?
    pub(super) fn principal(&mut self) -> Result<Principal, PenaltyParseError> {
        let Some(first) = self.peek() else {
            return Err(PenaltyParseError::new(
                Msg::new(MsgId::PgNothing).arg("what", MsgId::PgWhatPenalty),
                PENALTY_FORMS,
                0,
                self.text.len(),
            ));
        };
        match first.tok {
            Tok::Kw(Kw::Death) => {
                self.bump();
                self.death()
            }
            Tok::Kw(Kw::LifeImprisonment | Kw::Life) => {
                self.bump();
                Ok(Principal::Life)
            }
            Tok::Kw(Kw::LifeWithoutParole) => Err(PenaltyParseError::new(
                Msg::new(MsgId::PgLwopAlone).arg("text", self.slice(first)),
                MsgId::PgLwopAloneHint,
                first.offset,
                first.len,
            )),
            Tok::Kw(Kw::Kind(kind)) => {
                self.bump();
                if !self.at_number() {
                    return Err(self.missing_term(first));
                }
                let term = self.term()?;
                if let Some(again) = self
                    .peek()
                    .filter(|t| matches!(t.tok, Tok::Kw(Kw::Kind(_))))
                {
                    return Err(PenaltyParseError::new(
                        Msg::new(MsgId::PgKindTwice).arg("text", self.slice(again)),
                        MsgId::PgKindTwiceHint,
                        again.offset,
                        again.len,
                    ));
                }
                Ok(with_kind(kind, term))
            }
            Tok::Number(_) | Tok::Decimal | Tok::Minus => {
                let term = self.term()?;
                let kind = match self.peek_tok() {
                    Some(Tok::Kw(Kw::Kind(kind))) => {
                        self.bump();
                        kind
                    }
                    _ => Kind::Imprisonment,
                };
                Ok(with_kind(kind, term))
            }
            _ => Err(self.unexpected(first, MsgId::PgExpPenalty, PENALTY_FORMS)),
        }
    }

    pub(super) fn missing_term(&self, kind: Token) -> PenaltyParseError {
        let s = self.slice(kind);
        let example = if self.zh {
            format!("{s}二年")
        } else {
            format!("{s} 2 years")
        };
        match self.peek() {
            None => PenaltyParseError::new(
                Msg::new(MsgId::PgNeedsTerm).arg("text", s),
                Msg::new(MsgId::PgNeedsTermHint).arg("example", example.as_str()),
                kind.offset,
                kind.len,
            ),
            Some(t) => self.unexpected(
                t,
                Msg::new(MsgId::PgExpTermSuch).arg("example", example),
                PENALTY_FORMS,
            ),
        }
    }

    /// After `death`: nothing, `立即执行`, or a reprieve and its restriction.
    pub(super) fn death(&mut self) -> Result<Principal, PenaltyParseError> {
        let save = self.pos;
        self.separator();
        if self.eat(Kw::Reprieve) {
            return self.restriction().map(Principal::DeathWithReprieve);
        }
        if self.eat(Kw::Immediate) {
            return Ok(Principal::Death);
        }
        if let Some(w) = self.peek().filter(|t| t.tok == Tok::Word) {
            let s = self.slice(w);
            let message = if s.starts_with("缓期") {
                Msg::new(MsgId::PgReprieveWritten)
            } else {
                Msg::new(MsgId::PgUnknownAfterDeath).arg("text", s)
            };
            return Err(PenaltyParseError::new(
                message,
                MsgId::PgDeathHint,
                w.offset,
                w.len,
            ));
        }
        self.pos = save;
        Ok(Principal::Death)
    }

    /// After `death with reprieve`: nothing, `restricted commutation`, or
    /// `life without parole` in its short or its full statutory wording.
    pub(super) fn restriction(&mut self) -> Result<ReprieveRestriction, PenaltyParseError> {
        if self.peek().is_none() {
            return Ok(ReprieveRestriction::None);
        }
        let sep = self.separator();
        let Some(t) = self.bump() else {
            return Err(match sep {
                Some(s) => self.unexpected(s, MsgId::PgExpRestriction, RESTRICTION_FORMS),
                None => PenaltyParseError::new(
                    MsgId::PgRestrictionMissing,
                    RESTRICTION_FORMS,
                    self.text.len(),
                    0,
                ),
            });
        };
        match t.tok {
            Tok::Kw(Kw::Restricted) => Ok(ReprieveRestriction::RestrictedCommutation),
            Tok::Kw(Kw::LifeWithoutParole) => {
                self.no_commutation_tail();
                Ok(ReprieveRestriction::LifeWithoutCommutationOrParole)
            }
            Tok::Kw(Kw::AfterReprieve) => {
                self.separator();
                match self.bump() {
                    Some(l) if l.tok == Tok::Kw(Kw::LifeWithoutParole) => {
                        self.no_commutation_tail();
                        Ok(ReprieveRestriction::LifeWithoutCommutationOrParole)
                    }
                    Some(other) => Err(self.unexpected(other, "终身监禁", RESTRICTION_FORMS)),
                    None => Err(PenaltyParseError::new(
                        Msg::new(MsgId::PgNeedsLwop).arg("text", self.slice(t)),
                        MsgId::PgNeedsLwopHint,
                        t.offset,
                        t.len,
                    )),
                }
            }
            _ => Err(PenaltyParseError::new(
                Msg::new(MsgId::PgNotRestriction).arg("text", self.slice(t)),
                RESTRICTION_FORMS,
                t.offset,
                t.len,
            )),
        }
    }

    /// The optional `，不得减刑、假释` after 终身监禁.
    pub(super) fn no_commutation_tail(&mut self) {
        let save = self.pos;
        self.separator();
        if !self.eat(Kw::NoCommutationOrParole) {
            self.pos = save;
        }
    }
}

pub(super) fn with_kind(kind: Kind, term: Term) -> Principal {
    match kind {
        Kind::Imprisonment => Principal::Imprisonment(term),
        Kind::Detention => Principal::CriminalDetention(term),
        Kind::Surveillance => Principal::PublicSurveillance(term),
    }
}
