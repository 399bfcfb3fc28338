//! Custody credited one day for one day, shared by the jurisdictions other
//! than China (China's rates per kind are in `cn::custody_credit`, which
//! uses [`exceeds_term`] from here): each day of custody before execution
//! counts once however many periods record it, custody recorded on or after
//! execution is left out with a warning, and a credit that swallows the
//! whole term is reported.
//!
//! Overlapping periods are merged, not added: a DE case with custody
//! 2009-01-01 – 2009-10-01 and 2009-06-01 – 2009-12-31 credits 365 days, not
//! 488, and the same period entered twice credits once.

use crate::calendar::{DateArithmeticError, add_days, days_inclusive};
use crate::case::{CustodyKind, Defendant};
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Verification};
use crate::message::{Msg, MsgId};
use crate::penalty::Term;
use jiff::civil::{Date, date};

pub static EACH_DAY_ONCE: Rule = Rule {
    id: "common.custody.each-day-once",
    citation: "StGB § 51 ¶1; 18 U.S.C. § 3585(b); CJA 2003 s. 240ZA; Taiwan CC art. 37-2",
    in_force_from: date(1900, 1, 1),
    in_force_until: None,
    summary: "custody is credited for the days of liberty lost: a day recorded by two periods is credited once",
    verification: Verification::Reference(
        "the statutes credit the custody suffered (StGB § 51 ¶1 'erlitten'; § 3585(b) only time 'not credited against another sentence'); none counts a day twice",
    ),
};

/// Every rule of this module, for the catalogues of the jurisdictions using it.
pub static RULES: &[&Rule] = &[&EACH_DAY_ONCE];

/// Custody before execution, credited one day for one day.
#[derive(Debug, Clone, Default)]
pub struct Credit {
    pub days: i64,
    /// One line per period, for the step text.
    pub lines: Vec<Msg>,
    /// Days recorded by more than one period (counted once).
    pub overlap_days: i64,
    /// The sum of the periods' lengths, overlaps included.
    pub listed_days: i64,
    /// Warnings about the periods (overlap, custody on or after execution).
    pub findings: Vec<Finding>,
}

/// Custody periods before `execution` (bail and residential surveillance
/// are not custody), merged so that each day counts once; a period without
/// `to` runs to the day before execution. `path` is the defendant's field
/// path, for findings.
pub fn credit_one_for_one(
    d: &Defendant,
    execution: Date,
    path: &str,
) -> Result<Credit, DateArithmeticError> {
    let mut credit = Credit::default();
    let last_day = add_days(execution, -1)?;
    let mut spans: Vec<(Date, Date)> = Vec::with_capacity(d.custody.len());
    for (i, p) in d.custody.iter().enumerate() {
        if matches!(
            p.kind,
            CustodyKind::Bail | CustodyKind::ResidentialSurveillance
        ) {
            credit.lines.push(
                Msg::new(MsgId::CoCreditNotCustody)
                    .arg("from", p.from.value)
                    .arg("kind", p.kind.id()),
            );
            continue;
        }
        if p.from.value > last_day {
            credit.findings.push(
                Finding::new(
                    Severity::Warning,
                    "custody.after-execution",
                    Msg::new(MsgId::CustodySharedAfterExecution)
                        .arg("from", p.from.value)
                        .arg("executed", execution),
                )
                .field(format!("{path}.custody[{i}].from"))
                .at(p.from.span)
                .hint(MsgId::CustodySharedAfterExecutionHint),
            );
            continue;
        }
        let to = match &p.to {
            Some(t) if t.value > last_day => {
                credit.findings.push(
                    Finding::new(
                        Severity::Warning,
                        "custody.after-execution",
                        Msg::new(MsgId::CustodySharedUntilAfterExecution)
                            .arg("to", t.value)
                            .arg("executed", execution),
                    )
                    .field(format!("{path}.custody[{i}].to"))
                    .at(t.span)
                    .hint(MsgId::CustodySharedAfterExecutionHint),
                );
                last_day
            }
            Some(t) => t.value,
            None => last_day,
        };
        if to < p.from.value {
            continue;
        }
        let days = days_inclusive(p.from.value, to)?;
        credit.lines.push(
            Msg::new(MsgId::CoCreditPeriod)
                .arg("from", p.from.value)
                .arg("to", to)
                .arg("days", days),
        );
        spans.push((p.from.value, to));
    }
    let (union, listed) = merged_days(&mut spans)?;
    credit.days = union;
    credit.overlap_days = listed.saturating_sub(union);
    credit.listed_days = listed;
    if credit.overlap_days > 0 {
        credit.findings.push(
            Finding::new(
                Severity::Warning,
                "custody.overlap",
                Msg::new(MsgId::CustodySharedOverlap).arg("n", credit.overlap_days),
            )
            .field(format!("{path}.custody"))
            .hint(MsgId::CustodyOverlapHint),
        );
    }
    Ok(credit)
}

