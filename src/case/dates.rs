//! Reading the dates written in case files: calendar days (`2012-09-24`) and
//! offence periods (`2012`, `2011-11`, `2003..2012`, `2011-11..2012-02`).

use super::model::{DatePrecision, OffencePeriod};
use crate::message::{Msg, MsgId};
use jiff::civil::Date;

/// The earliest and latest dates the tool accepts (a typo such as `0212` or
/// `20120` is an error, not a date).
pub const EARLIEST_YEAR: i16 = 1900;
pub const LATEST_YEAR: i16 = 2200;

/// Why a date could not be read: a message and a hint, both catalogue
/// messages (rendered per language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    pub message: Msg,
    pub hint: Msg,
}

fn error(message: impl Into<Msg>, hint: impl Into<Msg>) -> DateError {
    DateError {
        message: message.into(),
        hint: hint.into(),
    }
}

/// Reads a calendar date `YYYY-MM-DD`.
///
/// ```
/// use sentencing::case::parse_date;
/// assert_eq!(parse_date("2012-09-24").unwrap().to_string(), "2012-09-24");
/// assert!(parse_date("2012-02-30").is_err());
/// assert!(parse_date("24.09.2012").is_err());
/// ```
pub fn parse_date(text: &str) -> Result<Date, DateError> {
    let t = text.trim();
    let [Some(y), Some(m), Some(d), None] = hyphen_pieces(t) else {
        return Err(error(
            Msg::new(MsgId::DtNotADate).arg("text", t),
            MsgId::DtFormatHint,
        ));
    };
    let year = parse_year(y)?;
    let month = parse_number(m, 1, 12, MsgId::DtMonth)?;
    let day = parse_number(d, 1, 31, MsgId::DtDay)?;
    Date::new(year, month, day).map_err(|_| {
        error(
            Msg::new(MsgId::DtNotInCalendar).arg("text", t),
            MsgId::DtNotInCalendarHint,
        )
    })
}

/// The first four pieces of `text` between hyphens (a fourth means too many),
/// without collecting them: dates are read for every count of every file.
fn hyphen_pieces(text: &str) -> [Option<&str>; 4] {
    let mut pieces = text.split('-');
    [pieces.next(), pieces.next(), pieces.next(), pieces.next()]
}

fn parse_year(s: &str) -> Result<i16, DateError> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(error(
            Msg::new(MsgId::DtNotFourDigitYear).arg("text", s),
            MsgId::DtFormatHint,
        ));
    }
    let year: i16 = s.parse().map_err(|_| {
        error(
            Msg::new(MsgId::DtNotAYear).arg("text", s),
            MsgId::DtFourDigits,
        )
    })?;
    if !(EARLIEST_YEAR..=LATEST_YEAR).contains(&year) {
        return Err(error(
            Msg::new(MsgId::DtYearOutside)
                .arg("year", i64::from(year))
                .arg("earliest", i64::from(EARLIEST_YEAR))
                .arg("latest", i64::from(LATEST_YEAR)),
            MsgId::DtYearOutsideHint,
        ));
    }
    Ok(year)
}

fn parse_number(s: &str, min: i8, max: i8, what: MsgId) -> Result<i8, DateError> {
    if s.len() != 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(error(
            Msg::new(MsgId::DtNotTwoDigit)
                .arg("text", s)
                .arg("what", what),
            MsgId::DtFormatHint,
        ));
    }
    let n: i8 = s.parse().map_err(|_| {
        error(
            Msg::new(MsgId::DtNotA).arg("text", s).arg("what", what),
            MsgId::DtTwoDigits,
        )
    })?;
    if !(min..=max).contains(&n) {
        return Err(error(
            Msg::new(MsgId::DtInvalid)
                .arg("n", i64::from(n))
                .arg("what", what),
            Msg::new(MsgId::DtBetween)
                .arg("what", what)
                .arg("min", format!("{min:02}"))
                .arg("max", format!("{max:02}")),
        ));
    }
    Ok(n)
}

