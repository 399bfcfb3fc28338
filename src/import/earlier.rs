//! An earlier judgment a sentence combines, read from the text:
//! - CL 70 (漏罪: a crime found after the earlier judgment, before its
//!   penalty was served out): the court's reasons name the ground, the
//!   defendant's paragraph gives the earlier judgment's day and penalty, and
//!   the operative clause repeats that penalty;
//! - CL 77 ¶1 (a suspension revoked for a crime committed or discovered in
//!   the probation period): the operative part orders 撤销…对被告人某宣告的缓刑,
//!   the court's reasons (本院认为) name one ground, the defendant's paragraph
//!   gives the suspended judgment's day and penalty, and the clause repeats
//!   its principal penalty.
//!
//! - CL 71 (又犯新罪: a crime committed after the earlier judgment, before
//!   its penalty was served out): the court's reasons (本院认为) name the
//!   ground, the defendant's paragraph gives the earlier judgment's day and
//!   penalty, and the operative clause states the part not executed
//!   (没有执行的有期徒刑一年四个月又十五天), written as `stated_remainder:`.
//!
//! Anything else (a day, month or penalty the text does not give) stays
//! refused (`import.earlier-judgment-not-read`).

use super::defendants::Defendant;
use super::operative::Sentence;
use super::text::{Quote, dates_in};
use jiff::civil::Date;

/// The earlier judgment, as the text states it.
#[derive(Debug, Clone)]
pub struct Earlier {
    /// The day of the earlier judgment (written in full in the record).
    pub date: Date,
    pub date_quote: Quote,
    /// The earlier court when the record names it (被…法院判处).
    pub court: Option<Quote>,
    /// The earlier offence (因犯…罪).
    pub offence: Option<Quote>,
    /// The earlier principal penalty (判处…).
    pub penalty: Quote,
    /// The earlier fine (并处罚金…).
    pub fine: Option<Quote>,
    /// The court's words that give the ground (CL 70 漏罪; CL 77: the
    /// crime in the probation period).
    pub ground: Quote,
    /// CL 77: the suspension revoked by this judgment (撤销…宣告的缓刑), and
    /// whether the crime was committed in the probation period (¶1 new
    /// crime) rather than discovered in it.
    pub revoked: Option<(Quote, bool)>,
    /// CL 71: the unexecuted remainder the clause states, and the fine it
    /// states with it (…执行的有期徒刑七个月，并处罚金二千元).
    pub remainder: Option<(Quote, Option<Quote>)>,
}

impl Earlier {
    /// The `after:` of this judgment.
    pub fn after(&self) -> &'static str {
        match (&self.revoked, &self.remainder) {
            (Some((_, true)), _) | (None, Some(_)) => "new-crime",
            _ => "discovered-crime",
        }
    }
}

/// The court's words for a crime discovered after the earlier judgment (CL 70).
const DISCOVERED: &[&str] = &["漏罪", "还有其他罪没有判决"];
/// Words for a crime committed after it (CL 71) or a suspension (CL 77):
/// the combination then needs what the case file cannot state here.
const NOT_CL70: &[&str] = &[
    "又犯新罪",
    "再犯新罪",
    "又犯罪",
    "缓刑考验期",
    "撤销缓刑",
    "假释",
];

