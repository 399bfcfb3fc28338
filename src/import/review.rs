//! Appeals (刑终) and retrials (刑再, 刑重) that state the new sentence in full:
//! the operative part's items that revoke or uphold the earlier judgment
//! (一、撤销…刑事判决，即被告人某犯…罪，判处…) quote the old sentence, which is
//! not this judgment's. They are blanked (same byte length, so positions stay
//! true) before the operative part is read; the item that sentences anew is
//! read like a first-instance clause. An item that upholds part of the old
//! penalty (维持…罚金部分) leaves the sentence incomplete: it is refused,
//! unless it upholds only the fine and quotes it (维持…罚金部分，即被告人王某
//! 犯贩卖毒品罪，并处罚金人民币10000元): that fine is read from the quote
//! ([`upheld_fines`]) and given to the same count of the new item.

use super::operative;
use super::text::Quote;

/// Verbs that open an item about the earlier judgment rather than a sentence.
const ABOUT_EARLIER: &[&str] = &["撤销", "维持", "准许", "驳回"];

/// Words that make an upholding item keep part of the penalty.
const PENALTY_WORDS: &[&str] = &[
    "判处",
    "罚金",
    "没收",
    "剥夺",
    "有期徒刑",
    "拘役",
    "管制",
    "缓刑",
    "量刑",
];

/// The operative part with the items about the earlier judgment blanked, or
/// the quote of an item that upholds part of the earlier penalty.
pub fn mask(original: &str) -> Result<String, Quote> {
    // The judgment under review is often quoted with its own 判决如下 (原判…
    // 判决如下：被告人某犯…); this judgment's operative part is the last one.
    let mut quoted = original.to_string();
    let mark = "判决如下";
    if let Some(last) = original.rfind(mark) {
        for (i, _) in original.match_indices(mark).filter(|(i, _)| *i < last) {
            quoted.replace_range(i..i + mark.len(), &" ".repeat(mark.len()));
        }
    }
    let text = quoted.as_str();
    let Some((start, end)) = operative::range(text) else {
        return Ok(quoted);
    };
    let mut out = quoted.clone();
    for (s, e) in items(text, start, end) {
        let item = &text[s..e];
        let body = item.trim_start_matches(|c: char| {
            "一二三四五六七八九十、".contains(c) || c.is_whitespace()
        });
        if !ABOUT_EARLIER.iter().any(|v| body.starts_with(v)) {
            continue;
        }
        if body.starts_with("维持")
            && PENALTY_WORDS.iter().any(|w| body.contains(w))
            && upheld_fine(text, s, e).is_none()
        {
            // 维持…定罪部分 keeps only the conviction; anything else keeps a penalty
            // that the new item may not restate.
            let conviction_only = body.contains("定罪部分") && !body.contains("量刑");
            if !conviction_only && let Some(q) = Quote::of(text, s, e) {
                return Err(q);
            }
        }
        let blank = " ".repeat(e - s);
        out.replace_range(s..e, &blank);
    }
    Ok(out)
}

/// A fine that an appeal or retrial upholds, as its item quotes it: the
/// defendant, the offence and the amount (`人民币10000元`, at its position).
#[derive(Debug, Clone)]
pub struct UpheldFine {
    pub name: String,
    pub offence: String,
    pub fine: Quote,
}

/// The fines the operative part's items uphold, each quoted (维持…罚金部分，
/// 即被告人王某犯贩卖毒品罪，并处罚金人民币10000元). Offsets are into `original`.
pub fn upheld_fines(original: &str) -> Vec<UpheldFine> {
    let Some((start, end)) = original
        .rfind("判决如下")
        .and_then(|last| operative::range(&original[last..]).map(|(s, e)| (last + s, last + e)))
    else {
        return Vec::new();
    };
    items(original, start, end)
        .into_iter()
        .filter_map(|(s, e)| upheld_fine(original, s, e))
        .collect()
}

