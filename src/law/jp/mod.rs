//! Japan: Penal Code (刑法) art. 14, 28, 46, 47. The statute text is not
//! bundled; every rule comes from the reference summary.
//!
//! Japanese courts impose one sentence for all crimes judged together: the
//! case file gives each count the penalty type chosen with its statutory
//! maximum (`penalty:`), the statutory maximum again under `statutory_max:`
//! (required when there are several counts), its statutory minimum under
//! `statutory_min:` (without it the lower end of the range is not settled),
//! and the unified sentence under `decided:`.

pub mod art28;
pub mod art47;
pub mod art6;
pub mod kikan;

use crate::analysis::{DefendantAnalysis, LawApplied, LawFigure, TextApplies};
use crate::calendar::{DateArithmeticError, calendar_difference};
use crate::case::{Defendant, JurisdictionId};
use crate::finding::{Finding, Severity};
use crate::law::common::{self, CALENDAR};
use crate::law::skeleton::{Start, System, dates_failed};
use crate::law::system::{PenaltyNames, Topic};
use crate::law::{Rule, Step};
use crate::message::{Msg, MsgId};
use crate::penalty::{PenaltyParseError, Principal, Term};

/// Japan.
pub struct Japan;

/// Reads `懲役3年`, `拘禁刑2年6月`, `禁錮1年`, `無期懲役`, `死刑`, or English.
pub fn parse_penalty(text: &str) -> Result<Principal, PenaltyParseError> {
    let t = text.trim();
    if matches!(t, "無期懲役" | "無期禁錮" | "無期拘禁刑") {
        return Ok(Principal::Life);
    }
    if t == "死刑" {
        return Ok(Principal::Death);
    }
    for prefix in ["懲役", "禁錮", "拘禁刑"] {
        if let Some(rest) = t.strip_prefix(prefix) {
            // 3年6月 → 有期徒刑3年6个月 for the shared grammar.
            let rest = rest.replace('月', "个月").replace("个个月", "个月");
            return crate::penalty::parse_penalty(&format!("有期徒刑{rest}")).map_err(|mut e| {
                e.offset = 0;
                e.len = text.len();
                e
            });
        }
    }
    crate::penalty::parse_penalty(text)
}

impl System for Japan {
    fn id(&self) -> JurisdictionId {
        JurisdictionId::Jp
    }
    fn name(&self) -> &'static str {
        "Japan"
    }
    fn parse_penalty(&self, text: &str) -> Result<Principal, PenaltyParseError> {
        parse_penalty(text)
    }
    fn count_fields(&self) -> &'static [&'static str] {
        &["statutory_max", "statutory_min"]
    }
    fn starter(&self) -> &'static str {
        STARTER
    }
    fn rule_tables(&self) -> Vec<&'static [&'static Rule]> {
        vec![art47::RULES, art28::RULES, art6::RULES, kikan::RULES]
    }
    fn no_counts(&self) -> (&'static str, MsgId) {
        ("jp.no-counts", MsgId::JpNoCounts)
    }
    // Japan had 懲役 (with work) and 禁錮 (without) until 2025-06-01 and
    // has 拘禁刑 since. The tool reads all three as one fixed term and
    // does not record which the court imposed; the judgment date does
    // not tell either, because a judgment after 2025-06-01 still imposes
    // 懲役 or 禁錮 for acts committed before that day (Act No. 68 of 2022,
    // art. 441 ¶1: なお従前の例による). So the genus, 自由刑, which
    // covers all three and is never wrong; 惩役 would misstate a 禁錮
    // and 拘禁刑 an old-law sentence.
    fn zh_penalty_names(&self) -> PenaltyNames {
        PenaltyNames {
            fixed: "有期自由刑",
            life: "无期自由刑",
        }
    }
    // Its law-version topics: the rules with more than one version, or whose
    // coverage is stated (law/timeline.rs adds one topic per other rule).
    fn topics(&self) -> Vec<Topic> {
        vec![
            Topic {
                jurisdiction: JurisdictionId::Jp,
                name: "maximum for several crimes (art. 47)",
                covered_from: art47::PENAL_CODE,
                note: "the Penal Code of 1907 (in force 1908-10-01, not in the reference) is the first covered",
                versions: vec![&art47::ART_47],
            },
            Topic {
                jurisdiction: JurisdictionId::Jp,
                name: "overall cap of an aggravated term (art. 14 ¶2)",
                covered_from: art47::PENAL_CODE,
                note: "20 years until Act No. 156 of 2004, 30 years from 2005-01-01",
                versions: vec![&art47::ART_14_20_YEARS, &art47::ART_14_2],
            },
            Topic {
                jurisdiction: JurisdictionId::Jp,
                name: "absorption (art. 46)",
                covered_from: art47::PENAL_CODE,
                note: "the Penal Code of 1907 is the first covered",
                versions: vec![&art47::ART_46],
            },
            Topic {
                jurisdiction: JurisdictionId::Jp,
                name: "release point (art. 28)",
                covered_from: art47::PENAL_CODE,
                note: "the Penal Code of 1907 is the first covered",
                versions: vec![&art28::FIXED_TERM],
            },
            Topic {
                jurisdiction: JurisdictionId::Jp,
                name: "release point, life (art. 28)",
                covered_from: art47::PENAL_CODE,
                note: "the Penal Code of 1907 is the first covered",
                versions: vec![&art28::LIFE],
            },
        ]
    }
    fn analyse(&self, s: &mut Start<'_>) {
        analyse(s)
    }
}

