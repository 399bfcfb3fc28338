//! England and Wales: automatic release of standard determinate sentences.
//!
//! The statutes are not bundled. From the reference summary
//! (`shared/reference/other-jurisdictions.md`):
//!
//! > Criminal Justice Act 2003 s. 244: a standard determinate sentence is
//! > released automatically at the halfway point; s. 244ZA: at two-thirds for
//! > sentences of 7 years or more for specified offences with a life maximum
//! > (from April 2020), extended in 2022 to 4 years or more for some sexual
//! > and violent offences.
//! > SI 2024/844: release at 40 % for many standard determinate sentences
//! > from 2024-09-10 (under 5 years) and 2024-10-22 (others), with listed
//! > exclusions.
//! > Remand time is credited (s. 240ZA, UNVERIFIED details).
//!
//! Dates checked against public sources (November 2026):
//!
//! - 2005-04-04, CJA 2003 Part 12: `CJA_DATE` in the Ministry of Justice's
//!   release-date service (github.com/ministryofjustice/calculate-release-dates-api,
//!   `service/ImportantDates.kt`).
//! - 2012-12-03, s. 240ZA: inserted by LASPO 2012 s. 108, in force 3 December
//!   2012 (SI 2012/2906 art. 2, legislation.gov.uk/uksi/2012/2906/made;
//!   `LASPO_DATE` in the release-date service). Before, remand was credited by
//!   a direction of the court under s. 240 (repealed by the same section).
//! - 2020-04-01: the two-thirds point came first from SI 2020/158 art. 3
//!   (legislation.gov.uk/uksi/2020/158/made: "coming into force 1st April
//!   2020"; `SDS_PLUS_COMMENCEMENT_DATE`), which reads "one-half" in s. 244(3)(a)
//!   as "two-thirds" for 7 years or more for an offence in Sch. 15 Parts 1–2
//!   with a life maximum. The provision was later recast as s. 244ZA; which
//!   instrument inserted s. 244ZA was not confirmed.
//! - 2022-06-28: PCSCA 2022 s. 130, in force 28 June 2022
//!   (`PCSC_COMMENCEMENT_DATE`; exchangechambers.co.uk, "Amendments to the
//!   Automatic Release Provisions for Specified Offences", 2022: Part 2 sexual
//!   offences with a life maximum, and manslaughter, s. 18 OAPA 1861 and
//!   some other violent offences, from 4 years; other Part 1 offences from 7).
//! - 2024-09-10 and 2024-10-22: SI 2024/844 art. 1(2)
//!   (legislation.gov.uk/uksi/2024/844/article/1 and /article/3).
//! - 2015-02-01, top-up supervision: `ORA_DATE` in the release-date service.
//!
//! The listed exclusions are not in the reference: the case file says which
//! regime a count falls under (`release_regime:`), and the most restrictive
//! regime among the counts is applied to the whole aggregate (a
//! simplification: the release-date service works sentence by sentence).
//!
//! Method: the Ministry of Justice's own (calculate-release-dates-api, MIT
//! licence), reproduced on its test suite by tests/moj_conformance.rs: the
//! term is counted in days from the day of sentence, the custodial part is
//! ⌈days × fraction⌉ days, the release day is its last day, and remand is
//! deducted from the release day and the expiry afterwards (s. 240ZA(3)),
//! never before the day of sentence. Each rule below names the MoJ file it
//! follows; where the statute text was not read, it says so.

use super::figures::Fraction;
use crate::law::{Rule, Verification};
use jiff::civil::{Date, date};

