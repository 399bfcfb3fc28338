//! The small pieces of a Chinese judgment's text: dates written with Arabic
//! or Chinese numerals, relative dates (同年8月22日, 次日), and positions.
//!
//! Positions are byte offsets into the text as given (UTF-8), counted from
//! its first byte: `text[at..at + quote.len()] == quote` always holds.

use jiff::civil::Date;

/// A phrase of the source and where it starts (byte offset).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub text: String,
    pub at: usize,
}

impl Quote {
    /// The phrase `text[start..end]`, or `None` when the range is not on
    /// character boundaries.
    pub fn of(text: &str, start: usize, end: usize) -> Option<Quote> {
        text.get(start..end).map(|t| Quote {
            text: t.to_string(),
            at: start,
        })
    }

    /// The byte just after the phrase.
    pub fn end(&self) -> usize {
        self.at + self.text.len()
    }
}

/// How a date is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateForm {
    /// 2017年8月18日, 二〇一八年六月十二日.
    Full { year: i16, month: i8, day: i8 },
    /// 8月22日, 同年8月22日: the year of the date before.
    MonthDay { month: i8, day: i8 },
    /// 同月22日: the year and month of the date before.
    Day { day: i8 },
    /// 同日, 当日, 当天: the date before.
    SameDay,
    /// 次日, 翌日: the day after the date before.
    NextDay,
}

/// A date as written, with its place in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub form: DateForm,
    pub start: usize,
    pub end: usize,
}

impl DateMention {
    /// The date, given the date mentioned before it (for relative forms).
    pub fn resolve(&self, before: Option<Date>) -> Option<Date> {
        match self.form {
            DateForm::Full { year, month, day } => Date::new(year, month, day).ok(),
            DateForm::MonthDay { month, day } => Date::new(before?.year(), month, day).ok(),
            DateForm::Day { day } => {
                let b = before?;
                Date::new(b.year(), b.month(), day).ok()
            }
            DateForm::SameDay => before,
            DateForm::NextDay => before?.tomorrow().ok(),
        }
    }

    /// True for a date that does not depend on the one before.
    pub fn is_absolute(&self) -> bool {
        matches!(self.form, DateForm::Full { .. })
    }
}

/// The value of one digit written with an Arabic, full-width or Chinese
/// numeral (〇 and ○ and the letter O, which some courts type for zero).
fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        '〇' | '○' | '零' | 'O' | 'Ｏ' => Some(0),
        '一' => Some(1),
        '二' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

fn is_arabic(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// A small number (month or day) at the start of `s`: Arabic (`22`) or
/// Chinese (`二十二`, `十`, `三十一`). Returns the value and its length in bytes.
fn small_number(s: &str) -> Option<(u32, usize)> {
    let mut chars = s.char_indices().peekable();
    let &(_, first) = chars.peek()?;
    if is_arabic(first) {
        let mut v = 0u32;
        let mut len = 0;
        for (i, c) in s.char_indices() {
            if !is_arabic(c) || i >= 6 {
                break;
            }
            v = v * 10 + digit(c)?;
            len = i + c.len_utf8();
        }
        return Some((v, len));
    }
    // Chinese: [tens]十[units] | units
    let mut v = 0u32;
    let mut len = 0;
    let mut seen_ten = false;
    let mut pending: Option<u32> = None;
    for (i, c) in s.char_indices() {
        if c == '十' && !seen_ten {
            v = pending.unwrap_or(1) * 10;
            pending = None;
            seen_ten = true;
        } else if let Some(d) = digit(c).filter(|_| c != 'O' && c != 'Ｏ') {
            if pending.is_some() {
                break;
            }
            pending = Some(d);
        } else {
            break;
        }
        len = i + c.len_utf8();
    }
    if len == 0 {
        return None;
    }
    Some((v + pending.unwrap_or(0), len))
}

/// A year written digit by digit (`2017`, `二〇一七`, `二○一七`) at the start of `s`.
fn year(s: &str) -> Option<(i16, usize)> {
    let mut v = 0i32;
    let mut len = 0;
    let mut n = 0;
    for (i, c) in s.char_indices() {
        match digit(c) {
            Some(d) if n < 4 => {
                v = v * 10 + d as i32;
                n += 1;
                len = i + c.len_utf8();
            }
            _ => break,
        }
    }
    if n != 4 {
        return None;
    }
    i16::try_from(v).ok().map(|y| (y, len))
}

/// `month月day日` at the start of `s` (日 may be missing when the text ends or
/// a clause follows: some courts drop it). Returns month, day and length.
fn month_day(s: &str) -> Option<(i8, i8, usize)> {
    let (m, ml) = small_number(s)?;
    let rest = s.get(ml..)?;
    let rest = rest.strip_prefix('月')?;
    let (d, dl) = small_number(rest)?;
    let after = rest.get(dl..)?;
    let len = ml
        + '月'.len_utf8()
        + dl
        + if after.starts_with('日') || after.starts_with('号') {
            3
        } else {
            0
        };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some((m as i8, d as i8, len))
}

/// Every date written in `text`, in order.
pub fn dates_in(text: &str) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let Some(rest) = text.get(i..) else {
            i += 1;
            continue;
        };
        let Some(c) = rest.chars().next() else { break };
        if let Some((m, len)) = date_at(rest) {
            out.push(DateMention {
                form: m,
                start: i,
                end: i + len,
            });
            i += len;
        } else {
            i += c.len_utf8();
        }
    }
    out
}

