//! Rules as data: every rule the calculator applies is a [`Rule`] value with
//! its citation, the version of the law it belongs to, the days it is in
//! force, and how far it is verified. Steps and findings point at these, and
//! the rule catalogue is generated from them. A rule is plain data, below the
//! messages that cite it (`crate::message::Arg::Cite`); the steps that apply
//! it are in `step.rs`.

use jiff::civil::Date;
use serde::Serialize;

/// How far a rule is confirmed by the primary texts shipped with the project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "status", content = "detail")]
pub enum Verification {
    /// Checked against the statute or interpretation text in `shared/law`.
    Statute(&'static str),
    /// Taken from the reference summary or from a cited public source (a URL
    /// or a statute section, named in the detail); the primary text is not
    /// bundled.
    Reference(&'static str),
    /// Not confirmed by a primary source. Output says so wherever it is used.
    Unverified(&'static str),
}

impl Verification {
    /// True unless unverified.
    pub fn is_verified(self) -> bool {
        !matches!(self, Verification::Unverified(_))
    }

    /// A short label for tables.
    pub fn label(self) -> &'static str {
        match self {
            Verification::Statute(_) => "statute",
            Verification::Reference(_) => "reference",
            Verification::Unverified(_) => "UNVERIFIED",
        }
    }
}

/// A rule the calculator applies.
#[derive(Debug, Serialize)]
pub struct Rule {
    /// Stable identifier, such as `cn.cl69.limited-aggravation.a8`.
    pub id: &'static str,
    /// The article, paragraph and text version, such as
    /// `CL 69 ¶1 (Amendment VIII text)`.
    pub citation: &'static str,
    /// First day in force.
    pub in_force_from: Date,
    /// Last day in force, if it was replaced.
    pub in_force_until: Option<Date>,
    /// What the rule says, in one line.
    pub summary: &'static str,
    pub verification: Verification,
}

impl Rule {
    /// True if the rule is in force on `day`.
    pub fn in_force_on(&self, day: Date) -> bool {
        day >= self.in_force_from && self.in_force_until.is_none_or(|u| day <= u)
    }

    /// The in-force interval as text: `2011-05-01 –` or `1997-10-01 – 2011-04-30`.
    pub fn in_force_text(&self) -> String {
        match self.in_force_until {
            Some(u) => format!("{} – {}", self.in_force_from, u),
            None => format!("{} –", self.in_force_from),
        }
    }

    /// The citation with an UNVERIFIED mark where that applies.
    pub fn cite(&self) -> String {
        match self.verification {
            Verification::Unverified(_) => format!("{} [UNVERIFIED]", self.citation),
            _ => self.citation.to_string(),
        }
    }
}
