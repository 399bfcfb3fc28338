//! Stage one of reading a case file: the YAML as written, with unknown fields
//! denied and every value that later needs checking kept with its position.
//!
//! Nothing here knows the law. [`super::convert`] turns these structs into the
//! validated domain types of [`super::model`]; only those reach the calculator.

use super::text_schemas::*;
use schemars::JsonSchema;
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
        // Asked for as a string so that the parser hands over the text as
        // written, even when it looks like a number: `penalty: 15` stays
        // "15", and a date of a million digits stays text (as a number it
        // would overflow to infinity and be refused with an obscure message).
        deserializer.deserialize_str(TextVisitor)
    }
}

/// The largest number of defendants in one case file.
pub const MAX_DEFENDANTS: usize = 1_000;
/// The largest number of judgments (first instance, appeal, retrial, …) for one defendant.
pub const MAX_JUDGMENTS: usize = 100;
/// The largest number of counts in one judgment.
pub const MAX_COUNTS: usize = 1_000;
/// The largest number of provenance entries (an imported judgment with many
/// defendants has a few dozen per defendant).
pub const MAX_PROVENANCE: usize = 100_000;
/// The largest number of entries in any other list (sources, custody
/// periods, commutations, categories, assumed fields).
pub const MAX_LIST_ITEMS: usize = 1_000;

/// What a bounded list holds and how many entries it may have.
pub trait ListLimit {
    /// The most entries allowed.
    const MAX: usize;
    /// What the entries are, in the plural (`counts`).
    const WHAT: &'static str;
}

macro_rules! list_limit {
    ($(#[$doc:meta])* $name:ident, $max:expr, $what:literal) => {
        $(#[$doc])*
        #[derive(Debug)]
        pub struct $name;
        impl ListLimit for $name {
            const MAX: usize = $max;
            const WHAT: &'static str = $what;
        }
    };
}

list_limit!(
    /// At most [`MAX_DEFENDANTS`] defendants.
    DefendantsLimit,
    MAX_DEFENDANTS,
    "defendants"
);
list_limit!(
    /// At most [`MAX_JUDGMENTS`] judgments per defendant.
    JudgmentsLimit,
    MAX_JUDGMENTS,
    "judgments"
);
list_limit!(
    /// At most [`MAX_COUNTS`] counts per judgment.
    CountsLimit,
    MAX_COUNTS,
    "counts"
);
list_limit!(
    /// At most [`MAX_PROVENANCE`] provenance entries.
    ProvenanceLimit,
    MAX_PROVENANCE,
    "provenance entries"
);
list_limit!(
    /// At most [`MAX_LIST_ITEMS`] entries.
    ItemsLimit,
    MAX_LIST_ITEMS,
    "entries"
);

/// The text a list over its limit reports as "expected": `at most 1000 counts`.
/// [`super::load`] recognises it to give the finding its code.
pub fn limit_expectation(max: usize, what: &str) -> String {
    format!("at most {max} {what}")
}

/// A YAML list that stops reading at its limit: the entry after the last one
/// allowed is an error, reported before the rest of the file is read, so a
/// file with a million counts fails fast instead of filling memory.
#[derive(Debug)]
pub struct Bounded<T, L: ListLimit>(pub Vec<T>, std::marker::PhantomData<L>);

impl<T, L: ListLimit> Bounded<T, L> {
    /// The entries.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    /// True when the list has no entries.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl<'a, T, L: ListLimit> IntoIterator for &'a Bounded<T, L> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'de, T: Deserialize<'de>, L: ListLimit> Deserialize<'de> for Bounded<T, L> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct BoundedVisitor<T, L>(std::marker::PhantomData<(T, L)>);
        impl<'de, T: Deserialize<'de>, L: ListLimit> Visitor<'de> for BoundedVisitor<T, L> {
            type Value = Bounded<T, L>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a list of {}", L::WHAT)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    if items.len() >= L::MAX {
                        return Err(de::Error::invalid_length(
                            items.len().saturating_add(1),
                            &limit_expectation(L::MAX, L::WHAT).as_str(),
                        ));
                    }
                    items.push(item);
                }
                Ok(Bounded(items, std::marker::PhantomData))
            }
        }
        deserializer.deserialize_seq(BoundedVisitor(std::marker::PhantomData))
    }
}

/// A scalar with its place in the file.
pub type SpannedText = Spanned<Text>;

