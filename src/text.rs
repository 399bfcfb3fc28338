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
    candidates
        .iter()
        .map(|c| (levenshtein(&input_lower, &c.to_lowercase()), *c))
        .filter(|(d, c)| *d <= (c.chars().count().max(3) / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Edit distance between two strings, in characters.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
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
