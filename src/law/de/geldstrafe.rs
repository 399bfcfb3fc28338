//! StGB § 40 and §§ 53–54 for fines in daily rates (Geldstrafe in
//! Tagessätzen): the bounds of one fine, the aggregate of several fines
//! (Gesamtgeldstrafe), and fines together with imprisonment.
//!
//! > § 40 (1) Die Geldstrafe wird in Tagessätzen verhängt. Sie beträgt
//! > mindestens fünf und, wenn das Gesetz nichts anderes bestimmt,
//! > höchstens dreihundertsechzig volle Tagessätze.
//! >
//! > (2) Die Höhe eines Tagessatzes bestimmt das Gericht unter
//! > Berücksichtigung der persönlichen und wirtschaftlichen Verhältnisse
//! > des Täters. […] Ein Tagessatz wird auf mindestens einen und höchstens
//! > dreißigtausend Euro festgesetzt.
//! >
//! > (4) In der Entscheidung werden Zahl und Höhe der Tagessätze angegeben.
//!
//! > § 53 (2) Trifft Freiheitsstrafe mit Geldstrafe zusammen, so wird auf
//! > eine Gesamtstrafe erkannt. Jedoch kann das Gericht auf Geldstrafe auch
//! > gesondert erkennen; soll in diesen Fällen wegen mehrerer Straftaten
//! > Geldstrafe verhängt werden, so wird insoweit auf eine Gesamtgeldstrafe
//! > erkannt.
//!
//! > § 54 (2) Die Gesamtstrafe darf die Summe der Einzelstrafen nicht
//! > erreichen. Sie darf bei zeitigen Freiheitsstrafen fünfzehn Jahre und bei
//! > Geldstrafe siebenhundertzwanzig Tagessätze nicht übersteigen.
//! >
//! > (3) Ist eine Gesamtstrafe aus Freiheits- und Geldstrafe zu bilden, so
//! > entspricht bei der Bestimmung der Summe der Einzelstrafen ein Tagessatz
//! > einem Tag Freiheitsstrafe.
//!
//! (StGB, consolidated text, snapshot of 2022-03-26; `shared/law/de/stgb-excerpt.md`.)
//!
//! Readings, stated where they are used:
//!
//! - An aggregate of fines is compared in **daily rates**, not in euros: § 54
//!   ¶2 S.2 bounds it in Tagessätze, and § 40 ¶1 states a fine in them.
//!   Highest H < aggregate G < sum S, G ≤ 720, all in full rates.
//! - The amount of one rate of the aggregate is set by the court from the
//!   offender's circumstances (§ 40 ¶2) and stated with the number (§ 40 ¶4);
//!   the statute does not tie it to the amounts of the single fines, so the
//!   tool checks only its bounds (1 to 30,000 euros) and says so. (§ 54 ¶3
//!   does not speak of the amount: it converts rates to days for the sum.)
//! - With imprisonment, the aggregate is imprisonment (§ 54 ¶1 S.2: the
//!   penalty of the more severe kind is increased); § 54 ¶3 converts the
//!   rates into days for the sum only. Adding days to terms kept in months
//!   needs a length of a month, which the text does not give: the tool
//!   counts 30 days ([`MONTH_AS_30_DAYS`], UNVERIFIED) and notes when the
//!   verdict would change with a month of 28 or 31 days.
//! - Whether the court included the fines (§ 53 ¶2 S.1) or imposed them
//!   separately (S.2) is its choice; the file says so with
//!   `decided.separate_fine`. Without it, both readings are shown and the
//!   verdict is given only where they agree.

use super::gesamtstrafe::{CAP, largest_below, lawful_aggregate, one_unit_more};
use super::{IN_FORCE, SNAPSHOT_NOTE};
use crate::analysis::{Combination, PenaltyRange, Principle};
use crate::finding::{Finding, Severity};
use crate::law::common::{bool_arg, sum_terms, sum_text};
use crate::law::{Rule, Step, Verification};
use crate::message::{Arg, Msg, MsgId, Sep};
use crate::penalty::{DayFine, MAX_TERM_MONTHS, Principal, Term};
use rust_decimal::Decimal;

