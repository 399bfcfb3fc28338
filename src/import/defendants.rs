//! The defendants' paragraphs at the head of a judgment: name, sex, date of
//! birth and the custody history of this case ("因涉嫌犯盗窃罪于2017年8月18日
//! 被刑事拘留，同年8月22日转取保候审").
//!
//! Earlier convictions in the same paragraph (…被判处有期徒刑一年，2015年5月10日
//! 刑满释放) are history: custody events before them are dropped, and their
//! dates only serve to resolve 同年 / 同月 after them.

use super::text::{Quote, dates_in};
use jiff::civil::Date;

/// How a custody event changes the defendant's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// 刑事拘留, 逮捕, 羁押, 抓获: in custody from this day.
    Detention,
    /// 指定居所监视居住: credited two days for one (imprisonment, detention).
    DesignatedResidence,
    /// 监视居住 at home: not custody.
    ResidentialSurveillance,
    /// 留置 under the Supervision Law: credited one for one.
    SupervisoryDetention,
    /// 取保候审: bail, not custody.
    Bail,
    /// 释放: released.
    Release,
    /// Administrative detention for this case (因本案…被行政拘留): the
    /// courts count the term from it; recorded as detention.
    AdministrativeDetention,
    /// Administrative detention for another matter (因吸毒被行政拘留) after
    /// the capture: custody for this case ends the day before.
    OtherDetention,
}

/// A custody event read from the text.
#[derive(Debug, Clone)]
pub struct Event {
    pub kind: EventKind,
    pub date: Date,
    /// The clause that states it (date and keyword).
    pub quote: Quote,
}

/// A phrase the importer saw and did not turn into a value, with why.
#[derive(Debug, Clone)]
pub struct Unread {
    pub quote: Quote,
    /// True for administrative detention for this case; false for a custody
    /// event without a date.
    pub administrative: bool,
}

/// One defendant's paragraph.
#[derive(Debug, Clone)]
pub struct Defendant {
    pub name: Quote,
    pub sex: Option<Quote>,
    pub date_of_birth: Option<(Date, Quote)>,
    pub events: Vec<Event>,
    /// Said to be in custody now (现羁押, 现押, 在押).
    pub in_custody_now: Option<Quote>,
    pub unread: Vec<Unread>,
    /// Where the paragraph starts and ends (bytes).
    pub span: (usize, usize),
}

/// How a defendant's paragraph may begin.
const PREFIXES: &[&str] = &[
    "上诉人（原审被告人）",
    "上诉人(原审被告人)",
    "原审上诉人（原审被告人）",
    "原审被告人",
    "被告人（上诉人）",
    "被告人",
];

/// Paragraphs that belong to someone else or end the list of parties.
const OTHER_PARTIES: &[&str] = &[
    "辩护人",
    "指定辩护人",
    "委托辩护人",
    "法定代理人",
    "诉讼代理人",
    "委托代理人",
    "被害人",
    "附带民事",
    "公诉机关",
    "原公诉机关",
    "抗诉机关",
    "上诉人",
    "原审",
    "被告人",
    "翻译",
    "聘请",
    "辩护律师",
];

/// Words that end the head of the judgment: the parties come before them.
const END_OF_PARTIES: &[&str] = &[
    "指控",
    "审理终结",
    "提起公诉",
    "一案",
    "审理了本案",
    "判决如下",
];

/// Paragraphs of the text: runs between whitespace, with their byte range.
fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Reads every defendant's paragraph.
pub fn read(text: &str) -> Vec<Defendant> {
    read_reviewing(text, None)
}

