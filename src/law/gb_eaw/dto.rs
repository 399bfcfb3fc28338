//! Detention and training orders (DTO; SA 2020 ss. 233–248, before that
//! PCC(S)A 2000 ss. 100–107): half the term in detention, released at the
//! mid-term (MTD), earlier or later by one or two months for terms of 8
//! months to 2 years (ETD, LTD), supervised to the end of the term (SED),
//! and, for an offender 18 or over on release whose supervision is under a
//! year, top-up supervision to 12 months after release (TUSED).
//!
//! As the MoJ computes them (calculate-release-dates-api,
//! `DetentionAndTrainingOrderSentence`, `SentenceIdentificationService
//! .identifyDtoSentence`, `SentenceAggregator` (consecutive orders at most
//! 24 months), `TimelineCalculator.setAdjustments` (no remand for an order
//! made before 28 June 2022, no additional days), `BookingExtractionService`
//! (MTD, ETD, LTD; a DTO beside other sentences)).

use super::figures::SentenceCalc;
use super::length::SentenceLength;
use crate::calendar::{DateArithmeticError, add_term, days_between, sub_term};
use crate::law::{Rule, Verification};
use crate::penalty::Term;
use jiff::civil::{Date, date};

/// PCSCA 2022 in force: remand counts against a DTO made from this day.
pub use super::release::PCSC_2022;
/// The DTO as a sentence type (PCC(S)A 2000 s. 100, in force 1 April 2000).
const DTO_2000: Date = date(2000, 4, 1);

/// The longest a DTO, or consecutive DTOs, can run: 24 months from `start`
/// (SA 2020 s. 236(4); the MoJ's `SentenceAggregator` and
/// `ConsecutiveSentence.getLengthInDays`).
pub fn capped(start: Date, days: i64) -> Result<i64, DateArithmeticError> {
    let most = days_between(start, add_term(start, Term::months(24))?)?;
    Ok(days.min(most))
}

/// The months by which release may be brought forward or put back: one
/// for a term of 8 months to under 18 months, two for 18 months to 24
/// months (SA 2020 s. 242; the MoJ's ETD/LTD).
pub fn transfer_months(days: i64, first: Date) -> Result<Option<u32>, DateArithmeticError> {
    let at_least = |n| -> Result<bool, DateArithmeticError> {
        Ok(!SentenceLength::shorter_than_months(days, first, n)?)
    };
    let at_most_24 = days <= days_between(first, add_term(first, Term::months(24))?)?;
    Ok(if at_least(18)? && at_most_24 {
        Some(2)
    } else if at_least(8)? && !at_least(18)? {
        Some(1)
    } else {
        None
    })
}

/// ETD and LTD around a mid-term date.
pub fn transfer_dates(mid_term: Date, months: u32) -> Result<(Date, Date), DateArithmeticError> {
    Ok((
        sub_term(mid_term, Term::months(months))?,
        add_term(mid_term, Term::months(months))?,
    ))
}

/// The mid-term date of a booking with a DTO beside other sentences (the
/// MoJ's `calculateMidTermDate`): the day of sentence for an order made
/// from 28 June 2022 released at once; with a conditional release, the
/// order's own release (before remand for an order made before 28 June
/// 2022); otherwise the booking's release.
pub fn mid_term_beside_others(
    dto: &SentenceCalc,
    conditional: bool,
    latest_release: Date,
    all_under_18: bool,
) -> Date {
    if dto.immediate && dto.sentenced >= PCSC_2022 {
        dto.sentenced
    } else if conditional && dto.sentenced < PCSC_2022 {
        dto.unadjusted_release
    } else if conditional || all_under_18 {
        dto.release
    } else {
        latest_release
    }
}

/// The last of `cs` with the latest release among those `keep` takes.
pub fn last_released(
    cs: &[SentenceCalc],
    keep: impl Fn(&SentenceCalc) -> bool,
) -> Option<&SentenceCalc> {
    let kept: Vec<&SentenceCalc> = cs.iter().filter(|c| keep(c)).collect();
    let latest = kept.iter().map(|c| c.release).max()?;
    kept.into_iter().rev().find(|c| c.release == latest)
}

/// The mid-term: release at half of the order.
///
/// SA 2020 s. 241(2) (legislation.gov.uk/ukpga/2020/17/section/241): "Subject
/// to subsections (3) to (5), the period of detention and training under a
/// detention and training order is half of the term of the order." Its
/// predecessor CDA 1998 s. 75(2), as enacted: "shall be one-half of the term of
/// the order".
pub static DTO_MID_TERM: Rule = Rule {
    id: "gb.sa2020.s241.dto-mid-term",
    citation: "SA 2020 s. 241(2); PCC(S)A 2000 s. 102(2)",
    in_force_from: DTO_2000,
    in_force_until: None,
    summary: "detention and training order: released at the mid-term, half the term (⌈days × 1/2⌉), less tagged bail, and less remand for an order made from 2022-06-28; consecutive orders count at most 24 months; no additional days (MTD)",
    verification: Verification::Reference(
        "the MoJ's method (calculate-release-dates-api, SentenceIdentificationTrack.DTO_BEFORE_PCSC/DTO_AFTER_PCSC, multiplier 1/2; TimelineCalculator.setAdjustments: no remand before PCSC_COMMENCEMENT_DATE 2022-06-28, no awarded days for a term); SA 2020 s. 241(2) read at legislation.gov.uk/ukpga/2020/17/section/241 and CDA 1998 s. 75(2) as enacted; PCC(S)A 2000 s. 102 itself and the crediting of remand and tagged bail against an order (the MoJ's) were not read",
    ),
};

