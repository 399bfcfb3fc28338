//! Money amounts of fines and confiscations, read exactly.
//!
//! Amounts are [`Decimal`]s built from the cleaned digit string with
//! [`Decimal::from_str_exact`]; no value passes through a float.
//!
//! Accepted forms (currency codes and words are case-insensitive):
//!
//! ```text
//! 1000000 CNY   1,000,000 CNY   1000000 yuan   RMB 1,000,000   CNY 1000000
//! ¥1,000,000    ￥1,000,000     300000 元      100万元          100万
//! 1.5万元       一百万元         人民币一百万元  人民币100万元
//! €500   500 EUR   500 euros   $1,000   1000 USD   £20   1000 GBP
//! 1000 JPY   NT$1000   1000 TWD
//! 2000元人民币   五万元人民币    6 million CNY  600 million yuan  1.2亿元
//! ```
//!
//! `万` multiplies by 10,000 and `亿` by 100,000,000; in English,
//! `thousand`, `million` and `billion` after the digits multiply likewise.
//! The currency may be named twice when both names agree (`2000元人民币`). An amount written with
//! Chinese numerals or `万`/`亿` and no currency is in yuan (CNY); `¥` is read
//! as yuan, as PRC judgments use it. A bare `1000000` has no currency and is
//! rejected.

use crate::message::{Msg, MsgId};

use rust_decimal::Decimal;

use super::amount::{Currency, Money};
use super::numerals::{digit_value, is_numeral_char, parse_chinese_number, parse_multiplier};
use super::phrases::longest_match;

/// Why an amount could not be read. `offset` and `len` give the byte range
/// of the input that is wrong, for a caret under it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct MoneyParseError {
    /// What is wrong.
    pub message: Msg,
    /// How to write it instead.
    pub hint: Msg,
    /// Byte offset of the offending text.
    pub offset: usize,
    /// Byte length of the offending text.
    pub len: usize,
}

impl MoneyParseError {
    fn new(message: impl Into<Msg>, hint: impl Into<Msg>, offset: usize, len: usize) -> Self {
        MoneyParseError {
            message: message.into(),
            hint: hint.into(),
            offset,
            len,
        }
    }
}

/// Amounts above this are typing errors, not penalties.
const MAX_AMOUNT: u64 = 1_000_000_000_000_000;

const SUPPORTED: MsgId = MsgId::MnSupported;

/// Currency names, symbols and codes. Matched longest first, ASCII letters
/// case-insensitively, at a word boundary.
const CURRENCY_NAMES: &[(&str, Currency)] = &[
    ("cny", Currency::Cny),
    ("rmb", Currency::Cny),
    ("yuan", Currency::Cny),
    ("renminbi", Currency::Cny),
    ("元", Currency::Cny),
    ("圆", Currency::Cny),
    ("人民币", Currency::Cny),
    ("人民幣", Currency::Cny),
    ("¥", Currency::Cny),
    ("￥", Currency::Cny),
    ("eur", Currency::Eur),
    ("euro", Currency::Eur),
    ("euros", Currency::Eur),
    ("€", Currency::Eur),
    ("欧元", Currency::Eur),
    ("usd", Currency::Usd),
    ("us$", Currency::Usd),
    ("$", Currency::Usd),
    ("dollar", Currency::Usd),
    ("dollars", Currency::Usd),
    ("us dollars", Currency::Usd),
    ("美元", Currency::Usd),
    ("gbp", Currency::Gbp),
    ("£", Currency::Gbp),
    ("pound", Currency::Gbp),
    ("pounds", Currency::Gbp),
    ("pounds sterling", Currency::Gbp),
    ("英镑", Currency::Gbp),
    ("jpy", Currency::Jpy),
    ("yen", Currency::Jpy),
    ("日元", Currency::Jpy),
    ("円", Currency::Jpy),
    ("twd", Currency::Twd),
    ("ntd", Currency::Twd),
    ("nt$", Currency::Twd),
    ("new taiwan dollars", Currency::Twd),
    ("新台币", Currency::Twd),
    ("新台幣", Currency::Twd),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    /// ASCII or full-width digits, with `,` and `.` between digits.
    Digits,
    /// A run of Chinese numeral characters (一百万, or 万 after digits).
    Chinese,
    Currency(Currency),
    Minus,
    /// `.` or `。`, accepted once at the end.
    Stop,
    /// Anything else.
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    tok: Tok,
    offset: usize,
    len: usize,
}

