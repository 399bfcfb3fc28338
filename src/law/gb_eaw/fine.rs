//! Terms in default of payment of a fine (the MoJ's `AFineSentence`):
//! released without licence at half the term (CJA 2003 s. 258), in full for
//! a fine of £10 million or more imposed from 1 June 2015; no licence, no
//! HDC, no additional days; a committal for a civil debt takes no remand.
//!
//! As the MoJ computes them (calculate-release-dates-api,
//! `SentenceIdentificationService.identifyAFineSentence`,
//! `TimelineCalculator.setAdjustments`, `BookingExtractionService`
//! (ERSED beside a default term released later)).

use crate::law::{Rule, Verification};
use jiff::civil::{Date, date};

/// CJA 2003 Part 12 (s. 258) in force.
use super::release::CJA_2003;
/// The MoJ's `A_FINE_TEN_MILLION_FULL_RELEASE_DATE`.
pub const TEN_MILLION_FULL_TERM: Date = date(2015, 6, 1);

/// Released at half, without licence.
///
/// CJA 2003 s. 258(1): "a person committed to prison— (a) in default of
/// payment of a sum adjudged to be paid by a conviction, or (b) for contempt of
/// court or any kindred offence"; (2): "As soon as a person to whom this section
/// applies has served one-half of the term for which he was committed, it is
/// the duty of the Secretary of State to release him unconditionally."
pub static FINE_DEFAULT_HALF: Rule = Rule {
    id: "gb.cja2003.s258.fine-default-half",
    citation: "CJA 2003 s. 258(2)",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "term in default of payment of a fine: released unconditionally at half the term (⌈days × 1/2⌉), less remand and tagged bail (none for a civil debt), without licence (ARD and SED); no additional days",
    verification: Verification::Reference(
        "the MoJ's method (calculate-release-dates-api, SentenceIdentificationTrack.AFINE_ARD_AT_HALFWAY, TimelineCalculator.setAdjustments: a term takes no awarded days, a civil offence no remand or tagged bail); s. 258(1), (2) read at legislation.gov.uk/ukpga/2003/44/section/258; the crediting of remand and tagged bail is the MoJ's and was not checked against s. 240ZA/240A",
    ),
};

/// Served in full.
///
/// CJA 2003 s. 258(2B): "Subsection (2) does not apply to a person within
/// subsection (1)(a) if the sum in question is a sum of more than £10 million
/// ordered to be paid under a confiscation order made under Part 2 of the
/// Proceeds of Crime Act 2002." The MoJ applies it to any default term for a
/// sum of £10 million or more; hence UNVERIFIED.
pub static FINE_DEFAULT_FULL: Rule = Rule {
    id: "gb.cja2003.s258.fine-default-ten-million",
    citation: "CJA 2003 s. 258(2B)",
    in_force_from: TEN_MILLION_FULL_TERM,
    in_force_until: None,
    summary: "term in default of payment of a fine of £10 million or more imposed from 2015-06-01: served in full (ARD at the end of the term)",
    verification: Verification::Unverified(
        "s. 258(2B) read at legislation.gov.uk/ukpga/2003/44/section/258: \"more than £10 million ordered to be paid under a confiscation order\"; inserted by the Serious Crime Act 2015 for confiscation orders made from 1 June 2015 (PSI 16/2010 as revised July 2015); the MoJ's method (calculate-release-dates-api, SentenceIdentificationTrack.AFINE_ARD_AT_FULL_TERM when fineAmount ≥ 10,000,000 and sentenced from A_FINE_TEN_MILLION_FULL_RELEASE_DATE) goes beyond the text: exactly £10 million, and a default term for any sum, not only a confiscation order",
    ),
};

/// ERSED beside a default term released later.
pub static ERSED_FINE_DEFAULT: Rule = Rule {
    id: "gb.ersed.concurrent-fine-default",
    citation: "CJA 2003 s. 260; s. 258",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "early removal: not before the release from a concurrent default term released after the eligibility date; none when such a term (or a breach of supervision) is released after the sentence that gives it",
    verification: Verification::Reference(
        "the MoJ's method (calculate-release-dates-api, BookingExtractionService.extractErsedAndNotApplicableDueToDtoLaterThanCrdFlag: ERSED_ADJUSTED_TO_CONCURRENT_TERM); the statute text was not read",
    ),
};

/// The rules of this file.
pub static RULES: &[&Rule] = &[&FINE_DEFAULT_HALF, &FINE_DEFAULT_FULL, &ERSED_FINE_DEFAULT];