/// The days covered by the union of `spans` (inclusive date pairs) and the
/// sum of their lengths. Sorts `spans`: O(n log n) whatever the days.
fn merged_days(spans: &mut [(Date, Date)]) -> Result<(i64, i64), DateArithmeticError> {
    spans.sort_unstable();
    let (mut union, mut listed) = (0i64, 0i64);
    let mut current: Option<(Date, Date)> = None;
    for &(from, to) in spans.iter() {
        listed = listed.saturating_add(days_inclusive(from, to)?);
        current = match current {
            // Overlapping or adjacent: extend the run.
            Some((a, b)) if from <= b => Some((a, b.max(to))),
            Some((a, b)) => {
                union = union.saturating_add(days_inclusive(a, b)?);
                Some((from, to))
            }
            None => Some((from, to)),
        };
    }
    if let Some((a, b)) = current {
        union = union.saturating_add(days_inclusive(a, b)?);
    }
    Ok((union, listed))
}

/// The step that merges overlapping periods, when they overlap.
pub fn overlap_step(credit: &Credit) -> Option<crate::law::Step> {
    (credit.overlap_days > 0).then(|| {
        crate::law::Step::new(
            &EACH_DAY_ONCE,
            Msg::new(MsgId::CoCreditOverlapLine)
                .arg("listed", credit.listed_days)
                .arg("n", credit.overlap_days)
                .arg("days", credit.days),
        )
    })
}

/// A warning when the credited custody covers the whole term: the term
/// counted back from execution ended on `term_end`, before `execution`.
pub fn exceeds_term(
    execution: Date,
    credit_days: i64,
    term: Term,
    term_end: Date,
    path: &str,
) -> Option<Finding> {
    (term_end < execution).then(|| {
        Finding::new(
            Severity::Warning,
            "custody.exceeds-term",
            Msg::new(MsgId::CustodyExceedsTerm)
                .arg("days", credit_days)
                .arg("term", term)
                .arg("end", term_end)
                .arg("executed", execution),
        )
        .field(format!("{path}.custody"))
        .hint(MsgId::CustodyExceedsTermHint)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(list: &[(Date, Date)]) -> (i64, i64) {
        merged_days(&mut list.to_vec()).unwrap()
    }

    #[test]
    fn stgb_51_overlapping_periods_credit_each_day_once() {
        // 2009-01-01 – 2009-10-01 and 2009-06-01 – 2009-12-31: 365 days, not 488.
        let (union, listed) = spans(&[
            (date(2009, 1, 1), date(2009, 10, 1)),
            (date(2009, 6, 1), date(2009, 12, 31)),
        ]);
        assert_eq!((union, listed), (365, 488));
    }

    #[test]
    fn stgb_51_same_period_twice_credits_once() {
        let p = (date(2020, 1, 1), date(2020, 1, 31));
        assert_eq!(spans(&[p, p]), (31, 62));
    }

    #[test]
    fn stgb_51_adjacent_and_separate_periods_add_up() {
        assert_eq!(
            spans(&[
                (date(2020, 1, 11), date(2020, 1, 20)),
                (date(2020, 1, 1), date(2020, 1, 10)),
                (date(2020, 3, 1), date(2020, 3, 1)),
            ]),
            (21, 21)
        );
    }

    #[test]
    fn stgb_51_period_inside_another_counts_nothing_more() {
        assert_eq!(
            spans(&[
                (date(2020, 1, 1), date(2020, 12, 31)),
                (date(2020, 3, 1), date(2020, 3, 10)),
            ]),
            (366, 376)
        );
    }
}
