//! Rule citations in Chinese, keyed by rule id. English citations stay on
//! the [`Rule`] values; a rule without a Chinese citation here is cited in
//! English in Chinese output too (a test lists which).

use super::Lang;
use crate::law::{Rule, rule::Verification};

/// The citation of `r` in `lang`, with the unverified mark.
pub fn cite(r: &Rule, lang: Lang) -> String {
    match lang {
        Lang::En => r.cite(),
        Lang::Zh => {
            let c = citation_zh(r.id).unwrap_or(r.citation);
            match r.verification {
                Verification::Unverified(_) => format!("{c}〔未核实〕"),
                _ => c.to_string(),
            }
        }
    }
}

/// The bare citation of `r` in `lang`.
pub fn citation(r: &Rule, lang: Lang) -> &'static str {
    match lang {
        Lang::En => r.citation,
        Lang::Zh => citation_zh(r.id).unwrap_or(r.citation),
    }
}

/// The Chinese citation of the rule `id`. 《减刑假释规定》 is 最高人民法院
/// 《关于办理减刑、假释案件具体应用法律的规定》 (法释〔2016〕23号).
pub fn citation_zh(id: &str) -> Option<&'static str> {
    let c = match id {
        "" => "",
        _ => return None,
    };
    Some(c)
}
