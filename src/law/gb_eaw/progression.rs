//! The "progression model": standard determinate sentences released at
//! one-third (SDS+ at half), commencing in ten tranches by the length of
//! the term from 2026-10-01, as the Ministry of Justice's test profile
//! `sds-progression-model-october` configures it, and the feature toggles its tests
//! switch on with it (top-up supervision, home detention curfew) and the
//! ERSED kept from before ERS 30.
//!
//! The statute is not bundled: the MoJ names it the Sentencing Act 2026
//! ("SA2026") and its schedule of excluded offences, and the profile is not
//! the MoJ's default. Every rule here is therefore UNVERIFIED and the tool
//! applies the model only to reproduce the MoJ's tests (a case file is read
//! under the law in force, [`Legislation::IN_FORCE`]).
//!
//! As the MoJ computes it (`SDSLegislation.ProgressionModelLegislation`,
//! `SDSProgressionModelTrancheSelectionStrategy`, `TrancheAllocationService`,
//! `ProgressionModelSnapshotTimelineCalculationHandler`,
//! `SDSProgressionModelFinalDatesService`, `TimelineSentenceCalculationHandler`):
//! - a sentence is in the model unless it is a detention of a child
//!   (s. 250), would be SDS+ if passed today without being SDS+, is for an
//!   excluded offence, or is recalled; the SI 2024/844 exclusions do not
//!   exclude from it;
//! - passed on or after the commencement (2026-10-01): the model's fractions
//!   from the start, no tranche;
//! - passed before: a tranche is allocated when a sentence in the model is
//!   not yet released on the commencement day (release without awarded
//!   days); it is the first whose length (days from sentence to the end of
//!   the chain) is at most the tranche's, else the last; on the tranche day
//!   the chains still in custody are recalculated with the model's
//!   fractions; CRD, PED and ERSED are then the old date where it falls
//!   before the tranche day (awarded days aside), else the new date, not
//!   before the tranche day (plus awarded days); HDCED stays the old one;
//! - sentences for offences before 2015-02-01 shorter than 12 months are
//!   released on licence under the model (CRD and SLED, not ARD and SED);
//! - sentences passed on several days (the booking timeline, `timeline.rs`):
//!   each sentence is in the model from its day of sentence when passed
//!   from the commencement, from the tranche day when a sentence of its
//!   chain is in custody then, never otherwise; the tranche is allocated
//!   and the old dates taken from the sentences passed before the
//!   commencement and before the tranche day.

use super::booking::{Booking, MethodError, Sentence};
use super::calculation;
use super::extraction::{self, Dates};
use super::figures::{Added, Fraction, SentenceCalc};
use super::length::SentenceLength;
use super::named::DateCode;
use super::rules;
use super::sds40::{self, Outcome};
use crate::calendar::add_days;
use crate::law::{Rule, Verification};
use jiff::civil::Date;

pub use super::profile::{HDC_CLEAN_STOP, OCTOBER_2026, Progression, Toggles, Tranche};

const MOJ: &str = "application-sds-progression-model-october.yml, SDSLegislation.kt (ProgressionModelLegislation), EarlyReleaseSentenceFilter.kt (SDS_PROGRESSION_MODEL) in calculate-release-dates-api";

/// The model's release point for a standard determinate sentence.
pub static ONE_THIRD: Rule = Rule {
    id: "gb.sa2026.progression.one-third",
    citation: "Sentencing Act 2026 (progression model), as the MoJ names it",
    in_force_from: super::profile::SA2026_COMMENCEMENT,
    in_force_until: None,
    summary: "progression model: a standard determinate sentence in the model is released at one-third of the term (SDS+ at half); not for s. 250 detention, a sentence that would be SDS+ today, or an excluded offence",
    verification: Verification::Unverified(
        "the statute text is not available here; the MoJ's method (calculate-release-dates-api, application-sds-progression-model-october.yml: release-multiplier SDS ONE_THIRD, SDS_PLUS ONE_HALF; EarlyReleaseSentenceFilter.SDS_PROGRESSION_MODEL), a test profile that is not its default",
    ),
};

/// SDS+ under the model.
pub static SDS_PLUS_HALF: Rule = Rule {
    id: "gb.sa2026.progression.sds-plus-half",
    citation: "Sentencing Act 2026 (progression model), as the MoJ names it",
    in_force_from: super::profile::SA2026_COMMENCEMENT,
    in_force_until: None,
    summary: "progression model: a sentence released at two-thirds (SDS+, s. 244ZA) is released at half",
    verification: Verification::Unverified(MOJ),
};

/// The tranche day as the release point.
pub static TRANCHE: Rule = Rule {
    id: "gb.sa2026.progression.tranche",
    citation: "Sentencing Act 2026 (progression model, commencement in tranches), as the MoJ names it",
    in_force_from: super::profile::SA2026_COMMENCEMENT,
    in_force_until: None,
    summary: "a sentence passed before 2026-10-01 comes under the model on its tranche day, by the length of its chain passed before then (an extended sentence or SOPC counted with its extension period): up to 574 days on 2026-10-01, up to 882 days on 2026-10-13, 1162 days on 2026-11-10, 1561 days on 2026-12-08, 2121 days on 2027-01-12, 2758 days on 2027-02-09, 3283 days on 2027-03-09, 3654 days on 2027-04-13, 4396 days on 2027-05-11, longer on 2027-06-08; a new date before the tranche day becomes the tranche day (plus awarded days), an old date before it stays",
    verification: Verification::Unverified(
        "the commencement regulations are not available here; the MoJ's method (calculate-release-dates-api, application-sds-progression-model-october.yml tranches; TrancheAllocationService.kt, whose length is CalculableSentence.totalDuration, the custodial term and extension period of an EDS or SOPC; SDSProgressionModelFinalDatesService.kt; ProgressionModelLegislation.applyDefaulting)",
    ),
};

