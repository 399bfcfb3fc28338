//! Property tests of `sentencing::calendar` against an oracle written here,
//! independent of jiff: its own leap years, month lengths and day numbers,
//! and the term end in the Ministry of Justice's formulation
//! (`Duration.getEndDate` of calculate-release-dates-api: a start on the 1st
//! runs to the end of the month before the corresponding 1st; any other start
//! gives `(start − 1 day) + months`, clipped to the month's end; then the
//! days). The library states the same rule differently (the day before the
//! corresponding date, or the month's last day where it is missing), so the
//! two formulations check each other.

use jiff::civil::{Date, date};
use proptest::prelude::*;
use sentencing::calendar::{
    add_days, day_after_period, days_between, days_inclusive, month_end_clipped, period_end,
};
use sentencing::penalty::Term;

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

const BASE_YEAR: i64 = 1600;

/// The day number of 1 January of each year from 1600 to 2400, by counting
/// whole years.
fn year_starts() -> &'static [i64] {
    static STARTS: std::sync::OnceLock<Vec<i64>> = std::sync::OnceLock::new();
    STARTS.get_or_init(|| {
        let mut n = 0;
        (BASE_YEAR..=2400)
            .map(|year| {
                let start = n;
                n += if is_leap(year) { 366 } else { 365 };
                start
            })
            .collect()
    })
}

/// Days since 1600-01-01 (proleptic Gregorian), by counting whole years and
/// months: slow and obvious.
fn day_number(y: i64, m: i64, d: i64) -> i64 {
    let mut n = year_starts()[(y - BASE_YEAR) as usize];
    for month in 1..m {
        n += days_in_month(y, month);
    }
    n + d - 1
}

fn from_day_number(mut n: i64) -> (i64, i64, i64) {
    let starts = year_starts();
    let i = starts.partition_point(|&s| s <= n) - 1;
    let y = BASE_YEAR + i as i64;
    n -= starts[i];
    let mut m = 1;
    while n >= days_in_month(y, m) {
        n -= days_in_month(y, m);
        m += 1;
    }
    (y, m, n + 1)
}

fn plus_months_clipped(y: i64, m: i64, d: i64, months: i64) -> (i64, i64, i64) {
    let index = y * 12 + (m - 1) + months;
    let (ty, tm) = (index.div_euclid(12), index.rem_euclid(12) + 1);
    (ty, tm, d.min(days_in_month(ty, tm)))
}

/// The MoJ formulation of the last day of a term of `months` and `days`
/// starting on (y, m, d).
fn oracle_end(y: i64, m: i64, d: i64, months: i64, days: i64) -> (i64, i64, i64) {
    let months_end = if months == 0 {
        day_number(y, m, d) - 1
    } else if d == 1 {
        let (ty, tm, _) = plus_months_clipped(y, m, 1, months - 1);
        day_number(ty, tm, days_in_month(ty, tm))
    } else {
        let (zy, zm, zd) = from_day_number(day_number(y, m, d) - 1);
        let (ty, tm, td) = plus_months_clipped(zy, zm, zd, months);
        day_number(ty, tm, td)
    };
    from_day_number(months_end + days)
}

fn ymd(x: Date) -> (i64, i64, i64) {
    (
        i64::from(x.year()),
        i64::from(x.month()),
        i64::from(x.day()),
    )
}

const MONTHS: [u32; 20] = [
    0, 1, 2, 3, 5, 6, 7, 11, 12, 13, 18, 23, 24, 30, 42, 60, 90, 120, 180, 300,
];
const DAYS: [u32; 8] = [0, 1, 7, 15, 28, 29, 30, 42];

fn check(first: Date, months: u32, days: u32) {
    let term = Term::new(0, months, days).unwrap();
    let (y, m, d) = ymd(first);
    let end = period_end(first, term).unwrap();
    let expected = oracle_end(y, m, d, i64::from(months), i64::from(days));
    assert_eq!(ymd(end), expected, "{first} + {term}");
    assert_eq!(
        days_inclusive(first, end).unwrap(),
        (day_number(expected.0, expected.1, expected.2) - day_number(y, m, d) + 1).max(0),
        "{first} + {term}: days"
    );
    assert_eq!(
        day_after_period(first, term).unwrap(),
        add_days(end, 1).unwrap()
    );
    // The clipping flag: the month reached lacks the start's day.
    if months > 0 {
        let (ty, tm, _) = plus_months_clipped(y, m, d, i64::from(months));
        assert_eq!(month_end_clipped(first, term), d > days_in_month(ty, tm));
    }
}

/// Every start day of 2000–2030 (which includes every 1st of a month, every
/// 29th–31st and the 29 Februaries of 2000–2028) with a spread of terms.
#[test]
fn period_end_matches_the_oracle_for_every_start_day_2000_2030() {
    let mut first = date(2000, 1, 1);
    let last = date(2030, 12, 31);
    let mut checked = 0;
    while first <= last {
        for months in MONTHS {
            check(first, months, 0);
        }
        if first.day() == 1 || first.day() >= 28 {
            for months in MONTHS {
                for days in DAYS {
                    check(first, months, days);
                }
            }
        } else {
            for days in DAYS {
                check(first, 0, days);
                check(first, 13, days);
            }
        }
        checked += 1;
        first = add_days(first, 1).unwrap();
    }
    assert_eq!(checked, 11_323);
}

/// The oracle itself on the examples of issue #11, so that a wrong oracle
/// cannot agree with a wrong library.
#[test]
fn the_oracle_gives_the_issue_examples() {
    assert_eq!(oracle_end(2019, 3, 1, 1, 0), (2019, 3, 31));
    assert_eq!(oracle_end(2019, 5, 1, 6, 0), (2019, 10, 31));
    assert_eq!(oracle_end(2024, 3, 1, 13, 0), (2025, 3, 31));
    assert_eq!(oracle_end(2022, 3, 1, 72, 0), (2028, 2, 29));
    assert_eq!(oracle_end(2020, 2, 29, 12, 0), (2021, 2, 28));
    assert_eq!(oracle_end(2019, 1, 31, 1, 0), (2019, 2, 28));
    assert_eq!(oracle_end(2009, 12, 12, 18, 0), (2011, 6, 11));
}

proptest! {
    #[test]
    fn days_between_and_add_days_agree_with_day_numbers(
        y in 1900i64..2100, m in 1i64..=12, d in 1i64..=31, n in -40_000i64..40_000,
    ) {
        let d = d.min(days_in_month(y, m));
        let a = date(y as i16, m as i8, d as i8);
        let b = add_days(a, n).unwrap();
        prop_assert_eq!(ymd(b), from_day_number(day_number(y, m, d) + n));
        prop_assert_eq!(days_between(a, b).unwrap(), n);
    }

    #[test]
    fn period_end_matches_the_oracle_1900_2100(
        y in 1900i64..2100, m in 1i64..=12, d in 1i64..=31, months in 0u32..600, days in 0u32..400,
    ) {
        let d = d.min(days_in_month(y, m));
        check(date(y as i16, m as i8, d as i8), months, days);
    }
}
