//! Criminal Code of the Republic of China (Taiwan), art. 51: the sentence to
//! execute for several offences.
//!
//! The statute text is not bundled. From the reference summary
//! (`shared/reference/other-jurisdictions.md`):
//!
//! > Art. 51 item 5: several fixed-term sentences → a term between the
//! > longest single term and the sum, never over 30 years (20 years before
//! > the 2005 reform, in force 2006-07-01, UNVERIFIED date).
//! > Art. 51, other items: criminal detention at most 120 days; fines between
//! > the largest and the sum; death or life absorbs the rest except fines and
//! > accessory penalties.
//!
//! Checked against public sources (November 2026):
//!
//! - The text before the reform, as in force in 1997 and 2002 (law.moj.gov.tw
//!   history, mojlaw.moj.gov.tw LawRelaShow for 86.11.26 and 91.01.30): item 5
//!   "但不得逾二十年" (20 years), item 6 "但不得逾四個月" (criminal detention at
//!   most **four months**, not 120 days: the reference's 120 days is the 2005
//!   text).
//! - The 2005 reform: amended 94.01.07, promulgated 2005-02-02 (presidential
//!   order 華總一義字第09400014911號), in force 2006-07-01 (刑法施行法
//!   art. 10-1 as promulgated the same day, "並自九十五年七月一日施行"; history
//!   on zh.wikisource 中華民國刑法施行法). Item 5 of the 2005 text: at most
//!   30 years (English translation of art. 51 item 5, and ezlawyer.tw 2024).
//! - The Code of 1935 was promulgated 1935-01-01 and in force 1935-07-01
//!   (zh.wikibooks history of art. 77: "1935年7月1日施行"); that art. 51
//!   kept its 1935 wording until 1997 was not checked.
//!
//! [`combine`] applies the text in force on the day it is given; when an
//! offence may predate the reform and the judgment follows it, art. 2 ¶1
//! (the lighter law, `art2.rs`) computes both texts and says which applies.

use crate::analysis::{Combination, PenaltyRange, Principle};
use crate::finding::{Finding, Severity};
use crate::law::common::{sum_terms, sum_text};
use crate::law::{Rule, Step, Verification};
use crate::message::{Msg, MsgId};
use crate::penalty::{Principal, Term};
use jiff::civil::{Date, date};

/// The day the 2005 reform came into force (刑法施行法 art. 10-1).
pub const REFORM_2005: Date = date(2006, 7, 1);
/// The last day of the earlier text.
pub const BEFORE_REFORM: Date = date(2006, 6, 30);
/// The Criminal Code of 1935 came into force (1935-07-01, zh.wikibooks
/// history of the Code).
pub const CODE_1935: Date = date(1935, 7, 1);

/// Art. 51 items 3–4: death or life absorbs.
pub static ABSORPTION: Rule = Rule {
    id: "tw.art51.4.absorption",
    citation: "Criminal Code art. 51 items 3–4",
    in_force_from: CODE_1935,
    in_force_until: None,
    summary: "death or life imprisonment among the sentences absorbs the others, except fines and accessory penalties",
    verification: Verification::Unverified(
        "the rule is from the reference summary (statute not bundled); the 1997 and 2002 texts (mojlaw.moj.gov.tw) have the life rule of item 4 as summarised, but for death (item 2) they except only accessory penalties, not fines; the 1935 start is the Code's, not checked for this item",
    ),
};

/// Art. 51 item 5, text before the 2005 reform: at most 20 years.
pub static FIXED_TERMS_20: Rule = Rule {
    id: "tw.art51.5.fixed-terms.pre2005",
    citation: "Criminal Code art. 51 item 5 (text before the 2005 reform)",
    in_force_from: CODE_1935,
    in_force_until: Some(BEFORE_REFORM),
    summary: "several fixed terms: between the longest and the sum, at most 20 years",
    verification: Verification::Reference(
        "text of item 5 as in force 1997 and 2002 ('但不得逾二十年', mojlaw.moj.gov.tw); end: the 2005 reform in force 2006-07-01 (刑法施行法 art. 10-1); the start with the 1935 Code (1935-07-01) was not checked for this item",
    ),
};

/// Art. 51 item 5, 2005 text: at most 30 years.
pub static FIXED_TERMS_30: Rule = Rule {
    id: "tw.art51.5.fixed-terms.2005",
    citation: "Criminal Code art. 51 item 5 (2005 text)",
    in_force_from: REFORM_2005,
    in_force_until: None,
    summary: "several fixed terms: between the longest and the sum, at most 30 years",
    verification: Verification::Reference(
        "2005 text of item 5, at most 30 years (English translation of art. 51; ezlawyer.tw); in force 2006-07-01 under 刑法施行法 art. 10-1 (amendment promulgated 2005-02-02)",
    ),
};

