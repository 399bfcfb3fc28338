//! Additional days awarded (or restored) dated after the release they
//! would put back. Days are awarded to a prisoner for an offence against
//! prison discipline (CJA 2003 s. 257; Prison Rules 1999 r. 55), so an
//! award dated after the last release of the sentences in force cannot
//! belong to them; the MoJ refuses such a calculation
//! (ADJUSTMENT_AFTER_RELEASE_ADA / _RADA) and we say it as a warning.

use super::figures::SentenceCalc;
use super::release::LASPO_2012;
use crate::case::Defendant;
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Verification};
use crate::message::{Arg, Msg, MsgId, RuleRef};

pub static AWARDED_AFTER_RELEASE: Rule = Rule {
    id: "gb.cja2003.s257.awarded-after-release",
    citation: "CJA 2003 s. 257; Prison Rules 1999 r. 55",
    in_force_from: LASPO_2012,
    in_force_until: None,
    summary: "additional days are awarded to a prisoner: an award or restoration dated after the last release of the sentences in force is said and should be checked",
    verification: Verification::Unverified(
        "the texts of s. 257 and r. 55 were not read here; the condition is the MoJ's method (calculate-release-dates-api, AdjustmentsAfterReleaseDateValidator: an ADA or RADA whose date is after the latest release date of the sentences other than its Term (DTO) sentences, ADJUSTMENT_AFTER_RELEASE_ADA / ADJUSTMENT_AFTER_RELEASE_RADA)",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&AWARDED_AFTER_RELEASE];

/// A warning for each award or restoration dated after the latest release
/// (the PRRD of a recalled sentence) of `calcs` other than detention and
/// training orders.
pub fn check(d: &Defendant, calcs: &[SentenceCalc], path: &str) -> Vec<Finding> {
    // Detention and training orders are left out, as the MoJ leaves out its
    // `Term` sentences (their awarded days follow their own rules).
    let Some(latest) = calcs
        .iter()
        .filter(|c| !c.dto)
        .map(SentenceCalc::final_release)
        .max()
    else {
        return Vec::new();
    };
    let lists = [
        ("additional_days", &d.additional_days),
        ("restored_days", &d.restored_days),
    ];
    let mut out = Vec::new();
    for (field, list) in lists {
        for (i, a) in list.iter().enumerate() {
            if a.from.value <= latest {
                continue;
            }
            out.push(
                Finding::new(
                    Severity::Warning,
                    "gb.awarded-after-release",
                    Msg::new(MsgId::GbAwardedAfterRelease)
                        .arg("days", a.days)
                        .arg("date", a.from.value)
                        .arg("release", latest)
                        .arg("citation", Arg::Citation(RuleRef(&AWARDED_AFTER_RELEASE))),
                )
                .field(format!("{path}.{field}[{i}].from"))
                .at(a.from.span)
                .hint(MsgId::GbAwardedAfterReleaseHint),
            );
        }
    }
    out
}
