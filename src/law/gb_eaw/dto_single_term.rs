//! Concurrent detention and training orders made on several days, served as
//! one term: from the earliest day an order was made to the later expiry of
//! the longest order made that day and the longest order made on the latest
//! day, at most 24 months from the earliest day (SA 2020 s. 236(4); before
//! that PCC(S)A 2000 s. 101(4)), then released at its mid-term as one order;
//! remand counts against it when any of the orders was made from 28 June
//! 2022 (the MoJ's `SentenceIdentificationService.identifyDtoSentence`:
//! DTO_BEFORE_PCSC only when every order was made before).
//!
//! As the MoJ computes it (calculate-release-dates-api,
//! `SentenceCombinationService.createSingleTermSentences` (every sentence a
//! DTO, none consecutive, none recalled, made on more than one day) and
//! `DtoSingleTermSentence.combinedDuration`): orders made on days between
//! the earliest and the latest do not lengthen the term.

use super::booking::{Sentence, SentenceKind};
use crate::calendar::{DateArithmeticError, add_term, days_between};
use crate::law::{Rule, Verification};
use crate::penalty::Term;
use jiff::civil::date;

/// Orders made on several days served as one term.
pub static DTO_SINGLE_TERM: Rule = Rule {
    id: "gb.sa2020.s236-4.dto-single-term",
    citation: "SA 2020 s. 236(4); PCC(S)A 2000 s. 101(4)",
    in_force_from: date(2000, 4, 1),
    in_force_until: None,
    summary: "concurrent detention and training orders made on several days: one term from the earliest day an order was made to the later expiry of the longest order of that day and the longest of the latest day (at most 24 months), released at half; remand counts when any of the orders was made from 2022-06-28",
    verification: Verification::Unverified(
        "follows the MoJ's method (calculate-release-dates-api, SentenceCombinationService.createSingleTermSentences and DtoSingleTermSentence.combinedDuration: the cap applies when the term's last day falls after the earliest day plus 2 years, and then counts the days to that day); the text of SA 2020 s. 236 and PCC(S)A 2000 s. 101 on orders made on several days was not read",
    ),
};

/// The rules of this file.
pub static RULES: &[&Rule] = &[&DTO_SINGLE_TERM];

/// Whether the sentences form the MoJ's DTO single term: more than one,
/// every one a DTO, none recalled. (The caller checks "none consecutive"
/// and "made on more than one day".)
pub fn applies(ss: &[&Sentence]) -> bool {
    ss.len() > 1
        && ss
            .iter()
            .all(|s| s.kind == SentenceKind::Dto && s.recall.is_none())
}

/// The days of the single term.
pub fn days(ss: &[&Sentence]) -> Result<i64, DateArithmeticError> {
    let Some(earliest) = ss.iter().map(|s| s.sentenced).min() else {
        return Ok(0);
    };
    let latest = ss.iter().map(|s| s.sentenced).max().unwrap_or(earliest);
    // The longest order made on a day: the latest expiry of that day.
    let last_day_of = |day| -> Result<Option<jiff::civil::Date>, DateArithmeticError> {
        let mut end = None;
        for s in ss.iter().filter(|s| s.sentenced == day) {
            let d = s.length.last_day(s.sentenced)?;
            end = Some(end.map_or(d, |e: jiff::civil::Date| e.max(d)));
        }
        Ok(end)
    };
    let end = last_day_of(earliest)?
        .max(last_day_of(latest)?)
        .unwrap_or(earliest);
    let days = days_between(earliest, end)? + 1;
    let two_years = add_term(earliest, Term::months(24))?;
    Ok(if end > two_years {
        days_between(earliest, two_years)?
    } else {
        days
    })
}
