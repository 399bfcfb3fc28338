//! What the jurisdictions other than China share: the count table, the day
//! execution began, custody credited one day for one day, the calendar of a
//! fixed term, release points as fractions of the term, and the closing
//! steps (the position on `--as-of`, the list of UNVERIFIED rules applied).
//!
//! Date arithmetic uses the checked helpers of [`crate::calendar`]
//! (plain calendar arithmetic, nothing Chinese about it).

use crate::analysis::{
    CommutationFigures, CountRow, DateEvent, DateFigures, DefendantAnalysis, ParoleFigures,
    SupplementaryPenalties,
};
use crate::calendar::{DateArithmeticError, add_days, days_inclusive, period_end};
use crate::case::{Count, CustodyKind, Defendant, Judgment, JurisdictionId};
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Step, Verification};
use crate::message::{Arg, Msg, MsgId, Sep};
use crate::penalty::{Principal, Term};
use jiff::civil::Date;

/// An analysis with the defendant's names and nothing computed yet.
pub fn empty_analysis(d: &Defendant, jurisdiction: JurisdictionId) -> DefendantAnalysis {
    DefendantAnalysis {
        name: d.name.value.clone(),
        native_name: d.native_name.clone(),
        law: None,
        counts: Vec::new(),
        combination: None,
        supplementary: SupplementaryPenalties::default(),
        parole: ParoleFigures::default(),
        commutation: CommutationFigures::default(),
        dates: DateFigures::default(),
        lighter_law: Vec::new(),
        findings: Vec::new(),
        jurisdiction,
    }
}

/// The start every non-CN jurisdiction shares: an empty analysis, the
/// CN-only fields refused, the governing counts and their table.
pub struct Begun<'a> {
    pub out: DefendantAnalysis,
    pub findings: Vec<Finding>,
    /// The judgment whose counts stand.
    pub judgment: &'a Judgment,
    pub counts: &'a [Count],
}

/// Begins the analysis of a defendant under jurisdiction `j`. When no
/// judgment states counts, returns the finished analysis with the error
/// `no_counts_code` / `no_counts` instead.
pub fn begin<'a>(
    d: &'a Defendant,
    path: &str,
    j: JurisdictionId,
    accepts_day_fines: bool,
    no_counts_code: &'static str,
    no_counts: MsgId,
) -> Result<Begun<'a>, Box<DefendantAnalysis>> {
    let code = j.code();
    let mut out = empty_analysis(d, j);
    out.commutation.not_applicable = Some(Msg::new(MsgId::CoNoCommutation));
    let mut findings = refuse_cn_only_fields(d, path, code);
    if !accepts_day_fines {
        let refused = refuse_day_fines(d, path, code);
        if !refused.is_empty() {
            findings.extend(refused);
            finish(&mut out, d, None, findings);
            return Err(Box::new(out));
        }
    }
    let Some((judgment, counts)) = d.governing_counts() else {
        findings.push(Finding::new(
            Severity::Error,
            no_counts_code,
            Msg::new(no_counts),
        ));
        finish(&mut out, d, None, findings);
        return Err(Box::new(out));
    };
    let (rows, f) = count_rows(counts);
    out.counts = rows;
    findings.extend(f);
    Ok(Begun {
        out,
        findings,
        judgment,
        counts,
    })
}

/// The count table, and an assumption finding for every field marked assumed.
pub fn count_rows(counts: &[Count]) -> (Vec<CountRow>, Vec<Finding>) {
    let mut rows = Vec::new();
    let mut findings = Vec::new();
    for c in counts {
        rows.push(CountRow {
            offence: c.offence.clone(),
            native_offence: c.native_offence.clone(),
            article: c.article.as_ref().map(|a| a.value.text.clone()),
            committed: c.committed.as_ref().map(|p| p.value),
            penalty: c.penalty.value,
            probation: None,
            political_rights: None,
            fine: c.fine.as_ref().map(|m| m.value.clone()),
            confiscation: None,
            categories: Vec::new(),
            assumed: c.assumed.clone(),
        });
        for field in &c.assumed {
            findings.push(Finding::new(
                Severity::Assumption,
                "input.assumed",
                Msg::new(MsgId::CoAssumedField)
                    .arg(
                        "offence",
                        Arg::Named {
                            en: c.offence.clone(),
                            zh: c.native_offence.clone(),
                        },
                    )
                    .arg("field", field.replace('_', " ")),
            ));
        }
    }
    (rows, findings)
}

