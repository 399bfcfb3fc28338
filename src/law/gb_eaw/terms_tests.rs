//! Unit tests of the MoJ's "terms": detention and training orders (dto.rs)
//! and default terms for unpaid fines (fine.rs), each after the provision
//! or the MoJ case it protects.

use super::booking::{Booking, Legislation, Sentence, SentenceKind};
use super::length::SentenceLength;
use super::test_support;
use super::{DateCode, release_dates};
use jiff::civil::{Date, date};

fn order(kind: SentenceKind, months: u32, sentenced: Date, offence: Date) -> Sentence {
    test_support::sentence(kind, offence, sentenced, SentenceLength::months(months))
}

fn dates(b: &Booking) -> Vec<(DateCode, Date)> {
    test_support::dates_by(release_dates, b)
}

fn booking(born: Date, sentences: Vec<Sentence>, remand_days: i64) -> Booking {
    Booking {
        remand_days,
        ..test_support::booking(born, Legislation::SDS40_NOT_COMMENCED, sentences)
    }
}

// MoJ case custom-examples/crs-1096-ac1: 18 months, an offender under 18
// on release: MTD at half, ETD and LTD two months either side, no TUSED.
#[test]
fn sa_2020_s241_s242_mid_term_and_two_months_either_side_for_18_months() {
    let b = booking(
        date(2004, 8, 30),
        vec![order(
            SentenceKind::Dto,
            18,
            date(2021, 5, 23),
            date(2021, 5, 1),
        )],
        0,
    );
    assert_eq!(
        dates(&b),
        vec![
            (DateCode::Sed, date(2022, 11, 22)),
            (DateCode::Esed, date(2022, 11, 22)),
            (DateCode::Etd, date(2021, 12, 21)),
            (DateCode::Mtd, date(2022, 2, 21)),
            (DateCode::Ltd, date(2022, 4, 21)),
        ]
    );
}

// MoJ case custom-examples/crs-1096-ac3: 8 months from 2022-07-04 (after
// PCSCA 2022: remand counts), 121 days remand: released on the day of the
// order, no ETD/LTD, an adult's top-up supervision 12 months from then.
#[test]
fn dto_after_pcsca_2022_remand_counts_and_immediate_release_has_no_etd_ltd() {
    let b = booking(
        date(1990, 1, 1),
        vec![order(
            SentenceKind::Dto,
            8,
            date(2022, 7, 4),
            date(2022, 2, 1),
        )],
        121,
    );
    assert_eq!(
        dates(&b),
        vec![
            (DateCode::Sed, date(2022, 11, 2)),
            (DateCode::Tused, date(2023, 7, 4)),
            (DateCode::Esed, date(2023, 3, 3)),
            (DateCode::Mtd, date(2022, 7, 4)),
        ]
    );
}

// TimelineCalculator.setAdjustments: remand is not deducted from an order
// made before 28 June 2022 (the court took it into account in the term).
#[test]
fn dto_before_pcsca_2022_remand_is_not_deducted() {
    let s = order(SentenceKind::Dto, 12, date(2021, 1, 4), date(2020, 12, 1));
    let born = date(2004, 1, 1);
    assert_eq!(
        dates(&booking(born, vec![s.clone()], 30)),
        dates(&booking(born, vec![s], 0))
    );
}

// MoJ case custom-examples/crs-1164-ac1: concurrent orders of 15 and 12
// months: the MTD of the later release, ETD/LTD from the order that
// expires last (one month).
#[test]
fn concurrent_orders_give_the_latest_mtd_with_its_early_and_late_release() {
    let day = date(2019, 3, 7);
    let offence = date(2019, 2, 7);
    let b = booking(
        date(2004, 9, 30),
        vec![
            order(SentenceKind::Dto, 15, day, offence),
            order(SentenceKind::Dto, 12, day, offence),
        ],
        0,
    );
    assert_eq!(
        dates(&b),
        vec![
            (DateCode::Sed, date(2020, 6, 6)),
            (DateCode::Esed, date(2020, 6, 6)),
            (DateCode::Etd, date(2019, 9, 21)),
            (DateCode::Mtd, date(2019, 10, 21)),
            (DateCode::Ltd, date(2019, 11, 21)),
        ]
    );
}

// MoJ case custom-examples/crs-1223-ac3: a 10-month SDS beside a 4-month
// DTO for an offender under 18: ARD of the SDS, MTD of the DTO, HDC of the
// SDS.
#[test]
fn a_dto_beside_a_standard_sentence_keeps_its_own_mtd() {
    let day = date(2021, 8, 20);
    let b = booking(
        date(2004, 2, 15),
        vec![
            order(SentenceKind::Standard, 10, day, date(2020, 8, 19)),
            order(SentenceKind::Dto, 4, day, day),
        ],
        0,
    );
    assert_eq!(
        dates(&b),
        vec![
            (DateCode::Hdced, date(2021, 11, 4)),
            (DateCode::Ard, date(2022, 1, 18)),
            (DateCode::Sed, date(2022, 6, 19)),
            (DateCode::Esed, date(2022, 6, 19)),
            (DateCode::Mtd, date(2021, 10, 19)),
        ]
    );
}

