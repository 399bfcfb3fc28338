//! Reading a case file from disk or memory: size limit, YAML parsing into the
//! raw structs, and conversion into the validated case. Every way this can
//! fail ends in findings with a place in the file; nothing panics.

use super::convert::{convert, span_of};
use super::model::Case;
use super::raw::RawCase;
use crate::finding::{Finding, Severity, Span};
use crate::message::{Arg, Msg, MsgId};
use serde_saphyr::budget::BudgetBreach;
use std::path::{Path, PathBuf};

/// The default largest case file read, in bytes (8 MiB). The command line
/// changes it with `--max-file-size`.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

// Limits on the YAML itself, given to serde-saphyr's budget. A real case file
// nests about eight levels deep (case → defendants → defendant → judgments →
// judgment → counts → count → assumed), uses aliases rarely if at all, and
// has a few hundred nodes. The limits are far above that and far below what
// would take noticeable time or memory. The limits on the number of
// defendants, judgments and counts are in [`super::raw`].

/// Deepest nesting of lists and mappings.
pub const MAX_YAML_DEPTH: usize = 32;
/// Most aliases (`*name`) in a file.
pub const MAX_YAML_ALIASES: usize = 1_000;
/// Most anchors (`&name`) in a file.
pub const MAX_YAML_ANCHORS: usize = 1_000;
/// Most events replayed from aliases in total: what stops a "billion laughs"
/// file, where a few lines of aliases expand to billions of nodes.
pub const MAX_ALIAS_REPLAYED_EVENTS: usize = 100_000;
/// Deepest chain of an alias inside an anchor used by an alias.
pub const MAX_ALIAS_REPLAY_DEPTH: usize = 16;
/// Most nodes (scalars, lists, mappings) in a file. A backstop: the list
/// limits and the file size stop real files well before this.
pub const MAX_YAML_NODES: usize = 1_000_000;
/// Most parser events in a file (about two per node).
pub const MAX_YAML_EVENTS: usize = 2_000_000;
/// Most bytes of scalar text in a file, aliases included.
pub const MAX_YAML_SCALAR_BYTES: usize = 16 * 1024 * 1024;
/// Longest mapping key, in characters (YAML's own limit for plain keys).
pub const MAX_YAML_KEY_CHARS: usize = 1024;

/// A case file as read: its text, the validated case if there were no
/// errors, and every finding from reading it.
#[derive(Debug, Clone)]
pub struct LoadedFile {
    pub path: PathBuf,
    /// The file's text (empty when it could not be read as text).
    pub source: String,
    pub case: Option<Case>,
    pub findings: Vec<Finding>,
}

impl LoadedFile {
    /// True when any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(Finding::is_error)
    }
}

