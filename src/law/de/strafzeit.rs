//! Strafzeitberechnung: the dates of a fixed term as the Rechtspfleger of the
//! enforcement authority computes them (StVollstrO § 37 ff.).
//!
//! - **Strafbeginn** is the day execution begins; the first day counts.
//! - **Strafende** of a term in years, months, weeks (§ 39 StGB: terms under
//!   a year in whole weeks and months) and days: the day before the date
//!   corresponding to Strafbeginn in the month the term reaches, or that
//!   month's last day where it lacks the day ([`crate::calendar::period_end`]).
//! - **Credit** (§ 51 ¶1 StGB) is taken from the end: the credited days are
//!   deducted from the Strafende computed from Strafbeginn, and from each
//!   fraction date (UNVERIFIED: the StVollstrO text is not bundled).
//! - **Half and two-thirds** (§ 57 ¶1, ¶2 StGB) are taken in days of the whole
//!   term (Strafbeginn to the uncredited Strafende), rounded down, counted
//!   from Strafbeginn; the date is the day on which that part is served, and
//!   release is on that day. OLG Stuttgart, 20.03.2003, 2 Ws 36/03: a second
//!   Gesamtstrafe of 2 J 6 M executed from 26.04.2003 (after the first was
//!   interrupted at its two-thirds date, 25.04.2003) has its half on
//!   25.07.2004 and its two-thirds on 24.12.2004: 914 days, ⌊914/2⌋ = 457,
//!   ⌊914 × 2/3⌋ = 609.

use super::IN_FORCE;
use crate::calendar::{DateArithmeticError, add_days, days_inclusive, period_end};
use crate::law::{Rule, Verification};
use crate::message::{Msg, MsgId};
use crate::penalty::Term;
use jiff::civil::Date;

/// Strafende in calendar units from Strafbeginn.
pub static STRAFENDE: Rule = Rule {
    id: "de.stvollstro37.strafende",
    citation: "StVollstrO § 37",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "the first day of execution counts; a term in years, months, weeks and days ends on the day before the date corresponding to Strafbeginn in the month it reaches (that month's last day where it lacks the day), weeks and days added as days",
    verification: Verification::Reference(
        "OLG Stuttgart 2 Ws 36/03 (20.03.2003): 2 J 6 M from 26.04.2003 gives the stated half and two-thirds dates only with a term of 914 days, i.e. Strafende 25.10.2005; the StVollstrO text itself is not bundled",
    ),
};

/// Credit deducted from the end.
pub static ANRECHNUNG_VOM_ENDE: Rule = Rule {
    id: "de.stvollstro39.credit-from-the-end",
    citation: "StGB § 51 ¶1; StVollstrO § 39",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "credited custody is deducted from the Strafende computed from Strafbeginn, and from each fraction date, day for day",
    verification: Verification::Unverified(
        "the StVollstrO text is not bundled and no published computation with credit and dates was found; deducting from the end (rather than moving Strafbeginn back) is the tool's reading of enforcement practice and differs only where month lengths differ",
    ),
};

/// Half and two-thirds in days, rounded down, served on the date.
pub static BRUCHTEILE_IN_TAGEN: Rule = Rule {
    id: "de.stvollstro.fractions-in-days",
    citation: "StGB § 57 ¶1, ¶2; StVollstrO § 37",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "half and two-thirds are taken in days of the whole term (Strafbeginn to Strafende before credit), rounded down, counted from Strafbeginn; the date is the day on which that part is served, and release is on that day",
    verification: Verification::Reference(
        "OLG Stuttgart 2 Ws 36/03 (20.03.2003): 2 J 6 M from 26.04.2003: half 25.07.2004, two-thirds 24.12.2004 (⌊914 × 2/3⌋ = 609 days); release on the last day: StVollzG § 16 ¶1 (not bundled); rounding a remainder of two-thirds of a day down is not covered by the decision",
    ),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[&STRAFENDE, &ANRECHNUNG_VOM_ENDE, &BRUCHTEILE_IN_TAGEN];

/// A fixed term computed the Rechtspfleger's way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Strafzeit {
    /// Strafbeginn: the first day of execution.
    pub beginn: Date,
    /// Credited days (§ 51 ¶1).
    pub credit_days: i64,
    /// Strafende before credit.
    pub ende_ohne_anrechnung: Date,
    /// Strafende after credit.
    pub ende: Date,
    /// The days of the whole term, Strafbeginn to Strafende before credit.
    pub total_days: i64,
    /// Strafbeginn − credit: the day from which time served counts.
    pub served_from: Date,
}

