//! CL 69 ¶1–2: combined punishment for several crimes judged together (数罪并罚).
//!
//! > 判决宣告以前一人犯数罪的，除判处死刑和无期徒刑的以外，应当在总和刑期以下、
//! > 数刑中最高刑期以上，酌情决定执行的刑期，但是管制最高不能超过三年，拘役最高
//! > 不能超过一年，有期徒刑总和刑期不满三十五年的，最高不能超过二十年，总和刑期在
//! > 三十五年以上的，最高不能超过二十五年。 (CL 69 ¶1, Amendment VIII text)
//!
//! > 数罪中有判处有期徒刑和拘役的，执行有期徒刑。数罪中有判处有期徒刑和管制，或者
//! > 拘役和管制的，有期徒刑、拘役执行完毕后，管制仍须执行。 (CL 69 ¶2, added by Amendment IX)

use super::versions::{
    A8_IN_FORCE, A9_IN_FORCE, BEFORE_A8, BEFORE_A9, CL_1997_IN_FORCE, CriminalLawText,
};
use crate::analysis::{Combination, PenaltyRange, Principle};
use crate::finding::{Finding, Severity, Span};
use crate::law::{Rule, Step, Verification};
use crate::message::{Arg, Msg, MsgId, Sep};
use crate::penalty::{Principal, PrincipalKind, ReprieveRestriction, Term};
use jiff::civil::Date;
#[cfg(test)]
use jiff::civil::date;

/// Death, death with reprieve and life absorb every other penalty.
pub static ABSORPTION: Rule = Rule {
    id: "cn.cl69.1.absorption",
    citation: "CL 69 ¶1",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "death, death with reprieve or life among the counts: the most severe is executed and absorbs the other penalties",
    verification: Verification::Statute(
        "CL 69 ¶1 excludes death and life from limited aggravation (除判处死刑和无期徒刑的以外); absorption is the settled practice (Bo Xilai 2013, Zhou Yongkang 2015, Wen Qiang 2010)",
    ),
};

/// Limited aggravation, 1997 text: fixed terms capped at 20 years.
pub static LIMITED_AGGRAVATION_1997: Rule = Rule {
    id: "cn.cl69.1.limited-aggravation.1997",
    citation: "CL 69 ¶1 (1997 text)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: Some(BEFORE_A8),
    summary: "fixed terms: between the highest term and the total, at most 20 years",
    verification: Verification::Reference(
        "cn-rules.md §2; the 1997 text is not bundled, Amendment VIII art. 10 shows the provision it replaced",
    ),
};

/// Limited aggravation, Amendment VIII text: 20 years, or 25 when the total is 35 or more.
pub static LIMITED_AGGRAVATION_A8: Rule = Rule {
    id: "cn.cl69.1.limited-aggravation.a8",
    citation: "CL 69 ¶1 (Amendment VIII text)",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "fixed terms: between the highest term and the total, at most 20 years if the total is under 35 years, at most 25 years if it is 35 or more",
    verification: Verification::Statute(
        "law/cn/amendment-08-2011.md art. 10; criminal-law-consolidated.md art. 69",
    ),
};

/// Criminal detention combined: at most one year (both texts).
pub static DETENTION_CAP: Rule = Rule {
    id: "cn.cl69.1.detention-cap",
    citation: "CL 69 ¶1",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "criminal detention: between the highest term and the total, at most 1 year",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 69 ¶1 (拘役最高不能超过一年)",
    ),
};

/// Public surveillance combined: at most three years (both texts).
pub static SURVEILLANCE_CAP: Rule = Rule {
    id: "cn.cl69.1.surveillance-cap",
    citation: "CL 69 ¶1",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "public surveillance: between the highest term and the total, at most 3 years",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 69 ¶1 (管制最高不能超过三年)",
    ),
};

/// CL 69 ¶2 (Amendment IX): penalties of different kinds.
pub static MIXED_KINDS_A9: Rule = Rule {
    id: "cn.cl69.2.mixed-kinds.a9",
    citation: "CL 69 ¶2 (Amendment IX); SPC-2015T art. 3",
    in_force_from: A9_IN_FORCE,
    in_force_until: None,
    summary: "imprisonment with detention: only the imprisonment is executed; imprisonment or detention with surveillance: surveillance is executed afterwards; applies to cases tried from 2015-11-01 whatever the offence dates",
    verification: Verification::Statute(
        "law/cn/amendment-09-2015.md art. 4; spc-2015-amendment-09-temporal.md art. 3",
    ),
};