/// A date starting exactly at the beginning of `s`.
pub fn date_at(s: &str) -> Option<(DateForm, usize)> {
    for (word, form) in [
        ("同日", DateForm::SameDay),
        ("当日", DateForm::SameDay),
        ("当天", DateForm::SameDay),
        ("次日", DateForm::NextDay),
        ("翌日", DateForm::NextDay),
    ] {
        if s.starts_with(word) {
            return Some((form, word.len()));
        }
    }
    if let Some(rest) = s.strip_prefix("同年") {
        let (month, day, len) = month_day(rest)?;
        return Some((DateForm::MonthDay { month, day }, "同年".len() + len));
    }
    if let Some(rest) = s.strip_prefix("同月") {
        let (d, dl) = small_number(rest)?;
        let after = rest.get(dl..)?;
        if !after.starts_with('日') || !(1..=31).contains(&d) {
            return None;
        }
        return Some((DateForm::Day { day: d as i8 }, "同月".len() + dl + 3));
    }
    if let Some((y, yl)) = year(s) {
        let rest = s.get(yl..)?.strip_prefix('年')?;
        let (month, day, len) = month_day(rest)?;
        return Some((
            DateForm::Full {
                year: y,
                month,
                day,
            },
            yl + 3 + len,
        ));
    }
    let first = s.chars().next()?;
    if is_arabic(first) {
        let (month, day, len) = month_day(s)?;
        // A bare "8月22日" needs its 日 to be read as a date.
        if s.get(..len).is_some_and(|t| t.ends_with('日')) {
            return Some((DateForm::MonthDay { month, day }, len));
        }
    }
    None
}

/// The date written exactly as `s` (the whole of it).
pub fn parse_full_date(s: &str) -> Option<Date> {
    let (form, len) = date_at(s)?;
    if len != s.len() {
        return None;
    }
    DateMention {
        form,
        start: 0,
        end: len,
    }
    .resolve(None)
}

/// The byte offsets of every occurrence of `needle` in `hay`.
pub fn find_all(hay: &str, needle: &str) -> Vec<usize> {
    hay.match_indices(needle).map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn full_dates_with_arabic_and_chinese_numerals() {
        assert_eq!(parse_full_date("2017年8月18日"), Some(date(2017, 8, 18)));
        assert_eq!(
            parse_full_date("二〇一八年六月十二日"),
            Some(date(2018, 6, 12))
        );
        assert_eq!(
            parse_full_date("二○一六年十二月二十七日"),
            Some(date(2016, 12, 27))
        );
        assert_eq!(
            parse_full_date("二〇一九年十月三十一日"),
            Some(date(2019, 10, 31))
        );
        assert_eq!(parse_full_date("2019年2月30日"), None);
    }

    #[test]
    fn relative_dates_take_the_date_before() {
        let text = "于2017年8月18日被刑事拘留，同年8月22日转取保候审，次日释放，同月30日被逮捕";
        let ds = dates_in(text);
        let mut before = None;
        let mut got = Vec::new();
        for d in &ds {
            before = d.resolve(before);
            got.push(before.unwrap());
        }
        assert_eq!(
            got,
            vec![
                date(2017, 8, 18),
                date(2017, 8, 22),
                date(2017, 8, 23),
                date(2017, 8, 30)
            ]
        );
        assert_eq!(&text[ds[1].start..ds[1].end], "同年8月22日");
    }

    #[test]
    fn a_year_typed_with_the_letter_o_is_read() {
        assert_eq!(parse_full_date("201O年3月15日"), Some(date(2010, 3, 15)));
    }
}