/// As [`read`], for an appeal or retrial whose text gives the day of the
/// judgment it reviews (`reviewed`): that judgment, recorded in the
/// paragraph (同年5月20日，被本院判处有期徒刑三年六个月，现在…服刑), is this
/// case's, so the custody before it is kept (it runs on into this judgment's
/// execution) instead of being dropped as an earlier case's.
pub fn read_reviewing(text: &str, reviewed: Option<Date>) -> Vec<Defendant> {
    let mut out = Vec::new();
    let mut current: Option<(usize, usize, usize)> = None; // (start, name start, end)
    for (s, e) in paragraphs(text) {
        let Some(p) = text.get(s..e) else { continue };
        if let Some(pre) = prefix_len(p)
            && !ends_parties(p)
        {
            if let Some(c) = current.take() {
                out.extend(defendant(text, c, reviewed));
            }
            current = Some((s, s + pre, e));
            continue;
        }
        if ends_parties(p) {
            if let Some(c) = current.take() {
                out.extend(defendant(text, c, reviewed));
            }
            if !out.is_empty() || p.contains("判决如下") {
                break;
            }
            continue;
        }
        if OTHER_PARTIES.iter().any(|o| p.starts_with(o)) {
            if let Some(c) = current.take() {
                out.extend(defendant(text, c, reviewed));
            }
            continue;
        }
        if let Some(c) = current.as_mut() {
            c.2 = e;
        }
    }
    if let Some(c) = current.take() {
        out.extend(defendant(text, c, reviewed));
    }
    out
}

/// The length of the party's title that begins a defendant's paragraph:
/// one of [`PREFIXES`], or a title with a longer role in brackets
/// (上诉人（原审被告人暨公益诉讼被告）严国平).
fn prefix_len(p: &str) -> Option<usize> {
    if let Some(pre) = PREFIXES.iter().find(|pre| p.starts_with(**pre)) {
        return Some(pre.len());
    }
    for open in ["上诉人（", "上诉人(", "原审被告人（", "被告人（"] {
        let Some(rest) = p.strip_prefix(open) else {
            continue;
        };
        let close = rest
            .char_indices()
            .take(20)
            .find(|(_, c)| "）)".contains(*c));
        if let Some((i, c)) = close
            && rest[..i].contains("被告")
        {
            return Some(open.len() + i + c.len_utf8());
        }
    }
    None
}

fn ends_parties(p: &str) -> bool {
    END_OF_PARTIES.iter().any(|w| {
        p.match_indices(w).any(|(i, _)| {
            // 现因涉嫌盗窃一案于…被刑事拘留: the defendant's own history.
            *w != "一案" || {
                let clause = p[..i].rsplit(['，', '。', '；']).next().unwrap_or("");
                !clause.contains("涉嫌")
            }
        })
    })
}

/// Clauses of `text[start..end]`: runs between Chinese or ASCII commas,
/// semicolons, full stops and colons. The flag is true when a full stop
/// ends the clause (a new sentence begins after it).
fn clauses(text: &str, start: usize, end: usize) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let Some(body) = text.get(start..end) else {
        return out;
    };
    let mut s = 0;
    for (i, c) in body.char_indices() {
        if "，。；：,;:".contains(c) {
            out.push((start + s, start + i, c == '。'));
            s = i + c.len_utf8();
        }
    }
    if s < body.len() {
        out.push((start + s, end, true));
    }
    out
}

/// Phrases that belong to an earlier case or to something that is not custody.
const HISTORY: &[&str] = &[
    "判处",
    "刑满释放",
    "假释",
    "判决",
    "裁定",
    "劳动教养",
    "劳教",
    "戒毒",
    "罚款",
    "行政处罚",
    "行政拘留",
    // 治安拘留: administrative detention under the Public Security
    // Administration Punishments Law (治安管理处罚法), read as 行政拘留.
    "治安拘留",
    "司法拘留",
    "缓刑",
    "免予刑事处罚",
    "释放后",
    "服刑",
    "执行完毕",
    "赦免",
];

/// The custody keywords, in the order they are tried.
const KEYWORDS: &[(&str, EventKind)] = &[
    ("指定居所监视居住", EventKind::DesignatedResidence),
    ("监视居住", EventKind::ResidentialSurveillance),
    ("取保候审", EventKind::Bail),
    ("刑事拘留", EventKind::Detention),
    ("逮捕", EventKind::Detention),
    ("羁押", EventKind::Detention),
    ("抓获", EventKind::Detention),
    ("捉获", EventKind::Detention),
    ("留置盘问", EventKind::Detention),
    ("留置", EventKind::SupervisoryDetention),
    ("拘留", EventKind::Detention),
    ("释放", EventKind::Release),
];