/// The start of the tool's coverage: CJA 2003 Part 12 (`CJA_DATE` of the
/// Ministry of Justice's release-date service).
pub const CJA_2003: Date = date(2005, 4, 4);
/// LASPO 2012 s. 108 (s. 240ZA) in force (SI 2012/2906 art. 2).
pub const LASPO_2012: Date = date(2012, 12, 3);
/// SI 2024/844, tranche 1 (sentences under 5 years).
pub const SDS40_UNDER_5: Date = date(2024, 9, 10);
/// SI 2024/844, tranche 2 (5 years or more).
pub const SDS40_5_PLUS: Date = date(2024, 10, 22);
/// The two-thirds point from 1 April 2020 (SI 2020/158 art. 1).
pub const S244ZA_2020: Date = date(2020, 4, 1);
/// PCSCA 2022 in force, 28 June 2022 (the MoJ's `PCSC_COMMENCEMENT_DATE`):
/// s. 244ZA extended (s. 130), SOPC parole at two-thirds (s. 131), remand
/// counted against a detention and training order.
pub const PCSC_2022: Date = date(2022, 6, 28);
/// s. 244ZA extended by PCSCA 2022 s. 130, in force 28 June 2022.
pub const S244ZA_2022: Date = PCSC_2022;

/// ORA 2014 in force: licence and top-up supervision for short terms
/// (`ORA_DATE`).
pub const ORA_DATE: Date = date(2015, 2, 1);
/// The MoJ's name for [`CJA_2003`].
pub const CJA_DATE: Date = CJA_2003;
/// The MoJ's name for [`LASPO_2012`].
pub const LASPO_DATE: Date = LASPO_2012;
/// HDC of up to 365 days (`HDC_365_COMMENCEMENT_DATE`).
pub const HDC_365_COMMENCEMENT: Date = date(2025, 6, 3);
/// The early removal scheme at 30 % (`ERS30_COMMENCEMENT_DATE`).
pub const ERS30_COMMENCEMENT: Date = date(2025, 9, 23);

/// The release point of s. 244ZA for a sentence passed on `day`.
pub fn two_thirds(day: Date) -> Fraction {
    Fraction {
        num: 2,
        den: 3,
        rule: if day >= S244ZA_2022 {
            &TWO_THIRDS_2022
        } else {
            &TWO_THIRDS_2020
        },
    }
}

const COVERAGE: &str = "other-jurisdictions.md, England and Wales; statute not bundled. The in-force start 2005-04-04 (CJA 2003 Part 12) is CJA_DATE in github.com/ministryofjustice/calculate-release-dates-api, service/ImportantDates.kt";

/// s. 244: release at half.
pub static CRD_HALF: Rule = Rule {
    id: "gb.cja2003.s244.half",
    citation: "CJA 2003 s. 244",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "standard determinate sentence: automatic release at half of the term (the rule before SI 2024/844, and for sentences it does not reach)",
    verification: Verification::Reference(COVERAGE),
};

/// SI 2024/844: 40 %.
pub static CRD_FORTY: Rule = Rule {
    id: "gb.si2024-844.40pct",
    citation: "SI 2024/844 (CJA 2003 s. 244 as modified)",
    in_force_from: SDS40_UNDER_5,
    in_force_until: None,
    summary: "standard determinate sentence not excluded: automatic release at 40 % of the term; every sentence passed from 2024-09-10, earlier ones from their tranche",
    verification: Verification::Reference(
        "SI 2024/844 art. 1(2) and 3 (legislation.gov.uk/uksi/2024/844); which sentences and when: SDS40 legislation and tranches in calculate-release-dates-api application-calculation-params.yml, TrancheAllocationService.kt",
    ),
};

/// SI 2024/844 tranche 1.
pub static TRANCHE_ONE: Rule = Rule {
    id: "gb.si2024-844.tranche-1",
    citation: "SI 2024/844 art. 1(2)(a)",
    in_force_from: SDS40_UNDER_5,
    in_force_until: None,
    summary: "a sentence passed before 2024-09-10, every term under 5 years: a 40 % date that had passed becomes 2024-09-10 (unless the old date had passed too)",
    verification: Verification::Reference(
        "legislation.gov.uk/uksi/2024/844/article/1; SDS40EarlyReleaseDefaultingRulesService.kt and TrancheAllocationService.kt in calculate-release-dates-api",
    ),
};

