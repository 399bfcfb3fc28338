//! Tables for `report` and `compare`: for the terminal, or as
//! GitHub-flavoured Markdown. Both are built from the same table values, so
//! the two formats always say the same thing.

pub use super::escape::html_escape;
use super::escape::strip_ansi;
use crate::analysis::{CaseAnalysis, DefendantAnalysis};
use crate::finding::Finding;
use crate::i18n::{Arg, Lang, Msg, MsgId};
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

/// The start of an unlawful verdict in HTML tables.
const UNLAWFUL_MARK: &str = "✗ ";

/// A comfy table as an HTML table. An unlawful verdict (a cell starting
/// with [`UNLAWFUL_MARK`]) is marked as a problem, so that it stands out in
/// print as well as in colour, in every language.
pub fn html_table(t: &Table) -> String {
    let header: Vec<String> = t
        .header()
        .map(|h| h.cell_iter().map(|c| c.content()).collect())
        .unwrap_or_default();
    let rows = t
        .row_iter()
        .map(|row| crate::render::templates::Row {
            group: String::new(),
            cells: row.cell_iter().map(|c| html_cell(&c.content())).collect(),
        })
        .collect();
    crate::render::templates::render(&crate::render::templates::HtmlTable {
        class: "",
        header,
        rows,
    })
}

/// One `<td>`: a date kept on one line, an unlawful verdict marked.
fn html_cell(content: &str) -> crate::render::templates::Cell {
    let text = strip_ansi(content);
    let date = text.len() == 10
        && text.as_bytes().get(4) == Some(&b'-')
        && text.as_bytes().get(7) == Some(&b'-');
    crate::render::templates::Cell {
        date,
        unlawful: !date && text.starts_with(UNLAWFUL_MARK),
        text,
    }
}

/// Escapes text from a case file for Markdown (a table cell, a heading):
/// `|` and backslashes; `<` and `>` as entities, so raw HTML (`<script>`,
/// `<img onerror=…>`) shows as text; `[` and `]` escaped, so no link or
/// image (`[x](javascript:…)`, `![](http://tracker)`) is made; line breaks
/// as `<br>`. As the HTML report escapes everything (issue #16).
pub fn markdown_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let plain = strip_ansi(text);
    let mut chars = plain.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            '|' => out.push_str("\\|"),
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

/// Text in a Markdown code span, whatever backticks it holds: the fence is
/// one backtick longer than the longest run inside (CommonMark 6.1).
pub fn markdown_code(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if longest > 0 { " " } else { "" };
    let one_line = text.replace(['\r', '\n'], " ");
    format!("{fence}{pad}{one_line}{pad}{fence}")
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
            let _ = writeln!(
                out,
                "{title}\n{}\n",
                crate::render::fit::render(t, crate::render::fit::current_width())
            );
        }
        Style::Markdown => {
            let _ = writeln!(out, "#### {title}\n\n{}", markdown_table(t));
        }
        Style::Html => {
            out.push_str(&crate::render::templates::render(
                &crate::render::templates::Section {
                    title,
                    table: &html_table(t),
                },
            ));
        }
    }
}

/// A table whose header is given by catalogue ids.
fn table_in(lang: Lang, header: &[MsgId]) -> Table {
    table_owned(header.iter().map(|h| lang.label(*h)).collect())
}

fn table_owned(header: Vec<String>) -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        // Wraps to the terminal's width on a terminal; never wraps in a pipe.
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header);
    t
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref()
        .map_or_else(|| "—".to_string(), ToString::to_string)
}

/// An optional figure in `lang` (dates stay ISO).
fn lopt<T: Clone + Into<Arg>>(v: &Option<T>, lang: Lang) -> String {
    v.as_ref()
        .map_or_else(|| "—".to_string(), |x| x.clone().into().render(lang))
}

/// An optional message in `lang`.
fn mopt(v: &Option<Msg>, lang: Lang) -> String {
    v.as_ref()
        .map_or_else(|| "—".to_string(), |m| m.render(lang))
}

/// The highest penalty as the result table shows it: a bare term for imprisonment.
fn highest_cell(h: Principal, lang: Lang) -> String {
    match h {
        Principal::Imprisonment(t) => crate::i18n::term(t, lang),
        other => crate::i18n::principal(&other, lang),
    }
}