/// Short pre-ORA terms on licence under the model.
pub static SHORT_ON_LICENCE: Rule = Rule {
    id: "gb.sa2026.progression.short-pre-ora-on-licence",
    citation: "Sentencing Act 2026 (progression model), as the MoJ names it",
    in_force_from: super::profile::SA2026_COMMENCEMENT,
    in_force_until: None,
    summary: "under the model a term shorter than 12 months for an offence before 2015-02-01 is released on licence (CRD and SLED) instead of without (ARD and SED)",
    verification: Verification::Unverified(
        "the MoJ's method (calculate-release-dates-api, ProgressionModelLegislation.modifyConditionalReleaseAndReleaseDateTypes)",
    ),
};

/// The dates a booking keeps from before its tranche day, with a sentence
/// passed between the commencement and that day.
pub static SNAPSHOT_AFTER_COMMENCEMENT: Rule = Rule {
    id: "gb.sa2026.progression.snapshot-after-commencement",
    citation: "Sentencing Act 2026 (progression model), as the MoJ names it",
    in_force_from: super::profile::SA2026_COMMENCEMENT,
    in_force_until: None,
    summary: "the dates a booking keeps from before its tranche day (the old CRD, PED or ERSED before that day) count a sentence passed from 2026-10-01 at the model's fraction already, the sentences passed before at the law before the model",
    verification: Verification::Unverified(
        "the commencement regulations are not available here; the MoJ's method (calculate-release-dates-api, ProgressionModelSnapshotTimelineCalculationHandler: the snapshot BEFORE_PROGRESSION_MODEL_TRANCHE is the timeline's latest calculation on the tranche day; SDSProgressionModelFinalDatesService)",
    ),
};

/// The repeal of top-up supervision.
pub static NO_TOP_UP_SUPERVISION: Rule = Rule {
    id: "gb.sa2026.top-up-supervision-repealed",
    citation: "Sentencing Act 2026 (repeal of top-up supervision), as the MoJ names it",
    in_force_from: super::profile::SA2026_COMMENCEMENT,
    in_force_until: None,
    summary: "with the repeal of top-up supervision switched on, no TUSED is given",
    verification: Verification::Unverified(
        "the repeal's text and in-force day are not available here (the in-force day is the tool's assumption, the progression model's commencement); the MoJ's method: feature toggle applyPostRecallRepealRules (TusedCalculator.kt, 'Apply post recall repeal rules (disable TUSED)')",
    ),
};

/// The repeal and suspension of HDC for adults.
pub static NO_ADULT_HDC: Rule = Rule {
    id: "gb.hdc.adult-repeal",
    citation: "CJA 2003 s. 246 as amended (HDC repeal for adults), as the MoJ names it",
    in_force_from: HDC_CLEAN_STOP,
    in_force_until: None,
    summary: "with the HDC repeal switched on, no HDC date for an adult when it would fall on or after 2026-09-02 or the sentence is under the progression model; with adult HDC suspended, none for an adult at all",
    verification: Verification::Unverified(
        "the amending text is not available here; the MoJ's method: feature toggles applyPostHdcedRepealRules and adultHdcSuspended, HDC_CLEAN_STOP_DATE 2026-09-02 (HdcedExtractionService.kt, ImportantDates.kt)",
    ),
};

