//! The People's Republic of China: Criminal Law (1997, as amended) and the
//! Supreme People's Court's interpretations. One module per provision; this
//! module puts them together for a defendant.

pub mod bounds;
pub mod calendar;
pub mod categories;
pub mod change_day;
pub mod combination;
pub mod commutation;
pub mod commutation_dates;
pub mod custody_credit;
pub mod effective_date;
pub mod holidays;
mod jurisdiction;
pub mod later_crimes;
pub mod lighter_law;
pub mod minors;
pub mod no_principal;
mod offence;
pub mod parole;
pub mod parole_revocation;
pub mod political_rights_dates;
pub mod probation;
pub mod recidivism;
pub mod reprieve;
pub mod reprieve_crime;
pub mod reprieve_regimes;
pub mod stated_term;
pub mod supplementary;
pub mod term_dates;
pub mod versions;

pub use jurisdiction::China;
pub(crate) use offence::offence_arg;

use crate::analysis::{
    CommutationFigures, CountRow, DateFigures, DefendantAnalysis, LawApplied, ParoleFigures,
    SupplementaryPenalties,
};
use crate::case::{Category, Defendant};
use crate::finding::{Finding, Severity};
use crate::law::rule::Rule;
use crate::message::{Arg, Msg, MsgId};
use crate::penalty::Principal;

/// Every rule the PRC calculator applies, for the catalogue.
pub fn rules() -> Vec<&'static Rule> {
    let mut all: Vec<&'static Rule> = vec![&versions::SPC_2011T_ART6];
    all.extend_from_slice(categories::RULES);
    for group in [
        combination::RULES,
        supplementary::RULES,
        bounds::RULES,
        parole::RULES,
        commutation::RULES,
        term_dates::RULES,
        custody_credit::RULES,
        change_day::RULES,
        stated_term::RULES,
        effective_date::RULES,
        holidays::RULES,
        reprieve::RULES,
        reprieve_crime::RULES,
        reprieve_regimes::RULES,
        commutation_dates::RULES,
        political_rights_dates::RULES,
        later_crimes::RULES,
        parole_revocation::RULES,
        recidivism::RULES,
        minors::RULES,
        probation::RULES,
        no_principal::RULES,
        calendar::RULES,
        lighter_law::RULES,
    ] {
        all.extend_from_slice(group);
    }
    all
}

