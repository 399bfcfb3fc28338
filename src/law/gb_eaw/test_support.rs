//! Builders for the unit tests of England and Wales: the one place that
//! spells out a whole `Sentence` and `Booking`, so a new field is added
//! here and nowhere else. Each test file keeps its own short wrappers for
//! the facts its cases share (date of birth, legislation, remand).

use super::booking::{Booking, Legislation, MethodError, Offender, Sentence, SentenceKind};
use super::length::SentenceLength;
use super::named::DateCode;
use super::sds40::Outcome;
use jiff::civil::Date;

/// A way of computing a booking's dates: the profile's entry point
/// (`progression::release_dates`) or one method (`sds40::release_dates`).
/// The test passes it: this module does not import the methods it serves
/// (progression's own tests use it).
pub(super) type Method = fn(&Booking) -> Result<Outcome, MethodError>;

pub(super) fn years(n: u32) -> SentenceLength {
    SentenceLength {
        years: n,
        ..SentenceLength::default()
    }
}

pub(super) fn months(n: u32) -> SentenceLength {
    SentenceLength::months(n)
}

pub(super) fn ym(years: u32, months: u32) -> SentenceLength {
    SentenceLength {
        years,
        months,
        ..SentenceLength::default()
    }
}

/// A sentence of `kind`, passed alone: not consecutive, not SDS+ (nor
/// eligible), no 40 % exclusion, not s.250, not excluded from the
/// progression model, not recalled.
pub(super) fn sentence(
    kind: SentenceKind,
    offence: Date,
    sentenced: Date,
    length: SentenceLength,
) -> Sentence {
    Sentence {
        kind,
        offence_date: Some(offence),
        sentenced,
        length,
        consecutive_to: Vec::new(),
        sds_plus: false,
        sds_plus_eligible: false,
        exclusion: None,
        section_250: false,
        progression_excluded: false,
        recall: None,
    }
}

/// A standard determinate sentence (`sentence` of `SentenceKind::Standard`).
pub(super) fn standard(offence: Date, sentenced: Date, length: SentenceLength) -> Sentence {
    sentence(SentenceKind::Standard, offence, sentenced, length)
}

/// A booking of an offender born on `born`, not a sex offender, under
/// `legislation`, with no remand, tagged bail, added, restored or
/// unlawfully-at-large days, no bank holidays of its own, no early removal,
/// no recall facts and no movements out of and into custody.
pub(super) fn booking(born: Date, legislation: Legislation, sentences: Vec<Sentence>) -> Booking {
    Booking {
        offender: Offender {
            date_of_birth: Some(born),
            sex_offender: false,
        },
        sentences,
        remand_days: 0,
        tagged_bail_days: 0,
        additional_days: Vec::new(),
        restored_days: Vec::new(),
        at_large: Vec::new(),
        legislation,
        deductions_by_date: Vec::new(),
        bank_holidays: Vec::new(),
        early_removal: false,
        recall: Default::default(),
        movements: Vec::new(),
    }
}

/// The booking's dates by `method`, in the order of their codes.
pub(super) fn dates_by(method: Method, b: &Booking) -> Vec<(DateCode, Date)> {
    method(b)
        .expect("dates")
        .dates
        .iter()
        .map(|(k, (d, _))| (*k, *d))
        .collect()
}

/// One of the booking's dates by `method`.
pub(super) fn get_by(method: Method, b: &Booking, code: DateCode) -> Option<Date> {
    method(b).expect("dates").dates.get(&code).map(|d| d.0)
}