fn defendant(
    text: &str,
    (start, name_start, end): (usize, usize, usize),
    reviewed: Option<Date>,
) -> Option<Defendant> {
    let mut name_start = name_start;
    for pre in ["：", ":", "自报"] {
        if text.get(name_start..).is_some_and(|t| t.starts_with(pre)) {
            name_start += pre.len();
        }
    }
    let body = text.get(name_start..end)?;
    let name_len = body
        .char_indices()
        .find(|&(_, c)| "，,（(。；、 ".contains(c))
        .map_or(body.len(), |(i, _)| i);
    if name_len == 0 || name_len > 60 {
        return None;
    }
    // A title (被告人某某走私、贩卖毒品罪一审刑事判决书) is not a defendant's paragraph.
    if body.get(name_len..).is_some_and(|r| r.starts_with('、'))
        || text.get(start..end).is_some_and(|p| p.contains("判决书"))
    {
        return None;
    }
    if body
        .get(..name_len)
        .is_some_and(|n| n.contains("判决书") || n.contains('罪'))
    {
        return None;
    }
    let name = Quote::of(text, name_start, name_start + name_len)?;
    let mut d = Defendant {
        name,
        sex: None,
        date_of_birth: None,
        events: Vec::new(),
        in_custody_now: None,
        unread: Vec::new(),
        span: (start, end),
    };
    let mut context: Option<Date> = None;
    let mut pending: Option<Date> = None;
    let mut sentence_start = name_start;
    // The reviewed judgment of this case was recorded in the paragraph.
    let mut under_review = false;
    for (cs, ce, sentence_end) in clauses(text, name_start + name_len, end) {
        let Some(clause) = text.get(cs..ce) else {
            continue;
        };
        let trimmed = clause.trim();
        if d.sex.is_none() && (trimmed == "男" || trimmed == "女") {
            let off = clause.find(trimmed).unwrap_or(0);
            d.sex = Quote::of(text, cs + off, cs + off + trimmed.len());
        }
        let mentions = dates_in(clause);
        let mut last_before: Vec<(usize, Date)> = Vec::new();
        for m in &mentions {
            context = m.resolve(context).or(context);
            if let Some(c) = context {
                last_before.push((m.start, c));
                pending = Some(c);
            }
            if d.date_of_birth.is_none() && m.is_absolute() {
                let after = clause.get(m.end..).unwrap_or("");
                let before = clause.get(..m.start).unwrap_or("");
                if (after.starts_with("出生") || after.starts_with("生"))
                    || before.ends_with("出生于")
                    || before.ends_with("生于")
                {
                    let q = Quote::of(text, cs + m.start, cs + m.end)?;
                    d.date_of_birth = m.resolve(None).map(|dt| (dt, q));
                    pending = None;
                }
            }
        }
        if HISTORY.iter().any(|h| clause.contains(h)) {
            // Whose detention it is: the nearest reason (因…) before it in the
            // sentence (又因本案于…被抓获，次日被处行政拘留十五日: this case;
            // 因涉嫌…被捉获，因吸食毒品，于次日被行政拘留: another matter).
            let for_this_case = {
                let at = ["行政拘留", "治安拘留", "司法拘留"]
                    .iter()
                    .filter_map(|w| clause.find(w))
                    .min()
                    .unwrap_or(0);
                let before = text.get(sentence_start.min(cs)..cs + at).unwrap_or("");
                before.rfind("因").is_some_and(|i| {
                    let r = &before[i + "因".len()..];
                    r.starts_with("本案") || r.starts_with("涉嫌")
                })
            };
            let administrative = clause.contains("行政拘留") || clause.contains("治安拘留");
            let other_matter = (administrative || clause.contains("司法拘留")) && !for_this_case;
            if other_matter
                && let Some(last) = d.events.last()
                && last.kind == EventKind::Detention
                && let Some(dt) = last_before.last().map(|(_, dt)| *dt).or(pending)
                && dt >= last.date
                && let Some(q) = Quote::of(text, cs, ce)
            {
                d.events.push(Event {
                    kind: EventKind::OtherDetention,
                    date: dt,
                    quote: q,
                });
                context = Some(dt);
                pending = None;
                continue;
            }
            // Administrative detention for this case: the courts count the
            // term from it (measured, docs/import.md), so it is custody.
            let this_case = administrative && for_this_case;
            if this_case {
                match (
                    last_before.last().map(|(_, dt)| *dt).or(pending),
                    Quote::of(text, cs, ce),
                ) {
                    (Some(dt), Some(q)) => {
                        d.events.push(Event {
                            kind: EventKind::AdministrativeDetention,
                            date: dt,
                            quote: q,
                        });
                        context = Some(dt);
                    }
                    (None, Some(q)) => d.unread.push(Unread {
                        quote: q,
                        administrative: true,
                    }),
                    _ => {}
                }
            } else if reviewed.is_some()
                && clause.contains("判处")
                && last_before.last().map(|(_, dt)| *dt).or(pending) == reviewed
            {
                // The judgment under review: this case's; custody stays.
                under_review = true;
            } else if under_review && clause.contains("服刑") && !clause.contains("判处") {
                // Serving the sentence under review (现在…服刑).
            } else if !administrative && !clause.contains("司法拘留") {
                // An earlier case: what was read before belongs to it.
                d.events.clear();
            }
            pending = None;
            if sentence_end {
                pending = None;
            }
            continue;
        }
        // A decision taken while the defendant was at large is no custody:
        // 决定刑事拘留（在逃）, or 批准逮捕，因其未能归案 (the arrest before it).
        if [
            "在逃",
            "未能归案",
            "未归案",
            "未到案",
            "潜逃",
            "追逃",
            "网上逃犯",
        ]
        .iter()
        .any(|w| clause.contains(w))
        {
            if !KEYWORDS.iter().any(|(k, _)| clause.contains(k))
                && let Some(last) = d.events.last()
                && last.quote.at >= sentence_start
            {
                d.events.pop();
            }
            pending = None;
            if sentence_end {
                sentence_start = ce;
            }
            continue;
        }
        if clause.contains("现羁押")
            || clause.contains("现被羁押")
            || clause.contains("现押")
            || clause.contains("在押")
        {
            d.in_custody_now = Quote::of(text, cs, ce);
            continue;
        }
        let hit = KEYWORDS
            .iter()
            .filter_map(|(k, kind)| clause.find(k).map(|i| (i, *k, *kind)))
            .min_by_key(|&(i, k, _)| (i, std::cmp::Reverse(k.len())));
        if let Some((at, _, kind)) = hit {
            let date = last_before
                .iter()
                .rev()
                .find(|(i, _)| *i < at)
                .map(|(_, dt)| *dt)
                .or(pending);
            // 批准逮捕 / 决定逮捕 is a decision; 执行逮捕 after it is the day
            // custody began. Likewise 宣布刑事拘留 / 决定刑事拘留 and 执行刑事拘留
            // after it (于3月24日被宣布刑事拘留，于同年3月25日被执行刑事拘留).
            let executes = |last: &Event| {
                (clause.contains("执行逮捕")
                    && (last.quote.text.contains("批准") || last.quote.text.contains("决定"))
                    && last.quote.text.contains("逮捕"))
                    || (clause.contains("执行刑事拘留")
                        && (last.quote.text.contains("宣布") || last.quote.text.contains("决定"))
                        && last.quote.text.contains("拘留"))
            };
            if let Some(dt) = date
                && let Some(last) = d.events.last_mut()
                && last.kind == EventKind::Detention
                && executes(last)
                && dt >= last.date
                && let Some(q) = Quote::of(text, cs, ce)
            {
                let superseded = d.events.len() < 2
                    || d.events
                        .get(d.events.len().saturating_sub(2))
                        .is_some_and(|e| e.kind != EventKind::Detention);
                if superseded {
                    if let Some(last) = d.events.last_mut() {
                        last.date = dt;
                        last.quote = q;
                    }
                    context = Some(dt);
                    pending = None;
                    continue;
                }
            }
            match date {
                Some(dt) => {
                    if let Some(q) = Quote::of(text, cs, ce) {
                        d.events.push(Event {
                            kind,
                            date: dt,
                            quote: q,
                        });
                    }
                    context = Some(dt);
                }
                None => {
                    if let Some(q) = Quote::of(text, cs, ce) {
                        d.unread.push(Unread {
                            quote: q,
                            administrative: false,
                        });
                    }
                }
            }
            pending = None;
        }
        if sentence_end {
            pending = None;
            sentence_start = ce;
        }
    }
    Some(d)
}

