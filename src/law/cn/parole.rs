//! Parole (假释): CL 81 and SPC-2016 art. 23, 25, 27.
//!
//! > 被判处有期徒刑的犯罪分子，执行原判刑期二分之一以上，被判处无期徒刑的犯罪分子，
//! > 实际执行十三年以上，……可以假释。 (CL 81 ¶1, Amendment VIII text)
//! > 对累犯以及因故意杀人、强奸、抢劫、绑架、放火、爆炸、投放危险物质或者有组织的暴力性
//! > 犯罪被判处十年以上有期徒刑、无期徒刑的犯罪分子，不得假释。 (CL 81 ¶2)

use super::versions::{
    A8_IN_FORCE, BEFORE_A8, CL_1997_IN_FORCE, CriminalLawText, SPC_2016_IN_FORCE,
};
use crate::analysis::ParoleFigures;
use crate::case::Category;
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Step, Verification};
use crate::message::{Arg, Msg, MsgId};
use crate::penalty::{Principal, ReprieveRestriction, Term};

pub static FIXED_TERM_HALF: Rule = Rule {
    id: "cn.cl81.1.fixed-term-half",
    citation: "CL 81 ¶1; SPC-2016 art. 23 ¶1",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "fixed-term imprisonment: parole after serving half of the original term, counted from execution with custody credited one day for one day",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 81 ¶1; spc-2016-commutation-parole.md art. 23 ¶1",
    ),
};

pub static LIFE_13_YEARS: Rule = Rule {
    id: "cn.cl81.1.life-13-years.a8",
    citation: "CL 81 ¶1 (Amendment VIII text); SPC-2016 art. 23 ¶2",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "life imprisonment: parole after 13 years actually served, counted from the day the judgment took effect, custody before it not credited",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 81 ¶1; spc-2016-commutation-parole.md art. 23 ¶2",
    ),
};

pub static LIFE_10_YEARS_1997: Rule = Rule {
    id: "cn.cl81.1.life-10-years.1997",
    citation: "CL 81 ¶1 (1997 text); SPC-2011T art. 7",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: Some(BEFORE_A8),
    summary: "life imprisonment for crimes on or before 2011-04-30: parole after 10 years actually served",
    verification: Verification::Unverified(
        "SPC-2011T art. 7 applies the 1997 text of CL 81 ¶1 to these crimes, but that text is not bundled: the 10-year figure is from the reference summary",
    ),
};

pub static REPRIEVE_15_YEARS: Rule = Rule {
    id: "cn.spc2016.23.3.reprieve-15-years",
    citation: "SPC-2016 art. 23 ¶3",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "death with reprieve commuted to life or a term: parole after 15 years actually served, counted from the end of the reprieve, custody before the judgment not credited",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 23 ¶3"),
};

pub static BAR_RECIDIVIST: Rule = Rule {
    id: "cn.cl81.2.bar-recidivist",
    citation: "CL 81 ¶2",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "no parole for recidivists",
    verification: Verification::Statute("criminal-law-consolidated.md art. 81 ¶2"),
};

pub static BAR_VIOLENT: Rule = Rule {
    id: "cn.cl81.2.bar-violent",
    citation: "CL 81 ¶2; SPC-2016 art. 25",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "no parole for a sentence of 10 years or more, or life, for intentional homicide, rape, robbery, kidnapping, arson, explosion, spreading dangerous substances or organised violent crime, nor after a death reprieve for them is commuted",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 81 ¶2; spc-2016-commutation-parole.md art. 25",
    ),
};

pub static BAR_VIOLENT_1997: Rule = Rule {
    id: "cn.cl81.2.bar-violent.1997",
    citation: "CL 81 ¶2 (1997 text); SPC-2011T art. 8",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: Some(BEFORE_A8),
    summary: "for crimes on or before 2011-04-30 the 1997 text of CL 81 ¶2 decides the bar; the list of the Amendment VIII text is used in its place",
    verification: Verification::Unverified(
        "SPC-2011T art. 8 applies the 1997 text of CL 81 ¶2, which is not bundled; its list of violent crimes may differ",
    ),
};

pub static BAR_LIFE_WITHOUT_PAROLE: Rule = Rule {
    id: "cn.cl383.4.life-without-parole",
    citation: "CL 383 ¶4; SPC-2016 art. 15",
    in_force_from: super::versions::A9_IN_FORCE,
    in_force_until: None,
    summary: "a death reprieve with life imprisonment without commutation or parole (终身监禁): no commutation and no parole, ever",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 383 ¶4; spc-2016-commutation-parole.md art. 15",
    ),
};

