//! The bank holidays of England and Wales, computed by rule: the days the
//! Banking and Financial Dealings Act 1971 names, the common-law and
//! proclaimed holidays beside them, the substitute weekdays for those that
//! fall at a weekend, and the one-off days proclaimed for a single year.
//!
//! The MoJ reads these days from the gov.uk list (`/bank-holidays.json`,
//! England and Wales) and moves a release back to the last working day
//! before a weekend or bank holiday (`timeline::previous_working_day`). The
//! list covers years from 1978, the first year of the early May bank
//! holiday; an earlier year is an error, never a silent weekend-only answer.

use super::booking::MethodError;
use crate::calendar::{DateArithmeticError, add_days};
use crate::law::{Rule, Verification};
use jiff::civil::{Date, Weekday, date};

/// The holidays named by the Act and those beside them every year.
pub static ANNUAL: Rule = Rule {
    id: "gb.bfda1971.bank-holidays",
    citation: "Banking and Financial Dealings Act 1971 s. 1, Sch. 1 para. 1; royal proclamations (New Year's Day, early May)",
    in_force_from: date(1978, 1, 1),
    in_force_until: None,
    summary: "bank holidays in England and Wales: New Year's Day, Good Friday, Easter Monday, the first Monday in May, the last Monday in May, the last Monday in August, Christmas Day and 26 December; Easter by the Gregorian computus",
    verification: Verification::Reference(
        "Sch. 1 para. 1 (England and Wales) names Easter Monday, the last Monday in May, the last Monday in August, 26 December if not a Sunday and 27 December in a year in which 25 or 26 December is a Sunday; Good Friday and Christmas Day are common-law holidays; New Year's Day (from 1974) and the first Monday in May (from 1978) are proclaimed each year under s. 1(3); Easter Sunday by the Gregorian computus (Calendar (New Style) Act 1750, its tables); as listed by gov.uk/bank-holidays, which the MoJ reads (calculate-release-dates-api, BankHolidayService); the Act's text is not bundled",
    ),
};

/// A holiday at a weekend moves to the next weekday not already a holiday.
pub static SUBSTITUTE: Rule = Rule {
    id: "gb.bfda1971.substitute-day",
    citation: "Banking and Financial Dealings Act 1971 s. 1(3), Sch. 1 para. 1; royal proclamations (substitute days)",
    in_force_from: date(1978, 1, 1),
    in_force_until: None,
    summary: "a bank holiday on a Saturday or Sunday is replaced by the next weekday that is not already a bank holiday (Christmas on a Saturday: 27 and 28 December; on a Sunday: 26 and 27 December; New Year's Day on a weekend: the Monday after)",
    verification: Verification::Reference(
        "gov.uk/bank-holidays: 'If a bank holiday is on a weekend, a substitute weekday becomes a bank holiday, normally the following Monday'; 27 December where 25 or 26 December is a Sunday is the Act's own (Sch. 1 para. 1), the other substitute days are proclaimed each year; the proclamations are not bundled",
    ),
};

/// The one-off days proclaimed for a single year, and the annual days moved.
pub static PROCLAIMED: Rule = Rule {
    id: "gb.bfda1971.proclaimed-days",
    citation: "Banking and Financial Dealings Act 1971 s. 1(2), (3); royal proclamations (one-off bank holidays)",
    in_force_from: date(1978, 1, 1),
    in_force_until: None,
    summary: "one-off bank holidays by proclamation: 29 Jul 1981, 8 May 1995 (early May moved), 31 Dec 1999, 3 and 4 Jun 2002 (spring moved), 29 Apr 2011, 4 and 5 Jun 2012 (spring moved), 8 May 2020 (early May moved), 2 and 3 Jun 2022 (spring moved), 19 Sep 2022, 8 May 2023",
    verification: Verification::Reference(
        "the proclamations as published in the London Gazette and listed by gov.uk/bank-holidays (2012 onwards); a day proclaimed after this table was written is unknown to the tool; the Gazette notices are not bundled",
    ),
};

/// Rules of this module.
pub static RULES: &[&Rule] = &[&ANNUAL, &SUBSTITUTE, &PROCLAIMED];

