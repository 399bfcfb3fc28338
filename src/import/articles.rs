//! The articles of the Criminal Law a judgment cites (依照《中华人民共和国刑法》
//! 第二百六十四条、第六十七条第三款…之规定). Only the special part (articles
//! 102 and after) names offences; when the judgment cites exactly one of
//! them, a single count is given that article.

use super::text::Quote;

/// A Chinese numeral up to the thousands (二百六十四, 一百二十, 十七) or Arabic digits.
fn number(s: &str) -> Option<u32> {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()) {
        return s.parse().ok();
    }
    let mut total = 0u32;
    let mut pending: Option<u32> = None;
    for c in s.chars() {
        let unit = match c {
            '千' => 1000,
            '百' => 100,
            '十' => 10,
            _ => {
                let d = match c {
                    '零' | '〇' => 0,
                    '一' => 1,
                    '二' | '两' => 2,
                    '三' => 3,
                    '四' => 4,
                    '五' => 5,
                    '六' => 6,
                    '七' => 7,
                    '八' => 8,
                    '九' => 9,
                    _ => return None,
                };
                pending = Some(d);
                continue;
            }
        };
        total = total.checked_add(pending.take().unwrap_or(1) * unit)?;
    }
    total.checked_add(pending.unwrap_or(0))
}

/// An article cited: its number, 之一 / 之二 suffix, and the phrase.
#[derive(Debug, Clone)]
pub struct Cited {
    pub number: u32,
    pub sub: Option<u32>,
    pub quote: Quote,
}

impl Cited {
    /// As the case format writes it: `CL 264`, `CL 120-1`.
    pub fn case_format(&self) -> String {
        match self.sub {
            Some(n) => format!("CL {}-{n}", self.number),
            None => format!("CL {}", self.number),
        }
    }
}

/// The Criminal Law articles cited in the last 依照…判决如下 passage.
pub fn cited(text: &str) -> Vec<Cited> {
    let mut out = Vec::new();
    let Some(end) = text.find("判决如下") else {
        return out;
    };
    let Some(head) = text.get(..end) else {
        return out;
    };
    let Some(law) = head.rfind("《中华人民共和国刑法》") else {
        return out;
    };
    let start = law + "《中华人民共和国刑法》".len();
    let Some(body) = text.get(start..end) else {
        return out;
    };
    // Up to the next law named (《…》) or the end of the citation.
    let stop = ["《", "之规定", "的规定", "判决如下"]
        .iter()
        .filter_map(|w| body.find(w))
        .min()
        .unwrap_or(body.len());
    let Some(body) = body.get(..stop) else {
        return out;
    };
    for (i, _) in body.match_indices('第') {
        let rest = body.get(i + '第'.len_utf8()..).unwrap_or("");
        let Some(j) = rest.find('条') else { continue };
        let Some(n) = rest.get(..j).and_then(number) else {
            continue;
        };
        let mut len = '第'.len_utf8() + j + '条'.len_utf8();
        let after = rest.get(j + '条'.len_utf8()..).unwrap_or("");
        let sub = after.strip_prefix('之').and_then(|a| {
            let k = a.char_indices().next().map(|(_, c)| c.len_utf8())?;
            let v = number(a.get(..k)?)?;
            len += '之'.len_utf8() + k;
            Some(v)
        });
        if let Some(quote) = Quote::of(text, start + i, start + i + len) {
            out.push(Cited {
                number: n,
                sub,
                quote,
            });
        }
    }
    out
}

/// The one special-part article cited, if there is exactly one.
pub fn single_offence_article(text: &str) -> Option<Cited> {
    let mut special: Vec<Cited> = cited(text)
        .into_iter()
        .filter(|c| c.number >= 102)
        .collect();
    special.dedup_by(|a, b| a.number == b.number && a.sub == b.sub);
    let first = special.first()?;
    if special
        .iter()
        .all(|c| c.number == first.number && c.sub == first.sub)
    {
        special.into_iter().next()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_article_numbers() {
        assert_eq!(number("二百六十四"), Some(264));
        assert_eq!(number("一百二十"), Some(120));
        assert_eq!(number("十七"), Some(17));
        assert_eq!(number("六十七"), Some(67));
        assert_eq!(number("三百零三"), Some(303));
        assert_eq!(number(&"千".repeat(5_000_000)), None);
    }

    #[test]
    fn the_one_special_part_article_of_a_citation() {
        let t = "依照《中华人民共和国刑法》第二百六十四条、第六十七条第三款、第五十二条之规定，判决如下：";
        let c = single_offence_article(t).unwrap();
        assert_eq!(c.case_format(), "CL 264");
        assert_eq!(c.quote.text, "第二百六十四条");
        let t = "依照《中华人民共和国刑法》第一百二十条之一第一款、第六十四条之规定，判决如下：";
        assert_eq!(single_offence_article(t).unwrap().case_format(), "CL 120-1");
        let t = "依照《中华人民共和国刑法》第二百六十四条、第二百三十四条之规定，判决如下：";
        assert!(single_offence_article(t).is_none());
    }
}