// MoJ case custom-examples/crs-1059-single-ersed-ac7: a 28-day default term
// for a fine: released without licence at half, no ERSED for it.
#[test]
fn cja_2003_s258_default_term_released_at_half_without_licence() {
    let day = date(2021, 4, 29);
    let mut b = booking(
        date(1990, 1, 1),
        vec![order(
            SentenceKind::FineDefault {
                full_term: false,
                civil: false,
            },
            0,
            day,
            day,
        )],
        0,
    );
    b.sentences[0].length = SentenceLength {
        days: 28,
        ..SentenceLength::default()
    };
    b.early_removal = true;
    assert_eq!(
        dates(&b),
        vec![
            (DateCode::Ard, date(2021, 5, 12)),
            (DateCode::Sed, date(2021, 5, 26)),
            (DateCode::Esed, date(2021, 5, 26)),
        ]
    );
}

// MoJ case custom-examples/crs-1032-afine-ac7: a fine of £10 million or
// more imposed from 2015-06-01: the default term is served in full.
#[test]
fn cja_2003_s258_2a_ten_million_default_term_served_in_full() {
    let day = date(2022, 6, 5);
    let mut s = order(
        SentenceKind::FineDefault {
            full_term: true,
            civil: false,
        },
        0,
        day,
        day,
    );
    s.length = SentenceLength {
        years: 7,
        ..SentenceLength::default()
    };
    let b = booking(date(1990, 1, 1), vec![s], 0);
    assert_eq!(
        dates(&b),
        vec![
            (DateCode::Ard, date(2029, 6, 4)),
            (DateCode::Sed, date(2029, 6, 4)),
            (DateCode::Esed, date(2029, 6, 4)),
        ]
    );
}

// The MoJ's TimelineCalculator.setAdjustments: a committal for a civil
// debt takes no remand.
#[test]
fn a_civil_debt_committal_takes_no_remand() {
    let day = date(2022, 1, 19);
    let civil = |remand| {
        let s = order(
            SentenceKind::FineDefault {
                full_term: false,
                civil: true,
            },
            2,
            day,
            day,
        );
        dates(&booking(date(1990, 1, 1), vec![s], remand))
    };
    assert_eq!(civil(10), civil(0));
}

// MoJ case custom-examples/crs-1943-botus-unaffected-by-remand: 12 days for
// breach of top-up supervision, served in full whatever the remand; no
// ESED for a booking of breaches only.
#[test]
fn cja_2003_s256ac_breach_served_in_full_without_remand_or_esed() {
    let day = date(2016, 12, 20);
    let mut s = order(SentenceKind::Botus { latest_tused: None }, 0, day, day);
    s.length = SentenceLength {
        days: 12,
        ..SentenceLength::default()
    };
    let want = vec![
        (DateCode::Ard, date(2016, 12, 31)),
        (DateCode::Sed, date(2016, 12, 31)),
    ];
    assert_eq!(dates(&booking(date(1990, 1, 1), vec![s.clone()], 20)), want);
    assert_eq!(dates(&booking(date(1990, 1, 1), vec![s], 0)), want);
}

// MoJ case botus-examples/tused-after-release-date: the breached
// supervision's recorded expiry after the committal stays the TUSED.
#[test]
fn cja_2003_s256ac_breach_keeps_the_recorded_tused() {
    let day = date(2024, 10, 12);
    let mut s = order(
        SentenceKind::Botus {
            latest_tused: Some(date(2025, 5, 14)),
        },
        0,
        day,
        day,
    );
    s.length = SentenceLength {
        days: 14,
        ..SentenceLength::default()
    };
    assert_eq!(
        dates(&booking(date(1990, 1, 1), vec![s], 0)),
        vec![
            (DateCode::Ard, date(2024, 10, 25)),
            (DateCode::Sed, date(2024, 10, 25)),
            (DateCode::Tused, date(2025, 5, 14)),
        ]
    );
}