/// A `sentencing` case file: one case, one or more defendants, with the
/// counts, penalties and the court's combined sentence. See docs/case-format.md.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "SentencingCaseFile")]
pub struct RawCase {
    /// The case's title.
    #[schemars(with = "String")]
    pub case: Spanned<String>,
    /// The legal system: CN, DE, TW, JP, US-federal or GB-EAW.
    #[schemars(with = "JurisdictionText")]
    pub jurisdiction: Spanned<String>,
    /// A paragraph about the case.
    #[serde(default)]
    pub summary: Option<String>,
    /// Public sources for the facts in the file.
    #[serde(default)]
    #[schemars(with = "Option<Vec<RawSource>>")]
    pub sources: Option<Bounded<RawSource, ItemsLimit>>,
    /// The defendants, at least one.
    #[schemars(with = "Vec<RawDefendant>")]
    pub defendants: Spanned<Bounded<RawDefendant, DefendantsLimit>>,
    #[serde(default)]
    pub note: Option<String>,
    /// Where each value of an imported file came from (docs/import.md).
    #[serde(default)]
    #[schemars(with = "Option<Vec<RawProvenance>>")]
    pub provenance: Option<Bounded<RawProvenance, ProvenanceLimit>>,
}

/// Where a value of the file came from: the phrase of the source and its
/// byte offset, or why the value was inferred (`sentencing import`).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawProvenance {
    /// The value's field path, as findings name it (`defendants[0].custody[0].from`).
    pub field: String,
    /// The phrase of the source the value was read from.
    #[serde(default)]
    pub quote: Option<String>,
    /// The phrase's byte offset in the source text (UTF-8, from its first byte).
    #[serde(default)]
    pub at: Option<u64>,
    /// Why the value was inferred rather than read.
    #[serde(default)]
    pub assumed: Option<String>,
}

