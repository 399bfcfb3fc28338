//! The Chinese names of each jurisdiction's penalties.
//!
//! A German Freiheitsstrafe is not a 有期徒刑, and an English life sentence is
//! not the PRC's 无期徒刑: Chinese output names each penalty in the terms of the
//! jurisdiction that imposed it. The names live here, in one table
//! ([`names`]); adding a jurisdiction means adding its arm there.
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

/// How one jurisdiction names its custodial penalties in Chinese.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PenaltyNames {
    /// Put before a fixed term: `有期徒刑` + `十五年`.
    pub fixed: &'static str,
    /// Life imprisonment.
    pub life: &'static str,
}

/// The PRC's names (Criminal Law art. 45, 46).
pub const PRC: PenaltyNames = PenaltyNames {
    fixed: "有期徒刑",
    life: "无期徒刑",
};

/// The names of the penalties of `j` in Chinese (simplified characters, as
/// the rest of the catalogue).
pub fn names(j: JurisdictionId) -> PenaltyNames {
    match j {
        JurisdictionId::Cn => PRC,
        // Criminal Code art. 33: 無期徒刑, 有期徒刑, 拘役 — the same words as
        // the PRC's; written in simplified characters like every other TW
        // text of the catalogue (rules.rs).
        JurisdictionId::Tw => PRC,
        // StGB § 38: Freiheitsstrafe, zeitig or lebenslang — 自由刑, the usual
        // Chinese rendering (德国刑法典 translations). 徒刑 would claim a
        // penalty with compulsory labour that German law does not have.
        JurisdictionId::De => PenaltyNames {
            fixed: "有期自由刑",
            life: "终身自由刑",
        },
        // Japan had 懲役 (with work) and 禁錮 (without) until 2025-06-01 and
        // has 拘禁刑 since. The tool reads all three as one fixed term and
        // does not record which the court imposed; the judgment date does
        // not tell either, because a judgment after 2025-06-01 still imposes
        // 懲役 or 禁錮 for acts committed before that day (Act No. 68 of 2022,
        // art. 441 ¶1: なお従前の例による). So the genus, 自由刑, which
        // covers all three and is never wrong; 惩役 would misstate a 禁錮
        // and 拘禁刑 an old-law sentence.
        JurisdictionId::Jp => PenaltyNames {
            fixed: "有期自由刑",
            life: "无期自由刑",
        },
        // Imprisonment, term of years or life: 监禁. Life reads 终身监禁刑, not
        // 终身监禁: in PRC law 终身监禁 (CL 383 ¶4, CL 386) is no penalty of
        // its own but the bar on any commutation or parole that a court may
        // add to a death sentence with reprieve for graft, and a Chinese
        // reader takes the bare words in that sense. A US federal life
        // sentence has no parole but does allow compassionate release and
        // clemency; an English life sentence has a minimum term and release
        // on licence. The suffix 刑 names the penalty and keeps the two apart;
        // the PRC wording always follows 死刑缓期二年执行.
        JurisdictionId::UsFederal | JurisdictionId::GbEaw => PenaltyNames {
            fixed: "有期监禁",
            life: "终身监禁刑",
        },
    }
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
        for j in JurisdictionId::ALL.iter().copied() {
            let n = names(j);
            assert!(!n.fixed.is_empty() && !n.life.is_empty());
            let prc_words = n.fixed.contains("徒刑") || n.life.contains("徒刑");
            assert_eq!(
                prc_words,
                matches!(j, JurisdictionId::Cn | JurisdictionId::Tw),
                "{j:?}"
            );
            // The PRC's restricted-commutation wording is never a penalty name.
            assert_ne!(n.life, "终身监禁", "{j:?}");
        }
    }
}
