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
use crate::calendar::month_end_clipped;
use crate::i18n::{Arg, Msg, MsgId};
use crate::law::rule::{Rule, Verification};
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

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[&TERM_END];

/// A term as judgments state it: `自 A 起至 B 止`, with the arithmetic.
pub fn explain_period(first: Date, term: Term, last: Date) -> Msg {
    let convention = if month_end_clipped(first, term) {
        Msg::new(MsgId::DatesMonthEndConvention)
            .arg("first", first)
            .into()
    } else {
        Arg::Text(String::new())
    };
    Msg::new(MsgId::DatesPeriod)
        .arg("first", first)
        .arg("term", term)
        .arg("last", last)
        .arg("convention", convention)
}

/// Half of the days of a term from `first` to `last` (both included),
/// rounded up: the tool's reading of "原判刑期二分之一" in days.
pub fn half_of_days(first: Date, last: Date) -> Result<i64, crate::calendar::DateArithmeticError> {
    let days = crate::calendar::days_inclusive(first, last)?;
    Ok((days + 1) / 2)
}