/// Reads the earlier judgment of defendant `d`, whose operative clause
/// combines it at `marker` (原犯, 前罪, …), for a judgment whose reasons end
/// at `reasons_end` (bytes of `text`).
pub fn read(
    text: &str,
    d: &Defendant,
    s: &Sentence,
    marker: &Quote,
    (reasons_end, op_end): (usize, usize),
) -> Option<Earlier> {
    if let Some(revoked) = revocation(text, d, (reasons_end, op_end)) {
        return revoked_suspension(text, d, s, marker, reasons_end, revoked);
    }
    if let Some(e) = new_crime(text, d, s, marker, reasons_end) {
        return Some(e);
    }
    let reasons = text.get(..reasons_end)?;
    let ground = DISCOVERED
        .iter()
        .filter_map(|w| reasons.rfind(w).map(|i| (i, w.len())))
        .max()?;
    if NOT_CL70.iter().any(|w| reasons.contains(w)) {
        return None;
    }
    // The marker's sentence of the operative part.
    let tail = text.get(marker.at..)?;
    let op = tail.get(..tail.find('。').unwrap_or(tail.len()))?;
    // The new counts are read before the marker: a phrase after it is the
    // earlier judgment's, and a count holding one would mix the two.
    let after_marker = |q: &Option<Quote>| q.as_ref().is_some_and(|q| q.at >= marker.at);
    if s.counts
        .iter()
        .any(|c| after_marker(&c.penalty) || after_marker(&c.fine) || after_marker(&c.offence))
    {
        return None;
    }
    if op.contains("缓刑") || op.contains("撤销") {
        return None;
    }
    // The last record of a judgment in the defendant's paragraph that names
    // a day in full, not served out (刑满释放), whose penalty the clause repeats.
    let (ps, pe) = d.span;
    let para = text.get(ps..pe)?;
    let mut found = None;
    let mut start = 0;
    for (i, ch) in para
        .char_indices()
        .chain(std::iter::once((para.len(), '。')))
    {
        if ch != '。' && ch != '；' {
            continue;
        }
        let seg = (ps + start, ps + i);
        start = i + ch.len_utf8();
        if let Some(r) = record(text, seg) {
            found = Some(r);
        }
    }
    let (date, date_quote, court, offence, penalty, fine) = found?;
    let bare = penalty
        .text
        .trim_start_matches("有期徒刑")
        .trim_start_matches("拘役");
    if bare.is_empty() || !op.contains(bare) {
        return None;
    }
    Some(Earlier {
        date,
        date_quote,
        court,
        offence,
        penalty,
        fine,
        ground: Quote::of(text, ground.0, ground.0 + ground.1)?,
        revoked: None,
        remainder: None,
    })
}

/// The court's words for a crime committed after the earlier judgment (CL 71).
const NEW_CRIME: &[&str] = &["又犯新罪", "再犯新罪", "又犯罪"];
/// Words that name another ground (CL 70, 77, 86): then not read as CL 71.
const NOT_CL71: &[&str] = &[
    "漏罪",
    "还有其他罪没有判决",
    "缓刑考验期",
    "撤销缓刑",
    "假释",
];

/// CL 71: the court's reasons name a new crime, the paragraph records the
/// earlier judgment (day in full, penalty), and the clause states the part
/// not executed (…执行的有期徒刑…) before 决定执行.
fn new_crime(
    text: &str,
    d: &Defendant,
    s: &Sentence,
    marker: &Quote,
    reasons_end: usize,
) -> Option<Earlier> {
    let (ground, remainder, fine) = cl71_clause(text, s, marker, reasons_end)?;
    let (date, date_quote, court_name, offence, penalty, record_fine) = last_record(text, d)?;
    Some(Earlier {
        date,
        date_quote,
        court: court_name,
        offence,
        penalty,
        fine: record_fine,
        ground,
        revoked: None,
        remainder: Some((remainder, fine)),
    })
}

