//! Taiwan: Criminal Code of the Republic of China, art. 51 (several
//! sentences), art. 77 and 79-1 (parole). The statute text is not bundled:
//! every rule comes from the reference summary and is marked as such.

pub mod art2;
pub mod art33;
pub mod art51;
pub mod art77;

use crate::analysis::{
    DefendantAnalysis, LawApplied, LawFigure, LighterLawRow, Principle, TextApplies,
};
use crate::calendar::{DateArithmeticError, add_days, calendar_difference, day_after_period};
use crate::case::{Defendant, JurisdictionId};
use crate::finding::{Finding, Severity};
use crate::law::common::{self, CALENDAR, OffenceDates};
use crate::law::skeleton::{Start, System, dates_failed};
use crate::law::system::{PRC_NAMES, PenaltyNames, Topic};
use crate::law::{Rule, Step};
use crate::message::{Arg, Msg, MsgId, RuleRef};
use crate::penalty::{PenaltyParseError, Principal, Term};

/// Taiwan.
pub struct Taiwan;

/// Traditional characters and the formal numerals of Taiwanese judgments,
/// mapped to what the shared grammar reads.
const TRADITIONAL: &[(&str, &str)] = &[
    ("無期徒刑", "无期徒刑"),
    ("個", "个"),
    ("壹", "一"),
    ("貳", "二"),
    ("參", "三"),
    ("肆", "四"),
    ("伍", "五"),
    ("陸", "六"),
    ("柒", "七"),
    ("捌", "八"),
    ("玖", "九"),
    ("拾", "十"),
];

/// Reads `有期徒刑貳年陸月`, `有期徒刑3年6月`, `無期徒刑`, `拘役20日`, or English.
pub fn parse_penalty(text: &str) -> Result<Principal, PenaltyParseError> {
    let mut t = text.to_string();
    for (from, to) in TRADITIONAL {
        t = t.replace(from, to);
    }
    // Taiwanese judgments write months as 月 without 个.
    if t.contains('年') || t.contains('月') {
        let mut fixed = String::new();
        let mut prev: Option<char> = None;
        for ch in t.chars() {
            if ch == '月' && prev.is_some_and(|p| p != '个') {
                fixed.push('个');
            }
            fixed.push(ch);
            prev = Some(ch);
        }
        t = fixed;
    }
    crate::penalty::parse_penalty(&t).map_err(|mut e| {
        if t.len() != text.len() {
            e.offset = 0;
            e.len = text.len();
        }
        e
    })
}

