//! 18 U.S.C. § 3585 (commencement and credit) and § 3624(b) (good-conduct
//! time); no parole after the Sentencing Reform Act.
//!
//! From the reference summary (statute not bundled):
//!
//! > § 3585(a): a sentence commences on the day the defendant is received in
//! > custody to serve it. § 3585(b): credit for prior official detention not
//! > credited against another sentence.
//! > § 3624(b): up to 54 days of good-conduct time per year of the sentence
//! > imposed, for terms of more than one year and not life (First Step Act
//! > reading, BOP rule effective 2022). There is no federal parole for
//! > offences after 1987-11-01. A 120-month term with full credit projects
//! > release after about 85 % of the term (UNVERIFIED rounding; state the method).
//!
//! The in-force date of the "per year imposed" reading (checked November
//! 2026): the First Step Act of 2018 (Pub. L. 115-391, enacted 2018-12-21)
//! § 102(b)(1) amended § 3624(b); § 102(b)(2) ("Effective date") delayed the
//! amendment until the Attorney General completed and released the risk and
//! needs assessment system (United States v. Sarachandran, E.D.N.Y. 2019,
//! denying motions to apply it earlier). The Department of Justice released
//! that system and the Bureau of Prisons began releasing about 3,100
//! prisoners under the new credit on 2019-07-19 (DOJ press release "Department
//! of Justice Announces the Release of 3,100 Inmates Under First Step Act,
//! Publishes Risk and Needs Assessment System", 19 July 2019). The BOP's
//! regulation (28 CFR 523.20, final rule 87 FR 7938, 11 February 2022)
//! took effect only on 2022-03-14 and codifies the method already applied,
//! so the rule is in force from 2019-07-19, the day the statute's amendment
//! took effect. The amendment applies to prisoners already serving (the
//! court in Sarachandran: "the amended law, which is retroactive"), so what
//! matters is whether the release falls on or after that day; before it, the
//! BOP credited 54 days per year *served* (about 47 per year imposed), which
//! is not implemented: a projected release before 2019-07-19 is reported as
//! such.
//!
//! Method used here: full credit G = ⌊54 × M ÷ 12⌋ days for a term of M
//! whole months (days beyond whole months ignored); the projected release is
//! the day after (term days − G) days served. For 120 months: G = 540 days,
//! 3,653 − 540 = 3,113 days ≈ 85.2 % of the term.

use super::s3584::SRA;
use crate::law::{Rule, Verification};
use jiff::civil::{Date, date};

/// First Step Act § 102(b): the "per year imposed" reading took effect when
/// the risk and needs assessment system was released.
pub const FSA_GCT: Date = date(2019, 7, 19);

/// § 3585(a): commencement.
pub static S3585_A: Rule = Rule {
    id: "us.3585a.commencement",
    citation: "18 U.S.C. § 3585(a)",
    in_force_from: SRA,
    in_force_until: None,
    summary: "a sentence commences on the day the defendant is received in custody to serve it",
    verification: Verification::Unverified(
        "from the reference summary (statute not bundled); the in-force start 1987-11-01 is the reference's date for the end of parole, not stated for § 3585",
    ),
};

/// § 3585(b): credit for prior custody.
pub static S3585_B: Rule = Rule {
    id: "us.3585b.credit",
    citation: "18 U.S.C. § 3585(b)",
    in_force_from: SRA,
    in_force_until: None,
    summary: "credit for prior official detention not credited against another sentence, one day for one day",
    verification: Verification::Unverified(
        "from the reference summary (statute not bundled); the in-force start 1987-11-01 is the reference's date for the end of parole, not stated for § 3585",
    ),
};

