//! The operative part (判决如下：…): for each defendant the counts (offence,
//! principal penalty, fine, confiscation, political rights, 缓刑), the
//! decided sentence (决定执行), and the court's stated term ("即自…起至…止")
//! and stated probation period.

use super::text::{Quote, dates_in};
use jiff::civil::Date;

/// One count as the operative part states it.
#[derive(Debug, Clone, Default)]
pub struct Count {
    /// 盗窃罪.
    pub offence: Option<Quote>,
    /// The principal penalty as written (有期徒刑三年，缓刑四年).
    pub penalty: Option<Quote>,
    pub fine: Option<Quote>,
    pub confiscation: Option<Quote>,
    pub political_rights: Option<Quote>,
}

/// A period the court states: from and to, as written.
#[derive(Debug, Clone)]
pub struct Stated {
    pub from: Date,
    pub to: Date,
    pub quote: Quote,
}

/// What the operative part says about one defendant.
#[derive(Debug, Clone, Default)]
pub struct Sentence {
    pub counts: Vec<Count>,
    /// 决定执行…: the penalty and its supplementary penalties.
    pub decided: Option<Count>,
    pub stated_term: Option<Stated>,
    pub stated_probation: Option<Stated>,
    /// Where the defendant's clause starts.
    pub clause: Option<Quote>,
    /// A phrase of the clause that combines an earlier judgment (原判, 漏罪,
    /// 撤销…缓刑, …): the earlier judgment is not read.
    pub earlier: Option<Quote>,
}

/// Phrases of a defendant's clause that combine an earlier judgment (CL 69–71, 77).
const EARLIER: &[&str] = &[
    "原判",
    "原犯",
    "前罪",
    "漏罪",
    "余刑",
    "尚未执行",
    "没有执行",
    "未执行",
    "之前犯",
    "剩余刑期",
    "已服刑期",
    "已执行刑期",
    "撤销",
    "前判",
    "连同",
];

/// The end of an amount phrase: just after its first 元 (and a 人民币 right
/// after it, `2000元人民币`), so that 上缴国库 and the like stay out.
pub(super) fn amount_end(text: &str, s: usize, e: usize) -> usize {
    let Some(seg) = text.get(s..e) else { return e };
    match seg.find('元') {
        Some(i) => {
            let after = s + i + '元'.len_utf8();
            if text.get(after..e).is_some_and(|r| r.starts_with("人民币")) {
                after + "人民币".len()
            } else {
                after
            }
        }
        None => e,
    }
}

/// The operative part's range in the text (bytes), after 判决如下 up to the
/// notice of appeal or the signatures.
pub fn range(text: &str) -> Option<(usize, usize)> {
    let head = text.find("判决如下")?;
    let start = head + "判决如下".len();
    let rest = text.get(start..)?;
    let end = [
        "如不服本判决",
        "如不服本",
        "本判决为终审判决",
        "审判长",
        "审 判 长",
        "审判员",
        "书记员",
    ]
    .iter()
    .filter_map(|w| rest.find(w))
    .min()
    .map_or(text.len(), |e| start + e);
    Some((start, end))
}

/// Chinese item numbers (一、二、…) at a position.
fn item_marker_at(s: &str) -> bool {
    let n = s
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .count();
    n > 0 && s.chars().nth(n) == Some('、')
}

const CLAUSE_PREFIXES: &[&str] = &[
    "上诉人（原审被告人）",
    "原审上诉人（原审被告人）",
    "原审被告人",
    "被告人",
    // An appeal's new item: 二、上诉人薛某犯诈骗罪，判处….
    "上诉人",
];

