//! The HTML report: one self-contained file (no scripts, fonts, styles or
//! images from elsewhere; nothing fetched), readable without colour and
//! printable. The tables are the same as the terminal report's.

use crate::analysis::CaseAnalysis;
use crate::i18n::{Lang, MsgId};
use crate::render::table::{self, CompareRow, Style};
use crate::render::templates;

/// The style sheet, inline. Unlawful verdicts are marked by text and symbol (✗),
/// not by colour alone, so the report reads the same in black and white.
const CSS: &str = r#"
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif;
       max-width: 72rem; margin: 2rem auto; padding: 0 1rem; color: #111; line-height: 1.4; }
h1 { font-size: 1.6rem; border-bottom: 2px solid #111; padding-bottom: .3rem; }
h2 { font-size: 1.35rem; margin-top: 2.5rem; border-bottom: 1px solid #666; }
h3 { font-size: 1.15rem; margin-top: 1.8rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin-bottom: .8rem; font-size: .9rem; }
th, td { border: 1px solid #888; padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #eee; }
td.unlawful { border: 2px solid #000; background: #fdd; }
td.date { white-space: nowrap; }
p.file, p.generated { color: #444; font-size: .9rem; }
figure.timeline { margin: .5rem 0 1rem; }
figure.timeline svg { width: 100%; height: auto; }
figcaption { font-size: .85rem; color: #333; }
p.summary { max-width: 48rem; }
p.sources-label { margin: .6rem 0 .2rem; font-weight: 600; }
ul.sources { margin-top: 0; font-size: .9rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { page-break-before: always; }
  h2:first-of-type { page-break-before: avoid; }
  table, figure { page-break-inside: avoid; }
  th { background: none; }
  td.unlawful { background: none; }
}
"#;

fn head(title: &str, lang: Lang) -> String {
    head_with(title, lang, CSS, "")
}

/// The start of a document with its style sheet and the class of its body.
fn head_with(title: &str, lang: Lang, css: &str, body_class: &str) -> String {
    let code = match lang {
        Lang::En => "en",
        Lang::Zh => "zh-Hans",
    };
    templates::render(&templates::Head {
        lang: code,
        title,
        css,
        body_class,
    })
}

const TAIL: &str = "</body>\n</html>\n";

fn document(title: &str, body: &str, lang: Lang) -> String {
    format!("{}{body}{TAIL}", head(title, lang))
}

/// The start of the report document, for output written a file at a time:
/// [`report_head`], then [`report_case`] for each file, then [`report_tail`].
pub fn report_head(lang: Lang) -> String {
    let mut s = head(&lang.label(MsgId::HtmlReportTitle), lang);
    // The catalogue text carries its own `<code>` markup.
    s.push_str(&templates::render(&templates::Generated {
        text: &lang.label(MsgId::HtmlGenerated),
    }));
    s
}

/// One case file's part of the report document.
pub fn report_case(path: &str, a: &CaseAnalysis, lang: Lang) -> String {
    table::case_report(path, a, Style::Html, lang)
}

/// The end of the report document.
pub fn report_tail() -> &'static str {
    TAIL
}

/// The report for several case files as one HTML document.
pub fn report(cases: &[(String, CaseAnalysis)], lang: Lang) -> String {
    let mut s = report_head(lang);
    for (path, a) in cases {
        s.push_str(&report_case(path, a, lang));
    }
    s.push_str(TAIL);
    s
}

/// The comparison's own layout: its columns fit the width of the window
/// (not the 72rem of the report's text column) in a smaller type, each case
/// title heads its defendants' rows, and a printout is landscape with the
/// header repeated on each page.
const COMPARE_CSS: &str = r#"
body.compare { max-width: none; margin: 1rem; }
table.compare { font-size: .75rem; table-layout: auto; }
table.compare th, table.compare td { padding: .2rem .25rem; }
table.compare tr.case th { background: #f6f6f6; font-weight: 600; padding-top: .35rem; }
table.compare th { position: sticky; top: 0; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body.compare { margin: 0; font-size: 8pt; }
  table.compare { font-size: 7pt; page-break-inside: auto; }
  table.compare tr { page-break-inside: avoid; }
  table.compare thead { display: table-header-group; }
}
"#;

/// The comparison as one HTML document.
pub fn compare(rows: &[CompareRow<'_>], lang: Lang) -> String {
    compare_of(
        rows.iter()
            .map(|r| table::compare_row(r, Style::Html, lang))
            .collect(),
        lang,
    )
}

/// The rule catalogue as one HTML document.
pub fn rules(t: &comfy_table::Table, lang: Lang) -> String {
    document(
        &lang.label(MsgId::HtmlRulesTitle),
        &table::html_table(t),
        lang,
    )
}

/// The comparison page of rows made by [`table::compare_row`] in the HTML style.
pub fn compare_of(rows: Vec<table::CompareCells>, lang: Lang) -> String {
    let title = lang.label(MsgId::HtmlCompareTitle);
    let table = table::compare_table_of(rows, Style::Html, lang);
    let head = head_with(&title, lang, &format!("{CSS}{COMPARE_CSS}"), "compare");
    format!("{head}{table}{TAIL}")
}
