//! 18 U.S.C. § 3584: multiple sentences of imprisonment.
//!
//! From the reference summary (the statute text is not bundled):
//!
//! > § 3584(a): terms imposed at the same time run concurrently unless the
//! > court orders (or a statute requires) consecutive; terms imposed at
//! > different times run consecutively unless ordered concurrent.
//! > § 3584(c): multiple terms are treated as one aggregate term for
//! > administration. Aggregate = the longest of concurrent terms, the sum of
//! > consecutive ones (mixed chains: sum along each chain, then the longest
//! > chain).
//!
//! In a case file a count runs concurrently unless it names, under
//! `consecutive_to:`, the earlier counts it follows. The chain ending at a
//! count is its term plus the longest chain among the counts it follows.
//! Terms imposed by a later judgment (`after:`) are not chained here.

use crate::analysis::{Combination, PenaltyRange, Principle};
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Step, Verification};
use crate::message::{Arg, Msg, MsgId, Sep};
use crate::penalty::{Principal, Term};
use jiff::civil::{Date, date};

/// The Sentencing Reform Act's provisions took effect (the date the
/// reference gives for the end of federal parole).
pub const SRA: Date = date(1987, 11, 1);

/// § 3584(a), (c): concurrent and consecutive terms aggregated.
pub static S3584: Rule = Rule {
    id: "us.3584.aggregate",
    citation: "18 U.S.C. § 3584(a), (c)",
    in_force_from: SRA,
    in_force_until: None,
    summary: "terms imposed at the same time run concurrently unless ordered consecutive; the aggregate is the longest chain of consecutive terms",
    verification: Verification::Unverified(
        "the rule is from the reference summary (statute not bundled); its in-force start 1987-11-01 is taken from the reference's date for the end of parole, not stated for § 3584",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&S3584];

/// A count: its term (or life) and the counts (0-based) it follows.
#[derive(Debug, Clone)]
pub struct Sentence<'a> {
    pub offence: &'a str,
    pub penalty: Principal,
    pub after: Vec<usize>,
}

/// The length of the chain ending at each count; `None` for life.
pub fn chains(sentences: &[Sentence<'_>]) -> Vec<Option<Term>> {
    let pairs: Vec<(Principal, Vec<usize>)> = sentences
        .iter()
        .map(|s| (s.penalty, s.after.clone()))
        .collect();
    crate::law::common::consecutive_chains(&pairs)
}

/// The aggregate term.
pub fn aggregate(
    sentences: &[Sentence<'_>],
    decided: Option<Principal>,
) -> (Combination, Vec<Finding>) {
    let mut findings = Vec::new();
    let mut c = Combination {
        principle: Principle::ConcurrentConsecutive,
        highest: None,
        total: None,
        cap: None,
        range: None,
        then_range: None,
        decided,
        decided_then: None,
        lawful: None,
        steps: Vec::new(),
    };
    if sentences.len() == 1 {
        c.principle = Principle::SingleCount;
    }
    if let Some(life) = sentences.iter().find(|s| s.penalty == Principal::Life) {
        c.principle = Principle::Absorption;
        c.highest = Some(Principal::Life);
        c.range = Some(PenaltyRange::exactly(Principal::Life));
        c.lawful = decided.map(|d| d == Principal::Life);
        c.steps.push(Step::new(
            &S3584,
            Msg::new(MsgId::UsLifeAggregate).arg("offence", life.offence),
        ));
        return (c, findings);
    }
    if let Some(other) = sentences
        .iter()
        .find(|s| !matches!(s.penalty, Principal::Imprisonment(_)))
    {
        findings.push(Finding::new(
            Severity::Error,
            "us.unknown-penalty-kind",
            Msg::new(MsgId::UsNotImprisonment)
                .arg("offence", other.offence)
                .arg("penalty", other.penalty),
        ));
        return (c, findings);
    }
    let ch = chains(sentences);
    let mut total = Term::ZERO;
    for (i, (s, len)) in sentences.iter().zip(&ch).enumerate() {
        let len = len.unwrap_or(Term::ZERO);
        total = total.max(len);
        let how = if s.after.is_empty() {
            Msg::new(MsgId::UsConcurrent)
        } else {
            Msg::new(MsgId::UsConsecutive).arg(
                "counts",
                Arg::List(
                    s.after
                        .iter()
                        .map(|a| Arg::from(a.saturating_add(1)))
                        .collect(),
                    Sep::Comma,
                ),
            )
        };
        if sentences.len() > 1 {
            c.steps.push(Step::new(
                &S3584,
                Msg::new(MsgId::UsCountChain)
                    .arg("n", i + 1)
                    .arg("offence", s.offence)
                    .arg("penalty", s.penalty)
                    .arg("how", how)
                    .arg("len", len),
            ));
        }
    }
    let highest = sentences
        .iter()
        .filter_map(|s| s.penalty.term())
        .max()
        .unwrap_or(Term::ZERO);
    c.highest = Some(Principal::Imprisonment(highest));
    c.total = Some(total);
    c.range = Some(PenaltyRange::exactly(Principal::Imprisonment(total)));
    if sentences.len() > 1 {
        c.steps.push(Step::new(
            &S3584,
            Msg::new(MsgId::UsAggregateChain).arg("total", total),
        ));
    }
    if let Some(d) = decided {
        let ok = d == Principal::Imprisonment(total);
        c.lawful = Some(ok);
        if !ok {
            findings.push(Finding::new(
                Severity::Error,
                "us.3584.aggregate-mismatch",
                Msg::new(MsgId::UsAggregateMismatch)
                    .arg("penalty", d)
                    .arg("total", total),
            ));
        }
    }
    (c, findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(y: u32, after: &[usize]) -> Sentence<'static> {
        Sentence {
            offence: "x",
            penalty: Principal::Imprisonment(Term::years(y)),
            after: after.to_vec(),
        }
    }

    #[test]
    fn s3584_concurrent_is_the_longest_consecutive_the_sum() {
        let (c, _) = aggregate(&[s(5, &[]), s(3, &[])], None);
        assert_eq!(c.total, Some(Term::years(5)));
        let (c, _) = aggregate(&[s(5, &[]), s(3, &[0])], None);
        assert_eq!(c.total, Some(Term::years(8)));
        // Mixed chains: 1 → 2 (5 + 3 = 8), 3 alone (10): aggregate 10.
        let (c, _) = aggregate(&[s(5, &[]), s(3, &[0]), s(10, &[])], None);
        assert_eq!(c.total, Some(Term::years(10)));
        // After two counts: after the longer chain.
        let (c, _) = aggregate(&[s(5, &[]), s(7, &[]), s(2, &[0, 1])], None);
        assert_eq!(c.total, Some(Term::years(9)));
    }
}