/// The ERSED of a chain spanning the ERS 30 commencement.
pub static ERSED_BEFORE_ERS30: Rule = Rule {
    id: "gb.cja2003.s260.ersed-before-ers30",
    citation: "CJA 2003 s. 260 (early removal scheme at 30 %)",
    in_force_from: rules::ERS30_COMMENCEMENT,
    in_force_until: None,
    summary: "with the toggle switched on, a consecutive chain with terms passed before and from 2025-09-23 keeps the later ERSED the booking had before that day",
    verification: Verification::Unverified(
        "the amending text is not available here; the MoJ's method: feature toggle useLatestErsedFromPreErs30Snapshot (BookingTimelineService.kt, snapshot BEFORE_ERS30; BookingExtractionService.kt)",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[
    &ONE_THIRD,
    &SDS_PLUS_HALF,
    &TRANCHE,
    &SHORT_ON_LICENCE,
    &SNAPSHOT_AFTER_COMMENCEMENT,
    &NO_TOP_UP_SUPERVISION,
    &NO_ADULT_HDC,
    &ERSED_BEFORE_ERS30,
];

/// A sentence the model reaches (the MoJ's `SDS_PROGRESSION_MODEL` filter).
pub fn in_model(s: &Sentence) -> bool {
    // "Would be SDS+ if sentenced today" without being SDS+: out.
    let would_be_sds_plus = s.sds_plus_eligible && !s.sds_plus;
    // Other sentence types keep their own release points (kind.rs); a
    // recalled sentence is not reached either (`!part.isRecall()`).
    !s.kind.is_other_than_sds()
        && !s.section_250
        && !would_be_sds_plus
        && !s.progression_excluded
        && s.recall.is_none()
        && !calculation::before_cja(s)
}

fn fraction(s: &Sentence, other: Fraction) -> Fraction {
    match (in_model(s), s.sds_plus) {
        (false, _) => other,
        (true, false) => Fraction {
            num: 1,
            den: 3,
            rule: &ONE_THIRD,
        },
        (true, true) => Fraction {
            num: 1,
            den: 2,
            rule: &SDS_PLUS_HALF,
        },
    }
}

/// One chain under the model: its sentences in the model at the model's
/// fractions, the others as the law before it gives them.
fn calc_in_model(b: &Booking, chain: &[usize], added: Added) -> Result<SentenceCalc, MethodError> {
    calc_with(b, chain, added, &|_| true)
}

/// One chain with the model's fractions for the sentences `applies`
/// accepts (and the model reaches), the law before it for the others.
fn calc_with(
    b: &Booking,
    chain: &[usize],
    added: Added,
    applies: &dyn Fn(&Sentence) -> bool,
) -> Result<SentenceCalc, MethodError> {
    let fraction = |s: &Sentence, other: Fraction| {
        if applies(s) {
            fraction(s, other)
        } else {
            other
        }
    };
    let t3 = chain.iter().any(|&i| {
        b.sentences.get(i).is_some_and(|s| {
            s.exclusion == Some(super::booking::Sds40Exclusion::ExcludedFromTrancheThree)
        })
    });
    let first = calculation::calculate(b, chain, &|s| fraction(s, sds40::early(s, false)), added)?;
    let mut c = if t3 && first.release >= b.legislation.tranche_three {
        calculation::calculate(b, chain, &|s| fraction(s, sds40::early(s, true)), added)?
    } else {
        first
    };
    let ss: Vec<&Sentence> = chain.iter().filter_map(|&i| b.sentences.get(i)).collect();
    let earliest_offence = ss.iter().filter_map(|s| s.offence_date).min();
    if ss.iter().any(|s| in_model(s) && applies(s))
        && !c.types.conditional
        && earliest_offence.is_some_and(|d| d < rules::ORA_DATE)
        && SentenceLength::shorter_than_months(c.length_days, c.sentenced, 12)?
    {
        c.types.conditional = true;
        c.types.sled = true;
        c.types.led = false;
        c.led = Some(c.expiry);
    }
    Ok(c)
}

fn ora(b: &Booking) -> impl Fn(usize) -> bool + '_ {
    |i: usize| {
        b.sentences
            .get(i)
            .and_then(|s| s.offence_date)
            .is_some_and(|d| d >= rules::ORA_DATE)
    }
}

/// The booking with only the days added before `day` (the MoJ's snapshot
/// on a tranche day is taken before that day's awards and periods at large).
fn before(b: &Booking, day: Date) -> Booking {
    let mut c = b.clone();
    c.additional_days.retain(|d| d.from < day);
    c.restored_days.retain(|d| d.from < day);
    c.at_large.retain(|u| u.from < day);
    c
}

/// The booking as the timeline stands on `day`, before that day's events:
/// the sentences passed before it (consecutive references renumbered) and
/// the days added before it; with the index of each kept sentence in `b`.
fn only_before(b: &Booking, day: Date) -> (Booking, Vec<usize>) {
    let keep: Vec<usize> = b
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.sentenced < day)
        .map(|(i, _)| i)
        .collect();
    let mut c = before(b, day);
    c.sentences = keep
        .iter()
        .filter_map(|&i| b.sentences.get(i))
        .map(|s| {
            let mut s = s.clone();
            s.consecutive_to = s
                .consecutive_to
                .iter()
                .filter_map(|k| keep.iter().position(|x| x == k))
                .collect();
            s
        })
        .collect();
    c.deductions_by_date.retain(|d| d.from < day);
    (c, keep)
}

/// The days from the day of sentence to the end of a chain, its terms
/// counted one after another.
fn chain_days(b: &Booking, c: &SentenceCalc) -> Result<i64, MethodError> {
    let mut end = c.sentenced;
    for &i in &c.parts {
        if let Some(s) = b.sentences.get(i) {
            // An extended sentence or SOPC counts with its extension period
            // (the MoJ's totalDuration; rule TRANCHE).
            end = add_days(s.kind.total(s.length).last_day(end)?, 1)?;
        }
    }
    Ok(crate::calendar::days_between(c.sentenced, end)?)
}

/// The tranche allocated to a booking passed before the commencement, if
/// any.
pub fn allocate(b: &Booking, pm: &Progression) -> Result<Option<Tranche>, MethodError> {
    let start = pm.commencement();
    let (b, _) = only_before(b, start);
    if b.sentences.is_empty() {
        return Ok(None);
    }
    let b = &b;
    let at_start = sds40::release_dates(b)?;
    let reached = at_start.sentences.iter().any(|c| {
        c.release_without_awarded >= start
            && c.parts
                .iter()
                .filter_map(|&i| b.sentences.get(i))
                .any(|s| in_model(s) && s.sentenced < start)
    });
    if !reached {
        return Ok(None);
    }
    let mut longest = 0;
    for c in at_start.sentences.iter().filter(|c| c.expiry >= start) {
        longest = longest.max(chain_days(b, c)?);
    }
    Ok(pm.tranche_for(longest))
}

/// Old dates (the snapshot before the tranche day) and new ones merged:
/// CRD, PED and ERSED keep an old date before the tranche day (awarded days
/// aside), else take the new one, not before the tranche day plus awarded
/// days; HDCED stays the old one (the MoJ's
/// `SDSProgressionModelFinalDatesService`).
fn merge(b: &Booking, t: Date, old: &Dates, new: &Dates) -> Result<Dates, MethodError> {
    let mut dates = new.clone();
    match old.get(&DateCode::Hdced) {
        Some(h) => {
            dates.insert(DateCode::Hdced, *h);
        }
        None => repeal_hdc(b, &mut dates, true),
    }
    let awarded: i64 = b.additional_days.iter().map(|d| d.days).sum::<i64>()
        - b.restored_days.iter().map(|d| d.days).sum::<i64>();
    for k in [DateCode::Crd, DateCode::Ped, DateCode::Ersed] {
        match (old.get(&k), new.get(&k)) {
            (Some(o), _) if t > add_days(o.0, -awarded)? => {
                dates.insert(k, *o);
            }
            (_, Some((n, _))) if t > add_days(*n, -awarded)? => {
                dates.insert(k, (add_days(t, awarded)?, &TRANCHE));
            }
            _ => {}
        }
    }
    Ok(dates)
}