/// Refuses fields that only China reads (political rights, confiscation,
/// categories), so that they are not silently ignored.
/// An input error for every fine in daily rates in the file: a penalty of
/// German law only (StGB § 40), which no other jurisdiction's analysis
/// computes. The grammars already refuse the text; this guards analyses of
/// cases built in code. A non-empty result stops the analysis.
pub fn refuse_day_fines(d: &Defendant, path: &str, code: &str) -> Vec<Finding> {
    use crate::case::FieldPath;
    let mut out = Vec::new();
    let root = FieldPath::Root(path);
    for (ji, j) in d.judgments.iter().enumerate() {
        // Paths are written only for a finding: this runs for every defendant.
        let judgment = root.key_index("judgments", ji);
        let counts = j
            .counts
            .iter()
            .enumerate()
            .map(|(ci, c)| (Some(ci), c.offence.as_str(), &c.penalty));
        let decided = j.decided.iter().flat_map(|dec| {
            std::iter::once(&dec.penalty)
                .chain(dec.then.iter())
                .chain(dec.separate_fine.iter())
                .map(|p| (None, "decided", p))
        });
        for (count, offence, p) in counts.chain(decided) {
            if let Principal::DayFine(_) = p.value {
                let field = match count {
                    Some(ci) => judgment.key_index("counts", ci).key("penalty").to_string(),
                    None => judgment.key("decided").to_string(),
                };
                out.push(
                    Finding::new(
                        Severity::Error,
                        "input.day-fine-not-this-law",
                        Msg::new(MsgId::CoDayFineNotThisLaw)
                            .arg("offence", offence)
                            .arg("penalty", p.value)
                            .arg("code", code),
                    )
                    .field(field)
                    .at(p.span),
                );
            }
        }
    }
    out
}

pub fn refuse_cn_only_fields(d: &Defendant, path: &str, code: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    for (ji, j) in d.judgments.iter().enumerate() {
        for (ci, c) in j.counts.iter().enumerate() {
            let root = crate::case::FieldPath::Root(path);
            let judgment = root.key_index("judgments", ji);
            let field = judgment.key_index("counts", ci);
            if let Some(pr) = &c.political_rights {
                out.push(
                    Finding::new(
                        Severity::Error,
                        "input.field-not-for-jurisdiction",
                        Msg::new(MsgId::CoPoliticalRightsNotPenalty).arg("code", code),
                    )
                    .field(format!("{field}.political_rights"))
                    .at(pr.span)
                    .hint(Msg::new(MsgId::CoRemovePoliticalRights)),
                );
            }
            if let Some(m) = &c.confiscation {
                out.push(
                    Finding::new(
                        Severity::Error,
                        "input.field-not-for-jurisdiction",
                        Msg::new(MsgId::CoConfiscationNotRead).arg("code", code),
                    )
                    .field(format!("{field}.confiscation"))
                    .at(m.span)
                    .hint(Msg::new(MsgId::CoRemoveConfiscation)),
                );
            }
        }
    }
    if d.state_functionary {
        out.push(Finding::new(
            Severity::Note,
            "input.ignored",
            Msg::new(MsgId::CoStateFunctionaryIgnored).arg("code", code),
        ));
    }
    out
}

/// When the sentence began to be executed.
#[derive(Debug, Clone)]
pub struct Execution {
    pub day: Date,
    /// True when the file records no execution day and the judgment's final
    /// or pronouncement date was used.
    pub assumed: bool,
    pub how: Msg,
}

/// The judgment that decided the sentence in force: the governing decided
/// judgment, or the last original judgment.
fn deciding_judgment(d: &Defendant) -> Option<&Judgment> {
    d.governing_decided()
        .map(|(j, _)| j)
        .or_else(|| d.original_judgments().last())
}

/// The first day of execution: `executed` of the deciding judgment (or of a
/// later appeal that upheld it), else the day it became final, else the day
/// it was given (assumed).
pub fn execution_day(d: &Defendant) -> Option<Execution> {
    let j = deciding_judgment(d)?;
    let later_executed = d
        .original_judgments()
        .filter(|k| k.date.value >= j.date.value)
        .find_map(|k| k.executed.as_ref());
    if let Some(e) = later_executed.or(j.executed.as_ref()) {
        return Some(Execution {
            day: e.value,
            assumed: false,
            how: Msg::new(MsgId::CoExecRecorded).arg("date", e.value),
        });
    }
    if let Some(f) = &j.final_date {
        return Some(Execution {
            day: f.value,
            assumed: true,
            how: Msg::new(MsgId::CoExecAssumedFinal).arg("date", f.value),
        });
    }
    Some(Execution {
        day: j.date.value,
        assumed: true,
        how: Msg::new(MsgId::CoExecAssumedJudgment).arg("date", j.date.value),
    })
}

