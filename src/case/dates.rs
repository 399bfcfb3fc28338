//! Reading the dates written in case files: calendar days (`2012-09-24`) and
//! offence periods (`2012`, `2011-11`, `2003..2012`, `2011-11..2012-02`).

use super::model::{DatePrecision, OffencePeriod};
use jiff::civil::Date;

/// The earliest and latest dates the tool accepts (a typo such as `0212` or
/// `20120` is an error, not a date).
pub const EARLIEST_YEAR: i16 = 1900;
pub const LATEST_YEAR: i16 = 2200;

/// Why a date could not be read: a message and a hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    pub message: String,
    pub hint: String,
}

fn error(message: impl Into<String>, hint: impl Into<String>) -> DateError {
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
    let parts: Vec<&str> = t.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(error(
            format!("`{t}` is not a date"),
            "write dates as YYYY-MM-DD, for example 2012-09-24",
        ));
    };
    let year = parse_year(y)?;
    let month = parse_number(m, 1, 12, "month")?;
    let day = parse_number(d, 1, 31, "day")?;
    Date::new(year, month, day).map_err(|_| {
        error(
            format!("{t} does not exist in the calendar"),
            "check the day of the month (February has 28 days, 29 in leap years)",
        )
    })
}

fn parse_year(s: &str) -> Result<i16, DateError> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(error(
            format!("`{s}` is not a four-digit year"),
            "write dates as YYYY-MM-DD, for example 2012-09-24",
        ));
    }
    let year: i16 = s
        .parse()
        .map_err(|_| error(format!("`{s}` is not a year"), "use four digits"))?;
    if !(EARLIEST_YEAR..=LATEST_YEAR).contains(&year) {
        return Err(error(
            format!("the year {year} is outside {EARLIEST_YEAR}–{LATEST_YEAR}"),
            "check for a typing error in the year",
        ));
    }
    Ok(year)
}

fn parse_number(s: &str, min: i8, max: i8, what: &str) -> Result<i8, DateError> {
    if s.len() != 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(error(
            format!("`{s}` is not a two-digit {what}"),
            "write dates as YYYY-MM-DD, for example 2012-09-24",
        ));
    }
    let n: i8 = s
        .parse()
        .map_err(|_| error(format!("`{s}` is not a {what}"), "use two digits"))?;
    if !(min..=max).contains(&n) {
        return Err(error(
            format!("{n} is not a valid {what}"),
            format!("a {what} is between {min:02} and {max:02}"),
        ));
    }
    Ok(n)
}

/// One end of an offence period: a day, a month or a year.
fn parse_point(text: &str) -> Result<(Date, Date, DatePrecision), DateError> {
    let t = text.trim();
    let pieces: Vec<&str> = t.split('-').collect();
    match pieces.as_slice() {
        [y] => {
            let year = parse_year(y)?;
            let first = Date::new(year, 1, 1).map_err(|_| error("bad year", ""))?;
            let last = Date::new(year, 12, 31).map_err(|_| error("bad year", ""))?;
            Ok((first, last, DatePrecision::Year))
        }
        [y, m] => {
            let year = parse_year(y)?;
            let month = parse_number(m, 1, 12, "month")?;
            let first = Date::new(year, month, 1).map_err(|_| error("bad month", ""))?;
            let last = first.last_of_month();
            Ok((first, last, DatePrecision::Month))
        }
        [_, _, _] => {
            let d = parse_date(t)?;
            Ok((d, d, DatePrecision::Day))
        }
        _ => Err(error(
            format!("`{t}` is not a date, month or year"),
            "write 2012-02-06, 2012-02, 2012, or a range such as 2011-11..2012-02",
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
    if let Some((a, b)) = t.split_once("..") {
        let (first, _, first_precision) = parse_point(a)?;
        let (_, last, last_precision) = parse_point(b)?;
        if last < first {
            return Err(error(
                format!("the range {t} ends before it starts"),
                "write the earlier end first: FROM..TO",
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
