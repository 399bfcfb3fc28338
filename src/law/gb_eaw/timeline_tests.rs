//! Sentences passed on several days (`timeline.rs`), one test per rule of
//! the MoJ's booking timeline. Every figure is worked by hand in the
//! comments; the law before SI 2024/844 (release at half) throughout.

use super::booking::{Booking, DatedDays, Legislation, Sentence};
use super::length::SentenceLength;
use super::named::DateCode;
use super::sds40::release_dates;
use super::test_support::{self, ym};
use jiff::civil::{Date, date};

fn sds(sentenced: Date, months: u32) -> Sentence {
    test_support::standard(date(2022, 12, 1), sentenced, SentenceLength::months(months))
}

fn booking(sentences: Vec<Sentence>, remand: Vec<DatedDays>) -> Booking {
    Booking {
        remand_days: remand.iter().map(|r| r.days).sum(),
        deductions_by_date: remand,
        ..test_support::booking(
            date(1980, 1, 1),
            Legislation::SDS40_NOT_COMMENCED,
            sentences,
        )
    }
}

fn get(b: &Booking, code: DateCode) -> Option<Date> {
    test_support::get_by(release_dates, b, code)
}

#[test]
fn shared_adjustments_a_later_sentence_passed_in_custody_takes_the_remand() {
    // 12 months from 2023-01-02 (365 days, release on day 183: 2023-07-03),
    // 20 days' remand: 2023-06-13. Then 12 months from 2023-03-01 (366
    // days, day 183: 2023-08-30, expiry 2024-02-29), passed in custody: it
    // takes the 20 days too.
    let b = booking(
        vec![sds(date(2023, 1, 2), 12), sds(date(2023, 3, 1), 12)],
        vec![DatedDays {
            from: date(2023, 1, 2),
            days: 20,
        }],
    );
    assert_eq!(get(&b, DateCode::Crd), Some(date(2023, 8, 10)));
    assert_eq!(get(&b, DateCode::Sled), Some(date(2024, 2, 9)));
    assert_eq!(get(&b, DateCode::Esed), Some(date(2024, 2, 29)));
}

#[test]
fn aggregation_a_term_consecutive_to_an_earlier_hearings_counts_from_its_day_of_sentence() {
    // 12 months from 2023-01-02, then 6 months consecutive passed on
    // 2023-03-01: 18 months from 2023-01-02 (547 days, to 2024-07-01);
    // release on day ⌈273.5⌉ = 274, 2023-10-02.
    let mut later = sds(date(2023, 3, 1), 6);
    later.consecutive_to = vec![0];
    let b = booking(vec![sds(date(2023, 1, 2), 12), later], Vec::new());
    assert_eq!(get(&b, DateCode::Crd), Some(date(2023, 10, 2)));
    assert_eq!(get(&b, DateCode::Sled), Some(date(2024, 7, 1)));
}

#[test]
fn shared_adjustments_days_awarded_out_of_custody_count_for_the_next_sentence() {
    // 2 months from 2023-01-02 (59 days, release 2023-01-31); 5 days awarded
    // on 2023-02-10, after that release; 2 months from 2023-06-01 (61 days,
    // release on day 31, 2023-07-01) + 5 = 2023-07-06.
    let mut b = booking(
        vec![sds(date(2023, 1, 2), 2), sds(date(2023, 6, 1), 2)],
        Vec::new(),
    );
    b.additional_days = vec![DatedDays {
        from: date(2023, 2, 10),
        days: 5,
    }];
    assert_eq!(get(&b, DateCode::Crd), Some(date(2023, 7, 6)));
}

#[test]
fn group_release_a_sentence_passed_after_the_last_working_day_before_release_starts_a_new_period() {
    // 2 months from 2023-03-21 (61 days, day 31: 2023-04-20) less 10 days'
    // remand: release on Monday 2023-04-10, Easter Monday; with Good Friday
    // 2023-04-07 the last working day before it is Thursday 2023-04-06.
    // 1 month passed on 2023-04-07 (30 days, day 15: 2023-04-21) starts a
    // new period in custody, without the remand. The booking gives no bank
    // holidays: Good Friday and Easter Monday come from the rules
    // (`bank_holidays::ANNUAL`).
    let mut b = booking(
        vec![sds(date(2023, 3, 21), 2), sds(date(2023, 4, 7), 1)],
        vec![DatedDays {
            from: date(2023, 3, 21),
            days: 10,
        }],
    );
    assert_eq!(get(&b, DateCode::Crd), Some(date(2023, 4, 21)));
    // With the booking's own list, lacking Easter (as the MoJ's test fixture
    // does), the release moves back to Friday 2023-04-07 only: the second
    // sentence joins the first in custody and takes its remand:
    // 2023-04-21 − 10 = 2023-04-11.
    b.bank_holidays = vec![date(2021, 12, 27), date(2021, 12, 28)];
    assert_eq!(get(&b, DateCode::Crd), Some(date(2023, 4, 11)));
}

// The rules the several-day cases of the MoJ's suite brought in, each on
// the facts of the MoJ case that needs it (its expected dates).

fn term(sentenced: Date, offence: Date, length: SentenceLength) -> Sentence {
    test_support::standard(offence, sentenced, length)
}

fn in_force(mut b: Booking) -> Booking {
    b.legislation = Legislation::IN_FORCE;
    b.offender.date_of_birth = Some(date(1990, 1, 1));
    b
}

