//! When deprivation of political rights (DPR) ends (CL 55 ¶2, 57 ¶2, 58;
//! SPC-2016 art. 17).
//!
//! > 附加剥夺政治权利的刑期，从徒刑、拘役执行完毕之日或者从假释之日起计算；剥夺政治权利的
//! > 效力当然施用于主刑执行期间。 (CL 58 ¶1)
//! > 判处管制附加剥夺政治权利的，剥夺政治权利的期限与管制的期限相等，同时执行。 (CL 55 ¶2)
//! > 在死刑缓期执行减为有期徒刑或者无期徒刑减为有期徒刑的时候，应当把附加剥夺政治权利的期限
//! > 改为三年以上十年以下。 (CL 57 ¶2)
//! > 被判处死刑缓期执行、无期徒刑的罪犯减为有期徒刑时，应当将附加剥夺政治权利的期限减为七年
//! > 以上十年以下，经过一次或者几次减刑后，最终剥夺政治权利的期限不得少于三年。 (SPC-2016 art. 17 ¶2)
//!
//! Convention: the day of release (the last day of the term) or of parole is
//! the first day of the DPR term, so a 1-year DPR after a release on
//! 2011-06-11 ends on 2012-06-10.

use super::versions::{CL_1997_IN_FORCE, SPC_2016_IN_FORCE};
use crate::calendar::{DateArithmeticError, period_end};
use crate::law::rule::{Rule, Verification};
use crate::penalty::Term;
use jiff::civil::Date;

pub static FROM_RELEASE_OR_PAROLE: Rule = Rule {
    id: "cn.cl58.dpr-from-release",
    citation: "CL 58 ¶1",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "DPR attached to imprisonment or detention runs from the day the principal penalty is completed or from parole, and applies during the imprisonment as well",
    verification: Verification::Statute("criminal-law-consolidated.md art. 58"),
};

pub static CONCURRENT_WITH_SURVEILLANCE: Rule = Rule {
    id: "cn.cl55.2.dpr-with-surveillance",
    citation: "CL 55 ¶2",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "DPR with public surveillance has the same term and runs concurrently",
    verification: Verification::Statute("criminal-law-consolidated.md art. 55 ¶2"),
};

pub static LIFE_NO_END: Rule = Rule {
    id: "cn.cl57.dpr-life",
    citation: "CL 57 ¶1",
    in_force_from: CL_1997_IN_FORCE,
    in_force_until: None,
    summary: "death and life imprisonment carry DPR for life: it has no end date",
    verification: Verification::Statute("criminal-law-consolidated.md art. 57 ¶1"),
};

pub static ON_COMMUTATION_TO_TERM: Rule = Rule {
    id: "cn.cl57.2.dpr-on-commutation",
    citation: "CL 57 ¶2; SPC-2016 art. 17 ¶2",
    in_force_from: SPC_2016_IN_FORCE,
    in_force_until: None,
    summary: "when death with reprieve or life is commuted to a fixed term, DPR for life becomes 3–10 years (CL 57 ¶2), 7–10 years at that commutation (SPC-2016 art. 17 ¶2)",
    verification: Verification::Statute(
        "criminal-law-consolidated.md art. 57 ¶2; spc-2016-commutation-parole.md art. 17",
    ),
};

/// Every rule of this module, for the catalogue.
pub static RULES: &[&Rule] = &[
    &FROM_RELEASE_OR_PAROLE,
    &CONCURRENT_WITH_SURVEILLANCE,
    &LIFE_NO_END,
    &ON_COMMUTATION_TO_TERM,
];

/// The last day of a DPR of `term` that starts on `first` (the release or parole day).
pub fn dpr_end(first: Date, term: Term) -> Result<Date, DateArithmeticError> {
    period_end(first, term)
}

/// The bounds SPC-2016 art. 17 ¶2 sets for DPR at a commutation to a term.
pub const ON_COMMUTATION_MIN: Term = Term::years(7);
/// See [`ON_COMMUTATION_MIN`].
pub const ON_COMMUTATION_MAX: Term = Term::years(10);

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn cl58_one_year_after_release() {
        assert_eq!(
            dpr_end(date(2011, 6, 11), Term::years(1)).unwrap(),
            date(2012, 6, 10)
        );
    }
}