/// Analyses one defendant under PRC law; `as_of` adds what has been served
/// and what remains on that day.
///
/// The stages follow the order of the law: the counts (CL 38, 42, 45, 55
/// bounds per count), the text that applies (CL 12), the combination
/// (CL 69–71), the supplementary penalties (CL 69 ¶3), parole and
/// commutation (CL 78–81, SPC-2016) whose eligibility the dates need, the
/// dates (CL 41, 44, 47, 58, later crimes), and the findings that close the
/// analysis.
pub fn analyse_defendant(
    d: &Defendant,
    path: &str,
    as_of: Option<jiff::civil::Date>,
) -> DefendantAnalysis {
    let mut findings: Vec<Finding> = Vec::new();
    let mut out = DefendantAnalysis {
        name: d.name.value.clone(),
        native_name: d.native_name.clone(),
        law: None,
        counts: Vec::new(),
        combination: None,
        supplementary: SupplementaryPenalties::default(),
        parole: ParoleFigures::default(),
        commutation: CommutationFigures::default(),
        dates: DateFigures::default(),
        lighter_law: Vec::new(),
        findings: Vec::new(),
        jurisdiction: crate::case::JurisdictionId::Cn,
    };
    let Some((counts_judgment, counts)) = d.governing_counts() else {
        out.findings.push(Finding::new(
            Severity::Error,
            "cn.no-counts",
            MsgId::CnNoCounts,
        ));
        return out;
    };
    // A fine in daily rates is a penalty of German law, not of the CL.
    let refused = crate::law::common::refuse_day_fines(d, path, "CN");
    if !refused.is_empty() {
        out.findings = refused;
        return out;
    }
    // A revoked suspension (CL 77) is analysed as the sentence executed instead.
    if let Some(revoked) = probation::revoked(d) {
        let mut out = analyse_defendant(&revoked.defendant, path, as_of);
        probation::annotate(&mut out, d, path, &revoked);
        return out;
    }
    findings.extend(stage_count_bounds(d, path));
    let categories: Vec<Vec<Category>> = counts.iter().map(categories::categories).collect();
    let (rows, f) = stage_count_rows(counts, &categories);
    out.counts = rows;
    findings.extend(f);

    let choice = stage_law_version(counts, counts_judgment.date.value, &mut findings);
    // CL 65, 66: the recorded earlier sentences against the flag.
    findings.extend(recidivism::check(d, counts, &categories));
    // CL 17, 49: the ages at the offences and at trial.
    findings.extend(minors::check(d, counts, counts_judgment.date.value));
    out.law = Some(LawApplied {
        version: choice.text.id(),
        name: choice.text.name(),
        reason: choice.reason.clone(),
        settled: choice.settled,
    });

    let decided = d.governing_decided();
    let trial_date = decided
        .as_ref()
        .map_or(counts_judgment.date.value, |(j, _)| j.date.value);
    let comb = stage_combination(
        counts,
        counts_judgment.date.value,
        decided.as_ref(),
        &choice,
        trial_date,
        &mut findings,
    );
    stage_reprieve_regime(
        d,
        counts,
        &categories,
        decided.as_ref(),
        trial_date,
        &mut findings,
    );
    findings.extend(probation::count_suspensions(
        counts,
        decided.as_ref().map(|(_, d)| d),
        path,
    ));

    // What the other text would give is shown by the lighter-law comparison
    // (`lighter_law`), computed below once parole and commutation are known.

    let sentence = decided.as_ref().map(|(_, d)| d.penalty.value).or_else(|| {
        comb.range
            .map(|r| r.min)
            .filter(|_| comb.principle != crate::analysis::Principle::LimitedAggravation)
    });
    let supp = stage_supplementary(
        counts,
        decided.as_ref(),
        &choice,
        sentence.or(comb.highest),
        &mut findings,
    );

    // A suspended sentence (CL 72–76): probation dates instead of a term;
    // no principal penalty (CL 37, 34 ¶2): no dates at all.
    if let Some(sentence) = sentence {
        let (p, f) = probation::suspension(&probation::SuspensionInput {
            defendant: d,
            path,
            sentence,
            text: choice.text,
            decided_on: trial_date,
            supplementary: supp.political_rights.is_some()
                || supp.fine.is_some()
                || supp.confiscation.is_some()
                || supp.decided_political_rights.is_some()
                || supp.decided_fine.is_some()
                || supp.decided_confiscation.is_some()
                || supp.expulsion,
        });
        if p.is_some() {
            out.parole.not_applicable = Some(MsgId::ParoleSuspended.into());
        }
        // Political rights with no custody before them (CL 56 ¶2, 72 ¶3).
        if p.is_some() || !sentence.is_principal() {
            no_principal::rights_from_effective(
                d,
                path,
                supp.decided_political_rights.or(supp.political_rights),
                &mut out.dates,
                &mut findings,
            );
        }
        out.dates.probation = p;
        if let (Some(p), Some(day)) = (out.dates.probation.as_mut(), as_of) {
            probation::position_on(p, day);
        }
        findings.extend(f);
    }
    // No suspension runs (the sentence executed is not suspended, or a
    // revoked one): a stated probation period is named, never skipped.
    if out.dates.probation.is_none() {
        for (k, j) in d.judgments.iter().enumerate() {
            if let Some(st) = &j.stated_probation {
                findings.push(stated_term::probation_not_checked(
                    st,
                    &format!("{path}.judgments[{k}]"),
                ));
            }
        }
    }
    if let Some(sentence) = sentence.filter(|s| {
        let custody = probation::executes_custody(d, s);
        if !custody && !s.is_principal() {
            findings.push(no_principal::no_dates_note(*s));
            out.parole.not_applicable = Some(MsgId::ParoleNoPrincipal.into());
        }
        custody
    }) {
        let sentenced_on = trial_date;
        let regime = stage_parole_and_commutation(
            d,
            counts,
            &categories,
            &choice,
            sentence,
            sentenced_on,
            &supp,
            &mut out,
            &mut findings,
        );
        stage_dates(
            d,
            path,
            as_of,
            sentence,
            regime,
            &choice,
            &supp,
            &mut out,
            &mut findings,
        );
        stage_surveillance_after(&comb, &mut out, &mut findings);
    }

    // CL 12: the provisions whose text changed between the offences and
    // the judgment, under both texts (nothing computed when none did).
    out.lighter_law = lighter_law::compare(&lighter_law::LighterLawInput {
        counts,
        judgment_date: counts_judgment.date.value,
        trial_date,
        choice: &choice,
        combination: &comb,
        sentence,
        parole: &out.parole,
        commutation: &out.commutation,
    });
    out.combination = Some(comb);
    out.supplementary = supp;
    // Rules applied that the sources do not confirm are named in the findings.
    findings.extend(out.unverified_findings());
    out.findings = findings;
    out
}

