//! Remand or tagged bail that would put the release before the day of
//! sentence. The release is on the day of sentence (`IMMEDIATE_RELEASE`)
//! and the days beyond the custodial part are not used by this sentence;
//! the MoJ refuses such a calculation (RELEASE_DATE_BEFORE_SENTENCE_DATE)
//! so that the adjustments are checked, and we say it as a warning.

use super::figures::SentenceCalc;
use super::release::LASPO_2012;
use crate::calendar::add_days;
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Verification};
use crate::message::{Arg, Msg, MsgId, RuleRef};

pub static RELEASE_BEFORE_SENTENCE: Rule = Rule {
    id: "gb.moj.release-before-sentence",
    citation: "CJA 2003 s. 240ZA(3)",
    in_force_from: LASPO_2012,
    in_force_until: None,
    summary: "remand and tagged bail that would put the release more than a day before the day of sentence are said: the release is on the day of sentence and the days beyond the custodial part are not used",
    verification: Verification::Reference(
        "s. 240ZA(3) counts the remand as time served as part of the sentence; the condition is the MoJ's method (calculate-release-dates-api, ValidateSentenceHasNotBeenExtinguished and ExtinguishedSentenceGroupChecker.check: in a period in custody, the latest uncapped release day of its determinate sentences before the day before its earliest day of sentence, with remand or tagged bail, is refused as RELEASE_DATE_BEFORE_SENTENCE_DATE)",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&RELEASE_BEFORE_SENTENCE];

/// The release day before the floor at the day of sentence.
fn uncapped_release(c: &SentenceCalc) -> Option<jiff::civil::Date> {
    add_days(
        c.release_without_awarded,
        c.added.awarded - c.added.unused_awarded,
    )
    .ok()
}

/// One warning per period in custody whose release the deductions put
/// before the day before its first day of sentence (recalls left out).
pub fn check(calcs: &[SentenceCalc], path: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut periods: Vec<usize> = calcs.iter().map(|c| c.period).collect();
    periods.sort_unstable();
    periods.dedup();
    for p in periods {
        let group: Vec<&SentenceCalc> = calcs
            .iter()
            .filter(|c| c.period == p && c.recall.is_none())
            .collect();
        let Some(first) = group.iter().map(|c| c.sentenced).min() else {
            continue;
        };
        let Some((latest, release)) = group
            .iter()
            .filter_map(|c| Some((*c, uncapped_release(c)?)))
            .max_by_key(|(_, r)| *r)
        else {
            continue;
        };
        let Ok(day_before) = add_days(first, -1) else {
            continue;
        };
        if release >= day_before || latest.remand_days == 0 {
            continue;
        }
        out.push(
            Finding::new(
                Severity::Warning,
                "gb.release-before-sentence",
                Msg::new(MsgId::GbReleaseBeforeSentence)
                    .arg("days", latest.remand_days)
                    .arg("release", release)
                    .arg("sentenced", first)
                    .arg("citation", Arg::Citation(RuleRef(&RELEASE_BEFORE_SENTENCE))),
            )
            .field(format!("{path}.custody"))
            .hint(MsgId::GbReleaseBeforeSentenceHint),
        );
    }
    out
}
