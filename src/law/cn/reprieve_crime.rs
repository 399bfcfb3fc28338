//! An intentional crime during the two-year reprieve (CL 50 ¶1).
//!
//! > 如果故意犯罪，情节恶劣的，报请最高人民法院核准后执行死刑；对于故意犯罪未执行死刑的，死刑缓期
//! > 执行的期间重新计算，并报最高人民法院备案。 (CL 50 ¶1, Amendment IX)
//! > 对于被判处死刑缓期执行的犯罪分子，在死刑缓期执行期间，且在2015年10月31日以前故意犯罪的，
//! > 适用修正后刑法第五十条第一款的规定。 (SPC-2015T art. 2)
//!
//! The case file writes the crime as a later judgment (`after: new-crime`)
//! whose decision is death (executed) or death with reprieve (the reprieve
//! restarts).

use super::combination::{self, CountPenalty, DecidedPenalty};
use super::reprieve::reprieve_last_day;
use super::versions::{self, A9_IN_FORCE};
use crate::analysis::{DateEvent, DateFigures};
use crate::calendar::DateArithmeticError;
use crate::case::{Defendant, LaterCrime};
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Step, Verification};
use crate::message::{Msg, MsgId};
use crate::penalty::Principal;
use jiff::civil::Date;

pub static REPRIEVE_RESTARTS: Rule = Rule {
    id: "cn.cl50.1.reprieve-restarts.a9",
    citation: "CL 50 ¶1 (Amendment IX); SPC-2015T art. 2",
    in_force_from: A9_IN_FORCE,
    in_force_until: None,
    summary: "an intentional crime during the reprieve: death if the circumstances are flagrant (with the SPC's approval); otherwise the two-year reprieve is counted anew; SPC-2015T art. 2 applies this to crimes during a reprieve before 2015-11-01 too",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 50 ¶1; spc-2015-amendment-09-temporal.md art. 2",
    ),
};

pub static RESTART_DAY: Rule = Rule {
    id: "cn.cl50.1.restart-day",
    citation: "CL 50 ¶1 (Amendment IX)",
    in_force_from: A9_IN_FORCE,
    in_force_until: None,
    summary: "the new two-year reprieve is counted, as the tool reads it, from the day of the intentional crime",
    verification: Verification::Unverified(
        "CL 50 ¶1 says the reprieve is counted anew but not from which day; the SPC texts that say so are not bundled; the tool counts from the day of the crime",
    ),
};

pub static EXECUTION_BEFORE_A9: Rule = Rule {
    id: "cn.cl50.1.intentional-crime.before-a9",
    citation: "CL 50 (before Amendment IX)",
    in_force_from: versions::CL_1997_IN_FORCE,
    in_force_until: Some(versions::BEFORE_A9),
    summary: "before 2015-11-01 an intentional crime during the reprieve, once verified, led to execution with the SPC's approval; the text had no restart",
    verification: Verification::Statute(
        "amendment-08-2011.md art. 4 (CL 50 as worded from 2011-05-01 to 2015-10-31: 如果故意犯罪，查证属实的，由最高人民法院核准，执行死刑)",
    ),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[&REPRIEVE_RESTARTS, &RESTART_DAY, &EXECUTION_BEFORE_A9];

/// What an intentional crime during the reprieve does: the events, the new
/// last day of the reprieve when it restarts, and the findings. `None` when
/// the file records no new crime during the reprieve.
pub struct ReprieveCrime {
    pub events: Vec<DateEvent>,
    pub reprieve_ends: Option<Date>,
    pub findings: Vec<Finding>,
}

/// The first later judgment for a new crime committed within the reprieve.
pub fn reprieve_crime(
    d: &Defendant,
    dates: &DateFigures,
    earlier: Principal,
) -> Result<Option<ReprieveCrime>, DateArithmeticError> {
    let (Principal::DeathWithReprieve(_), Some(effective), Some(last)) =
        (earlier, dates.effective, dates.reprieve_ends)
    else {
        return Ok(None);
    };
    let Some((j, _)) = d
        .later_judgments()
        .find(|(_, k)| *k == LaterCrime::NewCrime)
    else {
        return Ok(None);
    };
    let mut findings = Vec::new();
    let mut events = Vec::new();
    // The day of the crime: an exact recorded day, else the judgment's.
    let exact = j
        .counts
        .iter()
        .filter_map(|c| c.committed.as_ref().map(|p| p.value))
        .filter(|p| p.first == p.last)
        .map(|p| p.last)
        .max();
    let crime_day = exact.unwrap_or(j.date.value);
    if crime_day < effective || crime_day > last {
        return Ok(None);
    }
    if exact.is_none() {
        findings.push(Finding::new(
            Severity::Assumption,
            "cn.cl50.crime-day-assumed",
            Msg::new(MsgId::CnrReprieveCrimeDayAssumed).arg("date", j.date.value),
        ));
    }
    // CL 71 with death with reprieve: absorption (CL 69 ¶1).
    let mut penalties = vec![CountPenalty {
        offence: "death with reprieve of the earlier judgment",
        penalty: earlier,
    }];
    penalties.extend(j.counts.iter().map(|c| CountPenalty {
        offence: &c.offence,
        penalty: c.penalty.value,
    }));
    let decided = j.decided.as_ref().map(|dec| DecidedPenalty {
        penalty: dec.penalty.value,
        then: dec.then.as_ref().map(|t| t.value),
        span: dec.penalty.span,
    });
    let text = versions::choose_text(&j.counts, j.date.value).text;
    let (_, f) = combination::combine(&penalties, text, j.date.value, decided);
    findings.extend(f);
    let decided = j.decided.as_ref().map(|dec| dec.penalty.value);
    if decided == Some(Principal::Death) {
        events.push(DateEvent {
            event: MsgId::CnrEventReprieveCrimeDeath.into(),
            date: Some(j.date.value),
            step: Step::new(
                if j.date.value >= A9_IN_FORCE {
                    &REPRIEVE_RESTARTS
                } else {
                    &EXECUTION_BEFORE_A9
                },
                Msg::new(MsgId::CnrReprieveCrimeDeath).arg("date", crime_day),
            ),
        });
        return Ok(Some(ReprieveCrime {
            events,
            reprieve_ends: None,
            findings,
        }));
    }
    if j.date.value < A9_IN_FORCE {
        findings.push(Finding::new(
            Severity::Note,
            "cn.cl50.intentional-crime.before-a9",
            Msg::new(MsgId::CnrReprieveCrimeBeforeA9).arg("date", j.date.value),
        ));
        return Ok(Some(ReprieveCrime {
            events,
            reprieve_ends: None,
            findings,
        }));
    }
    let new_last = reprieve_last_day(crime_day)?;
    events.push(DateEvent {
        event: MsgId::CnrEventReprieveRestarts.into(),
        date: Some(new_last),
        step: Step::new(
            &RESTART_DAY,
            Msg::new(MsgId::CnrReprieveRestarts)
                .arg("date", crime_day)
                .arg("old", last)
                .arg("new", new_last),
        ),
    });
    findings.push(Finding::new(
        Severity::Note,
        "cn.cl50.reprieve-restarts",
        Msg::new(MsgId::CnrReprieveRestartsNote).arg("new", new_last),
    ));
    Ok(Some(ReprieveCrime {
        events,
        reprieve_ends: Some(new_last),
        findings,
    }))
}