/// The first year covered (the first early May bank holiday).
pub const FIRST_YEAR: i16 = 1978;

/// A proclaimed change for one year: the annual day it replaces (if any)
/// and the days it adds.
struct Proclaimed {
    year: i16,
    /// The annual holiday moved, `(month, day)` of its usual date that year.
    replaces: Option<(i8, i8)>,
    /// The days proclaimed, `(month, day)`.
    days: &'static [(i8, i8)],
}

/// One-off days (`PROCLAIMED`).
const ONE_OFF: &[Proclaimed] = &[
    // Wedding of the Prince of Wales.
    Proclaimed {
        year: 1981,
        replaces: None,
        days: &[(7, 29)],
    },
    // 50th anniversary of VE Day: early May moved from 1 May.
    Proclaimed {
        year: 1995,
        replaces: Some((5, 1)),
        days: &[(5, 8)],
    },
    // Millennium.
    Proclaimed {
        year: 1999,
        replaces: None,
        days: &[(12, 31)],
    },
    // Golden Jubilee: spring moved from 27 May, and 3 June added.
    Proclaimed {
        year: 2002,
        replaces: Some((5, 27)),
        days: &[(6, 3), (6, 4)],
    },
    // Wedding of Prince William.
    Proclaimed {
        year: 2011,
        replaces: None,
        days: &[(4, 29)],
    },
    // Diamond Jubilee: spring moved from 28 May, and 5 June added.
    Proclaimed {
        year: 2012,
        replaces: Some((5, 28)),
        days: &[(6, 4), (6, 5)],
    },
    // 75th anniversary of VE Day: early May moved from 4 May.
    Proclaimed {
        year: 2020,
        replaces: Some((5, 4)),
        days: &[(5, 8)],
    },
    // Platinum Jubilee: spring moved from 30 May, and 3 June added.
    Proclaimed {
        year: 2022,
        replaces: Some((5, 30)),
        days: &[(6, 2), (6, 3)],
    },
    // State funeral of Queen Elizabeth II.
    Proclaimed {
        year: 2022,
        replaces: None,
        days: &[(9, 19)],
    },
    // Coronation of King Charles III.
    Proclaimed {
        year: 2023,
        replaces: None,
        days: &[(5, 8)],
    },
];

fn ymd(year: i16, month: i8, day: i8) -> Result<Date, MethodError> {
    Date::new(year, month, day)
        .map_err(|e| MethodError::Date(DateArithmeticError(format!("bank holidays: {e}"))))
}

fn is_weekend(d: Date) -> bool {
    matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// Easter Sunday of `year` by the Gregorian computus (the anonymous
/// algorithm, as in Meeus, Astronomical Algorithms, ch. 8).
pub fn easter_sunday(year: i16) -> Result<Date, MethodError> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    // Month 3 or 4 and day 1..=31 by construction.
    let month = i8::try_from(n / 31).unwrap_or(0);
    let day = i8::try_from(n % 31 + 1).unwrap_or(0);
    ymd(year, month, day)
}

/// The first `weekday` of `month` on or after day 1.
fn first_weekday(year: i16, month: i8, weekday: Weekday) -> Result<Date, MethodError> {
    let mut d = ymd(year, month, 1)?;
    while d.weekday() != weekday {
        d = add_days(d, 1)?;
    }
    Ok(d)
}

/// The last `weekday` of `month`.
fn last_weekday(year: i16, month: i8, weekday: Weekday) -> Result<Date, MethodError> {
    let mut d = ymd(year, month, 1)?.last_of_month();
    while d.weekday() != weekday {
        d = add_days(d, -1)?;
    }
    Ok(d)
}