pub static PROPERTY_UNPAID: Rule = Rule {
    id: "cn.spc2016.27.property-unpaid",
    citation: "SPC-2016 art. 27",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "no parole while the person is able but does not pay the property parts of the judgment",
    verification: Verification::Statute("spc-2016-commutation-parole.md art. 27"),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[
    &FIXED_TERM_HALF,
    &LIFE_13_YEARS,
    &LIFE_10_YEARS_1997,
    &REPRIEVE_15_YEARS,
    &BAR_RECIDIVIST,
    &BAR_VIOLENT,
    &BAR_VIOLENT_1997,
    &BAR_LIFE_WITHOUT_PAROLE,
    &PROPERTY_UNPAID,
];

/// A count as the parole bar needs it.
#[derive(Debug, Clone)]
pub struct CountForParole<'a> {
    pub offence: &'a str,
    /// The offence's Chinese name, when the file gives it.
    pub native_offence: Option<&'a str>,
    pub penalty: Principal,
    pub categories: &'a [Category],
}

/// The facts parole depends on.
#[derive(Debug, Clone)]
pub struct ParoleInput<'a> {
    /// The sentence in force.
    pub sentence: Principal,
    pub counts: &'a [CountForParole<'a>],
    pub recidivist: bool,
    pub text: CriminalLawText,
    /// The judgment has a fine or confiscation.
    pub property_penalty: bool,
}

fn violent_bar_applies(p: &Principal) -> bool {
    match p {
        Principal::Imprisonment(t) => *t >= Term::years(10),
        Principal::Life | Principal::DeathWithReprieve(_) | Principal::Death => true,
        // Not a CL penalty; refused before parole (`input.day-fine-not-this-law`).
        Principal::DayFine(_) => false,
        _ => false,
    }
}

/// CL 81 ¶1 for life: the years actually served before parole under each
/// text, and the rule that says so.
pub fn life_minimum(text: CriminalLawText) -> (Term, &'static Rule) {
    match text {
        CriminalLawText::AmendmentVIII => (Term::years(13), &LIFE_13_YEARS),
        CriminalLawText::Text1997 => (Term::years(10), &LIFE_10_YEARS_1997),
    }
}

/// The parole figures for a sentence.
///
/// ```
/// use sentencing::law::cn::parole::{parole, ParoleInput};
/// use sentencing::law::cn::versions::CriminalLawText;
/// use sentencing::penalty::{Principal, Term};
/// let (p, _) = parole(&ParoleInput {
///     sentence: Principal::Imprisonment(Term::years(15)),
///     counts: &[], recidivist: false, text: CriminalLawText::AmendmentVIII, property_penalty: false,
/// });
/// assert_eq!(p.eligible_after.unwrap().to_string(), "7 years 6 months");
/// ```
pub fn parole(input: &ParoleInput<'_>) -> (ParoleFigures, Vec<Finding>) {
    let mut out = ParoleFigures::default();
    let mut findings = Vec::new();
    let s = input.sentence;

    match s {
        Principal::Death => {
            out.not_applicable = Some(MsgId::ParoleNaDeath.into());
            return (out, findings);
        }
        Principal::CriminalDetention(_) | Principal::PublicSurveillance(_) => {
            out.not_applicable = Some(Msg::new(MsgId::ParoleNaKind).arg("kind", s.kind()));
            return (out, findings);
        }
        Principal::DeathWithReprieve(ReprieveRestriction::LifeWithoutCommutationOrParole) => {
            out.barred_by = Some(&BAR_LIFE_WITHOUT_PAROLE);
            out.steps.push(Step::new(
                &BAR_LIFE_WITHOUT_PAROLE,
                MsgId::ParoleBarLifeWithout,
            ));
            return (out, findings);
        }
        _ => {}
    }

    if input.recidivist {
        out.barred_by = Some(&BAR_RECIDIVIST);
        out.steps
            .push(Step::new(&BAR_RECIDIVIST, MsgId::ParoleBarRecidivist));
        return (out, findings);
    }

    let violent_rule = match input.text {
        CriminalLawText::AmendmentVIII => &BAR_VIOLENT,
        CriminalLawText::Text1997 => &BAR_VIOLENT_1997,
    };
    let violent: Vec<&CountForParole<'_>> = input
        .counts
        .iter()
        .filter(|c| c.categories.contains(&Category::Violent))
        .collect();
    if let Some(c) = violent.iter().find(|c| violent_bar_applies(&c.penalty)) {
        out.barred_by = Some(violent_rule);
        let text = if matches!(c.penalty, Principal::DeathWithReprieve(_)) {
            Msg::new(MsgId::ParoleBarViolentReprieve)
                .arg("offence", offence(c))
                .arg("penalty", c.penalty)
        } else {
            Msg::new(MsgId::ParoleBarViolent)
                .arg("offence", offence(c))
                .arg("penalty", c.penalty)
        };
        out.steps.push(Step::new(violent_rule, text));
        return (out, findings);
    }
    if let (Some(c), true) = (violent.first(), violent_bar_applies(&s)) {
        findings.push(Finding::new(
            Severity::Assumption,
            "cn.cl81.2.combined-reading",
            Msg::new(MsgId::ParoleCombinedReading)
                .arg("offence", offence(c))
                .arg("penalty", c.penalty)
                .arg("sentence", s),
        ));
    }

    match s {
        Principal::Imprisonment(t) => {
            let (half, exact) = t.half();
            out.eligible_after = Some(half);
            out.eligible_rule = Some(&FIXED_TERM_HALF);
            out.counted_from = Some(MsgId::ParoleFromExecution.into());
            out.steps.push(Step::new(
                &FIXED_TERM_HALF,
                Msg::new(MsgId::ParoleHalf)
                    .arg("term", t)
                    .arg("half", half)
                    .arg(
                        "note",
                        if exact {
                            Arg::Text(String::new())
                        } else {
                            MsgId::ParoleHalfInDays.into()
                        },
                    ),
            ));
        }
        Principal::Life => {
            let (years, rule) = life_minimum(input.text);
            out.eligible_after = Some(years);
            out.eligible_rule = Some(rule);
            out.counted_from = Some(MsgId::ParoleFromEffective.into());
            out.steps.push(Step::new(
                rule,
                Msg::new(MsgId::ParoleLife).arg("years", years),
            ));
            if !rule.verification.is_verified() {
                findings.push(Finding::new(
                    Severity::Unverified,
                    "cn.cl81.life-1997-unverified",
                    MsgId::ParoleLife1997Unverified,
                ));
            }
        }
        Principal::DeathWithReprieve(_) => {
            out.eligible_after = Some(Term::years(15));
            out.eligible_rule = Some(&REPRIEVE_15_YEARS);
            out.counted_from = Some(MsgId::ParoleFromReprieveEnd.into());
            out.steps
                .push(Step::new(&REPRIEVE_15_YEARS, MsgId::ParoleReprieve15));
        }
        _ => {}
    }

    if input.property_penalty {
        out.steps
            .push(Step::new(&PROPERTY_UNPAID, MsgId::ParolePropertyUnpaid));
    }
    (out, findings)
}

