//! Calendar arithmetic of terms: how a term written in years, months and days
//! becomes a first and a last day.
//!
//! > 有期徒刑的刑期，从判决执行之日起计算；判决执行以前先行羁押的，羁押一日折抵刑期一日。
//! > (CL 47; CL 41 and 44 say the same of public surveillance and criminal detention)
//!
//! Judgments write the result as "刑期……自 A 起至 B 止", A being the first day
//! counted and B = A + term − 1 day (cn-rules.md §4: 7 months 2019-11-20 →
//! 2020-06-19; 1 year 6 months 2009-12-12 → 2011-06-11; 12 years 1995-07-21 →
//! 2007-07-20).
//!
//! **Month ends.** B is the day before the date corresponding to A in the
//! month the term reaches; where that month lacks the day (A on the 29th–31st),
//! B is the month's last day ([`crate::calendar::period_end`]). Judgments of
//! the corpus bear this out at both edges: 自2019年5月1日起至2019年10月31日止
//! (6 months), 自2016年7月1日起至2020年6月30日止 (4 years), 自2013年8月30日起至
//! 2016年2月29日止 and 自2018年8月30日起至2022年2月28日止 (2 years 6 months and
//! 3 years 6 months: no 30 February, the month's last day). A step whose end
//! the month end decided says so.
//!
//! The arithmetic itself lives in the neutral [`crate::calendar`].

use super::versions::CL_1997_IN_FORCE;
use crate::calendar::{DateArithmeticError, add_days, month_end_clipped, period_end};
use crate::law::rule::{Rule, Verification};
use crate::message::{Msg, MsgId};
use crate::penalty::Term;
use jiff::civil::Date;

pub static TERM_END: Rule = Rule {
    id: "cn.cl47.term-end",
    citation: "CL 41, 44, 47",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "a term runs from its first day A (the day of execution counts) to B, the day before the date corresponding to A in the month the term reaches, or that month's last day where it lacks the day (as judgments write it: 自A起至B止)",
    verification: Verification::Reference(
        "cn-rules.md §4 (seven judgments checked) and judgments of the corpus starting on the 1st and the 30th (2019-05-01 + 6 months → 2019-10-31; 2013-08-30 + 2 years 6 months → 2016-02-29)",
    ),
};

/// CL 78 ¶2 / CL 81 ¶1 "原判刑期二分之一" as a date.
pub static HALF_IN_CALENDAR_UNITS: Rule = Rule {
    id: "cn.cl81.half-in-calendar-units",
    citation: "CL 78 ¶2, CL 81 ¶1; SPC-2016 art. 23 ¶1",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "half of a fixed term is taken in the term's own calendar units (half the years and months, half the days rounded up), served from the term's first day; parole is possible on the day after that half ends, and a parole on that day is not early",
    verification: Verification::Reference(
        "issue #11: Wang Lijun, 15 years from 2012-02-08: 2012-02-08 + 7 years 6 months → parole possible 2019-08-08 (not the 2019-08-10 of half the days); the term itself is counted in calendar units (CL 47)",
    ),
};

/// Half of an odd number of months.
pub static HALF_OF_AN_ODD_MONTH: Rule = Rule {
    id: "cn.cl81.half-of-an-odd-month",
    citation: "CL 78 ¶2, CL 81 ¶1 (half of an odd month)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "half of an odd number of months is the half of the even months plus 15 days (a month halved as 30 days), the days added after the months",
    verification: Verification::Unverified(
        "neither the Criminal Law nor SPC-2016 says how an odd month is halved; 15 days follows the month of 30 days that the SPC uses elsewhere for day counts, but no ruling applying it was found",
    ),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[&TERM_END, &HALF_IN_CALENDAR_UNITS, &HALF_OF_AN_ODD_MONTH];

/// Half of a fixed term as a date (see [`HALF_IN_CALENDAR_UNITS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HalfServed {
    /// The half, in calendar units.
    pub half: Term,
    /// False when the term had an odd number of months ([`HALF_OF_AN_ODD_MONTH`]).
    pub exact: bool,
    /// The last day of the half (CL 78 ¶2 minimum served until).
    pub last_day: Date,
    /// The day after: parole possible from (CL 81 ¶1).
    pub day_after: Date,
}

