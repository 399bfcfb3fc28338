//! The lighter-law comparison the jurisdictions share (CN CL 12 with
//! SPC-1997 art. 1–2, TW art. 2 ¶1, JP art. 6): which of two figures is
//! lighter, and the rule "the old law unless the new one is lighter". Each
//! jurisdiction's own provision, and its rows, stay in its folder.

use crate::analysis::{LawFigure, Lighter, TextApplies};
use crate::penalty::Term;

/// The lighter of two figures: the lower maximum; with equal maxima, the
/// lower minimum (CL 12 as SPC-1997 art. 1 reads it). Ranges compare by
/// their ends, minimum terms as themselves; a text without a rule, or a
/// figure not computed, cannot be compared. Taiwan (art. 2 ¶1) and Japan
/// (art. 6) use the same order as this tool's reading of their provisions.
pub fn lighter(old: &LawFigure, new: &LawFigure) -> Lighter {
    let ends = |f: &LawFigure| -> Option<(Term, Term)> {
        match f {
            LawFigure::Range { range, .. } => Some((range.max.term()?, range.min.term()?)),
            LawFigure::Minimum(t) => Some((*t, *t)),
            // The lower end is not settled, but it is the same under both
            // texts (the same statutory minima): the maxima decide.
            LawFigure::Maximum { max, .. } => Some((*max, Term::ZERO)),
            LawFigure::NoRule | LawFigure::NotComputed => None,
        }
    };
    match (ends(old), ends(new)) {
        (Some((old_max, old_min)), Some((new_max, new_min))) => {
            match old_max.cmp(&new_max).then(old_min.cmp(&new_min)) {
                std::cmp::Ordering::Less => Lighter::Old,
                std::cmp::Ordering::Greater => Lighter::New,
                std::cmp::Ordering::Equal => Lighter::Same,
            }
        }
        _ => Lighter::NotComparable,
    }
}

/// The law at the time of the act, unless the later law punishes more
/// lightly; when the two are the same, the old law (CN CL 12 ¶1, as SPC-1997
/// art. 3 reads it; TW art. 2 ¶1).
pub fn old_unless_new_is_lighter(lighter: Lighter) -> TextApplies {
    match lighter {
        Lighter::New => TextApplies::New,
        Lighter::Old | Lighter::Same | Lighter::NotComparable => TextApplies::Old,
    }
}
