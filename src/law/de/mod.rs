//! Germany: Strafgesetzbuch (StGB) §§ 40, 51, 53–55, 57, 57a. One module per
//! provision; this module puts them together for a defendant.
//!
//! The statute text is the consolidated StGB of the 2022-03-26 snapshot
//! (`shared/law/de/stgb-excerpt.md`). The rules are recorded as in force
//! from 1975-01-01 (the general part as reformed by the Second Criminal Law
//! Reform Act); that start, and whether earlier wordings differ in the
//! figures used here, are not verified: judgments before the snapshot get
//! an assumption finding saying so.

pub mod aggregate;
pub mod anrechnung;
pub mod aussetzung;
pub mod freiheitsstrafe;
pub mod geldstrafe;
pub mod gesamtstrafe;
pub mod grammar;
pub mod nachtraeglich;
mod snapshot;
pub mod strafzeit;

pub use snapshot::{IN_FORCE, SNAPSHOT, SNAPSHOT_NOTE};

use crate::analysis::{DefendantAnalysis, FineCredit, LawApplied, Principle};
use crate::case::{Count, Defendant, JurisdictionId, LaterCrime};
use crate::finding::{Finding, Severity};
use crate::law::common::{self, CALENDAR};
use crate::law::skeleton::{Start, System, dates_failed};
use crate::law::system::{PenaltyNames, Topic};
use crate::law::{Rule, Step};
use crate::message::{Msg, MsgId};
use crate::penalty::{Currency, Money, PenaltyParseError, Principal};

/// Germany.
pub struct Germany;

impl System for Germany {
    fn id(&self) -> JurisdictionId {
        JurisdictionId::De
    }
    fn name(&self) -> &'static str {
        "Germany"
    }
    fn parse_penalty(&self, text: &str) -> Result<Principal, PenaltyParseError> {
        grammar::parse_penalty(text)
    }
    fn starter(&self) -> &'static str {
        STARTER
    }
    fn rule_tables(&self) -> Vec<&'static [&'static Rule]> {
        vec![
            gesamtstrafe::RULES,
            geldstrafe::RULES,
            nachtraeglich::RULES,
            anrechnung::RULES,
            aussetzung::RULES,
            strafzeit::RULES,
            freiheitsstrafe::RULES,
            common::CREDIT_RULES,
            crate::law::custody::RULES,
        ]
    }
    // § 40: the fine in daily rates is German law's own.
    fn accepts_day_fines(&self) -> bool {
        true
    }
    fn no_counts(&self) -> (&'static str, MsgId) {
        ("de.no-counts", MsgId::DeNoCounts)
    }
    // StGB § 38: Freiheitsstrafe, zeitig or lebenslang — 自由刑, the usual
    // Chinese rendering (德国刑法典 translations). 徒刑 would claim a
    // penalty with compulsory labour that German law does not have.
    fn zh_penalty_names(&self) -> PenaltyNames {
        PenaltyNames {
            fixed: "有期自由刑",
            life: "终身自由刑",
        }
    }
    // Its law-version topics: the rules with more than one version, or whose
    // coverage is stated (law/timeline.rs adds one topic per other rule).
    fn topics(&self) -> Vec<Topic> {
        vec![
            Topic {
                jurisdiction: JurisdictionId::De,
                name: "aggregate sentence (StGB § 54)",
                covered_from: IN_FORCE,
                note: "the StGB general part before the 1975 reform is not implemented",
                versions: vec![&gesamtstrafe::STGB_54_2_INCREASE],
            },
            Topic {
                jurisdiction: JurisdictionId::De,
                name: "life absorbs (StGB § 54 ¶1 S.1)",
                covered_from: IN_FORCE,
                note: "the StGB general part before the 1975 reform is not implemented",
                versions: vec![&gesamtstrafe::STGB_54_1_LIFE],
            },
            Topic {
                jurisdiction: JurisdictionId::De,
                name: "later aggregate (StGB § 55)",
                covered_from: IN_FORCE,
                note: "the StGB general part before the 1975 reform is not implemented",
                versions: vec![&nachtraeglich::STGB_55_1],
            },
            Topic {
                jurisdiction: JurisdictionId::De,
                name: "custody credit (StGB § 51)",
                covered_from: IN_FORCE,
                note: "the StGB general part before the 1975 reform is not implemented",
                versions: vec![&anrechnung::STGB_51_1],
            },
            Topic {
                jurisdiction: JurisdictionId::De,
                name: "release point, two-thirds (StGB § 57 ¶1)",
                covered_from: IN_FORCE,
                note: "the StGB general part before the 1975 reform is not implemented",
                versions: vec![&aussetzung::STGB_57_1_TWO_THIRDS],
            },
            Topic {
                jurisdiction: JurisdictionId::De,
                name: "release point, half (StGB § 57 ¶2)",
                covered_from: IN_FORCE,
                note: "the StGB general part before the 1975 reform is not implemented",
                versions: vec![&aussetzung::STGB_57_2_HALF],
            },
            Topic {
                jurisdiction: JurisdictionId::De,
                name: "release point, life (StGB § 57a)",
                covered_from: IN_FORCE,
                note: "the StGB general part before the 1975 reform is not implemented",
                versions: vec![&aussetzung::STGB_57A_LIFE],
            },
        ]
    }
    fn analyse(&self, s: &mut Start<'_>) {
        analyse(s)
    }
}

