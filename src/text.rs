//! Small text helpers shared by the loader and the renderers.

/// The closest of `candidates` to `input`, if it is close enough to be a
/// plausible typing error (edit distance at most a third of the length, and
/// at least 1).
///
/// ```
/// use sentencing::text::did_you_mean;
/// assert_eq!(did_you_mean("penalti", &["penalty", "offence"]), Some("penalty"));
/// assert_eq!(did_you_mean("xyz", &["penalty", "offence"]), None);
/// ```
pub fn did_you_mean<'a>(input: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let input_lower = input.to_lowercase();
    let length = input_lower.chars().count();
    let limit = |c: &str| (c.chars().count().max(3) / 3).max(1);
    candidates
        .iter()
        // The distance is at least the difference in length: skip the table
        // for candidates that cannot be close (a hostile key can be long).
        .filter(|c| c.chars().count().abs_diff(length) <= limit(c))
        .map(|c| (strsim::levenshtein(&input_lower, &c.to_lowercase()), *c))
        .filter(|(d, c)| *d <= limit(c))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(
            did_you_mean("judgements", &["judgments", "custody"]),
            Some("judgments")
        );
        assert_eq!(
            did_you_mean("politcal_rights", &["political_rights", "fine"]),
            Some("political_rights")
        );
    }
}