/// SI 2024/844 tranche 2.
pub static TRANCHE_TWO: Rule = Rule {
    id: "gb.si2024-844.tranche-2",
    citation: "SI 2024/844 art. 1(2)(b)",
    in_force_from: SDS40_5_PLUS,
    in_force_until: None,
    summary: "a sentence passed before 2024-09-10 with a term of 5 years or more: a 40 % date that had passed becomes 2024-10-22 (unless the old date had passed too)",
    verification: Verification::Reference(
        "legislation.gov.uk/uksi/2024/844/article/1; SDS40EarlyReleaseDefaultingRulesService.kt and TrancheAllocationService.kt in calculate-release-dates-api",
    ),
};

/// The release day: the last day of the custodial part.
pub static RELEASE_DAY: Rule = Rule {
    id: "gb.release-day",
    citation: "CJA 2003 s. 244(1), s. 240ZA(3); PSI 03/2015",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "the custodial part is ⌈days of the term × release fraction⌉ days counted from the day of sentence; release is on its last day, less the days on remand",
    verification: Verification::Reference(
        "UnadjustedReleaseDate.kt and SentenceCalculation.kt (sentencedAt + days − 1, plus adjustments), ReleaseMultiplier.kt (RoundingMode.CEILING) in calculate-release-dates-api; s. 240ZA(3): remand counts as time served (legislation.gov.uk/ukpga/2003/44/section/240ZA)",
    ),
};

/// Remand at least as long as the custodial part: released on the day of
/// sentence.
pub static IMMEDIATE_RELEASE: Rule = Rule {
    id: "gb.immediate-release",
    citation: "CJA 2003 s. 240ZA(3)",
    in_force_from: LASPO_2012,
    in_force_until: None,
    summary: "remand covers the custodial part: release on the day of sentence, never before it",
    verification: Verification::Reference(
        "SentenceCalculation.adjustedDeterminateReleaseDate (never before sentencedAt, rule IMMEDIATE_RELEASE) in calculate-release-dates-api",
    ),
};

/// Consecutive terms with different release points.
pub static CONSECUTIVE_FRACTIONS: Rule = Rule {
    id: "gb.cja2003.s264.consecutive-custodial-parts",
    citation: "CJA 2003 s. 264(2)",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "consecutive terms: the custodial part is the sum of each term's own custodial part, terms with the same release point counted together, each group from the day after the previous one",
    verification: Verification::Reference(
        "UnadjustedReleaseDate.getConsecutiveRelease in calculate-release-dates-api; the statute text of s. 264 was not read",
    ),
};

/// Release without licence.
pub static ARD_NO_LICENCE: Rule = Rule {
    id: "gb.cja2003.s243a.unconditional-release",
    citation: "CJA 2003 s. 243A",
    in_force_from: LASPO_2012,
    in_force_until: None,
    summary: "no licence (ARD and SED): a term of 1 day; under 12 months for an offence before 2015-02-01; under 12 months with the offender under 18 on release; under 12 months under the law before CJA 2003",
    verification: Verification::Reference(
        "SentenceIdentificationService.kt and ReleaseDateTypes.kt in calculate-release-dates-api; the statute text of s. 243A was not read",
    ),
};

/// The expiry of the sentence.
pub static SENTENCE_EXPIRY: Rule = Rule {
    id: "gb.sentence-expiry",
    citation: "CJA 2003 s. 240ZA(3), s. 249",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "the term ends on its last day counted from the day of sentence, less the days on remand (SLED where the licence runs to it, otherwise SED)",
    verification: Verification::Reference(
        "UnadjustedReleaseDate.unadjustedExpiryDate and SentenceCalculation.expiryDate in calculate-release-dates-api; the statute text of s. 249 was not read",
    ),
};