/// Before Amendment IX there was no statutory rule for different kinds.
pub static MIXED_KINDS_BEFORE_A9: Rule = Rule {
    id: "cn.cl69.2.mixed-kinds.before-a9",
    citation: "CL 69 (before Amendment IX)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: Some(BEFORE_A9),
    summary: "no statutory rule on combining penalties of different kinds before 2015-11-01: the lawful result is not settled by the statute",
    verification: Verification::Reference("cn-rules.md §2 item 3"),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[
    &ABSORPTION,
    &LIMITED_AGGRAVATION_1997,
    &LIMITED_AGGRAVATION_A8,
    &DETENTION_CAP,
    &SURVEILLANCE_CAP,
    &MIXED_KINDS_A9,
    &MIXED_KINDS_BEFORE_A9,
];

/// The counts' principal penalties, as the combination needs them.
#[derive(Debug, Clone, Copy)]
pub struct CountPenalty<'a> {
    pub offence: &'a str,
    pub penalty: Principal,
}

/// The court's decided sentence, with its place for findings.
#[derive(Debug, Clone, Copy)]
pub struct DecidedPenalty {
    pub penalty: Principal,
    pub then: Option<Principal>,
    pub span: Span,
}

/// The cap on a combined fixed term under a text of CL 69 ¶1.
pub fn imprisonment_cap(text: CriminalLawText, total: Term) -> (Term, &'static Rule, Msg) {
    match text {
        CriminalLawText::Text1997 => (
            Term::years(20),
            &LIMITED_AGGRAVATION_1997,
            Msg::new(MsgId::CombCap1997),
        ),
        CriminalLawText::AmendmentVIII => {
            if total >= Term::years(35) {
                (
                    Term::years(25),
                    &LIMITED_AGGRAVATION_A8,
                    Msg::new(MsgId::CombCapA8Over35).arg("total", total),
                )
            } else {
                (
                    Term::years(20),
                    &LIMITED_AGGRAVATION_A8,
                    Msg::new(MsgId::CombCapA8Under35).arg("total", total),
                )
            }
        }
    }
}

/// Limited aggravation within one kind: H ≤ T ≤ min(S, cap).
struct SameKind {
    highest: Term,
    total: Term,
    cap: Term,
    min: Term,
    max: Term,
}

fn same_kind(terms: &[Term], cap: Term) -> SameKind {
    let highest = terms.iter().copied().max().unwrap_or(Term::ZERO);
    let total = terms
        .iter()
        .fold(Term::ZERO, |acc, t| acc.saturating_add(*t));
    // A single term above the cap cannot come from valid counts (CL 45 caps
    // one count at 15 years); the maximum never falls below the highest.
    let max = total.min(cap).max(highest);
    SameKind {
        highest,
        total,
        cap,
        min: highest,
        max,
    }
}

fn list(terms: &[Term]) -> Arg {
    Arg::List(terms.iter().map(|t| Arg::Term(*t)).collect(), Sep::Plus)
}

