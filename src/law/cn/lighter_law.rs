//! The lighter law (从旧兼从轻): CL 12 ¶1, its meaning of "punishes more
//! lightly" (SPC-1997 art. 1–2), and the Supreme People's Court's temporal
//! interpretations that settle article by article which text of an amended
//! provision applies (SPC-2011T art. 6–7, SPC-2015T art. 3).
//!
//! > 中华人民共和国成立以后本法施行以前的行为，如果当时的法律不认为是犯罪的，适用当时的
//! > 法律；如果当时的法律认为是犯罪的，依照本法总则第四章第八节的规定应当追诉的，按照当时
//! > 的法律追究刑事责任，但是如果本法不认为是犯罪或者处刑较轻的，适用本法。 (CL 12 ¶1)
//!
//! When a provision the analysis applies was rewritten between the earliest
//! day an offence may have been committed and the judgment, the provision is
//! computed under both texts, and the report says which applies and why.
//! The cheap date check comes first ([`may_precede`]): most files never get
//! past it, and nothing is allocated for them.

use super::combination::{LIMITED_AGGRAVATION_1997, MIXED_KINDS_A9, MIXED_KINDS_BEFORE_A9};
use super::versions::{
    A8_IN_FORCE, A9_IN_FORCE, BEFORE_A8, BEFORE_A9, CL_1997_IN_FORCE, CriminalLawText,
    SPC_2011T_ART6, TextChoice,
};
use crate::analysis::{
    Combination, CommutationFigures, LawFigure, Lighter, LighterLawRow, ParoleFigures,
    PenaltyRange, Principle, TextApplies,
};
use crate::case::Count;
use crate::law::lighter::lighter;
use crate::law::rule::{Rule, Verification};
use crate::message::MsgId;
use crate::penalty::{Principal, PrincipalKind, Term};
use jiff::civil::{Date, date};

/// CL 12 ¶1: the law at the time of the conduct, unless the new law does not
/// treat it as a crime or punishes it more lightly (in force 1997-10-01).
///
/// > ……按照当时的法律追究刑事责任，但是如果本法不认为是犯罪或者处刑较轻的，适用本法。
pub static CL12_1: Rule = Rule {
    id: "cn.cl12.1.lighter-law",
    citation: "CL 12 ¶1",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "conduct before a change of the law is judged under the law in force when it took place, unless the new law does not treat it as a crime or punishes it more lightly",
    verification: Verification::Statute("law/cn/criminal-law-consolidated.md art. 12 ¶1"),
};

/// SPC-1997 art. 1–2 (in force 1998-01-13): "处刑较轻" is the lighter
/// statutory penalty, by the maximum of the applicable bracket, then its minimum.
///
/// > 法定刑较轻是指法定最高刑较轻；如果法定最高刑相同，则指法定最低刑较轻。 (art. 1)
pub static SPC_1997_ART1: Rule = Rule {
    id: "cn.spc1997.1.lighter-penalty",
    citation: "SPC-1997 art. 1–2",
    in_force_from: date(1998, 1, 13),
    in_force_until: None,
    summary: "'punishes more lightly' means the lighter statutory penalty of the applicable bracket: the lower maximum; with equal maxima, the lower minimum",
    verification: Verification::Statute("law/cn/spc-1997-article-12.md art. 1–2"),
};

/// SPC-2011T art. 7 (in force 2011-05-01): life imprisonment for a crime
/// committed on or before 2011-04-30 follows the 1997 text of CL 78 ¶2 and
/// CL 81 ¶1.
///
/// > 2011年4月30日以前犯罪，被判处无期徒刑的罪犯，减刑以后或者假释前实际执行的刑期，
/// > 适用修正前刑法第七十八条第二款、第八十一条第一款的规定。
pub static SPC_2011T_ART7: Rule = Rule {
    id: "cn.spc2011t.7.life-by-offence-date",
    citation: "SPC-2011T art. 7",
    in_force_from: A8_IN_FORCE,
    in_force_until: None,
    summary: "life imprisonment for a crime committed on or before 2011-04-30: the time actually served after commutations or before parole follows the 1997 text of CL 78 ¶2 and CL 81 ¶1",
    verification: Verification::Statute("law/cn/spc-2011-amendment-08-temporal.md art. 7"),
};

