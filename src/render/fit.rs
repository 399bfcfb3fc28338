//! Terminal tables laid out for a given width, as a person would do it by
//! hand: text wraps between words (and between Chinese characters), never
//! inside a date, an amount, a duration, a rule id or a citation; and a table
//! whose columns cannot all fit side by side is written as one block per
//! row ("record" layout: a label and its value on each line) instead of
//! being squeezed into columns a few characters wide.

use comfy_table::{ContentArrangement, Table, presets};
use std::cell::Cell;
use unicode_width::UnicodeWidthStr;

/// The width used when the output is not a terminal and nothing was set.
pub const DEFAULT_WIDTH: usize = 100;

/// Narrowest width honoured: below it every layout is unreadable.
pub const MIN_WIDTH: usize = 40;

/// A column of running text (longer than [`PROSE_FROM`]) gets at least this
/// many characters, so that no prose is set one word a line.
const PROSE_MIN: usize = 12;

/// Text longer than this is running text; shorter text (a figure, a name)
/// may be set as narrow as its widest unbreakable piece.
const PROSE_FROM: usize = 30;

thread_local! {
    static WIDTH: Cell<usize> = const { Cell::new(DEFAULT_WIDTH) };
}

/// Runs `f` with terminal tables laid out for `width` columns on this thread.
pub fn with_width<T>(width: usize, f: impl FnOnce() -> T) -> T {
    let previous = WIDTH.with(|w| w.replace(width.max(MIN_WIDTH)));
    let result = f();
    WIDTH.with(|w| w.set(previous));
    result
}

/// The width terminal tables are laid out for on this thread.
pub fn current_width() -> usize {
    WIDTH.with(Cell::get)
}

/// Display width of text, ignoring colour codes.
pub fn display_width(text: &str) -> usize {
    if text.contains('\u{1b}') {
        anstream::adapter::strip_str(text).to_string().width()
    } else {
        text.width()
    }
}

/// A piece of text that is never broken.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Atom {
    text: String,
    /// A space separates it from the previous atom on the same line.
    space_before: bool,
}

fn is_wide(c: char) -> bool {
    let mut buf = [0u8; 4];
    c.encode_utf8(&mut buf).width() > 1
}

/// Chinese punctuation that does not start a line.
fn no_break_before(c: char) -> bool {
    "，。、；：）」』》〉！？”’%％·…),.;:]".contains(c)
}

/// Chinese punctuation that does not end a line.
fn no_break_after(c: char) -> bool {
    "（「『《〈“‘([".contains(c)
}

/// Whether `p` and `c` are inside a Chinese citation such as
/// `《刑法》第六十九条第一款` or `《减刑假释规定》（2016）第二十三条`: the law's name,
/// its year, and the article and paragraph numbers stay together.
fn chinese_citation_continues(p: char, c: char) -> bool {
    const NUMBERING: &str = "第一二三四五六七八九十百千零条款项之";
    (p == '》' && (c == '第' || c == '（'))
        || (p == '）' && c == '第')
        || ("条款项".contains(p) && c == '（')
        || (NUMBERING.contains(p) && NUMBERING.contains(c))
}

fn is_number(word: &str) -> bool {
    let w = word.trim_end_matches([',', ';', ':', ')']);
    !w.is_empty()
        && w.chars().next().is_some_and(|c| c.is_ascii_digit())
        && w.chars().all(|c| c.is_ascii_digit() || ",.-/%".contains(c))
}

/// A unit that belongs to the number before it: a duration or an amount.
fn is_unit(word: &str) -> bool {
    let w = word.trim_end_matches([',', ';', ':', ')', '.']);
    let lower = w.to_ascii_lowercase();
    [
        "year", "month", "week", "day", "hour", "daily", "million", "billion", "thousand", "rate",
    ]
    .iter()
    .any(|u| lower.starts_with(u))
        || (w.len() == 3 && w.chars().all(|c| c.is_ascii_uppercase()))
}

/// An abbreviation that starts a citation: `CL`, `SPC-2016`, `art.`, `U.S.C.`, `§`, `¶`.
fn is_citation_head(word: &str) -> bool {
    let w = word.trim_start_matches('(');
    w.ends_with('.')
        || w.starts_with('§')
        || w.starts_with('¶')
        || (w.chars().any(|c| c.is_ascii_uppercase())
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || "-.".contains(c)))
}

