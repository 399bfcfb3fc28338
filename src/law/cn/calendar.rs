//! The calendar of a sentence: puts the date rules together for one
//! defendant — effective date, custody credit, term start and end, the
//! reprieve, parole and commutation dates, recorded commutations, political
//! rights, recorded outcomes and the position on an `--as-of` day.
//!
//! Conventions (docs/design.md, "Dates"):
//! - a term from A ends on B = (A − 1 day) + term ([`super::term_dates`]);
//! - "after serving X from A" means from the day after the last day of X:
//!   `(A − 1 day) + X + 1 day`;
//! - half of a fixed term is half of its days from A to B inclusive, rounded up;
//! - the minimum served under CL 78 ¶2 ends on its last day (`minimum_served_until`).

use super::commutation_dates::{self, Regime};
use super::custody_credit;
use super::effective_date::effective_date;
use super::political_rights_dates as dpr;
use super::reprieve;
use super::term_dates::{self, explain_period};
use super::versions::{CL_1997_IN_FORCE, CriminalLawText};
use crate::analysis::{AsOf, CommutationFigures, DateEvent, DateFigures, ParoleFigures};
use crate::calendar::{
    DateArithmeticError, add_days, day_after_period, days_between, days_inclusive,
    month_end_clipped, period_end, sub_term,
};
use crate::case::{CommutationChange, Defendant, Judgment};
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Step, Verification};
use crate::message::Msg;
use crate::message::{Arg, MsgId};
use crate::penalty::{PoliticalRights, Principal, ReprieveRestriction, Term};
use jiff::civil::Date;

pub static EXECUTION_DAY: Rule = Rule {
    id: "cn.spc2016.40.execution-day",
    citation: "SPC-2016 art. 40",
    in_force_from: super::versions::SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "the day of execution is the day the prisoner is actually delivered to the executing organ",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 40"),
};

pub static RECORDED_OUTCOME: Rule = Rule {
    id: "cn.recorded-outcome",
    citation: "case file (`released:`, `paroled:`)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "what really happened, as recorded, checked against the computed dates",
    verification: Verification::Reference("the case file"),
};

pub static AS_OF: Rule = Rule {
    id: "cn.as-of",
    citation: "CL 41, 44, 47",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "days served from the first day counted up to a given day, and days of the term remaining after it",
    verification: Verification::Reference("arithmetic on the computed term"),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[&EXECUTION_DAY, &RECORDED_OUTCOME, &AS_OF];

/// What the calendar needs besides the defendant.
#[derive(Debug, Clone)]
pub struct CalendarInput<'a> {
    pub defendant: &'a Defendant,
    /// The defendant's field path, for findings.
    pub path: &'a str,
    /// The principal penalty the court decided.
    pub sentence: Principal,
    pub parole: &'a ParoleFigures,
    pub commutation: &'a CommutationFigures,
    pub regime: Regime,
    pub text: CriminalLawText,
    /// The DPR decided (or combined).
    pub political_rights: Option<PoliticalRights>,
}

struct Cal {
    out: DateFigures,
    findings: Vec<Finding>,
}

impl Cal {
    fn event(
        &mut self,
        event: impl Into<Msg>,
        date: Option<Date>,
        rule: &'static Rule,
        text: impl Into<Msg>,
    ) {
        self.out.events.push(DateEvent {
            event: event.into(),
            date,
            step: Step::new(rule, text),
        });
    }
}

/// The current principal penalty while commutations are applied.
#[derive(Debug, Clone, Copy)]
enum State {
    Reprieve,
    Life { from_reprieve: bool },
    Term { after_life: bool },
    Other,
}

/// Computes the calendar. Date arithmetic that leaves the calendar becomes a finding.
pub fn calendar(input: &CalendarInput<'_>) -> (DateFigures, Vec<Finding>) {
    let mut cal = Cal {
        out: DateFigures::default(),
        findings: Vec::new(),
    };
    if let Err(e) = compute(input, &mut cal) {
        cal.findings.push(
            Finding::new(
                Severity::Error,
                "cn.dates.out-of-range",
                Msg::new(MsgId::DatesComputeFailed).arg("error", e.to_string()),
            )
            .field(input.path)
            .hint(MsgId::DatesComputeFailedHint),
        );
    }
    (cal.out, cal.findings)
}

/// The judgment whose sentence is executed: the last of the first instance and its appeals.
fn governing_judgment(d: &Defendant) -> Option<(usize, &Judgment)> {
    let n = d.original_judgments().count();
    n.checked_sub(1)
        .and_then(|i| d.judgments.get(i).map(|j| (i, j)))
}