/// Why a file could not be read at all (as opposed to being read and found wrong).
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Reads and checks one case file.
///
/// # Errors
/// [`ReadError::Io`] when the file cannot be opened or read. A file that is
/// read but is not a valid case is not an error here: it comes back with
/// error findings.
pub fn load_file(path: &Path, max_bytes: u64) -> Result<LoadedFile, ReadError> {
    use std::io::Read;
    let io = |source| ReadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if meta.len() > max_bytes {
        return Ok(too_large(path, meta.len(), max_bytes));
    }
    // The size from the metadata is not trusted: a device such as /dev/zero
    // or a pipe reports 0, and a file can grow while it is read. Read at most
    // one byte past the limit, which is enough to tell that it is over.
    let expected = usize::try_from(meta.len().min(max_bytes)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(expected.saturating_add(1));
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    Ok(load_owned_limited(path, bytes, max_bytes))
}

fn too_large(path: &Path, len: u64, max_bytes: u64) -> LoadedFile {
    LoadedFile {
        path: path.to_path_buf(),
        source: String::new(),
        case: None,
        findings: vec![
            Finding::new(
                Severity::Error,
                "input.too-large",
                Msg::new(MsgId::InTooLarge)
                    .arg("len", len)
                    .arg("max", max_bytes),
            )
            .hint(MsgId::InTooLargeHint),
        ],
    }
}

/// Checks a case file held in memory; `path` is only used in messages. Files
/// over [`DEFAULT_MAX_FILE_BYTES`] are refused, as [`load_file`] does.
pub fn load_bytes(path: &Path, bytes: &[u8]) -> LoadedFile {
    load_bytes_limited(path, bytes, DEFAULT_MAX_FILE_BYTES)
}

/// [`load_bytes`] with another size limit, in bytes.
pub fn load_bytes_limited(path: &Path, bytes: &[u8], max_bytes: u64) -> LoadedFile {
    let len = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if len > max_bytes {
        return too_large(path, len, max_bytes);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => load_text(path, text.to_string()),
        Err(e) => not_utf8(path, bytes, &e),
    }
}

/// [`load_bytes_limited`] for bytes the caller owns: a valid file's text is
/// kept without copying it.
fn load_owned_limited(path: &Path, bytes: Vec<u8>, max_bytes: u64) -> LoadedFile {
    let len = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if len > max_bytes {
        return too_large(path, len, max_bytes);
    }
    match String::from_utf8(bytes) {
        Ok(text) => load_text(path, text),
        Err(e) => not_utf8(path, e.as_bytes(), &e.utf8_error()),
    }
}

/// Checks a file's text and keeps it for diagnostics.
fn load_text(path: &Path, source: String) -> LoadedFile {
    let mut case = None;
    let findings = load_str_findings(&source, &mut case);
    LoadedFile {
        path: path.to_path_buf(),
        source,
        case,
        findings,
    }
}

/// The finding for bytes that are not UTF-8, at the first bad byte.
fn not_utf8(path: &Path, bytes: &[u8], e: &std::str::Utf8Error) -> LoadedFile {
    let offset = e.valid_up_to();
    let before = bytes.get(..offset).unwrap_or_default();
    let line = u64::try_from(before.iter().filter(|b| **b == b'\n').count())
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    // The bytes before the bad one are valid UTF-8; count characters.
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i.saturating_add(1));
    let column = before
        .get(line_start..)
        .and_then(|l| std::str::from_utf8(l).ok())
        .map_or(0, |l| l.chars().count());
    let column = u64::try_from(column).unwrap_or(u64::MAX).saturating_add(1);
    LoadedFile {
        path: path.to_path_buf(),
        source: String::new(),
        case: None,
        findings: vec![
            Finding::new(
                Severity::Error,
                "input.not-utf8",
                Msg::new(MsgId::InNotUtf8).arg("offset", offset),
            )
            .at(Span {
                line,
                column,
                byte_offset: 0,
                byte_len: 0,
            })
            .hint(MsgId::InNotUtf8Hint),
        ],
    }
}

/// Longest message kept, in characters: messages quote the input, and a
/// hostile value can be megabytes long.
const MAX_MESSAGE_CHARS: usize = 300;

fn shorten(message: &mut String) {
    if message.chars().count() > MAX_MESSAGE_CHARS {
        let head: String = message.chars().take(MAX_MESSAGE_CHARS / 2).collect();
        let tail: Vec<char> = message.chars().rev().take(MAX_MESSAGE_CHARS / 4).collect();
        let tail: String = tail.into_iter().rev().collect();
        *message = format!("{head}…{tail}");
    }
}

/// Shortens every text quoted in a message (the input's own words).
fn shorten_msg(message: &mut Msg) {
    for (_, arg) in &mut message.args {
        match arg {
            Arg::Text(t) => shorten(t),
            Arg::Named { en, zh } => {
                shorten(en);
                zh.iter_mut().for_each(shorten);
            }
            Arg::Msg(m) => shorten_msg(m),
            _ => {}
        }
    }
}

fn load_str_findings(text: &str, case_out: &mut Option<Case>) -> Vec<Finding> {
    let mut findings = load_str_findings_long(text, case_out);
    for f in &mut findings {
        shorten_msg(&mut f.message);
    }
    findings
}

