//! Criminal Code (Taiwan) art. 77 and 79-1: parole.
//!
//! The statute text is not bundled. From the reference summary:
//!
//! > Art. 77: parole after more than half of a fixed term (two-thirds for
//! > recidivists), more than 25 years of life; not before 6 months served.
//! > Art. 79-1: thresholds apply to the aggregate of terms executed together;
//! > above 40 years in total, parole after more than 20 years.
//!
//! These are the figures of the 2005 text; the earlier figures are not in the
//! reference, so the rules are recorded from the reform (in force 2006-07-01
//! under 刑法施行法 art. 10-1, see `art51`) and earlier parole dates are not
//! computed. Art. 79-1 ¶2 as now in force (law.moj.gov.tw, pcode C0000001,
//! art. 79-1) has the 40 and 20 years; its 1997 text had 30 and 15 years
//! (zh.wikibooks history), so the 2005 figures are a change of that reform.
//! The current text of art. 77 was not found, so its figures stay UNVERIFIED.
//!
//! Method: "more than half" of a term of D days is reached once ⌊D/2⌋ + 1
//! days are served; the date shown is the day after. Life: 25 years and one
//! day served.

use super::art51::REFORM_2005;
use crate::law::{Rule, Verification};
use crate::penalty::Term;

/// Art. 77 ¶1: more than half (two-thirds for recidivists), at least 6 months.
pub static FIXED_TERM: Rule = Rule {
    id: "tw.art77.1.fixed-term",
    citation: "Criminal Code art. 77 ¶1",
    in_force_from: REFORM_2005,
    in_force_until: None,
    summary: "fixed term: parole after more than half served (more than two-thirds for a recidivist), and not before 6 months",
    verification: Verification::Unverified(
        "figures from the reference summary (statute not bundled; the current text of art. 77 was not found); in force from the 2005 reform, 2006-07-01 (刑法施行法 art. 10-1)",
    ),
};

/// Art. 77 ¶1: life, more than 25 years.
pub static LIFE: Rule = Rule {
    id: "tw.art77.1.life",
    citation: "Criminal Code art. 77 ¶1",
    in_force_from: REFORM_2005,
    in_force_until: None,
    summary: "life imprisonment: parole after more than 25 years served",
    verification: Verification::Unverified(
        "figure from the reference summary (statute not bundled; the current text of art. 77 was not found); in force from the 2005 reform, 2006-07-01 (刑法施行法 art. 10-1)",
    ),
};

/// Art. 79-1: the aggregate of terms executed together; above 40 years, 20 years.
pub static AGGREGATE: Rule = Rule {
    id: "tw.art79-1.aggregate",
    citation: "Criminal Code art. 79-1",
    in_force_from: REFORM_2005,
    in_force_until: None,
    summary: "the parole thresholds apply to the aggregate of terms executed together; above 40 years in total, parole after more than 20 years",
    verification: Verification::Reference(
        "art. 79-1 ¶1–2 as in force (law.moj.gov.tw/LawClass/LawSingle.aspx?flno=79-1&pcode=C0000001): terms combined, above 40 years parole after more than 20; the 1997 text had 30 and 15 years (zh.wikibooks), so in force from the 2005 reform, 2006-07-01 (刑法施行法 art. 10-1)",
    ),
};

/// Art. 77 ¶3: custody before the judgment became final, beyond its first
/// year, counts as executed for life.
pub static LIFE_CUSTODY: Rule = Rule {
    id: "tw.art77.3.life-custody",
    citation: "Criminal Code art. 77 ¶3",
    in_force_from: REFORM_1997,
    in_force_until: None,
    summary: "life imprisonment: the days of detention before the judgment became final that exceed one year count as executed for parole (the first year, counted by the calendar from the first day of custody, does not)",
    verification: Verification::Unverified(
        "statute not bundled; the paragraph is recalled from the 1997 and 2005 texts (無期徒刑裁判確定前逾一年部分之羈押日數算入已執行之期間內), not checked",
    ),
};

/// Art. 77 ¶1 as amended in 1997, kept for offences before the 2005 reform.
pub static LIFE_1997: Rule = Rule {
    id: "tw.art77.1.life.1997",
    citation: "Criminal Code art. 77 ¶1 (1997 text); Enforcement Act art. 7-2",
    in_force_from: REFORM_1997,
    in_force_until: None,
    summary: "life imprisonment for offences committed from 1997-11-26 and completed before the 2005 reform took effect (2006-07-01): parole after more than 15 years served (刑法施行法 art. 7-2 keeps the 1997 text of art. 77 for them)",
    verification: Verification::Unverified(
        "statute and Enforcement Act not bundled; the 15 years of the 1997 text and art. 7-2's dividing dates are recalled, not checked",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&FIXED_TERM, &LIFE, &AGGREGATE, &LIFE_CUSTODY, &LIFE_1997];

/// The day the 1997 amendment of the Criminal Code was promulgated.
pub const REFORM_1997: jiff::civil::Date = jiff::civil::date(1997, 11, 26);
/// Life under the 1997 text: more than 15 years.
pub const LIFE_THRESHOLD_1997: Term = Term::years(15);

pub const MINIMUM: Term = Term::months(6);
pub const LIFE_THRESHOLD: Term = Term::years(25);
pub const LONG_AGGREGATE: Term = Term::years(40);
pub const LONG_AGGREGATE_THRESHOLD: Term = Term::years(20);

/// Days that must be served for "more than num/den" of `total` days.
pub fn more_than(total: i64, num: i64, den: i64) -> i64 {
    if den <= 0 {
        return total;
    }
    total.saturating_mul(num) / den + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn art77_more_than_half() {
        assert_eq!(more_than(365, 1, 2), 183);
        assert_eq!(more_than(366, 1, 2), 184);
        assert_eq!(more_than(3, 2, 3), 3);
    }
}