impl System for Taiwan {
    fn id(&self) -> JurisdictionId {
        JurisdictionId::Tw
    }
    fn name(&self) -> &'static str {
        "Taiwan"
    }
    fn parse_penalty(&self, text: &str) -> Result<Principal, PenaltyParseError> {
        parse_penalty(text)
    }
    fn starter(&self) -> &'static str {
        STARTER
    }
    fn rule_tables(&self) -> Vec<&'static [&'static Rule]> {
        vec![
            art51::RULES,
            art77::RULES,
            art33::RULES,
            common::CREDIT_RULES,
            crate::law::custody::RULES,
        ]
    }
    fn no_counts(&self) -> (&'static str, MsgId) {
        ("tw.no-counts", MsgId::TwNoCounts)
    }
    // Criminal Code art. 33: 無期徒刑, 有期徒刑, 拘役 — the same words as the
    // PRC's; written in simplified characters like every other TW text of
    // the catalogue (i18n/rules.rs).
    fn zh_penalty_names(&self) -> PenaltyNames {
        PRC_NAMES
    }
    // Its law-version topics: the rules with more than one version, or whose
    // coverage is stated (law/timeline.rs adds one topic per other rule).
    fn topics(&self) -> Vec<Topic> {
        vec![
            Topic {
                jurisdiction: JurisdictionId::Tw,
                name: "combination cap of fixed terms (art. 51 item 5)",
                covered_from: art51::CODE_1935,
                note: "the Code of 1935 is the first covered",
                versions: vec![&art51::FIXED_TERMS_20, &art51::FIXED_TERMS_30],
            },
            Topic {
                jurisdiction: JurisdictionId::Tw,
                name: "absorption (art. 51 items 3–4)",
                covered_from: art51::CODE_1935,
                note: "the Code of 1935 is the first covered",
                versions: vec![&art51::ABSORPTION],
            },
            Topic {
                jurisdiction: JurisdictionId::Tw,
                name: "detention cap (art. 51 item 6)",
                covered_from: art51::CODE_1935,
                note: "the Code of 1935 is the first covered",
                versions: vec![&art51::DETENTION_4_MONTHS, &art51::DETENTION_120_DAYS],
            },
            Topic {
                jurisdiction: JurisdictionId::Tw,
                name: "release point (art. 77, 79-1)",
                covered_from: art51::REFORM_2005,
                note: "the parole figures before the 2005 reform are not in the reference; not computed",
                versions: vec![&art77::FIXED_TERM],
            },
            Topic {
                jurisdiction: JurisdictionId::Tw,
                name: "release point, life (art. 77)",
                covered_from: art51::REFORM_2005,
                note: "the parole figures before the 2005 reform are not in the reference; not computed",
                versions: vec![&art77::LIFE],
            },
            Topic {
                jurisdiction: JurisdictionId::Tw,
                name: "aggregate executed together (art. 79-1)",
                covered_from: art51::REFORM_2005,
                note: "the parole figures before the 2005 reform are not in the reference; not computed",
                versions: vec![&art77::AGGREGATE],
            },
        ]
    }
    fn analyse(&self, s: &mut Start<'_>) {
        analyse(s)
    }
}

