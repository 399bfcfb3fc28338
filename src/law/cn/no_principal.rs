//! Convictions without a principal penalty: 免予刑事处罚 (CL 37) and a
//! supplementary penalty imposed alone (CL 34 ¶2: 剥夺政治权利 under CL 56
//! ¶2, 罚金 under CL 52–53); and 驱逐出境 (CL 35), alone or beside the other
//! penalties.
//!
//! > 对于犯罪情节轻微不需要判处刑罚的，可以免予刑事处罚 (CL 37)
//! > 附加刑也可以独立适用。 (CL 34 ¶2)
//! > 对于犯罪的外国人，可以独立适用或者附加适用驱逐出境。 (CL 35)
//!
//! Such a count has no principal penalty for CL 69 ¶1–2 to combine; its
//! supplementary penalty joins the others under CL 69 ¶3.

use super::versions::CL_1997_IN_FORCE;
use crate::analysis::SupplementaryPenalties;
use crate::case::{Count, Decided};
use crate::finding::{Finding, Severity};
use crate::law::Step;
use crate::law::rule::{Rule, Verification};
use crate::message::{Msg, MsgId};
use crate::penalty::Principal;

/// CL 37: convicted, exempt from criminal punishment.
pub static EXEMPT: Rule = Rule {
    id: "cn.cl37.exempt",
    citation: "CL 37",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "exempt from criminal punishment: a conviction without a penalty; nothing to combine or execute",
    verification: Verification::Statute("criminal-law-consolidated.md art. 37"),
};

/// CL 34 ¶2: a supplementary penalty imposed alone.
pub static ALONE: Rule = Rule {
    id: "cn.cl34.2.alone",
    citation: "CL 34 ¶2",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "a supplementary penalty imposed alone (a fine, CL 52–53; deprivation of political rights, CL 56 ¶2): no principal penalty to combine under CL 69 ¶1–2; it is combined with the others under CL 69 ¶3",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 34 ¶2 (附加刑也可以独立适用), art. 56 ¶2",
    ),
};

/// CL 35: deportation of a foreign offender.
pub static EXPULSION: Rule = Rule {
    id: "cn.cl35.expulsion",
    citation: "CL 35",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "deportation of a foreign offender, alone or beside the other penalties; executed with them (CL 69 ¶3)",
    verification: Verification::Statute("criminal-law-consolidated.md art. 35"),
};