/// The verdict on lawfulness, coloured for the terminal (green yes, red NO).
/// The codes are stripped by the output stream when colour is off; Markdown
/// and CSV never get them.
fn yes_no(v: Option<bool>, lang: Lang, style: Style) -> String {
    use anstyle::{AnsiColor, Style as Ansi};
    let (text, colour) = match v {
        Some(true) => (lang.label(MsgId::LabelYes), AnsiColor::Green),
        // In HTML the verdict is marked by a symbol as well, so that it
        // stands out in print; `html_table` recognises the mark in any language.
        Some(false) if style == Style::Html => (
            format!("{UNLAWFUL_MARK}{}", lang.label(MsgId::LabelNo)),
            AnsiColor::Red,
        ),
        Some(false) => (lang.label(MsgId::LabelNo), AnsiColor::Red),
        None => (lang.label(MsgId::LabelNotSettled), AnsiColor::Yellow),
    };
    let st = Ansi::new().fg_color(Some(colour.into())).bold();
    format!("{st}{text}{st:#}")
}

fn steps_table(out: &mut String, title: &str, steps: &[Step], style: Style, lang: Lang) {
    if steps.is_empty() {
        return;
    }
    let mut t = table_in(
        lang,
        &[MsgId::HeadRule, MsgId::HeadCitation, MsgId::HeadArithmetic],
    );
    for s in steps {
        t.add_row(vec![
            s.rule.id.to_string(),
            crate::i18n::rules::cite(s.rule, lang),
            s.text.render(lang),
        ]);
    }
    section(out, title, &t, style);
}

/// The findings of a defendant as a table.
pub fn findings_table(findings: &[Finding], lang: Lang) -> Option<Table> {
    if findings.is_empty() {
        return None;
    }
    let mut t = table_in(
        lang,
        &[MsgId::HeadSeverity, MsgId::HeadCode, MsgId::HeadFinding],
    );
    for f in findings {
        t.add_row(vec![
            f.severity.label(lang),
            f.code.to_string(),
            f.message.render(lang),
        ]);
    }
    Some(t)
}

/// The report for one defendant, its penalties named in the terms of its
/// jurisdiction.
pub fn defendant_report(d: &DefendantAnalysis, style: Style, lang: Lang) -> String {
    crate::i18n::names::scope(d.jurisdiction, || defendant_report_in(d, style, lang))
}