/// The only defendant's name as the operative part writes it when it
/// differs from `name` in exactly one character (被告人邱剑锋犯… for 邱剑峰),
/// and only one such name follows 被告人 there: the court's slip.
pub fn name_slip(text: &str, name: &str) -> Option<Quote> {
    let (start, end) = range(text)?;
    let op = text.get(start..end)?;
    let want: Vec<char> = name.chars().collect();
    if want.len() < 2 {
        return None;
    }
    let mut found: Option<Quote> = None;
    for (i, _) in op.match_indices("被告人") {
        let at = i + "被告人".len();
        let got: Vec<char> = op[at..].chars().take(want.len()).collect();
        let len: usize = got.iter().map(|c| c.len_utf8()).sum();
        let differ = got.iter().zip(&want).filter(|(a, b)| a != b).count();
        if got.len() != want.len() || differ != 1 || !op[at + len..].starts_with('犯') {
            continue;
        }
        let q = Quote::of(text, start + at, start + at + len)?;
        match &found {
            Some(f) if f.text != q.text => return None,
            Some(_) => {}
            None => found = Some(q),
        }
    }
    found
}

/// Finds each defendant's clause (`被告人X犯…`) in the operative part and reads it.
pub fn read(text: &str, names: &[&str]) -> (Vec<Sentence>, Vec<Quote>) {
    let mut out: Vec<Sentence> = vec![Sentence::default(); names.len()];
    let mut unassigned = Vec::new();
    let Some((start, end)) = range(text) else {
        return (out, unassigned);
    };
    let Some(op) = text.get(start..end) else {
        return (out, unassigned);
    };
    // Clause starts: (position of the name, index of the defendant).
    let mut starts: Vec<(usize, usize, usize)> = Vec::new(); // (prefix at, name end, who)
    for (who, name) in names.iter().enumerate() {
        // The name alone starts a clause right after an item number (二、李某犯…).
        for pre in CLAUSE_PREFIXES.iter().chain(std::iter::once(&"")) {
            let pat = format!("{pre}{name}");
            for (i, _) in op.match_indices(&pat) {
                if pre.is_empty()
                    && op
                        .get(..i)
                        .and_then(|b| b.chars().next_back())
                        .is_none_or(|c| c != '、')
                {
                    continue;
                }
                let after = i + pat.len();
                let next = op.get(after..).unwrap_or("");
                if (next.starts_with('犯') || next.starts_with("无罪") || next.starts_with("免予"))
                    && !starts.iter().any(|s| s.2 == who)
                    && !starts.iter().any(|s| s.0 <= i && i < s.1)
                {
                    // An appeal quotes the first-instance sentence after 即：
                    // ; such quotes are not this judgment's sentence.
                    if op
                        .get(..i)
                        .is_some_and(|b| b.ends_with("即：") || b.ends_with("即:"))
                    {
                        continue;
                    }
                    starts.push((i, after, who));
                }
            }
        }
    }
    starts.sort();
    // Item markers bound a clause: 二、没收作案工具 is not the defendant's.
    let markers: Vec<usize> = op
        .char_indices()
        .filter(|&(i, _)| {
            op.get(i..).is_some_and(item_marker_at)
                && (i == 0
                    || op
                        .get(..i)
                        .and_then(|b| b.chars().next_back())
                        .is_some_and(|c| c.is_whitespace() || "。；;：:".contains(c)))
        })
        .map(|(i, _)| i)
        .collect();
    let mut stated: Vec<(usize, Stated, bool)> = stated_periods(text, start, end);
    for (k, &(at, name_end, who)) in starts.iter().enumerate() {
        let next_clause = starts.get(k + 1).map_or(op.len(), |s| s.0);
        let next_marker = markers
            .iter()
            .copied()
            .find(|&m| m > at)
            .unwrap_or(op.len());
        let clause_end = next_clause.min(next_marker);
        let Some(s) = out.get_mut(who) else { continue };
        s.clause = Quote::of(text, start + at, start + name_end);
        if let Some(body) = op.get(at..clause_end) {
            s.earlier = EARLIER
                .iter()
                .filter_map(|w| body.find(w).map(|i| (i, w.len())))
                .min()
                .and_then(|(i, len)| Quote::of(text, start + at + i, start + at + i + len));
        }
        match s.earlier.as_ref().map(|q| q.at) {
            // The counts are read before the earlier judgment's phrase (its
            // penalty is not a count of this judgment); the decided sentence
            // after it.
            Some(m) if m > start + name_end => {
                read_clause(text, start + name_end, m, s);
                let mut rest = Sentence::default();
                read_clause(text, m, start + clause_end, &mut rest);
                if s.decided.is_none() {
                    s.decided = rest.decided;
                }
            }
            _ => read_clause(text, start + name_end, start + clause_end, s),
        }
        // Stated periods inside the clause belong to it unless another name precedes them.
        stated.retain(|(pos, st, probation)| {
            if *pos >= start + at
                && *pos < start + clause_end
                && !named_before(text, *pos, names, who)
            {
                let slot = if *probation {
                    &mut s.stated_probation
                } else {
                    &mut s.stated_term
                };
                if slot.is_none() {
                    *slot = Some(st.clone());
                    return false;
                }
            }
            true
        });
    }
    // Stated periods that name their defendant (被告人董某刑期自…).
    stated.retain(|(pos, st, probation)| {
        for (who, name) in names.iter().enumerate() {
            if named_before(text, *pos, names, usize::MAX)
                && text
                    .get(pos.saturating_sub(name.len() + 12)..*pos)
                    .is_some_and(|b| b.contains(name))
                && let Some(s) = out.get_mut(who)
            {
                let slot = if *probation {
                    &mut s.stated_probation
                } else {
                    &mut s.stated_term
                };
                if slot.is_none() {
                    *slot = Some(st.clone());
                    return false;
                }
            }
        }
        true
    });
    unassigned.extend(stated.into_iter().map(|(_, st, _)| st.quote));
    (out, unassigned)
}