/// The bank holidays of England and Wales in `year`, in date order, or
/// `None` for a year before [`FIRST_YEAR`].
pub fn bank_holidays(year: i16) -> Result<Option<Vec<Date>>, MethodError> {
    if year < FIRST_YEAR {
        return Ok(None);
    }
    let easter = easter_sunday(year)?;
    // The holidays on their own days (`ANNUAL`), a proclaimed move applied.
    let mut own = vec![
        ymd(year, 1, 1)?,
        add_days(easter, -2)?,
        add_days(easter, 1)?,
        first_weekday(year, 5, Weekday::Monday)?,
        last_weekday(year, 5, Weekday::Monday)?,
        last_weekday(year, 8, Weekday::Monday)?,
        ymd(year, 12, 25)?,
        ymd(year, 12, 26)?,
    ];
    for p in ONE_OFF.iter().filter(|p| p.year == year) {
        if let Some((m, d)) = p.replaces {
            let moved = ymd(year, m, d)?;
            own.retain(|x| *x != moved);
        }
        for &(m, d) in p.days {
            own.push(ymd(year, m, d)?);
        }
    }
    own.sort();
    own.dedup();
    // Weekday holidays keep their day; each weekend one takes the next
    // weekday not already taken (`SUBSTITUTE`), in date order, so that
    // Christmas on a Sunday leaves Boxing Day on the Monday and moves to the
    // Tuesday.
    let mut out: Vec<Date> = own.iter().copied().filter(|d| !is_weekend(*d)).collect();
    for d in own.iter().copied().filter(|d| is_weekend(*d)) {
        let mut s = add_days(d, 1)?;
        while is_weekend(s) || out.contains(&s) {
            s = add_days(s, 1)?;
        }
        out.push(s);
    }
    out.sort();
    Ok(Some(out))
}

