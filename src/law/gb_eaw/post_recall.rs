//! Recalls: a sentence whose offender was released on licence, recalled to
//! custody (CJA 2003 s. 254) and held either until the end of the sentence
//! unless the Parole Board or the Secretary of State releases earlier
//! (standard recall, s. 255C), or for a fixed term (fixed-term recall,
//! s. 255B: 14 days for a term under 12 months, 28 days otherwise; 56 days
//! from 2026 under the MoJ's `FTR_56` legislation).
//!
//! As the MoJ computes it (calculate-release-dates-api: `RecallType`,
//! `UnadjustedReleaseDate.findRecallCalculation`,
//! `SentenceCalculation.adjustedPostRecallReleaseDate`,
//! `FixedTermRecallsService`, the timeline's UAL and awarded-days handlers):
//! - the recalled sentence keeps its own figures (expiry, licence, top-up
//!   supervision); its release day is the post-recall release date (PRRD):
//!   the end of the sentence for a standard recall, the return to custody
//!   plus the fixed term (less one day) for a fixed-term recall, never after
//!   the end of the sentence;
//! - remand and tagged bail before the original sentence are not credited to
//!   a recalled sentence; remand and tagged bail for the recall (RECALL_REMAND,
//!   RECALL_TAGGED_BAIL) are, in their place;
//! - time unlawfully at large after the original release puts back the end of
//!   the recalled sentence (and its top-up supervision); at large after the
//!   return to custody within a fixed-term recall puts back its PRRD;
//! - days awarded after the return to custody within a fixed-term recall put
//!   back its PRRD; during a standard recall they change nothing;
//! - a recalled sentence has no HDC or early-removal date.

use super::booking::{Booking, MethodError};
use super::figures::SentenceCalc;
use super::length::SentenceLength;
use super::named::DateCode;
use super::recall::{Recall, RecallFacts, RecallKind};
use crate::calendar::{add_days, days_between};
use crate::case::{RecallKindId, RecallRecord};
use crate::law::{Rule, Verification};
use crate::message::{Arg, Msg, MsgId, Sep};
use jiff::civil::{Date, date};
use std::collections::BTreeMap;

/// The first day of the MoJ's `FTR_56` legislation (its first tranche).
pub const FTR56_COMMENCEMENT: Date = date(2026, 3, 31);

const MOJ: &str = "RecallType.kt, UnadjustedReleaseDate.findRecallCalculation and SentenceCalculation.adjustedPostRecallReleaseDate in calculate-release-dates-api, reproduced on its test suite";

/// Standard recall: the PRRD is the end of the sentence.
pub static STANDARD_RECALL: Rule = Rule {
    id: "gb.cja2003.s255c.standard-recall",
    citation: "CJA 2003 ss. 254, 255C",
    in_force_from: super::release::LASPO_2012,
    in_force_until: None,
    summary: "standard recall: held until the end of the sentence unless released on the Parole Board's direction; the post-recall release date (PRRD) is the sentence (and licence) expiry",
    verification: Verification::Unverified(
        "follows calculate-release-dates-api (RecallType.STANDARD_RECALL: PRRD = the adjusted expiry); the texts of ss. 254 and 255C were not read, and release by the Parole Board before the expiry is not modelled",
    ),
};

/// Fixed-term recall of 14 or 28 days.
pub static FIXED_TERM_RECALL: Rule = Rule {
    id: "gb.cja2003.s255b.fixed-term-recall",
    citation: "CJA 2003 ss. 254, 255A, 255B",
    in_force_from: super::release::LASPO_2012,
    in_force_until: None,
    summary: "fixed-term recall: released automatically on the last day of the fixed term (14 days for a term under 12 months, 28 days otherwise) counted from the return to custody, plus days at large and awarded after the return, never after the sentence expiry",
    verification: Verification::Unverified(
        "follows calculate-release-dates-api (RecallType FIXED_TERM_RECALL_14/28: returnToCustodyDate + days − 1, adjustmentsForFixedTermRecall, capped at the expiry); the 14/28-day split is s. 255B(1A), read at legislation.gov.uk (see gb.cja2003.s255b.fixed-term-by-length; today's text keeps it for relevant young offenders, adults falling under s. 255BA); s. 255A and the days added during the recall were not read",
    ),
};

