//! Releases and returns recorded in the booking (`movement.rs`), one test
//! each, named after the rule and the MoJ case it protects.

use super::booking::{Booking, DatedDays, Legislation, Sentence};
use super::length::SentenceLength;
use super::movement::{Direction, Movement, Reason};
use super::named::DateCode;
use super::out_of_custody::{out_at_tranche, release_on, release_recorded_on};
use super::sds40::release_dates;
use super::test_support;
use jiff::civil::{Date, date};

fn sds(offence: Date, sentenced: Date, length: SentenceLength) -> Sentence {
    test_support::standard(offence, sentenced, length)
}

fn booking(sentences: Vec<Sentence>, movements: Vec<Movement>) -> Booking {
    Booking {
        movements,
        ..test_support::booking(date(1990, 1, 1), Legislation::IN_FORCE, sentences)
    }
}

fn moved(day: Date, direction: Direction, reason: Reason) -> Movement {
    Movement {
        day,
        direction,
        reason,
    }
}

fn get(b: &Booking, code: DateCode) -> Option<Date> {
    test_support::get_by(release_dates, b, code)
}

/// MoJ crs-1953-sds40-external-movements-ac1-2: released on end of
/// custody licence before the first tranche (2024-09-10) and back on
/// remand before it: in custody that day, released under the tranche (the
/// MoJ's CRD is the tranche day). Not returned by then, the old law's dates
/// stand (`OUT_AT_TRANCHE`).
#[test]
fn si2024_844_out_at_tranche_keeps_the_old_dates_moj_crs_1953_ac1_2() {
    let sentence = sds(
        date(2022, 3, 14),
        date(2023, 2, 3),
        SentenceLength::months(40),
    );
    let back = vec![
        moved(date(2023, 2, 3), Direction::In, Reason::Sentence),
        moved(
            date(2024, 8, 6),
            Direction::Out,
            Reason::EndOfCustodyLicence,
        ),
        moved(date(2024, 8, 20), Direction::In, Reason::Remand),
    ];
    let b = booking(vec![sentence.clone()], back.clone());
    assert!(!out_at_tranche(&b, date(2024, 9, 10)));
    assert_eq!(get(&b, DateCode::Crd), Some(date(2024, 9, 10)));
    assert_eq!(get(&b, DateCode::Hdced), Some(date(2024, 4, 6)));
    assert_eq!(get(&b, DateCode::Sled), Some(date(2026, 6, 2)));
    assert_eq!(release_dates(&b).unwrap().tranche, Some(date(2024, 9, 10)));
    // Still out on the tranche day: no tranche, release at half
    // (40 months from 2023-02-03 are 1216 days: the 608th day).
    let out = booking(vec![sentence], back[..2].to_vec());
    assert!(out_at_tranche(&out, date(2024, 9, 10)));
    assert_eq!(release_dates(&out).unwrap().tranche, None);
    assert_eq!(get(&out, DateCode::Crd), Some(date(2024, 10, 2)));
}

/// MoJ crs-2107-external-movements-ac2-1: released on end of custody
/// licence, then sentenced again: the first period in custody ended on the
/// day of release, so the later sentence starts a new one.
#[test]
fn release_ends_custody_moj_crs_2107_ac2_1() {
    let first = sds(
        date(2023, 8, 1),
        date(2023, 9, 24),
        SentenceLength {
            years: 2,
            months: 3,
            ..SentenceLength::default()
        },
    );
    let later = sds(
        date(2024, 1, 2),
        date(2024, 6, 18),
        SentenceLength::months(6),
    );
    let movements = vec![
        moved(
            date(2024, 6, 2),
            Direction::Out,
            Reason::EndOfCustodyLicence,
        ),
        moved(date(2024, 6, 18), Direction::In, Reason::Sentence),
    ];
    let mut b = booking(vec![first, later], movements);
    b.remand_days = 100;
    b.deductions_by_date = vec![DatedDays {
        from: date(2023, 9, 24),
        days: 100,
    }];
    assert!(release_on(&b, date(2024, 6, 2)));
    assert_eq!(get(&b, DateCode::Crd), Some(date(2024, 9, 10)));
    assert_eq!(get(&b, DateCode::Hdced), Some(date(2024, 8, 3)));
    assert_eq!(get(&b, DateCode::Sled), Some(date(2025, 9, 14)));
    let mut in_custody = b.clone();
    in_custody.movements.clear();
    assert_ne!(get(&in_custody, DateCode::Crd), Some(date(2024, 9, 10)));
}

/// CJA 2003 s. 260 as amended (2022-06-28): a removal under the early
/// removal scheme that failed counts as custody (MoJ
/// crs-2107-external-movements-ac3), as does any removal from 2022-06-28.
#[test]
fn s260_failed_or_stopped_clock_removal_counts_as_custody() {
    let s = sds(
        date(2019, 8, 1),
        date(2020, 4, 2),
        SentenceLength::months(15),
    );
    let failed = booking(
        vec![s.clone()],
        vec![
            moved(date(2022, 3, 19), Direction::Out, Reason::EarlyRemoval),
            moved(date(2022, 3, 23), Direction::In, Reason::FailedRemoval),
        ],
    );
    assert!(!release_on(&failed, date(2022, 3, 19)));
    let removed = booking(
        vec![s.clone()],
        vec![moved(
            date(2022, 1, 29),
            Direction::Out,
            Reason::EarlyRemoval,
        )],
    );
    assert!(release_on(&removed, date(2022, 1, 29)));
    let stopped = booking(
        vec![s],
        vec![moved(
            date(2022, 6, 28),
            Direction::Out,
            Reason::EarlyRemoval,
        )],
    );
    assert!(!release_on(&stopped, date(2022, 6, 28)));
    // Still a release recorded: nothing is recalculated that day.
    assert!(release_recorded_on(&stopped, date(2022, 6, 28)));
}

/// MoJ crs-1953-sds40-external-movements-ac2-2: an admission on the day of
/// sentence changes nothing (the period in custody is calculated that day);
/// only a release stops the day's calculation.
#[test]
fn an_admission_does_not_stop_the_days_calculation_moj_crs_1953_ac2_2() {
    let s = sds(
        date(2012, 7, 30),
        date(2013, 6, 21),
        SentenceLength::months(36),
    );
    let b = booking(
        vec![s],
        vec![
            moved(date(2013, 6, 21), Direction::In, Reason::Sentence),
            moved(date(2023, 8, 23), Direction::Out, Reason::EarlyRemoval),
            moved(
                date(2024, 10, 26),
                Direction::In,
                Reason::EarlyRemovalBreach,
            ),
        ],
    );
    assert!(!release_recorded_on(&b, date(2013, 6, 21)));
    assert!(release_recorded_on(&b, date(2023, 8, 23)));
    assert!(!release_on(&b, date(2023, 8, 23)));
}
