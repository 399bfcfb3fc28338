//! Crimes discovered or committed while a sentence is being served (CL 70, 71).
//!
//! > 判决宣告以后，刑罚执行完毕以前，发现被判刑的犯罪分子在判决宣告以前还有其他罪没有判决的，
//! > 应当对新发现的罪作出判决，把前后两个判决所判处的刑罚，依照本法第六十九条的规定，决定执行的
//! > 刑罚。已经执行的刑期，应当计算在新判决决定的刑期以内。 (CL 70: "first combine, then subtract")
//! > 判决宣告以后，刑罚执行完毕以前，被判刑的犯罪分子又犯罪的，应当对新犯的罪作出判决，把前罪
//! > 没有执行的刑罚和后罪所判处的刑罚，依照本法第六十九条的规定，决定执行的刑罚。
//! > (CL 71: "first subtract, then combine")
//!
//! The CL 69 combination itself is [`super::combination::combine`].

use super::combination::{self, CountPenalty, DecidedPenalty};
use super::supplementary::{CountSupplementary, DecidedSupplementary, combine_supplementary};
use super::term_dates::explain_period;
use super::versions::{self, CL_1997_IN_FORCE};
use crate::analysis::{DateFigures, LaterCrimeFigures, SupplementaryPenalties};
use crate::calendar::{DateArithmeticError, calendar_difference, days_between, period_end};
use crate::case::{CustodyKind, Defendant, Judgment, LaterCrime};
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Step, Verification};
use crate::message::{Msg, MsgId};
use crate::penalty::Principal;

pub static DISCOVERED_CRIME: Rule = Rule {
    id: "cn.cl70.discovered-crime",
    citation: "CL 70",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "a crime from before the judgment discovered while serving: combine the earlier and the new sentence under CL 69, then count the time already served within the combined term",
    verification: Verification::Statute("criminal-law-consolidated.md art. 70"),
};

pub static NEW_CRIME: Rule = Rule {
    id: "cn.cl71.new-crime",
    citation: "CL 71",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "a new crime while serving: combine the unserved remainder of the earlier sentence with the new sentence under CL 69",
    verification: Verification::Statute("criminal-law-consolidated.md art. 71"),
};

pub static PAROLE_NEW_CRIME: Rule = Rule {
    id: "cn.cl86.parole-new-crime",
    citation: "CL 86 ¶1, 71, 85",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "a new crime during parole probation revokes parole; the remainder combined under CL 71 is what was left on the day of parole: the probation is not execution of the sentence (CL 85 deems the sentence executed only when probation ends without a CL 86 event)",
    verification: Verification::Statute("criminal-law-consolidated.md art. 71, 85, 86 ¶1"),
};

pub static PAROLE_DISCOVERED_CRIME: Rule = Rule {
    id: "cn.cl86.parole-discovered-crime",
    citation: "CL 86 ¶2, 70, 85",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "an earlier crime discovered during parole probation revokes parole and is combined under CL 70; the time served counted within the new term ends on the day of parole, the days on parole do not count",
    verification: Verification::Statute("criminal-law-consolidated.md art. 70, 85, 86 ¶2"),
};

/// Where the remainder after a CL 86 ¶1/¶2 revocation starts, when the file
/// records no day of return to custody: the tool takes the later judgment's
/// day, as the CL 71 computation above already does for the new term.
pub static PAROLE_RETURN_DAY: Rule = Rule {
    id: "cn.cl86.return-day-assumed",
    citation: "CL 86 ¶2, 70 (execution after revocation)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "after a parole revoked for a discovered crime, the part of the combined term not yet served is counted from the later judgment's day; the statute does not name the day (return to custody, judgment, or effect)",
    verification: Verification::Unverified(
        "CL 70 and 86 do not say from which day the rest of the combined term runs after a revoked parole",
    ),
};

/// CL 71 applies from the pronouncement (判决宣告以后), executed or not: a
/// sentence not yet executed has served only its pre-trial custody.
pub static UNEXECUTED_EARLIER: Rule = Rule {
    id: "cn.cl71.unexecuted-earlier",
    citation: "CL 71, 47",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "a new crime after the earlier judgment was pronounced but before it was executed (on bail, or not yet in effect): the earlier sentence has served only the custody credited to it (CL 47); the rest is the remainder combined under CL 71",
    verification: Verification::Statute("criminal-law-consolidated.md art. 47, 71"),
};