/// The licence to the three-quarter point.
pub static LED_THREE_QUARTERS: Rule = Rule {
    id: "gb.led.three-quarters",
    citation: "CJA 1991 s. 37(1) (sentences outside CJA 2003 Part 12); CJA 2003 s. 264",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "a licence ending before the sentence: at three quarters of the term (offence before 2005-04-04, sentenced before 2012-12-03, 12 months to 4 years), or, for consecutive terms for offences before and after 2015-02-01, half of the later terms after release",
    verification: Verification::Unverified(
        "follows SentenceAdjustedCalculationService.calculateLED in calculate-release-dates-api; the statutes (CJA 1991 s. 37, CJA 2003 s. 264) were not read",
    ),
};

/// HDC of up to 180 days.
///
/// CJA 2003 s. 246(1)(a) (legislation.gov.uk/ukpga/2003/44/section/246): the
/// Secretary of State may release a fixed-term prisoner "at any time during the
/// period of [180] days ending with the day on which the prisoner will have
/// served the requisite custodial period"; (2) not unless "(a) the length of
/// the requisite custodial period is at least 6 weeks" and "(b) he has served
/// (i) at least 4 weeks of that period". The version as at 1 December 2020
/// reads 135 days, not 180: the MoJ's 180 days for every date before
/// 2025-06-03 goes beyond the text read.
pub static HDC_180: Rule = Rule {
    id: "gb.cja2003.s246.hdc-180",
    citation: "CJA 2003 s. 246",
    in_force_from: CJA_2003,
    in_force_until: Some(date(2025, 6, 2)),
    summary: "home detention curfew from half the custodial part (at least 28 days) when it is under 360 days, else 180 days before release; at least 14 days after sentence; none under 42 days or for SDS+ or a sex offender",
    verification: Verification::Reference(
        "HdcedCalculator.kt and application-calculation-params.yml (hdced) in calculate-release-dates-api; s. 246(1)(a), (2)(a), (b)(i) read at legislation.gov.uk/ukpga/2003/44/section/246 (current: 180 days; as at 2020-12-01: 135 days, so the 180 days are not the text for earlier release dates; the date of the change was not read); the rest of (2)(b) and the exclusions of (4) were not read",
    ),
};

/// HDC of up to 365 days.
pub static HDC_365: Rule = Rule {
    id: "gb.cja2003.s246.hdc-365",
    citation: "CJA 2003 s. 246 (as amended 2025)",
    in_force_from: HDC_365_COMMENCEMENT,
    in_force_until: None,
    summary: "home detention curfew from half the custodial part (at least 28 days) when it is under 730 days, else 365 days before release; an HDC date that would fall before 2025-06-03 only under the new rule becomes 2025-06-03 (for consecutive sentences passed before and after that day, the old rule's date is taken as no earlier than it)",
    verification: Verification::Reference(
        "HdcedCalculator.kt (defaultTo365CommencementDateIfConsecSentenceSpansIt), ImportantDates.HDC_365_COMMENCEMENT_DATE and application-calculation-params.yml in calculate-release-dates-api; the amending instrument was not read",
    ),
};

/// HDC no earlier than the release of a concurrent sentence without HDC.
pub static HDC_CONCURRENT_RELEASE: Rule = Rule {
    id: "gb.hdc.concurrent-release",
    citation: "CJA 2003 s. 246; HDC Policy Framework",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "a concurrent sentence without HDC released later: HDC eligibility on that release day",
    verification: Verification::Reference(
        "HdcedExtractionService.kt (HDCED_ADJUSTED_TO_CONCURRENT_CONDITIONAL_RELEASE) in calculate-release-dates-api",
    ),
};