/// The CL 71 ground in the court's reasons, and the remainder the clause
/// states with its fine.
fn cl71_clause(
    text: &str,
    s: &Sentence,
    marker: &Quote,
    reasons_end: usize,
) -> Option<(Quote, Quote, Option<Quote>)> {
    let reasons = text.get(..reasons_end)?;
    let court_from = reasons.rfind("本院认为")?;
    let court = reasons.get(court_from..)?;
    if NOT_CL71.iter().any(|w| court.contains(w)) {
        return None;
    }
    let ground = NEW_CRIME
        .iter()
        .filter_map(|w| court.find(w).map(|i| (court_from + i, w.len())))
        .min()?;
    // The new counts are read before the marker (as for CL 70).
    let after_marker = |q: &Option<Quote>| q.as_ref().is_some_and(|q| q.at >= marker.at);
    if s.counts
        .iter()
        .any(|c| after_marker(&c.penalty) || after_marker(&c.fine) || after_marker(&c.offence))
    {
        return None;
    }
    let tail = text.get(marker.at..)?;
    let op = tail.get(..tail.find(['决', '。']).unwrap_or(tail.len()))?;
    if op.contains("缓刑") || op.contains("撤销") {
        return None;
    }
    // 没有执行的 / 尚未执行的 / 未执行的 + 有期徒刑…, up to the next comma.
    const LEAD: &str = "执行的有期徒刑";
    let k = op.find(LEAD)? + LEAD.len() - "有期徒刑".len();
    let rest = op.get(k..)?;
    let len = rest.find(['，', ',', '；', '并']).unwrap_or(rest.len());
    let at = marker.at + k;
    let remainder = Quote::of(text, at, at + len)?;
    // The fine stated with it (，并处罚金人民币七千元).
    let fine = rest.get(len..).and_then(|r| {
        let r = r.strip_prefix('，').or_else(|| r.strip_prefix(','))?;
        let f = r.strip_prefix("并处罚金")?;
        let n = f.find('元')? + '元'.len_utf8();
        let f_at = at + (rest.len() - f.len());
        Quote::of(text, f_at, f_at + n)
    });
    Some((
        Quote::of(text, ground.0, ground.0 + ground.1)?,
        remainder,
        fine,
    ))
}

/// The court's words for a crime in the probation period (CL 77 ¶1).
const IN_PROBATION_NEW: &[&str] = &[
    "缓刑考验期内又犯新罪",
    "缓刑考验期限内又犯新罪",
    "缓刑考验期内犯新罪",
];
const IN_PROBATION_FOUND: &[&str] = &["缓刑考验期内发现", "缓刑考验期限内发现"];

/// The operative part's order revoking the defendant's suspension:
/// 撤销…对被告人某宣告的缓刑 (one sentence).
fn revocation(text: &str, d: &Defendant, (op_start, op_end): (usize, usize)) -> Option<Quote> {
    let op = text.get(op_start..op_end)?;
    let mut from = 0;
    while let Some(i) = op.get(from..)?.find("撤销") {
        let at = from + i;
        let rest = op.get(at..)?;
        let end = rest.find(['。', '；']).unwrap_or(rest.len());
        let sentence = rest.get(..end)?;
        if let Some(k) = sentence.find("缓刑")
            && sentence.get(..k)?.contains(d.name.text.as_str())
        {
            return Quote::of(text, op_start + at, op_start + at + k + "缓刑".len());
        }
        from = at + "撤销".len();
    }
    None
}

