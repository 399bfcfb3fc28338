//! A step of a calculation: the rule applied and the arithmetic, as a
//! message. Analyses are made of these.

use super::rule::Rule;
use crate::message::Msg;
use serde::Serialize;

/// One step of a calculation: the rule applied and the arithmetic, as text.
#[derive(Debug, Clone)]
pub struct Step {
    pub rule: &'static Rule,
    pub text: Msg,
}

impl Step {
    /// A step applying `rule`, explained by `text`.
    pub fn new(rule: &'static Rule, text: impl Into<Msg>) -> Step {
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
