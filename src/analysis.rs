//! What the calculator produces for a case: per defendant the counts, the
//! combination with its steps, the supplementary penalties, the parole and
//! commutation figures, and the findings. Renderers read these; the law
//! modules write them. The types are shared by every jurisdiction.

use crate::case::{Category, JurisdictionId, LaterCrime};
use crate::finding::Finding;
use crate::law::Step;
use crate::message::Msg;
pub use crate::penalty::PenaltyRange;
use crate::penalty::{Confiscation, Money, PoliticalRights, Principal, Term};

/// The analysis of one case file.
#[derive(Debug, Clone)]
pub struct CaseAnalysis {
    pub title: String,
    pub jurisdiction: JurisdictionId,
    /// Where the facts come from, shown in every report format.
    pub provenance: Provenance,
    pub defendants: Vec<DefendantAnalysis>,
}

/// A case's `summary` and `sources`, carried to the output unchanged so that
/// a reader can check the facts the figures rest on.
#[derive(Debug, Clone, Default)]
pub struct Provenance {
    pub summary: Option<String>,
    pub sources: Vec<crate::case::Source>,
}

impl Provenance {
    /// True when the case file gives neither a summary nor a source.
    pub fn is_empty(&self) -> bool {
        self.summary.is_none() && self.sources.is_empty()
    }
}

/// Which version of the law was applied, and why.
#[derive(Debug, Clone)]
pub struct LawApplied {
    /// A stable id, such as `CN-CL-A8`.
    pub version: &'static str,
    /// Its name with in-force dates.
    pub name: &'static str,
    pub reason: Msg,
    /// False when the tool had to assume (the reason says what).
    pub settled: bool,
}

/// A count as the report shows it.
#[derive(Debug, Clone)]
pub struct CountRow {
    pub offence: String,
    pub native_offence: Option<String>,
    pub article: Option<String>,
    pub committed: Option<crate::case::OffencePeriod>,
    pub penalty: Principal,
    /// 缓刑: the probation period when the count's penalty is suspended (CL 72–73).
    pub probation: Option<Term>,
    pub political_rights: Option<PoliticalRights>,
    pub fine: Option<Money>,
    pub confiscation: Option<Confiscation>,
    pub categories: Vec<Category>,
    /// Fields marked as assumptions in the file.
    pub assumed: Vec<String>,
}

/// The principle by which the counts combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Principle {
    /// One count: nothing to combine.
    SingleCount,
    /// The most severe penalty (death, death with reprieve, life) absorbs the rest.
    Absorption,
    /// Terms of one kind: between the highest and the total, under a cap.
    LimitedAggravation,
    /// Terms of different kinds (CL 69 ¶2).
    MixedKinds,
    /// Concurrent and consecutive terms: the longest chain of consecutive
    /// terms (US federal, England and Wales).
    ConcurrentConsecutive,
}

impl Principle {
    /// The identifier used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Principle::SingleCount => "single-count",
            Principle::Absorption => "absorption",
            Principle::LimitedAggravation => "limited-aggravation",
            Principle::MixedKinds => "mixed-kinds",
            Principle::ConcurrentConsecutive => "concurrent-consecutive",
        }
    }

    /// A readable name.
    pub fn name(self) -> &'static str {
        match self {
            Principle::SingleCount => "single count",
            Principle::Absorption => "absorption",
            Principle::LimitedAggravation => "limited aggravation",
            Principle::MixedKinds => "penalties of different kinds",
            Principle::ConcurrentConsecutive => "concurrent and consecutive terms",
        }
    }
}

/// How the counts' principal penalties combine.
#[derive(Debug, Clone)]
pub struct Combination {
    pub principle: Principle,
    /// The most severe single penalty.
    pub highest: Option<Principal>,
    /// The sum of the terms of the kind executed (limited aggravation).
    pub total: Option<Term>,
    pub cap: Option<Term>,
    /// `None` when the law does not settle the range (the findings say why).
    pub range: Option<PenaltyRange>,
    /// Public surveillance executed afterwards (CL 69 ¶2), with its own range.
    pub then_range: Option<PenaltyRange>,
    /// The court's combined penalty.
    pub decided: Option<Principal>,
    pub decided_then: Option<Principal>,
    /// `None` when it cannot be said (no decided figure, or unsettled law).
    pub lawful: Option<bool>,
    pub steps: Vec<Step>,
}