fn defendant_report_in(d: &DefendantAnalysis, style: Style, lang: Lang) -> String {
    let mut out = String::new();
    let name = match (&d.native_name, lang) {
        (Some(n), Lang::Zh) => format!("{n}（{}）", d.name),
        (Some(n), Lang::En) => format!("{} ({n})", d.name),
        (None, _) => d.name.clone(),
    };
    match style {
        Style::Terminal => {
            let _ = writeln!(out, "── {name} ──\n");
        }
        Style::Markdown => {
            let _ = writeln!(out, "### {}\n", markdown_cell(&name));
        }
        Style::Html => {
            out.push_str(&crate::render::templates::render(
                &crate::render::templates::DefendantHead { name: &name },
            ));
        }
    }
    if let Some(law) = &d.law {
        let applied = lang.label(if law.settled {
            MsgId::LabelLawApplied
        } else {
            MsgId::LabelLawAppliedAssumed
        });
        let because = lang.label(MsgId::LabelBecause);
        let name = crate::i18n::law_version_name(law.version, law.name, lang);
        let reason = law.reason.render(lang);
        let colon = lang.label(MsgId::LabelColon);
        let _ = match style {
            Style::Terminal => {
                let width = crate::render::fit::current_width();
                let head = format!("{applied}{colon}{name} [{}]", law.version);
                for line in crate::render::fit::wrap(&head, width) {
                    let _ = writeln!(out, "{line}");
                }
                for line in crate::render::fit::wrap(&format!("{because}{reason}"), width - 2) {
                    let _ = writeln!(out, "  {line}");
                }
                writeln!(out)
            }
            Style::Markdown => writeln!(
                out,
                "**{applied}{}** {} [`{}`], {because}{}\n",
                colon.trim_end(),
                markdown_cell(&name),
                law.version,
                markdown_cell(&reason)
            ),
            Style::Html => {
                out.push_str(&crate::render::templates::render(
                    &crate::render::templates::Law {
                        applied: &applied,
                        colon: colon.trim_end(),
                        name: &name,
                        version: law.version,
                        because: &because,
                        reason: &reason,
                    },
                ));
                Ok(())
            }
        };
    }

    let mut t = table_in(
        lang,
        &[
            MsgId::HeadNumber,
            MsgId::HeadOffence,
            MsgId::HeadArticle,
            MsgId::HeadCommitted,
            MsgId::HeadPenalty,
            MsgId::HeadPoliticalRights,
            MsgId::HeadFine,
            MsgId::HeadConfiscation,
        ],
    );
    for (i, c) in d.counts.iter().enumerate() {
        let offence = match (&c.native_offence, lang) {
            (Some(n), Lang::Zh) => n.clone(),
            (Some(n), Lang::En) => format!("{} ({n})", c.offence),
            (None, _) => c.offence.clone(),
        };
        let mark = |field: &str, text: String| {
            if c.assumed.iter().any(|a| a == field) {
                format!("{text}{}", lang.label(MsgId::LabelAssumedSuffix))
            } else {
                text
            }
        };
        t.add_row(vec![
            (i + 1).to_string(),
            offence,
            match (&c.article, lang) {
                (Some(a), Lang::Zh) => crate::i18n::article_zh(a),
                (a, _) => opt(a),
            },
            match (c.committed.map(|p| p.to_string()), lang) {
                (Some(p), Lang::Zh) => p.replace(" to ", "至"),
                (p, _) => opt(&p),
            },
            mark(
                "penalty",
                match c.probation {
                    None => crate::i18n::principal(&c.penalty, lang),
                    Some(p) => Msg::new(MsgId::LabelSuspendedFor)
                        .arg("penalty", c.penalty)
                        .arg("period", p)
                        .render(lang),
                },
            ),
            mark("political_rights", lopt(&c.political_rights, lang)),
            mark("fine", lopt(&c.fine, lang)),
            mark("confiscation", lopt(&c.confiscation, lang)),
        ]);
    }
    section(&mut out, &lang.label(MsgId::TitleCounts), &t, style);

    if let Some(c) = &d.combination {
        steps_table(
            &mut out,
            &Msg::new(MsgId::TitleCombination)
                .arg("principle", crate::i18n::principle_name(c.principle))
                .render(lang),
            &c.steps,
            style,
            lang,
        );
        let mut t = table_in(
            lang,
            &[
                MsgId::HeadHighest,
                MsgId::HeadTotal,
                MsgId::HeadCap,
                MsgId::HeadLawfulRange,
                MsgId::HeadDecided,
                MsgId::HeadLawful,
            ],
        );
        let then = |a: Arg, b: Arg| {
            Msg::new(MsgId::LabelThen)
                .arg("first", a)
                .arg("then", b)
                .render(lang)
        };
        let range = match (c.range, c.then_range) {
            (Some(r), Some(t)) => then(r.into(), t.into()),
            (Some(r), None) => Arg::from(r).render(lang),
            (None, _) => lang.label(MsgId::LabelNotSettled),
        };
        let decided = match (c.decided, c.decided_then) {
            (Some(p), Some(t)) => then(p.into(), t.into()),
            (p, _) => lopt(&p, lang),
        };
        t.add_row(vec![
            c.highest
                .map_or_else(|| "—".to_string(), |h| highest_cell(h, lang)),
            lopt(&c.total, lang),
            lopt(&c.cap, lang),
            range,
            decided,
            yes_no(c.lawful, lang, style),
        ]);
        section(&mut out, &lang.label(MsgId::TitleResult), &t, style);
    }

    let s = &d.supplementary;
    if s.political_rights.is_some()
        || s.fine.is_some()
        || s.confiscation.is_some()
        || s.decided_political_rights.is_some()
        || s.decided_fine.is_some()
        || s.decided_confiscation.is_some()
        || s.fines_absorbed
        || s.expulsion
    {
        let mut t = table_in(
            lang,
            &[
                MsgId::HeadSupplementaryPenalty,
                MsgId::HeadFromTheCounts,
                MsgId::HeadDecided,
            ],
        );
        t.add_row(vec![
            lang.label(MsgId::LabelPoliticalRightsRow),
            lopt(&s.political_rights, lang),
            lopt(&s.decided_political_rights, lang),
        ]);
        let fine = if s.fines_absorbed {
            lang.label(MsgId::LabelFinesAbsorbed)
        } else {
            lopt(&s.fine, lang)
        };
        t.add_row(vec![
            lang.label(MsgId::LabelFineRow),
            fine,
            lopt(&s.decided_fine, lang),
        ]);
        t.add_row(vec![
            lang.label(MsgId::LabelConfiscationRow),
            lopt(&s.confiscation, lang),
            lopt(&s.decided_confiscation, lang),
        ]);
        if s.expulsion {
            let yes = lang.label(MsgId::LabelYes);
            t.add_row(vec![lang.label(MsgId::LabelExpulsionRow), yes.clone(), yes]);
        }
        section(&mut out, &lang.label(MsgId::TitleSupplementary), &t, style);
        steps_table(
            &mut out,
            &lang.label(MsgId::TitleSupplementarySteps),
            &s.steps,
            style,
            lang,
        );
    }

    let mut t = table_in(
        lang,
        &[MsgId::HeadFigure, MsgId::HeadValue, MsgId::HeadCountedFrom],
    );
    let p = &d.parole;
    let parole_value = if let Some(r) = p.barred_by {
        barred(r, lang)
    } else if let Some(by_board) = &p.at_board_direction {
        by_board.render(lang)
    } else if let Some(na) = &p.not_applicable {
        Msg::new(MsgId::LabelNotApplicableBecause)
            .arg("why", na.clone())
            .render(lang)
    } else {
        lopt(&p.eligible_after, lang)
    };
    t.add_row(vec![
        lang.label(MsgId::LabelParoleAfterRow),
        parole_value,
        mopt(&p.counted_from, lang),
    ]);
    let c = &d.commutation;
    if let Some(why) = &c.not_applicable {
        t.add_row(vec![
            lang.label(MsgId::LabelCommutationRow),
            Msg::new(MsgId::LabelNotApplicableBecause)
                .arg("why", why.clone())
                .render(lang),
            "—".to_string(),
        ]);
    } else if let Some(r) = c.barred_by {
        t.add_row(vec![
            lang.label(MsgId::LabelCommutationRow),
            Msg::new(MsgId::LabelCommutationBarred)
                .arg("rule", crate::i18n::rules::citation(r, lang))
                .render(lang),
            "—".to_string(),
        ]);
    } else {
        t.add_row(vec![
            lang.label(MsgId::LabelMinimumServedRow),
            lopt(&c.minimum_served, lang),
            "—".to_string(),
        ]);
        t.add_row(vec![
            lang.label(MsgId::LabelEarliestCommutationRow),
            lopt(&c.earliest_first, lang),
            mopt(&c.counted_from, lang),
        ]);
    }
    section(
        &mut out,
        &lang.label(MsgId::TitleParoleCommutation),
        &t,
        style,
    );
    let mut steps: Vec<Step> = p.steps.clone();
    steps.extend(c.steps.iter().cloned());
    steps_table(
        &mut out,
        &lang.label(MsgId::TitleParoleCommutationSteps),
        &steps,
        style,
        lang,
    );

    lighter_law_table(&mut out, d, style, lang);

    if style == Style::Html
        && let Some(crate::render::timeline::Timeline { svg, legend }) =
            crate::render::timeline::timeline(&d.name, &d.dates, lang)
    {
        out.push_str(&crate::render::templates::render(
            &crate::render::templates::Figure {
                title: &lang.label(MsgId::TitleTimeline),
                svg: &svg,
                legend: &legend,
            },
        ));
    }
    dates_tables(&mut out, &d.dates, style, lang);
    if let Some(p) = &d.dates.probation {
        probation_table(&mut out, p, style, lang);
    }

    if let Some(f) = findings_table(&d.findings, lang) {
        section(&mut out, &lang.label(MsgId::TitleFindings), &f, style);
    }
    out
}

