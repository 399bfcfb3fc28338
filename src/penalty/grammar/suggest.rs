//! Suggestions for misspelt or abbreviated words.

use super::en::PHRASES_EN;
use super::lexer::Unit;

/// Levenshtein distance, counting an adjacent swap as one edit
/// (`yaers` → `years` is 1): the optimal string alignment distance of `strsim`.
pub(super) fn edit_distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(a, b)
}

/// The closest of `candidates` to `word`, if close enough to be a typo.
pub(super) fn did_you_mean<'c>(
    word: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    let length = word.chars().count();
    let limit = if length <= 4 { 1 } else { 2 };
    candidates
        .into_iter()
        // The distance is at least the difference in length: skip the
        // table (quadratic work) for words that cannot be close, such as a
        // megabyte-long hostile word.
        .filter(|c| c.chars().count().abs_diff(length) <= limit)
        .map(|c| (edit_distance(word, c), c))
        .filter(|&(d, _)| d > 0 && d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// English words of the keyword table, for suggestions.
pub(super) fn vocabulary() -> impl Iterator<Item = &'static str> {
    PHRASES_EN
        .iter()
        .flat_map(|(phrase, _)| phrase.split(' '))
        .filter(|w| w.len() >= 4 && w.is_ascii())
}

/// What an abbreviated or foreign unit should be written as.
pub(super) fn unit_for_abbreviation(word: &str) -> Option<Unit> {
    match word {
        "y" | "yr" | "yrs" | "a" => Some(Unit::Year),
        "m" | "mo" | "mos" | "mth" | "mths" | "mon" => Some(Unit::Month),
        "d" => Some(Unit::Day),
        _ => None,
    }
}

pub(super) fn is_foreign_unit(word: &str) -> bool {
    matches!(
        word,
        "w" | "wk"
            | "wks"
            | "week"
            | "weeks"
            | "h"
            | "hr"
            | "hrs"
            | "hour"
            | "hours"
            | "min"
            | "mins"
            | "minute"
            | "minutes"
            | "s"
            | "sec"
            | "second"
            | "seconds"
            | "周"
            | "星期"
            | "小时"
            | "分钟"
    )
}
