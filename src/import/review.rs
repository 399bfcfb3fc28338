//! Appeals (刑终) and retrials (刑再, 刑重) that state the new sentence in full:
//! the operative part's items that revoke or uphold the earlier judgment
//! (一、撤销…刑事判决，即被告人某犯…罪，判处…) quote the old sentence, which is
//! not this judgment's. They are blanked (same byte length, so positions stay
//! true) before the operative part is read; the item that sentences anew is
//! read like a first-instance clause. An item that upholds part of the old
//! penalty (维持…罚金部分) leaves the sentence incomplete: it is refused.

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
        if body.starts_with("维持") && PENALTY_WORDS.iter().any(|w| body.contains(w)) {
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

    #[test]
    fn an_item_upholding_the_old_fine_is_refused() {
        let t = "判决如下： 一、维持本院（2016）鄂0114刑初127号刑事判决主文中罚金部分，即被告人王某犯贩卖毒品罪，并处罚金人民币10000元。 二、撤销本院刑事判决主文中有期徒刑的内容。 三、原审被告人王某犯贩卖毒品罪，判处有期徒刑二年三个月。 如不服本判决";
        let q = mask(t).unwrap_err();
        assert!(q.text.starts_with("一、维持"));
    }

    #[test]
    fn an_item_upholding_only_the_conviction_is_blanked() {
        let t = "判决如下： 一、维持原判决定罪部分，即被告人梁廷国犯挪用资金罪。 二、撤销原判决量刑部分，即判处有期徒刑七年。 三、上诉人梁廷国犯挪用资金罪，判处有期徒刑五年。 本判决为终审判决";
        let m = mask(t).unwrap();
        assert!(!m.contains("七年"));
        assert!(m.contains("三、上诉人梁廷国犯挪用资金罪，判处有期徒刑五年。"));
    }
}
