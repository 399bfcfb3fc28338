//! YAML tags (`!!binary`, `!!str`, `!custom`) are no part of the case format.
//! The parser would act on some of them silently (`!!binary` decodes base64,
//! so a penalty can hide as `!!binary MSB5ZWFy`), so any tag is refused with
//! a located error before the file is read as a case.

use crate::finding::{Finding, Severity, Span};
use crate::message::{Msg, MsgId};
use serde_saphyr::granit_parser::{Event, Parser};

/// The first tag in `text`, as an error finding at the tag. A file without
/// a `!` has no tag and is not parsed again; a file the parser cannot read
/// gives `None` here (the case reader reports the syntax error).
pub fn first_tag(text: &str) -> Option<Finding> {
    if !text.as_bytes().contains(&b'!') {
        return None;
    }
    for event in Parser::new_from_str(text) {
        let (event, span) = event.ok()?;
        let tag = match &event {
            Event::Scalar(_, _, _, tag)
            | Event::SequenceStart(_, _, tag)
            | Event::MappingStart(_, _, tag) => tag,
            _ => continue,
        };
        let Some(tag) = tag else { continue };
        let at = span
            .tag_start
            .and_then(|m| m.byte_offset())
            .or_else(|| span.start.byte_offset())
            .unwrap_or(0);
        let written: String = text
            .get(at..)
            .unwrap_or("")
            .chars()
            .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ']' | '}'))
            .take(100)
            .collect();
        let written = if written.starts_with('!') {
            written
        } else {
            tag.to_string()
        };
        return Some(
            Finding::new(
                Severity::Error,
                "input.yaml-tag",
                Msg::new(MsgId::InYamlTag).arg("tag", written.clone()),
            )
            .at(span_at(text, at, written.len()))
            .hint(MsgId::InYamlTagHint),
        );
    }
    None
}

/// Line and column (1-based, the column in characters) of a byte offset.
fn span_at(text: &str, at: usize, len: usize) -> Span {
    let before = text.get(..at).unwrap_or("");
    let line = before.matches('\n').count().saturating_add(1);
    let line_start = before.rfind('\n').map_or(0, |i| i.saturating_add(1));
    let column = before
        .get(line_start..)
        .map_or(0, |l| l.chars().count())
        .saturating_add(1);
    Span {
        line: u64::try_from(line).unwrap_or(u64::MAX),
        column: u64::try_from(column).unwrap_or(u64::MAX),
        byte_offset: at,
        byte_len: len,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_tag_is_found_where_it_is() {
        let f = first_tag("case: x\npenalty: !!binary MSB5ZWFy\n").unwrap();
        assert_eq!(f.code, "input.yaml-tag");
        let s = f.span.unwrap();
        assert_eq!((s.line, s.column, s.byte_len), (2, 10, 8));
    }

    #[test]
    fn local_and_collection_tags_are_found() {
        assert!(first_tag("a: !custom x\n").is_some());
        assert!(first_tag("a: !!map {b: c}\n").is_some());
        assert!(first_tag("a: !!seq [b]\n").is_some());
    }

    #[test]
    fn exclamation_marks_in_text_are_not_tags() {
        assert!(
            first_tag(
                "a: 'hello !x'\nb: \"!!binary\"\nc: it works!\n# !!binary\nd: |\n  !!binary x\n"
            )
            .is_none()
        );
    }
}
