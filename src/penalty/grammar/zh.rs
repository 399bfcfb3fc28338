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
];
