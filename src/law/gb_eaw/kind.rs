//! Sentence types other than the standard determinate sentence, and what
//! each changes in the method: the extended determinate sentence (EDS: a
//! custodial term, then an extension period on licence; CJA 2003 ss. 226A,
//! 226B and 246A, SA 2020 ss. 254, 266, 279) and the sentence for an
//! offender of particular concern (SOPC: a custodial term, then one year on
//! licence; CJA 2003 ss. 236A and 244A, SA 2020 ss. 252A, 265, 278).
//!
//! As the MoJ computes them (calculate-release-dates-api,
//! `ExtendedDeterminateSentence`, `SentenceIdentificationService`,
//! `UnadjustedReleaseDate`): the sentence expires at the end of the
//! custodial term and the extension period counted together (SLED); an EDS
//! with automatic release is released at two-thirds of the custodial term
//! (CRD); one released at the Parole Board's direction is eligible for
//! parole at two-thirds of it (PED) and released at its end (CRD). A SOPC
//! is released at the end of the custodial term (CRD), eligible for parole
//! at half of it (PED; two-thirds from 28 June 2022 and for the special
//! sentence for offenders under 18). No home detention curfew and no top-up
//! supervision.

use super::figures::{Fraction, SentenceCalc};
use super::length::{SentenceLength, aggregate_days};
use super::rules::LASPO_2012;
use crate::calendar::{DateArithmeticError, add_days};
use crate::law::{Rule, Verification};
use jiff::civil::{Date, date};

/// The kind of a sentence, with what the kind adds to its length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SentenceKind {
    /// A standard determinate sentence (the MoJ's `StandardSentence`).
    #[default]
    Standard,
    /// An extended determinate sentence: the sentence's length is its
    /// custodial term, followed by `extension` on licence.
    Extended {
        extension: SentenceLength,
        /// Released automatically at two-thirds (CJA 2003 s. 246A(2):
        /// sentences before 13 April 2015 under 10 years for an offence
        /// outside Sch. 15B Parts 1–3); otherwise at the Parole Board's
        /// direction from two-thirds, at the latest at the end of the
        /// custodial term.
        automatic_release: bool,
    },
    /// A sentence for an offender of particular concern (SOPC): the
    /// sentence's length is its custodial term, followed by `extension`
    /// (one year) on licence.
    Sopc {
        extension: SentenceLength,
        /// The special sentence for an offender under 18 (SA 2020 s. 252A,
        /// the MoJ's `sdopcu18`): parole at two-thirds whatever the date.
        under_18: bool,
    },
    /// A detention and training order (dto.rs).
    Dto,
    /// A term in default of payment of a fine (fine.rs).
    FineDefault {
        /// A fine of £10 million or more imposed from 1 June 2015: served
        /// in full.
        full_term: bool,
        /// Committed for a civil debt (not an offence): no remand or tagged
        /// bail counts against it.
        civil: bool,
    },
    /// A term for breach of top-up supervision (botus.rs).
    Botus {
        /// The expiry of the top-up supervision breached, when recorded.
        latest_tused: Option<Date>,
    },
}

impl SentenceKind {
    /// The whole sentence of a term `length` of this kind: the custodial
    /// term and any extension period, added unit by unit (the MoJ's
    /// `combinedDuration`).
    pub fn total(self, length: SentenceLength) -> SentenceLength {
        match self {
            SentenceKind::Standard
            | SentenceKind::Dto
            | SentenceKind::FineDefault { .. }
            | SentenceKind::Botus { .. } => length,
            SentenceKind::Extended { extension, .. } | SentenceKind::Sopc { extension, .. } => {
                super::length::combined(&[length, extension])
            }
        }
    }

