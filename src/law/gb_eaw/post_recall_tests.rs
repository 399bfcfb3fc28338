//! Unit tests of the recall rules (`post_recall.rs`), named after the
//! provision or the MoJ case they protect.

use super::booking::{AtLarge, Booking, DatedDays, Legislation, Sentence};
use super::extraction::Dates;
use super::length::SentenceLength;
use super::named::DateCode;
use super::post_recall::*;
use super::recall::{Recall, RecallFacts, RecallKind};
use super::sds40::release_dates;
use super::test_support;
use crate::calendar::add_days;
use jiff::civil::{Date, date};

fn recalled(
    sentenced: Date,
    length: SentenceLength,
    offence: Date,
    kind: RecallKind,
    returned: Option<Date>,
) -> Sentence {
    Sentence {
        recall: Some(Recall {
            kind,
            revoked: returned,
            returned,
        }),
        ..test_support::standard(offence, sentenced, length)
    }
}

fn booking(sentences: Vec<Sentence>, legislation: Legislation) -> Booking {
    let return_to_custody = sentences.iter().filter_map(|s| s.recall?.returned).max();
    Booking {
        recall: RecallFacts {
            return_to_custody,
            ..RecallFacts::default()
        },
        ..test_support::booking(date(1990, 1, 1), legislation, sentences)
    }
}

fn dates(b: &Booking) -> Vec<(&'static str, Date)> {
    release_dates(b)
        .unwrap()
        .dates
        .iter()
        .map(|(k, (d, _))| (k.code(), *d))
        .collect()
}

/// MoJ custom-examples/crs-344-standard-recall-ac2: two concurrent terms
/// on standard recall: the PRRD is the SLED, no CRD.
#[test]
fn s255c_standard_recall_is_released_at_the_sentence_expiry() {
    let day = date(2021, 1, 4);
    let b = booking(
        vec![
            recalled(
                day,
                SentenceLength::months(18),
                date(2020, 11, 26),
                RecallKind::Standard,
                None,
            ),
            recalled(
                day,
                SentenceLength::months(3),
                date(2020, 11, 26),
                RecallKind::Standard,
                None,
            ),
        ],
        Legislation::SDS40_NOT_COMMENCED,
    );
    assert_eq!(
        dates(&b),
        vec![
            ("PRRD", date(2022, 7, 3)),
            ("SLED", date(2022, 7, 3)),
            ("TUSED", date(2022, 10, 3)),
            ("ESED", date(2022, 7, 3)),
        ]
    );
}

/// MoJ custom-examples/crs-2145-ac2: a 14-day fixed-term recall from
/// 2024-12-27 ends on 2025-01-09 (return + 14 days − 1).
#[test]
fn s255b_fixed_term_recall_of_14_days_counts_from_the_return_to_custody() {
    let b = booking(
        vec![recalled(
            date(2024, 9, 20),
            SentenceLength::months(8),
            date(2022, 12, 31),
            RecallKind::FixedTerm(14),
            Some(date(2024, 12, 27)),
        )],
        Legislation::IN_FORCE,
    );
    let d = dates(&b);
    assert!(d.contains(&("PRRD", date(2025, 1, 9))), "{d:?}");
    assert!(d.contains(&("SLED", date(2025, 5, 19))), "{d:?}");
    assert!(!d.iter().any(|(k, _)| *k == "CRD" || *k == "HDCED"));
}

/// The fixed term never runs past the end of the sentence.
#[test]
fn s255b_fixed_term_recall_ends_no_later_than_the_sentence() {
    let b = booking(
        vec![recalled(
            date(2024, 9, 20),
            SentenceLength::months(8),
            date(2022, 12, 31),
            RecallKind::FixedTerm(28),
            Some(date(2025, 5, 10)),
        )],
        Legislation::IN_FORCE,
    );
    let d = dates(&b);
    assert!(d.contains(&("PRRD", date(2025, 5, 19))), "{d:?}");
}

/// MoJ ftr-56/crs-2465-ac1-4: a 56-day recall from 2026-01-13 would end
/// on 2026-03-09, before the first FTR56 tranche day: it ends on that
/// day, 2026-03-31 (a 3-year term, 1,701 days or fewer).
#[test]
fn ftr56_release_before_the_tranche_day_becomes_the_tranche_day() {
    let b = booking(
        vec![recalled(
            date(2024, 9, 11),
            SentenceLength::months(36),
            date(2024, 9, 11),
            RecallKind::FixedTerm(56),
            Some(date(2026, 1, 13)),
        )],
        Legislation::IN_FORCE,
    );
    let d = dates(&b);
    assert!(d.contains(&("PRRD", date(2026, 3, 31))), "{d:?}");
    assert!(d.contains(&("SLED", date(2027, 9, 10))), "{d:?}");
}

/// MoJ ftr-56/crs-2462-ac2: 56 days from 2026-05-18 (last day
/// 2026-07-12), 10 days awarded during the recall less 5 restored:
/// 2026-07-17.
#[test]
fn ftr56_days_awarded_during_the_recall_put_back_the_prrd() {
    let day = date(2024, 5, 23);
    let back = Some(date(2026, 5, 18));
    let mut second = recalled(
        day,
        SentenceLength::months(24),
        date(2020, 10, 28),
        RecallKind::FixedTerm(56),
        back,
    );
    second.consecutive_to = vec![0];
    let mut b = booking(
        vec![
            recalled(
                day,
                SentenceLength::months(24),
                day,
                RecallKind::FixedTerm(56),
                back,
            ),
            second,
        ],
        Legislation::IN_FORCE,
    );
    b.additional_days.push(DatedDays {
        from: date(2026, 6, 8),
        days: 10,
    });
    b.restored_days.push(DatedDays {
        from: date(2026, 7, 3),
        days: 5,
    });
    let d = dates(&b);
    assert!(d.contains(&("PRRD", date(2026, 7, 17))), "{d:?}");
    assert!(d.contains(&("SLED", date(2028, 5, 22))), "{d:?}");
}

