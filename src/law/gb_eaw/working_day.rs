//! The day a release takes effect on the MoJ's timeline: a release due on a
//! day that is not a working day is brought forward to the working day
//! before (the MoJ's `BookingTimelineService.calculateLatestCustodialRelease`
//! with `WorkingDayService.previousWorkingDay`); what happens after that day
//! (days at large, days awarded) happens during the licence. The named
//! release dates themselves are not moved.

use crate::calendar::{DateArithmeticError, add_days};
use crate::law::{Rule, Verification};
use jiff::civil::{Date, Weekday};

/// The working day on or before `day`: Saturdays and Sundays are not
/// working days; bank holidays are not modelled.
pub fn previous_working_day(day: Date) -> Result<Date, DateArithmeticError> {
    let mut d = day;
    while matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) {
        d = add_days(d, -1)?;
    }
    Ok(d)
}

/// The timeline's release day.
pub static RELEASE_ON_A_WORKING_DAY: Rule = Rule {
    id: "gb.moj.release-working-day",
    citation: "MoJ calculator: release on the previous working day (timeline)",
    in_force_from: super::release::CJA_2003,
    in_force_until: None,
    summary: "on the timeline, a release due on a Saturday or Sunday takes effect on the Friday before: days at large or awarded from then on fall in the licence period",
    verification: Verification::Unverified(
        "follows BookingTimelineService.calculateLatestCustodialRelease and WorkingDayService.previousWorkingDay in calculate-release-dates-api; CJA 2003 s. 243A/s. 244 release on a non-working day was not read, and bank holidays of England and Wales are not modelled (the MoJ's test suite mocks only 2021-12-27 and 2021-12-28)",
    ),
};

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn moj_release_due_on_a_sunday_takes_effect_on_the_friday_before() {
        assert_eq!(
            previous_working_day(date(2023, 2, 12)).unwrap(),
            date(2023, 2, 10)
        );
        assert_eq!(
            previous_working_day(date(2023, 2, 13)).unwrap(),
            date(2023, 2, 13)
        );
    }
}
