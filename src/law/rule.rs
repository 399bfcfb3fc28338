//! Rules as data: every rule the calculator applies is a [`Rule`] value with
//! its citation, the version of the law it belongs to, the days it is in
//! force, and how far it is verified. Steps and findings point at these, and
//! the rule catalogue is generated from them.

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

/// One step of a calculation: the rule applied and the arithmetic, as text.
#[derive(Debug, Clone)]
pub struct Step {
    pub rule: &'static Rule,
    pub text: crate::i18n::Msg,
}

impl Step {
    /// A step applying `rule`, explained by `text`.
    pub fn new(rule: &'static Rule, text: impl Into<crate::i18n::Msg>) -> Step {
        Step {
            rule,
            text: text.into(),
        }
    }
}

impl Serialize for Step {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Step", 4)?;
        st.serialize_field("rule", self.rule.id)?;
        st.serialize_field("citation", self.rule.citation)?;
        st.serialize_field("verified", &self.rule.verification.is_verified())?;
        st.serialize_field("text", &self.text)?;
        st.end()
    }
}

/// One `rule.unverified` finding for each UNVERIFIED rule the analysis
/// applied, in the order first applied, each rule once. A more specific
/// finding about the same point may stand beside it.
pub fn unverified_findings(
    analysis: &crate::analysis::DefendantAnalysis,
) -> Vec<crate::finding::Finding> {
    use crate::finding::{Finding, Severity};
    use crate::i18n::{Arg, Msg, MsgId, RuleRef};
    let mut seen: Vec<&'static str> = Vec::new();
    let mut findings = Vec::new();
    // The rules of the steps, then the texts the lighter-law comparison shows
    // and the rules that decide between them.
    let applied = analysis.steps().map(|s| s.rule).chain(
        analysis
            .lighter_law
            .iter()
            .flat_map(|r| [r.old_rule, r.new_rule, r.decided_by, r.principle]),
    );
    for rule in applied {
        if let Verification::Unverified(why) = rule.verification
            && !seen.contains(&rule.id)
        {
            seen.push(rule.id);
            findings.push(Finding::new(
                Severity::Unverified,
                "rule.unverified",
                Msg::new(MsgId::CnRuleUnverified)
                    .arg("rule", rule.id)
                    .arg("citation", Arg::Citation(RuleRef(rule)))
                    .arg(
                        "why",
                        Arg::Named {
                            en: why.to_string(),
                            zh: crate::i18n::rules::unverified_reason_zh(rule.id).map(String::from),
                        },
                    ),
            ));
        }
    }
    findings
}
