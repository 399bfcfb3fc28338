//! The HTML report's markup as askama templates, which escape every value
//! by default (with [`Html`](super::escape::Html), configured in
//! `askama.toml`: `&`, `<`, `>` and `"`, colour codes dropped). Only constant
//! markup of this crate (the style sheet, the SVG patterns, catalogue texts
//! that carry `<code>`) is marked `safe`. The templates are inline so that
//! every byte of the output, line ends included, is visible here.

use askama::Template;

/// Renders a template. Rendering into a `String` fails only if a value's
/// `Display` fails, which none of these (strings and numbers) do.
pub fn render(t: &impl Template) -> String {
    t.render().unwrap_or_default()
}

/// The start of a document, up to and including its `<h1>`.
#[derive(Template)]
#[template(
    ext = "html",
    source = "<!DOCTYPE html>\n<html lang=\"{{ lang }}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{{ title }}</title>\n<style>{{ css|safe }}</style>\n</head>\n{% if body_class.is_empty() %}<body>{% else %}<body class=\"{{ body_class }}\">{% endif %}\n<h1>{{ title }}</h1>\n"
)]
pub struct Head<'a> {
    pub lang: &'a str,
    pub title: &'a str,
    /// The crate's own style sheet.
    pub css: &'a str,
    pub body_class: &'a str,
}

/// The report's note on how it was made (a catalogue text with `<code>`).
#[derive(Template)]
#[template(ext = "html", source = "<p class=\"generated\">{{ text|safe }}</p>\n")]
pub struct Generated<'a> {
    pub text: &'a str,
}

/// A cell of an HTML table.
pub struct Cell {
    pub text: String,
    /// A date: kept on one line.
    pub date: bool,
    /// An unlawful verdict: marked, so that it stands out in print.
    pub unlawful: bool,
}

/// A row, after a heading row across the table when `group` is not empty.
pub struct Row {
    pub group: String,
    pub cells: Vec<Cell>,
}

/// A table.
#[derive(Template)]
#[template(
    ext = "html",
    source = "{% if class.is_empty() %}<table>{% else %}<table class=\"{{ class }}\">{% endif %}\n<thead><tr>{% for h in header %}<th>{{ h }}</th>{% endfor %}</tr></thead>\n<tbody>\n{% for row in rows %}{% if !row.group.is_empty() %}<tr class=\"case\"><th colspan=\"{{ header.len() }}\" scope=\"colgroup\">{{ row.group }}</th></tr>\n{% endif %}<tr>{% for c in row.cells %}{% if c.date %}<td class=\"date\">{{ c.text }}</td>{% else if c.unlawful %}<td class=\"unlawful\"><strong>{{ c.text }}</strong></td>{% else %}<td>{{ c.text }}</td>{% endif %}{% endfor %}</tr>\n{% endfor %}</tbody>\n</table>\n"
)]
pub struct HtmlTable<'a> {
    pub class: &'a str,
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

/// A titled table of the report.
#[derive(Template)]
#[template(ext = "html", source = "<h4>{{ title }}</h4>\n{{ table|safe }}\n")]
pub struct Section<'a> {
    pub title: &'a str,
    /// An [`HtmlTable`], already rendered.
    pub table: &'a str,
}

/// A case's heading: its title, file and jurisdiction.
#[derive(Template)]
#[template(
    ext = "html",
    source = "<h2>{{ title }}</h2>\n<p class=\"file\"><code>{{ path }}</code> · {{ jurisdiction }} {{ code }}</p>\n"
)]
pub struct CaseHead<'a> {
    pub title: &'a str,
    pub path: &'a str,
    pub jurisdiction: &'a str,
    pub code: &'a str,
}

/// A defendant's heading.
#[derive(Template)]
#[template(ext = "html", source = "<h3>{{ name }}</h3>\n")]
pub struct DefendantHead<'a> {
    pub name: &'a str,
}

/// The law applied to a defendant, and why.
#[derive(Template)]
#[template(
    ext = "html",
    source = "<p class=\"law\"><strong>{{ applied }}{{ colon }}</strong> {{ name }} [<code>{{ version }}</code>], {{ because }}{{ reason }}</p>\n"
)]
pub struct Law<'a> {
    pub applied: &'a str,
    pub colon: &'a str,
    pub name: &'a str,
    pub version: &'a str,
    pub because: &'a str,
    pub reason: &'a str,
}

/// A source of the case: a link for a web address, else the address as text.
pub struct Source {
    pub title: String,
    /// An `http:` or `https:` address, or empty.
    pub link: String,
    /// Another address (not linked), or empty.
    pub other: String,
    /// `, 2012-09-24, note`.
    pub details: String,
}

/// A case's summary and sources.
#[derive(Template)]
#[template(
    ext = "html",
    source = "{% if !summary.is_empty() %}<p class=\"summary\">{{ summary }}</p>\n{% endif %}{% if !sources.is_empty() %}<p class=\"sources-label\">{{ label }}</p>\n<ul class=\"sources\">\n{% for s in sources %}<li>{% if !s.link.is_empty() %}<a href=\"{{ s.link }}\">{{ s.title }}</a>{% else if !s.other.is_empty() %}{{ s.title }} ({{ s.other }}){% else %}{{ s.title }}{% endif %}{{ s.details }}</li>\n{% endfor %}</ul>\n{% endif %}"
)]
pub struct Provenance<'a> {
    pub summary: &'a str,
    pub label: &'a str,
    pub sources: Vec<Source>,
}

