//! One skeleton for the jurisdictions other than China. What they all do the
//! same way is done here once: the [`Jurisdiction`] methods, the counts table
//! and the refusals of fields and penalties their law does not know
//! (`common::begin`), and at the end the list of UNVERIFIED rules applied and
//! the `--as-of` position (`common::finish`). A jurisdiction implements
//! [`System`]: its rules, its grammar and the few facts that differ, and
//! [`System::analyse`], the part that is its own law (which text applies,
//! the combination, release and the dates). The calendar helpers they share
//! (execution day, credit, a fixed term's dates) are in `common.rs`.
//!
//! Adding a jurisdiction: a folder `src/law/<id>/` with a type implementing
//! [`System`], a `JurisdictionId` variant and one registry line
//! (`law::jurisdiction`); nothing here or in another jurisdiction changes.

use super::common::{self, CALENDAR};
use super::rule::Rule;
use super::system::{Jurisdiction, PenaltyNames, Topic};
use crate::analysis::DefendantAnalysis;
use crate::case::{Count, Defendant, Judgment, JurisdictionId};
use crate::finding::{Finding, Severity};
use crate::message::{Msg, MsgId};
use crate::penalty::{PenaltyParseError, Principal};
use jiff::civil::Date;

/// A defendant after the shared prologue: the counts table is filled in,
/// and the counts that stand are found.
pub struct Start<'a> {
    pub d: &'a Defendant,
    /// The defendant's place in the file (`defendants[0]`), for findings.
    pub path: &'a str,
    /// The judgment whose counts stand.
    pub judgment: &'a Judgment,
    pub counts: &'a [Count],
    pub out: DefendantAnalysis,
    pub findings: Vec<Finding>,
}

/// What a jurisdiction (other than China) supplies; the rest is shared.
pub trait System: Sync {
    /// Its identifier.
    fn id(&self) -> JurisdictionId;

    /// Its name in English.
    fn name(&self) -> &'static str;

    /// Its rule tables, one per provision module; the shared calendar rule
    /// (`common.calendar`) is added.
    fn rule_tables(&self) -> Vec<&'static [&'static Rule]>;

    /// Reads a penalty as its courts write it (default: the shared English
    /// and Chinese grammar).
    fn parse_penalty(&self, text: &str) -> Result<Principal, PenaltyParseError> {
        crate::penalty::parse_penalty(text)
    }

    /// The optional count fields it reads (see [`Jurisdiction::count_fields`]).
    fn count_fields(&self) -> &'static [&'static str] {
        &[]
    }

    /// The optional defendant fields it reads (see
    /// [`Jurisdiction::defendant_fields`]).
    fn defendant_fields(&self) -> &'static [&'static str] {
        &[]
    }

    /// Whether several counts need a stated combined sentence.
    fn requires_decided(&self) -> bool {
        true
    }

    /// Whether its law knows fines in daily rates; elsewhere a day fine is
    /// refused before any figure is computed.
    fn accepts_day_fines(&self) -> bool {
        false
    }

    /// The finding (code and message) when no judgment has counts.
    fn no_counts(&self) -> (&'static str, MsgId);

    /// The commented file `sentencing new` writes.
    fn starter(&self) -> &'static str;

    /// How Chinese output names its fixed term and life sentence.
    fn zh_penalty_names(&self) -> PenaltyNames;

    /// Its law-version topics (see [`Jurisdiction::topics`]).
    fn topics(&self) -> Vec<Topic> {
        Vec::new()
    }

    /// Its own analysis of one defendant, after the prologue: the law
    /// applied, the combination, release and the dates, into `s.out` and
    /// `s.findings`.
    fn analyse(&self, s: &mut Start<'_>);
}

impl<T: System> Jurisdiction for T {
    fn id(&self) -> JurisdictionId {
        System::id(self)
    }
    fn name(&self) -> &'static str {
        System::name(self)
    }
    fn rules(&self) -> Vec<&'static Rule> {
        let mut all: Vec<&'static Rule> = self.rule_tables().concat();
        all.push(&CALENDAR);
        all
    }
    fn parse_penalty(&self, text: &str) -> Result<Principal, PenaltyParseError> {
        System::parse_penalty(self, text)
    }
    fn count_fields(&self) -> &'static [&'static str] {
        System::count_fields(self)
    }
    fn defendant_fields(&self) -> &'static [&'static str] {
        System::defendant_fields(self)
    }
    fn requires_decided(&self) -> bool {
        System::requires_decided(self)
    }
    fn starter(&self) -> &'static str {
        System::starter(self)
    }
    fn zh_penalty_names(&self) -> PenaltyNames {
        System::zh_penalty_names(self)
    }
    fn topics(&self) -> Vec<Topic> {
        System::topics(self)
    }
    fn analyse_defendant(
        &self,
        d: &Defendant,
        path: &str,
        as_of: Option<Date>,
    ) -> DefendantAnalysis {
        let (code, msg) = self.no_counts();
        let begun = match common::begin(
            d,
            path,
            System::id(self),
            self.accepts_day_fines(),
            code,
            msg,
        ) {
            Ok(b) => b,
            Err(done) => return *done,
        };
        let mut s = Start {
            d,
            path,
            judgment: begun.judgment,
            counts: begun.counts,
            out: begun.out,
            findings: begun.findings,
        };
        self.analyse(&mut s);
        common::finish(&mut s.out, d, as_of, s.findings);
        s.out
    }
}

/// The finding when date arithmetic fails (a date outside the calendar).
pub fn dates_failed(e: impl std::fmt::Display) -> Finding {
    Finding::new(
        Severity::Error,
        "dates.out-of-range",
        Msg::new(MsgId::CoDatesFailed).arg("error", e.to_string()),
    )
}
