//! Reading a case file from disk or memory: size limit, YAML parsing into the
//! raw structs, and conversion into the validated case. Every way this can
//! fail ends in findings with a place in the file; nothing panics.

use super::convert::{convert, span_of};
use super::model::Case;
use super::raw::RawCase;
use crate::finding::{Finding, Severity, Span};
use crate::i18n::Msg;
use std::path::{Path, PathBuf};

/// The default largest case file read, in bytes (8 MiB).
pub const DEFAULT_MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

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
    let io = |source| ReadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.len() > max_bytes {
        return Ok(LoadedFile {
            path: path.to_path_buf(),
            source: String::new(),
            case: None,
            findings: vec![
                Finding::new(
                    Severity::Error,
                    "input.too-large",
                    Msg::untranslated(format!(
                        "the file is {} bytes, over the limit of {} bytes",
                        meta.len(),
                        max_bytes
                    )),
                )
                .hint(Msg::untranslated("a case file is normally a few kilobytes; split it, or raise the limit with --max-file-size")),
            ],
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    Ok(load_bytes(path, &bytes))
}

/// Checks a case file held in memory; `path` is only used in messages.
pub fn load_bytes(path: &Path, bytes: &[u8]) -> LoadedFile {
    let mut file = LoadedFile {
        path: path.to_path_buf(),
        source: String::new(),
        case: None,
        findings: Vec::new(),
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.valid_up_to();
            let before = bytes.get(..offset).unwrap_or_default();
            let line = before.iter().filter(|b| **b == b'\n').count() as u64 + 1;
            let column = before.iter().rev().take_while(|b| **b != b'\n').count() as u64 + 1;
            file.findings.push(
                Finding::new(
                    Severity::Error,
                    "input.not-utf8",
                    Msg::untranslated(format!(
                        "the file is not UTF-8 text (invalid byte at offset {offset})"
                    )),
                )
                .at(Span {
                    line,
                    column,
                    byte_offset: 0,
                    byte_len: 0,
                })
                .hint(Msg::untranslated("save the file as UTF-8")),
            );
            return file;
        }
    };
    file.source = text.to_string();
    file.findings
        .extend(load_str_findings(text, &mut file.case));
    file
}

fn load_str_findings(text: &str, case_out: &mut Option<Case>) -> Vec<Finding> {
    let text_no_bom = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text_no_bom.trim().is_empty() {
        return vec![
            Finding::new(
                Severity::Error,
                "input.empty-file",
                Msg::untranslated("the file is empty"),
            )
            .hint(Msg::untranslated(
                "a case file starts with `case:`, `jurisdiction:` and `defendants:`",
            )),
        ];
    }
    let options = serde_saphyr::options! {
        strict_booleans: true,
        with_snippet: false,
    };
    match serde_saphyr::from_str_with_options::<RawCase>(text, options) {
        Ok(raw) => {
            let (case, findings) = convert(&raw);
            *case_out = case;
            findings
        }
        Err(e) => vec![yaml_finding(&e)],
    }
}

/// Turns a YAML or schema error into a finding with a hint.
fn yaml_finding(e: &serde_saphyr::Error) -> Finding {
    use serde_saphyr::Error as E;
    let inner = e.without_snippet();
    let span = inner.location().map(|l| span_of(&l)).filter(|s| s.line > 0);
    let (code, message, hint): (&'static str, String, String) = match inner {
        E::SerdeUnknownField { field, expected, .. } => {
            let hint = match crate::text::did_you_mean(field, expected) {
                Some(s) => format!("did you mean `{s}`? Fields allowed here: {}", expected.join(", ")),
                None => format!("fields allowed here: {}", expected.join(", ")),
            };
            ("input.unknown-field", format!("unknown field `{field}`"), hint)
        }
        E::SerdeMissingField { field, .. } => (
            "input.missing-field",
            format!("missing field `{field}`"),
            format!("add `{field}:` here (see docs/case-format.md)"),
        ),
        E::DuplicateMappingKey { key, .. } => (
            "input.duplicate-key",
            match key {
                Some(k) => format!("the key `{k}` appears twice in the same mapping"),
                None => "a key appears twice in the same mapping".to_string(),
            },
            "YAML keeps only one value per key; remove or rename one of them".to_string(),
        ),
        E::SerdeInvalidType {
            unexpected,
            expected,
            ..
        } => (
            "input.wrong-type",
            format!("expected {expected}, found {unexpected}"),
            type_hint(expected),
        ),
        E::Unexpected { expected, .. } => {
            let what = if expected.contains("sequence") {
                "a list"
            } else if expected.contains("mapping") {
                "a mapping of `key: value` lines"
            } else {
                expected
            };
            (
                "input.wrong-type",
                format!("expected {what} here"),
                type_hint(expected),
            )
        }
        E::InvalidBooleanStrict { .. } => (
            "input.wrong-type",
            "expected `true` or `false`".to_string(),
            "YAML 1.2 booleans are only `true` and `false` (not yes/no/on/off)".to_string(),
        ),
        E::NullIntoString { .. } => (
            "input.empty-value",
            "this value is empty".to_string(),
            "write a value after the colon, or remove the line".to_string(),
        ),
        E::MultipleDocuments { .. } => (
            "input.several-documents",
            "the file holds several YAML documents".to_string(),
            "one case per file: split the documents at `---` into separate files".to_string(),
        ),
        other => (
            "input.yaml",
            strip_location(&other.to_string()),
            "check the YAML syntax at this place: indentation, a missing colon, or an unclosed quote or bracket"
                .to_string(),
        ),
    };
    // Input errors are English only (Msg::untranslated); see docs/i18n.md.
    Finding::new(Severity::Error, code, Msg::untranslated(message))
        .at_opt(span)
        .hint(Msg::untranslated(hint))
}

fn type_hint(expected: &str) -> String {
    if expected.contains("sequence") {
        "this field takes a list: put each item on its own line starting with `- `".to_string()
    } else if expected.contains("struct") || expected.contains("map") {
        "this field takes a mapping of `key: value` lines, indented under it".to_string()
    } else if expected.contains("bool") {
        "write `true` or `false`".to_string()
    } else {
        "see docs/case-format.md for what this field takes".to_string()
    }
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