/// The judgment that decided the sentence, with its decision.
type Decided<'a> = (&'a crate::case::Judgment, crate::case::Decided);

/// Stage 1a: per-count bounds (CL 38, 42, 45, 55) for every judgment, not
/// only the governing one.
fn stage_count_bounds(d: &Defendant, path: &str) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (ji, j) in d.judgments.iter().enumerate() {
        for (ci, c) in j.counts.iter().enumerate() {
            // The path is written only if a finding names it.
            let root = crate::case::FieldPath::Root(path);
            let judgment = root.key_index("judgments", ji);
            let field = judgment.key_index("counts", ci);
            findings.extend(bounds::check_count_penalty(
                &c.penalty.value,
                c.penalty.span,
                &field.key("penalty"),
            ));
            if let Some(pr) = &c.political_rights {
                findings.extend(bounds::check_political_rights(
                    &c.penalty.value,
                    &pr.value,
                    pr.span,
                    &field.key("political_rights"),
                ));
            }
        }
    }
    findings
}

/// Stage 1b: the rows of the counts table, with the fields the file assumed.
fn stage_count_rows(
    counts: &[crate::case::Count],
    categories: &[Vec<Category>],
) -> (Vec<CountRow>, Vec<Finding>) {
    let mut rows = Vec::new();
    let mut findings = Vec::new();
    for (c, cats) in counts.iter().zip(categories) {
        rows.push(CountRow {
            offence: c.offence.clone(),
            native_offence: c.native_offence.clone(),
            article: c.article.as_ref().map(|a| a.value.text.clone()),
            committed: c.committed.as_ref().map(|p| p.value),
            penalty: c.penalty.value,
            probation: c.probation.as_ref().map(|p| p.value),
            political_rights: c.political_rights.as_ref().map(|p| p.value),
            fine: c.fine.as_ref().map(|m| m.value.clone()),
            confiscation: c.confiscation.as_ref().map(|m| m.value.clone()),
            categories: cats.clone(),
            assumed: c.assumed.clone(),
        });
        for field in &c.assumed {
            findings.push(Finding::new(
                Severity::Assumption,
                "input.assumed",
                Msg::new(MsgId::CnFieldAssumed)
                    .arg("offence", offence_arg(&c.offence, &c.native_offence))
                    .arg("field", field_name(field))
                    .arg(
                        "note",
                        c.note.as_ref().map_or(Arg::Text(String::new()), |n| {
                            Msg::new(MsgId::CnNoteInParens)
                                .arg("note", n.as_str())
                                .into()
                        }),
                    ),
            ));
        }
    }
    (rows, findings)
}

/// Stage 2: the version of CL 69 (and CL 78 ¶2, 81 ¶1 for life) by offence
/// dates (CL 12).
fn stage_law_version(
    counts: &[crate::case::Count],
    judgment_date: jiff::civil::Date,
    findings: &mut Vec<Finding>,
) -> versions::TextChoice {
    let choice = versions::choose_text(counts, judgment_date);
    if !choice.settled {
        findings.push(Finding::new(
            Severity::Assumption,
            "cn.law-version-assumed",
            Msg::new(MsgId::CnLawVersionAssumed)
                .arg("law", law_name(choice.text))
                .arg("reason", choice.reason.clone()),
        ));
    }
    choice
}