/// How many stated periods (terms and probation periods) the operative part writes.
pub fn stated_count(text: &str) -> (usize, usize) {
    let Some((start, end)) = range(text) else {
        return (0, 0);
    };
    let all = stated_periods(text, start, end);
    let probation = all.iter().filter(|x| x.2).count();
    (all.len() - probation, probation)
}

/// True when a defendant's name other than `who`'s (any name, for
/// `usize::MAX`) stands just before `pos` (within a dozen bytes).
fn named_before(text: &str, pos: usize, names: &[&str], who: usize) -> bool {
    names.iter().enumerate().any(|(i, n)| {
        i != who
            && text
                .get(pos.saturating_sub(n.len() + 12)..pos)
                .is_some_and(|b| b.contains(n))
    })
}

/// Every "自A起至B止" in the operative part: its position, the period, and
/// whether it is a probation period (缓刑考验期 before it in its parenthesis).
fn stated_periods(text: &str, start: usize, end: usize) -> Vec<(usize, Stated, bool)> {
    let mut out = Vec::new();
    let Some(op) = text.get(start..end) else {
        return out;
    };
    for (i, _) in op.match_indices('自') {
        let after = i + '自'.len_utf8();
        let ds = dates_in(op.get(after..).unwrap_or(""));
        let Some(first) = ds.first() else { continue };
        if first.start != 0 || !first.is_absolute() {
            continue;
        }
        let Some(from) = first.resolve(None) else {
            continue;
        };
        let mut j = after + first.end;
        for w in ["起", "，", ",", "执行"] {
            if op.get(j..).is_some_and(|r| r.starts_with(w)) {
                j += w.len();
            }
        }
        if !op.get(j..).is_some_and(|r| r.starts_with('至')) {
            continue;
        }
        j += '至'.len_utf8();
        let ds2 = dates_in(op.get(j..).unwrap_or(""));
        let Some(second) = ds2.first() else { continue };
        if second.start != 0 {
            continue;
        }
        let Some(to) = second.resolve(Some(from)) else {
            continue;
        };
        let mut k = j + second.end;
        if op.get(k..).is_some_and(|r| r.starts_with('止')) {
            k += '止'.len_utf8();
        }
        // The phrase begins at 即 or 刑期 when they stand right before 自.
        let mut q_start = i;
        for w in ["即刑期", "刑期", "即"] {
            if op.get(..i).is_some_and(|b| b.ends_with(w)) {
                q_start = i - w.len();
                break;
            }
        }
        let paren_open = op.get(..i).and_then(|b| b.rfind(['（', '('])).unwrap_or(0);
        let before = op.get(paren_open..i).unwrap_or("");
        let probation = before.contains("缓刑考验期") || before.contains("考验期");
        if let Some(quote) = Quote::of(text, start + q_start, start + k) {
            out.push((start + i, Stated { from, to, quote }, probation));
        }
    }
    out
}