/// The remainder the later judgment states (`stated_remainder:`) is the one
/// combined: the court's figure of the part not executed, which the file's
/// dates (execution, custody credited to the earlier case) may not settle.
pub static STATED_REMAINDER: Rule = Rule {
    id: "cn.cl71.stated-remainder",
    citation: "CL 71; case file (`stated_remainder:`)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "the unexecuted remainder of the earlier sentence as the later judgment states it is the one combined with the new sentence under CL 69 (the part executed is not counted); it is checked against the remainder computed from the earlier judgment's dates, a warning when they differ",
    verification: Verification::Statute("criminal-law-consolidated.md art. 71"),
};

/// A new crime while only the deprivation of political rights is left.
pub static POLITICAL_RIGHTS_REMAINDER: Rule = Rule {
    id: "cn.cl71.political-rights-remainder",
    citation: "CL 71, 58; SPC reply 法释〔2009〕10号",
    in_force_from: jiff::civil::date(2009, 6, 10),
    in_force_until: None,
    summary: "a new crime after the imprisonment was served but while its deprivation of political rights runs: CL 71 combines the new sentence with the unserved political rights; their count stops when the new imprisonment is executed and continues after it ends (CL 58)",
    verification: Verification::Unverified(
        "the SPC reply (法释〔2009〕10号) is not bundled; its content and in-force day are from memory",
    ),
};

/// The fines and other supplementary penalties of the later judgment.
pub static LATER_SUPPLEMENTARY: Rule = Rule {
    id: "cn.cl70-71.supplementary",
    citation: "CL 70, 71, 69 ¶3; SPC-2000 art. 3",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "the supplementary penalties of the earlier and the later judgment are combined under CL 69 ¶3 like those of counts judged together: fines added, confiscation of all property absorbing them; what was already paid is deducted in execution",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 69–71; spc-2000-property-penalties.md art. 3",
    ),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[
    &UNEXECUTED_EARLIER,
    &STATED_REMAINDER,
    &POLITICAL_RIGHTS_REMAINDER,
    &LATER_SUPPLEMENTARY,
    &DISCOVERED_CRIME,
    &NEW_CRIME,
    &PAROLE_NEW_CRIME,
    &PAROLE_DISCOVERED_CRIME,
    &PAROLE_RETURN_DAY,
];

/// Combines each later judgment (`after:`) with the earlier sentence. Only the
/// first later judgment is computed; fixed terms only.
pub fn later_crimes(
    d: &Defendant,
    path: &str,
    dates: &DateFigures,
    earlier: Principal,
    earlier_supp: &SupplementaryPenalties,
) -> (Vec<LaterCrimeFigures>, Vec<Finding>) {
    let mut out = Vec::new();
    let mut findings = Vec::new();
    for (i, (j, kind)) in d.later_judgments().enumerate() {
        if i > 0 {
            findings.push(Finding::new(
                Severity::Note,
                "cn.later-crimes.only-first",
                MsgId::LaterOnlyFirst,
            ));
            break;
        }
        let field = format!(
            "{path}.judgments[{}]",
            d.judgments
                .iter()
                .position(|x| std::ptr::eq(x, j))
                .unwrap_or(0)
        );
        let parole = d.paroled.as_ref().map(|p| Parole {
            paroled: p.value,
            revoked: d.parole_revoked.as_ref().map(|r| r.value),
        });
        let execution = earlier_execution(d);
        match one(&Earlier {
            j,
            kind,
            field: &field,
            dates,
            earlier,
            parole,
            execution,
            supp: earlier_supp,
        }) {
            Ok((figures, f)) => {
                findings.extend(f);
                if let Some(figures) = figures {
                    out.push(figures);
                }
            }
            Err(e) => findings.push(
                Finding::new(
                    Severity::Error,
                    "cn.dates.out-of-range",
                    Msg::new(MsgId::LaterFailed).arg("error", e.to_string()),
                )
                .field(field),
            ),
        }
    }
    (out, findings)
}

/// A parole granted on the earlier sentence, and the day it was revoked.
#[derive(Debug, Clone, Copy)]
struct Parole {
    paroled: jiff::civil::Date,
    revoked: Option<jiff::civil::Date>,
}

