//! Penal Code of Japan art. 28: parole (仮釈放).
//!
//! From the reference summary (statute not bundled):
//! > Art. 28: parole after one third of a fixed term, or 10 years of life.
//!
//! Method: one third of the term in calendar units (art. 22; see
//! [`super::kikan`]), counted from the first day of execution; parole is
//! possible from the day after that third has passed. Pre-trial
//! detention counts only as far as the court orders (未決勾留日数の算入),
//! which is not modelled: custody periods are not credited.

use super::art47::PENAL_CODE;
use crate::law::{Rule, Verification};
use crate::penalty::Term;

/// Art. 28: one third of a fixed term.
pub static FIXED_TERM: Rule = Rule {
    id: "jp.art28.one-third",
    citation: "Penal Code art. 28",
    in_force_from: PENAL_CODE,
    in_force_until: None,
    summary: "fixed term: parole possible after one third served",
    verification: Verification::Reference("other-jurisdictions.md, Japan; statute not bundled"),
};

/// Art. 28: 10 years of life.
pub static LIFE: Rule = Rule {
    id: "jp.art28.life-10-years",
    citation: "Penal Code art. 28",
    in_force_from: PENAL_CODE,
    in_force_until: None,
    summary: "life imprisonment: parole possible after 10 years served",
    verification: Verification::Reference("other-jurisdictions.md, Japan; statute not bundled"),
};

/// Since 2025-06-01 imprisonment with and without labour are one penalty (拘禁刑).
pub static KOKINKEI: Rule = Rule {
    id: "jp.kokinkei-2025",
    citation: "Penal Code art. 12 (2022 amendment, 拘禁刑)",
    in_force_from: jiff::civil::date(2025, 6, 1),
    in_force_until: None,
    summary: "imprisonment with and without work (懲役, 禁錮) become one penalty, 拘禁刑; the tool reads all three as fixed-term imprisonment",
    verification: Verification::Reference(
        "other-jurisdictions.md, Japan: since 2025-06-01 one penalty; the article number is not in the reference",
    ),
};

/// Act No. 68 of 2022, supplementary provisions art. 441 ¶1: for acts
/// committed before 2025-06-01 the earlier law continues to apply to the
/// penalty (「なお従前の例による」), so a judgment after that day still
/// imposes 懲役 or 禁錮 for them. The tool reads all three as fixed-term
/// imprisonment, so only the name of the law applied depends on it.
pub static KOKINKEI_TRANSITIONAL: Rule = Rule {
    id: "jp.kokinkei-2025.transitional",
    citation: "Act No. 68 of 2022, supplementary provisions art. 441 ¶1",
    in_force_from: jiff::civil::date(2025, 6, 1),
    in_force_until: None,
    summary: "acts committed before 2025-06-01 keep the earlier penalties (懲役, 禁錮) even when judged later; the 2025 text applies to acts from that day",
    verification: Verification::Unverified(
        "not in the bundled texts or the reference summary; read in the library's copy of the act; the tool only names the law applied by it",
    ),
};

/// Every rule of this module.
pub static RULES: &[&Rule] = &[&FIXED_TERM, &LIFE, &KOKINKEI, &KOKINKEI_TRANSITIONAL];

pub const LIFE_THRESHOLD: Term = Term::years(10);
