//! Suspended sentences (缓刑, CL 72–77): who may have one, the probation
//! period and its dates, and what follows a revocation.
//!
//! > 对于被判处拘役、三年以下有期徒刑的犯罪分子，同时符合下列条件的，可以宣告缓刑，对其中
//! > 不满十八周岁的人、怀孕的妇女和已满七十五周岁的人，应当宣告缓刑 (CL 72 ¶1, Amendment VIII text)
//! > 拘役的缓刑考验期限为原判刑期以上一年以下，但是不能少于二个月。有期徒刑的缓刑考验期限为原判
//! > 刑期以上五年以下，但是不能少于一年。缓刑考验期限，从判决确定之日起计算。 (CL 73)
//! > 对于累犯和犯罪集团的首要分子，不适用缓刑。 (CL 74, Amendment VIII text)
//! > 缓刑考验期满，原判的刑罚就不再执行 (CL 76)
//! > 在缓刑考验期限内犯新罪或者发现判决宣告以前还有其他罪没有判决的，应当撤销缓刑，对新犯的罪或者
//! > 新发现的罪作出判决，把前罪和后罪所判处的刑罚，依照本法第六十九条的规定，决定执行的刑罚。
//! > (CL 77 ¶1) …情节严重的，应当撤销缓刑，执行原判刑罚。 (CL 77 ¶2)
//!
//! A revoked suspension is analysed as the sentence it becomes (see
//! [`revoked`]): the original penalty executed from the revocation (¶2), or
//! the CL 69 combination of the suspended penalty with the later judgment's
//! (¶1), custody before the suspension credited either way.

use super::effective_date::effective_date;
use super::versions::{A8_IN_FORCE, BEFORE_A8, CL_1997_IN_FORCE, CriminalLawText};
use crate::analysis::{DateEvent, DefendantAnalysis, ProbationFigures};
use crate::calendar::{DateArithmeticError, period_end};
use crate::case::{Defendant, Judgment, LaterCrime, Located, RevocationGround};
use crate::finding::{Finding, Severity, Span};
use crate::law::Step;
use crate::law::rule::{Rule, Verification};
use crate::message::{Msg, MsgId};
use crate::penalty::{Principal, Term};
use jiff::civil::Date;

/// CL 72 ¶1: only criminal detention or imprisonment of up to 3 years.
pub static SUSPENDABLE: Rule = Rule {
    id: "cn.cl72.suspendable",
    citation: "CL 72 ¶1",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "a suspension only for criminal detention or fixed-term imprisonment of up to 3 years",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 72 ¶1 (被判处拘役、三年以下有期徒刑); the same in the 1997 text replaced by Amendment VIII art. 11",
    ),
};

/// CL 72 ¶1 (Amendment VIII): a suspension is mandatory for minors,
/// pregnant women and those aged 75 or more who meet its conditions.
pub static MANDATORY: Rule = Rule {
    id: "cn.cl72.mandatory",
    citation: "CL 72 ¶1 (Amendment VIII text)",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "under 18, pregnant, or 75 or older: the suspension must be granted when the conditions of ¶1 are met; the tool reads the age under 18 at the offence and the age of 75 at the judgment",
    verification: Verification::Unverified(
        "the text (amendment-08-2011.md art. 11) does not say on which day the age counts; the tool's reading: under 18 at the offence (as CL 17), 75 at the judgment (as CL 49 ¶2)",
    ),
};

/// CL 72 ¶3 (¶2 of the 1997 text): supplementary penalties are executed.
pub static SUPPLEMENTARY_EXECUTED: Rule = Rule {
    id: "cn.cl72.supplementary-executed",
    citation: "CL 72 ¶3",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "a suspended sentence's supplementary penalties are still executed",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 72 ¶3 (附加刑仍须执行); ¶2 of the 1997 text, the same words",
    ),
};

/// CL 73 ¶1: the probation period of criminal detention.
pub static PERIOD_DETENTION: Rule = Rule {
    id: "cn.cl73.detention",
    citation: "CL 73 ¶1",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "probation for criminal detention: at least the term and at least 2 months, at most 1 year",
    verification: Verification::Statute("criminal-law-consolidated.md art. 73 ¶1"),
};

/// CL 73 ¶2: the probation period of fixed-term imprisonment.
pub static PERIOD_IMPRISONMENT: Rule = Rule {
    id: "cn.cl73.imprisonment",
    citation: "CL 73 ¶2",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "probation for fixed-term imprisonment: at least the term and at least 1 year, at most 5 years",
    verification: Verification::Statute("criminal-law-consolidated.md art. 73 ¶2"),
};

