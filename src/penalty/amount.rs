//! Exact amounts of money: a currency and a [`Decimal`], never a float. They
//! are read by the money grammar (`money.rs`).

use rust_decimal::Decimal;
use std::fmt;

/// The currencies the tool reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Currency {
    /// Renminbi yuan.
    Cny,
    /// Euro.
    Eur,
    /// US dollar.
    Usd,
    /// Pound sterling.
    Gbp,
    /// Japanese yen.
    Jpy,
    /// New Taiwan dollar.
    Twd,
}

impl Currency {
    /// The ISO 4217 code, such as `"CNY"`.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Cny => "CNY",
            Currency::Eur => "EUR",
            Currency::Usd => "USD",
            Currency::Gbp => "GBP",
            Currency::Jpy => "JPY",
            Currency::Twd => "TWD",
        }
    }

    /// How many decimal places an amount in this currency may have.
    pub fn decimal_places(self) -> u32 {
        match self {
            Currency::Jpy => 0,
            _ => 2,
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A positive amount of money in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Money {
    /// The amount, greater than zero, exact.
    pub amount: Decimal,
    /// Its currency.
    pub currency: Currency,
}

impl Money {
    /// The sum of two amounts in the same currency; `None` when the
    /// currencies differ or the sum overflows.
    ///
    /// ```
    /// use sentencing::penalty::parse_money;
    /// let a = parse_money("100万元").unwrap();
    /// let b = parse_money("50000 CNY").unwrap();
    /// assert_eq!(a.checked_add(&b).unwrap().to_string(), "1,050,000 CNY");
    /// assert!(a.checked_add(&parse_money("5 EUR").unwrap()).is_none());
    /// ```
    pub fn checked_add(&self, other: &Money) -> Option<Money> {
        if self.currency != other.currency {
            return None;
        }
        Some(Money {
            amount: self.amount.checked_add(other.amount)?,
            currency: self.currency,
        })
    }
}

/// `1,000,000 CNY`; decimals only when they are not zero, then at least two
/// (`1,234.50 EUR`).
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut amount = self.amount.normalize();
        if amount.scale() > 0 {
            amount.rescale(amount.scale().max(2));
        }
        let text = amount.to_string();
        let (sign, unsigned) = match text.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", text.as_str()),
        };
        let (whole, fraction) = match unsigned.split_once('.') {
            Some((w, fr)) => (w, Some(fr)),
            None => (unsigned, None),
        };
        f.write_str(sign)?;
        f.write_str(&group_thousands(whole))?;
        if let Some(fraction) = fraction {
            write!(f, ".{fraction}")?;
        }
        write!(f, " {}", self.currency.code())
    }
}

/// `1234567` → `1,234,567`.
fn group_thousands(digits: &str) -> String {
    let count = digits.chars().count();
    let mut out = String::with_capacity(digits.len() + count / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (count - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
