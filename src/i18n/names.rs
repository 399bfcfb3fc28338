//! The Chinese names of each jurisdiction's penalties.
//!
//! A German Freiheitsstrafe is not a 有期徒刑, and an English life sentence is
//! not the PRC's 无期徒刑: Chinese output names each penalty in the terms of the
//! jurisdiction that imposed it. Each jurisdiction gives its names
//! (`Jurisdiction::zh_penalty_names`, in its folder); [`names`] looks them up.
//!
//! Only the two kinds that differ between jurisdictions have entries: the
//! fixed term and life. The other kinds keep one name everywhere: 拘役 is the
//! PRC's and Taiwan's term (Criminal Code art. 33 item 4), 管制 and the death
//! sentence with reprieve exist only in the PRC, 死刑 is the same word
//! wherever the penalty exists, and the day fine (日额罚金) only in Germany.
//! A PRC-only kind that turns up in another jurisdiction's message (“… is not
//! a penalty under the Penal Code of Japan”) therefore reads with its PRC name,
//! which is what it is.
//!
//! Renderers say which jurisdiction they are rendering with [`scope`]; outside
//! a scope the names are the PRC's, so messages not tied to a case (the rule
//! catalogue, input errors) read as before. English output does not use these
//! names at all.

use crate::case::JurisdictionId;
use std::cell::Cell;

pub use crate::law::system::{PRC_NAMES as PRC, PenaltyNames};

/// The names of the penalties of `j` in Chinese (simplified characters, as
/// the rest of the catalogue): each jurisdiction gives its own
/// (`Jurisdiction::zh_penalty_names`, with the reasons for the words).
pub fn names(j: JurisdictionId) -> PenaltyNames {
    crate::law::jurisdiction(j).zh_penalty_names()
}

thread_local! {
    static CURRENT: Cell<JurisdictionId> = const { Cell::new(JurisdictionId::Cn) };
}

/// The jurisdiction whose names Chinese output uses now: the innermost
/// [`scope`], or the PRC outside any.
pub fn current() -> JurisdictionId {
    CURRENT.with(Cell::get)
}

/// Restores the previous jurisdiction when dropped (also on unwinding).
struct Restore(JurisdictionId);

impl Drop for Restore {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.0));
    }
}

/// Runs `f` with the penalties of `j` named in its own terms: every
/// [`super::Arg::Penalty`] and [`super::Arg::Range`] rendered in Chinese
/// inside `f` uses [`names`]`(j)`. Scopes nest; the previous jurisdiction is
/// restored afterwards.
pub fn scope<R>(j: JurisdictionId, f: impl FnOnce() -> R) -> R {
    let _restore = Restore(CURRENT.with(|c| c.replace(j)));
    f()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_nest_and_restore() {
        assert_eq!(current(), JurisdictionId::Cn);
        scope(JurisdictionId::De, || {
            assert_eq!(current(), JurisdictionId::De);
            scope(JurisdictionId::Jp, || {
                assert_eq!(current(), JurisdictionId::Jp)
            });
            assert_eq!(current(), JurisdictionId::De);
        });
        assert_eq!(current(), JurisdictionId::Cn);
    }

    #[test]
    fn every_jurisdiction_has_names_and_only_cn_tw_use_tuxing() {
        assert_eq!(names(JurisdictionId::Cn), PRC);
        assert_eq!(names(JurisdictionId::Tw), PRC);
        assert_ne!(names(JurisdictionId::De), PRC);
        for j in JurisdictionId::ALL.iter().copied() {
            let n = names(j);
            assert!(!n.fixed.is_empty() && !n.life.is_empty());
            let prc_words = n.fixed.contains("徒刑") || n.life.contains("徒刑");
            // 徒刑 only in the PRC's own words (which Taiwan shares).
            assert_eq!(prc_words, n == PRC, "{j:?}");
            // The PRC's restricted-commutation wording is never a penalty name.
            assert_ne!(n.life, "终身监禁", "{j:?}");
        }
    }
}