/// CL 73 ¶3: counted from the day the judgment takes effect.
pub static PERIOD_START: Rule = Rule {
    id: "cn.cl73.start",
    citation: "CL 73 ¶3",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "the probation period runs from the day the judgment takes effect; its last day is the day before the same date after the period",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 73 ¶3 (从判决确定之日起计算); the last day follows the tool's term-end convention",
    ),
};

/// CL 74, 1997 text: no suspension for recidivists.
pub static BARRED_1997: Rule = Rule {
    id: "cn.cl74.barred.1997",
    citation: "CL 74 (1997 text)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: Some(BEFORE_A8),
    summary: "no suspension for recidivists",
    verification: Verification::Unverified(
        "the 1997 text (对于累犯，不适用缓刑) is not bundled; Amendment VIII art. 12 replaced it",
    ),
};

/// CL 74, Amendment VIII text: no suspension for recidivists or heads of
/// criminal groups.
pub static BARRED_A8: Rule = Rule {
    id: "cn.cl74.barred.a8",
    citation: "CL 74 (Amendment VIII text)",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "no suspension for recidivists or heads of criminal groups; the text follows the offence dates as CL 69 (SPC-2011T says nothing of CL 74; CL 12 keeps the 1997 text, which is lighter, for crimes before 2011-05-01)",
    verification: Verification::Statute(
        "amendment-08-2011.md art. 12; criminal-law-consolidated.md art. 74",
    ),
};

/// CL 76: a probation passed without a CL 77 ground ends the penalty.
pub static PASSED: Rule = Rule {
    id: "cn.cl76.passed",
    citation: "CL 76",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "no custody is executed during probation; if it passes without a CL 77 ground the original penalty is no longer executed",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 76 (原判的刑罚就不再执行); the same consequence in the 1997 text replaced by Amendment VIII art. 13",
    ),
};

/// CL 77 ¶1: a new or a discovered crime revokes the suspension.
pub static REVOKED_CRIME: Rule = Rule {
    id: "cn.cl77.1.crime",
    citation: "CL 77 ¶1",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "a new crime, or an earlier crime discovered, during probation: the suspension is revoked and the suspended penalty and the later one are combined under CL 69",
    verification: Verification::Statute("criminal-law-consolidated.md art. 77 ¶1"),
};

/// CL 77 ¶2: a serious violation revokes the suspension.
pub static REVOKED_VIOLATION: Rule = Rule {
    id: "cn.cl77.2.violation",
    citation: "CL 77 ¶2",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "a serious violation of the conditions of probation (or, from 2011-05-01, of a prohibition order): the suspension is revoked and the original penalty executed",
    verification: Verification::Statute(
        "amendment-08-2011.md art. 14 (Amendment VIII text); the 1997 text had the same consequence (执行原判刑罚)",
    ),
};

/// Custody before the suspension is credited when it is revoked.
pub static CREDIT_ON_REVOCATION: Rule = Rule {
    id: "cn.cl77.custody-credited",
    citation: "CL 47, 44; SPC reply on custody before a revoked suspension (2002)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "custody before the suspension is credited against the penalty executed after a revocation (not before: a suspended sentence executes no custody)",
    verification: Verification::Unverified(
        "the SPC reply (法释〔2002〕11号) is not bundled; CL 44 and 47 credit custody before the judgment is executed",
    ),
};

