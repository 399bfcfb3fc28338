//! The facts of a recall after release on licence (CJA 2003 s. 254), as
//! the booking records them; the method is in `post_recall.rs`.

use jiff::civil::Date;

/// The kind of a recall.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecallKind {
    /// Standard recall (s. 255C): to the end of the sentence.
    Standard,
    /// Fixed-term recall (s. 255B) of this many days (14, 28 or 56).
    FixedTerm(u32),
}

/// A recall of one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recall {
    pub kind: RecallKind,
    /// The day the licence was revoked.
    pub revoked: Option<Date>,
    /// The day the offender returned to custody (needed for a fixed term).
    pub returned: Option<Date>,
}

/// The booking's facts about recalls.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecallFacts {
    /// The day of return to custody the booking records (the fixed-term
    /// windows for days at large and awarded days run from it).
    pub return_to_custody: Option<Date>,
    /// Days remanded in custody credited to the recalled sentences.
    pub remand_days: i64,
    /// Days of tagged bail credited to the recalled sentences.
    pub tagged_bail_days: i64,
    /// Sentences passed on several days: the remand and tagged bail above
    /// by the day of sentence they are credited from, (day, days); empty:
    /// all from the first day of sentence.
    pub by_day: Vec<(Date, i64)>,
}
