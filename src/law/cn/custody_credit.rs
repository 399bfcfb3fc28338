//! Credit for custody before the judgment was executed (先行羁押折抵刑期):
//! CL 41, 44, 47; Criminal Procedure Law for residential surveillance at a
//! designated place; Supervision Law for supervisory detention.
//!
//! > 管制的刑期，从判决执行之日起计算；判决执行以前先行羁押的，羁押一日折抵刑期二日。 (CL 41)
//! > 拘役的刑期，从判决执行之日起计算；判决执行以前先行羁押的，羁押一日折抵刑期一日。 (CL 44)
//! > 有期徒刑的刑期，从判决执行之日起计算；判决执行以前先行羁押的，羁押一日折抵刑期一日。 (CL 47)
//!
//! Overlapping periods are counted once; a day covered by two kinds counts
//! at the rate most favourable to the defendant, and the overlap is reported.

use super::versions::CL_1997_IN_FORCE;
use crate::calendar::{DateArithmeticError, add_days, days_between};
use crate::case::{CustodyKind, CustodyPeriod};
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Step, Verification};
use crate::message::{Arg, Msg, MsgId};
use crate::penalty::PrincipalKind;
use jiff::civil::{Date, date};

pub static SURVEILLANCE_TWO_FOR_ONE: Rule = Rule {
    id: "cn.cl41.custody-credit",
    citation: "CL 41",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "public surveillance: one day of custody before execution counts as two days of the term",
    verification: Verification::Statute("criminal-law-consolidated.md art. 41"),
};

pub static DETENTION_ONE_FOR_ONE: Rule = Rule {
    id: "cn.cl44.custody-credit",
    citation: "CL 44",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "criminal detention: one day of custody before execution counts as one day of the term",
    verification: Verification::Statute("criminal-law-consolidated.md art. 44"),
};

pub static IMPRISONMENT_ONE_FOR_ONE: Rule = Rule {
    id: "cn.cl47.custody-credit",
    citation: "CL 47",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "fixed-term imprisonment: one day of custody before execution counts as one day of the term",
    verification: Verification::Statute("criminal-law-consolidated.md art. 47"),
};

pub static DESIGNATED_RESIDENCE: Rule = Rule {
    id: "cn.cpl.designated-residence-credit",
    citation: "Criminal Procedure Law (art. 76 of the 2018 text?)",
    in_force_from: date(2013, 1, 1),
    in_force_until: None,
    summary: "residential surveillance at a designated place: two days count as one day of fixed-term imprisonment or criminal detention, one day as one day of public surveillance",
    verification: Verification::Unverified(
        "cn-rules.md §4 gives the rule without the article number; the Criminal Procedure Law is not bundled",
    ),
};

pub static SUPERVISORY_DETENTION: Rule = Rule {
    id: "cn.supervision-law.supervisory-detention-credit",
    citation: "Supervision Law 2018 (art. 44?)",
    in_force_from: date(2018, 3, 20),
    in_force_until: None,
    summary: "supervisory detention (留置): one day counts as one day of fixed-term imprisonment or criminal detention, two days of public surveillance",
    verification: Verification::Unverified(
        "cn-rules.md §4 gives one for one without the article; the Supervision Law is not bundled; two days of surveillance assumed by analogy to CL 41",
    ),
};