/// After a revocation for violations, the term runs from the revocation.
pub static EXECUTED_FROM_REVOCATION: Rule = Rule {
    id: "cn.cl77.executed-from-revocation",
    citation: "CL 77 ¶2 (execution day)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "after a revocation for violations the original penalty is executed from the day of the revocation (taken as the day the person was taken into custody), custody before the suspension credited",
    verification: Verification::Unverified(
        "the statute does not name the day; the tool takes the revocation day unless the judgment records `executed:` after it",
    ),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[
    &SUSPENDABLE,
    &MANDATORY,
    &SUPPLEMENTARY_EXECUTED,
    &PERIOD_DETENTION,
    &PERIOD_IMPRISONMENT,
    &PERIOD_START,
    &BARRED_1997,
    &BARRED_A8,
    &PASSED,
    &REVOKED_CRIME,
    &REVOKED_VIOLATION,
    &CREDIT_ON_REVOCATION,
    &EXECUTED_FROM_REVOCATION,
];

/// The lawful probation period of a suspended `penalty` (CL 73 ¶1–2), or
/// `None` when the penalty cannot be suspended (CL 72 ¶1).
pub fn lawful_period(penalty: Principal) -> Option<(Term, Term, &'static Rule)> {
    match penalty {
        Principal::CriminalDetention(t) => {
            Some((t.max(Term::months(2)), Term::years(1), &PERIOD_DETENTION))
        }
        Principal::Imprisonment(t) if t <= Term::years(3) => {
            Some((t.max(Term::years(1)), Term::years(5), &PERIOD_IMPRISONMENT))
        }
        _ => None,
    }
}

/// Checks a suspension against CL 72 ¶1 and CL 73 ¶1–2. `field` names the
/// penalty in the findings.
pub fn check_period(
    penalty: Principal,
    period: &Located<Term>,
    field: &str,
) -> (Vec<Step>, Vec<Finding>) {
    let mut steps = Vec::new();
    let mut findings = Vec::new();
    let Some((min, max, rule)) = lawful_period(penalty) else {
        findings.push(
            Finding::new(
                Severity::Error,
                "cn.cl72.not-suspendable",
                Msg::new(MsgId::ProbNotSuspendable).arg("penalty", penalty),
            )
            .field(field.to_string())
            .at(period.span)
            .hint(MsgId::ProbNotSuspendableHint),
        );
        return (steps, findings);
    };
    let lawful = min <= period.value && period.value <= max;
    steps.push(Step::new(
        rule,
        Msg::new(if lawful {
            MsgId::ProbPeriodLawful
        } else {
            MsgId::ProbPeriodUnlawful
        })
        .arg("penalty", penalty)
        .arg("period", period.value)
        .arg("min", min)
        .arg("max", max),
    ));
    if !lawful {
        findings.push(
            Finding::new(
                Severity::Error,
                "cn.cl73.period-out-of-range",
                Msg::new(MsgId::ProbPeriodUnlawful)
                    .arg("penalty", penalty)
                    .arg("period", period.value)
                    .arg("min", min)
                    .arg("max", max),
            )
            .field(field.to_string())
            .at(period.span)
            .hint(MsgId::ProbPeriodHint),
        );
    }
    (steps, findings)
}

/// The suspensions written on counts (CL 72–73): each period checked, and a
/// warning when several counts are judged together and the decided sentence
/// is not suspended (the suspension is decided on the combined sentence).
pub fn count_suspensions(
    counts: &[crate::case::Count],
    decided: Option<&crate::case::Decided>,
    path: &str,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for c in counts {
        let Some(period) = &c.probation else { continue };
        // A single count's suspension is the decided sentence's: checked there.
        if counts.len() > 1 {
            let (_, f) = check_period(c.penalty.value, period, &format!("{path}.judgments"));
            findings.extend(f);
            if decided.is_none_or(|d| d.probation.is_none()) {
                findings.push(
                    Finding::new(
                        Severity::Warning,
                        "cn.cl72.count-suspension",
                        Msg::new(MsgId::ProbCountSuspension)
                            .arg("offence", super::offence_arg(&c.offence, &c.native_offence))
                            .arg("penalty", c.penalty.value)
                            .arg("period", period.value),
                    )
                    .at(period.span),
                );
            }
        }
    }
    findings
}

/// Where a suspended sentence stands on `day` (`--as-of`): before the
/// probation period, within it (days left, the day included), or passed.
pub fn position_on(p: &mut ProbationFigures, day: Date) {
    let (Some(start), Some(end)) = (p.start, p.end) else {
        return;
    };
    let text = if day < start {
        Msg::new(MsgId::ProbAsOfBefore)
            .arg("date", day)
            .arg("start", start)
    } else if day <= end {
        let left = crate::calendar::days_inclusive(day, end).unwrap_or(0);
        Msg::new(MsgId::ProbAsOfWithin)
            .arg("date", day)
            .arg("days", left)
            .arg("end", end)
    } else {
        Msg::new(MsgId::ProbAsOfPassed)
            .arg("date", day)
            .arg("end", end)
    };
    p.events.push(DateEvent {
        event: Msg::new(MsgId::EventProbationAsOf).arg("date", day),
        date: Some(day),
        step: Step::new(&PASSED, text),
    });
}

/// The suspended sentence in force: the decided sentence's suspension, or
/// a single count's.
pub fn governing_suspension(d: &Defendant) -> Option<(Principal, Located<Term>)> {
    let (_, dec) = d.governing_decided()?;
    dec.probation.map(|p| (dec.penalty.value, p))
}

/// What an analysis adds about a suspended sentence, or about a sentence
/// that could have been suspended: the eligibility findings (CL 72 ¶1,
/// CL 74), the probation period's dates (CL 73 ¶3) and what no custody
/// means (CL 76).
pub struct SuspensionInput<'a> {
    pub defendant: &'a Defendant,
    pub path: &'a str,
    /// The decided sentence.
    pub sentence: Principal,
    pub text: CriminalLawText,
    /// The judgment that decided the sentence (its date is the trial date).
    pub decided_on: Date,
    /// Supplementary penalties were imposed (CL 72 ¶3).
    pub supplementary: bool,
}