/// SPC-2015T art. 3 (in force 2015-11-01): several crimes committed on or
/// before 2015-10-31 with penalties of different kinds are combined under
/// CL 69 ¶2 as amended by Amendment IX.
///
/// > 对于2015年10月31日以前一人犯数罪，数罪中有判处有期徒刑和拘役，有期徒刑和管制，
/// > 或者拘役和管制，予以数罪并罚的，适用修正后刑法第六十九条第二款的规定。
pub static SPC_2015T_ART3: Rule = Rule {
    id: "cn.spc2015t.3.mixed-kinds-amended-text",
    citation: "SPC-2015T art. 3",
    in_force_from: A9_IN_FORCE,
    in_force_until: None,
    summary: "several crimes committed on or before 2015-10-31 with penalties of different kinds, combined on or after 2015-11-01: CL 69 ¶2 as amended by Amendment IX applies",
    verification: Verification::Statute("law/cn/spc-2015-amendment-09-temporal.md art. 3"),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[&CL12_1, &SPC_1997_ART1, &SPC_2011T_ART7, &SPC_2015T_ART3];

/// Whether some count may have been committed on or before `last_day`: an
/// undated count may have been committed on any day before its judgment.
/// No allocation; the cheap test before any second computation.
pub fn may_precede(counts: &[Count], last_day: Date) -> bool {
    counts.iter().any(|c| {
        c.committed
            .as_ref()
            .is_none_or(|p| p.value.first <= last_day)
    })
}

/// CL 12 ¶1 on its own: the old law, unless the new one punishes more
/// lightly. When the two are the same, the old law (SPC-1997 art. 3 reads
/// CL 12 so for the 1997 revision).
pub fn cl12_applies(lighter: Lighter) -> TextApplies {
    crate::law::lighter::old_unless_new_is_lighter(lighter)
}

/// What the comparison needs from the analysis.
#[derive(Debug, Clone, Copy)]
pub struct LighterLawInput<'a> {
    pub counts: &'a [Count],
    /// The date of the judgment that states the counts (it decides the text
    /// of CL 69 ¶1, 78 ¶2 and 81 ¶1 with the offence dates).
    pub judgment_date: Date,
    /// The date of the trial that combines them (it decides CL 69 ¶2).
    pub trial_date: Date,
    pub choice: &'a TextChoice,
    pub combination: &'a Combination,
    /// The sentence in force, when known.
    pub sentence: Option<Principal>,
    pub parole: &'a ParoleFigures,
    pub commutation: &'a CommutationFigures,
}

/// The provisions computed under both texts, in the order of the report.
/// Empty, and without allocating, when no text changed between the earliest
/// possible offence and the judgment.
pub fn compare(input: &LighterLawInput<'_>) -> Vec<LighterLawRow> {
    let mut rows = Vec::new();
    let a8_between = input.judgment_date >= A8_IN_FORCE && may_precede(input.counts, BEFORE_A8);
    let a9_between = input.trial_date >= A9_IN_FORCE && may_precede(input.counts, BEFORE_A9);
    if !a8_between && !a9_between {
        return rows;
    }
    if a8_between {
        if let Some(row) = cl69_cap(input) {
            rows.push(row);
        }
        if input.sentence == Some(Principal::Life) {
            if let (Some(_), None) = (
                input.commutation.minimum_served,
                input.commutation.barred_by,
            ) {
                rows.push(life_row(
                    input.choice,
                    "cl78.2.life-minimum",
                    MsgId::LighterProvisionCl78Life,
                    super::commutation::life_minimum,
                ));
            }
            if input.parole.eligible_after.is_some() && input.parole.barred_by.is_none() {
                rows.push(life_row(
                    input.choice,
                    "cl81.1.life-parole",
                    MsgId::LighterProvisionCl81Life,
                    super::parole::life_minimum,
                ));
            }
        }
    }
    if a9_between
        && input.combination.principle == Principle::MixedKinds
        && let Some(range) = input.combination.range
    {
        let new = LawFigure::Range {
            range,
            then: input.combination.then_range,
            cap: input.combination.cap,
        };
        rows.push(LighterLawRow {
            provision: "cl69.2.mixed-kinds",
            name: MsgId::LighterProvisionCl69Mixed,
            old_rule: &MIXED_KINDS_BEFORE_A9,
            old: LawFigure::NoRule,
            new_rule: &MIXED_KINDS_A9,
            new,
            lighter: lighter(&LawFigure::NoRule, &new),
            // Crimes on or before 2015-10-31: the interpretation; later ones:
            // the text in force when they were committed. The new text either way.
            applies: TextApplies::New,
            decided_by: &SPC_2015T_ART3,
            why: MsgId::LighterWhyMixedKindsA9,
            principle: &CL12_1,
            compared_by: Some(&SPC_1997_ART1),
        });
    }
    rows
}