/// Analyses one defendant under the Criminal Code of Taiwan.
fn analyse(s: &mut Start<'_>) {
    let (d, counts_judgment, counts) = (s.d, s.judgment, s.counts);
    let out = &mut s.out;
    let findings = &mut s.findings;
    let deciding = d.governing_decided();
    let decided = deciding.as_ref().map(|(_, dec)| dec.penalty.value);
    let day = deciding
        .as_ref()
        .map_or(counts_judgment.date.value, |(j, _)| j.date.value);
    let singles: Vec<(&str, Principal)> = counts
        .iter()
        .map(|c| (c.offence.as_str(), c.penalty.value))
        .collect();
    // Art. 33: the bounds of each single penalty (2005 text).
    for j in d
        .judgments
        .iter()
        .filter(|j| j.date.value >= art51::REFORM_2005)
    {
        for c in &j.counts {
            findings.extend(
                art33::check(c.offence.as_str(), c.penalty.value)
                    .into_iter()
                    .map(|f| f.at(c.penalty.span)),
            );
        }
    }
    // A later judgment's own aggregate, against its own art. 51 limit.
    for (j, _) in d.later_judgments() {
        if let (Some(dec), [_, _, ..]) = (&j.decided, j.counts.as_slice()) {
            let own: Vec<(&str, Principal)> = j
                .counts
                .iter()
                .map(|c| (c.offence.as_str(), c.penalty.value))
                .collect();
            let (c, _) = art51::combine(&own, Some(dec.penalty.value), j.date.value);
            if c.lawful == Some(false) {
                findings.push(
                    Finding::new(
                        Severity::Error,
                        "tw.art51.later-aggregate-outside",
                        Msg::new(MsgId::TwLaterAggregateOutside)
                            .arg("date", j.date.value)
                            .arg("penalty", dec.penalty.value)
                            .arg(
                                "range",
                                c.range.map_or(Arg::Text(String::new()), Arg::Range),
                            ),
                    )
                    .at(dec.penalty.span),
                );
            }
        }
    }
    // Art. 2 ¶1 (the lighter law): which text of art. 51 applies. When the
    // law changed between the offences and the judgment, art. 51 is
    // computed under both texts (art2.rs) and the table says which applies.
    let dates = common::offence_dates(counts, art51::REFORM_2005);
    let compared = day >= art51::REFORM_2005 && dates != OffenceDates::AllAfter;
    let (old, new) = if compared {
        (
            Some(art51::combine(&singles, decided, art51::BEFORE_REFORM)),
            Some(art51::combine(&singles, decided, day)),
        )
    } else {
        (None, None)
    };
    let rows = match (&old, &new) {
        (Some((o, _)), Some((n, _))) => art2::rows(&singles, dates, o, n),
        _ => Vec::new(),
    };
    let applies = if compared {
        art2::applies(&rows, dates)
    } else {
        TextApplies::New
    };
    let (text_day, reason, settled) = if day < art51::REFORM_2005 {
        (
            day,
            Msg::new(MsgId::TwReasonBeforeReform).arg("date", day),
            true,
        )
    } else {
        match applies {
            TextApplies::Old => (
                art51::BEFORE_REFORM,
                Msg::new(MsgId::TwReasonAllBefore).arg("reform", art51::REFORM_2005),
                true,
            ),
            TextApplies::New if dates == OffenceDates::AllBefore => (
                day,
                Msg::new(MsgId::TwReasonAllBeforeNewLighter).arg("reform", art51::REFORM_2005),
                true,
            ),
            TextApplies::New => (
                day,
                Msg::new(MsgId::TwReasonAllAfter).arg("reform", art51::REFORM_2005),
                true,
            ),
            TextApplies::NotSettled => (
                day,
                Msg::new(MsgId::TwReasonAssumed)
                    .arg("date", day)
                    .arg("reform", art51::REFORM_2005),
                false,
            ),
        }
    };
    let (_, rule) = art51::fixed_term_cap(text_day);
    let new_text = text_day >= art51::REFORM_2005;
    out.law = Some(LawApplied {
        version: if new_text {
            "TW-CC-2005"
        } else {
            "TW-CC-PRE2005"
        },
        name: if new_text {
            "Criminal Code as reformed in 2005 (from 2006-07-01, UNVERIFIED date)"
        } else {
            "Criminal Code before the 2005 reform"
        },
        reason: Msg::new(MsgId::TwLawReason)
            .arg("reason", reason.clone())
            .arg("citation", Arg::Citation(RuleRef(rule))),
        settled,
    });
    if !settled {
        findings.push(Finding::new(
            Severity::Assumption,
            "tw.law-version-assumed",
            Msg::new(MsgId::TwLawVersionAssumed).arg("reason", reason.clone()),
        ));
    }
    let (mut comb, mut f) = match (applies, old, new) {
        (TextApplies::Old, Some(o), _) => o,
        (_, _, Some(n)) => n,
        _ => art51::combine(&singles, decided, text_day),
    };
    // Not settled, and the verdict differs between the texts: neither is asserted.
    if let Some(row) = rows.first() {
        findings.extend(common::unsettle_differing_verdict(
            &mut comb,
            &mut f,
            row,
            decided,
            old_lawful(row, decided),
            "tw.art51.outside-range",
            "tw.art2.verdict-not-settled",
        ));
    }
    findings.extend(f);
    // The art. 2 step: both ranges and the text applied.
    if let (Some(row), true) = (
        rows.first(),
        comb.principle == Principle::LimitedAggravation,
    ) && let (LawFigure::Range { range: o, .. }, LawFigure::Range { range: n, .. }) =
        (row.old, row.new)
    {
        let which = if new_text {
            MsgId::TwApplied
        } else {
            MsgId::TwNotApplied
        };
        comb.steps.insert(
            0,
            Step::new(
                &art51::LIGHTER_LAW,
                Msg::new(MsgId::TwLighterLaw)
                    .arg("earlier", o)
                    .arg("later", n)
                    .arg("which", which)
                    .arg("reason", reason.clone()),
            ),
        );
    }
    out.lighter_law = rows;
    let sentence = decided.or(match comb.principle {
        Principle::SingleCount | Principle::Absorption => comb.range.map(|r| r.min),
        _ => None,
    });
    out.combination = Some(comb);

    // Art. 79-1: later sentences are executed together with this one.
    let mut together: Vec<Term> = sentence
        .and_then(common::imprisonment_term)
        .into_iter()
        .collect();
    for (j, _) in d.later_judgments() {
        let p = j
            .decided
            .as_ref()
            .map(|dec| dec.penalty.value)
            .or(match j.counts.as_slice() {
                [only] => Some(only.penalty.value),
                _ => None,
            });
        if let Some(t) = p.and_then(common::imprisonment_term) {
            together.push(t);
        }
    }
    if let Some(sentence) = sentence {
        let sentence = if together.len() > 1 {
            let total = common::sum_terms(&together);
            out.parole.steps.push(Step::new(
                &art77::AGGREGATE,
                Msg::new(MsgId::TwTogether)
                    .arg("sum", common::sum_text(&together))
                    .arg("total", total),
            ));
            Principal::Imprisonment(total)
        } else {
            sentence
        };
        if day < art51::REFORM_2005 {
            out.parole.not_applicable = Some(Msg::new(MsgId::TwParolePre2005));
        } else if let Err(e) = calendar(d, s.path, sentence, out) {
            findings.push(dates_failed(e));
        }
    }
}