/// Sentences passed on several days, some before the commencement: the
/// booking timeline (`timeline.rs`) with each sentence at the model's
/// fraction from its day of sentence when passed from the commencement,
/// from the tranche day when it is still in custody then, at the law
/// before it otherwise; the tranche day bounds the releases after it as
/// SI 2024/844's does.
fn several_days(
    b: &Booking,
    start: Date,
    tranche: Option<Tranche>,
    standard: Outcome,
) -> Result<Outcome, MethodError> {
    let index = |s: &Sentence| b.sentences.iter().position(|x| std::ptr::eq(x, s));
    // The sentences still in custody on the tranche day, in a chain with a
    // sentence in the model (the MoJ's `sentencesToModifyReleaseDates`).
    let mut recalculated: Vec<usize> = Vec::new();
    let mut old = None;
    let from_start = |s: &Sentence| s.sentenced >= start;
    if let Some(t) = tranche {
        let (at_t, keep) = only_before(b, t.date);
        // The snapshot is the timeline as it stands on the tranche day: a
        // sentence passed from the commencement is already at the model's
        // fraction there (SNAPSHOT_AFTER_COMMENCEMENT).
        let snapshot = if at_t.sentences.iter().any(|s| from_start(s) && in_model(s)) {
            let cs =
                super::timeline::walk(&at_t, &|c, a| calc_with(&at_t, c, a, &from_start), None)?;
            Outcome {
                dates: extraction::extract(&at_t, &cs, &ora(&at_t))?,
                sentences: cs,
                tranche: None,
            }
        } else {
            sds40::release_dates(&at_t)?
        };
        for c in &snapshot.sentences {
            let in_it = c
                .parts
                .iter()
                .filter_map(|&i| at_t.sentences.get(i))
                .any(in_model);
            if c.release > t.date && in_it {
                recalculated.extend(c.parts.iter().filter_map(|&i| keep.get(i).copied()));
            }
        }
        let mut d = snapshot.dates;
        repeal_hdc(b, &mut d, false);
        old = Some(d);
    }
    let before = |c: &[usize], a: Added| calc_with(b, c, a, &from_start);
    let after = |c: &[usize], a: Added| {
        calc_with(b, c, a, &|s| {
            from_start(s) || index(s).is_some_and(|i| recalculated.contains(&i))
        })
    };
    let cs = match tranche {
        Some(t) => super::timeline::walk(
            b,
            &after,
            Some(&super::timeline::Tranche {
                before: &before,
                day: t.date,
                commencement: start,
            }),
        )?,
        None => super::timeline::walk(b, &before, None)?,
    };
    let new = extraction::extract(b, &cs, &ora(b))?;
    let applied = b
        .sentences
        .iter()
        .enumerate()
        .any(|(i, s)| in_model(s) && (from_start(s) || recalculated.contains(&i)));
    if !applied {
        let mut o = standard;
        repeal_hdc(b, &mut o.dates, false);
        return Ok(o);
    }
    let dates = match (tranche, old) {
        (Some(t), Some(old)) => merge(b, t.date, &old, &new)?,
        _ => {
            let mut d = new;
            repeal_hdc(b, &mut d, true);
            d
        }
    };
    Ok(Outcome {
        dates,
        sentences: cs,
        tranche: tranche.map(|t| t.date),
    })
}

/// Drops the HDC date the toggles take away.
fn repeal_hdc(b: &Booking, dates: &mut Dates, in_model: bool) {
    let r = b.legislation.toggles;
    let adult = b
        .sentences
        .iter()
        .any(|s| !s.section_250 && !s.kind.is_term());
    let Some((h, _)) = dates.get(&DateCode::Hdced).copied() else {
        return;
    };
    if adult && (r.adult_hdc_suspended || (r.hdc_repealed && (h >= HDC_CLEAN_STOP || in_model))) {
        dates.remove(&DateCode::Hdced);
    }
}

/// The release dates of a booking under its legislation profile: the
/// progression model where the profile has it, SI 2024/844 and the law
/// before it otherwise; then the ERSED kept from before ERS 30 where the
/// profile's toggle says so.
pub fn release_dates(b: &Booking) -> Result<Outcome, MethodError> {
    let mut o = under_profile(b)?;
    ersed_from_before_ers30(b, &mut o)?;
    Ok(o)
}