/// The figures of a suspended sentence, and the notes on eligibility for a
/// sentence that is not suspended. `None` figures when there is no suspension.
pub fn suspension(input: &SuspensionInput<'_>) -> (Option<ProbationFigures>, Vec<Finding>) {
    let d = input.defendant;
    let mut findings = Vec::new();
    let suspension = governing_suspension(d);
    // CL 72 ¶1 (Amendment VIII): mandatory for minors and those 75 or older.
    if suspension.is_none()
        && lawful_period(input.sentence).is_some()
        && input.decided_on >= A8_IN_FORCE
        && let Some(born) = &d.date_of_birth
    {
        let first_offence = d.governing_counts().and_then(|(_, cs)| {
            cs.iter()
                .filter_map(|c| c.committed.as_ref())
                .map(|p| p.value.first)
                .min()
        });
        // Ages as CL 17 and 49 count them (minors::AGE_FROM_THE_DAY_AFTER):
        // an offence on the 18th birthday is an offence under 18.
        let age_on = |day| super::minors::age_on(born.value, day).unwrap_or(0);
        let minor = first_offence.is_some_and(|day| age_on(day) < 18);
        let old = age_on(input.decided_on) >= 75;
        if minor || old {
            findings.push(
                Finding::new(
                    Severity::Note,
                    "cn.cl72.mandatory",
                    Msg::new(if minor {
                        MsgId::ProbMandatoryMinor
                    } else {
                        MsgId::ProbMandatoryOld
                    })
                    .arg("penalty", input.sentence)
                    .arg("born", born.value),
                )
                .at(born.span),
            );
        }
    }
    let Some((penalty, period)) = suspension else {
        return (None, findings);
    };
    let field = format!("{}.judgments", input.path);
    let mut out = ProbationFigures {
        suspended: penalty,
        period: period.value,
        start: None,
        end: None,
        custody_days: None,
        revoked: d.suspension_revoked.as_ref().map(|r| r.value),
        events: Vec::new(),
        steps: Vec::new(),
    };
    let (steps, f) = check_period(penalty, &period, &field);
    out.steps.extend(steps);
    findings.extend(f);
    // CL 74: recidivists, and from Amendment VIII heads of criminal groups.
    let barred = match input.text {
        CriminalLawText::Text1997 => (d.recidivist, &BARRED_1997),
        CriminalLawText::AmendmentVIII => (d.recidivist || d.criminal_group_leader, &BARRED_A8),
    };
    if barred.0 {
        out.steps.push(Step::new(barred.1, MsgId::ProbBarredStep));
        findings.push(
            Finding::new(
                Severity::Error,
                "cn.cl74.barred",
                Msg::new(if d.recidivist {
                    MsgId::ProbBarredRecidivist
                } else {
                    MsgId::ProbBarredGroupLeader
                })
                .arg("penalty", penalty),
            )
            .at(period.span)
            .hint(MsgId::ProbBarredHint),
        );
    } else if d.criminal_group_leader {
        // The 1997 text did not bar heads of criminal groups.
        out.steps
            .push(Step::new(&BARRED_1997, MsgId::ProbGroupLeader1997));
    }
    if let Err(e) = dates(input, &mut out, &mut findings) {
        findings.push(
            Finding::new(
                Severity::Error,
                "cn.dates.out-of-range",
                Msg::new(MsgId::DatesComputeFailed).arg("error", e.to_string()),
            )
            .field(input.path)
            .hint(MsgId::DatesComputeFailedHint),
        );
    }
    if input.supplementary {
        out.steps.push(Step::new(
            &SUPPLEMENTARY_EXECUTED,
            MsgId::ProbSupplementaryExecuted,
        ));
    }
    (Some(out), findings)
}

