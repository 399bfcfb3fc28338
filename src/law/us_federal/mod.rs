//! United States, federal: 18 U.S.C. § 3584 (multiple sentences), § 3585
//! (commencement, credit), § 3624(b) (good-conduct time); no parole. The
//! statute text is not bundled; every rule comes from the reference summary.

pub mod s3584;
pub mod s3624;

use crate::analysis::{DefendantAnalysis, LawApplied};
use crate::calendar::{DateArithmeticError, add_days};
use crate::case::{Defendant, JurisdictionId};
use crate::finding::{Finding, Severity};
use crate::law::common;
use crate::law::skeleton::{Start, System, dates_failed};
use crate::law::system::{PenaltyNames, Topic};
use crate::law::{Rule, Step};
use crate::message::{Arg, Msg, MsgId, RuleRef};
use crate::penalty::{Principal, Term};

/// United States federal courts.
pub struct UsFederal;

impl System for UsFederal {
    fn id(&self) -> JurisdictionId {
        JurisdictionId::UsFederal
    }
    fn name(&self) -> &'static str {
        "United States (federal)"
    }
    fn count_fields(&self) -> &'static [&'static str] {
        &["consecutive_to"]
    }
    fn requires_decided(&self) -> bool {
        false
    }
    fn starter(&self) -> &'static str {
        STARTER
    }
    fn rule_tables(&self) -> Vec<&'static [&'static Rule]> {
        vec![
            s3584::RULES,
            s3624::RULES,
            common::CREDIT_RULES,
            crate::law::custody::RULES,
        ]
    }
    fn no_counts(&self) -> (&'static str, MsgId) {
        ("us.no-counts", MsgId::UsNoCounts)
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
                jurisdiction: JurisdictionId::UsFederal,
                name: "aggregation of terms (§ 3584)",
                covered_from: s3584::SRA,
                note: "the law before the Sentencing Reform Act is not implemented",
                versions: vec![&s3584::S3584],
            },
            Topic {
                jurisdiction: JurisdictionId::UsFederal,
                name: "custody credit (§ 3585(b))",
                covered_from: s3584::SRA,
                note: "the law before the Sentencing Reform Act is not implemented",
                versions: vec![&s3624::S3585_B],
            },
            Topic {
                jurisdiction: JurisdictionId::UsFederal,
                name: "parole",
                covered_from: s3584::SRA,
                note: "federal parole for offences before 1987-11-01 is not implemented",
                versions: vec![&s3624::NO_PAROLE],
            },
            Topic {
                jurisdiction: JurisdictionId::UsFederal,
                name: "release point (good-conduct time, § 3624(b))",
                covered_from: s3624::S3624_B.in_force_from,
                note: "the BOP method before the First Step Act amendment took effect (54 days per year served, until 2019-07-18) is not implemented; a projected release before 2019-07-19 is reported",
                versions: vec![&s3624::S3624_B],
            },
        ]
    }
    fn analyse(&self, s: &mut Start<'_>) {
        analyse(s)
    }
}

