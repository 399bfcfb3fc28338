//! Unit tests of the sentence kinds (kind.rs), each after the provision or
//! the MoJ case it protects.

use super::booking::{Booking, Legislation, Sentence};
use super::kind::{
    EDS_PED, PED_CONCURRENT_RELEASE, SOPC_PED_HALF, SOPC_PED_TWO_THIRDS, SentenceKind,
};
use super::length::SentenceLength;
use super::test_support::{self, years};
use super::{DateCode, release_dates};
use jiff::civil::{Date, date};

fn eds(custodial: u32, extension: u32, automatic_release: bool, sentenced: Date) -> Sentence {
    let kind = SentenceKind::Extended {
        extension: years(extension),
        automatic_release,
    };
    test_support::sentence(kind, date(2013, 1, 20), sentenced, years(custodial))
}

fn dates(b: &Booking) -> Vec<(DateCode, Date)> {
    test_support::dates_by(release_dates, b)
}

fn booking(sentences: Vec<Sentence>, remand_days: i64, tagged_bail_days: i64) -> Booking {
    Booking {
        remand_days,
        tagged_bail_days,
        ..test_support::booking(
            date(1990, 1, 1),
            Legislation::SDS40_NOT_COMMENCED,
            sentences,
        )
    }
}

// MoJ case custom-examples/crs-870-eds-ac1: 4 years + 4 years extension,
// automatic release, 70 days remand and 20 tagged bail.
#[test]
fn s246a_2_automatic_release_at_two_thirds_of_the_custodial_term() {
    let b = booking(vec![eds(4, 4, true, date(2013, 1, 21))], 70, 20);
    assert_eq!(
        dates(&b),
        vec![
            (DateCode::Crd, date(2015, 6, 23)),
            (DateCode::Sled, date(2020, 10, 22)),
            (DateCode::Esed, date(2021, 1, 20)),
        ]
    );
}

// MoJ case custom-examples/crs-870-eds-ac2: 5 + 5 years, Parole Board
// release, 30 days tagged bail.
#[test]
fn s246a_parole_eligibility_at_two_thirds_and_release_at_the_end_of_the_custodial_term() {
    let b = booking(vec![eds(5, 5, false, date(2013, 1, 21))], 0, 30);
    assert_eq!(
        dates(&b),
        vec![
            (DateCode::Ped, date(2016, 4, 22)),
            (DateCode::Crd, date(2017, 12, 21)),
            (DateCode::Sled, date(2022, 12, 21)),
            (DateCode::Esed, date(2023, 1, 20)),
        ]
    );
}

// MoJ case custom-examples/crs-871-eds-consec-ac1: 42 + 36 months then,
// consecutively, 66 + 24 months, both Parole Board release, 265 days
// remand.
#[test]
fn consecutive_extended_sentences_add_their_custodial_terms_and_extensions() {
    let months = |n| SentenceLength::months(n);
    let mut first = eds(0, 0, false, date(2022, 2, 10));
    first.length = months(42);
    first.kind = SentenceKind::Extended {
        extension: months(36),
        automatic_release: false,
    };
    let mut second = first.clone();
    second.length = months(66);
    second.kind = SentenceKind::Extended {
        extension: months(24),
        automatic_release: false,
    };
    second.consecutive_to = vec![0];
    let b = booking(vec![first, second], 265, 0);
    assert_eq!(
        dates(&b),
        vec![
            (DateCode::Ped, date(2027, 5, 21)),
            (DateCode::Crd, date(2030, 5, 20)),
            (DateCode::Sled, date(2035, 5, 20)),
            (DateCode::Esed, date(2036, 2, 9)),
        ]
    );
}

// MoJ case custom-examples/crs-876-eds-sds-ac8: a 5-year SDS released
// at half (2016-12-25) after the EDS's PED: the PED is that release.
#[test]
fn ped_is_not_before_the_release_of_a_concurrent_standard_sentence() {
    let day = date(2014, 7, 13);
    let mut sds = eds(5, 0, false, day);
    sds.kind = SentenceKind::Standard;
    let b = booking(
        vec![sds, eds(3, 1, false, day), eds(3, 2, false, day)],
        0,
        16,
    );
    let out = release_dates(&b).unwrap();
    let ped = out.dates.get(&DateCode::Ped).unwrap();
    assert_eq!(ped.0, date(2016, 12, 25));
    assert_eq!(ped.1.id, PED_CONCURRENT_RELEASE.id);
    assert_eq!(
        out.dates.get(&DateCode::Crd).map(|d| d.0),
        Some(date(2017, 6, 26))
    );
    assert!(!out.dates.contains_key(&DateCode::Hdced));
}