/// A public source for the facts in the file.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    #[schemars(with = "Option<DateText>")]
    pub published: Option<SpannedText>,
    /// The court whose judgment the source is.
    #[serde(default)]
    pub court: Option<String>,
    /// The judgment's case number, as written (（2018）苏0482刑初260号).
    #[serde(default)]
    pub case_number: Option<String>,
    /// The SHA-256 digest of the source text, in hexadecimal.
    #[serde(default)]
    pub sha256: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// One person and everything the court decided about them.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDefendant {
    /// The name as reported; unique in the file.
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    /// The name in the original script.
    #[serde(default)]
    pub native_name: Option<String>,
    /// The date of birth (age at the offence and at release: minors, CL 17;
    /// top-up supervision, CJA 2003 s. 256AA).
    #[serde(default)]
    #[schemars(with = "Option<DateText>")]
    pub date_of_birth: Option<SpannedText>,
    /// `male` or `female`, as the judgment states it.
    #[serde(default)]
    #[schemars(with = "Option<SexText>")]
    pub sex: Option<SpannedText>,
    /// A recidivist (累犯, CL 65–66): bars parole (CL 81 ¶2).
    #[serde(default)]
    pub recidivist: Option<bool>,
    /// A head of a criminal group (犯罪集团的首要分子): no suspended sentence
    /// (CL 74). China only.
    #[serde(default)]
    pub criminal_group_leader: Option<bool>,
    /// The suspended sentence revoked (撤销缓刑, CL 77): the day and the
    /// ground. China only.
    #[serde(default)]
    #[schemars(with = "Option<RawRevocation>")]
    pub suspension_revoked: Option<Spanned<RawRevocation>>,
    /// GB-EAW only: subject to sex-offender notification (Sexual Offences
    /// Act 2003 Part 2): no home detention curfew (CJA 2003 s. 246).
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub sex_offender: Option<Spanned<bool>>,
    /// GB-EAW only: liable to removal from the United Kingdom: the early
    /// removal scheme date (CJA 2003 s. 260) is computed.
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub early_removal: Option<Spanned<bool>>,
    /// GB-EAW only: days the court directed to count for a qualifying
    /// curfew with electronic monitoring (tagged bail, CJA 2003 s. 240A),
    /// one entry per direction; deducted like remand.
    #[serde(default)]
    #[schemars(with = "Option<Vec<RawTaggedBail>>")]
    pub tagged_bail: Option<Spanned<Bounded<RawTaggedBail, ItemsLimit>>>,
    /// GB-EAW only: additional days awarded for disciplinary offences in
    /// custody (ADA, CJA 2003 s. 257, Prison Rules 1999 r. 55).
    #[serde(default)]
    #[schemars(with = "Option<Vec<RawDaysFrom>>")]
    pub additional_days: Option<Spanned<Bounded<RawDaysFrom, ItemsLimit>>>,
    /// GB-EAW only: additional days restored (RADA, Prison Rules 1999 r. 61).
    #[serde(default)]
    #[schemars(with = "Option<Vec<RawDaysFrom>>")]
    pub restored_days: Option<Spanned<Bounded<RawDaysFrom, ItemsLimit>>>,
    /// GB-EAW only: time unlawfully at large after sentence (UAL, Prison
    /// Act 1952 s. 49(2)): it does not count as served.
    #[serde(default)]
    #[schemars(with = "Option<Vec<RawAtLarge>>")]
    pub unlawfully_at_large: Option<Spanned<Bounded<RawAtLarge, ItemsLimit>>>,
    /// GB-EAW only: the recall of the licence (CJA 2003 s. 254): its kind,
    /// the revocation and return to custody, the counts recalled, and the
    /// remand and tagged bail credited to it.
    #[serde(default)]
    #[schemars(with = "Option<RawRecall>")]
    pub recall: Option<Spanned<RawRecall>>,
    /// GB-EAW only: the prisoner's releases from and admissions to custody
    /// as the prison records them (external movements), by day.
    #[serde(default)]
    #[schemars(with = "Option<Vec<RawMovement>>")]
    pub movements: Option<Spanned<Bounded<RawMovement, ItemsLimit>>>,
    /// GB-EAW only: the legislation the release dates are computed under:
    /// `in-force` (default; the MoJ's live service), `sds-50` or
    /// `sds-progression-model-october` (the MoJ's test profiles).
    #[serde(default)]
    #[schemars(with = "Option<LegislationText>")]
    pub legislation: Option<SpannedText>,
    /// GB-EAW only: the MoJ's feature toggles switched on with the legislation.
    #[serde(default)]
    #[schemars(with = "Option<Vec<LegislationToggleText>>")]
    pub legislation_toggles: Option<Spanned<Bounded<SpannedText, ItemsLimit>>>,
    /// A (former) state functionary (国家工作人员): SPC-2019 applies to their
    /// graft and bribery sentences.
    #[serde(default)]
    pub state_functionary: Option<bool>,
    /// Pre-trial custody periods.
    #[serde(default)]
    #[schemars(with = "Option<Vec<RawCustody>>")]
    pub custody: Option<Bounded<RawCustody, ItemsLimit>>,
    /// Judgments and rulings, in date order; the last one in force governs.
    #[schemars(with = "Vec<RawJudgment>")]
    pub judgments: Spanned<Bounded<RawJudgment, JudgmentsLimit>>,
    /// Commutation rulings, in date order.
    #[serde(default)]
    #[schemars(with = "Option<Vec<RawCommutation>>")]
    pub commutations: Option<Bounded<RawCommutation, ItemsLimit>>,
    /// The day the person was actually paroled, as recorded.
    #[serde(default)]
    #[schemars(with = "Option<DateText>")]
    pub paroled: Option<SpannedText>,
    /// The day the person was actually released, as recorded.
    #[serde(default)]
    #[schemars(with = "Option<DateText>")]
    pub released: Option<SpannedText>,
    /// The day parole was revoked and the person taken back into custody
    /// (CL 86): for a violation of its conditions (¶3) the remainder is
    /// executed from that day.
    #[serde(default)]
    #[schemars(with = "Option<DateText>")]
    pub parole_revoked: Option<SpannedText>,
    /// CN: earlier sentences already served or pardoned (recidivism, CL 65, 66).
    #[serde(default)]
    #[schemars(with = "Option<Vec<RawPrevious>>")]
    pub previous: Option<Bounded<RawPrevious, ItemsLimit>>,
    #[serde(default)]
    pub note: Option<String>,
}