/// Custody before execution, credited one day for one day.
#[derive(Debug, Clone, Default)]
pub struct Credit {
    pub days: i64,
    /// One line per period, for the step text.
    pub lines: Vec<Msg>,
}

/// The start of a calendar that credits custody one for one: the day
/// execution begins and the credit against `sentence`, recorded in
/// `out.dates` (execution day, credited days, sentence being served).
/// `None` when no judgment gives an execution day.
pub fn start_calendar(
    d: &Defendant,
    sentence: Principal,
    out: &mut DefendantAnalysis,
) -> Result<Option<(Execution, Credit)>, DateArithmeticError> {
    let Some(exec) = execution_day(d) else {
        return Ok(None);
    };
    let credit = custody_credit(d, exec.day)?;
    out.dates.executed = Some(exec.day);
    out.dates.custody_credit_days = Some(credit.days);
    out.dates.current = Some(sentence);
    Ok(Some((exec, credit)))
}

/// Custody periods before `execution` (bail and residential surveillance
/// are not custody), each counted inclusively; a period without `to` runs to
/// the day before execution.
pub fn custody_credit(d: &Defendant, execution: Date) -> Result<Credit, DateArithmeticError> {
    let mut credit = Credit::default();
    let last_day = add_days(execution, -1)?;
    for p in &d.custody {
        if matches!(
            p.kind,
            CustodyKind::Bail | CustodyKind::ResidentialSurveillance
        ) {
            credit.lines.push(
                Msg::new(MsgId::CoCreditNotCustody)
                    .arg("from", p.from.value)
                    .arg("kind", p.kind.id()),
            );
            continue;
        }
        let to = p.to.as_ref().map_or(last_day, |t| t.value.min(last_day));
        let days = days_inclusive(p.from.value, to)?;
        credit.days = credit.days.saturating_add(days);
        credit.lines.push(
            Msg::new(MsgId::CoCreditPeriod)
                .arg("from", p.from.value)
                .arg("to", to)
                .arg("days", days),
        );
    }
    Ok(credit)
}

/// The calendar of a fixed term served from `served_from`.
#[derive(Debug, Clone, Copy)]
pub struct TermCalendar {
    pub served_from: Date,
    pub term_end: Date,
    /// Days of the term, both ends included.
    pub total_days: i64,
}

/// A term counted from `execution − credit days`: its first and last day.
pub fn term_calendar(
    execution: Date,
    credit_days: i64,
    term: Term,
) -> Result<TermCalendar, DateArithmeticError> {
    let served_from = add_days(execution, -credit_days)?;
    let term_end = period_end(served_from, term)?;
    Ok(TermCalendar {
        served_from,
        term_end,
        total_days: days_inclusive(served_from, term_end)?,
    })
}

/// `total × num ÷ den`, rounded up to a whole day (a fraction "served" is
/// reached only on the day it is complete).
pub fn fraction_days(total: i64, num: i64, den: i64) -> i64 {
    if den <= 0 {
        return total;
    }
    let n = total.saturating_mul(num);
    n / den + i64::from(n % den != 0)
}

/// The first day after `days` days served from `served_from`.
pub fn day_after_serving(served_from: Date, days: i64) -> Result<Date, DateArithmeticError> {
    add_days(served_from, days)
}

/// A date event.
pub fn event(
    event: impl Into<Msg>,
    date: Option<Date>,
    rule: &'static Rule,
    text: Msg,
) -> DateEvent {
    DateEvent {
        event: event.into(),
        date,
        step: Step::new(rule, text),
    }
}

/// The event of the day execution begins (recorded, or assumed and said so).
pub fn execution_event(exec: &Execution, rule: &'static Rule) -> DateEvent {
    event(
        if exec.assumed {
            MsgId::EvExecutionBeginsAssumed
        } else {
            MsgId::EvExecutionBegins
        },
        Some(exec.day),
        rule,
        exec.how.clone(),
    )
}