/// A custody period built from the events: from one event to the next change.
#[derive(Debug, Clone)]
pub struct Period {
    pub kind: EventKind,
    pub from: Date,
    pub from_quote: Quote,
    /// True when it begins with administrative detention for this case.
    pub from_administrative: bool,
    /// The event that ended it (bail, release, …), if any.
    pub ended_by: Option<(Date, Quote, EventKind)>,
}

/// The periods the events describe, in order. A detention followed by an
/// arrest is one period; bail or release ends it.
pub fn periods(events: &[Event]) -> Vec<Period> {
    let mut out: Vec<Period> = Vec::new();
    let mut open: Option<Period> = None;
    for original in events {
        // Administrative detention for this case continues into criminal
        // detention: one period of custody.
        let administrative = original.kind == EventKind::AdministrativeDetention;
        let e = original;
        let e = &Event {
            kind: if e.kind == EventKind::AdministrativeDetention {
                EventKind::Detention
            } else {
                e.kind
            },
            date: e.date,
            quote: e.quote.clone(),
        };
        match (&open, e.kind) {
            (Some(p), k) if p.kind == k && k != EventKind::Release => continue,
            (_, EventKind::Release | EventKind::OtherDetention) => {
                if let Some(mut p) = open.take() {
                    p.ended_by = Some((e.date, e.quote.clone(), e.kind));
                    out.push(p);
                }
            }
            (_, k) => {
                if let Some(mut p) = open.take() {
                    p.ended_by = Some((e.date, e.quote.clone(), e.kind));
                    out.push(p);
                }
                open = Some(Period {
                    kind: k,
                    from: e.date,
                    from_quote: e.quote.clone(),
                    from_administrative: administrative,
                    ended_by: None,
                });
            }
        }
    }
    out.extend(open);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn detention_then_bail_after_an_earlier_conviction() {
        let t = "（2017）沪0120刑初1号 被告人张三，男，1975年4月16日出生，汉族，2012年4月20日因犯盗窃罪被判处有期徒刑六个月，2012年9月5日刑满释放。因涉嫌犯盗窃罪于2017年8月18日被刑事拘留，同年8月22日转取保候审。 辩护人李四，律师。 公诉机关指控：";
        let ds = read(t);
        assert_eq!(ds.len(), 1);
        let d = &ds[0];
        assert_eq!(d.name.text, "张三");
        assert_eq!(d.sex.as_ref().unwrap().text, "男");
        assert_eq!(d.date_of_birth.as_ref().unwrap().0, date(1975, 4, 16));
        let ps = periods(&d.events);
        assert_eq!(ps.len(), 2);
        assert_eq!(ps[0].kind, EventKind::Detention);
        assert_eq!(ps[0].from, date(2017, 8, 18));
        assert_eq!(ps[0].ended_by.as_ref().unwrap().0, date(2017, 8, 22));
        assert_eq!(ps[1].kind, EventKind::Bail);
    }

    #[test]
    fn detention_the_next_day_and_arrest_are_one_period() {
        let t = "被告人李书桃，女，1964年4月14日出生，住湖南省。因本案于2017年12月30日被羁押，次日被刑事拘留，2018年1月11日被逮捕。现押于广州市第一看守所。 指定辩护人郑某。 公诉机关以";
        let d = &read(t)[0];
        let ps = periods(&d.events);
        assert_eq!(ps.len(), 1);
        assert_eq!(ps[0].from, date(2017, 12, 30));
        assert!(ps[0].ended_by.is_none());
        assert!(d.in_custody_now.is_some());
    }
}

