//! Phrase matching shared by the penalty and the money grammars.

/// Matches `phrase` at the start of `rest` and returns the matched byte
/// length. ASCII letters match case-insensitively; a space in the phrase
/// matches one or more whitespace characters; a phrase ending in an ASCII
/// letter must not be followed by another letter (`life` does not match
/// `lifelong`).
pub(super) fn match_phrase(rest: &str, phrase: &str) -> Option<usize> {
    let mut input = rest.char_indices().peekable();
    let mut end = 0;
    for p in phrase.chars() {
        if p == ' ' {
            let mut skipped = false;
            while let Some(&(i, c)) = input.peek() {
                if !c.is_whitespace() {
                    break;
                }
                end = i + c.len_utf8();
                skipped = true;
                input.next();
            }
            if !skipped {
                return None;
            }
        } else {
            let (i, c) = input.next()?;
            if !c.eq_ignore_ascii_case(&p) {
                return None;
            }
            end = i + c.len_utf8();
        }
    }
    let needs_boundary = phrase
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphabetic());
    let at_boundary = input
        .peek()
        .is_none_or(|&(_, c)| !(c.is_ascii_alphabetic() || c == '-' || c == '_'));
    (!needs_boundary || at_boundary).then_some(end)
}

/// The longest entry of `table` that matches at the start of `rest`, with
/// its byte length. Shared with the money grammar.
pub(super) fn longest_match<T: Copy>(rest: &str, table: &[(&str, T)]) -> Option<(usize, T)> {
    // Most phrases fail on their first character; checking it first keeps
    // the lexer linear in practice (it runs for every penalty of every file).
    let first = rest.chars().next()?;
    table
        .iter()
        .filter(|(phrase, _)| {
            phrase
                .chars()
                .next()
                .is_some_and(|p| p.eq_ignore_ascii_case(&first))
        })
        .filter_map(|&(phrase, value)| match_phrase(rest, phrase).map(|len| (len, value)))
        .max_by_key(|&(len, _)| len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_words_only() {
        assert_eq!(match_phrase("life", "life"), Some(4));
        assert_eq!(match_phrase("lifelong", "life"), None);
        assert_eq!(
            match_phrase("LIFE  WITHOUT parole x", "life without parole"),
            Some(20)
        );
        assert_eq!(match_phrase("years'", "years"), Some(5));
    }
}
