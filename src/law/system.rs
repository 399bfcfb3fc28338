//! What a legal system provides to the calculator: the [`Jurisdiction`]
//! trait. Every jurisdiction implements it in its folder; the registry
//! (`law::jurisdiction`, in `law/mod.rs`) is the one place that lists them.

use super::rule::Rule;
use crate::analysis::DefendantAnalysis;
use crate::case::{Defendant, JurisdictionId};
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
