//! CSV (RFC 4180, via the `csv` crate) for spreadsheets: `compare` gives one
//! row per defendant, `report` one row per count with its defendant's
//! combined figures repeated, each with a header row. Each column holds one
//! form: a duration comes as text in the chosen language (`7 years 6 months`)
//! and, in the `_iso` column after it, as ISO 8601 (`P7Y6M`) so that it
//! sorts and parses; dates are ISO (`2012-09-24`). `--bom` prefixes a
//! byte-order mark for Excel.

use crate::analysis::{CaseAnalysis, DefendantAnalysis};
use crate::i18n::{Arg, Lang, MsgId};
use crate::render::table::CompareRow;

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(String::new, |v| v.to_string())
}

fn lawful(d: &DefendantAnalysis) -> &'static str {
    match d.combination.as_ref().and_then(|c| c.lawful) {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    }
}

fn parole(d: &DefendantAnalysis) -> (String, String) {
    (
        opt(d.parole.eligible_after.map(|t| t.iso8601())),
        opt(d.parole.barred_by.map(|r| r.id)),
    )
}

/// A figure as text in `lang`, empty when absent.
fn text<T: Into<Arg>>(v: Option<T>, lang: Lang) -> String {
    v.map_or_else(String::new, |v| v.into().render(lang))
}

/// A figure of `d` as text in `lang`, penalties named in the terms of its jurisdiction.
fn text_of<T: Into<Arg>>(d: &DefendantAnalysis, v: Option<T>, lang: Lang) -> String {
    crate::i18n::names::scope(d.jurisdiction, || text(v, lang))
}

/// The header row in `lang` (English: the stable snake_case column names).
fn header(lang: Lang, ids: &[MsgId]) -> Vec<String> {
    ids.iter().map(|id| lang.label(*id)).collect()
}

/// The ISO 8601 duration of a penalty that has one (a term), else empty.
fn iso(p: Option<crate::penalty::Principal>) -> String {
    opt(p.and_then(|p| p.term()).map(|t| t.iso8601()))
}

/// A term as text in `lang` and as an ISO 8601 duration: one form per column.
fn term_pair(d: &DefendantAnalysis, t: Option<crate::penalty::Term>, lang: Lang) -> [String; 2] {
    [text_of(d, t, lang), opt(t.map(|t| t.iso8601()))]
}

/// A penalty as text in `lang` and, when it is a term, as an ISO 8601 duration.
fn penalty_pair(
    d: &DefendantAnalysis,
    p: Option<crate::penalty::Principal>,
    lang: Lang,
) -> [String; 2] {
    [text_of(d, p, lang), iso(p)]
}

fn political_rights_end(d: &DefendantAnalysis) -> String {
    if d.dates.political_rights_life {
        "life".to_string()
    } else {
        opt(d.dates.political_rights_end)
    }
}

