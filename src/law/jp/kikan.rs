//! Penal Code of Japan arts. 22–24: how a term is counted (刑期の計算).
//!
//! From the public text of the Penal Code (not bundled):
//! > Art. 22: 月又は年によって期間を定めたときは、暦に従って計算する。
//! > Art. 23 ¶1: 刑期は、裁判が確定した日から起算する。
//! > Art. 24 ¶1: 受刑の初日は、時間にかかわらず、一日として計算する。
//! > Art. 24 ¶2: 刑期が終了した場合における釈放は、その終了の日の翌日に行う。
//!
//! So a term of months and years runs by the calendar from its first day,
//! which counts whole: it ends on the day before the corresponding date of
//! the month it reaches (that month's last day where it lacks the day), and
//! release is on the next day. Art. 28's "one third" of such a term is taken
//! in the same calendar units.

use super::art47::PENAL_CODE;
use crate::calendar::{DateArithmeticError, add_days, period_end};
use crate::law::{Rule, Verification};
use crate::penalty::Term;
use jiff::civil::Date;

/// Arts. 22, 24 ¶1: the term by the calendar, the first day whole.
pub static TERM_BY_CALENDAR: Rule = Rule {
    id: "jp.art22-24.term-by-calendar",
    citation: "Penal Code arts. 22, 23 ¶1, 24 ¶1",
    in_force_from: PENAL_CODE,
    in_force_until: None,
    summary: "a term in months and years is counted by the calendar from the day the judgment became final, the first day counting as a whole day: it ends on the day before the corresponding date of the month it reaches (that month's last day where it lacks the day)",
    verification: Verification::Reference(
        "Penal Code arts. 22–24 (public e-Gov text; not bundled with the project)",
    ),
};

/// Art. 24 ¶2: release on the day after the term ends.
pub static RELEASE_NEXT_DAY: Rule = Rule {
    id: "jp.art24.2.release-next-day",
    citation: "Penal Code art. 24 ¶2",
    in_force_from: PENAL_CODE,
    in_force_until: None,
    summary: "when the term ends, release is on the day after its last day",
    verification: Verification::Reference(
        "Penal Code art. 24 ¶2 (public e-Gov text; not bundled with the project)",
    ),
};

/// Art. 28's third in calendar units.
pub static THIRD_BY_CALENDAR: Rule = Rule {
    id: "jp.art28.third-by-calendar",
    citation: "Penal Code arts. 22, 28",
    in_force_from: PENAL_CODE,
    in_force_until: None,
    summary: "one third of a fixed term is taken in calendar units: a third of the months (a remaining month or two counted as 10 days each) and a third of the days, rounded up; parole is possible once that period has passed, from the next day",
    verification: Verification::Unverified(
        "arts. 22 and 28 give the calendar and the third; how a month that does not divide by three is split is not stated in them, and 10 days a month is the tool's reading",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&TERM_BY_CALENDAR, &RELEASE_NEXT_DAY, &THIRD_BY_CALENDAR];

/// One third of `term` in calendar units, and whether it divided exactly.
pub fn third(term: Term) -> (Term, bool) {
    let months = term.total_months();
    let days = (months % 3) * 10 + term.day_part().div_ceil(3);
    let exact = months.is_multiple_of(3) && term.day_part().is_multiple_of(3);
    (
        Term::new(0, months / 3, days).unwrap_or(Term::months(months / 3)),
        exact,
    )
}

/// The day from which one third of `term` has passed, counted from `first`.
pub fn after_third(first: Date, term: Term) -> Result<(Term, Date), DateArithmeticError> {
    let (t, _) = third(term);
    Ok((t, add_days(period_end(first, t)?, 1)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// Art. 22: 3 years from 2024-04-01 end on 2027-03-31; art. 24 ¶2:
    /// release on 2027-04-01; art. 28: a third, 1 year, has passed from
    /// 2025-04-01.
    #[test]
    fn art22_24_28_three_years_from_the_first_of_april() {
        let first = date(2024, 4, 1);
        assert_eq!(
            period_end(first, Term::years(3)).unwrap(),
            date(2027, 3, 31)
        );
        let (t, at) = after_third(first, Term::years(3)).unwrap();
        assert_eq!(t, Term::years(1));
        assert_eq!(at, date(2025, 4, 1));
    }

    #[test]
    fn art28_third_of_months_not_divisible_by_three() {
        assert_eq!(third(Term::years(2)), (Term::months(8), true));
        assert_eq!(
            third(Term::months(10)),
            (Term::new(0, 3, 10).unwrap(), false)
        );
        assert_eq!(
            third(Term::months(11)),
            (Term::new(0, 3, 20).unwrap(), false)
        );
        assert_eq!(
            third(Term::new(0, 0, 40).unwrap()),
            (Term::new(0, 0, 14).unwrap(), false)
        );
    }
}