    /// The release point of a kind whose release point does not depend on
    /// the date or SI 2024/844, as a fraction of the custodial term.
    pub fn fixed_release(self) -> Option<Fraction> {
        match self {
            SentenceKind::Standard => None,
            SentenceKind::Extended {
                automatic_release: true,
                ..
            } => Some(Fraction {
                num: 2,
                den: 3,
                rule: &EDS_AUTOMATIC,
            }),
            SentenceKind::Extended {
                automatic_release: false,
                ..
            } => Some(Fraction {
                num: 1,
                den: 1,
                rule: &EDS_DISCRETIONARY,
            }),
            SentenceKind::Sopc { .. } => Some(Fraction {
                num: 1,
                den: 1,
                rule: &SOPC_RELEASE,
            }),
            SentenceKind::Dto => Some(Fraction {
                num: 1,
                den: 2,
                rule: &super::dto::DTO_MID_TERM,
            }),
            SentenceKind::FineDefault {
                full_term: false, ..
            } => Some(Fraction {
                num: 1,
                den: 2,
                rule: &super::fine::FINE_DEFAULT_HALF,
            }),
            SentenceKind::FineDefault {
                full_term: true, ..
            } => Some(Fraction {
                num: 1,
                den: 1,
                rule: &super::fine::FINE_DEFAULT_FULL,
            }),
            SentenceKind::Botus { .. } => Some(Fraction {
                num: 1,
                den: 1,
                rule: &super::botus::BOTUS_FULL_TERM,
            }),
        }
    }

    /// The parole eligibility point, as a fraction of the days to release,
    /// of a kind released at the Parole Board's direction, for a sentence
    /// passed on `sentenced`.
    pub fn parole_fraction(self, sentenced: Date) -> Option<Fraction> {
        match self {
            SentenceKind::Extended {
                automatic_release: false,
                ..
            } => Some(Fraction {
                num: 2,
                den: 3,
                rule: &EDS_PED,
            }),
            SentenceKind::Sopc { under_18, .. } if under_18 || sentenced >= PCSC_2022 => {
                Some(Fraction {
                    num: 2,
                    den: 3,
                    rule: &SOPC_PED_TWO_THIRDS,
                })
            }
            SentenceKind::Sopc { .. } => Some(Fraction {
                num: 1,
                den: 2,
                rule: &SOPC_PED_HALF,
            }),
            _ => None,
        }
    }

    /// Not a standard determinate sentence: no home detention curfew, no
    /// top-up supervision, a licence to the end of the sentence, no
    /// SI 2024/844 tranche.
    pub fn is_other_than_sds(self) -> bool {
        !matches!(self, SentenceKind::Standard)
    }

    /// An EDS or a SOPC (licence to the end, PED where paroled).
    pub fn is_extended_or_sopc(self) -> bool {
        matches!(
            self,
            SentenceKind::Extended { .. } | SentenceKind::Sopc { .. }
        )
    }

    /// A "term" in the MoJ's sense (DTO, fine default): no additional days.
    pub fn is_term(self) -> bool {
        matches!(
            self,
            SentenceKind::Dto | SentenceKind::FineDefault { .. } | SentenceKind::Botus { .. }
        )
    }
}

/// EDS with automatic release.
///
/// The text of s. 246A was not found. The explanatory notes to CJCA 2015 s. 4
/// (legislation.data.gov.uk/ukpga/2015/2/section/4/notes) say that s. 4 makes
/// "all offenders serving such sentences ... subject to Parole Board release
/// between the two-thirds and end points of the custodial term (instead of
/// automatic release at the two-thirds point)", for sentences passed after its
/// commencement; Halsbury's Laws (Sentencing, para. 716) adds that automatic
/// release also needed an appropriate custodial term under ten years and no
/// listed offence.
pub static EDS_AUTOMATIC: Rule = Rule {
    id: "gb.cja2003.s246a.eds-automatic-release",
    citation: "CJA 2003 s. 246A(2)",
    in_force_from: LASPO_2012,
    in_force_until: None,
    summary: "extended determinate sentence with automatic release: released on licence at two-thirds of the custodial term (⌈days × 2/3⌉), less remand",
    verification: Verification::Reference(
        "s. 246A inserted by LASPO 2012 s. 125 (in force 3 December 2012); the MoJ's method (calculate-release-dates-api, SentenceIdentificationTrack.EDS_AUTOMATIC_RELEASE, multiplier 2/3); the statute text was not found: the two-thirds point is confirmed only by the explanatory notes to CJCA 2015 s. 4, and the subsection numbers are as commonly cited, not checked",
    ),
};

