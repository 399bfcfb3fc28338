//! Supplementary penalties of several crimes (CL 69 last ¶; SPC-2000 art. 3;
//! CL 57).
//!
//! > 数罪中有判处附加刑的，附加刑仍须执行，其中附加刑种类相同的，合并执行，种类不同的，
//! > 分别执行。 (CL 69 ¶3, wording of Amendment VIII)
//!
//! > 依法对犯罪分子所犯数罪分别判处罚金的，应当实行并罚，将所判处的罚金数额相加，执行
//! > 总和数额。一人犯数罪依法同时并处罚金和没收财产的，应当合并执行；但并处没收全部
//! > 财产的，只执行没收财产刑。 (SPC-2000 art. 3)
//!
//! > 对于被判处死刑、无期徒刑的犯罪分子，应当剥夺政治权利终身。 (CL 57 ¶1)

use super::versions::{
    A8_IN_FORCE, BEFORE_A8, CL_1997_IN_FORCE, CriminalLawText, SPC_2000_IN_FORCE,
};
use crate::analysis::SupplementaryPenalties;
use crate::finding::{Finding, Severity, Span};
use crate::law::{Rule, Step, Verification};
use crate::message::{Arg, Msg, MsgId, Sep};
use crate::penalty::{Confiscation, Money, PoliticalRights, Principal, PrincipalKind, Term};

/// Supplementary penalties are still executed; same kinds merged.
pub static SUPPLEMENTARY_MERGED: Rule = Rule {
    id: "cn.cl69.3.supplementary",
    citation: "CL 69 ¶3 (Amendment VIII wording)",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "supplementary penalties are still executed: the same kind merged, different kinds separately",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 69 ¶3; amendment-08-2011.md art. 10",
    ),
};

/// The 1997 text of the same paragraph: supplementary penalties are still executed.
pub static SUPPLEMENTARY_1997: Rule = Rule {
    id: "cn.cl69.3.supplementary.1997",
    citation: "CL 69 ¶2 (1997 text)",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: Some(BEFORE_A8),
    summary: "supplementary penalties are still executed (如果数罪中有判处附加刑的，附加刑仍须执行)",
    verification: Verification::Reference(
        "cn-rules.md §2 item 4: Amendment VIII added the words on merging the same kind; the 1997 text is not bundled",
    ),
};

/// Fines for several crimes are added.
pub static FINES_ADDED: Rule = Rule {
    id: "cn.spc2000.3.1.fines-added",
    citation: "SPC-2000 art. 3 ¶1",
    in_force_from: SPC_2000_IN_FORCE,
    in_force_until: None,
    summary: "fines imposed for several crimes are added and the total is executed",
    verification: Verification::Statute("law/cn/spc-2000-property-penalties.md art. 3 ¶1"),
};

/// Confiscation of all property absorbs fines.
pub static CONFISCATION_ALL_ABSORBS_FINES: Rule = Rule {
    id: "cn.spc2000.3.2.confiscation-absorbs-fines",
    citation: "SPC-2000 art. 3 ¶2",
    in_force_from: SPC_2000_IN_FORCE,
    in_force_until: None,
    summary: "fines and confiscation are both executed, except confiscation of all property, which alone is executed",
    verification: Verification::Statute("law/cn/spc-2000-property-penalties.md art. 3 ¶2"),
};

/// Death and life carry deprivation of political rights for life.
pub static LIFE_DPR: Rule = Rule {
    id: "cn.cl57.1.dpr-for-life",
    citation: "CL 57 ¶1",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "a person sentenced to death or life imprisonment is deprived of political rights for life; it absorbs term deprivations",
    verification: Verification::Statute("criminal-law-consolidated.md art. 57 ¶1"),
};

/// Several term deprivations of political rights are merged by adding them;
/// whether the merged term may exceed five years is not settled.
pub static DPR_TERMS_MERGED: Rule = Rule {
    id: "cn.cl69.3.dpr-terms-added",
    citation: "CL 69 ¶3; CL 55",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "several term deprivations of political rights are merged (合并执行) by adding them; whether the result may exceed 5 years (CL 55) is unsettled",
    verification: Verification::Unverified(
        "the only public example (Chen Xiaotong 1997) added them; no text says whether the merged term may exceed 5 years",
    ),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[
    &SUPPLEMENTARY_MERGED,
    &SUPPLEMENTARY_1997,
    &FINES_ADDED,
    &CONFISCATION_ALL_ABSORBS_FINES,
    &LIFE_DPR,
    &DPR_TERMS_MERGED,
];

/// A count's supplementary penalties.
#[derive(Debug, Clone, Copy)]
pub struct CountSupplementary<'a> {
    pub political_rights: Option<&'a PoliticalRights>,
    pub fine: Option<&'a Money>,
    pub confiscation: Option<&'a Confiscation>,
}