/// The comparison as CSV. Every duration comes twice: as text in `lang`
/// (`9 years`) and, in the `_iso` column after it, as an ISO 8601 duration
/// (`P9Y`), empty for penalties without a term (life, death, a fine).
///
/// # Errors
/// Only if writing to the in-memory buffer fails, which `csv` reports as an error.
pub fn compare(rows: &[CompareRow<'_>], lang: Lang) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header(
        lang,
        &[
            MsgId::CsvFile,
            MsgId::CsvCase,
            MsgId::CsvJurisdiction,
            MsgId::CsvDefendant,
            MsgId::CsvNativeName,
            MsgId::CsvCounts,
            MsgId::CsvPrinciple,
            MsgId::CsvHighest,
            MsgId::CsvHighestIso,
            MsgId::CsvTotal,
            MsgId::CsvTotalIso,
            MsgId::CsvRangeMin,
            MsgId::CsvRangeMinIso,
            MsgId::CsvRangeMax,
            MsgId::CsvRangeMaxIso,
            MsgId::CsvDecided,
            MsgId::CsvDecidedIso,
            MsgId::CsvLawful,
            MsgId::CsvReduction,
            MsgId::CsvReductionIso,
            MsgId::CsvReductionPercent,
            MsgId::CsvParoleAfter,
            MsgId::CsvParoleAfterIso,
            MsgId::CsvParoleBarredBy,
            MsgId::CsvErrors,
            MsgId::CsvTermStart,
            MsgId::CsvTermEnd,
            MsgId::CsvParoleEligible,
            MsgId::CsvPoliticalRightsEnd,
            MsgId::CsvProbationStart,
            MsgId::CsvProbationEnd,
        ],
    ))?;
    for r in rows {
        let d = r.defendant;
        let c = d.combination.as_ref();
        let range = c.and_then(|c| c.range);
        let (_, barred) = parole(d);
        let reduction = d.reduction();
        let mut record = vec![
            r.path.to_string(),
            r.case.to_string(),
            d.jurisdiction.code().to_string(),
            d.name.clone(),
            d.native_name.clone().unwrap_or_default(),
            d.counts.len().to_string(),
            opt(c.map(|c| c.principle.id())),
        ];
        record.extend(penalty_pair(d, c.and_then(|c| c.highest), lang));
        record.extend(term_pair(d, c.and_then(|c| c.total), lang));
        record.extend(penalty_pair(d, range.map(|r| r.min), lang));
        record.extend(penalty_pair(d, range.map(|r| r.max), lang));
        record.extend(penalty_pair(d, c.and_then(|c| c.decided), lang));
        record.push(lawful(d).to_string());
        record.extend(term_pair(d, reduction.map(|(t, _)| t), lang));
        record.push(opt(reduction.map(|(_, p)| p)));
        record.extend(term_pair(d, d.parole.eligible_after, lang));
        record.push(barred);
        record.push(
            d.findings
                .iter()
                .filter(|f| f.is_error())
                .count()
                .to_string(),
        );
        record.push(opt(d.dates.term_start));
        record.push(opt(d.dates.term_end));
        record.push(opt(d.dates.parole_eligible));
        record.push(political_rights_end(d));
        // A suspended sentence (CL 72–73): the probation period.
        record.push(opt(d.dates.probation.as_ref().and_then(|p| p.start)));
        record.push(opt(d.dates.probation.as_ref().and_then(|p| p.end)));
        w.write_record(record)?;
    }
    finish(w)
}

/// A report as CSV: one row per count, after a header row.
///
/// # Errors
/// Only if writing to the in-memory buffer fails.
pub fn report(cases: &[(String, CaseAnalysis)], lang: Lang) -> Result<String, csv::Error> {
    let mut text = report_header(lang)?;
    for (path, a) in cases {
        text.push_str(&report_rows(path, a, lang)?);
    }
    Ok(text)
}

/// The header row of the report CSV (for output written a file at a time).
///
/// # Errors
/// Only if writing to the in-memory buffer fails.
pub fn report_header(lang: Lang) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header(
        lang,
        &[
            MsgId::CsvFile,
            MsgId::CsvCase,
            MsgId::CsvJurisdiction,
            MsgId::CsvDefendant,
            MsgId::CsvCount,
            MsgId::CsvOffence,
            MsgId::CsvArticle,
            MsgId::CsvCommitted,
            MsgId::CsvPenalty,
            MsgId::CsvPenaltyKind,
            MsgId::CsvPenaltyDuration,
            MsgId::CsvPoliticalRights,
            MsgId::CsvFine,
            MsgId::CsvConfiscation,
            MsgId::CsvCategories,
            MsgId::CsvAssumed,
            MsgId::CsvPrinciple,
            MsgId::CsvRangeMin,
            MsgId::CsvRangeMinIso,
            MsgId::CsvRangeMax,
            MsgId::CsvRangeMaxIso,
            MsgId::CsvDecided,
            MsgId::CsvDecidedIso,
            MsgId::CsvLawful,
            MsgId::CsvParoleAfter,
            MsgId::CsvParoleAfterIso,
            MsgId::CsvParoleBarredBy,
            MsgId::CsvTermStart,
            MsgId::CsvTermEnd,
            MsgId::CsvParoleEligible,
            MsgId::CsvPoliticalRightsEnd,
            MsgId::CsvCountProbationIso,
            MsgId::CsvProbationStart,
            MsgId::CsvProbationEnd,
        ],
    ))?;
    finish(w)
}