/// CL 77 ¶1: the suspension revoked for a crime committed (or discovered) in
/// the probation period, the suspended penalty combined with the new one.
fn revoked_suspension(
    text: &str,
    d: &Defendant,
    s: &Sentence,
    marker: &Quote,
    reasons_end: usize,
    revoked: Quote,
) -> Option<Earlier> {
    // The court's reasons (本院认为…), not the prosecution's.
    let reasons = text.get(..reasons_end)?;
    let court_from = reasons.rfind("本院认为")?;
    let court = reasons.get(court_from..)?;
    let find = |ws: &[&str]| {
        ws.iter()
            .filter_map(|w| court.find(w).map(|i| (court_from + i, w.len())))
            .min()
    };
    let (new, found) = (find(IN_PROBATION_NEW), find(IN_PROBATION_FOUND));
    let (ground, new_crime) = match (new, found) {
        (Some(g), None) => (g, true),
        (None, Some(g)) => (g, false),
        _ => return None,
    };
    let after_marker = |q: &Option<Quote>| q.as_ref().is_some_and(|q| q.at >= marker.at);
    if s.counts
        .iter()
        .any(|c| after_marker(&c.penalty) || after_marker(&c.fine) || after_marker(&c.offence))
    {
        return None;
    }
    // The last suspended sentence recorded in the defendant's paragraph.
    let (ps, pe) = d.span;
    let para = text.get(ps..pe)?;
    let mut found_rec = None;
    let mut start = 0;
    for (i, ch) in para
        .char_indices()
        .chain(std::iter::once((para.len(), '。')))
    {
        if ch != '。' && ch != '；' {
            continue;
        }
        if let Some(r) = suspended_record(text, (ps + start, ps + i)) {
            found_rec = Some(r);
        }
        start = i + ch.len_utf8();
    }
    let (date, date_quote, court_name, offence, penalty, fine) = found_rec?;
    // The clause repeats the principal penalty (原判有期徒刑二年, 前罪所判有期徒刑一年).
    let principal = penalty.text.split(['，', ',']).next()?;
    let tail = text.get(marker.at..)?;
    let op = tail.get(..tail.find("决定").unwrap_or(tail.len()))?;
    if !op.contains(principal) {
        return None;
    }
    Some(Earlier {
        date,
        date_quote,
        court: court_name,
        offence,
        penalty,
        fine,
        ground: Quote::of(text, ground.0, ground.0 + ground.1)?,
        revoked: Some((revoked, new_crime)),
        remainder: None,
    })
}

/// One record `…年…月…日…判处有期徒刑…，缓刑…[，并处罚金…]`.
fn suspended_record(text: &str, (s, e): (usize, usize)) -> Option<Record> {
    let seg = text.get(s..e)?;
    let j = seg.find("判处")?;
    let mention = dates_in(seg).into_iter().rev().find(|m| m.end <= j)?;
    if !mention.is_absolute() {
        return None;
    }
    let date = mention.resolve(None)?;
    let date_quote = Quote::of(text, s + mention.start, s + mention.end)?;
    let p0 = j + "判处".len();
    let rest = seg.get(p0..)?;
    if !(rest.starts_with("有期徒刑") || rest.starts_with("拘役")) {
        return None;
    }
    // The principal and its 缓刑 phrase: 有期徒刑二年，缓刑二年.
    let first = rest.find(['，', ','])?;
    let second = rest.get(first..)?;
    let sep = second.chars().next()?.len_utf8();
    let susp = second.get(sep..)?;
    if !susp.starts_with("缓刑") {
        return None;
    }
    let len = first + sep + susp.find(['，', ',']).unwrap_or(susp.len());
    let p1 = p0 + len;
    let penalty = Quote::of(text, s + p0, s + p1)?;
    let (court, offence, fine) = parts(text, s, seg, j, p1);
    Some((date, date_quote, court, offence, penalty, fine))
}

type Record = (
    Date,
    Quote,
    Option<Quote>,
    Option<Quote>,
    Quote,
    Option<Quote>,
);

/// The last record of a judgment in the defendant's paragraph, not served
/// out, with its day in full.
fn last_record(text: &str, d: &Defendant) -> Option<Record> {
    let (ps, pe) = d.span;
    let para = text.get(ps..pe)?;
    let mut found = None;
    let mut start = 0;
    for (i, ch) in para
        .char_indices()
        .chain(std::iter::once((para.len(), '。')))
    {
        if ch != '。' && ch != '；' {
            continue;
        }
        if let Some(r) = record(text, (ps + start, ps + i)) {
            found = Some(r);
        }
        start = i + ch.len_utf8();
    }
    found
}

