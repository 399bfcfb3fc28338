//! England and Wales: concurrent and consecutive terms, and the release
//! dates of standard determinate sentences as the Ministry of Justice's
//! calculate-release-dates-api computes them (the method, each convention a
//! rule in `release.rs`; measured on the MoJ's own test suite by
//! tests/moj_conformance.rs): CRD or ARD, SLED or SED and LED, TUSED,
//! HDCED, ERSED, PED, MTD/ETD/LTD and ESED, under the MoJ's date codes
//! (`dates.named`), for sentences passed on one day or several
//! (`timeline.rs`; a count's `sentenced:`), and after a recall the PRRD
//! (`post_recall.rs`). Extended determinate sentences (EDS) and sentences
//! for offenders of particular concern (SOPC) as well (kind.rs), detention
//! and training orders (dto.rs) and default terms for unpaid fines
//! (fine.rs) and for breach of top-up supervision (botus.rs).
//! Not modelled: life sentences.

pub mod awarded_after_release;
pub mod bank_holidays;
pub mod booking;
pub mod botus;
pub mod calculation;
pub mod dto;
pub mod dto_single_term;
mod ersed;
pub mod extinguished;
pub mod extraction;
pub mod figures;
pub mod fine;
mod hdced;
pub mod kind;
#[cfg(test)]
mod kind_tests;
pub mod legislation;
pub mod length;
pub mod movement;
#[cfg(test)]
mod movement_tests;
pub mod named;
pub mod out_of_custody;
pub mod post_recall;
#[cfg(test)]
mod post_recall_tests;
pub mod profile;
pub mod progression;
pub mod recall;
pub mod recall_length;
pub mod release;
pub mod sds40;
#[cfg(test)]
mod terms_tests;
#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;
pub mod timeline;
#[cfg(test)]
mod timeline_tests;

pub use self::release as rules;
pub use booking::{Booking, Legislation, MethodError, Offender, Sds40Exclusion, Sentence};
pub use named::{DateCode, NamedDate};
pub use progression::release_dates;
pub use sds40::Outcome;

use crate::analysis::{DefendantAnalysis, LawApplied, PenaltyRange, Principle};
use crate::calendar::add_days;
use crate::case::{Count, Defendant, JurisdictionId, ReleaseRegime, SentenceType};
use crate::finding::{Finding, Severity};
use crate::law::common;
use crate::law::skeleton::{Start, System, dates_failed};
use crate::law::system::{PenaltyNames, Topic};
use crate::law::{Rule, Step};
use crate::message::{Arg, Msg, MsgId, RuleRef, Sep};
use crate::penalty::{Principal, Term};
use booking::{AtLarge, DatedDays};
use jiff::civil::Date;
use length::SentenceLength;

/// England and Wales.
pub struct EnglandAndWales;

impl System for EnglandAndWales {
    fn id(&self) -> JurisdictionId {
        JurisdictionId::GbEaw
    }
    fn name(&self) -> &'static str {
        "England and Wales"
    }
    fn count_fields(&self) -> &'static [&'static str] {
        &[
            "consecutive_to",
            "release_regime",
            "sentence_type",
            "extension",
            "supervision_expiry",
            "sentenced",
            "section_250",
            "progression_excluded",
        ]
    }
    fn defendant_fields(&self) -> &'static [&'static str] {
        &[
            "sex_offender",
            "early_removal",
            "tagged_bail",
            "additional_days",
            "restored_days",
            "unlawfully_at_large",
            "recall",
            "movements",
            "legislation",
            "legislation_toggles",
        ]
    }
    fn requires_decided(&self) -> bool {
        false
    }
    fn starter(&self) -> &'static str {
        STARTER
    }
    fn rule_tables(&self) -> Vec<&'static [&'static Rule]> {
        vec![
            release::RULES,
            kind::RULES,
            dto::RULES,
            dto_single_term::RULES,
            fine::RULES,
            botus::RULES,
            timeline::RULES,
            bank_holidays::RULES,
            post_recall::RULES,
            recall_length::RULES,
            extinguished::RULES,
            awarded_after_release::RULES,
            out_of_custody::RULES,
            progression::RULES,
            crate::law::custody::RULES,
        ]
    }
    fn no_counts(&self) -> (&'static str, MsgId) {
        ("gb.no-counts", MsgId::GbNoCounts)
    }
    // 监禁 and 终身监禁刑: see `IMPRISONMENT_NAMES`.
    fn zh_penalty_names(&self) -> PenaltyNames {
        crate::law::system::IMPRISONMENT_NAMES
    }
    // Its law-version topics: the rules with more than one version, or whose
    // coverage is stated (law/timeline.rs adds one topic per other rule).
    fn topics(&self) -> Vec<Topic> {
        vec![
            Topic {
                jurisdiction: JurisdictionId::GbEaw,
                name: "parole eligibility of a sentence for an offender of particular concern (s. 244A)",
                covered_from: kind::CJCA_2015,
                note: "SOPC exists from 2015-04-13 (CJCA 2015 s. 6)",
                versions: vec![&kind::SOPC_PED_HALF, &kind::SOPC_PED_TWO_THIRDS],
            },
            Topic {
                jurisdiction: JurisdictionId::GbEaw,
                name: "aggregation of concurrent and consecutive terms",
                covered_from: release::CJA_2003,
                note: "the law before CJA 2003 Part 12 is not implemented",
                versions: vec![&release::AGGREGATION],
            },
            Topic {
                jurisdiction: JurisdictionId::GbEaw,
                name: "remand credit (s. 240, then s. 240ZA)",
                covered_from: release::CJA_2003,
                note: "the law before CJA 2003 Part 12 is not implemented",
                versions: vec![&release::REMAND_S240, &release::REMAND],
            },
            Topic {
                jurisdiction: JurisdictionId::GbEaw,
                name: "release point at half, standard determinate sentence (s. 244)",
                covered_from: release::CJA_2003,
                note: "the law before CJA 2003 Part 12 is not implemented",
                versions: vec![&release::CRD_HALF],
            },
            Topic {
                jurisdiction: JurisdictionId::GbEaw,
                name: "release point at 40 %, standard determinate sentence (SI 2024/844)",
                covered_from: release::SDS40_UNDER_5,
                note: "no 40 % release before SI 2024/844 commenced (2024-09-10); earlier sentences reach it by tranche (2024-09-10 or 2024-10-22)",
                versions: vec![&release::CRD_FORTY],
            },
            Topic {
                jurisdiction: JurisdictionId::GbEaw,
                name: "release point, excluded from SI 2024/844",
                covered_from: release::CJA_2003,
                note: "the law before CJA 2003 Part 12 is not implemented",
                versions: vec![&release::CRD_HALF_EXCLUDED],
            },
            Topic {
                jurisdiction: JurisdictionId::GbEaw,
                name: "release point, s. 244ZA",
                covered_from: release::S244ZA_2020,
                note: "no two-thirds point for standard determinate sentences before SI 2020/158 (1 April 2020)",
                versions: vec![&release::TWO_THIRDS_2020, &release::TWO_THIRDS_2022],
            },
            Topic {
                jurisdiction: JurisdictionId::GbEaw,
                name: "home detention curfew eligibility (HDCED)",
                covered_from: release::CJA_2003,
                note: "HDC before CJA 2003 Part 12 is not implemented",
                versions: vec![&release::HDC_180, &release::HDC_365],
            },
            Topic {
                jurisdiction: JurisdictionId::GbEaw,
                name: "early removal scheme eligibility (ERSED)",
                covered_from: release::CJA_2003,
                note: "the scheme before CJA 2003 Part 12 is not implemented",
                versions: vec![&release::ERSED_50, &release::ERSED_30],
            },
            Topic {
                jurisdiction: JurisdictionId::GbEaw,
                name: "top-up supervision (TUSED)",
                covered_from: release::TOP_UP_SUPERVISION.in_force_from,
                note: "no top-up supervision for an offence before 2015-02-01 (ORA_DATE of the MoJ calculator)",
                versions: vec![&release::TOP_UP_SUPERVISION],
            },
        ]
    }
    fn analyse(&self, s: &mut Start<'_>) {
        analyse(s)
    }
}