/// Half of `term` served from its first day `first`.
pub fn half_served(first: Date, term: Term) -> Result<HalfServed, DateArithmeticError> {
    let (half, exact) = term.half();
    let last_day = period_end(first, half)?;
    Ok(HalfServed {
        half,
        exact,
        last_day,
        day_after: add_days(last_day, 1)?,
    })
}

/// A term as judgments state it: `自 A 起至 B 止`, with the arithmetic; where
/// the month reached lacks A's day, the reason instead of a sum that would
/// not hold.
pub fn explain_period(first: Date, term: Term, last: Date) -> Msg {
    if month_end_clipped(first, term) {
        return Msg::new(MsgId::DatesPeriodMonthEnd)
            .arg("period", crate::law::common::period_text(first, term, last))
            .arg("first", first)
            .arg("last", last);
    }
    Msg::new(MsgId::DatesPeriod)
        .arg("first", first)
        .arg("term", term)
        .arg("last", last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// CL 47 term ends in judgments of the JuDGE corpus
    /// (shared/corpus/judge, by `text_id`), starts on the 1st, the 30th and
    /// the 31st: "判处有期徒刑…（…即自A起至B止）".
    #[test]
    fn cl47_judge_corpus_term_ends_at_month_edges() {
        let t = |y, m| Term::new(y, m, 0).unwrap();
        let cases = [
            // bbb26c4b…: 有期徒刑六个月
            (date(2019, 5, 1), t(0, 6), date(2019, 10, 31)),
            // 218a67ba…: 有期徒刑四年
            (date(2016, 7, 1), t(4, 0), date(2020, 6, 30)),
            // ab58174f…: 有期徒刑二年六个月 (no 30 February: the month's last day)
            (date(2013, 8, 30), t(2, 6), date(2016, 2, 29)),
            // d15d6b2f…: 有期徒刑三年六个月
            (date(2018, 8, 30), t(3, 6), date(2022, 2, 28)),
            // 586ea3d7…: 有期徒刑一年九个月
            (date(2017, 8, 31), t(1, 9), date(2019, 5, 30)),
        ];
        for (first, term, last) in cases {
            assert_eq!(period_end(first, term).unwrap(), last, "{first} + {term}");
        }
    }

    /// Issue #11: Wang Lijun, 15 years from 2012-02-08.
    #[test]
    fn cl81_wang_lijun_half_of_15_years_parole_2019_08_08() {
        let h = half_served(date(2012, 2, 8), Term::years(15)).unwrap();
        assert_eq!(h.half, Term::new(7, 6, 0).unwrap());
        assert!(h.exact);
        assert_eq!(h.last_day, date(2019, 8, 7));
        assert_eq!(h.day_after, date(2019, 8, 8));
    }

    #[test]
    fn cl78_half_of_an_odd_month_is_15_days() {
        // 7 months from 2019-11-20 (cn-rules.md §4): half = 3 months 15 days.
        let h = half_served(date(2019, 11, 20), Term::months(7)).unwrap();
        assert!(!h.exact);
        assert_eq!(h.half, Term::new(0, 3, 15).unwrap());
        // 2019-11-20 + 3 months − 1 day = 2020-02-19, + 15 days = 2020-03-05.
        assert_eq!(h.last_day, date(2020, 3, 5));
        assert_eq!(h.day_after, date(2020, 3, 6));
    }

    #[test]
    fn cl81_li_zhuang_half_of_1_year_6_months() {
        let h = half_served(date(2009, 12, 12), Term::new(1, 6, 0).unwrap()).unwrap();
        assert_eq!(h.last_day, date(2010, 9, 11));
        assert_eq!(h.day_after, date(2010, 9, 12));
    }
}