fn load_str_findings_long(text: &str, case_out: &mut Option<Case>) -> Vec<Finding> {
    if document_start(text).is_none() {
        return vec![
            Finding::new(Severity::Error, "input.empty-file", MsgId::InEmptyFile)
                .hint(MsgId::InEmptyFileHint),
        ];
    }
    if let Some(f) = control_character(text) {
        return vec![f];
    }
    if let Some(f) = super::tags::first_tag(text) {
        return vec![f];
    }
    match parse_raw(text) {
        Ok(raw) => {
            let (case, findings) = convert(&raw);
            *case_out = case;
            findings
        }
        Err(e) => vec![
            tab_finding(text)
                .or_else(|| not_a_mapping(text, &e))
                .unwrap_or_else(|| at_mapping_if_missing(text, yaml_finding(&e))),
        ],
    }
}

/// The parser reports a missing field where the mapping ends (on its last
/// key, often a nested one such as `decided:`); the reader needs the mapping
/// that lacks it. Moves a missing-field finding to the first key of that
/// mapping (after its `- ` when it is a list item).
fn at_mapping_if_missing(text: &str, f: Finding) -> Finding {
    if f.code != "input.missing-field" {
        return f;
    }
    match f.span.and_then(|s| mapping_start(text, s)) {
        Some(span) => f.at(span),
        None => f,
    }
}

/// The first key of the mapping whose key sits at `at`'s column, at or
/// above `at`'s line.
fn mapping_start(text: &str, at: Span) -> Option<Span> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let reported = usize::try_from(at.line).ok()?.checked_sub(1)?;
    let key_column = usize::try_from(at.column).ok()?.checked_sub(1)?;
    // The column where a line's key starts, past indentation and `- `
    // markers, and whether a `- ` marker starts the item on it.
    let key_at = |line: &str| -> Option<(usize, bool)> {
        let mut col = 0;
        let mut rest = line;
        let mut item = false;
        loop {
            let trimmed = rest.trim_start_matches(' ');
            col += rest.len() - trimmed.len();
            rest = trimmed;
            if rest.starts_with("- ") || rest == "-\n" {
                item = true;
                col += 1;
                rest = &rest[1..];
            } else {
                break;
            }
        }
        let content = rest.trim_end();
        (!content.is_empty() && !content.starts_with('#')).then_some((col, item))
    };
    let mut first = reported;
    let (col, item) = key_at(lines.get(reported)?)?;
    if col != key_column {
        return None;
    }
    if !item {
        for (i, line) in lines.iter().enumerate().take(reported).rev() {
            let Some((col, item)) = key_at(line) else {
                continue;
            };
            if col < key_column {
                break;
            }
            if col == key_column {
                first = i;
                if item {
                    break;
                }
            }
        }
    }
    let line = lines.get(first)?;
    let line_start: usize = lines.iter().take(first).map(|l| l.len()).sum();
    let key = line.get(key_column..)?;
    let key_len = key
        .find(|c: char| c == ':' || c.is_whitespace())
        .unwrap_or(key.trim_end().len())
        .max(1);
    Some(Span {
        line: u64::try_from(first + 1).ok()?,
        column: u64::try_from(line.get(..key_column)?.chars().count() + 1).ok()?,
        byte_offset: line_start + key_column,
        byte_len: key_len,
    })
}

/// YAML allows only printable characters (and tab, line feed, carriage
/// return). A NUL or other control character usually means a binary file
/// or one saved as UTF-16.
fn control_character(text: &str) -> Option<Finding> {
    let offset = first_control_character(text.as_bytes())?;
    let c = text.get(offset..)?.chars().next()?;
    let before = text.get(..offset).unwrap_or("");
    let line = before.matches('\n').count().saturating_add(1);
    let line_start = before.rfind('\n').map_or(0, |i| i.saturating_add(1));
    let column = before
        .get(line_start..)
        .map_or(0, |l| l.chars().count())
        .saturating_add(1);
    Some(
        Finding::new(
            Severity::Error,
            "input.control-character",
            Msg::new(MsgId::InControlChar).arg("code", format!("{:04X}", u32::from(c))),
        )
        .at(Span {
            line: u64::try_from(line).unwrap_or(u64::MAX),
            column: u64::try_from(column).unwrap_or(u64::MAX),
            byte_offset: offset,
            byte_len: c.len_utf8(),
        })
        .hint(MsgId::InControlCharHint),
    )
}

