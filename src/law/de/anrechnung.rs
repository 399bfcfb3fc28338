//! StGB § 51 ¶1: custody credited against the sentence.
//!
//! > (1) Hat der Verurteilte aus Anlaß einer Tat, die Gegenstand des
//! > Verfahrens ist oder gewesen ist, Untersuchungshaft oder eine andere
//! > Freiheitsentziehung erlitten, so wird sie auf zeitige Freiheitsstrafe
//! > und auf Geldstrafe angerechnet. […]
//!
//! (StGB, snapshot of 2022-03-26.) One day of custody counts as one day of
//! the term; the court's order that credit be withheld (¶1 S.2) is not modelled.

use super::{IN_FORCE, SNAPSHOT_NOTE};
use crate::law::{Rule, Verification};

/// § 51 ¶1: custody credited one for one.
pub static STGB_51_1: Rule = Rule {
    id: "de.stgb51.1.credit",
    citation: "StGB § 51 ¶1",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "pre-trial detention and other deprivation of liberty for the offence are credited against a fixed term, one day for one day",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&STGB_51_1];
