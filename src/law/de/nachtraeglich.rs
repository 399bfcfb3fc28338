//! StGB § 55 ¶1: the aggregate sentence formed afterwards.
//!
//! > (1) Die §§ 53 und 54 sind auch anzuwenden, wenn ein rechtskräftig
//! > Verurteilter, bevor die gegen ihn erkannte Strafe vollstreckt, verjährt
//! > oder erlassen ist, wegen einer anderen Straftat verurteilt wird, die er
//! > vor der früheren Verurteilung begangen hat. […]
//!
//! (StGB, snapshot of 2022-03-26.) In a case file: a later judgment with
//! `after: discovered-crime` (an offence committed before the earlier
//! judgment). Its counts join the earlier single penalties and § 54 applies
//! to all of them; its `decided:` is the new aggregate. An offence committed
//! after the earlier judgment (`after: new-crime`) is outside § 55: the
//! sentences are executed one after the other, which is not modelled.

use super::{IN_FORCE, SNAPSHOT_NOTE};
use crate::law::{Rule, Verification};

/// § 55 ¶1: later combination.
pub static STGB_55_1: Rule = Rule {
    id: "de.stgb55.1.later-aggregate",
    citation: "StGB § 55 ¶1",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "an offence committed before an earlier conviction whose sentence is not yet served: §§ 53, 54 apply to the earlier and the new single penalties together",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&STGB_55_1];
