//! What a legal system provides to the calculator: the [`Jurisdiction`]
//! trait. Every jurisdiction implements it in its folder; the registry
//! (`law::jurisdiction`, in `law/mod.rs`) is the one place that lists them.

use super::rule::Rule;
use crate::analysis::DefendantAnalysis;
use crate::case::{Defendant, JurisdictionId};
use crate::penalty::{PenaltyParseError, PenaltyText, Principal};
use jiff::civil::Date;

/// How Chinese output names one jurisdiction's custodial penalties. A German
/// Freiheitsstrafe is not a 有期徒刑: each jurisdiction gives its own words
/// (`crate::i18n::names` uses them while rendering its cases).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PenaltyNames {
    /// Put before a fixed term: `有期徒刑` + `十五年`.
    pub fixed: &'static str,
    /// Life imprisonment.
    pub life: &'static str,
}

/// The names of imprisonment in US federal and English law: 监禁. Life
/// reads 终身监禁刑, not 终身监禁: in PRC law 终身监禁 (CL 383 ¶4, CL 386)
/// is no penalty of its own but the bar on any commutation or parole that
/// a court may add to a death sentence with reprieve for graft, and a
/// Chinese reader takes the bare words in that sense. A US federal life
/// sentence has no parole but does allow compassionate release and
/// clemency; an English life sentence has a minimum term and release on
/// licence. The suffix 刑 names the penalty and keeps the two apart; the
/// PRC wording always follows 死刑缓期二年执行.
pub const IMPRISONMENT_NAMES: PenaltyNames = PenaltyNames {
    fixed: "有期监禁",
    life: "终身监禁刑",
};

/// The PRC's names (Criminal Law art. 45, 46).
pub const PRC_NAMES: PenaltyNames = PenaltyNames {
    fixed: "有期徒刑",
    life: "无期徒刑",
};

/// The versions of one question of law (`law::timeline`): within a topic,
/// exactly one version is in force on every day from `covered_from`.
#[derive(Debug)]
pub struct Topic {
    pub jurisdiction: JurisdictionId,
    /// What the versions decide.
    pub name: &'static str,
    /// The first day the tool covers; earlier dates are out of scope (the
    /// note says why).
    pub covered_from: Date,
    pub note: &'static str,
    pub versions: Vec<&'static Rule>,
}

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

    /// Reads the whole penalty text of a count or a decided sentence. Only
    /// China reads more than a principal penalty (缓刑, 免予刑事处罚,
    /// supplementary penalties, CL 37, 34, 35, 72); elsewhere the principal
    /// penalty alone.
    fn parse_penalty_text(&self, text: &str) -> Result<PenaltyText, PenaltyParseError> {
        self.parse_penalty(text).map(|p| PenaltyText {
            principal: p,
            probation: None,
            political_rights: None,
            fine: None,
            confiscation: None,
            expulsion: None,
        })
    }

    /// The optional count fields only some jurisdictions read
    /// (`statutory_max`, `statutory_min`, `consecutive_to`). Others are refused with
    /// `input.field-not-for-jurisdiction`.
    fn count_fields(&self) -> &'static [&'static str] {
        &[]
    }

    /// The optional defendant fields only some jurisdictions read
    /// (`sex_offender`, `early_removal`; `criminal_group_leader`,
    /// `suspension_revoked`). Others are refused with
    /// `input.field-not-for-jurisdiction`.
    fn defendant_fields(&self) -> &'static [&'static str] {
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

    /// How Chinese output names its fixed term and life sentence.
    fn zh_penalty_names(&self) -> PenaltyNames;

    /// Its law-version topics with more than one version or a stated
    /// coverage (`law::timeline`); every other rule becomes a topic of its
    /// own. A versioned rule left out shows as a gap in
    /// `tests/law_timeline.rs`.
    fn topics(&self) -> Vec<Topic> {
        Vec::new()
    }

    /// Analyses one defendant; `as_of` adds what has been served and what
    /// remains on that day.
    fn analyse_defendant(
        &self,
        d: &Defendant,
        path: &str,
        as_of: Option<Date>,
    ) -> DefendantAnalysis;
}
