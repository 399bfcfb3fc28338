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
//! The text forms are read by `day_fine_grammar.rs` for the German grammar
//! (`law::de::grammar`); the shared grammar only recognises them
//! (`looks_like_day_fine`) to say that a day fine is not a penalty of the
//! other jurisdictions' law.

use rust_decimal::Decimal;
use std::fmt;

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