/// Fixed-term recall of 56 days (the MoJ's `FTR_56` legislation).
pub static FIXED_TERM_RECALL_56: Rule = Rule {
    id: "gb.ftr56.fixed-term-recall",
    citation: "CJA 2003 s. 255B (56-day fixed-term recall, 2026)",
    in_force_from: FTR56_COMMENCEMENT,
    in_force_until: None,
    summary: "56-day fixed-term recall: released on the last day of 56 days from the return to custody, plus days at large and awarded after it, never after the sentence expiry; before the legislation applies to the sentence it is read as a standard recall",
    verification: Verification::Unverified(
        "follows calculate-release-dates-api (RecallType.FIXED_TERM_RECALL_56, ftr-legislations in application-calculation-params.yml: first tranche 2026-03-31); the amending legislation was not read, and its tranches by sentence length are not modelled",
    ),
};

/// Remand and tagged bail credited to a recall.
pub static RECALL_CREDIT: Rule = Rule {
    id: "gb.recall.remand-and-tagged-bail",
    citation: "CJA 2003 ss. 240ZA, 240A (recall)",
    in_force_from: super::release::LASPO_2012,
    in_force_until: None,
    summary: "a recalled sentence is credited with the remand and tagged bail recorded for the recall (RECALL_REMAND, RECALL_TAGGED_BAIL), not with those of the original sentence",
    verification: Verification::Unverified(MOJ),
};

