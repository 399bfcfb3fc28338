//! Commutation (减刑): the least that must be served whatever the
//! commutations (CL 78 ¶2, SPC-2016 art. 12) and the earliest first
//! commutation (SPC-2016 art. 6–16; SPC-2019 art. 2–4).
//!
//! > 减刑以后实际执行的刑期不能少于下列期限：（一）判处管制、拘役、有期徒刑的，不能少于
//! > 原判刑期的二分之一；（二）判处无期徒刑的，不能少于十三年；（三）……限制减刑的死刑
//! > 缓期执行的犯罪分子，缓期执行期满后依法减为无期徒刑的，不能少于二十五年，……减为
//! > 二十五年有期徒刑的，不能少于二十年。 (CL 78 ¶2, Amendment VIII text)

use super::versions::{
    A8_IN_FORCE, A9_IN_FORCE, BEFORE_A8, CL_1997_IN_FORCE, CriminalLawText, SPC_2016_IN_FORCE,
    SPC_2019_IN_FORCE,
};
use crate::analysis::CommutationFigures;
use crate::case::Category;
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Step, Verification};
use crate::message::{Arg, Msg, MsgId, Sep};
use crate::penalty::{Principal, ReprieveRestriction, Term};
use jiff::civil::Date;

pub static MINIMUM_HALF: Rule = Rule {
    id: "cn.cl78.2.minimum-half",
    citation: "CL 78 ¶2 (1)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "surveillance, detention, fixed-term imprisonment: at least half of the original term is actually served after commutations",
    verification: Verification::Statute("criminal-law-consolidated.md art. 78 ¶2 (1)"),
};

pub static MINIMUM_LIFE_A8: Rule = Rule {
    id: "cn.cl78.2.minimum-life.a8",
    citation: "CL 78 ¶2 (2) (Amendment VIII text)",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "life imprisonment: at least 13 years actually served after commutations",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 78 ¶2 (2); amendment-08-2011.md art. 15",
    ),
};

pub static MINIMUM_LIFE_1997: Rule = Rule {
    id: "cn.cl78.2.minimum-life.1997",
    citation: "CL 78 ¶2 (1997 text); SPC-2011T art. 7",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: Some(BEFORE_A8),
    summary: "life imprisonment for crimes on or before 2011-04-30: at least 10 years actually served after commutations",
    verification: Verification::Reference(
        "SPC-2011T art. 7 applies the 1997 text; the 10-year figure is from cn-rules.md §5",
    ),
};

pub static MINIMUM_RESTRICTED: Rule = Rule {
    id: "cn.cl78.2.minimum-restricted-reprieve",
    citation: "CL 78 ¶2 (3)",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "death with reprieve and restricted commutation: at least 25 years served if it became life, 20 years if it became 25 years",
    verification: Verification::Statute("criminal-law-consolidated.md art. 78 ¶2 (3)"),
};

pub static MINIMUM_REPRIEVE: Rule = Rule {
    id: "cn.spc2016.12.minimum-reprieve",
    citation: "SPC-2016 art. 12",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "death with reprieve: at least 15 years actually served after commutations, the reprieve not counted",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 12"),
};

pub static START_FIXED_TERM: Rule = Rule {
    id: "cn.spc2016.6.start-fixed-term",
    citation: "SPC-2016 art. 6 ¶1",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "fixed term under 5 years: first commutation after 1 year served; 5 to under 10 years: after 1 year 6 months; 10 years or more: after 2 years; counted from execution",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 6 ¶1"),
};

pub static START_FIXED_TERM_STRICT: Rule = Rule {
    id: "cn.spc2016.7.start-listed-crimes",
    citation: "SPC-2016 art. 7",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "job-related crimes of officials, financial crimes, organised crime, state security, terrorism, drug ringleaders, recidivists (and violent crimes with 10 years or more): first commutation after 2 years",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 7"),
};

pub static START_LIFE: Rule = Rule {
    id: "cn.spc2016.8.start-life",
    citation: "SPC-2016 art. 8",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "life imprisonment: first commutation after 2 years served",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 8"),
};

pub static START_LIFE_STRICT: Rule = Rule {
    id: "cn.spc2016.9.start-life-listed",
    citation: "SPC-2016 art. 9",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "life for the listed crimes, for violent crimes, or as a combined punishment: first commutation after 3 years, and not below 20 years",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 9"),
};

pub static START_REPRIEVE: Rule = Rule {
    id: "cn.spc2016.10.start-reprieve",
    citation: "SPC-2016 art. 10, 11",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "death with reprieve, once commuted to life: first commutation after 3 more years",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 10, 11"),
};

