//! CSV (RFC 4180, via the `csv` crate) for spreadsheets: `compare` gives one
//! row per defendant, `report` one row per count with its defendant's
//! combined figures repeated, each with a header row. Durations are ISO 8601
//! (`P7Y6M`) so that they sort and parse; penalties also come as text.

use crate::analysis::{CaseAnalysis, DefendantAnalysis};
use crate::i18n::{Arg, Lang, MsgId};
use crate::render::table::CompareRow;

/// A cell of free text from the case file (a name, an offence, a path),
/// neutralised against formula injection as OWASP advises ("CSV
/// Injection"): a cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage
/// return is prefixed with `'`, so that a spreadsheet shows it as text
/// instead of running it (`=HYPERLINK(…)`). Figures the tool writes
/// (numbers, dates, ISO durations) are not text and are left alone.
/// Documented in docs/json-output.md, CSV.
pub fn text_cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

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

fn range(d: &DefendantAnalysis, lang: Lang) -> (String, String) {
    let r = d.combination.as_ref().and_then(|c| c.range);
    (
        text_of(d, r.map(|r| r.min), lang),
        text_of(d, r.map(|r| r.max), lang),
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

/// The comparison as CSV.
///
/// # Errors
/// Only if writing to the in-memory buffer fails, which `csv` reports as an error.
pub fn compare(rows: &[CompareRow<'_>], lang: Lang) -> Result<String, csv::Error> {
    compare_of(rows.iter().map(|r| compare_record(r, lang)), lang)
}

/// The comparison CSV of records made by [`compare_record`] (a batch keeps
/// only these, not the analyses), after the header row.
///
/// # Errors
/// Only if writing to the in-memory buffer fails.
pub fn compare_of(
    records: impl IntoIterator<Item = Vec<String>>,
    lang: Lang,
) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header(
        lang,
        &[
            MsgId::CsvFile,
            MsgId::CsvCase,
            MsgId::CsvDefendant,
            MsgId::CsvNativeName,
            MsgId::CsvCounts,
            MsgId::CsvPrinciple,
            MsgId::CsvHighest,
            MsgId::CsvTotal,
            MsgId::CsvRangeMin,
            MsgId::CsvRangeMax,
            MsgId::CsvDecided,
            MsgId::CsvLawful,
            MsgId::CsvReduction,
            MsgId::CsvReductionPercent,
            MsgId::CsvParoleAfter,
            MsgId::CsvParoleBarredBy,
            MsgId::CsvErrors,
            MsgId::CsvTermEnd,
            MsgId::CsvParoleEligible,
            MsgId::CsvPoliticalRightsEnd,
        ],
    ))?;
    for record in records {
        w.write_record(&record)?;
    }
    finish(w)
}

/// The fields of one comparison row.
pub fn compare_record(r: &CompareRow<'_>, lang: Lang) -> Vec<String> {
    let d = r.defendant;
    let c = d.combination.as_ref();
    let (min, max) = range(d, lang);
    let (parole_after, barred) = parole(d);
    let reduction = d.reduction();
    vec![
        text_cell(r.path),
        text_cell(r.case),
        text_cell(&d.name),
        text_cell(d.native_name.as_deref().unwrap_or_default()),
        d.counts.len().to_string(),
        opt(c.map(|c| c.principle.id())),
        text_of(d, c.and_then(|c| c.highest), lang),
        opt(c.and_then(|c| c.total).map(|t| t.iso8601())),
        min,
        max,
        text_of(d, c.and_then(|c| c.decided), lang),
        lawful(d).to_string(),
        opt(reduction.map(|(t, _)| t.iso8601())),
        opt(reduction.map(|(_, p)| p)),
        parole_after,
        barred,
        d.findings
            .iter()
            .filter(|f| f.is_error())
            .count()
            .to_string(),
        opt(d.dates.term_end),
        opt(d.dates.parole_eligible),
        if d.dates.political_rights_life {
            "life".to_string()
        } else {
            opt(d.dates.political_rights_end)
        },
    ]
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
            MsgId::CsvRangeMax,
            MsgId::CsvDecided,
            MsgId::CsvLawful,
            MsgId::CsvParoleAfter,
            MsgId::CsvParoleBarredBy,
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
    {
        for d in &a.defendants {
            let c = d.combination.as_ref();
            let (min, max) = range(d, lang);
            let (parole_after, barred) = parole(d);
            for (i, count) in d.counts.iter().enumerate() {
                w.write_record([
                    text_cell(path),
                    text_cell(&a.title),
                    text_cell(&d.name),
                    (i + 1).to_string(),
                    text_cell(&count.offence),
                    text_cell(count.article.as_deref().unwrap_or_default()),
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
                    text_cell(&count.assumed.join(" ")),
                    opt(c.map(|c| c.principle.id())),
                    min.clone(),
                    max.clone(),
                    text_of(d, c.and_then(|c| c.decided), lang),
                    lawful(d).to_string(),
                    parole_after.clone(),
                    barred.clone(),
                ])?;
            }
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