/// The early removal scheme until ERS 30.
pub static ERSED_50: Rule = Rule {
    id: "gb.cja2003.s260.ers-50",
    citation: "CJA 2003 s. 260",
    in_force_from: CJA_2003,
    in_force_until: Some(date(2025, 9, 22)),
    summary: "early removal up to 544 days before release, not before half of the custodial part",
    verification: Verification::Reference(
        "ErsedCalculator.kt and application-calculation-params.yml (ersed) in calculate-release-dates-api; the statute text of s. 260 was not read",
    ),
};

/// ERS 30.
pub static ERSED_30: Rule = Rule {
    id: "gb.cja2003.s260.ers-30",
    citation: "CJA 2003 s. 260 (as amended 2025)",
    in_force_from: ERS30_COMMENCEMENT,
    in_force_until: None,
    summary: "early removal up to 4 years before release, not before 30 % of the custodial part; a date under the old scheme after 2025-09-22 becomes at the latest 2025-09-23",
    verification: Verification::Reference(
        "ErsedCalculator.kt, ImportantDates.ERS30_COMMENCEMENT_DATE and application-calculation-params.yml in calculate-release-dates-api; the amending instrument was not read",
    ),
};

/// The effective sentence end date.
pub static ESED: Rule = Rule {
    id: "gb.moj.esed",
    citation: "MoJ calculator: effective sentence end date",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "the last day of the (aggregate) term counted from the day of sentence, before remand",
    verification: Verification::Reference(
        "BookingExtractionService.kt (ESED = latest unadjusted expiry) in calculate-release-dates-api",
    ),
};

/// s. 244: half, for sentences excluded from SI 2024/844.
pub static CRD_HALF_EXCLUDED: Rule = Rule {
    id: "gb.cja2003.s244.half.excluded-from-40",
    citation: "CJA 2003 s. 244; SI 2024/844 exclusions",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "standard determinate sentence within the exclusions of SI 2024/844: automatic release at half",
    verification: Verification::Reference(COVERAGE),
};

/// The two-thirds point of 2020: SI 2020/158 art. 3, in force 1 April 2020
/// (legislation.gov.uk/uksi/2020/158/made), later recast as s. 244ZA; until
/// the PCSCA 2022 extension of 28 June 2022.
pub static TWO_THIRDS_2020: Rule = Rule {
    id: "gb.cja2003.s244za.two-thirds.2020",
    citation: "CJA 2003 s. 244ZA (2020)",
    in_force_from: S244ZA_2020,
    in_force_until: Some(date(2022, 6, 27)),
    summary: "7 years or more for a specified offence with a life maximum: automatic release at two-thirds",
    verification: Verification::Reference(
        "SI 2020/158 art. 1, 3 (legislation.gov.uk/uksi/2020/158/made): in force 1 April 2020; 7 years or more for an offence in CJA 2003 Sch. 15 Part 1 or 2 with a life maximum; SDS_PLUS_COMMENCEMENT_DATE 2020-04-01 and PCSC_COMMENCEMENT_DATE 2022-06-28 in calculate-release-dates-api ImportantDates.kt",
    ),
};

/// s. 244ZA, 2022: extended to 4 years or more for some sexual and violent
/// offences by PCSCA 2022 s. 130, in force 28 June 2022 (MoJ release-date
/// service `PCSC_COMMENCEMENT_DATE`; exchangechambers.co.uk, August 2022).
/// The offence lists are not modelled: the case file says the regime.
pub static TWO_THIRDS_2022: Rule = Rule {
    id: "gb.cja2003.s244za.two-thirds.2022",
    citation: "CJA 2003 s. 244ZA (as extended in 2022)",
    in_force_from: S244ZA_2022,
    in_force_until: None,
    summary: "7 years or more for a specified offence with a life maximum, or 4 years or more for some sexual and violent offences: automatic release at two-thirds",
    verification: Verification::Reference(
        "PCSCA 2022 s. 130, in force 28 June 2022: PCSC_COMMENCEMENT_DATE in calculate-release-dates-api ImportantDates.kt, and exchangechambers.co.uk 'Amendments to the Automatic Release Provisions for Specified Offences' (2022); the offence lists are left to the case file",
    ),
};