pub static START_RESTRICTED: Rule = Rule {
    id: "cn.spc2016.13.start-restricted",
    citation: "SPC-2016 art. 13",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "death with reprieve and restricted commutation, once commuted to life: first commutation after 5 more years",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 13"),
};

pub static START_SHORT: Rule = Rule {
    id: "cn.spc2016.16.start-short",
    citation: "SPC-2016 art. 16",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "surveillance, detention, or under 2 years left: the start may be shortened at discretion; no fixed figure",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 16"),
};

pub static NO_COMMUTATION_LIFE_WITHOUT_PAROLE: Rule = Rule {
    id: "cn.spc2016.15.no-commutation",
    citation: "CL 383 ¶4; SPC-2016 art. 15",
    in_force_from: A9_IN_FORCE,
    in_force_until: None,
    summary: "life imprisonment without commutation or parole (终身监禁): no commutation",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 383 ¶4; spc-2016-commutation-parole.md art. 15",
    ),
};

pub static START_GRAFT_2019: Rule = Rule {
    id: "cn.spc2019.2-4.start-graft",
    citation: "SPC-2019 art. 2–4",
    in_force_from: SPC_2019_IN_FORCE,
    in_force_until: None,
    summary: "graft or bribery by a former state functionary sentenced after Amendment IX: fixed term under 10 years after 2 years, 10 or more after 3 years; life after 4 years; death with reprieve, once life, after 4 years",
    verification: Verification::Statute("spc-2019-commutation-parole-graft.md art. 2–4"),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[
    &MINIMUM_HALF,
    &MINIMUM_LIFE_A8,
    &MINIMUM_LIFE_1997,
    &MINIMUM_RESTRICTED,
    &MINIMUM_REPRIEVE,
    &START_FIXED_TERM,
    &START_FIXED_TERM_STRICT,
    &START_LIFE,
    &START_LIFE_STRICT,
    &START_REPRIEVE,
    &START_RESTRICTED,
    &START_SHORT,
    &NO_COMMUTATION_LIFE_WITHOUT_PAROLE,
    &START_GRAFT_2019,
];

/// The rules that set the earliest first commutation.
static START_RULES: &[&Rule] = &[
    &START_FIXED_TERM,
    &START_FIXED_TERM_STRICT,
    &START_LIFE,
    &START_LIFE_STRICT,
    &START_REPRIEVE,
    &START_RESTRICTED,
    &START_GRAFT_2019,
];

/// True for the crimes and offenders SPC-2016 art. 7 (and 9, 11) treat
/// strictly: job-related, financial, organised crime, state security,
/// terrorism, drug ringleaders, recidivists.
pub fn strictly_listed(categories: &[Category], recidivist: bool) -> bool {
    recidivist || categories.iter().any(|c| ART7_CATEGORIES.contains(c))
}

/// The facts commutation depends on.
#[derive(Debug, Clone)]
pub struct CommutationInput<'a> {
    pub sentence: Principal,
    /// The categories of all counts together.
    pub categories: &'a [Category],
    pub recidivist: bool,
    pub state_functionary: bool,
    /// Life or death with reprieve imposed as a combined punishment of several counts.
    pub combined: bool,
    /// Two or more counts of 10 years or more (SPC-2016 art. 7 ¶2).
    pub text: CriminalLawText,
    /// The date of the judgment that imposed the sentence.
    pub sentenced_on: Date,
}

const ART7_CATEGORIES: &[Category] = &[
    Category::JobRelated,
    Category::Financial,
    Category::OrganisedCrime,
    Category::StateSecurity,
    Category::Terrorism,
    Category::DrugRingleader,
];

/// CL 78 ¶2 (2) for life: the years actually served after commutations
/// under each text, and the rule that says so.
pub fn life_minimum(text: CriminalLawText) -> (Term, &'static Rule) {
    match text {
        CriminalLawText::AmendmentVIII => (Term::years(13), &MINIMUM_LIFE_A8),
        CriminalLawText::Text1997 => (Term::years(10), &MINIMUM_LIFE_1997),
    }
}

