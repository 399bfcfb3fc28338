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

/// The timeline of one defendant: the SVG, and the legend of the patterns
/// it draws (only those).
pub struct Timeline {
    pub svg: String,
    pub legend: String,
}

/// Estimated width of a label in the SVG's 11-pixel sans-serif: enough for
/// Latin text, a full em for Chinese characters.
fn label_width(text: &str) -> f64 {
    text.chars()
        .map(|c| {
            let mut buf = [0u8; 4];
            if unicode_width::UnicodeWidthStr::width(&*c.encode_utf8(&mut buf)) > 1 {
                11.0
            } else {
                6.5
            }
        })
        .sum()
}

/// Where each marker's label goes: a row (from the top) and whether it ends
/// at the marker (`true`) or starts there. A marker's line runs from its
/// label down to the axis, so a label must lie above every line that
/// crosses its span: markers are ordered so that each label's row is above
/// the rows of the markers whose lines fall within it.
fn place_labels(xs: &[f64], widths: &[f64]) -> (Vec<usize>, Vec<bool>) {
    let n = xs.len();
    let right_edge = WIDTH - 4.0;
    // A label ends at its marker when it would not fit on the right, or
    // when its text would run into a marker to the right whose label ends
    // there (two labels facing each other cannot both stay clear), as long
    // as it fits on the left. Decided from the right, since `xs` is sorted.
    let mut decided: Vec<(f64, bool)> = Vec::with_capacity(n);
    for (&x, &w) in xs.iter().zip(widths).rev() {
        let reach = x + 4.0 + w;
        let fits_left = x - 4.0 - w >= 0.0;
        let faces = decided.iter().any(|&(xk, ek)| ek && xk <= reach + 2.0);
        decided.push((x, reach > right_edge || (faces && fits_left)));
    }
    let end: Vec<bool> = decided.iter().rev().map(|&(_, e)| e).collect();
    let spans: Vec<(f64, f64)> = xs
        .iter()
        .zip(widths)
        .zip(&end)
        .map(|((&x, &w), &e)| {
            if e {
                (x - 4.0 - w, x)
            } else {
                (x, x + 4.0 + w)
            }
        })
        .collect();
    // crosses[j] = markers whose lines would cross j's label unless drawn below it.
    let crosses: Vec<Vec<usize>> = spans
        .iter()
        .enumerate()
        .map(|(j, &(a, b))| {
            xs.iter()
                .enumerate()
                .filter(|&(k, &x)| k != j && x >= a - 2.0 && x <= b + 2.0)
                .map(|(k, _)| k)
                .collect()
        })
        .collect();
    // Kahn's algorithm, taking the earliest free marker first; when the
    // constraints form a cycle (two close labels that fit on one side
    // only), the earliest remaining marker goes next.
    let mut indegree = vec![0usize; n];
    for &k in crosses.iter().flatten() {
        if let Some(d) = indegree.get_mut(k) {
            *d += 1;
        }
    }
    let mut placed = vec![false; n];
    let mut row = vec![0usize; n];
    for r in 0..n {
        let next = placed
            .iter()
            .zip(&indegree)
            .position(|(&p, &d)| !p && d == 0)
            .or_else(|| placed.iter().position(|&p| !p));
        let Some(i) = next else { break };
        if let Some(p) = placed.get_mut(i) {
            *p = true;
        }
        if let Some(slot) = row.get_mut(i) {
            *slot = r;
        }
        for &k in crosses.get(i).into_iter().flatten() {
            if let Some(d) = indegree.get_mut(k) {
                *d = d.saturating_sub(1);
            }
        }
    }
    (row, end)
}