fn terms_of(counts: &[CountPenalty<'_>], kind: PrincipalKind) -> Vec<Term> {
    counts
        .iter()
        .filter(|c| c.penalty.kind() == kind)
        .filter_map(|c| c.penalty.term())
        .collect()
}

fn wrap(kind: PrincipalKind, t: Term) -> Principal {
    match kind {
        PrincipalKind::PublicSurveillance => Principal::PublicSurveillance(t),
        PrincipalKind::CriminalDetention => Principal::CriminalDetention(t),
        _ => Principal::Imprisonment(t),
    }
}

/// Combines the counts of one judgment under CL 69.
///
/// `text` is the version of CL 69 ¶1 chosen by offence dates; `trial_date`
/// decides whether CL 69 ¶2 applies (SPC-2015T art. 3). Returns the
/// combination and findings about the court's figure.
///
/// ```
/// use sentencing::law::cn::combination::{combine, CountPenalty};
/// use sentencing::law::cn::versions::CriminalLawText;
/// use sentencing::penalty::{Principal, Term};
/// let counts: Vec<CountPenalty> = [7, 2, 2, 9]
///     .iter()
///     .map(|y| CountPenalty { offence: "x", penalty: Principal::Imprisonment(Term::years(*y)) })
///     .collect();
/// let (c, _) = combine(&counts, CriminalLawText::AmendmentVIII, jiff::civil::date(2012, 9, 24), None);
/// assert_eq!(c.range.unwrap().to_string(), "9 years – 20 years");
/// ```
pub fn combine(
    counts: &[CountPenalty<'_>],
    text: CriminalLawText,
    trial_date: Date,
    decided: Option<DecidedPenalty>,
) -> (Combination, Vec<Finding>) {
    let mut steps = Vec::new();
    let mut findings = Vec::new();
    let highest = counts
        .iter()
        .map(|c| c.penalty)
        .max_by(|a, b| severity_order(a).cmp(&severity_order(b)));

    let mut combination = Combination {
        principle: Principle::LimitedAggravation,
        highest,
        total: None,
        cap: None,
        range: None,
        then_range: None,
        decided: decided.map(|d| d.penalty),
        decided_then: decided.and_then(|d| d.then),
        lawful: None,
        steps: Vec::new(),
    };

    let Some(highest) = highest else {
        return (combination, findings);
    };

    if counts.len() == 1 {
        combination.principle = Principle::SingleCount;
        combination.range = Some(PenaltyRange::exactly(highest));
        combination.total = highest.term();
    } else if matches!(
        highest.kind(),
        PrincipalKind::Death | PrincipalKind::DeathWithReprieve | PrincipalKind::Life
    ) {
        combination.principle = Principle::Absorption;
        let others: Vec<Arg> = counts
            .iter()
            .map(|c| c.penalty)
            .filter(|p| *p != highest)
            .map(Arg::Penalty)
            .collect();
        steps.push(Step::new(
            &ABSORPTION,
            Msg::new(MsgId::CombAbsorbs).arg("highest", highest).arg(
                "others",
                if others.is_empty() {
                    Arg::from(MsgId::CombTheOtherCounts)
                } else {
                    Arg::List(others, Sep::Comma)
                },
            ),
        ));
        combination.range = Some(PenaltyRange::exactly(highest));
    } else {
        let prison = terms_of(counts, PrincipalKind::Imprisonment);
        let detention = terms_of(counts, PrincipalKind::CriminalDetention);
        let surveillance = terms_of(counts, PrincipalKind::PublicSurveillance);
        let kinds_present = [
            !prison.is_empty(),
            !detention.is_empty(),
            !surveillance.is_empty(),
        ]
        .iter()
        .filter(|b| **b)
        .count();

        let main_kind = if !prison.is_empty() {
            PrincipalKind::Imprisonment
        } else if !detention.is_empty() {
            PrincipalKind::CriminalDetention
        } else {
            PrincipalKind::PublicSurveillance
        };

        if kinds_present > 1 {
            combination.principle = Principle::MixedKinds;
            if trial_date < A9_IN_FORCE {
                steps.push(Step::new(
                    &MIXED_KINDS_BEFORE_A9,
                    Msg::new(MsgId::CombMixedBeforeA9).arg("date", trial_date),
                ));
                findings.push(
                    Finding::new(
                        Severity::Note,
                        "cn.cl69.mixed-kinds-unsettled",
                        MsgId::CombMixedUnsettled,
                    )
                    .hint(MsgId::CombMixedUnsettledHint),
                );
                combination.steps = steps;
                return (combination, findings);
            }
            let mut parts = Vec::new();
            if !prison.is_empty() && !detention.is_empty() {
                parts.push(Arg::from(
                    Msg::new(MsgId::CombMixedPrisonDetention).arg("terms", list(&detention)),
                ));
            }
            if !surveillance.is_empty() {
                parts.push(Arg::from(
                    Msg::new(if main_kind == PrincipalKind::Imprisonment {
                        MsgId::CombMixedSurveillanceAfterPrison
                    } else {
                        MsgId::CombMixedSurveillanceAfterDetention
                    })
                    .arg("terms", list(&surveillance)),
                ));
            }
            steps.push(Step::new(
                &MIXED_KINDS_A9,
                Msg::new(MsgId::CombMixedTried)
                    .arg("date", trial_date)
                    .arg("parts", Arg::List(parts, Sep::Semicolon)),
            ));
        }

        let main_terms = match main_kind {
            PrincipalKind::Imprisonment => &prison,
            PrincipalKind::CriminalDetention => &detention,
            _ => &surveillance,
        };
        let (cap, cap_rule, cap_text) = match main_kind {
            PrincipalKind::Imprisonment => {
                let total = main_terms
                    .iter()
                    .fold(Term::ZERO, |a, t| a.saturating_add(*t));
                imprisonment_cap(text, total)
            }
            PrincipalKind::CriminalDetention => (
                Term::years(1),
                &DETENTION_CAP,
                Msg::new(MsgId::CombCapDetention),
            ),
            _ => (
                Term::years(3),
                &SURVEILLANCE_CAP,
                Msg::new(MsgId::CombCapSurveillance),
            ),
        };
        let k = same_kind(main_terms, cap);
        if main_terms.len() > 1 {
            steps.push(Step::new(
                cap_rule,
                Msg::new(MsgId::CombHighestTotal)
                    .arg("highest", k.highest)
                    .arg("terms", list(main_terms))
                    .arg("total", k.total),
            ));
            steps.push(Step::new(cap_rule, cap_text));
            steps.push(Step::new(
                cap_rule,
                Msg::new(MsgId::CombLawfulRange)
                    .arg("total", k.total)
                    .arg("cap", k.cap)
                    .arg("min", k.min)
                    .arg("max", k.max),
            ));
        } else {
            steps.push(Step::new(
                cap_rule,
                Msg::new(MsgId::CombOneTerm)
                    .arg("kind", main_kind)
                    .arg("term", k.highest),
            ));
        }
        combination.highest = Some(wrap(main_kind, k.highest));
        combination.total = Some(k.total);
        combination.cap = (main_terms.len() > 1).then_some(k.cap);
        combination.range = Some(PenaltyRange {
            min: wrap(main_kind, k.min),
            max: wrap(main_kind, k.max),
        });

        if main_kind != PrincipalKind::PublicSurveillance && !surveillance.is_empty() {
            let s = same_kind(&surveillance, Term::years(3));
            if surveillance.len() > 1 {
                steps.push(Step::new(
                    &SURVEILLANCE_CAP,
                    Msg::new(MsgId::CombSurveillanceAfter)
                        .arg("terms", list(&surveillance))
                        .arg("total", s.total)
                        .arg("min", s.min)
                        .arg("max", s.max),
                ));
            }
            combination.then_range = Some(PenaltyRange {
                min: Principal::PublicSurveillance(s.min),
                max: Principal::PublicSurveillance(s.max),
            });
        }
    }

    widen_for_reprieve_regime(&mut combination, decided, &mut steps);
    combination.lawful = decided.map(|d| judge(&combination, d, &mut findings));
    combination.steps = steps;
    (combination, findings)
}

/// CL 50 ¶2, 383 ¶4: the court decides restricted commutation or life
/// without parole together with the reprieve (同时决定), on the combined
/// sentence: the range is the reprieve with or without the regime. Whether
/// the regime may be decided is [`super::reprieve_regimes::check`].
fn widen_for_reprieve_regime(
    c: &mut Combination,
    decided: Option<DecidedPenalty>,
    steps: &mut Vec<Step>,
) {
    // Without a decision the count's penalty is the sentence.
    let (Some(range), Some(_)) = (c.range, decided) else {
        return;
    };
    let (Some(Principal::DeathWithReprieve(counted)), true) = (c.highest, range.min == range.max)
    else {
        return;
    };
    let decided_regime = decided
        .and_then(|d| d.penalty.reprieve_restriction())
        .filter(|r| *r != ReprieveRestriction::None);
    let regime = decided_regime.unwrap_or(counted);
    if regime == ReprieveRestriction::None {
        return;
    }
    c.range = Some(PenaltyRange {
        min: Principal::DeathWithReprieve(ReprieveRestriction::None),
        max: Principal::DeathWithReprieve(regime),
    });
    steps.push(Step::new(
        &super::reprieve_regimes::DECIDED_WITH_THE_SENTENCE,
        Msg::new(MsgId::CnrRegimeDecidedWithSentence)
            .arg("with", Principal::DeathWithReprieve(regime)),
    ));
}

/// Checks the court's figure against the range; records a finding if outside.
fn judge(c: &Combination, d: DecidedPenalty, findings: &mut Vec<Finding>) -> bool {
    let Some(range) = c.range else { return true };
    let mut lawful = true;
    if !range.contains(&d.penalty) {
        lawful = false;
        let message = if d.penalty.kind() != range.min.kind() {
            Msg::new(MsgId::CombWrongKind)
                .arg("penalty", d.penalty)
                .arg("kind", range.min.kind())
        } else {
            Msg::new(MsgId::CombOutsideRange)
                .arg("penalty", d.penalty)
                .arg("range", range)
        };
        findings.push(
            Finding::new(Severity::Error, "cn.cl69.outside-range", message)
                .at(d.span)
                .hint(MsgId::CombOutsideRangeHint),
        );
    }
    match (c.then_range, d.then) {
        (Some(r), Some(t)) if !r.contains(&t) => {
            lawful = false;
            findings.push(
                Finding::new(
                    Severity::Error,
                    "cn.cl69.outside-range",
                    Msg::new(MsgId::CombThenOutside)
                        .arg("penalty", t)
                        .arg("range", r),
                )
                .at(d.span),
            );
        }
        (Some(r), None) => {
            lawful = false;
            findings.push(
                Finding::new(
                    Severity::Error,
                    "cn.cl69.2.surveillance-missing",
                    Msg::new(MsgId::CombSurveillanceMissing).arg("range", r),
                )
                .at(d.span)
                .hint(MsgId::CombSurveillanceMissingHint),
            );
        }
        (None, Some(t)) => {
            lawful = false;
            findings.push(
                Finding::new(
                    Severity::Error,
                    "cn.cl69.2.unexpected-then",
                    Msg::new(MsgId::CombUnexpectedThen).arg("penalty", t),
                )
                .at(d.span),
            );
        }
        _ => {}
    }
    lawful
}

/// Severity of a principal penalty: by kind (CL 33 order), then by term.
pub fn severity_order(p: &Principal) -> (PrincipalKind, Term) {
    (p.kind(), p.term().unwrap_or(Term::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prison(years: &[u32]) -> Vec<Principal> {
        years
            .iter()
            .map(|y| Principal::Imprisonment(Term::years(*y)))
            .collect()
    }

    fn run(
        penalties: &[Principal],
        text: CriminalLawText,
        decided: Option<Principal>,
    ) -> (Combination, Vec<Finding>) {
        let counts: Vec<CountPenalty> = penalties
            .iter()
            .map(|p| CountPenalty {
                offence: "offence",
                penalty: *p,
            })
            .collect();
        combine(
            &counts,
            text,
            date(2016, 1, 1),
            decided.map(|penalty| DecidedPenalty {
                penalty,
                then: None,
                span: Span::default(),
            }),
        )
    }

    #[test]
    fn wang_lijun_9_to_20_and_15_lawful() {
        let (c, f) = run(
            &prison(&[7, 2, 2, 9]),
            CriminalLawText::AmendmentVIII,
            Some(Principal::Imprisonment(Term::years(15))),
        );
        assert_eq!(c.principle, Principle::LimitedAggravation);
        assert_eq!(c.total, Some(Term::years(20)));
        assert_eq!(c.cap, Some(Term::years(20)));
        let r = c.range.unwrap();
        assert_eq!(r.min, Principal::Imprisonment(Term::years(9)));
        assert_eq!(r.max, Principal::Imprisonment(Term::years(20)));
        assert_eq!(c.lawful, Some(true));
        assert!(f.is_empty());
    }

    #[test]
    fn cl69_a8_total_35_or_more_caps_at_25() {
        let (c, _) = run(&prison(&[15, 15, 10]), CriminalLawText::AmendmentVIII, None);
        assert_eq!(c.total, Some(Term::years(40)));
        assert_eq!(c.cap, Some(Term::years(25)));
        assert_eq!(
            c.range.unwrap().max,
            Principal::Imprisonment(Term::years(25))
        );
        let (c, _) = run(&prison(&[15, 15, 5]), CriminalLawText::AmendmentVIII, None);
        assert_eq!(c.cap, Some(Term::years(25)), "exactly 35 years total");
        let (c, _) = run(&prison(&[15, 15, 4]), CriminalLawText::AmendmentVIII, None);
        assert_eq!(c.cap, Some(Term::years(20)), "34 years total");
    }

    #[test]
    fn cl69_1997_text_caps_at_20_even_above_35() {
        let (c, _) = run(&prison(&[15, 15, 10]), CriminalLawText::Text1997, None);
        assert_eq!(c.cap, Some(Term::years(20)));
        assert_eq!(
            c.range.unwrap().max,
            Principal::Imprisonment(Term::years(20))
        );
    }

    #[test]
    fn life_absorbs_terms() {
        let mut p = prison(&[15, 7]);
        p.insert(0, Principal::Life);
        let (c, f) = run(&p, CriminalLawText::AmendmentVIII, Some(Principal::Life));
        assert_eq!(c.principle, Principle::Absorption);
        assert_eq!(c.range.unwrap(), PenaltyRange::exactly(Principal::Life));
        assert_eq!(c.lawful, Some(true));
        assert!(f.is_empty());
    }

    #[test]
    fn death_absorbs_life_and_terms() {
        let p = vec![
            Principal::Imprisonment(Term::years(10)),
            Principal::Death,
            Principal::Life,
        ];
        let (c, _) = run(&p, CriminalLawText::AmendmentVIII, Some(Principal::Life));
        assert_eq!(c.range.unwrap(), PenaltyRange::exactly(Principal::Death));
        assert_eq!(c.lawful, Some(false));
    }

    #[test]
    fn detention_capped_at_one_year() {
        let p: Vec<Principal> = [6, 6, 5]
            .iter()
            .map(|m| Principal::CriminalDetention(Term::months(*m)))
            .collect();
        let (c, _) = run(&p, CriminalLawText::AmendmentVIII, None);
        assert_eq!(c.total, Some(Term::months(17)));
        assert_eq!(
            c.range.unwrap().max,
            Principal::CriminalDetention(Term::years(1))
        );
        assert_eq!(
            c.range.unwrap().min,
            Principal::CriminalDetention(Term::months(6))
        );
    }

    #[test]
    fn surveillance_capped_at_three_years() {
        let p: Vec<Principal> = [2, 2]
            .iter()
            .map(|y| Principal::PublicSurveillance(Term::years(*y)))
            .collect();
        let (c, _) = run(&p, CriminalLawText::AmendmentVIII, None);
        assert_eq!(
            c.range.unwrap().max,
            Principal::PublicSurveillance(Term::years(3))
        );
    }

    #[test]
    fn out_of_range_decided_is_an_error_finding() {
        let (c, f) = run(
            &prison(&[7, 2, 2, 9]),
            CriminalLawText::AmendmentVIII,
            Some(Principal::Imprisonment(Term::years(8))),
        );
        assert_eq!(c.lawful, Some(false));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!(f[0].code, "cn.cl69.outside-range");
        let (c, _) = run(
            &prison(&[7, 2, 2, 9]),
            CriminalLawText::AmendmentVIII,
            Some(Principal::Imprisonment(Term::years(21))),
        );
        assert_eq!(c.lawful, Some(false));
    }

    #[test]
    fn cl69_2_imprisonment_absorbs_detention_when_tried_after_a9() {
        let p = vec![
            Principal::Imprisonment(Term::years(3)),
            Principal::CriminalDetention(Term::months(6)),
        ];
        let (c, f) = run(
            &p,
            CriminalLawText::AmendmentVIII,
            Some(Principal::Imprisonment(Term::years(3))),
        );
        assert_eq!(c.principle, Principle::MixedKinds);
        assert_eq!(
            c.range.unwrap(),
            PenaltyRange::exactly(Principal::Imprisonment(Term::years(3)))
        );
        assert_eq!(c.lawful, Some(true));
        assert!(f.is_empty());
    }

    #[test]
    fn cl69_2_surveillance_follows_imprisonment() {
        let p = vec![
            Principal::Imprisonment(Term::years(3)),
            Principal::PublicSurveillance(Term::years(1)),
        ];
        let (c, f) = run(
            &p,
            CriminalLawText::AmendmentVIII,
            Some(Principal::Imprisonment(Term::years(3))),
        );
        assert_eq!(
            c.then_range,
            Some(PenaltyRange::exactly(Principal::PublicSurveillance(
                Term::years(1)
            )))
        );
        assert_eq!(
            c.lawful,
            Some(false),
            "the decided sentence lacks the surveillance"
        );
        assert_eq!(f[0].code, "cn.cl69.2.surveillance-missing");
    }

    #[test]
    fn mixed_kinds_before_a9_are_not_judged() {
        let counts = [
            CountPenalty {
                offence: "a",
                penalty: Principal::Imprisonment(Term::years(3)),
            },
            CountPenalty {
                offence: "b",
                penalty: Principal::CriminalDetention(Term::months(6)),
            },
        ];
        let d = DecidedPenalty {
            penalty: Principal::Imprisonment(Term::years(3)),
            then: None,
            span: Span::default(),
        };
        let (c, f) = combine(
            &counts,
            CriminalLawText::AmendmentVIII,
            date(2015, 10, 31),
            Some(d),
        );
        assert_eq!(c.range, None);
        assert_eq!(c.lawful, None);
        assert_eq!(f[0].code, "cn.cl69.mixed-kinds-unsettled");
        let (c, _) = combine(
            &counts,
            CriminalLawText::AmendmentVIII,
            date(2015, 11, 1),
            Some(d),
        );
        assert_eq!(c.lawful, Some(true));
    }
}