/// Analyses one defendant under the law of England and Wales.
fn analyse(s: &mut Start<'_>) {
    let (d, counts_judgment, counts) = (s.d, s.judgment, s.counts);
    let out = &mut s.out;
    let findings = &mut s.findings;
    let day = counts_judgment.date.value;
    // Each hearing's day of sentence (a count's `sentenced:`, else the judgment's).
    let days_of_sentence = days_of_sentence(counts, day);
    let several_days = days_of_sentence.len() > 1;
    let day_list = || {
        Arg::List(
            days_of_sentence.iter().map(|x| Arg::from(*x)).collect(),
            Sep::Comma,
        )
    };
    // The law's name follows the profile the dates are computed under.
    let (version, name) = match d.legislation.as_ref().and_then(|c| c.profile.as_ref()) {
        Some(p) if p.value == crate::case::LegislationProfile::Sds50 => (
            "GB-EAW-CJA2003-SDS50",
            "Criminal Justice Act 2003 release provisions without SI 2024/844 (the MoJ's sds-50 profile, for comparison)",
        ),
        Some(p) if p.value == crate::case::LegislationProfile::ProgressionModelOctober => (
            "GB-EAW-CJA2003-PROGRESSION",
            "Criminal Justice Act 2003 release provisions with the progression model of the Sentencing Act 2026 (the MoJ's sds-progression-model-october test profile)",
        ),
        _ => (
            "GB-EAW-CJA2003",
            "Criminal Justice Act 2003 release provisions, as modified by SI 2024/844",
        ),
    };
    out.law = Some(LawApplied {
        version,
        name,
        reason: if several_days {
            Msg::new(MsgId::GbLawReasonSeveralDays).arg("dates", day_list())
        } else {
            Msg::new(MsgId::GbLawReason).arg("date", day)
        },
        settled: true,
    });

    let mut comb = crate::analysis::Combination {
        principle: if counts.len() == 1 {
            Principle::SingleCount
        } else {
            Principle::ConcurrentConsecutive
        },
        highest: None,
        total: None,
        cap: None,
        range: None,
        then_range: None,
        decided: counts_judgment
            .decided
            .as_ref()
            .map(|dec| dec.penalty.value),
        decided_then: None,
        lawful: None,
        steps: Vec::new(),
    };
    let sentence = if counts.iter().any(|c| c.penalty.value == Principal::Life) {
        comb.principle = Principle::Absorption;
        comb.highest = Some(Principal::Life);
        comb.range = Some(PenaltyRange::exactly(Principal::Life));
        out.parole.not_applicable = Some(Msg::new(MsgId::GbLifeNotModelled));
        None
    } else {
        let chains = count_chains(counts);
        let mut total = Term::ZERO;
        for (i, (c, len)) in counts.iter().zip(&chains).enumerate() {
            match len {
                Some(len) => {
                    total = total.max(*len);
                    if counts.len() > 1 {
                        let how = match &c.consecutive_to {
                            Some(l) if !l.value.is_empty() => Msg::new(MsgId::UsConsecutive).arg(
                                "counts",
                                Arg::List(
                                    l.value.iter().map(|n| Arg::from(*n)).collect(),
                                    Sep::Comma,
                                ),
                            ),
                            _ => Msg::new(MsgId::UsConcurrent),
                        };
                        let on = c.sentenced.as_ref().map_or(day, |x| x.value);
                        let line = if several_days {
                            Msg::new(MsgId::GbCountChainOn).arg("date", on)
                        } else {
                            Msg::new(MsgId::UsCountChain)
                        };
                        comb.steps.push(Step::new(
                            &release::AGGREGATION,
                            line.arg("n", i + 1)
                                .arg(
                                    "offence",
                                    Arg::Named {
                                        en: c.offence.clone(),
                                        zh: c.native_offence.clone(),
                                    },
                                )
                                .arg("penalty", c.penalty.value)
                                .arg("how", how)
                                .arg("len", *len),
                        ));
                    }
                }
                None => findings.push(Finding::new(
                    Severity::Error,
                    "gb.unknown-penalty-kind",
                    Msg::new(MsgId::UsNotImprisonment)
                        .arg("offence", &c.offence)
                        .arg("penalty", c.penalty.value),
                )),
            }
        }
        if several_days {
            // No one aggregate served from one day: the timeline's periods
            // in custody follow with the dates (`calendar`).
            comb.steps.push(Step::new(
                &timeline::GROUP_RELEASE,
                Msg::new(MsgId::GbAggregateSeveralDays)
                    .arg("days", day_list())
                    .arg("total", total),
            ));
        } else if counts.len() > 1 {
            comb.steps.push(Step::new(
                &release::AGGREGATION,
                Msg::new(MsgId::GbAggregateChain).arg("total", total),
            ));
        }
        comb.highest = counts
            .iter()
            .filter_map(|c| c.penalty.value.term())
            .max()
            .map(Principal::Imprisonment);
        comb.total = Some(total);
        comb.range = Some(PenaltyRange::exactly(Principal::Imprisonment(total)));
        if let Some(dec) = comb.decided {
            let ok = dec == Principal::Imprisonment(total);
            comb.lawful = Some(ok);
            if !ok {
                findings.push(Finding::new(
                    Severity::Error,
                    "gb.aggregate-mismatch",
                    Msg::new(MsgId::GbAggregateMismatch)
                        .arg("penalty", dec)
                        .arg("total", total),
                ));
            }
        }
        Some(total)
    };
    out.combination = Some(comb);
    // Dates only when every count is a term of imprisonment (an error
    // finding already names any other).
    if sentence.is_some()
        && counts.iter().all(|c| c.penalty.value.term().is_some())
        && let Err(e) = calendar(d, s.path, counts, day, out, findings)
    {
        findings.push(dates_failed(e));
    }
}

