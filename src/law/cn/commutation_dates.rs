//! Checks of recorded commutations against the calendar: maximum cut and
//! the interval between commutations (SPC-2016 art. 6–11; SPC-2019 art. 2–4),
//! the range of a life sentence commuted to a term, and the interval between
//! a commutation and parole (SPC-2016 art. 28). The start times themselves
//! are in [`super::commutation`].
//!
//! > 被判处不满十年有期徒刑的罪犯，两次减刑间隔时间不得少于一年；被判处十年以上有期徒刑的罪犯，
//! > 两次减刑间隔时间不得少于一年六个月。减刑间隔时间不得低于上次减刑减去的刑期。 (SPC-2016 art. 6 ¶3)
//! > 罪犯减刑后又假释的，间隔时间不得少于一年；对一次减去一年以上有期徒刑后，决定假释的，
//! > 间隔时间不得少于一年六个月。 (SPC-2016 art. 28)

use super::versions::{SPC_2016_IN_FORCE, SPC_2019_IN_FORCE};
use crate::law::rule::{Rule, Verification};
use crate::penalty::Term;

pub static FIXED_TERM_CUT_AND_INTERVAL: Rule = Rule {
    id: "cn.spc2016.6.cut-and-interval",
    citation: "SPC-2016 art. 6 ¶2–3",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "fixed term: one commutation cuts at most 2 years (9 months to 2 years by merit); at least 1 year between commutations (1 year 6 months for 10 years or more), and not less than the previous cut",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 6"),
};

pub static LISTED_CUT_AND_INTERVAL: Rule = Rule {
    id: "cn.spc2016.7.cut-and-interval",
    citation: "SPC-2016 art. 7",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "listed crimes: one commutation cuts at most 1 year; at least 1 year between commutations (1 year 6 months for 10 years or more)",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 7"),
};

pub static LIFE_TO_TERM_RANGE: Rule = Rule {
    id: "cn.spc2016.8-11.life-to-term",
    citation: "SPC-2016 art. 8–11",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "life commuted to a term: 19–22 years (art. 8), not below 20 years for listed crimes or combined punishment (art. 9); after a death reprieve 22–25 years (art. 10), 23–25 for listed crimes (art. 11); 2 years between later commutations",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 8–11"),
};

pub static GRAFT_CUT_AND_INTERVAL: Rule = Rule {
    id: "cn.spc2019.2-4.cut-and-interval",
    citation: "SPC-2019 art. 2–4",
    in_force_from: SPC_2019_IN_FORCE,
    in_force_until: None,
    summary: "graft by former state functionaries: cut at most 1 year; 1 year 6 months between commutations (2 years for 10 years or more, and after life); life to 21–23 years, death reprieve via life to 24–25 years",
    verification: Verification::Statute("spc-2019-commutation-parole-graft.md art. 2–4"),
};

pub static PAROLE_AFTER_COMMUTATION: Rule = Rule {
    id: "cn.spc2016.28.parole-after-commutation",
    citation: "SPC-2016 art. 28",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "at least 1 year between a commutation and parole; 1 year 6 months if that commutation cut a year or more",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 28"),
};

pub static RESTRICTED_CUT_AND_INTERVAL: Rule = Rule {
    id: "cn.spc2016.14.restricted-cut-and-interval",
    citation: "SPC-2016 art. 13, 14",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "death with reprieve and restricted commutation: life to a term as for the listed crimes (23–25 years, art. 13 → 11); once a term, one commutation cuts at most 6 months (1 year for major meritorious service) and 2 years between commutations",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 13, 14"),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[
    &RESTRICTED_CUT_AND_INTERVAL,
    &FIXED_TERM_CUT_AND_INTERVAL,
    &LISTED_CUT_AND_INTERVAL,
    &LIFE_TO_TERM_RANGE,
    &GRAFT_CUT_AND_INTERVAL,
    &PAROLE_AFTER_COMMUTATION,
];

/// How strictly the commutation rules treat the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Regime {
    /// SPC-2016 art. 6, 8, 10.
    Ordinary,
    /// SPC-2016 art. 7, 9, 11 (listed crimes, violent crimes, combined punishment).
    Listed,
    /// SPC-2019 art. 2–4 (graft by a former state functionary).
    Graft2019,
    /// SPC-2016 art. 13, 14 (death with reprieve and restricted commutation).
    Restricted,
}

impl Regime {
    /// The regime that governs a ruling given on `day`: SPC-2019 only from
    /// 2019-06-01 (its art. 7); earlier rulings of former state functionaries
    /// for graft follow SPC-2016 art. 7, 9, 11 (job-related crimes).
    pub fn on(self, day: jiff::civil::Date) -> Regime {
        match self {
            Regime::Graft2019 if day < SPC_2019_IN_FORCE => Regime::Listed,
            r => r,
        }
    }
}