/// An item `text[s..e]` that upholds only the fine of the earlier judgment
/// and quotes it after 即: no other penalty is named in the item.
fn upheld_fine(text: &str, s: usize, e: usize) -> Option<UpheldFine> {
    let item = text.get(s..e)?;
    let body = item
        .trim_start_matches(|c: char| "一二三四五六七八九十、".contains(c) || c.is_whitespace());
    if !body.starts_with("维持") || !body.contains("罚金部分") {
        return None;
    }
    if PENALTY_WORDS
        .iter()
        .filter(|w| **w != "罚金")
        .any(|w| body.contains(w))
    {
        return None;
    }
    let ji = item.find("即")? + "即".len();
    let rest = &item[ji..];
    let who = rest.find("被告人")? + "被告人".len();
    let after_who = &rest[who..];
    let fan = after_who.find('犯')?;
    let name = &after_who[..fan];
    let after_fan = &after_who[fan + '犯'.len_utf8()..];
    let zui = after_fan.find('罪')? + '罪'.len_utf8();
    let offence = &after_fan[..zui];
    let fine_at = after_fan[zui..].find("罚金")? + zui + "罚金".len();
    let amount_start = s + ji + who + fan + '犯'.len_utf8() + fine_at;
    let amount = Quote::of(
        text,
        amount_start,
        operative::amount_end(text, amount_start, e),
    )?;
    if name.is_empty() || name.chars().count() > 8 || !amount.text.ends_with(['元', '币']) {
        return None;
    }
    Some(UpheldFine {
        name: name.to_string(),
        offence: offence.to_string(),
        fine: amount,
    })
}

/// The day of the first-instance judgment an appeal or retrial reviews, as
/// its text gives it: a date written in full right before 作出 and a case
/// number of a first instance (本院于2016年5月20日作出（2016）鄂0114刑初127号判决).
/// `None` when the text gives none, or two different ones.
pub fn reviewed_date(text: &str) -> Option<jiff::civil::Date> {
    let mut found = None;
    for (i, _) in text.match_indices("作出") {
        let after = text[i + "作出".len()..].trim_start();
        let number = after
            .strip_prefix('（')
            .and_then(|r| r.find('号').map(|e| &r[..e]));
        if !number.is_some_and(|n| n.contains('刑') && n.contains('初') && n.len() < 60) {
            continue;
        }
        let mut from = i.saturating_sub(40);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let Some(date) = super::text::dates_in(&text[from..i])
            .into_iter()
            .rfind(|m| m.is_absolute() && from + m.end == i)
            .and_then(|m| m.resolve(None))
        else {
            continue;
        };
        match found {
            None => found = Some(date),
            Some(d) if d == date => {}
            Some(_) => return None,
        }
    }
    found
}