/// The court's decided supplementary penalties, with their places.
#[derive(Debug, Clone, Copy, Default)]
pub struct DecidedSupplementary<'a> {
    pub political_rights: Option<(&'a PoliticalRights, Span)>,
    pub fine: Option<(&'a Money, Span)>,
    pub confiscation: Option<(&'a Confiscation, Span)>,
    pub span: Span,
}

/// Combines the counts' supplementary penalties and checks the court's.
///
/// `principal` is the combined principal penalty (the decided one when
/// known), which decides CL 57.
pub fn combine_supplementary(
    counts: &[CountSupplementary<'_>],
    text: CriminalLawText,
    principal: Option<Principal>,
    decided: Option<DecidedSupplementary<'_>>,
) -> (SupplementaryPenalties, Vec<Finding>) {
    let mut out = SupplementaryPenalties::default();
    let mut findings = Vec::new();
    let merged_rule: &'static Rule = match text {
        CriminalLawText::AmendmentVIII => &SUPPLEMENTARY_MERGED,
        CriminalLawText::Text1997 => &SUPPLEMENTARY_1997,
    };

    // Political rights.
    let life_principal = principal.is_some_and(|p| {
        matches!(
            p.kind(),
            PrincipalKind::Death | PrincipalKind::DeathWithReprieve | PrincipalKind::Life
        )
    });
    let dprs: Vec<&PoliticalRights> = counts.iter().filter_map(|c| c.political_rights).collect();
    let any_life = dprs.iter().any(|d| matches!(d, PoliticalRights::Life));
    if life_principal || any_life {
        out.political_rights = Some(PoliticalRights::Life);
        let why = if life_principal {
            Msg::new(MsgId::SuppWhyPrincipal).arg(
                "penalty",
                principal.map_or(Arg::Text(String::new()), Arg::Penalty),
            )
        } else {
            Msg::new(MsgId::SuppWhyCountLife)
        };
        let absorbed = dprs
            .iter()
            .filter(|d| matches!(d, PoliticalRights::Term(_)))
            .count();
        out.steps.push(Step::new(
            &LIFE_DPR,
            if absorbed > 0 {
                Msg::new(MsgId::SuppLifeAbsorbing)
                    .arg("why", why)
                    .arg("n", absorbed)
            } else {
                Msg::new(MsgId::SuppLife).arg("why", why)
            },
        ));
    } else if !dprs.is_empty() {
        let terms: Vec<Term> = dprs
            .iter()
            .filter_map(|d| match d {
                PoliticalRights::Term(t) => Some(*t),
                PoliticalRights::Life => None,
            })
            .collect();
        let total = terms.iter().fold(Term::ZERO, |a, t| a.saturating_add(*t));
        out.political_rights = Some(PoliticalRights::Term(total));
        if terms.len() > 1 {
            let listed: Vec<Arg> = terms.iter().map(|t| Arg::Term(*t)).collect();
            out.steps.push(Step::new(
                &DPR_TERMS_MERGED,
                Msg::new(MsgId::SuppDprMerged)
                    .arg("terms", Arg::List(listed, Sep::Plus))
                    .arg("total", total),
            ));
            if total > Term::years(5) {
                findings.push(Finding::new(
                    Severity::Unverified,
                    "cn.dpr-merged-above-5-years",
                    Msg::new(MsgId::SuppDprAbove5).arg("total", total),
                ));
            }
        } else {
            out.steps.push(Step::new(
                merged_rule,
                Msg::new(MsgId::SuppDprOne).arg("total", total),
            ));
        }
    }

    // Confiscation.
    let confiscations: Vec<&Confiscation> = counts.iter().filter_map(|c| c.confiscation).collect();
    let all = confiscations.iter().any(|c| matches!(c, Confiscation::All));
    if all {
        out.confiscation = Some(Confiscation::All);
    } else if !confiscations.is_empty() {
        let amounts: Vec<&Money> = confiscations
            .iter()
            .filter_map(|c| match c {
                Confiscation::Amount(m) => Some(m),
                Confiscation::All => None,
            })
            .collect();
        match sum(&amounts) {
            Some(total) => {
                if amounts.len() > 1 {
                    out.steps.push(Step::new(
                        merged_rule,
                        Msg::new(MsgId::SuppConfiscationSum)
                            .arg("amounts", join(&amounts))
                            .arg("total", &total),
                    ));
                }
                out.confiscation = Some(Confiscation::Amount(total));
            }
            None => findings.push(mixed_currencies(MsgId::FieldConfiscation)),
        }
    }

    // Fines.
    let fines: Vec<&Money> = counts.iter().filter_map(|c| c.fine).collect();
    if !fines.is_empty() {
        match sum(&fines) {
            Some(total) => {
                if fines.len() > 1 {
                    out.steps.push(Step::new(
                        &FINES_ADDED,
                        Msg::new(MsgId::SuppFinesSum)
                            .arg("amounts", join(&fines))
                            .arg("total", &total),
                    ));
                }
                if all {
                    out.fines_absorbed = true;
                    out.steps.push(Step::new(
                        &CONFISCATION_ALL_ABSORBS_FINES,
                        Msg::new(MsgId::SuppFinesAbsorbed).arg("total", &total),
                    ));
                } else {
                    out.fine = Some(total);
                }
            }
            None => findings.push(mixed_currencies(MsgId::FieldFine)),
        }
    }

    if let Some(d) = decided {
        check_decided(&out, principal, life_principal, d, &mut findings);
        out.decided_political_rights = d.political_rights.map(|(p, _)| *p);
        out.decided_fine = d.fine.map(|(m, _)| m.clone());
        out.decided_confiscation = d.confiscation.map(|(c, _)| c.clone());
    }
    (out, findings)
}

fn check_decided(
    out: &SupplementaryPenalties,
    principal: Option<Principal>,
    life_principal: bool,
    d: DecidedSupplementary<'_>,
    findings: &mut Vec<Finding>,
) {
    match (life_principal, d.political_rights) {
        (true, Some((PoliticalRights::Life, _))) => {}
        (true, other) => findings.push(
            Finding::new(
                Severity::Error,
                "cn.cl57.dpr-for-life-missing",
                Msg::new(MsgId::SuppLifeMissing)
                    .arg(
                        "penalty",
                        principal.map_or(Arg::Text(String::new()), Arg::Penalty),
                    )
                    .arg("got", or_none(other.map(|(p, _)| Arg::PoliticalRights(*p)))),
            )
            .at(other.map_or(d.span, |(_, s)| s))
            .hint(MsgId::SuppLifeMissingHint),
        ),
        (false, decided) => {
            let decided_pr = decided.map(|(p, _)| *p);
            if decided_pr != out.political_rights {
                let expected = or_none(out.political_rights.map(Arg::PoliticalRights));
                let got = or_none(decided_pr.map(Arg::PoliticalRights));
                // Adding term deprivations is the one public practice, not a
                // statute: a different figure is a warning, a missing one an error.
                let severity = if out.political_rights.is_some() && decided_pr.is_some() {
                    Severity::Warning
                } else {
                    Severity::Error
                };
                findings.push(
                    Finding::new(
                        severity,
                        "cn.cl69.3.dpr-mismatch",
                        Msg::new(MsgId::SuppDprMismatch)
                            .arg("expected", expected)
                            .arg("got", got),
                    )
                    .at(decided.map_or(d.span, |(_, s)| s))
                    .hint(MsgId::SuppDprMismatchHint),
                );
            }
        }
    }

    let decided_fine = d.fine.map(|(m, _)| m);
    if decided_fine != out.fine.as_ref() {
        let expected = if out.fines_absorbed {
            Arg::from(MsgId::SuppNoneAbsorbed)
        } else {
            or_none(out.fine.as_ref().map(Arg::from))
        };
        findings.push(
            Finding::new(
                Severity::Error,
                "cn.spc2000.3.fine-mismatch",
                Msg::new(MsgId::SuppFineMismatch)
                    .arg("expected", expected)
                    .arg("got", or_none(decided_fine.map(Arg::from))),
            )
            .at(d.fine.map_or(d.span, |(_, s)| s))
            .hint(MsgId::SuppFineMismatchHint),
        );
    }

    let decided_conf = d.confiscation.map(|(c, _)| c);
    if decided_conf != out.confiscation.as_ref() {
        findings.push(
            Finding::new(
                Severity::Error,
                "cn.cl69.3.confiscation-mismatch",
                Msg::new(MsgId::SuppConfiscationMismatch)
                    .arg(
                        "expected",
                        or_none(out.confiscation.clone().map(Arg::Confiscation)),
                    )
                    .arg("got", or_none(decided_conf.cloned().map(Arg::Confiscation))),
            )
            .at(d.confiscation.map_or(d.span, |(_, s)| s))
            .hint(MsgId::SuppConfiscationMismatchHint),
        );
    }
}

fn sum(amounts: &[&Money]) -> Option<Money> {
    let (first, rest) = amounts.split_first()?;
    rest.iter()
        .try_fold((*first).clone(), |acc, m| acc.checked_add(m))
}

fn join(amounts: &[&Money]) -> Arg {
    Arg::List(amounts.iter().map(|m| Arg::from(*m)).collect(), Sep::Plus)
}

/// The argument, or `none` / `无`.
fn or_none(a: Option<Arg>) -> Arg {
    a.unwrap_or_else(|| MsgId::SuppNone.into())
}

fn mixed_currencies(what: MsgId) -> Finding {
    Finding::new(
        Severity::Error,
        "input.mixed-currencies",
        Msg::new(MsgId::SuppMixedCurrencies).arg("what", what),
    )
    .hint(MsgId::SuppMixedCurrenciesHint)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::penalty::parse_money;

    fn fine(text: &str) -> Money {
        parse_money(text).unwrap()
    }

    #[test]
    fn spc2000_art3_fines_are_added() {
        let a = fine("100000 CNY");
        let b = fine("50000 CNY");
        let counts = [
            CountSupplementary {
                political_rights: None,
                fine: Some(&a),
                confiscation: None,
            },
            CountSupplementary {
                political_rights: None,
                fine: Some(&b),
                confiscation: None,
            },
        ];
        let (s, f) = combine_supplementary(
            &counts,
            CriminalLawText::AmendmentVIII,
            Some(Principal::Imprisonment(Term::years(5))),
            None,
        );
        assert_eq!(s.fine, Some(fine("150000 CNY")));
        assert!(f.is_empty());
    }

    #[test]
    fn spc2000_art3_confiscation_of_all_absorbs_fines() {
        let a = fine("1000000 CNY");
        let all = Confiscation::All;
        let counts = [
            CountSupplementary {
                political_rights: None,
                fine: Some(&a),
                confiscation: None,
            },
            CountSupplementary {
                political_rights: None,
                fine: None,
                confiscation: Some(&all),
            },
        ];
        let (s, _) = combine_supplementary(
            &counts,
            CriminalLawText::AmendmentVIII,
            Some(Principal::Life),
            None,
        );
        assert_eq!(s.fine, None);
        assert!(s.fines_absorbed);
        assert_eq!(s.confiscation, Some(Confiscation::All));
    }

    #[test]
    fn cl57_life_absorbs_term_dpr_and_is_required() {
        let one = PoliticalRights::Term(Term::years(1));
        let counts = [CountSupplementary {
            political_rights: Some(&one),
            fine: None,
            confiscation: None,
        }];
        let decided = DecidedSupplementary {
            political_rights: Some((&one, Span::default())),
            ..Default::default()
        };
        let (s, f) = combine_supplementary(
            &counts,
            CriminalLawText::AmendmentVIII,
            Some(Principal::Life),
            Some(decided),
        );
        assert_eq!(s.political_rights, Some(PoliticalRights::Life));
        assert_eq!(f[0].code, "cn.cl57.dpr-for-life-missing");
    }

    #[test]
    fn term_dprs_added_and_flagged_above_five_years() {
        let three = PoliticalRights::Term(Term::years(3));
        let counts = [
            CountSupplementary {
                political_rights: Some(&three),
                fine: None,
                confiscation: None,
            },
            CountSupplementary {
                political_rights: Some(&three),
                fine: None,
                confiscation: None,
            },
        ];
        let (s, f) = combine_supplementary(
            &counts,
            CriminalLawText::AmendmentVIII,
            Some(Principal::Imprisonment(Term::years(10))),
            None,
        );
        assert_eq!(
            s.political_rights,
            Some(PoliticalRights::Term(Term::years(6)))
        );
        assert_eq!(f[0].severity, Severity::Unverified);
    }

    #[test]
    fn decided_fine_must_equal_the_sum() {
        let a = fine("100000 CNY");
        let wrong = fine("90000 CNY");
        let counts = [
            CountSupplementary {
                political_rights: None,
                fine: Some(&a),
                confiscation: None,
            },
            CountSupplementary {
                political_rights: None,
                fine: Some(&a),
                confiscation: None,
            },
        ];
        let decided = DecidedSupplementary {
            fine: Some((&wrong, Span::default())),
            ..Default::default()
        };
        let (_, f) = combine_supplementary(
            &counts,
            CriminalLawText::AmendmentVIII,
            Some(Principal::Imprisonment(Term::years(5))),
            Some(decided),
        );
        assert_eq!(f[0].code, "cn.spc2000.3.fine-mismatch");
    }
}