/// § 3624(b) as amended by the First Step Act § 102(b): 54 days per year
/// imposed, in force from 2019-07-19 (see the module notes for the sources).
/// The figure and its in-force day are sourced; the rounding (whole months,
/// days rounded down) is this tool's and is stated in each step, so the rule
/// stays UNVERIFIED.
pub static S3624_B: Rule = Rule {
    id: "us.3624b.good-conduct-time",
    citation: "18 U.S.C. § 3624(b) (First Step Act reading)",
    in_force_from: FSA_GCT,
    in_force_until: None,
    summary: "terms of more than one year and not life: up to 54 days of good-conduct time per year of the sentence imposed",
    verification: Verification::Unverified(
        "the 54 days per year imposed (First Step Act § 102(b), 87 FR 7938) and the in-force day 2019-07-19 (DOJ press release of 19 July 2019 releasing the risk and needs assessment system; the BOP rule 28 CFR 523.20 followed on 2022-03-14) are sourced; the rounding to whole months is this tool's (the BOP prorates), so projected dates may differ by a few days",
    ),
};

/// No parole for offences after 1987-11-01.
pub static NO_PAROLE: Rule = Rule {
    id: "us.no-parole",
    citation: "Sentencing Reform Act of 1984 (no federal parole)",
    in_force_from: SRA,
    in_force_until: None,
    summary: "no federal parole for offences committed on or after 1987-11-01",
    verification: Verification::Reference("other-jurisdictions.md, United States — federal"),
};

/// The full-term date as the BOP computes it.
pub static FULL_TERM: Rule = Rule {
    id: "us.bop.full-term-date",
    citation: "18 U.S.C. §§ 3585(a)–(b); BOP Program Statement 5880.28",
    in_force_from: SRA,
    in_force_until: None,
    summary: "the full-term date is the day the sentence commences + the term − 1 day (calendar months and years), less the days of prior custody credit",
    verification: Verification::Unverified(
        "BOP Program Statement 5880.28 (Sentence Computation Manual) is not bundled; the method is stated from it as publicly described, not checked against its text or a BOP computation",
    ),
};

/// Release on the day the term expires, less good-conduct time.
pub static RELEASE_DAY: Rule = Rule {
    id: "us.3624a.release-day",
    citation: "18 U.S.C. § 3624(a)",
    in_force_from: SRA,
    in_force_until: None,
    summary: "a prisoner is released on the date the term expires, less good-conduct time credited: the projected release date is the full-term date − GCT days (the BOP may release on the last preceding weekday when that date is a weekend or holiday)",
    verification: Verification::Unverified(
        "the statute text is not bundled; the wording is quoted from memory of § 3624(a)",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[
    &S3585_A,
    &S3585_B,
    &S3624_B,
    &NO_PAROLE,
    &FULL_TERM,
    &RELEASE_DAY,
];

/// The full-term date of `term` commencing on `commenced` with
/// `credit_days` of prior custody credit, and the date before credit.
pub fn full_term_date(
    commenced: jiff::civil::Date,
    credit_days: i64,
    term: crate::penalty::Term,
) -> Result<(jiff::civil::Date, jiff::civil::Date), crate::calendar::DateArithmeticError> {
    let uncredited = crate::calendar::period_end(commenced, term)?;
    Ok((
        uncredited,
        crate::calendar::add_days(uncredited, -credit_days)?,
    ))
}

/// Full good-conduct time for a term of `months` whole months.
pub fn good_conduct_days(months: u32) -> i64 {
    i64::from(months) * 54 / 12
}

#[cfg(test)]
mod tests {
    use super::*;

    /// § 3585(b), § 3624(a): a 10-year term commencing 2023-01-10 with 30
    /// days of jail credit runs to 2033-01-09 − 30 = 2032-12-10; with 540
    /// days GCT the projected release is 2032-12-10 − 540 days = 2031-06-19.
    #[test]
    fn s3624_a_release_on_the_full_term_date_less_gct() {
        let (raw, ftd) =
            full_term_date(date(2023, 1, 10), 30, crate::penalty::Term::years(10)).unwrap();
        assert_eq!(raw, date(2033, 1, 9));
        assert_eq!(ftd, date(2032, 12, 10));
        let release = crate::calendar::add_days(ftd, -good_conduct_days(120)).unwrap();
        assert_eq!(release, date(2031, 6, 19));
    }

    #[test]
    fn s3624_b_54_days_per_year_imposed() {
        assert_eq!(good_conduct_days(120), 540);
        assert_eq!(good_conduct_days(18), 81);
        assert_eq!(good_conduct_days(300), 1350);
    }
}