fn compute(input: &CalendarInput<'_>, cal: &mut Cal) -> Result<(), DateArithmeticError> {
    let d = input.defendant;
    let Some((gi, governing)) = governing_judgment(d) else {
        return Ok(());
    };
    // Paths are written only when a finding names them.
    let root = crate::case::FieldPath::Root(input.path);
    let field = root.key_index("judgments", gi);
    let (effective, step, assumption, uncovered) = effective_date(governing, &field)?;
    cal.findings.extend(uncovered);
    cal.out.effective = Some(effective);
    cal.out.effective_assumed = assumption.is_some();
    cal.out.events.push(DateEvent {
        event: MsgId::EventEffective.into(),
        date: Some(effective),
        step,
    });
    if let Some(f) = assumption {
        cal.findings.push(f);
    }
    if matches!(input.sentence, Principal::Death) {
        // No term to count; a stated term is named as not checked.
        cal.out.stated_terms = super::stated_term::check_all(
            d,
            gi,
            input.sentence,
            input.path,
            &mut cal.out.events,
            &mut cal.findings,
        );
        return Ok(());
    }

    // The day of execution.
    let recorded_execution = d
        .original_judgments()
        .rev()
        .find_map(|j| j.executed.as_ref().map(|e| e.value));
    let executed = match recorded_execution {
        Some(x) => {
            cal.event(
                MsgId::EventExecutedRecorded,
                Some(x),
                &EXECUTION_DAY,
                Msg::new(MsgId::DatesExecutedRecorded).arg("date", x),
            );
            x
        }
        None => {
            cal.event(
                MsgId::EventExecutedAssumed,
                Some(effective),
                &EXECUTION_DAY,
                Msg::new(MsgId::DatesExecutedAssumed).arg("date", effective),
            );
            // A defendant at liberty starts serving when taken into custody.
            let at_liberty = super::later_crimes::at_liberty_when_sentenced(d);
            cal.findings.push(
                Finding::new(
                    Severity::Assumption,
                    "cn.execution-assumed",
                    Msg::new(if at_liberty {
                        MsgId::CnrExecutionAssumedAtLiberty
                    } else {
                        MsgId::DatesExecutionAssumed
                    })
                    .arg("date", effective),
                )
                .field(format!("{field}.executed"))
                .hint(MsgId::DatesExecutionAssumedHint),
            );
            effective
        }
    };
    cal.out.executed = Some(executed);
    for p in d.custody.iter().filter(|p| p.assumed) {
        cal.findings.push(
            Finding::new(
                Severity::Assumption,
                "input.assumed",
                Msg::new(MsgId::DatesCustodyAssumed)
                    .arg("date", p.from.value)
                    .arg(
                        "note",
                        p.note.as_ref().map_or(Arg::Text(String::new()), |n| {
                            Msg::new(MsgId::CnNoteInParens)
                                .arg("note", n.as_str())
                                .into()
                        }),
                    ),
            )
            .at(p.from.span),
        );
    }

    let mut state;
    // The last day of the term, its first day, the original term.
    let mut term: Option<(Date, Date, Term)> = None;
    // Parole: the first day, and the rule.
    let mut parole: Option<Date> = None;
    // The earliest next commutation and its rule.
    let mut next_commutation: Option<(Date, &'static Rule)> = None;
    let mut reprieve_first_day_after: Option<Date> = None;
    cal.out.parole_barred_by = input.parole.barred_by;
    let parole_rule = input.parole.eligible_rule;
    let parole_open = input.parole.barred_by.is_none() && input.parole.not_applicable.is_none();

    match input.sentence {
        Principal::Imprisonment(t)
        | Principal::CriminalDetention(t)
        | Principal::PublicSurveillance(t) => {
            state = State::Term { after_life: false };
            let credit =
                custody_credit::credit(&d.custody, input.sentence.kind(), executed, input.path)?;
            cal.findings.extend(credit.findings);
            for s in credit.steps {
                cal.out.events.push(DateEvent {
                    event: MsgId::EventCustodyCredit.into(),
                    date: None,
                    step: s,
                });
            }
            cal.out.custody_credit_days = Some(credit.days);
            let start = add_days(executed, -credit.days)?;
            cal.out.served_from = Some(start);
            let start_text = if credit.days == 0 {
                Msg::new(MsgId::DatesNoCustody).arg("date", executed)
            } else if credit.continuous && credit.first_day == Some(start) {
                Msg::new(MsgId::DatesCustodyContinuous)
                    .arg("start", start)
                    .arg("executed", executed)
                    .arg("days", credit.days)
            } else {
                Msg::new(MsgId::DatesCustodyWithGaps)
                    .arg("executed", executed)
                    .arg("days", credit.days)
                    .arg("start", start)
            };
            let base = match input.sentence {
                Principal::PublicSurveillance(_) => &custody_credit::SURVEILLANCE_TWO_FOR_ONE,
                Principal::CriminalDetention(_) => &custody_credit::DETENTION_ONE_FOR_ONE,
                _ => &custody_credit::IMPRISONMENT_ONE_FOR_ONE,
            };
            cal.event(MsgId::EventTermStarts, Some(start), base, start_text);
            let end = period_end(start, t)?;
            cal.findings.extend(crate::law::custody::exceeds_term(
                executed,
                credit.days,
                t,
                end,
                input.path,
            ));
            if month_end_clipped(start, t) {
                cal.findings.push(Finding::new(
                    Severity::Note,
                    "cn.term-end.month-end-convention",
                    Msg::new(MsgId::DatesMonthEndNote)
                        .arg("start", start)
                        .arg("month", end.strftime("%Y-%m").to_string())
                        .arg("end", end),
                ));
            }
            cal.event(
                MsgId::EventTermEnds,
                Some(end),
                &term_dates::TERM_END,
                explain_period(start, t, end),
            );
            term = Some((start, end, t));
            cal.out.term_start = Some(start);
            let half = term_dates::half_served(start, t)?;
            let odd = if half.exact {
                Arg::Text(String::new())
            } else {
                Msg::new(MsgId::DatesHalfOddMonth).into()
            };
            if !half.exact {
                cal.event(
                    MsgId::EventHalfOddMonth,
                    None,
                    &term_dates::HALF_OF_AN_ODD_MONTH,
                    Msg::new(MsgId::DatesHalfOddMonthStep)
                        .arg("term", t)
                        .arg("half", half.half),
                );
            }
            if matches!(input.sentence, Principal::Imprisonment(_)) && parole_open {
                let p = half.day_after;
                parole = Some(p);
                if let Some(rule) = parole_rule {
                    cal.event(
                        MsgId::EventParoleFrom,
                        Some(p),
                        rule,
                        Msg::new(MsgId::DatesParoleHalfDays)
                            .arg("term", t)
                            .arg("half", half.half)
                            .arg("odd", odd.clone())
                            .arg("start", start)
                            .arg("last", half.last_day)
                            .arg("parole", p),
                    );
                }
            }
            let m = half.last_day;
            cal.out.minimum_served_until = Some(m);
            cal.event(
                MsgId::EventMinimumServedCl78,
                Some(m),
                &super::commutation::MINIMUM_HALF,
                Msg::new(MsgId::DatesMinimumHalfDays)
                    .arg("term", t)
                    .arg("half", half.half)
                    .arg("odd", odd)
                    .arg("start", start)
                    .arg("last", m),
            );
            // SPC-2016 art. 16: under 2 years left at the effective date,
            // imprisonment as well as detention and surveillance.
            let short = matches!(input.sentence, Principal::Imprisonment(_))
                && crate::calendar::add_term(effective, Term::years(2))? > add_days(end, 1)?;
            if short {
                cal.event(
                    MsgId::EventFirstCommutation,
                    None,
                    &super::commutation::START_SHORT,
                    Msg::new(MsgId::CnrStartShortRemaining)
                        .arg("effective", effective)
                        .arg("end", end),
                );
            } else if let (Some(after), Some(rule)) = (
                input.commutation.earliest_first,
                input.commutation.start_rule,
            ) {
                let short =
                    matches!(input.sentence, Principal::Imprisonment(t) if t < Term::years(10));
                let (c, rule, after) = graft_start_before_spc2019(
                    executed,
                    after,
                    rule,
                    &super::commutation::START_FIXED_TERM_STRICT,
                    short,
                )?;
                next_commutation = Some((c, rule));
                cal.event(
                    MsgId::EventFirstCommutation,
                    Some(c),
                    rule,
                    Msg::new(MsgId::DatesFirstCommutationTerm)
                        .arg("after", after)
                        .arg("executed", executed)
                        .arg("date", c),
                );
            }
        }
        Principal::Life => {
            state = State::Life {
                from_reprieve: false,
            };
            cal.out.term_start = Some(effective);
            cal.out.served_from = Some(effective);
            if parole_open
                && let (Some(after), Some(rule)) = (input.parole.eligible_after, parole_rule)
            {
                let p = day_after_period(effective, after)?;
                parole = Some(p);
                cal.event(
                    MsgId::EventParoleFrom,
                    Some(p),
                    rule,
                    Msg::new(MsgId::DatesParoleLife)
                        .arg("after", after)
                        .arg("effective", effective)
                        .arg("date", p),
                );
            }
            if let Some(min) = input.commutation.minimum_served {
                let m = period_end(effective, min)?;
                cal.out.minimum_served_until = Some(m);
                let rule = input
                    .commutation
                    .minimum_rule
                    .unwrap_or(&super::commutation::MINIMUM_LIFE_A8);
                cal.event(
                    MsgId::EventMinimumServedCl78,
                    Some(m),
                    rule,
                    Msg::new(MsgId::DatesMinimumLife)
                        .arg("min", min)
                        .arg("effective", effective)
                        .arg("last", m),
                );
            }
            if let (Some(after), Some(rule)) = (
                input.commutation.earliest_first,
                input.commutation.start_rule,
            ) {
                let (c, rule, after) = graft_start_before_spc2019(
                    executed,
                    after,
                    rule,
                    &super::commutation::START_LIFE_STRICT,
                    false,
                )?;
                next_commutation = Some((c, rule));
                cal.event(
                    MsgId::EventFirstCommutation,
                    Some(c),
                    rule,
                    Msg::new(MsgId::DatesFirstCommutationLife)
                        .arg("after", after)
                        .arg("executed", executed)
                        .arg("date", c),
                );
            }
        }
        Principal::DeathWithReprieve(r) => {
            state = State::Reprieve;
            let last = reprieve::reprieve_last_day(effective)?;
            let after = add_days(last, 1)?;
            reprieve_first_day_after = Some(after);
            cal.out.reprieve_ends = Some(last);
            cal.out.term_start = Some(effective);
            cal.out.served_from = Some(effective);
            cal.event(
                MsgId::EventReprieveEnds,
                Some(last),
                &reprieve::REPRIEVE_TWO_YEARS,
                Msg::new(MsgId::DatesReprieveEnds)
                    .arg("effective", effective)
                    .arg("period", explain_period(effective, Term::years(2), last)),
            );
            let without = r == ReprieveRestriction::LifeWithoutCommutationOrParole;
            cal.event(
                if without {
                    MsgId::EventBecomesLifeWithout
                } else {
                    MsgId::EventBecomesLife
                },
                Some(after),
                &reprieve::BECOMES_LIFE,
                Msg::new(if without {
                    MsgId::DatesBecomesLifeWithout
                } else {
                    MsgId::DatesBecomesLife
                })
                .arg("last", last),
            );
            if parole_open
                && let (Some(years), Some(rule)) = (input.parole.eligible_after, parole_rule)
            {
                let p = day_after_period(after, years)?;
                parole = Some(p);
                cal.event(
                    MsgId::EventParoleFrom,
                    Some(p),
                    rule,
                    Msg::new(MsgId::DatesParoleReprieve)
                        .arg("years", years)
                        .arg("after", after)
                        .arg("date", p),
                );
            }
            if let Some(min) = input.commutation.minimum_served {
                let m = period_end(after, min)?;
                cal.out.minimum_served_until = Some(m);
                let rule = input
                    .commutation
                    .minimum_rule
                    .unwrap_or(&super::commutation::MINIMUM_REPRIEVE);
                cal.event(
                    MsgId::EventMinimumServed,
                    Some(m),
                    rule,
                    Msg::new(MsgId::DatesMinimumReprieve)
                        .arg("min", min)
                        .arg("after", after)
                        .arg("last", m),
                );
            }
            if let (Some(years), Some(rule)) = (
                input.commutation.earliest_first,
                input.commutation.start_rule,
            ) {
                let (c, rule, years) = graft_start_before_spc2019(
                    after,
                    years,
                    rule,
                    &super::commutation::START_REPRIEVE,
                    false,
                )?;
                next_commutation = Some((c, rule));
                cal.event(
                    MsgId::EventFirstCommutation,
                    Some(c),
                    rule,
                    Msg::new(MsgId::DatesFirstCommutationReprieve)
                        .arg("years", years)
                        .arg("after", after)
                        .arg("date", c),
                );
            }
        }
        Principal::Death => return Ok(()),
        // A fine in daily rates is German law (StGB § 40); the PRC analysis
        // refuses it before any calendar (`input.day-fine-not-this-law`).
        Principal::DayFine(_) => return Ok(()),
        // No principal penalty (CL 37, CL 34 ¶2): no term; the analysis
        // does not reach the calendar for them.
        Principal::Exempt | Principal::SupplementaryAlone(_) => return Ok(()),
    }
    if let Some(rule) = input.parole.barred_by {
        cal.event(MsgId::EventParole, None, rule, MsgId::DatesBarred);
    }
    if let Some(rule) = input.commutation.barred_by {
        cal.event(MsgId::EventCommutation, None, rule, MsgId::DatesBarred);
    }

    // Recorded commutations.
    let mut current = input.sentence;
    let mut political_rights = input.political_rights;
    let mut last_commutation: Option<(Date, Option<Term>)> = None;
    // The last cut of a fixed term: its day, the term cut, and whether the
    // term came from life (for the interval in force at the next ruling).
    let mut last_cut: Option<(Date, Term, bool)> = None;
    for (i, c) in d.commutations.iter().enumerate() {
        let cf = root.key_index("commutations", i);
        let day = c.date.value;
        // SPC-2016 art. 15: with 终身监禁 the ruling at the reprieve's expiry
        // commutes it to life (and says so); nothing may follow it.
        let life_without_ruling = input.sentence
            == Principal::DeathWithReprieve(ReprieveRestriction::LifeWithoutCommutationOrParole)
            && matches!(state, State::Reprieve)
            && c.change.value == CommutationChange::To(Principal::Life);
        if input.commutation.barred_by.is_some() && !life_without_ruling {
            cal.findings.push(
                Finding::new(
                    Severity::Error,
                    "cn.commutation.barred",
                    Msg::new(MsgId::DatesCommutationBarred).arg("date", day),
                )
                .field(cf.to_string())
                .at(c.date.span),
            );
            continue;
        }
        let spc_severity = if day < super::versions::SPC_2016_IN_FORCE {
            Severity::Note
        } else {
            Severity::Warning
        };
        let before_spc = if day < super::versions::SPC_2016_IN_FORCE {
            Arg::from(MsgId::DatesBeforeSpc2016)
        } else {
            Arg::Text(String::new())
        };
        // SPC-2019 governs only rulings from 2019-06-01 (its art. 7); an
        // earlier ruling follows SPC-2016 art. 7, 9, 11: a year sooner,
        // except for terms under 10 years (2 years under both).
        let next_for_ruling = next_commutation.map(|(earliest, rule)| {
            if std::ptr::eq(rule, &super::commutation::START_GRAFT_2019)
                && day < super::versions::SPC_2019_IN_FORCE
            {
                match current {
                    Principal::Imprisonment(t) if t < Term::years(10) => {
                        Ok((earliest, &super::commutation::START_FIXED_TERM_STRICT))
                    }
                    Principal::Imprisonment(_) => sub_term(earliest, Term::years(1))
                        .map(|e| (e, &super::commutation::START_FIXED_TERM_STRICT)),
                    Principal::Life
                        if matches!(
                            state,
                            State::Life {
                                from_reprieve: true
                            }
                        ) =>
                    {
                        sub_term(earliest, Term::years(1))
                            .map(|e| (e, &super::commutation::START_REPRIEVE))
                    }
                    _ => sub_term(earliest, Term::years(1))
                        .map(|e| (e, &super::commutation::START_LIFE_STRICT)),
                }
            } else if let Some((prev, original, after_life)) = last_cut
                && input.regime.on(day) != input.regime.on(prev)
            {
                // The interval is the one in force at this ruling.
                let (gap, rule) =
                    commutation_dates::interval(input.regime.on(day), original, after_life);
                day_after_period(prev, gap).map(|e| (e, rule))
            } else {
                Ok((earliest, rule))
            }
        });
        let next_for_ruling = next_for_ruling.transpose()?;
        if let (Some((earliest, rule)), false) = (next_for_ruling, matches!(state, State::Reprieve))
            && day < earliest
        {
            cal.findings.push(
                Finding::new(
                    spc_severity,
                    "cn.commutation.too-early",
                    Msg::new(MsgId::DatesCommutationTooEarly)
                        .arg("date", day)
                        .arg("days", days_between(day, earliest)?)
                        .arg("earliest", earliest)
                        .arg("rule", rule)
                        .arg("before", before_spc.clone()),
                )
                .field(format!("{cf}.date"))
                .at(c.date.span),
            );
        }
        match (&c.change.value, state) {
            (CommutationChange::To(Principal::Life), State::Reprieve) => {
                if let Some(after) = reprieve_first_day_after
                    && day < after
                {
                    cal.findings.push(
                        Finding::new(
                            Severity::Warning,
                            "cn.cl50.before-reprieve-ends",
                            Msg::new(MsgId::DatesReprieveCommutedEarly)
                                .arg("date", day)
                                .arg("expired", add_days(after, -1)?),
                        )
                        .field(format!("{cf}.date"))
                        .at(c.date.span)
                        .hint(MsgId::DatesReprieveCommutedEarlyHint),
                    );
                }
                state = State::Life {
                    from_reprieve: true,
                };
                current = Principal::Life;
                cal.event(
                    MsgId::EventCommutedToLife,
                    Some(day),
                    if life_without_ruling {
                        &super::reprieve_regimes::LIFE_WITHOUT_PAROLE_RULING
                    } else {
                        &reprieve::BECOMES_LIFE
                    },
                    Msg::new(MsgId::DatesRecordedRuling).arg("date", day).arg(
                        "court",
                        c.court.as_ref().map_or(Arg::Text(String::new()), |x| {
                            Msg::new(MsgId::CnNoteInParens)
                                .arg("note", x.as_str())
                                .into()
                        }),
                    ),
                );
                if let (Some(years), Some(rule)) = (
                    input.commutation.earliest_first,
                    input.commutation.start_rule,
                ) {
                    let (n, rule, years) = graft_start_before_spc2019(
                        day,
                        years,
                        rule,
                        &super::commutation::START_REPRIEVE,
                        false,
                    )?;
                    next_commutation = Some((n, rule));
                    cal.event(
                        MsgId::EventNextCommutation,
                        Some(n),
                        rule,
                        Msg::new(MsgId::DatesNextAfterLife)
                            .arg("years", years)
                            .arg("date", day)
                            .arg("next", n),
                    );
                }
            }
            (CommutationChange::To(Principal::Imprisonment(t)), State::Reprieve) => {
                let first = reprieve_first_day_after.unwrap_or(day);
                let end = period_end(first, *t)?;
                let rule = match input.text {
                    CriminalLawText::AmendmentVIII => &reprieve::BECOMES_25_YEARS,
                    CriminalLawText::Text1997 => &reprieve::BECOMES_15_20_YEARS_1997,
                };
                if input.text == CriminalLawText::AmendmentVIII && *t != Term::years(25) {
                    cal.findings.push(
                        Finding::new(
                            Severity::Warning,
                            "cn.cl50.not-25-years",
                            Msg::new(MsgId::DatesNot25Years).arg("term", *t),
                        )
                        .field(format!("{cf}.to"))
                        .at(c.change.span),
                    );
                }
                cal.event(
                    Msg::new(MsgId::EventCommutedTo).arg("term", *t),
                    Some(day),
                    rule,
                    Msg::new(MsgId::DatesTermFromReprieve)
                        .arg("period", explain_period(first, *t, end)),
                );
                term = Some((first, end, *t));
                state = State::Term { after_life: true };
                current = Principal::Imprisonment(*t);
                political_rights = commuted_political_rights(cal, c, &cf, political_rights);
                // SPC-2016 art. 10 ¶2 → 8 (art. 14 with the restriction):
                // 2 years from this ruling, not 3 from becoming life.
                let (gap, gap_rule) = commutation_dates::interval(input.regime.on(day), *t, true);
                let n = day_after_period(day, gap)?;
                let gap_rule = if input.regime.on(day) == commutation_dates::Regime::Ordinary {
                    &reprieve::NEXT_AFTER_25_YEARS
                } else {
                    gap_rule
                };
                next_commutation = Some((n, gap_rule));
                cal.event(
                    MsgId::EventNextCommutation,
                    Some(n),
                    gap_rule,
                    Msg::new(MsgId::CnrNextAfterReprieveTo25)
                        .arg("term", *t)
                        .arg("date", day)
                        .arg("next", n),
                );
                // CL 78 ¶2 (3): 20 years, not 25, once commuted to 25 years.
                if input.sentence
                    == Principal::DeathWithReprieve(ReprieveRestriction::RestrictedCommutation)
                {
                    let m = period_end(first, Term::years(20))?;
                    cal.out.minimum_served_until = Some(m);
                    cal.event(
                        MsgId::EventMinimumServed,
                        Some(m),
                        &reprieve::MINIMUM_RESTRICTED_25_YEARS,
                        Msg::new(MsgId::CnrMinimumRestricted20)
                            .arg("after", first)
                            .arg("last", m),
                    );
                }
            }
            (CommutationChange::To(Principal::Imprisonment(t)), State::Life { from_reprieve }) => {
                let (lo, hi, rule) =
                    commutation_dates::life_to_term_range(input.regime.on(day), from_reprieve);
                if *t < lo || *t > hi {
                    cal.findings.push(
                        Finding::new(
                            spc_severity,
                            "cn.commutation.life-to-term-range",
                            Msg::new(MsgId::DatesLifeToTermRange)
                                .arg("term", *t)
                                .arg("rule", rule)
                                .arg("lo", lo)
                                .arg("hi", hi)
                                .arg("before", before_spc.clone()),
                        )
                        .field(format!("{cf}.to"))
                        .at(c.change.span),
                    );
                }
                let end = period_end(day, *t)?;
                cal.event(
                    Msg::new(MsgId::EventCommutedTo).arg("term", *t),
                    Some(day),
                    &reprieve::LIFE_TO_TERM_FROM_RULING,
                    Msg::new(MsgId::DatesTermFromRuling)
                        .arg("period", explain_period(day, *t, end)),
                );
                term = Some((day, end, *t));
                state = State::Term { after_life: true };
                current = Principal::Imprisonment(*t);
                political_rights = commuted_political_rights(cal, c, &cf, political_rights);
                let (gap, rule) = commutation_dates::interval(input.regime.on(day), *t, true);
                let n = day_after_period(day, gap)?;
                next_commutation = Some((n, rule));
                cal.event(
                    MsgId::EventNextCommutation,
                    Some(n),
                    rule,
                    Msg::new(MsgId::DatesGapAfterRuling)
                        .arg("gap", gap)
                        .arg("date", day)
                        .arg("next", n),
                );
            }
            (CommutationChange::By(cut), State::Term { after_life }) => {
                let Some((first, end, original)) = term else {
                    continue;
                };
                let (max, rule) = commutation_dates::max_cut(input.regime.on(day));
                if *cut > max {
                    cal.findings.push(
                        Finding::new(
                            spc_severity,
                            "cn.commutation.cut-too-large",
                            Msg::new(MsgId::DatesCutTooLarge)
                                .arg("date", day)
                                .arg("cut", *cut)
                                .arg("rule", rule)
                                .arg("max", max)
                                .arg("before", before_spc.clone()),
                        )
                        .field(format!("{cf}.by"))
                        .at(c.change.span),
                    );
                }
                if let Some((prev, Some(prev_cut))) = last_commutation {
                    let least = day_after_period(prev, prev_cut)?;
                    if day < least {
                        cal.findings.push(
                            Finding::new(
                                spc_severity,
                                "cn.commutation.interval",
                                Msg::new(MsgId::DatesInterval)
                                    .arg("date", day)
                                    .arg("prev", prev)
                                    .arg("cut", prev_cut)
                                    .arg("least", least)
                                    .arg("before", before_spc.clone()),
                            )
                            .field(format!("{cf}.date"))
                            .at(c.date.span),
                        );
                    }
                }
                let new_end = sub_term(end, *cut)?;
                cal.event(
                    Msg::new(MsgId::EventCommutedBy).arg("cut", *cut),
                    Some(day),
                    rule,
                    Msg::new(MsgId::DatesTermEndCut)
                        .arg("end", end)
                        .arg("cut", *cut)
                        .arg("new_end", new_end),
                );
                if let Some(m) = cal.out.minimum_served_until
                    && new_end < m
                {
                    cal.findings.push(
                        Finding::new(
                            Severity::Error,
                            "cn.cl78.floor",
                            Msg::new(MsgId::DatesFloor)
                                .arg("date", day)
                                .arg("new_end", new_end)
                                .arg("min", m),
                        )
                        .field(format!("{cf}.by"))
                        .at(c.change.span),
                    );
                }
                term = Some((first, new_end, original));
                // The term in force: the previous one less the cut, when both
                // are whole months (otherwise the kind is what matters).
                if let Principal::Imprisonment(before) = current
                    && before.day_part() == 0
                    && cut.day_part() == 0
                    && let Some(m) = before.total_months().checked_sub(cut.total_months())
                {
                    current = Principal::Imprisonment(Term::months(m));
                }
                let (gap, rule) =
                    commutation_dates::interval(input.regime.on(day), original, after_life);
                let n = day_after_period(day, gap)?;
                next_commutation = Some((n, rule));
                last_cut = Some((day, original, after_life));
                cal.event(
                    MsgId::EventNextCommutation,
                    Some(n),
                    rule,
                    Msg::new(MsgId::DatesGapAfterCommutation)
                        .arg("gap", gap)
                        .arg("date", day)
                        .arg("next", n),
                );
                if let Some(pr) = &c.political_rights {
                    political_rights = Some(pr.value);
                }
            }
            (change, _) => {
                let text = match change {
                    CommutationChange::To(p) => Msg::new(MsgId::DatesChangeTo).arg("penalty", *p),
                    CommutationChange::By(t) => Msg::new(MsgId::DatesChangeBy).arg("term", *t),
                };
                cal.findings.push(
                    Finding::new(
                        Severity::Warning,
                        "cn.commutation.not-applied",
                        Msg::new(MsgId::DatesNotApplied)
                            .arg("date", day)
                            .arg("change", text)
                            .arg("current", current),
                    )
                    .field(cf.to_string())
                    .at(c.change.span)
                    .hint(MsgId::DatesNotAppliedHint),
                );
                state = State::Other;
                continue;
            }
        }
        // SPC-2016 art. 28: parole at least 1 year (1 y 6 m) after a commutation.
        let cut = match &c.change.value {
            CommutationChange::By(t) => Some(*t),
            CommutationChange::To(_) => None,
        };
        if let Some(p) = parole {
            let gap = commutation_dates::parole_interval(cut);
            let least = day_after_period(day, gap)?;
            if least > p {
                parole = Some(least);
                cal.event(
                    MsgId::EventParoleAfterCommutation,
                    Some(least),
                    &commutation_dates::PAROLE_AFTER_COMMUTATION,
                    Msg::new(MsgId::DatesParoleAfterCommutation)
                        .arg("gap", gap)
                        .arg("date", day)
                        .arg("least", least)
                        .arg("parole", p),
                );
            }
        }
        last_commutation = Some((day, cut));
    }
    cal.out.current = Some(current);
    cal.out.commutation_earliest = next_commutation.map(|(d, _)| d);
    if let Some((start, end, _)) = term {
        cal.out.term_end = Some(end);
        if cal.out.term_start.is_none()
            || !matches!(
                input.sentence,
                Principal::Imprisonment(_)
                    | Principal::CriminalDetention(_)
                    | Principal::PublicSurveillance(_)
            )
        {
            cal.out.term_start = Some(start);
        }
        if let Some(p) = parole
            && p > end
        {
            parole = None;
            cal.event(
                MsgId::EventParole,
                None,
                &commutation_dates::PAROLE_AFTER_COMMUTATION,
                Msg::new(MsgId::DatesParoleAfterEnd).arg("end", end),
            );
        }
    }
    cal.out.parole_eligible = parole;

    // Recorded outcomes.
    if let Some(rel) = &d.released {
        match cal.out.term_end {
            Some(end) if rel.value == end => cal.event(
                MsgId::EventReleasedConfirmed,
                Some(rel.value),
                &RECORDED_OUTCOME,
                Msg::new(MsgId::DatesReleaseMatches).arg("end", end),
            ),
            Some(end) => {
                let diff = days_between(end, rel.value)?;
                let direction = if diff < 0 {
                    MsgId::DatesEarlier
                } else {
                    MsgId::DatesLater
                };
                cal.event(
                    MsgId::EventReleasedDiffers,
                    Some(rel.value),
                    &RECORDED_OUTCOME,
                    Msg::new(MsgId::DatesReleaseDiffers)
                        .arg("end", end)
                        .arg("days", diff.abs())
                        .arg("direction", direction),
                );
                cal.findings.push(
                    Finding::new(
                        Severity::Warning,
                        "cn.release-differs",
                        Msg::new(MsgId::DatesReleaseDiffersFinding)
                            .arg("released", rel.value)
                            .arg("end", end)
                            .arg("days", diff.abs())
                            .arg("direction", direction),
                    )
                    .field(format!("{}.released", input.path))
                    .at(rel.span)
                    .hint(MsgId::DatesReleaseDiffersHint),
                );
            }
            None => cal.event(
                MsgId::EventReleasedRecorded,
                Some(rel.value),
                &RECORDED_OUTCOME,
                MsgId::DatesNoTermEnd,
            ),
        }
    }
    // The court's stated terms (an imported judgment), each checked.
    cal.out.stated_terms = super::stated_term::check_all(
        d,
        gi,
        input.sentence,
        input.path,
        &mut cal.out.events,
        &mut cal.findings,
    );
    cal.out.stated_term = cal
        .out
        .stated_terms
        .iter()
        .find(|c| c.judgment == gi)
        .copied();
    let mut parole_day = parole;
    if let Some(pd) = &d.paroled {
        parole_day = Some(pd.value);
        if let Some(rule) = input.parole.barred_by {
            cal.findings.push(
                Finding::new(
                    Severity::Warning,
                    "cn.paroled-although-barred",
                    Msg::new(MsgId::DatesParoledBarred)
                        .arg("date", pd.value)
                        .arg("rule", rule),
                )
                .field(format!("{}.paroled", input.path))
                .at(pd.span),
            );
        } else if let Some(p) = parole {
            let diff = days_between(p, pd.value)?;
            if diff < 0 {
                cal.findings.push(
                    Finding::new(
                        Severity::Warning,
                        "cn.paroled-too-early",
                        Msg::new(MsgId::DatesParoledTooEarly)
                            .arg("date", pd.value)
                            .arg("days", -diff)
                            .arg("earliest", p),
                    )
                    .field(format!("{}.paroled", input.path))
                    .at(pd.span),
                );
                cal.event(
                    MsgId::EventParoledEarly,
                    Some(pd.value),
                    &RECORDED_OUTCOME,
                    Msg::new(MsgId::DatesDaysBefore)
                        .arg("days", -diff)
                        .arg("date", p),
                );
            } else {
                cal.event(
                    MsgId::EventParoledConfirmed,
                    Some(pd.value),
                    &RECORDED_OUTCOME,
                    Msg::new(MsgId::DatesOnOrAfter)
                        .arg("date", p)
                        .arg("days", diff),
                );
            }
        }
    }

    // Political rights.
    match political_rights {
        Some(PoliticalRights::Life)
            if matches!(current, Principal::Life | Principal::DeathWithReprieve(_)) =>
        {
            cal.out.political_rights_life = true;
            cal.event(
                MsgId::EventPoliticalRightsRestored,
                None,
                &dpr::LIFE_NO_END,
                MsgId::DatesDprLifeNoEnd,
            );
        }
        Some(PoliticalRights::Term(pt)) => {
            if let Some(end) = cal.out.term_end {
                if matches!(current, Principal::PublicSurveillance(_)) {
                    cal.out.political_rights_end = Some(end);
                    cal.event(
                        MsgId::EventPoliticalRightsAfter,
                        Some(end),
                        &dpr::CONCURRENT_WITH_SURVEILLANCE,
                        Msg::new(MsgId::DatesDprConcurrent).arg("end", end),
                    );
                } else {
                    let full = dpr::dpr_end(end, pt)?;
                    cal.out.political_rights_end = Some(full);
                    cal.event(
                        MsgId::EventPoliticalRightsAfterFull,
                        Some(full),
                        &dpr::FROM_RELEASE_OR_PAROLE,
                        Msg::new(MsgId::DatesDprFromRelease)
                            .arg("term", pt)
                            .arg("end", end)
                            .arg("period", explain_period(end, pt, full)),
                    );
                    if let Some(p) = parole_day {
                        let pe = dpr::dpr_end(p, pt)?;
                        cal.out.political_rights_end_if_paroled = Some(pe);
                        cal.event(
                            if d.paroled.is_some() {
                                MsgId::EventPoliticalRightsAfterRecordedParole
                            } else {
                                MsgId::EventPoliticalRightsAfterEarliestParole
                            },
                            Some(pe),
                            &dpr::FROM_RELEASE_OR_PAROLE,
                            Msg::new(MsgId::DatesDprFromParole)
                                .arg("term", pt)
                                .arg("date", p)
                                .arg("period", explain_period(p, pt, pe)),
                        );
                    }
                }
            }
        }
        Some(PoliticalRights::Life) => {
            cal.out.political_rights_life = true;
            cal.event(
                MsgId::EventPoliticalRightsRestored,
                None,
                &dpr::LIFE_NO_END,
                MsgId::DatesDprLifeRecorded,
            );
        }
        None => {}
    }

    Ok(())
}

/// Adds what has been served and what remains on `day` (after any later
/// judgment has moved the end of the term).
pub fn position_on(
    d: &Defendant,
    out: &mut DateFigures,
    day: Date,
) -> Result<(), DateArithmeticError> {
    let from = out.served_from;
    let served_to = match (&d.released, out.term_end) {
        (Some(r), _) if r.value < day => r.value,
        (_, Some(end)) if end < day => end,
        _ => day,
    };
    // CL 86: the days on a revoked parole are not served. Revoked on the
    // recorded day, or by a later judgment (the return then assumed on its
    // day, as the later-crimes computation does).
    let revoked_on = d.parole_revoked.as_ref().map(|r| r.value).or_else(|| {
        d.later_judgments()
            .map(|(j, _)| j.date.value)
            .find(|&j| d.paroled.as_ref().is_some_and(|p| p.value <= j))
    });
    let parole_gap = match (&d.paroled, revoked_on) {
        (Some(p), Some(r)) if p.value <= served_to && p.value <= r => {
            Some((p.value, r, days_between(p.value, r.min(served_to))?.max(0)))
        }
        _ => None,
    };
    let served = match from {
        Some(f) if f <= day => {
            Some(days_inclusive(f, served_to)? - parole_gap.map_or(0, |(_, _, g)| g))
        }
        Some(_) => Some(0),
        None => None,
    };
    let fixed = matches!(
        out.current,
        Some(
            Principal::Imprisonment(_)
                | Principal::CriminalDetention(_)
                | Principal::PublicSurveillance(_)
        )
    );
    // Never more days remaining than the term has: before the first day the
    // whole term remains (issue #11).
    let remaining = match (out.term_end, from) {
        (Some(end), Some(f)) if fixed && day < f => Some(days_inclusive(f, end)?),
        (Some(end), _) if fixed => Some(days_between(day, end)?.max(0)),
        _ => None,
    };
    out.as_of = Some(AsOf {
        date: day,
        served_days: served,
        remaining_days: remaining,
    });
    let text = match (from, served, remaining) {
        (Some(f), _, Some(r)) if day < f => Msg::new(MsgId::DatesAsOfNotStarted)
            .arg("day", day)
            .arg("from", f)
            .arg("remaining", r),
        (Some(f), Some(s), Some(r)) if parole_gap.is_some() => {
            let (p, rev, g) = parole_gap.unwrap_or((f, f, 0));
            Msg::new(MsgId::CnrAsOfParoleGap)
                .arg("served", s)
                .arg("from", f)
                .arg("to", served_to)
                .arg("gap", g)
                .arg("paroled", p)
                .arg("revoked", rev)
                .arg("remaining", r)
                .arg("day", day)
        }
        (Some(f), Some(s), Some(r)) => Msg::new(MsgId::DatesAsOfFixed)
            .arg("served", s)
            .arg("from", f)
            .arg("to", served_to)
            .arg("remaining", r)
            .arg("day", day),
        (Some(f), Some(s), None) => Msg::new(MsgId::DatesAsOfOpen)
            .arg("served", s)
            .arg("from", f)
            .arg("to", served_to),
        _ => Msg::new(MsgId::DatesNothingToCount),
    };
    out.events.push(DateEvent {
        event: Msg::new(MsgId::EventAsOf).arg("date", day),
        date: Some(day),
        step: Step::new(&AS_OF, text),
    });
    Ok(())
}

/// The DPR after a commutation to a fixed term (CL 57 ¶2; SPC-2016 art. 17 ¶2).
fn commuted_political_rights(
    cal: &mut Cal,
    c: &crate::case::Commutation,
    field: &crate::case::FieldPath<'_>,
    before: Option<PoliticalRights>,
) -> Option<PoliticalRights> {
    match (&c.political_rights, before) {
        (Some(pr), _) => {
            if let PoliticalRights::Term(t) = pr.value
                && (t < dpr::ON_COMMUTATION_MIN || t > dpr::ON_COMMUTATION_MAX)
            {
                cal.findings.push(
                    Finding::new(
                        Severity::Warning,
                        "cn.cl57.2.dpr-range",
                        Msg::new(MsgId::DatesDprRange).arg("term", t),
                    )
                    .field(format!("{field}.political_rights"))
                    .at(pr.span),
                );
            }
            Some(pr.value)
        }
        (None, Some(PoliticalRights::Life)) => {
            cal.findings.push(
                Finding::new(
                    Severity::Warning,
                    "cn.cl57.2.dpr-not-recorded",
                    MsgId::DatesDprNotRecorded,
                )
                .field(field.to_string())
                .hint(MsgId::DatesDprNotRecordedHint),
            );
            None
        }
        (None, other) => other,
    }
}

/// SPC-2019 governs only rulings from 2019-06-01 (its art. 7): when the
/// start SPC-2016 gives (art. 7, 9, 11: a year sooner, the same for terms
/// under 10 years) falls before that day, a ruling then would follow
/// SPC-2016, so that is the earliest day.
fn graft_start_before_spc2019(
    base: Date,
    after: Term,
    rule: &'static Rule,
    spc2016: &'static Rule,
    same_start: bool,
) -> Result<(Date, &'static Rule, Term), DateArithmeticError> {
    let c = day_after_period(base, after)?;
    if !std::ptr::eq(rule, &super::commutation::START_GRAFT_2019) {
        return Ok((c, rule, after));
    }
    let earlier = if same_start {
        after
    } else {
        Term::new(0, after.total_months().saturating_sub(12), after.day_part()).unwrap_or(after)
    };
    let c16 = day_after_period(base, earlier)?;
    if c16 < super::versions::SPC_2019_IN_FORCE {
        Ok((c16, spc2016, earlier))
    } else {
        Ok((c, rule, after))
    }
}
