//! The figures of one calculable sentence (single, or consecutive
//! sentences), computed by `calculation` and read by the HDC, early removal
//! and extraction steps.

use crate::law::Rule;
use crate::message::Msg;
use jiff::civil::Date;

/// A release point: the part of the term served in custody. Two are equal
/// when their values are (the rule is how the report cites it).
#[derive(Debug, Clone, Copy)]
pub struct Fraction {
    pub num: i64,
    pub den: i64,
    pub rule: &'static Rule,
}

impl PartialEq for Fraction {
    fn eq(&self, o: &Fraction) -> bool {
        self.num * o.den == o.num * self.den
    }
}

impl Fraction {
    /// ⌈days × num / den⌉: the MoJ rounds every release point up to a whole
    /// day (`ReleaseMultiplier.applyTo`, RoundingMode.CEILING).
    pub fn of(self, days: i64) -> i64 {
        (days * self.num).div_euclid(self.den)
            + i64::from((days * self.num).rem_euclid(self.den) != 0)
    }

    pub fn percent(self) -> String {
        match (self.num, self.den) {
            (1, 2) => "1/2".into(),
            (2, 3) => "2/3".into(),
            (n, d) => format!("{}/{}", n, d),
        }
    }
}

/// Days added to a calculable sentence after sentence (the MoJ's timeline):
/// additional days awarded less those restored while in custody (ADA,
/// RADA, Prison Rules 1999 r. 55 and 61), unlawfully at large in custody
/// (UAL, CJA 2003 s. 49 PA 1952), ADA that could not be served before the
/// expiry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Added {
    pub awarded: i64,
    pub unlawfully_at_large: i64,
    /// The last day of the latest UAL period: the sentence does not expire
    /// before the day after it.
    pub last_day_at_large: Option<Date>,
    pub unused_awarded: i64,
    /// A recalled sentence: days at large after its first release (they
    /// put back its expiry), of which those within a fixed-term recall
    /// (they put back its PRRD), and days awarded within a fixed-term
    /// recall (`post_recall.rs`).
    pub at_large_after_release: i64,
    pub at_large_after_fixed_term: i64,
    pub awarded_after_release: i64,
    /// The FTR56 tranche day allocated to the booking, if any
    /// (`post_recall::ftr56_tranche`).
    pub ftr56_tranche: Option<Date>,
    /// The recall's remand and tagged bail of this calculable sentence when
    /// they are not the booking's (sentences passed on several days).
    pub recall_deductions: Option<i64>,
    /// Remand and tagged bail of this calculable sentence when they are not
    /// the booking's (sentences passed on several days, `timeline`).
    pub deductions: Option<i64>,
}

/// Which dates a calculable sentence gives (the MoJ's `releaseDateTypes`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Types {
    /// Released on licence (CRD); otherwise without (ARD).
    pub conditional: bool,
    /// The licence runs to the end of the sentence (SLED); otherwise SED,
    /// and an LED where `led`.
    pub sled: bool,
    pub led: bool,
    pub tused: bool,
    pub hdced: bool,
    /// A parole eligibility date (an EDS released at the Parole Board's
    /// direction).
    pub ped: bool,
}

/// The figures of one calculable sentence.
#[derive(Debug, Clone)]
pub struct SentenceCalc {
    /// Indexes of the sentences, in order of service.
    pub parts: Vec<usize>,
    /// The period in custody it is served in, from 0 (sentences passed on
    /// several days, `timeline::walk`; 0 on one day).
    pub period: usize,
    pub sentenced: Date,
    /// The latest day of sentence of its parts (sentences passed on several
    /// days).
    pub last_sentenced: Date,
    /// The whole term in days (its units added before counting).
    pub length_days: i64,
    /// The custodial terms in days (the whole term but for extension
    /// periods).
    pub custodial_days: i64,
    /// Days from the day of sentence to the expiry.
    pub days_to_expiry: i64,
    /// Days in custody before release, without remand.
    pub days_to_release: i64,
    /// The custodial part before rounding, as a fraction (numerator,
    /// denominator); HDC takes half of it.
    pub custodial_exact: (i64, i64),
    /// The release fractions used, in order.
    pub fractions: Vec<Fraction>,
    pub unadjusted_expiry: Date,
    pub unadjusted_release: Date,
    /// Days deducted: remand and tagged bail.
    pub remand_days: i64,
    /// What was added after sentence.
    pub added: Added,
    /// The release day with UAL and deductions but without awarded days.
    pub release_without_awarded: Date,
    /// The LED is the licence of the ORA terms of consecutive terms for
    /// offences before and after 2015-02-01.
    pub led_of_ora_terms: bool,
    /// The release day (the sentence day when remand covers the custodial part).
    pub release: Date,
    pub immediate: bool,
    pub expiry: Date,
    pub types: Types,
    /// The parole eligibility date before and after remand and added days.
    pub unadjusted_ped: Option<Date>,
    pub ped: Option<Date>,
    /// The rule of the PED: the parole fraction of the first sentence
    /// released at the Parole Board's direction (an EDS or a SOPC).
    pub ped_rule: Option<&'static Rule>,
    /// A term that would be SDS+ today: no HDC for the whole booking.
    pub sds_plus_eligible: bool,
    /// Detention and training orders only (dto.rs): MTD instead of CRD/ARD.
    pub dto: bool,
    /// A default term for an unpaid fine on its own (fine.rs).
    pub fine_default: bool,
    /// Breaches of top-up supervision only (botus.rs).
    pub botus: bool,
    /// A DTO's early and late release, in months either side of the MTD.
    pub transfer_months: Option<u32>,
    /// The offender is under 18 on the release day.
    pub under_18_at_release: bool,
    pub led: Option<Date>,
    pub tused: Option<Date>,
    pub hdced: Option<(Date, &'static Rule)>,
    /// How the HDC date was reached.
    pub hdced_text: Option<Msg>,
    pub ersed: Option<(Date, &'static Rule)>,
    /// The recall of the first sentence, if recalled (the whole chain is).
    pub recall: Option<super::recall::Recall>,
    /// The post-recall release date.
    pub prrd: Option<Date>,
}

impl SentenceCalc {
    /// The day this calculable sentence is released: its PRRD when
    /// recalled (the MoJ's `releaseDate`).
    pub fn final_release(&self) -> Date {
        self.prrd.unwrap_or(self.release)
    }
}
