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
        .map(|c| (levenshtein(&input_lower, &c.to_lowercase()), *c))
        .filter(|(d, c)| *d <= limit(c))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Edit distance between two strings, in characters.
///
/// Written with iterators over two rolling rows so that it needs no indexing
/// (and so cannot panic); the distances are bounded by the input lengths, so
/// the `+ 1`s cannot overflow.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    // previous[j] = distance between the first i chars of a and the first j of b.
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = Vec::with_capacity(previous.len());
        current.push(i.saturating_add(1));
        for (j, cb) in b.iter().enumerate() {
            // previous[j] (diagonal) and previous[j + 1] (above) always exist:
            // `previous` has b.len() + 1 entries.
            let diagonal = previous.get(j).copied().unwrap_or(usize::MAX);
            let above = previous
                .get(j.saturating_add(1))
                .copied()
                .unwrap_or(usize::MAX);
            let left = current.last().copied().unwrap_or(usize::MAX);
            let substitution = diagonal.saturating_add(usize::from(ca != *cb));
            current.push(
                substitution
                    .min(above.saturating_add(1))
                    .min(left.saturating_add(1)),
            );
        }
        previous = current;
    }
    previous.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("same", "same"), 0);
    }

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
