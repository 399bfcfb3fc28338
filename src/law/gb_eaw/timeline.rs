//! Sentences passed on several days: the booking's timeline, as the
//! Ministry of Justice walks it (calculate-release-dates-api,
//! `BookingTimelineService`, `TimelineSentenceCalculationHandler`,
//! `TimelineAwardedAdjustmentCalculationHandler`,
//! `TimelineUalAdjustmentCalculationHandler`, `TimelineCalculator`).
//!
//! The days on which something happens (a sentence passed, days awarded or
//! restored, a period at large) are taken in order. The sentences in custody
//! form the current group; on a day after the group's release day (the last
//! working day on or before its latest release, never before that
//! sentence's day of sentence) the group is released and later sentences
//! start a new group. A sentence passed while the group is in custody joins
//! it: consecutive sentences are chained from the earliest day of sentence
//! of the chain, and each new calculable sentence takes the remand, tagged
//! bail and awarded days of the group's sentence with the most days of
//! adjustment; remand and tagged bail given for a day of sentence are
//! credited to every sentence of the group on that day. Days awarded while
//! no sentence is in custody are carried to the next sentence. Days between
//! the release (without awarded days) of the group's sentence that last
//! gave the release day and a later sentence count as awarded days served.
//! The booking's dates are then extracted from every group's calculable
//! sentences together, as on one day. Concurrent terms under the law before
//! CJA 2003 passed on several days before LASPO 2012 are one term
//! (`rules::SINGLE_TERM`).

use super::booking::{Booking, MethodError};
use super::figures::{Added, SentenceCalc};
use crate::calendar::{add_days, days_between};
use crate::law::{Rule, Verification};
use jiff::civil::{Date, Weekday};

/// The group of sentences in custody is released on the last working day
/// on or before its release day.
pub static GROUP_RELEASE: Rule = Rule {
    id: "gb.timeline.group-release",
    citation: "CJA 2003 s. 244; Sentence Calculation Policy Framework (release on a weekend or bank holiday)",
    in_force_from: super::rules::CJA_2003,
    in_force_until: None,
    summary: "sentences passed on several days: a sentence passed after the release of the sentences in custody (the last working day on or before their release day) starts a new period in custody; one passed before joins them, concurrent or consecutive",
    verification: Verification::Unverified(
        "follows the MoJ's method (calculate-release-dates-api, BookingTimelineService.checkForReleasesAndLicenceExpiry and calculateLatestCustodialRelease, WorkingDayService.previousWorkingDay); the Policy Framework text on release before a weekend or bank holiday was not read; bank holidays by rule (gb.bfda1971.bank-holidays, gb.bfda1971.substitute-day, gb.bfda1971.proclaimed-days), as the MoJ reads them from gov.uk",
    ),
};

/// Remand and tagged bail, and awarded days, shared by the sentences of a
/// period in custody.
pub static SHARED_ADJUSTMENTS: Rule = Rule {
    id: "gb.timeline.shared-adjustments",
    citation: "CJA 2003 s. 240ZA, s. 240A, s. 257",
    in_force_from: super::rules::CJA_2003,
    in_force_until: None,
    summary: "sentences passed on several days: a later sentence passed while earlier ones are in custody takes their remand, tagged bail and awarded days; remand and tagged bail for a later day of sentence count for every sentence then in custody; days awarded while out of custody count for the next sentence; days served between an earlier release and a later sentence reduce the awarded days",
    verification: Verification::Unverified(
        "follows the MoJ's method (calculate-release-dates-api, TimelineSentenceCalculationHandler: shareAdjustmentsFromExistingCustodialSentencesToNewlySentenced, shareDeductionsThatAreApplicableToThisSentenceDate, findServedAdas; TimelineAwardedAdjustmentCalculationHandler: PADAs); s. 240ZA(4)–(6) (a day counting once) were not read",
    ),
};

/// Rules of this module.
pub static RULES: &[&Rule] = &[&GROUP_RELEASE, &SHARED_ADJUSTMENTS];

/// Calculates one chain of sentences with what was added to it.
pub type Calc<'a> = dyn Fn(&[usize], Added) -> Result<SentenceCalc, MethodError> + 'a;

/// The booking's sentences were passed on more than one day.
pub fn several_days(b: &Booking) -> bool {
    b.sentences.iter().any(|s| {
        b.sentences
            .first()
            .is_some_and(|f| f.sentenced != s.sentenced)
    })
}