/// EDS released at the Parole Board's direction: CRD at the end of the
/// custodial term.
pub static EDS_DISCRETIONARY: Rule = Rule {
    id: "gb.cja2003.s246a.eds-end-of-custodial-term",
    citation: "CJA 2003 s. 246A(7)",
    in_force_from: LASPO_2012,
    in_force_until: None,
    summary: "extended determinate sentence released at the Parole Board's direction: released on licence at the end of the custodial term at the latest (CRD), less remand",
    verification: Verification::Reference(
        "the MoJ's method (calculate-release-dates-api, SentenceIdentificationTrack.EDS_DISCRETIONARY_RELEASE, multiplier 1); every EDS imposed from 13 April 2015 (CJCA 2015 s. 4, whose explanatory notes say Parole Board release \"between the two-thirds and end points of the custodial term\"); the text of s. 246A was not found and its subsection numbers are not checked",
    ),
};

/// EDS released at the Parole Board's direction: PED at two-thirds.
pub static EDS_PED: Rule = Rule {
    id: "gb.cja2003.s246a.eds-parole-eligibility",
    citation: "CJA 2003 s. 246A(3), (8)",
    in_force_from: LASPO_2012,
    in_force_until: None,
    summary: "extended determinate sentence released at the Parole Board's direction: eligible for parole (PED) after two-thirds of the custodial term (⌈days × 2/3⌉), less remand, never before the day of sentence; for consecutive terms after the custodial parts of the others",
    verification: Verification::Reference(
        "the MoJ's method (calculate-release-dates-api, UnadjustedReleaseDate.determinePedMultiplier and calculateConsecutivePed, BookingExtractionService.extractPedForBooking); the text of s. 246A was not found: the explanatory notes to CJCA 2015 s. 4 say the case is referred to the Parole Board \"when the two-thirds point of the appropriate custodial term has been reached\"; the subsection numbers are not checked",
    ),
};

/// EDS: the extension period on licence.
pub static EDS_EXTENSION: Rule = Rule {
    id: "gb.eds.extension-period",
    citation: "CJA 2003 s. 226A; SA 2020 s. 279",
    in_force_from: LASPO_2012,
    in_force_until: None,
    summary: "extended determinate sentence: the custodial term and then the extension period on licence; the sentence and licence expire (SLED) at the end of both, counted together from the day of sentence",
    verification: Verification::Reference(
        "ss. 226A/226B inserted by LASPO 2012 s. 124 (in force 3 December 2012), re-enacted as SA 2020 ss. 254, 266, 279 (1 December 2020); the MoJ's method (calculate-release-dates-api, ExtendedDeterminateSentence.combinedDuration); the statute text was not read",
    ),
};

/// SOPC: released at the end of the custodial term at the latest.
///
/// CJA 2003 s. 244A(5) (legislation.gov.uk/ukpga/2003/44/section/244A): "It is
/// the duty of the Secretary of State to release P on licence under this
/// section as soon as P has served the appropriate custodial term, unless P
/// has previously been released on licence under this section and recalled".
pub static SOPC_RELEASE: Rule = Rule {
    id: "gb.cja2003.s244a.sopc-end-of-custodial-term",
    citation: "CJA 2003 s. 244A(5)",
    in_force_from: CJCA_2015,
    in_force_until: None,
    summary: "sentence for an offender of particular concern: released on licence at the end of the custodial term at the latest (CRD), less remand",
    verification: Verification::Reference(
        "s. 244A(5) read at legislation.gov.uk/ukpga/2003/44/section/244A (inserted by CJCA 2015 s. 6 and Sch. 1 para. 6; in force 13 April 2015 as the MoJ dates it, commencement not checked); the MoJ's method (calculate-release-dates-api, SentenceIdentificationTrack.SOPC_PED_AT_HALFWAY/SOPC_PED_AT_TWO_THIRDS, multiplier 1)",
    ),
};

