//! The booking's dates from its calculable sentences (the MoJ's
//! `BookingExtractionService` and `HdcedExtractionService`, for standard
//! determinate sentences; for sentences passed on several days, every
//! period in custody's calculable sentences together).

use super::booking::{Booking, MethodError};
use super::figures::SentenceCalc;
use super::named::DateCode;
use super::post_recall;
use super::{dto, kind, rules};
use crate::calendar::add_days;
use crate::law::Rule;
use jiff::civil::Date;
use std::collections::BTreeMap;

/// Dates by code, each with its rule.
pub type Dates = BTreeMap<DateCode, (Date, &'static Rule)>;

/// The rule of a calculable sentence's expiry.
fn expiry_rule(c: &SentenceCalc) -> &'static Rule {
    if c.dto {
        &dto::DTO_SUPERVISION
    } else {
        &rules::SENTENCE_EXPIRY
    }
}

/// The rule of a calculable sentence's top-up supervision.
fn tused_rule(c: &SentenceCalc) -> &'static Rule {
    if c.botus {
        &super::botus::BOTUS_TUSED
    } else if c.dto {
        &dto::DTO_TOP_UP
    } else {
        &rules::TOP_UP_SUPERVISION
    }
}

/// The rule that gives a calculable sentence's release day.
pub fn release_rule(c: &SentenceCalc) -> &'static Rule {
    if c.immediate && c.remand_days > 0 {
        &rules::IMMEDIATE_RELEASE
    } else {
        match c.fractions.as_slice() {
            [f] => f.rule,
            _ => &rules::CONSECUTIVE_FRACTIONS,
        }
    }
}

fn first_max<K: Ord + Copy>(
    cs: &[SentenceCalc],
    key: impl Fn(&SentenceCalc) -> K,
) -> Result<&SentenceCalc, MethodError> {
    let m = cs.iter().map(&key).max().ok_or(MethodError::NoSentences)?;
    cs.iter()
        .find(|c| key(c) == m)
        .ok_or(MethodError::NoSentences)
}

/// The booking's dates.
pub fn extract(
    b: &Booking,
    cs: &[SentenceCalc],
    ora: &dyn Fn(usize) -> bool,
) -> Result<Dates, MethodError> {
    extract_with(b, cs, ora, None)
}