/// What a calculable sentence carries along the timeline.
#[derive(Debug, Clone, Copy, Default)]
struct Adjust {
    /// Remand and tagged bail.
    deducted: i64,
    /// Awarded less restored.
    awarded: i64,
    at_large: i64,
    /// Awarded days served between an earlier release and this sentence.
    served: i64,
    last_day_at_large: Option<Date>,
    /// A recalled sentence's days after its release (`post_recall.rs`).
    after_release: i64,
    after_fixed_term: i64,
    awarded_after_release: i64,
    ftr56_tranche: Option<Date>,
    /// The recall's remand and tagged bail (`post_recall.rs`).
    recall_deducted: i64,
}

impl Adjust {
    fn total(&self) -> i64 {
        self.deducted + self.awarded + self.at_large + self.served
    }
    fn added(&self, unused: i64) -> Added {
        Added {
            awarded: self.awarded - self.served,
            unlawfully_at_large: self.at_large,
            last_day_at_large: self.last_day_at_large,
            unused_awarded: unused,
            deductions: Some(self.deducted),
            at_large_after_release: self.after_release,
            at_large_after_fixed_term: self.after_fixed_term,
            awarded_after_release: self.awarded_after_release,
            ftr56_tranche: self.ftr56_tranche,
            recall_deductions: Some(self.recall_deducted),
        }
    }
}

#[derive(Debug, Clone)]
struct Member {
    parts: Vec<usize>,
    adjust: Adjust,
}

/// The calculable sentences of the sentences `present`, in the MoJ's order
/// (`SentenceCombinationService`): the consecutive chains (each sentence
/// follows the first sentence it is consecutive to), then every sentence in
/// no chain alone, a sentence consecutive to one not present included.
fn combine(b: &Booking, present: &[usize]) -> Vec<Vec<usize>> {
    // The single term (`SentenceCombinationService.createSingleTermSentences`):
    // every sentence under the law before CJA 2003 and LASPO 2012, none
    // consecutive, passed on more than one day.
    let ss: Vec<&super::booking::Sentence> =
        present.iter().filter_map(|&i| b.sentences.get(i)).collect();
    // Or every sentence a detention and training order, none recalled
    // (dto_single_term.rs).
    if ss.len() > 1
        && (ss.iter().all(|s| super::booking::before_cja(s))
            || super::dto_single_term::applies(&ss))
        && ss.iter().all(|s| s.consecutive_to.is_empty())
        && ss
            .first()
            .is_some_and(|f| ss.iter().any(|s| s.sentenced != f.sentenced))
    {
        return vec![present.to_vec()];
    }
    let first = |i: usize| {
        b.sentences
            .get(i)
            .and_then(|s| s.consecutive_to.first().copied())
    };
    fn extend(
        start: usize,
        chain: &mut Vec<usize>,
        kids: &dyn Fn(usize) -> Vec<usize>,
        out: &mut Vec<Vec<usize>>,
    ) {
        let original = chain.clone();
        for (n, k) in kids(start).into_iter().enumerate() {
            if chain.contains(&k) || original.contains(&k) {
                continue;
            }
            if n == 0 {
                chain.push(k);
                extend(k, chain, kids, out);
            } else {
                let mut copy = original.clone();
                copy.push(k);
                let mut nested = Vec::new();
                extend(k, &mut copy, kids, &mut nested);
                out.push(copy);
                out.extend(nested);
            }
        }
    }
    let kids = |p: usize| -> Vec<usize> {
        present
            .iter()
            .copied()
            .filter(|&k| first(k) == Some(p))
            .collect()
    };
    let mut chains: Vec<Vec<usize>> = Vec::new();
    for &h in present.iter().filter(|&&i| first(i).is_none()) {
        let mut chain = vec![h];
        let mut more = Vec::new();
        extend(h, &mut chain, &kids, &mut more);
        chains.push(chain);
        chains.extend(more);
    }
    let mut out: Vec<Vec<usize>> = Vec::new();
    for c in chains.into_iter().filter(|c| c.len() > 1) {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    for &i in present {
        if !out.iter().any(|c| c.contains(&i)) && !out.contains(&vec![i]) {
            out.push(vec![i]);
        }
    }
    out
}

/// A bank holiday for this booking: its own list when it gives one (the
/// MoJ's service is given the gov.uk list, its test suite a fixture), else
/// those of England and Wales by rule (`bank_holidays`).
pub(super) fn is_bank_holiday(b: &Booking, d: Date) -> Result<bool, MethodError> {
    if b.bank_holidays.is_empty() {
        super::bank_holidays::is_bank_holiday(d)
    } else {
        Ok(b.bank_holidays.contains(&d))
    }
}

/// The last working day on or before `day`: weekends and bank holidays are
/// not working days, the booking's own list of bank holidays if it gives
/// one (as the MoJ's service is given the gov.uk list, its test suite a
/// fixture), else those of England and Wales by rule (`bank_holidays`).
pub(super) fn previous_working_day(b: &Booking, day: Date) -> Result<Date, MethodError> {
    let mut d = day;
    while matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) || is_bank_holiday(b, d)? {
        d = add_days(d, -1)?;
    }
    Ok(d)
}

