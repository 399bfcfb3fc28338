//! The Chinese vocabulary of penalty texts, as judgments write them.

use super::keywords::{Kind, Kw, Unit};

/// Chinese keywords and phrases, matched together with
/// [`super::en::PHRASES_EN`].
pub(super) const PHRASES_ZH: &[(&str, Kw)] = &[
    ("有期徒刑", Kw::Kind(Kind::Imprisonment)),
    ("拘役", Kw::Kind(Kind::Detention)),
    ("管制", Kw::Kind(Kind::Surveillance)),
    ("无期徒刑", Kw::LifeImprisonment),
    ("终身", Kw::ForLife),
    ("死刑", Kw::Death),
    ("缓期二年执行", Kw::Reprieve),
    ("缓期两年执行", Kw::Reprieve),
    ("立即执行", Kw::Immediate),
    ("限制减刑", Kw::Restricted),
    ("终身监禁", Kw::LifeWithoutParole),
    (
        "在其死刑缓期执行二年期满依法减为无期徒刑后",
        Kw::AfterReprieve,
    ),
    ("不得减刑、假释", Kw::NoCommutationOrParole),
    ("剥夺政治权利", Kw::PoliticalRights),
    ("年", Kw::Unit(Unit::Year)),
    ("个月", Kw::Unit(Unit::Month)),
    ("個月", Kw::Unit(Unit::Month)),
    ("月", Kw::Unit(Unit::Month)),
    ("日", Kw::Unit(Unit::Day)),
    ("天", Kw::Unit(Unit::Day)),
    // The forms of real judgments (issue #12).
    ("又", Kw::And),
    ("缓刑", Kw::Probation),
    ("宣告缓刑", Kw::Probation),
    // Notes after a penalty that change nothing the tool computes: where a
    // fine goes, community correction during probation (CL 76).
    ("上缴国库", Kw::Remark),
    ("依法上缴国库", Kw::Remark),
    ("依法实行社区矫正", Kw::Remark),
    ("限", Kw::PaymentTerm),
    ("免予刑事处罚", Kw::Exempt),
    ("免于刑事处罚", Kw::Exempt),
    ("驱逐出境", Kw::Expulsion),
    ("并处", Kw::Also),
    ("附加", Kw::Also),
    ("单处", Kw::Also),
    ("罚金", Kw::FineLead),
    ("并处罚金", Kw::FineLead),
    ("单处罚金", Kw::FineLead),
    ("没收个人全部财产", Kw::ConfiscationLead),
    ("没收全部财产", Kw::ConfiscationLead),
    ("没收个人财产", Kw::ConfiscationLead),
    ("没收个人部分财产", Kw::ConfiscationLead),
    ("没收部分财产", Kw::ConfiscationLead),
    ("没收财产", Kw::ConfiscationLead),
];

/// What a word that is not a unit most likely stands for: `六个` is `六个月`
/// with the last character lost (a typo in a real judgment).
pub(super) fn likely_unit(word: &str) -> Option<&'static str> {
    match word {
        "个" | "個" => Some("个月"),
        _ => None,
    }
}
