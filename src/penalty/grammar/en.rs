//! The English vocabulary of penalty texts.

use super::keywords::{Kind, Kw, Unit};

/// English keywords and phrases. Matched longest first (together with
/// [`super::zh::PHRASES_ZH`]), ASCII letters case-insensitively, a space
/// against any run of whitespace.
pub(super) const PHRASES_EN: &[(&str, Kw)] = &[
    ("fixed-term imprisonment", Kw::Kind(Kind::Imprisonment)),
    ("fixed term imprisonment", Kw::Kind(Kind::Imprisonment)),
    ("imprisonment", Kw::Kind(Kind::Imprisonment)),
    ("criminal detention", Kw::Kind(Kind::Detention)),
    ("detention", Kw::Kind(Kind::Detention)),
    ("public surveillance", Kw::Kind(Kind::Surveillance)),
    ("surveillance", Kw::Kind(Kind::Surveillance)),
    ("life imprisonment", Kw::LifeImprisonment),
    ("life", Kw::Life),
    ("for life", Kw::ForLife),
    ("death", Kw::Death),
    ("with reprieve", Kw::Reprieve),
    ("with a reprieve", Kw::Reprieve),
    ("with a two-year reprieve", Kw::Reprieve),
    ("restricted commutation", Kw::Restricted),
    (
        "life imprisonment without commutation or parole",
        Kw::LifeWithoutParole,
    ),
    ("life without commutation or parole", Kw::LifeWithoutParole),
    ("life imprisonment without parole", Kw::LifeWithoutParole),
    ("life without parole", Kw::LifeWithoutParole),
    ("deprivation of political rights", Kw::PoliticalRights),
    ("for", Kw::For),
    ("years", Kw::Unit(Unit::Year)),
    ("year", Kw::Unit(Unit::Year)),
    ("months", Kw::Unit(Unit::Month)),
    ("month", Kw::Unit(Unit::Month)),
    ("weeks", Kw::Unit(Unit::Week)),
    ("week", Kw::Unit(Unit::Week)),
    ("days", Kw::Unit(Unit::Day)),
    ("day", Kw::Unit(Unit::Day)),
    ("and", Kw::And),
    // Suspension, exemption and supplementary penalties alone (issue #12).
    ("suspended for", Kw::Probation),
    ("suspended", Kw::Probation),
    ("exempt from criminal punishment", Kw::Exempt),
    ("exempted from criminal punishment", Kw::Exempt),
    ("exemption from criminal punishment", Kw::Exempt),
    ("deportation", Kw::Expulsion),
    ("expulsion", Kw::Expulsion),
    ("a fine of", Kw::FineLead),
    ("fine of", Kw::FineLead),
    ("fine", Kw::FineLead),
    ("confiscation of", Kw::ConfiscationLead),
];
