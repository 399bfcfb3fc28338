//! Tables for `report` and `compare`: for the terminal, or as
//! GitHub-flavoured Markdown. Both are built from the same table values, so
//! the two formats always say the same thing.

use crate::analysis::{CaseAnalysis, DefendantAnalysis};
use crate::finding::Finding;
use crate::law::Step;
use crate::penalty::Principal;
use comfy_table::{ContentArrangement, Table, presets};
use std::fmt::Write;

/// How tables are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Box-drawn tables for a terminal.
    Terminal,
    /// GitHub-flavoured Markdown tables, cell text escaped.
    Markdown,
    /// HTML fragments for the self-contained HTML report.
    Html,
}

/// Escapes text for HTML, dropping colour codes.
pub fn html_escape(text: &str) -> String {
    strip_ansi(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A comfy table as an HTML table. A cell reading `NO` is marked as a
/// problem, so that it stands out in print as well as in colour.
pub fn html_table(t: &Table) -> String {
    let mut out = String::from("<table>\n<thead><tr>");
    for c in t
        .header()
        .map(|h| h.cell_iter().collect::<Vec<_>>())
        .unwrap_or_default()
    {
        let _ = write!(out, "<th>{}</th>", html_escape(&c.content()));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in t.row_iter() {
        out.push_str("<tr>");
        for c in row.cell_iter() {
            let text = strip_ansi(&c.content());
            let is_date = text.len() == 10
                && text.as_bytes().get(4) == Some(&b'-')
                && text.as_bytes().get(7) == Some(&b'-');
            if is_date {
                let _ = write!(out, "<td class=\"date\">{}</td>", html_escape(&text));
            } else if text == "NO" {
                let _ = write!(out, "<td class=\"unlawful\"><strong>✗ NO</strong></td>");
            } else {
                let _ = write!(out, "<td>{}</td>", html_escape(&text));
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// Escapes a cell for a Markdown table: `|` and backslashes, line breaks as `<br>`.
pub fn markdown_cell(text: &str) -> String {
    strip_ansi(text)
        .replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace('\n', "<br>")
}

/// Removes ANSI escape sequences (colour) from text.
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI: ESC [ parameters final-byte
            for n in chars.by_ref() {
                if n.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A comfy table as a GitHub-flavoured Markdown table.
pub fn markdown_table(t: &Table) -> String {
    let mut out = String::new();
    let header: Vec<String> = t
        .header()
        .map(|h| h.cell_iter().map(|c| markdown_cell(&c.content())).collect())
        .unwrap_or_default();
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(header.len()));
    for row in t.row_iter() {
        let cells: Vec<String> = row
            .cell_iter()
            .map(|c| markdown_cell(&c.content()))
            .collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out
}

/// Writes a titled table in the chosen style.
fn section(out: &mut String, title: &str, t: &Table, style: Style) {
    match style {
        Style::Terminal => {
            let _ = writeln!(out, "{title}\n{t}\n");
        }
        Style::Markdown => {
            let _ = writeln!(out, "#### {title}\n\n{}", markdown_table(t));
        }
        Style::Html => {
            let _ = writeln!(out, "<h4>{}</h4>\n{}", html_escape(title), html_table(t));
        }
    }
}

fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        // Wraps to the terminal's width on a terminal; never wraps in a pipe.
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.iter().copied());
    t
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref()
        .map_or_else(|| "—".to_string(), ToString::to_string)
}

/// The verdict on lawfulness, coloured for the terminal (green yes, red NO).
/// The codes are stripped by the output stream when colour is off; Markdown
/// and CSV never get them.
fn yes_no(v: Option<bool>) -> String {
    use anstyle::{AnsiColor, Style as Ansi};
    let (text, colour) = match v {
        Some(true) => ("yes", AnsiColor::Green),
        Some(false) => ("NO", AnsiColor::Red),
        None => ("not settled", AnsiColor::Yellow),
    };
    let st = Ansi::new().fg_color(Some(colour.into())).bold();
    format!("{st}{text}{st:#}")
}

fn steps_table(out: &mut String, title: &str, steps: &[Step], style: Style) {
    if steps.is_empty() {
        return;
    }
    let mut t = table(&["Rule", "Citation", "Arithmetic"]);
    for s in steps {
        t.add_row(vec![s.rule.id.to_string(), s.rule.cite(), s.text.clone()]);
    }
    section(out, title, &t, style);
}

/// The findings of a defendant as a table.
pub fn findings_table(findings: &[Finding]) -> Option<Table> {
    if findings.is_empty() {
        return None;
    }
    let mut t = table(&["Severity", "Code", "Finding"]);
    for f in findings {
        t.add_row(vec![
            f.severity.name().to_string(),
            f.code.to_string(),
            f.message.clone(),
        ]);
    }
    Some(t)
}

/// The report for one defendant.
pub fn defendant_report(d: &DefendantAnalysis, style: Style) -> String {
    let mut out = String::new();
    let name = match &d.native_name {
        Some(n) => format!("{} ({n})", d.name),
        None => d.name.clone(),
    };
    match style {
        Style::Terminal => {
            let _ = writeln!(out, "── {name} ──\n");
        }
        Style::Markdown => {
            let _ = writeln!(out, "### {}\n", markdown_cell(&name));
        }
        Style::Html => {
            let _ = writeln!(out, "<h3>{}</h3>", html_escape(&name));
        }
    }
    if let Some(law) = &d.law {
        let assumed = if law.settled { "" } else { " (assumed)" };
        let _ = match style {
            Style::Terminal => writeln!(
                out,
                "Law applied{assumed}: {} [{}]\n  because {}\n",
                law.name, law.version, law.reason
            ),
            Style::Markdown => writeln!(
                out,
                "**Law applied{assumed}:** {} [`{}`], because {}\n",
                markdown_cell(law.name),
                law.version,
                markdown_cell(&law.reason)
            ),
            Style::Html => writeln!(
                out,
                "<p class=\"law\"><strong>Law applied{assumed}:</strong> {} [<code>{}</code>], because {}</p>",
                html_escape(law.name),
                law.version,
                html_escape(&law.reason)
            ),
        };
    }

    let mut t = table(&[
        "#",
        "Offence",
        "Article",
        "Committed",
        "Penalty",
        "Political rights",
        "Fine",
        "Confiscation",
    ]);
    for (i, c) in d.counts.iter().enumerate() {
        let offence = match &c.native_offence {
            Some(n) => format!("{} ({n})", c.offence),
            None => c.offence.clone(),
        };
        let mark = |field: &str, text: String| {
            if c.assumed.iter().any(|a| a == field) {
                format!("{text} (assumed)")
            } else {
                text
            }
        };
        t.add_row(vec![
            (i + 1).to_string(),
            offence,
            opt(&c.article),
            opt(&c.committed),
            mark("penalty", c.penalty.to_string()),
            mark("political_rights", opt(&c.political_rights)),
            mark("fine", opt(&c.fine)),
            mark("confiscation", opt(&c.confiscation)),
        ]);
    }
    section(&mut out, "Counts", &t, style);

    if let Some(c) = &d.combination {
        steps_table(
            &mut out,
            &format!("Combination: {}", c.principle.name()),
            &c.steps,
            style,
        );
        let mut t = table(&[
            "Highest",
            "Total",
            "Cap",
            "Lawful range",
            "Decided",
            "Lawful",
        ]);
        let range = match (c.range, c.then_range) {
            (Some(r), Some(then)) => format!("{r}, then {then}"),
            (Some(r), None) => r.to_string(),
            (None, _) => "not settled".to_string(),
        };
        let decided = match (c.decided, c.decided_then) {
            (Some(p), Some(t)) => format!("{p}, then {t}"),
            (p, _) => opt(&p),
        };
        let highest = c.highest.map(|h| match h {
            Principal::Imprisonment(t) => t.to_string(),
            other => other.to_string(),
        });
        t.add_row(vec![
            opt(&highest),
            opt(&c.total),
            opt(&c.cap),
            range,
            decided,
            yes_no(c.lawful),
        ]);
        section(&mut out, "Result", &t, style);
    }

    let s = &d.supplementary;
    if s.political_rights.is_some()
        || s.fine.is_some()
        || s.confiscation.is_some()
        || s.decided_political_rights.is_some()
        || s.decided_fine.is_some()
        || s.decided_confiscation.is_some()
        || s.fines_absorbed
    {
        let mut t = table(&["Supplementary penalty", "From the counts", "Decided"]);
        t.add_row(vec![
            "deprivation of political rights".to_string(),
            opt(&s.political_rights),
            opt(&s.decided_political_rights),
        ]);
        let fine = if s.fines_absorbed {
            "absorbed by confiscation".to_string()
        } else {
            opt(&s.fine)
        };
        t.add_row(vec!["fine".to_string(), fine, opt(&s.decided_fine)]);
        t.add_row(vec![
            "confiscation of property".to_string(),
            opt(&s.confiscation),
            opt(&s.decided_confiscation),
        ]);
        section(&mut out, "Supplementary penalties", &t, style);
        steps_table(&mut out, "Supplementary penalties: steps", &s.steps, style);
    }

    let mut t = table(&["Figure", "Value", "Counted from"]);
    let p = &d.parole;
    let parole_value = if let Some(r) = p.barred_by {
        format!("barred ({})", r.citation)
    } else if let Some(na) = &p.not_applicable {
        format!("not applicable: {na}")
    } else {
        opt(&p.eligible_after)
    };
    t.add_row(vec![
        "parole possible after".to_string(),
        parole_value,
        opt(&p.counted_from),
    ]);
    let c = &d.commutation;
    if let Some(r) = c.barred_by {
        t.add_row(vec![
            "commutation".to_string(),
            format!("barred ({})", r.citation),
            "—".to_string(),
        ]);
    } else {
        t.add_row(vec![
            "minimum actually served after commutations".to_string(),
            opt(&c.minimum_served),
            "—".to_string(),
        ]);
        t.add_row(vec![
            "earliest first commutation".to_string(),
            opt(&c.earliest_first),
            opt(&c.counted_from),
        ]);
    }
    section(&mut out, "Parole and commutation", &t, style);
    let mut steps: Vec<Step> = p.steps.clone();
    steps.extend(c.steps.iter().cloned());
    steps_table(&mut out, "Parole and commutation: steps", &steps, style);

    if style == Style::Html
        && let Some(svg) = crate::render::timeline::svg(&d.name, &d.dates)
    {
        let _ = writeln!(
            out,
            "<h4>Timeline</h4>\n<figure class=\"timeline\">\n{svg}<figcaption>Hatched: custody credited before execution. Dotted: the two-year reprieve. Grey: the sentence. White: deprivation of political rights after release. Dashed line: the --as-of day.</figcaption>\n</figure>"
        );
    }
    dates_tables(&mut out, &d.dates, style);

    if let Some(f) = findings_table(&d.findings) {
        section(&mut out, "Findings", &f, style);
    }
    out
}

/// The dates table: event, date, rule, arithmetic.
fn dates_tables(out: &mut String, dates: &crate::analysis::DateFigures, style: Style) {
    if !dates.events.is_empty() {
        let mut t = table(&["Event", "Date", "Rule", "Arithmetic"]);
        for e in &dates.events {
            t.add_row(vec![
                e.event.clone(),
                opt(&e.date),
                e.step.rule.cite(),
                e.step.text.clone(),
            ]);
        }
        section(out, "Dates", &t, style);
    }
    for l in &dates.later {
        let mut steps: Vec<Step> = l.steps.clone();
        steps.extend(l.combination.steps.iter().cloned());
        let title = format!(
            "Later judgment of {} ({}): combined range {}",
            l.judgment_date,
            l.kind.id(),
            l.combination
                .range
                .map_or_else(|| "not settled".to_string(), |r| r.to_string())
        );
        steps_table(out, &title, &steps, style);
    }
}

fn date_or_bar(d: &DefendantAnalysis) -> String {
    if let Some(rule) = d.dates.parole_barred_by.or(d.parole.barred_by) {
        format!("barred ({})", rule.citation)
    } else if d.parole.not_applicable.is_some() {
        "n/a".to_string()
    } else {
        opt(&d.dates.parole_eligible)
    }
}

fn political_rights_end(d: &DefendantAnalysis) -> String {
    if d.dates.political_rights_life {
        "never (life)".to_string()
    } else {
        opt(&d.dates.political_rights_end)
    }
}

/// The report for a case file.
pub fn case_report(path: &str, a: &CaseAnalysis, style: Style) -> String {
    let mut out = String::new();
    match style {
        Style::Terminal => {
            let _ = writeln!(
                out,
                "{}\n{path} · jurisdiction {}\n",
                a.title,
                a.jurisdiction.code()
            );
        }
        Style::Markdown => {
            let _ = writeln!(
                out,
                "## {}\n\n`{path}` · jurisdiction {}\n",
                markdown_cell(&a.title),
                a.jurisdiction.code()
            );
        }
        Style::Html => {
            let _ = writeln!(
                out,
                "<h2>{}</h2>\n<p class=\"file\"><code>{}</code> · jurisdiction {}</p>",
                html_escape(&a.title),
                html_escape(path),
                a.jurisdiction.code()
            );
        }
    }
    for d in &a.defendants {
        out.push_str(&defendant_report(d, style));
    }
    out
}

/// One row of the comparison table.
#[derive(Debug, Clone)]
pub struct CompareRow<'a> {
    pub case: &'a str,
    pub path: &'a str,
    pub defendant: &'a DefendantAnalysis,
}

/// The comparison table.
pub fn compare_table(rows: &[CompareRow<'_>], style: Style) -> String {
    let mut t = table(&[
        "Case",
        "Defendant",
        "Counts",
        "Highest",
        "Total",
        "Lawful range",
        "Decided",
        "Lawful",
        "Reduction",
        "Parole after",
        "Term end",
        "Parole eligible",
        "Political rights end",
    ]);
    for r in rows {
        let d = r.defendant;
        let c = d.combination.as_ref();
        let reduction = d.reduction().map(|(t, pct)| format!("{t} ({pct}%)"));
        let parole = if let Some(rule) = d.parole.barred_by {
            format!("barred ({})", rule.citation)
        } else if d.parole.not_applicable.is_some() {
            "n/a".to_string()
        } else {
            opt(&d.parole.eligible_after)
        };
        let highest = c.and_then(|c| c.highest).map(|h| match h {
            Principal::Imprisonment(t) => t.to_string(),
            other => other.to_string(),
        });
        t.add_row(vec![
            r.case.to_string(),
            d.name.clone(),
            d.counts.len().to_string(),
            opt(&highest),
            opt(&c.and_then(|c| c.total)),
            c.and_then(|c| c.range)
                .map_or_else(|| "not settled".to_string(), |r| r.to_string()),
            opt(&c.and_then(|c| c.decided)),
            yes_no(c.and_then(|c| c.lawful)),
            opt(&reduction),
            parole,
            opt(&d.dates.term_end),
            date_or_bar(d),
            political_rights_end(d),
        ]);
    }
    match style {
        Style::Terminal => t.to_string(),
        Style::Markdown => markdown_table(&t),
        Style::Html => html_table(&t),
    }
}

/// The rule catalogue.
pub fn rules_table(rules: &[(crate::case::JurisdictionId, &'static crate::law::Rule)]) -> String {
    let mut t = table(&[
        "Jurisdiction",
        "Rule",
        "Citation",
        "In force",
        "Verified",
        "Summary",
    ]);
    for (j, r) in rules {
        t.add_row(vec![
            j.code().to_string(),
            r.id.to_string(),
            r.citation.to_string(),
            r.in_force_text(),
            r.verification.label().to_string(),
            r.summary.to_string(),
        ]);
    }
    t.to_string()
}