/// Whether the space between two words must not become a line break.
fn glue(prev: &str, next: &str) -> bool {
    let starts_numeric = next
        .trim_start_matches('(')
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || c == '¶' || c == '§');
    // `§ 54 ¶1 S.2` (Satz, the sentence of a paragraph): still one provision.
    let sentence = next
        .strip_prefix("S.")
        .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
    if next.starts_with('§') || next.starts_with('¶') || sentence {
        return true;
    }
    // `CL 81`, `art. 23`, `41, 44`; but `1 year | 6 months` may break
    // between its units.
    if starts_numeric && (is_number(prev) || is_citation_head(prev)) {
        return true;
    }
    if is_number(prev) && is_unit(next) {
        return true;
    }
    // `SPC-2016 art. 23`, `18 U.S.C. § 3584`: the law's name and its article.
    is_citation_head(next)
        && next.ends_with('.')
        && (is_citation_head(prev) || is_number(prev))
        && next.len() <= 6
}

/// Whether text ends inside a colour span (its last escape is not a reset).
fn style_open(text: &str) -> bool {
    match text.rfind("\u{1b}[") {
        Some(i) => {
            let rest = &text[i + 2..];
            !(rest.starts_with("0m") || rest.starts_with('m'))
        }
        None => false,
    }
}

/// Splits one line of a cell into atoms.
fn atoms(line: &str) -> Vec<Atom> {
    let mut glued: Vec<Atom> = Vec::new();
    for word in line.split(' ').filter(|w| !w.is_empty()) {
        match glued.last_mut() {
            Some(last)
                if style_open(&last.text)
                    || glue(last.text.rsplit(' ').next().unwrap_or(""), word) =>
            {
                last.text.push(' ');
                last.text.push_str(word);
            }
            _ => glued.push(Atom {
                text: word.to_string(),
                space_before: true,
            }),
        }
    }
    if let Some(first) = glued.first_mut() {
        first.space_before = false;
    }
    // Chinese text breaks between characters, but not inside a run of
    // digits and Latin letters (a date, an amount, an id).
    let mut out = Vec::new();
    for a in glued {
        if a.text.contains('\u{1b}') || !a.text.chars().any(is_wide) {
            out.push(a);
            continue;
        }
        let mut current = String::new();
        let mut space_before = a.space_before;
        let mut prev: Option<char> = None;
        // Inside 《…》, the name of a law.
        let mut in_title = false;
        for c in a.text.chars() {
            if let Some(p) = prev {
                let breakable = (is_wide(p) || is_wide(c))
                    && !no_break_before(c)
                    && !no_break_after(p)
                    && !in_title
                    && !chinese_citation_continues(p, c)
                    && p != ' '
                    && c != ' ';
                if breakable && !current.is_empty() {
                    out.push(Atom {
                        text: std::mem::take(&mut current),
                        space_before,
                    });
                    space_before = false;
                }
            }
            current.push(c);
            prev = Some(c);
            if c == '《' {
                in_title = true;
            } else if c == '》' {
                in_title = false;
            }
        }
        if !current.is_empty() {
            out.push(Atom {
                text: current,
                space_before,
            });
        }
    }
    out
}

/// The widest atom of a text: the narrowest the text can be set without breaking one.
fn widest_atom(text: &str) -> usize {
    text.lines()
        .flat_map(atoms)
        .map(|a| display_width(&a.text))
        .max()
        .unwrap_or(0)
}

fn widest_line(text: &str) -> usize {
    text.lines().map(display_width).max().unwrap_or(0)
}

/// Wraps text to `width` columns at the allowed breaks. A single piece
/// wider than `width` (a long address) gets a line of its own, unbroken, so
/// that it can still be copied.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for source in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0;
        for a in atoms(source) {
            let w = display_width(&a.text);
            let sep = usize::from(a.space_before && line_width > 0);
            if line_width > 0 && line_width + sep + w > width {
                lines.push(std::mem::take(&mut line));
                line_width = 0;
            }
            if line_width > 0 && a.space_before {
                line.push(' ');
                line_width += 1;
            }
            line.push_str(&a.text);
            line_width += w;
        }
        lines.push(line);
    }
    lines
}

/// The header and body of a comfy table as text.
fn cells(t: &Table) -> (Vec<String>, Vec<Vec<String>>) {
    let header: Vec<String> = t
        .header()
        .map(|h| h.cell_iter().map(|c| c.content()).collect())
        .unwrap_or_default();
    let rows = t
        .row_iter()
        .map(|r| r.cell_iter().map(|c| c.content()).collect())
        .collect();
    (header, rows)
}