pub static NOT_CREDITED: Rule = Rule {
    id: "cn.cl47.not-custody",
    citation: "CL 41, 44, 47 (先行羁押)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "bail (取保候审) and residential surveillance at home are not custody (羁押) and are not credited",
    verification: Verification::Reference(
        "CL 41, 44, 47 credit only 羁押; cn-rules.md §4 credits only designated-place surveillance",
    ),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[
    &SURVEILLANCE_TWO_FOR_ONE,
    &DETENTION_ONE_FOR_ONE,
    &IMPRISONMENT_ONE_FOR_ONE,
    &DESIGNATED_RESIDENCE,
    &SUPERVISORY_DETENTION,
    &NOT_CREDITED,
];

/// The credit for a principal penalty.
#[derive(Debug, Clone, Default)]
pub struct Credit {
    /// Days of the term credited.
    pub days: i64,
    /// The first day of credited custody.
    pub first_day: Option<Date>,
    /// True when credited custody runs without a gap up to the day before execution.
    pub continuous: bool,
    pub steps: Vec<Step>,
    pub findings: Vec<Finding>,
}

/// True for the kinds of custody that are credited against a term.
pub fn is_credited(kind: CustodyKind) -> bool {
    rank(kind) > 0
}

/// The priority of a kind where periods overlap: the most favourable credit wins.
fn rank(kind: CustodyKind) -> u8 {
    match kind {
        CustodyKind::Detention | CustodyKind::SupervisoryDetention => 2,
        CustodyKind::DesignatedResidence => 1,
        CustodyKind::Bail | CustodyKind::ResidentialSurveillance => 0,
    }
}

/// The rule of the one-for-one credit for a penalty kind.
fn base_rule(kind: PrincipalKind) -> Option<&'static Rule> {
    match kind {
        PrincipalKind::PublicSurveillance => Some(&SURVEILLANCE_TWO_FOR_ONE),
        PrincipalKind::CriminalDetention => Some(&DETENTION_ONE_FOR_ONE),
        PrincipalKind::Imprisonment => Some(&IMPRISONMENT_ONE_FOR_ONE),
        _ => None,
    }
}

