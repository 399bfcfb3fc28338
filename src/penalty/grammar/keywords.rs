//! The keywords of penalty texts, as the lexer hands them to the parser; the
//! words that spell them are in the vocabularies (`en.rs`, `zh.rs`).

use crate::message::MsgId;

/// Units of a term, in the order they must appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Unit {
    Year,
    Month,
    /// English only: magistrates' courts pass terms in weeks (7 days each).
    Week,
    Day,
}

impl Unit {
    /// The unit's name in messages (`years` / `年`).
    pub(super) fn name(self) -> MsgId {
        match self {
            Unit::Year => MsgId::PgUnitYears,
            Unit::Month => MsgId::PgUnitMonths,
            Unit::Week => MsgId::PgUnitWeeks,
            Unit::Day => MsgId::PgUnitDays,
        }
    }

    pub(super) fn english(self, n: u64) -> &'static str {
        match (self, n == 1) {
            (Unit::Year, true) => "year",
            (Unit::Year, false) => "years",
            (Unit::Month, true) => "month",
            (Unit::Month, false) => "months",
            (Unit::Week, true) => "week",
            (Unit::Week, false) => "weeks",
            (Unit::Day, true) => "day",
            (Unit::Day, false) => "days",
        }
    }
}

/// The kinds of principal penalty that take a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Imprisonment,
    Detention,
    Surveillance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kw {
    Kind(Kind),
    /// `life imprisonment`, 无期徒刑.
    LifeImprisonment,
    /// A bare `life`: life imprisonment, or political rights for life.
    Life,
    /// `for life`, 终身 (political rights only).
    ForLife,
    Death,
    /// `with reprieve`, 缓期二年执行.
    Reprieve,
    /// 立即执行.
    Immediate,
    /// `restricted commutation`, 限制减刑.
    Restricted,
    /// `life without parole`, 终身监禁.
    LifeWithoutParole,
    /// 在其死刑缓期执行二年期满依法减为无期徒刑后, the preamble of 终身监禁.
    AfterReprieve,
    /// 不得减刑、假释, the tail of 终身监禁.
    NoCommutationOrParole,
    /// 剥夺政治权利.
    PoliticalRights,
    For,
    Unit(Unit),
    /// `and`, 又 (`一年又六个月`), or 零 between two parts written in
    /// digits (`1年零6个月`).
    And,
    /// 缓刑, `suspended for`: the probation period of a suspended sentence (CL 72–73).
    Probation,
    /// 免予刑事处罚, `exempt from criminal punishment` (CL 37).
    Exempt,
    /// 驱逐出境, `deportation` (CL 35).
    Expulsion,
    /// 并处, 附加, 单处: the lead-in of a supplementary penalty.
    Also,
    /// 罚金, 并处罚金, `a fine of`: the lead-in of a fine; the lexer reads
    /// the amount after it as one clause token.
    FineLead,
    /// 没收个人财产, 没收个人全部财产, `confiscation of`: the lead-in of a
    /// confiscation, read with its amount as one clause token.
    ConfiscationLead,
    /// 上缴国库, 依法实行社区矫正: a remark after a penalty, skipped.
    Remark,
    /// 限: a time limit to pay a fine (`限判决生效后三十日内缴纳`, CL 53),
    /// read up to 缴纳 and skipped.
    PaymentTerm,
}

/// A clause read by another grammar: a fine (money) or a confiscation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Clause {
    Fine,
    Confiscation,
}

impl Kw {
    /// A keyword that starts a part after the principal penalty.
    pub(super) fn starts_tail(self) -> bool {
        matches!(
            self,
            Kw::Probation
                | Kw::Remark
                | Kw::PaymentTerm
                | Kw::Expulsion
                | Kw::Also
                | Kw::FineLead
                | Kw::ConfiscationLead
                | Kw::PoliticalRights
        )
    }
}