/// The day the earlier judgment's imprisonment was fully executed, if that
/// was before `later`: the recorded release, else its Strafende computed
/// without credit (credit would only bring it earlier).
fn earlier_executed_before(
    d: &Defendant,
    earlier: &crate::case::Judgment,
    later: jiff::civil::Date,
) -> Option<jiff::civil::Date> {
    if let Some(r) = &d.released
        && r.value < later
    {
        return Some(r.value);
    }
    let penalty =
        earlier
            .decided
            .as_ref()
            .map(|x| x.penalty.value)
            .or(match earlier.counts.as_slice() {
                [only] => Some(only.penalty.value),
                _ => None,
            })?;
    let Principal::Imprisonment(term) = penalty else {
        return None;
    };
    let start = earlier
        .executed
        .as_ref()
        .or(earlier.final_date.as_ref())
        .map_or(earlier.date.value, |x| x.value);
    let end = strafzeit::strafzeit(start, 0, term).ok()?.ende;
    (end < later).then_some(end)
}

fn singles(counts: &[Count]) -> Vec<aggregate::Single<'_>> {
    counts
        .iter()
        .map(|c| aggregate::Single {
            offence: &c.offence,
            penalty: c.penalty.value,
        })
        .collect()
}

/// Analyses one defendant under the StGB.
fn analyse(s: &mut Start<'_>) {
    let (d, counts_judgment, counts) = (s.d, s.judgment, s.counts);
    let out = &mut s.out;
    let findings = &mut s.findings;
    let mut decided = d.governing_decided().map(|(_, dec)| dec.penalty.value);
    let mut separate_fine = d
        .governing_decided()
        .and_then(|(_, dec)| dec.separate_fine.map(|f| f.value));
    let mut judged_on = counts_judgment.date.value;

    // § 40: every fine in daily rates, in every judgment.
    for j in &d.judgments {
        for c in &j.counts {
            if let Principal::DayFine(f) = c.penalty.value {
                findings.extend(
                    geldstrafe::check_fine(c.offence.as_str(), f, geldstrafe::MAX_RATES)
                        .into_iter()
                        .map(|x| x.at(c.penalty.span)),
                );
            }
            // §§ 38 ¶2, 39: the bounds and units of each single term.
            if let Principal::Imprisonment(t) = c.penalty.value {
                findings.extend(
                    freiheitsstrafe::check_term(c.offence.as_str(), t)
                        .into_iter()
                        .map(|x| x.at(c.penalty.span)),
                );
            }
        }
        if let Some(Principal::DayFine(f)) = j
            .decided
            .as_ref()
            .and_then(|dec| dec.separate_fine.as_ref().map(|s| s.value))
        {
            findings.extend(geldstrafe::check_fine(
                "separate_fine",
                f,
                geldstrafe::MAX_AGGREGATE_RATES,
            ));
        }
    }

    // § 55: a later judgment for an offence committed before the earlier one.
    let mut all_singles = singles(counts);
    let mut later_step: Option<Step> = None;
    for (j, kind) in d.later_judgments() {
        match kind {
            LaterCrime::DiscoveredCrime => {
                // § 55 ¶1 only while the earlier penalty is not yet executed.
                if let Some(end) = earlier_executed_before(d, counts_judgment, j.date.value) {
                    findings.push(
                        Finding::new(
                            if j.decided.is_some() {
                                Severity::Error
                            } else {
                                Severity::Warning
                            },
                            "de.stgb55.earlier-executed",
                            Msg::new(MsgId::DeEarlierExecuted)
                                .arg("end", end)
                                .arg("date", j.date.value)
                                .arg("earlier", counts_judgment.date.value),
                        )
                        .at(j.date.span),
                    );
                    continue;
                }
                let (rows, f) = common::count_rows(&j.counts);
                out.counts.extend(rows);
                findings.extend(f);
                all_singles.extend(singles(&j.counts));
                for c in &j.counts {
                    if let Some(p) = &c.committed
                        && p.value.last > counts_judgment.date.value
                    {
                        findings.push(
                            Finding::new(
                                Severity::Error,
                                "de.stgb55.offence-after-conviction",
                                Msg::new(MsgId::DeOffenceAfterConviction)
                                    .arg("offence", &c.offence)
                                    .arg("committed", p.value.to_string())
                                    .arg("date", counts_judgment.date.value),
                            )
                            .at(p.span),
                        );
                    }
                }
                if let Some(dec) = &j.decided {
                    decided = Some(dec.penalty.value);
                    separate_fine = dec.separate_fine.as_ref().map(|f| f.value);
                }
                judged_on = j.date.value;
                later_step = Some(Step::new(
                    &nachtraeglich::STGB_55_1,
                    Msg::new(MsgId::DeLaterJudgmentJoins)
                        .arg("date", j.date.value)
                        .arg("earlier", counts_judgment.date.value)
                        .arg("count", all_singles.len()),
                ));
            }
            LaterCrime::NewCrime => findings.push(Finding::new(
                Severity::Note,
                "de.stgb55.not-applicable",
                Msg::new(MsgId::DeNewCrimeAfterConviction).arg("date", j.date.value),
            )),
        }
    }

    out.law = Some(LawApplied {
        version: "DE-StGB-2022",
        name: "StGB, consolidated text of the 2022-03-26 snapshot",
        reason: Msg::new(if judged_on >= SNAPSHOT {
            MsgId::DeLawOnOrAfterSnapshot
        } else {
            MsgId::DeLawBeforeSnapshot
        })
        .arg("date", judged_on),
        settled: judged_on >= SNAPSHOT,
    });
    if judged_on < SNAPSHOT {
        findings.push(Finding::new(
            Severity::Assumption,
            "de.law-version-assumed",
            Msg::new(MsgId::DeLawVersionAssumed).arg("date", judged_on),
        ));
    }

    let (mut comb, f) = aggregate::combine_with(&all_singles, decided, separate_fine);
    findings.extend(f);
    if let Some(s) = later_step {
        comb.steps.insert(0, s);
    }
    let sentence = decided.or(match comb.principle {
        Principle::SingleCount | Principle::Absorption => comb.range.map(|r| r.min),
        _ => None,
    });
    out.combination = Some(comb);

    if let Some(sentence) = sentence
        && let Err(e) = calendar(d, s.path, sentence, separate_fine, out)
    {
        findings.push(dates_failed(e));
    }
}

