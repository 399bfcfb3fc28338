//! Penalties as German judgments write them: `2 Jahre 6 Monate`,
//! `1 Jahr`, `Freiheitsstrafe von 3 Jahren und 9 Monaten`, `6 Wochen`,
//! `lebenslange Freiheitsstrafe`. Anything without a German word goes to the
//! shared grammar (`2 years 6 months`, `life imprisonment`).
//!
//! Fines in daily rates (`90 Tagessätze zu je 50 Euro`, `90 daily rates of
//! 50 euros`, StGB § 40) are read by [`crate::penalty::parse_day_fine`] into
//! [`Principal::DayFine`]; the shared grammar refuses them, as they are a
//! penalty of German law only.

use crate::message::{Msg, MsgId};
use crate::penalty::{PenaltyParseError, Principal, Term, TermError};

const GERMAN_WORDS: &[&str] = &[
    "jahr",
    "monat",
    "woche",
    "tag",
    "freiheitsstrafe",
    "lebenslang",
];

/// A German grammar error over the whole input.
fn error(message: impl Into<Msg>, hint: impl Into<Msg>, text: &str) -> PenaltyParseError {
    PenaltyParseError {
        message: message.into(),
        hint: hint.into(),
        offset: 0,
        len: text.len(),
    }
}

/// Reads a German (or, failing that, English) penalty.
///
/// ```
/// use sentencing::law::de::grammar::parse_penalty;
/// use sentencing::penalty::{Principal, Term};
/// assert_eq!(parse_penalty("2 Jahre 6 Monate").unwrap(), Principal::Imprisonment(Term::new(2, 6, 0).unwrap()));
/// assert_eq!(parse_penalty("lebenslange Freiheitsstrafe").unwrap(), Principal::Life);
/// assert_eq!(parse_penalty("90 Tagessätze zu je 50 Euro").unwrap().to_string(), "90 daily rates of 50 EUR");
/// ```
pub fn parse_penalty(text: &str) -> Result<Principal, PenaltyParseError> {
    let lower = text.trim().to_lowercase();
    if crate::penalty::looks_like_day_fine(&lower) {
        return crate::penalty::parse_day_fine(text).map(Principal::DayFine);
    }
    if !GERMAN_WORDS.iter().any(|w| lower.contains(w)) {
        return crate::penalty::parse_penalty(text);
    }
    let lower = lower.replace(',', " ");
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.contains(&"lebenslange") || words.contains(&"lebenslang") {
        return if words
            .iter()
            .all(|w| matches!(*w, "lebenslange" | "lebenslang" | "freiheitsstrafe"))
        {
            Ok(Principal::Life)
        } else {
            Err(error(
                Msg::new(MsgId::DeNotAPenalty).arg("text", text.trim()),
                MsgId::DeWriteLife,
                text,
            ))
        };
    }
    let mut months: u32 = 0;
    let mut days: u32 = 0;
    let mut number: Option<u32> = None;
    let mut units = 0;
    for w in words {
        match w {
            "freiheitsstrafe" | "von" | "und" => continue,
            _ => {}
        }
        if let Ok(n) = w.parse::<u32>() {
            if number.is_some() {
                return Err(error(
                    Msg::new(MsgId::DeTwoNumbers).arg("text", text.trim()),
                    MsgId::DeTwoNumbersHint,
                    text,
                ));
            }
            number = Some(n);
            continue;
        }
        let n = match (number.take(), w) {
            (Some(n), _) => n,
            (None, "ein" | "eine" | "einem" | "einen" | "einer") => {
                number = Some(1);
                continue;
            }
            (None, _) => {
                return Err(error(
                    Msg::new(MsgId::DeNoNumber)
                        .arg("word", w)
                        .arg("text", text.trim()),
                    MsgId::DeNoNumberHint,
                    text,
                ));
            }
        };
        let (m, d) = match w {
            "jahr" | "jahre" | "jahren" | "jahres" => (n.checked_mul(12), Some(0)),
            "monat" | "monate" | "monaten" | "monats" => (Some(n), Some(0)),
            "woche" | "wochen" => (Some(0), n.checked_mul(7)),
            "tag" | "tage" | "tagen" => (Some(0), Some(n)),
            other => {
                return Err(error(
                    Msg::new(MsgId::DeNotAUnit).arg("word", other),
                    MsgId::DeUnitsHint,
                    text,
                ));
            }
        };
        months = m
            .and_then(|m| months.checked_add(m))
            .ok_or_else(|| error(MsgId::DeTermTooLong, MsgId::DeCheckFigure, text))?;
        days = d
            .and_then(|d| days.checked_add(d))
            .ok_or_else(|| error(MsgId::DeTermTooLong, MsgId::DeCheckFigure, text))?;
        units += 1;
    }
    if number.is_some() || units == 0 {
        return Err(error(
            Msg::new(MsgId::DeNumberWithoutUnit).arg("text", text.trim()),
            MsgId::DeNumberWithoutUnitHint,
            text,
        ));
    }
    let term = Term::new(0, months, days).map_err(|e| {
        error(
            match e {
                TermError::TooLong => Msg::new(MsgId::DeTermErrorTooLong),
            },
            MsgId::DeTermUnitsHint,
            text,
        )
    })?;
    if term.is_zero() {
        return Err(error(MsgId::DeZeroTerm, MsgId::DeCheckFigure, text));
    }
    Ok(Principal::Imprisonment(term))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(y: u32, m: u32, d: u32) -> Principal {
        Principal::Imprisonment(Term::new(y, m, d).unwrap())
    }

    #[test]
    fn german_forms() {
        assert_eq!(parse_penalty("2 Jahre 6 Monate").unwrap(), t(2, 6, 0));
        assert_eq!(parse_penalty("1 Jahr").unwrap(), t(1, 0, 0));
        assert_eq!(parse_penalty("ein Jahr und 3 Monate").unwrap(), t(1, 3, 0));
        assert_eq!(
            parse_penalty("Freiheitsstrafe von 3 Jahren und 9 Monaten").unwrap(),
            t(3, 9, 0)
        );
        assert_eq!(parse_penalty("6 Monate 2 Wochen").unwrap(), t(0, 6, 14));
        // docs/case-format.md lists "6 Wochen"; StGB § 39 counts in weeks.
        assert_eq!(parse_penalty("6 Wochen").unwrap(), t(0, 0, 42));
        assert_eq!(parse_penalty("5 Wochen").unwrap(), t(0, 0, 35));
        assert_eq!(
            parse_penalty("lebenslange Freiheitsstrafe").unwrap(),
            Principal::Life
        );
    }

    #[test]
    fn english_falls_back_to_the_shared_grammar() {
        assert_eq!(parse_penalty("2 years 6 months").unwrap(), t(2, 6, 0));
        assert_eq!(parse_penalty("life imprisonment").unwrap(), Principal::Life);
    }

    #[test]
    fn stgb_40_day_fines_german_and_english() {
        for text in [
            "90 Tagessätze zu je 50 Euro",
            "90 Tagessätze à 50 €",
            "90 Tagessätze zu 50,00 Euro",
            "90 daily rates of 50 euros",
            "90 day fines of EUR 50",
        ] {
            let p = parse_penalty(text).unwrap();
            let d = p.day_fine().unwrap();
            assert_eq!(d.rates(), 90, "{text}");
            assert_eq!(
                d.per_rate(),
                Some(rust_decimal::Decimal::from(50)),
                "{text}"
            );
        }
        // The shared grammar refuses them by name.
        assert!(
            crate::penalty::parse_penalty("90 daily rates of 50 euros")
                .unwrap_err()
                .message
                .id
                == MsgId::PgDayFineNotThisLaw
        );
    }

    #[test]
    fn refused() {
        assert!(parse_penalty("90 Tagessätze zu je 50").is_err());
        assert!(parse_penalty("2 Jahre 6").is_err());
        assert!(parse_penalty("Jahre").is_err());
        assert!(parse_penalty("2 Äpfel Jahre").is_err());
    }
}