/// The probation period's first and last day, and the custody that would
/// be credited on revocation.
fn dates(
    input: &SuspensionInput<'_>,
    out: &mut ProbationFigures,
    findings: &mut Vec<Finding>,
) -> Result<(), DateArithmeticError> {
    let d = input.defendant;
    let n = d.original_judgments().count();
    let Some((gi, governing)) = n
        .checked_sub(1)
        .and_then(|i| d.judgments.get(i).map(|j| (i, j)))
    else {
        return Ok(());
    };
    let root = crate::case::FieldPath::Root(input.path);
    let field = root.key_index("judgments", gi);
    let (effective, step, assumption, uncovered) = effective_date(governing, &field)?;
    // Outside the holiday data only weekends were counted (holidays.rs).
    findings.extend(uncovered);
    out.events.push(DateEvent {
        event: MsgId::EventEffective.into(),
        date: Some(effective),
        step,
    });
    if let Some(f) = assumption {
        findings.push(f);
    }
    let end = period_end(effective, out.period)?;
    out.start = Some(effective);
    out.end = Some(end);
    // The court's stated probation period (an imported judgment), checked.
    super::stated_term::check_probation(
        governing.stated_probation.as_ref(),
        effective,
        end,
        &field.to_string(),
        &mut out.events,
        findings,
    );
    // Another judgment's stated probation period. A first instance that every
    // appeal after it upheld (维持原判) is the suspension that runs: CL 73 ¶3
    // counts it from the day it became final, the governing day, so it is
    // checked against the same period. One changed on appeal never became
    // final (CL 73 ¶3 gives it no first day), and a later judgment's is not
    // the period that runs: named as not checked.
    for (k, j) in d.judgments.iter().enumerate().filter(|(k, _)| *k != gi) {
        let Some(st) = &j.stated_probation else {
            continue;
        };
        let path = root.key_index("judgments", k).to_string();
        let upheld_into_governing = k < gi
            && d.judgments
                .get(k + 1..=gi)
                .is_some_and(|later| later.iter().all(|a| a.appeal && a.upheld));
        if upheld_into_governing {
            super::stated_term::check_probation(
                Some(st),
                effective,
                end,
                &path,
                &mut out.events,
                findings,
            );
        } else {
            findings.push(super::stated_term::probation_not_checked(st, &path));
        }
    }
    out.events.push(DateEvent {
        event: MsgId::EventProbationStarts.into(),
        date: Some(effective),
        step: Step::new(
            &PERIOD_START,
            Msg::new(MsgId::ProbStartStep).arg("date", effective),
        ),
    });
    out.events.push(DateEvent {
        event: MsgId::EventProbationEnds.into(),
        date: Some(end),
        step: Step::new(
            &PERIOD_START,
            Msg::new(MsgId::ProbEndStep)
                .arg("start", effective)
                .arg("period", out.period)
                .arg("end", end),
        ),
    });
    // Custody served: credited only if the suspension is revoked.
    let credit =
        super::custody_credit::credit(&d.custody, out.suspended.kind(), effective, input.path)?;
    out.custody_days = Some(credit.days);
    out.events.push(DateEvent {
        event: MsgId::EventNoCustodyExecuted.into(),
        date: None,
        step: Step::new(
            &PASSED,
            Msg::new(MsgId::ProbNoCustodyStep)
                .arg("end", end)
                .arg("days", credit.days),
        ),
    });
    if let Some(r) = &d.suspension_revoked
        && (r.value.date < effective || r.value.date > end)
    {
        findings.push(
            Finding::new(
                Severity::Warning,
                "cn.cl77.revoked-outside-probation",
                Msg::new(MsgId::ProbRevokedOutside)
                    .arg("date", r.value.date)
                    .arg("start", effective)
                    .arg("end", end),
            )
            .at(r.span),
        );
    }
    Ok(())
}

/// A suspension revoked (CL 77): the defendant as the sentence that is
/// executed instead, for a second analysis. `None` when nothing was revoked.
/// The findings are about the revocation itself.
pub struct Revoked {
    pub defendant: Defendant,
    pub ground: RevocationGround,
    pub date: Date,
    pub span: Span,
    pub findings: Vec<Finding>,
    /// False when the revocation could not be applied (the later judgment
    /// is missing): `defendant` is then the suspended sentence as it stands.
    pub applied: bool,
}