/// The largest cut of a fixed term in one commutation, and its rule.
pub fn max_cut(regime: Regime) -> (Term, &'static Rule) {
    match regime {
        Regime::Ordinary => (Term::years(2), &FIXED_TERM_CUT_AND_INTERVAL),
        Regime::Listed => (Term::years(1), &LISTED_CUT_AND_INTERVAL),
        Regime::Graft2019 => (Term::years(1), &GRAFT_CUT_AND_INTERVAL),
        Regime::Restricted => (Term::months(6), &RESTRICTED_CUT_AND_INTERVAL),
    }
}

/// The least interval between two commutations of a fixed term of
/// `original` (the term imposed), and its rule. `after_life`: the term came
/// from commuting a life sentence.
pub fn interval(regime: Regime, original: Term, after_life: bool) -> (Term, &'static Rule) {
    let ten = original >= Term::years(10);
    let one_and_half = Term::months(18);
    match (regime, after_life) {
        (Regime::Graft2019, true) => (Term::years(2), &GRAFT_CUT_AND_INTERVAL),
        (Regime::Restricted, _) => (Term::years(2), &RESTRICTED_CUT_AND_INTERVAL),
        (_, true) => (Term::years(2), &LIFE_TO_TERM_RANGE),
        (Regime::Ordinary, false) => (
            if ten { one_and_half } else { Term::years(1) },
            &FIXED_TERM_CUT_AND_INTERVAL,
        ),
        (Regime::Listed, false) => (
            if ten { one_and_half } else { Term::years(1) },
            &LISTED_CUT_AND_INTERVAL,
        ),
        (Regime::Graft2019, false) => (
            if ten { Term::years(2) } else { one_and_half },
            &GRAFT_CUT_AND_INTERVAL,
        ),
    }
}

/// The lawful range of the term a life sentence is commuted to.
/// `from_reprieve`: the life sentence came from a death reprieve.
pub fn life_to_term_range(regime: Regime, from_reprieve: bool) -> (Term, Term, &'static Rule) {
    match (regime, from_reprieve) {
        (Regime::Ordinary, false) => (Term::years(19), Term::years(22), &LIFE_TO_TERM_RANGE),
        (Regime::Listed, false) => (Term::years(20), Term::years(22), &LIFE_TO_TERM_RANGE),
        (Regime::Ordinary, true) => (Term::years(22), Term::years(25), &LIFE_TO_TERM_RANGE),
        (Regime::Listed, true) => (Term::years(23), Term::years(25), &LIFE_TO_TERM_RANGE),
        (Regime::Graft2019, false) => (Term::years(21), Term::years(23), &GRAFT_CUT_AND_INTERVAL),
        (Regime::Graft2019, true) => (Term::years(24), Term::years(25), &GRAFT_CUT_AND_INTERVAL),
        (Regime::Restricted, _) => (
            Term::years(23),
            Term::years(25),
            &RESTRICTED_CUT_AND_INTERVAL,
        ),
    }
}

/// The least interval between a commutation that cut `cut` and parole (SPC-2016 art. 28).
pub fn parole_interval(cut: Option<Term>) -> Term {
    match cut {
        Some(c) if c >= Term::years(1) => Term::months(18),
        _ => Term::years(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spc2016_art6_intervals() {
        assert_eq!(
            interval(Regime::Ordinary, Term::years(9), false).0,
            Term::years(1)
        );
        assert_eq!(
            interval(Regime::Ordinary, Term::years(15), false).0,
            Term::months(18)
        );
        assert_eq!(
            interval(Regime::Graft2019, Term::years(15), false).0,
            Term::years(2)
        );
    }

    #[test]
    fn spc2016_art14_restricted_six_months_two_years() {
        assert_eq!(max_cut(Regime::Restricted).0, Term::months(6));
        assert_eq!(
            interval(Regime::Restricted, Term::years(25), true).0,
            Term::years(2)
        );
        assert_eq!(
            life_to_term_range(Regime::Restricted, true).0,
            Term::years(23)
        );
    }

    #[test]
    fn spc2019_art7_only_rulings_from_2019_06_01() {
        use jiff::civil::date;
        assert_eq!(Regime::Graft2019.on(date(2019, 5, 31)), Regime::Listed);
        assert_eq!(Regime::Graft2019.on(date(2019, 6, 1)), Regime::Graft2019);
        assert_eq!(Regime::Ordinary.on(date(2019, 5, 31)), Regime::Ordinary);
    }

    #[test]
    fn spc2016_art28_parole_interval() {
        assert_eq!(parole_interval(Some(Term::months(9))), Term::years(1));
        assert_eq!(parole_interval(Some(Term::years(1))), Term::months(18));
    }
}
