//! The whole penalty text of a Chinese count or decided sentence, as
//! judgments write it: the principal penalty, its suspension and the
//! supplementary penalties after it, or a conviction without a principal
//! penalty.
//!
//! ```text
//! 有期徒刑三年，缓刑四年        拘役六个月缓刑一年        有期徒刑一年又六个月、缓刑二年
//! 3 years, suspended for 4 years        6 months detention, suspended for 1 year
//! 有期徒刑三年，缓刑四年，并处罚金人民币五千元    有期徒刑十年，剥夺政治权利二年
//! 免予刑事处罚     exempt from criminal punishment
//! 剥夺政治权利一年 (CL 56 ¶2)     罚金人民币五千元 (CL 52–53)     驱逐出境 (CL 35)
//! ```
//!
//! Whether a form is lawful (a suspension of more than three years, a
//! probation period out of range) is for the law to say, not the grammar.

use super::fast::plain_english_term;
use super::lexer::{Clause, Kw, Tok, Token};
use super::parser::Parser;
use super::{PENALTY_FORMS, PenaltyParseError};
use crate::message::{Msg, MsgId};
use crate::penalty::{AloneKind, Confiscation, Money, PoliticalRights, Principal, Term};

/// A part of a penalty text with its byte range, for a caret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece<T> {
    pub value: T,
    pub offset: usize,
    pub len: usize,
}

/// A penalty text read in full.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PenaltyText {
    /// The principal penalty; [`Principal::Exempt`] or
    /// [`Principal::SupplementaryAlone`] when there is none.
    pub principal: Principal,
    /// 缓刑: the probation period of a suspended sentence (CL 72–73).
    pub probation: Option<Piece<Term>>,
    pub political_rights: Option<Piece<PoliticalRights>>,
    pub fine: Option<Piece<Money>>,
    pub confiscation: Option<Piece<Confiscation>>,
    /// 驱逐出境 (CL 35).
    pub expulsion: Option<Piece<()>>,
}

impl PenaltyText {
    fn plain(principal: Principal) -> PenaltyText {
        PenaltyText {
            principal,
            probation: None,
            political_rights: None,
            fine: None,
            confiscation: None,
            expulsion: None,
        }
    }

    /// The byte range of the first part beyond a plain principal penalty.
    fn first_extra(&self) -> Option<(usize, usize)> {
        [
            self.probation.as_ref().map(|p| (p.offset, p.len)),
            self.political_rights.as_ref().map(|p| (p.offset, p.len)),
            self.fine.as_ref().map(|p| (p.offset, p.len)),
            self.confiscation.as_ref().map(|p| (p.offset, p.len)),
            self.expulsion.as_ref().map(|p| (p.offset, p.len)),
        ]
        .into_iter()
        .flatten()
        .min()
    }
}

/// Reads the whole penalty text of a Chinese count or decided sentence:
/// everything [`super::parse_penalty`] reads, plus a suspension (缓刑), an
/// exemption (免予刑事处罚), a supplementary penalty alone (剥夺政治权利一年,
/// 罚金人民币五千元, 驱逐出境) and supplementary penalties after the
/// principal one.
///
/// ```
/// use sentencing::penalty::{parse_penalty_text, Principal, Term};
/// let t = parse_penalty_text("有期徒刑三年，缓刑四年").unwrap();
/// assert_eq!(t.principal, Principal::Imprisonment(Term::years(3)));
/// assert_eq!(t.probation.unwrap().value, Term::years(4));
/// ```
pub fn parse_penalty_text(text: &str) -> Result<PenaltyText, PenaltyParseError> {
    if let Some(t) = plain_english_term(text) {
        return Ok(PenaltyText::plain(Principal::Imprisonment(t)));
    }
    if crate::penalty::looks_like_day_fine(text) {
        // The shared grammar refuses it by name.
        return parse_penalty(text).map(PenaltyText::plain);
    }
    let mut p = Parser::new(text, MsgId::PgWhatPenalty, PENALTY_FORMS)?;
    let mut out = p.head()?;
    p.tails(&mut out)?;
    p.expect_end(PENALTY_FORMS)?;
    Ok(out)
}

