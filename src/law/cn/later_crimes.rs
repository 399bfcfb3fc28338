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
use super::term_dates::explain_period;
use super::versions::{self, CL_1997_IN_FORCE};
use crate::analysis::{DateFigures, LaterCrimeFigures};
use crate::calendar::{DateArithmeticError, calendar_difference, days_between, period_end};
use crate::case::{Defendant, Judgment, LaterCrime};
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

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[&DISCOVERED_CRIME, &NEW_CRIME];

/// Combines each later judgment (`after:`) with the earlier sentence. Only the
/// first later judgment is computed; fixed terms only.
pub fn later_crimes(
    d: &Defendant,
    path: &str,
    dates: &DateFigures,
    earlier: Principal,
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
        match one(j, kind, &field, dates, earlier) {
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

fn one(
    j: &Judgment,
    kind: LaterCrime,
    field: &str,
    dates: &DateFigures,
    earlier: Principal,
) -> Result<(Option<LaterCrimeFigures>, Vec<Finding>), DateArithmeticError> {
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
    let served_days = days_between(start, day)?.max(0);
    let served = calendar_difference(start, day)?;
    let (rule, title) = match kind {
        LaterCrime::DiscoveredCrime => (&DISCOVERED_CRIME, MsgId::LaterFirstCombine),
        LaterCrime::NewCrime => (&NEW_CRIME, MsgId::LaterFirstSubtract),
    };
    let mut steps = vec![Step::new(
        rule,
        Msg::new(MsgId::LaterServed)
            .arg("title", title)
            .arg("term", p)
            .arg("start", start)
            .arg("date", day)
            .arg("days", served_days)
            .arg("served", served),
    )];
    let remainder = match kind {
        LaterCrime::DiscoveredCrime => None,
        LaterCrime::NewCrime => {
            let after_end = crate::calendar::add_days(earlier_end, 1)?;
            let r = calendar_difference(day, after_end)?;
            steps.push(Step::new(
                rule,
                Msg::new(MsgId::LaterRemainder)
                    .arg("term", p)
                    .arg("date", day)
                    .arg("end", earlier_end)
                    .arg("remainder", r),
            ));
            Some(r)
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
                let end = period_end(start, t)?;
                let remaining = days_between(day, end)?.max(0);
                steps.push(Step::new(
                    rule,
                    Msg::new(MsgId::LaterDiscoveredTerm)
                        .arg("term", t)
                        .arg("start", start)
                        .arg("period", explain_period(start, t, end))
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
            steps,
        }),
        findings,
    ))
}