/// The supplementary penalties after combination (CL 69 last ¶).
#[derive(Debug, Clone, Default)]
pub struct SupplementaryPenalties {
    pub political_rights: Option<PoliticalRights>,
    pub fine: Option<Money>,
    /// Fines absorbed by confiscation of all property.
    pub fines_absorbed: bool,
    pub confiscation: Option<Confiscation>,
    pub decided_political_rights: Option<PoliticalRights>,
    pub decided_fine: Option<Money>,
    pub decided_confiscation: Option<Confiscation>,
    /// 驱逐出境 (CL 35), on a count or in the decided sentence.
    pub expulsion: bool,
    pub steps: Vec<Step>,
}

/// When parole becomes possible, as a duration.
#[derive(Debug, Clone, Default)]
pub struct ParoleFigures {
    /// The minimum to serve before parole; `None` when barred or not applicable.
    pub eligible_after: Option<Term>,
    /// The rule that sets `eligible_after`.
    pub eligible_rule: Option<&'static crate::law::Rule>,
    /// What the minimum is counted from.
    pub counted_from: Option<Msg>,
    /// The rule that bars parole.
    pub barred_by: Option<&'static crate::law::Rule>,
    /// Why parole does not apply at all (death, detention, surveillance).
    pub not_applicable: Option<Msg>,
    /// Release before the automatic release date only at a parole body's
    /// direction, from `dates.parole_eligible` (an E&W extended sentence or
    /// SOPC): the sentence to show in place of a minimum term.
    pub at_board_direction: Option<Msg>,
    pub steps: Vec<Step>,
}

/// Commutation figures, as durations.
#[derive(Debug, Clone, Default)]
pub struct CommutationFigures {
    /// The least that must actually be served whatever the commutations (CL 78 ¶2).
    pub minimum_served: Option<Term>,
    /// The rule that sets `minimum_served`.
    pub minimum_rule: Option<&'static crate::law::Rule>,
    /// The earliest first commutation, counted from `counted_from`.
    pub earliest_first: Option<Term>,
    pub counted_from: Option<Msg>,
    /// The rule that forbids commutation.
    pub barred_by: Option<&'static crate::law::Rule>,
    /// The rule that sets `earliest_first`.
    pub start_rule: Option<&'static crate::law::Rule>,
    /// Why commutation (CL 78–80) is not part of the law applied at all:
    /// set by every jurisdiction other than China.
    pub not_applicable: Option<Msg>,
    pub steps: Vec<Step>,
}

/// One row of the dates table: an event, its date, and the rule and
/// arithmetic that give it.
#[derive(Debug, Clone)]
pub struct DateEvent {
    pub event: Msg,
    /// `None` for an event without a date (a bar, a sentence for life).
    pub date: Option<jiff::civil::Date>,
    pub step: Step,
}

/// What has been served and what remains on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AsOf {
    pub date: jiff::civil::Date,
    /// Days served from the first day counted up to and including `date`.
    pub served_days: Option<i64>,
    /// Days of the term after `date` (0 once it has ended); `None` for life.
    pub remaining_days: Option<i64>,
}

/// A later judgment for a crime discovered or committed while serving
/// (CL 70, 71), combined with the earlier sentence.
#[derive(Debug, Clone)]
pub struct LaterCrimeFigures {
    pub kind: LaterCrime,
    pub judgment_date: jiff::civil::Date,
    /// The earlier sentence's term.
    pub earlier: Term,
    /// Time served on the earlier sentence before the later judgment.
    pub served: Term,
    pub served_days: i64,
    /// CL 71: the unserved remainder of the earlier term.
    pub remainder: Option<Term>,
    /// The combination of the earlier (or remaining) term with the new one.
    pub combination: Combination,
    /// The last day of the combined sentence, when the court's figure is known.
    pub term_end: Option<jiff::civil::Date>,
    /// CL 71 when only the deprivation of political rights was left: its
    /// unserved part, and its new last day after the new term (CL 58).
    pub political_rights_remainder: Option<Term>,
    pub political_rights_end: Option<jiff::civil::Date>,
    /// The supplementary penalties of both judgments combined (CL 69 ¶3).
    pub supplementary: SupplementaryPenalties,
    pub steps: Vec<Step>,
}

