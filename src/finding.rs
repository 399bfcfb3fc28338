//! Findings: everything the tool has to say about a case besides its figures —
//! input errors, legal errors in the court's figures, warnings, the
//! assumptions it made, and rules it applied that are not verified against a
//! primary source.

use crate::message::{Msg, MsgId};
use serde::Serialize;
use std::fmt;

/// Where in a case file something is: 1-based line and column (in
/// characters), and the byte range for drawing a caret under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Span {
    pub line: u64,
    pub column: u64,
    #[serde(skip)]
    pub byte_offset: usize,
    #[serde(skip)]
    pub byte_len: usize,
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// The input is wrong, or the court's figure is outside what the law allows.
    Error,
    /// Something a reader should check: an unusual but possible figure.
    Warning,
    /// A rule was applied that the bundled sources do not confirm (UNVERIFIED).
    Unverified,
    /// The tool had to assume something (a missing date, a version of the law).
    Assumption,
    /// Information: the law does not settle a point, or a choice did not matter.
    Note,
}

impl Severity {
    /// The lower-case name used in output.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Unverified => "unverified",
            Severity::Assumption => "assumption",
            Severity::Note => "note",
        }
    }
}

impl Severity {
    /// The message naming it (`error` / `错误`); `i18n` renders it
    /// (`Severity::label`).
    pub fn msg_id(self) -> MsgId {
        match self {
            Severity::Error => MsgId::SeverityError,
            Severity::Warning => MsgId::SeverityWarning,
            Severity::Unverified => MsgId::SeverityUnverified,
            Severity::Assumption => MsgId::SeverityAssumption,
            Severity::Note => MsgId::SeverityNote,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One thing the tool reports about a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    /// A stable identifier, such as `cn.cl69.outside-range` or `input.unknown-field`.
    pub code: &'static str,
    pub message: Msg,
    /// The field concerned, as a path (`defendants[0].judgments[0].counts[1].penalty`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<Msg>,
}

impl Finding {
    /// A finding with no location or hint.
    pub fn new(severity: Severity, code: &'static str, message: impl Into<Msg>) -> Finding {
        Finding {
            severity,
            code,
            message: message.into(),
            field: None,
            span: None,
            hint: None,
        }
    }

    /// Adds the place in the file.
    pub fn at(mut self, span: Span) -> Finding {
        self.span = Some(span);
        self
    }

    /// Adds the place in the file if known.
    pub fn at_opt(mut self, span: Option<Span>) -> Finding {
        self.span = span;
        self
    }

    /// Adds the field path.
    pub fn field(mut self, field: impl Into<String>) -> Finding {
        self.field = Some(field.into());
        self
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<Msg>) -> Finding {
        self.hint = Some(hint.into());
        self
    }

    /// True for error findings.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