/// The timeline as an SVG element and its legend, or `None` when there are
/// no dates to draw.
pub fn timeline(name: &str, d: &DateFigures, lang: Lang) -> Option<Timeline> {
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
    // Markers of the same day share one line and one label.
    let mut merged: Vec<Mark> = Vec::new();
    for m in marks {
        match merged.last_mut() {
            Some(last) if last.date == m.date => {
                last.label = format!("{}; {}", last.label, m.label);
                last.dashed &= m.dashed;
            }
            _ => merged.push(m),
        }
    }
    let marks = merged;
    // One label row per marker, so that labels of close dates never overlap.
    let label_rows = marks.len().max(1);
    let top = 12.0 + 18.0 * label_rows as f64;

    // Which lanes and patterns there are: an empty lane is not drawn, and
    // the legend explains only what is drawn.
    let custody = match (d.term_start, d.executed) {
        (Some(ts), Some(ex)) if ts < ex => Some((ts, add_days(ex, -1))),
        _ => None,
    };
    let dpr = match (d.term_end, d.political_rights_end) {
        (Some(te), Some(pe)) if pe > te => Some((add_days(te, 1), pe)),
        _ => None,
    };
    let dpr_life = d.term_end.is_none() || d.political_rights_end.is_none();
    let dpr_life = dpr_life && d.political_rights_life;
    let mut lanes: Vec<String> = Vec::new();
    let custody_lane = custody.map(|_| {
        lanes.push(l(MsgId::TlLaneCustody));
        lanes.len() - 1
    });
    lanes.push(l(MsgId::TlLaneSentence));
    let sentence_lane = lanes.len() - 1;
    let dpr_lane = (dpr.is_some() || dpr_life).then(|| {
        lanes.push(l(MsgId::TlLanePoliticalRights));
        lanes.len() - 1
    });
    let height = top + LANE * lanes.len() as f64 + 40.0;
    let mut legend: Vec<MsgId> = Vec::new();

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
    if let (Some((from, to)), Some(lane)) = (custody, custody_lane) {
        bar(
            &mut s,
            lane,
            from,
            to,
            "url(#hatch)",
            &l(MsgId::TlCustodyCredited),
        );
        legend.push(MsgId::TlLegendHatched);
    }
    // The sentence.
    if let Some(re) = d.reprieve_ends {
        let from = d.effective.unwrap_or(start);
        bar(
            &mut s,
            sentence_lane,
            from,
            re,
            "url(#dots)",
            &l(MsgId::TlReprieve),
        );
        let life_end = d.term_end.unwrap_or(end);
        bar(
            &mut s,
            sentence_lane,
            add_days(re, 1),
            life_end,
            "#ccc",
            &l(MsgId::TlAfterReprieve),
        );
        legend.extend([MsgId::TlLegendDotted, MsgId::TlLegendGrey]);
    } else if let (Some(from), Some(to)) = (d.executed.or(d.term_start), d.term_end) {
        bar(&mut s, sentence_lane, from, to, "#ccc", &l(MsgId::TlTerm));
        legend.push(MsgId::TlLegendGrey);
    } else if let Some(from) = d.served_from {
        // The jurisdiction's own name for life (终身自由刑 in Germany), not TlLife's 无期徒刑.
        let life = crate::i18n::principal(&crate::penalty::Principal::Life, lang);
        bar(&mut s, sentence_lane, from, end, "#ccc", &life);
        legend.push(MsgId::TlLegendGrey);
        let y = top + LANE * sentence_lane as f64 + 16.0;
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{y:.1}\" text-anchor=\"end\">{}</text>",
            scale.x(end) - 4.0,
            html_escape(&l(MsgId::TlLifeArrow))
        );
    }
    // Political rights after release.
    if let (Some((from, to)), Some(lane)) = (dpr, dpr_lane) {
        bar(&mut s, lane, from, to, "#fff", &l(MsgId::TlDpr));
        legend.push(MsgId::TlLegendWhite);
    } else if let (true, Some(lane)) = (dpr_life, dpr_lane) {
        let y = top + LANE * lane as f64 + 16.0;
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

    // Markers, labels staggered over the rows above the lanes so that no
    // marker line crosses a label.
    let texts: Vec<String> = marks
        .iter()
        .map(|m| format!("{} {}", m.label, m.date))
        .collect();
    let xs: Vec<f64> = marks.iter().map(|m| scale.x(m.date)).collect();
    let widths: Vec<f64> = texts.iter().map(|t| label_width(t)).collect();
    let (rows, ends) = place_labels(&xs, &widths);
    if marks.iter().any(|m| m.dashed) {
        legend.push(MsgId::TlLegendDashed);
    }
    let placed = rows.iter().zip(&ends).zip(&texts);
    for ((m, &x), ((&row, &at_end), text)) in marks.iter().zip(&xs).zip(placed) {
        let label_y = 14.0 + 18.0 * row as f64;
        let dash = if m.dashed {
            " stroke-dasharray=\"4 3\""
        } else {
            ""
        };
        // The text starts (or ends) 4 pixels off the line.
        let (text_x, anchor) = if at_end {
            (x - 4.0, "end")
        } else {
            (x + 4.0, "start")
        };
        let _ = writeln!(
            s,
            "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{axis_y:.1}\" stroke=\"#000\"{dash}/>\n<text x=\"{text_x:.1}\" y=\"{label_y:.1}\" text-anchor=\"{anchor}\">{}</text>",
            label_y - 9.0,
            html_escape(text),
        );
    }
    s.push_str("</svg>\n");
    // Chinese sentences end in `。` and are not separated by spaces.
    let separator = if lang == Lang::Zh { "" } else { " " };
    let legend = legend
        .iter()
        .map(|id| lang.label(*id))
        .collect::<Vec<_>>()
        .join(separator);
    Some(Timeline { svg: s, legend })
}

/// The timeline as an SVG element, or `None` when there are no dates to draw.
pub fn svg(name: &str, d: &DateFigures, lang: Lang) -> Option<String> {
    timeline(name, d, lang).map(|t| t.svg)
}
