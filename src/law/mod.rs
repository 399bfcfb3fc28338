//! The law, one folder per jurisdiction. A jurisdiction turns a validated
//! [`crate::case::Defendant`] into a [`crate::analysis::DefendantAnalysis`]
//! and lists the rules it applies.

pub mod cn;
pub mod rule;

pub use rule::{Rule, Step, Verification};

use crate::analysis::CaseAnalysis;
use crate::case::{Case, JurisdictionId};

/// The rules of a jurisdiction, for the catalogue.
pub fn rules(jurisdiction: JurisdictionId) -> Vec<&'static Rule> {
    match jurisdiction {
        JurisdictionId::Cn => cn::rules(),
    }
}

/// Analyses every defendant of a validated case.
///
/// ```
/// let file = sentencing::case::load_str("wang.yaml", include_str!("../../cases/wang-lijun.yaml"));
/// let analysis = sentencing::law::analyse(file.case.as_ref().unwrap());
/// let wang = &analysis.defendants[0];
/// assert_eq!(wang.combination.as_ref().unwrap().lawful, Some(true));
/// ```
pub fn analyse(case: &Case) -> CaseAnalysis {
    analyse_as_of(case, None)
}

/// Analyses every defendant, adding what has been served and what remains
/// on `as_of` (the CLI passes today unless `--as-of` is given).
pub fn analyse_as_of(case: &Case, as_of: Option<jiff::civil::Date>) -> CaseAnalysis {
    let defendants = case
        .defendants
        .iter()
        .enumerate()
        .map(|(i, d)| match case.jurisdiction {
            JurisdictionId::Cn => cn::analyse_defendant(d, &format!("defendants[{i}]"), as_of),
        })
        .collect();
    CaseAnalysis {
        title: case.title.clone(),
        jurisdiction: case.jurisdiction,
        defendants,
    }
}