/// The calendar of a sentence: when it started and ends, when parole and
/// commutation become possible, when political rights return.
#[derive(Debug, Clone, Default)]
pub struct DateFigures {
    /// The day the governing judgment took effect.
    pub effective: Option<jiff::civil::Date>,
    pub effective_assumed: bool,
    /// The day the judgment was executed (recorded or assumed).
    pub executed: Option<jiff::civil::Date>,
    /// The first day the term is counted from (custody credit included).
    pub term_start: Option<jiff::civil::Date>,
    /// The last day of the term, after recorded commutations.
    pub term_end: Option<jiff::civil::Date>,
    pub custody_credit_days: Option<i64>,
    /// The first day parole is possible; `None` when barred or not applicable.
    pub parole_eligible: Option<jiff::civil::Date>,
    pub parole_barred_by: Option<&'static crate::law::Rule>,
    /// The first day the next commutation is possible.
    pub commutation_earliest: Option<jiff::civil::Date>,
    /// The last day of the minimum actually served whatever the commutations (CL 78 ¶2).
    pub minimum_served_until: Option<jiff::civil::Date>,
    /// The last day of a death sentence's two-year reprieve.
    pub reprieve_ends: Option<jiff::civil::Date>,
    /// The last day of deprivation of political rights after the full term.
    pub political_rights_end: Option<jiff::civil::Date>,
    /// The same if paroled on the earliest date (or on the recorded parole date).
    pub political_rights_end_if_paroled: Option<jiff::civil::Date>,
    /// Deprivation of political rights for life: no end.
    pub political_rights_life: bool,
    /// The principal penalty after the recorded commutations.
    pub current: Option<Principal>,
    /// The first day counted as served: the term's first day (custody
    /// credited) for a fixed term, the effective date for life and death
    /// with reprieve (custody not credited).
    pub served_from: Option<jiff::civil::Date>,
    pub as_of: Option<AsOf>,
    pub events: Vec<DateEvent>,
    pub later: Vec<LaterCrimeFigures>,
    /// The authority's own date codes with their rules (England and Wales:
    /// CRD, ARD, SLED, SED, LED, TUSED, HDCED, ERSED, PED, ESED).
    pub named: Vec<NamedDateFigure>,
    /// Custody credited against a fine in daily rates (StGB § 51 ¶1, ¶4),
    /// when the sentence is such a fine; `None` otherwise.
    pub fine_credit: Option<FineCredit>,
    /// A suspended sentence (缓刑, CL 72–77): its probation period. No term
    /// end or parole date is computed for a suspension that stands.
    pub probation: Option<ProbationFigures>,
    /// The court's stated term checked against the law's arithmetic (CN, an
    /// imported judgment's `stated_term`): the governing judgment's.
    pub stated_term: Option<StatedCheck>,
    /// Every stated term checked, the governing judgment's included, in the
    /// order of the judgments (a reviewed first instance, a later judgment).
    pub stated_terms: Vec<StatedCheck>,
}

/// A suspended sentence and its probation period (CL 72–77).
#[derive(Debug, Clone)]
pub struct ProbationFigures {
    /// The penalty suspended (criminal detention or imprisonment).
    pub suspended: Principal,
    /// The probation period (缓刑考验期) the court set.
    pub period: Term,
    /// Its first day: the day the judgment takes effect (CL 73 ¶3).
    pub start: Option<jiff::civil::Date>,
    /// Its last day.
    pub end: Option<jiff::civil::Date>,
    /// Days of custody before the suspension: credited only on revocation.
    pub custody_days: Option<i64>,
    /// The revocation (CL 77), when the suspension was revoked.
    pub revoked: Option<crate::case::Revocation>,
    /// The dated steps: effective date, start, end, no custody executed.
    pub events: Vec<DateEvent>,
    /// The checks: CL 72–74, CL 72 ¶3, the revocation.
    pub steps: Vec<Step>,
}