/// The offence named in English, or in Chinese when the file gives it.
fn offence(c: &CountForParole<'_>) -> Arg {
    Arg::Named {
        en: c.offence.to_string(),
        zh: c.native_offence.map(String::from),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(sentence: Principal, counts: &'a [CountForParole<'a>]) -> ParoleInput<'a> {
        ParoleInput {
            sentence,
            counts,
            recidivist: false,
            text: CriminalLawText::AmendmentVIII,
            property_penalty: false,
        }
    }

    #[test]
    fn cl81_1_half_of_fixed_term() {
        let (p, _) = parole(&input(Principal::Imprisonment(Term::years(15)), &[]));
        assert_eq!(p.eligible_after, Some(Term::new(7, 6, 0).unwrap()));
        assert!(p.barred_by.is_none());
    }

    #[test]
    fn cl81_1_life_13_years_a8_and_10_years_1997() {
        let (p, _) = parole(&input(Principal::Life, &[]));
        assert_eq!(p.eligible_after, Some(Term::years(13)));
        let mut i = input(Principal::Life, &[]);
        i.text = CriminalLawText::Text1997;
        let (p, f) = parole(&i);
        assert_eq!(p.eligible_after, Some(Term::years(10)));
        assert_eq!(f[0].severity, Severity::Unverified);
    }

    #[test]
    fn cl81_2_homicide_with_death_reprieve_is_barred() {
        let counts = [CountForParole {
            offence: "intentional homicide",
            native_offence: Some("故意杀人罪"),
            penalty: Principal::DeathWithReprieve(ReprieveRestriction::None),
            categories: &[Category::Violent],
        }];
        let (p, _) = parole(&input(
            Principal::DeathWithReprieve(ReprieveRestriction::None),
            &counts,
        ));
        assert_eq!(p.barred_by.map(|r| r.id), Some("cn.cl81.2.bar-violent"));
        assert_eq!(p.eligible_after, None);
    }

    #[test]
    fn cl81_2_homicide_under_ten_years_is_not_barred() {
        let counts = [CountForParole {
            offence: "intentional homicide",
            native_offence: Some("故意杀人罪"),
            penalty: Principal::Imprisonment(Term::years(9)),
            categories: &[Category::Violent],
        }];
        let (p, _) = parole(&input(Principal::Imprisonment(Term::years(9)), &counts));
        assert!(p.barred_by.is_none());
        assert_eq!(p.eligible_after, Some(Term::new(4, 6, 0).unwrap()));
    }

    #[test]
    fn cl81_2_recidivist_is_barred() {
        let mut i = input(Principal::Imprisonment(Term::years(3)), &[]);
        i.recidivist = true;
        assert!(parole(&i).0.barred_by.is_some());
    }

    #[test]
    fn detention_has_no_parole() {
        let (p, _) = parole(&input(Principal::CriminalDetention(Term::months(6)), &[]));
        assert!(p.not_applicable.is_some());
    }
}
