//! Input problems as a compiler would show them: `file:line:column`, the
//! source line with a caret under the place, and a hint.

use crate::finding::{Finding, Severity};
use crate::i18n::Lang;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// The byte range in `source` that a finding points at: its recorded range
/// when there is one, else the token starting at its line and column.
fn byte_range(source: &str, f: &Finding) -> Option<std::ops::Range<usize>> {
    let span = f.span?;
    if span.line == 0 {
        return None;
    }
    let line_index = usize::try_from(span.line - 1).ok()?;
    let line_start: usize = source
        .split_inclusive('\n')
        .take(line_index)
        .map(str::len)
        .sum();
    let line = source.get(line_start..)?.split('\n').next()?;
    if span.byte_len > 0 && span.byte_offset >= line_start && span.byte_offset <= source.len() {
        let end = (span.byte_offset + span.byte_len)
            .min(line_start + line.len())
            .max(span.byte_offset + 1);
        if source.is_char_boundary(span.byte_offset)
            && source.is_char_boundary(end.min(source.len()))
        {
            return Some(span.byte_offset..end.min(source.len()));
        }
    }
    let column = usize::try_from(span.column.saturating_sub(1)).ok()?;
    let start_in_line = line
        .char_indices()
        .nth(column)
        .map_or(line.len(), |(i, _)| i);
    let rest = line.get(start_in_line..).unwrap_or("");
    let token_len = rest
        .find(|c: char| c.is_whitespace())
        .unwrap_or(rest.len())
        .max(1);
    let start = line_start + start_in_line;
    Some(start..(start + token_len).min(source.len()).max(start))
}

/// What to do about a finding: its own hint, or where to look when it has
/// none, so that every diagnostic ends with a `help:` line.
pub fn hint_or_fallback(f: &Finding) -> crate::i18n::Msg {
    match &f.hint {
        Some(h) => h.clone(),
        None if f.code.starts_with("input.") => {
            crate::i18n::Msg::new(crate::i18n::MsgId::DiagFallbackHintInput)
        }
        None => crate::i18n::Msg::new(crate::i18n::MsgId::DiagFallbackHintLaw),
    }
}

/// Renders one finding against the file it concerns, with ANSI colours.
/// Write it through an `anstream` stream, which strips the colours when
/// they are not wanted (a pipe, `NO_COLOR`, `--color never`).
///
/// The first line is `severity[code]: message`, then ` --> file:line:column`,
/// the source line with a caret, and the hint.
pub fn render_finding(path: &str, source: &str, f: &Finding, lang: Lang) -> String {
    let level = match f.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Unverified | Severity::Assumption | Severity::Note => Level::NOTE,
    };
    let message = f.message.render(lang);
    let hint = Some(hint_or_fallback(f).render(lang));
    let title = level.primary_title(message.as_str()).id(f.code);
    let mut groups: Vec<Group<'_>> = Vec::new();
    let location = f
        .span
        .filter(|s| s.line > 0)
        .map(|s| format!("{path}:{}:{}", s.line, s.column))
        .unwrap_or_else(|| path.to_string());
    match byte_range(source, f) {
        Some(range) if !source.is_empty() => {
            let label = f.field.as_deref().unwrap_or("");
            groups.push(
                Group::with_title(title).element(
                    Snippet::source(source)
                        .path(path)
                        .fold(true)
                        .annotation(AnnotationKind::Primary.span(range).label(label)),
                ),
            );
        }
        _ => groups.push(
            Group::with_title(title).element(
                Level::NOTE.no_name().message(
                    crate::i18n::Msg::new(crate::i18n::MsgId::DiagIn)
                        .arg("location", location)
                        .render(lang),
                ),
            ),
        ),
    }
    if let Some(h) = &hint {
        groups.push(Group::with_title(Level::HELP.secondary_title(h.as_str())));
    }
    Renderer::styled().render(&groups)
}