#[test]
fn hdc_365_moj_crs_2273_ac1_1_consecutive_term_passed_after_the_commencement() {
    // 3 years 2 months from 2024-04-09, then 12 months consecutive passed on
    // 2025-06-04 (after 2025-06-03): the old scheme's date is taken as no
    // earlier than the commencement, so the new scheme's applies, moved to
    // the commencement day.
    let mut later = term(date(2025, 6, 4), date(2022, 6, 4), ym(0, 12));
    later.consecutive_to = vec![0];
    let b = in_force(booking(
        vec![term(date(2024, 4, 9), date(2022, 6, 4), ym(3, 2)), later],
        vec![DatedDays {
            from: date(2024, 4, 9),
            days: 15,
        }],
    ));
    assert_eq!(get(&b, DateCode::Hdced), Some(date(2025, 6, 3)));
    assert_eq!(get(&b, DateCode::Crd), Some(date(2025, 11, 23)));
    assert_eq!(get(&b, DateCode::Sled), Some(date(2028, 5, 24)));
}

#[test]
fn si_2024_844_moj_crs_2105_ac_1_3_tranche_allocated_before_the_sentence_passed_on_commencement_day()
 {
    // 4 years 11 months from 2022-11-30, then 10 months consecutive passed
    // on 2024-09-10: the tranche is allocated that morning from the first
    // term alone (under 5 years: tranche 1), so the 40 % HDC date
    // 2024-09-20 stands (tranche 2 would have moved it to 2024-10-22).
    let mut later = term(date(2024, 9, 10), date(2022, 11, 1), ym(0, 10));
    later.consecutive_to = vec![0];
    let b = in_force(booking(
        vec![
            term(date(2022, 11, 30), date(2022, 11, 1), ym(4, 11)),
            later,
        ],
        Vec::new(),
    ));
    assert_eq!(get(&b, DateCode::Hdced), Some(date(2024, 9, 20)));
    assert_eq!(get(&b, DateCode::Crd), Some(date(2025, 3, 18)));
}

#[test]
fn hdc_concurrent_release_moj_crs_1541_ac2_a_concurrent_term_released_on_its_day_of_sentence() {
    // 14 months from 2022-06-05 with 38 days' remand (HDC 2022-08-13); 11
    // weeks passed on 2022-09-28 in custody takes the 38 days, which cover
    // its 39-day custodial part exactly: released on its day of sentence,
    // which becomes the HDC date.
    let mut b = booking(
        vec![
            term(date(2022, 6, 5), date(2022, 4, 14), ym(1, 2)),
            term(
                date(2022, 9, 28),
                date(2021, 9, 24),
                SentenceLength {
                    weeks: 11,
                    ..SentenceLength::default()
                },
            ),
        ],
        vec![DatedDays {
            from: date(2022, 6, 5),
            days: 38,
        }],
    );
    b.offender.date_of_birth = Some(date(1990, 1, 1));
    assert_eq!(get(&b, DateCode::Hdced), Some(date(2022, 9, 28)));
    assert_eq!(get(&b, DateCode::Crd), Some(date(2022, 11, 26)));
}

#[test]
fn si_2024_844_moj_crs_2223_a_term_passed_after_commencement_is_at_40_percent_in_an_sds_plus_chain()
{
    // 20 years SDS+ from 2022-12-13 (131 days' remand), then on 2024-11-28
    // 3 years 2 months consecutive to it (and three concurrent terms): the
    // later term is released at 40 % from the start, no tranche needed.
    let mut plus = term(date(2022, 12, 13), date(2019, 3, 6), ym(20, 0));
    plus.sds_plus = true;
    plus.sds_plus_eligible = true;
    let later = date(2024, 11, 28);
    let offence = date(2022, 8, 3);
    let mut chained = term(later, offence, ym(3, 2));
    chained.consecutive_to = vec![0];
    let b = in_force(booking(
        vec![
            plus,
            term(later, offence, ym(2, 0)),
            chained,
            term(later, offence, ym(1, 0)),
            term(later, offence, ym(0, 4)),
        ],
        vec![DatedDays {
            from: date(2022, 12, 13),
            days: 131,
        }],
    ));
    assert_eq!(get(&b, DateCode::Crd), Some(date(2037, 3, 10)));
    assert_eq!(get(&b, DateCode::Sled), Some(date(2045, 10, 4)));
}

#[test]
fn cja_1991_s51_2_moj_psi_32_concurrent_terms_passed_on_two_days_are_one_term() {
    // Offences of 2005-01-01 (before CJA 2003 Part 12): 3 months from
    // 2012-07-31 (to 2012-10-30) and 4 months from 2012-08-17 (to
    // 2012-12-16): one term of 139 days from 2012-07-31; release on day
    // ⌈69.5⌉ = 70, 2012-10-08, without licence (under 12 months); HDC
    // ⌈69.5 / 2⌉ = 35 days after 2012-07-31, 2012-09-04.
    let offence = date(2005, 1, 1);
    let b = booking(
        vec![
            term(date(2012, 7, 31), offence, ym(0, 3)),
            term(date(2012, 8, 17), offence, ym(0, 4)),
        ],
        Vec::new(),
    );
    assert_eq!(get(&b, DateCode::Ard), Some(date(2012, 10, 8)));
    assert_eq!(get(&b, DateCode::Sed), Some(date(2012, 12, 16)));
    assert_eq!(get(&b, DateCode::Hdced), Some(date(2012, 9, 4)));
    // Passed on one day they are two concurrent terms (4 months from
    // 2012-07-31, 123 days: release on day 62, 2012-09-30).
    let mut one_day = b.clone();
    one_day.sentences[1].sentenced = date(2012, 7, 31);
    assert_eq!(get(&one_day, DateCode::Ard), Some(date(2012, 9, 30)));
}