/// The range of combined fixed terms under a text of CL 69 ¶1.
fn fixed_term_range(text: CriminalLawText, highest: Term, total: Term) -> (PenaltyRange, Term) {
    let (cap, _, _) = super::combination::imprisonment_cap(text, total);
    let max = total.min(cap).max(highest);
    (
        PenaltyRange {
            min: Principal::Imprisonment(highest),
            max: Principal::Imprisonment(max),
        },
        cap,
    )
}

/// CL 69 ¶1: the cap on combined fixed terms, 1997 text and Amendment VIII
/// text; SPC-2011T art. 6 decides by the offence dates.
fn cl69_cap(input: &LighterLawInput<'_>) -> Option<LighterLawRow> {
    let c = input.combination;
    if !matches!(
        c.principle,
        Principle::LimitedAggravation | Principle::MixedKinds
    ) {
        return None;
    }
    // Only where a cap was applied to several fixed terms.
    c.cap?;
    let total = c.total?;
    let highest = match c.highest? {
        Principal::Imprisonment(t) => t,
        _ => return None,
    };
    if c.highest.map(|h| h.kind()) != Some(PrincipalKind::Imprisonment) {
        return None;
    }
    let (old_range, old_cap) = fixed_term_range(CriminalLawText::Text1997, highest, total);
    let (new_range, new_cap) = fixed_term_range(CriminalLawText::AmendmentVIII, highest, total);
    let old = LawFigure::Range {
        range: old_range,
        then: c.then_range,
        cap: Some(old_cap),
    };
    let new = LawFigure::Range {
        range: new_range,
        then: c.then_range,
        cap: Some(new_cap),
    };
    let (applies, why) = match (input.choice.settled, input.choice.text) {
        (true, CriminalLawText::Text1997) => (TextApplies::Old, MsgId::LighterWhyCl69AllBefore),
        (true, CriminalLawText::AmendmentVIII) => (TextApplies::New, MsgId::LighterWhyCl69OneAfter),
        (false, _) => (TextApplies::NotSettled, MsgId::LighterWhyCl69NotSettled),
    };
    Some(LighterLawRow {
        provision: "cl69.1.cap",
        name: MsgId::LighterProvisionCl69Cap,
        old_rule: &LIMITED_AGGRAVATION_1997,
        old,
        new_rule: &super::combination::LIMITED_AGGRAVATION_A8,
        new,
        lighter: lighter(&old, &new),
        applies,
        decided_by: &SPC_2011T_ART6,
        why,
        principle: &CL12_1,
        compared_by: Some(&SPC_1997_ART1),
    })
}