/// The lighter-law comparison (CN CL 12, TW art. 2, JP art. 6): each provision under the old and the
/// new text, which applies and why. Nothing when no text changed.
fn lighter_law_table(out: &mut String, d: &DefendantAnalysis, style: Style, lang: Lang) {
    if d.lighter_law.is_empty() {
        return;
    }
    let mut t = table_in(
        lang,
        &[
            MsgId::HeadProvision,
            MsgId::HeadOldText,
            MsgId::HeadNewText,
            MsgId::HeadApplies,
            MsgId::HeadWhy,
        ],
    );
    for r in &d.lighter_law {
        t.add_row(vec![
            lang.label(r.name),
            crate::analysis::LighterLawRow::figure_cell(&r.old, r.old_rule).render(lang),
            crate::analysis::LighterLawRow::figure_cell(&r.new, r.new_rule).render(lang),
            r.applies_msg().render(lang),
            r.why_msg().render(lang),
        ]);
    }
    // Named after the jurisdiction's provision; China keeps its own title.
    let title = match d.lighter_law.first() {
        Some(r) if r.principle.id != crate::law::cn::lighter_law::CL12_1.id => {
            Msg::new(MsgId::TitleLighterLawOf)
                .arg(
                    "rule",
                    crate::i18n::Arg::Citation(crate::i18n::RuleRef(r.principle)),
                )
                .render(lang)
        }
        _ => lang.label(MsgId::TitleLighterLaw),
    };
    section(out, &title, &t, style);
}

