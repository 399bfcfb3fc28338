//! The versions of the PRC Criminal Law and the Supreme People's Court
//! interpretations the calculator uses, with the days they came into force,
//! and the choice of text by offence date (SPC-2011T art. 6).

use super::super::rule::{Rule, Verification};
use crate::case::Count;
use crate::message::{Arg, Msg, MsgId, Sep};
use jiff::civil::{Date, date};

/// The revised Criminal Law of 1997 came into force on 1997-10-01.
pub const CL_1997_IN_FORCE: Date = date(1997, 10, 1);
/// Amendment VIII: in force 2011-05-01 (A8 art. 50).
pub const A8_IN_FORCE: Date = date(2011, 5, 1);
/// The last day of the 1997 text of the articles Amendment VIII rewrote.
pub const BEFORE_A8: Date = date(2011, 4, 30);
/// Amendment IX: in force 2015-11-01 (A9 art. 52).
pub const A9_IN_FORCE: Date = date(2015, 11, 1);
/// The last day before Amendment IX.
pub const BEFORE_A9: Date = date(2015, 10, 31);
/// SPC provisions on property penalties: in force 2000-12-19.
pub const SPC_2000_IN_FORCE: Date = date(2000, 12, 19);
/// SPC provisions on commutation and parole: in force 2017-01-01 (art. 42).
pub const SPC_2016_IN_FORCE: Date = date(2017, 1, 1);
/// SPC supplementary provisions for graft by state functionaries: 2019-06-01 (art. 7).
pub const SPC_2019_IN_FORCE: Date = date(2019, 6, 1);

/// The text of an article that Amendment VIII rewrote (CL 69, 78, 81).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CriminalLawText {
    /// The 1997 text, for crimes all committed on or before 2011-04-30.
    Text1997,
    /// The Amendment VIII text.
    AmendmentVIII,
}

impl CriminalLawText {
    /// The identifier used in output.
    pub fn id(self) -> &'static str {
        match self {
            CriminalLawText::Text1997 => "CN-CL-1997",
            CriminalLawText::AmendmentVIII => "CN-CL-A8",
        }
    }

    /// A readable name with the in-force dates.
    pub fn name(self) -> &'static str {
        match self {
            CriminalLawText::Text1997 => "Criminal Law, 1997 text (1997-10-01 – 2011-04-30)",
            CriminalLawText::AmendmentVIII => {
                "Criminal Law as amended by Amendment VIII (from 2011-05-01)"
            }
        }
    }
}

/// SPC-2011T art. 6: which text of CL 69 applies to several crimes.
pub static SPC_2011T_ART6: Rule = Rule {
    id: "cn.spc2011t.6.text-by-offence-date",
    citation: "SPC-2011T art. 6",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "crimes all committed on or before 2011-04-30: the 1997 text of CL 69; one committed on or after 2011-05-01: the Amendment VIII text",
    verification: Verification::Statute("law/cn/spc-2011-amendment-08-temporal.md art. 6"),
};

/// The text chosen and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextChoice {
    pub text: CriminalLawText,
    /// Why, in a sentence that names the deciding count and date.
    pub reason: Msg,
    /// False when the dates did not settle it and the tool assumed.
    pub settled: bool,
}

/// Chooses the text of CL 69 (and, by SPC-2011T art. 7 and 8, of CL 78 ¶2
/// and CL 81 for life sentences) from the offence dates.
///
/// A count with no date was necessarily committed before its judgment, so a
/// judgment given on or before 2011-04-30 settles it. A period that runs
/// across 2011-05-01 is dated by its end (a continuing or repeated crime is
/// complete when it ends), which is an assumption the output states.
pub fn choose_text(counts: &[Count], judgment_date: Date) -> TextChoice {
    if judgment_date <= BEFORE_A8 {
        return TextChoice {
            text: CriminalLawText::Text1997,
            reason: Msg::new(MsgId::VersionPrecedesA8).arg("date", judgment_date),
            settled: true,
        };
    }
    if let Some(c) = counts.iter().find(|c| {
        c.committed
            .as_ref()
            .is_some_and(|p| p.value.first >= A8_IN_FORCE)
    }) {
        let when = c
            .committed
            .as_ref()
            .map(|p| p.value.to_string())
            .unwrap_or_default();
        return TextChoice {
            text: CriminalLawText::AmendmentVIII,
            reason: Msg::new(MsgId::VersionCommittedAfterA8)
                .arg("offence", super::offence_arg(&c.offence, &c.native_offence))
                .arg("when", period_arg(&when)),
            settled: true,
        };
    }
    let all_before = counts.iter().all(|c| {
        c.committed
            .as_ref()
            .is_some_and(|p| p.value.last <= BEFORE_A8)
    });
    if all_before {
        return TextChoice {
            text: CriminalLawText::Text1997,
            reason: Msg::new(MsgId::VersionAllBefore),
            settled: true,
        };
    }
    // Some count is undated or its period runs across 2011-05-01.
    let straddling: Vec<&Count> = counts
        .iter()
        .filter(|c| {
            c.committed
                .as_ref()
                .is_some_and(|p| p.value.first <= BEFORE_A8 && p.value.last >= A8_IN_FORCE)
        })
        .collect();
    let undated: Vec<Arg> = counts
        .iter()
        .filter(|c| c.committed.is_none())
        .map(|c| super::offence_arg(&c.offence, &c.native_offence))
        .collect();
    let mut why = Vec::new();
    if let Some(c) = straddling.first() {
        let when = c
            .committed
            .as_ref()
            .map(|p| p.value.to_string())
            .unwrap_or_default();
        why.push(Arg::from(
            Msg::new(MsgId::VersionStraddles)
                .arg("offence", super::offence_arg(&c.offence, &c.native_offence))
                .arg("when", period_arg(&when)),
        ));
    }
    if !undated.is_empty() {
        why.push(Arg::from(
            Msg::new(MsgId::VersionUndated).arg("offences", Arg::List(undated, Sep::Comma)),
        ));
    }
    TextChoice {
        text: CriminalLawText::AmendmentVIII,
        reason: Msg::new(MsgId::ListSemicolon).arg("items", Arg::List(why, Sep::Semicolon)),
        settled: false,
    }
}

/// An offence period as the file gives it (`2011-11 to 2012-02`); in Chinese `2011-11至2012-02`.
pub(crate) fn period_arg(text: &str) -> Arg {
    Arg::Named {
        en: text.to_string(),
        zh: Some(text.replace(" to ", "至")),
    }
}
