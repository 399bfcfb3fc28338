//! Criminal Code (Taiwan) art. 33: the bounds of a single fixed term and of
//! criminal detention (2005 text).
//!
//! Recalled, not bundled: 有期徒刑：二月以上十五年以下。但遇有加減時，得減至
//! 二月未滿，或加至二十年。拘役：一日以上，六十日未滿。但遇有加重時，得加至
//! 一百二十日。

use super::art51::REFORM_2005;
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Verification};
use crate::message::{Msg, MsgId};
use crate::penalty::{Principal, Term};

/// Art. 33 items 3–4.
pub static ART_33: Rule = Rule {
    id: "tw.art33.bounds",
    citation: "Criminal Code art. 33 items 3–4",
    in_force_from: REFORM_2005,
    in_force_until: None,
    summary: "fixed-term imprisonment: 2 months to 15 years, reduced below 2 months or raised to 20 years only where the law reduces or aggravates; criminal detention: 1 to 59 days, raised to 120 days only on aggravation",
    verification: Verification::Unverified(
        "statute not bundled; the 2005 text of items 3–4 is recalled, not checked",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&ART_33];

/// The art. 33 findings for a single penalty imposed for `what`.
pub fn check(what: &str, p: Principal) -> Vec<Finding> {
    let finding = |severity, code, bound: Term| {
        Finding::new(
            severity,
            code,
            Msg::new(MsgId::TwArt33Bound)
                .arg("what", what)
                .arg("penalty", p)
                .arg("bound", bound),
        )
    };
    match p {
        Principal::Imprisonment(t) if t > Term::years(20) => {
            vec![finding(
                Severity::Error,
                "tw.art33.above-maximum",
                Term::years(20),
            )]
        }
        Principal::Imprisonment(t) if t > Term::years(15) => {
            vec![finding(
                Severity::Note,
                "tw.art33.aggravated-only",
                Term::years(15),
            )]
        }
        Principal::Imprisonment(t) if t < Term::months(2) => {
            vec![finding(
                Severity::Note,
                "tw.art33.reduced-only",
                Term::months(2),
            )]
        }
        Principal::CriminalDetention(t) if t > Term::new(0, 0, 120).unwrap_or(Term::months(4)) => {
            vec![finding(
                Severity::Error,
                "tw.art33.above-maximum",
                Term::new(0, 0, 120).unwrap_or(Term::months(4)),
            )]
        }
        Principal::CriminalDetention(t) if t >= Term::new(0, 0, 60).unwrap_or(Term::months(2)) => {
            vec![finding(
                Severity::Note,
                "tw.art33.aggravated-only",
                Term::new(0, 0, 59).unwrap_or(Term::months(2)),
            )]
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(p: Principal) -> Vec<&'static str> {
        check("x", p).iter().map(|f| f.code).collect()
    }

    #[test]
    fn art33_bounds_of_fixed_terms_and_detention() {
        let prison = |y, m| Principal::Imprisonment(Term::new(y, m, 0).unwrap());
        let detention = |d| Principal::CriminalDetention(Term::new(0, 0, d).unwrap());
        assert!(codes(prison(15, 0)).is_empty());
        assert_eq!(codes(prison(18, 0)), ["tw.art33.aggravated-only"]);
        assert_eq!(codes(prison(21, 0)), ["tw.art33.above-maximum"]);
        assert_eq!(codes(prison(0, 1)), ["tw.art33.reduced-only"]);
        assert!(codes(detention(59)).is_empty());
        assert_eq!(codes(detention(90)), ["tw.art33.aggravated-only"]);
        assert_eq!(codes(detention(121)), ["tw.art33.above-maximum"]);
    }
}
