//! The JSON output of `report` and `compare`: a versioned contract,
//! documented in docs/json-output.md.

use crate::analysis::{
    CaseAnalysis, Combination, DateFigures, DefendantAnalysis, LawFigure, LighterLawRow,
    PenaltyRange,
};
use crate::finding::Finding;
use crate::i18n::{Arg, Lang, Msg};
use crate::law::Step;
use crate::penalty::{Confiscation, Money, PoliticalRights, Principal, Term};
use serde_json::{Value, json};

/// The version of the JSON format. Bumped on any incompatible change.
pub const FORMAT_VERSION: u32 = 5;

/// A principal penalty: `{kind, duration, text}`.
pub fn penalty(p: &Principal, lang: Lang) -> Value {
    let mut v = json!({ "kind": p.kind().id(), "text": crate::i18n::principal(p, lang) });
    if let (Some(t), Some(obj)) = (p.term(), v.as_object_mut()) {
        obj.insert("duration".into(), json!(t.iso8601()));
    }
    if let (Some(d), Some(obj)) = (p.day_fine(), v.as_object_mut()) {
        obj.insert("rates".into(), json!(d.rates()));
        obj.insert(
            "per_rate".into(),
            d.per_rate_money().map_or(
                Value::Null,
                |m| json!({ "amount": m.amount.to_string(), "currency": m.currency.code() }),
            ),
        );
    }
    v
}

fn term(t: &Option<Term>) -> Value {
    t.map_or(Value::Null, |t| json!(t.iso8601()))
}

fn range(r: &Option<PenaltyRange>, lang: Lang) -> Value {
    r.map_or(
        Value::Null,
        |r| json!({ "min": penalty(&r.min, lang), "max": penalty(&r.max, lang) }),
    )
}

fn money(m: &Option<Money>, lang: Lang) -> Value {
    m.as_ref().map_or(Value::Null, |m| {
        json!({ "amount": m.amount.to_string(), "currency": m.currency.code(), "text": Arg::from(m).render(lang) })
    })
}

fn political_rights(p: &Option<PoliticalRights>, lang: Lang) -> Value {
    match p {
        None => Value::Null,
        Some(PoliticalRights::Life) => {
            json!({ "life": true, "text": Arg::from(PoliticalRights::Life).render(lang) })
        }
        Some(PoliticalRights::Term(t)) => {
            json!({ "life": false, "duration": t.iso8601(), "text": crate::i18n::term(*t, lang) })
        }
    }
}

fn confiscation(c: &Option<Confiscation>, lang: Lang) -> Value {
    match c {
        None => Value::Null,
        Some(Confiscation::All) => {
            json!({ "all": true, "text": Arg::from(Confiscation::All).render(lang) })
        }
        Some(Confiscation::Amount(m)) => {
            json!({ "all": false, "amount": m.amount.to_string(), "currency": m.currency.code(), "text": Arg::from(m).render(lang) })
        }
    }
}

fn combination(c: &Combination, lang: Lang) -> Value {
    json!({
        "principle": c.principle.id(),
        "highest": c.highest.as_ref().map_or(Value::Null, |p| penalty(p, lang)),
        "total": term(&c.total),
        "cap": term(&c.cap),
        "range": range(&c.range, lang),
        "then_range": range(&c.then_range, lang),
        "decided": c.decided.as_ref().map_or(Value::Null, |p| penalty(p, lang)),
        "decided_then": c.decided_then.as_ref().map_or(Value::Null, |p| penalty(p, lang)),
        "lawful": c.lawful,
        "steps": steps(&c.steps, lang),
    })
}

/// One step: rule id, citation (English, stable), verification, and the text in `lang`.
pub fn step(s: &Step, lang: Lang) -> Value {
    json!({
        "rule": s.rule.id,
        "citation": s.rule.citation,
        "verified": s.rule.verification.is_verified(),
        "text": s.text.render(lang),
    })
}

fn steps(s: &[Step], lang: Lang) -> Value {
    Value::Array(s.iter().map(|s| step(s, lang)).collect())
}

fn msg(m: &Option<Msg>, lang: Lang) -> Value {
    m.as_ref().map_or(Value::Null, |m| json!(m.render(lang)))
}

