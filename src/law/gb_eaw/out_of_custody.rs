//! What the release-date method makes of the releases and returns the
//! booking records (`movement.rs`), as the Ministry of Justice reads them
//! (calculate-release-dates-api, `ExternalMovementTimeline`, `TimelineExternalMovementCalculationHandler`,
//! `SDSLegislation.SDS40Legislation.anyReasonTheTrancheCannotApply`):
//! - a release while sentences are in custody ends that period in custody
//!   on the day of release (a later sentence starts a new one), unless it is
//!   a removal under the early removal scheme that counts as custody;
//! - a prisoner out of custody on the day an SI 2024/844 tranche
//!   commences is not released under it (the old law's dates stand), unless
//!   unlawfully at large that day after a release other than on home
//!   detention curfew, early removal or end of custody supervised licence.

use super::booking::Booking;
use super::movement::{Direction, Movement, Reason};
use crate::law::{Rule, Verification};
use jiff::civil::{Date, date};

/// From this day a removal under the early removal scheme counts as
/// custody whatever follows it: the sentence's clock stops while the
/// prisoner is removed (CJA 2003 s. 260 as amended by the Police, Crime,
/// Sentencing and Courts Act 2022; the MoJ's `ERS_STOP_CLOCK_COMMENCEMENT`).
pub const ERS_STOP_CLOCK: Date = date(2022, 6, 28);

/// A release ends the period in custody.
pub static RELEASE_ENDS_CUSTODY: Rule = Rule {
    id: "gb.movement.release-ends-custody",
    citation: "CJA 2003 s. 244, s. 246, s. 260; Sentence Calculation Policy Framework (external movements)",
    in_force_from: super::rules::CJA_2003,
    in_force_until: None,
    summary: "a release recorded while sentences are in custody (home detention curfew, end of custody licence, release at the conditional release date, etc.) ends that period in custody on the day of release: a sentence passed later starts a new period; a removal under the early removal scheme counts as custody when it failed or is on or after 2022-06-28",
    verification: Verification::Unverified(
        "follows the MoJ's method (calculate-release-dates-api, TimelineExternalMovementCalculationHandler: the day of a release becomes the group's release day and no calculation is made that day; ERS_STOP_CLOCK_COMMENCEMENT 2022-06-28); the Policy Framework's text on movements was not read",
    ),
};

/// Out of custody on a tranche day of SI 2024/844.
pub static OUT_AT_TRANCHE: Rule = Rule {
    id: "gb.si2024-844.out-at-tranche",
    citation: "SI 2024/844 art. 2; CJA 2003 s. 244(1ZA)",
    in_force_from: super::release::SDS40_UNDER_5,
    in_force_until: None,
    summary: "a prisoner already released (not recalled and returned) before the day an SI 2024/844 tranche commences is not released at 40 %: the old law's dates stand; unlawfully at large on that day counts as in custody, except after a release on home detention curfew, early removal or end of custody licence",
    verification: Verification::Unverified(
        "follows the MoJ's method (calculate-release-dates-api, SDSLegislation.SDS40Legislation.isOutOfCustodyAtAllocatedTrancheDate, ExternalMovementTimeline.statusBeforeDate); the order reaches prisoners serving a sentence, its transitional text for those on licence was not read",
    ),
};

/// Rules of this module.
pub static RULES: &[&Rule] = &[&RELEASE_ENDS_CUSTODY, &OUT_AT_TRANCHE];

/// The release the prisoner is out on the day before `day`, with the
/// admission that ends it (if any): the last movement before `day`, when
/// it is a release (the MoJ's `statusBeforeDate`).
pub fn out_before(b: &Booking, day: Date) -> Option<(Movement, Option<Movement>)> {
    let last = b
        .movements
        .iter()
        .filter(|m| m.day < day)
        .max_by_key(|m| m.day)?;
    (last.direction == Direction::Out).then(|| (*last, after(b, last.day)))
}

/// The first movement after `day`.
fn after(b: &Booking, day: Date) -> Option<Movement> {
    b.movements
        .iter()
        .filter(|m| m.day > day)
        .min_by_key(|m| m.day)
        .copied()
}

/// The movement the timeline keeps for `day`: the last recorded that day
/// (the MoJ's `ExternalMovementTimeline` keeps one per day).
fn on_day(b: &Booking, day: Date) -> Option<&Movement> {
    b.movements.iter().rfind(|m| m.day == day)
}

/// A release on `day` ends the period in custody (`RELEASE_ENDS_CUSTODY`):
/// a release that day, not a removal under the early removal scheme
/// counting as custody.
pub fn release_on(b: &Booking, day: Date) -> bool {
    let Some(m) = on_day(b, day).filter(|m| m.direction == Direction::Out) else {
        return false;
    };
    let counts_as_custody = m.reason == Reason::EarlyRemoval
        && (after(b, day).is_some_and(|n| n.reason == Reason::FailedRemoval)
            || day >= ERS_STOP_CLOCK);
    !counts_as_custody
}

/// A release of any kind is recorded on `day`: no calculation is made that
/// day (an admission changes nothing).
pub fn release_recorded_on(b: &Booking, day: Date) -> bool {
    on_day(b, day).is_some_and(|m| m.direction == Direction::Out)
}

/// The tranche commencing on `tranche` does not apply: the prisoner is
/// out of custody the day it commences (`OUT_AT_TRANCHE`).
pub fn out_at_tranche(b: &Booking, tranche: Date) -> bool {
    let Some((release, _)) = out_before(b, tranche) else {
        return false;
    };
    if matches!(
        release.reason,
        Reason::HomeDetentionCurfew | Reason::EarlyRemoval | Reason::EndOfCustodyLicence
    ) {
        return true;
    }
    // Unlawfully at large that day: in custody for the order. The periods
    // the method knows by then are those applied from before the tranche
    // day, with their first and last days.
    !b.at_large.iter().any(|u| {
        u.from < tranche
            && u.last_day.is_some_and(|last| {
                last >= tranche && u.first_day.is_some_and(|first| first < tranche)
            })
    })
}