fn first_day(b: &Booking, parts: &[usize]) -> Option<Date> {
    parts
        .iter()
        .filter_map(|&i| b.sentences.get(i))
        .map(|s| s.sentenced)
        .min()
}

/// Remand and tagged bail credited from `day`: the dated ones, and the rest
/// from the first day of sentence.
fn deductions_on(b: &Booking, day: Date, first: Date) -> i64 {
    let dated: i64 = b.deductions_by_date.iter().map(|d| d.days).sum();
    let on: i64 = b
        .deductions_by_date
        .iter()
        .filter(|d| d.from == day)
        .map(|d| d.days)
        .sum();
    let rest = b.remand_days + b.tagged_bail_days - dated;
    on + if day == first { rest } else { 0 }
}

/// The chain is recalled (with its first sentence).
fn recalled(b: &Booking, parts: &[usize]) -> bool {
    parts
        .first()
        .and_then(|&i| b.sentences.get(i))
        .is_some_and(|s| s.recall.is_some())
}

/// Days awarded (`awarded`) or at large (`ual`) on `day` for the sentences
/// already released, as `post_recall::after_release` reads them for a
/// recalled sentence on licence; true when such a sentence is on licence.
fn licence_period(
    b: &Booking,
    calc: &Calc<'_>,
    released: &mut [Vec<Member>],
    day: Date,
    awarded: i64,
    ual: &[&super::booking::AtLarge],
) -> Result<bool, MethodError> {
    let mut cs = Vec::new();
    for m in released.iter().flatten() {
        cs.push(calc(&m.parts, m.adjust.added(0))?);
    }
    let mut on_licence = false;
    for c in &cs {
        if c.recall.is_some()
            && super::post_recall::licence_end_at_release(c)?.is_some_and(|l| l >= day)
        {
            on_licence = true;
        }
    }
    if !on_licence && ual.is_empty() {
        return Ok(false);
    }
    let before: Vec<Added> = released
        .iter()
        .flatten()
        .map(|m| m.adjust.added(0))
        .collect();
    let mut after = before.clone();
    super::post_recall::after_release(b, &cs, &mut after, day, awarded, ual)?;
    for (m, (a, z)) in released.iter_mut().flatten().zip(after.iter().zip(&before)) {
        m.adjust.at_large += a.unlawfully_at_large - z.unlawfully_at_large;
        m.adjust.after_release += a.at_large_after_release - z.at_large_after_release;
        m.adjust.after_fixed_term += a.at_large_after_fixed_term - z.at_large_after_fixed_term;
        m.adjust.awarded_after_release += a.awarded_after_release - z.awarded_after_release;
        m.adjust.last_day_at_large = a.last_day_at_large;
    }
    Ok(on_licence)
}

/// The recall's remand and tagged bail credited from `day`, as
/// `deductions_on` (the MoJ shares them, like remand, among the sentences in
/// custody on the day of sentence they apply from).
fn recall_deductions_on(b: &Booking, day: Date, first: Date) -> i64 {
    let r = &b.recall;
    if r.by_day.is_empty() {
        return if day == first {
            r.remand_days + r.tagged_bail_days
        } else {
            0
        };
    }
    r.by_day.iter().filter(|d| d.0 == day).map(|d| d.1).sum()
}