/// Stage 3: the combination of the principal penalties (CL 69), checked
/// against the decided sentence.
fn stage_combination(
    counts: &[crate::case::Count],
    counts_date: jiff::civil::Date,
    decided: Option<&Decided<'_>>,
    choice: &versions::TextChoice,
    trial_date: jiff::civil::Date,
    findings: &mut Vec<Finding>,
) -> crate::analysis::Combination {
    // An appeal that changed the sentence of a single count must restate the count.
    if let Some((dj, dec)) = decided
        && counts.len() == 1
        && dj.date.value > counts_date
        && dec.penalty.value
            != counts
                .first()
                .map(|c| c.penalty.value)
                .unwrap_or(dec.penalty.value)
    {
        findings.push(
            Finding::new(
                Severity::Error,
                "input.appeal-count-not-restated",
                Msg::new(MsgId::CnAppealCountNotRestated)
                    .arg("decided", dec.penalty.value)
                    .arg(
                        "count",
                        counts
                            .first()
                            .map_or(Arg::Text(String::new()), |c| Arg::Penalty(c.penalty.value)),
                    ),
            )
            .at(dec.penalty.span)
            .hint(MsgId::CnAppealCountNotRestatedHint),
        );
    }

    // Counts without a principal penalty (CL 37, CL 34 ¶2) are not combined.
    findings.extend(no_principal::count_notes(counts, decided.map(|(_, d)| d)));
    let penalties: Vec<combination::CountPenalty<'_>> = counts
        .iter()
        .filter(|c| c.penalty.value.is_principal())
        .map(|c| combination::CountPenalty {
            offence: &c.offence,
            penalty: c.penalty.value,
        })
        .collect();
    let (comb, f) = combination::combine(
        &penalties,
        choice.text,
        trial_date,
        decided.map(|(_, dec)| combination::DecidedPenalty {
            penalty: dec.penalty.value,
            then: dec.then.as_ref().map(|t| t.value),
            span: dec.penalty.span,
        }),
    );
    findings.extend(f);
    let mut comb = comb;
    no_principal::settle(&mut comb, counts, decided.map(|(_, d)| d));
    comb
}

/// Stage 3b: restricted commutation or life without parole decided with a
/// death with reprieve (CL 50 ¶2, 383 ¶4): may the court decide it?
fn stage_reprieve_regime(
    d: &Defendant,
    counts: &[crate::case::Count],
    categories: &[Vec<Category>],
    decided: Option<&Decided<'_>>,
    judgment_date: jiff::civil::Date,
    findings: &mut Vec<Finding>,
) {
    let decided_penalty = decided.map(|(_, dec)| dec.penalty.value);
    let regime = reprieve_regimes::regime(counts, decided_penalty);
    let span = decided
        .filter(|(_, dec)| dec.penalty.value.reprieve_restriction() == Some(regime))
        .map(|(_, dec)| dec.penalty.span)
        .or_else(|| {
            counts
                .iter()
                .find(|c| c.penalty.value.reprieve_restriction() == Some(regime))
                .map(|c| c.penalty.span)
        });
    findings.extend(reprieve_regimes::check(&reprieve_regimes::RegimeInput {
        counts,
        categories,
        recidivist: d.recidivist,
        regime,
        span,
        judgment_date,
    }));
}