/// An earlier sentence, served or pardoned before the crimes of this case
/// (CL 65, 66: recidivism).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPrevious {
    /// The principal penalty, as a penalty text.
    #[schemars(with = "String")]
    pub penalty: SpannedText,
    /// The day it was completed or pardoned; after parole, the day the
    /// parole probation ended (CL 65 ¶2).
    #[schemars(with = "DateText")]
    pub ended: SpannedText,
    /// When the earlier crime was committed (the minor exclusion of CL 65).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub committed: Option<SpannedText>,
    /// A negligent crime (过失犯罪) is no ground for recidivism (CL 65 ¶1).
    #[serde(default)]
    pub negligent: Option<bool>,
    /// The categories of the earlier crime (CL 66: state-security,
    /// terrorism, organised-crime).
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    pub categories: Option<Bounded<SpannedText, ItemsLimit>>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A recall after release on licence (GB-EAW).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRecall {
    /// `standard` (CJA 2003 s. 255C: to the end of the sentence) or a
    /// fixed-term recall (s. 255B): `fixed-term-14`, `fixed-term-28`,
    /// `fixed-term-56`.
    #[schemars(with = "RecallKindText")]
    pub kind: SpannedText,
    /// The day the licence was revoked.
    #[serde(default)]
    #[schemars(with = "Option<DateText>")]
    pub revoked: Option<SpannedText>,
    /// The day of return to custody (required for a fixed-term recall).
    #[serde(default)]
    #[schemars(with = "Option<DateText>")]
    pub returned: Option<SpannedText>,
    /// The numbers (1-based) of the counts recalled; without it, every
    /// count.
    #[serde(default)]
    pub counts: Option<Vec<u32>>,
    /// Days of remand credited to the recall (not to the original term).
    #[serde(default)]
    pub remand: Option<u32>,
    /// Days of tagged bail credited to the recall.
    #[serde(default)]
    pub tagged_bail: Option<u32>,
    /// Counts sentenced on several days: the day of sentence (a count's
    /// `sentenced:` or the judgment's date) whose sentences the recall's
    /// remand and tagged bail count for; without it, the first day of
    /// sentence.
    #[serde(default)]
    #[schemars(with = "Option<DateText>")]
    pub applies_from: Option<SpannedText>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A release from or admission to custody (GB-EAW).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMovement {
    /// The day of the movement.
    #[schemars(with = "DateText")]
    pub day: SpannedText,
    /// The release or admission, e.g. `release-hdc`, `admission-recall`.
    #[schemars(with = "MovementKindText")]
    pub kind: SpannedText,
    #[serde(default)]
    pub note: Option<String>,
}

/// Tagged bail credited by the court (GB-EAW).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTaggedBail {
    /// The days the court directed to count (half a day per qualifying
    /// curfew day, rounded up, as the court states them).
    pub days: u32,
    /// Counts sentenced on several days: the day of sentence (a count's
    /// `sentenced:` or the judgment's date) whose sentences the days count
    /// for; without it, the first day of sentence.
    #[serde(default)]
    #[schemars(with = "Option<DateText>")]
    pub applies_from: Option<SpannedText>,
    #[serde(default)]
    pub note: Option<String>,
}

/// Days awarded or restored (GB-EAW).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDaysFrom {
    /// The day from which the days apply to the sentences (the day of the
    /// award or the restoration).
    #[schemars(with = "DateText")]
    pub from: SpannedText,
    pub days: u32,
    #[serde(default)]
    pub note: Option<String>,
}

/// A period unlawfully at large (GB-EAW).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAtLarge {
    /// The day from which the time applies to the sentences (its first day).
    #[schemars(with = "DateText")]
    pub from: SpannedText,
    /// The days at large, as the prison records them.
    pub days: u32,
    /// Its last day, when known: the sentence does not expire before the
    /// day after it.
    #[serde(default)]
    #[schemars(with = "Option<DateText>")]
    pub to: Option<SpannedText>,
    #[serde(default)]
    pub note: Option<String>,
}

/// The revocation of a suspended sentence (CL 77).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRevocation {
    /// The day of the ruling or judgment that revoked the suspension.
    #[schemars(with = "DateText")]
    pub date: SpannedText,
    /// `new-crime` or `discovered-crime` (CL 77 ¶1: a later judgment with
    /// `after:` combines the penalties), or `violation` (CL 77 ¶2: the
    /// original penalty is executed).
    #[schemars(with = "String")]
    pub ground: SpannedText,
}