/// A defendant's timeline: its SVG and the legend of what it draws.
#[derive(Template)]
#[template(
    ext = "html",
    source = "<h4>{{ title }}</h4>\n<figure class=\"timeline\">\n{{ svg|safe }}<figcaption>{{ legend }}</figcaption>\n</figure>\n"
)]
pub struct Figure<'a> {
    pub title: &'a str,
    /// A [`Timeline`] SVG, already rendered.
    pub svg: &'a str,
    pub legend: &'a str,
}

/// One element of the timeline, its numbers already formatted.
pub enum Shape {
    /// A lane's name at the left.
    LaneLabel { y: String, text: String },
    /// A bar: a period.
    Bar {
        x: String,
        y: String,
        width: String,
        fill: &'static str,
        title: String,
    },
    /// A text at a place, anchored at its start or end (`""`: no anchor).
    Text {
        x: String,
        y: String,
        anchor: &'static str,
        text: String,
    },
    /// The time axis.
    Axis { x1: String, y: String, x2: String },
    /// A year's tick and label.
    Tick {
        x: String,
        y1: String,
        y2: String,
        text_y: String,
        year: i16,
    },
    /// A marker: a line down to the axis, and its label.
    Marker {
        x: String,
        y1: String,
        y2: String,
        dashed: bool,
        text_x: String,
        text_y: String,
        anchor: &'static str,
        text: String,
    },
}

/// The patterns the bars use (constant markup).
pub const SVG_DEFS: &str = "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-width=\"1.5\"/></pattern>\n<pattern id=\"dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><circle cx=\"2.5\" cy=\"2.5\" r=\"1\" fill=\"#000\"/></pattern></defs>\n";

/// The timeline of one defendant as an inline SVG.
#[derive(Template)]
#[template(
    ext = "svg",
    source = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{{ view_box }}\" role=\"img\" aria-labelledby=\"t\" font-family=\"sans-serif\" font-size=\"11\">\n<title>{{ title }}</title>\n{{ defs|safe }}{% for s in shapes %}{% match s %}{% when Shape::LaneLabel { y, text } %}<text x=\"8\" y=\"{{ y }}\">{{ text }}</text>\n{% when Shape::Bar { x, y, width, fill, title } %}<rect x=\"{{ x }}\" y=\"{{ y }}\" width=\"{{ width }}\" height=\"16\" fill=\"{{ fill }}\" stroke=\"#000\"><title>{{ title }}</title></rect>\n{% when Shape::Text { x, y, anchor, text } %}{% if anchor.is_empty() %}<text x=\"{{ x }}\" y=\"{{ y }}\">{{ text }}</text>\n{% else %}<text x=\"{{ x }}\" y=\"{{ y }}\" text-anchor=\"{{ anchor }}\">{{ text }}</text>\n{% endif %}{% when Shape::Axis { x1, y, x2 } %}<line x1=\"{{ x1 }}\" y1=\"{{ y }}\" x2=\"{{ x2 }}\" y2=\"{{ y }}\" stroke=\"#000\"/>\n{% when Shape::Tick { x, y1, y2, text_y, year } %}<line x1=\"{{ x }}\" y1=\"{{ y1 }}\" x2=\"{{ x }}\" y2=\"{{ y2 }}\" stroke=\"#000\"/><text x=\"{{ x }}\" y=\"{{ text_y }}\" text-anchor=\"middle\">{{ year }}</text>\n{% when Shape::Marker { x, y1, y2, dashed, text_x, text_y, anchor, text } %}<line x1=\"{{ x }}\" y1=\"{{ y1 }}\" x2=\"{{ x }}\" y2=\"{{ y2 }}\" stroke=\"#000\"{% if *dashed %} stroke-dasharray=\"4 3\"{% endif %}/>\n<text x=\"{{ text_x }}\" y=\"{{ text_y }}\" text-anchor=\"{{ anchor }}\">{{ text }}</text>\n{% endmatch %}{% endfor %}</svg>\n"
)]
pub struct Timeline<'a> {
    pub view_box: &'a str,
    pub title: &'a str,
    pub defs: &'a str,
    pub shapes: Vec<Shape>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_and_colour_codes_dropped() {
        let t = CaseHead {
            title: "<script>alert(1)</script> & \"x\" 'y'",
            path: "a&b.yaml",
            jurisdiction: "jurisdiction",
            code: "CN",
        };
        assert_eq!(
            render(&t),
            "<h2>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; 'y'</h2>\n<p class=\"file\"><code>a&amp;b.yaml</code> · jurisdiction CN</p>\n"
        );
        let d = DefendantHead {
            name: "\u{1b}[1mbold\u{1b}[0m <i>",
        };
        assert_eq!(render(&d), "<h3>bold &lt;i&gt;</h3>\n");
    }
}
