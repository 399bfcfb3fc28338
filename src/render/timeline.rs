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
use jiff::civil::Date;

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
    let probation_start = d.probation.as_ref().and_then(|p| p.start);
    let start = [
        d.term_start,
        d.effective,
        d.executed,
        d.served_from,
        probation_start,
    ]
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
    // A suspended sentence (CL 72–73): the probation period, dashed.
    if let Some(p) = &d.probation {
        push(p.start, &l(MsgId::EventProbationStarts), true);
        push(p.end, &l(MsgId::EventProbationEnds), true);
    }
    push(d.as_of.map(|a| a.date), &l(MsgId::TlAsOf), true);

    let latest = marks
        .iter()
        .map(|m| m.date)
        .chain(d.term_end)
        .max()
        .unwrap_or(start);
    // Life imprisonment has no end: leave room after the last marker.
    let end = if d.term_end.is_none() && d.probation.is_none() {
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

    use crate::render::templates::Shape;
    let f1 = |v: f64| format!("{v:.1}");
    let mut shapes: Vec<Shape> = Vec::new();

    // Lane labels.
    for (i, lane) in lanes.iter().enumerate() {
        shapes.push(Shape::LaneLabel {
            y: f1(top + LANE * i as f64 + 16.0),
            text: lane.clone(),
        });
    }
    let bar = |shapes: &mut Vec<Shape>,
               lane: usize,
               from: Date,
               to: Date,
               fill: &'static str,
               label: &str| {
        let (x1, x2) = (scale.x(from), scale.x(to).max(scale.x(from) + 2.0));
        shapes.push(Shape::Bar {
            x: f1(x1),
            y: f1(top + LANE * lane as f64 + 4.0),
            width: f1(x2 - x1),
            fill,
            title: format!("{label}: {from} – {to}"),
        });
    };
    // Custody before execution.
    if let (Some((from, to)), Some(lane)) = (custody, custody_lane) {
        bar(
            &mut shapes,
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
            &mut shapes,
            sentence_lane,
            from,
            re,
            "url(#dots)",
            &l(MsgId::TlReprieve),
        );
        let life_end = d.term_end.unwrap_or(end);
        bar(
            &mut shapes,
            sentence_lane,
            add_days(re, 1),
            life_end,
            "#ccc",
            &l(MsgId::TlAfterReprieve),
        );
        legend.extend([MsgId::TlLegendDotted, MsgId::TlLegendGrey]);
    } else if let (Some(from), Some(to)) = (d.executed.or(d.term_start), d.term_end) {
        bar(
            &mut shapes,
            sentence_lane,
            from,
            to,
            "#ccc",
            &l(MsgId::TlTerm),
        );
        legend.push(MsgId::TlLegendGrey);
    } else if let Some(from) = d.served_from {
        // The jurisdiction's own name for life (终身自由刑 in Germany), not TlLife's 无期徒刑.
        let life = crate::i18n::principal(&crate::penalty::Principal::Life, lang);
        bar(&mut shapes, sentence_lane, from, end, "#ccc", &life);
        legend.push(MsgId::TlLegendGrey);
        shapes.push(Shape::Text {
            x: f1(scale.x(end) - 4.0),
            y: f1(top + LANE * sentence_lane as f64 + 16.0),
            anchor: "end",
            text: l(MsgId::TlLifeArrow),
        });
    }
    // Political rights after release.
    if let (Some((from, to)), Some(lane)) = (dpr, dpr_lane) {
        bar(&mut shapes, lane, from, to, "#fff", &l(MsgId::TlDpr));
        legend.push(MsgId::TlLegendWhite);
    } else if let (true, Some(lane)) = (dpr_life, dpr_lane) {
        shapes.push(Shape::Text {
            x: LEFT.to_string(),
            y: f1(top + LANE * lane as f64 + 16.0),
            anchor: "",
            text: l(MsgId::TlDeprivedForLife),
        });
    }

    // Year ticks.
    let axis_y = top + LANE * lanes.len() as f64 + 6.0;
    shapes.push(Shape::Axis {
        x1: LEFT.to_string(),
        y: f1(axis_y),
        x2: f1(WIDTH - RIGHT),
    });
    let (first_year, last_year) = (start.year(), end.year());
    let step = ((last_year - first_year) / 12).max(1);
    let mut year = first_year + 1;
    while year <= last_year {
        if let Ok(jan1) = Date::new(year, 1, 1) {
            shapes.push(Shape::Tick {
                x: f1(scale.x(jan1)),
                y1: f1(axis_y),
                y2: f1(axis_y + 5.0),
                text_y: f1(axis_y + 18.0),
                year,
            });
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
    let placed = rows.iter().zip(&ends).zip(texts);
    for ((m, &x), ((&row, &at_end), text)) in marks.iter().zip(&xs).zip(placed) {
        let label_y = 14.0 + 18.0 * row as f64;
        // The text starts (or ends) 4 pixels off the line.
        let (text_x, anchor) = if at_end {
            (x - 4.0, "end")
        } else {
            (x + 4.0, "start")
        };
        shapes.push(Shape::Marker {
            x: f1(x),
            y1: f1(label_y - 9.0),
            y2: f1(axis_y),
            dashed: m.dashed,
            text_x: f1(text_x),
            text_y: f1(label_y),
            anchor,
            text,
        });
    }
    let s = crate::render::templates::render(&crate::render::templates::Timeline {
        view_box: &format!("0 0 {WIDTH} {height}"),
        title: &Msg::new(MsgId::TlTitle).arg("name", name).render(lang),
        defs: crate::render::templates::SVG_DEFS,
        shapes,
    });
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