/// A period the court states, and the last day the law gives from its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatedCheck {
    /// The judgment whose stated term this is (index into `judgments`).
    pub judgment: usize,
    /// The term the check counted (the decided principal penalty).
    pub term: crate::penalty::Term,
    pub from: jiff::civil::Date,
    pub to: jiff::civil::Date,
    /// (from − 1 day) + term − `credit_days`.
    pub law_end: jiff::civil::Date,
    /// Custody before `from` credited against the term.
    pub credit_days: i64,
}

impl StatedCheck {
    /// True when the court's last day is the law's.
    pub fn confirmed(&self) -> bool {
        self.to == self.law_end
    }
}

/// A date under the authority's own code (`dates.named` in JSON).
#[derive(Debug, Clone, Copy)]
pub struct NamedDateFigure {
    pub code: &'static str,
    pub date: jiff::civil::Date,
    pub rule: &'static crate::law::Rule,
}

/// Custody credited against a fine in daily rates: one day of custody is
/// one daily rate (StGB § 51 ¶4 S.1), never more rates than the fine has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FineCredit {
    /// The fine credited against.
    pub fine: crate::penalty::DayFine,
    /// Days of custody counted (as for imprisonment).
    pub custody_days: i64,
    /// Daily rates credited: `min(custody_days, rates)`.
    pub credited_rates: u32,
    /// Daily rates left to pay: `rates − credited_rates`, never below zero.
    pub remaining_rates: u32,
    /// `remaining_rates × amount of one rate`, exact; `None` when the
    /// amount of a rate is not known (or the product overflows).
    pub remaining_amount: Option<rust_decimal::Decimal>,
}

impl FineCredit {
    /// True when the credit discharges the whole fine.
    pub fn discharged(&self) -> bool {
        self.remaining_rates == 0
    }
}

/// A provision computed under a text of the law: the figure it gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LawFigure {
    /// A lawful range for a combined penalty, with the surveillance to
    /// follow (CL 69 ¶2) and the cap applied.
    Range {
        range: PenaltyRange,
        then: Option<PenaltyRange>,
        cap: Option<Term>,
    },
    /// A minimum to serve (before parole, after commutations).
    Minimum(Term),
    /// The maximum of a combined range whose lower end is not settled (JP
    /// art. 47 without every statutory minimum), with the cap applied.
    Maximum { max: Term, cap: Option<Term> },
    /// The text has no rule on the point.
    NoRule,
    /// The text has a rule, but the tool does not compute the figure for
    /// these penalties (the findings say why).
    NotComputed,
}

/// Which text punishes more lightly, compared as the lighter-law rule
/// compares statutory penalties: the maximum, then the minimum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lighter {
    Old,
    New,
    /// Both texts give the same figure.
    Same,
    /// One text has no rule, so there is nothing to compare.
    NotComparable,
}

impl Lighter {
    /// The identifier used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Lighter::Old => "old",
            Lighter::New => "new",
            Lighter::Same => "same",
            Lighter::NotComparable => "not-comparable",
        }
    }
}

/// Which text of a provision applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextApplies {
    Old,
    New,
    /// The dates do not settle it: both figures are shown, neither asserted.
    NotSettled,
}

impl TextApplies {
    /// The identifier used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            TextApplies::Old => "old",
            TextApplies::New => "new",
            TextApplies::NotSettled => "not-settled",
        }
    }
}