/// The report CSV rows of one case file, without the header.
///
/// # Errors
/// Only if writing to the in-memory buffer fails.
pub fn report_rows(path: &str, a: &CaseAnalysis, lang: Lang) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for d in &a.defendants {
        let c = d.combination.as_ref();
        let range = c.and_then(|c| c.range);
        let (_, barred) = parole(d);
        // The defendant's figures, repeated on each of its counts.
        let mut figures = vec![opt(c.map(|c| c.principle.id()))];
        figures.extend(penalty_pair(d, range.map(|r| r.min), lang));
        figures.extend(penalty_pair(d, range.map(|r| r.max), lang));
        figures.extend(penalty_pair(d, c.and_then(|c| c.decided), lang));
        figures.push(lawful(d).to_string());
        figures.extend(term_pair(d, d.parole.eligible_after, lang));
        figures.push(barred);
        figures.push(opt(d.dates.term_start));
        figures.push(opt(d.dates.term_end));
        figures.push(opt(d.dates.parole_eligible));
        figures.push(political_rights_end(d));
        for (i, count) in d.counts.iter().enumerate() {
            let mut record = vec![
                path.to_string(),
                a.title.clone(),
                a.jurisdiction.code().to_string(),
                d.name.clone(),
                (i + 1).to_string(),
                count.offence.clone(),
                count.article.clone().unwrap_or_default(),
                count.committed.map(|p| p.to_string()).unwrap_or_default(),
                text_of(d, Some(count.penalty), lang),
                count.penalty.kind().id().to_string(),
                opt(count.penalty.term().map(|t| t.iso8601())),
                text(count.political_rights, lang),
                text(count.fine.as_ref(), lang),
                text(count.confiscation.clone(), lang),
                count
                    .categories
                    .iter()
                    .map(|k| k.id())
                    .collect::<Vec<_>>()
                    .join(" "),
                count.assumed.join(" "),
            ];
            record.extend(figures.iter().cloned());
            // A suspended sentence (CL 72–73): the count's probation period,
            // and the dates of the probation period in force.
            record.push(opt(count.probation.map(|t| t.iso8601())));
            record.push(opt(d.dates.probation.as_ref().and_then(|p| p.start)));
            record.push(opt(d.dates.probation.as_ref().and_then(|p| p.end)));
            w.write_record(record)?;
        }
    }
    finish(w)
}

fn finish(w: csv::Writer<Vec<u8>>) -> Result<String, csv::Error> {
    let bytes = w
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    // Every field written is a Rust string, so the buffer is UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The rule catalogue as CSV: a row per rule, with its in-force dates as
/// ISO dates (empty `in_force_until` while in force).
///
/// # Errors
/// Only if writing to the in-memory buffer fails.
pub fn rules(
    rules: &[(crate::case::JurisdictionId, &'static crate::law::Rule)],
    lang: Lang,
) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "jurisdiction",
        "id",
        "citation",
        "in_force_from",
        "in_force_until",
        "verification",
        "summary",
    ])?;
    for (j, r) in rules {
        let verification = match r.verification {
            crate::law::Verification::Statute(_) => "statute",
            crate::law::Verification::Reference(_) => "reference",
            crate::law::Verification::Unverified(_) => "unverified",
        };
        w.write_record([
            j.code().to_string(),
            r.id.to_string(),
            crate::i18n::rules::citation(r, lang).to_string(),
            r.in_force_from.to_string(),
            opt(r.in_force_until),
            verification.to_string(),
            crate::i18n::rules::summary(r, lang).to_string(),
        ])?;
    }
    finish(w)
}