/// Credits the custody periods against a term of `penalty` executed on
/// `executed`. A period without `to` runs until the day before execution.
/// `path` is the defendant's field path, for findings.
pub fn credit(
    periods: &[CustodyPeriod],
    penalty: PrincipalKind,
    executed: Date,
    path: &str,
) -> Result<Credit, DateArithmeticError> {
    let mut out = Credit::default();
    let Some(base) = base_rule(penalty) else {
        return Ok(out);
    };
    if periods.is_empty() {
        return Ok(out);
    }
    let last_before = add_days(executed, -1)?;
    // Clip every period to the days before execution.
    let mut clipped: Vec<(Date, Date, CustodyKind)> = Vec::new();
    for (i, p) in periods.iter().enumerate() {
        let to = p.to.as_ref().map_or(last_before, |t| t.value);
        if p.from.value >= executed {
            out.findings.push(
                Finding::new(
                    Severity::Warning,
                    "cn.custody.after-execution",
                    Msg::new(MsgId::CustodyAfterExecution)
                        .arg("from", p.from.value)
                        .arg("executed", executed),
                )
                .field(format!("{path}.custody[{i}].from"))
                .at(p.from.span)
                .hint(MsgId::CustodyAfterExecutionHint),
            );
            continue;
        }
        let to = if to > last_before {
            if let Some(t) = &p.to {
                out.findings.push(
                    Finding::new(
                        Severity::Warning,
                        "cn.custody.after-execution",
                        Msg::new(MsgId::CustodyUntilAfterExecution)
                            .arg("to", t.value)
                            .arg("executed", executed),
                    )
                    .field(format!("{path}.custody[{i}].to"))
                    .at(t.span)
                    .hint(MsgId::CustodyUntilAfterExecutionHint),
                );
            }
            last_before
        } else {
            to
        };
        clipped.push((p.from.value, to, p.kind));
    }
    let credited: Vec<&(Date, Date, CustodyKind)> =
        clipped.iter().filter(|(_, _, k)| rank(*k) > 0).collect();
    for (from, to, kind) in &clipped {
        if rank(*kind) == 0 {
            out.steps.push(Step::new(
                &NOT_CREDITED,
                Msg::new(MsgId::CustodyNotCredited)
                    .arg("from", *from)
                    .arg("to", *to)
                    .arg("kind", custody_kind(*kind)),
            ));
        }
    }
    let Some(first) = credited.iter().map(|(f, _, _)| *f).min() else {
        return Ok(out);
    };
    out.first_day = Some(first);
    let span_days = days_between(first, last_before)? + 1;
    let len = usize::try_from(span_days.max(0)).unwrap_or(0);
    // A sweep over the periods' boundaries: O(periods × log periods),
    // whatever the number of days. Each event is (day offset, change in the
    // number of periods covering the day, change in the number of fully
    // credited periods covering it).
    let mut events: Vec<(usize, i64, i64)> = Vec::with_capacity(credited.len() * 2);
    for (from, to, kind) in &credited {
        let a = usize::try_from(days_between(first, *from)?).unwrap_or(0);
        let b = usize::try_from(days_between(first, *to)?)
            .unwrap_or(0)
            .min(len.saturating_sub(1));
        if a > b {
            continue;
        }
        let full = i64::from(rank(*kind) == 2);
        events.push((a, 1, full));
        events.push((b.saturating_add(1), -1, -full));
    }
    events.sort_unstable_by_key(|e| e.0);
    let mut days = DayTally::default();
    let (mut position, mut covering, mut full_covering) = (0usize, 0i64, 0i64);
    for (at, cover_change, full_change) in events {
        let at = at.min(len);
        days.add(at.saturating_sub(position), covering, full_covering);
        position = position.max(at);
        covering += cover_change;
        full_covering += full_change;
    }
    days.add(len.saturating_sub(position), covering, full_covering);
    if days.overlap > 0 {
        out.findings.push(
            Finding::new(
                Severity::Warning,
                "cn.custody.overlap",
                Msg::new(MsgId::CustodyOverlap).arg("n", days.overlap),
            )
            .field(format!("{path}.custody"))
            .hint(MsgId::CustodyOverlapHint),
        );
    }
    let full = i64::try_from(days.full).unwrap_or(0);
    let designated = i64::try_from(days.designated).unwrap_or(0);
    out.continuous = days.uncovered == 0;
    let surveillance = penalty == PrincipalKind::PublicSurveillance;

    for (from, to, kind) in &credited {
        let days = days_between(*from, *to)? + 1;
        let (rule, rate) = match (kind, surveillance) {
            (CustodyKind::DesignatedResidence, true) => (&DESIGNATED_RESIDENCE, "× 1"),
            (CustodyKind::DesignatedResidence, false) => (&DESIGNATED_RESIDENCE, "÷ 2"),
            (CustodyKind::SupervisoryDetention, true) => (&SUPERVISORY_DETENTION, "× 2"),
            (CustodyKind::SupervisoryDetention, false) => (&SUPERVISORY_DETENTION, "× 1"),
            (_, true) => (base, "× 2"),
            (_, false) => (base, "× 1"),
        };
        out.steps.push(Step::new(
            rule,
            Msg::new(MsgId::CustodyPeriod)
                .arg("from", *from)
                .arg("to", *to)
                .arg("kind", custody_kind(*kind))
                .arg("days", days)
                .arg("rate", rate),
        ));
    }
    // The day custody changed to bail or surveillance: credited as custody
    // (a convention, courts differ: named at each such day).
    for c in super::change_day::change_days(periods, is_credited, executed) {
        out.steps.push(Step::new(
            &super::change_day::CHANGE_DAY,
            Msg::new(MsgId::CustodyChangeDay)
                .arg("date", c.date)
                .arg("kind", custody_kind(c.to)),
        ));
    }
    let (full_credit, designated_credit) = if surveillance {
        (full * 2, designated)
    } else {
        (full, designated / 2)
    };
    out.days = full_credit + designated_credit;
    let rate = if surveillance { "× 2" } else { "× 1" };
    let gaps = if out.continuous {
        Arg::Text(String::new())
    } else {
        MsgId::CustodyGaps.into()
    };
    let text = if designated > 0 {
        Msg::new(MsgId::CustodyCreditDesignated)
            .arg("full", full)
            .arg("rate", rate)
            .arg("designated", designated)
            .arg(
                "drate",
                if surveillance {
                    Arg::from("× 1")
                } else {
                    MsgId::CustodyHalfRoundedDown.into()
                },
            )
            .arg("days", out.days)
            .arg("gaps", gaps)
    } else {
        Msg::new(MsgId::CustodyCredit)
            .arg("full", full)
            .arg("rate", rate)
            .arg("days", out.days)
            .arg("gaps", gaps)
    };
    out.steps.push(Step::new(base, text));
    Ok(out)
}

