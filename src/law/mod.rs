//! The law, one folder per jurisdiction. A jurisdiction turns a validated
//! [`crate::case::Defendant`] into a [`crate::analysis::DefendantAnalysis`]
//! and lists the rules it applies.
//!
//! Every jurisdiction implements [`Jurisdiction`] and is listed once in
//! [`jurisdiction`]; nothing else dispatches on [`JurisdictionId`]. Adding a
//! jurisdiction means: its folder `src/law/<id>/`, a variant of
//! [`JurisdictionId`], one arm in [`jurisdiction`], its topic table in
//! [`timeline`], and its tests.

pub mod cn;
pub mod common;
pub mod custody;
pub mod de;
pub mod gb_eaw;
pub mod jp;
pub mod rule;
pub mod timeline;
pub mod tw;
pub mod us_federal;

pub use rule::{Rule, Step, Verification};

use crate::analysis::{CaseAnalysis, DefendantAnalysis};
use crate::case::{Case, Defendant, JurisdictionId};
use crate::penalty::{PenaltyParseError, Principal};

/// What a legal system provides to the calculator.
pub trait Jurisdiction: Sync {
    /// Its identifier.
    fn id(&self) -> JurisdictionId;

    /// Its name in English.
    fn name(&self) -> &'static str;

    /// Every rule it applies, with in-force intervals, for the catalogue.
    fn rules(&self) -> Vec<&'static Rule>;

    /// Reads a penalty as its courts write it. The default is the shared
    /// grammar (English and Chinese); a jurisdiction adds its own forms and
    /// falls back to the shared grammar.
    fn parse_penalty(&self, text: &str) -> Result<Principal, PenaltyParseError> {
        crate::penalty::parse_penalty(text)
    }

    /// The optional count fields only some jurisdictions read
    /// (`statutory_max`, `statutory_min`, `consecutive_to`). Others are refused with
    /// `input.field-not-for-jurisdiction`.
    fn count_fields(&self) -> &'static [&'static str] {
        &[]
    }

    /// Whether a judgment with several counts must state the combined
    /// sentence (`decided:`). False where the law computes the aggregate
    /// from the counts (concurrent and consecutive terms).
    fn requires_decided(&self) -> bool {
        true
    }

    /// A commented starter case file (`sentencing new`).
    fn starter(&self) -> &'static str;

    /// Analyses one defendant; `as_of` adds what has been served and what
    /// remains on that day.
    fn analyse_defendant(
        &self,
        d: &Defendant,
        path: &str,
        as_of: Option<jiff::civil::Date>,
    ) -> DefendantAnalysis;
}

/// The People's Republic of China, through the functions of [`cn`].
struct China;

impl Jurisdiction for China {
    fn id(&self) -> JurisdictionId {
        JurisdictionId::Cn
    }
    fn name(&self) -> &'static str {
        "People's Republic of China"
    }
    fn rules(&self) -> Vec<&'static Rule> {
        cn::rules()
    }
    fn starter(&self) -> &'static str {
        crate::case::starter(JurisdictionId::Cn)
    }
    fn analyse_defendant(
        &self,
        d: &Defendant,
        path: &str,
        as_of: Option<jiff::civil::Date>,
    ) -> DefendantAnalysis {
        cn::analyse_defendant(d, path, as_of)
    }
}

/// The registry: the implementation of each jurisdiction.
pub fn jurisdiction(id: JurisdictionId) -> &'static dyn Jurisdiction {
    match id {
        JurisdictionId::Cn => &China,
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
fn hint_dates_out_of_range(a: &mut DefendantAnalysis) {
    for f in &mut a.findings {
        if f.code.ends_with("dates.out-of-range") && f.hint.is_none() {
            f.hint = Some(crate::i18n::MsgId::DatesComputeFailedHint.into());
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
        defendants,
    }
}