/// `useLatestErsedFromPreErs30Snapshot`: when the sentence that gives the
/// ERSED is a consecutive chain with terms passed before and from the ERS
/// 30 commencement, and the booking as it stood before that day had a later
/// ERSED, that one stays (the MoJ's `BookingExtractionService` with the
/// `BEFORE_ERS30` snapshot).
fn ersed_from_before_ers30(b: &Booking, o: &mut Outcome) -> Result<(), MethodError> {
    let day = rules::ERS30_COMMENCEMENT;
    if !b.legislation.toggles.ersed_from_before_ers30
        || !b.early_removal
        || !b.sentences.iter().any(|s| s.sentenced > day)
    {
        return Ok(());
    }
    if !o.dates.contains_key(&DateCode::Ersed) {
        return Ok(());
    }
    // The sentence that gives the ERSED, as the extraction picks it: the
    // latest ERSED of a sentence not released on the day of sentence; its
    // own ERSED, before any tranche day moved the booking's.
    let Some((giver, now)) = o
        .sentences
        .iter()
        .filter(|c| !c.immediate)
        .filter_map(|c| c.ersed.map(|e| (c, e.0)))
        .max_by_key(|(_, e)| *e)
    else {
        return Ok(());
    };
    let days: Vec<Date> = giver
        .parts
        .iter()
        .filter_map(|&i| b.sentences.get(i))
        .map(|s| s.sentenced)
        .collect();
    if giver.parts.len() < 2 || !days.iter().any(|d| *d < day) || !days.iter().any(|d| *d >= day) {
        return Ok(());
    }
    // Moved to the release of a later default term for a fine (fine.rs):
    // that is the booking's ERSED the snapshot is compared with.
    let now = match o.dates.get(&DateCode::Ersed) {
        Some((d, r)) if std::ptr::eq(*r, &super::fine::ERSED_FINE_DEFAULT) => *d,
        _ => now,
    };
    let (before, _) = only_before(b, day);
    if before.sentences.is_empty() {
        return Ok(());
    }
    if let Some((then, _)) = under_profile(&before)?.dates.get(&DateCode::Ersed).copied()
        && then > now
    {
        o.dates.insert(DateCode::Ersed, (then, &ERSED_BEFORE_ERS30));
    }
    Ok(())
}

fn under_profile(b: &Booking) -> Result<Outcome, MethodError> {
    let Some(pm) = b.legislation.progression else {
        let mut o = sds40::release_dates(b)?;
        repeal_hdc(b, &mut o.dates, false);
        return Ok(o);
    };
    let start = pm.commencement();
    let s0 = b.first_sentenced()?;
    // Validates the booking (references, loops) as the law before does.
    let standard = sds40::release_dates(b)?;
    let chains = sds40::chains(b);
    if s0 >= start {
        let cs = sds40::simulate(b, &chains, &|c, a, _| calc_in_model(b, c, a))?;
        let mut dates = extraction::extract(b, &cs, &ora(b))?;
        let any = b.sentences.iter().any(in_model);
        repeal_hdc(b, &mut dates, any);
        return Ok(Outcome {
            dates,
            sentences: cs,
            tranche: None,
        });
    }
    if super::timeline::several_days(b) {
        return several_days(b, start, allocate(b, pm)?, standard);
    }
    let Some(t) = allocate(b, pm)? else {
        let mut o = standard;
        repeal_hdc(b, &mut o.dates, false);
        return Ok(o);
    };
    let snapshot = sds40::release_dates(&before(b, t.date))?;
    // The chains still in custody after the tranche day, with a sentence
    // in the model, are recalculated.
    let recalculated: Vec<Vec<usize>> = snapshot
        .sentences
        .iter()
        .filter(|c| {
            c.release > t.date
                && c.parts
                    .iter()
                    .filter_map(|&i| b.sentences.get(i))
                    .any(in_model)
        })
        .map(|c| c.parts.clone())
        .collect();
    let mut old = snapshot.dates.clone();
    repeal_hdc(b, &mut old, false);
    if recalculated.is_empty() {
        let mut o = standard;
        repeal_hdc(b, &mut o.dates, false);
        return Ok(o);
    }
    // Awards and periods at large before the tranche day count as the
    // chain stood then (the MoJ's timeline).
    let cs = sds40::simulate(b, &chains, &|c, a, day| {
        if day.is_none_or(|d| d >= t.date) && recalculated.iter().any(|r| r.as_slice() == c) {
            calc_in_model(b, c, a)
        } else {
            sds40::with_early(b, c, a)
        }
    })?;
    let new = extraction::extract(b, &cs, &ora(b))?;
    let dates = merge(b, t.date, &old, &new)?;
    Ok(Outcome {
        dates,
        sentences: cs,
        tranche: Some(t.date),
    })
}

#[cfg(test)]
mod tests {
    //! Each test is named after the rule and mirrors a case of the MoJ's
    //! suite (tests/moj/cases.json) where one exists.

    use super::*;
    use crate::law::gb_eaw::booking::{AtLarge, Legislation, Sds40Exclusion};
    use crate::law::gb_eaw::test_support::standard as sentence;
    use crate::law::gb_eaw::test_support::{self, months, years, ym};
    use jiff::civil::date;

    fn booking(sentences: Vec<Sentence>, sex_offender: bool) -> Booking {
        let mut b =
            test_support::booking(date(1990, 1, 1), Legislation::PROGRESSION_MODEL, sentences);
        b.offender.sex_offender = sex_offender;
        b
    }

    fn get(b: &Booking, code: DateCode) -> Option<Date> {
        test_support::get_by(release_dates, b, code)
    }

    #[test]
    fn progression_model_reaches_sds_and_sds_plus_but_not_s250_would_be_sds_plus_excluded_or_recalled()
     {
        let s = sentence(date(2025, 1, 1), date(2025, 1, 1), years(3));
        assert!(in_model(&s));
        let mut plus = s.clone();
        plus.sds_plus = true;
        plus.sds_plus_eligible = true;
        assert!(in_model(&plus));
        let mut would_be = s.clone();
        would_be.sds_plus_eligible = true;
        assert!(!in_model(&would_be));
        let mut child = s.clone();
        child.section_250 = true;
        assert!(!in_model(&child));
        let mut excluded = s.clone();
        excluded.progression_excluded = true;
        assert!(!in_model(&excluded));
        let mut recalled = s.clone();
        recalled.recall = Some(crate::law::gb_eaw::recall::Recall {
            kind: crate::law::gb_eaw::recall::RecallKind::Standard,
            revoked: Some(date(2026, 1, 1)),
            returned: None,
        });
        assert!(!in_model(&recalled));
        // Excluded from 40 % is not excluded from the model.
        let mut violent = s;
        violent.exclusion = Some(Sds40Exclusion::Excluded);
        assert!(in_model(&violent));
    }