/// Columns' widths for a box table of `width` characters, or `None` when
/// the columns cannot fit side by side.
fn column_widths(header: &[String], rows: &[Vec<String>], width: usize) -> Option<Vec<usize>> {
    let n = header.len();
    // `│ a ┆ b │`: a separator before each column and one at the end, one
    // space of padding on each side of every cell.
    let available = width.checked_sub(3 * n + 1)?;
    /// What a column needs: its widest piece, its widest line, and the
    /// widest line of its body (without the header).
    struct Need {
        min: usize,
        max: usize,
        body: usize,
    }
    let mut need: Vec<Need> = header
        .iter()
        .map(|h| Need {
            min: widest_atom(h),
            max: widest_line(h),
            body: 0,
        })
        .collect();
    for r in rows {
        for (col, c) in need.iter_mut().zip(r) {
            col.body = col.body.max(widest_line(c));
            col.min = col.min.max(widest_atom(c));
        }
    }
    for col in &mut need {
        col.max = col.max.max(col.body);
        // A header wraps between its words; running text keeps some room.
        if col.body > PROSE_FROM {
            col.min = col.min.max(PROSE_MIN);
        }
    }
    if need.iter().map(|c| c.max).sum::<usize>() <= available {
        return Some(need.iter().map(|c| c.max).collect());
    }
    let floor: usize = need.iter().map(|c| c.min).sum();
    if floor > available {
        return None;
    }
    // Share the remaining room in proportion to what each column lacks.
    let extra = available - floor;
    let total_lack: usize = need.iter().map(|c| c.max.saturating_sub(c.min)).sum();
    let mut widths: Vec<usize> = need
        .iter()
        .map(|c| {
            c.min
                + (extra * c.max.saturating_sub(c.min))
                    .checked_div(total_lack)
                    .unwrap_or(0)
        })
        .collect();
    let mut left = available.saturating_sub(widths.iter().sum::<usize>());
    while left > 0 {
        // One more character to the column that lacks most (the first on a tie).
        let neediest = widths
            .iter_mut()
            .zip(&need)
            .enumerate()
            .filter(|(_, (w, c))| **w < c.max)
            .max_by_key(|(i, (w, c))| (c.max - **w, std::cmp::Reverse(*i)));
        let Some((_, (w, _))) = neediest else {
            break;
        };
        *w += 1;
        left -= 1;
    }
    Some(widths)
}

/// Whether a table's columns fit side by side in `width` columns.
pub fn fits(t: &Table, width: usize) -> bool {
    let (header, rows) = cells(t);
    column_widths(&header, &rows, width.max(MIN_WIDTH)).is_some()
}

/// A table for a terminal of `width` columns: box-drawn when its columns
/// fit, else one block per row. No line is wider than `width` unless a
/// single unbreakable piece (an address, an id) is.
pub fn render(t: &Table, width: usize) -> String {
    let width = width.max(MIN_WIDTH);
    let (header, rows) = cells(t);
    match column_widths(&header, &rows, width) {
        Some(widths) => boxed(&header, &rows, &widths),
        None => records(&header, &rows, width),
    }
}

fn boxed(header: &[String], rows: &[Vec<String>], widths: &[usize]) -> String {
    let wrap_row = |r: &[String]| -> Vec<String> {
        r.iter()
            .zip(widths)
            .map(|(c, w)| wrap(c, *w).join("\n"))
            .collect()
    };
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        // The cells are already wrapped to their columns.
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(wrap_row(header));
    for r in rows {
        t.add_row(wrap_row(r));
    }
    t.to_string()
}