/// The last day of the probation period of the suspended sentence in force,
/// when its effective date is known (recorded or computed).
fn probation_end(d: &Defendant) -> Option<Date> {
    let (_, period) = governing_suspension(d)?;
    let governing = d.original_judgments().last()?;
    let (effective, _, _, _) = effective_date(governing, "").ok()?;
    period_end(effective, period.value).ok()
}

/// Strips the suspension from the original judgments.
fn unsuspended(d: &Defendant) -> Defendant {
    let mut out = d.clone();
    out.suspension_revoked = None;
    let n = out.original_judgments().count();
    for j in out.judgments.iter_mut().take(n) {
        for c in &mut j.counts {
            c.probation = None;
        }
        if let Some(dec) = &mut j.decided {
            dec.probation = None;
        }
    }
    out
}

/// The sentence executed after a revocation, as a defendant without a
/// suspension; see the module documentation.
pub fn revoked(d: &Defendant) -> Option<Revoked> {
    governing_suspension(d)?;
    let later = d.later_judgments().next();
    let recorded = d.suspension_revoked.as_ref();
    let mut findings = Vec::new();
    let (ground, date, span) = match (recorded, later) {
        (None, None) => return None,
        (Some(r), _) if r.value.ground == RevocationGround::Violation => {
            if let Some((j, _)) = later {
                findings.push(
                    Finding::new(
                        Severity::Warning,
                        "cn.cl77.later-judgment-ignored",
                        Msg::new(MsgId::ProbLaterIgnored).arg("date", j.date.value),
                    )
                    .at(j.span),
                );
            }
            (r.value.ground, r.value.date, r.span)
        }
        (Some(r), None) => {
            findings.push(
                Finding::new(
                    Severity::Error,
                    "cn.cl77.later-judgment-missing",
                    Msg::new(MsgId::ProbLaterMissing).arg("ground", ground_name(r.value.ground)),
                )
                .at(r.span)
                .hint(MsgId::ProbLaterMissingHint),
            );
            // Nothing to combine: the suspended sentence is analysed as
            // it stands, with the finding.
            let mut same = d.clone();
            same.suspension_revoked = None;
            return Some(Revoked {
                defendant: same,
                ground: r.value.ground,
                date: r.value.date,
                span: r.span,
                findings,
                applied: false,
            });
        }
        (r, Some((j, kind))) => {
            let ground = match kind {
                LaterCrime::NewCrime => RevocationGround::NewCrime,
                LaterCrime::DiscoveredCrime => RevocationGround::DiscoveredCrime,
            };
            // CL 77 ¶1 speaks of a new crime *during probation*: one
            // committed after its last day does not revoke anything (the
            // penalty is no longer executed, CL 76).
            if kind == LaterCrime::NewCrime
                && let Some(end) = probation_end(d)
                && let Some(first) = j
                    .counts
                    .iter()
                    .filter_map(|c| c.committed.as_ref().map(|p| p.value.first))
                    .min()
                && first > end
            {
                findings.push(
                    Finding::new(
                        Severity::Warning,
                        "cn.cl77.new-crime-after-probation",
                        Msg::new(MsgId::ProbNewCrimeAfter)
                            .arg("date", first)
                            .arg("end", end),
                    )
                    .at(j.span),
                );
                let mut same = d.clone();
                same.suspension_revoked = None;
                let n = same.original_judgments().count();
                same.judgments.truncate(n);
                return Some(Revoked {
                    defendant: same,
                    ground,
                    date: j.date.value,
                    span: j.span,
                    findings,
                    applied: false,
                });
            }
            match r {
                None => findings.push(
                    Finding::new(
                        Severity::Note,
                        "cn.cl77.revocation-implied",
                        Msg::new(MsgId::ProbRevocationImplied).arg("date", j.date.value),
                    )
                    .at(j.span),
                ),
                Some(r) if r.value.ground != ground => findings.push(
                    Finding::new(
                        Severity::Warning,
                        "cn.cl77.ground-differs",
                        Msg::new(MsgId::ProbGroundDiffers)
                            .arg("ground", r.value.ground.id())
                            .arg("after", kind.id()),
                    )
                    .at(r.span),
                ),
                Some(_) => {}
            }
            (ground, r.map_or(j.date.value, |r| r.value.date), j.span)
        }
    };
    let mut out = unsuspended(d);
    let n = out.original_judgments().count();
    match ground {
        RevocationGround::Violation => {
            // CL 77 ¶2: the original penalty, executed from the revocation
            // unless a later day is recorded.
            if let Some(j) = n.checked_sub(1).and_then(|i| out.judgments.get_mut(i)) {
                let recorded_later = j.executed.as_ref().is_some_and(|e| e.value >= date);
                if !recorded_later {
                    j.executed = Some(Located::new(date, span));
                }
            }
            // The later judgments (if any) are not analysed: warned above.
            out.judgments.truncate(n);
        }
        RevocationGround::NewCrime | RevocationGround::DiscoveredCrime => {
            // CL 77 ¶1: the suspended penalty and the later judgment's
            // counts, combined under CL 69 as one judgment.
            let earlier = earlier_as_count(&out);
            if let Some(later) = out.judgments.get_mut(n) {
                later.after = None;
                if let Some(c) = earlier {
                    later.counts.insert(0, c);
                }
            }
            out.judgments.truncate(n + 1);
        }
    }
    Some(Revoked {
        defendant: out,
        ground,
        date,
        span,
        findings,
        applied: true,
    })
}