/// s. 240: remand credited by a direction of the court, until LASPO 2012
/// s. 108 replaced it with s. 240ZA on 3 December 2012.
pub static REMAND_S240: Rule = Rule {
    id: "gb.cja2003.s240.remand-direction",
    citation: "CJA 2003 s. 240",
    in_force_from: CJA_2003,
    in_force_until: Some(date(2012, 12, 2)),
    summary: "the court directs that days remanded in custody count as time served",
    verification: Verification::Unverified(
        "LASPO 2012 s. 108 and its explanatory notes (legislation.gov.uk/ukpga/2012/10/section/108) say s. 240 let the court direct the remand credit and was repealed on 3 December 2012; the text of s. 240 was not read, so the tool credits every recorded day one for one as under s. 240ZA",
    ),
};

/// s. 240ZA: remand credited by law, inserted by LASPO 2012 s. 108 in force
/// 3 December 2012 (SI 2012/2906 art. 2; legislation.gov.uk shows
/// s. 240ZA(3): "The number of days for which the offender was remanded in
/// custody ... is to count as time served"). Subsections (4)–(6) (days
/// also detained for another matter, a day counting once) are not modelled.
pub static REMAND: Rule = Rule {
    id: "gb.cja2003.s240za.remand",
    citation: "CJA 2003 s. 240ZA",
    in_force_from: LASPO_2012,
    in_force_until: None,
    summary: "days remanded in custody count as time served, one for one",
    verification: Verification::Reference(
        "CJA 2003 s. 240ZA(3) (legislation.gov.uk/ukpga/2003/44/section/240ZA), inserted by LASPO 2012 s. 108, in force 3 December 2012 (SI 2012/2906 art. 2; LASPO_DATE in calculate-release-dates-api); s. 240ZA(4)–(6) are not modelled",
    ),
};

/// The remand-credit rule in force on `day` (the day of sentence).
pub fn remand_rule(day: Date) -> &'static Rule {
    if day >= LASPO_2012 {
        &REMAND
    } else {
        &REMAND_S240
    }
}

/// Tagged bail: days on a qualifying curfew credited as the court directs.
pub static TAGGED_BAIL: Rule = Rule {
    id: "gb.cja2003.s240a.tagged-bail",
    citation: "CJA 2003 s. 240A",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "days credited for a qualifying curfew with electronic monitoring (half a day per curfew day, as the court directs) are deducted like remand",
    verification: Verification::Reference(
        "SentenceAdjustments.deductions (taggedBail + remand) in calculate-release-dates-api; the statute text of s. 240A was not read",
    ),
};

/// Additional days awarded, and restored.
pub static ADDITIONAL_DAYS: Rule = Rule {
    id: "gb.cja2003.s257.additional-days",
    citation: "CJA 2003 s. 257; Prison Rules 1999 r. 55, 61",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "days awarded for a disciplinary offence while any sentence is in custody (less days restored) put back the release day, HDC and early removal dates; days reaching past the expiry are not served; days awarded before sentence count from the start",
    verification: Verification::Reference(
        "TimelineAwardedAdjustmentCalculationHandler.kt, TimelineCalculator.calculateUnusedAdas and SentenceCalculation.kt in calculate-release-dates-api; the texts of s. 257 and the Prison Rules were not read",
    ),
};

/// Unlawfully at large.
pub static AT_LARGE: Rule = Rule {
    id: "gb.pa1952.s49.unlawfully-at-large",
    citation: "Prison Act 1952 s. 49(2)",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "time unlawfully at large before release does not count as served: it puts back the release day and the expiry, and the sentence does not expire before the day after the period ends",
    verification: Verification::Reference(
        "TimelineUalAdjustmentCalculationHandler.kt and SentenceAdjustments.kt in calculate-release-dates-api; the text of s. 49 was not read",
    ),
};