/// The length of the chain of consecutive terms ending at each count
/// (`common::consecutive_chains`; a count's `consecutive_to` numbers
/// counts from 1, the chains index them from 0).
fn count_chains(counts: &[Count]) -> Vec<Option<Term>> {
    let pairs: Vec<(Principal, Vec<usize>)> = counts
        .iter()
        .map(|c| (c.penalty.value, follows(c)))
        .collect();
    common::consecutive_chains(&pairs)
}

/// The counts a count runs after, 0-based (its `consecutive_to` numbers
/// them from 1; a number below 1 is left out).
fn follows(c: &Count) -> Vec<usize> {
    c.consecutive_to
        .as_ref()
        .map(|l| {
            l.value
                .iter()
                .filter_map(|n| usize::try_from(*n).ok()?.checked_sub(1))
                .collect()
        })
        .unwrap_or_default()
}

/// Counts sentenced on several days: the periods in custody the timeline
/// formed (a combination step each, with the group release moved to a
/// working day), and remand covering a whole calculable sentence.
fn several_days_report(
    b: &Booking,
    counts: &[Count],
    sentences: &[figures::SentenceCalc],
    path: &str,
    out: &mut DefendantAnalysis,
    findings: &mut Vec<Finding>,
) -> Result<(), MethodError> {
    let chains = count_chains(counts);
    let periods = sentences
        .iter()
        .map(|c| c.period)
        .max()
        .map_or(0, |m| m + 1);
    for k in 0..periods {
        let members: Vec<&figures::SentenceCalc> =
            sentences.iter().filter(|c| c.period == k).collect();
        let mut parts: Vec<usize> = members.iter().flat_map(|c| c.parts.clone()).collect();
        parts.sort_unstable();
        parts.dedup();
        let mut days: Vec<Date> = parts
            .iter()
            .filter_map(|&i| b.sentences.get(i))
            .map(|s| s.sentenced)
            .collect();
        days.sort_unstable();
        days.dedup();
        let Some(release) = members.iter().map(|c| c.release).max() else {
            continue;
        };
        let working = timeline::previous_working_day(b, release)?;
        let mut text = Msg::new(MsgId::GbTimelinePeriod)
            .arg("k", k + 1)
            .arg(
                "counts",
                Arg::List(
                    parts.iter().map(|&i| Arg::from(i + 1)).collect(),
                    Sep::Comma,
                ),
            )
            .arg(
                "days",
                Arg::List(days.iter().map(|x| Arg::from(*x)).collect(), Sep::Comma),
            )
            .arg("release", release);
        if let Some(comb) = out.combination.as_mut() {
            if k + 1 < periods {
                text = Msg::new(MsgId::GbTimelinePeriodReleased)
                    .arg("period", text)
                    .arg("working", working);
            }
            comb.steps.push(Step::new(&timeline::GROUP_RELEASE, text));
            // A release moved back past a bank holiday cites the rule.
            let mut d = release;
            let mut holiday = None;
            while d > working {
                if timeline::is_bank_holiday(b, d)? {
                    holiday = Some(d);
                }
                d = add_days(d, -1)?;
            }
            if let (Some(h), true) = (holiday, k + 1 < periods) {
                comb.steps.push(Step::new(
                    &bank_holidays::ANNUAL,
                    Msg::new(MsgId::GbBankHolidayPassed)
                        .arg("holiday", h)
                        .arg("release", release)
                        .arg("working", working),
                ));
            }
        }
        // Remand and tagged bail covering the whole term of a calculable sentence.
        for c in &members {
            let Some(term) = c
                .parts
                .last()
                .and_then(|&p| chains.get(p).copied().flatten())
            else {
                continue;
            };
            let end = add_days(c.unadjusted_expiry, -c.remand_days)?;
            findings.extend(crate::law::custody::exceeds_term(
                c.sentenced,
                c.remand_days,
                term,
                end,
                path,
            ));
        }
    }
    Ok(())
}

