//! Penalties: the principal penalties a court imposes, the supplementary ones,
//! and the grammar that reads them from case files.
//!
//! The kinds follow CL 33 (principal) and CL 34 (supplementary). Other
//! jurisdictions reuse [`Term`] and [`Money`]. One kind belongs to German law
//! only: the fine in daily rates ([`DayFine`], StGB § 40); only the German
//! grammar reads it, and every other jurisdiction refuses it as a penalty
//! its law does not have.

mod amount;
mod day_fine;
mod day_fine_grammar;
mod grammar;
mod money;
pub(crate) mod numerals;
mod parse_error;
mod phrases;
mod term;

// The values (below the messages) and their grammars (above them).
pub use amount::{Currency, Money};
pub use day_fine::DayFine;
pub use day_fine_grammar::{looks_like_day_fine, parse_day_fine};
pub use grammar::{
    PenaltyText, Piece, parse_confiscation, parse_fine, parse_penalty, parse_penalty_text,
    parse_political_rights,
};
pub use money::{MoneyParseError, parse_money};
pub use parse_error::PenaltyParseError;
pub use term::{MAX_TERM_MONTHS, Term, TermError};

use std::fmt;

/// What a death sentence with reprieve adds (CL 50 ¶2 from Amendment VIII;
/// CL 383 ¶4 from Amendment IX).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReprieveRestriction {
    /// A plain reprieve.
    None,
    /// 限制减刑: commutation restricted (CL 50 ¶2).
    RestrictedCommutation,
    /// 终身监禁: after the reprieve, life without commutation or parole (CL 383 ¶4).
    LifeWithoutCommutationOrParole,
}

/// The supplementary penalty a court imposes alone, without a principal
/// penalty (CL 34 ¶2, CL 35).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AloneKind {
    /// 单处剥夺政治权利 (CL 56 ¶2).
    PoliticalRights,
    /// 单处罚金 (CL 52–53).
    Fine,
    /// 独立适用驱逐出境 (CL 35).
    Expulsion,
}

impl AloneKind {
    /// The stable identifier used in JSON output.
    pub fn id(self) -> &'static str {
        match self {
            AloneKind::PoliticalRights => "political-rights",
            AloneKind::Fine => "fine",
            AloneKind::Expulsion => "expulsion",
        }
    }
}

/// A principal penalty (主刑, CL 33), ordered from the lightest to the most
/// severe; two values stand where a conviction has none (CL 37, CL 34 ¶2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Principal {
    /// 免予刑事处罚: convicted, no penalty (CL 37). Not a penalty; no
    /// principal penalty to combine or execute.
    Exempt,
    /// No principal penalty: a supplementary penalty imposed alone
    /// (CL 34 ¶2, CL 35); the penalty itself is in the count's
    /// `political_rights`, `fine` or `expulsion`.
    SupplementaryAlone(AloneKind),
    /// 管制 public surveillance (CL 38).
    PublicSurveillance(Term),
    /// 拘役 criminal detention (CL 42).
    CriminalDetention(Term),
    /// 有期徒刑 fixed-term imprisonment (CL 45).
    Imprisonment(Term),
    /// 无期徒刑 life imprisonment.
    Life,
    /// 死刑缓期二年执行 death with a two-year reprieve (CL 48 ¶1).
    DeathWithReprieve(ReprieveRestriction),
    /// 死刑 death, executed immediately.
    Death,
    /// Geldstrafe in Tagessätzen: a fine in daily rates (StGB § 40). A
    /// penalty of German law only; see [`DayFine`].
    DayFine(DayFine),
}

/// The kinds of principal penalty, in the severity order of CL 33. The
/// German fine in daily rates, which CL 33 does not know, is put first, as
/// the lightest (under StGB § 54 ¶1 S.2 imprisonment is the more severe
/// kind); no Chinese rule orders it, since no Chinese analysis accepts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PrincipalKind {
    Exempt,
    SupplementaryAlone,
    DayFine,
    PublicSurveillance,
    CriminalDetention,
    Imprisonment,
    Life,
    DeathWithReprieve,
    Death,
}

impl PrincipalKind {
    /// The stable identifier used in JSON output.
    pub fn id(self) -> &'static str {
        match self {
            PrincipalKind::Exempt => "exempt",
            PrincipalKind::SupplementaryAlone => "supplementary-alone",
            PrincipalKind::DayFine => "day-fine",
            PrincipalKind::PublicSurveillance => "public-surveillance",
            PrincipalKind::CriminalDetention => "criminal-detention",
            PrincipalKind::Imprisonment => "imprisonment",
            PrincipalKind::Life => "life",
            PrincipalKind::DeathWithReprieve => "death-with-reprieve",
            PrincipalKind::Death => "death",
        }
    }

    /// The English name.
    pub fn name(self) -> &'static str {
        match self {
            PrincipalKind::Exempt => "exemption from criminal punishment",
            PrincipalKind::SupplementaryAlone => "supplementary penalty alone",
            PrincipalKind::DayFine => "fine in daily rates",
            PrincipalKind::PublicSurveillance => "public surveillance",
            PrincipalKind::CriminalDetention => "criminal detention",
            PrincipalKind::Imprisonment => "fixed-term imprisonment",
            PrincipalKind::Life => "life imprisonment",
            PrincipalKind::DeathWithReprieve => "death with reprieve",
            PrincipalKind::Death => "death",
        }
    }
}

