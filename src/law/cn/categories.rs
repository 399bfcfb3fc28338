//! The categories of crime that the parole and commutation rules name,
//! derived from the article of the Criminal Law a count cites. A case file
//! can override them with `categories:` on the count.

use crate::case::{Category, Count};

/// CL 81 ¶2 names intentional homicide (232), rape (236), robbery (263),
/// kidnapping (239), arson, explosion and spreading dangerous substances
/// (114, 115). "Organised violent crime" has no single article: set it in the file.
const VIOLENT: &[u32] = &[114, 115, 232, 236, 239, 263];

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
        if VIOLENT.contains(&n) {
            out.push(Category::Violent);
        }
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
    out.sort();
    out.dedup();
    out
}
