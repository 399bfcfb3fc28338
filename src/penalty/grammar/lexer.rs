//! The lexer: numbers, keywords and separators with their byte ranges.

use super::super::numerals::{
    digit_value, is_numeral_char, parse_ascii_number, parse_chinese_number,
};
use super::PenaltyParseError;
use crate::message::{Msg, MsgId};
use crate::penalty::phrases::longest_match;

// The keywords live apart so that the vocabularies (en.rs, zh.rs), which
// the lexer reads, do not import the lexer back.
pub(super) use super::keywords::{Clause, Kind, Kw, Unit};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tok {
    /// A whole number in ASCII, full-width or Chinese digits. Too large a
    /// number is `u64::MAX`, which no term accepts.
    Number(u64),
    /// A number with a decimal point, such as `1.5`.
    Decimal,
    Minus,
    Kw(Kw),
    /// `,` `，` `、` `;` `；`
    Comma,
    /// `.` or `。`, accepted once at the end.
    Stop,
    /// An unrecognised word or character.
    Word,
    /// A fine or a confiscation with its lead-in and amount, up to the next
    /// separator that starts another part (or the end).
    Clause(Clause),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Token {
    pub(super) tok: Tok,
    pub(super) offset: usize,
    pub(super) len: usize,
}

impl Token {
    pub(super) fn end(self) -> usize {
        self.offset + self.len
    }
}

/// The longest English or Chinese keyword at the start of `rest`.
pub(super) fn phrase(rest: &str) -> Option<(usize, Kw)> {
    match (
        longest_match(rest, super::en::PHRASES_EN),
        longest_match(rest, super::zh::PHRASES_ZH),
    ) {
        (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
        (a, b) => a.or(b),
    }
}

pub(super) fn lex(text: &str) -> Result<Vec<Token>, PenaltyParseError> {
    let mut tokens = Vec::new();
    let mut pos = 0;
    while let Some(rest) = text.get(pos..) {
        let Some(c) = rest.chars().next() else { break };
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        let (tok, len) = if let Some((len, kw)) = phrase(rest) {
            // `15 years' imprisonment`: the possessive belongs to the unit.
            let apostrophe = match kw {
                Kw::Unit(_) => rest
                    .get(len..)
                    .and_then(|r| r.chars().next())
                    .filter(|&a| a == '\'' || a == '’')
                    .map_or(0, char::len_utf8),
                _ => 0,
            };
            match kw {
                // The amount is read by the money grammar, whose numbers
                // (`1.5万元`, `5,000`) this lexer does not know.
                Kw::FineLead | Kw::ConfiscationLead => {
                    let clause = if kw == Kw::FineLead {
                        Clause::Fine
                    } else {
                        Clause::Confiscation
                    };
                    (Tok::Clause(clause), clause_end(rest, len))
                }
                // `限判决生效后三十日内缴纳`: one token up to 缴纳; a bare
                // 限 elsewhere is an unknown word.
                Kw::PaymentTerm => match rest.find("缴纳") {
                    Some(end) => (Tok::Kw(kw), end + "缴纳".len()),
                    None => (Tok::Word, len),
                },
                _ => (Tok::Kw(kw), len + apostrophe),
            }
        } else if digit_value(c).is_some() {
            lex_digits(rest)
        } else if is_numeral_char(c) {
            let len = run_len(rest, is_numeral_char);
            let numeral = rest.get(..len).unwrap_or("");
            let connector = numeral.chars().all(|z| z == '零' || z == '〇')
                && rest
                    .get(len..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(|n| digit_value(n).is_some());
            if connector {
                (Tok::Kw(Kw::And), len)
            } else {
                let Some(value) = parse_chinese_number(numeral) else {
                    return Err(PenaltyParseError::new(
                        Msg::new(MsgId::PgBadNumeral).arg("text", numeral),
                        MsgId::PgBadNumeralHint,
                        pos,
                        len,
                    ));
                };
                (Tok::Number(value), len)
            }
        } else if matches!(c, '-' | '−' | '－' | '–') {
            (Tok::Minus, c.len_utf8())
        } else if matches!(c, ',' | '，' | '、' | ';' | '；') {
            (Tok::Comma, c.len_utf8())
        } else if matches!(c, '.' | '。') {
            (Tok::Stop, c.len_utf8())
        } else if c.is_ascii_alphabetic() {
            let len = run_len(rest, |c| c.is_ascii_alphabetic() || c == '-' || c == '\'');
            (Tok::Word, len)
        } else {
            (Tok::Word, unknown_len(rest))
        };
        tokens.push(Token {
            tok,
            offset: pos,
            len,
        });
        pos += len.max(c.len_utf8());
    }
    Ok(tokens)
}

/// The end (bytes into `rest`) of a clause whose lead-in is `lead` bytes
/// long: the first separator followed by a keyword that starts another
/// part, or the end of the text.
fn clause_end(rest: &str, lead: usize) -> usize {
    for (i, c) in rest.char_indices().skip_while(|&(i, _)| i < lead) {
        // `人民币二万元上缴国库`: a remark ends the clause without a separator.
        if let Some((_, Kw::Remark)) = rest.get(i..).and_then(phrase) {
            return i;
        }
        if matches!(c, ',' | '，' | '、' | ';' | '；') {
            let after = rest.get(i + c.len_utf8()..).unwrap_or("").trim_start();
            if phrase(after).is_some_and(|(_, kw)| kw.starts_tail()) {
                return i;
            }
        }
    }
    rest.len()
}

/// Length of the leading run of characters satisfying `keep`.
pub(super) fn run_len(s: &str, keep: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .find(|&(_, c)| !keep(c))
        .map_or(s.len(), |(i, _)| i)
}

/// Digits, then `.` and more digits for a decimal (`1.5`).
pub(super) fn lex_digits(s: &str) -> (Tok, usize) {
    let whole = run_len(s, |c| digit_value(c).is_some());
    let value = s
        .get(..whole)
        .and_then(parse_ascii_number)
        .unwrap_or(u64::MAX);
    let fraction = s
        .get(whole..)
        .and_then(|r| r.strip_prefix('.'))
        .map_or(0, |r| run_len(r, |c| digit_value(c).is_some()));
    if fraction > 0 {
        (Tok::Decimal, whole + 1 + fraction)
    } else {
        (Tok::Number(value), whole)
    }
}

/// An unrecognised run of non-ASCII text, up to whitespace, ASCII, a
/// numeral, punctuation or the start of a known phrase.
pub(super) fn unknown_len(s: &str) -> usize {
    let mut end = 0;
    for (i, c) in s.char_indices() {
        let stop = c.is_whitespace()
            || c.is_ascii()
            || is_numeral_char(c)
            || digit_value(c).is_some()
            || matches!(c, '，' | '、' | '；' | '。' | '－' | '−' | '–')
            || s.get(i..).and_then(phrase).is_some();
        if stop && i > 0 {
            break;
        }
        end = i + c.len_utf8();
    }
    end
}