/// Art. 51 item 6, text before the 2005 reform: at most four months.
pub static DETENTION_4_MONTHS: Rule = Rule {
    id: "tw.art51.6.detention.pre2005",
    citation: "Criminal Code art. 51 item 6 (text before the 2005 reform)",
    in_force_from: CODE_1935,
    in_force_until: Some(BEFORE_REFORM),
    summary: "several terms of criminal detention: between the longest and the sum, at most four months",
    verification: Verification::Reference(
        "text of item 6 as in force 1997 and 2002 ('比照前款定其刑期。但不得逾四個月', mojlaw.moj.gov.tw); the start with the 1935 Code was not checked for this item",
    ),
};

/// Art. 51 item 6, 2005 text: criminal detention at most 120 days.
pub static DETENTION_120_DAYS: Rule = Rule {
    id: "tw.art51.6.detention",
    citation: "Criminal Code art. 51 item 6 (2005 text)",
    in_force_from: REFORM_2005,
    in_force_until: None,
    summary: "several terms of criminal detention: between the longest and the sum, at most 120 days",
    verification: Verification::Unverified(
        "the 120-day cap is from the reference summary; it replaced the four months of the earlier text with the 2005 reform (in force 2006-07-01), but the 2005 wording of item 6 itself was not read",
    ),
};

/// The detention rule under the text in force on `day`. Both caps exceed
/// 29 days, the longest day-count term the tool represents, so only the
/// rule cited differs.
pub fn detention_rule(day: Date) -> &'static Rule {
    if day >= REFORM_2005 {
        &DETENTION_120_DAYS
    } else {
        &DETENTION_4_MONTHS
    }
}

