//! The categories of crime that the parole and commutation rules name,
//! derived from the article of the Criminal Law a count cites. A case file
//! can override them with `categories:` on the count.

use crate::case::{Category, Count};
use crate::law::rule::{Rule, Verification};

/// The closed list of CL 81 ¶2 / CL 50 ¶2 (Amendment VIII).
pub static LISTED_VIOLENT_CRIMES: Rule = Rule {
    id: "cn.cl81.2.listed-crimes",
    citation: "CL 81 ¶2, 50 ¶2 (Amendment VIII text)",
    in_force_from: super::versions::A8_IN_FORCE,
    in_force_until: None,
    summary: "the crimes named are closed: intentional homicide (232), rape (236, not 236-1), robbery (263), kidnapping (239), arson, explosion and spreading dangerous substances (114, 115; not flooding or other dangerous means), and organised violent crime (set in the file)",
    verification: Verification::Statute("criminal-law-consolidated.md art. 50 ¶2, 81 ¶2"),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[&LISTED_VIOLENT_CRIMES];

/// CL 81 ¶2 (and CL 50 ¶2) name, in the Amendment VIII text, a closed list:
/// 故意杀人 (232), 强奸 (236), 抢劫 (263), 绑架 (239), and 放火、爆炸、投放危险物质
/// (114, 115) or organised violent crime. Articles 114 and 115 also punish
/// 决水 and "other dangerous means", which the list does not name: for them
/// the offence's name decides ([`named_in_the_list`]). An article with a
/// suffix (236-1, 236之一: sexual relations with a ward) is another article.
/// "Organised violent crime" has no single article: set it in the file.
const VIOLENT: &[u32] = &[232, 236, 239, 263];

/// Articles 114 and 115: listed only for arson, explosion and spreading
/// dangerous substances.
const DANGEROUS_MEANS: &[u32] = &[114, 115];

/// The names of arson, explosion and spreading dangerous substances (投毒
/// before Amendment III), in English and Chinese.
const LISTED_114_115: &[&str] = &[
    "arson",
    "explosion",
    "dangerous substance",
    "poison",
    "放火",
    "爆炸",
    "投放危险物质",
    "投毒",
];

/// True when the offence named under CL 114/115 is one of the listed ones
/// (not 决水 / flooding, not 以危险方法危害公共安全 / other dangerous means).
pub fn named_in_the_list(count: &Count) -> bool {
    let en = count.offence.to_lowercase();
    let zh = count.native_offence.as_deref().unwrap_or("");
    LISTED_114_115
        .iter()
        .any(|n| en.contains(n) || zh.contains(n))
}

/// The articles a citation names, with whether each carries a suffix
/// (`236-1`, `236之一`: a separate article inserted after 236). A number
/// right after a dash is the suffix itself, not an article.
fn articles_with_suffix(text: &str) -> Vec<(u32, bool)> {
    let digits_len = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let from = rest.get(start..).unwrap_or("");
        let len = digits_len(from);
        let tail = from.get(len..).unwrap_or("");
        let dash_suffix = tail
            .strip_prefix('-')
            .filter(|t| t.starts_with(|c: char| c.is_ascii_digit()));
        let suffixed = dash_suffix.is_some() || tail.starts_with('之') || tail.starts_with("条之");
        if let Ok(n) = from.get(..len).unwrap_or("").parse::<u32>() {
            out.push((n, suffixed));
        }
        // The digits of a dash suffix are not an article.
        rest = match dash_suffix {
            Some(t) => t.get(digits_len(t)..).unwrap_or(""),
            None => tail,
        };
    }
    out
}

/// The categories of one count: the override if the file sets one, else
/// what its article numbers give.
pub fn categories(count: &Count) -> Vec<Category> {
    if let Some(o) = &count.categories_override {
        let mut v = o.clone();
        v.sort();
        v.dedup();
        return v;
    }
    let mut out = Vec::new();
    for n in count
        .article
        .iter()
        .flat_map(|a| a.value.numbers.iter().copied())
    {
        if (382..=396).contains(&n) {
            out.push(Category::Graft);
            out.push(Category::JobRelated);
        }
        if (397..=419).contains(&n) {
            out.push(Category::JobRelated);
        }
        if (170..=200).contains(&n) {
            out.push(Category::Financial);
        }
        if n == 294 {
            out.push(Category::OrganisedCrime);
        }
        if (102..=113).contains(&n) {
            out.push(Category::StateSecurity);
        }
        if n == 120 {
            out.push(Category::Terrorism);
        }
    }
    if let Some(a) = &count.article {
        for (n, suffixed) in articles_with_suffix(&a.value.text) {
            let listed = !suffixed
                && (VIOLENT.contains(&n)
                    || (DANGEROUS_MEANS.contains(&n) && named_in_the_list(count)));
            if listed {
                out.push(Category::Violent);
            }
        }
    }
    out.sort();
    out.dedup();
    out
}