/// Analyses one defendant under the Penal Code of Japan.
fn analyse(s: &mut Start<'_>) {
    let (d, counts_judgment, counts) = (s.d, s.judgment, s.counts);
    let out = &mut s.out;
    let findings = &mut s.findings;
    let deciding = d.governing_decided();
    let decided = deciding.as_ref().map(|(_, dec)| dec.penalty.value);
    let day = deciding
        .as_ref()
        .map_or(counts_judgment.date.value, |(j, _)| j.date.value);
    let crimes: Vec<art47::Crime<'_>> = counts
        .iter()
        .map(|c| art47::Crime {
            offence: &c.offence,
            penalty: c.penalty.value,
            statutory_max: c.statutory_max.as_ref().map(|m| m.value),
            statutory_min: c.statutory_min.as_ref().map(|m| m.value),
        })
        .collect();
    // Art. 6 (the lighter law): crimes that may precede the 20 → 30-year
    // change of art. 14 ¶2, judged after it, are computed under both caps.
    let dates = common::offence_dates(counts, art47::ACT_156_2004);
    let (comb, f, row) = if art6::compared(day, dates) {
        let old = art47::combine(&crimes, decided, art6::BEFORE_ACT_156_2004);
        let new = art47::combine(&crimes, decided, day);
        match art6::row(dates, &old.0, &new.0) {
            Some(row) => {
                let old_lawful = old.0.lawful;
                let (mut comb, mut f) = match row.applies {
                    TextApplies::Old => old,
                    TextApplies::New | TextApplies::NotSettled => new,
                };
                // Not settled, and the verdict differs between the caps.
                let unsettled = common::unsettle_differing_verdict(
                    &mut comb,
                    &mut f,
                    &row,
                    decided,
                    old_lawful,
                    "jp.art47.above-maximum",
                    "jp.art6.verdict-not-settled",
                );
                f.extend(unsettled);
                comb.steps.insert(
                    0,
                    Step::new(
                        &art6::ART_6,
                        Msg::new(MsgId::JpArt6Step)
                            .arg("old", maximum(&row.old))
                            .arg("new", maximum(&row.new))
                            .arg("which", row.applies_msg()),
                    ),
                );
                (comb, f, Some(row))
            }
            None => {
                let (comb, f) = new;
                (comb, f, None)
            }
        }
    } else {
        let (comb, f) = art47::combine(&crimes, decided, day);
        (comb, f, None)
    };
    // 拘禁刑 (2025): by the transitional provision, acts before 2025-06-01
    // keep the earlier penalties even when judged later.
    let kokinkei = day >= art28::KOKINKEI.in_force_from
        && match common::offence_dates(counts, art28::KOKINKEI.in_force_from) {
            common::OffenceDates::AllAfter => true,
            common::OffenceDates::AllBefore => false,
            common::OffenceDates::Straddle | common::OffenceDates::Undetermined => {
                findings.push(Finding::new(
                    Severity::Note,
                    "jp.kokinkei-2025.transitional",
                    Msg::new(MsgId::JpKokinkeiTransitional).arg("date", day),
                ));
                false
            }
        };
    out.law = Some(LawApplied {
        version: if kokinkei { "JP-PC-2025" } else { "JP-PC" },
        name: "Penal Code (1907, as amended)",
        reason: match &row {
            Some(r) => Msg::new(MsgId::JpLawReasonArt6)
                .arg("date", day)
                .arg("which", r.applies_msg()),
            None => Msg::new(MsgId::JpLawReason).arg("date", day),
        },
        settled: row
            .as_ref()
            .is_none_or(|r| r.applies != TextApplies::NotSettled),
    });
    out.lighter_law = row.into_iter().collect();
    findings.extend(f);
    let sentence = decided.or(match comb.principle {
        crate::analysis::Principle::Absorption => comb.range.map(|r| r.min),
        _ => None,
    });
    out.combination = Some(comb);
    if !d.custody.is_empty() {
        findings.push(Finding::new(
            Severity::Note,
            "jp.custody-not-credited",
            Msg::new(MsgId::JpCustodyNotCredited),
        ));
    }
    if let Some(sentence) = sentence
        && let Err(e) = calendar(d, sentence, out)
    {
        findings.push(dates_failed(e));
    }
}