fn findings(f: &[Finding], lang: Lang) -> Value {
    Value::Array(
        f.iter()
            .map(|f| {
                let mut v =
                    json!({ "severity": f.severity.name(), "code": f.code, "message": f.message.render(lang) });
                if let (Some(obj), Some(s)) = (v.as_object_mut(), f.span) {
                    obj.insert("line".into(), json!(s.line));
                    obj.insert("column".into(), json!(s.column));
                }
                v
            })
            .collect(),
    )
}

fn date(d: &Option<jiff::civil::Date>) -> Value {
    d.map_or(Value::Null, |d| json!(d.to_string()))
}

/// The `dates` object (format_version 2; `named`: format_version 5;
/// docs/json-output.md).
pub fn dates(d: &DateFigures, lang: Lang) -> Value {
    let mut v = json!({
        "effective": date(&d.effective),
        "effective_assumed": d.effective_assumed,
        "executed": date(&d.executed),
        "term_start": date(&d.term_start),
        "term_end": date(&d.term_end),
        "custody_credit_days": d.custody_credit_days,
        "parole_eligible": date(&d.parole_eligible),
        "parole_barred_by": d.parole_barred_by.map(|r| r.id),
        "commutation_earliest": date(&d.commutation_earliest),
        "minimum_served_until": date(&d.minimum_served_until),
        "reprieve_ends": date(&d.reprieve_ends),
        "political_rights_end": if d.political_rights_life { json!("life") } else { date(&d.political_rights_end) },
        "political_rights_end_if_paroled": date(&d.political_rights_end_if_paroled),
        "current_penalty": d.current.as_ref().map_or(Value::Null, |p| penalty(p, lang)),
        "as_of": d.as_of.map_or(Value::Null, |a| json!({
            "date": a.date.to_string(),
            "served_days": a.served_days,
            "remaining_days": a.remaining_days,
        })),
        "named": d.named.iter().map(|n| json!({
            "code": n.code,
            "date": n.date.to_string(),
            "rule": n.rule.id,
        })).collect::<Vec<_>>(),
        "events": d.events.iter().map(|e| json!({
            "event": e.event.render(lang),
            "date": date(&e.date),
            "step": step(&e.step, lang),
        })).collect::<Vec<_>>(),
        "later_judgments": d.later.iter().map(|l| json!({
            "after": l.kind.id(),
            "date": l.judgment_date.to_string(),
            "earlier": l.earlier.iso8601(),
            "served": l.served.iso8601(),
            "served_days": l.served_days,
            "remainder": term(&l.remainder),
            "combination": combination(&l.combination, lang),
            "term_end": date(&l.term_end),
            "political_rights_remainder": term(&l.political_rights_remainder),
            "political_rights_end": date(&l.political_rights_end),
            "supplementary": {
                "political_rights": political_rights(&l.supplementary.political_rights, lang),
                "fine": money(&l.supplementary.fine, lang),
                "fines_absorbed": l.supplementary.fines_absorbed,
                "confiscation": confiscation(&l.supplementary.confiscation, lang),
                "decided_political_rights": political_rights(&l.supplementary.decided_political_rights, lang),
                "decided_fine": money(&l.supplementary.decided_fine, lang),
                "decided_confiscation": confiscation(&l.supplementary.decided_confiscation, lang),
                "steps": steps(&l.supplementary.steps, lang),
            },
            "steps": steps(&l.steps, lang),
        })).collect::<Vec<_>>(),
        "probation": d.probation.as_ref().map_or(Value::Null, |p| json!({
            "suspended": penalty(&p.suspended, lang),
            "period": p.period.iso8601(),
            "start": date(&p.start),
            "end": date(&p.end),
            "custody_days": p.custody_days,
            "revoked": p.revoked.map_or(Value::Null, |r| json!({
                "date": r.date.to_string(),
                "ground": r.ground.id(),
            })),
            "events": p.events.iter().map(|e| json!({
                "event": e.event.render(lang),
                "date": date(&e.date),
                "step": step(&e.step, lang),
            })).collect::<Vec<_>>(),
            "steps": steps(&p.steps, lang),
        })),
        "fine_credit": d.fine_credit.map_or(Value::Null, |c| json!({
            "fine": penalty(&Principal::DayFine(c.fine), lang),
            "custody_days": c.custody_days,
            "credited_rates": c.credited_rates,
            "remaining_rates": c.remaining_rates,
            "remaining_amount": money(&c.remaining_amount.map(|amount| Money {
                amount,
                currency: crate::penalty::Currency::Eur,
            }), lang),
            "discharged": c.discharged(),
        })),
    });
    // Only when the case file records the court's stated term (import):
    // older outputs keep their shape.
    if let (Some(c), Some(obj)) = (&d.stated_term, v.as_object_mut()) {
        obj.insert(
            "stated_term".to_string(),
            json!({
                "from": c.from.to_string(),
                "to": c.to.to_string(),
                "law_end": c.law_end.to_string(),
                "credit_days": c.credit_days,
                "confirmed": c.confirmed(),
            }),
        );
    }
    // Every stated term checked (a reviewed first instance, a later
    // judgment), with the index of its judgment.
    if let (false, Some(obj)) = (d.stated_terms.is_empty(), v.as_object_mut()) {
        obj.insert(
            "stated_terms".to_string(),
            d.stated_terms
                .iter()
                .map(|c| {
                    json!({
                        "judgment": c.judgment,
                        "from": c.from.to_string(),
                        "to": c.to.to_string(),
                        "law_end": c.law_end.to_string(),
                        "credit_days": c.credit_days,
                        "confirmed": c.confirmed(),
                    })
                })
                .collect::<Vec<_>>()
                .into(),
        );
    }
    v
}