#[test]
fn the_whole_sentence_is_the_custodial_term_and_the_extension_added_unit_by_unit() {
    let mut s = eds(4, 3, true, date(2020, 1, 1));
    s.length.months = 6;
    assert_eq!(
        s.kind.total(s.length),
        SentenceLength {
            years: 7,
            months: 6,
            weeks: 0,
            days: 0
        }
    );
}

fn sopc(custodial: u32, sentenced: Date) -> Sentence {
    let mut s = eds(custodial, 0, false, sentenced);
    s.kind = SentenceKind::Sopc {
        extension: years(1),
        under_18: false,
    };
    s
}

// MoJ case custom-examples/crs-1081-ersed-consec-ac2: a 7-year SOPC passed
// in 2018 (parole at half), then consecutively 3 years SDS, 4 days remand;
// early removal counted from the PED.
#[test]
fn s244a_sopc_before_2022_parole_at_half_released_at_the_end_of_the_custodial_term() {
    let day = date(2018, 7, 20);
    let mut sds = eds(3, 0, false, day);
    sds.kind = SentenceKind::Standard;
    sds.offence_date = Some(date(2018, 7, 19));
    sds.consecutive_to = vec![0];
    let mut first = sopc(7, day);
    first.offence_date = Some(date(2018, 7, 19));
    let mut b = booking(vec![first, sds], 4, 0);
    b.early_removal = true;
    assert_eq!(
        dates(&b),
        vec![
            (DateCode::Ersed, date(2022, 1, 18)),
            (DateCode::Ped, date(2023, 7, 16)),
            (DateCode::Crd, date(2027, 1, 14)),
            (DateCode::Sled, date(2029, 7, 15)),
            (DateCode::Esed, date(2029, 7, 19)),
        ]
    );
}

// MoJ case custom-examples/crs-1059-single-ersed-ac3: a 7-year SOPC passed
// after 28 June 2022 (parole at two-thirds), 95 days remand.
#[test]
fn s244a_sopc_from_pcsca_2022_parole_at_two_thirds() {
    let mut s = sopc(7, date(2022, 10, 13));
    s.offence_date = Some(date(2022, 10, 12));
    let mut b = booking(vec![s], 95, 0);
    b.early_removal = true;
    assert_eq!(
        dates(&b),
        vec![
            (DateCode::Ersed, date(2025, 9, 12)),
            (DateCode::Ped, date(2027, 3, 10)),
            (DateCode::Crd, date(2029, 7, 9)),
            (DateCode::Sled, date(2030, 7, 9)),
            (DateCode::Esed, date(2030, 10, 12)),
        ]
    );
}

// CJA 2003 s. 244A(6)(a): a SOPC's PED is its own requisite custodial period
// (half before PCSCA 2022 s. 131, two-thirds after), not the EDS rule; the
// PED of one sentence and of a booking (booking_ped) both cite it.
#[test]
fn s244a_6_sopc_ped_cites_the_sopc_rule_not_the_eds_rule() {
    let half = release_dates(&booking(vec![sopc(5, date(2021, 9, 6))], 0, 0)).unwrap();
    let ped = half.dates.get(&DateCode::Ped).unwrap();
    assert_eq!(ped.0, date(2024, 3, 6));
    assert_eq!(ped.1.id, SOPC_PED_HALF.id);
    let day = date(2022, 10, 13);
    let two = release_dates(&booking(vec![sopc(7, day), sopc(3, day)], 0, 0)).unwrap();
    assert_eq!(
        two.dates.get(&DateCode::Ped).unwrap().1.id,
        SOPC_PED_TWO_THIRDS.id
    );
    let eds = release_dates(&booking(vec![eds(6, 4, false, date(2024, 3, 1))], 0, 0)).unwrap();
    let ped = eds.dates.get(&DateCode::Ped).unwrap();
    assert_eq!(ped.0, date(2028, 2, 29));
    assert_eq!(ped.1.id, EDS_PED.id);
}
