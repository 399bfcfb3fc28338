//! The two regimes a court may decide with death with reprieve: restricted
//! commutation (限制减刑, CL 50 ¶2) and, for graft and bribery, life without
//! commutation or parole after the reprieve (终身监禁, CL 383 ¶4, 386).
//!
//! > 对被判处死刑缓期执行的累犯以及因故意杀人、强奸、抢劫、绑架、放火、爆炸、投放危险物质或者
//! > 有组织的暴力性犯罪被判处死刑缓期执行的犯罪分子，人民法院根据犯罪情节等情况可以同时决定对其
//! > 限制减刑。 (CL 50 ¶2, Amendment VIII)
//! > 犯第一款罪，有第三项规定情形被判处死刑缓期执行的，人民法院根据犯罪情节等情况可以同时决定在其
//! > 死刑缓期执行二年期满依法减为无期徒刑后，终身监禁，不得减刑、假释。 (CL 383 ¶4, Amendment IX)
//!
//! Both are decided "at the same time" (同时决定) as the sentence, in a
//! combined punishment on the sentence decided for all counts: the range of
//! the combination is the reprieve with or without the regime, and whether
//! the regime is lawful is a question of eligibility, checked here.

use super::versions::{A8_IN_FORCE, A9_IN_FORCE, BEFORE_A8, BEFORE_A9, SPC_2016_IN_FORCE};
use crate::case::{Category, Count};
use crate::finding::{Finding, Severity, Span};
use crate::law::rule::{Rule, Verification};
use crate::message::{Msg, MsgId};
use crate::penalty::{Principal, ReprieveRestriction};
use jiff::civil::Date;

pub static DECIDED_WITH_THE_SENTENCE: Rule = Rule {
    id: "cn.cl50.2.decided-with-the-sentence",
    citation: "CL 50 ¶2; CL 383 ¶4",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "restricted commutation (and, for graft and bribery, life without commutation or parole) is decided by the court together with death with reprieve (同时决定), on the combined sentence when several counts are combined: the lawful combined sentence is death with reprieve with or without it",
    verification: Verification::Statute("criminal-law-consolidated.md art. 50 ¶2, 383 ¶4"),
};

pub static RESTRICTED_ELIGIBLE: Rule = Rule {
    id: "cn.cl50.2.restricted-eligible",
    citation: "CL 50 ¶2 (Amendment VIII)",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "restricted commutation only with death with reprieve, and only for a recidivist or for death with reprieve imposed for intentional homicide, rape, robbery, kidnapping, arson, explosion, spreading dangerous substances or organised violent crime",
    verification: Verification::Statute("criminal-law-consolidated.md art. 50 ¶2"),
};

pub static RESTRICTED_OLD_CRIMES: Rule = Rule {
    id: "cn.spc2011t.2.restricted-old-crimes",
    citation: "SPC-2011T art. 2",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "crimes committed on or before 2011-04-30 sentenced to death with reprieve follow the old CL 50 (no restriction), unless the old text's reprieve would not fit the crime and the restriction would (recidivists, the listed crimes, extremely serious): the court's assessment",
    verification: Verification::Statute("spc-2011-amendment-08-temporal.md art. 2"),
};

pub static LIFE_WITHOUT_PAROLE_ELIGIBLE: Rule = Rule {
    id: "cn.cl383.4.life-without-parole-eligible",
    citation: "CL 383 ¶4, 386 (Amendment IX)",
    in_force_from: A9_IN_FORCE,
    in_force_until: None,
    summary: "life without commutation or parole after the reprieve only for graft (CL 382, 383) or bribery (CL 385, 386, punished under 383) sentenced to death with reprieve",
    verification: Verification::Statute("criminal-law-consolidated.md art. 383 ¶4, 386"),
};

pub static LIFE_WITHOUT_PAROLE_OLD_CRIMES: Rule = Rule {
    id: "cn.spc2015t.8.life-without-parole-old-crimes",
    citation: "SPC-2015T art. 8",
    in_force_from: A9_IN_FORCE,
    in_force_until: None,
    summary: "graft or bribery committed on or before 2015-10-31: life without commutation or parole applies only where the old text's reprieve would not fit the crime and it would: the court's assessment",
    verification: Verification::Statute("spc-2015-amendment-09-temporal.md art. 8"),
};