/// The earlier sentence as one count of the combined judgment: its decided
/// penalty, the offence dates of its latest count.
fn earlier_as_count(d: &Defendant) -> Option<crate::case::Count> {
    let (_, dec) = d.governing_decided()?;
    let (_, counts) = d.governing_counts()?;
    let latest = counts
        .iter()
        .max_by_key(|c| c.committed.as_ref().map(|p| p.value.last))?;
    let mut c = latest.clone();
    if counts.len() > 1 {
        c.offence = format!(
            "{} (earlier judgment, {} counts)",
            latest.offence,
            counts.len()
        );
    }
    c.penalty = dec.penalty.clone();
    c.probation = None;
    c.political_rights = dec.political_rights.clone();
    c.fine = dec.fine.clone();
    c.confiscation = dec.confiscation.clone();
    c.expulsion = dec.expulsion;
    Some(c)
}

/// Puts the probation figures of the original suspension and the
/// revocation's steps into the analysis of the executed sentence.
pub fn annotate(
    analysis: &mut DefendantAnalysis,
    original: &Defendant,
    path: &str,
    revoked: &Revoked,
) {
    analysis.findings.extend(revoked.findings.iter().cloned());
    if !revoked.applied {
        return;
    }
    // The suspension as it was decided: its checks and its dates.
    let figures = original.governing_counts().and_then(|(cj, counts)| {
        let choice = super::versions::choose_text(counts, cj.date.value);
        let (dj, dec) = original.governing_decided()?;
        let (figures, f) = suspension(&SuspensionInput {
            defendant: original,
            path,
            sentence: dec.penalty.value,
            text: choice.text,
            decided_on: dj.date.value,
            supplementary: false,
        });
        analysis.findings.extend(f);
        figures
    });
    let rule = match revoked.ground {
        RevocationGround::Violation => &REVOKED_VIOLATION,
        _ => &REVOKED_CRIME,
    };
    let mut p = figures.unwrap_or_else(|| {
        let (penalty, period) = governing_suspension(original).unwrap_or((
            Principal::Exempt,
            Located::new(Term::default(), Span::default()),
        ));
        ProbationFigures {
            suspended: penalty,
            period: period.value,
            start: None,
            end: None,
            custody_days: None,
            revoked: None,
            events: Vec::new(),
            steps: Vec::new(),
        }
    });
    p.revoked = Some(crate::case::Revocation {
        date: revoked.date,
        ground: revoked.ground,
    });
    let step = Step::new(
        rule,
        Msg::new(match revoked.ground {
            RevocationGround::Violation => MsgId::ProbRevokedViolationStep,
            _ => MsgId::ProbRevokedCrimeStep,
        })
        .arg("date", revoked.date)
        .arg("penalty", p.suspended)
        .arg("ground", ground_name(revoked.ground)),
    );
    p.steps.push(step.clone());
    p.steps.push(Step::new(
        &CREDIT_ON_REVOCATION,
        Msg::new(MsgId::ProbCreditOnRevocation).arg("days", p.custody_days.unwrap_or(0)),
    ));
    if revoked.ground == RevocationGround::Violation {
        p.steps.push(Step::new(
            &EXECUTED_FROM_REVOCATION,
            Msg::new(MsgId::ProbExecutedFrom).arg("date", revoked.date),
        ));
    }
    analysis.dates.events.insert(
        0,
        DateEvent {
            event: MsgId::EventSuspensionRevoked.into(),
            date: Some(revoked.date),
            step,
        },
    );
    analysis.dates.probation = Some(p);
    // The rules of the revocation's steps may be unverified: list them again.
    analysis.findings.retain(|f| f.code != "rule.unverified");
    let unverified = analysis.unverified_findings();
    analysis.findings.extend(unverified);
}