/// Whether the earlier sentence was executed, as the file says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Execution {
    /// `executed:` recorded on the earlier judgment.
    Recorded(jiff::civil::Date),
    /// Not recorded, and the defendant was in custody when it was given:
    /// executed when it took effect (the calendar's assumption).
    AssumedOnEffect,
    /// Not recorded, and the defendant was at liberty (bail, residential
    /// surveillance) when it was given: serving starts when taken into
    /// custody, which the file does not record.
    AtLiberty,
}

/// True when no `executed:` is recorded and the defendant was not in
/// credited custody on the day the governing judgment was given (bail,
/// residential surveillance, or none): serving starts when taken into custody.
pub fn at_liberty_when_sentenced(d: &Defendant) -> bool {
    earlier_execution(d) == Execution::AtLiberty
}

/// How the earlier (governing) judgment was executed: recorded, or read
/// from the custody at the day it was pronounced.
fn earlier_execution(d: &Defendant) -> Execution {
    if let Some(x) = d
        .original_judgments()
        .rev()
        .find_map(|j| j.executed.as_ref().map(|e| e.value))
    {
        return Execution::Recorded(x);
    }
    let Some((j, _)) = d.governing_counts() else {
        return Execution::AssumedOnEffect;
    };
    let day = j.date.value;
    let covering = |c: &&crate::case::CustodyPeriod| {
        c.from.value <= day && c.to.as_ref().is_none_or(|t| t.value >= day)
    };
    let uncredited = |c: &&crate::case::CustodyPeriod| {
        matches!(
            c.kind,
            CustodyKind::Bail | CustodyKind::ResidentialSurveillance
        )
    };
    // At liberty only when the file says so: an uncredited measure (bail,
    // residential surveillance) runs on the day of the judgment and no
    // detention does. Without a record the calendar's assumption stands.
    let mut at_judgment = d.custody.iter().filter(covering);
    let on_bail = at_judgment.clone().any(|c| uncredited(&c));
    let held = at_judgment.any(|c| !uncredited(&c));
    if on_bail && !held {
        Execution::AtLiberty
    } else {
        Execution::AssumedOnEffect
    }
}

/// What [`one`] needs about the earlier sentence and the later judgment.
struct Earlier<'a> {
    j: &'a Judgment,
    kind: LaterCrime,
    field: &'a str,
    dates: &'a DateFigures,
    earlier: Principal,
    parole: Option<Parole>,
    execution: Execution,
    supp: &'a SupplementaryPenalties,
}

