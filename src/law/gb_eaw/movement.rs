//! Releases from and returns to custody recorded in the booking (the
//! prison's external movements), as the booking records them; what the
//! release-date method makes of them is in `out_of_custody.rs`.

use crate::case::MovementRecord;
use jiff::civil::Date;

/// Whether a movement is out of prison or into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Out,
    In,
}

/// Why the prisoner was released or admitted (the prison's movement
/// reasons the method distinguishes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Release on home detention curfew (CJA 2003 s. 246).
    HomeDetentionCurfew,
    /// Removal under the early removal scheme (s. 260).
    EarlyRemoval,
    Parole,
    /// End of custody supervised licence (2007–2010).
    EndOfCustodyLicence,
    /// Release at the conditional release date.
    ConditionalRelease,
    /// Release at the end of a detention and training order's custody.
    DetentionAndTraining,
    ImmigrationBail,
    /// Release after a recall.
    RecallRelease,
    /// Admission on sentence.
    Sentence,
    /// Admission on remand.
    Remand,
    /// Return to custody on recall.
    RecallAdmission,
    /// Return to custody on recall from home detention curfew.
    CurfewRecall,
    /// Return after breaching the early removal scheme.
    EarlyRemovalBreach,
    /// Return after a removal under the scheme failed.
    FailedRemoval,
}

/// One release or admission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Movement {
    pub day: Date,
    pub direction: Direction,
    pub reason: Reason,
}

/// A movement as a case file records it (`movements:` of a GB-EAW
/// defendant).
pub fn from_record(r: &MovementRecord) -> Movement {
    use crate::case::MovementKindId as K;
    let (reason, direction) = match r.kind {
        K::HomeDetentionCurfew => (Reason::HomeDetentionCurfew, Direction::Out),
        K::EarlyRemoval => (Reason::EarlyRemoval, Direction::Out),
        K::Parole => (Reason::Parole, Direction::Out),
        K::EndOfCustodyLicence => (Reason::EndOfCustodyLicence, Direction::Out),
        K::ConditionalRelease => (Reason::ConditionalRelease, Direction::Out),
        K::DetentionAndTraining => (Reason::DetentionAndTraining, Direction::Out),
        K::ImmigrationBail => (Reason::ImmigrationBail, Direction::Out),
        K::RecallRelease => (Reason::RecallRelease, Direction::Out),
        K::Sentence => (Reason::Sentence, Direction::In),
        K::Remand => (Reason::Remand, Direction::In),
        K::RecallAdmission => (Reason::RecallAdmission, Direction::In),
        K::CurfewRecall => (Reason::CurfewRecall, Direction::In),
        K::EarlyRemovalBreach => (Reason::EarlyRemovalBreach, Direction::In),
        K::FailedRemoval => (Reason::FailedRemoval, Direction::In),
    };
    Movement {
        day: r.day.value,
        direction,
        reason,
    }
}