/// The commutation figures for a sentence.
pub fn commutation(input: &CommutationInput<'_>) -> (CommutationFigures, Vec<Finding>) {
    let mut out = CommutationFigures::default();
    let mut findings = Vec::new();
    let s = input.sentence;
    let listed = strictly_listed(input.categories, input.recidivist);
    let graft_2019 = input.state_functionary
        && input.categories.contains(&Category::Graft)
        && input.sentenced_on >= A9_IN_FORCE;

    // CL 78 ¶2: the floor.
    match s {
        Principal::Death => return (out, findings),
        // German law (StGB § 40): refused before this point
        // (`input.day-fine-not-this-law`); no commutation figures.
        Principal::DayFine(_) => return (out, findings),
        // No principal penalty (CL 37, CL 34 ¶2): nothing to commute.
        Principal::Exempt | Principal::SupplementaryAlone(_) => return (out, findings),
        Principal::DeathWithReprieve(ReprieveRestriction::LifeWithoutCommutationOrParole) => {
            out.barred_by = Some(&NO_COMMUTATION_LIFE_WITHOUT_PAROLE);
            out.steps.push(Step::new(
                &NO_COMMUTATION_LIFE_WITHOUT_PAROLE,
                MsgId::CommNoCommutationLifeWithout,
            ));
            return (out, findings);
        }
        Principal::Imprisonment(t)
        | Principal::CriminalDetention(t)
        | Principal::PublicSurveillance(t) => {
            let (half, _) = t.half();
            out.minimum_served = Some(half);
            out.minimum_rule = Some(&MINIMUM_HALF);
            out.steps.push(Step::new(
                &MINIMUM_HALF,
                Msg::new(MsgId::CommMinimumHalf)
                    .arg("term", t)
                    .arg("half", half),
            ));
        }
        Principal::Life => {
            let (years, rule) = life_minimum(input.text);
            out.minimum_served = Some(years);
            out.minimum_rule = Some(rule);
            out.steps.push(Step::new(
                rule,
                Msg::new(MsgId::CommMinimumLife).arg("years", years),
            ));
        }
        Principal::DeathWithReprieve(ReprieveRestriction::RestrictedCommutation) => {
            out.minimum_served = Some(Term::years(25));
            out.minimum_rule = Some(&MINIMUM_RESTRICTED);
            out.steps
                .push(Step::new(&MINIMUM_RESTRICTED, MsgId::CommMinimumRestricted));
        }
        Principal::DeathWithReprieve(ReprieveRestriction::None) => {
            out.minimum_served = Some(Term::years(15));
            out.minimum_rule = Some(&MINIMUM_REPRIEVE);
            out.steps
                .push(Step::new(&MINIMUM_REPRIEVE, MsgId::CommMinimumReprieve));
        }
    }

    // The earliest first commutation.
    match s {
        Principal::Imprisonment(t) => {
            out.counted_from = Some(MsgId::CommFromExecution.into());
            if graft_2019 {
                let after = if t >= Term::years(10) {
                    Term::years(3)
                } else {
                    Term::years(2)
                };
                out.earliest_first = Some(after);
                out.steps.push(Step::new(
                    &START_GRAFT_2019,
                    Msg::new(MsgId::CommStartGraftTerm)
                        .arg("date", input.sentenced_on)
                        .arg("term", t)
                        .arg("after", after),
                ));
            } else if listed {
                out.earliest_first = Some(Term::years(2));
                let names: Vec<Arg> = input
                    .categories
                    .iter()
                    .filter(|c| ART7_CATEGORIES.contains(c))
                    .map(|c| c.msg_id().into())
                    .collect();
                let why = if input.recidivist {
                    Arg::from(MsgId::CommRecidivist)
                } else {
                    Arg::List(names, Sep::Comma)
                };
                out.steps.push(Step::new(
                    &START_FIXED_TERM_STRICT,
                    Msg::new(MsgId::CommStartListed).arg("why", why),
                ));
            } else {
                let after = if t < Term::years(5) {
                    Term::years(1)
                } else if t < Term::years(10) {
                    Term::new(1, 6, 0).unwrap_or(Term::years(1))
                } else {
                    Term::years(2)
                };
                out.earliest_first = Some(after);
                out.steps.push(Step::new(
                    &START_FIXED_TERM,
                    Msg::new(MsgId::CommStartTerm)
                        .arg("term", t)
                        .arg("after", after),
                ));
            }
        }
        Principal::CriminalDetention(_) | Principal::PublicSurveillance(_) => {
            out.steps
                .push(Step::new(&START_SHORT, MsgId::CommStartShort));
        }
        Principal::Life => {
            out.counted_from = Some(MsgId::CommFromExecution.into());
            if graft_2019 {
                out.earliest_first = Some(Term::years(4));
                out.steps
                    .push(Step::new(&START_GRAFT_2019, MsgId::CommStartLifeGraft));
            } else if listed || input.combined || input.categories.contains(&Category::Violent) {
                out.earliest_first = Some(Term::years(3));
                let why = if input.combined && !listed {
                    MsgId::CommWhyLifeCombined
                } else {
                    MsgId::CommWhyLifeListed
                };
                out.steps.push(Step::new(
                    &START_LIFE_STRICT,
                    Msg::new(MsgId::CommStartLifeStrict).arg("why", why),
                ));
            } else {
                out.earliest_first = Some(Term::years(2));
                out.steps.push(Step::new(&START_LIFE, MsgId::CommStartLife));
            }
        }
        Principal::DeathWithReprieve(r) => {
            out.counted_from = Some(MsgId::CommFromReprieveToLife.into());
            let (after, rule, text) = if graft_2019 {
                (4, &START_GRAFT_2019, MsgId::CommWhyGraft)
            } else if r == ReprieveRestriction::RestrictedCommutation {
                (5, &START_RESTRICTED, MsgId::CommWhyRestricted)
            } else {
                (3, &START_REPRIEVE, MsgId::CommWhyReprieve)
            };
            out.earliest_first = Some(Term::years(after));
            out.steps.push(Step::new(
                rule,
                Msg::new(MsgId::CommStartReprieve)
                    .arg("why", text)
                    .arg("years", Term::years(after)),
            ));
        }
        Principal::Death
        | Principal::DayFine(_)
        | Principal::Exempt
        | Principal::SupplementaryAlone(_) => {}
    }

    if out.earliest_first.is_some() {
        out.start_rule = out
            .steps
            .iter()
            .rev()
            .map(|s| s.rule)
            .find(|r| START_RULES.iter().any(|x| x.id == r.id));
    }
    if input.sentenced_on < SPC_2016_IN_FORCE {
        findings.push(Finding::new(
            Severity::Note,
            "cn.spc2016.earlier-provisions",
            Msg::new(MsgId::CommEarlierProvisions).arg("date", input.sentenced_on),
        ));
    }
    (out, findings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn input(sentence: Principal, categories: &[Category]) -> CommutationInput<'_> {
        CommutationInput {
            sentence,
            categories,
            recidivist: false,
            state_functionary: false,
            combined: false,
            text: CriminalLawText::AmendmentVIII,
            sentenced_on: date(2018, 1, 1),
        }
    }

    #[test]
    fn spc2016_art6_start_by_term() {
        let f = |y| {
            commutation(&input(Principal::Imprisonment(Term::years(y)), &[]))
                .0
                .earliest_first
        };
        assert_eq!(f(4), Some(Term::years(1)));
        assert_eq!(f(5), Some(Term::new(1, 6, 0).unwrap()));
        assert_eq!(f(10), Some(Term::years(2)));
    }

    #[test]
    fn spc2016_art7_listed_crimes_after_two_years() {
        let (c, _) = commutation(&input(
            Principal::Imprisonment(Term::years(3)),
            &[Category::JobRelated],
        ));
        assert_eq!(c.earliest_first, Some(Term::years(2)));
    }

    #[test]
    fn cl78_2_minimums() {
        let (c, _) = commutation(&input(Principal::Imprisonment(Term::years(15)), &[]));
        assert_eq!(c.minimum_served, Some(Term::new(7, 6, 0).unwrap()));
        let (c, _) = commutation(&input(Principal::Life, &[]));
        assert_eq!(c.minimum_served, Some(Term::years(13)));
        let mut i = input(Principal::Life, &[]);
        i.text = CriminalLawText::Text1997;
        assert_eq!(commutation(&i).0.minimum_served, Some(Term::years(10)));
        let (c, _) = commutation(&input(
            Principal::DeathWithReprieve(ReprieveRestriction::RestrictedCommutation),
            &[],
        ));
        assert_eq!(c.minimum_served, Some(Term::years(25)));
    }

    #[test]
    fn spc2016_art9_combined_life_after_three_years() {
        let mut i = input(Principal::Life, &[]);
        assert_eq!(commutation(&i).0.earliest_first, Some(Term::years(2)));
        i.combined = true;
        assert_eq!(commutation(&i).0.earliest_first, Some(Term::years(3)));
    }

    #[test]
    fn spc2019_graft_by_official_after_a9() {
        let mut i = input(
            Principal::Imprisonment(Term::years(12)),
            &[Category::Graft, Category::JobRelated],
        );
        i.state_functionary = true;
        assert_eq!(commutation(&i).0.earliest_first, Some(Term::years(3)));
        i.sentenced_on = date(2015, 10, 31);
        assert_eq!(
            commutation(&i).0.earliest_first,
            Some(Term::years(2)),
            "before A9: SPC-2016 art. 7"
        );
    }

    #[test]
    fn spc2016_art15_life_without_parole_has_no_commutation() {
        let (c, _) = commutation(&input(
            Principal::DeathWithReprieve(ReprieveRestriction::LifeWithoutCommutationOrParole),
            &[],
        ));
        assert!(c.barred_by.is_some());
        assert_eq!(c.earliest_first, None);
    }
}