fn one(e: &Earlier<'_>) -> Result<(Option<LaterCrimeFigures>, Vec<Finding>), DateArithmeticError> {
    let Earlier {
        j,
        kind,
        field,
        dates,
        earlier,
        parole,
        execution,
        supp: earlier_supp,
    } = *e;
    let mut findings = Vec::new();
    let (Principal::Imprisonment(p), Some(start), Some(earlier_end)) =
        (earlier, dates.term_start, dates.term_end)
    else {
        findings.push(
            Finding::new(
                Severity::Note,
                "cn.later-crimes.not-computed",
                Msg::new(MsgId::LaterNotComputed).arg("penalty", earlier),
            )
            .field(field),
        );
        return Ok((None, findings));
    };
    let day = j.date.value;
    if !dates.later.is_empty() || dates.current != Some(earlier) {
        findings.push(Finding::new(
            Severity::Note,
            "cn.later-crimes.commutations",
            MsgId::LaterCommutations,
        ));
    }
    if day > earlier_end {
        let rights_end = if parole.is_some() {
            dates
                .political_rights_end_if_paroled
                .or(dates.political_rights_end)
        } else {
            dates.political_rights_end
        };
        if kind == LaterCrime::NewCrime
            && let Some(rights_end) = rights_end.filter(|&r| day <= r)
        {
            return political_rights_remainder(e, p, start, earlier_end, rights_end);
        }
        findings.push(
            Finding::new(
                Severity::Warning,
                "cn.later-crimes.after-term",
                Msg::new(MsgId::LaterAfterTerm)
                    .arg("date", day)
                    .arg("end", earlier_end),
            )
            .field(format!("{field}.after")),
        );
        return Ok((None, findings));
    }
    // CL 86 ¶1, ¶2: a parole before the later judgment (and after the term
    // started) ends the time served on the day of parole.
    let on_parole = parole
        .map(|p| p.paroled)
        .filter(|&pd| pd > start && pd <= day);
    // The day the rest of the combined term starts after a revoked parole.
    let recorded_return = parole.and_then(|p| p.revoked);
    let return_day = recorded_return.unwrap_or(day);
    // CL 71 from the pronouncement: an earlier sentence not executed by the
    // later judgment has served only its credited custody (CL 47).
    let executed = dates.executed.unwrap_or(start);
    let unexecuted = on_parole.is_none()
        && match execution {
            Execution::Recorded(x) => x > day,
            Execution::AssumedOnEffect => false,
            Execution::AtLiberty => true,
        };
    let served_until = match on_parole {
        Some(pd) => pd,
        None if unexecuted => executed.min(day),
        None => day,
    };
    let served_days = days_between(start, served_until)?.max(0);
    let served = calendar_difference(start, served_until)?;
    let (rule, title) = match (kind, on_parole.is_some()) {
        (LaterCrime::DiscoveredCrime, false) => (&DISCOVERED_CRIME, MsgId::LaterFirstCombine),
        (LaterCrime::NewCrime, false) => (&NEW_CRIME, MsgId::LaterFirstSubtract),
        (LaterCrime::DiscoveredCrime, true) => (&PAROLE_DISCOVERED_CRIME, MsgId::LaterFirstCombine),
        (LaterCrime::NewCrime, true) => (&PAROLE_NEW_CRIME, MsgId::LaterFirstSubtract),
    };
    let mut steps = vec![Step::new(
        rule,
        Msg::new(if on_parole.is_some() {
            MsgId::CnrParoleServed
        } else if unexecuted {
            MsgId::CnrUnexecutedServed
        } else {
            MsgId::LaterServed
        })
        .arg("title", title)
        .arg("term", p)
        .arg("start", start)
        .arg("date", served_until)
        .arg("days", served_days)
        .arg("served", served),
    )];
    if unexecuted {
        steps.push(Step::new(
            &UNEXECUTED_EARLIER,
            Msg::new(match execution {
                Execution::AtLiberty => MsgId::CnrEarlierAtLiberty,
                _ => MsgId::CnrEarlierExecutedLater,
            })
            .arg("date", day)
            .arg("days", served_days),
        ));
        if execution == Execution::AtLiberty {
            findings.push(
                Finding::new(
                    Severity::Assumption,
                    "cn.later-crimes.earlier-not-executed",
                    Msg::new(MsgId::CnrEarlierAtLibertyAssumed).arg("date", day),
                )
                .field(field.to_string())
                .hint(MsgId::CnrEarlierAtLibertyAssumedHint),
            );
        }
    }
    if let Some(pd) = on_parole {
        let parole_days = days_between(pd, day)?.max(0);
        steps.push(Step::new(
            rule,
            Msg::new(MsgId::CnrParoleNotServed)
                .arg("paroled", pd)
                .arg("date", day)
                .arg("days", parole_days),
        ));
    }
    let remainder = match kind {
        LaterCrime::DiscoveredCrime => None,
        LaterCrime::NewCrime => {
            let after_end = crate::calendar::add_days(earlier_end, 1)?;
            let r = calendar_difference(served_until, after_end)?;
            steps.push(Step::new(
                rule,
                Msg::new(MsgId::LaterRemainder)
                    .arg("term", p)
                    .arg("date", served_until)
                    .arg("end", earlier_end)
                    .arg("remainder", r),
            ));
            Some(stated_or_computed(j, r, field, &mut steps, &mut findings))
        }
    };
    let first = Principal::Imprisonment(remainder.unwrap_or(p));
    let mut penalties = vec![CountPenalty {
        offence: match kind {
            LaterCrime::DiscoveredCrime => "earlier sentence",
            LaterCrime::NewCrime => "unserved remainder of the earlier sentence",
        },
        penalty: first,
    }];
    penalties.extend(j.counts.iter().map(|c| CountPenalty {
        offence: &c.offence,
        penalty: c.penalty.value,
    }));
    let decided = j.decided.as_ref().map(|dec| DecidedPenalty {
        penalty: dec.penalty.value,
        then: dec.then.as_ref().map(|t| t.value),
        span: dec.penalty.span,
    });
    let text = versions::choose_text(&j.counts, day).text;
    let (comb, f) = combination::combine(&penalties, text, day, decided);
    findings.extend(f);
    let mut term_end = None;
    if let Some(Principal::Imprisonment(t)) = comb.decided {
        match kind {
            LaterCrime::DiscoveredCrime => {
                // The days on parole are not served: the term ends that much later.
                let plain_end = period_end(start, t)?;
                let mut end = plain_end;
                if let Some(pd) = on_parole {
                    let parole_days = days_between(pd, return_day)?.max(0);
                    end = crate::calendar::add_days(plain_end, parole_days)?;
                    steps.push(Step::new(
                        if recorded_return.is_some() {
                            &PAROLE_DISCOVERED_CRIME
                        } else {
                            &PAROLE_RETURN_DAY
                        },
                        Msg::new(if recorded_return.is_some() {
                            MsgId::CnrParoleReturnRecorded
                        } else {
                            MsgId::CnrParoleReturnAssumed
                        })
                        .arg("date", return_day)
                        .arg("days", parole_days)
                        .arg("from", plain_end)
                        .arg("end", end),
                    ));
                }
                let remaining = days_between(day, end)?.max(0);
                steps.push(Step::new(
                    rule,
                    Msg::new(MsgId::LaterDiscoveredTerm)
                        .arg("term", t)
                        .arg("start", start)
                        .arg("period", explain_period(start, t, plain_end))
                        .arg("remaining", remaining)
                        .arg("date", day),
                ));
                term_end = Some(end);
            }
            LaterCrime::NewCrime => {
                let end = period_end(day, t)?;
                steps.push(Step::new(
                    rule,
                    Msg::new(MsgId::LaterNewTerm)
                        .arg("term", t)
                        .arg("period", explain_period(day, t, end))
                        .arg("days", served_days),
                ));
                term_end = Some(end);
            }
        }
        findings.push(Finding::new(
            Severity::Note,
            "cn.later-crimes.dates-not-recomputed",
            MsgId::LaterDatesNotRecomputed,
        ));
    }
    let principal = comb.decided.or(comb.highest);
    let (supplementary, f) = later_supplementary(j, earlier_supp, text, principal);
    findings.extend(f);
    Ok((
        Some(LaterCrimeFigures {
            kind,
            judgment_date: day,
            earlier: p,
            served,
            served_days,
            remainder,
            combination: comb,
            term_end,
            political_rights_remainder: None,
            political_rights_end: None,
            supplementary,
            steps,
        }),
        findings,
    ))
}