/// Whether `decided` is lawful under the earlier text of the row: within its range.
fn old_lawful(row: &LighterLawRow, decided: Option<Principal>) -> Option<bool> {
    match (row.old, decided) {
        (LawFigure::Range { range, .. }, Some(d)) => Some(range.contains(&d)),
        _ => None,
    }
}

fn calendar(
    d: &Defendant,
    path: &str,
    sentence: Principal,
    out: &mut DefendantAnalysis,
) -> Result<(), DateArithmeticError> {
    let Some((exec, credit)) = common::start_calendar(d, path, sentence, out)? else {
        return Ok(());
    };
    match sentence {
        Principal::Imprisonment(term) | Principal::CriminalDetention(term) => {
            let cal = common::term_calendar(exec.day, credit.days, term)?;
            out.dates.events = common::fixed_term_events(
                &exec, &credit, &cal, term, &CALENDAR, &CALENDAR, &CALENDAR,
            );
            out.dates.term_start = Some(cal.served_from);
            out.dates.served_from = Some(cal.served_from);
            out.dates.term_end = Some(cal.term_end);
            out.dates.events.extend(common::credit_covers(
                &exec,
                &credit,
                MsgId::EvTermEnds,
                cal.term_end,
            ));
            if matches!(sentence, Principal::CriminalDetention(_)) {
                out.parole.not_applicable = Some(Msg::new(MsgId::CoCriminalDetention));
                return Ok(());
            }
            let (rule, n, text) = if term > art77::LONG_AGGREGATE {
                let at = day_after_period(cal.served_from, art77::LONG_AGGREGATE_THRESHOLD)?;
                let at = add_days(at, 1)?;
                let text = Msg::new(MsgId::TwAbove40)
                    .arg("term", term)
                    .arg("from", cal.served_from)
                    .arg("at", at);
                out.dates.parole_eligible = Some(at);
                (&art77::AGGREGATE, 0, text)
            } else {
                let (num, den, what) = if d.recidivist {
                    (2, 3, MsgId::TwTwoThirdsRecidivist)
                } else {
                    (1, 2, MsgId::TwHalf)
                };
                let n = art77::more_than(cal.total_days, num, den);
                let at = add_days(cal.served_from, n)?;
                let min = day_after_period(cal.served_from, art77::MINIMUM)?;
                let date = at.max(min);
                out.dates.parole_eligible = Some(date);
                (
                    &art77::FIXED_TERM,
                    n,
                    Msg::new(MsgId::TwFixedTermParole)
                        .arg("what", what)
                        .arg("total", cal.total_days)
                        .arg("num", num)
                        .arg("den", den)
                        .arg("n", n)
                        .arg("from", cal.served_from)
                        .arg("at", at)
                        .arg("min", min)
                        .arg("date", date),
                )
            };
            let _ = n;
            if let Some(at) = out.dates.parole_eligible
                && cal.term_end >= exec.day
            {
                out.dates.events.extend(common::credit_covers(
                    &exec,
                    &credit,
                    MsgId::EvParolePossible,
                    at,
                ));
            }
            if let Some(at) = out.dates.parole_eligible {
                out.parole.eligible_after = calendar_difference(cal.served_from, at).ok();
                out.dates.events.push(common::event(
                    MsgId::EvParolePossible,
                    Some(at),
                    rule,
                    text.clone(),
                ));
            }
            out.parole.counted_from = Some(Msg::new(MsgId::CoCountedFromTermCredit));
            out.parole.steps.push(Step::new(rule, text));
        }
        Principal::Life => {
            // Enforcement Act art. 7-2: offences completed before the 2005
            // reform keep the 1997 text's threshold; earlier texts are not
            // modelled.
            let counts: Vec<crate::case::Count> = d
                .judgments
                .iter()
                .flat_map(|j| j.counts.iter().cloned())
                .collect();
            if common::offence_dates(&counts, art77::REFORM_1997) == OffenceDates::AllBefore {
                out.parole.not_applicable =
                    Some(Msg::new(MsgId::TwLifePre1997).arg("date", art77::REFORM_1997));
                return Ok(());
            }
            let (threshold, rule) =
                if common::offence_dates(&counts, art51::REFORM_2005) == OffenceDates::AllBefore {
                    (art77::LIFE_THRESHOLD_1997, &art77::LIFE_1997)
                } else {
                    (art77::LIFE_THRESHOLD, &art77::LIFE)
                };
            // Art. 77 ¶3: detention before finality beyond its first year.
            let first_custody = d.custody.iter().map(|c| c.from.value).min();
            let counted = match first_custody {
                Some(first) if credit.days > 0 => {
                    let year = crate::calendar::days_inclusive(
                        first,
                        crate::calendar::period_end(first, Term::years(1))?,
                    )?;
                    (credit.days - year).max(0)
                }
                _ => 0,
            };
            let from = add_days(exec.day, -counted)?;
            let after = day_after_period(from, threshold)?;
            let at = add_days(after, 1)?;
            let text = Msg::new(MsgId::TwLifeParoleFrom)
                .arg("years", threshold)
                .arg("exec", exec.day)
                .arg("custody", credit.days)
                .arg("counted", counted)
                .arg("from", from)
                .arg("after", after)
                .arg("at", at);
            if counted > 0 {
                out.dates.events.push(common::event(
                    MsgId::EvLifeCustodyCounted,
                    Some(from),
                    &art77::LIFE_CUSTODY,
                    Msg::new(MsgId::TwLifeCustodyText)
                        .arg("custody", credit.days)
                        .arg("counted", counted)
                        .arg("exec", exec.day)
                        .arg("from", from),
                ));
            }
            out.dates.served_from = Some(from);
            out.dates.events.push(common::event(
                MsgId::EvExecutionBegins,
                Some(exec.day),
                &CALENDAR,
                exec.how.clone(),
            ));
            out.dates.events.push(common::event(
                MsgId::EvParolePossible,
                Some(at),
                rule,
                text.clone(),
            ));
            out.dates.parole_eligible = Some(at);
            out.parole.eligible_after = Some(threshold);
            out.parole.counted_from = Some(Msg::new(MsgId::CoCountedFromExecution));
            out.parole.steps.push(Step::new(rule, text));
        }
        Principal::Death => out.parole.not_applicable = Some(Msg::new(MsgId::CoDeath)),
        other => {
            out.parole.not_applicable = Some(Msg::new(MsgId::TwNotPenalty).arg("penalty", other))
        }
    }
    Ok(())
}

const STARTER: &str = r#"# yaml-language-server: $schema=../docs/case.schema.json
# A sentencing case file for Taiwan (Criminal Code). Every field is described in docs/case-format.md.

case: Example — three counts under art. 51       # the case's title
jurisdiction: TW                                  # Taiwan
summary: >-
  Worked example, not a real case.
defendants:
  - name: Example Defendant
    judgments:
      - court: District Court (example)
        date: 2024-03-01
        counts:
          - offence: fraud
            penalty: 有期徒刑貳年陸月              # or `2 years 6 months`
          - offence: forgery
            penalty: 有期徒刑1年
        decided:
          penalty: 有期徒刑3年
"#;
