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

/// The start of the tool's coverage: CJA 2003 Part 12 (not in the reference).
pub const CJA_2003: Date = date(2005, 4, 4);
/// SI 2024/844, tranche 1 (sentences under 5 years).
pub const SDS40_UNDER_5: Date = date(2024, 9, 10);
/// SI 2024/844, tranche 2 (5 years or more).
pub const SDS40_5_PLUS: Date = date(2024, 10, 22);
/// s. 244ZA from April 2020 (the day is not in the reference).
pub const S244ZA_2020: Date = date(2020, 4, 1);
/// s. 244ZA extended in 2022 (the day is not in the reference).
pub const S244ZA_2022: Date = date(2022, 6, 28);

const COVERAGE: &str = "other-jurisdictions.md, England and Wales; statute not bundled. The in-force start 2005-04-04 is the tool's coverage start (CJA 2003 Part 12), not in the reference";

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
        "other-jurisdictions.md, England and Wales: 40 % from 2024-09-10 (under 5 years)",
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
        "other-jurisdictions.md, England and Wales: 40 % from 2024-10-22 (others)",
    ),
};

/// s. 244ZA, 2020: two-thirds for 7 years or more.
pub static TWO_THIRDS_2020: Rule = Rule {
    id: "gb.cja2003.s244za.two-thirds.2020",
    citation: "CJA 2003 s. 244ZA (2020)",
    in_force_from: S244ZA_2020,
    in_force_until: Some(date(2022, 6, 27)),
    summary: "7 years or more for a specified offence with a life maximum: automatic release at two-thirds",
    verification: Verification::Unverified(
        "the reference says 'from April 2020' and 'extended in 2022' without days: 2020-04-01 and 2022-06-28 are placeholders",
    ),
};

/// s. 244ZA, 2022: extended to 4 years or more for some sexual and violent offences.
pub static TWO_THIRDS_2022: Rule = Rule {
    id: "gb.cja2003.s244za.two-thirds.2022",
    citation: "CJA 2003 s. 244ZA (as extended in 2022)",
    in_force_from: S244ZA_2022,
    in_force_until: None,
    summary: "7 years or more for a specified offence with a life maximum, or 4 years or more for some sexual and violent offences: automatic release at two-thirds",
    verification: Verification::Unverified(
        "the reference says 'extended in 2022' without a day: 2022-06-28 is a placeholder; the list of offences is not in the reference",
    ),
};

/// s. 240ZA: remand credited.
pub static REMAND: Rule = Rule {
    id: "gb.cja2003.s240za.remand",
    citation: "CJA 2003 s. 240ZA",
    in_force_from: CJA_2003,
    in_force_until: None,
    summary: "days remanded in custody count as time served, one for one",
    verification: Verification::Unverified("marked UNVERIFIED (details) in the reference summary"),
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

/// Top-up supervision (TUSED): 12 months after release for terms under 2 years.
pub static TOP_UP_SUPERVISION: Rule = Rule {
    id: "gb.ora2014.top-up-supervision",
    citation: "CJA 2003 s. 256AA (Offender Rehabilitation Act 2014)",
    in_force_from: date(2015, 2, 1),
    in_force_until: None,
    summary: "a term of more than 1 day and less than 2 years: top-up supervision until 12 months after release (TUSED)",
    verification: Verification::Unverified(
        "not in the reference (which names TUSED only): the section, the 12 months, the 2-year limit and the 2015-02-01 start are from memory",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[
    &AGGREGATION,
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