/// The remainder combined under CL 71: the court's stated figure when the
/// file records one (checked against the computed `r`: a warning when they
/// differ), else `r`.
fn stated_or_computed(
    j: &Judgment,
    r: crate::penalty::Term,
    field: &str,
    steps: &mut Vec<Step>,
    findings: &mut Vec<Finding>,
) -> crate::penalty::Term {
    let Some(stated) = &j.stated_remainder else {
        return r;
    };
    steps.push(Step::new(
        &STATED_REMAINDER,
        Msg::new(MsgId::CnrStatedRemainder)
            .arg("stated", stated.value)
            .arg("remainder", r),
    ));
    if stated.value != r {
        findings.push(
            Finding::new(
                Severity::Warning,
                "cn.cl71.stated-remainder-differs",
                Msg::new(MsgId::CnrStatedRemainderDiffers)
                    .arg("stated", stated.value)
                    .arg("remainder", r),
            )
            .field(format!("{field}.stated_remainder"))
            .at(stated.span)
            .hint(MsgId::CnrStatedRemainderDiffersHint),
        );
    }
    stated.value
}

/// CL 69 ¶3 on the earlier judgment's supplementary penalties (as decided,
/// or as combined) and the later judgment's counts, checked against the
/// later judgment's decision.
fn later_supplementary(
    j: &Judgment,
    earlier: &SupplementaryPenalties,
    text: versions::CriminalLawText,
    principal: Option<Principal>,
) -> (SupplementaryPenalties, Vec<Finding>) {
    let first = CountSupplementary {
        political_rights: earlier
            .decided_political_rights
            .as_ref()
            .or(earlier.political_rights.as_ref()),
        fine: earlier.decided_fine.as_ref().or(earlier.fine.as_ref()),
        confiscation: earlier
            .decided_confiscation
            .as_ref()
            .or(earlier.confiscation.as_ref()),
    };
    let mut counts = vec![first];
    counts.extend(j.counts.iter().map(|c| CountSupplementary {
        political_rights: c.political_rights.as_ref().map(|p| &p.value),
        fine: c.fine.as_ref().map(|m| &m.value),
        confiscation: c.confiscation.as_ref().map(|m| &m.value),
    }));
    let (mut supp, findings) = combine_supplementary(
        &counts,
        text,
        principal,
        j.decided.as_ref().map(|dec| DecidedSupplementary {
            political_rights: dec.political_rights.as_ref().map(|p| (&p.value, p.span)),
            fine: dec.fine.as_ref().map(|m| (&m.value, m.span)),
            confiscation: dec.confiscation.as_ref().map(|m| (&m.value, m.span)),
            span: dec.span,
        }),
    );
    if first.fine.is_some() || first.confiscation.is_some() {
        supp.steps.insert(
            0,
            Step::new(&LATER_SUPPLEMENTARY, MsgId::CnrLaterSupplementaryEarlier),
        );
    }
    (supp, findings)
}

