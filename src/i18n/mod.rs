//! Messages in more than one language.
//!
//! Every user-facing text the calculator produces — step explanations,
//! findings and their hints, date events, table titles and headers — is a
//! [`Msg`]: a [`MsgId`] naming a template, and named arguments. The data
//! types live in `crate::message` (below the law); this module, above the
//! analysis, is the only place that turns them into text. The templates
//! live in one catalogue per language ([`en`], [`zh`]), each an exhaustive
//! `match` over [`MsgId`], so a message missing in one language does not
//! compile. Arguments are typed ([`Arg`]) and formatted per language: a
//! [`Term`] reads `2 years 6 months` in English and `二年六个月` in Chinese.
//!
//! Dates inside running text read `2012-09-24` in English and `2012年9月24日`
//! in Chinese; date columns of tables and every JSON date field stay ISO
//! (`2012-09-24`) in both languages.

pub mod en;
mod lang;
pub mod names;
pub mod numerals;
pub mod rules;
pub mod zh;

pub use crate::message::{Arg, Msg, MsgId, RuleRef, Sep};
use crate::penalty::{
    Confiscation, Currency, Money, PenaltyRange, PoliticalRights, Principal, ReprieveRestriction,
    Term,
};
pub use lang::Lang;
pub use numerals::chinese_number;
use std::fmt;

impl Arg {
    /// The argument as text in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match (self, lang) {
            (Arg::Text(s), _) => s.clone(),
            (Arg::Int(n), _) => n.to_string(),
            (Arg::Term(t), Lang::En) => t.to_string(),
            (Arg::Term(t), Lang::Zh) => zh_term(*t),
            (Arg::Penalty(p), Lang::En) => p.to_string(),
            (Arg::Penalty(p), Lang::Zh) => zh_principal(p),
            (Arg::Range(r), Lang::En) => r.to_string(),
            (Arg::Range(r), Lang::Zh) => zh_range(r),
            (Arg::Date(d), Lang::En) => d.to_string(),
            (Arg::Date(d), Lang::Zh) => zh_date(*d),
            (Arg::Money(m), Lang::En) => m.to_string(),
            (Arg::Money(m), Lang::Zh) => zh_money(m),
            (Arg::PoliticalRights(p), Lang::En) => p.to_string(),
            (Arg::PoliticalRights(p), Lang::Zh) => zh_political_rights(p),
            (Arg::Confiscation(c), Lang::En) => c.to_string(),
            (Arg::Confiscation(Confiscation::All), Lang::Zh) => "个人全部财产".to_string(),
            (Arg::Confiscation(Confiscation::Amount(m)), Lang::Zh) => {
                format!("个人财产{}", zh_money(m))
            }
            (Arg::Named { en, .. }, Lang::En) => en.clone(),
            (Arg::Named { en, zh }, Lang::Zh) => zh.clone().unwrap_or_else(|| en.clone()),
            (Arg::Cite(r), _) => rules::cite(r.0, lang),
            (Arg::Citation(r), _) => rules::citation(r.0, lang).to_string(),
            (Arg::Summary(r), _) => rules::summary(r.0, lang).to_string(),
            (Arg::Kind(k), _) => lang.label(kind_name(*k)),
            (Arg::UnverifiedWhy(r), lang) => {
                let en = match r.0.verification {
                    crate::law::Verification::Unverified(why) => why,
                    _ => "",
                };
                match lang {
                    Lang::En => en.to_string(),
                    Lang::Zh => rules::unverified_reason_zh(r.0.id)
                        .unwrap_or(en)
                        .to_string(),
                }
            }
            (Arg::Msg(m), _) => m.render(lang),
            (Arg::List(items, sep), _) => {
                let sep = match (sep, lang) {
                    (Sep::Plus, Lang::En) => " + ",
                    (Sep::Plus, Lang::Zh) => "＋",
                    (Sep::Comma, Lang::En) => ", ",
                    (Sep::Comma, Lang::Zh) => "、",
                    (Sep::Semicolon, Lang::En) => "; ",
                    (Sep::Semicolon, Lang::Zh) => "；",
                    (Sep::To, Lang::En) => " to ",
                    (Sep::To, Lang::Zh) => "至",
                };
                items
                    .iter()
                    .map(|a| a.render(lang))
                    .collect::<Vec<_>>()
                    .join(sep)
            }
        }
    }
}

