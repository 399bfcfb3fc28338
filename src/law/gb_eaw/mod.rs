//! England and Wales: concurrent and consecutive terms, remand credit
//! (CJA 2003 s. 240ZA), automatic release of standard determinate
//! sentences (s. 244 half, SI 2024/844 40 %, s. 244ZA two-thirds), and the
//! practitioners' dates: CRD, SLED, TUSED. The statutes are not bundled;
//! every rule comes from the reference summary. ARD, PED and HDCED (other
//! sentence types, home detention curfew) are not computed.

pub mod release;

use crate::analysis::{DefendantAnalysis, LawApplied, PenaltyRange, Principle};
use crate::calendar::{DateArithmeticError, add_term};
use crate::case::{Defendant, JurisdictionId, ReleaseRegime};
use crate::finding::{Finding, Severity};
use crate::law::common::{self, CALENDAR};
use crate::law::skeleton::{Start, System, dates_failed};
use crate::law::system::{PenaltyNames, Topic};
use crate::law::{Rule, Step};
use crate::message::{Arg, Msg, MsgId, RuleRef, Sep};
use crate::penalty::{Principal, Term};
use jiff::civil::Date;

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
        &["consecutive_to", "release_regime"]
    }
    fn requires_decided(&self) -> bool {
        false
    }
    fn starter(&self) -> &'static str {
        STARTER
    }
    fn rule_tables(&self) -> Vec<&'static [&'static Rule]> {
        vec![release::RULES, crate::law::custody::RULES]
    }
    fn no_counts(&self) -> (&'static str, MsgId) {
        ("gb.no-counts", MsgId::GbNoCounts)
    }
    // As for US federal law (the same words, law/us_federal): 监禁. Life reads 终身监禁刑, not
    // 终身监禁: in PRC law 终身监禁 (CL 383 ¶4, CL 386) is no penalty of
    // its own but the bar on any commutation or parole that a court may
    // add to a death sentence with reprieve for graft, and a Chinese
    // reader takes the bare words in that sense. A US federal life
    // sentence has no parole but does allow compassionate release and
    // clemency; an English life sentence has a minimum term and release
    // on licence. The suffix 刑 names the penalty and keeps the two apart;
    // the PRC wording always follows 死刑缓期二年执行.
    fn zh_penalty_names(&self) -> PenaltyNames {
        PenaltyNames {
            fixed: "有期监禁",
            life: "终身监禁刑",
        }
    }
    // Its law-version topics: the rules with more than one version, or whose
    // coverage is stated (law/timeline.rs adds one topic per other rule).
    fn topics(&self) -> Vec<Topic> {
        vec![
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
                name: "release point, standard determinate sentence under 5 years",
                covered_from: release::CJA_2003,
                note: "the law before CJA 2003 Part 12 is not implemented",
                versions: vec![&release::HALF_UNDER_5, &release::FORTY_UNDER_5],
            },
            Topic {
                jurisdiction: JurisdictionId::GbEaw,
                name: "release point, standard determinate sentence of 5 years or more",
                covered_from: release::CJA_2003,
                note: "the law before CJA 2003 Part 12 is not implemented",
                versions: vec![&release::HALF_5_PLUS, &release::FORTY_5_PLUS],
            },
            Topic {
                jurisdiction: JurisdictionId::GbEaw,
                name: "release point, excluded from SI 2024/844",
                covered_from: release::CJA_2003,
                note: "the law before CJA 2003 Part 12 is not implemented",
                versions: vec![&release::HALF_EXCLUDED],
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
                name: "top-up supervision (TUSED)",
                covered_from: release::TOP_UP_SUPERVISION.in_force_from,
                note: "UNVERIFIED: top-up supervision before 2015-02-01 did not exist (from memory)",
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
    out.law = Some(LawApplied {
        version: "GB-EAW-CJA2003",
        name: "Criminal Justice Act 2003 release provisions, as modified by SI 2024/844",
        reason: Msg::new(MsgId::GbLawReason).arg("date", day),
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
        let pairs: Vec<(Principal, Vec<usize>)> = counts
            .iter()
            .map(|c| {
                (
                    c.penalty.value,
                    c.consecutive_to
                        .as_ref()
                        .map(|l| {
                            l.value
                                .iter()
                                .filter_map(|n| usize::try_from(*n).ok()?.checked_sub(1))
                                .collect()
                        })
                        .unwrap_or_default(),
                )
            })
            .collect();
        let chains = common::consecutive_chains(&pairs);
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
                        comb.steps.push(Step::new(
                            &release::AGGREGATION,
                            Msg::new(MsgId::UsCountChain)
                                .arg("n", i + 1)
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
        if counts.len() > 1 {
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
    let regime = counts
        .iter()
        .filter_map(|c| c.release_regime.as_ref().map(|r| r.value))
        .max()
        .unwrap_or(ReleaseRegime::Standard);
    if counts
        .iter()
        .filter_map(|c| c.release_regime.as_ref().map(|r| r.value))
        .any(|r| r != regime)
    {
        findings.push(Finding::new(
            Severity::Assumption,
            "gb.regime-simplified",
            Msg::new(MsgId::GbRegimeSimplified).arg("regime", regime.id()),
        ));
    }
    if let Some(term) = sentence
        && let Err(e) = calendar(d, s.path, term, regime, day, out, findings)
    {
        findings.push(dates_failed(e));
    }
}

fn calendar(
    d: &Defendant,
    path: &str,
    term: Term,
    regime: ReleaseRegime,
    sentenced: Date,
    out: &mut DefendantAnalysis,
    findings: &mut Vec<Finding>,
) -> Result<(), DateArithmeticError> {
    let Some((exec, credit)) = common::start_calendar(d, path, Principal::Imprisonment(term), out)?
    else {
        return Ok(());
    };
    let cal = common::term_calendar(exec.day, credit.days, term)?;
    out.dates.events = common::fixed_term_events(
        &exec,
        &credit,
        &cal,
        term,
        &CALENDAR,
        release::remand_rule(sentenced),
        &CALENDAR,
    );
    if let Some(e) = out.dates.events.last_mut() {
        e.event = Msg::new(MsgId::EvSled);
    }
    out.dates.term_start = Some(cal.served_from);
    out.dates.served_from = Some(cal.served_from);
    out.dates.term_end = Some(cal.term_end);

    let (rule, crd, text): (&'static Rule, Date, Msg) = match regime {
        ReleaseRegime::TwoThirds => {
            let (rule, minimum) = if sentenced >= release::S244ZA_2022 {
                (&release::TWO_THIRDS_2022, Term::years(4))
            } else {
                (&release::TWO_THIRDS_2020, Term::years(7))
            };
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
            let (at, text) = common::fraction_point(&cal, 2, 3, None)?;
            (rule, at, Msg::new(MsgId::GbTwoThirds).arg("text", text))
        }
        ReleaseRegime::ExcludedFrom40 => {
            let (at, text) = common::fraction_point(&cal, 1, 2, None)?;
            (
                &release::HALF_EXCLUDED,
                at,
                Msg::new(MsgId::GbHalfExcluded).arg("text", text),
            )
        }
        ReleaseRegime::Standard => {
            let (half, half_text) = common::fraction_point(&cal, 1, 2, None)?;
            let (forty, forty_text) = common::fraction_point(&cal, 2, 5, None)?;
            let (start, half_rule, forty_rule) = if term < Term::years(5) {
                (
                    release::SDS40_UNDER_5,
                    &release::HALF_UNDER_5,
                    &release::FORTY_UNDER_5,
                )
            } else {
                (
                    release::SDS40_5_PLUS,
                    &release::HALF_5_PLUS,
                    &release::FORTY_5_PLUS,
                )
            };
            if half < start {
                (
                    half_rule,
                    half,
                    Msg::new(MsgId::GbHalfBefore)
                        .arg("text", half_text)
                        .arg("start", start),
                )
            } else {
                let at = forty.max(start);
                (
                    forty_rule,
                    at,
                    Msg::new(MsgId::GbForty)
                        .arg("text", forty_text)
                        .arg("start", start)
                        .arg("at", at)
                        .arg("half", half),
                )
            }
        }
    };
    out.dates
        .events
        .push(common::event(MsgId::EvCrd, Some(crd), rule, text.clone()));
    out.parole.not_applicable = Some(Msg::new(MsgId::GbAutomaticRelease).arg("crd", crd));
    out.parole.steps.push(Step::new(rule, text));
    if term < Term::years(2) && sentenced >= release::TOP_UP_SUPERVISION.in_force_from {
        let tused = add_term(crd, Term::months(12))?;
        out.dates.events.push(common::event(
            MsgId::EvTused,
            Some(tused),
            &release::TOP_UP_SUPERVISION,
            Msg::new(MsgId::GbTusedText)
                .arg("term", term)
                .arg("crd", crd)
                .arg("tused", tused),
        ));
    }
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
    custody:
      - from: 2024-01-05                         # remand, credited (s. 240ZA)
    judgments:
      - court: Crown Court (example)
        date: 2024-06-14
        counts:
          - offence: burglary
            penalty: 2 years
          - offence: handling stolen goods
            penalty: 1 year
            consecutive_to: [1]                  # without it, concurrent
            release_regime: standard             # or two-thirds, excluded-from-40
"#;