/// A period in custody before the judgment was executed.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCustody {
    #[schemars(with = "DateText")]
    pub from: SpannedText,
    #[serde(default)]
    #[schemars(with = "Option<DateText>")]
    pub to: Option<SpannedText>,
    #[serde(default)]
    #[schemars(with = "Option<CustodyKindText>")]
    pub kind: Option<SpannedText>,
    #[serde(default)]
    pub assumed: Option<bool>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A judgment or ruling: the first-instance judgment, an appeal, a retrial.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawJudgment {
    #[schemars(with = "String")]
    pub court: Spanned<String>,
    #[schemars(with = "DateText")]
    pub date: SpannedText,
    #[serde(default)]
    pub appeal: Option<bool>,
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub upheld: Option<Spanned<bool>>,
    #[serde(default)]
    /// The crimes and their penalties; an appeal restates them only if it changed them.
    #[schemars(with = "Option<Vec<RawCount>>")]
    pub counts: Option<Spanned<Bounded<RawCount, CountsLimit>>>,
    #[serde(default)]
    /// The sentence the court decided to execute (决定执行); required with two or more counts.
    #[schemars(with = "Option<RawDecided>")]
    pub decided: Option<Spanned<RawDecided>>,
    /// The day the judgment became legally effective (判决生效/确定).
    #[serde(default, rename = "final")]
    #[schemars(with = "Option<DateText>")]
    pub final_date: Option<SpannedText>,
    /// The day the person was delivered for execution (SPC-2016 art. 40).
    #[serde(default)]
    #[schemars(with = "Option<DateText>")]
    pub executed: Option<SpannedText>,
    #[serde(default)]
    pub assumed: Option<bool>,
    /// A later judgment for a crime found after an earlier sentence:
    /// `discovered-crime` (CL 70) or `new-crime` (CL 71).
    #[serde(default)]
    #[schemars(with = "Option<LaterCrimeText>")]
    pub after: Option<SpannedText>,
    /// The term as the court states it ("即自…起至…止"), checked by `report`.
    #[serde(default)]
    #[schemars(with = "Option<RawStatedPeriod>")]
    pub stated_term: Option<Spanned<RawStatedPeriod>>,
    /// The probation period as the court states it (缓刑考验期), checked by `report`.
    #[serde(default)]
    #[schemars(with = "Option<RawStatedPeriod>")]
    pub stated_probation: Option<Spanned<RawStatedPeriod>>,
    /// CN, with `after: new-crime` only: the part of the earlier sentence not
    /// yet executed, as this judgment states it (前罪没有执行的有期徒刑一年四个月又十五天;
    /// CL 71), a fixed term of imprisonment. `report` combines it with the new
    /// counts and checks it against the earlier judgment's dates.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub stated_remainder: Option<SpannedText>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A period as the court states it: its first and last day.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawStatedPeriod {
    #[schemars(with = "DateText")]
    pub from: SpannedText,
    #[schemars(with = "DateText")]
    pub to: SpannedText,
}