#[cfg(test)]
mod phrase_tests {
    use super::*;
    use jiff::civil::date;

    fn periods_of(t: &str) -> Vec<Period> {
        periods(&read(t)[0].events)
    }

    #[test]
    fn zhixing_daibu_replaces_the_day_of_the_decision() {
        // 同年4月6日经本院批准对其逮捕，4月13日由定远县公安局执行逮捕
        let t = "被告人林某某，男。2015年11月3日被定远县公安局刑事拘留，同年11月26日被定远县公安局取保候审，2016年1月5日被定远县人民检察院取保候审，同年4月6日经本院批准对其逮捕，4月13日由定远县公安局执行逮捕。现羁押于定远县看守所。 辩护人陈某。";
        let ps = periods_of(t);
        assert_eq!(ps.len(), 3);
        assert_eq!(ps[2].from, date(2016, 4, 13));
    }

    /// Corpus line 231: 现因涉嫌盗窃一案于…被刑事拘留 is the defendant's
    /// history, not the prosecution's statement (…一案) that ends the parties.
    #[test]
    fn shexian_yi_an_in_the_paragraph_does_not_end_the_parties() {
        let t = "格刑初字第117号 公诉机关格尔木市人民检察院。 被告人阿五十四，曾用名阿得林，男，藏族，1979年11月14日出生。现因涉嫌盗窃一案于2014年1月25日被格尔木市公安局刑事拘留，同年2月28日被依法逮捕。现羁押于格尔木市公安局看守所。 格尔木市人民检察院以格检刑诉（2014）84号起诉书指控被告人阿五十四犯盗窃罪";
        let ds = read(t);
        assert_eq!(ds.len(), 1);
        assert_eq!(ds[0].name.text, "阿五十四");
        let ps = periods(&ds[0].events);
        assert_eq!(ps[0].from, date(2014, 1, 25));
    }

