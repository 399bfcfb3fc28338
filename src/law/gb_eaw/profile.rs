//! The data of the MoJ's legislation profiles that the booking carries:
//! the progression model's tranches (`application-sds-progression-model-october.yml`
//! in calculate-release-dates-api) and the feature toggles switched on with
//! it. The method that reads them is in `progression.rs`; this file sits
//! below the booking so that the booking can name them.

use jiff::civil::{Date, date};

/// One tranche: the sentences whose length is at most `up_to_days` (the
/// last tranche: all others) come under the model on `date`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tranche {
    pub number: u8,
    pub up_to_days: Option<i64>,
    pub date: Date,
}

/// The model's tranches, in order.
#[derive(Debug, PartialEq, Eq)]
pub struct Progression {
    pub tranches: &'static [Tranche],
}

impl Progression {
    /// The first tranche day.
    pub fn commencement(&self) -> Date {
        self.tranches.first().map_or(date(9999, 12, 31), |t| t.date)
    }

    /// The tranche of a booking whose longest term runs `days` days.
    pub fn tranche_for(&self, days: i64) -> Option<Tranche> {
        self.tranches
            .iter()
            .find(|t| t.up_to_days.is_none_or(|n| days <= n))
            .copied()
    }
}

/// The progression model's commencement in the MoJ's profile: the day of its
/// first tranche (`tranche(1, …)` below), from which its rules are in force.
pub const SA2026_COMMENCEMENT: Date = date(2026, 10, 1);

const fn tranche(number: u8, up_to_days: Option<i64>, y: i16, m: i8, d: i8) -> Tranche {
    Tranche {
        number,
        up_to_days,
        date: date(y, m, d),
    }
}

/// The MoJ's `application-sds-progression-model-october.yml`.
pub static OCTOBER_2026: Progression = Progression {
    tranches: &[
        tranche(1, Some(574), 2026, 10, 1),
        tranche(2, Some(882), 2026, 10, 13),
        tranche(3, Some(1162), 2026, 11, 10),
        tranche(4, Some(1561), 2026, 12, 8),
        tranche(5, Some(2121), 2027, 1, 12),
        tranche(6, Some(2758), 2027, 2, 9),
        tranche(7, Some(3283), 2027, 3, 9),
        tranche(8, Some(3654), 2027, 4, 13),
        tranche(9, Some(4396), 2027, 5, 11),
        tranche(10, None, 2027, 6, 8),
    ],
};

/// The MoJ's feature toggles that change dates, switched on with a
/// legislation profile (each named after its toggle).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Toggles {
    /// `applyPostRecallRepealRules`: top-up supervision repealed (no TUSED).
    pub top_up_supervision_repealed: bool,
    /// `applyPostHdcedRepealRules`: no HDC for an adult from the clean stop
    /// day, nor under the progression model.
    pub hdc_repealed: bool,
    /// `adultHdcSuspended`: no HDC for an adult.
    pub adult_hdc_suspended: bool,
    /// `useLatestErsedFromPreErs30Snapshot`: a consecutive chain spanning
    /// the ERS 30 commencement keeps a later ERSED it had before it.
    pub ersed_from_before_ers30: bool,
}

impl Toggles {
    pub const NONE: Toggles = Toggles {
        top_up_supervision_repealed: false,
        hdc_repealed: false,
        adult_hdc_suspended: false,
        ersed_from_before_ers30: false,
    };
}

/// The HDC "clean stop": no adult HDC eligibility from this day under the
/// HDC repeal (`HDC_CLEAN_STOP_DATE`).
pub const HDC_CLEAN_STOP: Date = date(2026, 9, 2);