/// One end of an offence period: a day, a month or a year.
fn parse_point(text: &str) -> Result<(Date, Date, DatePrecision), DateError> {
    let t = text.trim();
    // The commonest point, a bare year, without splitting.
    let pieces = if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
        [Some(t), None, None, None]
    } else {
        hyphen_pieces(t)
    };
    match pieces {
        [Some(y), None, ..] => {
            let year = parse_year(y)?;
            let bad = |_| error(MsgId::DtBadYear, MsgId::DtFormatHint);
            let first = Date::new(year, 1, 1).map_err(bad)?;
            let last = Date::new(year, 12, 31).map_err(bad)?;
            Ok((first, last, DatePrecision::Year))
        }
        [Some(y), Some(m), None, _] => {
            let year = parse_year(y)?;
            let month = parse_number(m, 1, 12, MsgId::DtMonth)?;
            let first = Date::new(year, month, 1)
                .map_err(|_| error(MsgId::DtBadMonth, MsgId::DtFormatHint))?;
            let last = first.last_of_month();
            Ok((first, last, DatePrecision::Month))
        }
        [Some(_), Some(_), Some(_), None] => {
            let d = parse_date(t)?;
            Ok((d, d, DatePrecision::Day))
        }
        _ => Err(error(
            Msg::new(MsgId::DtNotAPeriod).arg("text", t),
            MsgId::DtNotAPeriodHint,
        )),
    }
}

/// Reads when an offence was committed.
///
/// ```
/// use sentencing::case::parse_offence_period;
/// let p = parse_offence_period("2011-11..2012-02").unwrap();
/// assert_eq!(p.first.to_string(), "2011-11-01");
/// assert_eq!(p.last.to_string(), "2012-02-29");
/// let y = parse_offence_period("2012").unwrap();
/// assert_eq!((y.first.to_string(), y.last.to_string()), ("2012-01-01".into(), "2012-12-31".into()));
/// assert!(parse_offence_period("2012..2003").is_err());
/// ```
pub fn parse_offence_period(text: &str) -> Result<OffencePeriod, DateError> {
    let t = text.trim();
    // `..` found bytewise: a substring search costs more than the whole
    // period for texts this short.
    let range = t
        .as_bytes()
        .windows(2)
        .position(|w| w == b"..")
        .and_then(|i| Some((t.get(..i)?, t.get(i.checked_add(2)?..)?)));
    if let Some((a, b)) = range {
        let (first, _, first_precision) = parse_point(a)?;
        let (_, last, last_precision) = parse_point(b)?;
        if last < first {
            return Err(error(
                Msg::new(MsgId::DtRangeBackwards).arg("text", t),
                MsgId::DtRangeBackwardsHint,
            ));
        }
        return Ok(OffencePeriod {
            first,
            last,
            first_precision,
            last_precision,
            is_range: true,
        });
    }
    let (first, last, precision) = parse_point(t)?;
    Ok(OffencePeriod {
        first,
        last,
        first_precision: precision,
        last_precision: precision,
        is_range: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_dates() {
        assert!(parse_date("2012-02-29").is_ok());
        assert!(parse_date("2011-02-29").is_err());
        assert!(parse_date("2012-13-01").is_err());
        assert!(parse_date("1899-12-31").is_err());
        assert!(parse_date("2201-01-01").is_err());
        assert!(parse_date("2012-9-24").is_err());
        assert!(parse_date("").is_err());
    }

    #[test]
    fn offence_periods() {
        let p = parse_offence_period("2003..2012").unwrap();
        assert_eq!(p.first, Date::new(2003, 1, 1).unwrap());
        assert_eq!(p.last, Date::new(2012, 12, 31).unwrap());
        let d = parse_offence_period("2012-02-06").unwrap();
        assert_eq!(d.first, d.last);
        assert_eq!(d.first_precision, DatePrecision::Day);
        assert_eq!(
            parse_offence_period("2011-11..2012-02")
                .unwrap()
                .to_string(),
            "2011-11 to 2012-02"
        );
        let m = parse_offence_period("2011-02").unwrap();
        assert_eq!(m.last, Date::new(2011, 2, 28).unwrap());
        assert!(parse_offence_period("2012-02-06..2012-02-01").is_err());
        assert!(parse_offence_period("a..b").is_err());
    }
}