/// Why a CL 71 clause that states its remainder is still refused: the
/// paragraph's last record of a sentence (判处…) gives no day in full
/// (2016年12月因犯盗窃罪被判处有期徒刑六个月, line 51). That record, quoted.
pub fn cl71_undated_record(
    text: &str,
    d: &Defendant,
    s: &Sentence,
    marker: &Quote,
    reasons_end: usize,
) -> Option<Quote> {
    // The clause and the reasons are read; only the dated record is missing.
    cl71_clause(text, s, marker, reasons_end)?;
    if last_record(text, d).is_some() {
        return None;
    }
    let (ps, pe) = d.span;
    let para = text.get(ps..pe)?;
    let mut last = None;
    let mut start = 0;
    for (i, ch) in para
        .char_indices()
        .chain(std::iter::once((para.len(), '。')))
    {
        if ch != '。' && ch != '；' {
            continue;
        }
        let seg = para.get(start..i).unwrap_or("");
        if seg.contains("判处") && !seg.contains("刑满释放") {
            last = Some((ps + start, ps + i));
        }
        start = i + ch.len_utf8();
    }
    let (a, b) = last?;
    Quote::of(text, a, b)
}

/// One record `…年…月…日因犯…罪被…判处有期徒刑…[，并处罚金…]`, not served out.
fn record(text: &str, (s, e): (usize, usize)) -> Option<Record> {
    let seg = text.get(s..e)?;
    if seg.contains("刑满释放") || seg.contains("缓刑") || seg.contains("假释") {
        return None;
    }
    let j = seg.find("判处")?;
    let mention = dates_in(seg).into_iter().rev().find(|m| m.end <= j)?;
    if !mention.is_absolute() {
        return None;
    }
    let date = mention.resolve(None)?;
    let date_quote = Quote::of(text, s + mention.start, s + mention.end)?;
    let p0 = j + "判处".len();
    let rest = seg.get(p0..)?;
    if !(rest.starts_with("有期徒刑") || rest.starts_with("拘役")) {
        return None;
    }
    let p1 = p0 + rest.find(['，', ',']).unwrap_or(rest.len());
    let penalty = Quote::of(text, s + p0, s + p1)?;
    let (court, offence, fine) = parts(text, s, seg, j, p1);
    Some((date, date_quote, court, offence, penalty, fine))
}

/// The court (被…法院判处), offence (因犯…罪) and fine (，并处罚金…元) of a
/// record `seg` starting at byte `s`, whose 判处 is at `j` and penalty ends at `p1`.
fn parts(
    text: &str,
    s: usize,
    seg: &str,
    j: usize,
    p1: usize,
) -> (Option<Quote>, Option<Quote>, Option<Quote>) {
    let fine = seg.get(p1..).and_then(|r| {
        let r = r.strip_prefix('，').or_else(|| r.strip_prefix(','))?;
        let f = r.strip_prefix("并处罚金")?;
        let k = f.find('元')? + '元'.len_utf8();
        let at = s + (seg.len() - f.len());
        Quote::of(text, at, at + k)
    });
    let before = seg.get(..j).unwrap_or("");
    let court = before.rfind('被').and_then(|b| {
        let c = before.get(b + '被'.len_utf8()..)?;
        c.ends_with("法院")
            .then(|| Quote::of(text, s + b + '被'.len_utf8(), s + j))
            .flatten()
    });
    let offence = before
        .rfind("因犯")
        .and_then(|b| {
            let o = before.get(b + "因犯".len()..)?;
            let k = o.find('罪')? + '罪'.len_utf8();
            Quote::of(text, s + b + "因犯".len(), s + b + "因犯".len() + k)
        })
        .or_else(|| {
            // 因涉嫌犯诈骗罪、容留他人吸毒罪于…被…判处: the crimes charged and
            // then sentenced, up to the last 罪 before 于/被/，.
            const W: &str = "因涉嫌犯";
            let b = before.rfind(W)? + W.len();
            let o = before.get(b..)?;
            let o = o.get(..o.find(['于', '被', '，']).unwrap_or(o.len()))?;
            let k = o.rfind('罪')? + '罪'.len_utf8();
            Quote::of(text, s + b, s + b + k)
        });
    (court, offence, fine)
}