/// Reads a principal penalty: `15 years`, `criminal detention 6 months`,
/// `life`, `death with reprieve, restricted commutation`, `有期徒刑十五年`,
/// `死刑缓期二年执行，终身监禁`. A bare term is fixed-term imprisonment.
///
/// ```
/// use sentencing::penalty::{parse_penalty, Principal, Term};
/// let p = parse_penalty("有期徒刑一年零六个月").unwrap();
/// assert_eq!(p, Principal::Imprisonment(Term::new(1, 6, 0).unwrap()));
/// let e = parse_penalty("15 yaers").unwrap_err();
/// assert_eq!((e.offset, e.len), (3, 5));
/// ```
pub fn parse_penalty(text: &str) -> Result<Principal, PenaltyParseError> {
    // A plain term (`15 years`) is never a day fine: read it before the
    // day-fine check, which lower-cases the text.
    if let Some(t) = plain_english_term(text) {
        return Ok(Principal::Imprisonment(t));
    }
    // A fine in daily rates is a penalty of German law only (StGB § 40):
    // the German grammar reads it; here it is refused by name.
    if crate::penalty::looks_like_day_fine(text) {
        return Err(PenaltyParseError::new(
            Msg::new(MsgId::PgDayFineNotThisLaw).arg("text", text.trim()),
            MsgId::PgDayFineNotThisLawHint,
            0,
            text.len(),
        ));
    }
    // The whole text, then refuse what only a Chinese count or decided
    // sentence has (缓刑, 免予刑事处罚, supplementary penalties).
    principal_only(text)
}

/// The shared grammar's reading: a principal penalty alone, refusing the
/// parts only a Chinese count or decided sentence has.
fn principal_only(text: &str) -> Result<Principal, PenaltyParseError> {
    let full = parse_penalty_text(text)?;
    let extra = full
        .first_extra()
        .or_else(|| (!full.principal.is_principal()).then_some((0, text.len())));
    match extra {
        None => Ok(full.principal),
        Some((offset, len)) => Err(PenaltyParseError::new(
            Msg::new(MsgId::PgNotHere).arg("text", text.get(offset..offset + len).unwrap_or("")),
            MsgId::PgNotHereHint,
            offset,
            len,
        )),
    }
}