impl Principal {
    /// The kind of this penalty.
    pub fn kind(&self) -> PrincipalKind {
        match self {
            Principal::PublicSurveillance(_) => PrincipalKind::PublicSurveillance,
            Principal::CriminalDetention(_) => PrincipalKind::CriminalDetention,
            Principal::Imprisonment(_) => PrincipalKind::Imprisonment,
            Principal::Life => PrincipalKind::Life,
            Principal::DeathWithReprieve(_) => PrincipalKind::DeathWithReprieve,
            Principal::Death => PrincipalKind::Death,
            Principal::DayFine(_) => PrincipalKind::DayFine,
            Principal::Exempt => PrincipalKind::Exempt,
            Principal::SupplementaryAlone(_) => PrincipalKind::SupplementaryAlone,
        }
    }

    /// True for a principal penalty proper; false for an exemption (CL 37)
    /// and a supplementary penalty alone (CL 34 ¶2, CL 35), which CL 69
    /// ¶1–2 do not combine and nothing executes as custody.
    pub fn is_principal(&self) -> bool {
        !matches!(self, Principal::Exempt | Principal::SupplementaryAlone(_))
    }

    /// The term, for the kinds that have one.
    pub fn term(&self) -> Option<Term> {
        match self {
            Principal::PublicSurveillance(t)
            | Principal::CriminalDetention(t)
            | Principal::Imprisonment(t) => Some(*t),
            _ => None,
        }
    }

    /// The fine in daily rates, for that kind.
    pub fn day_fine(&self) -> Option<DayFine> {
        match self {
            Principal::DayFine(d) => Some(*d),
            _ => None,
        }
    }

    /// The restriction of a death sentence with reprieve.
    pub fn reprieve_restriction(&self) -> Option<ReprieveRestriction> {
        match self {
            Principal::DeathWithReprieve(r) => Some(*r),
            _ => None,
        }
    }
}

impl fmt::Display for Principal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Principal::PublicSurveillance(t) => write!(f, "public surveillance {t}"),
            Principal::CriminalDetention(t) => write!(f, "criminal detention {t}"),
            Principal::Imprisonment(t) => write!(f, "{t}"),
            Principal::Life => f.write_str("life imprisonment"),
            Principal::DeathWithReprieve(ReprieveRestriction::None) => {
                f.write_str("death with reprieve")
            }
            Principal::DeathWithReprieve(ReprieveRestriction::RestrictedCommutation) => {
                f.write_str("death with reprieve, restricted commutation")
            }
            Principal::DeathWithReprieve(ReprieveRestriction::LifeWithoutCommutationOrParole) => {
                f.write_str("death with reprieve, life imprisonment without commutation or parole")
            }
            Principal::Death => f.write_str("death"),
            Principal::DayFine(d) => write!(f, "{d}"),
            Principal::Exempt => f.write_str("exempt from criminal punishment"),
            Principal::SupplementaryAlone(AloneKind::PoliticalRights) => {
                f.write_str("deprivation of political rights alone")
            }
            Principal::SupplementaryAlone(AloneKind::Fine) => f.write_str("fine alone"),
            Principal::SupplementaryAlone(AloneKind::Expulsion) => f.write_str("deportation"),
        }
    }
}

/// Deprivation of political rights (剥夺政治权利, CL 54–58).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PoliticalRights {
    /// For a term (1–5 years, CL 55; with public surveillance, the same term, CL 55 ¶2).
    Term(Term),
    /// For life (CL 57, with death or life imprisonment).
    Life,
}

impl fmt::Display for PoliticalRights {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PoliticalRights::Term(t) => write!(f, "{t}"),
            PoliticalRights::Life => f.write_str("life"),
        }
    }
}

/// Confiscation of property (没收财产, CL 59).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Confiscation {
    /// All personal property.
    All,
    /// Part of it, by value.
    Amount(Money),
}

impl fmt::Display for Confiscation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Confiscation::All => f.write_str("all personal property"),
            Confiscation::Amount(m) => write!(f, "{m}"),
        }
    }
}

/// The lawful range for the combined penalty (both ends included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PenaltyRange {
    pub min: Principal,
    pub max: Principal,
}

impl PenaltyRange {
    /// A range of exactly one penalty.
    pub fn exactly(p: Principal) -> PenaltyRange {
        PenaltyRange { min: p, max: p }
    }

    /// Whether `p` lies in the range: same kind, and for terms between the ends.
    pub fn contains(&self, p: &Principal) -> bool {
        if p.kind() != self.min.kind() {
            return false;
        }
        if let (Some(lo), Some(hi), Some(d)) =
            (self.min.day_fine(), self.max.day_fine(), p.day_fine())
        {
            return lo.rates() <= d.rates() && d.rates() <= hi.rates();
        }
        match (self.min.term(), self.max.term(), p.term()) {
            (Some(lo), Some(hi), Some(t)) => lo <= t && t <= hi,
            _ => self.min == *p || self.max == *p,
        }
    }
}

impl fmt::Display for PenaltyRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.min == self.max {
            write!(f, "{}", self.min)
        } else {
            match (self.min, self.max.term()) {
                (Principal::Imprisonment(lo), Some(hi)) => write!(f, "{lo} – {hi}"),
                (Principal::CriminalDetention(lo), Some(hi)) => {
                    write!(f, "criminal detention {lo} – {hi}")
                }
                (Principal::PublicSurveillance(lo), Some(hi)) => {
                    write!(f, "public surveillance {lo} – {hi}")
                }
                (Principal::DayFine(lo), _) if self.max.kind() == self.min.kind() => {
                    let hi = self.max.day_fine().map_or(0, |d| d.rates());
                    write!(f, "{} – {hi} daily rates", lo.rates())
                }
                _ => write!(f, "{} – {}", self.min, self.max),
            }
        }
    }
}