/// The maximum of an art. 47 figure, for the art. 6 step.
fn maximum(f: &LawFigure) -> Msg {
    match f {
        LawFigure::Range { range, .. } => Msg::new(MsgId::ListSemicolon).arg("items", range.max),
        LawFigure::Maximum { max, .. } => Msg::new(MsgId::ListSemicolon).arg("items", *max),
        other => other.msg(),
    }
}

fn calendar(
    d: &Defendant,
    sentence: Principal,
    out: &mut DefendantAnalysis,
) -> Result<(), DateArithmeticError> {
    let Some(exec) = common::execution_day(d) else {
        return Ok(());
    };
    let credit = common::Credit::default();
    out.dates.executed = Some(exec.day);
    out.dates.current = Some(sentence);
    match sentence {
        Principal::Imprisonment(term) => {
            let cal = common::term_calendar(exec.day, 0, term)?;
            out.dates.events = common::fixed_term_events(
                &exec,
                &credit,
                &cal,
                term,
                &CALENDAR,
                &CALENDAR,
                &kikan::TERM_BY_CALENDAR,
            );
            out.dates.term_start = Some(cal.served_from);
            out.dates.served_from = Some(cal.served_from);
            out.dates.term_end = Some(cal.term_end);
            // Art. 24 ¶2: release on the day after the last day.
            let release = crate::calendar::add_days(cal.term_end, 1)?;
            out.dates.events.push(common::event(
                MsgId::EvReleaseNextDay,
                Some(release),
                &kikan::RELEASE_NEXT_DAY,
                Msg::new(MsgId::JpReleaseNextDayText)
                    .arg("end", cal.term_end)
                    .arg("release", release),
            ));
            let (third, at) = kikan::after_third(cal.served_from, term)?;
            let text = Msg::new(MsgId::JpThirdText)
                .arg("term", term)
                .arg("third", third)
                .arg("from", cal.served_from)
                .arg("at", at);
            if !kikan::third(term).1 {
                out.dates.events.push(common::event(
                    MsgId::EvThirdNotExact,
                    None,
                    &kikan::THIRD_BY_CALENDAR,
                    Msg::new(MsgId::JpThirdNotExactText)
                        .arg("term", term)
                        .arg("third", third),
                ));
            }
            out.dates.parole_eligible = Some(at);
            out.parole.eligible_after = calendar_difference(cal.served_from, at).ok();
            out.parole.counted_from = Some(Msg::new(MsgId::CoCountedFromExecution));
            out.dates.events.push(common::event(
                MsgId::EvParolePossible,
                Some(at),
                &art28::FIXED_TERM,
                text.clone(),
            ));
            out.parole.steps.push(Step::new(
                &art28::FIXED_TERM,
                Msg::new(MsgId::JpOneThirdStep)
                    .arg("term", term)
                    .arg("text", text),
            ));
        }
        Principal::Life => {
            let (at, text) = common::after_term_point(exec.day, art28::LIFE_THRESHOLD)?;
            out.dates.served_from = Some(exec.day);
            out.dates.events.push(common::event(
                MsgId::EvExecutionBegins,
                Some(exec.day),
                &CALENDAR,
                exec.how.clone(),
            ));
            out.dates.events.push(common::event(
                MsgId::EvParolePossible,
                Some(at),
                &art28::LIFE,
                text.clone(),
            ));
            out.dates.parole_eligible = Some(at);
            out.parole.eligible_after = Some(art28::LIFE_THRESHOLD);
            out.parole.counted_from = Some(Msg::new(MsgId::CoCountedFromExecution));
            out.parole.steps.push(Step::new(
                &art28::LIFE,
                Msg::new(MsgId::JpLifeStep).arg("text", text),
            ));
        }
        Principal::Death => out.parole.not_applicable = Some(Msg::new(MsgId::CoDeath)),
        other => {
            out.parole.not_applicable = Some(Msg::new(MsgId::JpNotPenalty).arg("penalty", other))
        }
    }
    let _ = Term::ZERO;
    Ok(())
}

const STARTER: &str = r#"# yaml-language-server: $schema=../docs/case.schema.json
# A sentencing case file for Japan (Penal Code). Every field is described in docs/case-format.md.

case: Example — two crimes judged together (art. 47)   # the case's title
jurisdiction: JP                                        # Japan
summary: >-
  Worked example, not a real case.
defendants:
  - name: Example Defendant
    judgments:
      - court: District Court (example)
        date: 2024-03-01
        counts:
          - offence: theft (窃盗)
            article: Penal Code art. 235
            penalty: 懲役10年                 # the type chosen, with its statutory maximum
            statutory_max: 懲役10年           # art. 47 works from the statutory maxima
            statutory_min: 懲役1月            # the lower end is the highest minimum
          - offence: fraud (詐欺)
            article: Penal Code art. 246
            penalty: 懲役10年
            statutory_max: 懲役10年
            statutory_min: 懲役1月
        decided:
          penalty: 懲役4年                    # the one unified sentence
"#;