/// The booking's dates when an SI 2024/844 tranche day applies: which
/// sentence is released last is judged with the release of a sentence not
/// recalled, passed before the first commencement, no earlier than that day
/// (the MoJ's `releaseDateDefaultedByCommencement`; a recalled sentence
/// by its PRRD).
pub fn extract_with(
    b: &Booking,
    cs: &[SentenceCalc],
    ora: &dyn Fn(usize) -> bool,
    tranche: Option<Date>,
) -> Result<Dates, MethodError> {
    let defaulted = |c: &SentenceCalc| match tranche {
        Some(t) if c.recall.is_none() && c.sentenced < b.legislation.tranche_one => {
            c.release.max(t)
        }
        _ => c.final_release(),
    };
    let mut d = Dates::new();
    if let [c] = cs {
        let expiry_code = if c.types.sled {
            DateCode::Sled
        } else {
            DateCode::Sed
        };
        d.insert(expiry_code, (c.expiry, expiry_rule(c)));
        if let (Some(p), Some(r)) = (c.prrd, c.recall) {
            d.insert(
                DateCode::Prrd,
                (
                    p,
                    post_recall::prrd_rule(&r, post_recall::ftr56_applies(c.sentenced, c.expiry)),
                ),
            );
        } else if c.dto {
            d.insert(DateCode::Mtd, (c.release, release_rule(c)));
            if !c.immediate
                && let Some((etd, ltd)) = dto::early_late(c, c.release)?
            {
                d.insert(DateCode::Etd, (etd, &dto::DTO_EARLY_LATE));
                d.insert(DateCode::Ltd, (ltd, &dto::DTO_EARLY_LATE));
            }
        } else if c.types.conditional {
            d.insert(DateCode::Crd, (c.release, release_rule(c)));
        } else if c.fine_default || c.botus {
            d.insert(DateCode::Ard, (c.release, release_rule(c)));
        } else {
            d.insert(DateCode::Ard, (c.release, &rules::ARD_NO_LICENCE));
        }
        if let (Some(led), true) = (c.led, c.types.led) {
            d.insert(DateCode::Led, (led, &rules::LED_THREE_QUARTERS));
        }
        if let Some(t) = c.tused {
            d.insert(DateCode::Tused, (t, tused_rule(c)));
        }
        if let Some((h, r)) = c.hdced
            && c.release > h
        {
            d.insert(DateCode::Hdced, (h, r));
        }
        if let Some(e) = c.ersed {
            d.insert(DateCode::Ersed, e);
        }
        if let Some(p) = c.ped {
            let rule = c.ped_rule.unwrap_or(&kind::EDS_PED);
            d.insert(DateCode::Ped, (p.max(c.sentenced), rule));
        }
        // No ESED for breaches of top-up supervision only (the MoJ's
        // extractSingle).
        if !c.botus {
            d.insert(DateCode::Esed, (c.unadjusted_expiry, &rules::ESED));
        }
        return Ok(d);
    }
    let s0 = cs
        .iter()
        .map(|c| c.sentenced)
        .min()
        .ok_or(MethodError::NoSentences)?;
    // A recalled sentence is released on its PRRD.
    let active = first_max(cs, defaulted)?;
    let latest_release = active.final_release();
    let latest_recalled = cs
        .iter()
        .filter(|c| defaulted(c) == defaulted(active))
        .map(|c| c.recall.is_some());
    let (mut any_recalled, mut any_not) = (false, false);
    for r in latest_recalled {
        any_recalled |= r;
        any_not |= !r;
    }
    let by_expiry = first_max(cs, |c| c.expiry)?;
    let latest_unadjusted_expiry = cs
        .iter()
        .map(|c| c.unadjusted_expiry)
        .max()
        .unwrap_or(by_expiry.unadjusted_expiry);
    let led_of = cs.iter().filter(|c| c.led.is_some());
    let latest_led = led_of.clone().filter_map(|c| c.led).max();

    // Concurrent terms for offences before and after 1 February 2015
    // (the MoJ's oraAndNoneOraExtraction).
    let mut conditional = None;
    let mut can_have_led = true;
    let effective_years = {
        let end = add_days(latest_unadjusted_expiry, 1)?;
        let mut y = i64::from(end.year()) - i64::from(s0.year());
        if (end.month(), end.day()) < (s0.month(), s0.day()) {
            y -= 1;
        }
        y
    };
    let has_ora = cs
        .iter()
        .any(|c| matches!(c.parts.as_slice(), [i] if ora(*i)));
    let has_short_non_ora = cs.iter().any(|c| {
        matches!(c.parts.as_slice(), [i] if !ora(*i))
            && super::length::SentenceLength::shorter_than_months(c.length_days, c.sentenced, 12)
                .unwrap_or(false)
    });
    if !active.types.conditional && effective_years < 4 && has_ora && has_short_non_ora {
        let with_sed: Vec<&SentenceCalc> = cs.iter().filter(|c| !c.types.sled).collect();
        let with_sled: Vec<&SentenceCalc> = cs.iter().filter(|c| c.types.sled).collect();
        if !with_sed.is_empty() && !with_sled.is_empty() {
            let m = with_sled.iter().map(|c| c.expiry).max().unwrap_or(s0);
            if !by_expiry.types.sled && latest_release > m {
                conditional = Some(false);
                can_have_led = false;
            } else {
                conditional = Some(true);
            }
        }
    }
    let any_dto = cs.iter().any(|c| c.dto);
    let all_dto = cs.iter().all(|c| c.dto);
    let all_under_18 = cs.iter().all(|c| c.under_18_at_release);
    // With a DTO (the MoJ's extractConcurrentOraAndNonOraDetails): no
    // licence when every sentence is released under 18 and the whole is
    // under 12 months; a licence when another sentence is beside it and
    // every release is at 18 or over.
    if conditional.is_none() && any_dto {
        let end = add_days(latest_unadjusted_expiry, 1)?;
        let mut months = (i64::from(end.year()) - i64::from(s0.year())) * 12
            + i64::from(end.month())
            - i64::from(s0.month());
        if end.day() < s0.day() {
            months -= 1;
        }
        if all_under_18 && months < 12 {
            conditional = Some(false);
        } else if !all_dto && cs.iter().all(|c| !c.under_18_at_release) {
            conditional = Some(true);
        }
    }
    let conditional = conditional.unwrap_or_else(|| {
        cs.iter()
            .any(|c| c.led.is_some_and(|l| l >= latest_release))
    });
    let non_dto = dto::last_released(cs, |c| !c.dto);
    let last_dto = dto::last_released(cs, |c| c.dto);
    if Some(by_expiry.expiry) == latest_led && by_expiry.types.sled {
        d.insert(DateCode::Sled, (by_expiry.expiry, &rules::SENTENCE_EXPIRY));
    } else if let (Some(n), Some(t)) = (non_dto, last_dto) {
        // A DTO beside other sentences: SLED when both end together.
        let code = if n.expiry == t.expiry {
            DateCode::Sled
        } else {
            DateCode::Sed
        };
        d.insert(code, (by_expiry.expiry, expiry_rule(by_expiry)));
    } else {
        d.insert(DateCode::Sed, (by_expiry.expiry, expiry_rule(by_expiry)));
        if let Some(l) = latest_led
            && can_have_led
            && l >= latest_release
        {
            d.insert(DateCode::Led, (l, &rules::LED_THREE_QUARTERS));
        }
    }
    if !any_not {
        // Only recalled sentences are released last: no CRD or ARD.
    } else if all_dto {
        d.insert(DateCode::Mtd, (latest_release, release_rule(active)));
        if let Some((etd, ltd)) = dto::early_late(by_expiry, latest_release)? {
            d.insert(DateCode::Etd, (etd, &dto::DTO_EARLY_LATE));
            d.insert(DateCode::Ltd, (ltd, &dto::DTO_EARLY_LATE));
        }
    } else if let (Some(n), Some(t)) = (non_dto, last_dto) {
        let code = if conditional {
            DateCode::Crd
        } else {
            DateCode::Ard
        };
        let rule = if conditional {
            release_rule(n)
        } else {
            &rules::ARD_NO_LICENCE
        };
        d.insert(code, (n.release, rule));
        let mtd = dto::mid_term_beside_others(t, conditional, latest_release, all_under_18);
        d.insert(DateCode::Mtd, (mtd, release_rule(t)));
        if !cs.iter().any(|c| c.immediate && c.dto)
            && let Some((etd, ltd)) = dto::early_late(t, mtd)?
        {
            d.insert(DateCode::Etd, (etd, &dto::DTO_EARLY_LATE));
            d.insert(DateCode::Ltd, (ltd, &dto::DTO_EARLY_LATE));
        }
        if n.types.conditional
            && !d.contains_key(&DateCode::Sled)
            && let Some(l) = n.led
        {
            d.insert(DateCode::Led, (l, &rules::LED_THREE_QUARTERS));
        }
    } else if conditional {
        d.insert(DateCode::Crd, (latest_release, release_rule(active)));
    } else {
        d.insert(DateCode::Ard, (latest_release, &rules::ARD_NO_LICENCE));
    }
    if let Some(l) = latest_led {
        // The latest calculated TUSED, else a breach's recorded one.
        let calculated = cs.iter().any(|c| c.tused.is_some() && !c.botus);
        if let Some(c) = cs
            .iter()
            .filter(|c| c.tused.is_some() && (c.botus != calculated))
            .max_by_key(|c| c.tused)
            && let Some(t) = c.tused
            && t > l
            // A DTO supervised past the top-up supervision: no TUSED.
            && !cs.iter().filter(|c| c.dto).any(|c| c.expiry > t)
        {
            d.insert(DateCode::Tused, (t, tused_rule(c)));
        }
    } else if all_dto
        && !all_under_18
        && cs.iter().all(|c| {
            super::length::SentenceLength::shorter_than_months(c.length_days, c.sentenced, 24)
                .unwrap_or(false)
        })
        && let Some(c) = cs
            .iter()
            .filter(|c| c.tused.is_some())
            .max_by_key(|c| c.tused)
        && let Some(t) = c.tused
    {
        d.insert(DateCode::Tused, (t, tused_rule(c)));
    }
    if let Some(h) = hdced(cs, latest_release)? {
        d.insert(DateCode::Hdced, h);
    }
    if let Some(c) = cs
        .iter()
        .filter(|c| c.ersed.is_some() && !c.immediate)
        .max_by_key(|c| c.ersed.map(|e| e.0))
        && let Some(e) = c.ersed
    {
        // Beside a default term for a fine (fine.rs): none when one is
        // released after this sentence; not before the release of one
        // released after the eligibility date.
        let fines = || cs.iter().filter(|f| f.fine_default && !f.immediate);
        let later_fine = fines()
            .max_by_key(|f| f.release)
            .filter(|f| f.release > e.0);
        if cs
            .iter()
            .filter(|f| (f.fine_default || f.botus) && !f.immediate)
            .any(|f| f.release > c.release)
        {
        } else if let Some(f) = later_fine {
            d.insert(
                DateCode::Ersed,
                (f.release, &super::fine::ERSED_FINE_DEFAULT),
            );
        } else {
            // Beside a DTO (the MoJ's calculateErsedWhereDtoIsPresent): only
            // when the MTD falls before the release, and not before the MTD.
            match (any_dto, d.get(&DateCode::Mtd).copied()) {
                (true, Some((mtd, mtd_rule))) => {
                    let release = d.get(&DateCode::Crd).or(d.get(&DateCode::Ard)).map(|r| r.0);
                    if release.is_some_and(|r| mtd < r) {
                        d.insert(DateCode::Ersed, if mtd < e.0 { e } else { (mtd, mtd_rule) });
                    }
                }
                _ => {
                    d.insert(DateCode::Ersed, e);
                }
            }
        }
    }
    if active.types.ped
        && let Some(p) = kind::booking_ped(cs, s0)?
    {
        d.insert(DateCode::Ped, p);
    }
    if any_recalled {
        let sled = d.get(&DateCode::Sled).map(|x| x.0);
        let prrd = post_recall::booking_prrd(b, cs, latest_release, sled)?;
        let rule = cs
            .iter()
            .filter(|c| c.prrd == Some(prrd))
            .chain(cs.iter().filter(|c| c.prrd.is_some()))
            .find_map(|c| Some((c.recall?, c)))
            .map(|(r, c)| {
                post_recall::prrd_rule(&r, post_recall::ftr56_applies(c.sentenced, c.expiry))
            })
            .unwrap_or(&post_recall::FIXED_TERM_RECALL);
        d.insert(DateCode::Prrd, (prrd, rule));
        if !post_recall::keeps_hdc(&d) {
            d.remove(&DateCode::Hdced);
        }
    }
    d.insert(DateCode::Esed, (latest_unadjusted_expiry, &rules::ESED));
    Ok(d)
}