/// The dates table: event, date, rule, arithmetic.
fn dates_tables(out: &mut String, dates: &crate::analysis::DateFigures, style: Style, lang: Lang) {
    if !dates.events.is_empty() {
        let mut t = table_in(
            lang,
            &[
                MsgId::HeadEvent,
                MsgId::HeadDate,
                MsgId::HeadRule,
                MsgId::HeadArithmetic,
            ],
        );
        for e in &dates.events {
            t.add_row(vec![
                e.event.render(lang),
                opt(&e.date),
                crate::i18n::rules::cite(e.step.rule, lang),
                e.step.text.render(lang),
            ]);
        }
        section(out, &lang.label(MsgId::TitleDates), &t, style);
    }
    for l in &dates.later {
        let mut steps: Vec<Step> = l.steps.clone();
        steps.extend(l.combination.steps.iter().cloned());
        steps.extend(l.supplementary.steps.iter().cloned());
        let range = match l.combination.range {
            Some(r) => Arg::from(r),
            None => Arg::from(MsgId::LabelNotSettled),
        };
        let title = Msg::new(MsgId::TitleLaterJudgment)
            .arg("date", l.judgment_date)
            .arg("kind", l.kind.id())
            .arg("range", range)
            .render(lang);
        steps_table(out, &title, &steps, style, lang);
    }
}

/// The suspended sentence (CL 72–77): the penalty, the probation period,
/// its dates and the checks.
fn probation_table(
    out: &mut String,
    p: &crate::analysis::ProbationFigures,
    style: Style,
    lang: Lang,
) {
    let mut t = table_in(
        lang,
        &[
            MsgId::HeadEvent,
            MsgId::HeadDate,
            MsgId::HeadRule,
            MsgId::HeadArithmetic,
        ],
    );
    t.add_row(vec![
        lang.label(MsgId::HeadSuspended),
        Arg::Penalty(p.suspended).render(lang),
        String::new(),
        String::new(),
    ]);
    t.add_row(vec![
        lang.label(MsgId::HeadProbationPeriod),
        Arg::Term(p.period).render(lang),
        String::new(),
        String::new(),
    ]);
    for e in &p.events {
        t.add_row(vec![
            e.event.render(lang),
            opt(&e.date),
            crate::i18n::rules::cite(e.step.rule, lang),
            e.step.text.render(lang),
        ]);
    }
    for s in &p.steps {
        t.add_row(vec![
            String::new(),
            String::new(),
            crate::i18n::rules::cite(s.rule, lang),
            s.text.render(lang),
        ]);
    }
    section(out, &lang.label(MsgId::TitleProbation), &t, style);
}

/// `barred (CL 81 ¶2)` / `不得假释（《刑法》第八十一条第二款）`-style cell.
fn barred(r: &'static crate::law::Rule, lang: Lang) -> String {
    Msg::new(MsgId::LabelBarred)
        .arg("rule", crate::i18n::rules::citation(r, lang))
        .render(lang)
}

fn date_or_bar(d: &DefendantAnalysis, lang: Lang) -> String {
    if let Some(rule) = d.dates.parole_barred_by.or(d.parole.barred_by) {
        barred(rule, lang)
    } else if d.parole.not_applicable.is_some() {
        lang.label(MsgId::LabelNotApplicable)
    } else {
        opt(&d.dates.parole_eligible)
    }
}

fn political_rights_end(d: &DefendantAnalysis, lang: Lang) -> String {
    if d.dates.political_rights_life {
        lang.label(MsgId::LabelNeverLife)
    } else {
        opt(&d.dates.political_rights_end)
    }
}

