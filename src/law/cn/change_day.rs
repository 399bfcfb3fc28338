//! The day custody changes to bail or residential surveillance
//! (刑事拘留…同年2月28日被取保候审): is it a day in custody?
//!
//! CL 41, 44 and 47 credit each day of 羁押 (羁押一日折抵刑期一日) and do not
//! say whether the day a detention ends by a change of measure is one. The
//! case file gives that day to both periods (the detention's `to`, the
//! measure's `from`, as `sentencing import` reads the text); the credit
//! counts it once, as custody. Courts differ, so the report names the rule
//! at every such day.

use super::versions::CL_1997_IN_FORCE;
use crate::case::{CustodyKind, CustodyPeriod};
use crate::law::{Rule, Verification};
use jiff::civil::Date;

pub static CHANGE_DAY: Rule = Rule {
    id: "cn.custody.change-day",
    citation: "CL 41, 44, 47 (羁押一日)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "the day custody changes to bail or residential surveillance, given as both the detention's last day and the measure's first, is credited as a day in custody; courts differ (some count it as the first day of the measure)",
    verification: Verification::Unverified(
        "CL 41, 44 and 47 credit each day of 羁押 without saying whether the day custody changes is one; the bundled texts (criminal-law-consolidated.md, the SPC texts) do not settle it and the Criminal Procedure Law is not bundled. Measured on the JuDGE corpus (docs/conformance.md): 19 stated terms with such a day before the court's first day are reproduced counting it, 1 (line 65) counts it as bail, 4 differ for other causes",
    ),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[&CHANGE_DAY];

/// A day credited custody changed to an uncredited measure: the day, and
/// the measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeDay {
    pub date: Date,
    pub to: CustodyKind,
}

/// The days on which a credited period ends and bail or residential
/// surveillance begins, before `executed`, in date order, each once.
pub fn change_days(
    periods: &[CustodyPeriod],
    credited: impl Fn(CustodyKind) -> bool,
    executed: Date,
) -> Vec<ChangeDay> {
    let mut out: Vec<ChangeDay> = periods
        .iter()
        .filter(|p| credited(p.kind))
        .filter_map(|p| p.to.as_ref().map(|t| t.value))
        .filter(|&day| day < executed)
        .filter_map(|day| {
            periods
                .iter()
                .find(|q| !credited(q.kind) && q.from.value == day)
                .map(|q| ChangeDay {
                    date: day,
                    to: q.kind,
                })
        })
        .collect();
    out.sort_by_key(|c| c.date);
    out.dedup_by_key(|c| c.date);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Located;
    use crate::finding::Span;
    use jiff::civil::date;

    fn p(from: Date, to: Option<Date>, kind: CustodyKind) -> CustodyPeriod {
        CustodyPeriod {
            from: Located::new(from, Span::default()),
            to: to.map(|t| Located::new(t, Span::default())),
            kind,
            assumed: false,
            note: None,
        }
    }

    /// （2018）浙1022刑初41号: 刑事拘留 2017-12-23, 取保候审 2018-01-05,
    /// 逮捕 2018-02-08: the day of the change is 2018-01-05.
    #[test]
    fn cl47_change_day_to_bail_found_once() {
        let periods = [
            p(
                date(2017, 12, 23),
                Some(date(2018, 1, 5)),
                CustodyKind::Detention,
            ),
            p(date(2018, 1, 5), Some(date(2018, 2, 7)), CustodyKind::Bail),
            p(date(2018, 2, 8), None, CustodyKind::Detention),
        ];
        let credited = |k| !matches!(k, CustodyKind::Bail | CustodyKind::ResidentialSurveillance);
        let days = change_days(&periods, credited, date(2019, 1, 1));
        assert_eq!(
            days,
            [ChangeDay {
                date: date(2018, 1, 5),
                to: CustodyKind::Bail
            }]
        );
        // A release (no measure begins that day) is no change day.
        assert!(change_days(&periods[..1], credited, date(2019, 1, 1)).is_empty());
    }
}