/// Parenthesised ranges of `text[start..end]` (absolute byte ranges).
fn parentheses(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut open = 0;
    if let Some(body) = text.get(start..end) {
        for (i, c) in body.char_indices() {
            match c {
                '（' | '(' => {
                    if depth == 0 {
                        open = start + i;
                    }
                    depth += 1;
                }
                '）' | ')' if depth > 0 => {
                    depth -= 1;
                    if depth == 0 {
                        out.push((open, start + i + c.len_utf8()));
                    }
                }
                _ => {}
            }
        }
        if depth > 0 {
            out.push((open, end));
        }
    }
    out
}

/// Segments of the clause outside parentheses, split at commas, semicolons
/// and full stops: (start, end) in absolute bytes, trimmed.
fn segments(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let parens = parentheses(text, start, end);
    let mut out = Vec::new();
    let mut seg_start = start;
    let Some(body) = text.get(start..end) else {
        return out;
    };
    let push = |s: usize, e: usize, out: &mut Vec<(usize, usize)>| {
        // Drop parenthesised parts at the edges and whitespace.
        let Some(t) = text.get(s..e) else { return };
        let lead = t.len() - t.trim_start().len();
        let trail = t.len() - t.trim_end().len();
        let (s, e) = (s + lead, e - trail);
        if s < e {
            out.push((s, e));
        }
    };
    for (i, c) in body.char_indices() {
        let abs = start + i;
        if parens.iter().any(|&(a, b)| abs >= a && abs < b) {
            if parens.iter().any(|&(a, _)| a == abs) {
                push(seg_start, abs, &mut out);
            }
            seg_start = abs + c.len_utf8();
            continue;
        }
        if "，。；,;：:".contains(c) {
            push(seg_start, abs, &mut out);
            seg_start = abs + c.len_utf8();
        }
    }
    push(seg_start, end, &mut out);
    out
}

/// The principal penalties a phrase may start with.
const PRINCIPALS: &[&str] = &[
    "有期徒刑",
    "拘役",
    "管制",
    "无期徒刑",
    "死刑",
    "罚金",
    "单处罚金",
    "剥夺政治权利",
    "免予刑事处罚",
];

/// True when `s` reads as a principal penalty phrase.
pub fn is_principal(s: &str) -> bool {
    PRINCIPALS.iter().any(|p| s.starts_with(p))
}

fn has_amount(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_ascii_digit() || "一二三四五六七八九十百千万亿".contains(c))
        && (s.contains('元') || s.contains("人民币"))
}

/// Reads supplementary penalties from one segment (并处罚金人民币五万元,
/// 剥夺政治权利一年, 没收个人全部财产) into `c`. Returns true when one was read.
fn supplementary(text: &str, s: usize, e: usize, c: &mut Count) -> bool {
    let Some(seg) = text.get(s..e) else {
        return false;
    };
    let mut read = false;
    if let Some(i) = seg.find("剥夺政治权利") {
        let tail_end = seg
            .get(i..)
            .and_then(|t| t.find("并处").filter(|&j| j > 0))
            .map_or(e, |j| s + i + j);
        c.political_rights = Quote::of(text, s + i, tail_end);
        read = true;
    }
    if let Some(i) = seg.find("罚金") {
        let amount_start = s + i + "罚金".len();
        let tail_end = seg
            .get(i..)
            .and_then(|t| t.find("并处").filter(|&j| j > 0))
            .map_or(e, |j| s + i + j);
        if let Some(q) = Quote::of(text, amount_start, amount_end(text, amount_start, tail_end))
            && has_amount(&q.text)
        {
            c.fine = Some(q);
            read = true;
        }
    }
    for w in [
        "没收个人全部财产",
        "没收全部个人财产",
        "没收个人财产",
        "没收财产",
    ] {
        if let Some(i) = seg.find(w) {
            let tail_end = seg
                .get(i..)
                .and_then(|t| t.find("并处").filter(|&j| j > 0))
                .map_or(e, |j| s + i + j);
            c.confiscation = Quote::of(text, s + i, tail_end);
            read = true;
            break;
        }
    }
    read
}

