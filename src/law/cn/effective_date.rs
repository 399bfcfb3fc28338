//! The day a judgment takes legal effect (判决生效 / 确定): recorded as
//! `final:`, otherwise computed from the appeal period.
//!
//! > 不服判决的上诉和抗诉的期限为十日，不服裁定的上诉和抗诉的期限为五日，从接到判决书、
//! > 裁定书的第二日起算。 (Criminal Procedure Law, art. 230 of the 2018 text — not bundled)
//! > 第二审的判决、裁定和最高人民法院判处的案件，都是终审的判决、裁定。 (CPL art. 244 of the 2018 text — not bundled)

use crate::calendar::{DateArithmeticError, add_days};
use crate::case::Judgment;
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Step, Verification};
use crate::message::{Msg, MsgId};
use jiff::civil::{Date, date};

pub static APPEAL_PERIOD: Rule = Rule {
    id: "cn.cpl.appeal-period",
    citation: "Criminal Procedure Law (art. 230 of the 2018 text?)",
    in_force_from: date(1997, 1, 1),
    in_force_until: None,
    summary: "appeal period: 10 days for a judgment, 5 for a ruling, from the day after service; without an appeal the judgment takes effect the day after the period ends",
    verification: Verification::Unverified(
        "the Criminal Procedure Law is not bundled; periods and article number from memory",
    ),
};

pub static SECOND_INSTANCE_FINAL: Rule = Rule {
    id: "cn.cpl.second-instance-final",
    citation: "Criminal Procedure Law (art. 244 of the 2018 text?)",
    in_force_from: date(1997, 1, 1),
    in_force_until: None,
    summary: "a judgment or ruling of second instance is final on the day it is pronounced",
    verification: Verification::Unverified(
        "the Criminal Procedure Law is not bundled; article number from memory",
    ),
};

pub static RECORDED_FINAL: Rule = Rule {
    id: "cn.recorded-final",
    citation: "case file (`final:`)",
    in_force_from: date(1997, 1, 1),
    in_force_until: None,
    summary: "the day the judgment took effect, as recorded in the case file",
    verification: Verification::Reference("the case file"),
};