/// The days of sentence of the counts, in order, each once: a count's
/// `sentenced:` or the judgment's date.
fn days_of_sentence(counts: &[Count], judgment: Date) -> Vec<Date> {
    let mut v: Vec<Date> = counts
        .iter()
        .map(|c| c.sentenced.as_ref().map_or(judgment, |s| s.value))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The booking the MoJ's method reads, from the counts of one judgment.
fn booking(d: &Defendant, counts: &[Count], remand_days: i64) -> Booking {
    let sentences = counts
        .iter()
        .map(|c| {
            let term = c.penalty.value.term().unwrap_or(Term::ZERO);
            let regime = c.release_regime.as_ref().map(|r| r.value);
            Sentence {
                kind: c
                    .sentence_type
                    .as_ref()
                    .map_or(booking::SentenceKind::Standard, |t| kind_of(t.value)),
                offence_date: c.committed.as_ref().map(|p| p.value.first),
                sentenced: Date::default(),
                length: SentenceLength {
                    years: 0,
                    months: term.total_months(),
                    weeks: 0,
                    days: term.day_part(),
                },
                consecutive_to: follows(c),
                sds_plus: regime == Some(ReleaseRegime::TwoThirds),
                sds_plus_eligible: regime == Some(ReleaseRegime::TwoThirds),
                exclusion: match regime {
                    Some(ReleaseRegime::ExcludedFrom40) => Some(Sds40Exclusion::Excluded),
                    Some(ReleaseRegime::ExcludedFrom40FromTrancheThree) => {
                        Some(Sds40Exclusion::ExcludedFromTrancheThree)
                    }
                    _ => None,
                },
                recall: None,
                // Read only under the progression model (progression.rs).
                section_250: c.section_250,
                progression_excluded: c.progression_excluded,
            }
        })
        .collect();
    let mut sentences: Vec<Sentence> = sentences;
    if let Some(r) = &d.recall {
        post_recall::apply_record(&r.value, &mut sentences);
    }
    Booking {
        offender: Offender {
            date_of_birth: d.date_of_birth.as_ref().map(|b| b.value),
            sex_offender: d.sex_offender,
        },
        sentences,
        remand_days,
        tagged_bail_days: d.tagged_bail.iter().map(|t| i64::from(t.days)).sum(),
        additional_days: d
            .additional_days
            .iter()
            .map(|a| DatedDays {
                from: a.from.value,
                days: i64::from(a.days),
            })
            .collect(),
        restored_days: d
            .restored_days
            .iter()
            .map(|a| DatedDays {
                from: a.from.value,
                days: i64::from(a.days),
            })
            .collect(),
        at_large: d
            .unlawfully_at_large
            .iter()
            .map(|u| AtLarge {
                from: u.from.value,
                days: i64::from(u.days),
                first_day: Some(u.from.value),
                last_day: u.to.as_ref().map(|t| t.value),
            })
            .collect(),
        legislation: legislation::of(d),
        deductions_by_date: Vec::new(),
        bank_holidays: Vec::new(),
        early_removal: d.early_removal,
        recall: d
            .recall
            .as_ref()
            .map(|r| post_recall::facts(&r.value))
            .unwrap_or_default(),
        movements: d.movements.iter().map(movement::from_record).collect(),
    }
}

/// The sentence kind of the method from a count's sentence type.
fn kind_of(t: SentenceType) -> booking::SentenceKind {
    let length = |t: Term| SentenceLength {
        years: 0,
        months: t.total_months(),
        weeks: 0,
        days: t.day_part(),
    };
    match t {
        SentenceType::Extended {
            extension,
            automatic_release,
        } => booking::SentenceKind::Extended {
            extension: length(extension),
            automatic_release,
        },
        SentenceType::Sopc {
            extension,
            under_18,
        } => booking::SentenceKind::Sopc {
            extension: length(extension),
            under_18,
        },
        SentenceType::Dto => booking::SentenceKind::Dto,
        SentenceType::FineDefault { full_term, civil } => {
            booking::SentenceKind::FineDefault { full_term, civil }
        }
        SentenceType::Botus { supervision_expiry } => booking::SentenceKind::Botus {
            latest_tused: supervision_expiry,
        },
    }
}

/// The defendant with each custody period that has no `to` ending the day
/// before the first day of sentence after its start.
fn close_open_custody(
    d: &Defendant,
    counts: &[Count],
    judgment: Date,
) -> Result<Defendant, MethodError> {
    let mut out = d.clone();
    for p in &mut out.custody {
        if p.to.is_some() {
            continue;
        }
        if let Some(day) = counts
            .iter()
            .map(|c| c.sentenced.as_ref().map_or(judgment, |s| s.value))
            .filter(|x| *x > p.from.value)
            .min()
        {
            p.to = Some(crate::case::Located::new(add_days(day, -1)?, p.from.span));
        }
    }
    Ok(out)
}

/// Remand for a count sentenced at a later hearing (`sentenced:`): each
/// custody period is credited from the first day of sentence after its last
/// day (the MoJ's `appliesToSentencesFrom`); periods before the first day
/// of sentence are left to it.
fn remand_by_day_of_sentence(
    d: &Defendant,
    counts: &[Count],
    judgment: Date,
    first: Date,
) -> Result<Vec<DatedDays>, MethodError> {
    let mut days_of_sentence: Vec<Date> = counts
        .iter()
        .map(|c| c.sentenced.as_ref().map_or(judgment, |s| s.value))
        .collect();
    days_of_sentence.sort_unstable();
    days_of_sentence.dedup();
    let mut out: Vec<DatedDays> = Vec::new();
    for p in &d.custody {
        if matches!(
            p.kind,
            crate::case::CustodyKind::Bail | crate::case::CustodyKind::ResidentialSurveillance
        ) {
            continue;
        }
        let from = p.from.value;
        let Some(&day) = days_of_sentence
            .iter()
            .find(|&&x| x > from && p.to.as_ref().is_none_or(|t| t.value < x))
        else {
            continue;
        };
        if day == first {
            continue;
        }
        let to = p.to.as_ref().map_or(add_days(day, -1)?, |t| t.value);
        out.push(DatedDays {
            from: day,
            days: crate::calendar::days_between(from, to)? + 1,
        });
    }
    Ok(out)
}

/// The label of a date code in the report.
fn label(code: DateCode) -> MsgId {
    match code {
        DateCode::Crd => MsgId::EvCrd,
        DateCode::Prrd => MsgId::EvPrrd,
        DateCode::Ard => MsgId::EvArd,
        DateCode::Sled => MsgId::EvSled,
        DateCode::Sed => MsgId::EvSed,
        DateCode::Led => MsgId::EvLed,
        DateCode::Tused => MsgId::EvTused,
        DateCode::Hdced => MsgId::EvHdced,
        DateCode::Ersed => MsgId::EvErsed,
        DateCode::Ped => MsgId::EvPed,
        DateCode::Esed => MsgId::EvEsed,
        DateCode::Mtd => MsgId::EvMtd,
        DateCode::Etd => MsgId::EvEtd,
        DateCode::Ltd => MsgId::EvLtd,
    }
}

fn calendar(
    d: &Defendant,
    path: &str,
    counts: &[Count],
    sentenced: Date,
    out: &mut DefendantAnalysis,
    findings: &mut Vec<Finding>,
) -> Result<(), MethodError> {
    // Counts sentenced on several days: custody without an end runs to the
    // day before the first day of sentence after it.
    let closed;
    let d = if counts.iter().any(|c| c.sentenced.is_some()) {
        closed = close_open_custody(d, counts, sentenced)?;
        &closed
    } else {
        d
    };
    let mut credit = common::custody_credit(d, path, sentenced)?;
    findings.append(&mut credit.findings);
    // Remand longer than the whole term: said, as in the other systems (on
    // several days, for each calculable sentence of the timeline, below).
    let several_days = days_of_sentence(counts, sentenced).len() > 1;
    if let Some(term) = out.combination.as_ref().and_then(|c| c.total)
        && !several_days
        && let Ok(cal) = common::term_calendar(sentenced, credit.days, term)
    {
        findings.extend(crate::law::custody::exceeds_term(
            sentenced,
            credit.days,
            term,
            cal.term_end,
            path,
        ));
    }
    let mut b = booking(d, counts, credit.days);
    // Each count on its own day of sentence (`sentenced:`, sentences passed
    // on several days), else the judgment's.
    let day_of = |c: &Count| c.sentenced.as_ref().map_or(sentenced, |s| s.value);
    for (s, c) in b.sentences.iter_mut().zip(counts) {
        s.sentenced = day_of(c);
    }
    let first = counts.iter().map(day_of).min().unwrap_or(sentenced);
    b.deductions_by_date = remand_by_day_of_sentence(d, counts, sentenced, first)?;
    // Remand credited from later days of sentence (not tagged bail).
    let dated: i64 = b.deductions_by_date.iter().map(|r| r.days).sum();
    // Tagged bail dated to a later day of sentence counts from that day
    // (`timeline::SHARED_ADJUSTMENTS`); one on no day of sentence is refused.
    let mut days_of_sentence: Vec<Date> = counts.iter().map(day_of).collect();
    days_of_sentence.sort_unstable();
    days_of_sentence.dedup();
    for (i, t) in d.tagged_bail.iter().enumerate() {
        let Some(from) = &t.applies_from else {
            continue;
        };
        if !days_of_sentence.contains(&from.value) {
            findings.push(
                Finding::new(
                    Severity::Error,
                    "gb.tagged-bail.not-a-day-of-sentence",
                    Msg::new(MsgId::GbTaggedBailNotADayOfSentence)
                        .arg("date", from.value)
                        .arg(
                            "days",
                            Arg::List(
                                days_of_sentence.iter().map(|x| Arg::from(*x)).collect(),
                                Sep::Comma,
                            ),
                        ),
                )
                .field(format!("{path}.tagged_bail[{i}].applies_from"))
                .at(from.span)
                .hint(MsgId::GbTaggedBailNotADayOfSentenceHint),
            );
            return Ok(());
        }
        if from.value != first {
            b.deductions_by_date.push(DatedDays {
                from: from.value,
                days: i64::from(t.days),
            });
        }
    }
    for (i, c) in counts.iter().enumerate() {
        let sentenced = day_of(c);
        if c.committed.is_none() {
            findings.push(Finding::new(
                Severity::Assumption,
                "gb.no-offence-date",
                Msg::new(MsgId::GbNoOffenceDate)
                    .arg("n", i + 1)
                    .arg("offence", &c.offence),
            ));
        }
        if let Some(r) = &c.release_regime
            && r.value == ReleaseRegime::TwoThirds
        {
            let rule = rules::two_thirds(sentenced).rule;
            let minimum = if sentenced >= release::S244ZA_2022 {
                Term::years(4)
            } else {
                Term::years(7)
            };
            let term = c.penalty.value.term().unwrap_or(Term::ZERO);
            if sentenced < release::S244ZA_2020 {
                findings.push(Finding::new(
                    Severity::Error,
                    "gb.s244za.before-2020",
                    Msg::new(MsgId::GbS244zaBefore2020).arg("date", sentenced),
                ));
            }
            if term < minimum {
                findings.push(Finding::new(
                    Severity::Warning,
                    "gb.s244za.term-too-short",
                    Msg::new(MsgId::GbS244zaTooShort)
                        .arg("term", term)
                        .arg("minimum", minimum)
                        .arg("citation", Arg::Citation(RuleRef(rule))),
                ));
            }
        }
    }
    findings.extend(legislation::findings(d, path));
    if d.date_of_birth.is_none() {
        findings.push(Finding::new(
            Severity::Assumption,
            "gb.no-date-of-birth",
            Msg::new(MsgId::GbNoDateOfBirth),
        ));
    }
    if let Some(r) = &d.recall
        && let Some(a) = &r.value.applies_from
        && !counts.iter().any(|c| day_of(c) == a.value)
    {
        findings.push(
            Finding::new(
                Severity::Error,
                "gb.recall.applies-from-no-sentence",
                Msg::new(MsgId::GbRecallAppliesFromNoSentence).arg("date", a.value),
            )
            .field(format!("{path}.recall.applies_from"))
            .at(a.span)
            .hint(MsgId::GbRecallAppliesFromNoSentenceHint),
        );
        return Ok(());
    }
    if let Some(r) = &d.recall {
        for &n in &r.value.counts {
            if n == 0 || n as usize > counts.len() {
                findings.push(
                    Finding::new(
                        Severity::Error,
                        "gb.recall.no-such-count",
                        Msg::new(MsgId::GbRecallNoSuchCount)
                            .arg("n", n)
                            .arg("total", counts.len()),
                    )
                    .field(format!("{path}.recall.counts"))
                    .at(r.span)
                    .hint(MsgId::GbRecallNoSuchCountHint),
                );
                return Ok(());
            }
        }
    }
    // The recall's kind against the sentence's length (s. 255B).
    let after: Vec<Vec<usize>> = counts.iter().map(follows).collect();
    findings.extend(recall_length::check(d, &count_chains(counts), &after, path));
    let outcome = release_dates(&b)?;
    if several_days {
        several_days_report(&b, counts, &outcome.sentences, path, out, findings)?;
    }
    // Remand putting the release before the day of sentence, unless the
    // remand covering the whole term was already said.
    if !findings.iter().any(|f| f.code == "custody.exceeds-term") {
        findings.extend(extinguished::check(&outcome.sentences, path));
    }
    findings.extend(awarded_after_release::check(d, &outcome.sentences, path));
    let later_days = {
        let mut v: Vec<Date> = counts.iter().map(day_of).filter(|x| *x > first).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let sentenced = first;
    out.dates.executed = Some(sentenced);
    out.dates.custody_credit_days = Some(credit.days);
    // A recalled sentence counts the recall's remand and tagged bail, not
    // the custody before the original sentence (`post_recall::RECALL_CREDIT`).
    let recalled: Vec<usize> = match &d.recall {
        Some(r) if r.value.counts.is_empty() => (1..=counts.len()).collect(),
        Some(r) => (1..=counts.len())
            .filter(|n| r.value.counts.iter().any(|&k| k as usize == *n))
            .collect(),
        None => Vec::new(),
    };
    let recall_credit = d.recall.as_ref().map_or(0, |r| {
        i64::from(r.value.remand) + i64::from(r.value.tagged_bail)
    });
    let all_recalled = !counts.is_empty() && recalled.len() == counts.len();
    if all_recalled {
        out.dates.custody_credit_days = Some(recall_credit);
    }
    out.dates.current = out
        .combination
        .as_ref()
        .and_then(|c| c.total)
        .map(Principal::Imprisonment);
    out.dates.term_start = Some(sentenced);
    out.dates.served_from = Some(if all_recalled {
        add_days(sentenced, -recall_credit)?
    } else {
        add_days(sentenced, dated - credit.days)?
    });

    let mut events = vec![common::event(
        MsgId::EvTermStarts,
        Some(sentenced),
        &length::TERM_IN_DAYS,
        Msg::new(MsgId::GbTermFromSentence).arg("date", sentenced),
    )];
    // Extended sentences and SOPCs: custodial term, then the licence period.
    for (i, c) in counts.iter().enumerate() {
        if let Some(t) = &c.sentence_type
            && let Some(extension) = t.value.extension()
        {
            let rule = match t.value {
                SentenceType::Sopc { .. } => &kind::SOPC_LICENCE,
                _ => &kind::EDS_EXTENSION,
            };
            events.push(common::event(
                MsgId::EvExtensionPeriod,
                None,
                rule,
                Msg::new(MsgId::GbSentenceTypeText)
                    .arg("n", i + 1)
                    .arg("kind", t.value.id())
                    .arg("term", c.penalty.value.term().unwrap_or(Term::ZERO))
                    .arg("extension", extension),
            ));
        }
    }
    if !credit.lines.is_empty() {
        let total = Msg::new(MsgId::CoCreditTotal)
            .arg("lines", common::lines_arg(&credit.lines))
            .arg("days", credit.days);
        let text = if recalled.is_empty() {
            total
        } else {
            Msg::new(MsgId::GbCreditNotToRecall)
                .arg("credit", total)
                .arg(
                    "counts",
                    Arg::List(recalled.iter().map(|&n| Arg::from(n)).collect(), Sep::Comma),
                )
                .arg("recall", recall_credit)
        };
        events.push(common::event(
            MsgId::EvCustodyCredit,
            None,
            release::remand_rule(sentenced),
            text,
        ));
    }
    // Counts sentenced at later hearings (the booking's timeline).
    for day in &later_days {
        let numbers: Vec<Arg> = counts
            .iter()
            .enumerate()
            .filter(|(_, c)| day_of(c) == *day)
            .map(|(i, _)| Arg::from(i + 1))
            .collect();
        events.push(common::event(
            MsgId::EvSentencedLater,
            Some(*day),
            &timeline::GROUP_RELEASE,
            Msg::new(MsgId::GbSentencedLaterText)
                .arg("counts", Arg::List(numbers, Sep::Comma))
                .arg("date", *day),
        ));
    }
    // The adjustments recorded after (or, for tagged bail, before) sentence.
    // Tagged bail for the first day of sentence, then each dated to a later one.
    let later_bail =
        |t: &&crate::case::TaggedBail| t.applies_from.as_ref().is_some_and(|f| f.value != first);
    let tagged: i64 = d
        .tagged_bail
        .iter()
        .filter(|t| !later_bail(t))
        .map(|t| i64::from(t.days))
        .sum();
    if tagged > 0 {
        events.push(common::event(
            MsgId::EvTaggedBail,
            None,
            &release::TAGGED_BAIL,
            Msg::new(MsgId::GbTaggedBailText).arg("days", tagged),
        ));
    }
    for t in d.tagged_bail.iter().filter(later_bail) {
        let from = t.applies_from.as_ref().map_or(first, |f| f.value);
        events.push(common::event(
            MsgId::EvTaggedBail,
            Some(from),
            &timeline::SHARED_ADJUSTMENTS,
            Msg::new(MsgId::GbTaggedBailFromText)
                .arg("days", t.days)
                .arg("date", from),
        ));
    }
    // Awarded, restored and at large, and the recall, in date order.
    let mut later = Vec::new();
    if let Some(r) = &d.recall {
        later.push(post_recall::event(&r.value, counts.len()));
    }
    for (list, label, text) in [
        (
            &b.additional_days,
            MsgId::EvAdditionalDays,
            MsgId::GbAdditionalDaysText,
        ),
        (
            &b.restored_days,
            MsgId::EvRestoredDays,
            MsgId::GbRestoredDaysText,
        ),
    ] {
        for a in list {
            later.push(common::event(
                label,
                Some(a.from),
                &release::ADDITIONAL_DAYS,
                Msg::new(text).arg("days", a.days).arg("from", a.from),
            ));
        }
    }
    for u in &b.at_large {
        later.push(common::event(
            MsgId::EvAtLarge,
            Some(u.from),
            &release::AT_LARGE,
            Msg::new(MsgId::GbAtLargeText)
                .arg("days", u.days)
                .arg("from", u.from),
        ));
    }
    later.sort_by_key(|e| e.date);
    events.extend(later);
    let adjusted = d.tagged_bail.iter().any(|t| t.days > 0)
        || d.recall.is_some()
        || !b.additional_days.is_empty()
        || !b.restored_days.is_empty()
        || !b.at_large.is_empty();
    // The calculable sentence that gives the release day.
    let active = outcome.sentences.iter().max_by_key(|c| {
        (
            c.final_release(),
            std::cmp::Reverse(c.parts.first().copied()),
        )
    });
    for code in DateCode::ALL {
        let Some((date, rule)) = outcome.dates.get(&code).copied() else {
            continue;
        };
        out.dates.named.push(crate::analysis::NamedDateFigure {
            code: code.code(),
            date,
            rule,
        });
        // The expiry is that of the calculable sentence expiring last, which
        // need not be the one released last (several periods in custody).
        let giving = match code {
            DateCode::Sled | DateCode::Sed => outcome
                .sentences
                .iter()
                .find(|c| c.expiry == date)
                .or(active),
            _ => active,
        };
        let text = match (code, giving) {
            (DateCode::Crd | DateCode::Ard, Some(c))
                if adjusted && std::ptr::eq(rule, &rules::IMMEDIATE_RELEASE) =>
            {
                Msg::new(MsgId::GbImmediateReleaseAdjusted)
                    .arg("remand", c.remand_days)
                    .arg("ual", c.added.unlawfully_at_large)
                    .arg("awarded", c.added.awarded - c.added.unused_awarded)
                    .arg("part", c.days_to_release)
                    .arg("date", date)
            }
            (DateCode::Crd | DateCode::Ard, Some(c))
                if std::ptr::eq(rule, &rules::IMMEDIATE_RELEASE) =>
            {
                Msg::new(MsgId::GbImmediateRelease)
                    .arg("remand", c.remand_days)
                    .arg("part", c.days_to_release)
                    .arg("date", date)
            }
            (DateCode::Crd | DateCode::Ard, Some(c))
                if Some(date) == outcome.tranche && c.release != date =>
            {
                Msg::new(MsgId::GbTrancheDefault)
                    .arg("early", c.release)
                    .arg("date", date)
            }
            (DateCode::Crd | DateCode::Ard, Some(c)) if adjusted => {
                Msg::new(MsgId::GbCustodialPartAdjusted)
                    .arg("days", c.custodial_days)
                    .arg(
                        "fractions",
                        c.fractions
                            .iter()
                            .map(|f| f.percent())
                            .collect::<Vec<_>>()
                            .join(" + "),
                    )
                    .arg("part", c.days_to_release)
                    .arg("from", c.sentenced)
                    .arg("last", c.unadjusted_release)
                    .arg("remand", c.remand_days)
                    .arg("ual", c.added.unlawfully_at_large)
                    .arg("awarded", c.added.awarded - c.added.unused_awarded)
                    .arg("date", date)
            }
            (DateCode::Sled | DateCode::Sed, Some(c)) if adjusted => {
                // At large in custody and, for a recalled sentence, after release.
                let ual = c.added.unlawfully_at_large + c.added.at_large_after_release;
                let sum = add_days(c.unadjusted_expiry, ual - c.remand_days)?;
                match c.added.last_day_at_large {
                    Some(last) if date > sum => Msg::new(MsgId::GbExpiryAfterAtLarge)
                        .arg("last", last)
                        .arg("date", date),
                    _ => Msg::new(MsgId::GbExpiryAdjusted)
                        .arg("end", c.unadjusted_expiry)
                        .arg("remand", c.remand_days)
                        .arg("ual", ual)
                        .arg("date", date),
                }
            }
            (DateCode::Crd | DateCode::Ard, Some(c)) => Msg::new(MsgId::GbCustodialPart)
                .arg("days", c.custodial_days)
                .arg(
                    "fractions",
                    c.fractions
                        .iter()
                        .map(|f| f.percent())
                        .collect::<Vec<_>>()
                        .join(" + "),
                )
                .arg("part", c.days_to_release)
                .arg("from", c.sentenced)
                .arg("last", c.unadjusted_release)
                .arg("remand", c.remand_days)
                .arg("date", date),
            (DateCode::Prrd, _)
                if let Some(t) = post_recall::prrd_text(&outcome.sentences, date) =>
            {
                t
            }
            (DateCode::Sled | DateCode::Sed, Some(c)) => Msg::new(MsgId::GbExpiryText)
                .arg("end", c.unadjusted_expiry)
                .arg("remand", c.remand_days)
                .arg("date", date),
            _ => {
                // The HDC date of the sentence that gives it, with its arithmetic.
                let own = (code == DateCode::Hdced)
                    .then(|| {
                        outcome
                            .sentences
                            .iter()
                            .find_map(|c| match (c.hdced, &c.hdced_text) {
                                (Some((d, r)), Some(t)) if d == date && std::ptr::eq(r, rule) => {
                                    Some(t.clone())
                                }
                                _ => None,
                            })
                    })
                    .flatten();
                own.unwrap_or_else(|| {
                    Msg::new(MsgId::GbNamedDateText)
                        .arg("summary", Arg::Summary(RuleRef(rule)))
                        .arg("date", date)
                })
            }
        };
        events.push(common::event(label(code), Some(date), rule, text));
    }
    if let Some((expiry, _)) = outcome
        .dates
        .get(&DateCode::Sled)
        .or(outcome.dates.get(&DateCode::Sed))
    {
        out.dates.term_end = Some(*expiry);
    }
    if let Some((release, rule)) = outcome
        .dates
        .get(&DateCode::Crd)
        .or(outcome.dates.get(&DateCode::Ard))
    {
        match outcome.dates.get(&DateCode::Ped) {
            // An extended sentence or SOPC: the Parole Board may release from
            // the PED, so parole applies (as a date, not a minimum term).
            Some((ped, ped_rule)) => {
                out.dates.parole_eligible = Some(*ped);
                if let Some(e) = events
                    .iter()
                    .find(|e| e.date == Some(*ped) && std::ptr::eq(e.step.rule, *ped_rule))
                {
                    out.parole.steps.push(e.step.clone());
                }
                out.parole.at_board_direction = Some(
                    Msg::new(MsgId::GbParoleBoard)
                        .arg("ped", *ped)
                        .arg("crd", *release),
                );
            }
            None => {
                out.parole.not_applicable =
                    Some(Msg::new(MsgId::GbAutomaticRelease).arg("crd", *release))
            }
        }
        if let Some(e) = events
            .iter()
            .find(|e| e.date == Some(*release) && std::ptr::eq(e.step.rule, *rule))
        {
            out.parole.steps.push(e.step.clone());
        }
    } else if let Some((release, rule)) = outcome.dates.get(&DateCode::Prrd) {
        // Recalled: released on the PRRD, shown as the CRD is.
        out.parole.not_applicable =
            Some(Msg::new(MsgId::GbPostRecallRelease).arg("prrd", *release));
        if let Some(e) = events
            .iter()
            .find(|e| e.date == Some(*release) && std::ptr::eq(e.step.rule, *rule))
        {
            out.parole.steps.push(e.step.clone());
        }
    }
    out.dates.events = events;
    Ok(())
}

const STARTER: &str = r#"# yaml-language-server: $schema=../docs/case.schema.json
# A sentencing case file for England and Wales. Every field is described in docs/case-format.md.

case: Example — consecutive terms and the release date       # the case's title
jurisdiction: GB-EAW                                           # England and Wales
summary: >-
  Worked example, not a real case.
defendants:
  - name: Example Defendant
    date_of_birth: 1990-05-17                    # age tests: top-up supervision, no licence under 18
    # sex_offender: true                         # subject to notification: no home detention curfew
    # early_removal: true                        # liable to removal: early removal scheme date
    # tagged_bail:                               # credit for a qualifying curfew (s. 240A), as the court directs
    #   - days: 14
    #     applies_from: 2024-06-14               # counts sentenced on several days: the day of sentence they count for (default: the first)
    # additional_days:                           # days awarded in custody (ADA, Prison Rules r. 55)
    #   - from: 2024-09-02                       # the day they apply from
    #     days: 7
    # restored_days:                             # awarded days restored (RADA, r. 61)
    #   - from: 2024-11-04
    #     days: 3
    # unlawfully_at_large:                       # time at large after sentence (UAL): not served
    #   - from: 2024-10-01                       # first day at large
    #     days: 5
    #     to: 2024-10-05                         # last day, when known
    # recall:                                    # recalled after release on licence (CJA 2003 s. 254)
    #   kind: fixed-term-28                      # standard, fixed-term-14, fixed-term-28, fixed-term-56
    #   revoked: 2025-03-01                      # licence revoked
    #   returned: 2025-03-03                     # back in custody: the fixed term counts from it
    #   counts: [1, 2]                           # the counts recalled (default: all)
    #   remand: 2                                # days of remand credited to the recall
    # movements:                                 # releases and admissions the prison records
    #   - day: 2025-01-10                        # e.g. release-hdc, release-crd, release-ecsl,
    #     kind: release-hdc                      # admission-recall, admission-sentence
    # legislation: in-force                      # or sds-50, sds-progression-model-october (the MoJ's test profiles)
    # legislation_toggles: [hdc-repealed]        # the MoJ's feature toggles (docs/case-format.md)
    custody:
      - from: 2024-01-05                         # remand, deducted from the release day (s. 240ZA)
    judgments:
      - court: Crown Court (example)
        date: 2024-06-14                         # the day of sentence: the term counts from it
        counts:
          - offence: burglary
            committed: 2024-01-04                # the offence date (licence, top-up supervision)
            penalty: 2 years
            # sentenced: 2024-03-01              # sentenced at an earlier hearing; without it, the judgment's date
          - offence: handling stolen goods
            committed: 2024-01-04
            penalty: 1 year
            consecutive_to: [1]                  # without it, concurrent
            release_regime: standard             # or two-thirds, excluded-from-40, excluded-from-40-t3
            # section_250: true                  # detention of a child (Sentencing Code s. 250): not in the progression model
            # progression_excluded: true         # an offence excluded from the progression model
            # sentence_type: eds                   # or eds-automatic, sopc, sopc-under-18 (the penalty is the custodial term), dto, fine-default, civil-debt, botus
            # extension: 4 years                   # the licence period after it (EDS; a SOPC has 1 year)
            # supervision_expiry: 2025-05-14       # botus: the breached top-up supervision's recorded expiry (TUSED)
"#;