/// Days between the first credited day and execution, by how they count.
#[derive(Debug, Default)]
struct DayTally {
    /// Covered by a period credited one for one (detention, supervisory detention).
    full: usize,
    /// Covered only by designated-place residential surveillance.
    designated: usize,
    /// Covered by no credited period.
    uncovered: usize,
    /// Covered by two or more periods (counted once, reported).
    overlap: usize,
}

impl DayTally {
    /// Adds `n` consecutive days covered by `covering` periods, `full_covering` of them full.
    fn add(&mut self, n: usize, covering: i64, full_covering: i64) {
        let bucket = if full_covering > 0 {
            &mut self.full
        } else if covering > 0 {
            &mut self.designated
        } else {
            &mut self.uncovered
        };
        *bucket = bucket.saturating_add(n);
        if covering > 1 {
            self.overlap = self.overlap.saturating_add(n);
        }
    }
}

/// The kind of custody, named in either language.
fn custody_kind(k: CustodyKind) -> MsgId {
    match k {
        CustodyKind::Detention => MsgId::CustodyKindDetention,
        CustodyKind::DesignatedResidence => MsgId::CustodyKindDesignatedResidence,
        CustodyKind::SupervisoryDetention => MsgId::CustodyKindSupervisoryDetention,
        CustodyKind::Bail => MsgId::CustodyKindBail,
        CustodyKind::ResidentialSurveillance => MsgId::CustodyKindResidentialSurveillance,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Located;
    use crate::finding::Span;

    fn p(from: Date, to: Option<Date>, kind: CustodyKind) -> CustodyPeriod {
        CustodyPeriod {
            from: Located::new(from, Span::default()),
            to: to.map(|t| Located::new(t, Span::default())),
            kind,
            assumed: false,
            note: None,
        }
    }

    #[test]
    fn cl47_one_for_one_open_period() {
        let c = credit(
            &[p(date(2009, 12, 12), None, CustodyKind::Detention)],
            PrincipalKind::Imprisonment,
            date(2010, 2, 9),
            "d",
        )
        .unwrap();
        assert_eq!(c.days, 59);
        assert!(c.continuous);
        assert_eq!(c.first_day, Some(date(2009, 12, 12)));
    }

    #[test]
    fn cl41_two_for_one_for_surveillance() {
        let c = credit(
            &[p(
                date(2020, 1, 1),
                Some(date(2020, 1, 10)),
                CustodyKind::Detention,
            )],
            PrincipalKind::PublicSurveillance,
            date(2020, 1, 11),
            "d",
        )
        .unwrap();
        assert_eq!(c.days, 20);
    }

    #[test]
    fn designated_residence_two_days_for_one_rounded_down() {
        let c = credit(
            &[p(
                date(2020, 1, 1),
                Some(date(2020, 1, 11)),
                CustodyKind::DesignatedResidence,
            )],
            PrincipalKind::Imprisonment,
            date(2020, 1, 12),
            "d",
        )
        .unwrap();
        assert_eq!(c.days, 5);
        assert!(c.steps.iter().any(|s| !s.rule.verification.is_verified()));
    }

    #[test]
    fn overlap_counted_once_and_reported() {
        let c = credit(
            &[
                p(
                    date(2020, 1, 1),
                    Some(date(2020, 1, 10)),
                    CustodyKind::Detention,
                ),
                p(
                    date(2020, 1, 5),
                    Some(date(2020, 1, 20)),
                    CustodyKind::Detention,
                ),
            ],
            PrincipalKind::Imprisonment,
            date(2020, 2, 1),
            "d",
        )
        .unwrap();
        assert_eq!(c.days, 20);
        assert!(!c.continuous);
        assert!(c.findings.iter().any(|f| f.code == "cn.custody.overlap"));
    }

    #[test]
    fn bail_not_credited_and_gaps() {
        let c = credit(
            &[
                p(
                    date(2020, 1, 1),
                    Some(date(2020, 1, 10)),
                    CustodyKind::Detention,
                ),
                p(date(2020, 1, 11), Some(date(2020, 3, 1)), CustodyKind::Bail),
                p(date(2020, 3, 2), None, CustodyKind::Detention),
            ],
            PrincipalKind::Imprisonment,
            date(2020, 3, 12),
            "d",
        )
        .unwrap();
        assert_eq!(c.days, 20);
        assert!(!c.continuous);
    }

    #[test]
    fn life_has_no_credit() {
        let c = credit(
            &[p(date(2020, 1, 1), None, CustodyKind::Detention)],
            PrincipalKind::Life,
            date(2021, 1, 1),
            "d",
        )
        .unwrap();
        assert_eq!(c.days, 0);
    }

    /// The day-by-day reading of CL 41/44/47 that the sweep must agree with:
    /// each day before execution counts once, at the best rate covering it.
    fn day_by_day(
        periods: &[CustodyPeriod],
        executed: Date,
        surveillance: bool,
    ) -> (i64, bool, usize) {
        let last = add_days(executed, -1).unwrap();
        let credited: Vec<&CustodyPeriod> = periods
            .iter()
            .filter(|p| rank(p.kind) > 0 && p.from.value < executed)
            .collect();
        let Some(first) = credited.iter().map(|p| p.from.value).min() else {
            return (0, false, 0);
        };
        let (mut full, mut designated, mut overlap, mut continuous) = (0i64, 0i64, 0usize, true);
        let mut day = first;
        while day <= last {
            let covering: Vec<&&CustodyPeriod> = credited
                .iter()
                .filter(|p| p.from.value <= day && day <= p.to.as_ref().map_or(last, |t| t.value))
                .collect();
            if covering.len() > 1 {
                overlap += 1;
            }
            if covering.iter().any(|p| rank(p.kind) == 2) {
                full += 1;
            } else if !covering.is_empty() {
                designated += 1;
            } else {
                continuous = false;
            }
            day = add_days(day, 1).unwrap();
        }
        let days = if surveillance {
            full * 2 + designated
        } else {
            full + designated / 2
        };
        (days, continuous, overlap)
    }

    proptest::proptest! {
        #[test]
        fn sweep_agrees_with_counting_day_by_day(
            raw in proptest::collection::vec((0i64..120, proptest::option::of(0i64..60), 0usize..5), 0..6),
            executed_offset in 1i64..200,
            surveillance in proptest::bool::ANY,
        ) {
            let origin = date(2020, 2, 1);
            let periods: Vec<CustodyPeriod> = raw
                .iter()
                .map(|(start, length, kind)| {
                    let from = add_days(origin, *start).unwrap();
                    let to = length.map(|l| add_days(from, l).unwrap());
                    p(from, to, CustodyKind::ALL[*kind % CustodyKind::ALL.len()])
                })
                .collect();
            let executed = add_days(origin, executed_offset).unwrap();
            let kind = if surveillance { PrincipalKind::PublicSurveillance } else { PrincipalKind::Imprisonment };
            let c = credit(&periods, kind, executed, "d").unwrap();
            let (days, continuous, overlap) = day_by_day(&periods, executed, surveillance);
            proptest::prop_assert_eq!(c.days, days);
            if c.first_day.is_some() {
                proptest::prop_assert_eq!(c.continuous, continuous);
            }
            let reported = c.findings.iter().any(|f| f.code == "cn.custody.overlap");
            proptest::prop_assert_eq!(reported, overlap > 0);
        }
    }
}
