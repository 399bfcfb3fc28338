//! One calculable sentence — a single sentence, or a chain of consecutive
//! sentences — counted the MoJ's way: the custodial part in days from the
//! day of sentence, remand deducted afterwards, the release day the last day
//! of the custodial part.

use super::booking::SentenceKind;
use super::booking::{Booking, MethodError, Sentence};
use super::figures::{Added, Fraction, SentenceCalc, Types};
use super::length::{self, SentenceLength};
use super::{dto, ersed, hdced, kind, post_recall, rules};
use crate::calendar::{DateArithmeticError, add_days, add_term};
use crate::penalty::Term;
use jiff::civil::Date;

fn off_ora(s: &Sentence) -> bool {
    s.offence_date.is_some_and(|d| d >= rules::ORA_DATE)
}

pub use super::booking::before_cja;

/// Age on `day` as (whole years, exactly that many years).
pub fn age(dob: Date, day: Date) -> Result<(i64, bool), DateArithmeticError> {
    let mut years = i64::from(day.year()) - i64::from(dob.year());
    let at = |y: i64| -> Result<Date, DateArithmeticError> {
        let m = u32::try_from(y.max(0) * 12).unwrap_or(u32::MAX);
        add_term(dob, Term::months(m))
    };
    while years > 0 && at(years)? > day {
        years -= 1;
    }
    Ok((years, years >= 0 && at(years)? == day))
}

/// Older than 18 on `day` (the MoJ's `getAgeOnDate(day) > 18`).
pub fn over_18(b: &Booking, day: Date) -> Result<bool, DateArithmeticError> {
    match b.offender.date_of_birth {
        None => Ok(true),
        Some(dob) => {
            let (y, exact) = age(dob, day)?;
            Ok(y > 18 || (y == 18 && !exact))
        }
    }
}

/// At least 18 on `day`.
pub fn adult(b: &Booking, day: Date) -> Result<bool, DateArithmeticError> {
    match b.offender.date_of_birth {
        None => Ok(true),
        Some(dob) => Ok(age(dob, day)?.0 >= 18),
    }
}