/// The report for a case file.
pub fn case_report(path: &str, a: &CaseAnalysis, style: Style, lang: Lang) -> String {
    let mut out = String::new();
    let jurisdiction = lang.label(MsgId::LabelJurisdiction);
    match style {
        Style::Terminal => {
            let width = crate::render::fit::current_width();
            let head = format!(
                "{}\n{path} · {jurisdiction} {}",
                a.title,
                a.jurisdiction.code()
            );
            for line in crate::render::fit::wrap(&head, width) {
                let _ = writeln!(out, "{line}");
            }
            out.push('\n');
        }
        Style::Markdown => {
            let _ = writeln!(
                out,
                "## {}\n\n{} · {jurisdiction} {}\n",
                markdown_cell(&a.title),
                markdown_code(path),
                a.jurisdiction.code()
            );
        }
        Style::Html => {
            out.push_str(&crate::render::templates::render(
                &crate::render::templates::CaseHead {
                    title: &a.title,
                    path,
                    jurisdiction: &jurisdiction,
                    code: a.jurisdiction.code(),
                },
            ));
        }
    }
    provenance(&mut out, &a.provenance, style, lang);
    for d in &a.defendants {
        out.push_str(&defendant_report(d, style, lang));
    }
    out
}

/// The case's summary and its sources (title, address, date), so that a
/// reader can check the facts the figures rest on.
fn provenance(out: &mut String, p: &crate::analysis::Provenance, style: Style, lang: Lang) {
    if p.is_empty() {
        return;
    }
    let label = lang.label(MsgId::LabelSources);
    // The date and the note, after the title: `, 2012-09-24, note`.
    let details = |s: &crate::case::Source| {
        let mut d = String::new();
        if let Some(p) = s.published {
            let _ = write!(d, ", {p}");
        }
        if let Some(n) = &s.note {
            let _ = write!(d, ", {n}");
        }
        d
    };
    let source_text = |s: &crate::case::Source| {
        let text = format!("{}{}", s.title.as_deref().unwrap_or(""), details(s));
        text.trim_start_matches(", ").to_string()
    };
    match style {
        Style::Terminal => {
            let width = crate::render::fit::current_width();
            if let Some(summary) = &p.summary {
                for line in crate::render::fit::wrap(summary, width) {
                    let _ = writeln!(out, "{line}");
                }
                out.push('\n');
            }
            if !p.sources.is_empty() {
                let _ = writeln!(out, "{label}");
                for s in &p.sources {
                    let text = source_text(s);
                    let mut item = text.clone();
                    if let Some(url) = &s.url {
                        if item.is_empty() {
                            item = url.clone();
                        } else {
                            item = format!("{item}\n{url}");
                        }
                    }
                    for (i, line) in crate::render::fit::wrap(&item, width.saturating_sub(2))
                        .into_iter()
                        .enumerate()
                    {
                        let _ = writeln!(out, "{}{line}", if i == 0 { "- " } else { "  " });
                    }
                }
                out.push('\n');
            }
        }
        Style::Markdown => {
            if let Some(summary) = &p.summary {
                let _ = writeln!(out, "{}\n", markdown_cell(summary));
            }
            if !p.sources.is_empty() {
                let _ = writeln!(out, "{label}\n");
                for s in &p.sources {
                    let text = markdown_cell(&source_text(s));
                    let _ = match (&s.url, s.title.is_some()) {
                        (Some(url), true) => {
                            // Brackets would end the link text early.
                            let title = markdown_cell(s.title.as_deref().unwrap_or(""))
                                .replace('[', "\\[")
                                .replace(']', "\\]");
                            let rest = markdown_cell(&details(s));
                            writeln!(out, "- [{title}](<{}>){rest}", url.replace('>', "%3E"))
                        }
                        (Some(url), false) if text.is_empty() => {
                            writeln!(out, "- <{}>", url.replace('>', "%3E"))
                        }
                        (Some(url), false) => {
                            writeln!(out, "- {text}, <{}>", url.replace('>', "%3E"))
                        }
                        (None, _) => writeln!(out, "- {text}"),
                    };
                }
                out.push('\n');
            }
        }
        Style::Html => {
            let sources = p
                .sources
                .iter()
                .map(|s| {
                    let title = s
                        .title
                        .clone()
                        .or_else(|| s.url.clone())
                        .unwrap_or_default();
                    let (link, other) = match &s.url {
                        Some(url) if is_web_address(url) => (url.clone(), String::new()),
                        Some(url) => (String::new(), url.clone()),
                        None => (String::new(), String::new()),
                    };
                    crate::render::templates::Source {
                        title,
                        link,
                        other,
                        details: details(s),
                    }
                })
                .collect();
            out.push_str(&crate::render::templates::render(
                &crate::render::templates::Provenance {
                    summary: p.summary.as_deref().unwrap_or(""),
                    label: &label,
                    sources,
                },
            ));
        }
    }
}