impl Token {
    fn end(self) -> usize {
        self.offset.saturating_add(self.len)
    }
}

fn lex(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut pos = 0;
    while let Some(rest) = text.get(pos..) {
        let Some(c) = rest.chars().next() else { break };
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        let (tok, len) = if let Some((len, currency)) = longest_match(rest, CURRENCY_NAMES) {
            (Tok::Currency(currency), len)
        } else if digit_value(c).is_some() {
            (Tok::Digits, digits_len(rest))
        } else if is_numeral_char(c) {
            (Tok::Chinese, run_len(rest, is_numeral_char))
        } else if matches!(c, '-' | '−' | '－' | '–') {
            (Tok::Minus, c.len_utf8())
        } else if matches!(c, '.' | '。') {
            (Tok::Stop, c.len_utf8())
        } else if c.is_ascii_alphanumeric() {
            // A whole word, with the `$` of an unknown dollar (`HK$`).
            let word = run_len(rest, |c| c.is_ascii_alphanumeric());
            let dollar = usize::from(rest.get(word..).is_some_and(|r| r.starts_with('$')));
            (Tok::Other, word + dollar)
        } else {
            (Tok::Other, unknown_len(rest))
        };
        tokens.push(Token {
            tok,
            offset: pos,
            len,
        });
        pos += len.max(c.len_utf8());
    }
    tokens
}

/// Length of the leading run of characters satisfying `keep`.
fn run_len(s: &str, keep: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .find(|&(_, c)| !keep(c))
        .map_or(s.len(), |(i, _)| i)
}

