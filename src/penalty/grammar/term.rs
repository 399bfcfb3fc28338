//! Terms: numbers and units, falling, each unit once.

use super::super::numerals::parse_ascii_number;
use super::lexer::{Kw, Tok, Token, Unit};
use super::parser::{Parser, Part};
use super::suggest::{did_you_mean, is_foreign_unit, unit_for_abbreviation};
use super::{PENALTY_FORMS, PenaltyParseError};
use crate::message::{Msg, MsgId};
use crate::penalty::{Term, TermError};

impl Parser<'_> {
    /// term := part (separator? part)*, units falling, each at most once.
    pub(super) fn term(&mut self) -> Result<Term, PenaltyParseError> {
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
    pub(super) fn part(&mut self) -> Result<Part, PenaltyParseError> {
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

    pub(super) fn missing_unit(&self, number: Token) -> PenaltyParseError {
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
    pub(super) fn unit_error(&self, number: Token, word: Token) -> PenaltyParseError {
        let raw = self.slice(word);
        let w = raw.trim_end_matches(['\'', '’']).to_ascii_lowercase();
        let (message, hint) = if let Some(unit) = super::zh::likely_unit(raw) {
            // `有期徒刑六个`: a real judgment's typo for 六个月.
            let example = format!("{}{unit}", self.slice(number));
            (
                Msg::new(MsgId::PgUnitCutShort).arg("text", raw),
                Msg::new(MsgId::PgUnitCutShortHint).arg("example", example),
            )
        } else if unit_for_abbreviation(&w).is_some() {
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
    pub(super) fn spelled_out(&self, start: Token) -> String {
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
    pub(super) fn decimal_error(&self, t: Token) -> PenaltyParseError {
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
    pub(super) fn check_order(&self, parts: &[Part], part: Part) -> Result<(), PenaltyParseError> {
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

    pub(super) fn build_term(&self, parts: &[Part]) -> Result<Term, PenaltyParseError> {
        let offset = parts.first().map_or(0, |p| p.offset);
        let len = parts.last().map_or(0, |p| p.end) - offset;
        let value = |unit: Unit| parts.iter().find(|p| p.unit == unit).map_or(0, |p| p.value);
        let too_long =
            || PenaltyParseError::new(MsgId::PgTooLong, MsgId::PgTooLongHint, offset, len);
        // A week is 7 days (English terms in weeks, magistrates' courts).
        let days = value(Unit::Week)
            .checked_mul(7)
            .and_then(|w| w.checked_add(value(Unit::Day)));
        let [years, months] = [Unit::Year, Unit::Month].map(|u| u32::try_from(value(u)));
        let (Ok(years), Ok(months), Some(Ok(days))) = (years, months, days.map(u32::try_from))
        else {
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

/// `1.5` (years) → (1, 6) when the fraction is a whole number of months.
pub(super) fn years_and_months(decimal: &str) -> Option<(u64, u64)> {
    let (whole, fraction) = decimal.split_once('.')?;
    let whole = parse_ascii_number(whole)?;
    let digits = u32::try_from(fraction.chars().count()).ok()?;
    let scale = 10u64.checked_pow(digits)?;
    let twelfths = parse_ascii_number(fraction)?.checked_mul(12)?;
    (twelfths % scale == 0).then(|| (whole, twelfths / scale))
}