/// SOPC: parole eligibility at half of the custodial term.
///
/// CJA 2003 s. 244A(2)(a): the case is referred to the Board "as soon as P has
/// served the requisite custodial period"; (3): release "as soon as (a) P has
/// served the requisite custodial period, and (b) the Board has directed P's
/// release"; (6): "the requisite custodial period" means "(a) in relation to a
/// person serving one sentence imposed before the day on which section 131 of
/// the Police, Crime, Sentencing and Courts Act 2022 came into force, one-half
/// of the appropriate custodial term".
pub static SOPC_PED_HALF: Rule = Rule {
    id: "gb.cja2003.s244a.sopc-parole-at-half",
    citation: "CJA 2003 s. 244A(2), (3), (6)",
    in_force_from: CJCA_2015,
    in_force_until: Some(date(2022, 6, 27)),
    summary: "sentence for an offender of particular concern passed before 28 June 2022: eligible for parole (PED) after half the custodial term (⌈days × 1/2⌉), less remand",
    verification: Verification::Reference(
        "the MoJ's method (calculate-release-dates-api, SentenceIdentificationService.identifySopcSentence: SOPC_PED_AT_HALFWAY before PCSC_COMMENCEMENT_DATE 2022-06-28); s. 244A(2), (3) and (6)(a) read at legislation.gov.uk/ukpga/2003/44/section/244A; the rest of (6) (several sentences) was not read",
    ),
};

/// SOPC: parole eligibility at two-thirds from PCSCA 2022.
///
/// CJA 2003 s. 244A(6)(a) keeps one-half for "one sentence imposed before the
/// day on which section 131 of the Police, Crime, Sentencing and Courts Act
/// 2022 came into force"; the branch for later sentences was not read.
pub static SOPC_PED_TWO_THIRDS: Rule = Rule {
    id: "gb.cja2003.s244a.sopc-parole-at-two-thirds",
    citation: "CJA 2003 s. 244A(6) (as amended by PCSCA 2022 s. 131)",
    in_force_from: PCSC_2022,
    in_force_until: None,
    summary: "sentence for an offender of particular concern passed from 28 June 2022, or a special sentence for an offender under 18: eligible for parole (PED) after two-thirds of the custodial term (⌈days × 2/3⌉), less remand",
    verification: Verification::Reference(
        "s. 244A(6)(a) (legislation.gov.uk/ukpga/2003/44/section/244A) names PCSCA 2022 s. 131 as the turning point; its commencement (28 June 2022, the MoJ's PCSC_COMMENCEMENT_DATE) and the two-thirds branch of (6) were not read; the MoJ's method (calculate-release-dates-api, SentenceIdentificationService.identifySopcSentence: SOPC_PED_AT_TWO_THIRDS when sdopcu18 or sentenced from that day) also applies two-thirds to a special sentence for an offender under 18, which the text read does not cover",
    ),
};

/// SOPC: the year on licence.
pub static SOPC_LICENCE: Rule = Rule {
    id: "gb.sopc.licence-period",
    citation: "SA 2020 s. 278; CJA 2003 s. 236A",
    in_force_from: CJCA_2015,
    in_force_until: None,
    summary: "sentence for an offender of particular concern: the custodial term and then a further period of one year on licence; the sentence and licence expire (SLED) at the end of both, counted together from the day of sentence",
    verification: Verification::Reference(
        "s. 236A inserted by CJCA 2015 s. 6 (13 April 2015), re-enacted as SA 2020 ss. 252A, 265, 278; the MoJ's method (calculate-release-dates-api, SopcSentence.combinedDuration); the statute text was not read",
    ),
};