/// The standard opening events of a fixed-term calendar: execution, the
/// custody credit, the first and last day of the term.
pub fn fixed_term_events(
    exec: &Execution,
    credit: &Credit,
    cal: &TermCalendar,
    term: Term,
    execution_rule: &'static Rule,
    credit_rule: &'static Rule,
    term_rule: &'static Rule,
) -> Vec<DateEvent> {
    let mut events = vec![execution_event(exec, execution_rule)];
    if !credit.lines.is_empty() {
        events.push(event(
            MsgId::EvCustodyCredit,
            None,
            credit_rule,
            Msg::new(MsgId::CoCreditTotal)
                .arg("lines", lines_arg(&credit.lines))
                .arg("days", credit.days),
        ));
    }
    events.push(event(
        MsgId::EvTermStarts,
        Some(cal.served_from),
        credit_rule,
        Msg::new(MsgId::CoTermStartsText)
            .arg("exec", exec.day)
            .arg("days", credit.days)
            .arg("from", cal.served_from),
    ));
    events.push(event(
        MsgId::EvTermEnds,
        Some(cal.term_end),
        term_rule,
        Msg::new(MsgId::CoTermEndsPeriod)
            .arg("period", period_text(cal.served_from, term, cal.term_end))
            .arg("days", cal.total_days),
    ));
    events
}

/// Closes an analysis: the position on `as_of`, and an UNVERIFIED finding
/// for every unverified rule a step applied.
pub fn finish(
    out: &mut DefendantAnalysis,
    d: &Defendant,
    as_of: Option<Date>,
    mut findings: Vec<Finding>,
) {
    if let Some(day) = as_of
        && out.dates.served_from.is_some()
        && let Err(e) = position_on(d, &mut out.dates, day)
    {
        findings.push(Finding::new(
            Severity::Error,
            "dates.out-of-range",
            Msg::new(MsgId::CoPositionFailed)
                .arg("day", day)
                .arg("error", e.to_string()),
        ));
    }
    findings.extend(out.unverified_findings());
    out.findings = findings;
}

/// What has been served and what remains on `day`, with a dates row.
pub fn position_on(
    d: &Defendant,
    out: &mut DateFigures,
    day: Date,
) -> Result<(), DateArithmeticError> {
    use crate::calendar::days_between;
    let Some(from) = out.served_from else {
        return Ok(());
    };
    let served_to = match (&d.released, out.term_end) {
        (Some(r), _) if r.value < day => r.value,
        (_, Some(end)) if end < day => end,
        _ => day,
    };
    let served = if from <= day {
        days_inclusive(from, served_to)?
    } else {
        0
    };
    // Never more days remaining than the term has: before the first day the
    // whole term remains (issue #11).
    let remaining = match out.term_end {
        Some(end) if day < from => Some(days_inclusive(from, end)?),
        Some(end) => Some(days_between(day, end)?.max(0)),
        None => None,
    };
    out.as_of = Some(crate::analysis::AsOf {
        date: day,
        served_days: Some(served),
        remaining_days: remaining,
    });
    let text = match remaining {
        Some(r) if day < from => Msg::new(MsgId::DatesAsOfNotStarted)
            .arg("day", day)
            .arg("from", from)
            .arg("remaining", r),
        Some(r) => Msg::new(MsgId::CoServedRemain)
            .arg("served", served)
            .arg("from", from)
            .arg("to", served_to)
            .arg("remaining", r)
            .arg("day", day),
        None => Msg::new(MsgId::CoServedNoEnd)
            .arg("served", served)
            .arg("from", from)
            .arg("to", served_to),
    };
    out.events.push(event(
        Msg::new(MsgId::EvAsOf).arg("date", day),
        Some(day),
        &CALENDAR,
        text,
    ));
    Ok(())
}

/// The arithmetic of a term's last day, always a true statement: `A + term
/// − 1 day = B`, or, where the month reached lacks A's day (so that the
/// month's last day ends the months), that reason and the day part added.
pub fn period_text(first: Date, term: Term, last: Date) -> Msg {
    if !crate::calendar::month_end_clipped(first, term) {
        return Msg::new(MsgId::CoPeriodSum)
            .arg("first", first)
            .arg("term", term)
            .arg("last", last);
    }
    let months = Term::months(term.total_months());
    let months_end = period_end(first, months).unwrap_or(last);
    let msg = Msg::new(MsgId::CoPeriodMonthEnd)
        .arg("first", first)
        .arg("months", months)
        .arg("month", months_end.strftime("%Y-%m").to_string())
        .arg("day", i64::from(first.day()))
        .arg("mend", months_end);
    if term.day_part() == 0 {
        msg
    } else {
        Msg::new(MsgId::CoPeriodPlusDays)
            .arg("base", msg)
            .arg("days", i64::from(term.day_part()))
            .arg("last", last)
    }
}