/// Stage 4: the supplementary penalties (CL 69 ¶3, 55–60).
fn stage_supplementary(
    counts: &[crate::case::Count],
    decided: Option<&Decided<'_>>,
    choice: &versions::TextChoice,
    principal: Option<Principal>,
    findings: &mut Vec<Finding>,
) -> SupplementaryPenalties {
    let supp_counts: Vec<supplementary::CountSupplementary<'_>> = counts
        .iter()
        .map(|c| supplementary::CountSupplementary {
            political_rights: c.political_rights.as_ref().map(|p| &p.value),
            fine: c.fine.as_ref().map(|m| &m.value),
            confiscation: c.confiscation.as_ref().map(|m| &m.value),
        })
        .collect();
    let (supp, f) = supplementary::combine_supplementary(
        &supp_counts,
        choice.text,
        principal,
        decided.map(|(_, dec)| supplementary::DecidedSupplementary {
            political_rights: dec.political_rights.as_ref().map(|p| (&p.value, p.span)),
            fine: dec.fine.as_ref().map(|m| (&m.value, m.span)),
            confiscation: dec.confiscation.as_ref().map(|m| (&m.value, m.span)),
            span: dec.span,
        }),
    );
    findings.extend(f);
    let mut supp = supp;
    no_principal::expulsion(&mut supp, counts, decided.map(|(_, d)| d));
    if let Some((_, dec)) = decided {
        for field in &dec.assumed {
            findings.push(Finding::new(
                Severity::Assumption,
                "input.assumed",
                Msg::new(MsgId::CnDecidedFieldAssumed).arg("field", field_name(field)),
            ));
        }
    }
    supp
}

/// Stage 5: parole (CL 81) and commutation (CL 78, SPC-2016) on the sentence,
/// and the commutation regime whose intervals the dates follow.
#[allow(clippy::too_many_arguments)]
fn stage_parole_and_commutation(
    d: &Defendant,
    counts: &[crate::case::Count],
    categories: &[Vec<Category>],
    choice: &versions::TextChoice,
    sentence: Principal,
    sentenced_on: jiff::civil::Date,
    supp: &SupplementaryPenalties,
    out: &mut DefendantAnalysis,
    findings: &mut Vec<Finding>,
) -> commutation_dates::Regime {
    let all_categories: Vec<Category> = {
        let mut v: Vec<Category> = categories.iter().flatten().copied().collect();
        v.sort();
        v.dedup();
        v
    };
    let parole_counts: Vec<parole::CountForParole<'_>> = counts
        .iter()
        .zip(categories)
        .map(|(c, cats)| parole::CountForParole {
            offence: &c.offence,
            native_offence: c.native_offence.as_deref(),
            penalty: c.penalty.value,
            categories: cats,
        })
        .collect();
    let (p, f) = parole::parole(&parole::ParoleInput {
        sentence,
        counts: &parole_counts,
        recidivist: d.recidivist,
        text: choice.text,
        property_penalty: supp.fine.is_some()
            || supp.confiscation.is_some()
            || supp.decided_fine.is_some()
            || supp.decided_confiscation.is_some(),
    });
    out.parole = p;
    findings.extend(f);
    let (c, f) = commutation::commutation(&commutation::CommutationInput {
        sentence,
        categories: &all_categories,
        recidivist: d.recidivist,
        state_functionary: d.state_functionary,
        combined: counts.len() > 1
            && matches!(sentence, Principal::Life | Principal::DeathWithReprieve(_)),
        text: choice.text,
        sentenced_on,
    });
    out.commutation = c;
    findings.extend(f);

    // SPC-2016 art. 7 ¶2: combined punishment with two or more counts of
    // 10 years or more.
    let two_counts_of_ten_years = counts.len() > 1
        && counts
            .iter()
            .filter(|c| {
                matches!(c.penalty.value, Principal::Imprisonment(t) if t >= crate::penalty::Term::years(10))
            })
            .count()
            >= 2;
    if sentence
        == Principal::DeathWithReprieve(crate::penalty::ReprieveRestriction::RestrictedCommutation)
    {
        // SPC-2016 art. 13, 14.
        commutation_dates::Regime::Restricted
    } else if d.state_functionary
        && all_categories.contains(&Category::Graft)
        && sentenced_on >= versions::A9_IN_FORCE
    {
        // From 2019-06-01 only (`Regime::on`).
        commutation_dates::Regime::Graft2019
    } else if commutation::strictly_listed(&all_categories, d.recidivist)
        // SPC-2016 art. 7 ¶2 (10 years or more), 9 and 11 (life, death with reprieve).
        || (all_categories.contains(&Category::Violent)
            && match sentence {
                Principal::Imprisonment(t) => t >= crate::penalty::Term::years(10),
                Principal::Life | Principal::DeathWithReprieve(_) => true,
                _ => false,
            })
        || (counts.len() > 1
            && matches!(sentence, Principal::Life | Principal::DeathWithReprieve(_)))
        || (two_counts_of_ten_years && matches!(sentence, Principal::Imprisonment(_)))
    {
        commutation_dates::Regime::Listed
    } else {
        commutation_dates::Regime::Ordinary
    }
}

