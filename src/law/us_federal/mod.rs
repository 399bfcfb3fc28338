//! United States, federal: 18 U.S.C. § 3584 (multiple sentences), § 3585
//! (commencement, credit), § 3624(b) (good-conduct time); no parole. The
//! statute text is not bundled; every rule comes from the reference summary.

pub mod s3584;
pub mod s3624;

use crate::analysis::{DefendantAnalysis, LawApplied};
use crate::case::{Defendant, JurisdictionId};
use crate::finding::{Finding, Severity};
use crate::i18n::{Arg, Msg, MsgId, RuleRef};
use crate::law::cn::term_dates::{DateArithmeticError, add_days};
use crate::law::common::{self, CALENDAR};
use crate::law::{Jurisdiction, Rule, Step};
use crate::penalty::{Principal, Term};
use jiff::civil::Date;

/// United States federal courts.
pub struct UsFederal;

impl Jurisdiction for UsFederal {
    fn id(&self) -> JurisdictionId {
        JurisdictionId::UsFederal
    }
    fn name(&self) -> &'static str {
        "United States (federal)"
    }
    fn rules(&self) -> Vec<&'static Rule> {
        let mut all: Vec<&'static Rule> = Vec::new();
        all.extend_from_slice(s3584::RULES);
        all.extend_from_slice(s3624::RULES);
        all.push(&CALENDAR);
        all.push(&crate::law::custody::EACH_DAY_ONCE);
        all
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
    fn analyse_defendant(
        &self,
        d: &Defendant,
        path: &str,
        as_of: Option<Date>,
    ) -> DefendantAnalysis {
        analyse_defendant(d, path, as_of)
    }
}

/// Analyses one defendant under federal law.
pub fn analyse_defendant(d: &Defendant, path: &str, as_of: Option<Date>) -> DefendantAnalysis {
    let common::Begun {
        mut out,
        mut findings,
        judgment: counts_judgment,
        counts,
    } = match common::begin(
        d,
        path,
        JurisdictionId::UsFederal,
        "us.no-counts",
        MsgId::UsNoCounts,
    ) {
        Ok(b) => b,
        Err(done) => return *done,
    };
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
        && let Err(e) = calendar(d, path, sentence, &mut out, &mut findings)
    {
        findings.push(Finding::new(
            Severity::Error,
            "dates.out-of-range",
            Msg::new(MsgId::CoDatesFailed).arg("error", e.to_string()),
        ));
    }
    common::finish(&mut out, d, as_of, findings);
    out
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
            let cal = common::term_calendar(exec.day, credit.days, term)?;
            out.dates.events = common::fixed_term_events(
                &exec,
                &credit,
                &cal,
                term,
                &s3624::S3585_A,
                &s3624::S3585_B,
                &CALENDAR,
            );
            out.dates.term_start = Some(cal.served_from);
            out.dates.served_from = Some(cal.served_from);
            out.dates.term_end = Some(cal.term_end);
            if term > Term::years(1) {
                let g = s3624::good_conduct_days(term.total_months());
                let served = cal.total_days - g;
                let release = add_days(cal.served_from, served)?;
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
                    .arg("release", release);
                out.dates.events.push(common::event(
                    MsgId::EvProjectedRelease,
                    Some(release),
                    &s3624::S3624_B,
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