/// Credit that covers a term or a release point.
pub static CREDIT_COVERS: Rule = Rule {
    id: "common.credit-covers",
    citation: "credit counted as served (StGB § 57 ¶4; 18 U.S.C. § 3585(b); TW art. 37-2)",
    in_force_from: jiff::civil::date(1900, 1, 1),
    in_force_until: None,
    summary: "where credited custody covers the whole term or a release point, that part counts as served before execution begins: the date falls before execution, nothing remains of that part, and release (or the decision on it) is due at once",
    verification: Verification::Unverified(
        "credit counting as served is statute (StGB § 57 ¶4); that release is then due on the first day of execution is the tool's reading, not a sourced practice",
    ),
};

/// The credit rule, for the rule tables of the systems that apply it.
pub static CREDIT_RULES: &[&Rule] = &[&CREDIT_COVERS];

/// An event when credit alone covers `what` (dated `date`), so that the date
/// lies before execution: the part is served, due at once.
pub fn credit_covers(
    exec: &Execution,
    credit: &Credit,
    what: impl Into<Msg>,
    date: Date,
) -> Option<DateEvent> {
    (credit.days > 0 && date < exec.day).then(|| {
        event(
            MsgId::EvCreditCovers,
            Some(exec.day),
            &CREDIT_COVERS,
            Msg::new(MsgId::CoCreditCovers)
                .arg("what", what.into())
                .arg("date", date)
                .arg("days", credit.days)
                .arg("exec", exec.day),
        )
    })
}

/// The term of a fixed-term penalty, if it is one.
pub fn imprisonment_term(p: Principal) -> Option<Term> {
    match p {
        Principal::Imprisonment(t) => Some(t),
        _ => None,
    }
}

/// `a + b + …` written out, for step texts.
pub fn sum_text(terms: &[Term]) -> Arg {
    Arg::List(terms.iter().map(|t| Arg::Term(*t)).collect(), Sep::Plus)
}

/// A comparison's outcome: `true`/`false` in English, `成立`/`不成立` in Chinese.
pub fn bool_arg(b: bool) -> Arg {
    Arg::Named {
        en: b.to_string(),
        zh: Some(if b { "成立" } else { "不成立" }.to_string()),
    }
}

/// Messages joined by `; ` / `；`.
pub fn lines_arg(lines: &[Msg]) -> Arg {
    Arg::List(
        lines.iter().cloned().map(Arg::from).collect(),
        Sep::Semicolon,
    )
}

/// The sum of terms (saturating; see [`Term::saturating_add`]).
pub fn sum_terms(terms: &[Term]) -> Term {
    terms.iter().fold(Term::ZERO, |a, t| a.saturating_add(*t))
}

/// The tool's calendar convention, shared by the jurisdictions other than
/// China: where execution begins when the file does not say, and how a
/// term's last day is counted.
pub static CALENDAR: Rule = Rule {
    id: "common.calendar",
    citation: "calendar convention of this tool (not a provision)",
    in_force_from: jiff::civil::date(1900, 1, 1),
    in_force_until: None,
    summary: "execution begins on the recorded `executed` day, else the day the judgment became final, else the judgment date; a term of N runs from its first day to (first day − 1 day) + N",
    verification: Verification::Unverified(
        "a convention of this tool; no provision on the start of execution or on counting the last day is bundled for this jurisdiction",
    ),
};

