//! StGB §§ 57, 57a: suspension of the rest of the sentence (release on
//! licence, "Aussetzung des Strafrestes zur Bewährung").
//!
//! > § 57 (1) Das Gericht setzt die Vollstreckung des Restes einer zeitigen
//! > Freiheitsstrafe zur Bewährung aus, wenn 1. zwei Drittel der verhängten
//! > Strafe, mindestens jedoch zwei Monate, verbüßt sind, […]
//! >
//! > (2) Schon nach Verbüßung der Hälfte einer zeitigen Freiheitsstrafe,
//! > mindestens jedoch von sechs Monaten, kann das Gericht die Vollstreckung
//! > des Restes zur Bewährung aussetzen, wenn 1. die verurteilte Person
//! > erstmals eine Freiheitsstrafe verbüßt und diese zwei Jahre nicht
//! > übersteigt oder 2. […] besondere Umstände vorliegen, […]
//! >
//! > (4) Soweit eine Freiheitsstrafe durch Anrechnung erledigt ist, gilt sie
//! > als verbüßte Strafe im Sinne der Absätze 1 bis 3.
//!
//! > § 57a (1) Das Gericht setzt die Vollstreckung des Restes einer
//! > lebenslangen Freiheitsstrafe zur Bewährung aus, wenn 1. fünfzehn Jahre
//! > der Strafe verbüßt sind, […]
//! > (2) Als verbüßte Strafe im Sinne des Absatzes 1 Satz 1 Nr. 1 gilt jede
//! > Freiheitsentziehung, die der Verurteilte aus Anlaß der Tat erlitten hat.
//!
//! (StGB, snapshot of 2022-03-26.) The dates are the earliest the time
//! condition is met; the other conditions (consent, public safety, the
//! gravity of guilt under § 57a ¶1 Nr. 2) are for the court.
//!
//! Method: the Rechtspfleger's Strafzeitberechnung ([`super::strafzeit`]):
//! the term's days D from Strafbeginn; two-thirds is ⌊2D/3⌋ days, half is
//! ⌊D/2⌋ days, credited custody deducted (¶4); the date is the day on which
//! that part is served, or the last day of two (six) months if later.

use super::{IN_FORCE, SNAPSHOT_NOTE};
use crate::law::{Rule, Verification};
use crate::penalty::Term;

/// § 57 ¶1 Nr. 1: two-thirds, at least two months.
pub static STGB_57_1_TWO_THIRDS: Rule = Rule {
    id: "de.stgb57.1.two-thirds",
    citation: "StGB § 57 ¶1 Nr. 1, ¶4",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "fixed term: the rest is suspended once two-thirds, at least two months, are served (credited custody counts as served)",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// § 57 ¶2: half, at least six months.
pub static STGB_57_2_HALF: Rule = Rule {
    id: "de.stgb57.2.half",
    citation: "StGB § 57 ¶2",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "fixed term: the rest may be suspended after half, at least six months, for a first term of at most two years or in special circumstances",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// § 57a ¶1 Nr. 1, ¶2: life, fifteen years.
pub static STGB_57A_LIFE: Rule = Rule {
    id: "de.stgb57a.1.life-15-years",
    citation: "StGB § 57a ¶1 Nr. 1, ¶2",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "life imprisonment: the rest is suspended once fifteen years are served, every deprivation of liberty for the offence counting as served",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&STGB_57_1_TWO_THIRDS, &STGB_57_2_HALF, &STGB_57A_LIFE];

/// The minimum served under § 57 ¶1 (two months) and ¶2 (six months).
pub const TWO_THIRDS_MINIMUM: Term = Term::months(2);
pub const HALF_MINIMUM: Term = Term::months(6);
/// § 57 ¶2 Nr. 1: a first term of at most two years.
pub const HALF_FIRST_TERM_LIMIT: Term = Term::years(2);
/// § 57a ¶1 Nr. 1.
pub const LIFE_MINIMUM: Term = Term::years(15);
