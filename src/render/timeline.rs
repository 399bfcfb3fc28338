//! An inline SVG timeline of one defendant's dates for the HTML report:
//! custody, the term (or the reprieve and life imprisonment), deprivation of
//! political rights after release, and markers for the earliest commutation,
//! parole eligibility, recorded events and the `--as-of` day.
//!
//! It reads the same [`DateFigures`] as the dates table. Bars differ by
//! pattern and every bar and marker has a text label, so the timeline reads
//! the same printed in black and white.

use crate::analysis::DateFigures;
use crate::i18n::{Lang, Msg, MsgId};
use crate::render::escape::html_escape;
use jiff::civil::Date;
use std::fmt::Write;

const WIDTH: f64 = 960.0;
const LEFT: f64 = 150.0;
const RIGHT: f64 = 30.0;
const LANE: f64 = 26.0;

struct Scale {
    start: Date,
    days: f64,
}

impl Scale {
    fn x(&self, d: Date) -> f64 {
        let offset = (d - self.start).get_days() as f64;
        LEFT + (WIDTH - LEFT - RIGHT) * (offset / self.days).clamp(0.0, 1.0)
    }
}

fn add_days(d: Date, n: i64) -> Date {
    d.checked_add(jiff::Span::new().days(n)).unwrap_or(d)
}

/// A marker: a day and its label.
struct Mark {
    date: Date,
    label: String,
    dashed: bool,
}