/// Bytes that can start a character YAML does not allow: C0 controls other
/// than tab and line ends, DEL, and the lead bytes of the C1 range
/// U+0080–U+009F (0xC2) and of U+FFFE/U+FFFF (0xEF).
fn suspicious(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0b | 0x0c | 0x0e..=0x1f | 0x7f | 0xc2 | 0xef)
}

/// The byte offset of the first character YAML does not allow (C0 controls
/// other than tab and line ends, DEL, C1 controls other than U+0085, U+FFFE,
/// U+FFFF), in valid UTF-8.
///
/// Every file is scanned, so the common case is made cheap: blocks of 64
/// bytes are tested without an early exit (which the compiler turns into
/// vector instructions), and only a block with a suspicious byte is looked at
/// byte by byte.
fn first_control_character(bytes: &[u8]) -> Option<usize> {
    const BLOCK: usize = 64;
    let mut start = 0usize;
    for block in bytes.chunks(BLOCK) {
        if block.iter().fold(false, |any, b| any | suspicious(*b)) {
            for (i, b) in block.iter().enumerate() {
                if !suspicious(*b) {
                    continue;
                }
                let at = start.saturating_add(i);
                let next = |n: usize| bytes.get(at.saturating_add(n)).copied();
                let control = match *b {
                    // U+0080–U+009F, except U+0085 (next line), which YAML allows.
                    0xc2 => next(1).is_some_and(|c| (0x80..=0x9f).contains(&c) && c != 0x85),
                    // U+FFFE and U+FFFF: EF BF BE, EF BF BF.
                    0xef => next(1) == Some(0xbf) && matches!(next(2), Some(0xbe | 0xbf)),
                    _ => true,
                };
                if control {
                    return Some(at);
                }
            }
        }
        start = start.saturating_add(block.len());
    }
    None
}

/// A file whose document is a list or a single value rather than a mapping:
/// the parser reports "expected a mapping" at the first thing in the file.
fn not_a_mapping(text: &str, e: &serde_saphyr::Error) -> Option<Finding> {
    use serde_saphyr::Error as E;
    let inner = original_error(e);
    let is_type_error = matches!(
        inner,
        E::Unexpected { .. } | E::SerdeInvalidType { .. } | E::NullIntoString { .. }
    );
    let location = inner.location()?;
    let start = document_start(text)?;
    if !is_type_error || (location.line(), location.column()) != start {
        return None;
    }
    Some(
        Finding::new(Severity::Error, "input.not-a-mapping", MsgId::InNotAMapping)
            .at(span_of(&location))
            .hint(MsgId::InNotAMappingHint),
    )
}

/// The lines of a YAML text: YAML breaks lines at a line feed, a carriage
/// return and line feed, or a carriage return alone (an old Mac file), so a
/// comment followed by CR-only line ends is not the whole file.
fn yaml_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let t = rest?;
        match t.find(['\n', '\r']) {
            Some(i) => {
                let after_break = if t.get(i..i + 2) == Some("\r\n") {
                    i + 2
                } else {
                    i + 1
                };
                rest = t.get(after_break..);
                t.get(..i)
            }
            None => {
                rest = None;
                Some(t)
            }
        }
    })
}

/// Line and column (1-based, in characters) of the first thing in the
/// document: after a byte-order mark, blank lines, comments, directives and
/// a `---` line.
fn document_start(text: &str) -> Option<(u64, u64)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (index, line) in yaml_lines(text).enumerate() {
        let mut rest = line;
        let mut skipped = 0usize;
        if rest.starts_with('%') {
            continue;
        }
        if let Some(after) = rest.strip_prefix("---")
            && (after.is_empty() || after.starts_with([' ', '\t']))
        {
            rest = after;
            skipped = 3;
        }
        let trimmed = rest.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = rest.len().saturating_sub(trimmed.len());
        let column = skipped.saturating_add(indent).saturating_add(1);
        let line_no = index.saturating_add(1);
        return Some((u64::try_from(line_no).ok()?, u64::try_from(column).ok()?));
    }
    None
}

