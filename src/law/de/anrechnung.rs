//! StGB § 51 ¶1, ¶4: custody credited against the sentence.
//!
//! > (1) Hat der Verurteilte aus Anlaß einer Tat, die Gegenstand des
//! > Verfahrens ist oder gewesen ist, Untersuchungshaft oder eine andere
//! > Freiheitsentziehung erlitten, so wird sie auf zeitige Freiheitsstrafe
//! > und auf Geldstrafe angerechnet. Das Gericht kann jedoch anordnen, daß
//! > die Anrechnung ganz oder zum Teil unterbleibt, wenn sie im Hinblick
//! > auf das Verhalten des Verurteilten nach der Tat nicht gerechtfertigt
//! > ist.
//! >
//! > (4) Bei der Anrechnung von Geldstrafe oder auf Geldstrafe entspricht
//! > ein Tag Freiheitsentziehung einem Tagessatz. […]
//!
//! (StGB, snapshot of 2022-03-26.) One day of custody counts as one day of
//! a term (¶1) and as one daily rate of a fine (¶4 S.1). The court's order
//! that credit be withheld in whole or in part (¶1 S.2) cannot be recorded
//! in a case file and is not applied: the figures assume no such order.
//!
//! Where imprisonment and a separate fine are both imposed (§ 53 ¶2 S.2),
//! ¶1 credits custody against both kinds but does not say which first; the
//! tool credits the imprisonment and shows what crediting the fine would
//! give ([`CREDIT_IMPRISONMENT_FIRST`], UNVERIFIED).

use super::{IN_FORCE, SNAPSHOT_NOTE};
use crate::analysis::FineCredit;
use crate::law::{Rule, Verification};
use crate::penalty::DayFine;
use rust_decimal::Decimal;

/// § 51 ¶1: custody credited one for one.
pub static STGB_51_1: Rule = Rule {
    id: "de.stgb51.1.credit",
    citation: "StGB § 51 ¶1",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "pre-trial detention and other deprivation of liberty for the offence are credited against a fixed term, one day for one day",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// § 51 ¶1 S.1, ¶4 S.1: custody credited against a fine, one day for one
/// daily rate.
///
/// > (1) […] so wird sie auf zeitige Freiheitsstrafe und auf Geldstrafe
/// > angerechnet. […]
/// > (4) Bei der Anrechnung von Geldstrafe oder auf Geldstrafe entspricht
/// > ein Tag Freiheitsentziehung einem Tagessatz.
pub static STGB_51_4_DAY_FINE: Rule = Rule {
    id: "de.stgb51.4.day-fine",
    citation: "StGB § 51 ¶1 S.1, ¶4 S.1",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "custody for the offence is credited against a fine too, one day of deprivation of liberty for one daily rate, never more rates than the fine has; the court's order withholding credit (¶1 S.2) cannot be recorded in the case file and is not applied",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// The tool's reading where imprisonment and a separate fine (§ 53 ¶2 S.2)
/// are both imposed: § 51 ¶1 credits custody "auf zeitige Freiheitsstrafe
/// und auf Geldstrafe" without an order between them.
pub static CREDIT_IMPRISONMENT_FIRST: Rule = Rule {
    id: "de.reading.credit-imprisonment-first",
    citation: "reading of this tool for StGB § 51 ¶1 with § 53 ¶2 S.2 (not a provision)",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "imprisonment and a separate fine: the tool credits custody against the imprisonment (its release dates depend on it) and shows what crediting the fine instead would give; the order is for the court or the enforcement authority",
    verification: Verification::Unverified(
        "§ 51 ¶1 credits custody against imprisonment and against a fine alike but does not say which comes first when both are imposed (§ 53 ¶2 S.2); the bundled texts contain no rule of enforcement or case law on the order, so the tool does not decide it",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&STGB_51_1, &STGB_51_4_DAY_FINE, &CREDIT_IMPRISONMENT_FIRST];

/// § 51 ¶4 S.1: `custody_days` days of custody credited against `fine`, one
/// daily rate a day, never more rates than the fine has and never fewer
/// than none.
///
/// ```
/// use sentencing::law::de::anrechnung::credit_against_fine;
/// use sentencing::penalty::DayFine;
/// use rust_decimal::Decimal;
/// let c = credit_against_fine(DayFine::new(90, Decimal::new(5050, 2)), 30);
/// assert_eq!((c.credited_rates, c.remaining_rates), (30, 60));
/// assert_eq!(c.remaining_amount, Some(Decimal::new(303000, 2)));
/// ```
pub fn credit_against_fine(fine: DayFine, custody_days: i64) -> FineCredit {
    let rates = fine.rates();
    let credited = u32::try_from(custody_days.max(0)).map_or(rates, |d| d.min(rates));
    let remaining = rates.saturating_sub(credited);
    FineCredit {
        fine,
        custody_days,
        credited_rates: credited,
        remaining_rates: remaining,
        remaining_amount: fine
            .per_rate()
            .and_then(|a| Decimal::from(remaining).checked_mul(a)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn df(rates: u32, cents: i64) -> DayFine {
        DayFine::new(rates, Decimal::new(cents, 2))
    }

    #[test]
    fn stgb_51_4_one_day_of_custody_is_one_daily_rate() {
        let c = credit_against_fine(df(140, 5000), 17);
        assert_eq!(c.credited_rates, 17);
        assert_eq!(c.remaining_rates, 123);
        assert_eq!(c.remaining_amount, Some(Decimal::new(6150, 0)));
        assert!(!c.discharged());
        // Exact cents, no floats: 3 rates of 0.10 EUR less 1 day = 0.20 EUR.
        let c = credit_against_fine(df(3, 10), 1);
        assert_eq!(c.remaining_amount.unwrap().to_string(), "0.20");
        // No custody: nothing credited.
        let c = credit_against_fine(df(90, 5000), 0);
        assert_eq!((c.credited_rates, c.remaining_rates), (0, 90));
    }

    #[test]
    fn stgb_51_4_credit_never_exceeds_the_fine() {
        for days in [30, 31, 45, i64::MAX] {
            let c = credit_against_fine(df(30, 2000), days);
            assert_eq!(c.credited_rates, 30, "{days}");
            assert_eq!(c.remaining_rates, 0, "{days}");
            assert_eq!(c.remaining_amount, Some(Decimal::ZERO), "{days}");
            assert!(c.discharged());
        }
        // Never below zero either way.
        let c = credit_against_fine(df(30, 2000), -5);
        assert_eq!((c.credited_rates, c.remaining_rates), (0, 30));
    }

    #[test]
    fn stgb_51_4_amount_of_an_aggregate_not_known_is_not_guessed() {
        let c = credit_against_fine(DayFine::rates_only(120), 20);
        assert_eq!(c.remaining_rates, 100);
        assert_eq!(c.remaining_amount, None);
    }
}
