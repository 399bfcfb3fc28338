//! Reading a fine in daily rates ([`DayFine`]) as German and English
//! judgments write it.

use super::PenaltyParseError;
use super::day_fine::DayFine;
use crate::message::{Msg, MsgId};
use rust_decimal::Decimal;

/// True if `text` is written as a fine in daily rates (German `Tagessatz`,
/// English `daily rate` or `day fine`, Chinese `日额`), whether or not it is
/// well formed.
pub fn looks_like_day_fine(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "tagess",
        "daily rate",
        "day fine",
        "day-fine",
        "dayfine",
        "日额",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

fn error(message: impl Into<Msg>, text: &str) -> PenaltyParseError {
    PenaltyParseError {
        message: message.into(),
        hint: MsgId::DfFormsHint.into(),
        offset: 0,
        len: text.len(),
    }
}

/// Reads a fine in daily rates: `90 Tagessätze zu je 50 Euro`,
/// `90 Tagessätze à 50 €`, `90 Tagessätze zu 50,00 Euro`,
/// `Geldstrafe von 90 Tagessätzen zu je 1.500 Euro`, `90 daily rates of
/// 50 euros`, `90 day fines of EUR 50`. German forms write amounts the
/// German way (`1.500,50`), English forms the English way (`1,500.50`).
///
/// ```
/// use sentencing::penalty::parse_day_fine;
/// let f = parse_day_fine("90 Tagessätze zu je 50,50 Euro").unwrap();
/// assert_eq!((f.rates(), f.per_rate().unwrap().to_string()), (90, "50.50".to_string()));
/// assert_eq!(parse_day_fine("90 day fines of EUR 50").unwrap().to_string(), "90 daily rates of 50 EUR");
/// ```
pub fn parse_day_fine(text: &str) -> Result<DayFine, PenaltyParseError> {
    let lower = text.trim().to_lowercase().replace('€', " € ");
    let bad_form = || error(Msg::new(MsgId::DfBadForm).arg("text", text.trim()), text);
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    // `Geldstrafe von 90 Tagessätzen …`, `a fine of 90 daily rates …`
    while let Some(first) = words.first()
        && matches!(*first, "geldstrafe" | "von" | "a" | "fine" | "of")
    {
        words.remove(0);
    }
    let Some((count, rest)) = words.split_first() else {
        return Err(bad_form());
    };
    let rates: u32 = match count.parse() {
        Ok(n) if count.bytes().all(|b| b.is_ascii_digit()) => n,
        _ => return Err(bad_form()),
    };
    let (german, rest) = match rest {
        [w, rest @ ..] if matches!(*w, "tagessatz" | "tagessätze" | "tagessätzen") => {
            (true, rest)
        }
        [a, b, rest @ ..]
            if matches!(*a, "daily" | "day")
                && matches!(*b, "rate" | "rates" | "fine" | "fines") =>
        {
            (false, rest)
        }
        [w, rest @ ..] if matches!(*w, "day-fine" | "day-fines") => (false, rest),
        _ => return Err(bad_form()),
    };
    // The connective: `zu je`, `zu`, `à`, `a`, `je` / `of`, `at`, `each of`.
    let mut rest = rest;
    while let Some((w, more)) = rest.split_first()
        && (if german {
            matches!(*w, "zu" | "je" | "à" | "a" | "von" | "in" | "höhe")
        } else {
            matches!(*w, "of" | "at" | "each" | "@")
        })
    {
        rest = more;
    }
    // The amount and the currency, in either order.
    let (amount, currency_ok) = match rest {
        [cur, amount] | [cur, amount, "each"] if is_euro(cur) => (*amount, true),
        [amount, cur] | [amount, cur, "each"] if is_euro(cur) => (*amount, true),
        [amount] => (*amount, false),
        _ => return Err(bad_form()),
    };
    if !currency_ok {
        return Err(error(
            Msg::new(MsgId::DfNotEuro).arg("text", text.trim()),
            text,
        ));
    }
    let per_rate = parse_euros(amount, german).ok_or_else(|| {
        error(
            Msg::new(MsgId::DfBadAmount)
                .arg("amount", amount)
                .arg("text", text.trim()),
            text,
        )
    })?;
    Ok(DayFine::new(rates, per_rate))
}

fn is_euro(w: &str) -> bool {
    matches!(w, "euro" | "euros" | "eur" | "€")
}

/// An amount in euros, at most two decimal places. German: `1.500,50`
/// (`.` groups thousands, `,` is the decimal mark); English: `1,500.50`.
fn parse_euros(text: &str, german: bool) -> Option<Decimal> {
    let (group, mark) = if german { ('.', ',') } else { (',', '.') };
    let (whole, fraction) = match text.split_once(mark) {
        Some((w, f)) => (w, Some(f)),
        None => (text, None),
    };
    // Thousands groups: the first group 1–3 digits, every later one 3.
    let groups: Vec<&str> = whole.split(group).collect();
    let well_grouped = groups
        .iter()
        .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && (groups.len() == 1
            || (groups.first().is_some_and(|g| g.len() <= 3)
                && groups.iter().skip(1).all(|g| g.len() == 3)));
    if !well_grouped {
        return None;
    }
    let mut digits: String = groups.concat();
    if let Some(f) = fraction {
        if f.is_empty() || f.len() > 2 || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push('.');
        digits.push_str(f);
    }
    if digits.len() > 20 {
        return None;
    }
    Decimal::from_str_exact(&digits).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn df(rates: u32, cents: i64) -> DayFine {
        DayFine::new(rates, Decimal::new(cents, 2))
    }

    #[test]
    fn stgb_40_4_german_forms_state_number_and_amount() {
        for text in [
            "90 Tagessätze zu je 50 Euro",
            "90 Tagessätze à 50 €",
            "90 Tagessätze zu 50,00 Euro",
            "90 Tagessätze zu je 50 EUR",
            "90 Tagessätze zu je 50€",
            "Geldstrafe von 90 Tagessätzen zu je 50 Euro",
        ] {
            assert_eq!(parse_day_fine(text).unwrap(), df(90, 5000), "{text}");
        }
        assert_eq!(
            parse_day_fine("1 Tagessatz zu 1.500,50 Euro").unwrap(),
            df(1, 150050)
        );
    }

    #[test]
    fn stgb_40_4_english_forms() {
        for text in [
            "90 daily rates of 50 euros",
            "90 day fines of EUR 50",
            "90 daily rates of €50",
            "90 daily rates of 50.00 EUR",
        ] {
            assert_eq!(parse_day_fine(text).unwrap(), df(90, 5000), "{text}");
        }
        assert_eq!(
            parse_day_fine("10 daily rates of 1,500.50 euros").unwrap(),
            df(10, 150050)
        );
    }

    #[test]
    fn amounts_are_exact_and_never_floats() {
        let f = parse_day_fine("3 Tagessätze zu je 0,10 Euro").unwrap();
        assert_eq!(f.total().unwrap(), Decimal::new(30, 2));
        assert_eq!(f.to_string(), "3 daily rates of 0.10 EUR");
    }

    #[test]
    fn malformed_forms_are_refused() {
        for text in [
            "Tagessätze zu je 50 Euro",
            "90 Tagessätze",
            "90 Tagessätze zu je 50",
            "90 Tagessätze zu je 50 Dollar",
            "90 Tagessätze zu je 50,555 Euro",
            "90 Tagessätze zu je 1,500.50 Euro",
            "-5 Tagessätze zu je 50 Euro",
            "90 daily rates of 50,00 euros",
            "ninety daily rates of 50 euros",
        ] {
            assert!(parse_day_fine(text).is_err(), "{text}");
        }
    }

    #[test]
    fn recognised_for_a_clear_refusal_elsewhere() {
        assert!(looks_like_day_fine("90 Tagessätze zu je 50 Euro"));
        assert!(looks_like_day_fine("90 Daily Rates of 50 euros"));
        assert!(!looks_like_day_fine("2 years 6 months"));
    }
}