/// The parser options: YAML 1.2 booleans, and every limit set explicitly.
fn yaml_options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        strict_booleans: true,
        with_snippet: false,
        // Comments are still read and checked as YAML, but their text is not
        // kept: nothing uses it, and keeping it costs time on every file.
        emit_comments: false,
        budget: serde_saphyr::budget! {
            max_depth: MAX_YAML_DEPTH,
            // Flow collections (`[[[…`) count towards the depth as well; one
            // more here lets the depth limit, with its clearer message, trip first.
            flow_nesting_limit: MAX_YAML_DEPTH.saturating_add(1),
            max_aliases: MAX_YAML_ALIASES,
            max_anchors: MAX_YAML_ANCHORS,
            max_nodes: MAX_YAML_NODES,
            max_events: MAX_YAML_EVENTS,
            max_total_scalar_bytes: MAX_YAML_SCALAR_BYTES,
            simple_key_max_lookahead: MAX_YAML_KEY_CHARS,
            // One case per file; a second document is reported as such.
            max_documents: 1,
            max_inclusion_depth: 0,
            // The ratio of aliases to anchors says nothing once the replayed
            // events are limited (below); one anchor used 900 times is fine.
            enforce_alias_anchor_ratio: false,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: MAX_ALIAS_REPLAYED_EVENTS,
            max_replay_stack_depth: MAX_ALIAS_REPLAY_DEPTH,
        },
    }
}

/// YAML forbids tabs in indentation, and the parser's message for them is
/// obscure. When a file fails to parse and a line is indented with a tab,
/// that is almost certainly why: say so, at the tab.
fn tab_finding(text: &str) -> Option<Finding> {
    let mut byte_offset = 0usize;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let indent = line
            .len()
            .saturating_sub(line.trim_start_matches([' ', '\t']).len());
        let in_indent = line.get(..indent).unwrap_or("");
        if let Some(tab) = in_indent.find('\t') {
            // Only indentation before a `key:` or `- ` counts; a tab inside a
            // block of text is allowed.
            let rest = line.get(indent..).unwrap_or("").trim_end();
            if !rest.is_empty() && !rest.starts_with('#') {
                let line_no = u64::try_from(index).unwrap_or(u64::MAX).saturating_add(1);
                let column = u64::try_from(in_indent.get(..tab).map_or(0, |p| p.chars().count()))
                    .unwrap_or(u64::MAX)
                    .saturating_add(1);
                return Some(
                    Finding::new(Severity::Error, "input.tab-indent", MsgId::InTabIndent)
                        .at(Span {
                            line: line_no,
                            column,
                            byte_offset: byte_offset.saturating_add(tab),
                            byte_len: 1,
                        })
                        .hint(MsgId::InTabIndentHint),
                );
            }
        }
        byte_offset = byte_offset.saturating_add(line.len());
    }
    None
}

/// The error under the wrappers that add a snippet or the place of an alias.
fn original_error(e: &serde_saphyr::Error) -> &serde_saphyr::Error {
    let mut e = e;
    loop {
        match e {
            serde_saphyr::Error::WithSnippet { error, .. }
            | serde_saphyr::Error::AliasError { error, .. } => e = error,
            other => return other,
        }
    }
}

