//! The law, one folder per jurisdiction. A jurisdiction turns a validated
//! [`crate::case::Defendant`] into a [`crate::analysis::DefendantAnalysis`]
//! and lists the rules it applies.
//!
//! Every jurisdiction implements [`Jurisdiction`] (`system.rs`) and is listed
//! once in [`jurisdiction`]; nothing else dispatches on [`JurisdictionId`]
//! (tests/architecture.rs checks it). China implements the trait itself; the
//! others implement [`skeleton::System`], which does what they share. Adding
//! a jurisdiction means: its folder `src/law/<id>/` with a `System`, a
//! variant of [`JurisdictionId`], one arm in [`jurisdiction`], its messages,
//! and its tests (docs/design.md § Jurisdictions).

pub mod cn;
pub mod common;
pub mod custody;
pub mod de;
pub mod gb_eaw;
pub mod jp;
pub mod lighter;
pub mod rule;
pub mod skeleton;
pub mod step;
pub mod system;
pub mod timeline;
pub mod tw;
pub mod us_federal;

pub use rule::{Rule, Verification};
pub use step::Step;
pub use system::Jurisdiction;

use crate::analysis::CaseAnalysis;
use crate::case::{Case, JurisdictionId};

/// The registry: the implementation of each jurisdiction.
pub fn jurisdiction(id: JurisdictionId) -> &'static dyn Jurisdiction {
    match id {
        JurisdictionId::Cn => &cn::China,
        JurisdictionId::De => &de::Germany,
        JurisdictionId::Tw => &tw::Taiwan,
        JurisdictionId::Jp => &jp::Japan,
        JurisdictionId::UsFederal => &us_federal::UsFederal,
        JurisdictionId::GbEaw => &gb_eaw::EnglandAndWales,
    }
}

/// The rules of a jurisdiction, for the catalogue.
pub fn rules(id: JurisdictionId) -> Vec<&'static Rule> {
    jurisdiction(id).rules()
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

/// Dates beyond the calendar's range (a sum of terms past year 9999) come
/// back with the date library's words ("-9999..=9999"); every jurisdiction's
/// finding gets the same hint saying what that means (issue #16).
fn hint_dates_out_of_range(a: &mut crate::analysis::DefendantAnalysis) {
    for f in &mut a.findings {
        if f.code.ends_with("dates.out-of-range") && f.hint.is_none() {
            f.hint = Some(crate::message::MsgId::DatesComputeFailedHint.into());
        }
    }
}

/// Analyses every defendant, adding what has been served and what remains
/// on `as_of` (the CLI passes today unless `--as-of` is given).
pub fn analyse_as_of(case: &Case, as_of: Option<jiff::civil::Date>) -> CaseAnalysis {
    let j = jurisdiction(case.jurisdiction);
    let defendants = case
        .defendants
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let mut a = j.analyse_defendant(d, &format!("defendants[{i}]"), as_of);
            hint_dates_out_of_range(&mut a);
            a
        })
        .collect();
    CaseAnalysis {
        title: case.title.clone(),
        jurisdiction: case.jurisdiction,
        provenance: crate::analysis::Provenance {
            summary: case.summary.clone(),
            sources: case.sources.clone(),
        },
        defendants,
    }
}
