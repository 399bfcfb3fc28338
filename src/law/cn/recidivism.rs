//! Recidivism (累犯, CL 65, 66) checked against the earlier sentences the
//! file records (`previous:`), instead of taken from a flag alone.
//!
//! > 被判处有期徒刑以上刑罚的犯罪分子，刑罚执行完毕或者赦免以后，在五年以内再犯应当判处有期徒刑
//! > 以上刑罚之罪的，是累犯，应当从重处罚，但是过失犯罪和不满十八周岁的人犯罪的除外。
//! > 前款规定的期限，对于被假释的犯罪分子，从假释期满之日起计算。 (CL 65)
//! > 危害国家安全犯罪、恐怖活动犯罪、黑社会性质的组织犯罪的犯罪分子，在刑罚执行完毕或者赦免以后，
//! > 在任何时候再犯上述任一类罪的，都以累犯论处。 (CL 66)
//!
//! The court's finding (`recidivist:`) governs the figures; the tool says
//! when the recorded earlier sentences do not bear it out, or bear out a
//! recidivism the file does not record.

use super::versions::{A8_IN_FORCE, CL_1997_IN_FORCE};
use crate::case::{Category, Count, Defendant};
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Verification};
use crate::message::{Msg, MsgId};
use crate::penalty::{Principal, Term};

pub static GENERAL: Rule = Rule {
    id: "cn.cl65.recidivism",
    citation: "CL 65",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "a recidivist: sentenced to fixed-term imprisonment or more, commits within 5 years after completing the sentence or being pardoned (after parole: after the probation ends) a crime deserving fixed-term imprisonment or more; not for negligent crimes, nor (from Amendment VIII) crimes of a person under 18",
    verification: Verification::Statute("criminal-law-consolidated.md art. 65"),
};

pub static SPECIAL: Rule = Rule {
    id: "cn.cl66.special-recidivism",
    citation: "CL 66",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "crimes endangering state security, terrorist crimes, crimes of mafia-like organisations: another crime of any of these kinds at any time after the sentence is completed or pardoned is recidivism (terrorism and mafia-like organisations from Amendment VIII)",
    verification: Verification::Statute("criminal-law-consolidated.md art. 66"),
};

pub static MINOR_EITHER_CRIME: Rule = Rule {
    id: "cn.cl65.minor-either-crime",
    citation: "CL 65 ¶1 (Amendment VIII)",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "the minor exclusion of CL 65, as the tool reads it: no recidivism when either the earlier or the later crime was committed before the age of 18",
    verification: Verification::Unverified(
        "CL 65 says 不满十八周岁的人犯罪的除外 without saying which crime; the tool applies it to either",
    ),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[&GENERAL, &SPECIAL, &MINOR_EITHER_CRIME];

const CL66: &[Category] = &[
    Category::StateSecurity,
    Category::Terrorism,
    Category::OrganisedCrime,
];

/// Fixed-term imprisonment or more (有期徒刑以上).
fn imprisonment_or_more(p: Principal) -> bool {
    matches!(
        p,
        Principal::Imprisonment(_)
            | Principal::Life
            | Principal::DeathWithReprieve(_)
            | Principal::Death
    )
}

/// The findings on recidivism for `counts` (the crimes of this case).
pub fn check(d: &Defendant, counts: &[Count], categories: &[Vec<Category>]) -> Vec<Finding> {
    let mut findings = Vec::new();
    if d.previous.is_empty() {
        return findings;
    }
    let adult_on = d
        .date_of_birth
        .as_ref()
        .and_then(|b| super::minors::first_day_of_18(b.value));
    // The earliest day the new crimes may have been committed, if known.
    let new_first = counts
        .iter()
        .filter_map(|c| c.committed.as_ref().map(|p| p.value.first))
        .min();
    let new_last = counts
        .iter()
        .filter_map(|c| c.committed.as_ref().map(|p| p.value.last))
        .max();
    let new_serious = counts.iter().any(|c| imprisonment_or_more(c.penalty.value));
    let new_cl66 = categories.iter().flatten().any(|c| CL66.contains(c));
    let mut found = false;
    let mut reasons: Vec<Msg> = Vec::new();
    for p in &d.previous {
        let ended = p.ended.value;
        if !imprisonment_or_more(p.penalty.value) {
            reasons.push(
                Msg::new(MsgId::CnrRecidivismEarlierTooLight).arg("penalty", p.penalty.value),
            );
            continue;
        }
        if p.negligent {
            reasons.push(Msg::new(MsgId::CnrRecidivismNegligent).arg("ended", ended));
            continue;
        }
        // CL 65 from Amendment VIII: crimes of a person under 18.
        if let Some(adult) = adult_on {
            let earlier_minor = p.committed.as_ref().is_some_and(|c| c.value.last < adult);
            let later_minor = new_first.is_some_and(|f| f < adult);
            if earlier_minor || later_minor {
                reasons.push(Msg::new(MsgId::CnrRecidivismMinor).arg("adult", adult));
                continue;
            }
        }
        if CL66.iter().any(|k| p.categories.contains(k)) && new_cl66 {
            found = true;
            findings.push(Finding::new(
                Severity::Note,
                "cn.cl66.special-recidivism",
                Msg::new(MsgId::CnrRecidivismSpecial).arg("ended", ended),
            ));
            continue;
        }
        let window_end = match crate::calendar::add_term(ended, Term::years(5)) {
            Ok(w) => w,
            Err(_) => continue,
        };
        match (new_first, new_last) {
            (Some(first), Some(last)) if first > ended && last <= window_end && new_serious => {
                found = true;
                findings.push(Finding::new(
                    Severity::Note,
                    "cn.cl65.recidivism",
                    Msg::new(MsgId::CnrRecidivismWithin)
                        .arg("penalty", p.penalty.value)
                        .arg("ended", ended)
                        .arg("window", window_end),
                ));
            }
            (Some(first), _) if first <= ended => {
                reasons.push(Msg::new(MsgId::CnrRecidivismBeforeEnd).arg("ended", ended));
            }
            (Some(first), _) if first > window_end => {
                reasons.push(
                    Msg::new(MsgId::CnrRecidivismOutside)
                        .arg("ended", ended)
                        .arg("window", window_end),
                );
            }
            (Some(_), Some(_)) if !new_serious => {
                reasons.push(MsgId::CnrRecidivismNewTooLight.into());
            }
            _ => {
                findings.push(Finding::new(
                    Severity::Assumption,
                    "cn.cl65.window-unsettled",
                    Msg::new(MsgId::CnrRecidivismUnsettled)
                        .arg("ended", ended)
                        .arg("window", window_end),
                ));
                return findings;
            }
        }
    }
    if d.recidivist && !found {
        findings.push(
            Finding::new(
                Severity::Warning,
                "cn.cl65.recidivist-not-borne-out",
                Msg::new(MsgId::CnrRecidivistNotBorneOut).arg(
                    "reasons",
                    crate::message::Arg::List(
                        reasons.into_iter().map(Into::into).collect(),
                        crate::message::Sep::Semicolon,
                    ),
                ),
            )
            .hint(MsgId::CnrRecidivismHint),
        );
    } else if !d.recidivist && found {
        findings.push(
            Finding::new(
                Severity::Warning,
                "cn.cl65.recidivist-not-recorded",
                MsgId::CnrRecidivistNotRecorded,
            )
            .hint(MsgId::CnrRecidivismHint),
        );
    }
    findings
}
