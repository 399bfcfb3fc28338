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
//! Method: the custodial part of a term of D days is ⌈D × fraction⌉ days
//! from the term's first day (remand credited); the conditional release
//! date (CRD) is the day after. SI 2024/844 applies from its commencement:
//! when the half-way day falls on or after the commencement of the tranche,
//! release is at the later of the 40 % day and the commencement; otherwise
//! at half-way.

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
/// s. 244ZA extended by PCSCA 2022 s. 130, in force 28 June 2022.
pub const S244ZA_2022: Date = date(2022, 6, 28);

const COVERAGE: &str = "other-jurisdictions.md, England and Wales; statute not bundled. The in-force start 2005-04-04 (CJA 2003 Part 12) is CJA_DATE in github.com/ministryofjustice/calculate-release-dates-api, service/ImportantDates.kt";

/// s. 244: half, for sentences under 5 years, until SI 2024/844.
pub static HALF_UNDER_5: Rule = Rule {
    id: "gb.cja2003.s244.half.under-5-years",
    citation: "CJA 2003 s. 244",
    in_force_from: CJA_2003,
    in_force_until: Some(date(2024, 9, 9)),
    summary: "standard determinate sentence under 5 years: automatic release at half",
    verification: Verification::Reference(COVERAGE),
};

/// s. 244: half, for sentences of 5 years or more, until SI 2024/844.
pub static HALF_5_PLUS: Rule = Rule {
    id: "gb.cja2003.s244.half.5-years-or-more",
    citation: "CJA 2003 s. 244",
    in_force_from: CJA_2003,
    in_force_until: Some(date(2024, 10, 21)),
    summary: "standard determinate sentence of 5 years or more (not s. 244ZA): automatic release at half",
    verification: Verification::Reference(COVERAGE),
};

/// s. 244: half, for sentences excluded from SI 2024/844.
pub static HALF_EXCLUDED: Rule = Rule {
    id: "gb.cja2003.s244.half.excluded-from-40",
    citation: "CJA 2003 s. 244; SI 2024/844 exclusions",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "standard determinate sentence within the exclusions of SI 2024/844: automatic release at half",
    verification: Verification::Reference(COVERAGE),
};

/// SI 2024/844: 40 % for sentences under 5 years.
pub static FORTY_UNDER_5: Rule = Rule {
    id: "gb.si2024-844.40pct.under-5-years",
    citation: "SI 2024/844 (CJA 2003 s. 244 as modified)",
    in_force_from: SDS40_UNDER_5,
    in_force_until: None,
    summary: "standard determinate sentence under 5 years, not excluded: automatic release at 40 %",
    verification: Verification::Reference(
        "SI 2024/844 art. 1(2)(a) and 3 (legislation.gov.uk/uksi/2024/844): 40 % from 10 September 2024 for sentences imposed on or after that day and for earlier sentences under 5 years",
    ),
};

/// SI 2024/844: 40 % for sentences of 5 years or more.
pub static FORTY_5_PLUS: Rule = Rule {
    id: "gb.si2024-844.40pct.5-years-or-more",
    citation: "SI 2024/844 (CJA 2003 s. 244 as modified)",
    in_force_from: SDS40_5_PLUS,
    in_force_until: None,
    summary: "standard determinate sentence of 5 years or more, not excluded: automatic release at 40 %",
    verification: Verification::Reference(
        "SI 2024/844 art. 1(2)(b) and 3 (legislation.gov.uk/uksi/2024/844): 40 % from 22 October 2024 for earlier sentences of 5 years or more",
    ),
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

/// Concurrent and consecutive terms.
pub static AGGREGATION: Rule = Rule {
    id: "gb.aggregation",
    citation: "concurrent and consecutive terms (sentencing practice)",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "concurrent and consecutive terms as ordered by the court; consecutive terms are aggregated",
    verification: Verification::Reference(COVERAGE),
};

/// Top-up supervision (TUSED): 12 months after release for terms under 2
/// years. The start 2015-02-01 matches `ORA_DATE` in the Ministry of
/// Justice's release-date service; the section, the 12 months and the
/// 2-year limit were not checked against the statute.
pub static TOP_UP_SUPERVISION: Rule = Rule {
    id: "gb.ora2014.top-up-supervision",
    citation: "CJA 2003 s. 256AA (Offender Rehabilitation Act 2014)",
    in_force_from: date(2015, 2, 1),
    in_force_until: None,
    summary: "a term of more than 1 day and less than 2 years: top-up supervision until 12 months after release (TUSED)",
    verification: Verification::Unverified(
        "not in the reference (which names TUSED only): the start 2015-02-01 matches ORA_DATE in calculate-release-dates-api ImportantDates.kt, but the section, the 12 months and the 2-year limit are from memory",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[
    &AGGREGATION,
    &REMAND_S240,
    &REMAND,
    &HALF_UNDER_5,
    &HALF_5_PLUS,
    &HALF_EXCLUDED,
    &FORTY_UNDER_5,
    &FORTY_5_PLUS,
    &TWO_THIRDS_2020,
    &TWO_THIRDS_2022,
    &TOP_UP_SUPERVISION,
];
