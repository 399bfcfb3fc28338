//! SI 2024/844: release at 40 % for standard determinate sentences not
//! excluded, commencing in tranches, and the booking's dates under it.
//!
//! As the MoJ computes it (`TrancheAllocationService`,
//! `SDS40EarlyReleaseDefaultingRulesService`):
//! - sentences passed on or after the first commencement (2024-09-10) are
//!   released at 40 % from the start; no tranche applies to them;
//! - for earlier sentences, a tranche is allocated when a release under the
//!   old law falls after 2024-09-10 and a sentence of the booking is a
//!   standard determinate sentence: tranche 1 (2024-09-10) when every term
//!   is under 5 years, tranche 2 (2024-10-22) otherwise; each of CRD, HDCED
//!   and ERSED is then the 40 % date, or the tranche day where the 40 % date
//!   falls before it and the old date does not, or the old date where that
//!   falls before the tranche day;
//! - offences added to the exclusions from 2024-12-16 ("T3") are released at
//!   half when the prisoner is still in custody on that day.

use super::booking::{Booking, MethodError, Sds40Exclusion, Sentence, SentenceKind};
use super::calculation;
use super::extraction::{self, Dates};
use super::figures::{Added, Fraction, SentenceCalc};
use super::named::DateCode;
use super::rules;
use crate::calendar::add_days;
use jiff::civil::Date;

/// The booking's release dates and how they were reached.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub dates: Dates,
    /// The calculable sentences whose figures gave the dates.
    pub sentences: Vec<SentenceCalc>,
    /// The tranche day allocated, if any.
    pub tranche: Option<Date>,
}

fn standard(s: &Sentence) -> Fraction {
    if s.sds_plus {
        rules::two_thirds(s.sentenced)
    } else {
        Fraction {
            num: 1,
            den: 2,
            rule: &rules::CRD_HALF,
        }
    }
}

/// The release point before a tranche day: the law before SI 2024/844,
/// except for a sentence passed from its commencement, released at 40 %
/// from the start (passed on a later day than the booking's first).
fn before_tranche(s: &Sentence, leg: super::booking::Legislation) -> Fraction {
    if s.sentenced >= leg.tranche_one {
        early(s, false)
    } else {
        standard(s)
    }
}

pub(super) fn early(s: &Sentence, t3_applies: bool) -> Fraction {
    match s.exclusion {
        _ if s.sds_plus => standard(s),
        Some(Sds40Exclusion::Excluded) => Fraction {
            num: 1,
            den: 2,
            rule: &rules::CRD_HALF_EXCLUDED,
        },
        Some(Sds40Exclusion::ExcludedFromTrancheThree) if t3_applies => Fraction {
            num: 1,
            den: 2,
            rule: &rules::CRD_HALF_EXCLUDED,
        },
        _ => Fraction {
            num: 2,
            den: 5,
            rule: &rules::CRD_FORTY,
        },
    }
}

