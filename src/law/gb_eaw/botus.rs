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

/// ORA 2014 s. 256AC in force.
use super::release::ORA_DATE as ORA_2014;

/// Served in full, without licence.
///
/// CJA 2003 s. 256AC(4): if the failure to comply with a supervision
/// requirement is proved, the court may "(a) order the person to be committed
/// to prison for a period not exceeding 14 days (subject to subsection (7))".
pub static BOTUS_FULL_TERM: Rule = Rule {
    id: "gb.cja2003.s256ac.botus-full-term",
    citation: "CJA 2003 s. 256AC(4)(a)",
    in_force_from: ORA_2014,
    in_force_until: None,
    summary: "committal for breach of top-up supervision: served in full and released without licence (ARD and SED at its end); no remand or tagged bail counted against it, no additional days",
    verification: Verification::Reference(
        "s. 256AC inserted by ORA 2014 s. 3 (1 February 2015); the MoJ's method (calculate-release-dates-api, SentenceIdentificationTrack.BOTUS, multiplier 1; TimelineCalculator.setAdjustments: no remand or tagged bail for a booking of breaches only); s. 256AC(1)–(4) read at legislation.gov.uk/ukpga/2003/44/section/256AC and ORA 2014 s. 3; the release at the end of the committal, without licence, is the MoJ's: s. 256AC(6) ff. were not read",
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
        "the MoJ's method (calculate-release-dates-api, TusedCalculator.updateBotusSentenceTused, BookingExtractionService.extractSingle: latestTusedDate after the expiry); s. 256AC(1)–(4) were read, the subsections on the supervision period after a committal were not",
    ),
};

/// The rules of this file.
pub static RULES: &[&Rule] = &[&BOTUS_FULL_TERM, &BOTUS_TUSED];