    #[test]
    fn tranches_of_the_october_2026_profile_by_length() {
        let t = |days| OCTOBER_2026.tranche_for(days).map(|t| (t.number, t.date));
        assert_eq!(t(0), Some((1, date(2026, 10, 1))));
        assert_eq!(t(574), Some((1, date(2026, 10, 1))));
        assert_eq!(t(575), Some((2, date(2026, 10, 13))));
        assert_eq!(t(2121), Some((5, date(2027, 1, 12))));
        assert_eq!(t(4396), Some((9, date(2027, 5, 11))));
        assert_eq!(t(4397), Some((10, date(2027, 6, 8))));
        assert_eq!(OCTOBER_2026.commencement(), date(2026, 10, 1));
        assert_eq!(
            super::super::profile::SA2026_COMMENCEMENT,
            OCTOBER_2026.commencement()
        );
    }

    #[test]
    fn progression_model_one_third_from_the_commencement_day_moj_sds_sentenced_after_commencement()
    {
        // 12 years from 2026-10-01 (4383 days), violent (excluded from 40 %
        // but not from the model): ⌈4383 / 3⌉ = 1461 days → 2030-09-30.
        let mut s = sentence(date(2019, 12, 7), date(2026, 10, 1), years(12));
        s.exclusion = Some(Sds40Exclusion::Excluded);
        let b = booking(vec![s], true);
        assert_eq!(get(&b, DateCode::Crd), Some(date(2030, 9, 30)));
        assert_eq!(get(&b, DateCode::Sled), Some(date(2038, 9, 30)));
        let mut old = b.clone();
        old.legislation = Legislation::IN_FORCE;
        assert_eq!(get(&old, DateCode::Crd), Some(date(2032, 9, 30)));
    }

    #[test]
    fn progression_model_sds_plus_at_half_from_its_tranche_moj_sds_plus_sentenced_after_commencement()
     {
        // SDS+ of 12 years passed 2026-09-02 (4383 days): tranche 9
        // (2027-05-11), then half: ⌈4383 / 2⌉ = 2192 days → 2032-09-01
        // (two-thirds: 2034-09-01).
        let mut s = sentence(date(2019, 12, 7), date(2026, 9, 2), years(12));
        s.sds_plus = true;
        s.sds_plus_eligible = true;
        let b = booking(vec![s], false);
        assert_eq!(get(&b, DateCode::Crd), Some(date(2032, 9, 1)));
        let r = release_dates(&b).expect("dates");
        assert_eq!(r.tranche, Some(date(2027, 5, 11)));
    }

    #[test]
    fn progression_model_excluded_offence_keeps_its_release_point_moj_crs_2656_ac2_1() {
        // Schedule 13 Part 3 (and excluded from 40 %): half of 4 years from
        // 2024-10-25 → 2026-10-25, as without the model.
        let mut s = sentence(date(2024, 10, 25), date(2024, 10, 25), years(4));
        s.exclusion = Some(Sds40Exclusion::Excluded);
        s.progression_excluded = true;
        let b = booking(vec![s.clone()], true);
        assert_eq!(get(&b, DateCode::Crd), Some(date(2026, 10, 25)));
        // 6 years (2191 days, tranche 6, 2027-02-09): excluded, half →
        // 2027-10-25; in the model, one-third (2026-10-25) has passed on the
        // tranche day, so the tranche day.
        s.length = years(6);
        let b = booking(vec![s.clone()], true);
        assert_eq!(get(&b, DateCode::Crd), Some(date(2027, 10, 25)));
        s.progression_excluded = false;
        let b = booking(vec![s], true);
        assert_eq!(get(&b, DateCode::Crd), Some(date(2027, 2, 9)));
    }

    #[test]
    fn progression_model_time_at_large_before_the_tranche_day_counts_moj_crs_2663_ac1_2() {
        // 60 months from 2025-04-18, tranche 5 (2027-01-12); 14 days at
        // large from 2027-01-05, while still in custody at 40 %: the expiry
        // moves by 14 days although one-third (2026-12-31 with them) had
        // passed; the release is the tranche day.
        let mut b = booking(
            vec![sentence(date(2025, 4, 18), date(2025, 4, 18), months(60))],
            true,
        );
        b.at_large.push(AtLarge {
            from: date(2027, 1, 5),
            days: 14,
            first_day: None,
            last_day: Some(date(2027, 1, 18)),
        });
        assert_eq!(get(&b, DateCode::Crd), Some(date(2027, 1, 12)));
        assert_eq!(get(&b, DateCode::Sled), Some(date(2030, 5, 1)));
        assert_eq!(get(&b, DateCode::Esed), Some(date(2030, 4, 17)));
    }

    #[test]
    fn progression_model_tranche_length_counts_the_extension_period_moj_crs_2504_ac1_4() {
        // EDS of 6 years custodial and 2 years extension from 2019-10-29,
        // then 4 years SDS consecutive: 12 years with the extension (4383
        // days, tranche 9, 2027-05-11), 10 without (tranche 8, 2027-04-13).
        // The SDS's new release falls before the tranche day: CRD is the
        // tranche day.
        let mut eds = sentence(date(2019, 10, 29), date(2019, 10, 29), years(6));
        eds.kind = crate::law::gb_eaw::booking::SentenceKind::Extended {
            extension: years(2),
            automatic_release: false,
        };
        let mut sds = sentence(date(2019, 10, 29), date(2019, 10, 29), years(4));
        sds.consecutive_to = vec![0];
        let b = booking(vec![eds, sds], false);
        let t = allocate(&b, &OCTOBER_2026).expect("allocated");
        assert_eq!(t.map(|t| (t.number, t.date)), Some((9, date(2027, 5, 11))));
        assert_eq!(get(&b, DateCode::Crd), Some(date(2027, 5, 11)));
        assert_eq!(get(&b, DateCode::Ped), Some(date(2025, 6, 4)));
        assert_eq!(get(&b, DateCode::Sled), Some(date(2031, 10, 28)));
    }