/// The numbered items (一、…) of the operative part, as byte ranges.
fn items(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let op = &text[start..end];
    let mut marks = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in op.char_indices() {
        let boundary = prev.is_none_or(|p| p.is_whitespace() || "：:。；;".contains(p));
        if boundary && "一二三四五六七八九十".contains(c) {
            let n = op[i..]
                .chars()
                .take_while(|c| "一二三四五六七八九十".contains(*c))
                .count();
            if op[i..].chars().nth(n) == Some('、') {
                marks.push(start + i);
            }
        }
        prev = Some(c);
    }
    let mut out = Vec::new();
    for (k, &s) in marks.iter().enumerate() {
        let e = marks.get(k + 1).copied().unwrap_or(end);
        out.push((s, e));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_revoking_item_quoting_the_old_sentence_is_blanked() {
        let t = "判决如下： 一、撤销本院（2017）冀0921刑初329号刑事判决，即被告人岳乐犯妨害公务罪，判处有期徒刑二年； 二、被告人岳乐犯妨害公务罪，判处有期徒刑一年，缓刑一年。 如不服本判决";
        let m = mask(t).unwrap();
        assert_eq!(m.len(), t.len());
        assert!(!m.contains("二年"));
        assert!(m.contains("二、被告人岳乐犯妨害公务罪，判处有期徒刑一年，缓刑一年。"));
    }

    #[test]
    fn the_reviewed_judgments_quoted_operative_part_is_not_read() {
        let t = "原判…判决如下： 被告人岳乐犯妨害公务罪，判处有期徒刑十一个月，缓刑一年。 本院认为… 判决如下： 一、撤销本院（2017）冀0921刑初329号刑事判决； 二、被告人岳乐犯妨害公务罪，判处有期徒刑一年，缓刑一年。 如不服本判决";
        let m = mask(t).unwrap();
        assert_eq!(m.len(), t.len());
        assert_eq!(m.matches("判决如下").count(), 1);
        let (s, e) = operative::range(&m).unwrap();
        assert!(m[s..e].contains("二、被告人岳乐犯妨害公务罪，判处有期徒刑一年，缓刑一年。"));
        assert!(!m[s..e].contains("撤销"));
    }

    /// （2016）鄂0114刑再1号 (corpus line 119): the retrial upholds the
    /// fine and quotes it; the item is blanked and the fine read from the
    /// quote, for the new item's count.
    #[test]
    fn an_item_upholding_only_the_quoted_fine_gives_that_fine() {
        let t = "判决如下： 一、维持本院（2016）鄂0114刑初127号刑事判决主文中罚金部分，即被告人王某犯贩卖毒品罪，并处罚金人民币10000元（已缴纳）。 二、撤销本院刑事判决主文中有期徒刑的内容。 三、原审被告人王某犯贩卖毒品罪，判处有期徒刑二年三个月。 如不服本判决";
        let m = mask(t).unwrap();
        assert!(!m.contains("维持"));
        let f = upheld_fines(t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].name, "王某");
        assert_eq!(f[0].offence, "贩卖毒品罪");
        assert_eq!(f[0].fine.text, "人民币10000元");
        assert_eq!(&t[f[0].fine.at..f[0].fine.end()], "人民币10000元");
    }

    #[test]
    fn the_reviewed_judgments_day_is_read_before_its_case_number() {
        let t = "武汉市蔡甸区人民检察院指控原审被告人王某贩卖毒品一案，本院于2016年5月20日作出（2016）鄂0114刑初127号判决。该判决发生法律效力后，本院又于2016年12月9日作出（2016）鄂0114刑监1号再审决定";
        assert_eq!(reviewed_date(t), Some(jiff::civil::date(2016, 5, 20)));
    }

    #[test]
    fn an_item_upholding_the_principal_penalty_is_refused() {
        // （2018）豫02刑终209号 (corpus line 439): 维持…主刑部分.
        let t = "判决如下： 一、维持开封市祥符区人民法院（2018）豫0212刑初152号刑事判决中对原审被告人冯新楼的定罪和量刑的主刑部分。 二、撤销…罚金刑部分。 三、原审被告人冯新楼犯危险驾驶罪，判处有期徒刑三个月，缓刑四个月，并处罚金五万元人民币（已缴纳）。 本判决为终审判决";
        let q = mask(t).unwrap_err();
        assert!(q.text.starts_with("一、维持"));
        assert!(upheld_fines(t).is_empty());
    }

    #[test]
    fn an_item_upholding_an_unquoted_fine_is_refused() {
        let t = "判决如下： 一、维持本院刑事判决主文中罚金部分。 二、撤销本院刑事判决主文中有期徒刑的内容。 三、原审被告人王某犯贩卖毒品罪，判处有期徒刑二年三个月。 如不服本判决";
        assert!(mask(t).is_err());
        assert!(upheld_fines(t).is_empty());
    }

    #[test]
    fn an_item_upholding_only_the_conviction_is_blanked() {
        let t = "判决如下： 一、维持原判决定罪部分，即被告人梁廷国犯挪用资金罪。 二、撤销原判决量刑部分，即判处有期徒刑七年。 三、上诉人梁廷国犯挪用资金罪，判处有期徒刑五年。 本判决为终审判决";
        let m = mask(t).unwrap();
        assert!(!m.contains("七年"));
        assert!(m.contains("三、上诉人梁廷国犯挪用资金罪，判处有期徒刑五年。"));
    }
}
