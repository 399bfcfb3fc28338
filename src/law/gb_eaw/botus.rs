//! Terms for breach of top-up supervision (BOTUS; CJA 2003 s. 256AC(4)):
//! up to 14 days' committal, served in full, released without licence; no
//! remand or tagged bail counts against it, no additional days; the top-up
//! supervision breached keeps its expiry (TUSED) where it ends after the
//! committal.
//!
//! As the MoJ computes them (calculate-release-dates-api, `BotusSentence`,
//! `SentenceIdentificationService.identifyBotusSentence`,
//! `TimelineCalculator.setAdjustments` (`isOrExclusivelyBotus`: no
//! deductions), `TusedCalculator.updateBotusSentenceTused`,
//! `BookingExtractionService.extractSingle` (no ESED for a booking of
//! breaches only)).

use crate::law::{Rule, Verification};
use jiff::civil::{Date, date};

/// ORA 2014 s. 256AC in force.
const ORA_2014: Date = date(2015, 2, 1);

/// Served in full, without licence.
pub static BOTUS_FULL_TERM: Rule = Rule {
    id: "gb.cja2003.s256ac.botus-full-term",
    citation: "CJA 2003 s. 256AC(4)",
    in_force_from: ORA_2014,
    in_force_until: None,
    summary: "committal for breach of top-up supervision: served in full and released without licence (ARD and SED at its end); no remand or tagged bail counted against it, no additional days",
    verification: Verification::Reference(
        "s. 256AC inserted by ORA 2014 s. 3 (1 February 2015); the MoJ's method (calculate-release-dates-api, SentenceIdentificationTrack.BOTUS, multiplier 1; TimelineCalculator.setAdjustments: no remand or tagged bail for a booking of breaches only); the statute text was not read",
    ),
};

/// The supervision breached keeps its expiry.
pub static BOTUS_TUSED: Rule = Rule {
    id: "gb.cja2003.s256ac.botus-tused",
    citation: "CJA 2003 s. 256AC",
    in_force_from: ORA_2014,
    in_force_until: None,
    summary: "committal for breach of top-up supervision: the supervision keeps its recorded expiry (TUSED) when that falls after the committal ends",
    verification: Verification::Reference(
        "the MoJ's method (calculate-release-dates-api, TusedCalculator.updateBotusSentenceTused, BookingExtractionService.extractSingle: latestTusedDate after the expiry); the statute text was not read",
    ),
};

/// The rules of this file.
pub static RULES: &[&Rule] = &[&BOTUS_FULL_TERM, &BOTUS_TUSED];