/// Stage 6b: public surveillance executed after the imprisonment (CL 69 ¶2,
/// Amendment IX) runs from the day after the imprisonment ends.
fn stage_surveillance_after(
    comb: &crate::analysis::Combination,
    out: &mut DefendantAnalysis,
    findings: &mut Vec<Finding>,
) {
    let (Some(Principal::PublicSurveillance(t)), Some(end)) =
        (comb.decided_then, out.dates.term_end)
    else {
        return;
    };
    let dates = crate::calendar::add_days(end, 1)
        .and_then(|start| crate::calendar::period_end(start, t).map(|last| (start, last)));
    match dates {
        Ok((start, last)) => {
            out.dates.events.push(crate::analysis::DateEvent {
                event: MsgId::CnrEventSurveillanceStarts.into(),
                date: Some(start),
                step: crate::law::Step::new(
                    &combination::MIXED_KINDS_A9,
                    Msg::new(MsgId::CnrSurveillanceStarts)
                        .arg("end", end)
                        .arg("term", t)
                        .arg("start", start),
                ),
            });
            out.dates.events.push(crate::analysis::DateEvent {
                event: MsgId::CnrEventSurveillanceEnds.into(),
                date: Some(last),
                step: crate::law::Step::new(
                    &term_dates::TERM_END,
                    Msg::new(MsgId::CnrSurveillanceEnds)
                        .arg("period", term_dates::explain_period(start, t, last)),
                ),
            });
        }
        Err(e) => findings.push(Finding::new(
            Severity::Error,
            "cn.dates.out-of-range",
            Msg::new(MsgId::CnPositionFailed)
                .arg("date", end)
                .arg("error", e.to_string()),
        )),
    }
}