/// Release at 40 % from a tranche day (SI 2024/844): before that day the
/// timeline's releases are those of the law before it.
pub struct Tranche<'a> {
    /// The calculation under the law before.
    pub before: &'a Calc<'a>,
    /// The tranche day allocated.
    pub day: Date,
    /// The first commencement: sentences passed from it are released at
    /// 40 % from the start.
    pub commencement: Date,
}

/// The calculable sentences of a booking whose sentences were passed on
/// several days, every period in custody together.
pub fn walk(
    b: &Booking,
    calc: &Calc<'_>,
    tranche: Option<&Tranche<'_>>,
) -> Result<Vec<SentenceCalc>, MethodError> {
    let first = b.first_sentenced()?;
    let mut days: Vec<Date> = b
        .sentences
        .iter()
        .map(|s| s.sentenced)
        .chain(b.additional_days.iter().map(|d| d.from))
        .chain(b.restored_days.iter().map(|d| d.from))
        .chain(b.at_large.iter().map(|u| u.from))
        .chain(tranche.map(|t| t.day))
        .chain(b.movements.iter().map(|m| m.day))
        .collect();
    days.sort_unstable();
    days.dedup();
    let run = |m: &Member| calc(&m.parts, m.adjust.added(0));
    // The release of a calculable sentence as the timeline sees it on `day`.
    let release_on = |m: &Member, day: Date| -> Result<Date, MethodError> {
        match tranche {
            Some(t) if day < t.day => Ok((t.before)(&m.parts, m.adjust.added(0))?.release),
            Some(t) if first_day(b, &m.parts).is_some_and(|f| f < t.commencement) => {
                Ok(run(m)?.release.max(t.day))
            }
            _ => Ok(run(m)?.release),
        }
    };

    let mut released: Vec<Vec<Member>> = Vec::new();
    let mut current: Vec<Member> = Vec::new();
    // The release day of the group in custody, and the release without
    // awarded days of the sentence that gives it.
    let mut latest: (Date, Option<Date>) = (first, None);
    let mut carried = 0i64;
    for day in days {
        if day > latest.0 && !current.is_empty() {
            released.push(std::mem::take(&mut current));
        }
        let mut required = tranche.is_some_and(|t| t.day == day);
        let new: Vec<usize> = b
            .sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| s.sentenced == day)
            .map(|(i, _)| i)
            .collect();
        if !new.is_empty() {
            required = true;
            let mut served = match latest.1 {
                Some(r) if !current.is_empty() && day > r => days_between(r, day)? - 1,
                _ => 0,
            };
            let mut existing = Adjust::default();
            let mut best = None;
            for m in &current {
                if best.is_none_or(|t| m.adjust.total() > t) {
                    best = Some(m.adjust.total());
                    existing = m.adjust;
                }
            }
            let in_custody: Vec<usize> = current.iter().flat_map(|m| m.parts.clone()).collect();
            if new.iter().filter_map(|&n| b.sentences.get(n)).any(|s| {
                s.consecutive_to
                    .first()
                    .is_some_and(|p| in_custody.contains(p))
            }) {
                served = 0;
            }
            let mut present: Vec<usize> = Vec::new();
            for i in in_custody.iter().chain(&new) {
                if !present.contains(i) {
                    present.push(*i);
                }
            }
            let combined = combine(b, &present);
            let mut next: Vec<Member> = Vec::new();
            for parts in combined
                .iter()
                .filter(|c| c.iter().any(|p| new.contains(p)))
            {
                let mut adjust = Adjust {
                    deducted: existing.deducted,
                    awarded: existing.awarded,
                    at_large: 0,
                    served: if served == 0 { existing.served } else { served },
                    last_day_at_large: None,
                    recall_deducted: existing.recall_deducted,
                    ..Adjust::default()
                };
                // A chain that grew keeps the time at large of the
                // sentence it grew from.
                if parts.len() > 1
                    && let Some(m) = current
                        .iter()
                        .find(|m| m.parts.iter().any(|p| parts.contains(p)))
                {
                    adjust.at_large += m.adjust.at_large;
                }
                next.push(Member {
                    parts: parts.clone(),
                    adjust,
                });
            }
            next.extend(
                current
                    .iter()
                    .filter(|m| combined.contains(&m.parts))
                    .cloned(),
            );
            next.sort_by_key(|m| first_day(b, &m.parts));
            current = next;
            let deducted = deductions_on(b, day, first);
            let recall_deducted = recall_deductions_on(b, day, first);
            for m in &mut current {
                m.adjust.deducted += deducted;
                m.adjust.recall_deducted += recall_deducted;
                m.adjust.awarded += carried;
            }
            carried = 0;
        }
        // A release ends the period in custody that day, and nothing is
        // recalculated that day (`out_of_custody::RELEASE_ENDS_CUSTODY`).
        let moved = super::out_of_custody::release_recorded_on(b, day);
        if moved && !current.is_empty() && super::out_of_custody::release_on(b, day) {
            latest.0 = day;
        }
        // Days awarded and restored: each of the two events takes both.
        let ada = b.additional_days.iter().any(|d| d.from == day);
        let rada = b.restored_days.iter().any(|d| d.from == day);
        if ada || rada {
            let net = b.awarded_on(day);
            if current.is_empty() {
                // Out of custody: counted (once for each kind) for the
                // next sentence, unless a recalled sentence is on licence
                // (then they count for a fixed-term recall running, or not
                // at all: `post_recall::after_release`).
                if !licence_period(b, calc, &mut released, day, net, &[])? {
                    carried += net * (i64::from(ada) + i64::from(rada));
                } else {
                    required = true;
                }
            } else {
                required = true;
                let mut max_release = None;
                for m in &current {
                    let r = release_on(m, day)?;
                    max_release = max_release.max(Some(r));
                }
                if max_release.is_some_and(|r| r >= day) {
                    for m in &mut current {
                        m.adjust.awarded += net;
                    }
                }
            }
        }
        let ual: Vec<&super::booking::AtLarge> =
            b.at_large.iter().filter(|u| u.from == day).collect();
        if !ual.is_empty() {
            required = true;
            let days: i64 = ual.iter().map(|u| u.days).sum();
            let last = ual.iter().filter_map(|u| u.last_day).max();
            for m in &mut current {
                let before_release = day <= release_on(m, day)?;
                m.adjust.last_day_at_large = last;
                if before_release {
                    m.adjust.at_large += days;
                } else if recalled(b, &m.parts) {
                    m.adjust.after_release += days;
                }
            }
            // Recalled sentences already released: their licence period.
            licence_period(b, calc, &mut released, day, 0, &ual)?;
        }
        if required && !moved && !current.is_empty() {
            let mut best: Option<(Date, Member, SentenceCalc)> = None;
            for m in &current {
                let c = match tranche {
                    Some(t) if day < t.day => (t.before)(&m.parts, m.adjust.added(0))?,
                    _ => run(m)?,
                };
                let r = release_on(m, day)?;
                if best.as_ref().is_none_or(|(x, _, _)| r > *x) {
                    best = Some((r, m.clone(), c));
                }
            }
            if let Some((release, m, c)) = best {
                let day_of_sentence = first_day(b, &m.parts).unwrap_or(first);
                latest = (
                    day_of_sentence.max(previous_working_day(b, release)?),
                    Some(c.release_without_awarded),
                );
            }
        }
    }
    if !current.is_empty() {
        released.push(current);
    }
    // The FTR56 tranche, from the figures of the recalled sentences.
    let mut all = Vec::new();
    for m in released.iter().flatten() {
        all.push(run(m)?);
    }
    if let Some(t) = super::post_recall::ftr56_tranche(b, &all)? {
        for m in released.iter_mut().flatten() {
            m.adjust.ftr56_tranche = Some(t);
        }
    }
    // Awarded days reaching past the expiry are not served; a licence of
    // ORA terms reaching past the group's expiry ends with it.
    let mut out = Vec::new();
    for (period, group) in released.iter().enumerate() {
        let mut cs = Vec::new();
        for m in group {
            let c = run(m)?;
            let unused = if c.release > c.expiry {
                days_between(c.expiry, c.release)?
            } else {
                0
            };
            let mut c = calc(&m.parts, m.adjust.added(unused))?;
            c.period = period;
            cs.push(c);
        }
        if let Some(expiry) = cs.iter().map(|c| c.expiry).max() {
            for c in &mut cs {
                if c.led_of_ora_terms && c.led.is_some_and(|l| l > expiry) {
                    c.led = Some(expiry);
                }
            }
        }
        out.extend(cs);
    }
    Ok(out)
}