/// One provision whose text changed between the offences and the judgment,
/// computed under both texts (the lighter-law comparison: CN CL 12, TW
/// art. 2 ¶1, JP art. 6).
#[derive(Debug, Clone, Copy)]
pub struct LighterLawRow {
    /// A stable identifier of the provision, such as `cl69.1.cap`.
    pub provision: &'static str,
    /// The provision's name in the catalogues.
    pub name: crate::message::MsgId,
    pub old_rule: &'static crate::law::Rule,
    pub old: LawFigure,
    pub new_rule: &'static crate::law::Rule,
    pub new: LawFigure,
    /// The lighter-law comparison of the two figures.
    pub lighter: Lighter,
    pub applies: TextApplies,
    /// The rule that decides which text applies.
    pub decided_by: &'static crate::law::Rule,
    /// Why, as a catalogue message (its `{rule}` is `decided_by`, its
    /// `{lighter}` the comparison).
    pub why: crate::message::MsgId,
    /// The jurisdiction's lighter-law provision (CN CL 12 ¶1, TW art. 2 ¶1,
    /// JP art. 6): it names the table and the comparison.
    pub principle: &'static crate::law::Rule,
    /// The rule that reads the comparison, where the jurisdiction has one
    /// (China: SPC-1997 art. 1–2); `None`: the provision as this tool reads
    /// it (the same order: the lower maximum, then the lower minimum).
    pub compared_by: Option<&'static crate::law::Rule>,
}

impl LawFigure {
    /// The figure as a message: a range with its cap, a term, or "no rule".
    pub fn msg(&self) -> Msg {
        use crate::message::{Arg, MsgId};
        match self {
            LawFigure::Range { range, then, cap } => {
                let range: Arg = match then {
                    Some(t) => Msg::new(MsgId::LabelThen)
                        .arg("first", *range)
                        .arg("then", *t)
                        .into(),
                    None => (*range).into(),
                };
                match cap {
                    Some(c) => Msg::new(MsgId::LighterFigureCap)
                        .arg("range", range)
                        .arg("cap", *c),
                    None => Msg::new(MsgId::ListSemicolon).arg("items", range),
                }
            }
            LawFigure::Minimum(t) => Msg::new(MsgId::ListSemicolon).arg("items", *t),
            LawFigure::Maximum { max, cap } => {
                let at_most = Msg::new(MsgId::LighterFigureAtMost).arg("max", *max);
                match cap {
                    Some(c) => Msg::new(MsgId::LighterFigureCap)
                        .arg("range", at_most)
                        .arg("cap", *c),
                    None => at_most,
                }
            }
            LawFigure::NoRule => Msg::new(MsgId::LighterFigureNoRule),
            LawFigure::NotComputed => Msg::new(MsgId::LighterFigureNotComputed),
        }
    }
}

impl LighterLawRow {
    /// A text's figure with the rule that gives it (`10 years (CL 81 ¶1 (1997 text) …)`).
    pub fn figure_cell(figure: &LawFigure, rule: &'static crate::law::Rule) -> Msg {
        Msg::new(crate::message::MsgId::LighterFigureCell)
            .arg("figure", figure.msg())
            .arg("rule", rule)
    }

    /// Which text applies, as words.
    pub fn applies_msg(&self) -> Msg {
        use crate::message::MsgId;
        Msg::new(match self.applies {
            TextApplies::Old => MsgId::LighterAppliesOld,
            TextApplies::New => MsgId::LighterAppliesNew,
            TextApplies::NotSettled => MsgId::LighterAppliesNotSettled,
        })
    }

    /// Why that text applies: the deciding rule and the lighter-law comparison.
    pub fn why_msg(&self) -> Msg {
        use crate::message::{Arg, MsgId, RuleRef};
        // China: CL 12 as SPC-1997 art. 1–2 reads it; elsewhere the
        // jurisdiction's provision as this tool reads it (the same order:
        // the lower maximum, then the lower minimum).
        let lighter = match (self.lighter, self.compared_by) {
            (Lighter::Old, Some(by)) => Msg::new(MsgId::LighterCompareOld).arg("rule", by),
            (Lighter::New, Some(by)) => Msg::new(MsgId::LighterCompareNew).arg("rule", by),
            (Lighter::Old, None) => Msg::new(MsgId::LighterCompareOldReading)
                .arg("rule", Arg::Citation(RuleRef(self.principle))),
            (Lighter::New, None) => Msg::new(MsgId::LighterCompareNewReading)
                .arg("rule", Arg::Citation(RuleRef(self.principle))),
            (Lighter::Same, _) => Msg::new(MsgId::LighterCompareSame),
            (Lighter::NotComparable, _)
                if self.old == LawFigure::NoRule || self.new == LawFigure::NoRule =>
            {
                Msg::new(MsgId::LighterCompareNone)
            }
            (Lighter::NotComparable, _) => Msg::new(MsgId::LighterCompareNotComputed),
        };
        Msg::new(self.why)
            .arg("rule", self.decided_by)
            .arg("lighter", lighter)
    }
}