/// The consecutive chains: every path from a sentence not consecutive to
/// another down to one that no other follows.
pub fn chains(b: &Booking) -> Vec<Vec<usize>> {
    fn walk(b: &Booking, path: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
        let Some(&last) = path.last() else {
            return;
        };
        let kids: Vec<usize> = b
            .sentences
            .iter()
            .enumerate()
            .filter(|(k, s)| s.consecutive_to.contains(&last) && !path.contains(k))
            .map(|(k, _)| k)
            .collect();
        if kids.is_empty() {
            out.push(path.clone());
        }
        for k in kids {
            path.push(k);
            walk(b, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    for (i, s) in b.sentences.iter().enumerate() {
        if s.consecutive_to.is_empty() {
            walk(b, &mut vec![i], &mut out);
        }
    }
    out
}

fn part(b: &Booking, i: usize) -> Option<&Sentence> {
    b.sentences.get(i)
}

/// Calculates one chain of sentences with what was added to it, as the
/// law stands on the day of an award or a period at large (None: the
/// final calculation).
type Calc<'a> = dyn Fn(&[usize], Added, Option<Date>) -> Result<SentenceCalc, MethodError> + 'a;

/// The calculable sentences after the days added while in custody, in the
/// order they apply (the MoJ's timeline for one day of sentence): days
/// awarded before sentence count from the start; an award or a period at
/// large counts while any sentence of the booking is in custody, UAL only
/// for a sentence not yet released; awarded days that reach past the expiry
/// are unused.
pub(super) fn simulate(
    b: &Booking,
    chains: &[Vec<usize>],
    calc: &Calc<'_>,
) -> Result<Vec<SentenceCalc>, MethodError> {
    if super::timeline::several_days(b) {
        // Several days of sentence: the booking timeline (the progression
        // model, the only day-aware calculation, is not applied to these).
        return super::timeline::walk(b, &|c, a| calc(c, a, None), None);
    }
    let s0 = b.first_sentenced()?;
    let mut added = vec![Added::default(); chains.len()];
    // The FTR56 tranche, from the figures before any adjustment.
    let first = chains
        .iter()
        .map(|c| calc(c, Added::default(), None))
        .collect::<Result<Vec<_>, _>>()?;
    let tranche = super::post_recall::ftr56_tranche(b, &first)?;
    for a in &mut added {
        a.ftr56_tranche = tranche;
    }
    let mut days: Vec<Date> = b
        .additional_days
        .iter()
        .chain(&b.restored_days)
        .map(|d| d.from)
        .chain(b.at_large.iter().map(|u| u.from))
        .collect();
    days.sort_unstable();
    days.dedup();
    let before: i64 = days
        .iter()
        .filter(|d| **d < s0)
        .map(|d| b.awarded_on(*d))
        .sum();
    for a in &mut added {
        a.awarded += before;
    }
    for day in days.into_iter().filter(|d| *d >= s0) {
        let cs = chains
            .iter()
            .zip(&added)
            .map(|(c, a)| calc(c, *a, Some(day)))
            .collect::<Result<Vec<_>, _>>()?;
        let awarded = b.awarded_on(day);
        let ual: Vec<&super::booking::AtLarge> =
            b.at_large.iter().filter(|u| u.from == day).collect();
        let ual_days: i64 = ual.iter().map(|u| u.days).sum();
        let last = ual.iter().filter_map(|u| u.last_day).max();
        // The booking is released on the working day on or before the
        // latest release day (`timeline::GROUP_RELEASE`).
        let released = match cs.iter().map(|c| c.release).max() {
            Some(r) => {
                let group = super::timeline::previous_working_day(b, r)?.max(s0);
                // Or released earlier, on a release recorded in custody
                // (`out_of_custody::RELEASE_ENDS_CUSTODY`).
                day > group
                    || b.movements.iter().any(|m| {
                        m.day >= s0
                            && m.day < day
                            && m.day <= group
                            && super::out_of_custody::release_on(b, m.day)
                    })
            }
            None => true,
        };
        if released {
            // Released: only sentences still on licence take it.
            super::post_recall::after_release(b, &cs, &mut added, day, awarded, &ual)?;
            continue;
        }
        for (c, a) in cs.iter().zip(added.iter_mut()) {
            a.awarded += awarded;
            if !ual.is_empty() {
                if day <= c.release {
                    a.unlawfully_at_large += ual_days;
                } else if c.recall.is_some() {
                    a.at_large_after_release += ual_days;
                }
                if last.is_some() {
                    a.last_day_at_large = last;
                }
            }
        }
    }
    let cs = chains
        .iter()
        .zip(&added)
        .map(|(c, a)| calc(c, *a, None))
        .collect::<Result<Vec<_>, _>>()?;
    for (c, a) in cs.iter().zip(added.iter_mut()) {
        if c.release > c.expiry {
            a.unused_awarded = crate::calendar::days_between(c.expiry, c.release)?;
        }
    }
    let mut cs = chains
        .iter()
        .zip(&added)
        .map(|(c, a)| calc(c, *a, None))
        .collect::<Result<Vec<_>, _>>()?;
    // A licence of ORA terms reaching past the booking's expiry ends with it.
    if let Some(expiry) = cs.iter().map(|c| c.expiry).max() {
        for c in &mut cs {
            if c.led_of_ora_terms && c.led.is_some_and(|l| l > expiry) {
                c.led = Some(expiry);
            }
        }
    }
    Ok(cs)
}

pub(super) fn with_early(
    b: &Booking,
    chain: &[usize],
    added: Added,
) -> Result<SentenceCalc, MethodError> {
    let e = calculation::calculate(b, chain, &|s| early(s, false), added)?;
    let t3 = chain.iter().any(|&i| {
        part(b, i).is_some_and(|s| s.exclusion == Some(Sds40Exclusion::ExcludedFromTrancheThree))
    });
    if t3 && e.release >= b.legislation.tranche_three {
        return calculation::calculate(b, chain, &|s| early(s, true), added);
    }
    Ok(e)
}
/// The release dates of a booking.
pub fn release_dates(b: &Booking) -> Result<Outcome, MethodError> {
    let leg = b.legislation;
    if b.sentences.is_empty() {
        return Err(MethodError::NoSentences);
    }
    for (i, s) in b.sentences.iter().enumerate() {
        if s.consecutive_to
            .iter()
            .any(|&k| k >= b.sentences.len() || k == i)
        {
            return Err(MethodError::NoSuchSentence(i + 1));
        }
    }
    let chains = chains(b);
    if chains.iter().map(Vec::len).sum::<usize>() < b.sentences.len() {
        // A loop of consecutive sentences leaves some in no chain.
        return Err(MethodError::NoSuchSentence(b.sentences.len()));
    }
    let ora = |i: usize| {
        part(b, i)
            .and_then(|s| s.offence_date)
            .is_some_and(|d| d >= rules::ORA_DATE)
    };
    let s0 = b
        .sentences
        .iter()
        .map(|s| s.sentenced)
        .min()
        .unwrap_or(leg.tranche_one);
    if s0 >= leg.tranche_one {
        let cs = simulate(b, &chains, &|c, a, _| with_early(b, c, a))?;
        return Ok(Outcome {
            dates: extraction::extract(b, &cs, &ora)?,
            sentences: cs,
            tranche: None,
        });
    }
    let std_cs = simulate(b, &chains, &|c, a, _| {
        calculation::calculate(b, c, &|s| before_tranche(s, leg), a)
    })?;
    let std_dates = extraction::extract(b, &std_cs, &ora)?;
    let applies = std_cs.iter().any(|c| {
        c.release > leg.tranche_one
            && c.parts.iter().filter_map(|&i| part(b, i)).any(|s| {
                !s.sds_plus && !s.kind.is_other_than_sds() && s.sentenced < leg.tranche_one
            })
    });
    if !applies {
        return Ok(Outcome {
            dates: std_dates,
            sentences: std_cs,
            tranche: None,
        });
    }
    // Tranche 2 when any term still running on commencement is 5 years or more.
    let mut tranche = leg.tranche_one;
    for c in &std_cs {
        if add_days(
            c.unadjusted_expiry,
            c.added.unlawfully_at_large - c.remand_days,
        )? >= leg.tranche_one
        {
            let mut end = s0;
            // The tranche is allocated on the commencement day, before any
            // sentence passed that day joins the booking.
            for &i in &c.parts {
                if let Some(s) = part(b, i)
                    .filter(|s| s.sentenced < leg.tranche_one && s.kind != SentenceKind::Dto)
                {
                    end = add_days(s.kind.total(s.length).last_day(end)?, 1)?;
                }
            }
            let mut years = i64::from(end.year()) - i64::from(s0.year());
            if (end.month(), end.day()) < (s0.month(), s0.day()) {
                years -= 1;
            }
            if years >= 5 {
                tranche = leg.tranche_two;
            }
        }
    }
    // Out of custody when the tranche commences: the old law's dates
    // (`out_of_custody::OUT_AT_TRANCHE`).
    if super::out_of_custody::out_at_tranche(b, tranche) {
        return Ok(Outcome {
            dates: std_dates,
            sentences: std_cs,
            tranche: None,
        });
    }
    let early_cs = if super::timeline::several_days(b) {
        let before =
            |c: &[usize], a: Added| calculation::calculate(b, c, &|s| before_tranche(s, leg), a);
        super::timeline::walk(
            b,
            &|c, a| with_early(b, c, a),
            Some(&super::timeline::Tranche {
                before: &before,
                day: tranche,
                commencement: leg.tranche_one,
            }),
        )?
    } else {
        // Before the tranche day the timeline still calculates under the
        // old law (the MoJ's SDS40 snapshot on the tranche day).
        simulate(b, &chains, &|c, a, day| match day {
            Some(d) if d < tranche => calculation::calculate(b, c, &|s| before_tranche(s, leg), a),
            _ => with_early(b, c, a),
        })?
    };
    let early_dates = extraction::extract_with(b, &early_cs, &ora, Some(tranche))?;
    let mut d = early_dates.clone();
    let adjustable = [
        DateCode::Crd,
        DateCode::Ersed,
        DateCode::Hdced,
        DateCode::Ped,
    ];
    let before = adjustable.iter().any(|k| {
        early_dates
            .get(k)
            .or(std_dates.get(k))
            .is_some_and(|(x, _)| *x < tranche)
    });
    if before {
        let rule = if tranche == leg.tranche_one {
            &rules::TRANCHE_ONE
        } else {
            &rules::TRANCHE_TWO
        };
        for k in adjustable {
            let e = early_dates.get(&k).copied();
            let s = std_dates.get(&k).copied();
            match (e, s) {
                (Some((ed, _)), Some((sd, _))) if ed < tranche && sd >= tranche => {
                    d.insert(k, (tranche, rule));
                }
                (e, Some((sd, sr))) if sd < tranche || e.map(|x| x.0) == Some(sd) => {
                    d.insert(k, (sd, sr));
                    if k == DateCode::Crd
                        && let Some(t) = std_dates.get(&DateCode::Tused)
                    {
                        d.insert(DateCode::Tused, *t);
                    }
                }
                _ => {}
            }
        }
    }
    let release = d.get(&DateCode::Crd).or(d.get(&DateCode::Ard)).map(|x| x.0);
    for k in [DateCode::Hdced, DateCode::Ersed] {
        if let Some((x, _)) = d.get(&k)
            && Some(*x) == release
            && *x == tranche
        {
            d.remove(&k);
        }
    }
    Ok(Outcome {
        dates: d,
        sentences: early_cs,
        tranche: Some(tranche),
    })
}