    #[test]
    fn progression_model_tranche_day_plus_awarded_days_moj_crs_2697_ac1_3() {
        // 19 + 19 months consecutive from 2025-10-23: tranche 3
        // (2026-11-10); 8 days of tagged bail; 5 days awarded on 2026-03-12.
        // One-third without them falls before the tranche day: the tranche
        // day plus the 5 days.
        let first = sentence(date(2025, 10, 23), date(2025, 10, 23), months(19));
        let mut second = first.clone();
        second.consecutive_to = vec![0];
        let mut b = booking(vec![first, second], true);
        b.tagged_bail_days = 8;
        b.additional_days
            .push(crate::law::gb_eaw::booking::DatedDays {
                from: date(2026, 3, 12),
                days: 5,
            });
        let r = release_dates(&b).expect("dates");
        let crd = r.dates.get(&DateCode::Crd).copied();
        assert_eq!(crd.map(|c| c.0), Some(date(2026, 11, 15)));
        assert!(crd.is_some_and(|c| std::ptr::eq(c.1, &TRANCHE)));
        assert_eq!(get(&b, DateCode::Sled), Some(date(2028, 12, 14)));
    }

    #[test]
    fn progression_model_snapshot_counts_a_sentence_after_commencement_at_one_third_moj_crs_2689_ac1_4()
     {
        // SOPC 3 years + 1 year extension from 2023-03-26, 30 months SDS
        // consecutive to it (6 years 6 months with the extension: tranche 6,
        // 2027-02-09), 20 months SDS passed 2026-12-08 consecutive to the
        // 30 months. On the tranche day the 20 months are already at
        // one-third: PED = 731 (SOPC, two-thirds) + 366 (40 % of 915) + 203
        // (one-third of 607) days → 2026-10-15, before the tranche day, so
        // kept (with the 20 months at 40 % it would be 2026-11-23).
        let mut sopc = sentence(date(2023, 3, 26), date(2023, 3, 26), years(3));
        sopc.kind = crate::law::gb_eaw::booking::SentenceKind::Sopc {
            extension: years(1),
            under_18: false,
        };
        let mut thirty = sentence(
            date(2023, 3, 26),
            date(2023, 3, 26),
            SentenceLength::months(30),
        );
        thirty.consecutive_to = vec![0];
        let mut twenty = sentence(
            date(2026, 12, 8),
            date(2026, 12, 8),
            SentenceLength::months(20),
        );
        twenty.consecutive_to = vec![1];
        let b = booking(vec![sopc, thirty, twenty], false);
        let t = allocate(&b, &OCTOBER_2026).expect("allocated");
        assert_eq!(t.map(|t| (t.number, t.date)), Some((6, date(2027, 2, 9))));
        assert_eq!(get(&b, DateCode::Ped), Some(date(2026, 10, 15)));
        assert_eq!(get(&b, DateCode::Crd), Some(date(2027, 8, 14)));
        assert_eq!(get(&b, DateCode::Sled), Some(date(2031, 5, 25)));
    }

    #[test]
    fn progression_model_several_days_sentence_after_commencement_moj_crs_2503_ac1_7a() {
        // 8 years 4 months from 2024-05-23 (tranche 7, 2027-03-09; at 40 %
        // 2027-09-21, still in custody then: one-third 2027-03-03, so the
        // tranche day) and 9 years passed 2026-10-03, at one-third from the
        // start: ⌈3287 / 3⌉ = 1096 days → 2029-10-02.
        let first = sentence(date(2024, 5, 23), date(2024, 5, 23), ym(8, 4));
        let second = sentence(date(2026, 10, 3), date(2026, 10, 3), years(9));
        let b = booking(vec![first, second], true);
        assert_eq!(get(&b, DateCode::Crd), Some(date(2029, 10, 2)));
        assert_eq!(get(&b, DateCode::Sled), Some(date(2035, 10, 2)));
        let mut old = b.clone();
        old.legislation = Legislation::IN_FORCE;
        assert_ne!(get(&old, DateCode::Crd), Some(date(2029, 10, 2)));
    }

    #[test]
    fn progression_model_consecutive_across_the_commencement_moj_crs_2689_ac1_2() {
        // 40 months from 2025-11-24 (violent: half under the law before)
        // and 12 months consecutive, passed 2026-10-12 (in the model from
        // the start); the first is in custody on its tranche day and comes
        // under the model too.
        let mut first = sentence(date(2025, 11, 24), date(2025, 11, 24), months(40));
        first.exclusion = Some(Sds40Exclusion::Excluded);
        let mut second = sentence(date(2026, 10, 12), date(2026, 10, 12), months(12));
        second.consecutive_to = vec![0];
        let mut b = booking(vec![first, second], true);
        b.offender.date_of_birth = Some(date(2009, 1, 1));
        assert_eq!(get(&b, DateCode::Crd), Some(date(2027, 5, 4)));
        assert_eq!(get(&b, DateCode::Sled), Some(date(2030, 3, 23)));
    }

