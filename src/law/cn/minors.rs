//! Age at the offence and at trial, from the defendant's `date_of_birth`:
//! the consequences that bear on the figures.
//!
//! > 已满十六周岁的人犯罪，应当负刑事责任。…… 对依照前三款规定追究刑事责任的不满十八周岁的人，
//! > 应当从轻或者减轻处罚。 (CL 17, Amendment XI)
//! > 犯罪的时候不满十八周岁的人和审判的时候怀孕的妇女，不适用死刑。
//! > 审判的时候已满七十五周岁的人，不适用死刑，但以特别残忍手段致人死亡的除外。 (CL 49)
//!
//! No recidivism for a crime before 18 is [`super::recidivism`]; SPC-2016
//! art. 19 (repentance presumed for a minor in prison) and art. 26 (parole
//! applied leniently for crimes before 18) are noted.

use super::versions::{A8_IN_FORCE, CL_1997_IN_FORCE, SPC_2016_IN_FORCE};
use crate::case::{Count, Defendant};
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Verification};
use crate::message::{Msg, MsgId};
use crate::penalty::{Principal, Term};
use jiff::civil::Date;

pub static NO_DEATH_FOR_MINORS: Rule = Rule {
    id: "cn.cl49.1.no-death-for-minors",
    citation: "CL 49 ¶1",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "no death penalty, with or without reprieve, for a person under 18 at the time of the crime",
    verification: Verification::Statute("criminal-law-consolidated.md art. 49 ¶1"),
};

pub static NO_DEATH_OVER_75: Rule = Rule {
    id: "cn.cl49.2.no-death-over-75",
    citation: "CL 49 ¶2 (Amendment VIII)",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "no death penalty for a person 75 or older at trial, unless death was caused by especially cruel means",
    verification: Verification::Statute("criminal-law-consolidated.md art. 49 ¶2"),
};

pub static AGE_OF_RESPONSIBILITY: Rule = Rule {
    id: "cn.cl17.age-of-responsibility",
    citation: "CL 17",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "criminal responsibility from 16; from 14 for the listed grave crimes; from 12 for homicide or injury causing death with the SPP's approval (Amendment XI, from 2021-03-01); under 18 the penalty shall be lighter or mitigated",
    verification: Verification::Statute("criminal-law-consolidated.md art. 17"),
};

pub static MINORS_IN_PRISON: Rule = Rule {
    id: "cn.spc2016.19-26.minors",
    citation: "SPC-2016 art. 19, 26",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "a prisoner under 18 (not of the CL 81 ¶2 kinds) who accepts guilt and follows the rules is taken to show repentance (art. 19); parole may be applied leniently to a person under 18 at the crime (art. 26)",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 19, 26"),
};

/// An age is reached on the day after the birthday.
pub static AGE_FROM_THE_DAY_AFTER: Rule = Rule {
    id: "cn.age-from-the-day-after-the-birthday",
    citation: "SPC interpretation on minors' criminal cases (2006) art. 2",
    in_force_from: jiff::civil::date(2006, 1, 23),
    in_force_until: None,
    summary: "ages in the Criminal Law are counted by the calendar and reached on the day after the birthday: a crime on the 18th birthday is a crime under 18",
    verification: Verification::Unverified(
        "the SPC interpretation (法释〔2006〕1号 art. 2: 从周岁生日的第二天起算) is not bundled; its wording and date are from memory",
    ),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[
    &AGE_FROM_THE_DAY_AFTER,
    &NO_DEATH_FOR_MINORS,
    &NO_DEATH_OVER_75,
    &AGE_OF_RESPONSIBILITY,
    &MINORS_IN_PRISON,
];

/// Whole years of age on `day` for a person born on `born`, an age being
/// reached on the day after the birthday ([`AGE_FROM_THE_DAY_AFTER`]).
pub fn age_on(born: Date, day: Date) -> Option<i16> {
    let mut years = day.year() - born.year();
    if (day.month(), day.day()) <= (born.month(), born.day()) {
        years -= 1;
    }
    (years >= 0).then_some(years)
}

/// The first day of age 18: the day after the 18th birthday.
pub fn first_day_of_18(born: Date) -> Option<Date> {
    crate::calendar::add_term(born, Term::years(18))
        .and_then(|b| crate::calendar::add_days(b, 1))
        .ok()
}

/// The findings that the ages at the offences and at trial call for.
pub fn check(d: &Defendant, counts: &[Count], trial: Date) -> Vec<Finding> {
    let mut findings = Vec::new();
    let Some(born) = d.date_of_birth.as_ref().map(|b| b.value) else {
        return findings;
    };
    let Some(adult) = first_day_of_18(born) else {
        return findings;
    };
    let mut any_minor = false;
    for c in counts {
        let Some(period) = c.committed.as_ref().map(|p| p.value) else {
            continue;
        };
        // Under 18 for sure, possibly, or not at all.
        let surely = period.last < adult;
        let possibly = period.first < adult;
        if !possibly {
            continue;
        }
        any_minor = true;
        let age = age_on(born, period.first).unwrap_or(0);
        if age < 12 {
            findings.push(
                Finding::new(
                    Severity::Error,
                    "cn.cl17.under-12",
                    Msg::new(MsgId::CnrUnder12)
                        .arg("offence", super::offence_arg(&c.offence, &c.native_offence))
                        .arg("age", i64::from(age)),
                )
                .at(c.span),
            );
        }
        if matches!(
            c.penalty.value,
            Principal::Death | Principal::DeathWithReprieve(_)
        ) {
            findings.push(
                Finding::new(
                    if surely {
                        Severity::Error
                    } else {
                        Severity::Warning
                    },
                    "cn.cl49.minor-death",
                    Msg::new(if surely {
                        MsgId::CnrMinorDeath
                    } else {
                        MsgId::CnrMinorDeathPossibly
                    })
                    .arg("offence", super::offence_arg(&c.offence, &c.native_offence))
                    .arg("adult", adult),
                )
                .at(c.penalty.span),
            );
        }
    }
    if any_minor {
        findings.push(Finding::new(
            Severity::Note,
            "cn.cl17.minor",
            Msg::new(MsgId::CnrMinorNote).arg("adult", adult),
        ));
    }
    if let (Some(age), true) = (
        age_on(born, trial),
        counts.iter().any(|c| {
            matches!(
                c.penalty.value,
                Principal::Death | Principal::DeathWithReprieve(_)
            )
        }),
    ) && age >= 75
        && trial >= A8_IN_FORCE
    {
        findings.push(Finding::new(
            Severity::Warning,
            "cn.cl49.over-75-death",
            Msg::new(MsgId::CnrOver75Death).arg("age", i64::from(age)),
        ));
    }
    findings
}