/// § 40 ¶1: 5 to 360 full daily rates.
pub static STGB_40_1_RATES: Rule = Rule {
    id: "de.stgb40.1.rates",
    citation: "StGB § 40 ¶1",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "a fine is imposed in daily rates: at least 5 and, unless the law provides otherwise, at most 360 full daily rates",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// § 40 ¶2 S.3: one daily rate is 1 to 30,000 euros.
pub static STGB_40_2_AMOUNT: Rule = Rule {
    id: "de.stgb40.2.amount",
    citation: "StGB § 40 ¶2 S.3",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "the court sets the amount of a daily rate from the offender's circumstances: at least 1 and at most 30,000 euros",
    verification: Verification::Statute(
        "law/de/stgb-excerpt.md (consolidated text, snapshot of 2022-03-26); the figures are those of the snapshot (earlier wordings, in Deutsche Mark and with a lower maximum, are not bundled); the in-force start 1975-01-01 is not verified",
    ),
};

/// § 53 ¶2 S.1: imprisonment and a fine: one aggregate sentence.
pub static STGB_53_2_INCLUDED: Rule = Rule {
    id: "de.stgb53.2.fine-included",
    citation: "StGB § 53 ¶2 S.1",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "imprisonment and a fine meet: one aggregate sentence",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// § 53 ¶2 S.2: the court may impose the fine separately; several fines so
/// imposed form an aggregate fine.
pub static STGB_53_2_SEPARATE: Rule = Rule {
    id: "de.stgb53.2.fine-separate",
    citation: "StGB § 53 ¶2 S.2",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "the court may impose the fine separately instead; several fines so imposed form an aggregate fine (Gesamtgeldstrafe)",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// § 54 ¶1 S.2, ¶2 for fines: above the highest, below the sum, at most 720.
pub static STGB_54_2_FINES: Rule = Rule {
    id: "de.stgb54.2.fines",
    citation: "StGB § 54 ¶1 S.2, ¶2",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "an aggregate of fines increases the highest fine: highest < aggregate < sum, at most 720 daily rates",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// § 54 ¶1 S.2, ¶3: imprisonment and fines: imprisonment is increased, a
/// daily rate counts as a day for the sum.
pub static STGB_54_3_RATE_AS_DAY: Rule = Rule {
    id: "de.stgb54.3.rate-as-day",
    citation: "StGB § 54 ¶1 S.2, ¶3",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "imprisonment and fines: imprisonment, the more severe kind, is increased; for the sum one daily rate counts as one day of imprisonment",
    verification: Verification::Statute(SNAPSHOT_NOTE),
};

/// The tool's month of 30 days for adding converted rates to terms.
pub static MONTH_AS_30_DAYS: Rule = Rule {
    id: "de.convention.month-30-days",
    citation: "convention of this tool for StGB § 54 ¶3 (not a provision)",
    in_force_from: IN_FORCE,
    in_force_until: None,
    summary: "to add daily rates (as days) to terms kept in months, a month is counted as 30 days",
    verification: Verification::Unverified(
        "the bundled StGB text converts a daily rate into a day but does not say how many days a month counts for the sum; 30 is the tool's choice, and a note says when 28 or 31 would change the verdict",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[
    &STGB_40_1_RATES,
    &STGB_40_2_AMOUNT,
    &STGB_53_2_INCLUDED,
    &STGB_53_2_SEPARATE,
    &STGB_54_2_FINES,
    &STGB_54_3_RATE_AS_DAY,
    &MONTH_AS_30_DAYS,
];

/// § 40 ¶1: the fewest daily rates.
pub const MIN_RATES: u32 = 5;
/// § 40 ¶1: the most daily rates of one fine, unless the law provides otherwise.
pub const MAX_RATES: u32 = 360;
/// § 54 ¶2 S.2: the most daily rates of an aggregate fine.
pub const MAX_AGGREGATE_RATES: u32 = 720;
/// § 40 ¶2 S.3: the least amount of one daily rate, in euros.
pub const MIN_AMOUNT: Decimal = Decimal::ONE;
/// § 40 ¶2 S.3: the greatest amount of one daily rate, in euros.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(30_000, 0, 0, false, 0);
/// The tool's month for § 54 ¶3 ([`MONTH_AS_30_DAYS`]).
pub const DAYS_PER_MONTH: u64 = 30;

/// True if the amount of one rate is within § 40 ¶2 S.3. A fine without an
/// amount (the end of a range) is not checked.
pub fn amount_lawful(d: DayFine) -> bool {
    d.per_rate()
        .is_none_or(|a| MIN_AMOUNT <= a && a <= MAX_AMOUNT)
}

/// The § 40 findings for one fine: the number of rates (5 to `max_rates`)
/// and the amount of one (1 to 30,000 euros).
pub fn check_fine(offence: impl Into<Arg> + Clone, d: DayFine, max_rates: u32) -> Vec<Finding> {
    let mut out = Vec::new();
    if d.rates() < MIN_RATES || d.rates() > max_rates {
        out.push(Finding::new(
            Severity::Error,
            "de.stgb40.1.out-of-range",
            Msg::new(MsgId::DeStgb40Rates)
                .arg("offence", offence.clone())
                .arg("penalty", Principal::DayFine(d))
                .arg("rates", d.rates())
                .arg("max", max_rates),
        ));
    }
    if let Some(m) = d.per_rate_money()
        && !amount_lawful(d)
    {
        out.push(Finding::new(
            Severity::Error,
            "de.stgb40.2.out-of-range",
            Msg::new(MsgId::DeStgb40Amount)
                .arg("offence", offence)
                .arg("penalty", Principal::DayFine(d))
                .arg("amount", m),
        ));
    }
    out
}

/// Whether `g` rates is a lawful aggregate of fines with highest `h` and sum `s`.
pub fn lawful_fine_aggregate(h: u64, s: u64, g: u64) -> bool {
    h < g && g < s && g <= u64::from(MAX_AGGREGATE_RATES)
}

/// The lawful range of an aggregate of fines in rates, `None` without room.
pub fn fine_range(h: u64, s: u64) -> Option<(u64, u64)> {
    let lo = h.checked_add(1)?;
    let hi = s.checked_sub(1)?.min(u64::from(MAX_AGGREGATE_RATES));
    (lo <= hi).then_some((lo, hi))
}

fn aggregate_name() -> Arg {
    Arg::Named {
        en: "aggregate".to_string(),
        zh: Some("总和刑".to_string()),
    }
}

fn rates_of(n: u64) -> DayFine {
    DayFine::rates_only(u32::try_from(n).unwrap_or(u32::MAX))
}

/// § 54 ¶1 S.2, ¶2 for several fines (alone, or imposed separately under
/// § 53 ¶2 S.2): the range in rates, and the court's aggregate checked.
/// Writes the range and steps into `c`; returns the verdict on `decided`.
pub fn combine_fines(
    fines: &[DayFine],
    decided: Option<Principal>,
    c: &mut Combination,
    findings: &mut Vec<Finding>,
) -> Option<bool> {
    let rates: Vec<u64> = fines.iter().map(|f| u64::from(f.rates())).collect();
    let h = rates.iter().copied().max().unwrap_or(0);
    let s = rates.iter().fold(0u64, |a, r| a.saturating_add(*r));
    c.steps.push(Step::new(
        &STGB_54_2_FINES,
        Msg::new(MsgId::DeFinesEinsatz)
            .arg("h", h)
            .arg(
                "sum",
                Arg::List(rates.iter().map(|r| Arg::from(*r)).collect(), Sep::Plus),
            )
            .arg("s", s),
    ));
    match fine_range(h, s) {
        Some((lo, hi)) => {
            c.range = Some(PenaltyRange {
                min: Principal::DayFine(rates_of(lo)),
                max: Principal::DayFine(rates_of(hi)),
            });
            c.steps.push(Step::new(
                &STGB_54_2_FINES,
                Msg::new(MsgId::DeFinesRange).arg("lo", lo).arg("hi", hi),
            ));
        }
        None => findings.push(Finding::new(
            Severity::Note,
            "de.stgb54.no-room",
            Msg::new(MsgId::DeFinesNoRoom).arg("h", h),
        )),
    }
    let d = decided?;
    let ok = match d {
        Principal::DayFine(g) => {
            let gr = u64::from(g.rates());
            let rates_ok = lawful_fine_aggregate(h, s, gr);
            c.steps.push(Step::new(
                &STGB_54_2_FINES,
                Msg::new(MsgId::DeFinesCourt)
                    .arg("g", gr)
                    .arg("h", h)
                    .arg("s", s)
                    .arg("a", bool_arg(h < gr))
                    .arg("b", bool_arg(gr < s))
                    .arg("c", bool_arg(gr <= u64::from(MAX_AGGREGATE_RATES))),
            ));
            let amount_ok = amount_lawful(g);
            if let Some(m) = g.per_rate_money() {
                let singles: Vec<Arg> = fines
                    .iter()
                    .filter_map(|f| f.per_rate_money())
                    .map(Arg::from)
                    .collect();
                c.steps.push(Step::new(
                    &STGB_40_2_AMOUNT,
                    Msg::new(MsgId::DeAmountCourt)
                        .arg("amount", m)
                        .arg("singles", Arg::List(singles, Sep::Comma))
                        .arg("ok", bool_arg(amount_ok)),
                ));
            }
            findings.extend(check_fine(aggregate_name(), g, MAX_AGGREGATE_RATES));
            if !rates_ok {
                findings.push(Finding::new(
                    Severity::Error,
                    "de.stgb54.outside-range",
                    Msg::new(MsgId::DeFinesOutsideRange)
                        .arg("penalty", d)
                        .arg("h", h)
                        .arg("s", s),
                ));
            }
            rates_ok && amount_ok
        }
        other => {
            findings.push(Finding::new(
                Severity::Error,
                "de.stgb54.outside-range",
                Msg::new(MsgId::DeFinesOutsideRange)
                    .arg("penalty", other)
                    .arg("h", h)
                    .arg("s", s),
            ));
            false
        }
    };
    Some(ok)
}

/// A term in days under the tool's month of `month` days.
fn days_of(t: Term, month: u64) -> u64 {
    u64::from(t.total_months())
        .saturating_mul(month)
        .saturating_add(u64::from(t.day_part()))
}

/// A number of days as a term of 30-day months and days (saturating).
fn term_of_days(days: u64) -> Term {
    let months = days / DAYS_PER_MONTH;
    let rest = days % DAYS_PER_MONTH;
    let months = u32::try_from(months)
        .unwrap_or(MAX_TERM_MONTHS)
        .min(MAX_TERM_MONTHS);
    Term::new(0, months, u32::try_from(rest).unwrap_or(0)).unwrap_or(Term::months(months))
}

/// Whether `g` is below the mixed sum of `terms` and `rates` days with a
/// month of `month` days.
fn below_sum(g: Term, terms: Term, rates: u64, month: u64) -> bool {
    days_of(g, month) < days_of(terms, month).saturating_add(rates)
}

/// The check of `g` against imprisonment alone (§ 53 ¶2 S.2 reading): the
/// single term, or the aggregate of the terms.
fn prison_alone_ok(terms: &[Term], g: Term) -> bool {
    let h = terms.iter().copied().max().unwrap_or(Term::ZERO);
    match terms {
        [only] => g == *only,
        _ => lawful_aggregate(h, sum_terms(terms), g),
    }
}

fn prison_alone_range(terms: &[Term]) -> Option<PenaltyRange> {
    let h = terms.iter().copied().max().unwrap_or(Term::ZERO);
    match terms {
        [only] => Some(PenaltyRange::exactly(Principal::Imprisonment(*only))),
        _ => {
            super::gesamtstrafe::aggregate_range(h, sum_terms(terms)).map(|(lo, hi)| PenaltyRange {
                min: Principal::Imprisonment(lo),
                max: Principal::Imprisonment(hi),
            })
        }
    }
}

fn range_arg(r: Option<PenaltyRange>) -> Arg {
    match r {
        Some(r) => Arg::Range(r),
        None => Arg::Named {
            en: "no room".to_string(),
            zh: Some("无加重余地".to_string()),
        },
    }
}

/// §§ 53 ¶2, 54 ¶1 S.2, ¶3: terms of imprisonment and fines. `separate` is
/// the fine the court imposed beside the aggregate, if the file records one.
pub fn combine_mixed(
    terms: &[Term],
    fines: &[DayFine],
    decided: Option<Principal>,
    separate: Option<DayFine>,
    c: &mut Combination,
    findings: &mut Vec<Finding>,
) {
    c.principle = Principle::MixedKinds;
    let h = terms.iter().copied().max().unwrap_or(Term::ZERO);
    let t = sum_terms(terms);
    c.highest = Some(Principal::Imprisonment(h));
    c.cap = Some(CAP);

    if let Some(sep) = separate {
        // § 53 ¶2 S.2: the fine stands beside the imprisonment.
        c.steps.push(Step::new(
            &STGB_53_2_SEPARATE,
            Msg::new(MsgId::DeMixedSeparateStep).arg("fine", Principal::DayFine(sep)),
        ));
        c.total = Some(t);
        c.range = prison_alone_range(terms);
        if terms.len() > 1 {
            c.steps.push(Step::new(
                &super::gesamtstrafe::STGB_54_2_INCREASE,
                Msg::new(MsgId::DeEinsatzstrafe)
                    .arg("h", h)
                    .arg("sum", sum_text(terms))
                    .arg("s", t),
            ));
        }
        let prison_ok = match decided {
            Some(Principal::Imprisonment(g)) => {
                if terms.len() > 1 {
                    c.steps.push(court_step(g, h, t));
                }
                Some(prison_alone_ok(terms, g))
            }
            Some(other) => {
                findings.push(outside(other, h, t));
                Some(false)
            }
            None => None,
        };
        if prison_ok == Some(false)
            && let Some(Principal::Imprisonment(g)) = decided
        {
            findings.push(outside(Principal::Imprisonment(g), h, t));
        }
        let fine_ok = match fines {
            [only] => {
                let ok = *only == sep;
                c.steps.push(Step::new(
                    &STGB_53_2_SEPARATE,
                    Msg::new(MsgId::DeSeparateSingleFine)
                        .arg("fine", Principal::DayFine(sep))
                        .arg("single", Principal::DayFine(*only))
                        .arg("ok", bool_arg(ok)),
                ));
                ok
            }
            _ => {
                // The range of the aggregate fine is a step; the combination's
                // range stays that of the imprisonment.
                let mut fine_c = c.clone();
                let ok = combine_fines(fines, Some(Principal::DayFine(sep)), &mut fine_c, findings);
                c.steps = fine_c.steps;
                ok.unwrap_or(false)
            }
        };
        c.lawful = prison_ok.map(|p| p && fine_ok);
        return;
    }

    // § 53 ¶2 S.1 and § 54 ¶3: the fines included, counted in days.
    let rates: u64 = fines
        .iter()
        .fold(0u64, |a, f| a.saturating_add(u64::from(f.rates())));
    let s = term_of_days(days_of(t, DAYS_PER_MONTH).saturating_add(rates));
    c.total = Some(s);
    let fine_args: Vec<Arg> = fines
        .iter()
        .map(|f| Arg::Penalty(Principal::DayFine(DayFine::rates_only(f.rates()))))
        .collect();
    c.steps.push(Step::new(
        &STGB_53_2_INCLUDED,
        Msg::new(MsgId::DeMixedKinds)
            .arg("h", h)
            .arg("fines", Arg::List(fine_args.clone(), Sep::Plus)),
    ));
    c.steps.push(Step::new(
        &STGB_54_3_RATE_AS_DAY,
        Msg::new(MsgId::DeRatesAsDays)
            .arg("fines", Arg::List(fine_args, Sep::Plus))
            .arg("days", rates),
    ));
    c.steps.push(Step::new(
        &MONTH_AS_30_DAYS,
        Msg::new(MsgId::DeMonthAs30)
            .arg("terms", sum_text(terms))
            .arg("days", rates)
            .arg("s", s),
    ));
    // § 54 ¶2 S.2: an Einsatzstrafe at the cap gives exactly the cap, as
    // for terms alone (gesamtstrafe::aggregate_range).
    let (lo, hi) = if h >= CAP {
        (CAP, CAP)
    } else {
        (one_unit_more(h), largest_below(s).min(CAP))
    };
    let included = (lo <= hi).then_some(PenaltyRange {
        min: Principal::Imprisonment(lo),
        max: Principal::Imprisonment(hi),
    });
    c.range = included;
    match included {
        Some(_) => c.steps.push(Step::new(
            &STGB_54_3_RATE_AS_DAY,
            Msg::new(MsgId::DeUnitsRange).arg("lo", lo).arg("hi", hi),
        )),
        None => findings.push(Finding::new(
            Severity::Note,
            "de.stgb54.no-room",
            Msg::new(MsgId::DeNoRoom).arg("h", h),
        )),
    }
    // The court's choice under § 53 ¶2 is not recorded: both readings.
    let separate_range = prison_alone_range(terms);
    findings.push(Finding::new(
        Severity::Note,
        "de.stgb53.2.choice-not-recorded",
        Msg::new(MsgId::DeMixedChoice)
            .arg("included", range_arg(included))
            .arg("separate", range_arg(separate_range)),
    ));
    let Some(d) = decided else { return };
    match d {
        Principal::Imprisonment(g) => {
            c.steps.push(court_step(g, h, s));
            let inc_ok = lawful_aggregate(h, s, g);
            if below_sum(g, t, rates, 28) != below_sum(g, t, rates, 31) {
                findings.push(Finding::new(
                    Severity::Note,
                    "de.stgb54.3.month-length-matters",
                    Msg::new(MsgId::DeMonthLengthMatters)
                        .arg("g", g)
                        .arg("s", s),
                ));
            }
            let sep_ok = prison_alone_ok(terms, g);
            if inc_ok == sep_ok {
                c.lawful = Some(inc_ok);
                if !inc_ok {
                    findings.push(outside(d, h, s));
                }
            } else {
                c.lawful = None;
                findings.push(Finding::new(
                    Severity::Warning,
                    "de.stgb53.2.verdict-open",
                    Msg::new(MsgId::DeMixedVerdictOpen).arg("penalty", d),
                ));
            }
        }
        Principal::DayFine(_) => {
            c.lawful = Some(false);
            findings.push(Finding::new(
                Severity::Error,
                "de.stgb54.outside-range",
                Msg::new(MsgId::DeFineAggregateWithPrison).arg("penalty", d),
            ));
        }
        other => {
            c.lawful = Some(false);
            findings.push(outside(other, h, s));
        }
    }
}

fn court_step(g: Term, h: Term, s: Term) -> Step {
    Step::new(
        &super::gesamtstrafe::STGB_54_2_INCREASE,
        Msg::new(MsgId::DeCourtAggregate)
            .arg("g", g)
            .arg("h", h)
            .arg("s", s)
            .arg("a", bool_arg(h < g))
            .arg("b", bool_arg(g < s))
            .arg("c", bool_arg(g <= CAP)),
    )
}

fn outside(p: Principal, h: Term, s: Term) -> Finding {
    Finding::new(
        Severity::Error,
        "de.stgb54.outside-range",
        Msg::new(MsgId::DeOutsideRange)
            .arg("penalty", p)
            .arg("h", h)
            .arg("s", s),
    )
}