/// English, like [`Msg`]'s `Display`.
impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl crate::finding::Severity {
    /// The name in `lang`: `error` / `错误`.
    pub fn label(self, lang: Lang) -> String {
        lang.label(self.msg_id())
    }
}

impl Msg {
    /// The message in `lang`. A placeholder without an argument renders as
    /// `{name?}`, visibly, instead of failing.
    pub fn render(&self, lang: Lang) -> String {
        substitute(lang.template(self.id), |name| {
            self.args
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, a)| a.render(lang))
        })
    }

    /// The message in English.
    pub fn en(&self) -> String {
        self.render(Lang::En)
    }
}

/// English, for logs, `Debug`-like uses and existing tests.
impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en())
    }
}

/// Serialized as its English text (JSON output renders in the chosen language
/// itself, see `render::json`).
impl serde::Serialize for Msg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.en())
    }
}

/// The `{name}` placeholders of a template, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if is_name(&after[..close]) => {
                out.push(&after[..close]);
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    out
}

fn is_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn substitute(template: &str, mut value: impl FnMut(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if is_name(&after[..close]) => {
                let name = &after[..close];
                match value(name) {
                    Some(v) => out.push_str(&v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push_str("?}");
                    }
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `二年六个月`, `十五年`, `六个月`, `十五日`; zero is `零日`.
pub fn zh_term(t: Term) -> String {
    if t.is_zero() {
        return "零日".to_string();
    }
    if t.is_over_limit() {
        return "超过一万年".to_string();
    }
    let mut out = String::new();
    if t.year_part() > 0 {
        out.push_str(&chinese_number(t.year_part().into()));
        out.push('年');
    }
    if t.month_part() > 0 {
        out.push_str(&chinese_number(t.month_part().into()));
        out.push_str("个月");
    }
    if t.day_part() > 0 {
        out.push_str(&chinese_number(t.day_part().into()));
        out.push('日');
    }
    out
}

/// A principal penalty as a judgment states it: `有期徒刑十五年`, `无期徒刑`,
/// `死刑缓期二年执行，限制减刑`, `拘役六个月`, `管制二年` — in the terms of the
/// jurisdiction being rendered ([`names::scope`]; the PRC's outside one).
pub fn zh_principal(p: &Principal) -> String {
    zh_principal_in(p, names::names(names::current()))
}

/// A principal penalty with the fixed term and life named by `n`
/// (`有期自由刑二年` for Germany, `终身监禁刑` for the US).
pub fn zh_principal_in(p: &Principal, n: names::PenaltyNames) -> String {
    match p {
        Principal::PublicSurveillance(t) => format!("管制{}", zh_term(*t)),
        Principal::CriminalDetention(t) => format!("拘役{}", zh_term(*t)),
        Principal::Imprisonment(t) => format!("{}{}", n.fixed, zh_term(*t)),
        Principal::Life => n.life.to_string(),
        Principal::DeathWithReprieve(ReprieveRestriction::None) => "死刑缓期二年执行".to_string(),
        Principal::DeathWithReprieve(ReprieveRestriction::RestrictedCommutation) => {
            "死刑缓期二年执行，限制减刑".to_string()
        }
        Principal::DeathWithReprieve(ReprieveRestriction::LifeWithoutCommutationOrParole) => {
            "死刑缓期二年执行，终身监禁".to_string()
        }
        Principal::Death => "死刑".to_string(),
        Principal::DayFine(d) => zh_day_fine(*d),
        Principal::Exempt => "免予刑事处罚".to_string(),
        Principal::SupplementaryAlone(crate::penalty::AloneKind::PoliticalRights) => {
            "单处剥夺政治权利".to_string()
        }
        Principal::SupplementaryAlone(crate::penalty::AloneKind::Fine) => "单处罚金".to_string(),
        Principal::SupplementaryAlone(crate::penalty::AloneKind::Expulsion) => {
            "驱逐出境".to_string()
        }
    }
}

/// `日额罚金90个日额，每日额50 EUR`; `日额罚金91个日额` without an amount.
pub fn zh_day_fine(d: crate::penalty::DayFine) -> String {
    match d.per_rate_money() {
        Some(m) => format!("日额罚金{}个日额，每日额{}", d.rates(), zh_money(&m)),
        None => format!("日额罚金{}个日额", d.rates()),
    }
}

/// `有期徒刑九年至二十年`, in the terms of the jurisdiction being rendered.
pub fn zh_range(r: &PenaltyRange) -> String {
    zh_range_in(r, names::names(names::current()))
}

/// A range with the fixed term and life named by `n`.
pub fn zh_range_in(r: &PenaltyRange, n: names::PenaltyNames) -> String {
    if r.min == r.max {
        return zh_principal_in(&r.min, n);
    }
    match (r.min, r.max.term()) {
        (Principal::Imprisonment(lo), Some(hi)) if r.max.kind() == r.min.kind() => {
            format!("{}{}至{}", n.fixed, zh_term(lo), zh_term(hi))
        }
        (Principal::CriminalDetention(lo), Some(hi)) if r.max.kind() == r.min.kind() => {
            format!("拘役{}至{}", zh_term(lo), zh_term(hi))
        }
        (Principal::PublicSurveillance(lo), Some(hi)) if r.max.kind() == r.min.kind() => {
            format!("管制{}至{}", zh_term(lo), zh_term(hi))
        }
        (Principal::DayFine(lo), _) if r.max.kind() == r.min.kind() => {
            let hi = r.max.day_fine().map_or(0, |d| d.rates());
            format!("日额罚金{}至{}个日额", lo.rates(), hi)
        }
        _ => format!(
            "{}至{}",
            zh_principal_in(&r.min, n),
            zh_principal_in(&r.max, n)
        ),
    }
}

/// `2012年9月24日`.
pub fn zh_date(d: jiff::civil::Date) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

/// `人民币1,000,000元` for yuan; other currencies as in English.
pub fn zh_money(m: &Money) -> String {
    if m.currency == Currency::Cny {
        let en = m.to_string();
        let amount = en.strip_suffix(" CNY").unwrap_or(&en);
        format!("人民币{amount}元")
    } else {
        m.to_string()
    }
}

/// `一年`, `终身`.
pub fn zh_political_rights(p: &PoliticalRights) -> String {
    match p {
        PoliticalRights::Term(t) => zh_term(*t),
        PoliticalRights::Life => "终身".to_string(),
    }
}

/// The name of a version of the law (by its stable id) in `lang`.
pub fn law_version_name(version: &str, en: &'static str, lang: Lang) -> String {
    let id = match version {
        "CN-CL-1997" => MsgId::LawCl1997,
        "CN-CL-A8" => MsgId::LawClA8,
        "DE-StGB-2022" => MsgId::DeLawName,
        "TW-CC-2005" => MsgId::TwLawName2005,
        "JP-PC" | "JP-PC-2025" => MsgId::JpLawName,
        "US-18USC" => MsgId::UsLawName,
        "GB-EAW-CJA2003" => MsgId::GbLawName,
        "GB-EAW-CJA2003-SDS50" => MsgId::GbLawNameSds50,
        "GB-EAW-CJA2003-PROGRESSION" => MsgId::GbLawNameProgression,
        "TW-CC-PRE2005" => MsgId::TwLawNamePre2005,
        _ => return en.to_string(),
    };
    lang.label(id)
}

/// An article as the case file writes it (`CL 399`, `CL 69 ¶1`) in Chinese:
/// `《刑法》第三百九十九条`, `《刑法》第六十九条第一款`. Other forms are kept.
pub fn article_zh(text: &str) -> String {
    let Some(rest) = text.strip_prefix("CL ") else {
        return text.to_string();
    };
    let (art, para) = match rest.split_once(" ¶") {
        Some((a, p)) => (a, Some(p)),
        None => (rest, None),
    };
    let Ok(a) = art.trim().parse::<u64>() else {
        return text.to_string();
    };
    let mut out = format!("《刑法》第{}条", chinese_number(a));
    if let Some(p) = para {
        let Ok(p) = p.trim().parse::<u64>() else {
            return text.to_string();
        };
        out.push_str(&format!("第{}款", chinese_number(p)));
    }
    out
}

/// The name of a kind of principal penalty.
pub fn kind_name(k: crate::penalty::PrincipalKind) -> MsgId {
    use crate::penalty::PrincipalKind as K;
    match k {
        K::DayFine => MsgId::KindDayFine,
        K::Exempt => MsgId::KindExempt,
        K::SupplementaryAlone => MsgId::KindSupplementaryAlone,
        K::PublicSurveillance => MsgId::KindPublicSurveillance,
        K::CriminalDetention => MsgId::KindCriminalDetention,
        K::Imprisonment => MsgId::KindImprisonment,
        K::Life => MsgId::KindLife,
        K::DeathWithReprieve => MsgId::KindDeathWithReprieve,
        K::Death => MsgId::KindDeath,
    }
}

/// The name of a combination principle.
pub fn principle_name(p: crate::analysis::Principle) -> MsgId {
    use crate::analysis::Principle;
    match p {
        Principle::SingleCount => MsgId::PrincipleSingleCount,
        Principle::Absorption => MsgId::PrincipleAbsorption,
        Principle::LimitedAggravation => MsgId::PrincipleLimitedAggravation,
        Principle::MixedKinds => MsgId::PrincipleMixedKinds,
        Principle::ConcurrentConsecutive => MsgId::PrincipleConcurrentConsecutive,
    }
}

/// A term in `lang`.
pub fn term(t: Term, lang: Lang) -> String {
    Arg::Term(t).render(lang)
}

/// A principal penalty in `lang`.
pub fn principal(p: &Principal, lang: Lang) -> String {
    Arg::Penalty(*p).render(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_in_chinese() {
        assert_eq!(zh_term(Term::new(2, 6, 0).unwrap()), "二年六个月");
        assert_eq!(zh_term(Term::years(15)), "十五年");
        assert_eq!(zh_term(Term::months(6)), "六个月");
        assert_eq!(zh_term(Term::new(1, 0, 15).unwrap()), "一年十五日");
        assert_eq!(zh_term(Term::ZERO), "零日");
    }

    #[test]
    fn principals_in_chinese() {
        assert_eq!(
            zh_principal(&Principal::Imprisonment(Term::years(15))),
            "有期徒刑十五年"
        );
        assert_eq!(zh_principal(&Principal::Life), "无期徒刑");
        assert_eq!(
            zh_principal(&Principal::DeathWithReprieve(ReprieveRestriction::None)),
            "死刑缓期二年执行"
        );
        assert_eq!(
            zh_principal(&Principal::DeathWithReprieve(
                ReprieveRestriction::RestrictedCommutation
            )),
            "死刑缓期二年执行，限制减刑"
        );
        assert_eq!(
            zh_principal(&Principal::DeathWithReprieve(
                ReprieveRestriction::LifeWithoutCommutationOrParole
            )),
            "死刑缓期二年执行，终身监禁"
        );
        assert_eq!(
            zh_principal(&Principal::CriminalDetention(Term::months(6))),
            "拘役六个月"
        );
        assert_eq!(
            zh_principal(&Principal::PublicSurveillance(Term::years(2))),
            "管制二年"
        );
        assert_eq!(zh_principal(&Principal::Death), "死刑");
        let r = PenaltyRange {
            min: Principal::Imprisonment(Term::years(9)),
            max: Principal::Imprisonment(Term::years(20)),
        };
        assert_eq!(zh_range(&r), "有期徒刑九年至二十年");
    }

    #[test]
    fn penalties_in_the_terms_of_their_jurisdiction() {
        use crate::case::JurisdictionId as J;
        use crate::penalty::DayFine;
        let zh = |j: J, p: Principal| names::scope(j, || Arg::Penalty(p).render(Lang::Zh));
        let en = |j: J, p: Principal| names::scope(j, || Arg::Penalty(p).render(Lang::En));
        let two = Principal::Imprisonment(Term::new(2, 6, 0).unwrap());
        // The PRC and Taiwan: unchanged (Taiwan's Criminal Code art. 33 uses the same words).
        assert_eq!(zh(J::Cn, two), "有期徒刑二年六个月");
        assert_eq!(zh(J::Cn, Principal::Life), "无期徒刑");
        assert_eq!(zh(J::Tw, two), "有期徒刑二年六个月");
        assert_eq!(zh(J::Tw, Principal::Life), "无期徒刑");
        assert_eq!(
            zh(
                J::Tw,
                Principal::CriminalDetention(Term::new(0, 1, 20).unwrap())
            ),
            "拘役一个月二十日"
        );
        // Germany: Freiheitsstrafe, zeitig and lebenslang; Geldstrafe in Tagessätzen.
        assert_eq!(zh(J::De, two), "有期自由刑二年六个月");
        assert_eq!(zh(J::De, Principal::Life), "终身自由刑");
        let fine = crate::law::de::grammar::parse_penalty("90 Tagessätze zu je 50 Euro").unwrap();
        assert_eq!(zh(J::De, fine), "日额罚金90个日额，每日额50 EUR");
        assert_eq!(
            zh(J::De, Principal::DayFine(DayFine::rates_only(91))),
            "日额罚金91个日额"
        );
        // Japan: 自由刑, whether 懲役, 禁錮 or 拘禁刑 (see names.rs).
        assert_eq!(
            zh(J::Jp, Principal::Imprisonment(Term::years(4))),
            "有期自由刑四年"
        );
        assert_eq!(zh(J::Jp, Principal::Life), "无期自由刑");
        // The US and England and Wales: imprisonment; life not the PRC's 终身监禁.
        assert_eq!(
            zh(J::UsFederal, Principal::Imprisonment(Term::years(25))),
            "有期监禁二十五年"
        );
        assert_eq!(zh(J::UsFederal, Principal::Life), "终身监禁刑");
        assert_eq!(
            zh(J::GbEaw, Principal::Imprisonment(Term::months(18))),
            "有期监禁一年六个月"
        );
        assert_eq!(zh(J::GbEaw, Principal::Life), "终身监禁刑");
        // Ranges too, and a message's arguments.
        let r = PenaltyRange {
            min: Principal::Imprisonment(Term::months(31)),
            max: Principal::Imprisonment(Term::months(50)),
        };
        assert_eq!(
            names::scope(J::De, || Arg::Range(r).render(Lang::Zh)),
            "有期自由刑二年七个月至四年二个月"
        );
        let m = Msg::new(MsgId::JpNotPenalty).arg("penalty", Principal::Life);
        assert_eq!(
            names::scope(J::Jp, || m.render(Lang::Zh)),
            "无期自由刑不是日本《刑法》规定的刑罚"
        );
        // PRC-only kinds keep their PRC names wherever they turn up.
        assert_eq!(
            zh(J::Jp, Principal::PublicSurveillance(Term::years(2))),
            "管制二年"
        );
        // Outside a scope: the PRC's names.
        assert_eq!(zh_principal(&Principal::Life), "无期徒刑");
        // English never changes.
        for j in J::ALL.iter().copied() {
            assert_eq!(en(j, two), "2 years 6 months");
            assert_eq!(en(j, Principal::Life), "life imprisonment");
        }
    }

    #[test]
    fn other_arguments_in_chinese() {
        let m = crate::penalty::parse_money("100万元").unwrap();
        assert_eq!(zh_money(&m), "人民币1,000,000元");
        assert_eq!(zh_political_rights(&PoliticalRights::Life), "终身");
        assert_eq!(zh_date(jiff::civil::date(2012, 9, 24)), "2012年9月24日");
    }

    // The law's unit tests check which message a lighter-law row gives
    // (ids and rules); the wording is checked here, in both languages.
    #[test]
    fn lighter_law_reasons_in_both_languages() {
        use crate::law::cn::lighter_law::SPC_2015T_ART3;
        let why = Msg::new(MsgId::LighterWhyMixedKindsA9).arg("rule", &SPC_2015T_ART3);
        assert!(why.en().starts_with("SPC-2015T art. 3"), "{}", why.en());
        assert!(
            why.render(Lang::Zh)
                .starts_with("《修九时间效力解释》第三条")
        );
        let tw = Msg::new(MsgId::LighterCompareOldReading).arg(
            "rule",
            Arg::Citation(RuleRef(&crate::law::tw::art51::LIGHTER_LAW)),
        );
        assert!(
            tw.en().contains("the old text is the lighter"),
            "{}",
            tw.en()
        );
        assert!(tw.render(Lang::Zh).contains("旧法较轻"));
        let jp = Msg::new(MsgId::LighterWhyJpAllBefore)
            .arg("rule", &crate::law::jp::art6::ART_6)
            .arg("lighter", tw);
        assert!(jp.en().starts_with("Penal Code art. 6"), "{}", jp.en());
        assert!(jp.render(Lang::Zh).contains("旧法较轻"));
        assert!(
            Lang::En
                .label(MsgId::LighterCompareNotComputed)
                .contains("nothing to compare")
        );
        let df = Msg::new(MsgId::PgDayFineNotThisLaw).arg("text", "90 daily rates of 50 euros");
        assert!(df.en().contains("penalty of German law"));
    }

    #[test]
    fn a_missing_argument_is_visible_not_a_panic() {
        let m = Msg::new(MsgId::Untranslated);
        assert_eq!(m.render(Lang::En), "{text?}");
        assert_eq!(m.render(Lang::Zh), "{text?}");
    }

    #[test]
    fn placeholders_are_found() {
        assert_eq!(
            placeholders("a {x} b {y_1} {not a name} {"),
            vec!["x", "y_1"]
        );
    }
}