/// One crime and the penalty imposed for it.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCount {
    /// The crime, as the judgment names it.
    #[schemars(with = "String")]
    pub offence: Spanned<String>,
    /// Its name in the original language.
    #[serde(default)]
    pub native_offence: Option<String>,
    #[serde(default)]
    #[schemars(with = "Option<ArticleText>")]
    pub article: Option<SpannedText>,
    #[serde(default)]
    #[schemars(with = "Option<PeriodText>")]
    pub committed: Option<SpannedText>,
    #[schemars(with = "PenaltyText")]
    pub penalty: SpannedText,
    #[serde(default)]
    #[schemars(with = "Option<PoliticalRightsText>")]
    pub political_rights: Option<SpannedText>,
    #[serde(default)]
    #[schemars(with = "Option<MoneyText>")]
    pub fine: Option<SpannedText>,
    #[serde(default)]
    #[schemars(with = "Option<ConfiscationText>")]
    pub confiscation: Option<SpannedText>,
    /// Overrides the categories derived from the article.
    #[serde(default)]
    #[schemars(with = "Option<Vec<CategoryText>>")]
    pub categories: Option<Spanned<Bounded<SpannedText, ItemsLimit>>>,
    /// Names of this count's fields whose values are not confirmed.
    #[serde(default)]
    #[schemars(with = "Option<Vec<FieldNameText>>")]
    pub assumed: Option<Bounded<SpannedText, ItemsLimit>>,
    /// JP only: the statutory maximum of the offence, as a penalty text
    /// (Penal Code art. 47 works from the statutory maxima).
    #[serde(default)]
    #[schemars(with = "Option<PenaltyText>")]
    pub statutory_max: Option<SpannedText>,
    /// JP only: the statutory minimum of the offence, as a penalty text
    /// (`懲役1月`); the lower end of the combined range under art. 47 is the
    /// highest of the minima.
    #[serde(default)]
    #[schemars(with = "Option<PenaltyText>")]
    pub statutory_min: Option<SpannedText>,
    /// US-federal and GB-EAW only: the numbers (1-based) of earlier counts this
    /// count runs consecutively to; without it the count runs concurrently.
    #[serde(default)]
    #[schemars(with = "Option<Vec<u32>>")]
    pub consecutive_to: Option<Spanned<Bounded<SpannedText, ItemsLimit>>>,
    /// GB-EAW only: the release regime of a standard determinate sentence:
    /// `standard` (half, or 40 % under SI 2024/844), `two-thirds`
    /// (CJA 2003 s. 244ZA), `excluded-from-40` (listed exclusions of SI 2024/844),
    /// `excluded-from-40-t3` (exclusions added for prisoners in custody on or
    /// after 2024-12-16).
    #[serde(default)]
    #[schemars(with = "Option<ReleaseRegimeText>")]
    pub release_regime: Option<SpannedText>,
    /// GB-EAW only: detention under the Sentencing Code s. 250 (a child):
    /// outside the progression model.
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub section_250: Option<Spanned<bool>>,
    /// GB-EAW only: an offence excluded from the progression model (the
    /// MoJ's schedule of excluded offences).
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub progression_excluded: Option<Spanned<bool>>,
    /// GB-EAW only: the type of sentence: `sds` (standard determinate, the
    /// default), `eds` or `eds-automatic` (extended determinate sentence),
    /// `sopc` or `sopc-under-18` (offender of particular concern), `dto`
    /// (detention and training order). For EDS and SOPC the penalty is the
    /// custodial term.
    #[serde(default)]
    #[schemars(with = "Option<SentenceTypeText>")]
    pub sentence_type: Option<SpannedText>,
    /// GB-EAW only: the extension period on licence after the custodial term
    /// of an extended sentence (required) or a SOPC (1 year when omitted).
    #[serde(default)]
    #[schemars(with = "Option<PenaltyText>")]
    pub extension: Option<SpannedText>,
    /// GB-EAW only, with `sentence_type: botus`: the recorded expiry of the
    /// top-up supervision breached (the MoJ's `latestTusedDate`), kept as the
    /// TUSED when it falls after the committal ends.
    #[serde(default)]
    #[schemars(with = "Option<DateText>")]
    pub supervision_expiry: Option<SpannedText>,
    /// GB-EAW only: the day this count was sentenced, when at an earlier
    /// hearing than the judgment's date (sentences passed on several days);
    /// without it, the judgment's date.
    #[serde(default)]
    #[schemars(with = "Option<DateText>")]
    pub sentenced: Option<SpannedText>,
    #[serde(default)]
    pub note: Option<String>,
}

/// The sentence the court decided to execute for all counts together.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDecided {
    #[schemars(with = "PenaltyText")]
    pub penalty: SpannedText,
    /// Public surveillance executed after imprisonment or detention (CL 69 ¶2).
    #[serde(default)]
    #[schemars(with = "Option<PenaltyText>")]
    pub then: Option<SpannedText>,
    #[serde(default)]
    #[schemars(with = "Option<PoliticalRightsText>")]
    pub political_rights: Option<SpannedText>,
    #[serde(default)]
    #[schemars(with = "Option<MoneyText>")]
    pub fine: Option<SpannedText>,
    #[serde(default)]
    #[schemars(with = "Option<ConfiscationText>")]
    pub confiscation: Option<SpannedText>,
    /// DE only: a fine in daily rates imposed beside the aggregate instead of
    /// being included in it (StGB § 53 ¶2 S.2), such as
    /// `120 Tagessätze zu je 30 Euro`.
    #[serde(default)]
    #[schemars(with = "Option<PenaltyText>")]
    pub separate_fine: Option<SpannedText>,
    #[serde(default)]
    #[schemars(with = "Option<Vec<FieldNameText>>")]
    pub assumed: Option<Bounded<SpannedText, ItemsLimit>>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A commutation ruling (减刑裁定).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCommutation {
    #[schemars(with = "DateText")]
    pub date: SpannedText,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub court: Option<Spanned<String>>,
    /// The new penalty (for example `life imprisonment` after a reprieve).
    #[serde(default)]
    #[schemars(with = "Option<PenaltyText>")]
    pub to: Option<SpannedText>,
    /// A reduction of a fixed term (for example `1 year`).
    #[serde(default)]
    #[schemars(with = "Option<PenaltyText>")]
    pub by: Option<SpannedText>,
    #[serde(default)]
    #[schemars(with = "Option<PoliticalRightsText>")]
    pub political_rights: Option<SpannedText>,
    #[serde(default)]
    pub assumed: Option<bool>,
    #[serde(default)]
    pub note: Option<String>,
}
