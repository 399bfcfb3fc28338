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
            let c = citation_zh(r.citation).unwrap_or(r.citation);
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
        Lang::Zh => citation_zh(r.citation).unwrap_or(r.citation),
    }
}

/// The Chinese form of an English citation (`CL 69 ¶1 (Amendment VIII text)` →
/// `《刑法》第六十九条第一款（《刑法修正案（八）》文本）`). Keyed by the English
/// citation, which several rules share; a test checks that every rule has one.
///
/// Abbreviations (docs/i18n.md): 《减刑假释规定》（2016） is 最高人民法院《关于办理
/// 减刑、假释案件具体应用法律的规定》; 《减刑假释补充规定》（2019） its 2019
/// supplement; 《财产刑规定》（2000） 最高人民法院《关于适用财产刑若干问题的规定》;
/// 《修八时间效力解释》 and 《修九时间效力解释》 the SPC interpretations on the
/// temporal effect of Amendments VIII and IX.
pub fn citation_zh(citation: &str) -> Option<&'static str> {
    Some(match citation {
        "CL 38 ¶1" => "《刑法》第三十八条第一款",
        "CL 383 ¶4; SPC-2016 art. 15" => {
            "《刑法》第三百八十三条第四款；《减刑假释规定》（2016）第十五条"
        }
        "CL 41" => "《刑法》第四十一条",
        "CL 41, 44, 47 (先行羁押)" => "《刑法》第四十一条、第四十四条、第四十七条（先行羁押）",
        "CL 41, 44, 47" => "《刑法》第四十一条、第四十四条、第四十七条",
        "CL 42" => "《刑法》第四十二条",
        "CL 44" => "《刑法》第四十四条",
        "CL 45" => "《刑法》第四十五条",
        "CL 47" => "《刑法》第四十七条",
        "CL 50 (1997 text)" => "《刑法》第五十条（1997年文本）",
        "CL 50 ¶1 (Amendment VIII text); CL 51" => {
            "《刑法》第五十条第一款（《刑法修正案（八）》文本）；《刑法》第五十一条"
        }
        "CL 50 ¶1" => "《刑法》第五十条第一款",
        "CL 51" => "《刑法》第五十一条",
        "CL 55 ¶1" => "《刑法》第五十五条第一款",
        "CL 55 ¶2" => "《刑法》第五十五条第二款",
        "CL 57 ¶1" => "《刑法》第五十七条第一款",
        "CL 57 ¶2; SPC-2016 art. 17 ¶2" => {
            "《刑法》第五十七条第二款；《减刑假释规定》（2016）第十七条第二款"
        }
        "CL 58 ¶1" => "《刑法》第五十八条第一款",
        "CL 69 (before Amendment IX)" => "《刑法》第六十九条（《刑法修正案（九）》以前）",
        "CL 69 ¶1 (1997 text)" => "《刑法》第六十九条第一款（1997年文本）",
        "CL 69 ¶1 (Amendment VIII text)" => "《刑法》第六十九条第一款（《刑法修正案（八）》文本）",
        "CL 69 ¶1" => "《刑法》第六十九条第一款",
        "CL 69 ¶2 (1997 text)" => "《刑法》第六十九条第二款（1997年文本）",
        "CL 69 ¶2 (Amendment IX); SPC-2015T art. 3" => {
            "《刑法》第六十九条第二款（《刑法修正案（九）》）；《修九时间效力解释》第三条"
        }
        "CL 69 ¶3 (Amendment VIII wording)" => {
            "《刑法》第六十九条第三款（《刑法修正案（八）》文本）"
        }
        "CL 69 ¶3; CL 55" => "《刑法》第六十九条第三款；《刑法》第五十五条",
        "CL 70" => "《刑法》第七十条",
        "CL 71" => "《刑法》第七十一条",
        "CL 78 ¶2 (1)" => "《刑法》第七十八条第二款第（一）项",
        "CL 78 ¶2 (1997 text); SPC-2011T art. 7" => {
            "《刑法》第七十八条第二款（1997年文本）；《修八时间效力解释》第七条"
        }
        "CL 78 ¶2 (2) (Amendment VIII text)" => {
            "《刑法》第七十八条第二款第（二）项（《刑法修正案（八）》文本）"
        }
        "CL 78 ¶2 (3)" => "《刑法》第七十八条第二款第（三）项",
        "CL 80" => "《刑法》第八十条",
        "CL 81 ¶1 (1997 text); SPC-2011T art. 7" => {
            "《刑法》第八十一条第一款（1997年文本）；《修八时间效力解释》第七条"
        }
        "CL 81 ¶1 (Amendment VIII text); SPC-2016 art. 23 ¶2" => {
            "《刑法》第八十一条第一款（《刑法修正案（八）》文本）；《减刑假释规定》（2016）第二十三条第二款"
        }
        "CL 81 ¶1; SPC-2016 art. 23 ¶1" => {
            "《刑法》第八十一条第一款；《减刑假释规定》（2016）第二十三条第一款"
        }
        "CL 81 ¶2 (1997 text); SPC-2011T art. 8" => {
            "《刑法》第八十一条第二款（1997年文本）；《修八时间效力解释》第八条"
        }
        "CL 81 ¶2" => "《刑法》第八十一条第二款",
        "CL 81 ¶2; SPC-2016 art. 25" => {
            "《刑法》第八十一条第二款；《减刑假释规定》（2016）第二十五条"
        }
        "Criminal Procedure Law (art. 230 of the 2018 text?)" => {
            "《刑事诉讼法》（2018年文本第二百三十条？）"
        }
        "Criminal Procedure Law (art. 244 of the 2018 text?)" => {
            "《刑事诉讼法》（2018年文本第二百四十四条？）"
        }
        "Criminal Procedure Law (art. 76 of the 2018 text?)" => {
            "《刑事诉讼法》（2018年文本第七十六条？）"
        }
        "SPC-2000 art. 3 ¶1" => "《财产刑规定》（2000）第三条第一款",
        "SPC-2000 art. 3 ¶2" => "《财产刑规定》（2000）第三条第二款",
        "SPC-2011T art. 6" => "《修八时间效力解释》第六条",
        "SPC-2016 art. 10, 11" => "《减刑假释规定》（2016）第十条、第十一条",
        "SPC-2016 art. 12" => "《减刑假释规定》（2016）第十二条",
        "SPC-2016 art. 13" => "《减刑假释规定》（2016）第十三条",
        "SPC-2016 art. 16" => "《减刑假释规定》（2016）第十六条",
        "SPC-2016 art. 23 ¶3" => "《减刑假释规定》（2016）第二十三条第三款",
        "SPC-2016 art. 27" => "《减刑假释规定》（2016）第二十七条",
        "SPC-2016 art. 28" => "《减刑假释规定》（2016）第二十八条",
        "SPC-2016 art. 40" => "《减刑假释规定》（2016）第四十条",
        "SPC-2016 art. 6 ¶1" => "《减刑假释规定》（2016）第六条第一款",
        "SPC-2016 art. 6 ¶2–3" => "《减刑假释规定》（2016）第六条第二款、第三款",
        "SPC-2016 art. 7" => "《减刑假释规定》（2016）第七条",
        "SPC-2016 art. 8" => "《减刑假释规定》（2016）第八条",
        "SPC-2016 art. 8–11" => "《减刑假释规定》（2016）第八条至第十一条",
        "SPC-2016 art. 9" => "《减刑假释规定》（2016）第九条",
        "SPC-2019 art. 2–4" => "《减刑假释补充规定》（2019）第二条至第四条",
        "Supervision Law 2018 (art. 44?)" => "《监察法》（2018）（第四十四条？）",
        "case file (`final:`)" => "案件文件（`final:`）",
        "case file (`released:`, `paroled:`)" => "案件文件（`released:`、`paroled:`）",
        _ => return None,
    })
}