/// Turns a YAML or schema error into a finding with a hint.
fn yaml_finding(e: &serde_saphyr::Error) -> Finding {
    use serde_saphyr::Error as E;
    let inner = original_error(e);
    let span = e
        .without_snippet()
        .location()
        .or_else(|| inner.location())
        .map(|l| span_of(&l))
        .filter(|s| s.line > 0);
    let (code, message, hint): (&'static str, Msg, Msg) = match inner {
        E::SerdeUnknownField {
            field, expected, ..
        } => {
            let hint = match crate::text::did_you_mean(field, expected) {
                Some(s) => Msg::new(MsgId::InFieldsAllowedSuggest)
                    .arg("suggestion", s)
                    .arg("list", expected.join(", ")),
                None => Msg::new(MsgId::InFieldsAllowed).arg("list", expected.join(", ")),
            };
            (
                "input.unknown-field",
                Msg::new(MsgId::InUnknownField).arg("field", field.to_string()),
                hint,
            )
        }
        E::SerdeMissingField { field, .. } => (
            "input.missing-field",
            Msg::new(MsgId::InMissingField).arg("field", field.to_string()),
            Msg::new(MsgId::InMissingFieldHint).arg("field", field.to_string()),
        ),
        E::DuplicateMappingKey { key, .. } => (
            "input.duplicate-key",
            match key {
                Some(k) => Msg::new(MsgId::InDuplicateKeyNamed).arg("key", k.as_str()),
                None => Msg::new(MsgId::InDuplicateKey),
            },
            Msg::new(MsgId::InDuplicateKeyHint),
        ),
        E::SerdeInvalidType {
            unexpected,
            expected,
            ..
        } => (
            "input.wrong-type",
            Msg::new(MsgId::InExpectedFound)
                .arg("expected", serde_kind(expected))
                .arg("found", serde_kind(unexpected)),
            type_hint(expected),
        ),
        E::Unexpected { expected, .. } => {
            let what: Arg = if expected.contains("sequence") {
                MsgId::InWhatList.into()
            } else if expected.contains("mapping") {
                MsgId::InWhatMapping.into()
            } else {
                serde_kind(expected)
            };
            (
                "input.wrong-type",
                Msg::new(MsgId::InExpectedHere).arg("what", what),
                type_hint(expected),
            )
        }
        E::InvalidBooleanStrict { .. } => (
            "input.wrong-type",
            Msg::new(MsgId::InExpectedBool),
            Msg::new(MsgId::InExpectedBoolHint),
        ),
        E::NullIntoString { .. } => (
            "input.empty-value",
            Msg::new(MsgId::InEmptyValue),
            Msg::new(MsgId::InEmptyValueHint),
        ),
        E::MultipleDocuments { .. }
        | E::Budget {
            breach: BudgetBreach::Documents { .. },
            ..
        } => (
            "input.several-documents",
            Msg::new(MsgId::InSeveralDocuments),
            Msg::new(MsgId::InSeveralDocumentsHint),
        ),
        E::SerdeInvalidLength { expected, .. } => match list_limit(expected) {
            Some((code, what, max)) => {
                let (name, scope): (MsgId, Arg) = match what {
                    "counts" => (MsgId::InItemCounts, MsgId::InScopePerJudgment.into()),
                    "judgments" => (MsgId::InItemJudgments, MsgId::InScopePerDefendant.into()),
                    "entries" => (MsgId::InItemEntries, MsgId::InScopeInAList.into()),
                    _ => (MsgId::InItemDefendants, "".into()),
                };
                (
                    code,
                    Msg::new(MsgId::InTooManyItems)
                        .arg("max", max)
                        .arg("what", name),
                    Msg::new(MsgId::InTooManyItemsHint)
                        .arg("max", max)
                        .arg("what", name)
                        .arg("scope", scope),
                )
            }
            None => (
                "input.wrong-type",
                Msg::new(MsgId::InExpected).arg("expected", serde_kind(expected)),
                type_hint(expected),
            ),
        },
        E::Budget { breach, .. } => budget_message(breach),
        E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. }
        | E::AliasReplayCounterOverflow { .. } => (
            "input.too-many-aliases",
            Msg::new(MsgId::InAliasesExpand),
            Msg::new(MsgId::InAliasesExpandHint)
                .arg("events", MAX_ALIAS_REPLAYED_EVENTS)
                .arg("depth", MAX_ALIAS_REPLAY_DEPTH),
        ),
        E::ExternalMessage { msg, .. } if msg.contains("recursion limit exceeded") => (
            "input.too-deep",
            Msg::new(MsgId::InTooDeep).arg("max", MAX_YAML_DEPTH),
            Msg::new(MsgId::InTooDeepHint),
        ),
        other => (
            "input.yaml",
            // The parser's own words, English only: the Chinese template
            // says that it is a YAML syntax error and quotes them.
            Msg::new(MsgId::InYaml).arg(
                "detail",
                without_library_advice(&strip_location(&other.to_string())),
            ),
            Msg::new(MsgId::InYamlHint),
        ),
    };
    Finding::new(Severity::Error, code, message)
        .at_opt(span)
        .hint(hint)
}

