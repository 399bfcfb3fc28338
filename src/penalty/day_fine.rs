//! A fine in daily rates (Geldstrafe in Tagessätzen), as German law imposes
//! it:
//!
//! > StGB § 40 (1) Die Geldstrafe wird in Tagessätzen verhängt. […]
//! > (4) In der Entscheidung werden Zahl und Höhe der Tagessätze angegeben.
//!
//! (StGB, consolidated text, snapshot of 2022-03-26; `shared/law/de/stgb-excerpt.md`.)
//!
//! A [`DayFine`] is the number of daily rates (a whole number: "volle
//! Tagessätze") and the amount of one rate in euros, an exact [`Decimal`]
//! with at most two decimal places. The bounds of § 40 (5–360 rates, 1 to
//! 30,000 euros a rate) are law, not syntax: they are checked by the German
//! jurisdiction (`law::de::geldstrafe`) and reported as findings, so a
//! figure out of range is read here and refused there with its article.
//!
//! The text forms are read by the German grammar (`law::de::grammar`); the
//! shared grammar only recognises them ([`looks_like_day_fine`]) to say that
//! a day fine is not a penalty of the other jurisdictions' law.

use crate::i18n::{Msg, MsgId};
use rust_decimal::Decimal;
use std::fmt;

use super::PenaltyParseError;

/// A fine of `rates` daily rates of `per_rate` euros each (StGB § 40 ¶4).
///
/// The amount is `None` only for the ends of a lawful range of an aggregate
/// fine, which bounds the number of rates: the amount of the aggregate is
/// the court's to set (§ 40 ¶2). Every fine read from a case file has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DayFine {
    rates: u32,
    per_rate: Option<Decimal>,
}

impl DayFine {
    /// A fine of `rates` daily rates of `per_rate` euros. The bounds of § 40
    /// are not checked here (see the module docs).
    pub fn new(rates: u32, per_rate: Decimal) -> DayFine {
        DayFine {
            rates,
            per_rate: Some(per_rate),
        }
    }

    /// A number of daily rates whose amount is not fixed (the end of a range).
    pub fn rates_only(rates: u32) -> DayFine {
        DayFine {
            rates,
            per_rate: None,
        }
    }

    /// The number of daily rates.
    pub const fn rates(self) -> u32 {
        self.rates
    }

    /// The amount of one daily rate, in euros, if fixed.
    pub const fn per_rate(self) -> Option<Decimal> {
        self.per_rate
    }

    /// The amount of one daily rate as money, if fixed.
    pub fn per_rate_money(self) -> Option<super::Money> {
        self.per_rate.map(|amount| super::Money {
            amount,
            currency: super::Currency::Eur,
        })
    }

    /// The whole fine in euros (rates × amount); `None` without an amount or
    /// on overflow.
    ///
    /// ```
    /// use sentencing::penalty::DayFine;
    /// use rust_decimal::Decimal;
    /// let f = DayFine::new(90, Decimal::new(5050, 2));
    /// assert_eq!(f.total().unwrap(), Decimal::new(454500, 2));
    /// ```
    pub fn total(self) -> Option<Decimal> {
        Decimal::from(self.rates).checked_mul(self.per_rate?)
    }
}

/// `90 daily rates of 50 EUR`; cents only when not zero (`50.50 EUR`);
/// `91 daily rates` without an amount.
impl fmt::Display for DayFine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = if self.rates == 1 {
            "daily rate"
        } else {
            "daily rates"
        };
        match self.per_rate_money() {
            Some(m) => write!(f, "{} {unit} of {m}", self.rates),
            None => write!(f, "{} {unit}", self.rates),
        }
    }
}

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