/// Analyses one defendant under federal law.
fn analyse(s: &mut Start<'_>) {
    let (d, counts_judgment, counts) = (s.d, s.judgment, s.counts);
    let out = &mut s.out;
    let findings = &mut s.findings;
    let decided = counts_judgment
        .decided
        .as_ref()
        .map(|dec| dec.penalty.value);
    out.law = Some(LawApplied {
        version: "US-18USC",
        name: "18 U.S.C. as amended by the First Step Act (2018)",
        reason: Msg::new(MsgId::UsLawReason).arg("date", counts_judgment.date.value),
        settled: true,
    });
    if counts.iter().any(|c| {
        c.committed
            .as_ref()
            .is_some_and(|p| p.value.first < s3584::SRA)
    }) {
        findings.push(Finding::new(
            Severity::Warning,
            "us.pre-1987-offence",
            Msg::new(MsgId::UsPre1987),
        ));
    }
    let sentences: Vec<s3584::Sentence<'_>> = counts
        .iter()
        .map(|c| s3584::Sentence {
            offence: &c.offence,
            penalty: c.penalty.value,
            after: c
                .consecutive_to
                .as_ref()
                .map(|l| {
                    l.value
                        .iter()
                        .filter_map(|n| usize::try_from(*n).ok()?.checked_sub(1))
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect();
    let (comb, f) = s3584::aggregate(&sentences, decided);
    findings.extend(f);
    let sentence = comb.range.map(|r| r.min);
    out.combination = Some(comb);
    out.parole.not_applicable = Some(Msg::new(MsgId::UsNoParole));
    out.commutation.not_applicable = Some(
        Msg::new(MsgId::UsNoCommutation).arg("citation", Arg::Citation(RuleRef(&s3624::NO_PAROLE))),
    );
    out.parole.barred_by = None;
    out.parole
        .steps
        .push(Step::new(&s3624::NO_PAROLE, Msg::new(MsgId::UsReleaseGct)));
    if let Some(sentence) = sentence
        && let Err(e) = calendar(d, s.path, sentence, out, findings)
    {
        findings.push(dates_failed(e));
    }
}

fn calendar(
    d: &Defendant,
    path: &str,
    sentence: Principal,
    out: &mut DefendantAnalysis,
    findings: &mut Vec<Finding>,
) -> Result<(), DateArithmeticError> {
    let Some((exec, credit)) = common::start_calendar(d, path, sentence, out)? else {
        return Ok(());
    };
    match sentence {
        Principal::Imprisonment(term) => {
            // The BOP's full-term date: from commencement, credit off the end.
            let (uncredited, ftd) = s3624::full_term_date(exec.day, credit.days, term)?;
            let cal = common::TermCalendar {
                served_from: add_days(exec.day, -credit.days)?,
                term_end: ftd,
                total_days: crate::calendar::days_inclusive(exec.day, uncredited)?,
            };
            out.dates.events = common::fixed_term_events(
                &exec,
                &credit,
                &cal,
                term,
                &s3624::S3585_A,
                &s3624::S3585_B,
                &s3624::FULL_TERM,
            );
            if let Some(e) = out
                .dates
                .events
                .iter_mut()
                .rev()
                .find(|e| e.date == Some(ftd))
            {
                e.step = Step::new(
                    &s3624::FULL_TERM,
                    Msg::new(MsgId::UsFullTermText)
                        .arg("period", common::period_text(exec.day, term, uncredited))
                        .arg("days", cal.total_days)
                        .arg("credit", credit.days)
                        .arg("end", ftd),
                );
            }
            out.dates.term_start = Some(cal.served_from);
            out.dates.served_from = Some(cal.served_from);
            out.dates.term_end = Some(cal.term_end);
            out.dates.events.extend(common::credit_covers(
                &exec,
                &credit,
                MsgId::EvTermEnds,
                ftd,
            ));
            if term > Term::years(1) {
                let g = s3624::good_conduct_days(term.total_months());
                let served = cal.total_days - g;
                // § 3624(a): released on the day the term expires, less GCT.
                let release = add_days(ftd, -g)?;
                if ftd >= exec.day {
                    out.dates.events.extend(common::credit_covers(
                        &exec,
                        &credit,
                        MsgId::EvProjectedRelease,
                        release,
                    ));
                }
                let pct = if cal.total_days > 0 {
                    served * 1000 / cal.total_days
                } else {
                    0
                };
                let text = Msg::new(MsgId::UsGctText)
                    .arg("months", term.total_months())
                    .arg("g", g)
                    .arg("total", cal.total_days)
                    .arg("served", served)
                    .arg("from", cal.served_from)
                    .arg("pct", format!("{}.{}", pct / 10, pct % 10))
                    .arg("ftd", ftd)
                    .arg("release", release);
                out.dates.events.push(common::event(
                    MsgId::EvProjectedRelease,
                    Some(release),
                    &s3624::RELEASE_DAY,
                    text.clone(),
                ));
                out.parole.steps.push(Step::new(&s3624::S3624_B, text));
                if release < s3624::FSA_GCT {
                    findings.push(Finding::new(
                        Severity::Warning,
                        "us.3624b.release-before-first-step-act",
                        Msg::new(MsgId::UsReleaseBeforeFsa)
                            .arg("release", release)
                            .arg("from", s3624::FSA_GCT),
                    ));
                }
            } else {
                out.parole.steps.push(Step::new(
                    &s3624::S3624_B,
                    Msg::new(MsgId::UsNoGct).arg("term", term),
                ));
            }
        }
        Principal::Life => {
            out.dates.served_from = Some(exec.day);
            out.dates.events.push(common::event(
                MsgId::EvSentenceCommences,
                Some(exec.day),
                &s3624::S3585_A,
                exec.how.clone(),
            ));
            out.parole
                .steps
                .push(Step::new(&s3624::S3624_B, Msg::new(MsgId::UsLifeNoGct)));
        }
        _ => {}
    }
    Ok(())
}

const STARTER: &str = r#"# yaml-language-server: $schema=../docs/case.schema.json
# A sentencing case file for United States federal courts. Every field is described in docs/case-format.md.

case: Example — concurrent and consecutive terms (§ 3584)   # the case's title
jurisdiction: US-federal
summary: >-
  Worked example, not a real case.
defendants:
  - name: Example Defendant
    custody:
      - from: 2023-01-10                       # credited under § 3585(b)
    judgments:
      - court: U.S. District Court (example)
        date: 2023-09-01
        counts:
          - offence: wire fraud
            article: 18 U.S.C. § 1343
            penalty: 5 years
          - offence: money laundering
            article: 18 U.S.C. § 1956
            penalty: 3 years
            consecutive_to: [1]                # runs after count 1; without it, concurrent
"#;