/// Length of a digit run: digits, and `,` or `.` when a digit follows.
fn digits_len(s: &str) -> usize {
    let mut chars = s.char_indices().peekable();
    let mut end = 0;
    while let Some((i, c)) = chars.next() {
        let next_is_digit = chars.peek().is_some_and(|&(_, n)| digit_value(n).is_some());
        // `20，000元`: judgments also group thousands with a full-width
        // comma, always before exactly three digits.
        let full_width_group = c == '，' && {
            let after = s.get(i + c.len_utf8()..).unwrap_or("");
            let digits = after.chars().take_while(|d| d.is_ascii_digit()).count();
            digits == 3
        };
        if digit_value(c).is_some() || (matches!(c, ',' | '.') && next_is_digit) || full_width_group
        {
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// Length of an unrecognised run: stops at whitespace, ASCII, numerals,
/// digits and the start of a currency name.
fn unknown_len(s: &str) -> usize {
    let mut end = 0;
    for (i, c) in s.char_indices() {
        let stop = c.is_whitespace()
            || c.is_ascii()
            || is_numeral_char(c)
            || digit_value(c).is_some()
            || matches!(c, '。' | '－' | '−' | '–')
            || (i > 0
                && s.get(i..)
                    .and_then(|r| longest_match(r, CURRENCY_NAMES))
                    .is_some());
        if stop && i > 0 {
            break;
        }
        end = i + c.len_utf8();
    }
    end
}

/// An amount read from the input, before its currency is known.
struct Amount {
    value: Decimal,
    /// Written in Chinese numerals or with 万/亿: yuan unless stated otherwise.
    chinese: bool,
    offset: usize,
    len: usize,
}

/// Reads an amount of money such as `1,000,000 CNY`, `¥1,000,000`, `100万元`
/// or `人民币一百万元`.
///
/// ```
/// use rust_decimal::Decimal;
/// use sentencing::penalty::parse_money;
/// let m = parse_money("1.5万元").unwrap();
/// assert_eq!(m.amount, Decimal::from(15_000));
/// assert_eq!(m.to_string(), "15,000 CNY");
/// assert!(parse_money("1000000").is_err()); // which currency?
/// ```
pub fn parse_money(text: &str) -> Result<Money, MoneyParseError> {
    if let Some(m) = plain_amount_with_code(text) {
        return Ok(m);
    }
    parse_money_full(text)
}

/// The commonest amount in case files, whole digits and an ISO code
/// (`1000000 CNY`, `50000 EUR`), read without the general lexer. Anything
/// else, including every error, goes to the full grammar, which gives the
/// same result for these forms (a test checks both agree).
fn plain_amount_with_code(text: &str) -> Option<Money> {
    let (digits, code) = text.split_once(' ')?;
    if digits.is_empty()
        || digits.len() > 15
        || digits.starts_with('0')
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let currency = match code {
        "CNY" => Currency::Cny,
        "EUR" => Currency::Eur,
        "USD" => Currency::Usd,
        "GBP" => Currency::Gbp,
        "JPY" => Currency::Jpy,
        "TWD" => Currency::Twd,
        _ => return None,
    };
    let amount = Decimal::from(digits.parse::<u64>().ok()?);
    if amount > Decimal::from(MAX_AMOUNT) {
        return None;
    }
    Some(Money { amount, currency })
}

/// The general grammar of amounts.
fn parse_money_full(text: &str) -> Result<Money, MoneyParseError> {
    let mut tokens = lex(text);
    if tokens.last().is_some_and(|t| t.tok == Tok::Stop) {
        tokens.pop();
    }
    if tokens.is_empty() {
        return Err(MoneyParseError::new(
            Msg::new(MsgId::PgNothing).arg("what", MsgId::PgWhatAmount),
            MsgId::MnAmountHint,
            0,
            text.len(),
        ));
    }
    let slice = |t: Token| text.get(t.offset..t.end()).unwrap_or("");
    let has_amount = tokens
        .iter()
        .any(|t| matches!(t.tok, Tok::Digits | Tok::Chinese));

    let mut before: Option<(Currency, Token)> = None;
    let mut after: Option<(Currency, Token)> = None;
    let mut amount: Option<Amount> = None;
    let mut i = 0;
    while let Some(&t) = tokens.get(i) {
        i += 1;
        match t.tok {
            Tok::Currency(c) => {
                let slot = if amount.is_none() {
                    &mut before
                } else {
                    &mut after
                };
                // `2000元人民币`, `五万元人民币`: the unit and then the
                // currency's name, as judgments write them.
                if slot.is_some_and(|(prev, _)| prev == c) && amount.is_some() {
                    continue;
                }
                if slot.is_some() {
                    return Err(MoneyParseError::new(
                        Msg::new(MsgId::MnCurrencyTwice).arg("text", slice(t)),
                        MsgId::MnCurrencyTwiceHint,
                        t.offset,
                        t.len,
                    ));
                }
                *slot = Some((c, t));
            }
            Tok::Minus => {
                return Err(MoneyParseError::new(
                    MsgId::MnNegative,
                    MsgId::MnNegativeHint,
                    t.offset,
                    t.len,
                ));
            }
            Tok::Digits | Tok::Chinese if amount.is_some() => {
                return Err(MoneyParseError::new(
                    Msg::new(MsgId::MnSecondAmount).arg("text", slice(t)),
                    MsgId::MnSecondAmountHint,
                    t.offset,
                    t.len,
                ));
            }
            Tok::Digits => {
                let value = read_digits(slice(t), t.offset)?;
                // 100万, 1.5亿: a multiplier directly after the digits.
                let multiplier = tokens.get(i).copied().filter(|m| m.tok == Tok::Chinese);
                // `6 million CNY`, `600 million yuan`: an English multiplier.
                let english = tokens
                    .get(i)
                    .copied()
                    .filter(|m| m.tok == Tok::Other)
                    .and_then(|m| english_multiplier(slice(m)).map(|f| (m, f)));
                if let Some((m, factor)) = english {
                    i += 1;
                    let len = m.end() - t.offset;
                    let value = value
                        .checked_mul(Decimal::from(factor))
                        .ok_or_else(|| too_large(slice(t), t.offset, len))?;
                    amount = Some(Amount {
                        value,
                        chinese: false,
                        offset: t.offset,
                        len,
                    });
                    continue;
                }
                amount = Some(match multiplier {
                    None => Amount {
                        value,
                        chinese: false,
                        offset: t.offset,
                        len: t.len,
                    },
                    Some(m) => {
                        i += 1;
                        let len = m.end() - t.offset;
                        let Some(factor) = parse_multiplier(slice(m)) else {
                            return Err(MoneyParseError::new(
                                Msg::new(MsgId::MnAfterDigits).arg("text", slice(m)),
                                MsgId::MnAfterDigitsHint,
                                m.offset,
                                m.len,
                            ));
                        };
                        let value = value
                            .checked_mul(Decimal::from(factor))
                            .ok_or_else(|| too_large(slice(t), t.offset, len))?;
                        Amount {
                            value,
                            chinese: true,
                            offset: t.offset,
                            len,
                        }
                    }
                });
            }
            Tok::Chinese => {
                let Some(n) = parse_chinese_number(slice(t)) else {
                    return Err(MoneyParseError::new(
                        Msg::new(MsgId::MnBadChineseNumber).arg("text", slice(t)),
                        MsgId::MnBadChineseNumberHint,
                        t.offset,
                        t.len,
                    ));
                };
                amount = Some(Amount {
                    value: Decimal::from(n),
                    chinese: true,
                    offset: t.offset,
                    len: t.len,
                });
            }
            Tok::Stop => {
                return Err(MoneyParseError::new(
                    Msg::new(MsgId::PgUnexpected).arg("text", slice(t)),
                    MsgId::PgRemoveIt,
                    t.offset,
                    t.len,
                ));
            }
            Tok::Other
                if amount
                    .as_ref()
                    .is_some_and(|a| a.offset + a.len == t.offset)
                    && matches!(
                        slice(t).to_ascii_lowercase().as_str(),
                        "k" | "m" | "mn" | "b" | "bn"
                    ) =>
            {
                return Err(MoneyParseError::new(
                    Msg::new(MsgId::MnAbbreviates).arg("text", slice(t)),
                    MsgId::MnAbbreviatesHint,
                    t.offset,
                    t.len,
                ));
            }
            Tok::Other if has_amount => {
                return Err(MoneyParseError::new(
                    Msg::new(MsgId::MnUnknownCurrency).arg("text", slice(t)),
                    SUPPORTED,
                    t.offset,
                    t.len,
                ));
            }
            Tok::Other => {
                return Err(MoneyParseError::new(
                    Msg::new(MsgId::MnNotAmount).arg("text", slice(t)),
                    MsgId::MnAmountHint,
                    t.offset,
                    t.len,
                ));
            }
        }
    }

    let Some(amount) = amount else {
        let (offset, len) = before.map_or((0, text.len()), |(_, t)| (t.offset, t.len));
        return Err(MoneyParseError::new(
            Msg::new(MsgId::PgNothing).arg("what", MsgId::PgWhatAmount),
            MsgId::MnNoAmountCurrencyHint,
            offset,
            len,
        ));
    };
    let currency = match (before, after) {
        (Some((a, _)), Some((b, t))) if a != b => {
            return Err(MoneyParseError::new(
                Msg::new(MsgId::MnContradicts)
                    .arg("text", slice(t))
                    .arg("currency", a.code()),
                MsgId::MnContradictsHint,
                t.offset,
                t.len,
            ));
        }
        (Some((c, _)), _) | (None, Some((c, _))) => c,
        (None, None) if amount.chinese => Currency::Cny,
        (None, None) => {
            let number = text
                .get(amount.offset..amount.offset + amount.len)
                .unwrap_or("");
            return Err(MoneyParseError::new(
                Msg::new(MsgId::MnNoCurrency).arg("text", number),
                Msg::new(MsgId::MnNoCurrencyHint).arg("text", number),
                amount.offset,
                amount.len,
            ));
        }
    };
    check_amount(&amount, currency, text)?;
    Ok(Money {
        amount: amount.value,
        currency,
    })
}

/// The factor of an English multiplier word (`6 million CNY`).
fn english_multiplier(word: &str) -> Option<u64> {
    match word.to_ascii_lowercase().as_str() {
        "thousand" => Some(1_000),
        "million" => Some(1_000_000),
        "billion" => Some(1_000_000_000),
        _ => None,
    }
}

/// Zero, absurdly large, or more decimals than the currency has.
fn check_amount(amount: &Amount, currency: Currency, text: &str) -> Result<(), MoneyParseError> {
    let written = text
        .get(amount.offset..amount.offset + amount.len)
        .unwrap_or("");
    if amount.value.is_zero() {
        return Err(MoneyParseError::new(
            MsgId::MnZero,
            MsgId::MnZeroHint,
            amount.offset,
            amount.len,
        ));
    }
    if amount.value > Decimal::from(MAX_AMOUNT) {
        return Err(too_large(written, amount.offset, amount.len));
    }
    let places = currency.decimal_places();
    if amount.value.normalize().scale() > places {
        let (message, hint) = if places == 0 {
            (
                Msg::new(MsgId::MnNoDecimals).arg("currency", currency.code()),
                Msg::new(MsgId::MnNoDecimalsHint),
            )
        } else {
            (
                Msg::new(MsgId::MnTooManyPlaces)
                    .arg("text", written)
                    .arg("places", places),
                Msg::new(MsgId::MnTooManyPlacesHint)
                    .arg("currency", currency.code())
                    .arg("places", places),
            )
        };
        return Err(MoneyParseError::new(
            message,
            hint,
            amount.offset,
            amount.len,
        ));
    }
    Ok(())
}

fn too_large(written: &str, offset: usize, len: usize) -> MoneyParseError {
    MoneyParseError::new(
        Msg::new(MsgId::MnTooLarge).arg("text", written),
        MsgId::MnTooLargeHint,
        offset,
        len,
    )
}

/// Reads `1,000,000`, `1000000`, `1234.5`, `１５` exactly. `offset` is the
/// position of `raw` in the input, for error carets.
fn read_digits(raw: &str, offset: usize) -> Result<Decimal, MoneyParseError> {
    if raw.contains('，') {
        // `20，000`: read as `20,000`; an error points at the whole number,
        // since the byte offsets of the two commas differ.
        return read_ascii_digits(&raw.replace('，', ","), offset).map_err(|mut e| {
            e.offset = offset;
            e.len = raw.len();
            e
        });
    }
    read_ascii_digits(raw, offset)
}

/// Digits with ASCII `,` and `.` (see [`read_digits`]).
fn read_ascii_digits(raw: &str, offset: usize) -> Result<Decimal, MoneyParseError> {
    let (whole, fraction) = match raw.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (raw, None),
    };
    if let Some(f) = fraction
        && let Some(dot) = f.find('.')
    {
        let at = offset + whole.len() + 1 + dot;
        return Err(MoneyParseError::new(
            Msg::new(MsgId::MnTwoPoints).arg("text", raw),
            MsgId::MnTwoPointsHint,
            at,
            1,
        ));
    }
    if let Some(f) = fraction
        && f.contains(',')
    {
        return Err(MoneyParseError::new(
            Msg::new(MsgId::MnCommaAfterPoint).arg("text", raw),
            MsgId::MnCommaAfterPointHint,
            offset,
            raw.len(),
        ));
    }
    check_grouping(whole, offset)?;

    let mut cleaned = String::with_capacity(raw.len());
    for c in raw.chars() {
        match digit_value(c).and_then(|d| char::from_digit(d, 10)) {
            Some(d) => cleaned.push(d),
            None if c == '.' => cleaned.push('.'),
            None => {}
        }
    }
    let significant = cleaned
        .split('.')
        .next()
        .unwrap_or("")
        .trim_start_matches('0')
        .len();
    if significant > 16 {
        return Err(too_large(raw, offset, raw.len()));
    }
    Decimal::from_str_exact(&cleaned).map_err(|_| {
        MoneyParseError::new(
            Msg::new(MsgId::MnTooManyDigits).arg("text", raw),
            MsgId::MnTooManyDigitsHint,
            offset,
            raw.len(),
        )
    })
}

/// Thousands separators must group by three: `1,000,000`, not `1,00,000`.
fn check_grouping(whole: &str, offset: usize) -> Result<(), MoneyParseError> {
    if !whole.contains(',') {
        return Ok(());
    }
    let mut at = offset;
    for (i, group) in whole.split(',').enumerate() {
        let digits = group.chars().count();
        let ok = if i == 0 {
            (1..=3).contains(&digits)
        } else {
            digits == 3
        };
        if !ok {
            return Err(MoneyParseError::new(
                Msg::new(MsgId::MnNotGrouped).arg("text", whole),
                MsgId::MnNotGroupedHint,
                at,
                group.len(),
            ));
        }
        at += group.len() + 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {

    #[test]
    fn plain_amount_fast_path_agrees_with_the_grammar() {
        let numbers = [
            "1",
            "9",
            "10",
            "999",
            "1000",
            "50000",
            "1000000",
            "123456789012345",
            "999999999999999",
            "0",
            "01",
            "1000000000000000",
        ];
        let codes = [
            "CNY", "EUR", "USD", "GBP", "JPY", "TWD", "cny", "RMB", "XYZ",
        ];
        let mut fast_taken = 0;
        for n in numbers {
            for c in codes {
                let text = format!("{n} {c}");
                if let Some(fast) = plain_amount_with_code(&text) {
                    fast_taken += 1;
                    assert_eq!(Ok(fast), parse_money_full(&text), "{text}");
                }
            }
        }
        assert!(
            fast_taken >= 50,
            "the fast path took only {fast_taken} forms"
        );
        assert_eq!(plain_amount_with_code("1,000 CNY"), None);
        assert_eq!(plain_amount_with_code("100万元"), None);
    }

    use super::*;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    fn ok(text: &str) -> Money {
        match parse_money(text) {
            Ok(m) => m,
            Err(e) => panic!("{text:?} should parse: {e:?}"),
        }
    }

    fn err(text: &str) -> MoneyParseError {
        match parse_money(text) {
            Ok(m) => panic!("{text:?} should fail, got {m:?}"),
            Err(e) => e,
        }
    }

    fn cny(n: u64) -> Money {
        Money {
            amount: Decimal::from(n),
            currency: Currency::Cny,
        }
    }

    #[test]
    fn cny_codes_words_and_symbols() {
        for text in [
            "1000000 CNY",
            "1,000,000 CNY",
            "1000000 yuan",
            "RMB 1,000,000",
            "CNY 1000000",
            "¥1,000,000",
            "￥1,000,000",
            "1000000 cny",
            "rmb1000000",
            "1000000元",
            "人民币1000000元",
        ] {
            assert_eq!(ok(text), cny(1_000_000), "{text}");
        }
        assert_eq!(ok("300000 元"), cny(300_000));
    }

    #[test]
    fn wan_and_yi_multiply_exactly() {
        assert_eq!(ok("100万元").amount, dec("1000000"));
        assert_eq!(ok("100万"), cny(1_000_000));
        assert_eq!(ok("1.5万元").amount, dec("15000"));
        assert_eq!(ok("1.5万元"), cny(15_000));
        assert_eq!(ok("2亿元"), cny(200_000_000));
        assert_eq!(ok("1.25亿"), cny(125_000_000));
        assert_eq!(ok("3千万元"), cny(30_000_000));
        assert_eq!(ok("1.23456万元").amount, dec("12345.6"));
    }

    #[test]
    fn chinese_numerals_default_to_yuan() {
        assert_eq!(ok("一百万元"), cny(1_000_000));
        assert_eq!(ok("人民币一百万元"), cny(1_000_000));
        assert_eq!(ok("人民币三十万元"), cny(300_000));
        assert_eq!(ok("一百万"), cny(1_000_000));
        assert_eq!(ok("人民币100万元"), cny(1_000_000));
    }

    #[test]
    fn yen_sign_is_yuan_in_prc_judgments() {
        assert_eq!(ok("¥1,000,000"), cny(1_000_000));
        assert_eq!(ok("¥1,000,000").amount, dec("1000000"));
    }

    #[test]
    fn other_currencies() {
        let eur = |n: u64| Money {
            amount: Decimal::from(n),
            currency: Currency::Eur,
        };
        assert_eq!(ok("€500"), eur(500));
        assert_eq!(ok("500 EUR"), eur(500));
        assert_eq!(ok("500 euros"), eur(500));
        assert_eq!(ok("500 Euro"), eur(500));
        assert_eq!(ok("$1,000").currency, Currency::Usd);
        assert_eq!(ok("$1,000").amount, dec("1000"));
        assert_eq!(ok("1000 USD").currency, Currency::Usd);
        assert_eq!(ok("US$1000").currency, Currency::Usd);
        assert_eq!(ok("£20").currency, Currency::Gbp);
        assert_eq!(ok("1000 GBP").currency, Currency::Gbp);
        assert_eq!(ok("1000 JPY").currency, Currency::Jpy);
        assert_eq!(ok("1000 yen").currency, Currency::Jpy);
        assert_eq!(ok("NT$1000").currency, Currency::Twd);
        assert_eq!(ok("nt$1000").amount, dec("1000"));
        assert_eq!(ok("1000 TWD").currency, Currency::Twd);
        assert_eq!(ok("5万美元").currency, Currency::Usd);
        assert_eq!(ok("5万美元").amount, dec("50000"));
    }

    #[test]
    fn decimals_are_exact() {
        assert_eq!(ok("1234.50 EUR").amount, dec("1234.50"));
        assert_eq!(ok("0.01 CNY").amount, dec("0.01"));
        assert_eq!(ok("1000.00 JPY").amount, dec("1000"));
    }

    #[test]
    fn trailing_full_stop_and_full_width_digits() {
        assert_eq!(ok("人民币三十万元。"), cny(300_000));
        assert_eq!(ok("３０万元"), cny(300_000));
    }

    #[test]
    fn display_groups_thousands_and_keeps_nonzero_decimals() {
        assert_eq!(cny(1_000_000).to_string(), "1,000,000 CNY");
        assert_eq!(ok("1234.5 EUR").to_string(), "1,234.50 EUR");
        assert_eq!(ok("1234.00 EUR").to_string(), "1,234 EUR");
        assert_eq!(ok("999 USD").to_string(), "999 USD");
        assert_eq!(ok("1000 GBP").to_string(), "1,000 GBP");
        assert_eq!(ok("1.5万元").to_string(), "15,000 CNY");
        assert_eq!(ok("123456789.01 CNY").to_string(), "123,456,789.01 CNY");
    }

    #[test]
    fn checked_add_same_currency_only() {
        assert_eq!(cny(1).checked_add(&cny(2)), Some(cny(3)));
        assert_eq!(cny(1).checked_add(&ok("2 EUR")), None);
        let huge = Money {
            amount: Decimal::MAX,
            currency: Currency::Cny,
        };
        assert_eq!(huge.checked_add(&cny(1)), None);
    }

    #[test]
    fn currency_codes() {
        let all = [
            Currency::Cny,
            Currency::Eur,
            Currency::Usd,
            Currency::Gbp,
            Currency::Jpy,
            Currency::Twd,
        ];
        let codes: Vec<_> = all.iter().map(|c| c.code()).collect();
        assert_eq!(codes, ["CNY", "EUR", "USD", "GBP", "JPY", "TWD"]);
    }

    #[test]
    fn rejects_empty() {
        let e = err("");
        assert_eq!((e.offset, e.len), (0, 0));
        err("   ");
        err("CNY");
    }

    #[test]
    fn rejects_negative_at_the_minus_sign() {
        let e = err("-5 CNY");
        assert!(e.message.en().contains("negative"), "{e:?}");
        assert_eq!((e.offset, e.len), (0, 1));
    }

    #[test]
    fn rejects_zero() {
        assert!(err("0 CNY").message.en().contains("zero"));
        assert!(err("0.00 EUR").message.en().contains("zero"));
        assert!(err("零元").message.en().contains("zero"));
    }

    #[test]
    fn rejects_missing_currency_with_a_hint() {
        let e = err("1000000");
        assert!(e.message.en().contains("no currency"), "{e:?}");
        assert!(e.hint.en().contains("CNY"), "{e:?}");
        assert_eq!((e.offset, e.len), (0, 7));
    }

    #[test]
    fn rejects_unknown_currency_at_its_name() {
        let e = err("500 bitcoins");
        assert!(e.message.en().contains("unknown currency"), "{e:?}");
        assert_eq!((e.offset, e.len), (4, 8));
        let e = err("500 HKD");
        assert_eq!((e.offset, e.len), (4, 3));
        assert!(err("100k CNY").message.en().contains("abbreviates"));
        assert_eq!(err("HK$100").len, 3);
        err("500 ₩");
    }

    #[test]
    fn rejects_malformed_grouping_at_the_bad_group() {
        let e = err("1,00,000 CNY");
        assert!(e.message.en().contains("thousands"), "{e:?}");
        assert_eq!((e.offset, e.len), (2, 2));
        err("1000,000 CNY");
        err("1,0000 CNY");
        err("1.000,50 EUR");
    }

    #[test]
    fn rejects_too_many_decimal_places() {
        let e = err("1.234 CNY");
        assert!(e.message.en().contains("decimal places"), "{e:?}");
        assert_eq!((e.offset, e.len), (0, 5));
        err("0.001 EUR");
        err("1.5 JPY");
        err("1.2.3 CNY");
        err("1.2345678万元");
    }

    #[test]
    fn rejects_absurd_amounts() {
        assert_eq!(ok("1000000000000000 CNY"), cny(1_000_000_000_000_000));
        assert!(err("1000000000000001 CNY").message.en().contains("10^15"));
        err("99999999999999999999999999999999999 CNY");
        err("2亿亿元");
        err("100000000万亿元");
    }

    #[test]
    fn rejects_conflicting_or_repeated_currencies() {
        let e = err("CNY 500 EUR");
        assert_eq!((e.offset, e.len), (8, 3));
        err("RMB ¥500");
        assert_eq!(ok("RMB 500 CNY"), cny(500));
    }

    #[test]
    fn rejects_two_amounts_and_bad_numerals() {
        err("100 200 CNY");
        err("一百五元");
        err("100一元");
        err("abc");
        err("100 . CNY");
    }
}