/// Which list limit an "invalid length" error is about, from the text
/// [`super::raw::Bounded`] gives: (code, what, limit).
fn list_limit(expected: &str) -> Option<(&'static str, &'static str, usize)> {
    use super::raw::{
        MAX_COUNTS, MAX_DEFENDANTS, MAX_JUDGMENTS, MAX_LIST_ITEMS, limit_expectation,
    };
    [
        ("input.too-many-defendants", "defendants", MAX_DEFENDANTS),
        ("input.too-many-judgments", "judgments", MAX_JUDGMENTS),
        ("input.too-many-counts", "counts", MAX_COUNTS),
        ("input.too-many-entries", "entries", MAX_LIST_ITEMS),
    ]
    .into_iter()
    .find(|(_, what, max)| limit_expectation(*max, what) == expected)
}

/// The parser's message without advice meant for programmers using it
/// ("set ignore_binary_tag_for_string in Options"): a user of this tool has
/// no such options.
fn without_library_advice(message: &str) -> String {
    if !message.contains("Options") {
        return message.to_string();
    }
    let cut = [" If you ", ", set ", "; set ", " set "]
        .iter()
        .filter_map(|marker| message.find(marker))
        .min()
        .unwrap_or(message.len());
    message
        .get(..cut)
        .unwrap_or(message)
        .trim_end_matches([' ', ',', ';', '.'])
        .to_string()
}

/// A breach of the YAML budget as (code, message, hint).
fn budget_message(breach: &BudgetBreach) -> (&'static str, Msg, Msg) {
    let simplify = || Msg::new(MsgId::InSimplify);
    match breach {
        BudgetBreach::Depth { .. } => (
            "input.too-deep",
            Msg::new(MsgId::InTooDeep).arg("max", MAX_YAML_DEPTH),
            Msg::new(MsgId::InTooDeepBudgetHint).arg("simplify", simplify()),
        ),
        BudgetBreach::Aliases { .. } => (
            "input.too-many-aliases",
            Msg::new(MsgId::InTooManyAliases).arg("max", MAX_YAML_ALIASES),
            Msg::new(MsgId::InTooManyAliasesHint),
        ),
        BudgetBreach::Anchors { .. } => (
            "input.too-many-aliases",
            Msg::new(MsgId::InTooManyAnchors).arg("max", MAX_YAML_ANCHORS),
            Msg::new(MsgId::InTooManyAnchorsHint),
        ),
        BudgetBreach::Nodes { .. } | BudgetBreach::Events { .. } => (
            "input.too-many-nodes",
            Msg::new(MsgId::InTooManyNodes).arg("max", MAX_YAML_NODES),
            Msg::new(MsgId::InTooManyNodesHint).arg("simplify", simplify()),
        ),
        BudgetBreach::ScalarBytes { .. } => (
            "input.too-large",
            Msg::new(MsgId::InScalarBytes).arg("max", MAX_YAML_SCALAR_BYTES),
            Msg::new(MsgId::InScalarBytesHint),
        ),
        other => (
            "input.yaml-limit",
            Msg::new(MsgId::InYamlLimit).arg("detail", format!("{other:?}")),
            simplify(),
        ),
    }
}

/// What the YAML reader expected or found (`string scalar`, `a sequence`,
/// `map`), as it says it in English and in Chinese when it is one of the
/// usual kinds; anything else (the value itself, say) is quoted as is.
fn serde_kind(text: &str) -> Arg {
    let t = text.trim();
    let bare = t
        .strip_prefix("a ")
        .or_else(|| t.strip_prefix("an "))
        .unwrap_or(t);
    let zh = match bare {
        "string scalar" | "string" | "scalar" | "plain scalar" => Some("单个值（文字）"),
        "sequence" | "list" => Some("列表"),
        "map" | "mapping" => Some("映射"),
        "boolean" | "bool" => Some("`true` 或 `false`"),
        "integer" | "unsigned integer" | "number" => Some("整数"),
        "null" | "unit value" => Some("空值"),
        _ => None,
    };
    Arg::Named {
        en: text.to_string(),
        zh: zh.map(str::to_string),
    }
}

