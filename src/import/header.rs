//! The head and foot of a judgment: the court, the case number, the kind of
//! judgment, and the date at the end (二〇一八年六月十二日).

use super::text::{Quote, dates_in};
use jiff::civil::Date;

/// First instance or appeal, as the case number and the operative part say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 刑初: first instance.
    FirstInstance,
    /// 刑终 with 驳回上诉，维持原判: the appeal upheld the judgment.
    AppealUpheld,
    /// 刑终 that changed the judgment (改判, 撤销…).
    AppealChanged,
    /// 刑再 and other numbers: retrial and the rest.
    Other,
}

impl Kind {
    /// How the kind is named in provenance notes.
    pub fn id(self) -> &'static str {
        match self {
            Kind::FirstInstance => "first-instance",
            Kind::AppealUpheld => "appeal-upheld",
            Kind::AppealChanged => "appeal-changed",
            Kind::Other => "other",
        }
    }
}

/// What the head and foot of the judgment say.
#[derive(Debug, Clone)]
pub struct Header {
    pub court: Option<Quote>,
    pub case_number: Option<Quote>,
    pub kind: Kind,
    /// The phrase that settled the kind (the case number's 刑初/刑终, or 维持原判).
    pub kind_quote: Option<Quote>,
    pub date: Option<(Date, Quote)>,
}

const OPEN: [char; 2] = ['（', '('];
const CLOSE: [char; 2] = ['）', ')'];

/// The first case number of a criminal case: （2018）苏0482刑初260号.
fn case_number(text: &str) -> Option<Quote> {
    without_year(text).or_else(|| with_year(text))
}

/// A case number written without its year right after the title
/// (刑事判决书 格刑初字第117号): the word after 刑事判决书, ending in 号 and
/// naming 刑. The year form found later in the text would be another
/// judgment's number.
fn without_year(text: &str) -> Option<Quote> {
    let title = text.find("刑事判决书")? + "刑事判决书".len();
    let rest = text.get(title..)?;
    let lead = rest.len() - rest.trim_start().len();
    let word = rest.trim_start();
    let len = word.find(char::is_whitespace).unwrap_or(word.len());
    let number = word.get(..len)?;
    let ok = number.ends_with('号')
        && number.contains('刑')
        && number.chars().count() <= 30
        && !number.starts_with(OPEN)
        && !number.contains(['，', '。', '：']);
    ok.then(|| Quote::of(text, title + lead, title + lead + len))
        .flatten()
}

/// The first `（YYYY）…刑…号`.
fn with_year(text: &str) -> Option<Quote> {
    for (i, c) in text.char_indices() {
        if !OPEN.contains(&c) {
            continue;
        }
        let rest = text.get(i + c.len_utf8()..)?;
        let mut chars = rest.char_indices();
        let year_ok = (0..4).all(|_| chars.next().is_some_and(|(_, d)| d.is_ascii_digit()));
        let Some((ci, close)) = chars.next() else {
            continue;
        };
        if !year_ok || !CLOSE.contains(&close) {
            continue;
        }
        let after = rest.get(ci + close.len_utf8()..)?;
        // Up to 号 within a short run without spaces or punctuation.
        let mut end = None;
        for (j, d) in after.char_indices() {
            if j > 60 || d.is_whitespace() || "，。；、（(".contains(d) {
                break;
            }
            if d == '号' {
                end = Some(j + d.len_utf8());
                break;
            }
        }
        let Some(end) = end else { continue };
        let body = after.get(..end)?;
        if !body.contains('刑') {
            continue;
        }
        let total = c.len_utf8() + ci + close.len_utf8() + end;
        return Quote::of(text, i, i + total);
    }
    None
}