/// Stage 6: the dates of the sentence (custody, effective date, term end,
/// parole and commutation days), later crimes (CL 70, 71) and the position
/// on `as_of`.
#[allow(clippy::too_many_arguments)]
fn stage_dates(
    d: &Defendant,
    path: &str,
    as_of: Option<jiff::civil::Date>,
    sentence: Principal,
    regime: commutation_dates::Regime,
    choice: &versions::TextChoice,
    supp: &SupplementaryPenalties,
    out: &mut DefendantAnalysis,
    findings: &mut Vec<Finding>,
) {
    let (dates, f) = calendar::calendar(&calendar::CalendarInput {
        defendant: d,
        path,
        sentence,
        parole: &out.parole,
        commutation: &out.commutation,
        regime,
        text: choice.text,
        political_rights: supp.decided_political_rights.or(supp.political_rights),
    });
    out.dates = crate::analysis::DateFigures {
        probation: out.dates.probation.take(),
        ..dates
    };
    findings.extend(f);
    // SPC-2016 art. 16: with under 2 years left at the effective date the
    // calendar found no fixed start; the durations say the same.
    if matches!(sentence, Principal::Imprisonment(_))
        && out
            .dates
            .events
            .iter()
            .any(|e| std::ptr::eq(e.step.rule, &commutation::START_SHORT))
    {
        out.commutation.earliest_first = None;
        out.commutation.start_rule = Some(&commutation::START_SHORT);
        out.commutation.steps.push(crate::law::Step::new(
            &commutation::START_SHORT,
            MsgId::CommStartShort,
        ));
    }
    // CL 86 ¶3: a revocation without a later judgment is for a violation.
    if let (Some(pd), Some(rev), None) = (&d.paroled, &d.parole_revoked, d.later_judgments().next())
    {
        match parole_revocation::revoke(sentence, pd.value, rev.value, out.dates.term_end) {
            Ok((event, f)) => {
                findings.extend(
                    f.into_iter()
                        .map(|x| x.field(format!("{path}.parole_revoked")).at(rev.span)),
                );
                if let Some(event) = event {
                    out.dates.term_end = event.date;
                    out.dates.events.push(event);
                }
            }
            Err(e) => findings.push(Finding::new(
                Severity::Error,
                "cn.dates.out-of-range",
                Msg::new(MsgId::CnPositionFailed)
                    .arg("date", rev.value)
                    .arg("error", e.to_string()),
            )),
        }
    }
    // CL 50 ¶1: a new crime during the reprieve (instead of CL 71 dates).
    let during_reprieve = match reprieve_crime::reprieve_crime(d, &out.dates, sentence) {
        Ok(Some(rc)) => {
            out.dates.events.extend(rc.events);
            if rc.reprieve_ends.is_some() {
                out.dates.reprieve_ends = rc.reprieve_ends;
            }
            findings.extend(rc.findings);
            true
        }
        Ok(None) => false,
        Err(e) => {
            findings.push(Finding::new(
                Severity::Error,
                "cn.dates.out-of-range",
                Msg::new(MsgId::LaterFailed).arg("error", e.to_string()),
            ));
            true
        }
    };
    let (later, f) = if during_reprieve {
        (Vec::new(), Vec::new())
    } else {
        later_crimes::later_crimes(d, path, &out.dates, sentence, supp)
    };
    if let Some(l) = later.iter().rev().find(|l| l.term_end.is_some()) {
        out.dates.term_end = l.term_end;
        if let Some(Principal::Imprisonment(t)) = l.combination.decided {
            out.dates.current = Some(Principal::Imprisonment(t));
        }
        // CL 71 on an earlier sentence of which nothing was served: serving
        // begins with the combined term.
        if l.kind == crate::case::LaterCrime::NewCrime
            && l.served_days == 0
            && l.remainder == Some(l.earlier)
        {
            out.dates.served_from = Some(l.judgment_date);
        }
        if l.political_rights_end.is_some() {
            out.dates.political_rights_end = l.political_rights_end;
            out.dates.political_rights_end_if_paroled = None;
            if let Some(step) = l.steps.last() {
                out.dates.events.push(crate::analysis::DateEvent {
                    event: MsgId::CnrEventPoliticalRightsContinued.into(),
                    date: l.political_rights_end,
                    step: step.clone(),
                });
            }
        }
        if let Some(step) = l.steps.last() {
            out.dates.events.push(crate::analysis::DateEvent {
                event: MsgId::EventTermEndsCombined.into(),
                date: l.term_end,
                step: step.clone(),
            });
        }
    }
    out.dates.later = later;
    findings.extend(f);
    if let Some(day) = as_of
        && let Err(e) = calendar::position_on(d, &mut out.dates, day)
    {
        findings.push(Finding::new(
            Severity::Error,
            "cn.dates.out-of-range",
            Msg::new(MsgId::CnPositionFailed)
                .arg("date", day)
                .arg("error", e.to_string()),
        ));
    }
}

/// A field of the case file (`political_rights`) as words in either language.
fn field_name(field: &str) -> Arg {
    let id = match field {
        "penalty" => MsgId::FieldPenalty,
        "political_rights" => MsgId::FieldPoliticalRights,
        "fine" => MsgId::FieldFine,
        "confiscation" => MsgId::FieldConfiscation,
        "committed" => MsgId::FieldCommitted,
        "custody" => MsgId::FieldCustody,
        other => return Arg::Text(other.replace('_', " ")),
    };
    id.into()
}

/// The name of a text of the Criminal Law.
fn law_name(t: versions::CriminalLawText) -> MsgId {
    match t {
        versions::CriminalLawText::Text1997 => MsgId::LawCl1997,
        versions::CriminalLawText::AmendmentVIII => MsgId::LawClA8,
    }
}
