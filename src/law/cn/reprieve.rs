//! Death with a two-year reprieve (死刑缓期二年执行): when the reprieve runs
//! and what it becomes (CL 50, 51), and where a commuted sentence is counted
//! from (CL 51, 80).
//!
//! > 判处死刑缓期执行的，在死刑缓期执行期间，如果没有故意犯罪，二年期满以后，减为无期徒刑；
//! > 如果确有重大立功表现，二年期满以后，减为二十五年有期徒刑；…… (CL 50 ¶1, Amendment VIII text)
//! > 死刑缓期执行的期间，从判决确定之日起计算。死刑缓期执行减为有期徒刑的刑期，从死刑缓期
//! > 执行期满之日起计算。 (CL 51)
//! > 无期徒刑减为有期徒刑的刑期，从裁定减刑之日起计算。 (CL 80)

use super::versions::{A8_IN_FORCE, BEFORE_A8, CL_1997_IN_FORCE};
use crate::calendar::{DateArithmeticError, period_end};
use crate::law::rule::{Rule, Verification};
use crate::penalty::Term;
use jiff::civil::Date;

pub static REPRIEVE_TWO_YEARS: Rule = Rule {
    id: "cn.cl51.reprieve-period",
    citation: "CL 51",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "the two-year reprieve runs from the day the judgment becomes final",
    verification: Verification::Statute("criminal-law-consolidated.md art. 51"),
};

pub static BECOMES_LIFE: Rule = Rule {
    id: "cn.cl50.becomes-life",
    citation: "CL 50 ¶1",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "without an intentional crime during the reprieve, it is commuted to life imprisonment when the two years expire",
    verification: Verification::Statute("criminal-law-consolidated.md art. 50 ¶1"),
};

pub static BECOMES_25_YEARS: Rule = Rule {
    id: "cn.cl50.becomes-25-years.a8",
    citation: "CL 50 ¶1 (Amendment VIII text); CL 51",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "with major meritorious service during the reprieve: 25 years' imprisonment, counted from the expiry of the reprieve",
    verification: Verification::Statute("criminal-law-consolidated.md art. 50 ¶1, 51"),
};

pub static BECOMES_15_20_YEARS_1997: Rule = Rule {
    id: "cn.cl50.becomes-15-20-years.1997",
    citation: "CL 50 (1997 text)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: Some(BEFORE_A8),
    summary: "with major meritorious service during the reprieve: 15 to 20 years' imprisonment (1997 text)",
    verification: Verification::Unverified(
        "cn-rules.md §4 gives 15–20 years for the 1997 text from memory; that text is not bundled",
    ),
};

pub static LIFE_TO_TERM_FROM_RULING: Rule = Rule {
    id: "cn.cl80.term-from-ruling",
    citation: "CL 80",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "life imprisonment commuted to a fixed term: the term runs from the day of the commutation ruling",
    verification: Verification::Statute("criminal-law-consolidated.md art. 80"),
};

pub static NEXT_AFTER_25_YEARS: Rule = Rule {
    id: "cn.spc2016.10.2.next-after-25-years",
    citation: "SPC-2016 art. 10 ¶2 → art. 8",
    in_force_from: super::versions::SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "death with reprieve commuted straight to a fixed term: later commutations as for life commuted to a term (art. 8): at least 2 years after the ruling, cuts as art. 6",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 8, 10 ¶2"),
};

pub static MINIMUM_RESTRICTED_25_YEARS: Rule = Rule {
    id: "cn.cl78.2.3.restricted-25-years-floor",
    citation: "CL 78 ¶2 (3)",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "restricted commutation commuted to 25 years at the expiry of the reprieve: at least 20 years actually served; counted, as the tool reads it, from the day after the reprieve (the statute does not say; SPC-2016 art. 12 excludes the reprieve from the 15 years)",
    verification: Verification::Unverified(
        "CL 78 ¶2 (3) gives 20 years but not the day they are counted from; the tool counts from the end of the reprieve",
    ),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[
    &NEXT_AFTER_25_YEARS,
    &MINIMUM_RESTRICTED_25_YEARS,
    &REPRIEVE_TWO_YEARS,
    &BECOMES_LIFE,
    &BECOMES_25_YEARS,
    &BECOMES_15_20_YEARS_1997,
    &LIFE_TO_TERM_FROM_RULING,
];

/// The last day of the reprieve that starts on `effective`.
///
/// ```
/// use jiff::civil::date;
/// use sentencing::law::cn::reprieve::reprieve_last_day;
/// assert_eq!(reprieve_last_day(date(2012, 8, 31)).unwrap(), date(2014, 8, 30));
/// ```
pub fn reprieve_last_day(effective: Date) -> Result<Date, DateArithmeticError> {
    period_end(effective, Term::years(2))
}