// MoJ case botus-examples/tused-before-release-date: the breached
// supervision's recorded expiry (the booking's historicalTusedData,
// copied onto the breach) fell before the committal ends, and top-up
// supervision is repealed (`applyPostRecallRepealRules`): no TUSED.
#[test]
fn cja_2003_s256ac_breach_recorded_tused_before_the_committal_ends_gives_no_tused() {
    let day = date(2025, 10, 12);
    let mut s = order(
        SentenceKind::Botus {
            latest_tused: Some(date(2024, 5, 14)),
        },
        0,
        day,
        date(2025, 4, 4),
    );
    s.length = SentenceLength {
        days: 14,
        ..SentenceLength::default()
    };
    let mut b = booking(date(1990, 1, 1), vec![s], 0);
    b.legislation = Legislation {
        toggles: super::profile::Toggles {
            top_up_supervision_repealed: true,
            ..super::profile::Toggles::NONE
        },
        ..Legislation::IN_FORCE
    };
    assert_eq!(
        dates(&b),
        vec![
            (DateCode::Ard, date(2025, 10, 25)),
            (DateCode::Sed, date(2025, 10, 25)),
        ]
    );
}

// MoJ case botus-examples/crs-2317: a breach with a recorded TUSED
// (2026-04-27) beside standard sentences whose own top-up supervision is
// calculated: the calculated TUSED (12 months after the CRD) is the
// booking's, even though the recorded one is later
// (BookingExtractionService.extractManyTopUpSuperVisionDate).
#[test]
fn cja_2003_s256ac_a_calculated_tused_wins_over_a_breachs_recorded_one() {
    let day = date(2025, 1, 27);
    let weeks = |n| SentenceLength {
        weeks: n,
        ..SentenceLength::default()
    };
    let sds = |offence, n| test_support::sentence(SentenceKind::Standard, offence, day, weeks(n));
    let mut first = sds(date(2024, 1, 1), 12);
    first.consecutive_to = vec![1];
    let mut second = sds(date(2023, 1, 1), 8);
    second.consecutive_to = vec![2];
    let mut breach = order(
        SentenceKind::Botus {
            latest_tused: Some(date(2026, 4, 27)),
        },
        0,
        day,
        date(2024, 1, 1),
    );
    breach.length = SentenceLength {
        days: 7,
        ..SentenceLength::default()
    };
    let b = Booking {
        remand_days: 0,
        ..test_support::booking(
            date(1990, 1, 1),
            Legislation::IN_FORCE,
            vec![
                first,
                second,
                sds(date(2023, 5, 20), 6),
                sds(date(2025, 1, 1), 8),
                sds(date(2025, 1, 1), 8),
                breach,
            ],
        )
    };
    assert_eq!(
        dates(&b),
        vec![
            (DateCode::Hdced, date(2025, 3, 5)),
            (DateCode::Crd, date(2025, 4, 9)),
            (DateCode::Sled, date(2025, 7, 27)),
            (DateCode::Tused, date(2026, 4, 9)),
            (DateCode::Esed, date(2025, 7, 27)),
        ]
    );
}

fn dto_made(sentenced: Date, months: u32) -> Sentence {
    order(SentenceKind::Dto, months, sentenced, sentenced)
}

// MoJ case custom-examples/crs-1164-ac4: orders of 11 months (2022-05-17)
// and 12 months (2022-08-03) served as one term from 2022-05-17 to
// 2023-08-02 (443 days); the second order was made after 28 June 2022, so
// the 30 days' remand count against the term.
#[test]
fn sa_2020_s236_4_orders_made_on_several_days_are_one_term_with_remand_after_pcsca_2022() {
    let b = booking(
        date(2004, 1, 1),
        vec![
            dto_made(date(2022, 5, 17), 11),
            dto_made(date(2022, 8, 3), 12),
        ],
        30,
    );
    assert_eq!(
        dates(&b),
        vec![
            (DateCode::Sed, date(2023, 7, 3)),
            (DateCode::Tused, date(2023, 11, 24)),
            (DateCode::Esed, date(2023, 8, 2)),
            (DateCode::Etd, date(2022, 10, 24)),
            (DateCode::Mtd, date(2022, 11, 24)),
            (DateCode::Ltd, date(2022, 12, 24)),
        ]
    );
}

// The MoJ's DtoSingleTermSentence.combinedDuration: the term runs to the
// later expiry of the longest order of the earliest day and the longest
// of the latest day; an order of a day between does not lengthen it.
#[test]
fn sa_2020_s236_4_single_term_ignores_an_order_of_a_day_between() {
    let (a, m, z) = (
        dto_made(date(2020, 1, 1), 4),
        dto_made(date(2020, 2, 1), 12),
        dto_made(date(2020, 3, 1), 4),
    );
    // 2020-01-01 to 2020-06-30.
    assert_eq!(super::dto_single_term::days(&[&a, &m, &z]), Ok(182));
}

// SA 2020 s. 236(4): the single term runs at most 24 months from the
// earliest day an order was made.
#[test]
fn sa_2020_s236_4_single_term_at_most_24_months() {
    let (a, z) = (
        dto_made(date(2020, 1, 1), 24),
        dto_made(date(2021, 6, 1), 24),
    );
    // 2020-01-01 to 2022-01-01, not to 2023-05-31.
    assert_eq!(super::dto_single_term::days(&[&a, &z]), Ok(731));
}