/// One block per row: `• label  value` on the first line, then a line per
/// further column, the values aligned and wrapped.
fn records(header: &[String], rows: &[Vec<String>], width: usize) -> String {
    let label_width = header
        .iter()
        .map(|h| widest_line(h))
        .max()
        .unwrap_or(0)
        .min(width / 3);
    // `• ` or two spaces, the label, two spaces, the value.
    let value_width = width.saturating_sub(label_width + 4).max(1);
    let mut out = String::new();
    for r in rows {
        for (i, (h, v)) in header.iter().zip(r).enumerate() {
            let labels = wrap(h, label_width);
            if widest_atom(v) > value_width {
                // A value with a piece too wide for its place beside the
                // label (a long rule id) goes below it, indented.
                let bullet = if i == 0 { "• " } else { "  " };
                for (j, label) in labels.iter().enumerate() {
                    let line = format!("{}{label}", if j == 0 { bullet } else { "  " });
                    out.push_str(line.trim_end());
                    out.push('\n');
                }
                for value in wrap(v, width.saturating_sub(4).max(1)) {
                    out.push_str(format!("    {value}").trim_end());
                    out.push('\n');
                }
                continue;
            }
            let values = wrap(v, value_width);
            for j in 0..labels.len().max(values.len()) {
                let bullet = if i == 0 && j == 0 { "• " } else { "  " };
                let label = labels.get(j).map_or("", String::as_str);
                let value = values.get(j).map_or("", String::as_str);
                let pad = label_width.saturating_sub(display_width(label));
                let line = format!("{bullet}{label}{}  {value}", " ".repeat(pad));
                out.push_str(line.trim_end());
                out.push('\n');
            }
        }
    }
    // Like a box table, no newline after the last line.
    if out.ends_with('\n') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(line: &str) -> Vec<String> {
        atoms(line).into_iter().map(|a| a.text).collect()
    }

    #[test]
    fn citations_durations_and_amounts_stay_whole() {
        assert_eq!(
            texts("CL 81 ¶1; SPC-2016 art. 23 ¶1"),
            ["CL 81 ¶1;", "SPC-2016 art. 23 ¶1"]
        );
        assert_eq!(
            texts("half of 1 year 6 months = 9 months"),
            ["half", "of", "1 year", "6 months", "=", "9 months"]
        );
        assert_eq!(
            texts("90 daily rates of 50 EUR"),
            ["90 daily", "rates", "of", "50 EUR"]
        );
        assert_eq!(texts("CL 41, 44, 47"), ["CL 41, 44, 47"]);
        assert_eq!(texts("StGB § 54 ¶1"), ["StGB § 54 ¶1"]);
        assert_eq!(texts("StGB § 54 ¶1 S.2, ¶2"), ["StGB § 54 ¶1 S.2, ¶2"]);
    }

    #[test]
    fn chinese_breaks_between_characters_but_not_inside_dates() {
        let a = texts("自2009-12-12起至2011-06-11止，共计");
        assert!(a.contains(&"2009-12-12".to_string()), "{a:?}");
        assert!(a.iter().all(|x| !x.starts_with('，')));
        for line in wrap("自2009-12-12起至2011-06-11止，共计五百四十七日", 14) {
            assert!(display_width(&line) <= 14, "{line}");
        }
    }

    #[test]
    fn chinese_citations_stay_whole() {
        let a = texts("依据《刑法》第六十九条第一款；《减刑假释规定》（2016）第二十三条第一款");
        assert!(
            a.contains(&"《刑法》第六十九条第一款；".to_string()),
            "{a:?}"
        );
        assert!(
            a.contains(&"《减刑假释规定》（2016）第二十三条第一款".to_string()),
            "{a:?}"
        );
    }

    #[test]
    fn wrap_never_breaks_a_date_or_rule_id() {
        let text = "cn.cl69.1.limited-aggravation.a8 applies from 2012-02-06 to 2013-09-22";
        for w in 33..60 {
            let lines = wrap(text, w);
            let joined = lines.join("\n");
            assert!(
                joined.contains("cn.cl69.1.limited-aggravation.a8"),
                "{w}: {joined}"
            );
            assert!(joined.contains("2012-02-06") && joined.contains("2013-09-22"));
            assert!(lines.iter().all(|l| display_width(l) <= w));
        }
    }

    #[test]
    fn a_table_too_wide_for_its_columns_becomes_records() {
        let mut t = Table::new();
        t.set_header(vec!["Event", "Date", "Rule", "Arithmetic"]);
        t.add_row(vec![
            "term ends",
            "2011-06-11",
            "CL 41, 44, 47",
            "2009-12-12 + 1 year 6 months − 1 day = 2011-06-11 (自2009-12-12起至2011-06-11止)",
        ]);
        let wide = render(&t, 200);
        assert!(wide.starts_with('┌'), "{wide}");
        let narrow = render(&t, 40);
        assert!(narrow.starts_with("• Event"), "{narrow}");
        for line in narrow.lines() {
            assert!(display_width(line) <= 40, "{line}");
        }
        let mid = render(&t, 80);
        for line in mid.lines() {
            assert!(display_width(line) <= 80, "{line}");
        }
    }

    #[test]
    fn colour_spans_are_not_measured_or_broken() {
        let yes = "\u{1b}[1m\u{1b}[32mnot settled\u{1b}[0m";
        assert_eq!(display_width(yes), 11);
        assert_eq!(atoms(yes).len(), 1);
    }
}