/// HDC no earlier than the PRRD of a concurrent recalled sentence.
pub static HDC_AFTER_PRRD: Rule = Rule {
    id: "gb.hdc.concurrent-prrd",
    citation: "CJA 2003 s. 246; HDC Policy Framework (recall)",
    in_force_from: super::release::CJA_2003,
    in_force_until: None,
    summary: "a concurrent recalled sentence released later on its PRRD: HDC eligibility on that day",
    verification: Verification::Unverified(
        "follows HdcedExtractionService.getLatestConflictingSentence (HDCED_ADJUSTED_TO_CONCURRENT_PRRD) in calculate-release-dates-api; the HDC Policy Framework was not read",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[
    &HDC_AFTER_PRRD,
    &STANDARD_RECALL,
    &FIXED_TERM_RECALL,
    &FIXED_TERM_RECALL_56,
    &RECALL_CREDIT,
];

/// The rule that gives a recalled sentence's PRRD.
pub fn prrd_rule(r: &Recall, ftr56: bool) -> &'static Rule {
    // (ftr56: the 56-day term applies to the sentence, `ftr56_applies`)
    match r.kind {
        RecallKind::Standard => &STANDARD_RECALL,
        RecallKind::FixedTerm(56) if ftr56 => &FIXED_TERM_RECALL_56,
        RecallKind::FixedTerm(56) => &STANDARD_RECALL,
        RecallKind::FixedTerm(_) => &FIXED_TERM_RECALL,
    }
}

/// A 56-day recall applies as a fixed term (the MoJ's `ftr56Supported`)
/// to a sentence passed from the first tranche day, or still running after
/// it (its post-recall release as a standard recall, the expiry, falls
/// after that day).
pub fn ftr56_applies(sentenced: Date, expiry: Date) -> bool {
    sentenced >= FTR56_COMMENCEMENT || expiry > FTR56_COMMENCEMENT
}

/// The FTR56 tranches: sentences of at most this many days (counted to the
/// first tranche day), and the day from which their 56-day recall applies;
/// longer sentences from the last day (`ftr-legislations` in the MoJ's
/// application-calculation-params.yml).
const FTR56_TRANCHES: [(i64, Date); 5] = [
    (1701, FTR56_COMMENCEMENT),
    (2128, date(2026, 4, 14)),
    (2576, date(2026, 4, 21)),
    (3304, date(2026, 4, 28)),
    (4438, date(2026, 5, 5)),
];
const FTR56_FINAL_TRANCHE: Date = date(2026, 5, 12);

/// The FTR56 tranche allocated to a booking (the MoJ's
/// `FTR56TrancheSelectionStrategy` and `TrancheAllocationService`): when a
/// sentence on a 56-day recall, returned to custody by the first tranche day,
/// runs past the latest revocation (revoked on another day than the first
/// tranche day), the tranche its length falls in; a 56-day PRRD that would
/// fall on or before the tranche day becomes that day.
pub fn ftr56_tranche(b: &Booking, cs: &[SentenceCalc]) -> Result<Option<Date>, MethodError> {
    let ftr56 = |c: &&SentenceCalc| {
        c.recall
            .is_some_and(|r| r.kind == RecallKind::FixedTerm(56))
    };
    let Some(latest_revocation) = cs
        .iter()
        .filter(ftr56)
        .filter_map(|c| c.recall?.revoked)
        .max()
    else {
        return Ok(None);
    };
    let mut lengths = Vec::new();
    for c in cs.iter().filter(ftr56) {
        let returned_in_time = c.parts.iter().any(|&i| {
            b.sentences.get(i).and_then(|s| s.recall).is_some_and(|r| {
                r.kind == RecallKind::FixedTerm(56)
                    && r.returned.is_some_and(|d| d <= FTR56_COMMENCEMENT)
            })
        });
        if c.expiry <= latest_revocation
            || c.recall.and_then(|r| r.revoked) == Some(FTR56_COMMENCEMENT)
            || !returned_in_time
        {
            continue;
        }
        let parts: Vec<_> = c
            .parts
            .iter()
            .filter_map(|&i| b.sentences.get(i))
            .filter(|s| s.sentenced < FTR56_COMMENCEMENT)
            .collect();
        let Some(start) = parts.iter().map(|s| s.sentenced).min() else {
            lengths.push(0);
            continue;
        };
        let mut end = start;
        for s in parts {
            end = add_days(s.length.last_day(end)?, 1)?;
        }
        lengths.push(days_between(start, end)?);
    }
    if lengths.is_empty() {
        return Ok(None);
    }
    Ok(Some(
        FTR56_TRANCHES
            .iter()
            .find(|(most, _)| lengths.iter().all(|l| l <= most))
            .map_or(FTR56_FINAL_TRANCHE, |t| t.1),
    ))
}

/// The post-recall release date of a recalled calculable sentence with
/// `expiry` as its adjusted end.
pub fn post_recall_release(c: &SentenceCalc, expiry: Date) -> Result<Option<Date>, MethodError> {
    let Some(r) = c.recall else {
        return Ok(None);
    };
    let days = match r.kind {
        RecallKind::Standard => return Ok(Some(expiry)),
        RecallKind::FixedTerm(56) if !ftr56_applies(c.sentenced, expiry) => {
            return Ok(Some(expiry));
        }
        RecallKind::FixedTerm(n) => i64::from(n),
    };
    let Some(back) = r.returned else {
        return Err(MethodError::NoReturnToCustody);
    };
    let mut end = add_days(back, days - 1 + c.added.at_large_after_fixed_term)?;
    if days == 56
        && let Some(t) = c.added.ftr56_tranche
        && end <= t
    {
        end = t;
    }
    let end = add_days(end, c.added.awarded_after_release)?;
    Ok(Some(end.min(expiry)))
}

/// The licence end a calculable sentence had on its first release (the
/// MoJ's `licenceExpiryAtInitialRelease`): the expiry where the licence runs
/// to it, the LED otherwise, plus deductions that the custodial part could
/// not use.
pub fn licence_end_at_release(c: &SentenceCalc) -> Result<Option<Date>, MethodError> {
    let led = if c.types.sled { Some(c.expiry) } else { c.led };
    let Some(led) = led else { return Ok(None) };
    let initial = c.added.unlawfully_at_large - c.remand_days + c.added.awarded;
    if initial < 0 && -initial > c.days_to_release {
        return Ok(Some(add_days(led, -initial - c.days_to_release)?));
    }
    Ok(Some(led))
}

/// The booking's PRRD when the latest release is a recalled sentence's (the
/// MoJ's `FixedTermRecallsService.calculatePRRD`): the latest PRRD, except
/// for fixed-term recalls of terms both under and over 12 months, where the
/// fixed term of the sentence with the latest expiry decides.
pub fn booking_prrd(
    b: &Booking,
    cs: &[SentenceCalc],
    latest_release: Date,
    latest_sled: Option<Date>,
) -> Result<Date, MethodError> {
    let (Some(back), Some(sled)) = (b.recall.return_to_custody, latest_sled) else {
        return Ok(latest_release);
    };
    let twelve = |c: &SentenceCalc| -> Result<bool, MethodError> {
        Ok(!SentenceLength::shorter_than_months(
            c.length_days,
            c.sentenced,
            12,
        )?)
    };
    let mut ftr: Vec<&SentenceCalc> = cs
        .iter()
        .filter(|c| match c.recall.map(|r| r.kind) {
            Some(RecallKind::FixedTerm(28)) => true,
            Some(RecallKind::FixedTerm(14)) => c.types.sled,
            _ => false,
        })
        .collect();
    ftr.sort_by_key(|c| c.sentenced);
    let mut over = false;
    let mut under = false;
    for c in &ftr {
        if twelve(c)? {
            over = true;
        } else {
            under = true;
        }
    }
    if !(over && under) {
        return Ok(latest_release);
    }
    let Some(latest) = cs.iter().find(|c| c.expiry == sled) else {
        return Ok(latest_release);
    };
    let fourteen = latest.recall.map(|r| r.kind) == Some(RecallKind::FixedTerm(14));
    let max = add_days(
        back,
        if fourteen { 13 } else { 27 }
            + latest.added.at_large_after_fixed_term
            + latest.added.awarded_after_release,
    )?;
    let capped = |c: &SentenceCalc| max.min(c.expiry);
    if twelve(latest)? {
        return Ok(capped(latest));
    }
    // Under 12 months: the nearest term of 12 months or more still running
    // on the return to custody decides when the gap is under 14 days.
    let mut adjacent: Option<(&SentenceCalc, i64)> = None;
    for c in &ftr {
        if twelve(c)? && c.expiry >= back {
            let gap = days_between(c.unadjusted_expiry, latest_release)?.abs();
            if adjacent.is_none_or(|(_, g)| gap < g) {
                adjacent = Some((c, gap));
            }
        }
    }
    let Some((adj, _)) = adjacent else {
        return Ok(latest_release);
    };
    let close = days_between(adj.expiry, back)? < 14;
    Ok(match latest.recall.map(|r| r.kind) {
        Some(RecallKind::FixedTerm(28)) if close => capped(adj),
        Some(RecallKind::FixedTerm(14)) if close => capped(latest),
        _ => latest_release,
    })
}

/// The MoJ's `hasHomeDetentionCurfew` after a recall: an HDC date is kept
/// only when the PRRD is not the CRD and falls before the latest CRD or ARD.
pub fn keeps_hdc(d: &BTreeMap<DateCode, (Date, &'static Rule)>) -> bool {
    let Some((prrd, _)) = d.get(&DateCode::Prrd) else {
        return false;
    };
    let latest = [DateCode::Crd, DateCode::Ard]
        .iter()
        .filter_map(|k| d.get(k).map(|x| x.0))
        .max();
    let Some(latest) = latest else { return false };
    d.get(&DateCode::Crd).map(|x| x.0) != Some(*prrd) && *prrd < latest
}

/// Days awarded and at large on `day`, after every sentence of the booking
/// was first released (the MoJ's timeline handlers for a licence period):
/// a recalled sentence still on licence takes the days at large (and, within
/// a fixed-term recall, after the return to custody and up to its PRRD, also
/// on its PRRD); days awarded after the return to custody go to the
/// sentences on a fixed-term recall; nothing else changes.
pub fn after_release(
    b: &Booking,
    cs: &[SentenceCalc],
    added: &mut [super::figures::Added],
    day: Date,
    awarded: i64,
    ual: &[&super::booking::AtLarge],
) -> Result<(), MethodError> {
    let ual_days: i64 = ual.iter().map(|u| u.days).sum();
    let last = ual.iter().filter_map(|u| u.last_day).max();
    let mut on_licence = Vec::with_capacity(cs.len());
    for c in cs {
        on_licence.push(licence_end_at_release(c)?.is_some_and(|l| l >= day));
    }
    let fixed = |c: &SentenceCalc| {
        c.recall
            .is_some_and(|r| matches!(r.kind, RecallKind::FixedTerm(_)))
    };
    let back = b.recall.return_to_custody;
    let in_fixed_term = back.is_some_and(|rtc| day >= rtc)
        && cs.iter().zip(&on_licence).any(|(c, l)| *l && fixed(c));
    for ((c, a), l) in cs.iter().zip(added.iter_mut()).zip(&on_licence) {
        if !*l {
            continue;
        }
        if day <= c.release {
            // Released on the working day before its release day: at large
            // counts in custody for a sentence not recalled, after release
            // for a recalled one (`timeline::GROUP_RELEASE`).
            if c.recall.is_some() {
                a.at_large_after_release += ual_days;
            } else {
                a.unlawfully_at_large += ual_days;
            }
            continue;
        }
        if c.recall.is_none() {
            continue;
        }
        if !ual.is_empty() {
            a.at_large_after_release += ual_days;
            if in_fixed_term && day <= c.final_release() {
                a.at_large_after_fixed_term += ual_days;
            }
            a.last_day_at_large = last;
        }
        if awarded != 0 && in_fixed_term && fixed(c) {
            a.awarded_after_release += awarded;
        }
    }
    Ok(())
}

/// The recall a case file records (`recall:` of a GB-EAW defendant).
fn kind_of(r: &RecallRecord) -> RecallKind {
    match r.kind {
        RecallKindId::Standard => RecallKind::Standard,
        RecallKindId::FixedTerm(n) => RecallKind::FixedTerm(n),
    }
}

/// Marks the recalled counts' sentences (every count when the record
/// names none).
pub fn apply_record(r: &RecallRecord, sentences: &mut [super::booking::Sentence]) {
    let recall = Recall {
        kind: kind_of(r),
        revoked: r.revoked.as_ref().map(|d| d.value),
        returned: r.returned.as_ref().map(|d| d.value),
    };
    for (i, s) in sentences.iter_mut().enumerate() {
        let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
        if r.counts.is_empty() || r.counts.contains(&n) {
            s.recall = Some(recall);
        }
    }
}

/// The booking's recall facts from the record.
pub fn facts(r: &RecallRecord) -> RecallFacts {
    RecallFacts {
        return_to_custody: r.returned.as_ref().map(|d| d.value),
        remand_days: i64::from(r.remand),
        tagged_bail_days: i64::from(r.tagged_bail),
        // From a day of sentence: shared among the sentences passed that
        // day (`gb.recall.remand-and-tagged-bail`).
        by_day: r
            .applies_from
            .as_ref()
            .map(|d| (d.value, i64::from(r.remand) + i64::from(r.tagged_bail)))
            .into_iter()
            .collect(),
    }
}

/// How a calculable sentence's PRRD of `date` was reached, for the report.
pub fn prrd_text(cs: &[SentenceCalc], date: Date) -> Option<Msg> {
    let c = cs.iter().find(|c| c.prrd == Some(date))?;
    let r = c.recall?;
    let days = match r.kind {
        RecallKind::FixedTerm(n) if n != 56 || ftr56_applies(c.sentenced, c.expiry) => n,
        _ => return Some(Msg::new(MsgId::GbPrrdStandard).arg("date", date)),
    };
    let back = r.returned?;
    let ual = c.added.at_large_after_fixed_term;
    let end = add_days(back, i64::from(days) - 1 + ual).ok()?;
    let with_awarded = add_days(end, c.added.awarded_after_release).ok()?;
    let msg = if days == 56 && c.added.ftr56_tranche.is_some_and(|t| end <= t) && date > end {
        Msg::new(MsgId::GbPrrdTranche)
            .arg("returned", back)
            .arg("end", end)
            .arg("awarded", c.added.awarded_after_release)
    } else if with_awarded > date {
        Msg::new(MsgId::GbPrrdCapped)
            .arg("days", days)
            .arg("returned", back)
            .arg("end", with_awarded)
    } else {
        Msg::new(MsgId::GbPrrdFixed)
            .arg("days", days)
            .arg("returned", back)
            .arg("ual", ual)
            .arg("awarded", c.added.awarded_after_release)
    };
    Some(msg.arg("date", date))
}

/// The report's line for the recall.
pub fn event(r: &RecallRecord, counts: usize) -> crate::analysis::DateEvent {
    let kind = kind_of(r);
    let rule = match kind {
        RecallKind::Standard => &STANDARD_RECALL,
        RecallKind::FixedTerm(56) => &FIXED_TERM_RECALL_56,
        RecallKind::FixedTerm(_) => &FIXED_TERM_RECALL,
    };
    let day = |d: &Option<crate::case::Located<Date>>| match d {
        Some(d) => Arg::from(d.value),
        None => Arg::Named {
            en: "(not recorded)".into(),
            zh: Some("（未记载）".into()),
        },
    };
    let list: Vec<u32> = if r.counts.is_empty() {
        (1..=u32::try_from(counts).unwrap_or(u32::MAX)).collect()
    } else {
        r.counts.clone()
    };
    crate::law::common::event(
        MsgId::EvRecall,
        r.returned.as_ref().or(r.revoked.as_ref()).map(|d| d.value),
        rule,
        Msg::new(MsgId::GbRecallText)
            .arg("kind", r.kind.id())
            .arg(
                "counts",
                Arg::List(list.into_iter().map(Arg::from).collect(), Sep::Comma),
            )
            .arg("revoked", day(&r.revoked))
            .arg("returned", day(&r.returned))
            .arg("remand", r.remand)
            .arg("tagged", r.tagged_bail),
    )
}