/// Calculates one calculable sentence; `fraction` gives each sentence's
/// release point.
pub fn calculate(
    b: &Booking,
    parts: &[usize],
    fraction: &dyn Fn(&Sentence) -> Fraction,
    added: Added,
) -> Result<SentenceCalc, MethodError> {
    let ss: Vec<&Sentence> = parts.iter().filter_map(|&i| b.sentences.get(i)).collect();
    let Some(&first) = ss.first() else {
        return Err(MethodError::NoSentences);
    };
    let s0 = ss
        .iter()
        .map(|s| s.sentenced)
        .min()
        .unwrap_or(first.sentenced);
    // Detention and training orders (dto.rs): no additional days; at most
    // 24 months consecutively.
    let dto = ss.iter().all(|s| s.kind == SentenceKind::Dto);
    // A default term for an unpaid fine on its own (fine.rs).
    let fine = match ss.as_slice() {
        [s] => match s.kind {
            SentenceKind::FineDefault { civil, .. } => Some(civil),
            _ => None,
        },
        _ => None,
    };
    let botus_only = ss
        .iter()
        .all(|s| matches!(s.kind, SentenceKind::Botus { .. }));
    // Terms (DTOs, fine defaults, breaches) take no additional days.
    let added = if ss.iter().all(|s| s.kind.is_term()) {
        Added {
            awarded: 0,
            unused_awarded: 0,
            ..added
        }
    } else {
        added
    };
    let cap = |start: Date, days: i64| -> Result<i64, DateArithmeticError> {
        if dto && ss.len() > 1 {
            dto::capped(start, days)
        } else {
            Ok(days)
        }
    };
    // Sentences of other kinds have a fixed release point (kind.rs).
    let fraction = |s: &Sentence| s.kind.fixed_release().unwrap_or_else(|| fraction(s));
    // The whole terms (with any extension period) for the expiry.
    let lengths: Vec<SentenceLength> = ss.iter().map(|s| s.kind.total(s.length)).collect();
    let single = ss.len() == 1;
    // Several sentences none consecutive to another: the single term of
    // sentences passed on several days (`rules::SINGLE_TERM`).
    let single_term = !single && ss.iter().all(|s| s.consecutive_to.is_empty());
    let (length_days, days_to_expiry, days_to_release, custodial_exact, fractions, days_to_ped) =
        if single_term {
            let (days, rule) = if dto {
                (
                    super::dto_single_term::days(&ss)?,
                    &super::dto_single_term::DTO_SINGLE_TERM,
                )
            } else {
                let mut end = s0;
                for s in &ss {
                    end = end.max(s.length.last_day(s.sentenced)?);
                }
                (
                    crate::calendar::days_between(s0, end)? + 1,
                    &rules::SINGLE_TERM,
                )
            };
            let f = Fraction {
                rule,
                ..fraction(first)
            };
            (days, days, f.of(days), (days * f.num, f.den), vec![f], None)
        } else if single {
            let days = first.kind.total(first.length).days_from(s0)?;
            let custodial = first.length.days_from(s0)?;
            let f = fraction(first);
            let to_release = f.of(custodial);
            let ped = first
                .kind
                .parole_fraction(first.sentenced)
                .map(|p| p.of(to_release));
            (
                days,
                days,
                to_release,
                (custodial * f.num, f.den),
                vec![f],
                ped,
            )
        } else {
            let days = cap(s0, length::combined(&lengths).days_from(s0)?)?;
            let expiry = cap(s0, length::aggregate_days(s0, &lengths)?)?;
            // CJA 2003 s. 264(2): each group of terms with the same release
            // point adds its own custodial part, counted from the day after the
            // previous group's notional release (groups in order of first
            // appearance; the terms with a parole eligibility date last).
            let mut groups: Vec<(Fraction, Vec<&Sentence>)> = Vec::new();
            for s in ss
                .iter()
                .filter(|s| s.kind.parole_fraction(s.sentenced).is_none())
            {
                let f = fraction(s);
                match groups.iter_mut().find(|(g, _)| *g == f) {
                    Some((_, v)) => v.push(s),
                    None => groups.push((f, vec![s])),
                }
            }
            let paroled: Vec<&Sentence> = ss
                .iter()
                .copied()
                .filter(|s| s.kind.parole_fraction(s.sentenced).is_some())
                .collect();
            if let Some(p) = paroled.first() {
                groups.push((fraction(p), paroled.clone()));
            }
            let mut start = s0;
            let mut n = 0;
            let mut ped = None;
            for (f, group) in &groups {
                let ls: Vec<SentenceLength> = group.iter().map(|s| s.length).collect();
                let paroled: Vec<(SentenceLength, Fraction)> = group
                    .iter()
                    .filter_map(|s| Some((s.length, s.kind.parole_fraction(s.sentenced)?)))
                    .collect();
                if !paroled.is_empty() {
                    ped = Some(n + kind::consecutive_parole_days(start, &paroled)?);
                }
                let d = cap(start, length::aggregate_days(start, &ls)?)?;
                let k = f.of(d);
                start = add_days(start, k)?;
                n += k;
            }
            (
                days,
                expiry,
                n,
                (n, 1),
                groups.iter().map(|g| g.0).collect(),
                ped,
            )
        };
    let extended = ss.iter().any(|s| s.kind.is_extended_or_sopc());
    let custodial_days = if single {
        first.length.days_from(s0)?
    } else if single_term {
        length_days
    } else {
        let ls: Vec<SentenceLength> = ss.iter().map(|s| s.length).collect();
        length::combined(&ls).days_from(s0)?
    };
    // Remand and tagged bail are both deductions (the MoJ's `deductions`,
    // shared across hearings by the timeline); a recalled chain (recalled
    // with its first sentence) has those of the recall instead; no remand
    // against a DTO made before 28 June 2022 (a single term of orders made
    // on several days: only when every order was, dto_single_term.rs).
    let rec = first.recall;
    let dto_before_pcsc = if single_term && dto {
        ss.iter().all(|s| s.sentenced < dto::PCSC_2022)
    } else {
        s0 < dto::PCSC_2022
    };
    let r = if rec.is_some() {
        added
            .recall_deductions
            .unwrap_or(b.recall.remand_days + b.recall.tagged_bail_days)
    } else if dto && dto_before_pcsc {
        b.tagged_bail_days
    } else if fine == Some(true) || botus_only {
        // A committal for a civil debt, or for breaches of top-up
        // supervision only: no remand or tagged bail.
        0
    } else {
        added
            .deductions
            .unwrap_or(b.remand_days + b.tagged_bail_days)
    };
    let unadjusted_expiry = add_days(s0, days_to_expiry - 1)?;
    let unadjusted_release = add_days(s0, days_to_release - 1)?;
    let u = added.unlawfully_at_large;
    let release_without_awarded = add_days(unadjusted_release, u - r)?;
    let release = add_days(
        release_without_awarded,
        added.awarded - added.unused_awarded,
    )?
    .max(s0);
    // At large after the first release also puts back a recalled sentence's end.
    let after = added.at_large_after_release;
    let mut expiry = add_days(unadjusted_expiry, u + after - r)?.max(s0);
    if let Some(last) = added.last_day_at_large {
        expiry = expiry.max(add_days(last, 1)?);
    }
    let lt_months = |n: u32| SentenceLength::shorter_than_months(length_days, s0, n);

    // Which dates apply (the MoJ's SentenceIdentificationService).
    // The MoJ reads these of the standard sentences only (a default term
    // beside them has no say).
    let std_ss: Vec<&Sentence> = ss
        .iter()
        .copied()
        .filter(|s| {
            !matches!(
                s.kind,
                SentenceKind::FineDefault { .. } | SentenceKind::Botus { .. }
            )
        })
        .collect();
    let before = |s: &&Sentence| before_cja(s);
    let has_after = std_ss.iter().any(|s| !before(s));
    let has_before = std_ss.iter().any(before);
    let has_ora = std_ss.iter().any(|s| off_ora(s));
    let has_non_ora = std_ss.iter().any(|s| !off_ora(s));
    let mut t = Types::default();
    let old_style = |t: &mut Types| -> Result<(), DateArithmeticError> {
        if !lt_months(48)? {
            t.conditional = true;
            t.sled = true;
        } else if !lt_months(12)? {
            t.conditional = true;
            t.led = true;
        }
        Ok(())
    };
    let earliest_offence = ss.iter().filter_map(|s| s.offence_date).min();
    let new_style = |t: &mut Types| -> Result<(), DateArithmeticError> {
        let pre_ora_short = lt_months(12)? && earliest_offence.is_some_and(|d| d < rules::ORA_DATE);
        if !(pre_ora_short || length_days <= 1) {
            t.conditional = true;
            t.sled = true;
        }
        Ok(())
    };
    if single {
        if has_before {
            old_style(&mut t)?;
        } else {
            new_style(&mut t)?;
        }
    } else if ss.iter().all(|s| s.sds_plus) || (has_after && has_before) {
        t.conditional = true;
        t.sled = true;
    } else if has_after {
        if has_ora && has_non_ora {
            t.conditional = true;
            if lt_months(12)? {
                t.led = true;
            } else {
                t.sled = true;
            }
        } else {
            new_style(&mut t)?;
        }
    } else {
        old_style(&mut t)?;
    }
    let half_day = add_days(
        s0,
        (Fraction {
            num: 1,
            den: 2,
            rule: &rules::CRD_HALF,
        })
        .of(length_days),
    )?;
    // No top-up supervision where the profile repeals it (progression.rs).
    t.tused = !b.legislation.toggles.top_up_supervision_repealed
        && has_ora
        && has_after
        && !has_before
        && lt_months(24)?
        && length_days > 1
        && over_18(b, half_day)?;
    // No HDC after a recall.
    t.hdced = !b.offender.sex_offender && !ss.iter().any(|s| s.sds_plus_eligible) && rec.is_none();
    // Under 18 on release from a term under 12 months: no licence.
    if !dto && !adult(b, release)? && lt_months(12)? {
        t.conditional = false;
        t.sled = false;
    }
    if fine.is_some() || botus_only {
        // ARD and SED only.
        t = Types::default();
    } else if dto {
        // SED and MTD (with ETD, LTD, TUSED where they apply, unless top-up
        // supervision is repealed); no HDC.
        t = Types {
            tused: !b.legislation.toggles.top_up_supervision_repealed,
            ..Types::default()
        };
    } else if extended {
        // An extended sentence in the calculation: licence to the expiry,
        // parole where a term has it, no HDC or top-up supervision.
        t = Types {
            conditional: true,
            sled: true,
            // A recalled EDS or SOPC has a PRRD instead of a PED.
            ped: days_to_ped.is_some() && rec.is_none(),
            ..Types::default()
        };
    }
    let r_u_a = u - r + added.awarded;
    let days_to_ped = days_to_ped.filter(|_| rec.is_none());
    let unadjusted_ped = days_to_ped.map(|n| add_days(s0, n - 1)).transpose()?;
    let ped = unadjusted_ped.map(|p| add_days(p, r_u_a)).transpose()?;

    let mut c = SentenceCalc {
        parts: parts.to_vec(),
        period: 0,
        sentenced: s0,
        last_sentenced: ss.iter().map(|s| s.sentenced).max().unwrap_or(s0),
        length_days,
        custodial_days,
        days_to_expiry,
        days_to_release,
        custodial_exact,
        fractions,
        unadjusted_expiry,
        unadjusted_release,
        remand_days: r,
        added,
        release_without_awarded,
        led_of_ora_terms: false,
        release,
        immediate: release == s0,
        expiry,
        types: t,
        unadjusted_ped,
        ped,
        ped_rule: ped.and(
            ss.iter()
                .find_map(|s| s.kind.parole_fraction(s.sentenced))
                .map(|f| f.rule),
        ),
        sds_plus_eligible: ss.iter().any(|s| s.sds_plus_eligible),
        dto,
        fine_default: fine.is_some(),
        botus: botus_only,
        transfer_months: if dto {
            dto::transfer_months(length_days, s0)?
        } else {
            None
        },
        under_18_at_release: !adult(b, release)?,
        led: None,
        tused: None,
        hdced: None,
        hdced_text: None,
        ersed: None,
        recall: rec,
        prrd: None,
    };
    c.prrd = post_recall::post_recall_release(&c, expiry)?;
    if t.sled {
        c.led = Some(expiry);
    } else if t.led {
        c.led = Some(
            if !single && has_ora && has_non_ora && has_after && !has_before {
                // The licence of the ORA terms only: half of them after release.
                let ora: Vec<SentenceLength> =
                    ss.iter().filter(|s| off_ora(s)).map(|s| s.length).collect();
                let days = length::combined(&ora).days_from(s0)?;
                c.led_of_ora_terms = true;
                add_days(release, days / 2)?
            } else {
                // Three quarters of the term, less remand not used up by the
                // custodial part.
                let q = Fraction {
                    num: 3,
                    den: 4,
                    rule: &rules::LED_THREE_QUARTERS,
                }
                .of(days_to_expiry);
                // (not for a recalled sentence: `numberOfDaysToAddToLicenceExpiryDate`)
                let unused = if rec.is_some() {
                    0
                } else {
                    (r - days_to_release).max(0)
                };
                add_days(s0, q + unused + u - r - 1)?
            },
        );
    }
    if t.tused && days_to_expiry - days_to_release < 365 && adult(b, release_without_awarded)? {
        c.tused = Some(add_days(
            if c.immediate {
                add_term(s0, Term::months(12))?
            } else {
                add_term(release_without_awarded, Term::months(12))?
            },
            after,
        )?);
    }
    // A breach keeps the recorded expiry of the supervision it breached.
    if botus_only && !b.legislation.toggles.top_up_supervision_repealed {
        c.tused = ss
            .iter()
            .filter_map(|s| match s.kind {
                SentenceKind::Botus { latest_tused } => latest_tused,
                _ => None,
            })
            .max();
    }
    if t.hdced
        && let Some((date, rule, text)) = hdced::hdced(&c)?
    {
        c.hdced = Some((date, rule));
        c.hdced_text = Some(text);
    }
    if b.early_removal
        && rec.is_none()
        && !dto
        && ss.iter().any(|s| {
            !matches!(
                s.kind,
                SentenceKind::FineDefault { .. } | SentenceKind::Botus { .. }
            )
        })
        && !(single && has_before)
    {
        // A chain with terms passed before and from the ERS 30
        // commencement counts as passed after it (the MoJ's
        // `ErsedCalculator.isConsideredPostERS30Sentence`).
        let spans = ss.iter().any(|s| s.sentenced < rules::ERS30_COMMENCEMENT)
            && ss.iter().any(|s| s.sentenced >= rules::ERS30_COMMENCEMENT);
        c.ersed = Some(ersed::ersed(&c, spans)?);
    }
    Ok(c)
}