/// True if `day` is a bank holiday in England and Wales; an error for a
/// year the rules do not cover.
pub fn is_bank_holiday(day: Date) -> Result<bool, MethodError> {
    // A substitute day for 31 December falls in the next year, so the year
    // before is read too.
    for year in [day.year().saturating_sub(1), day.year()] {
        if year < FIRST_YEAR && year < day.year() {
            continue;
        }
        match bank_holidays(year)? {
            Some(days) if days.contains(&day) => return Ok(true),
            Some(_) => {}
            None => return Err(MethodError::BankHolidaysNotCovered(day.year())),
        }
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(year: i16) -> Vec<Date> {
        bank_holidays(year).unwrap().unwrap()
    }

    fn list(year: i16, md: &[(i8, i8)]) -> Vec<Date> {
        md.iter().map(|&(m, d)| date(year, m, d)).collect()
    }

    /// Easter Sunday 2018–2027 (the published Gregorian dates).
    #[test]
    fn gregorian_computus_gives_easter_sunday() {
        let expected = [
            (2018, 4, 1),
            (2019, 4, 21),
            (2020, 4, 12),
            (2021, 4, 4),
            (2022, 4, 17),
            (2023, 4, 9),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            // The computus's edge cases: earliest and latest possible.
            (2285, 3, 22),
            (2038, 4, 25),
        ];
        for (y, m, d) in expected {
            assert_eq!(easter_sunday(y).unwrap(), date(y, m, d), "{y}");
        }
    }

    // Each year written from the rules: New Year's Day (substitute Monday at
    // a weekend), Good Friday and Easter Monday from Easter, the first and
    // last Mondays of May, the last Monday of August, 25 and 26 December
    // with their substitute days, and the proclaimed days of that year.

    #[test]
    fn bfda1971_sch1_england_and_wales_2018_and_2019() {
        // Easter 1 Apr 2018; 1 May a Tuesday; 31 May a Thursday; 31 Aug a Friday.
        let y2018 = [
            (1, 1),
            (3, 30),
            (4, 2),
            (5, 7),
            (5, 28),
            (8, 27),
            (12, 25),
            (12, 26),
        ];
        assert_eq!(days(2018), list(2018, &y2018));
        // Easter 21 Apr 2019; 1 May a Wednesday; 31 May a Friday; 31 Aug a Saturday.
        let y2019 = [
            (1, 1),
            (4, 19),
            (4, 22),
            (5, 6),
            (5, 27),
            (8, 26),
            (12, 25),
            (12, 26),
        ];
        assert_eq!(days(2019), list(2019, &y2019));
    }

    #[test]
    fn proclamation_2020_early_may_moved_to_ve_day_and_boxing_day_substitute() {
        // Early May moved from Monday 4 to Friday 8 May; 26 December a
        // Saturday, its substitute Monday 28 December.
        let y2020 = [
            (1, 1),
            (4, 10),
            (4, 13),
            (5, 8),
            (5, 25),
            (8, 31),
            (12, 25),
            (12, 28),
        ];
        assert_eq!(days(2020), list(2020, &y2020));
    }

    #[test]
    fn bfda1971_sch1_27_december_2021_and_the_mojs_test_fixture() {
        // 25 December a Saturday, 26 a Sunday: 27 December by the Act (26 a
        // Sunday), 28 December the substitute. These are the two days the
        // MoJ's test suite gives (TestUtil.defaultBankHolidays).
        let y2021 = [
            (1, 1),
            (4, 2),
            (4, 5),
            (5, 3),
            (5, 31),
            (8, 30),
            (12, 27),
            (12, 28),
        ];
        assert_eq!(days(2021), list(2021, &y2021));
    }

    #[test]
    fn proclamations_2022_platinum_jubilee_and_state_funeral() {
        // 1 January a Saturday: Monday 3; spring moved from 30 May to
        // Thursday 2 June, Friday 3 June added; 19 September; 25 December a
        // Sunday: Boxing Day Monday 26, Christmas Tuesday 27 (the Act's 27th).
        let y2022 = [
            (1, 3),
            (4, 15),
            (4, 18),
            (5, 2),
            (6, 2),
            (6, 3),
            (8, 29),
            (9, 19),
            (12, 26),
            (12, 27),
        ];
        assert_eq!(days(2022), list(2022, &y2022));
    }

    #[test]
    fn proclamation_2023_coronation() {
        // 1 January a Sunday: Monday 2; early May on 1 May and the
        // coronation on Monday 8 May.
        let y2023 = [
            (1, 2),
            (4, 7),
            (4, 10),
            (5, 1),
            (5, 8),
            (5, 29),
            (8, 28),
            (12, 25),
            (12, 26),
        ];
        assert_eq!(days(2023), list(2023, &y2023));
    }

    #[test]
    fn bfda1971_sch1_england_and_wales_2024_to_2027() {
        let y2024 = [
            (1, 1),
            (3, 29),
            (4, 1),
            (5, 6),
            (5, 27),
            (8, 26),
            (12, 25),
            (12, 26),
        ];
        assert_eq!(days(2024), list(2024, &y2024));
        let y2025 = [
            (1, 1),
            (4, 18),
            (4, 21),
            (5, 5),
            (5, 26),
            (8, 25),
            (12, 25),
            (12, 26),
        ];
        assert_eq!(days(2025), list(2025, &y2025));
        // 26 December 2026 a Saturday: Monday 28.
        let y2026 = [
            (1, 1),
            (4, 3),
            (4, 6),
            (5, 4),
            (5, 25),
            (8, 31),
            (12, 25),
            (12, 28),
        ];
        assert_eq!(days(2026), list(2026, &y2026));
        // 25 December 2027 a Saturday: 27 and 28.
        let y2027 = [
            (1, 1),
            (3, 26),
            (3, 29),
            (5, 3),
            (5, 31),
            (8, 30),
            (12, 27),
            (12, 28),
        ];
        assert_eq!(days(2027), list(2027, &y2027));
    }

    #[test]
    fn proclamations_1995_ve_day_2011_royal_wedding_2012_diamond_jubilee() {
        let d1995 = days(1995);
        assert!(d1995.contains(&date(1995, 5, 8)));
        assert!(!d1995.contains(&date(1995, 5, 1)));
        assert!(days(2011).contains(&date(2011, 4, 29)));
        let d2012 = days(2012);
        assert!(d2012.contains(&date(2012, 6, 4)) && d2012.contains(&date(2012, 6, 5)));
        assert!(!d2012.contains(&date(2012, 5, 28)));
        assert!(days(1999).contains(&date(1999, 12, 31)));
    }

    #[test]
    fn a_year_before_1978_is_not_covered_not_guessed() {
        assert_eq!(bank_holidays(1977).unwrap(), None);
        assert!(matches!(
            is_bank_holiday(date(1977, 6, 7)),
            Err(MethodError::BankHolidaysNotCovered(1977))
        ));
        assert!(is_bank_holiday(date(1978, 5, 1)).unwrap());
        assert!(!is_bank_holiday(date(1978, 1, 3)).unwrap());
    }
}