/// The booking's HDC eligibility: the latest of the sentences' own, unless a
/// concurrent sentence without HDC is released later than it (then that
/// release day).
fn hdced(
    cs: &[SentenceCalc],
    latest_release: Date,
) -> Result<Option<(Date, &'static Rule)>, MethodError> {
    // Any term that would be SDS+ today: no HDC at all (a sex offender's
    // sentences have none of their own). Recalled sentences have no HDC and
    // are left out.
    let all = cs;
    let cs: Vec<SentenceCalc> = all.iter().filter(|c| c.recall.is_none()).cloned().collect();
    let cs = cs.as_slice();
    if cs.is_empty() || cs.iter().any(|c| c.sds_plus_eligible) {
        return Ok(None);
    }
    // The latest release among sentences that are not DTOs must have one.
    let eligible: Vec<SentenceCalc> = cs.iter().filter(|c| !c.dto).cloned().collect();
    if eligible.is_empty() {
        return Ok(None);
    }
    let latest = first_max(&eligible, |c| c.release)?;
    if latest.hdced.is_none() {
        return Ok(None);
    }
    let mut candidates = Vec::new();
    for c in cs {
        if latest_release >= add_days(c.sentenced, 14)? && c.hdced.is_some() {
            candidates.push(c);
        }
    }
    let Some(best) = candidates
        .iter()
        .map(|c| c.hdced.map(|h| h.0))
        .max()
        .flatten()
    else {
        return Ok(None);
    };
    let Some(hs) = candidates
        .iter()
        .find(|c| c.hdced.map(|h| h.0) == Some(best))
    else {
        return Ok(None);
    };
    let (h, rule) = hs.hdced.unwrap_or((best, &rules::HDC_180));
    if latest_release <= h {
        return Ok(None);
    }
    // A recalled sentence released later (on its PRRD) counts here too.
    let others: Vec<&SentenceCalc> = all
        .iter()
        .filter(|c| c.hdced.is_none() && !c.dto && c.parts != hs.parts && c.final_release() > h)
        .collect();
    // Released on the day of sentence exactly by its adjustments (the
    // MoJ's `isImmediateCustodyRelease`), not only capped at it.
    let exactly_immediate = |c: &SentenceCalc| {
        c.immediate
            && c.days_to_release - 1 + c.added.unlawfully_at_large - c.remand_days + c.added.awarded
                == 0
    };
    if let Some(next) = others.iter().max_by_key(|c| c.final_release())
        && (!others.iter().all(|c| c.immediate && c.recall.is_none()) || exactly_immediate(next))
    {
        let rule = if next.recall.is_some() {
            &post_recall::HDC_AFTER_PRRD
        } else {
            &rules::HDC_CONCURRENT_RELEASE
        };
        return Ok(Some((next.final_release(), rule)));
    }
    Ok(Some((h, rule)))
}