/// Deprivation of political rights without custody to follow: from the day
/// the judgment takes effect.
pub static RIGHTS_FROM_EFFECTIVE: Rule = Rule {
    id: "cn.dpr.from-effective",
    citation: "CL 58 ¶1 (by analogy), CL 72 ¶3",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "deprivation of political rights imposed alone, or beside a suspended sentence, runs from the day the judgment takes effect",
    verification: Verification::Unverified(
        "CL 58 ¶1 counts it from the end of imprisonment or detention, or from parole; for a deprivation alone or beside a suspension the statute names no day, and the tool takes the effective date",
    ),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[&EXEMPT, &ALONE, &EXPULSION, &RIGHTS_FROM_EFFECTIVE];

/// The dates of a deprivation of political rights that no custody precedes
/// (imposed alone, CL 56 ¶2, or beside a suspended sentence, CL 72 ¶3).
pub fn rights_from_effective(
    d: &crate::case::Defendant,
    path: &str,
    rights: Option<crate::penalty::PoliticalRights>,
    dates: &mut crate::analysis::DateFigures,
    findings: &mut Vec<Finding>,
) {
    use crate::penalty::PoliticalRights;
    let Some(PoliticalRights::Term(t)) = rights else {
        return;
    };
    let n = d.original_judgments().count();
    let Some((gi, governing)) = n
        .checked_sub(1)
        .and_then(|i| d.judgments.get(i).map(|j| (i, j)))
    else {
        return;
    };
    let root = crate::case::FieldPath::Root(path);
    let field = root.key_index("judgments", gi);
    let Ok((effective, step, assumption, uncovered)) =
        super::effective_date::effective_date(governing, &field)
    else {
        return;
    };
    let Ok(end) = crate::calendar::period_end(effective, t) else {
        return;
    };
    if dates.effective.is_none() {
        dates.effective = Some(effective);
        dates.effective_assumed = assumption.is_some();
        dates.events.push(crate::analysis::DateEvent {
            event: MsgId::EventEffective.into(),
            date: Some(effective),
            step,
        });
        findings.extend(assumption);
        // Outside the holiday data only weekends were counted (holidays.rs).
        findings.extend(uncovered);
    }
    dates.political_rights_end = Some(end);
    dates.events.push(crate::analysis::DateEvent {
        event: MsgId::EventPoliticalRightsFromEffective.into(),
        date: Some(end),
        step: Step::new(
            &RIGHTS_FROM_EFFECTIVE,
            Msg::new(MsgId::NpRightsFromEffective)
                .arg("term", t)
                .arg("start", effective)
                .arg("end", end),
        ),
    });
}

/// Notes on counts without a principal penalty, and errors where the
/// decided sentence and the counts disagree on having one.
pub fn count_notes(counts: &[Count], decided: Option<&Decided>) -> Vec<Finding> {
    let mut out = Vec::new();
    for c in counts.iter().filter(|c| !c.penalty.value.is_principal()) {
        let (code, id) = match c.penalty.value {
            Principal::Exempt => ("cn.cl37.exempt", MsgId::NpExemptCount),
            _ => ("cn.cl34.alone", MsgId::NpAloneCount),
        };
        out.push(
            Finding::new(
                Severity::Note,
                code,
                Msg::new(id)
                    .arg("offence", super::offence_arg(&c.offence, &c.native_offence))
                    .arg("penalty", c.penalty.value),
            )
            .at(c.penalty.span),
        );
    }
    let with_principal = counts.iter().find(|c| c.penalty.value.is_principal());
    if let Some(dec) = decided
        && counts.len() > 1
    {
        match (with_principal, dec.penalty.value.is_principal()) {
            (None, true) => out.push(
                Finding::new(
                    Severity::Error,
                    "cn.decided-principal-without-count",
                    Msg::new(MsgId::NpDecidedWithout).arg("decided", dec.penalty.value),
                )
                .at(dec.penalty.span)
                .hint(MsgId::NpDecidedWithoutHint),
            ),
            (Some(c), false) => out.push(
                Finding::new(
                    Severity::Error,
                    "cn.decided-without-principal",
                    Msg::new(MsgId::NpDecidedMissing)
                        .arg("decided", dec.penalty.value)
                        .arg("offence", super::offence_arg(&c.offence, &c.native_offence))
                        .arg("penalty", c.penalty.value),
                )
                .at(dec.penalty.span)
                .hint(MsgId::NpDecidedMissingHint),
            ),
            _ => {}
        }
    }
    out
}

/// Deportation (CL 35) among the supplementary penalties.
pub fn expulsion(supp: &mut SupplementaryPenalties, counts: &[Count], decided: Option<&Decided>) {
    let on_counts = counts.iter().any(|c| c.expulsion);
    let decided_too = decided.is_some_and(|d| d.expulsion);
    if on_counts || decided_too {
        supp.expulsion = true;
        supp.steps
            .push(Step::new(&EXPULSION, MsgId::NpExpulsionStep));
    }
}

/// When no count has a principal penalty, the combination is the decided
/// sentence itself (an exemption or a supplementary penalty alone): there
/// is nothing for CL 69 ¶1–2 to combine, and the decided sentence is lawful
/// when it has no principal penalty either (`count_notes` says otherwise).
pub fn settle(
    comb: &mut crate::analysis::Combination,
    counts: &[Count],
    decided: Option<&Decided>,
) {
    if counts.iter().any(|c| c.penalty.value.is_principal()) {
        return;
    }
    let sentence = decided.map_or_else(
        || {
            counts
                .iter()
                .map(|c| c.penalty.value)
                .max_by_key(|p| p.kind())
        },
        |d| Some(d.penalty.value),
    );
    let Some(sentence) = sentence else { return };
    if counts.len() == 1 {
        comb.principle = crate::analysis::Principle::SingleCount;
    }
    comb.highest = Some(sentence);
    comb.range = Some(crate::analysis::PenaltyRange::exactly(sentence));
    comb.lawful = Some(!sentence.is_principal());
}

/// The note that a sentence without a principal penalty has no dates.
pub fn no_dates_note(sentence: Principal) -> Finding {
    Finding::new(
        Severity::Note,
        "cn.no-principal-penalty",
        Msg::new(MsgId::NpNoDates).arg("penalty", sentence),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Located;
    use crate::finding::Span;
    use crate::penalty::{AloneKind, Term};

    fn count(p: Principal) -> Count {
        Count {
            offence: "o".into(),
            native_offence: None,
            article: None,
            committed: None,
            penalty: Located::new(p, Span::default()),
            probation: None,
            political_rights: None,
            fine: None,
            confiscation: None,
            expulsion: false,
            categories_override: None,
            assumed: Vec::new(),
            statutory_max: None,
            statutory_min: None,
            consecutive_to: None,
            release_regime: None,
            section_250: false,
            progression_excluded: false,
            sentence_type: None,
            sentenced: None,
            note: None,
            span: Span::default(),
        }
    }

    #[test]
    fn cl37_exempt_count_is_noted_and_not_combined() {
        let f = count_notes(&[count(Principal::Exempt)], None);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].code, "cn.cl37.exempt");
    }

    #[test]
    fn cl34_2_decided_sentence_must_match_the_counts() {
        let prison = Principal::Imprisonment(Term::years(2));
        let alone = Principal::SupplementaryAlone(AloneKind::Fine);
        let counts = [count(prison), count(alone)];
        let mut dec = Decided::from_single_count(&counts[1]);
        let f = count_notes(&counts, Some(&dec));
        assert!(f.iter().any(|f| f.code == "cn.decided-without-principal"));
        dec.penalty = Located::new(prison, Span::default());
        let f = count_notes(&counts, Some(&dec));
        assert!(f.iter().all(|f| f.severity != Severity::Error));
        let both_alone = [count(alone), count(Principal::Exempt)];
        let f = count_notes(&both_alone, Some(&dec));
        assert!(
            f.iter()
                .any(|f| f.code == "cn.decided-principal-without-count")
        );
    }
}