/// Early and late release.
///
/// SA 2020 s. 241(4): the Secretary of State may release the offender, for an
/// order of "8 months or more, but less than 18 months, at any time during the
/// period of 1 month ending with the half-way point", and for "18 months or
/// more, at any time during the period of 2 months ending with that point";
/// (5): if a youth court so orders, release "1 month after the half-way point"
/// (8 to under 18 months) or "1 month or 2 months after that point" (18 months
/// or more). (The id keeps `s242` from before the text was read.)
pub static DTO_EARLY_LATE: Rule = Rule {
    id: "gb.sa2020.s242.dto-early-late-release",
    citation: "SA 2020 s. 241(4), (5); PCC(S)A 2000 s. 102(4), (5)",
    in_force_from: DTO_2000,
    in_force_until: None,
    summary: "detention and training order of 8 months to under 18 months: release up to one month before (ETD) or after (LTD) the mid-term; 18 months to 24 months: two months; none when released on the day of the order",
    verification: Verification::Reference(
        "the MoJ's method (calculate-release-dates-api, SentenceAdjustedCalculationService ETD/LTD and BookingExtractionService.calculateEtd/calculateLtd), which gives the earliest day of (4) and the latest of (5); SA 2020 s. 241(4), (5) read at legislation.gov.uk/ukpga/2020/17/section/241; PCC(S)A 2000 s. 102 not read",
    ),
};

/// Supervision to the end of the order.
///
/// SA 2020 s. 233: "an order that the offender is subject, for the term
/// specified in the order, to a period of detention and training followed by a
/// period of supervision". The period of supervision is s. 242 (Sch. 12 para. 1
/// names "section 242(4)(b)" as a supervision requirement; s. 243 introduces
/// Sch. 12, breach); the text of s. 242 was not read. (The id keeps `s243`.)
pub static DTO_SUPERVISION: Rule = Rule {
    id: "gb.sa2020.s243.dto-supervision",
    citation: "SA 2020 ss. 233, 242; PCC(S)A 2000 s. 103",
    in_force_from: DTO_2000,
    in_force_until: None,
    summary: "detention and training order: supervised from release to the end of the term (SED), less tagged bail and remand as for the mid-term",
    verification: Verification::Reference(
        "the MoJ's method (calculate-release-dates-api, identifyDtoSentence: SED, MTD, ETD, LTD, TUSED); SA 2020 s. 233 read at legislation.gov.uk/ukpga/2020/17/part/10/chapter/2; the text of s. 242 (the period of supervision ends with the term) and PCC(S)A 2000 s. 103 were not read",
    ),
};

/// Top-up supervision after a DTO.
///
/// SA 2020 s. 247(1) (legislation.gov.uk/ukpga/2020/17/section/247): applies
/// where "(a) the offender is aged 18 or over at the half-way point of the term
/// of the order, (b) the term of the order is less than 24 months, and (c) the
/// order was imposed in respect of an offence committed on or after 1 February
/// 2015"; (2) applies CJA 2003 ss. 256AA(2) to (11), 256AB and 256AC. Its
/// predecessor PCC(S)A 2000 s. 106B was inserted by ORA 2014 s. 6(4), whose
/// explanatory notes say the supervision period "begins at the end of their
/// detention and training order and ends 12 months after the halfway point".
/// (The id keeps `s256b`, the section first cited from memory.)
pub static DTO_TOP_UP: Rule = Rule {
    id: "gb.cja2003.s256b.dto-top-up-supervision",
    citation: "SA 2020 s. 247; PCC(S)A 2000 s. 106B",
    in_force_from: super::release::ORA_DATE,
    in_force_until: None,
    summary: "detention and training order, offender 18 or over on release, supervision of under a year: top-up supervision to 12 months after release (TUSED); consecutive or concurrent orders under 2 years each, not all released under 18",
    verification: Verification::Reference(
        "SA 2020 s. 247(1), (2) read at legislation.gov.uk/ukpga/2020/17/section/247, and the explanatory notes to ORA 2014 s. 6 (PCC(S)A 2000 s. 106B, 1 February 2015); the MoJ's method (calculate-release-dates-api, TusedCalculator.sentenceMatchesTusedCriteria and BookingExtractionService.isTusedableDtos) tests the age on release rather than at the half-way point and applies the rule to consecutive and concurrent orders, which the text read does not address; the text of s. 247(3) ff. was not read",
    ),
};

/// The rules of this file.
pub static RULES: &[&Rule] = &[
    &DTO_MID_TERM,
    &DTO_EARLY_LATE,
    &DTO_SUPERVISION,
    &DTO_TOP_UP,
];

/// The ETD and LTD of one order released at `mid_term`.
pub fn early_late(
    c: &SentenceCalc,
    mid_term: Date,
) -> Result<Option<(Date, Date)>, DateArithmeticError> {
    match c.transfer_months {
        Some(m) => Ok(Some(transfer_dates(mid_term, m)?)),
        None => Ok(None),
    }
}