/// A text of a provision in the lighter-law comparison.
fn law_figure(f: &LawFigure, rule: &crate::law::Rule, lang: Lang) -> Value {
    let figure = match f {
        LawFigure::Range {
            range: r,
            then,
            cap,
        } => json!({
            "kind": "range",
            "range": range(&Some(*r), lang),
            "then_range": range(then, lang),
            "cap": term(cap),
        }),
        LawFigure::Minimum(t) => json!({ "kind": "minimum", "duration": t.iso8601() }),
        LawFigure::Maximum { max, cap } => json!({
            "kind": "maximum",
            "max": max.iso8601(),
            "cap": term(cap),
        }),
        LawFigure::NoRule => json!({ "kind": "no-rule" }),
        LawFigure::NotComputed => json!({ "kind": "not-computed" }),
    };
    json!({
        "rule": rule.id,
        "citation": rule.citation,
        "verified": rule.verification.is_verified(),
        "figure": figure,
        "text": f.msg().render(lang),
    })
}

/// The `lighter_law` array (format_version 3; Taiwan, Japan, `principle`
/// and `not-computed` figures: format_version 4; docs/json-output.md).
pub fn lighter_law(rows: &[LighterLawRow], lang: Lang) -> Value {
    Value::Array(
        rows.iter()
            .map(|r| {
                json!({
                    "provision": r.provision,
                    "name": Msg::new(r.name).render(lang),
                    "old": law_figure(&r.old, r.old_rule, lang),
                    "new": law_figure(&r.new, r.new_rule, lang),
                    "lighter": r.lighter.id(),
                    "applies": r.applies.id(),
                    "decided_by": r.decided_by.id,
                    "why": r.why_msg().render(lang),
                    "principle": r.principle.id,
                })
            })
            .collect(),
    )
}

/// One defendant, its penalties named in the terms of its jurisdiction.
pub fn defendant(d: &DefendantAnalysis, lang: Lang) -> Value {
    crate::i18n::names::scope(d.jurisdiction, || defendant_in(d, lang))
}