/// A release point at a fraction of a fixed term, not before a minimum
/// served: the date and the arithmetic.
pub fn fraction_point(
    cal: &TermCalendar,
    num: i64,
    den: i64,
    minimum: Option<Term>,
) -> Result<(Date, Msg), DateArithmeticError> {
    let n = fraction_days(cal.total_days, num, den);
    let at = day_after_serving(cal.served_from, n)?;
    let mut text = Msg::new(MsgId::CoFraction)
        .arg("total", cal.total_days)
        .arg("num", num)
        .arg("den", den)
        .arg("n", n)
        .arg("from", cal.served_from)
        .arg("at", at);
    let mut date = at;
    if let Some(m) = minimum {
        let min_date = crate::calendar::day_after_period(cal.served_from, m)?;
        if min_date > date {
            date = min_date;
            text = Msg::new(MsgId::CoFractionAtLeastLater)
                .arg("base", text)
                .arg("min", m)
                .arg("min_date", min_date)
                .arg("date", date);
        } else {
            text = Msg::new(MsgId::CoFractionAtLeast)
                .arg("base", text)
                .arg("min", m)
                .arg("min_date", min_date);
        }
    }
    Ok((date, text))
}

/// A release point after `served` of the sentence from `from` (life terms).
pub fn after_term_point(from: Date, served: Term) -> Result<(Date, Msg), DateArithmeticError> {
    let d = crate::calendar::day_after_period(from, served)?;
    Ok((
        d,
        Msg::new(MsgId::CoDatePlusTerm)
            .arg("from", from)
            .arg("term", served)
            .arg("date", d),
    ))
}

/// Concurrent and consecutive terms: for each sentence (its penalty and the
/// 0-based indices of the earlier sentences it runs after), the length of
/// the chain ending at it — its term plus the longest chain it follows.
/// `None` for a sentence that is not a fixed term, or that follows one.
pub fn consecutive_chains(sentences: &[(Principal, Vec<usize>)]) -> Vec<Option<Term>> {
    let mut out: Vec<Option<Term>> = Vec::with_capacity(sentences.len());
    for (penalty, after) in sentences {
        let own = match penalty {
            Principal::Imprisonment(t) => Some(*t),
            _ => None,
        };
        let before = after
            .iter()
            .map(|i| out.get(*i).copied().flatten())
            .try_fold(Term::ZERO, |acc, t| t.map(|t| acc.max(t)));
        out.push(own.zip(before).map(|(a, b)| a.saturating_add(b)));
    }
    out
}

/// Where the offences fall against the day a text of the law changed, for
/// the lighter-law comparison of Taiwan (art. 2 ¶1) and Japan (art. 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffenceDates {
    /// Every count is dated, and every one ends before the change.
    AllBefore,
    /// Every count is dated, and every one begins on or after the change.
    AllAfter,
    /// Every count is dated; some before the change, some on or after it.
    Straddle,
    /// A count is undated, or its period runs across the change.
    Undetermined,
}

/// Classifies `counts` against `change`, the first day of the new text.
pub fn offence_dates(counts: &[Count], change: Date) -> OffenceDates {
    let (mut before, mut after) = (false, false);
    for c in counts {
        match c.committed.as_ref().map(|p| &p.value) {
            Some(p) if p.last < change => before = true,
            Some(p) if p.first >= change => after = true,
            _ => return OffenceDates::Undetermined,
        }
    }
    match (before, after) {
        (true, true) => OffenceDates::Straddle,
        (false, true) => OffenceDates::AllAfter,
        // No counts at all cannot reach here (the analysis needs one).
        _ => OffenceDates::AllBefore,
    }
}

/// The lighter-law rule where the offence dates do not settle which text
/// applies: when the court's `decided` figure is lawful under one text and
/// not under the other (`old_lawful`, `comb.lawful`), neither verdict is
/// asserted. Clears the verdict, drops the finding `unlawful_code` that called
/// the figure unlawful, and returns the assumption finding `code` that says
/// why. Shared by Taiwan (art. 2) and Japan (art. 6).
pub fn unsettle_differing_verdict(
    comb: &mut crate::analysis::Combination,
    combination_findings: &mut Vec<Finding>,
    row: &crate::analysis::LighterLawRow,
    decided: Option<Principal>,
    old_lawful: Option<bool>,
    unlawful_code: &str,
    code: &'static str,
) -> Option<Finding> {
    if row.applies != crate::analysis::TextApplies::NotSettled {
        return None;
    }
    let (Some(d), Some(o), Some(n)) = (decided, old_lawful, comb.lawful) else {
        return None;
    };
    if o == n {
        return None;
    }
    comb.lawful = None;
    combination_findings.retain(|x| x.code != unlawful_code);
    Some(Finding::new(
        Severity::Assumption,
        code,
        Msg::new(MsgId::LighterVerdictNotSettled)
            .arg("penalty", d)
            .arg("old", row.old.msg())
            .arg("new", row.new.msg()),
    ))
}