/// The ground of a revocation, in words.
fn ground_name(g: RevocationGround) -> MsgId {
    match g {
        RevocationGround::NewCrime => MsgId::RevGroundNewCrime,
        RevocationGround::DiscoveredCrime => MsgId::RevGroundDiscoveredCrime,
        RevocationGround::Violation => MsgId::RevGroundViolation,
    }
}

/// True when the sentence executes custody: not suspended (or revoked, which
/// the caller has already turned into an unsuspended sentence), and a
/// principal penalty.
pub fn executes_custody(d: &Defendant, sentence: &Principal) -> bool {
    sentence.is_principal() && governing_suspension(d).is_none()
}

/// The judgment in force for a suspended sentence, for the caller's notes.
pub fn suspended_judgment(d: &Defendant) -> Option<&Judgment> {
    governing_suspension(d).and_then(|_| d.original_judgments().last())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(y: u32, m: u32) -> Term {
        Term::new(y, m, 0).unwrap()
    }

    fn period(term: Term) -> Located<Term> {
        Located::new(term, Span::default())
    }

    fn codes(f: &[Finding]) -> Vec<&str> {
        f.iter().map(|f| f.code).collect()
    }

    #[test]
    fn cl73_1_detention_probation_at_least_the_term_and_two_months_at_most_a_year() {
        let six = Principal::CriminalDetention(t(0, 6));
        assert_eq!(
            lawful_period(six).map(|(a, b, _)| (a, b)),
            Some((t(0, 6), t(1, 0)))
        );
        let one = Principal::CriminalDetention(t(0, 1));
        assert_eq!(
            lawful_period(one).map(|(a, b, _)| (a, b)),
            Some((t(0, 2), t(1, 0)))
        );
        assert!(check_period(six, &period(t(1, 0)), "f").1.is_empty());
        assert!(check_period(six, &period(t(0, 6)), "f").1.is_empty());
        let (_, f) = check_period(six, &period(t(0, 5)), "f");
        assert_eq!(codes(&f), ["cn.cl73.period-out-of-range"]);
        let (_, f) = check_period(one, &period(t(0, 1)), "f");
        assert_eq!(codes(&f), ["cn.cl73.period-out-of-range"]);
        let (_, f) = check_period(six, &period(t(1, 1)), "f");
        assert_eq!(codes(&f), ["cn.cl73.period-out-of-range"]);
    }

    #[test]
    fn cl73_2_imprisonment_probation_at_least_the_term_and_a_year_at_most_five() {
        let three = Principal::Imprisonment(t(3, 0));
        assert!(check_period(three, &period(t(4, 0)), "f").1.is_empty());
        assert!(check_period(three, &period(t(5, 0)), "f").1.is_empty());
        let (_, f) = check_period(three, &period(t(2, 6)), "f");
        assert_eq!(codes(&f), ["cn.cl73.period-out-of-range"]);
        let (_, f) = check_period(three, &period(t(5, 1)), "f");
        assert_eq!(codes(&f), ["cn.cl73.period-out-of-range"]);
        let six_months = Principal::Imprisonment(t(0, 6));
        let (_, f) = check_period(six_months, &period(t(0, 6)), "f");
        assert_eq!(codes(&f), ["cn.cl73.period-out-of-range"]);
        assert!(check_period(six_months, &period(t(1, 0)), "f").1.is_empty());
    }

    #[test]
    fn cl72_1_only_detention_or_imprisonment_up_to_three_years() {
        for p in [
            Principal::Imprisonment(Term::new(3, 0, 1).unwrap()),
            Principal::Imprisonment(t(5, 0)),
            Principal::PublicSurveillance(t(1, 0)),
            Principal::Life,
        ] {
            let (_, f) = check_period(p, &period(t(5, 0)), "f");
            assert_eq!(codes(&f), ["cn.cl72.not-suspendable"], "{p}");
        }
        assert!(lawful_period(Principal::Imprisonment(t(3, 0))).is_some());
    }
}
