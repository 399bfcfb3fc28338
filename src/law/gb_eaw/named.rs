//! The release dates in the MoJ's own vocabulary, each with the rule that
//! gives it.

use crate::law::Rule;
use jiff::civil::Date;

/// A date code of the MoJ's calculator (and of NOMIS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateCode {
    /// Home detention curfew eligibility date.
    Hdced,
    /// Early removal scheme eligibility date.
    Ersed,
    /// Parole eligibility date.
    Ped,
    /// Conditional release date (released on licence).
    Crd,
    /// Post-recall release date.
    Prrd,
    /// Automatic release date (released without licence).
    Ard,
    /// Sentence and licence expiry date.
    Sled,
    /// Sentence expiry date (no licence to that day).
    Sed,
    /// Licence expiry date.
    Led,
    /// Top-up supervision expiry date.
    Tused,
    /// Effective sentence end date: the expiry before remand.
    Esed,
    /// Early transfer (release) date of a detention and training order.
    Etd,
    /// Mid-term date of a detention and training order.
    Mtd,
    /// Late transfer (release) date of a detention and training order.
    Ltd,
}

impl DateCode {
    /// Every code, in the order of the report.
    pub const ALL: [DateCode; 14] = [
        DateCode::Hdced,
        DateCode::Ersed,
        DateCode::Ped,
        DateCode::Crd,
        DateCode::Prrd,
        DateCode::Ard,
        DateCode::Sled,
        DateCode::Sed,
        DateCode::Led,
        DateCode::Tused,
        DateCode::Esed,
        DateCode::Etd,
        DateCode::Mtd,
        DateCode::Ltd,
    ];

    /// The code as the MoJ writes it.
    pub fn code(self) -> &'static str {
        match self {
            DateCode::Hdced => "HDCED",
            DateCode::Ersed => "ERSED",
            DateCode::Ped => "PED",
            DateCode::Crd => "CRD",
            DateCode::Prrd => "PRRD",
            DateCode::Ard => "ARD",
            DateCode::Sled => "SLED",
            DateCode::Sed => "SED",
            DateCode::Led => "LED",
            DateCode::Tused => "TUSED",
            DateCode::Esed => "ESED",
            DateCode::Mtd => "MTD",
            DateCode::Etd => "ETD",
            DateCode::Ltd => "LTD",
        }
    }

    /// The code from its text.
    pub fn parse(s: &str) -> Option<DateCode> {
        DateCode::ALL.into_iter().find(|c| c.code() == s)
    }
}

/// A named date.
#[derive(Debug, Clone, Copy)]
pub struct NamedDate {
    pub code: DateCode,
    pub date: Date,
    pub rule: &'static Rule,
}