/// CJCA 2015 s. 6 (SOPC) in force.
pub const CJCA_2015: Date = date(2015, 4, 13);
/// PCSCA 2022: SOPC parole at two-thirds (`PCSC_COMMENCEMENT_DATE`).
use super::release::PCSC_2022;

/// The rules of this file.
pub static RULES: &[&Rule] = &[
    &EDS_AUTOMATIC,
    &EDS_DISCRETIONARY,
    &EDS_PED,
    &EDS_EXTENSION,
    &PED_CONCURRENT_RELEASE,
    &SOPC_RELEASE,
    &SOPC_PED_HALF,
    &SOPC_PED_TWO_THIRDS,
    &SOPC_LICENCE,
];

/// Days from `start` to the parole eligibility of consecutive terms that
/// have one, each given as (custodial term, parole fraction), in order (the
/// MoJ's `calculateConsecutivePed`): the terms with the first term's
/// parole fraction counted together, then the others from the notional
/// eligibility day.
pub fn consecutive_parole_days(
    start: Date,
    terms: &[(SentenceLength, Fraction)],
) -> Result<i64, DateArithmeticError> {
    let Some(&(_, first)) = terms.first() else {
        return Ok(0);
    };
    let (same, other): (Vec<_>, Vec<_>) = terms.iter().partition(|(_, f)| *f == first);
    let lengths = |v: &[&(SentenceLength, Fraction)]| v.iter().map(|t| t.0).collect::<Vec<_>>();
    let mut days = first.of(aggregate_days(start, &lengths(&same))?);
    let notional = add_days(start, days - 1)?;
    if let Some(&&(_, f)) = other.first() {
        days += f.of(aggregate_days(notional, &lengths(&other))?);
    }
    Ok(days)
}

/// The booking's parole eligibility date when the sentence released last
/// has one (the MoJ's `extractPedForBooking`): the latest eligibility
/// date, never before the first day of sentence; none when a sentence
/// without parole (other than a DTO) is released on or after the sentence
/// released last; the release of such a sentence when that falls after the
/// eligibility date.
pub fn booking_ped(
    cs: &[SentenceCalc],
    first_day: Date,
) -> Result<Option<(Date, &'static Rule)>, DateArithmeticError> {
    let Some(latest) = cs.iter().filter_map(|c| c.ped).max() else {
        return Ok(None);
    };
    let latest = latest.max(first_day);
    let Some(last_release) = cs.iter().map(|c| c.release).max() else {
        return Ok(None);
    };
    let Some(last) = cs.iter().find(|c| c.release == last_release) else {
        return Ok(None);
    };
    if last.ped.is_none() {
        return Ok(None);
    }
    let other = cs
        .iter()
        .filter(|c| c.ped.is_none() && !c.dto && !c.immediate)
        .map(|c| c.release)
        .max();
    Ok(match other {
        Some(o) if o >= last.release => None,
        Some(o) if latest < o => Some((o, &PED_CONCURRENT_RELEASE)),
        // The rule of the sentence whose eligibility date is the latest.
        _ => Some((
            latest,
            cs.iter()
                .filter(|c| c.ped == Some(latest))
                .find_map(|c| c.ped_rule)
                .unwrap_or(&EDS_PED),
        )),
    })
}

/// A concurrent sentence without parole released after the eligibility
/// date.
pub static PED_CONCURRENT_RELEASE: Rule = Rule {
    id: "gb.ped.concurrent-release",
    citation: "CJA 2003 s. 246A; s. 244",
    in_force_from: LASPO_2012,
    in_force_until: None,
    summary: "parole eligibility is not before the release of a concurrent sentence without parole: the PED is then that release day; no PED when such a sentence is released on or after the extended sentence",
    verification: Verification::Reference(
        "the MoJ's method (calculate-release-dates-api, BookingExtractionService.extractPedForBooking: PED_EQUAL_TO_LATEST_NON_PED_CONDITIONAL_RELEASE, SDS_RELEASE_AFTER_PED); the statute text was not read",
    ),
};
