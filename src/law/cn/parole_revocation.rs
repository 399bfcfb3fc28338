//! Parole revoked for a violation of its conditions (CL 86 ¶3).
//!
//! > 被假释的犯罪分子，在假释考验期限内，有违反法律、行政法规或者国务院有关部门关于假释的
//! > 监督管理规定的行为，尚未构成新的犯罪的，应当依照法定程序撤销假释，收监执行未执行完毕的刑罚。
//!
//! "未执行完毕的刑罚" is the remainder on the day of parole: the probation is
//! not execution (CL 85 deems the sentence executed only when it ends
//! without a CL 86 event). The later crimes of CL 86 ¶1, ¶2 are in
//! [`super::later_crimes`].

use super::versions::CL_1997_IN_FORCE;
use crate::analysis::DateEvent;
use crate::calendar::{DateArithmeticError, add_days, calendar_difference, period_end};
use crate::finding::{Finding, Severity};
use crate::law::{Rule, Step, Verification};
use crate::message::{Msg, MsgId};
use crate::penalty::Principal;
use jiff::civil::Date;

pub static PAROLE_REVOKED_VIOLATION: Rule = Rule {
    id: "cn.cl86.parole-revoked-violation",
    citation: "CL 86 ¶3, 85",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "parole revoked for violating its conditions: the remainder left on the day of parole is executed from the day the person is taken back into custody; the days on parole are not served",
    verification: Verification::Statute("criminal-law-consolidated.md art. 85, 86 ¶3"),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[&PAROLE_REVOKED_VIOLATION];

/// The new last day of a fixed term after a revocation under CL 86 ¶3, as a
/// dated event, or a finding when it cannot be computed.
pub fn revoke(
    sentence: Principal,
    paroled: Date,
    revoked: Date,
    term_end: Option<Date>,
) -> Result<(Option<DateEvent>, Vec<Finding>), DateArithmeticError> {
    let (Principal::Imprisonment(_), Some(end)) = (sentence, term_end) else {
        // Life: the remainder is life again; nothing to count (CL 83 ¶1, 86).
        return Ok((
            None,
            vec![Finding::new(
                Severity::Note,
                "cn.parole-revoked.not-computed",
                Msg::new(MsgId::CnrParoleRevokedNotComputed).arg("penalty", sentence),
            )],
        ));
    };
    if revoked > end {
        // CL 85: the probation had ended; the sentence counts as executed.
        return Ok((
            None,
            vec![Finding::new(
                Severity::Warning,
                "cn.parole-revoked.after-probation",
                Msg::new(MsgId::CnrParoleRevokedAfterProbation)
                    .arg("revoked", revoked)
                    .arg("end", end),
            )],
        ));
    }
    let remainder = calendar_difference(paroled, add_days(end, 1)?)?;
    let new_end = period_end(revoked, remainder)?;
    Ok((
        Some(DateEvent {
            event: MsgId::CnrEventTermEndsParoleRevoked.into(),
            date: Some(new_end),
            step: Step::new(
                &PAROLE_REVOKED_VIOLATION,
                Msg::new(MsgId::CnrParoleRevokedStep)
                    .arg("paroled", paroled)
                    .arg("end", end)
                    .arg("remainder", remainder)
                    .arg("revoked", revoked)
                    .arg("new_end", new_end),
            ),
        }),
        Vec::new(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::penalty::Term;
    use jiff::civil::date;

    /// CL 86 ¶3: 10 years ending 2019-12-31, paroled 2015-01-01 (5 years
    /// left), revoked 2016-03-01: the 5 years run from 2016-03-01.
    #[test]
    fn cl86_3_remainder_from_the_day_of_parole_executed_from_revocation() {
        let (ev, f) = revoke(
            Principal::Imprisonment(Term::years(10)),
            date(2015, 1, 1),
            date(2016, 3, 1),
            Some(date(2019, 12, 31)),
        )
        .unwrap();
        assert!(f.is_empty());
        assert_eq!(ev.unwrap().date, Some(date(2021, 2, 28)));
    }

    /// CL 85: a revocation after the probation ended is refused as a warning.
    #[test]
    fn cl85_revocation_after_the_probation_is_flagged() {
        let (ev, f) = revoke(
            Principal::Imprisonment(Term::years(10)),
            date(2015, 1, 1),
            date(2020, 1, 1),
            Some(date(2019, 12, 31)),
        )
        .unwrap();
        assert!(ev.is_none());
        assert_eq!(f[0].code, "cn.parole-revoked.after-probation");
    }
}