    #[test]
    fn zhixing_xingshi_juliu_replaces_the_day_it_was_announced() {
        // （2014）丽云刑初字第116号 (corpus line 211): 宣布刑事拘留 is the
        // decision, 执行刑事拘留 the day custody began.
        let t = "被告人金某。因本案，于2014年3月24日被云和县公安局宣布刑事拘留，于同年3月25日被执行刑事拘留，同年4月30日被依法逮捕，同年8月4日经云和县人民检察院决定，被变更强制措施为取保候审，于同年9月5日经本院决定被依法逮捕，现羁押于云和县看守所。 辩护人程翔龙。";
        let ps = periods_of(t);
        assert_eq!(ps[0].from, date(2014, 3, 25), "{ps:?}");
        assert_eq!(ps[0].kind, EventKind::Detention);
        assert_eq!(ps.len(), 3, "{ps:?}");
        // 陈某甲 of the same judgment: 决定刑事拘留 on 3月27日, executed 5月5日.
        let t = "被告人陈某甲。因本案，于2014年3月27日被云和县公安局决定刑事拘留，同年5月5日被执行刑事拘留，同年6月10日被依法逮捕，同年8月4日经云和县人民检察院决定，被变更强制措施为取保候审，于同年9月5日经本院决定被依法逮捕，现羁押于云和县看守所。 辩护人洪汝逢。";
        let ps = periods_of(t);
        assert_eq!(ps[0].from, date(2014, 5, 5), "{ps:?}");
    }