/// Art. 2 ¶1: the law at the time of the act, unless a later law is more
/// favourable (the lighter law).
pub static LIGHTER_LAW: Rule = Rule {
    id: "tw.art2.lighter-law",
    citation: "Criminal Code art. 2 ¶1",
    in_force_from: CODE_1935,
    in_force_until: None,
    summary: "when the law changed after the act, the law at the time of the act applies, unless a later law is more favourable to the offender",
    verification: Verification::Unverified(
        "not in the reference summary: the rule and its wording are from memory",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[
    &LIGHTER_LAW,
    &ABSORPTION,
    &FIXED_TERMS_20,
    &FIXED_TERMS_30,
    &DETENTION_4_MONTHS,
    &DETENTION_120_DAYS,
];

/// The cap of fixed terms under the text in force on `day`, and its rule.
pub fn fixed_term_cap(day: Date) -> (Term, &'static Rule) {
    if day >= REFORM_2005 {
        (Term::years(30), &FIXED_TERMS_30)
    } else {
        (Term::years(20), &FIXED_TERMS_20)
    }
}

/// Whether `t` is a lawful aggregate of fixed terms with longest `h` and
/// sum `s` under `cap`: h ≤ t ≤ min(s, cap).
pub fn lawful_fixed_term(h: Term, s: Term, cap: Term, t: Term) -> bool {
    h <= t && t <= s.min(cap)
}

/// Combines the counts' sentences as art. 51 does, on the judgment of `day`.
pub fn combine(
    singles: &[(&str, Principal)],
    decided: Option<Principal>,
    day: Date,
) -> (Combination, Vec<Finding>) {
    let mut findings = Vec::new();
    let mut c = Combination {
        principle: Principle::LimitedAggravation,
        highest: None,
        total: None,
        cap: None,
        range: None,
        then_range: None,
        decided,
        decided_then: None,
        lawful: None,
        steps: Vec::new(),
    };
    if let [(_, only)] = singles {
        c.principle = Principle::SingleCount;
        c.highest = Some(*only);
        c.range = Some(PenaltyRange::exactly(*only));
        c.lawful = decided.map(|d| d == *only);
        return (c, findings);
    }
    if let Some((offence, top)) = singles
        .iter()
        .filter(|(_, p)| matches!(p, Principal::Life | Principal::Death))
        .max_by_key(|(_, p)| p.kind())
    {
        c.principle = Principle::Absorption;
        c.highest = Some(*top);
        c.range = Some(PenaltyRange::exactly(*top));
        c.lawful = decided.map(|d| d == *top);
        c.steps.push(Step::new(
            &ABSORPTION,
            Msg::new(MsgId::TwAbsorbs)
                .arg("offence", *offence)
                .arg("top", *top),
        ));
        if c.lawful == Some(false) {
            findings.push(Finding::new(
                Severity::Error,
                "tw.art51.outside-range",
                Msg::new(MsgId::TwNotAbsorbing).arg("top", *top),
            ));
        }
        return (c, findings);
    }
    let imprisonment: Vec<Term> = singles
        .iter()
        .filter_map(|(_, p)| match p {
            Principal::Imprisonment(t) => Some(*t),
            _ => None,
        })
        .collect();
    let detention: Vec<Term> = singles
        .iter()
        .filter_map(|(_, p)| match p {
            Principal::CriminalDetention(t) => Some(*t),
            _ => None,
        })
        .collect();
    if imprisonment.len() == singles.len() {
        let (cap, rule) = fixed_term_cap(day);
        let h = imprisonment.iter().copied().max().unwrap_or(Term::ZERO);
        let s = sum_terms(&imprisonment);
        let hi = s.min(cap);
        c.highest = Some(Principal::Imprisonment(h));
        c.total = Some(s);
        c.cap = Some(cap);
        c.range = Some(PenaltyRange {
            min: Principal::Imprisonment(h),
            max: Principal::Imprisonment(hi),
        });
        c.steps.push(Step::new(
            rule,
            Msg::new(MsgId::TwLongestSum)
                .arg("h", h)
                .arg("sum", sum_text(&imprisonment))
                .arg("s", s)
                .arg("date", day)
                .arg("cap", cap),
        ));
        c.steps.push(Step::new(
            rule,
            Msg::new(MsgId::TwRange)
                .arg("s", s)
                .arg("cap", cap)
                .arg("h", h)
                .arg("hi", hi),
        ));
        if let Some(d) = decided {
            let ok = matches!(d, Principal::Imprisonment(t) if lawful_fixed_term(h, s, cap, t));
            c.lawful = Some(ok);
            if !ok {
                findings.push(Finding::new(
                    Severity::Error,
                    "tw.art51.outside-range",
                    Msg::new(MsgId::TwOutsideRange)
                        .arg("penalty", d)
                        .arg("h", h)
                        .arg("hi", hi),
                ));
            }
        }
        return (c, findings);
    }
    if detention.len() == singles.len() {
        let detention_rule = detention_rule(day);
        c.steps.push(Step::new(
            detention_rule,
            Msg::new(if day >= REFORM_2005 {
                MsgId::TwDetentionCap
            } else {
                MsgId::TwDetentionCap4Months
            }),
        ));
        if detention.iter().any(|t| t.total_months() > 0) {
            findings.push(Finding::new(
                Severity::Note,
                "tw.art51.detention-in-months",
                Msg::new(MsgId::TwDetentionMonths),
            ));
            return (c, findings);
        }
        let days: Vec<u32> = detention.iter().map(|t| t.day_part()).collect();
        let h = days.iter().copied().max().unwrap_or(0);
        let s: u32 = days.iter().sum();
        let hi = s.min(120);
        c.steps.push(Step::new(
            detention_rule,
            Msg::new(MsgId::TwDetentionRange)
                .arg("h", h)
                .arg("s", s)
                .arg("hi", hi),
        ));
        if let (Ok(lo), Ok(top)) = (Term::new(0, 0, h), Term::new(0, 0, hi)) {
            c.highest = Some(Principal::CriminalDetention(lo));
            c.total = Term::new(0, 0, s).ok();
            c.range = Some(PenaltyRange {
                min: Principal::CriminalDetention(lo),
                max: Principal::CriminalDetention(top),
            });
            if let Some(d) = decided {
                c.lawful = Some(c.range.is_some_and(|r| r.contains(&d)));
            }
        }
        return (c, findings);
    }
    findings.push(Finding::new(
        Severity::Note,
        "tw.art51.mixed-kinds",
        Msg::new(MsgId::TwMixedKinds),
    ));
    (c, findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn y(n: u32) -> Principal {
        Principal::Imprisonment(Term::years(n))
    }

    #[test]
    fn art51_5_between_longest_and_sum_at_most_30_years() {
        let s = [("a", y(12)), ("b", y(10)), ("c", y(15))];
        let (c, _) = combine(&s, Some(y(30)), date(2020, 1, 1));
        assert_eq!(c.lawful, Some(true));
        assert_eq!(c.range.unwrap().max, y(30));
        let (c, _) = combine(&s, Some(y(31)), date(2020, 1, 1));
        assert_eq!(c.lawful, Some(false));
        let (c, _) = combine(&s, Some(y(14)), date(2020, 1, 1));
        assert_eq!(c.lawful, Some(false));
    }

    #[test]
    fn art51_5_before_the_reform_at_most_20_years() {
        let s = [("a", y(12)), ("b", y(10))];
        assert_eq!(fixed_term_cap(BEFORE_REFORM).0, Term::years(20));
        assert_eq!(fixed_term_cap(REFORM_2005).0, Term::years(30));
        let (c, _) = combine(&s, Some(y(21)), BEFORE_REFORM);
        assert_eq!(c.lawful, Some(false));
        let (c, _) = combine(&s, Some(y(21)), REFORM_2005);
        assert_eq!(c.lawful, Some(true));
    }

    #[test]
    fn art51_life_absorbs() {
        let (c, _) = combine(
            &[("a", Principal::Life), ("b", y(5))],
            Some(Principal::Life),
            REFORM_2005,
        );
        assert_eq!(c.principle, Principle::Absorption);
        assert_eq!(c.lawful, Some(true));
    }

    #[test]
    fn art51_6_detention_in_days() {
        let d = |n| Principal::CriminalDetention(Term::new(0, 0, n).unwrap());
        let (c, _) = combine(&[("a", d(20)), ("b", d(5))], Some(d(22)), REFORM_2005);
        assert_eq!(c.lawful, Some(true));
    }
}