/// Everything computed for one defendant.
#[derive(Debug, Clone)]
pub struct DefendantAnalysis {
    pub name: String,
    pub native_name: Option<String>,
    pub law: Option<LawApplied>,
    pub counts: Vec<CountRow>,
    pub combination: Option<Combination>,
    pub supplementary: SupplementaryPenalties,
    pub parole: ParoleFigures,
    pub commutation: CommutationFigures,
    pub dates: DateFigures,
    /// Provisions computed under both texts of a law that changed between
    /// the offences and the judgment (empty when none did).
    pub lighter_law: Vec<LighterLawRow>,
    pub findings: Vec<Finding>,
    /// The jurisdiction whose law was applied; Chinese output names the
    /// penalties in its terms (`crate::i18n::names`).
    pub jurisdiction: JurisdictionId,
}

impl DefendantAnalysis {
    /// One `rule.unverified` finding for each UNVERIFIED rule the analysis
    /// applied, in the order first applied, each rule once. A more specific
    /// finding about the same point may stand beside it.
    pub fn unverified_findings(&self) -> Vec<Finding> {
        use crate::finding::Severity;
        use crate::law::Verification;
        use crate::message::{Arg, MsgId, RuleRef};
        let mut seen: Vec<&'static str> = Vec::new();
        let mut findings = Vec::new();
        // The rules of the steps, then the texts the lighter-law comparison
        // shows and the rules that decide between them.
        let applied = self.steps().map(|s| s.rule).chain(
            self.lighter_law
                .iter()
                .flat_map(|r| [r.old_rule, r.new_rule, r.decided_by, r.principle]),
        );
        for rule in applied {
            if let Verification::Unverified(_) = rule.verification
                && !seen.contains(&rule.id)
            {
                seen.push(rule.id);
                findings.push(Finding::new(
                    Severity::Unverified,
                    "rule.unverified",
                    Msg::new(MsgId::CnRuleUnverified)
                        .arg("rule", rule.id)
                        .arg("citation", Arg::Citation(RuleRef(rule)))
                        .arg("why", Arg::UnverifiedWhy(RuleRef(rule))),
                ));
            }
        }
        findings
    }

    /// Every step of the analysis: combination, supplementary penalties,
    /// parole, commutation, dates, later judgments.
    pub fn steps(&self) -> impl Iterator<Item = &Step> {
        self.combination
            .iter()
            .flat_map(|c| c.steps.iter())
            .chain(&self.supplementary.steps)
            .chain(&self.parole.steps)
            .chain(&self.commutation.steps)
            .chain(self.dates.events.iter().map(|e| &e.step))
            .chain(
                self.dates
                    .later
                    .iter()
                    .flat_map(|l| l.steps.iter().chain(&l.combination.steps)),
            )
            .chain(
                self.dates
                    .probation
                    .iter()
                    .flat_map(|p| p.steps.iter().chain(p.events.iter().map(|e| &e.step))),
            )
    }

    /// The reduction of the decided term from the total, in whole months and
    /// as a percentage of the total (exact decimal, one place).
    pub fn reduction(&self) -> Option<(Term, rust_decimal::Decimal)> {
        let c = self.combination.as_ref()?;
        let total = c.total?;
        let decided = c.decided?.term()?;
        if c.principle == Principle::SingleCount || decided > total || total.is_zero() {
            return None;
        }
        let months = total.total_months().checked_sub(decided.total_months())?;
        let pct = rust_decimal::Decimal::from(months) * rust_decimal::Decimal::from(100)
            / rust_decimal::Decimal::from(total.total_months());
        Some((Term::months(months), pct.round_dp(1)))
    }
}
