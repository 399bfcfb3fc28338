//! The fast path for the commonest penalty text.

use crate::penalty::Term;

/// The commonest penalty text, a plain English term such as `15 years`,
/// `2 years 6 months`, `1 year` or `6 months` (lower case, single spaces),
/// read without the general lexer. Anything else, including every error,
/// goes to the full grammar, which gives the same result for these forms
/// (a test checks both agree).
pub(super) fn plain_english_term(text: &str) -> Option<Term> {
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
