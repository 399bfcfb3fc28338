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
//! Units are years, months and days (年, 个月 or 月, 日 or 天), in that order,
//! each at most once, spelled in full: `2y 6m` is rejected because `m` reads
//! as minutes elsewhere.

use super::money::{MoneyParseError, parse_money};
use super::numerals::{digit_value, is_numeral_char, parse_ascii_number, parse_chinese_number};
use super::{Confiscation, PoliticalRights, Principal, ReprieveRestriction, Term, TermError};
use crate::i18n::{Arg, Msg, MsgId};

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
    fn new(message: impl Into<Msg>, hint: impl Into<Msg>, offset: usize, len: usize) -> Self {
        PenaltyParseError {
            message: message.into(),
            hint: hint.into(),
            offset,
            len,
        }
    }

    /// A money error at `base` bytes into the text the money was cut from.
    fn from_money(e: MoneyParseError, base: usize) -> Self {
        PenaltyParseError::new(e.message, e.hint, base + e.offset, e.len)
    }
}

const PENALTY_FORMS: MsgId = MsgId::PgPenaltyForms;

const RIGHTS_FORMS: MsgId = MsgId::PgRightsForms;

const CONFISCATION_FORMS: MsgId = MsgId::PgConfiscationForms;

const RESTRICTION_FORMS: MsgId = MsgId::PgRestrictionForms;

// ---------------------------------------------------------------------------
// Lexer
// ---------------------------------------------------------------------------

/// Units of a term, in the order they must appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Unit {
    Year,
    Month,
    Day,
}

impl Unit {
    /// The unit's name in messages (`years` / `年`).
    fn name(self) -> MsgId {
        match self {
            Unit::Year => MsgId::PgUnitYears,
            Unit::Month => MsgId::PgUnitMonths,
            Unit::Day => MsgId::PgUnitDays,
        }
    }

    fn english(self, n: u64) -> &'static str {
        match (self, n == 1) {
            (Unit::Year, true) => "year",
            (Unit::Year, false) => "years",
            (Unit::Month, true) => "month",
            (Unit::Month, false) => "months",
            (Unit::Day, true) => "day",
            (Unit::Day, false) => "days",
        }
    }
}

/// The kinds of principal penalty that take a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Imprisonment,
    Detention,
    Surveillance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kw {
    Kind(Kind),
    /// `life imprisonment`, 无期徒刑.
    LifeImprisonment,
    /// A bare `life`: life imprisonment, or political rights for life.
    Life,
    /// `for life`, 终身 (political rights only).
    ForLife,
    Death,
    /// `with reprieve`, 缓期二年执行.
    Reprieve,
    /// 立即执行.
    Immediate,
    /// `restricted commutation`, 限制减刑.
    Restricted,
    /// `life without parole`, 终身监禁.
    LifeWithoutParole,
    /// 在其死刑缓期执行二年期满依法减为无期徒刑后, the preamble of 终身监禁.
    AfterReprieve,
    /// 不得减刑、假释, the tail of 终身监禁.
    NoCommutationOrParole,
    /// 剥夺政治权利.
    PoliticalRights,
    For,
    Unit(Unit),
    /// `and`, or 零 between two parts written in digits (`1年零6个月`).
    And,
}

/// Keywords and phrases. Matched longest first, ASCII letters
/// case-insensitively, a space against any run of whitespace.
const PHRASES: &[(&str, Kw)] = &[
    ("fixed-term imprisonment", Kw::Kind(Kind::Imprisonment)),
    ("fixed term imprisonment", Kw::Kind(Kind::Imprisonment)),
    ("imprisonment", Kw::Kind(Kind::Imprisonment)),
    ("有期徒刑", Kw::Kind(Kind::Imprisonment)),
    ("criminal detention", Kw::Kind(Kind::Detention)),
    ("detention", Kw::Kind(Kind::Detention)),
    ("拘役", Kw::Kind(Kind::Detention)),
    ("public surveillance", Kw::Kind(Kind::Surveillance)),
    ("surveillance", Kw::Kind(Kind::Surveillance)),
    ("管制", Kw::Kind(Kind::Surveillance)),
    ("life imprisonment", Kw::LifeImprisonment),
    ("无期徒刑", Kw::LifeImprisonment),
    ("life", Kw::Life),
    ("for life", Kw::ForLife),
    ("终身", Kw::ForLife),
    ("death", Kw::Death),
    ("死刑", Kw::Death),
    ("with reprieve", Kw::Reprieve),
    ("with a reprieve", Kw::Reprieve),
    ("with a two-year reprieve", Kw::Reprieve),
    ("缓期二年执行", Kw::Reprieve),
    ("缓期两年执行", Kw::Reprieve),
    ("立即执行", Kw::Immediate),
    ("restricted commutation", Kw::Restricted),
    ("限制减刑", Kw::Restricted),
    (
        "life imprisonment without commutation or parole",
        Kw::LifeWithoutParole,
    ),
    ("life without commutation or parole", Kw::LifeWithoutParole),
    ("life imprisonment without parole", Kw::LifeWithoutParole),
    ("life without parole", Kw::LifeWithoutParole),
    ("终身监禁", Kw::LifeWithoutParole),
    (
        "在其死刑缓期执行二年期满依法减为无期徒刑后",
        Kw::AfterReprieve,
    ),
    ("不得减刑、假释", Kw::NoCommutationOrParole),
    ("剥夺政治权利", Kw::PoliticalRights),
    ("deprivation of political rights", Kw::PoliticalRights),
    ("for", Kw::For),
    ("years", Kw::Unit(Unit::Year)),
    ("year", Kw::Unit(Unit::Year)),
    ("年", Kw::Unit(Unit::Year)),
    ("months", Kw::Unit(Unit::Month)),
    ("month", Kw::Unit(Unit::Month)),
    ("个月", Kw::Unit(Unit::Month)),
    ("個月", Kw::Unit(Unit::Month)),
    ("月", Kw::Unit(Unit::Month)),
    ("days", Kw::Unit(Unit::Day)),
    ("day", Kw::Unit(Unit::Day)),
    ("日", Kw::Unit(Unit::Day)),
    ("天", Kw::Unit(Unit::Day)),
    ("and", Kw::And),
];

