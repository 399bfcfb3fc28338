//! The MoJ's conventions, one test each, named after the provision.

use super::booking::{Booking, Legislation, Sds40Exclusion, Sentence};
use super::length::SentenceLength;
use super::named::DateCode;
use super::sds40::release_dates;
use super::test_support::{self, months, years};
use jiff::civil::{Date, date};

fn sds(sentenced: Date, length: SentenceLength) -> Sentence {
    test_support::standard(date(2023, 1, 1), sentenced, length)
}

fn booking(sentences: Vec<Sentence>, remand_days: i64) -> Booking {
    Booking {
        remand_days,
        ..test_support::booking(date(1980, 1, 1), Legislation::IN_FORCE, sentences)
    }
}

fn get(b: &Booking, code: DateCode) -> Option<Date> {
    test_support::get_by(release_dates, b, code)
}

#[test]
fn s240za_3_remand_is_deducted_from_the_release_day_not_back_dated() {
    // 3 years from 2024-06-14 (1095 days; back-dated by 161 days the term
    // would span 29 February 2024 and have 1096).
    let b = booking(vec![sds(date(2024, 6, 14), years(3))], 161);
    assert_eq!(get(&b, DateCode::Esed), Some(date(2027, 6, 13)));
    assert_eq!(get(&b, DateCode::Sled), Some(date(2027, 1, 3)));
    // 40 %: ⌈1095 × 2/5⌉ = 438 days → 2025-08-25, less 161 → 2025-03-17.
    assert_eq!(get(&b, DateCode::Crd), Some(date(2025, 3, 17)));
}

#[test]
fn s264_2_consecutive_terms_each_add_their_own_custodial_part() {
    // Issue #11: 3 years at 40 % + 4 years excluded from 40 %, sentenced
    // 2024-03-22: release 2027-06-03 (the strictest fraction for the whole
    // gave 2027-09-21).
    let mut second = sds(date(2024, 3, 22), years(4));
    second.consecutive_to = vec![0];
    second.exclusion = Some(Sds40Exclusion::Excluded);
    let b = booking(vec![sds(date(2024, 3, 22), years(3)), second], 0);
    assert_eq!(get(&b, DateCode::Crd), Some(date(2027, 6, 3)));
    assert_eq!(get(&b, DateCode::Sled), Some(date(2031, 3, 21)));
}

#[test]
fn si_2024_844_sentences_from_2024_09_10_take_40_percent_without_a_tranche() {
    // 2 years from 2024-09-10: 730 days, 40 % = 292 → 2025-06-28; no
    // tranche day (the tranche would not move it anyway; the outcome says none).
    let b = booking(vec![sds(date(2024, 9, 10), years(2))], 0);
    let o = release_dates(&b).unwrap();
    assert_eq!(o.tranche, None);
    assert_eq!(
        o.dates.get(&DateCode::Crd).map(|d| d.0),
        Some(date(2025, 6, 28))
    );
}

#[test]
fn si_2024_844_tranche_one_day_for_a_passed_40_percent_date() {
    // 2 years from 2023-10-02: 731 days; half 366 → 2024-10-01 (after
    // 2024-09-10), 40 % = 293 → 2024-07-20, already passed: 2024-09-10.
    let b = booking(vec![sds(date(2023, 10, 2), years(2))], 0);
    let o = release_dates(&b).unwrap();
    assert_eq!(o.tranche, Some(date(2024, 9, 10)));
    assert_eq!(
        o.dates.get(&DateCode::Crd).map(|d| d.0),
        Some(date(2024, 9, 10))
    );
}

#[test]
fn si_2024_844_tranche_two_for_five_years_or_more() {
    // 6 years from 2022-06-01: 40 % = 877 days → 2024-10-24, after
    // tranche 2 (2024-10-22): kept.
    let b = booking(vec![sds(date(2022, 6, 1), years(6))], 0);
    let o = release_dates(&b).unwrap();
    assert_eq!(o.tranche, Some(date(2024, 10, 22)));
    assert_eq!(
        o.dates.get(&DateCode::Crd).map(|d| d.0),
        Some(date(2024, 10, 24))
    );
}

#[test]
fn immediate_release_when_remand_covers_the_custodial_part() {
    // 6 months from 2024-11-01 (181 days, 40 % = 73) with 100 days of
    // remand: released on the day of sentence, not before it.
    let b = booking(vec![sds(date(2024, 11, 1), months(6))], 100);
    assert_eq!(get(&b, DateCode::Crd), Some(date(2024, 11, 1)));
    assert_eq!(get(&b, DateCode::Hdced), None);
}