impl Parser<'_> {
    /// What comes first: an exemption, a supplementary penalty alone, or a
    /// principal penalty.
    fn head(&mut self) -> Result<PenaltyText, PenaltyParseError> {
        let Some(first) = self.peek() else {
            return Err(PenaltyParseError::new(
                Msg::new(MsgId::PgNothing).arg("what", MsgId::PgWhatPenalty),
                PENALTY_FORMS,
                0,
                self.text.len(),
            ));
        };
        match first.tok {
            Tok::Kw(Kw::Exempt) => {
                self.bump();
                Ok(PenaltyText::plain(Principal::Exempt))
            }
            Tok::Kw(Kw::Also | Kw::PoliticalRights | Kw::Expulsion) | Tok::Clause(_) => {
                let mut out =
                    PenaltyText::plain(Principal::SupplementaryAlone(AloneKind::Expulsion));
                let kind = self.supplementary(&mut out)?;
                out.principal = match kind {
                    Some(k) => Principal::SupplementaryAlone(k),
                    // Confiscation alone: CL 34 ¶2 allows it, but it is
                    // never imposed alone in practice; refused with a hint.
                    None => {
                        return Err(PenaltyParseError::new(
                            MsgId::PgConfiscationAlone,
                            PENALTY_FORMS,
                            first.offset,
                            self.text.len() - first.offset,
                        ));
                    }
                };
                Ok(out)
            }
            _ => Ok(PenaltyText::plain(self.principal()?)),
        }
    }

    /// The parts after the head: a suspension right after the principal
    /// penalty, then supplementary penalties, each at most once.
    fn tails(&mut self, out: &mut PenaltyText) -> Result<(), PenaltyParseError> {
        loop {
            let save = self.pos;
            self.separator();
            let starts = self.peek().is_some_and(|t| match t.tok {
                Tok::Kw(k) => k.starts_tail(),
                Tok::Clause(_) => true,
                _ => false,
            });
            if !starts {
                self.pos = save;
                return Ok(());
            }
            if matches!(self.peek_tok(), Some(Tok::Kw(Kw::Remark | Kw::PaymentTerm))) {
                self.bump();
                continue;
            }
            if self.peek_tok() == Some(Tok::Kw(Kw::Probation)) {
                let t = self.bump().unwrap_or(Token {
                    tok: Tok::Word,
                    offset: 0,
                    len: 0,
                });
                if !out.principal.is_principal() || out.probation.is_some() {
                    return Err(PenaltyParseError::new(
                        Msg::new(MsgId::PgProbationMisplaced).arg("text", self.slice(t)),
                        MsgId::PgProbationMisplacedHint,
                        t.offset,
                        t.len,
                    ));
                }
                if !self.at_number() {
                    return Err(self.missing_term(t));
                }
                let term = self.term()?;
                out.probation = Some(Piece {
                    value: term,
                    offset: t.offset,
                    len: self.eaten_end(t) - t.offset,
                });
                continue;
            }
            self.supplementary(out)?;
        }
    }

    /// One supplementary penalty (after an optional 并处 / 附加 / 单处);
    /// returns what it was, `None` for a confiscation.
    fn supplementary(
        &mut self,
        out: &mut PenaltyText,
    ) -> Result<Option<AloneKind>, PenaltyParseError> {
        let lead = self.peek();
        self.eat(Kw::Also);
        let Some(t) = self.bump() else {
            let at = lead.map_or(self.text.len(), |l| l.offset);
            return Err(PenaltyParseError::new(
                Msg::new(MsgId::PgNothing).arg("what", MsgId::PgWhatPenalty),
                PENALTY_FORMS,
                at,
                self.text.len() - at,
            ));
        };
        let twice = |what: &str| {
            PenaltyParseError::new(
                Msg::new(MsgId::PgPartTwice).arg("text", what),
                MsgId::PgPartTwiceHint,
                t.offset,
                t.len,
            )
        };
        match t.tok {
            Tok::Kw(Kw::PoliticalRights) => {
                if out.political_rights.is_some() {
                    return Err(twice(self.slice(t)));
                }
                let rights = self.rights_after(Some(t))?;
                out.political_rights = Some(Piece {
                    value: rights,
                    offset: t.offset,
                    len: self.eaten_end(t) - t.offset,
                });
                Ok(Some(AloneKind::PoliticalRights))
            }
            Tok::Kw(Kw::Expulsion) => {
                if out.expulsion.is_some() {
                    return Err(twice(self.slice(t)));
                }
                out.expulsion = Some(Piece {
                    value: (),
                    offset: t.offset,
                    len: t.len,
                });
                Ok(Some(AloneKind::Expulsion))
            }
            Tok::Clause(Clause::Fine) => {
                if out.fine.is_some() {
                    return Err(twice(self.slice(t)));
                }
                let money = super::parse_fine(self.slice(t)).map_err(|e| shift(e, t.offset))?;
                out.fine = Some(Piece {
                    value: money,
                    offset: t.offset,
                    len: t.len,
                });
                Ok(Some(AloneKind::Fine))
            }
            Tok::Clause(Clause::Confiscation) => {
                if out.confiscation.is_some() {
                    return Err(twice(self.slice(t)));
                }
                let c = super::parse_confiscation(self.slice(t)).map_err(|e| shift(e, t.offset))?;
                out.confiscation = Some(Piece {
                    value: c,
                    offset: t.offset,
                    len: t.len,
                });
                Ok(None)
            }
            _ => Err(self.unexpected(t, MsgId::PgExpSupplementary, PENALTY_FORMS)),
        }
    }
}

impl Parser<'_> {
    /// The end of the last token eaten, at least the end of `from`.
    fn eaten_end(&self, from: Token) -> usize {
        self.pos
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .map_or(from.end(), |e| e.end().max(from.end()))
    }
}

/// An error of a clause read on its own, moved to the clause's place.
fn shift(mut e: PenaltyParseError, base: usize) -> PenaltyParseError {
    e.offset += base;
    e
}