/// CL 71 when only the deprivation of political rights of the earlier
/// sentence is left: the later counts are combined on their own, and the
/// rest of the political rights continues after the new term (CL 58).
fn political_rights_remainder(
    e: &Earlier<'_>,
    p: crate::penalty::Term,
    start: jiff::civil::Date,
    earlier_end: jiff::civil::Date,
    rights_end: jiff::civil::Date,
) -> Result<(Option<LaterCrimeFigures>, Vec<Finding>), DateArithmeticError> {
    let j = e.j;
    let day = j.date.value;
    let mut findings = Vec::new();
    let served_days = days_between(start, crate::calendar::add_days(earlier_end, 1)?)?;
    // Counted in days: the count stops and continues day for day.
    let rest_days = days_between(day, crate::calendar::add_days(rights_end, 1)?)?;
    let rest = calendar_difference(day, crate::calendar::add_days(rights_end, 1)?)?;
    let mut steps = vec![Step::new(
        &POLITICAL_RIGHTS_REMAINDER,
        Msg::new(MsgId::CnrPoliticalRightsRemainder)
            .arg("term", p)
            .arg("end", earlier_end)
            .arg("rights_end", rights_end)
            .arg("date", day)
            .arg("rest", rest)
            .arg("days", rest_days),
    )];
    let penalties: Vec<CountPenalty<'_>> = j
        .counts
        .iter()
        .map(|c| CountPenalty {
            offence: &c.offence,
            penalty: c.penalty.value,
        })
        .collect();
    let decided = j.decided.as_ref().map(|dec| DecidedPenalty {
        penalty: dec.penalty.value,
        then: dec.then.as_ref().map(|t| t.value),
        span: dec.penalty.span,
    });
    let text = versions::choose_text(&j.counts, day).text;
    let (comb, f) = combination::combine(&penalties, text, day, decided);
    findings.extend(f);
    let mut term_end = None;
    let mut political_rights_end = None;
    if let Some(
        Principal::Imprisonment(t)
        | Principal::CriminalDetention(t)
        | Principal::PublicSurveillance(t),
    ) = comb.decided
    {
        let end = period_end(day, t)?;
        term_end = Some(end);
        let after = crate::calendar::add_days(end, 1)?;
        let rights = crate::calendar::add_days(after, rest_days - 1)?;
        political_rights_end = Some(rights);
        steps.push(Step::new(
            &POLITICAL_RIGHTS_REMAINDER,
            Msg::new(MsgId::CnrPoliticalRightsContinue)
                .arg("term", t)
                .arg("period", explain_period(day, t, end))
                .arg("days", rest_days)
                .arg("after", after)
                .arg("rights_end", rights),
        ));
    }
    let principal = comb.decided.or(comb.highest);
    // The political rights continue by CL 58 (above), not by CL 69 ¶3.
    let earlier_property = SupplementaryPenalties {
        political_rights: None,
        decided_political_rights: None,
        ..e.supp.clone()
    };
    let (supplementary, f) = later_supplementary(j, &earlier_property, text, principal);
    findings.extend(f);
    Ok((
        Some(LaterCrimeFigures {
            kind: e.kind,
            judgment_date: day,
            earlier: p,
            served: p,
            served_days,
            remainder: Some(crate::penalty::Term::ZERO),
            combination: comb,
            term_end,
            political_rights_remainder: Some(rest),
            political_rights_end,
            supplementary,
            steps,
        }),
        findings,
    ))
}