/// Only `http:` and `https:` addresses become links: a case file must not
/// put a `javascript:` link into a report.
fn is_web_address(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// One row of the comparison table.
#[derive(Debug, Clone)]
pub struct CompareRow<'a> {
    pub case: &'a str,
    pub path: &'a str,
    pub defendant: &'a DefendantAnalysis,
    /// The case's summary and sources (JSON output carries them).
    pub provenance: &'a crate::analysis::Provenance,
}

/// The comparison table.
pub fn compare_table(rows: &[CompareRow<'_>], style: Style, lang: Lang) -> String {
    let cells: Vec<CompareCells> = rows.iter().map(|r| compare_row(r, style, lang)).collect();
    compare_table_of(cells, style, lang)
}

/// One comparison row as it is printed: its file (the HTML page heads each
/// case's rows, again when the file changes) and its cells, the first the
/// case. A batch keeps only these (a few hundred bytes), not the analysis.
#[derive(Debug, Clone)]
pub struct CompareCells {
    pub path: String,
    pub cells: Vec<String>,
}

/// The cells of one comparison row, as [`compare_table_of`] takes them.
pub fn compare_row(r: &CompareRow<'_>, style: Style, lang: Lang) -> CompareCells {
    CompareCells {
        path: r.path.to_string(),
        cells: crate::i18n::names::scope(r.defendant.jurisdiction, || {
            compare_cells(r, lang, style)
        }),
    }
}

/// The comparison table of rows made by [`compare_row`].
pub fn compare_table_of(rows: Vec<CompareCells>, style: Style, lang: Lang) -> String {
    if style == Style::Html {
        return compare_html(&rows, lang);
    }
    let mut t = table_in(lang, COMPARE_HEADER);
    let mut cases: Vec<(String, String)> = Vec::with_capacity(rows.len());
    for r in rows {
        let case = r.cells.first().cloned().unwrap_or_default();
        cases.push((r.path, case));
        t.add_row(r.cells);
    }
    match style {
        Style::Markdown => markdown_table(&t),
        _ => compare_terminal(&cases, &t, lang),
    }
}

/// The comparison on a terminal: the whole table when it fits; else with
/// the case titles, its widest column, moved to a second table and replaced
/// by their numbers; else a block per defendant.
fn compare_terminal(rows: &[(String, String)], t: &Table, lang: Lang) -> String {
    use crate::render::fit;
    let width = fit::current_width();
    if fit::fits(t, width) {
        return fit::render(t, width);
    }
    let mut cases: Vec<(&str, &str)> = Vec::new();
    let mut keyed = table_in(lang, COMPARE_HEADER);
    for ((path, case), row) in rows.iter().zip(t.row_iter()) {
        let key = (path.as_str(), case.as_str());
        let number = match cases.iter().position(|c| *c == key) {
            Some(i) => i + 1,
            None => {
                cases.push(key);
                cases.len()
            }
        };
        let mut cells: Vec<String> = row.cell_iter().map(|c| c.content()).collect();
        if let Some(first) = cells.first_mut() {
            *first = number.to_string();
        }
        keyed.add_row(cells);
    }
    let mut legend = table_in(lang, &[MsgId::HeadNumber, MsgId::HeadCase]);
    for (i, (_, case)) in cases.iter().enumerate() {
        legend.add_row(vec![(i + 1).to_string(), (*case).to_string()]);
    }
    if fit::fits(&keyed, width) {
        format!(
            "{}\n\n{}",
            fit::render(&keyed, width),
            fit::render(&legend, width)
        )
    } else {
        fit::render(t, width)
    }
}

/// The comparison for the HTML page: the case title heads its defendants'
/// rows (a row across the table, again whenever the case changes in the
/// sort order) instead of filling a narrow column, so that the thirteen
/// other columns fit a page.
fn compare_html(rows: &[CompareCells], lang: Lang) -> String {
    let header = COMPARE_HEADER
        .get(1..)
        .unwrap_or_default()
        .iter()
        .map(|h| lang.label(*h))
        .collect();
    let mut previous: Option<(&str, &str)> = None;
    let rows = rows
        .iter()
        .map(|r| {
            let case = r.cells.first().map_or("", String::as_str);
            let group = if previous == Some((r.path.as_str(), case)) {
                String::new()
            } else {
                previous = Some((r.path.as_str(), case));
                case.to_string()
            };
            crate::render::templates::Row {
                group,
                cells: r.cells.iter().skip(1).map(|c| html_cell(c)).collect(),
            }
        })
        .collect();
    crate::render::templates::render(&crate::render::templates::HtmlTable {
        class: "compare",
        header,
        rows,
    })
}

/// The header of the comparison table.
pub const COMPARE_HEADER: &[MsgId] = &[
    MsgId::HeadCase,
    MsgId::HeadDefendant,
    MsgId::HeadJurisdiction,
    MsgId::HeadCounts,
    MsgId::HeadHighest,
    MsgId::HeadTotal,
    MsgId::HeadLawfulRange,
    MsgId::HeadDecided,
    MsgId::HeadLawful,
    MsgId::HeadReduction,
    MsgId::HeadParoleAfter,
    MsgId::HeadTermEnd,
    MsgId::HeadParoleEligible,
    MsgId::HeadPoliticalRightsEnd,
];

/// Longest text from the case file shown in a table cell, in characters.
pub const MAX_DISPLAY_CHARS: usize = 120;

/// Text from the case file for a table cell, cut to [`MAX_DISPLAY_CHARS`]
/// with an ellipsis: one 3-million-character name padded every row of a
/// comparison to 3 MB (issue #16). The full text is in JSON and CSV.
pub fn display_value(text: &str) -> String {
    match text.char_indices().nth(MAX_DISPLAY_CHARS) {
        Some((cut, _)) => {
            let head = text.get(..cut).unwrap_or(text);
            // Leave room for the ellipsis within the limit.
            let head = match head.char_indices().last() {
                Some((last, _)) => head.get(..last).unwrap_or(head),
                None => head,
            };
            format!("{head}…")
        }
        None => text.to_string(),
    }
}

/// The cells of one comparison row.
fn compare_cells(r: &CompareRow<'_>, lang: Lang, style: Style) -> Vec<String> {
    let d = r.defendant;
    let c = d.combination.as_ref();
    let reduction = d.reduction().map(|(t, pct)| {
        Msg::new(MsgId::LabelReduction)
            .arg("term", t)
            .arg("percent", pct.to_string())
            .render(lang)
    });
    let parole = if let Some(rule) = d.parole.barred_by {
        barred(rule, lang)
    } else if d.parole.at_board_direction.is_some() {
        opt(&d.dates.parole_eligible)
    } else if d.parole.not_applicable.is_some() {
        lang.label(MsgId::LabelNotApplicable)
    } else {
        lopt(&d.parole.eligible_after, lang)
    };
    let lawful = c.and_then(|c| c.lawful);
    vec![
        display_value(r.case),
        display_value(match (&d.native_name, lang) {
            (Some(n), Lang::Zh) => n,
            _ => &d.name,
        }),
        d.jurisdiction.code().to_string(),
        d.counts.len().to_string(),
        c.and_then(|c| c.highest)
            .map_or_else(|| "—".to_string(), |h| highest_cell(h, lang)),
        lopt(&c.and_then(|c| c.total), lang),
        c.and_then(|c| c.range).map_or_else(
            || lang.label(MsgId::LabelNotSettled),
            |r| Arg::from(r).render(lang),
        ),
        lopt(&c.and_then(|c| c.decided), lang),
        yes_no(lawful, lang, style),
        opt(&reduction),
        parole,
        opt(&d.dates.term_end),
        date_or_bar(d, lang),
        political_rights_end(d, lang),
    ]
}

/// The rule catalogue for a terminal.
pub fn rules_table(
    rules: &[(crate::case::JurisdictionId, &'static crate::law::Rule)],
    lang: Lang,
) -> String {
    crate::render::fit::render(
        &rules_grid(rules, lang),
        crate::render::fit::current_width(),
    )
}

/// The rule catalogue as a table, for every format.
pub fn rules_grid(
    rules: &[(crate::case::JurisdictionId, &'static crate::law::Rule)],
    lang: Lang,
) -> Table {
    let mut t = table_in(
        lang,
        &[
            MsgId::HeadJurisdiction,
            MsgId::HeadRule,
            MsgId::HeadCitation,
            MsgId::HeadInForce,
            MsgId::HeadVerified,
            MsgId::HeadSummary,
        ],
    );
    for (j, r) in rules {
        let verified = lang.label(match r.verification {
            crate::law::Verification::Statute(_) => MsgId::VerificationStatute,
            crate::law::Verification::Reference(_) => MsgId::VerificationReference,
            crate::law::Verification::Unverified(_) => MsgId::VerificationUnverified,
        });
        t.add_row(vec![
            j.code().to_string(),
            r.id.to_string(),
            crate::i18n::rules::citation(r, lang).to_string(),
            r.in_force_text(),
            verified,
            crate::i18n::rules::summary(r, lang).to_string(),
        ]);
    }
    t
}