/// The Strafzeit of `term` executed from `beginn` with `credit_days` credited.
pub fn strafzeit(
    beginn: Date,
    credit_days: i64,
    term: Term,
) -> Result<Strafzeit, DateArithmeticError> {
    let ende_ohne_anrechnung = period_end(beginn, term)?;
    Ok(Strafzeit {
        beginn,
        credit_days,
        ende_ohne_anrechnung,
        ende: add_days(ende_ohne_anrechnung, -credit_days)?,
        total_days: days_inclusive(beginn, ende_ohne_anrechnung)?,
        served_from: add_days(beginn, -credit_days)?,
    })
}

/// The day on which `num/den` of the term is served, not before `minimum`
/// is served, with the arithmetic.
pub fn bruchteil(
    z: &Strafzeit,
    num: i64,
    den: i64,
    minimum: Term,
) -> Result<(Date, Msg), DateArithmeticError> {
    let n = z.total_days.saturating_mul(num) / den.max(1);
    let at = add_days(z.beginn, n - 1 - z.credit_days)?;
    let base = Msg::new(MsgId::DeBruchteilText)
        .arg("beginn", z.beginn)
        .arg("end", z.ende_ohne_anrechnung)
        .arg("total", z.total_days)
        .arg("num", num)
        .arg("den", den)
        .arg("n", n)
        .arg("credit", z.credit_days)
        .arg("at", at);
    let min_date = add_days(period_end(z.beginn, minimum)?, -z.credit_days)?;
    Ok(if min_date > at {
        (
            min_date,
            Msg::new(MsgId::CoFractionAtLeastLater)
                .arg("base", base)
                .arg("min", minimum)
                .arg("min_date", min_date)
                .arg("date", min_date),
        )
    } else {
        (
            at,
            Msg::new(MsgId::CoFractionAtLeast)
                .arg("base", base)
                .arg("min", minimum)
                .arg("min_date", min_date),
        )
    })
}

/// The Strafende step text.
pub fn strafende_text(z: &Strafzeit, term: Term) -> Msg {
    Msg::new(MsgId::DeStrafendeText)
        .arg(
            "period",
            crate::law::common::period_text(z.beginn, term, z.ende_ohne_anrechnung),
        )
        .arg("credit", z.credit_days)
        .arg("end", z.ende)
        .arg("days", z.total_days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// OLG Stuttgart, 20.03.2003, 2 Ws 36/03: the second Gesamtstrafe of
    /// 2 J 6 M, executed after the first was interrupted at its two-thirds
    /// date (25.04.2003), so from 26.04.2003, without credit of its own.
    #[test]
    fn olg_stuttgart_2_ws_36_03_half_25_07_2004_two_thirds_24_12_2004() {
        let z = strafzeit(date(2003, 4, 26), 0, Term::new(2, 6, 0).unwrap()).unwrap();
        assert_eq!(z.ende, date(2005, 10, 25));
        assert_eq!(z.total_days, 914);
        let (half, _) = bruchteil(&z, 1, 2, Term::months(6)).unwrap();
        assert_eq!(half, date(2004, 7, 25));
        let (two_thirds, _) = bruchteil(&z, 2, 3, Term::months(2)).unwrap();
        assert_eq!(two_thirds, date(2004, 12, 24));
    }

    /// StGB § 39: terms under a year in weeks; 6 Wochen = 42 days.
    #[test]
    fn stgb_39_six_weeks_from_monday_end_on_sunday_six_weeks_later() {
        let z = strafzeit(date(2024, 1, 1), 0, Term::new(0, 0, 42).unwrap()).unwrap();
        assert_eq!(z.ende, date(2024, 2, 11));
        assert_eq!(z.total_days, 42);
        // Two-thirds of 42 days = 28 days, but at least two months.
        let (at, _) = bruchteil(&z, 2, 3, Term::months(2)).unwrap();
        assert_eq!(at, date(2024, 2, 29));
    }

    /// StGB § 51 ¶1: credited days come off the end and off each fraction.
    #[test]
    fn stgb_51_credit_is_deducted_from_the_end() {
        let z = strafzeit(date(2019, 3, 1), 10, Term::months(1)).unwrap();
        assert_eq!(z.ende_ohne_anrechnung, date(2019, 3, 31));
        assert_eq!(z.ende, date(2019, 3, 21));
        assert_eq!(z.served_from, date(2019, 2, 19));
    }
}