/// The segment text.
fn seg_text(text: &str, (s, e): (usize, usize)) -> &str {
    text.get(s..e).unwrap_or("")
}

/// Reads one defendant's clause, after the name (犯盗窃罪，判处…).
fn read_clause(text: &str, start: usize, end: usize, out: &mut Sentence) {
    #[derive(PartialEq)]
    enum Last {
        None,
        Count,
        Decided,
    }
    let mut last = Last::None;
    // The end of the segment that held the last principal penalty: 缓刑 and
    // 缓期 join it only when they come right after it.
    let mut principal_seg_end: Option<usize> = None;
    let segs = segments(text, start, end);
    for (n, &(s, e)) in segs.iter().enumerate() {
        let prev_end = n.checked_sub(1).and_then(|p| segs.get(p)).map(|p| p.1);
        let follows_principal = principal_seg_end.is_some() && principal_seg_end == prev_end;
        let seg = seg_text(text, (s, e));
        // Offence: 犯盗窃罪 (maybe followed by 判处… in the same segment).
        let (mut s, seg) = (s, seg);
        let mut seg = seg;
        // The name restated before a later count: 被告人洪锋犯强奸罪.
        if CLAUSE_PREFIXES.iter().any(|p| seg.starts_with(p))
            && let Some(i) = seg.find('犯')
        {
            s += i;
            seg = text.get(s..e).unwrap_or("");
        }
        if let Some(rest) = seg.strip_prefix('犯')
            && let Some(ri) = rest.rfind('罪')
        {
            let off_end = s + '犯'.len_utf8() + ri + '罪'.len_utf8();
            out.counts.push(Count {
                offence: Quote::of(text, s + '犯'.len_utf8(), off_end),
                ..Count::default()
            });
            last = Last::Count;
            s = off_end;
            seg = text.get(s..e).unwrap_or("");
            if seg.is_empty() {
                continue;
            }
        }
        for w in ["数罪并罚", "，"] {
            if let Some(r) = seg.strip_prefix(w) {
                s += w.len();
                seg = r;
            }
        }
        let mut decided_here = false;
        for w in ["决定合并执行", "决定执行", "合并执行", "总和刑期"] {
            if let Some(i) = seg.find(w) {
                s += i + w.len();
                seg = text.get(s..e).unwrap_or("");
                decided_here = true;
                break;
            }
        }
        if decided_here {
            out.decided = Some(Count::default());
            last = Last::Decided;
        } else if let Some(r) = seg.strip_prefix("判处") {
            s += "判处".len();
            seg = r;
        } else if seg.starts_with("免予刑事处罚") || seg.starts_with("免除刑事处罚") {
            // 免予刑事处罚 is the count's outcome.
        } else if (seg.starts_with("缓刑") || seg.starts_with("缓期"))
            && follows_principal
            && !seg.starts_with("缓刑考验")
        {
            // Part of the principal phrase before it: 有期徒刑三年，缓刑四年.
            principal_seg_end = Some(e);
            let target = match last {
                Last::Decided => out.decided.as_mut(),
                _ => out.counts.last_mut(),
            };
            if let Some(c) = target
                && let Some(p) = &c.penalty
                && let Some(q) = Quote::of(text, p.at, e)
            {
                c.penalty = Some(q);
            }
            continue;
        } else {
            let target = match last {
                Last::Decided => out.decided.as_mut(),
                Last::Count => out.counts.last_mut(),
                Last::None => None,
            };
            if let Some(c) = target {
                supplementary(text, s, e, c);
            }
            continue;
        }
        if is_principal(seg) {
            let target = match last {
                Last::Decided => out.decided.as_mut(),
                _ => out.counts.last_mut(),
            };
            if let Some(c) = target
                && c.penalty.is_none()
            {
                // The principal ends where 并处 begins in the same segment.
                let p_end = seg.find("并处").filter(|&j| j > 0).map_or(e, |j| s + j);
                let principal = text.get(s..p_end).unwrap_or("");
                if principal.starts_with("罚金") || principal.starts_with("单处罚金") {
                    // A fine alone: the principal is the fine.
                    c.penalty = Quote::of(text, s, p_end);
                } else {
                    c.penalty = Quote::of(text, s, p_end);
                }
                if p_end < e {
                    supplementary(text, p_end, e, c);
                } else {
                    principal_seg_end = Some(e);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_only_defendants_name_with_one_character_different_is_the_courts_slip() {
        let t = "判决如下： 被告人邱剑锋犯贩卖、运输毒品罪，判处有期徒刑一年八个月。 如不服本判决";
        assert_eq!(name_slip(t, "邱剑峰").unwrap().text, "邱剑锋");
        assert!(name_slip(t, "邱大海").is_none());
        assert!(name_slip(t, "邱剑锋").is_none());
    }

    #[test]
    fn two_counts_decided_and_stated_term() {
        let t = "判决如下： 被告人某甲犯甲罪，判处有期徒刑三年，并处罚金人民币五万元；犯乙罪，判处有期徒刑二年；决定执行有期徒刑四年六个月，并处罚金人民币五万元。（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2015年3月1日起至2019年8月31日止。） 如不服本判决";
        let (s, un) = read(t, &["某甲"]);
        assert!(un.is_empty());
        let s = &s[0];
        assert_eq!(s.counts.len(), 2);
        assert_eq!(s.counts[0].offence.as_ref().unwrap().text, "甲罪");
        assert_eq!(s.counts[0].penalty.as_ref().unwrap().text, "有期徒刑三年");
        assert_eq!(s.counts[0].fine.as_ref().unwrap().text, "人民币五万元");
        assert_eq!(s.counts[1].penalty.as_ref().unwrap().text, "有期徒刑二年");
        let d = s.decided.as_ref().unwrap();
        assert_eq!(d.penalty.as_ref().unwrap().text, "有期徒刑四年六个月");
        assert_eq!(d.fine.as_ref().unwrap().text, "人民币五万元");
        let st = s.stated_term.as_ref().unwrap();
        assert_eq!((st.from, st.to), (date(2015, 3, 1), date(2019, 8, 31)));
        assert_eq!(st.quote.text, "即自2015年3月1日起至2019年8月31日止");
    }

    #[test]
    fn suspended_sentence_keeps_the_courts_phrase() {
        let t = "判决如下： 被告人张某犯危险驾驶罪，判处拘役二个月，缓刑三个月，并处罚金人民币二千元。 （缓刑考验期从判决确定之日起计算）。 ";
        let (s, _) = read(t, &["张某"]);
        let c = &s[0].counts[0];
        assert_eq!(c.penalty.as_ref().unwrap().text, "拘役二个月，缓刑三个月");
        assert_eq!(c.fine.as_ref().unwrap().text, "人民币二千元");
        assert!(s[0].stated_term.is_none());
    }

    #[test]
    fn a_stated_term_naming_its_defendant_goes_to_that_defendant() {
        let t = "判决如下： 一、被告人滕某犯赌博罪，判处有期徒刑一年，并处罚金70000元。 二、被告人董某犯赌博罪，判处有期徒刑七个月，并处罚金20000元。 （各被告人刑期从判决执行之日起计算。被告人滕某刑期自2016年1月26日起至2017年1月25日止。） 如不服";
        let (s, un) = read(t, &["滕某", "董某"]);
        assert!(un.is_empty(), "{un:?}");
        assert!(s[1].stated_term.is_none());
        assert_eq!(s[0].stated_term.as_ref().unwrap().to, date(2017, 1, 25));
    }
}
