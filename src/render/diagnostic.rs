//! Input problems as a compiler would show them: `file:line:column`, the
//! source line with a caret under the place, and a hint.

use crate::finding::{Finding, Severity};
use crate::i18n::Lang;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// A file's line starts, found once (one pass over the text) and shared by
/// all its findings, so that rendering n findings is O(file + n × line
/// shown) instead of O(n × file) (issue #16: 100,000 findings took minutes).
#[derive(Debug)]
pub struct SourceIndex<'a> {
    source: &'a str,
    line_starts: std::sync::OnceLock<Vec<usize>>,
    /// Bytes handed to the snippet renderer so far (a measure of the work,
    /// for the tests of linearity).
    shown_bytes: std::cell::Cell<usize>,
}

impl<'a> SourceIndex<'a> {
    /// An index of `source`; the line starts are found on first use.
    pub fn new(source: &'a str) -> Self {
        Self {
            source,
            line_starts: std::sync::OnceLock::new(),
            shown_bytes: std::cell::Cell::new(0),
        }
    }

    fn starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            // A line ends at LF, CRLF or a lone CR, as YAML counts lines.
            let bytes = self.source.as_bytes();
            std::iter::once(0)
                .chain(bytes.iter().enumerate().filter_map(|(i, b)| {
                    let ends = *b == b'\n' || (*b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
                    ends.then_some(i.saturating_add(1))
                }))
                .collect()
        })
    }

    /// The byte offset where line `line` (1-based) starts, and its text
    /// without the line end.
    fn line(&self, line: u64) -> Option<(usize, &'a str)> {
        let index = usize::try_from(line.checked_sub(1)?).ok()?;
        let starts = self.starts();
        let start = *starts.get(index)?;
        // The line ends where the next begins, less its line break: O(1),
        // not a scan of a long line for every finding on it.
        let end = match starts.get(index.saturating_add(1)) {
            Some(&next) => {
                let text = self.source.get(start..next)?;
                next - (text.len() - text.trim_end_matches(['\n', '\r']).len()).min(2)
            }
            None => self.source.len(),
        };
        Some((start, self.source.get(start..end.max(start))?))
    }

    /// Bytes of source handed to the snippet renderer so far.
    pub fn shown_bytes(&self) -> usize {
        self.shown_bytes.get()
    }
}

/// The line a finding points at and the byte range in it: its recorded
/// range when there is one, else the token starting at its line and column.
fn line_range<'a>(
    index: &SourceIndex<'a>,
    f: &Finding,
) -> Option<(u64, &'a str, std::ops::Range<usize>)> {
    let span = f.span?;
    if span.line == 0 {
        return None;
    }
    let (line_start, line) = index.line(span.line)?;
    let line_end = line_start.saturating_add(line.len());
    if span.byte_len > 0 && span.byte_offset >= line_start && span.byte_offset <= line_end {
        let start = span.byte_offset - line_start;
        let end = span
            .byte_offset
            .saturating_add(span.byte_len)
            .min(line_end)
            .max(span.byte_offset.saturating_add(1))
            .saturating_sub(line_start)
            .min(line.len());
        if line.is_char_boundary(start) && line.is_char_boundary(end) && start <= end {
            return Some((span.line, line, start..end.max(start)));
        }
    }
    let column = usize::try_from(span.column.saturating_sub(1)).ok()?;
    let start = line
        .char_indices()
        .nth(column)
        .map_or(line.len(), |(i, _)| i);
    let rest = line.get(start..).unwrap_or("");
    let token_len = rest
        .find(|c: char| c.is_whitespace())
        .unwrap_or(rest.len())
        .max(1);
    Some((
        span.line,
        line,
        start..start.saturating_add(token_len).min(line.len()),
    ))
}

/// Lines longer than this are shown as a window around the place.
const LONGEST_LINE_SHOWN: usize = 400;
/// Bytes of context on each side of the place in a window.
const WINDOW_CONTEXT: usize = 80;
/// Most bytes underlined in a window.
const WINDOW_MARK: usize = 160;

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The part of a long line shown around `range`, with `…` where it is cut,
/// and the range within it. A short line is shown whole.
fn window(
    line: &str,
    range: std::ops::Range<usize>,
) -> (std::borrow::Cow<'_, str>, std::ops::Range<usize>) {
    if line.len() <= LONGEST_LINE_SHOWN {
        return (std::borrow::Cow::Borrowed(line), range);
    }
    let mark_end = ceil_boundary(line, range.end.min(range.start.saturating_add(WINDOW_MARK)));
    let from = floor_boundary(line, range.start.saturating_sub(WINDOW_CONTEXT));
    let to = ceil_boundary(line, mark_end.saturating_add(WINDOW_CONTEXT));
    let mut text = String::with_capacity(to - from + 8);
    if from > 0 {
        text.push('…');
    }
    let shift = text.len();
    text.push_str(line.get(from..to).unwrap_or(""));
    if to < line.len() {
        text.push('…');
    }
    let start = range.start - from + shift;
    let end = mark_end.max(range.start) - from + shift;
    (std::borrow::Cow::Owned(text), start..end)
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
/// the source line with a caret, and the hint. For several findings of one
/// file, build a [`SourceIndex`] once and use [`render_indexed`].
pub fn render_finding(path: &str, source: &str, f: &Finding, lang: Lang) -> String {
    render_indexed(path, &SourceIndex::new(source), f, lang)
}

/// [`render_finding`] against an index of the file: only the line the
/// finding points at (a window of it, when it is long) is rendered.
pub fn render_indexed(path: &str, index: &SourceIndex<'_>, f: &Finding, lang: Lang) -> String {
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
    let mut fix_column: Option<(String, String)> = None;
    let shown = line_range(index, f).map(|(line_no, line, range)| {
        let (text, range) = window(line, range);
        (line_no, line.len() > LONGEST_LINE_SHOWN, text, range)
    });
    match shown {
        Some((line_no, windowed, text, range)) if !index.source.is_empty() => {
            index
                .shown_bytes
                .set(index.shown_bytes.get().saturating_add(text.len()));
            let label = f.field.as_deref().unwrap_or("");
            let line_start = usize::try_from(line_no).unwrap_or(usize::MAX);
            let window_column = text
                .get(..range.start)
                .map_or(0, |t| t.chars().count())
                .saturating_add(1);
            let snippet = Snippet::source(text)
                .line_start(line_start)
                .fold(true)
                .annotation(AnnotationKind::Primary.span(range).label(label));
            let snippet = snippet.path(path);
            groups.push(Group::with_title(title).element(snippet));
            if windowed {
                // The renderer counts the column in the window: put the
                // file's own column back in the ` --> file:line:column` line.
                let column = f.span.map_or(1, |s| s.column);
                fix_column = Some((
                    format!("{path}:{line_no}:{window_column}"),
                    format!("{path}:{line_no}:{column}"),
                ));
            }
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
    let rendered = Renderer::styled().render(&groups);
    match fix_column {
        Some((window, file)) => match rendered.find('\n') {
            Some(title_end) => {
                let (title, rest) = rendered.split_at(title_end);
                format!("{title}{}", rest.replacen(&window, &file, 1))
            }
            None => rendered,
        },
        None => rendered,
    }
}