/// The court: the last word ending in 法院 before the case number.
fn court(text: &str, before: usize) -> Option<Quote> {
    let head = text.get(..before)?;
    let mut best = None;
    let mut start = 0;
    for (i, c) in head.char_indices() {
        if c.is_whitespace() {
            start = i + c.len_utf8();
            continue;
        }
        if c == '院' && head.get(..i + 3).is_some_and(|h| h.ends_with("法院")) {
            best = Quote::of(text, start, i + c.len_utf8());
        }
    }
    best
}

/// The judgment's date: the last date written in Chinese numerals before
/// 书记员 (the clerk signs after it).
fn judgment_date(text: &str) -> Option<(Date, Quote)> {
    let end = text.rfind("书记员").unwrap_or(text.len());
    let foot = text.get(..end)?;
    dates_in(foot)
        .into_iter()
        .rfind(|m| {
            m.is_absolute()
                && foot
                    .get(m.start..m.end)
                    .and_then(|s| s.chars().next())
                    .is_some_and(|c| !c.is_ascii_digit())
        })
        .and_then(|m| Some((m.resolve(None)?, Quote::of(text, m.start, m.end)?)))
}

/// Reads the head and foot of `text`.
pub fn read(text: &str, operative: Option<&str>) -> Header {
    let case_number = case_number(text);
    let court = case_number.as_ref().and_then(|n| court(text, n.at));
    let (mut kind, mut kind_quote) = (Kind::Other, case_number.clone());
    if let Some(n) = &case_number {
        // 刑初, 刑一初字, 刑速初字: first instance; 刑终, 刑二终字: appeal;
        // 刑再, 刑重 (retrial) and the rest are not read.
        let after_xing = n.text.split_once('刑').map_or("", |(_, r)| r);
        let retrial = after_xing.contains('再') || after_xing.contains('重');
        if !retrial && after_xing.contains('初') {
            kind = Kind::FirstInstance;
        } else if !retrial && after_xing.contains('终') {
            kind = Kind::AppealChanged;
            if let Some(op) = operative {
                for phrase in ["驳回上诉，维持原判", "驳回上诉、维持原判", "维持原判"]
                {
                    if let Some(i) = text.find(phrase)
                        && op.contains(phrase)
                    {
                        kind = Kind::AppealUpheld;
                        kind_quote = Quote::of(text, i, i + phrase.len());
                        break;
                    }
                }
            }
        }
    }
    Header {
        court,
        case_number,
        kind,
        kind_quote,
        date: judgment_date(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const HEAD: &str = "董宝海贩卖毒品罪一审刑事判决书 山东省济南市天桥区人民法院 刑事判决书 （2016）鲁0105刑初478号 公诉机关济南市天桥区人民检察院。 判决如下： …… 审判长王勇 二〇一六年十二月七日 书记员金培 附：2016年1月1日";

    /// Corpus line 231: the number is written without its year (格刑初字第117号);
    /// the first year form in the text is an earlier judgment's.
    #[test]
    fn case_number_without_its_year_after_the_title() {
        let t = "青海省格尔木市人民法院 刑事判决书 格刑初字第117号 公诉机关格尔木市人民检察院。 被告人阿五十四，男。又因犯盗窃罪（2011）格刑初字第164号… 审判员李文萍 二〇一四年六月六日 书记员荣婧";
        let h = read(t, None);
        assert_eq!(h.case_number.unwrap().text, "格刑初字第117号");
        assert_eq!(h.court.unwrap().text, "青海省格尔木市人民法院");
        assert_eq!(h.kind, Kind::FirstInstance);
    }

    #[test]
    fn court_case_number_and_date_of_a_first_instance_judgment() {
        let h = read(HEAD, None);
        assert_eq!(h.court.unwrap().text, "山东省济南市天桥区人民法院");
        assert_eq!(h.case_number.unwrap().text, "（2016）鲁0105刑初478号");
        assert_eq!(h.kind, Kind::FirstInstance);
        let (d, q) = h.date.unwrap();
        assert_eq!(d, date(2016, 12, 7));
        assert_eq!(&HEAD[q.at..q.end()], "二〇一六年十二月七日");
    }
}