/// Matches `phrase` at the start of `rest` and returns the matched byte
/// length. ASCII letters match case-insensitively; a space in the phrase
/// matches one or more whitespace characters; a phrase ending in an ASCII
/// letter must not be followed by another letter (`life` does not match
/// `lifelong`).
fn match_phrase(rest: &str, phrase: &str) -> Option<usize> {
    let mut input = rest.char_indices().peekable();
    let mut end = 0;
    for p in phrase.chars() {
        if p == ' ' {
            let mut skipped = false;
            while let Some(&(i, c)) = input.peek() {
                if !c.is_whitespace() {
                    break;
                }
                end = i + c.len_utf8();
                skipped = true;
                input.next();
            }
            if !skipped {
                return None;
            }
        } else {
            let (i, c) = input.next()?;
            if !c.eq_ignore_ascii_case(&p) {
                return None;
            }
            end = i + c.len_utf8();
        }
    }
    let needs_boundary = phrase
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphabetic());
    let at_boundary = input
        .peek()
        .is_none_or(|&(_, c)| !(c.is_ascii_alphabetic() || c == '-' || c == '_'));
    (!needs_boundary || at_boundary).then_some(end)
}

/// The longest entry of `table` that matches at the start of `rest`, with
/// its byte length. Shared with the money grammar.
pub(super) fn longest_match<T: Copy>(rest: &str, table: &[(&str, T)]) -> Option<(usize, T)> {
    // Most phrases fail on their first character; checking it first keeps
    // the lexer linear in practice (it runs for every penalty of every file).
    let first = rest.chars().next()?;
    table
        .iter()
        .filter(|(phrase, _)| {
            phrase
                .chars()
                .next()
                .is_some_and(|p| p.eq_ignore_ascii_case(&first))
        })
        .filter_map(|&(phrase, value)| match_phrase(rest, phrase).map(|len| (len, value)))
        .max_by_key(|&(len, _)| len)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Token {
    tok: Tok,
    offset: usize,
    len: usize,
}

impl Token {
    fn end(self) -> usize {
        self.offset + self.len
    }
}

fn lex(text: &str) -> Result<Vec<Token>, PenaltyParseError> {
    let mut tokens = Vec::new();
    let mut pos = 0;
    while let Some(rest) = text.get(pos..) {
        let Some(c) = rest.chars().next() else { break };
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        let (tok, len) = if let Some((len, kw)) = longest_match(rest, PHRASES) {
            // `15 years' imprisonment`: the possessive belongs to the unit.
            let apostrophe = match kw {
                Kw::Unit(_) => rest
                    .get(len..)
                    .and_then(|r| r.chars().next())
                    .filter(|&a| a == '\'' || a == '’')
                    .map_or(0, char::len_utf8),
                _ => 0,
            };
            (Tok::Kw(kw), len + apostrophe)
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

/// Length of the leading run of characters satisfying `keep`.
fn run_len(s: &str, keep: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .find(|&(_, c)| !keep(c))
        .map_or(s.len(), |(i, _)| i)
}

/// Digits, then `.` and more digits for a decimal (`1.5`).
fn lex_digits(s: &str) -> (Tok, usize) {
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
fn unknown_len(s: &str) -> usize {
    let mut end = 0;
    for (i, c) in s.char_indices() {
        let stop = c.is_whitespace()
            || c.is_ascii()
            || is_numeral_char(c)
            || digit_value(c).is_some()
            || matches!(c, '，' | '、' | '；' | '。' | '－' | '−' | '–')
            || s.get(i..).and_then(|r| longest_match(r, PHRASES)).is_some();
        if stop && i > 0 {
            break;
        }
        end = i + c.len_utf8();
    }
    end
}

// ---------------------------------------------------------------------------
// Suggestions
// ---------------------------------------------------------------------------

/// Levenshtein distance, counting an adjacent swap as one edit
/// (`yaers` → `years` is 1).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Rows i-2, i-1 and i of the table.
    let mut older: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, &cb) in b.iter().enumerate() {
            let at = |row: &Vec<usize>, k: usize| row.get(k).copied().unwrap_or(usize::MAX);
            let cost = usize::from(ca != cb);
            let mut best = at(&prev, j)
                .saturating_add(cost)
                .min(at(&prev, j + 1).saturating_add(1))
                .min(at(&cur, j).saturating_add(1));
            let swapped = i > 0 && j > 0 && a.get(i - 1) == Some(&cb) && b.get(j - 1) == Some(&ca);
            if swapped {
                best = best.min(at(&older, j - 1).saturating_add(1));
            }
            cur.push(best);
        }
        older = std::mem::replace(&mut prev, cur);
    }
    prev.last().copied().unwrap_or(usize::MAX)
}

/// The closest of `candidates` to `word`, if close enough to be a typo.
fn did_you_mean<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let length = word.chars().count();
    let limit = if length <= 4 { 1 } else { 2 };
    candidates
        .into_iter()
        // The distance is at least the difference in length: skip the
        // table (quadratic work) for words that cannot be close, such as a
        // megabyte-long hostile word.
        .filter(|c| c.chars().count().abs_diff(length) <= limit)
        .map(|c| (edit_distance(word, c), c))
        .filter(|&(d, _)| d > 0 && d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// English words of the keyword table, for suggestions.
fn vocabulary() -> impl Iterator<Item = &'static str> {
    PHRASES
        .iter()
        .flat_map(|(phrase, _)| phrase.split(' '))
        .filter(|w| w.len() >= 4 && w.is_ascii())
}

/// What an abbreviated or foreign unit should be written as.
fn unit_for_abbreviation(word: &str) -> Option<Unit> {
    match word {
        "y" | "yr" | "yrs" | "a" => Some(Unit::Year),
        "m" | "mo" | "mos" | "mth" | "mths" | "mon" => Some(Unit::Month),
        "d" => Some(Unit::Day),
        _ => None,
    }
}

fn is_foreign_unit(word: &str) -> bool {
    matches!(
        word,
        "w" | "wk"
            | "wks"
            | "week"
            | "weeks"
            | "h"
            | "hr"
            | "hrs"
            | "hour"
            | "hours"
            | "min"
            | "mins"
            | "minute"
            | "minutes"
            | "s"
            | "sec"
            | "second"
            | "seconds"
            | "周"
            | "星期"
            | "小时"
            | "分钟"
    )
}

// ---------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------

/// One `number unit` part of a term.
#[derive(Debug, Clone, Copy)]
struct Part {
    value: u64,
    unit: Unit,
    offset: usize,
    end: usize,
}

struct Parser<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    pos: usize,
    /// The text is (at least partly) Chinese: examples in hints follow suit.
    zh: bool,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str, what: MsgId, forms: MsgId) -> Result<Self, PenaltyParseError> {
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

    fn peek(&self) -> Option<Token> {
        self.tokens.get(self.pos).copied()
    }

    fn peek_tok(&self) -> Option<Tok> {
        self.peek().map(|t| t.tok)
    }

    fn bump(&mut self) -> Option<Token> {
        let t = self.peek()?;
        self.pos += 1;
        Some(t)
    }

    fn eat(&mut self, kw: Kw) -> bool {
        let found = self.peek_tok() == Some(Tok::Kw(kw));
        if found {
            self.pos += 1;
        }
        found
    }

    /// `,`, `and`, `, and`, or nothing. Returns the last separator eaten.
    fn separator(&mut self) -> Option<Token> {
        let mut last = None;
        if self.peek_tok() == Some(Tok::Comma) {
            last = self.bump();
        }
        if self.peek_tok() == Some(Tok::Kw(Kw::And)) {
            last = self.bump();
        }
        last
    }

    fn slice(&self, t: Token) -> &'a str {
        self.text.get(t.offset..t.end()).unwrap_or("")
    }

    fn at_number(&self) -> bool {
        matches!(
            self.peek_tok(),
            Some(Tok::Number(_) | Tok::Decimal | Tok::Minus)
        )
    }

    /// Nothing may follow a complete penalty.
    fn expect_end(&self, forms: MsgId) -> Result<(), PenaltyParseError> {
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
    fn unexpected(&self, t: Token, expected: impl Into<Arg>, forms: MsgId) -> PenaltyParseError {
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

    /// principal := death | life | kind term | term kind?
    fn principal(&mut self) -> Result<Principal, PenaltyParseError> {
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

    fn missing_term(&self, kind: Token) -> PenaltyParseError {
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
    fn death(&mut self) -> Result<Principal, PenaltyParseError> {
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
    fn restriction(&mut self) -> Result<ReprieveRestriction, PenaltyParseError> {
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
    fn no_commutation_tail(&mut self) {
        let save = self.pos;
        self.separator();
        if !self.eat(Kw::NoCommutationOrParole) {
            self.pos = save;
        }
    }

    /// term := part (separator? part)*, units falling, each at most once.
    fn term(&mut self) -> Result<Term, PenaltyParseError> {
        let mut parts: Vec<Part> = Vec::new();
        loop {
            let part = self.part()?;
            self.check_order(&parts, part)?;
            parts.push(part);
            let save = self.pos;
            self.separator();
            if !self.at_number() {
                self.pos = save;
                break;
            }
        }
        self.build_term(&parts)
    }

    /// A number and its unit.
    fn part(&mut self) -> Result<Part, PenaltyParseError> {
        let Some(t) = self.bump() else {
            return Err(PenaltyParseError::new(
                MsgId::PgTermMissing,
                MsgId::PgTermMissingHint,
                self.text.len(),
                0,
            ));
        };
        match t.tok {
            Tok::Number(value) => match self.peek().map(|u| (u, u.tok)) {
                Some((u, Tok::Kw(Kw::Unit(unit)))) => {
                    self.bump();
                    Ok(Part {
                        value,
                        unit,
                        offset: t.offset,
                        end: u.end(),
                    })
                }
                Some((w, Tok::Word)) => Err(self.unit_error(t, w)),
                _ => Err(self.missing_unit(t)),
            },
            Tok::Decimal => Err(self.decimal_error(t)),
            Tok::Minus => Err(PenaltyParseError::new(
                MsgId::PgNegative,
                MsgId::PgNegativeHint,
                t.offset,
                t.len,
            )),
            _ => Err(self.unexpected(t, MsgId::PgExpNumber, PENALTY_FORMS)),
        }
    }

    fn missing_unit(&self, number: Token) -> PenaltyParseError {
        let n = self.slice(number);
        let example = if self.zh {
            format!("{n}年")
        } else {
            format!("{n} years")
        };
        PenaltyParseError::new(
            Msg::new(MsgId::PgNoUnit).arg("text", n),
            Msg::new(MsgId::PgNoUnitHint).arg("example", example),
            number.offset,
            number.len,
        )
    }

    /// A word where a unit belongs: an abbreviation, a unit sentences do
    /// not use, a misspelling, or something else.
    fn unit_error(&self, number: Token, word: Token) -> PenaltyParseError {
        let raw = self.slice(word);
        let w = raw.trim_end_matches(['\'', '’']).to_ascii_lowercase();
        let (message, hint) = if unit_for_abbreviation(&w).is_some() {
            let id = if w == "m" {
                MsgId::PgUnitsInFullMinutes
            } else {
                MsgId::PgUnitsInFull
            };
            let hint = Msg::new(id).arg("example", self.spelled_out(number));
            (Msg::new(MsgId::PgAbbreviation).arg("text", raw), hint)
        } else if is_foreign_unit(&w) {
            let days = match number.tok {
                Tok::Number(n)
                    if matches!(w.as_str(), "w" | "wk" | "wks" | "week" | "weeks" | "周") =>
                {
                    n.checked_mul(7).filter(|&d| d < 30)
                }
                _ => None,
            };
            let hint = match days {
                Some(d) => Msg::new(MsgId::PgInDays).arg("days", d),
                None => Msg::new(MsgId::PgYearsMonthsDays),
            };
            (Msg::new(MsgId::PgNotSentenceUnit).arg("text", raw), hint)
        } else if let Some(unit) =
            did_you_mean(&w, ["years", "months", "days", "year", "month", "day"])
        {
            (
                Msg::new(MsgId::PgUnknownUnit).arg("text", raw),
                Msg::new(MsgId::PgDidYouMean).arg("word", unit),
            )
        } else {
            (
                Msg::new(MsgId::PgUnknownUnit).arg("text", raw),
                Msg::new(MsgId::PgUnitHint),
            )
        };
        PenaltyParseError::new(message, hint, word.offset, word.len)
    }

    /// `2y 6m` spelled out as `2 years 6 months`, from the number at `start`.
    fn spelled_out(&self, start: Token) -> String {
        let first = self
            .tokens
            .iter()
            .position(|&t| t == start)
            .unwrap_or(self.tokens.len());
        let mut parts = Vec::new();
        let mut rest = self.tokens.iter().skip(first).peekable();
        while let Some(&t) = rest.next() {
            let Tok::Number(n) = t.tok else { break };
            let unit = rest.next().and_then(|u| match u.tok {
                Tok::Kw(Kw::Unit(unit)) => Some(unit),
                Tok::Word => unit_for_abbreviation(&self.slice(*u).to_ascii_lowercase()),
                _ => None,
            });
            let Some(unit) = unit else { break };
            parts.push(format!("{n} {}", unit.english(n)));
            while rest
                .peek()
                .is_some_and(|t| matches!(t.tok, Tok::Comma | Tok::Kw(Kw::And)))
            {
                rest.next();
            }
        }
        parts.join(" ")
    }

    /// `1.5 years`: terms are whole units; say what to write instead.
    fn decimal_error(&self, t: Token) -> PenaltyParseError {
        let s = self.slice(t);
        let unit = self.peek().and_then(|u| match u.tok {
            Tok::Kw(Kw::Unit(unit)) => Some((unit, !self.slice(u).is_ascii())),
            _ => None,
        });
        let hint = match unit {
            Some((Unit::Year, zh)) => match years_and_months(s) {
                Some((y, m)) if zh => {
                    Msg::new(MsgId::PgWriteExample).arg("example", format!("{y}年{m}个月"))
                }
                Some((y, m)) => Msg::new(MsgId::PgWriteExample).arg(
                    "example",
                    format!(
                        "{y} {} {m} {}",
                        Unit::Year.english(y),
                        Unit::Month.english(m)
                    ),
                ),
                None => Msg::new(MsgId::PgWholeYearsMonths),
            },
            Some((Unit::Month, _)) => Msg::new(MsgId::PgWholeMonthsDays),
            _ => Msg::new(MsgId::PgWholeNumbers),
        };
        PenaltyParseError::new(
            Msg::new(MsgId::PgNotWhole).arg("text", s),
            hint,
            t.offset,
            t.len,
        )
    }

    /// Units must fall (years, months, days) and appear once.
    fn check_order(&self, parts: &[Part], part: Part) -> Result<(), PenaltyParseError> {
        let span = part.end - part.offset;
        let name = part.unit.name();
        if parts.iter().any(|p| p.unit == part.unit) {
            return Err(PenaltyParseError::new(
                Msg::new(MsgId::PgUnitTwice).arg("unit", name),
                MsgId::PgUnitTwiceHint,
                part.offset,
                span,
            ));
        }
        if let Some(prev) = parts.last().filter(|p| p.unit > part.unit) {
            let mut sorted: Vec<Part> = parts.to_vec();
            sorted.push(part);
            sorted.sort_by_key(|p| p.unit);
            let joiner = if self.zh { "" } else { " " };
            let fixed: Vec<&str> = sorted
                .iter()
                .map(|p| self.text.get(p.offset..p.end).unwrap_or(""))
                .collect();
            return Err(PenaltyParseError::new(
                Msg::new(MsgId::PgUnitOrder)
                    .arg("unit", name)
                    .arg("previous", prev.unit.name()),
                Msg::new(MsgId::PgUnitOrderHint).arg("fixed", fixed.join(joiner)),
                part.offset,
                span,
            ));
        }
        Ok(())
    }

    fn build_term(&self, parts: &[Part]) -> Result<Term, PenaltyParseError> {
        let offset = parts.first().map_or(0, |p| p.offset);
        let len = parts.last().map_or(0, |p| p.end) - offset;
        let value = |unit: Unit| parts.iter().find(|p| p.unit == unit).map_or(0, |p| p.value);
        let too_long =
            || PenaltyParseError::new(MsgId::PgTooLong, MsgId::PgTooLongHint, offset, len);
        let [years, months, days] =
            [Unit::Year, Unit::Month, Unit::Day].map(|u| u32::try_from(value(u)));
        let (Ok(years), Ok(months), Ok(days)) = (years, months, days) else {
            return Err(too_long());
        };
        let term = Term::new(years, months, days).map_err(|e| match e {
            TermError::TooLong => too_long(),
        })?;
        if term.is_zero() {
            return Err(PenaltyParseError::new(
                MsgId::PgZero,
                MsgId::PgZeroHint,
                offset,
                len,
            ));
        }
        Ok(term)
    }
}

fn with_kind(kind: Kind, term: Term) -> Principal {
    match kind {
        Kind::Imprisonment => Principal::Imprisonment(term),
        Kind::Detention => Principal::CriminalDetention(term),
        Kind::Surveillance => Principal::PublicSurveillance(term),
    }
}

/// `1.5` (years) → (1, 6) when the fraction is a whole number of months.
fn years_and_months(decimal: &str) -> Option<(u64, u64)> {
    let (whole, fraction) = decimal.split_once('.')?;
    let whole = parse_ascii_number(whole)?;
    let digits = u32::try_from(fraction.chars().count()).ok()?;
    let scale = 10u64.checked_pow(digits)?;
    let twelfths = parse_ascii_number(fraction)?.checked_mul(12)?;
    (twelfths % scale == 0).then(|| (whole, twelfths / scale))
}

// ---------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------

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
    if super::looks_like_day_fine(text) {
        return Err(PenaltyParseError::new(
            Msg::new(MsgId::PgDayFineNotThisLaw).arg("text", text.trim()),
            MsgId::PgDayFineNotThisLawHint,
            0,
            text.len(),
        ));
    }
    let mut p = Parser::new(text, MsgId::PgWhatPenalty, PENALTY_FORMS)?;
    let principal = p.principal()?;
    p.expect_end(PENALTY_FORMS)?;
    Ok(principal)
}

/// The commonest penalty text, a plain English term such as `15 years`,
/// `2 years 6 months`, `1 year` or `6 months` (lower case, single spaces),
/// read without the general lexer. Anything else, including every error,
/// goes to the full grammar, which gives the same result for these forms
/// (a test checks both agree).
fn plain_english_term(text: &str) -> Option<Term> {
    // Byte by byte: this runs for nearly every penalty of every file.
    let mut rest = text.as_bytes();
    let mut years = 0u32;
    let mut months = 0u32;
    let mut last_unit = 0u8;
    while !rest.is_empty() {
        // A number: 1 to 5 digits, no leading zero.
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || digits > 5 || rest.first() == Some(&b'0') {
            return None;
        }
        let (number, after) = rest.split_at_checked(digits)?;
        let n = number
            .iter()
            .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
        // One space, a unit, then the end or one space before the next number.
        let after = after.strip_prefix(b" ")?;
        let word = after.iter().take_while(|b| **b != b' ').count();
        let (unit, after) = after.split_at_checked(word)?;
        // The grammar accepts either number of the unit (`1 months`,
        // `2 year`), as people write them; units in order, once each.
        let order = match unit {
            b"year" | b"years" => 1u8,
            b"month" | b"months" => 2u8,
            _ => return None,
        };
        if order <= last_unit {
            return None;
        }
        last_unit = order;
        if order == 1 {
            years = n
        } else {
            months = n
        }
        rest = match after.strip_prefix(b" ") {
            Some(next) if !next.is_empty() => next,
            Some(_) => return None,
            None => after,
        };
    }
    if last_unit == 0 || (years == 0 && months == 0) {
        return None;
    }
    Term::new(years, months, 0).ok()
}

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
fn parse_political_rights_full(text: &str) -> Result<PoliticalRights, PenaltyParseError> {
    let mut p = Parser::new(text, MsgId::PgWhatRights, RIGHTS_FORMS)?;
    let prefix = p.peek().filter(|t| t.tok == Tok::Kw(Kw::PoliticalRights));
    p.eat(Kw::PoliticalRights);
    let rights = match p.peek() {
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
                    (None, _) => {
                        PenaltyParseError::new(MsgId::PgTermMissing, RIGHTS_FORMS, text.len(), 0)
                    }
                });
            }
            PoliticalRights::Term(p.term()?)
        }
    };
    p.expect_end(RIGHTS_FORMS)?;
    Ok(rights)
}

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

#[cfg(test)]
mod tests {

    #[test]
    fn plain_english_fast_path_agrees_with_the_grammar() {
        for y in 0..=40u32 {
            for m in 0..=14u32 {
                let forms = [
                    format!("{y} years {m} months"),
                    format!("{y} year {m} month"),
                    format!("{y} years"),
                    format!("{m} months"),
                    format!("{y} year"),
                    format!("{m} month"),
                    format!("{m} months {y} years"),
                    format!("{y} year {m} months"),
                    format!("{y} years {m} month"),
                ];
                for text in forms {
                    if let Some(fast) = plain_english_term(&text) {
                        let mut p =
                            Parser::new(&text, MsgId::PgWhatPenalty, PENALTY_FORMS).unwrap();
                        let slow = p
                            .principal()
                            .and_then(|x| p.expect_end(PENALTY_FORMS).map(|_| x));
                        assert_eq!(Ok(Principal::Imprisonment(fast)), slow, "{text}");
                        assert_eq!(
                            Ok(PoliticalRights::Term(fast)),
                            parse_political_rights_full(&text),
                            "{text}"
                        );
                    }
                }
            }
        }
        assert_eq!(
            plain_english_term("2 years 6 months"),
            Term::new(2, 6, 0).ok()
        );
        assert_eq!(plain_english_term("0 years"), None);
        assert_eq!(
            parse_political_rights_full("life"),
            Ok(PoliticalRights::Life)
        );
        assert_eq!(plain_english_term("6 months 2 years"), None);
        assert_eq!(plain_english_term("1 months"), Term::new(0, 1, 0).ok());
        for odd in [
            "15 years ",
            " 15 years",
            "15  years",
            "15 years6 months",
            "15",
            "",
            "100000 years",
            "15 years 6",
        ] {
            assert_eq!(plain_english_term(odd), None, "{odd:?}");
        }
        assert_eq!(plain_english_term("15 Years"), None);
    }

    use super::*;
    use crate::penalty::Money;
    use rust_decimal::Decimal;

    fn term(y: u32, m: u32, d: u32) -> Term {
        Term::new(y, m, d).unwrap()
    }

    fn prison(y: u32, m: u32, d: u32) -> Principal {
        Principal::Imprisonment(term(y, m, d))
    }

    fn ok(text: &str) -> Principal {
        match parse_penalty(text) {
            Ok(p) => p,
            Err(e) => panic!("{text:?} should parse: {e:?}"),
        }
    }

    fn err(text: &str) -> PenaltyParseError {
        match parse_penalty(text) {
            Ok(p) => panic!("{text:?} should fail, got {p:?}"),
            Err(e) => e,
        }
    }

    /// The text the error points at.
    fn caret(text: &str, e: &PenaltyParseError) -> String {
        text.get(e.offset..e.offset + e.len).unwrap().to_string()
    }

    // --- English terms ---------------------------------------------------

    #[test]
    fn bare_english_terms_are_imprisonment() {
        assert_eq!(ok("15 years"), prison(15, 0, 0));
        assert_eq!(ok("2 years 6 months"), prison(2, 6, 0));
        assert_eq!(ok("1 year"), prison(1, 0, 0));
        assert_eq!(ok("6 months"), prison(0, 6, 0));
        assert_eq!(ok("20 days"), prison(0, 0, 20));
        assert_eq!(ok("1 month 15 days"), prison(0, 1, 15));
        assert_eq!(ok("1 year 2 months 3 days"), prison(1, 2, 3));
    }

    #[test]
    fn english_separators_case_and_spacing() {
        assert_eq!(ok("2 years and 6 months"), prison(2, 6, 0));
        assert_eq!(ok("1 year, 6 months"), prison(1, 6, 0));
        assert_eq!(ok("1 year, and 6 months"), prison(1, 6, 0));
        assert_eq!(ok("  2   YEARS   6 Months  "), prison(2, 6, 0));
        assert_eq!(ok("2years6months"), prison(2, 6, 0));
        assert_eq!(ok("15 years."), prison(15, 0, 0));
    }

    #[test]
    fn months_of_a_year_or_more_are_normalised() {
        assert_eq!(ok("18 months"), prison(1, 6, 0));
        assert_eq!(ok("1 year 18 months"), prison(2, 6, 0));
    }

    #[test]
    fn imprisonment_prefix_and_suffix() {
        assert_eq!(ok("imprisonment 15 years"), prison(15, 0, 0));
        assert_eq!(ok("fixed-term imprisonment 15 years"), prison(15, 0, 0));
        assert_eq!(ok("Fixed term imprisonment 15 years"), prison(15, 0, 0));
        assert_eq!(ok("15 years imprisonment"), prison(15, 0, 0));
        assert_eq!(ok("15 years' imprisonment"), prison(15, 0, 0));
        assert_eq!(ok("15 years’ imprisonment"), prison(15, 0, 0));
    }

    #[test]
    fn detention_and_surveillance_in_english() {
        let detention = Principal::CriminalDetention(term(0, 6, 0));
        assert_eq!(ok("criminal detention 6 months"), detention);
        assert_eq!(ok("detention 6 months"), detention);
        assert_eq!(ok("6 months criminal detention"), detention);
        let surveillance = Principal::PublicSurveillance(term(2, 0, 0));
        assert_eq!(ok("public surveillance 2 years"), surveillance);
        assert_eq!(ok("surveillance 2 years"), surveillance);
    }

    #[test]
    fn life_and_death_in_english() {
        assert_eq!(ok("life imprisonment"), Principal::Life);
        assert_eq!(ok("Life"), Principal::Life);
        assert_eq!(ok("death"), Principal::Death);
        assert_eq!(
            ok("death with reprieve"),
            Principal::DeathWithReprieve(ReprieveRestriction::None)
        );
        assert_eq!(
            ok("death with a two-year reprieve"),
            Principal::DeathWithReprieve(ReprieveRestriction::None)
        );
    }

    #[test]
    fn reprieve_restrictions_in_english() {
        let restricted = Principal::DeathWithReprieve(ReprieveRestriction::RestrictedCommutation);
        assert_eq!(
            ok("death with reprieve, restricted commutation"),
            restricted
        );
        assert_eq!(
            ok("death with reprieve and restricted commutation"),
            restricted
        );
        let lwop =
            Principal::DeathWithReprieve(ReprieveRestriction::LifeWithoutCommutationOrParole);
        assert_eq!(
            ok("death with reprieve, life imprisonment without commutation or parole"),
            lwop
        );
        assert_eq!(ok("death with reprieve, life without parole"), lwop);
        assert_eq!(ok("Death  with Reprieve,  Life Without Parole"), lwop);
    }

    #[test]
    fn display_round_trips() {
        for text in [
            "15 years",
            "1 year 6 months",
            "criminal detention 6 months",
            "public surveillance 2 years",
            "life imprisonment",
            "death",
            "death with reprieve",
            "death with reprieve, restricted commutation",
            "death with reprieve, life imprisonment without commutation or parole",
        ] {
            assert_eq!(ok(text).to_string(), text);
        }
    }

    // --- Chinese ----------------------------------------------------------

    #[test]
    fn chinese_fixed_terms() {
        assert_eq!(ok("有期徒刑十五年"), prison(15, 0, 0));
        assert_eq!(ok("有期徒刑二年六个月"), prison(2, 6, 0));
        assert_eq!(ok("有期徒刑一年零六个月"), prison(1, 6, 0));
        assert_eq!(ok("有期徒刑六个月"), prison(0, 6, 0));
        assert_eq!(ok("有期徒刑十五年。"), prison(15, 0, 0));
        assert_eq!(ok("有期徒刑两年"), prison(2, 0, 0));
        assert_eq!(ok("有期徒刑六个月零十五日"), prison(0, 6, 15));
        assert_eq!(ok("有期徒刑二十天"), prison(0, 0, 20));
    }

    #[test]
    fn chinese_bare_terms_and_ascii_digits() {
        assert_eq!(ok("15年"), prison(15, 0, 0));
        assert_eq!(ok("2年6个月"), prison(2, 6, 0));
        assert_eq!(ok("2年6月"), prison(2, 6, 0));
        assert_eq!(ok("十五年"), prison(15, 0, 0));
        assert_eq!(ok("1年零6个月"), prison(1, 6, 0));
        assert_eq!(ok("１５年"), prison(15, 0, 0));
    }

    #[test]
    fn chinese_detention_and_surveillance() {
        assert_eq!(
            ok("拘役六个月"),
            Principal::CriminalDetention(term(0, 6, 0))
        );
        assert_eq!(ok("拘役3个月"), Principal::CriminalDetention(term(0, 3, 0)));
        assert_eq!(ok("管制二年"), Principal::PublicSurveillance(term(2, 0, 0)));
        assert_eq!(
            ok("管制一年六个月"),
            Principal::PublicSurveillance(term(1, 6, 0))
        );
    }

    #[test]
    fn chinese_life_and_death() {
        assert_eq!(ok("无期徒刑"), Principal::Life);
        assert_eq!(ok("无期徒刑。"), Principal::Life);
        assert_eq!(ok("死刑"), Principal::Death);
        assert_eq!(ok("死刑立即执行"), Principal::Death);
        let plain = Principal::DeathWithReprieve(ReprieveRestriction::None);
        assert_eq!(ok("死刑缓期二年执行"), plain);
        assert_eq!(ok("死刑，缓期二年执行"), plain);
        assert_eq!(ok("死刑缓期两年执行"), plain);
    }

    #[test]
    fn chinese_reprieve_restrictions() {
        assert_eq!(
            ok("死刑缓期二年执行，限制减刑"),
            Principal::DeathWithReprieve(ReprieveRestriction::RestrictedCommutation)
        );
        let lwop =
            Principal::DeathWithReprieve(ReprieveRestriction::LifeWithoutCommutationOrParole);
        assert_eq!(ok("死刑缓期二年执行，终身监禁"), lwop);
        assert_eq!(
            ok(
                "死刑缓期二年执行，在其死刑缓期执行二年期满依法减为无期徒刑后，终身监禁，不得减刑、假释"
            ),
            lwop
        );
        assert_eq!(
            ok(
                "死刑，缓期二年执行，在其死刑缓期执行二年期满依法减为无期徒刑后，终身监禁，不得减刑、假释。"
            ),
            lwop
        );
    }

    // --- Rejections -------------------------------------------------------

    #[test]
    fn rejects_empty_input() {
        let e = err("");
        assert_eq!((e.offset, e.len), (0, 0));
        err("   ");
        err("。");
    }

    #[test]
    fn rejects_zero_term() {
        let e = err("0 years");
        assert!(e.message.en().contains("zero"), "{e:?}");
        assert_eq!(caret("0 years", &e), "0 years");
        err("零年");
        err("0 years 0 months");
    }

    #[test]
    fn rejects_negative_term_at_the_minus_sign() {
        let e = err("-2 years");
        assert!(e.message.en().contains("negative"), "{e:?}");
        assert!(e.hint.en().contains("minus"), "{e:?}");
        assert_eq!((e.offset, e.len), (0, 1));
        err("2 years -6 months");
    }

    #[test]
    fn rejects_decimal_term_with_a_conversion_hint() {
        let e = err("1.5 years");
        assert!(e.hint.en().contains("1 year 6 months"), "{e:?}");
        assert_eq!(caret("1.5 years", &e), "1.5");
        assert!(err("2.25 years").hint.en().contains("2 years 3 months"));
        assert!(err("1.5年").hint.en().contains("1年6个月"));
        assert!(err("1.5 months").hint.en().contains("days"));
        err("1.3 years");
    }

    #[test]
    fn rejects_number_without_unit() {
        let e = err("15");
        assert!(e.hint.en().contains("15 years"), "{e:?}");
        assert_eq!((e.offset, e.len), (0, 2));
        assert!(err("十五").hint.en().contains("十五年"));
        assert_eq!(caret("2 years 6", &err("2 years 6")), "6");
        err("有期徒刑十五");
    }

    #[test]
    fn rejects_misspelled_unit_with_did_you_mean() {
        let e = err("15 yaers");
        assert_eq!((e.offset, e.len), (3, 5));
        assert!(e.hint.en().contains("did you mean `years`"), "{e:?}");
        assert!(err("6 monhts").hint.en().contains("`months`"));
        assert!(err("20 dyas").hint.en().contains("`days`"));
        let e = err("2 years 6 mnths");
        assert_eq!(caret("2 years 6 mnths", &e), "mnths");
    }

    #[test]
    fn rejects_abbreviated_units() {
        let e = err("2y 6m");
        assert!(e.message.en().contains("abbreviation"), "{e:?}");
        assert!(e.hint.en().contains("2 years 6 months"), "{e:?}");
        assert!(
            e.hint.en().contains("minutes") || caret("2y 6m", &e) == "y",
            "{e:?}"
        );
        assert_eq!((e.offset, e.len), (1, 1));
        let e = err("6m");
        assert!(
            e.hint.en().contains("6 months") && e.hint.en().contains("minutes"),
            "{e:?}"
        );
        assert!(err("1 yr").hint.en().contains("1 year"));
        err("10d");
    }

    #[test]
    fn rejects_units_sentences_do_not_use() {
        assert!(err("3 weeks").message.en().contains("not a unit"));
        err("5 hours");
        err("3周");
    }

    #[test]
    fn rejects_duplicated_units() {
        let text = "2 years 3 years";
        let e = err(text);
        assert!(e.message.en().contains("twice"), "{e:?}");
        assert_eq!(caret(text, &e), "3 years");
        err("2年3年");
    }

    #[test]
    fn rejects_units_out_of_order_with_the_fix() {
        let text = "6 months 2 years";
        let e = err(text);
        assert_eq!(caret(text, &e), "2 years");
        assert!(e.hint.en().contains("`2 years 6 months`"), "{e:?}");
        assert!(err("6个月2年").hint.en().contains("`2年6个月`"));
        err("5 days 1 month");
    }

    #[test]
    fn rejects_too_long_terms() {
        let e = err("10001 years");
        assert_eq!(e.message.en(), "more than 10,000 years is not a sentence");
        err("99999999999999999999999 years");
        err("5000000000 months");
        assert_eq!(ok("10000 years"), prison(10_000, 0, 0));
    }

    #[test]
    fn accepts_days_of_a_month_or_more_as_days() {
        // Issue #11: a day part is kept in days, never capped or refused.
        assert_eq!(ok("1 year 35 days"), prison(1, 0, 35));
        assert!(
            matches!(ok("拘役四十五日"), Principal::CriminalDetention(t) if t == term(0, 0, 45))
        );
    }

    #[test]
    fn rejects_unknown_words_with_the_accepted_forms() {
        let e = err("probation 3 years");
        assert_eq!(caret("probation 3 years", &e), "probation");
        assert!(e.hint.en().contains("criminal detention"), "{e:?}");
        let e = err("imprisonmnet 15 years");
        assert!(e.hint.en().contains("did you mean `imprisonment`"), "{e:?}");
        let e = err("有期徒型十五年");
        assert_eq!(caret("有期徒型十五年", &e), "有期徒型");
        err("15 years suspended");
        err("death penalty");
    }

    #[test]
    fn rejects_malformed_phrases_and_leftovers() {
        err("imprisonment");
        err("有期徒刑");
        err("imprisonment 15 years imprisonment");
        err("2 years and");
        err("2 years,");
        err("2 years,, 6 months");
        err("life 15 years");
        err("死刑缓期一年执行");
        err("死刑缓期二年执行，无期徒刑");
        err("death with reprieve, life imprisonment");
        err("death with reprieve,");
        err("life without parole");
        err("十十年");
        err("15 . years");
    }

    #[test]
    fn error_positions_are_byte_offsets_in_chinese_text() {
        let text = "有期徒刑十五";
        let e = err(text);
        assert_eq!(caret(text, &e), "十五");
        assert_eq!(e.offset, "有期徒刑".len());
    }

    #[test]
    fn hostile_input_never_panics() {
        for text in [
            "\u{0}",
            "'",
            "-",
            "--5 years",
            "1.",
            ".5 years",
            "٣ years",
            "年年年",
            "零",
            "〇〇5年",
            "\u{301} years",
            "years",
            "and",
            "5 years'",
            "亿亿亿",
            "九千九百九十九万九千九百九十九亿年",
        ] {
            let _ = parse_penalty(text);
            let _ = parse_political_rights(text);
            let _ = parse_confiscation(text);
        }
    }

    #[test]
    fn error_ranges_always_slice_the_input() {
        // Deterministic xorshift over fragments that stress the lexer.
        let pieces = [
            "1",
            "0",
            ".",
            ",",
            "-",
            " ",
            "年",
            "个月",
            "日",
            "零",
            "十",
            "万",
            "亿",
            "两",
            "y",
            "m",
            "years",
            "months",
            "and",
            "life",
            "death",
            "with reprieve",
            "，",
            "。",
            "死刑",
            "缓期二年执行",
            "终身监禁",
            "有期徒刑",
            "剥夺政治权利",
            "终身",
            "'",
            "CNY",
            "¥",
            "NT$",
            "元",
            "没收个人财产",
            "all",
            "１",
            "\u{301}",
            "99999999999999999999",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            usize::try_from(seed % 1_000_003).unwrap()
        };
        for _ in 0..5_000 {
            let text: String = (0..next() % 7)
                .map(|_| pieces[next() % pieces.len()])
                .collect();
            let errors = [
                parse_penalty(&text).err(),
                parse_political_rights(&text).err(),
                parse_confiscation(&text).err(),
            ];
            for e in errors.into_iter().flatten() {
                assert!(
                    text.get(e.offset..e.offset + e.len).is_some(),
                    "{text:?}: {e:?}"
                );
            }
        }
    }

    // --- Political rights ---------------------------------------------------

    #[test]
    fn political_rights_terms_and_life() {
        let rights = |t: &str| parse_political_rights(t).unwrap();
        assert_eq!(rights("1 year"), PoliticalRights::Term(term(1, 0, 0)));
        assert_eq!(
            rights("3 years 6 months"),
            PoliticalRights::Term(term(3, 6, 0))
        );
        assert_eq!(rights("life"), PoliticalRights::Life);
        assert_eq!(rights("for life"), PoliticalRights::Life);
        assert_eq!(rights("终身"), PoliticalRights::Life);
        assert_eq!(rights("剥夺政治权利终身"), PoliticalRights::Life);
        assert_eq!(
            rights("剥夺政治权利一年"),
            PoliticalRights::Term(term(1, 0, 0))
        );
        assert_eq!(rights("一年"), PoliticalRights::Term(term(1, 0, 0)));
        assert_eq!(
            rights("剥夺政治权利三年。"),
            PoliticalRights::Term(term(3, 0, 0))
        );
        assert_eq!(
            rights("deprivation of political rights for 3 years"),
            PoliticalRights::Term(term(3, 0, 0))
        );
    }

    #[test]
    fn political_rights_rejections() {
        let bad = |t: &str| parse_political_rights(t).unwrap_err();
        assert!(bad("0 years").message.en().contains("zero"));
        assert_eq!(bad("-1 year").offset, 0);
        bad("");
        bad("剥夺政治权利");
        bad("life imprisonment");
        bad("无期徒刑");
        bad("15");
        bad("for");
        bad("剥夺政治权利终身终身");
    }

    // --- Confiscation -------------------------------------------------------

    #[test]
    fn confiscation_of_all_property() {
        for text in [
            "all",
            "all property",
            "All  Personal Property",
            "全部财产",
            "没收个人全部财产",
            "没收个人全部财产。",
        ] {
            assert_eq!(
                parse_confiscation(text).unwrap(),
                Confiscation::All,
                "{text}"
            );
        }
    }

    #[test]
    fn confiscation_of_an_amount() {
        let amount = |t: &str| match parse_confiscation(t).unwrap() {
            Confiscation::Amount(Money { amount, currency }) => (amount, currency.code()),
            Confiscation::All => panic!("{t} is an amount"),
        };
        assert_eq!(amount("300000 CNY"), (Decimal::from(300_000), "CNY"));
        assert_eq!(amount("30万元"), (Decimal::from(300_000), "CNY"));
        assert_eq!(
            amount("没收个人财产人民币三十万元"),
            (Decimal::from(300_000), "CNY")
        );
        assert_eq!(
            amount("没收个人财产30万元。"),
            (Decimal::from(300_000), "CNY")
        );
    }

    #[test]
    fn confiscation_rejections_point_into_the_original_text() {
        let text = "没收个人财产-5元";
        let e = parse_confiscation(text).unwrap_err();
        assert!(e.message.en().contains("negative"), "{e:?}");
        assert_eq!(caret(text, &e), "-");
        let text = "  1,00,000 CNY";
        let e = parse_confiscation(text).unwrap_err();
        assert_eq!(caret(text, &e), "00");
        let e = parse_confiscation("1000000").unwrap_err();
        assert!(e.hint.en().contains("CNY"), "{e:?}");
        assert!(parse_confiscation("some").is_err());
        assert!(parse_confiscation("").is_err());
        assert!(parse_confiscation("没收个人财产").is_err());
        assert!(parse_confiscation("0 CNY").is_err());
    }

    // --- Helpers --------------------------------------------------------------

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(edit_distance("yaers", "years"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("days", "days"), 0);
    }

    #[test]
    fn phrases_match_whole_words_only() {
        assert_eq!(match_phrase("life", "life"), Some(4));
        assert_eq!(match_phrase("lifelong", "life"), None);
        assert_eq!(
            match_phrase("LIFE  WITHOUT parole x", "life without parole"),
            Some(20)
        );
        assert_eq!(match_phrase("years'", "years"), Some(5));
    }
}