fn calendar(
    d: &Defendant,
    path: &str,
    sentence: Principal,
    separate_fine: Option<Principal>,
    out: &mut DefendantAnalysis,
) -> Result<(), crate::calendar::DateArithmeticError> {
    let Some((exec, credit)) = common::start_calendar(d, path, sentence, out)? else {
        return Ok(());
    };
    match sentence {
        Principal::Imprisonment(term) => {
            let z = strafzeit::strafzeit(exec.day, credit.days, term)?;
            let cal = common::TermCalendar {
                served_from: z.served_from,
                term_end: z.ende,
                total_days: z.total_days,
            };
            out.dates.events = common::fixed_term_events(
                &exec,
                &credit,
                &cal,
                term,
                &CALENDAR,
                &anrechnung::STGB_51_1,
                &strafzeit::STRAFENDE,
            );
            // Strafende from Strafbeginn, credit taken from the end.
            if let Some(e) = out
                .dates
                .events
                .iter_mut()
                .rev()
                .find(|e| e.date == Some(z.ende))
            {
                let rule = if z.credit_days > 0 {
                    &strafzeit::ANRECHNUNG_VOM_ENDE
                } else {
                    &strafzeit::STRAFENDE
                };
                e.step = Step::new(rule, strafzeit::strafende_text(&z, term));
            }
            // § 53 ¶2 S.2: a separate fine beside the imprisonment. § 51 ¶1
            // gives no order of credit: the imprisonment is credited (above),
            // and what the fine would take instead is shown, not applied.
            if let Some(Principal::DayFine(fine)) = separate_fine
                && credit.days > 0
            {
                let alt = anrechnung::credit_against_fine(fine, credit.days);
                out.dates.events.push(common::event(
                    MsgId::EvSeparateFineCredit,
                    None,
                    &anrechnung::CREDIT_IMPRISONMENT_FIRST,
                    Msg::new(MsgId::DeSeparateFineCreditNote)
                        .arg("fine", Principal::DayFine(fine))
                        .arg("days", credit.days)
                        .arg("alt", fine_credit_text(&alt)),
                ));
            }
            out.dates.term_start = Some(cal.served_from);
            out.dates.served_from = Some(cal.served_from);
            out.dates.term_end = Some(cal.term_end);
            let (two_thirds, text) =
                strafzeit::bruchteil(&z, 2, 3, aussetzung::TWO_THIRDS_MINIMUM)?;
            out.dates.events.push(common::event(
                MsgId::EvReleaseTwoThirds,
                Some(two_thirds),
                &aussetzung::STGB_57_1_TWO_THIRDS,
                text.clone(),
            ));
            let (half, half_text) = strafzeit::bruchteil(&z, 1, 2, aussetzung::HALF_MINIMUM)?;
            let half_condition = if term <= aussetzung::HALF_FIRST_TERM_LIMIT {
                MsgId::DeHalfFirstTerm
            } else {
                MsgId::DeHalfSpecialOnly
            };
            out.dates.events.push(common::event(
                MsgId::EvReleaseHalf,
                Some(half),
                &aussetzung::STGB_57_2_HALF,
                Msg::new(MsgId::DeHalfText)
                    .arg("text", half_text.clone())
                    .arg("condition", half_condition),
            ));
            // Credit exceeding the term, else a fraction: due at once.
            if let Some(e) = common::credit_covers(&exec, &credit, MsgId::EvTermEnds, z.ende) {
                out.dates.events.push(e);
            } else {
                for (what, date) in [
                    (MsgId::EvReleaseTwoThirds, two_thirds),
                    (MsgId::EvReleaseHalf, half),
                ] {
                    out.dates
                        .events
                        .extend(common::credit_covers(&exec, &credit, what, date));
                }
            }
            out.dates.parole_eligible = Some(two_thirds);
            // Served through the two-thirds day itself.
            out.parole.eligible_after = crate::calendar::add_days(two_thirds, 1)
                .and_then(|next| crate::calendar::calendar_difference(cal.served_from, next))
                .ok();
            out.parole.counted_from = Some(Msg::new(MsgId::DeCountedFromTermStart));
            out.parole.steps.push(Step::new(
                &aussetzung::STGB_57_1_TWO_THIRDS,
                Msg::new(MsgId::DeTwoThirdsStep)
                    .arg("term", term)
                    .arg("text", text),
            ));
            out.parole.steps.push(Step::new(
                &aussetzung::STGB_57_2_HALF,
                Msg::new(MsgId::DeHalfStep)
                    .arg("term", term)
                    .arg("text", half_text)
                    .arg("condition", half_condition),
            ));
        }
        Principal::Life => {
            let from = crate::calendar::add_days(exec.day, -credit.days)?;
            let (at, text) = common::after_term_point(from, aussetzung::LIFE_MINIMUM)?;
            out.dates
                .events
                .push(common::execution_event(&exec, &CALENDAR));
            out.dates.events.push(common::event(
                MsgId::EvReleaseLife,
                Some(at),
                &aussetzung::STGB_57A_LIFE,
                Msg::new(MsgId::DeLifeEventText)
                    .arg("days", credit.days)
                    .arg("text", text.clone()),
            ));
            out.dates.served_from = Some(from);
            out.dates.term_start = Some(from);
            out.dates.parole_eligible = Some(at);
            out.parole.eligible_after = Some(aussetzung::LIFE_MINIMUM);
            out.parole.counted_from = Some(Msg::new(MsgId::DeCountedFromLife));
            out.parole.steps.push(Step::new(
                &aussetzung::STGB_57A_LIFE,
                Msg::new(MsgId::DeLifeStep).arg("text", text),
            ));
        }
        Principal::DayFine(fine) => {
            out.parole.not_applicable =
                Some(Msg::new(MsgId::DeDayFineNoRelease).arg("penalty", sentence));
            // § 51 ¶1 S.1, ¶4 S.1: custody credited against the fine, one
            // day for one daily rate.
            if !credit.lines.is_empty() {
                let c = anrechnung::credit_against_fine(fine, credit.days);
                out.dates
                    .events
                    .push(common::execution_event(&exec, &CALENDAR));
                out.dates.events.push(common::event(
                    MsgId::EvCustodyCredit,
                    None,
                    &anrechnung::STGB_51_4_DAY_FINE,
                    Msg::new(MsgId::DeFineCustodyDays)
                        .arg("lines", common::lines_arg(&credit.lines))
                        .arg("days", credit.days),
                ));
                out.dates.events.push(common::event(
                    MsgId::EvFineCredit,
                    None,
                    &anrechnung::STGB_51_4_DAY_FINE,
                    fine_credit_text(&c),
                ));
                out.dates.fine_credit = Some(c);
            }
        }
        other => {
            out.parole.not_applicable =
                Some(Msg::new(MsgId::DeNotStgbPenalty).arg("penalty", other));
        }
    }
    Ok(())
}

