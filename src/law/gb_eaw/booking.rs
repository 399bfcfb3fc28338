//! A booking as the Ministry of Justice's release-date method reads it: the
//! offender, the standard determinate sentences and their days of sentence, remand,
//! and the legislation in force. Built from a case file (`gb_eaw::mod`) or
//! directly (tests/moj_conformance.rs).

pub use super::kind::SentenceKind;
use super::length::SentenceLength;
use super::recall::{Recall, RecallFacts};
use crate::calendar::DateArithmeticError;
use jiff::civil::{Date, date};

/// The offender.
#[derive(Debug, Clone, Copy, Default)]
pub struct Offender {
    /// Needed for the age tests (top-up supervision, release without
    /// licence under 18); without it those tests are taken as passed by an
    /// adult.
    pub date_of_birth: Option<Date>,
    /// Subject to sex-offender notification: no home detention curfew
    /// (CJA 2003 s. 246(4)).
    pub sex_offender: bool,
}

/// An offence excluded from release at 40 % (SI 2024/844 Sch.; the
/// MoJ's `SDSEarlyReleaseExclusionType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sds40Exclusion {
    /// Excluded from the start (sexual, violent, domestic abuse, national
    /// security, terrorism offences).
    Excluded,
    /// Added to the exclusions for prisoners in custody on or after the third
    /// commencement, 2024-12-16 (sexual, domestic abuse, murder "T3").
    ExcludedFromTrancheThree,
}

/// One sentence (standard determinate unless `kind` says otherwise).
#[derive(Debug, Clone)]
pub struct Sentence {
    pub kind: SentenceKind,
    /// The day the offence was committed (the earliest day of a range).
    pub offence_date: Option<Date>,
    /// The day of sentence.
    pub sentenced: Date,
    /// The term, or for an extended sentence its custodial term.
    pub length: SentenceLength,
    /// Indexes (0-based) of the sentences this one is consecutive to.
    pub consecutive_to: Vec<usize>,
    /// Released at two-thirds (s. 244ZA, "SDS+").
    pub sds_plus: bool,
    /// An offence and length that make a sentence SDS+ today (no home
    /// detention curfew: s. 246(4)(za)).
    pub sds_plus_eligible: bool,
    pub exclusion: Option<Sds40Exclusion>,
    /// Recalled after release on licence (`post_recall.rs`).
    pub recall: Option<Recall>,
    /// Detention of a child (Sentencing Code s. 250): outside the
    /// progression model (`progression.rs`).
    pub section_250: bool,
    /// An offence excluded from the progression model (the MoJ's
    /// `PROGRESSION_MODEL_SCHEDULE_13_PART_3` and
    /// `SA2026_PROGRESSION_MODEL_SCHEDULE`).
    pub progression_excluded: bool,
}

/// CJA 2003 Part 12 does not apply: sentenced before LASPO 2012 for an
/// offence before 4 April 2005.
pub fn before_cja(s: &Sentence) -> bool {
    s.sentenced < super::release::LASPO_DATE
        && s.offence_date.is_some_and(|d| d < super::release::CJA_DATE)
}

/// The days on which the release fractions of SI 2024/844 commence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Legislation {
    /// SI 2024/844 art. 1(2)(a): sentences under 5 years, and every sentence
    /// imposed from this day.
    pub tranche_one: Date,
    /// SI 2024/844 art. 1(2)(b): earlier sentences of 5 years or more.
    pub tranche_two: Date,
    /// The further exclusions for prisoners in custody from this day.
    pub tranche_three: Date,
    /// The progression model (release at one-third in tranches), when the
    /// profile includes it.
    pub progression: Option<&'static super::profile::Progression>,
    /// Toggles and suspensions the profile switches on.
    pub toggles: super::profile::Toggles,
}