fn type_hint(expected: &str) -> Msg {
    Msg::new(if expected.contains("sequence") {
        MsgId::InTypeHintList
    } else if expected.contains("struct") || expected.contains("map") {
        MsgId::InTypeHintMapping
    } else if expected.contains("bool") {
        MsgId::InTypeHintBool
    } else {
        MsgId::InTypeHintDocs
    })
}

/// serde-saphyr appends " at line L column C" to some messages; the
/// finding carries the place separately.
fn strip_location(message: &str) -> String {
    match message.find(" at line ") {
        Some(i) => message.get(..i).unwrap_or(message).to_string(),
        None => message.to_string(),
    }
}

/// Reads a case from a string, for tests and library users.
pub fn load_str(name: &str, text: &str) -> LoadedFile {
    load_bytes(Path::new(name), text.as_bytes())
}

/// Only parses a case file's YAML into the raw structs, with the same crate
/// and options as [`load_bytes`] — no conversion, no law. This is the
/// "parse floor" the batch benchmark compares the whole pipeline against.
///
/// # Errors
/// The YAML or schema error, as serde-saphyr reports it.
pub fn parse_raw(text: &str) -> Result<RawCase, serde_saphyr::Error> {
    serde_saphyr::from_str_with_options::<RawCase>(text, yaml_options())
}

#[cfg(test)]
mod tests {

    #[test]
    fn yaml_lines_break_at_cr_lf_and_crlf() {
        let lines: Vec<&str> = yaml_lines("a\rb\r\nc\nd").collect();
        assert_eq!(lines, ["a", "b", "c", "d"]);
        // A comment, then CR-only line ends: the document starts on line 2.
        assert_eq!(document_start("# c\rcase: x\r"), Some((2, 1)));
    }

    #[test]
    fn no_message_gives_advice_on_parser_options() {
        let m = "cannot deserialize !!binary into a string. If you just use !!binary for documentation/annotation, set ignore_binary_tag_for_string in Options";
        assert_eq!(
            without_library_advice(m),
            "cannot deserialize !!binary into a string"
        );
        assert_eq!(
            without_library_advice(
                "duplicate mapping key: a, set DuplicateKeyPolicy in Options if acceptable"
            ),
            "duplicate mapping key: a"
        );
        assert_eq!(without_library_advice("plain"), "plain");
    }
    use super::*;

    /// The definition the byte scan implements: YAML's printable set
    /// (YAML 1.2 § 5.1) applied character by character.
    fn first_by_chars(text: &str) -> Option<usize> {
        let printable = |c: char| {
            matches!(c, '\t' | '\n' | '\r' | '\u{85}')
                || (!c.is_control() && c != '\u{fffe}' && c != '\u{ffff}')
        };
        text.char_indices()
            .find(|(_, c)| !printable(*c))
            .map(|(i, _)| i)
    }

    #[test]
    fn control_characters_found_at_their_byte_offset() {
        assert_eq!(first_control_character(b"case: a\n"), None);
        assert_eq!(
            first_control_character("a: \u{85}（）\u{fffd}".as_bytes()),
            None
        );
        assert_eq!(first_control_character(b"a: \x00"), Some(3));
        assert_eq!(first_control_character("ab\u{9f}".as_bytes()), Some(2));
        assert_eq!(first_control_character("ab\u{ffff}".as_bytes()), Some(2));
        let long = format!("{}\u{7f}", "x".repeat(130));
        assert_eq!(first_control_character(long.as_bytes()), Some(130));
    }

    proptest::proptest! {
        #[test]
        fn byte_scan_agrees_with_the_printable_set(
            chars in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::char::range('\u{0}', '\u{ff}'),
                    proptest::char::range('\u{fff0}', '\u{ffff}'),
                    proptest::char::range('\u{4e00}', '\u{4e10}'),
                    proptest::char::range('a', 'z'),
                ],
                0..300,
            )
        ) {
            let text: String = chars.into_iter().collect();
            proptest::prop_assert_eq!(first_control_character(text.as_bytes()), first_by_chars(&text));
        }
    }
}