#[test]
fn s256aa_top_up_supervision_only_where_it_exists() {
    // 12 months from 2023-03-01 (366 days, to 2024-02-29): half 183 →
    // 2023-08-30, licence 183 days: TUSED 12 months after release.
    let adult = booking(vec![sds(date(2023, 3, 1), months(12))], 0);
    assert_eq!(get(&adult, DateCode::Crd), Some(date(2023, 8, 30)));
    assert_eq!(get(&adult, DateCode::Tused), Some(date(2024, 8, 30)));
    // Offence before 2015-02-01: none.
    let mut old = sds(date(2023, 3, 1), months(12));
    old.offence_date = Some(date(2014, 12, 31));
    assert_eq!(get(&booking(vec![old], 0), DateCode::Tused), None);
    // Under 18 at the half-way point: none.
    let mut young = booking(vec![sds(date(2023, 3, 1), months(12))], 0);
    young.offender.date_of_birth = Some(date(2006, 1, 1));
    assert_eq!(get(&young, DateCode::Tused), None);
    // A licence of a year or more (2 years: half 365 days of licence): none.
    let long = booking(vec![sds(date(2021, 3, 1), months(23))], 0);
    assert!(get(&long, DateCode::Tused).is_some());
    let two = booking(vec![sds(date(2021, 3, 1), years(2))], 0);
    assert_eq!(get(&two, DateCode::Tused), None);
    // A 1-day term: no licence (ARD and SED), no TUSED.
    let day = SentenceLength {
        days: 1,
        ..SentenceLength::default()
    };
    let one = booking(vec![sds(date(2023, 3, 1), day)], 0);
    assert_eq!(get(&one, DateCode::Tused), None);
    assert_eq!(get(&one, DateCode::Ard), Some(date(2023, 3, 1)));
    assert_eq!(get(&one, DateCode::Sed), Some(date(2023, 3, 1)));
}

#[test]
fn release_day_is_the_last_day_of_the_custodial_part_rounded_up() {
    // 18 months from 2023-03-01 = 550 days (ends 2024-08-31, the month end
    // from the 1st); half = 275 days → day 275 is 2023-11-30.
    let b = booking(vec![sds(date(2023, 3, 1), months(18))], 0);
    assert_eq!(get(&b, DateCode::Crd), Some(date(2023, 11, 30)));
    assert_eq!(get(&b, DateCode::Sled), Some(date(2024, 8, 31)));
    // 7 months from 2023-01-10 = 212 days: half 106 → 2023-04-25; an odd
    // count rounds up (213 days would give 107).
    let b = booking(vec![sds(date(2023, 1, 10), months(7))], 0);
    assert_eq!(get(&b, DateCode::Crd), Some(date(2023, 4, 25)));
}

#[test]
fn s244za_two_thirds_and_no_hdc_for_sds_plus() {
    let mut s = sds(date(2023, 5, 10), years(8));
    s.sds_plus = true;
    s.sds_plus_eligible = true;
    let b = booking(vec![s], 251);
    assert_eq!(get(&b, DateCode::Crd), Some(date(2027, 12, 31)));
    assert_eq!(get(&b, DateCode::Hdced), None);
}

#[test]
fn a_booking_without_sentences_is_an_error_not_a_panic() {
    assert!(release_dates(&booking(Vec::new(), 0)).is_err());
    let mut s = sds(date(2023, 5, 10), years(1));
    s.consecutive_to = vec![3];
    assert!(release_dates(&booking(vec![s], 0)).is_err());
}

#[test]
fn prison_rules_55_additional_days_put_back_release_and_unused_days_are_dropped() {
    use super::booking::DatedDays;
    // 12 months from 2023-03-01 (366 days): half → 2023-08-30; 10 days
    // awarded on 2023-05-01 (in custody), 4 restored: release 2023-09-05.
    let mut b = booking(vec![sds(date(2023, 3, 1), months(12))], 0);
    b.legislation = Legislation::SDS40_NOT_COMMENCED;
    b.additional_days = vec![DatedDays {
        from: date(2023, 5, 1),
        days: 10,
    }];
    b.restored_days = vec![DatedDays {
        from: date(2023, 5, 1),
        days: 4,
    }];
    assert_eq!(get(&b, DateCode::Crd), Some(date(2023, 9, 5)));
    // The expiry does not move.
    assert_eq!(get(&b, DateCode::Sled), Some(date(2024, 2, 29)));
    // Days awarded after release change nothing.
    b.additional_days = vec![DatedDays {
        from: date(2023, 10, 1),
        days: 10,
    }];
    b.restored_days = Vec::new();
    assert_eq!(get(&b, DateCode::Crd), Some(date(2023, 8, 30)));
}

#[test]
fn prison_act_1952_s49_time_at_large_puts_back_release_and_expiry() {
    use super::booking::AtLarge;
    let mut b = booking(vec![sds(date(2023, 3, 1), months(12))], 0);
    b.legislation = Legislation::SDS40_NOT_COMMENCED;
    b.at_large = vec![AtLarge {
        from: date(2023, 6, 1),
        days: 5,
        first_day: None,
        last_day: Some(date(2023, 6, 5)),
    }];
    assert_eq!(get(&b, DateCode::Crd), Some(date(2023, 9, 4)));
    assert_eq!(get(&b, DateCode::Sled), Some(date(2024, 3, 5)));
}