impl Legislation {
    /// The law in force.
    pub const IN_FORCE: Legislation = Legislation {
        tranche_one: date(2024, 9, 10),
        tranche_two: date(2024, 10, 22),
        tranche_three: date(2024, 12, 16),
        progression: None,
        toggles: super::profile::Toggles::NONE,
    };
    /// The MoJ's test profile `sds-50`: release at half throughout (its
    /// tranches moved to 2054). Used only to reproduce the MoJ's tests.
    pub const SDS40_NOT_COMMENCED: Legislation = Legislation {
        tranche_one: date(2054, 9, 10),
        tranche_two: date(2054, 10, 22),
        tranche_three: date(2054, 12, 16),
        progression: None,
        toggles: super::profile::Toggles::NONE,
    };
    /// The MoJ's test profile `sds-progression-model-october`: the law in
    /// force and the progression model from 2026-10-01 in ten tranches.
    /// Used to reproduce the MoJ's tests.
    pub const PROGRESSION_MODEL: Legislation = Legislation {
        progression: Some(&super::profile::OCTOBER_2026),
        ..Legislation::IN_FORCE
    };
}

/// Days awarded or restored, from the day they apply to the sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatedDays {
    pub from: Date,
    pub days: i64,
}

/// A period unlawfully at large.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AtLarge {
    /// The day it applies to the sentences from.
    pub from: Date,
    pub days: i64,
    /// Its first day, when known (`out_of_custody::out_at_tranche`).
    pub first_day: Option<Date>,
    /// Its last day, when known.
    pub last_day: Option<Date>,
}

/// Why the method could not give dates.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MethodError {
    #[error("{0}")]
    Date(DateArithmeticError),
    #[error("a booking without sentences")]
    NoSentences,
    #[error("sentence {0} is consecutive to a sentence that is not in the booking")]
    NoSuchSentence(usize),
    #[error("a fixed-term recall without the day of return to custody")]
    NoReturnToCustody,
    #[error("the bank holidays of England and Wales are known from 1978 only, not for {0}")]
    BankHolidaysNotCovered(i16),
}

impl From<DateArithmeticError> for MethodError {
    fn from(e: DateArithmeticError) -> MethodError {
        MethodError::Date(e)
    }
}

/// Everything the method needs.
#[derive(Debug, Clone)]
pub struct Booking {
    pub offender: Offender,
    /// On one day or several (`timeline`).
    pub sentences: Vec<Sentence>,
    /// Days remanded in custody (s. 240ZA), credited to every sentence.
    pub remand_days: i64,
    /// Days credited for a qualifying curfew (tagged bail, s. 240A), as
    /// the court directed them.
    pub tagged_bail_days: i64,
    /// Additional days awarded (ADA, Prison Rules 1999 r. 55).
    pub additional_days: Vec<DatedDays>,
    /// Additional days restored (RADA, Prison Rules 1999 r. 61).
    pub restored_days: Vec<DatedDays>,
    /// Unlawfully at large (UAL): the time does not count as served.
    pub at_large: Vec<AtLarge>,
    pub legislation: Legislation,
    /// Sentences passed on several days: remand and tagged bail by the day
    /// of sentence they are credited from (the rest of `remand_days` and
    /// `tagged_bail_days` from the first day of sentence).
    pub deductions_by_date: Vec<DatedDays>,
    /// The bank holidays, when the caller gives its own complete list (the
    /// MoJ's test suite runs with a fixture of two); empty: those of England
    /// and Wales by rule (`bank_holidays`). Weekends
    /// are never working days.
    pub bank_holidays: Vec<Date>,
    /// Compute the early removal scheme date (for a foreign national).
    pub early_removal: bool,
    /// Return to custody and the credits of recalled sentences.
    pub recall: RecallFacts,
    /// Releases from and returns to custody (`movement.rs`, the method in
    /// `out_of_custody.rs`).
    pub movements: Vec<super::movement::Movement>,
}

impl Booking {
    /// The first day of sentence of the booking.
    pub fn first_sentenced(&self) -> Result<Date, MethodError> {
        self.sentences
            .iter()
            .map(|s| s.sentenced)
            .min()
            .ok_or(MethodError::NoSentences)
    }

    /// The days awarded (ADA) less the days restored (RADA) on `day`.
    pub fn awarded_on(&self, day: Date) -> i64 {
        let on = |list: &[DatedDays]| -> i64 {
            list.iter().filter(|d| d.from == day).map(|d| d.days).sum()
        };
        on(&self.additional_days) - on(&self.restored_days)
    }
}