/// The timeline as an SVG element, or `None` when there are no dates to draw.
pub fn svg(name: &str, d: &DateFigures, lang: Lang) -> Option<String> {
    let l = |id: MsgId| lang.label(id);
    let start = [d.term_start, d.effective, d.executed, d.served_from]
        .into_iter()
        .flatten()
        .min()?;
    let mut marks: Vec<Mark> = Vec::new();
    let mut push = |date: Option<Date>, label: &str, dashed: bool| {
        if let Some(date) = date {
            marks.push(Mark {
                date,
                label: label.to_string(),
                dashed,
            });
        }
    };
    push(d.effective, &l(MsgId::TlEffective), false);
    push(
        d.commutation_earliest,
        &l(MsgId::TlEarliestCommutation),
        false,
    );
    push(d.parole_eligible, &l(MsgId::TlParoleEligible), false);
    push(d.reprieve_ends, &l(MsgId::TlReprieveEnds), false);
    push(d.term_end, &l(MsgId::TlTermEnds), false);
    push(
        d.political_rights_end,
        &l(MsgId::TlPoliticalRightsRestored),
        false,
    );
    for e in &d.events {
        if let Some(date) = e.date
            && matches!(
                e.event.id,
                MsgId::EventCommutedToLife
                    | MsgId::EventCommutedTo
                    | MsgId::EventCommutedBy
                    | MsgId::EventReleasedConfirmed
                    | MsgId::EventReleasedDiffers
                    | MsgId::EventReleasedRecorded
                    | MsgId::EventParoledEarly
                    | MsgId::EventParoledConfirmed
            )
        {
            push(Some(date), &e.event.render(lang), false);
        }
    }
    push(d.as_of.map(|a| a.date), &l(MsgId::TlAsOf), true);

    let latest = marks
        .iter()
        .map(|m| m.date)
        .chain(d.term_end)
        .max()
        .unwrap_or(start);
    // Life imprisonment has no end: leave room after the last marker.
    let end = if d.term_end.is_none() {
        add_days(latest, 730)
    } else {
        add_days(latest, 60)
    };
    let days = ((end - start).get_days().max(1)) as f64;
    let scale = Scale { start, days };

    marks.sort_by_key(|m| m.date);
    marks.dedup_by(|a, b| a.date == b.date && a.label == b.label);
    // One label row per marker, so that labels of close dates never overlap.
    let label_rows = marks.len().max(1);
    let top = 12.0 + 18.0 * label_rows as f64;
    let lanes = [
        l(MsgId::TlLaneCustody),
        l(MsgId::TlLaneSentence),
        l(MsgId::TlLanePoliticalRights),
    ];
    let height = top + LANE * lanes.len() as f64 + 40.0;

    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-labelledby=\"t\" font-family=\"sans-serif\" font-size=\"11\">\n<title>{}</title>\n",
        html_escape(&Msg::new(MsgId::TlTitle).arg("name", name).render(lang))
    );
    s.push_str("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-width=\"1.5\"/></pattern>\n<pattern id=\"dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><circle cx=\"2.5\" cy=\"2.5\" r=\"1\" fill=\"#000\"/></pattern></defs>\n");

    // Lane labels.
    for (i, lane) in lanes.iter().enumerate() {
        let y = top + LANE * i as f64 + 16.0;
        let _ = writeln!(s, "<text x=\"8\" y=\"{y:.1}\">{lane}</text>");
    }
    let bar = |s: &mut String, lane: usize, from: Date, to: Date, fill: &str, label: &str| {
        let (x1, x2) = (scale.x(from), scale.x(to).max(scale.x(from) + 2.0));
        let y = top + LANE * lane as f64 + 4.0;
        let _ = writeln!(
            s,
            "<rect x=\"{x1:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"16\" fill=\"{fill}\" stroke=\"#000\"><title>{}: {from} – {to}</title></rect>",
            x2 - x1,
            html_escape(label)
        );
    };
    // Custody before execution.
    if let (Some(ts), Some(ex)) = (d.term_start, d.executed)
        && ts < ex
    {
        bar(
            &mut s,
            0,
            ts,
            add_days(ex, -1),
            "url(#hatch)",
            &l(MsgId::TlCustodyCredited),
        );
    }
    // The sentence.
    if let Some(re) = d.reprieve_ends {
        let from = d.effective.unwrap_or(start);
        bar(&mut s, 1, from, re, "url(#dots)", &l(MsgId::TlReprieve));
        let life_end = d.term_end.unwrap_or(end);
        bar(
            &mut s,
            1,
            add_days(re, 1),
            life_end,
            "#ccc",
            &l(MsgId::TlAfterReprieve),
        );
    } else if let (Some(from), Some(to)) = (d.executed.or(d.term_start), d.term_end) {
        bar(&mut s, 1, from, to, "#ccc", &l(MsgId::TlTerm));
    } else if let Some(from) = d.served_from {
        // The jurisdiction's own name for life (终身自由刑 in Germany), not TlLife's 无期徒刑.
        let life = crate::i18n::principal(&crate::penalty::Principal::Life, lang);
        bar(&mut s, 1, from, end, "#ccc", &life);
        let y = top + LANE + 16.0;
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{y:.1}\" text-anchor=\"end\">{}</text>",
            scale.x(end) - 4.0,
            html_escape(&l(MsgId::TlLifeArrow))
        );
    }
    // Political rights after release.
    if let (Some(te), Some(pe)) = (d.term_end, d.political_rights_end) {
        if pe > te {
            bar(&mut s, 2, add_days(te, 1), pe, "#fff", &l(MsgId::TlDpr));
        }
    } else if d.political_rights_life {
        let y = top + LANE * 2.0 + 16.0;
        let _ = writeln!(
            s,
            "<text x=\"{LEFT}\" y=\"{y:.1}\">{}</text>",
            html_escape(&l(MsgId::TlDeprivedForLife))
        );
    }

    // Year ticks.
    let axis_y = top + LANE * lanes.len() as f64 + 6.0;
    let _ = writeln!(
        s,
        "<line x1=\"{LEFT}\" y1=\"{axis_y:.1}\" x2=\"{:.1}\" y2=\"{axis_y:.1}\" stroke=\"#000\"/>",
        WIDTH - RIGHT
    );
    let (first_year, last_year) = (start.year(), end.year());
    let step = ((last_year - first_year) / 12).max(1);
    let mut year = first_year + 1;
    while year <= last_year {
        if let Ok(jan1) = Date::new(year, 1, 1) {
            let x = scale.x(jan1);
            let _ = writeln!(
                s,
                "<line x1=\"{x:.1}\" y1=\"{axis_y:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#000\"/><text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{year}</text>",
                axis_y + 5.0,
                axis_y + 18.0
            );
        }
        year += step;
    }

    // Markers, labels staggered over the rows above the lanes.
    for (i, m) in marks.iter().enumerate() {
        let x = scale.x(m.date);
        let row = i % label_rows;
        let label_y = 14.0 + 18.0 * row as f64;
        let dash = if m.dashed {
            " stroke-dasharray=\"4 3\""
        } else {
            ""
        };
        let _ = writeln!(
            s,
            "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{axis_y:.1}\" stroke=\"#000\"{dash}/>\n<text x=\"{x:.1}\" y=\"{label_y:.1}\" text-anchor=\"{}\">{} {}</text>",
            label_y + 4.0,
            if x > WIDTH * 0.75 { "end" } else { "start" },
            html_escape(&m.label),
            m.date
        );
    }
    s.push_str("</svg>\n");
    Some(s)
}