pub static LIFE_WITHOUT_PAROLE_RULING: Rule = Rule {
    id: "cn.spc2016.15.life-without-parole-ruling",
    citation: "SPC-2016 art. 15; CL 383 ¶4",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "at the expiry of the reprieve the ruling commuting it to life states 终身监禁: no commutation and no parole afterwards",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 15"),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[
    &DECIDED_WITH_THE_SENTENCE,
    &RESTRICTED_ELIGIBLE,
    &RESTRICTED_OLD_CRIMES,
    &LIFE_WITHOUT_PAROLE_ELIGIBLE,
    &LIFE_WITHOUT_PAROLE_OLD_CRIMES,
    &LIFE_WITHOUT_PAROLE_RULING,
];

/// The regime of the sentence: the decided one if the court decided it,
/// else the most severe among the counts'.
pub fn regime(counts: &[Count], decided: Option<Principal>) -> ReprieveRestriction {
    if let Some(r) = decided.and_then(|p| p.reprieve_restriction()) {
        return r;
    }
    counts
        .iter()
        .filter_map(|c| c.penalty.value.reprieve_restriction())
        .find(|r| *r != ReprieveRestriction::None)
        .unwrap_or(ReprieveRestriction::None)
}

/// Graft (CL 382, 383) or bribery (CL 385, 386): the articles CL 383 ¶4
/// and 386 name.
fn graft_or_bribery(count: &Count) -> bool {
    count.article.as_ref().is_some_and(|a| {
        a.value
            .numbers
            .iter()
            .any(|n| matches!(n, 382 | 383 | 385 | 386))
    })
}

/// What the eligibility check needs.
pub struct RegimeInput<'a> {
    pub counts: &'a [Count],
    pub categories: &'a [Vec<Category>],
    pub recidivist: bool,
    /// The regime and where the file writes it.
    pub regime: ReprieveRestriction,
    pub span: Option<Span>,
    /// The day of the judgment that decided it.
    pub judgment_date: Date,
}

/// Whether the regime could be decided: eligibility and the text in force.
pub fn check(input: &RegimeInput<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    let reprieve_counts: Vec<(&Count, &Vec<Category>)> = input
        .counts
        .iter()
        .zip(input.categories)
        .filter(|(c, _)| matches!(c.penalty.value, Principal::DeathWithReprieve(_)))
        .collect();
    // Crimes all committed before the amendment came into force.
    let all_before = |day: Date| {
        input
            .counts
            .iter()
            .all(|c| c.committed.as_ref().is_some_and(|p| p.value.last <= day))
    };
    let at = |f: Finding| match input.span {
        Some(s) => f.at(s),
        None => f,
    };
    match input.regime {
        ReprieveRestriction::None => {}
        ReprieveRestriction::RestrictedCommutation => {
            if input.judgment_date < A8_IN_FORCE {
                findings.push(at(Finding::new(
                    Severity::Error,
                    "cn.cl50.restricted-before-a8",
                    Msg::new(MsgId::CnrRestrictedBeforeA8).arg("date", input.judgment_date),
                )));
                return findings;
            }
            let listed = reprieve_counts
                .iter()
                .any(|(_, cats)| cats.contains(&Category::Violent));
            if !input.recidivist && !listed {
                findings.push(
                    at(Finding::new(
                        Severity::Error,
                        "cn.cl50.restricted-not-eligible",
                        if reprieve_counts.is_empty() {
                            Msg::new(MsgId::CnrRestrictedNoReprieveCount)
                        } else {
                            Msg::new(MsgId::CnrRestrictedNotEligible)
                        },
                    ))
                    .hint(MsgId::CnrRestrictedNotEligibleHint),
                );
            }
            if all_before(BEFORE_A8) {
                findings.push(Finding::new(
                    Severity::Note,
                    "cn.spc2011t.2.restricted-old-crimes",
                    MsgId::CnrRestrictedOldCrimes,
                ));
            }
        }
        ReprieveRestriction::LifeWithoutCommutationOrParole => {
            if input.judgment_date < A9_IN_FORCE {
                findings.push(at(Finding::new(
                    Severity::Error,
                    "cn.cl383.life-without-parole-before-a9",
                    Msg::new(MsgId::CnrLifeWithoutBeforeA9).arg("date", input.judgment_date),
                )));
                return findings;
            }
            if !reprieve_counts.iter().any(|(c, _)| graft_or_bribery(c)) {
                findings.push(
                    at(Finding::new(
                        Severity::Error,
                        "cn.cl383.life-without-parole-not-eligible",
                        MsgId::CnrLifeWithoutNotEligible,
                    ))
                    .hint(MsgId::CnrLifeWithoutNotEligibleHint),
                );
            }
            if all_before(BEFORE_A9) {
                findings.push(Finding::new(
                    Severity::Note,
                    "cn.spc2015t.8.life-without-parole-old-crimes",
                    MsgId::CnrLifeWithoutOldCrimes,
                ));
            }
        }
    }
    findings
}
