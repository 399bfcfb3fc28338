//! Deprivation of political rights.

use super::fast::plain_english_term;
use super::lexer::{Kw, Tok, Token};
use super::parser::Parser;
use super::{PenaltyParseError, RIGHTS_FORMS};
use crate::message::{Msg, MsgId};
use crate::penalty::PoliticalRights;

/// Reads a deprivation of political rights: `3 years`, `life`, `for life`,
/// `终身`, `剥夺政治权利终身`, `剥夺政治权利一年`. Statutory bounds (CL 55)
/// are checked elsewhere.
///
/// ```
/// use sentencing::penalty::{parse_political_rights, PoliticalRights};
/// assert_eq!(parse_political_rights("剥夺政治权利终身").unwrap(), PoliticalRights::Life);
/// ```
pub fn parse_political_rights(text: &str) -> Result<PoliticalRights, PenaltyParseError> {
    // The commonest forms, read as `parse_political_rights_full` reads them
    // (a test checks both agree).
    if text == "life" {
        return Ok(PoliticalRights::Life);
    }
    if let Some(t) = plain_english_term(text) {
        return Ok(PoliticalRights::Term(t));
    }
    parse_political_rights_full(text)
}

/// The general grammar of political rights.
pub(super) fn parse_political_rights_full(
    text: &str,
) -> Result<PoliticalRights, PenaltyParseError> {
    let mut p = Parser::new(text, MsgId::PgWhatRights, RIGHTS_FORMS)?;
    let prefix = p.peek().filter(|t| t.tok == Tok::Kw(Kw::PoliticalRights));
    p.eat(Kw::PoliticalRights);
    let rights = p.rights_after(prefix)?;
    p.expect_end(RIGHTS_FORMS)?;
    Ok(rights)
}

impl Parser<'_> {
    /// The term or `life` after an optional 剥夺政治权利 (`prefix`, already eaten).
    pub(super) fn rights_after(
        &mut self,
        prefix: Option<Token>,
    ) -> Result<PoliticalRights, PenaltyParseError> {
        let p = self;
        Ok(match p.peek() {
            Some(t) if matches!(t.tok, Tok::Kw(Kw::Life | Kw::ForLife)) => {
                p.bump();
                PoliticalRights::Life
            }
            Some(t) if t.tok == Tok::Kw(Kw::LifeImprisonment) => {
                return Err(PenaltyParseError::new(
                    Msg::new(MsgId::PgPrincipalNotRights).arg("text", p.slice(t)),
                    MsgId::PgPrincipalNotRightsHint,
                    t.offset,
                    t.len,
                ));
            }
            _ => {
                let after_for = p.eat(Kw::For);
                if !p.at_number() {
                    return Err(match (p.peek(), prefix) {
                        (Some(t), _) => p.unexpected(t, MsgId::PgExpTermOrLife, RIGHTS_FORMS),
                        (None, Some(pr)) if !after_for => PenaltyParseError::new(
                            Msg::new(MsgId::PgNeedsTermOrLife).arg("text", p.slice(pr)),
                            RIGHTS_FORMS,
                            pr.offset,
                            pr.len,
                        ),
                        (None, _) => PenaltyParseError::new(
                            MsgId::PgTermMissing,
                            RIGHTS_FORMS,
                            p.text.len(),
                            0,
                        ),
                    });
                }
                PoliticalRights::Term(p.term()?)
            }
        })
    }
}
