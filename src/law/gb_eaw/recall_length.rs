//! The kind of a fixed-term recall against the length of the sentence
//! served (CJA 2003 s. 255B): a 14-day recall is for a sentence under 12
//! months, a 28-day recall for one of 12 months or more. A recorded kind
//! that contradicts the length is said (a warning on `recall.kind`); the
//! dates still follow the recorded kind, as the MoJ's calculation does.
//!
//! Only sentences all on one side of 12 months are checked: where a recall
//! covers sentences of both lengths the MoJ decides by the gap between their
//! expiries (`FixedTermRecallAfterCalculationValidator.validateMixedDurations`),
//! a practice of its own that no statute text read here states.

use crate::case::{Defendant, RecallKindId};
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Verification};
use crate::message::{Arg, Msg, MsgId, RuleRef};
use crate::penalty::Term;

/// The 14-day recall for terms under 12 months: Offender Rehabilitation Act
/// 2014 s. 9, in force 2015-02-01 (S.I. 2015/40); 28 days for all before.
pub use super::release::ORA_DATE as ORA_2014;

pub static FIXED_TERM_BY_LENGTH: Rule = Rule {
    id: "gb.cja2003.s255b.fixed-term-by-length",
    citation: "CJA 2003 s. 255B(1A) (as amended by ORA 2014 s. 9)",
    in_force_from: ORA_2014,
    in_force_until: None,
    summary: "a fixed-term recall lasts 14 days where the sentence served is under 12 months and 28 days where it is 12 months or more; consecutive terms count as their aggregate",
    verification: Verification::Reference(
        "legislation.gov.uk, CJA 2003 s. 255B(1A): 'where the offender is serving a sentence of less than 12 months, the period of 14 days beginning with the day on which the offender returns to custody; where the offender is serving a sentence of 12 months or more, the period of 28 days' (read in today's text, which keeps the split for relevant young offenders; adults recalled under the 56-day s. 255BA are not checked); the aggregate of consecutive terms follows the MoJ's method (calculate-release-dates-api, FixedTermRecallAfterCalculationValidator: FTR_14_DAYS_AGGREGATE_GE_12_MONTHS, FTR_28_DAYS_AGGREGATE_LT_12_MONTHS, FTR_TYPE_14_DAYS_SENTENCE_GT_12_MONTHS); sentences of both lengths under one recall are not checked",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&FIXED_TERM_BY_LENGTH];

/// The days of fixed-term recall s. 255B gives a sentence of `served`.
pub fn days_for(served: Term) -> u32 {
    if served < Term::months(12) { 14 } else { 28 }
}

/// A warning when the recorded 14- or 28-day recall contradicts the length
/// of the sentence served: each recalled count's chain of consecutive terms
/// (s. 264's aggregate) that no other count runs after, all on one side of
/// 12 months. `chains[i]` is the length of the chain of consecutive terms
/// ending at count `i` and `after[i]` the counts (0-based) count `i` runs
/// after, both from the jurisdiction's reading of the counts.
pub fn check(
    d: &Defendant,
    chains: &[Option<Term>],
    after: &[Vec<usize>],
    path: &str,
) -> Option<Finding> {
    let r = d.recall.as_ref()?;
    let RecallKindId::FixedTerm(recorded @ (14 | 28)) = r.value.kind else {
        return None;
    };
    // Before ORA 2014 every fixed-term recall was of 28 days.
    let day = r
        .value
        .returned
        .as_ref()
        .or(r.value.revoked.as_ref())?
        .value;
    if day < ORA_2014 {
        return None;
    }
    let recalled =
        |i: usize| r.value.counts.is_empty() || r.value.counts.iter().any(|&n| n as usize == i + 1);
    let followed = |i: usize| {
        after
            .iter()
            .enumerate()
            .any(|(j, a)| recalled(j) && a.contains(&i))
    };
    let mut served: Vec<Term> = Vec::new();
    for (i, chain) in chains.iter().enumerate() {
        if !recalled(i) || followed(i) {
            continue;
        }
        served.push((*chain)?);
    }
    let first = *served.first()?;
    let expected = days_for(first);
    if served.iter().any(|t| days_for(*t) != expected) || recorded == expected {
        return None;
    }
    let longest = served.iter().copied().max().unwrap_or(first);
    Some(
        Finding::new(
            Severity::Warning,
            "gb.recall.fixed-term-length",
            Msg::new(MsgId::GbRecallFixedTermLength)
                .arg("recorded", recorded)
                .arg("term", longest)
                .arg("expected", expected)
                .arg("citation", Arg::Citation(RuleRef(&FIXED_TERM_BY_LENGTH))),
        )
        .field(format!("{path}.recall.kind"))
        .at(r.span)
        .hint(MsgId::GbRecallFixedTermLengthHint),
    )
}
