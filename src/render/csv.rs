//! CSV (RFC 4180, via the `csv` crate) for spreadsheets: `compare` gives one
//! row per defendant, `report` one row per count with its defendant's
//! combined figures repeated, each with a header row. Durations are ISO 8601
//! (`P7Y6M`) so that they sort and parse; penalties also come as text.

use crate::analysis::{CaseAnalysis, DefendantAnalysis};
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

fn range(d: &DefendantAnalysis) -> (String, String) {
    let r = d.combination.as_ref().and_then(|c| c.range);
    (opt(r.map(|r| r.min)), opt(r.map(|r| r.max)))
}

/// The comparison as CSV.
///
/// # Errors
/// Only if writing to the in-memory buffer fails, which `csv` reports as an error.
pub fn compare(rows: &[CompareRow<'_>]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "file",
        "case",
        "defendant",
        "native_name",
        "counts",
        "principle",
        "highest",
        "total",
        "range_min",
        "range_max",
        "decided",
        "lawful",
        "reduction",
        "reduction_percent",
        "parole_after",
        "parole_barred_by",
        "errors",
        "term_end",
        "parole_eligible",
        "political_rights_end",
    ])?;
    for r in rows {
        let d = r.defendant;
        let c = d.combination.as_ref();
        let (min, max) = range(d);
        let (parole_after, barred) = parole(d);
        let reduction = d.reduction();
        w.write_record([
            r.path.to_string(),
            r.case.to_string(),
            d.name.clone(),
            d.native_name.clone().unwrap_or_default(),
            d.counts.len().to_string(),
            opt(c.map(|c| c.principle.id())),
            opt(c.and_then(|c| c.highest)),
            opt(c.and_then(|c| c.total).map(|t| t.iso8601())),
            min,
            max,
            opt(c.and_then(|c| c.decided)),
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
        ])?;
    }
    finish(w)
}

/// A report as CSV: one row per count, after a header row.
///
/// # Errors
/// Only if writing to the in-memory buffer fails.
pub fn report(cases: &[(String, CaseAnalysis)]) -> Result<String, csv::Error> {
    let mut text = report_header()?;
    for (path, a) in cases {
        text.push_str(&report_rows(path, a)?);
    }
    Ok(text)
}

/// The header row of the report CSV (for output written a file at a time).
///
/// # Errors
/// Only if writing to the in-memory buffer fails.
pub fn report_header() -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "file",
        "case",
        "defendant",
        "count",
        "offence",
        "article",
        "committed",
        "penalty",
        "penalty_kind",
        "penalty_duration",
        "political_rights",
        "fine",
        "confiscation",
        "categories",
        "assumed",
        "principle",
        "range_min",
        "range_max",
        "decided",
        "lawful",
        "parole_after",
        "parole_barred_by",
    ])?;
    finish(w)
}

/// The report CSV rows of one case file, without the header.
///
/// # Errors
/// Only if writing to the in-memory buffer fails.
pub fn report_rows(path: &str, a: &CaseAnalysis) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    {
        for d in &a.defendants {
            let c = d.combination.as_ref();
            let (min, max) = range(d);
            let (parole_after, barred) = parole(d);
            for (i, count) in d.counts.iter().enumerate() {
                w.write_record([
                    path.to_string(),
                    a.title.clone(),
                    d.name.clone(),
                    (i + 1).to_string(),
                    count.offence.clone(),
                    count.article.clone().unwrap_or_default(),
                    count.committed.clone().unwrap_or_default(),
                    count.penalty.to_string(),
                    count.penalty.kind().id().to_string(),
                    opt(count.penalty.term().map(|t| t.iso8601())),
                    opt(count.political_rights),
                    opt(count.fine.as_ref()),
                    opt(count.confiscation.as_ref()),
                    count
                        .categories
                        .iter()
                        .map(|k| k.id())
                        .collect::<Vec<_>>()
                        .join(" "),
                    count.assumed.join(" "),
                    opt(c.map(|c| c.principle.id())),
                    min.clone(),
                    max.clone(),
                    opt(c.and_then(|c| c.decided)),
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
