//! The bounds of a penalty for one crime: CL 38 (public surveillance),
//! CL 42 (criminal detention), CL 45 (fixed-term imprisonment), CL 55
//! (deprivation of political rights).
//!
//! > 有期徒刑的期限，除本法第五十条、第六十九条规定外，为六个月以上十五年以下。 (CL 45)
//! > 拘役的期限，为一个月以上六个月以下。 (CL 42)
//! > 管制的期限，为三个月以上二年以下。 (CL 38 ¶1)
//! > 剥夺政治权利的期限，除本法第五十七条规定外，为一年以上五年以下。 (CL 55 ¶1)

use super::versions::CL_1997_IN_FORCE;
use crate::finding::{Finding, Severity, Span};
use crate::law::rule::{Rule, Verification};
use crate::message::{Arg, Msg, MsgId, RuleRef};
use crate::penalty::{PoliticalRights, Principal, Term};

pub static IMPRISONMENT_BOUNDS: Rule = Rule {
    id: "cn.cl45.bounds",
    citation: "CL 45",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "fixed-term imprisonment for one crime: 6 months to 15 years (except CL 50 and 69)",
    verification: Verification::Statute("criminal-law-consolidated.md art. 45"),
};

pub static DETENTION_BOUNDS: Rule = Rule {
    id: "cn.cl42.bounds",
    citation: "CL 42",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "criminal detention for one crime: 1 to 6 months",
    verification: Verification::Statute("criminal-law-consolidated.md art. 42"),
};

pub static SURVEILLANCE_BOUNDS: Rule = Rule {
    id: "cn.cl38.bounds",
    citation: "CL 38 ¶1",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "public surveillance for one crime: 3 months to 2 years",
    verification: Verification::Statute("criminal-law-consolidated.md art. 38"),
};

pub static DPR_BOUNDS: Rule = Rule {
    id: "cn.cl55.bounds",
    citation: "CL 55 ¶1",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "deprivation of political rights: 1 to 5 years, except for life under CL 57",
    verification: Verification::Statute("criminal-law-consolidated.md art. 55"),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[
    &IMPRISONMENT_BOUNDS,
    &DETENTION_BOUNDS,
    &SURVEILLANCE_BOUNDS,
    &DPR_BOUNDS,
];

/// The statutory bounds of a principal penalty for one crime, if it has any.
pub fn bounds(p: &Principal) -> Option<(Term, Term, &'static Rule)> {
    match p {
        Principal::Imprisonment(_) => {
            Some((Term::months(6), Term::years(15), &IMPRISONMENT_BOUNDS))
        }
        Principal::CriminalDetention(_) => {
            Some((Term::months(1), Term::months(6), &DETENTION_BOUNDS))
        }
        Principal::PublicSurveillance(_) => {
            Some((Term::months(3), Term::years(2), &SURVEILLANCE_BOUNDS))
        }
        // No CL bounds: a fine in daily rates is German law (StGB § 40), and
        // the PRC analysis refuses it (`input.day-fine-not-this-law`).
        Principal::DayFine(_) => None,
        _ => None,
    }
}

/// Checks a count's penalty against its bounds. `field` names it in the finding.
pub fn check_count_penalty(
    p: &Principal,
    span: Span,
    field: &(impl std::fmt::Display + ?Sized),
) -> Option<Finding> {
    let (lo, hi, rule) = bounds(p)?;
    let t = p.term()?;
    if t < lo || t > hi {
        Some(
            Finding::new(
                Severity::Error,
                "cn.count-outside-bounds",
                Msg::new(MsgId::BoundsOutside)
                    .arg("penalty", *p)
                    .arg("lo", lo)
                    .arg("hi", hi)
                    .arg("rule", Arg::Citation(RuleRef(rule))),
            )
            .at(span)
            .field(field.to_string())
            .hint(if t > hi {
                MsgId::BoundsTooHighHint
            } else {
                MsgId::BoundsCheckHint
            }),
        )
    } else {
        None
    }
}

/// Checks a term deprivation of political rights attached to `penalty`:
/// with public surveillance it equals the surveillance term (CL 55 ¶2),
/// otherwise it lies within 1 – 5 years (CL 55 ¶1).
pub fn check_political_rights(
    penalty: &Principal,
    p: &PoliticalRights,
    span: Span,
    field: &(impl std::fmt::Display + ?Sized),
) -> Option<Finding> {
    let PoliticalRights::Term(t) = p else {
        return None;
    };
    if let Principal::PublicSurveillance(s) = penalty {
        return (t != s).then(|| {
            Finding::new(
                Severity::Error,
                "cn.dpr-surveillance-mismatch",
                Msg::new(MsgId::BoundsDprSurveillance)
                    .arg("surveillance", *s)
                    .arg("term", *t),
            )
            .at(span)
            .field(field.to_string())
            .hint(MsgId::BoundsDprSurveillanceHint)
        });
    }
    (*t < Term::years(1) || *t > Term::years(5)).then(|| {
        Finding::new(
            Severity::Error,
            "cn.dpr-outside-bounds",
            Msg::new(MsgId::BoundsDprOutside).arg("term", *t),
        )
        .at(span)
        .field(field.to_string())
        .hint(MsgId::BoundsDprOutsideHint)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cl45_six_months_to_fifteen_years() {
        let at = Span::default();
        assert!(check_count_penalty(&Principal::Imprisonment(Term::years(15)), at, "p").is_none());
        assert!(check_count_penalty(&Principal::Imprisonment(Term::months(6)), at, "p").is_none());
        assert!(check_count_penalty(&Principal::Imprisonment(Term::years(16)), at, "p").is_some());
        assert!(check_count_penalty(&Principal::Imprisonment(Term::months(5)), at, "p").is_some());
    }

    #[test]
    fn cl42_and_cl38_bounds() {
        let at = Span::default();
        assert!(
            check_count_penalty(&Principal::CriminalDetention(Term::months(7)), at, "p").is_some()
        );
        assert!(
            check_count_penalty(&Principal::PublicSurveillance(Term::months(2)), at, "p").is_some()
        );
        assert!(
            check_count_penalty(&Principal::PublicSurveillance(Term::years(2)), at, "p").is_none()
        );
    }

    #[test]
    fn cl55_one_to_five_years() {
        let at = Span::default();
        let prison = Principal::Imprisonment(Term::years(3));
        assert!(
            check_political_rights(&prison, &PoliticalRights::Term(Term::years(6)), at, "p")
                .is_some()
        );
        assert!(
            check_political_rights(&prison, &PoliticalRights::Term(Term::years(5)), at, "p")
                .is_none()
        );
        assert!(check_political_rights(&prison, &PoliticalRights::Life, at, "p").is_none());
    }

    #[test]
    fn cl55_2_with_surveillance_the_same_term() {
        let at = Span::default();
        let surveillance = Principal::PublicSurveillance(Term::months(6));
        assert!(
            check_political_rights(
                &surveillance,
                &PoliticalRights::Term(Term::months(6)),
                at,
                "p"
            )
            .is_none()
        );
        let f = check_political_rights(
            &surveillance,
            &PoliticalRights::Term(Term::years(1)),
            at,
            "p",
        )
        .unwrap();
        assert_eq!(f.code, "cn.dpr-surveillance-mismatch");
    }
}