/// A 56-day recall of a sentence that ended before the FTR56
/// legislation is read as a standard recall.
#[test]
fn ftr56_before_the_legislation_is_a_standard_recall() {
    let b = booking(
        vec![recalled(
            date(2024, 9, 11),
            SentenceLength::months(12),
            date(2024, 9, 11),
            RecallKind::FixedTerm(56),
            Some(date(2025, 6, 1)),
        )],
        Legislation::IN_FORCE,
    );
    let d = release_dates(&b).unwrap().dates;
    assert_eq!(d[&DateCode::Prrd].0, d[&DateCode::Sled].0);
    assert!(std::ptr::eq(d[&DateCode::Prrd].1, &STANDARD_RECALL));
}

/// Prison Act 1952 s. 49(2) after a recall: days at large after the
/// first release put back the end of the recalled sentence.
#[test]
fn pa1952_s49_at_large_after_release_puts_back_the_recalled_expiry() {
    let s = recalled(
        date(2024, 9, 20),
        SentenceLength::months(8),
        date(2022, 12, 31),
        RecallKind::Standard,
        None,
    );
    let plain = booking(vec![s.clone()], Legislation::IN_FORCE);
    let mut at_large = plain.clone();
    at_large.at_large.push(AtLarge {
        from: date(2025, 2, 1),
        days: 10,
        first_day: None,
        last_day: None,
    });
    let end = |b: &Booking| release_dates(b).unwrap().dates[&DateCode::Sled].0;
    assert_eq!(end(&at_large), add_days(end(&plain), 10).unwrap());
}

/// The MoJ's `hasHomeDetentionCurfew`: no HDC date unless the PRRD falls
/// before the latest CRD.
#[test]
fn hdc_is_kept_after_a_recall_only_before_the_latest_crd() {
    let mut d = Dates::new();
    d.insert(DateCode::Prrd, (date(2025, 1, 1), &STANDARD_RECALL));
    assert!(!keeps_hdc(&d));
    d.insert(DateCode::Crd, (date(2025, 2, 1), &super::release::CRD_HALF));
    assert!(keeps_hdc(&d));
    d.insert(DateCode::Crd, (date(2025, 1, 1), &super::release::CRD_HALF));
    assert!(!keeps_hdc(&d));
}

/// MoJ custom-examples/crs-1776-overlapping-recall-ac1: recall tagged bail
/// credited from the later day of sentence goes to the sentence passed that
/// day only, not to the recalled sentence released years before.
#[test]
fn recall_credit_is_shared_on_the_day_of_sentence_it_applies_from() {
    let first = recalled(
        date(2019, 2, 6),
        SentenceLength::months(60),
        date(2018, 7, 12),
        RecallKind::Standard,
        None,
    );
    let second = recalled(
        date(2023, 2, 9),
        SentenceLength::months(12),
        date(2022, 11, 11),
        RecallKind::Standard,
        None,
    );
    let mut b = booking(vec![first, second], Legislation::SDS40_NOT_COMMENCED);
    b.recall.tagged_bail_days = 39;
    b.recall.by_day = vec![(date(2023, 2, 9), 39)];
    assert_eq!(
        dates(&b),
        vec![
            ("PRRD", date(2024, 2, 5)),
            ("SLED", date(2024, 2, 5)),
            ("TUSED", date(2024, 7, 2)),
            ("ESED", date(2024, 2, 8)),
        ]
    );
}

/// MoJ custom-examples/crs-790-ftr-ac2: 28-day recalls of a 14-month and a
/// 3-month term, 13 days at large before the return to custody: the PRRD is
/// 2022-02-03 + 27 days (the time at large was before the return), the
/// SLED and TUSED are put back by the 13 days.
#[test]
fn s255b_at_large_before_the_return_puts_back_the_expiry_not_the_fixed_term() {
    let day = date(2021, 2, 12);
    let back = Some(date(2022, 2, 3));
    let mut b = booking(
        vec![
            recalled(
                day,
                SentenceLength::months(14),
                date(2019, 10, 15),
                RecallKind::FixedTerm(28),
                back,
            ),
            recalled(
                day,
                SentenceLength::months(3),
                date(2019, 10, 15),
                RecallKind::FixedTerm(28),
                back,
            ),
        ],
        Legislation::SDS40_NOT_COMMENCED,
    );
    b.at_large.push(AtLarge {
        from: date(2022, 1, 20),
        days: 13,
        first_day: None,
        last_day: Some(date(2022, 1, 20)),
    });
    let d = dates(&b);
    assert!(d.contains(&("PRRD", date(2022, 3, 2))), "{d:?}");
    assert!(d.contains(&("SLED", date(2022, 4, 24))), "{d:?}");
    assert!(d.contains(&("TUSED", date(2022, 9, 24))), "{d:?}");
}