pub static HOLIDAY_EXTENSION: Rule = Rule {
    id: "cn.cpl.105.rest-day-extension",
    citation: "Criminal Procedure Law art. 105 (2018 text)",
    in_force_from: date(1997, 1, 1),
    in_force_until: None,
    summary: "a period whose last day is a rest day (weekend or statutory holiday, State Council schedule) ends on the first working day after it; the appeal period of a judgment so extended",
    verification: Verification::Unverified(
        "the Criminal Procedure Law is not bundled; the rule (期间的最后一日为节假日的，以节假日后的第一日为期满日期) and its article number are from memory",
    ),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[
    &APPEAL_PERIOD,
    &HOLIDAY_EXTENSION,
    &SECOND_INSTANCE_FINAL,
    &RECORDED_FINAL,
];

/// Days to appeal a judgment.
pub const JUDGMENT_APPEAL_DAYS: i64 = 10;
/// Days to appeal a ruling (for reference; judgments in case files are judgments).
pub const RULING_APPEAL_DAYS: i64 = 5;

/// The effective date of a judgment, the step explaining it, and the
/// assumption made when it was computed.
pub fn effective_date(
    j: &Judgment,
    field: &(impl std::fmt::Display + ?Sized),
) -> Result<(Date, Step, Option<Finding>, Option<Finding>), DateArithmeticError> {
    if let Some(f) = &j.final_date {
        return Ok((
            f.value,
            Step::new(
                &RECORDED_FINAL,
                Msg::new(MsgId::DatesRecordedFinal)
                    .arg("date", j.date.value)
                    .arg("final", f.value),
            ),
            None,
            None,
        ));
    }
    if j.appeal {
        return Ok((
            j.date.value,
            Step::new(
                &SECOND_INSTANCE_FINAL,
                Msg::new(MsgId::DatesSecondInstance).arg("date", j.date.value),
            ),
            None,
            None,
        ));
    }
    let last_day = add_days(j.date.value, JUDGMENT_APPEAL_DAYS)?;
    // CPL art. 105: a period whose last day is a rest day ends on the next
    // working day.
    let mut extended = last_day;
    let mut uncovered = None;
    loop {
        let rest = match super::holidays::is_rest_day(extended) {
            Some(r) => r,
            None => {
                uncovered.get_or_insert(extended.year());
                matches!(
                    extended.weekday(),
                    jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
                )
            }
        };
        if !rest {
            break;
        }
        extended = add_days(extended, 1)?;
    }
    if extended != last_day {
        let effective = add_days(extended, 1)?;
        let text = Msg::new(MsgId::CnrAppealPeriodExtended)
            .arg("date", j.date.value)
            .arg("days", JUDGMENT_APPEAL_DAYS)
            .arg("next", add_days(j.date.value, 1)?)
            .arg("last", last_day)
            .arg("extended", extended)
            .arg("effective", effective);
        let finding = Finding::new(
            Severity::Assumption,
            "cn.effective-date-assumed",
            Msg::new(MsgId::CnrEffectiveAssumedExtended)
                .arg("date", j.date.value)
                .arg("effective", effective)
                .arg("days", JUDGMENT_APPEAL_DAYS)
                .arg("extended", extended),
        )
        .field(field.to_string())
        .at(j.date.span)
        .hint(MsgId::DatesEffectiveAssumedHint);
        return Ok((
            effective,
            Step::new(&HOLIDAY_EXTENSION, text),
            Some(finding),
            uncovered.map(|y| holidays_not_covered(y, last_day)),
        ));
    }
    let effective = add_days(last_day, 1)?;
    let text = Msg::new(MsgId::DatesAppealPeriod)
        .arg("date", j.date.value)
        .arg("days", JUDGMENT_APPEAL_DAYS)
        .arg("next", add_days(j.date.value, 1)?)
        .arg("last", last_day)
        .arg("days_plus", JUDGMENT_APPEAL_DAYS + 1)
        .arg("effective", effective);
    let finding = Finding::new(
        Severity::Assumption,
        "cn.effective-date-assumed",
        Msg::new(MsgId::DatesEffectiveAssumed)
            .arg("date", j.date.value)
            .arg("effective", effective)
            .arg("days", JUDGMENT_APPEAL_DAYS),
    )
    .field(field.to_string())
    .at(j.date.span)
    .hint(MsgId::DatesEffectiveAssumedHint);
    Ok((
        effective,
        Step::new(&APPEAL_PERIOD, text),
        Some(finding),
        uncovered.map(|y| holidays_not_covered(y, last_day)),
    ))
}

/// The note that the holiday data do not cover a year.
fn holidays_not_covered(year: i16, last: Date) -> Finding {
    Finding::new(
        Severity::Assumption,
        "cn.holidays-not-covered",
        Msg::new(MsgId::CnrHolidaysNotCovered)
            .arg("year", i64::from(year))
            .arg("last", last),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Located;
    use crate::finding::Span;

    fn judgment(d: Date, appeal: bool, final_date: Option<Date>) -> Judgment {
        Judgment {
            court: "c".into(),
            date: Located::new(d, Span::default()),
            appeal,
            upheld: appeal,
            counts: vec![],
            decided: None,
            final_date: final_date.map(|f| Located::new(f, Span::default())),
            executed: None,
            assumed: false,
            after: None,
            stated_term: None,
            stated_probation: None,
            stated_remainder: None,
            note: None,
            span: Span::default(),
        }
    }

    #[test]
    fn first_instance_effective_after_ten_day_appeal_period() {
        let (d, _, f, _) = effective_date(&judgment(date(2012, 8, 20), false, None), "j").unwrap();
        assert_eq!(d, date(2012, 8, 31));
        assert_eq!(f.unwrap().severity, Severity::Assumption);
    }

    /// CPL art. 105 with the 2012 State Council schedule: judgment of
    /// 2012-09-24, period 09-25 – 10-04; 10-04 falls in the National Day
    /// holiday (09-30 – 10-07), so the period ends on 10-08: effective 10-09.
    #[test]
    fn cpl_105_appeal_period_extended_over_national_day_2012() {
        let (d, step, f, uncovered) =
            effective_date(&judgment(date(2012, 9, 24), false, None), "j").unwrap();
        assert_eq!(d, date(2012, 10, 9));
        assert_eq!(step.rule.id, "cn.cpl.105.rest-day-extension");
        assert!(f.is_some());
        assert!(uncovered.is_none());
    }

    /// A last day on a Saturday outside the covered years: extended over the
    /// weekend only, and the tool says the year is not covered.
    #[test]
    fn cpl_105_outside_the_schedules_weekends_only() {
        // 1999-06-05 is a Saturday: the period of a judgment of 1999-05-26.
        let (d, _, _, uncovered) =
            effective_date(&judgment(date(1999, 5, 26), false, None), "j").unwrap();
        assert_eq!(d, date(1999, 6, 8));
        assert_eq!(uncovered.unwrap().code, "cn.holidays-not-covered");
    }

    #[test]
    fn second_instance_final_on_its_date() {
        let (d, _, f, _) = effective_date(&judgment(date(2010, 2, 9), true, None), "j").unwrap();
        assert_eq!(d, date(2010, 2, 9));
        assert!(f.is_none());
    }

    #[test]
    fn recorded_final_wins() {
        let (d, _, f, _) = effective_date(
            &judgment(date(2012, 9, 24), false, Some(date(2012, 10, 8))),
            "j",
        )
        .unwrap();
        assert_eq!(d, date(2012, 10, 8));
        assert!(f.is_none());
    }
}