    #[test]
    fn zhian_juliu_for_drug_use_is_administrative_detention_for_another_matter() {
        // （2017）赣0203刑初355号 (corpus line 409): 治安拘留 (治安管理处罚法) is administrative
        // detention; for drug use it is another matter, not custody for
        // this case, whose custody begins with 刑事拘留.
        let t = "被告人赵志刚，男，1993年5月30日出生于江西省浮梁县。2017年3月28日因吸食毒品被景德镇市公安局昌江分局治安拘留十五日。因涉嫌犯容留他人吸毒罪，于2017年4月26日被景德镇市公安局珠山分局刑事拘留，同年5月5日被执行逮捕。现羁押于景德镇市看守所。 景德镇市珠山区人民检察院以";
        let ps = periods_of(t);
        assert_eq!(ps.len(), 1, "{ps:?}");
        assert_eq!(ps[0].from, date(2017, 4, 26));
    }

    #[test]
    fn a_detention_decided_while_at_large_is_no_custody() {
        // 经福鼎市公安局决定刑事拘留（在逃）；2015年7月8日被抓获
        let t = "被告人周月玲，女。因涉嫌犯非法吸收公众存款罪于2012年4月25日被福鼎市公安局取保候审；2013年5月2日，因传唤不到案，经福鼎市公安局决定刑事拘留（在逃）；2015年7月8日被抓获，同日被刑事拘留；同年8月7日经福鼎市人民检察院批准，同日由福鼎市公安局执行逮捕。 福鼎市人民检察院以";
        let ps = periods_of(t);
        assert_eq!(ps.last().unwrap().from, date(2015, 7, 8));
        assert_eq!(ps.last().unwrap().kind, EventKind::Detention);
        assert!(ps.iter().all(|p| p.from != date(2013, 5, 2)));
    }

    #[test]
    fn administrative_detention_after_this_case_named_earlier_in_the_sentence_is_custody() {
        let t = "刑事判决书 被告人刘某，男，1985年12月14日出生。又因本案于2016年6月25日被抓获，次日被处行政拘留十五日，同年7月11日被刑事拘留。现羁押。 本院审理一案";
        let ds = read(t);
        let ps = periods(&ds[0].events);
        assert_eq!(ps.len(), 1, "{ps:?}");
        assert_eq!(ps[0].from, date(2016, 6, 25));
        assert!(ps[0].ended_by.is_none());
    }

    #[test]
    fn a_longer_role_in_brackets_opens_a_defendants_paragraph() {
        let t = "刑事判决书 上诉人（原审被告人暨公益诉讼被告）严国平，男，1967年3月8日生，汉族。因本案于2018年5月7日被刑事拘留，同年5月22日被逮捕。 辩护人刘丽萍。 本院审理一案";
        let ds = read(t);
        assert_eq!(ds.len(), 1);
        assert_eq!(ds[0].name.text, "严国平");
    }

    #[test]
    fn administrative_detention_for_drug_use_ends_the_capture() {
        // 2017年2月21日因本案被捉获，次日因吸毒被处行政拘留十日，同年3月4日被刑事拘留
        let t = "被告人朱帅，男。2017年2月21日因本案被捉获，次日因吸毒被处行政拘留十日，同年3月4日被刑事拘留，同月18日被逮捕，现押于重庆市渝中区看守所。 重庆市渝中区人民检察院以";
        let ps = periods_of(t);
        assert_eq!(ps.len(), 2);
        assert_eq!(ps[0].from, date(2017, 2, 21));
        let (end, _, kind) = ps[0].ended_by.clone().unwrap();
        assert_eq!((end, kind), (date(2017, 2, 22), EventKind::OtherDetention));
        assert_eq!(ps[1].from, date(2017, 3, 4));
    }

    #[test]
    fn liuzhi_panwen_begins_custody() {
        // 于2014年6月11日被重庆市江津区公安局留置盘问，次日被刑事拘留
        let t = "被告人杜某某，男。因涉嫌犯抢劫罪，于2014年6月11日被重庆市江津区公安局留置盘问，次日被刑事拘留，同年7月18日被逮捕。现押于重庆市江津区看守所。 辩护人李某。";
        let ps = periods_of(t);
        assert_eq!(ps.len(), 1);
        assert_eq!(ps[0].from, date(2014, 6, 11));
    }
}
