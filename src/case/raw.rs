//! Stage one of reading a case file: the YAML as written, with unknown fields
//! denied and every value that later needs checking kept with its position.
//!
//! Nothing here knows the law. [`super::convert`] turns these structs into the
//! validated domain types of [`super::model`]; only those reach the calculator.

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
use serde_saphyr::Spanned;
use std::fmt;

/// A scalar kept as the text the user wrote, whether YAML would read it as
/// a string or a number. `committed: 2012` is a year, not an integer, and
/// `penalty: 15` deserves "add a unit", not "invalid type".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text(pub String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl Visitor<'_> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Text, E> {
                // Only reached for input such as `penalty: 1.5`; the grammar
                // then rejects it with a hint. The text is for the message.
                Ok(Text(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
        }
        deserializer.deserialize_any(TextVisitor)
    }
}

/// A scalar with its place in the file.
pub type SpannedText = Spanned<Text>;

/// A whole case file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCase {
    pub case: Spanned<String>,
    pub jurisdiction: Spanned<String>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub sources: Option<Vec<RawSource>>,
    pub defendants: Spanned<Vec<RawDefendant>>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A public source for the facts in the file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub published: Option<SpannedText>,
    #[serde(default)]
    pub note: Option<String>,
}

/// One person and everything the court decided about them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDefendant {
    pub name: Spanned<String>,
    #[serde(default)]
    pub native_name: Option<String>,
    /// A recidivist (累犯, CL 65–66): bars parole (CL 81 ¶2).
    #[serde(default)]
    pub recidivist: Option<bool>,
    /// A (former) state functionary (国家工作人员): SPC-2019 applies to their
    /// graft and bribery sentences.
    #[serde(default)]
    pub state_functionary: Option<bool>,
    #[serde(default)]
    pub custody: Option<Vec<RawCustody>>,
    pub judgments: Spanned<Vec<RawJudgment>>,
    #[serde(default)]
    pub commutations: Option<Vec<RawCommutation>>,
    /// The day the person was actually paroled, as recorded.
    #[serde(default)]
    pub paroled: Option<SpannedText>,
    /// The day the person was actually released, as recorded.
    #[serde(default)]
    pub released: Option<SpannedText>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A period in custody before the judgment was executed.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCustody {
    pub from: SpannedText,
    #[serde(default)]
    pub to: Option<SpannedText>,
    #[serde(default)]
    pub kind: Option<SpannedText>,
    #[serde(default)]
    pub assumed: Option<bool>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A judgment or ruling: the first-instance judgment, an appeal, a retrial.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawJudgment {
    pub court: Spanned<String>,
    pub date: SpannedText,
    #[serde(default)]
    pub appeal: Option<bool>,
    #[serde(default)]
    pub upheld: Option<Spanned<bool>>,
    #[serde(default)]
    pub counts: Option<Spanned<Vec<RawCount>>>,
    #[serde(default)]
    pub decided: Option<Spanned<RawDecided>>,
    /// The day the judgment became legally effective (判决生效/确定).
    #[serde(default, rename = "final")]
    pub final_date: Option<SpannedText>,
    /// The day the person was delivered for execution (SPC-2016 art. 40).
    #[serde(default)]
    pub executed: Option<SpannedText>,
    #[serde(default)]
    pub assumed: Option<bool>,
    /// A later judgment for a crime found after an earlier sentence:
    /// `discovered-crime` (CL 70) or `new-crime` (CL 71).
    #[serde(default)]
    pub after: Option<SpannedText>,
    #[serde(default)]
    pub note: Option<String>,
}

/// One crime and the penalty imposed for it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCount {
    pub offence: Spanned<String>,
    #[serde(default)]
    pub native_offence: Option<String>,
    #[serde(default)]
    pub article: Option<SpannedText>,
    #[serde(default)]
    pub committed: Option<SpannedText>,
    pub penalty: SpannedText,
    #[serde(default)]
    pub political_rights: Option<SpannedText>,
    #[serde(default)]
    pub fine: Option<SpannedText>,
    #[serde(default)]
    pub confiscation: Option<SpannedText>,
    /// Overrides the categories derived from the article.
    #[serde(default)]
    pub categories: Option<Spanned<Vec<SpannedText>>>,
    /// Names of this count's fields whose values are not confirmed.
    #[serde(default)]
    pub assumed: Option<Vec<SpannedText>>,
    #[serde(default)]
    pub note: Option<String>,
}

/// The sentence the court decided to execute for all counts together.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDecided {
    pub penalty: SpannedText,
    /// Public surveillance executed after imprisonment or detention (CL 69 ¶2).
    #[serde(default)]
    pub then: Option<SpannedText>,
    #[serde(default)]
    pub political_rights: Option<SpannedText>,
    #[serde(default)]
    pub fine: Option<SpannedText>,
    #[serde(default)]
    pub confiscation: Option<SpannedText>,
    #[serde(default)]
    pub assumed: Option<Vec<SpannedText>>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A commutation ruling (减刑裁定).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCommutation {
    pub date: SpannedText,
    #[serde(default)]
    pub court: Option<Spanned<String>>,
    /// The new penalty (for example `life imprisonment` after a reprieve).
    #[serde(default)]
    pub to: Option<SpannedText>,
    /// A reduction of a fixed term (for example `1 year`).
    #[serde(default)]
    pub by: Option<SpannedText>,
    #[serde(default)]
    pub political_rights: Option<SpannedText>,
    #[serde(default)]
    pub assumed: Option<bool>,
    #[serde(default)]
    pub note: Option<String>,
}
