//! Sentences passed on several days (`timeline.rs`), one test per rule of
//! the MoJ's booking timeline. Every figure is worked by hand in the
//! comments; the law before SI 2024/844 (release at half) throughout.

use super::booking::{Booking, DatedDays, Legislation, Offender, Sentence};
use super::length::SentenceLength;
use super::named::DateCode;
use super::sds40::release_dates;
use jiff::civil::{Date, date};

fn sds(sentenced: Date, months: u32) -> Sentence {
    Sentence {
        kind: super::booking::SentenceKind::Standard,
        offence_date: Some(date(2022, 12, 1)),
        sentenced,
        length: SentenceLength::months(months),
        consecutive_to: Vec::new(),
        sds_plus: false,
        sds_plus_eligible: false,
        exclusion: None,
    }
}

fn booking(sentences: Vec<Sentence>, remand: Vec<DatedDays>) -> Booking {
    Booking {
        offender: Offender {
            date_of_birth: Some(date(1980, 1, 1)),
            sex_offender: false,
        },
        sentences,
        remand_days: remand.iter().map(|r| r.days).sum(),
        tagged_bail_days: 0,
        additional_days: Vec::new(),
        restored_days: Vec::new(),
        at_large: Vec::new(),
        legislation: Legislation::SDS40_NOT_COMMENCED,
        deductions_by_date: remand,
        bank_holidays: Vec::new(),
        early_removal: false,
    }
}

fn get(b: &Booking, code: DateCode) -> Option<Date> {
    release_dates(b).unwrap().dates.get(&code).map(|d| d.0)
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
    // new period in custody, without the remand.
    let mut b = booking(
        vec![sds(date(2023, 3, 21), 2), sds(date(2023, 4, 7), 1)],
        vec![DatedDays {
            from: date(2023, 3, 21),
            days: 10,
        }],
    );
    b.bank_holidays = vec![date(2023, 4, 7), date(2023, 4, 10)];
    assert_eq!(get(&b, DateCode::Crd), Some(date(2023, 4, 21)));
    // Without the bank holidays the second sentence joins the first in
    // custody and takes its remand: 2023-04-21 − 10 = 2023-04-11.
    b.bank_holidays.clear();
    assert_eq!(get(&b, DateCode::Crd), Some(date(2023, 4, 11)));
}
