//! An earlier judgment a sentence combines under CL 70 (漏罪: a crime found
//! after the earlier judgment, before its penalty was served out), read from
//! the text: the court's reasons name the ground, the defendant's paragraph
//! gives the earlier judgment's day and penalty, and the operative clause
//! repeats that penalty. Anything else (CL 71 new crimes, whose unexecuted
//! remainder the case file cannot state; CL 77 revocations; a day, month or
//! penalty the text does not give) stays refused (`import.earlier-judgment-not-read`).

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
    /// The court's words that give the ground (CL 70).
    pub ground: Quote,
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
    reasons_end: usize,
) -> Option<Earlier> {
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
    })
}

type Record = (
    Date,
    Quote,
    Option<Quote>,
    Option<Quote>,
    Quote,
    Option<Quote>,
);

/// One record `…年…月…日因犯…罪被…判处有期徒刑…[，并处罚金…]`, not served out.
fn record(text: &str, (s, e): (usize, usize)) -> Option<Record> {
    let seg = text.get(s..e)?;
    if seg.contains("刑满释放") || seg.contains("缓刑") || seg.contains("假释") {
        return None;
    }
    let j = seg.find("判处")?;
    let mention = dates_in(seg).into_iter().find(|m| m.end <= j)?;
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
    let fine = seg.get(p1..).and_then(|r| {
        let r = r.strip_prefix('，').or_else(|| r.strip_prefix(','))?;
        let f = r.strip_prefix("并处罚金")?;
        let k = f.find('元')? + '元'.len_utf8();
        let at = s + (seg.len() - f.len());
        Quote::of(text, at, at + k)
    });
    let before = seg.get(..j)?;
    let court = before.find('被').and_then(|b| {
        let c = before.get(b + '被'.len_utf8()..)?;
        c.ends_with("法院")
            .then(|| Quote::of(text, s + b + '被'.len_utf8(), s + j))
            .flatten()
    });
    let offence = before.find("因犯").and_then(|b| {
        let o = before.get(b + "因犯".len()..)?;
        let k = o.find('罪')? + '罪'.len_utf8();
        Quote::of(text, s + b + "因犯".len(), s + b + "因犯".len() + k)
    });
    Some((date, date_quote, court, offence, penalty, fine))
}