    #[test]
    fn ers30_a_chain_spanning_the_commencement_is_under_ers30_only_moj_crs_2810_ac1_1() {
        // 18 months from 2025-03-10 and 30 months consecutive from
        // 2025-09-30, 2 days awarded on 2025-06-03, a foreign national: the
        // chain counts as passed after 2025-09-23 (ERS 30 only, not ERS 50).
        let first = sentence(date(2025, 3, 10), date(2025, 3, 10), months(18));
        let mut second = sentence(date(2025, 9, 30), date(2025, 9, 30), months(30));
        second.consecutive_to = vec![0];
        let mut b = booking(vec![first, second], false);
        b.offender.date_of_birth = Some(date(2000, 1, 1));
        b.early_removal = true;
        b.additional_days
            .push(crate::law::gb_eaw::booking::DatedDays {
                from: date(2025, 6, 3),
                days: 2,
            });
        assert_eq!(get(&b, DateCode::Ersed), Some(date(2025, 9, 4)));
        assert_eq!(get(&b, DateCode::Crd), Some(date(2026, 10, 17)));
    }

    #[test]
    fn ersed_kept_from_before_ers30_with_the_toggle_moj_crs_2472_ac_01_01() {
        // 4 years from 2024-02-05 (violent: half) and 18 months consecutive
        // from 2025-10-08: the chain's ERS 30 date is 2024-11-16; before
        // 2025-09-23 the booking's ERSED was 2025-02-05 (ERS 50), which the
        // toggle keeps.
        let mut first = sentence(date(2024, 2, 5), date(2024, 2, 5), years(4));
        first.exclusion = Some(Sds40Exclusion::Excluded);
        let mut second = sentence(date(2025, 10, 8), date(2025, 10, 8), ym(1, 6));
        second.consecutive_to = vec![0];
        let mut b = booking(vec![first, second], false);
        b.legislation = Legislation::IN_FORCE;
        b.early_removal = true;
        assert_eq!(get(&b, DateCode::Ersed), Some(date(2024, 11, 16)));
        b.legislation.toggles.ersed_from_before_ers30 = true;
        assert_eq!(get(&b, DateCode::Ersed), Some(date(2025, 2, 5)));
        assert_eq!(get(&b, DateCode::Crd), Some(date(2026, 9, 11)));
    }

    #[test]
    fn progression_model_old_date_before_the_tranche_day_stays() {
        // 2 years from 2025-06-02 at 40 %: 2026-03-11, long before its
        // tranche day; the model changes nothing.
        let b = booking(
            vec![sentence(date(2025, 6, 2), date(2025, 6, 2), years(2))],
            true,
        );
        let mut old = b.clone();
        old.legislation = Legislation::IN_FORCE;
        assert_eq!(get(&b, DateCode::Crd), get(&old, DateCode::Crd));
        assert!(get(&b, DateCode::Crd).is_some_and(|d| d < date(2026, 10, 1)));
    }

    #[test]
    fn progression_model_short_pre_ora_term_released_on_licence() {
        // 10 months for an offence of 2014: without licence (ARD, SED)
        // under the law in force, on licence (CRD, SLED) under the model.
        let s = sentence(date(2014, 10, 13), date(2026, 11, 2), months(10));
        let b = booking(vec![s.clone()], false);
        assert!(get(&b, DateCode::Crd).is_some());
        assert!(get(&b, DateCode::Sled).is_some());
        assert_eq!(get(&b, DateCode::Ard), None);
        let mut old = b.clone();
        old.legislation = Legislation::IN_FORCE;
        assert!(get(&old, DateCode::Ard).is_some());
        assert_eq!(get(&old, DateCode::Crd), None);
        // Excluded from the model: still without licence.
        let mut excluded = s;
        excluded.progression_excluded = true;
        let b = booking(vec![excluded], false);
        assert!(get(&b, DateCode::Ard).is_some());
    }

    #[test]
    fn top_up_supervision_repealed_gives_no_tused_moj_tused_repeal_crs_2579_ac2_1() {
        // 20 months from 2025-01-05 under the law in force: TUSED without
        // the repeal, none with it; the other dates stay.
        let mut b = booking(
            vec![sentence(date(2025, 1, 5), date(2025, 1, 5), months(20))],
            false,
        );
        b.legislation = Legislation::IN_FORCE;
        assert!(get(&b, DateCode::Tused).is_some());
        b.legislation.toggles.top_up_supervision_repealed = true;
        assert_eq!(get(&b, DateCode::Tused), None);
        assert_eq!(get(&b, DateCode::Crd), Some(date(2025, 9, 5)));
        assert_eq!(get(&b, DateCode::Hdced), Some(date(2025, 5, 7)));
    }

    #[test]
    fn adult_hdc_suspended_but_not_for_section_250_moj_crs_2673_ac1_1b_and_ac2_2b() {
        let adult = sentence(date(2025, 12, 2), date(2025, 12, 3), ym(2, 6));
        let mut b = booking(vec![adult], false);
        assert_eq!(get(&b, DateCode::Hdced), Some(date(2026, 6, 4)));
        b.legislation.toggles.adult_hdc_suspended = true;
        assert_eq!(get(&b, DateCode::Hdced), None);
        assert_eq!(get(&b, DateCode::Crd), Some(date(2026, 11, 10)));
        let mut child = sentence(date(2025, 12, 4), date(2025, 12, 5), ym(3, 8));
        child.section_250 = true;
        let mut b = booking(vec![child], false);
        b.legislation.toggles.adult_hdc_suspended = true;
        assert_eq!(get(&b, DateCode::Hdced), Some(date(2026, 8, 30)));
        assert_eq!(get(&b, DateCode::Crd), Some(date(2027, 5, 24)));
    }
}