/// Concurrent and consecutive terms.
pub static AGGREGATION: Rule = Rule {
    id: "gb.aggregation",
    citation: "concurrent and consecutive terms (sentencing practice)",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "concurrent and consecutive terms as ordered by the court; consecutive terms are aggregated",
    verification: Verification::Reference(COVERAGE),
};

/// Top-up supervision (TUSED), as the MoJ computes it.
///
/// CJA 2003 s. 256AA(1) (as at 26 February 2020): applies where a person "has
/// served a fixed-term sentence which was for a term of more than 1 day but
/// less than 2 years, except where (a) the offender was aged under 18 on the
/// last day of the requisite custodial period", (b) an extended sentence,
/// (ba) a s. 236A sentence, (bb) s. 247A, or "(c) the sentence was imposed in
/// respect of an offence committed before the day on which section 2(2) of the
/// Offender Rehabilitation Act 2014 came into force" (inserted 1.2.2015).
pub static TOP_UP_SUPERVISION: Rule = Rule {
    id: "gb.ora2014.top-up-supervision",
    citation: "CJA 2003 s. 256AA (Offender Rehabilitation Act 2014)",
    in_force_from: ORA_DATE,
    in_force_until: None,
    summary: "offence on or after 2015-02-01, term of more than 1 day and under 2 years, licence under 12 months, offender over 18 at the half-way point and 18 on release: supervision until 12 months after release (TUSED)",
    verification: Verification::Reference(
        "TusedCalculator.kt and ImportantDates.ORA_DATE in calculate-release-dates-api, reproduced on its test suite; s. 256AA(1) read at legislation.gov.uk/ukpga/2003/44/chapter/6/crossheading/supervision-of-offenders (version of 2020-02-26); the length of the supervision period (12 months after release, s. 256AA(4)?) and the MoJ's licence-under-12-months test were not read",
    ),
};

/// Concurrent terms under the law before CJA 2003 passed on several days:
/// one term (sentences passed on several days, `timeline.rs`).
pub static SINGLE_TERM: Rule = Rule {
    id: "gb.cja1991.s51-2.single-term",
    citation: "CJA 1991 s. 51(2)",
    in_force_from: date(1992, 10, 1),
    // Still applied to the sentences it covers (passed before 2012-12-03).
    in_force_until: None,
    summary: "concurrent terms for offences before 2005-04-04 passed on several days before 2012-12-03: served as one term, from the earliest day of sentence to the latest expiry, released at half",
    verification: Verification::Unverified(
        "follows the MoJ's method (calculate-release-dates-api, SentenceCombinationService.createSingleTermSentences and SingleTermSentence); the text of CJA 1991 s. 51(2) was not read, and its commencement (1 October 1992) is the CJA 1991 Part II's as commonly cited, not checked",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[
    &AGGREGATION,
    &REMAND_S240,
    &REMAND,
    &TAGGED_BAIL,
    &ADDITIONAL_DAYS,
    &AT_LARGE,
    &CRD_HALF,
    &CRD_HALF_EXCLUDED,
    &CRD_FORTY,
    &TRANCHE_ONE,
    &TRANCHE_TWO,
    &RELEASE_DAY,
    &IMMEDIATE_RELEASE,
    &CONSECUTIVE_FRACTIONS,
    &ARD_NO_LICENCE,
    &SENTENCE_EXPIRY,
    &LED_THREE_QUARTERS,
    &HDC_180,
    &HDC_365,
    &HDC_CONCURRENT_RELEASE,
    &ERSED_50,
    &ERSED_30,
    &ESED,
    &super::length::TERM_IN_DAYS,
    &TWO_THIRDS_2020,
    &TWO_THIRDS_2022,
    &TOP_UP_SUPERVISION,
    &SINGLE_TERM,
];