/// The arithmetic of custody credited against a fine (§ 51 ¶4 S.1): the
/// rates credited and remaining, and the amount remaining when the amount of
/// one rate is known.
fn fine_credit_text(c: &FineCredit) -> Msg {
    let penalty = Principal::DayFine(c.fine);
    if c.discharged() {
        return Msg::new(MsgId::DeFineCreditDischarged)
            .arg("days", c.custody_days)
            .arg("rates", c.fine.rates())
            .arg("fine", penalty);
    }
    let amount = match (c.fine.per_rate_money(), c.remaining_amount) {
        (Some(per_rate), Some(amount)) => Msg::new(MsgId::DeFineAmountRemaining)
            .arg("remaining", c.remaining_rates)
            .arg("per_rate", per_rate)
            .arg(
                "amount",
                Money {
                    amount,
                    currency: Currency::Eur,
                },
            ),
        (Some(per_rate), None) => Msg::new(MsgId::DeFineAmountOverflow)
            .arg("remaining", c.remaining_rates)
            .arg("per_rate", per_rate),
        (None, _) => Msg::new(MsgId::DeFineAmountUnknown),
    };
    Msg::new(MsgId::DeFineCreditStep)
        .arg("credited", c.credited_rates)
        .arg("rates", c.fine.rates())
        .arg("remaining", c.remaining_rates)
        .arg("fine", penalty)
        .arg("amount", amount)
}

const STARTER: &str = r#"# yaml-language-server: $schema=../docs/case.schema.json
# A sentencing case file for Germany (StGB). Every field is described in docs/case-format.md.
# Check it with `sentencing validate FILE`, explain it with `sentencing report FILE`.

case: Beispiel — zwei Taten, eine Gesamtstrafe    # the case's title
jurisdiction: DE                                  # Germany
summary: >-
  Worked example, not a real case.
defendants:
  - name: A. B.
    custody:
      - from: 2023-01-10                          # Untersuchungshaft, credited under § 51
    judgments:
      - court: Landgericht (example)
        date: 2023-06-01
        final: 2023-06-09
        counts:
          - offence: Betrug
            article: StGB § 263
            penalty: 2 Jahre 6 Monate             # German or English: `2 years 6 months`
          - offence: Urkundenfälschung
            article: StGB § 267
            penalty: 1 Jahr
        decided:
          penalty: 3 Jahre                        # the Gesamtstrafe (§ 54)
"#;
