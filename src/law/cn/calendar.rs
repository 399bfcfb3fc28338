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
use super::term_dates::{
    self, DateArithmeticError, add_days, day_after_period, days_between, days_inclusive,
    explain_period, half_of_days, period_end, sub_term,
};
use super::versions::{CL_1997_IN_FORCE, CriminalLawText};
use crate::analysis::{AsOf, CommutationFigures, DateEvent, DateFigures, ParoleFigures};
use crate::case::{CommutationChange, Defendant, Judgment};
use crate::finding::{Finding, Severity};
use crate::i18n::Msg;
use crate::law::rule::{Rule, Step, Verification};
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
                format!("a date could not be computed: {e}"),
            )
            .field(input.path)
            .hint(
                "check the dates and terms in the file; the tool computes dates up to 9999-12-31",
            ),
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
    let field = format!("{}.judgments[{gi}]", input.path);
    let (effective, step, assumption) = effective_date(governing, &field)?;
    cal.out.effective = Some(effective);
    cal.out.effective_assumed = assumption.is_some();
    cal.out.events.push(DateEvent {
        event: "judgment takes effect".into(),
        date: Some(effective),
        step,
    });
    if let Some(f) = assumption {
        cal.findings.push(f);
    }
    if matches!(input.sentence, Principal::Death) {
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
                "executed (delivered to the executing organ)",
                Some(x),
                &EXECUTION_DAY,
                format!("recorded: executed on {x}"),
            );
            x
        }
        None => {
            cal.event(
                "executed (assumed)",
                Some(effective),
                &EXECUTION_DAY,
                format!("not recorded: assumed to be the day the judgment took effect, {effective}; custody without `to:` runs until the day before"),
            );
            cal.findings.push(
                Finding::new(
                    Severity::Assumption,
                    "cn.execution-assumed",
                    format!("the day of execution is not recorded; assumed {effective}, the day the judgment took effect, with custody continuing until then"),
                )
                .field(format!("{field}.executed"))
                .hint("add `executed: YYYY-MM-DD` to the judgment when the day of delivery to prison is known"),
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
                format!(
                    "custody from {} is not confirmed by the sources{}",
                    p.from.value,
                    p.note
                        .as_ref()
                        .map(|n| format!(" ({n})"))
                        .unwrap_or_default()
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
    let parole_rule = input.parole.steps.first().map(|s| s.rule);
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
                    event: "custody credit".into(),
                    date: None,
                    step: s,
                });
            }
            cal.out.custody_credit_days = Some(credit.days);
            let start = add_days(executed, -credit.days)?;
            cal.out.served_from = Some(start);
            let start_text = if credit.days == 0 {
                format!("no custody credited: the term runs from execution, {executed}")
            } else if credit.continuous && credit.first_day == Some(start) {
                format!(
                    "custody without a gap until execution: the term runs from the first day of custody, {start} ({executed} − {} days)",
                    credit.days
                )
            } else {
                format!(
                    "execution {executed} − {} days credited = {start} (the term is counted as if it had started then)",
                    credit.days
                )
            };
            let base = match input.sentence {
                Principal::PublicSurveillance(_) => &custody_credit::SURVEILLANCE_TWO_FOR_ONE,
                Principal::CriminalDetention(_) => &custody_credit::DETENTION_ONE_FOR_ONE,
                _ => &custody_credit::IMPRISONMENT_ONE_FOR_ONE,
            };
            cal.event("term starts", Some(start), base, start_text);
            let end = period_end(start, t)?;
            if term_dates::month_end_convention_used(start, t) {
                cal.findings.push(Finding::new(
                    Severity::Note,
                    "cn.term-end.month-end-convention",
                    format!(
                        "the term starts on {start}: the day before it falls on a day of the month that {} lacks, so the term ends on that month's last day, {end} (the tool's convention; no judgment with such a start was found)",
                        end.strftime("%Y-%m")
                    ),
                ));
            }
            cal.event(
                "term ends",
                Some(end),
                &term_dates::TERM_END,
                explain_period(start, t, end),
            );
            term = Some((start, end, t));
            cal.out.term_start = Some(start);
            let half = half_of_days(start, end)?;
            let days = days_inclusive(start, end)?;
            if matches!(input.sentence, Principal::Imprisonment(_)) && parole_open {
                let p = add_days(start, half)?;
                parole = Some(p);
                if let Some(rule) = parole_rule {
                    cal.event(
                        "parole possible from",
                        Some(p),
                        rule,
                        format!("{days} days from {start} to {end}; half, rounded up = {half} days; {start} + {half} days = {p}"),
                    );
                }
            }
            let m = add_days(start, half - 1)?;
            cal.out.minimum_served_until = Some(m);
            cal.event(
                "minimum served (CL 78 ¶2) until",
                Some(m),
                &super::commutation::MINIMUM_HALF,
                format!("half of {days} days = {half} days from {start}: last day {m}; no commutation can bring release earlier"),
            );
            if let (Some(after), Some(rule)) = (
                input.commutation.earliest_first,
                input.commutation.start_rule,
            ) {
                let c = day_after_period(executed, after)?;
                next_commutation = Some((c, rule));
                cal.event(
                    "first commutation possible from",
                    Some(c),
                    rule,
                    format!("{after} served counted from execution ({executed}), custody not counted: {c}"),
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
                        "parole possible from",
                        Some(p),
                        rule,
                        format!("{after} actually served from the day the judgment took effect ({effective}), custody before it not credited: {p}"),
                    );
            }
            if let Some(min) = input.commutation.minimum_served {
                let m = period_end(effective, min)?;
                cal.out.minimum_served_until = Some(m);
                let rule = input
                    .commutation
                    .steps
                    .first()
                    .map_or(&super::commutation::MINIMUM_LIFE_A8, |s| s.rule);
                cal.event(
                    "minimum served (CL 78 ¶2) until",
                    Some(m),
                    rule,
                    format!("{min} counted from the day the judgment took effect ({effective}), as SPC-2016 art. 23 ¶2 counts it for parole: last day {m}"),
                );
            }
            if let (Some(after), Some(rule)) = (
                input.commutation.earliest_first,
                input.commutation.start_rule,
            ) {
                let c = day_after_period(executed, after)?;
                next_commutation = Some((c, rule));
                cal.event(
                    "first commutation possible from",
                    Some(c),
                    rule,
                    format!("{after} served from execution ({executed}): {c}"),
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
                "reprieve ends",
                Some(last),
                &reprieve::REPRIEVE_TWO_YEARS,
                format!(
                    "two years from the day the judgment became final ({effective}): {}",
                    explain_period(effective, Term::years(2), last)
                ),
            );
            let becomes = if r == ReprieveRestriction::LifeWithoutCommutationOrParole {
                "life imprisonment without commutation or parole"
            } else {
                "life imprisonment"
            };
            cal.event(
                format!("becomes {becomes} (unless commuted otherwise)"),
                Some(after),
                &reprieve::BECOMES_LIFE,
                format!("without an intentional crime during the reprieve: {becomes} when the two years expire, the day after {last}"),
            );
            if parole_open
                && let (Some(years), Some(rule)) = (input.parole.eligible_after, parole_rule)
            {
                let p = day_after_period(after, years)?;
                parole = Some(p);
                cal.event(
                        "parole possible from",
                        Some(p),
                        rule,
                        format!("{years} actually served from the expiry of the reprieve ({after}); the reprieve and custody not counted: {p}"),
                    );
            }
            if let Some(min) = input.commutation.minimum_served {
                let m = period_end(after, min)?;
                cal.out.minimum_served_until = Some(m);
                let rule = input
                    .commutation
                    .steps
                    .first()
                    .map_or(&super::commutation::MINIMUM_REPRIEVE, |s| s.rule);
                cal.event(
                    "minimum served until",
                    Some(m),
                    rule,
                    format!("{min} actually served from the expiry of the reprieve ({after}), the reprieve not counted: last day {m}"),
                );
            }
            if let (Some(years), Some(rule)) = (
                input.commutation.earliest_first,
                input.commutation.start_rule,
            ) {
                let c = day_after_period(after, years)?;
                next_commutation = Some((c, rule));
                cal.event(
                    "first commutation possible from",
                    Some(c),
                    rule,
                    format!("{years} after becoming life imprisonment ({after}), if that happens when the reprieve expires: {c}"),
                );
            }
        }
        Principal::Death => return Ok(()),
    }
    if let Some(rule) = input.parole.barred_by {
        cal.event("parole", None, rule, "barred");
    }
    if let Some(rule) = input.commutation.barred_by {
        cal.event("commutation", None, rule, "barred");
    }

    // Recorded commutations.
    let mut current = input.sentence;
    let mut political_rights = input.political_rights;
    let mut last_commutation: Option<(Date, Option<Term>)> = None;
    for (i, c) in d.commutations.iter().enumerate() {
        let cf = format!("{}.commutations[{i}]", input.path);
        let day = c.date.value;
        if input.commutation.barred_by.is_some() {
            cal.findings.push(
                Finding::new(
                    Severity::Error,
                    "cn.commutation.barred",
                    format!(
                        "a commutation is recorded on {day} but the sentence cannot be commuted"
                    ),
                )
                .field(&cf)
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
            " (the ruling predates SPC-2016, in force 2017-01-01; the provisions then in force are not bundled)"
        } else {
            ""
        };
        if let (Some((earliest, rule)), false) =
            (next_commutation, matches!(state, State::Reprieve))
            && day < earliest
        {
            cal.findings.push(
                    Finding::new(
                        spc_severity,
                        "cn.commutation.too-early",
                        format!(
                            "the commutation of {day} comes {} day(s) before the earliest date {earliest} ({}); only major meritorious service (重大立功) allows that{before_spc}",
                            days_between(day, earliest)?,
                            rule.cite()
                        ),
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
                            format!(
                                "the reprieve was commuted on {day}, before it expired on {}",
                                add_days(after, -1)?
                            ),
                        )
                        .field(format!("{cf}.date"))
                        .at(c.date.span)
                        .hint("CL 50: the commutation follows the expiry of the two years"),
                    );
                }
                state = State::Life {
                    from_reprieve: true,
                };
                current = Principal::Life;
                cal.event(
                    "commuted to life imprisonment",
                    Some(day),
                    &reprieve::BECOMES_LIFE,
                    format!(
                        "recorded ruling of {day}{}",
                        c.court
                            .as_ref()
                            .map(|x| format!(" ({x})"))
                            .unwrap_or_default()
                    ),
                );
                if let (Some(years), Some(rule)) = (
                    input.commutation.earliest_first,
                    input.commutation.start_rule,
                ) {
                    let n = day_after_period(day, years)?;
                    next_commutation = Some((n, rule));
                    cal.event("next commutation possible from", Some(n), rule, format!("{years} served after the ruling of {day} that made it life imprisonment: {n}"));
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
                    cal.findings.push(Finding::new(Severity::Warning, "cn.cl50.not-25-years", format!("the reprieve was commuted to {t}; CL 50 provides 25 years for major meritorious service")).field(format!("{cf}.to")).at(c.change.span));
                }
                cal.event(
                    format!("commuted to {t}"),
                    Some(day),
                    rule,
                    format!(
                        "the term runs from the expiry of the reprieve (CL 51): {}",
                        explain_period(first, *t, end)
                    ),
                );
                term = Some((first, end, *t));
                state = State::Term { after_life: true };
                current = Principal::Imprisonment(*t);
                political_rights = commuted_political_rights(cal, c, &cf, political_rights);
            }
            (CommutationChange::To(Principal::Imprisonment(t)), State::Life { from_reprieve }) => {
                let (lo, hi, rule) =
                    commutation_dates::life_to_term_range(input.regime, from_reprieve);
                if *t < lo || *t > hi {
                    cal.findings.push(Finding::new(spc_severity, "cn.commutation.life-to-term-range", format!("life imprisonment commuted to {t}; {} gives {lo} – {hi} (outside it only for the merit levels the article lists){before_spc}", rule.cite())).field(format!("{cf}.to")).at(c.change.span));
                }
                let end = period_end(day, *t)?;
                cal.event(
                    format!("commuted to {t}"),
                    Some(day),
                    &reprieve::LIFE_TO_TERM_FROM_RULING,
                    format!(
                        "the term runs from the ruling: {}",
                        explain_period(day, *t, end)
                    ),
                );
                term = Some((day, end, *t));
                state = State::Term { after_life: true };
                current = Principal::Imprisonment(*t);
                political_rights = commuted_political_rights(cal, c, &cf, political_rights);
                let (gap, rule) = commutation_dates::interval(input.regime, *t, true);
                let n = day_after_period(day, gap)?;
                next_commutation = Some((n, rule));
                cal.event(
                    "next commutation possible from",
                    Some(n),
                    rule,
                    format!("{gap} after the ruling of {day}: {n}"),
                );
            }
            (CommutationChange::By(cut), State::Term { after_life }) => {
                let Some((first, end, original)) = term else {
                    continue;
                };
                let (max, rule) = commutation_dates::max_cut(input.regime);
                if *cut > max {
                    cal.findings.push(Finding::new(spc_severity, "cn.commutation.cut-too-large", format!("the commutation of {day} cuts {cut}; {} allows at most {max} in one commutation{before_spc}", rule.cite())).field(format!("{cf}.by")).at(c.change.span));
                }
                if let Some((prev, Some(prev_cut))) = last_commutation {
                    let least = day_after_period(prev, prev_cut)?;
                    if day < least {
                        cal.findings.push(Finding::new(spc_severity, "cn.commutation.interval", format!("the commutation of {day} follows the one of {prev} by less than that one's cut of {prev_cut} (SPC-2016 art. 6 ¶3: not before {least}){before_spc}")).field(format!("{cf}.date")).at(c.date.span));
                    }
                }
                let new_end = sub_term(end, *cut)?;
                cal.event(
                    format!("commuted by {cut}"),
                    Some(day),
                    rule,
                    format!("term end {end} − {cut} = {new_end}"),
                );
                if let Some(m) = cal.out.minimum_served_until
                    && new_end < m
                {
                    cal.findings.push(Finding::new(Severity::Error, "cn.cl78.floor", format!("after the commutation of {day} the term would end on {new_end}, before the minimum actually served ends on {m} (CL 78 ¶2)")).field(format!("{cf}.by")).at(c.change.span));
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
                let (gap, rule) = commutation_dates::interval(input.regime, original, after_life);
                let n = day_after_period(day, gap)?;
                next_commutation = Some((n, rule));
                cal.event(
                    "next commutation possible from",
                    Some(n),
                    rule,
                    format!("{gap} after the commutation of {day}: {n}"),
                );
                if let Some(pr) = &c.political_rights {
                    political_rights = Some(pr.value);
                }
            }
            (change, _) => {
                let text = match change {
                    CommutationChange::To(p) => format!("to {p}"),
                    CommutationChange::By(t) => format!("by {t}"),
                };
                cal.findings.push(Finding::new(Severity::Warning, "cn.commutation.not-applied", format!("the commutation of {day} ({text}) does not fit the sentence in force ({current}); later dates ignore it")).field(&cf).at(c.change.span).hint("death with reprieve becomes life or 25 years, life becomes a fixed term, a fixed term is cut with `by:`"));
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
                    "parole possible from (after commutation)",
                    Some(least),
                    &commutation_dates::PAROLE_AFTER_COMMUTATION,
                    format!("{gap} after the commutation of {day}: {least}, later than {p}"),
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
                "parole",
                None,
                &commutation_dates::PAROLE_AFTER_COMMUTATION,
                format!("the earliest parole date falls after the term ends ({end}): no parole"),
            );
        }
    }
    cal.out.parole_eligible = parole;

    // Recorded outcomes.
    if let Some(rel) = &d.released {
        match cal.out.term_end {
            Some(end) if rel.value == end => cal.event(
                "released (recorded): confirmed",
                Some(rel.value),
                &RECORDED_OUTCOME,
                format!("the recorded release matches the computed end of the term, {end}"),
            ),
            Some(end) => {
                let diff = days_between(end, rel.value)?;
                cal.event(
                    "released (recorded): differs",
                    Some(rel.value),
                    &RECORDED_OUTCOME,
                    format!(
                        "computed end {end}; recorded {} day(s) {}",
                        diff.abs(),
                        if diff < 0 { "earlier" } else { "later" }
                    ),
                );
                cal.findings.push(Finding::new(Severity::Warning, "cn.release-differs", format!("recorded release {} differs from the computed end of the term {end} by {} day(s) ({})", rel.value, diff.abs(), if diff < 0 { "earlier" } else { "later" })).field(format!("{}.released", input.path)).at(rel.span).hint("check the custody dates, the execution date and commutations; an unrecorded commutation or parole explains an earlier release"));
            }
            None => cal.event(
                "released (recorded)",
                Some(rel.value),
                &RECORDED_OUTCOME,
                "no term end to compare with",
            ),
        }
    }
    let mut parole_day = parole;
    if let Some(pd) = &d.paroled {
        parole_day = Some(pd.value);
        if let Some(rule) = input.parole.barred_by {
            cal.findings.push(
                Finding::new(
                    Severity::Warning,
                    "cn.paroled-although-barred",
                    format!(
                        "parole is recorded on {} but is barred ({})",
                        pd.value,
                        rule.cite()
                    ),
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
                        format!(
                            "paroled on {}, {} day(s) before the earliest computed date {p}",
                            pd.value, -diff
                        ),
                    )
                    .field(format!("{}.paroled", input.path))
                    .at(pd.span),
                );
                cal.event(
                    "paroled (recorded): before the earliest date",
                    Some(pd.value),
                    &RECORDED_OUTCOME,
                    format!("{} day(s) before {p}", -diff),
                );
            } else {
                cal.event(
                    "paroled (recorded): confirmed",
                    Some(pd.value),
                    &RECORDED_OUTCOME,
                    format!("on or after the earliest date {p} ({diff} day(s) later)"),
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
                "political rights restored",
                None,
                &dpr::LIFE_NO_END,
                "deprivation of political rights for life: no end",
            );
        }
        Some(PoliticalRights::Term(pt)) => {
            if let Some(end) = cal.out.term_end {
                if matches!(current, Principal::PublicSurveillance(_)) {
                    cal.out.political_rights_end = Some(end);
                    cal.event(
                        "political rights restored after",
                        Some(end),
                        &dpr::CONCURRENT_WITH_SURVEILLANCE,
                        format!("concurrent with public surveillance: ends with it on {end}"),
                    );
                } else {
                    let full = dpr::dpr_end(end, pt)?;
                    cal.out.political_rights_end = Some(full);
                    cal.event(
                        "political rights restored after (full term)",
                        Some(full),
                        &dpr::FROM_RELEASE_OR_PAROLE,
                        format!(
                            "{pt} from release on {end}: {}",
                            explain_period(end, pt, full)
                        ),
                    );
                    if let Some(p) = parole_day {
                        let pe = dpr::dpr_end(p, pt)?;
                        cal.out.political_rights_end_if_paroled = Some(pe);
                        cal.event(
                            if d.paroled.is_some() {
                                "political rights restored after (recorded parole)"
                            } else {
                                "political rights restored after (parole on the earliest date)"
                            },
                            Some(pe),
                            &dpr::FROM_RELEASE_OR_PAROLE,
                            format!("{pt} from parole on {p}: {}", explain_period(p, pt, pe)),
                        );
                    }
                }
            }
        }
        Some(PoliticalRights::Life) => {
            cal.out.political_rights_life = true;
            cal.event("political rights restored", None, &dpr::LIFE_NO_END, "deprivation of political rights for life is recorded and no commutation changed it");
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
    let served = match from {
        Some(f) if f <= day => Some(days_inclusive(f, served_to)?),
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
    let remaining = match out.term_end {
        Some(end) if fixed => Some(days_between(day, end)?.max(0)),
        _ => None,
    };
    out.as_of = Some(AsOf {
        date: day,
        served_days: served,
        remaining_days: remaining,
    });
    let text = match (from, served, remaining) {
        (Some(f), Some(s), Some(r)) => format!(
            "served {s} day(s) from {f} to {served_to}; {r} day(s) of the term remain after {day}"
        ),
        (Some(f), Some(s), None) => {
            format!("served {s} day(s) from {f} to {served_to}; the sentence has no fixed end")
        }
        _ => "nothing to count".to_string(),
    };
    out.events.push(DateEvent {
        event: format!("as of {day}").into(),
        date: Some(day),
        step: Step::new(&AS_OF, text),
    });
    Ok(())
}

/// The DPR after a commutation to a fixed term (CL 57 ¶2; SPC-2016 art. 17 ¶2).
fn commuted_political_rights(
    cal: &mut Cal,
    c: &crate::case::Commutation,
    field: &str,
    before: Option<PoliticalRights>,
) -> Option<PoliticalRights> {
    match (&c.political_rights, before) {
        (Some(pr), _) => {
            if let PoliticalRights::Term(t) = pr.value
                && (t < dpr::ON_COMMUTATION_MIN || t > dpr::ON_COMMUTATION_MAX)
            {
                cal.findings.push(Finding::new(Severity::Warning, "cn.cl57.2.dpr-range", format!("political rights changed to {t} at the commutation; SPC-2016 art. 17 ¶2 gives 7–10 years (CL 57 ¶2: 3–10)")).field(format!("{field}.political_rights")).at(pr.span));
            }
            Some(pr.value)
        }
        (None, Some(PoliticalRights::Life)) => {
            cal.findings.push(Finding::new(Severity::Warning, "cn.cl57.2.dpr-not-recorded", "the sentence was commuted to a fixed term but the new term of deprivation of political rights (CL 57 ¶2: 3–10 years) is not recorded; its end is not computed").field(field).hint("add `political_rights:` to the commutation"));
            None
        }
        (None, other) => other,
    }
}