fn defendant_in(d: &DefendantAnalysis, lang: Lang) -> Value {
    let reduction = d.reduction().map_or(
        Value::Null,
        |(t, pct)| json!({ "duration": t.iso8601(), "percent": pct.to_string() }),
    );
    json!({
        "name": d.name,
        "native_name": d.native_name,
        "law": d.law.as_ref().map_or(Value::Null, |l| json!({ "version": l.version, "name": crate::i18n::law_version_name(l.version, l.name, lang), "reason": l.reason.render(lang), "settled": l.settled })),
        "counts": d.counts.iter().map(|c| json!({
            "offence": c.offence,
            "native_offence": c.native_offence,
            "article": c.article,
            "committed": c.committed.map(|p| p.to_string()),
            "penalty": penalty(&c.penalty, lang),
            "probation": c.probation.map(|p| p.iso8601()),
            "political_rights": political_rights(&c.political_rights, lang),
            "fine": money(&c.fine, lang),
            "confiscation": confiscation(&c.confiscation, lang),
            "categories": c.categories.iter().map(|k| k.id()).collect::<Vec<_>>(),
            "assumed": c.assumed,
        })).collect::<Vec<_>>(),
        "combination": d.combination.as_ref().map_or(Value::Null, |c| combination(c, lang)),
        "reduction": reduction,
        "supplementary": {
            "political_rights": political_rights(&d.supplementary.political_rights, lang),
            "fine": money(&d.supplementary.fine, lang),
            "fines_absorbed": d.supplementary.fines_absorbed,
            "confiscation": confiscation(&d.supplementary.confiscation, lang),
            "decided_political_rights": political_rights(&d.supplementary.decided_political_rights, lang),
            "decided_fine": money(&d.supplementary.decided_fine, lang),
            "decided_confiscation": confiscation(&d.supplementary.decided_confiscation, lang),
            "expulsion": d.supplementary.expulsion,
            "steps": steps(&d.supplementary.steps, lang),
        },
        "parole": {
            "eligible_after": term(&d.parole.eligible_after),
            "counted_from": msg(&d.parole.counted_from, lang),
            "barred_by": d.parole.barred_by.map(|r| r.id),
            "not_applicable": msg(&d.parole.not_applicable, lang),
            "at_board_direction": msg(&d.parole.at_board_direction, lang),
            "steps": steps(&d.parole.steps, lang),
        },
        "commutation": {
            "minimum_served": term(&d.commutation.minimum_served),
            "earliest_first": term(&d.commutation.earliest_first),
            "counted_from": msg(&d.commutation.counted_from, lang),
            "barred_by": d.commutation.barred_by.map(|r| r.id),
            "not_applicable": msg(&d.commutation.not_applicable, lang),
            "steps": steps(&d.commutation.steps, lang),
        },
        "dates": dates(&d.dates, lang),
        "lighter_law": lighter_law(&d.lighter_law, lang),
        "findings": findings(&d.findings, lang),
    })
}

/// One case file's analysis.
pub fn case(path: &str, a: &CaseAnalysis, lang: Lang) -> Value {
    json!({
        "file": path,
        "case": a.title,
        "jurisdiction": a.jurisdiction.code(),
        "provenance": provenance(&a.provenance),
        "defendants": a.defendants.iter().map(|d| defendant(d, lang)).collect::<Vec<_>>(),
    })
}

/// A case's summary and sources, as the case file gives them.
pub fn provenance(p: &crate::analysis::Provenance) -> Value {
    json!({
        "summary": p.summary,
        "sources": p.sources.iter().map(|s| json!({
            "title": s.title,
            "url": s.url,
            "published": s.published.map(|d| d.to_string()),
            "note": s.note,
        })).collect::<Vec<_>>(),
    })
}

/// A file that could not be analysed, with its findings.
pub fn failed_file(path: &str, f: &[Finding], lang: Lang) -> Value {
    json!({ "file": path, "findings": findings(f, lang) })
}

/// A rule of the catalogue.
pub fn rule(j: crate::case::JurisdictionId, r: &crate::law::Rule, lang: Lang) -> Value {
    let (status, detail) = match r.verification {
        crate::law::Verification::Statute(d) => ("statute", d),
        crate::law::Verification::Reference(d) => ("reference", d),
        crate::law::Verification::Unverified(d) => ("unverified", d),
    };
    json!({
        "jurisdiction": j.code(),
        "id": r.id,
        "citation": r.citation,
        "in_force_from": r.in_force_from.to_string(),
        "in_force_until": r.in_force_until.map(|d| d.to_string()),
        "summary": crate::i18n::rules::summary(r, lang),
        "verified": r.verification.is_verified(),
        "verification": status,
        "source": detail,
    })
}
