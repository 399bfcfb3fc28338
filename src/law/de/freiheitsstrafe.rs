//! StGB §§ 38 ¶2, 39: the bounds and units of a single term of imprisonment.
//!
//! > § 38 (2) Das Höchstmaß der zeitigen Freiheitsstrafe ist fünfzehn Jahre,
//! > ihr Mindestmaß ein Monat.
//! >
//! > § 39 Freiheitsstrafe unter einem Jahr wird nach vollen Wochen und
//! > Monaten, Freiheitsstrafe von längerer Dauer nach vollen Monaten und
//! > Jahren bemessen.
//!
//! (StGB, snapshot of 2022-03-26.)

use super::{IN_FORCE, SNAPSHOT_NOTE};
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Verification};
use crate::message::{Msg, MsgId};
use crate::penalty::Term;

/// § 38 ¶2: one month to fifteen years.
pub static STGB_38_2: Rule = Rule {
    id: "de.stgb38.2.bounds",
    citation: "StGB § 38 ¶2",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "a fixed term of imprisonment is at least one month and at most fifteen years",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// § 39: the units of a term.
pub static STGB_39: Rule = Rule {
    id: "de.stgb39.units",
    citation: "StGB § 39",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "a term under one year is measured in full weeks and months, a longer term in full months and years",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&STGB_38_2, &STGB_39];

const MINIMUM: Term = Term::months(1);
const MAXIMUM: Term = Term::years(15);

/// The §§ 38 ¶2 and 39 findings for a single term imposed for `what`.
pub fn check_term(what: &str, t: Term) -> Vec<Finding> {
    let mut out = Vec::new();
    if t < MINIMUM || t > MAXIMUM {
        out.push(Finding::new(
            Severity::Error,
            "de.stgb38.2.outside-bounds",
            Msg::new(MsgId::DeTermOutsideBounds)
                .arg("what", what)
                .arg("term", t),
        ));
    }
    let units_ok = if t < Term::years(1) {
        t.day_part().is_multiple_of(7)
    } else {
        t.day_part() == 0
    };
    if !units_ok {
        out.push(Finding::new(
            Severity::Error,
            "de.stgb39.units",
            Msg::new(MsgId::DeTermUnits)
                .arg("what", what)
                .arg("term", t),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(t: Term) -> Vec<&'static str> {
        check_term("x", t).iter().map(|f| f.code).collect()
    }

    #[test]
    fn stgb_38_2_one_month_to_fifteen_years() {
        assert!(codes(Term::months(1)).is_empty());
        assert!(codes(Term::years(15)).is_empty());
        assert_eq!(
            codes(Term::new(0, 0, 21).unwrap()),
            ["de.stgb38.2.outside-bounds"]
        );
        assert_eq!(
            codes(Term::new(15, 1, 0).unwrap()),
            ["de.stgb38.2.outside-bounds"]
        );
    }

    #[test]
    fn stgb_39_weeks_under_a_year_months_above() {
        assert!(codes(Term::new(0, 6, 14).unwrap()).is_empty());
        assert!(codes(Term::new(0, 0, 42).unwrap()).is_empty());
        assert_eq!(codes(Term::new(0, 6, 10).unwrap()), ["de.stgb39.units"]);
        assert_eq!(codes(Term::new(1, 0, 14).unwrap()), ["de.stgb39.units"]);
    }
}