/// CL 78 ¶2 or CL 81 ¶1 for life under both texts, as `minimum` (the
/// provision's own function) gives them; SPC-2011T art. 7 decides for crimes
/// on or before 2011-04-30.
fn life_row(
    choice: &TextChoice,
    provision: &'static str,
    name: MsgId,
    minimum: fn(CriminalLawText) -> (Term, &'static Rule),
) -> LighterLawRow {
    let (old_years, old_rule) = minimum(CriminalLawText::Text1997);
    let (new_years, new_rule) = minimum(CriminalLawText::AmendmentVIII);
    let old = LawFigure::Minimum(old_years);
    let new = LawFigure::Minimum(new_years);
    let (applies, decided_by, why): (TextApplies, &'static Rule, MsgId) =
        match (choice.settled, choice.text) {
            (true, CriminalLawText::Text1997) => (
                TextApplies::Old,
                &SPC_2011T_ART7,
                MsgId::LighterWhyLifeBefore,
            ),
            // A crime on or after 2011-05-01: SPC-2011T art. 7 does not reach
            // it; the analysis follows the text chosen for CL 69 (art. 6).
            (true, CriminalLawText::AmendmentVIII) => (
                TextApplies::New,
                &SPC_2011T_ART6,
                MsgId::LighterWhyLifeOneAfter,
            ),
            (false, _) => (
                TextApplies::NotSettled,
                &SPC_2011T_ART7,
                MsgId::LighterWhyLifeNotSettled,
            ),
        };
    LighterLawRow {
        provision,
        name,
        old_rule,
        old,
        new_rule,
        new,
        lighter: lighter(&old, &new),
        applies,
        decided_by,
        why,
        principle: &CL12_1,
        compared_by: Some(&SPC_1997_ART1),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
    use super::*;
    use crate::analysis::{CommutationFigures, ParoleFigures};
    use crate::case::{Located, parse_offence_period};
    use crate::finding::Span;
    use crate::law::cn::combination::{CountPenalty, combine};
    use crate::law::cn::commutation::MINIMUM_LIFE_1997;
    use crate::law::cn::versions::choose_text;

    fn count(penalty: Principal, committed: Option<&str>) -> Count {
        Count {
            offence: "test".into(),
            native_offence: None,
            article: None,
            committed: committed.map(|text| Located {
                value: parse_offence_period(text).unwrap(),
                span: Span::default(),
            }),
            penalty: Located {
                value: penalty,
                span: Span::default(),
            },
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

    fn years(y: u32) -> Principal {
        Principal::Imprisonment(Term::years(y))
    }

    fn year(y: &str) -> Option<&str> {
        Some(y)
    }

    /// The rows for `counts` judged on `judged`, with the parole and
    /// commutation figures of a life sentence when `life`.
    fn rows(counts: &[Count], judged: Date, life: bool) -> Vec<LighterLawRow> {
        let choice = choose_text(counts, judged);
        let penalties: Vec<CountPenalty<'_>> = counts
            .iter()
            .map(|c| CountPenalty {
                offence: &c.offence,
                penalty: c.penalty.value,
            })
            .collect();
        let (combination, _) = combine(&penalties, choice.text, judged, None);
        let (parole, commutation) = if life {
            (
                ParoleFigures {
                    eligible_after: Some(Term::years(13)),
                    ..ParoleFigures::default()
                },
                CommutationFigures {
                    minimum_served: Some(Term::years(13)),
                    ..CommutationFigures::default()
                },
            )
        } else {
            (ParoleFigures::default(), CommutationFigures::default())
        };
        compare(&LighterLawInput {
            counts,
            judgment_date: judged,
            trial_date: judged,
            choice: &choice,
            combination: &combination,
            sentence: life.then_some(Principal::Life),
            parole: &parole,
            commutation: &commutation,
        })
    }

    fn cap(f: &LawFigure) -> Option<Term> {
        match f {
            LawFigure::Range { cap, .. } => *cap,
            _ => None,
        }
    }

    #[test]
    fn cl12_old_law_applies_when_new_is_heavier() {
        let old = LawFigure::Minimum(Term::years(10));
        let new = LawFigure::Minimum(Term::years(13));
        assert_eq!(lighter(&old, &new), Lighter::Old);
        assert_eq!(cl12_applies(lighter(&old, &new)), TextApplies::Old);
    }

    #[test]
    fn cl12_new_law_applies_when_it_punishes_more_lightly() {
        let old = LawFigure::Minimum(Term::years(13));
        let new = LawFigure::Minimum(Term::years(10));
        assert_eq!(cl12_applies(lighter(&old, &new)), TextApplies::New);
    }

    #[test]
    fn cl12_old_law_applies_when_both_punish_alike() {
        let f = LawFigure::Minimum(Term::years(10));
        assert_eq!(lighter(&f, &f), Lighter::Same);
        assert_eq!(cl12_applies(Lighter::Same), TextApplies::Old);
    }

    #[test]
    fn spc1997_art1_compares_the_maximum_first_then_the_minimum() {
        let range = |lo: u32, hi: u32| LawFigure::Range {
            range: PenaltyRange {
                min: years(lo),
                max: years(hi),
            },
            then: None,
            cap: None,
        };
        // A lower maximum is lighter even with a higher minimum.
        assert_eq!(lighter(&range(10, 20), &range(5, 25)), Lighter::Old);
        // Equal maxima: the lower minimum is lighter.
        assert_eq!(lighter(&range(10, 20), &range(5, 20)), Lighter::New);
        assert_eq!(
            lighter(&LawFigure::NoRule, &range(5, 20)),
            Lighter::NotComparable
        );
    }

    #[test]
    fn spc2011t_art6_crimes_all_before_2011_05_01_judged_2012_cap_20_not_25() {
        let counts = [
            count(years(15), year("2009")),
            count(years(15), year("2010")),
            count(years(10), year("2010")),
        ];
        let r = rows(&counts, date(2012, 6, 1), false);
        assert_eq!(r.len(), 1);
        let row = &r[0];
        assert_eq!(row.provision, "cl69.1.cap");
        assert_eq!(cap(&row.old), Some(Term::years(20)));
        assert_eq!(cap(&row.new), Some(Term::years(25)));
        assert_eq!(row.lighter, Lighter::Old);
        assert_eq!(row.applies, TextApplies::Old);
        assert_eq!(row.decided_by.id, SPC_2011T_ART6.id);
    }

    #[test]
    fn spc2011t_art6_one_crime_after_2011_05_01_applies_the_amended_cap() {
        let counts = [
            count(years(15), year("2010")),
            count(years(15), year("2012")),
            count(years(10), year("2012")),
        ];
        let r = rows(&counts, date(2013, 6, 1), false);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].applies, TextApplies::New);
        assert_eq!(cap(&r[0].new), Some(Term::years(25)));
        assert_eq!(r[0].why, MsgId::LighterWhyCl69OneAfter);
    }

    #[test]
    fn spc2011t_art6_undated_crimes_show_both_caps_and_assert_neither() {
        let counts = [
            count(years(15), None),
            count(years(15), None),
            count(years(10), None),
        ];
        let r = rows(&counts, date(2013, 6, 1), false);
        assert_eq!(r[0].applies, TextApplies::NotSettled);
        assert_eq!(cap(&r[0].old), Some(Term::years(20)));
        assert_eq!(cap(&r[0].new), Some(Term::years(25)));
    }

    #[test]
    fn spc2011t_art7_life_for_a_2010_crime_judged_2012_parole_after_10_not_13() {
        let counts = [count(Principal::Life, year("2010"))];
        let r = rows(&counts, date(2012, 3, 1), true);
        let parole = r
            .iter()
            .find(|r| r.provision == "cl81.1.life-parole")
            .unwrap();
        assert_eq!(parole.old, LawFigure::Minimum(Term::years(10)));
        assert_eq!(parole.new, LawFigure::Minimum(Term::years(13)));
        assert_eq!(parole.applies, TextApplies::Old);
        assert_eq!(parole.decided_by.id, SPC_2011T_ART7.id);
        let commutation = r
            .iter()
            .find(|r| r.provision == "cl78.2.life-minimum")
            .unwrap();
        assert_eq!(commutation.applies, TextApplies::Old);
        assert_eq!(commutation.old_rule.id, MINIMUM_LIFE_1997.id);
    }

    #[test]
    fn spc2011t_art7_undated_life_shows_10_and_13_and_asserts_neither() {
        let counts = [count(Principal::Life, None), count(years(7), None)];
        let r = rows(&counts, date(2013, 9, 22), true);
        assert_eq!(r.len(), 2);
        assert!(r.iter().all(|r| r.applies == TextApplies::NotSettled));
    }

    #[test]
    fn cl12_no_comparison_when_the_law_did_not_change_between_offence_and_judgment() {
        // Judged before Amendment VIII: one text only.
        let counts = [
            count(years(15), year("2009")),
            count(years(15), year("2009")),
        ];
        assert!(rows(&counts, date(2010, 6, 1), false).is_empty());
        // Every crime after Amendment VIII, judged before Amendment IX.
        let counts = [
            count(years(15), year("2012")),
            count(years(15), year("2012")),
        ];
        assert!(rows(&counts, date(2013, 6, 1), false).is_empty());
    }

    #[test]
    fn spc2015t_art3_mixed_kinds_before_2015_11_01_tried_after_apply_the_amended_cl69_2() {
        let counts = [
            count(years(3), year("2014")),
            count(Principal::CriminalDetention(Term::months(6)), year("2014")),
        ];
        let r = rows(&counts, date(2016, 3, 1), false);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].provision, "cl69.2.mixed-kinds");
        assert_eq!(r[0].old, LawFigure::NoRule);
        assert_eq!(r[0].applies, TextApplies::New);
        assert_eq!(r[0].lighter, Lighter::NotComparable);
        assert_eq!(r[0].decided_by.id, SPC_2015T_ART3.id);
        // The reason cites SPC-2015T art. 3 (its wording in both languages
        // is checked in i18n: lighter_law_reasons_in_both_languages).
        for row in &r {
            let why = row.why_msg();
            assert_eq!(why.id, MsgId::LighterWhyMixedKindsA9);
            assert_eq!(
                why.arg_value("rule"),
                Some(&crate::message::Arg::Cite(crate::message::RuleRef(
                    &SPC_2015T_ART3
                )))
            );
        }
    }
}
