//! Stage two: the validated case. Every value here has been checked by
//! [`super::convert`]; the law modules take these types and nothing else.

use crate::finding::Span;
use crate::message::{Arg, MsgId, Sep};
use crate::penalty::{Confiscation, Money, PoliticalRights, Principal, Term};
use jiff::civil::Date;
use std::fmt;

/// A value together with where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Located<T> {
    pub fn new(value: T, span: Span) -> Located<T> {
        Located { value, span }
    }
}

/// A legal system the calculator knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JurisdictionId {
    /// The People's Republic of China.
    Cn,
    /// Germany (Strafgesetzbuch).
    De,
    /// Taiwan (Criminal Code of the Republic of China).
    Tw,
    /// Japan (Penal Code).
    Jp,
    /// The United States, federal courts (18 U.S.C.).
    UsFederal,
    /// England and Wales.
    GbEaw,
}

impl JurisdictionId {
    /// The identifier written in case files.
    pub fn code(self) -> &'static str {
        match self {
            JurisdictionId::Cn => "CN",
            JurisdictionId::De => "DE",
            JurisdictionId::Tw => "TW",
            JurisdictionId::Jp => "JP",
            JurisdictionId::UsFederal => "US-federal",
            JurisdictionId::GbEaw => "GB-EAW",
        }
    }

    /// The jurisdiction written as `code` in a case file (exact match).
    pub fn from_code(code: &str) -> Option<JurisdictionId> {
        JurisdictionId::ALL
            .iter()
            .copied()
            .find(|j| j.code() == code)
    }

    /// Every supported jurisdiction.
    pub const ALL: &'static [JurisdictionId] = &[
        JurisdictionId::Cn,
        JurisdictionId::De,
        JurisdictionId::Tw,
        JurisdictionId::Jp,
        JurisdictionId::UsFederal,
        JurisdictionId::GbEaw,
    ];
}

/// A validated case file.
#[derive(Debug, Clone)]
pub struct Case {
    pub title: String,
    pub jurisdiction: JurisdictionId,
    pub summary: Option<String>,
    pub sources: Vec<Source>,
    pub defendants: Vec<Defendant>,
    /// Where the values came from (an imported file); not used by the law.
    pub provenance: Vec<Provenance>,
}

/// Where one value came from (docs/import.md).
#[derive(Debug, Clone)]
pub struct Provenance {
    pub field: String,
    pub quote: Option<String>,
    /// Byte offset of the quote in the source text.
    pub at: Option<u64>,
    /// Why the value was inferred.
    pub assumed: Option<String>,
}

/// A period as the court states it, first and last day (a recorded outcome).
#[derive(Debug, Clone)]
pub struct StatedPeriod {
    pub from: Located<Date>,
    pub to: Located<Date>,
}

/// A public source.
#[derive(Debug, Clone)]
pub struct Source {
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<Date>,
    pub court: Option<String>,
    pub case_number: Option<String>,
    pub sha256: Option<String>,
    pub note: Option<String>,
}

/// One person.
#[derive(Debug, Clone)]
pub struct Defendant {
    pub name: Located<String>,
    pub native_name: Option<String>,
    /// As recorded; `None` when the file does not give it.
    pub date_of_birth: Option<Located<Date>>,
    /// As recorded (the law does not use it yet).
    pub sex: Option<Sex>,
    pub recidivist: bool,
    /// A head of a criminal group (犯罪集团的首要分子): no suspension (CL 74).
    pub criminal_group_leader: bool,
    /// The suspension of the sentence revoked (CL 77), as recorded.
    pub suspension_revoked: Option<Located<Revocation>>,
    /// England and Wales: subject to sex-offender notification (no HDC).
    pub sex_offender: bool,
    /// England and Wales: liable to removal (the early removal scheme).
    pub early_removal: bool,
    /// England and Wales: days credited for tagged bail (CJA 2003 s. 240A),
    /// one entry per direction of the court.
    pub tagged_bail: Vec<TaggedBail>,
    /// England and Wales: additional days awarded (ADA).
    pub additional_days: Vec<DaysFrom>,
    /// England and Wales: additional days restored (RADA).
    pub restored_days: Vec<DaysFrom>,
    /// England and Wales: time unlawfully at large (UAL).
    pub unlawfully_at_large: Vec<AtLargePeriod>,
    /// England and Wales: the recall of the licence.
    pub recall: Option<Located<RecallRecord>>,
    /// England and Wales: releases from and admissions to custody.
    pub movements: Vec<MovementRecord>,
    /// England and Wales: the legislation profile and toggles (`None`: the
    /// law in force, nothing said).
    pub legislation: Option<LegislationChoice>,
    pub state_functionary: bool,
    pub custody: Vec<CustodyPeriod>,
    /// In date order (checked).
    pub judgments: Vec<Judgment>,
    pub commutations: Vec<Commutation>,
    pub paroled: Option<Located<Date>>,
    pub released: Option<Located<Date>>,
    /// The day parole was revoked and the person returned to custody (CL 86).
    pub parole_revoked: Option<Located<Date>>,
    /// Earlier sentences served or pardoned (CL 65, 66).
    pub previous: Vec<PreviousSentence>,
    pub note: Option<String>,
}

/// An earlier sentence served or pardoned before this case (CL 65, 66).
#[derive(Debug, Clone)]
pub struct PreviousSentence {
    pub penalty: Located<Principal>,
    /// Completed or pardoned, or the end of the parole probation.
    pub ended: Located<Date>,
    pub committed: Option<Located<OffencePeriod>>,
    pub negligent: bool,
    pub categories: Vec<Category>,
    pub note: Option<String>,
}

/// Days credited for tagged bail (England and Wales, CJA 2003 s. 240A).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaggedBail {
    pub days: u32,
    /// The day of sentence the days count for (counts sentenced on several
    /// days); `None`: the first day of sentence.
    pub applies_from: Option<Located<Date>>,
}

/// Days that apply to the sentences from a day (England and Wales: days
/// awarded or restored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaysFrom {
    pub from: Located<Date>,
    pub days: u32,
}

/// A period unlawfully at large (England and Wales).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtLargePeriod {
    pub from: Located<Date>,
    pub days: u32,
    /// Its last day, when recorded.
    pub to: Option<Located<Date>>,
}

/// The revocation of a suspended sentence (撤销缓刑, CL 77).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Revocation {
    /// The day of the ruling or judgment that revoked it.
    pub date: Date,
    pub ground: RevocationGround,
}

/// Why a suspension was revoked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RevocationGround {
    /// A new crime during probation (CL 77 ¶1): combined under CL 69 by a
    /// later judgment (`after: new-crime`).
    NewCrime,
    /// A crime from before the judgment discovered during probation
    /// (CL 77 ¶1): combined under CL 69 by a later judgment
    /// (`after: discovered-crime`).
    DiscoveredCrime,
    /// A serious violation of the conditions of probation or of a
    /// prohibition order (CL 77 ¶2): the original penalty is executed.
    Violation,
}

impl RevocationGround {
    /// The identifier written in case files.
    pub fn id(self) -> &'static str {
        match self {
            RevocationGround::NewCrime => "new-crime",
            RevocationGround::DiscoveredCrime => "discovered-crime",
            RevocationGround::Violation => "violation",
        }
    }

    /// All values, for hints.
    pub const ALL: &'static [RevocationGround] = &[
        RevocationGround::NewCrime,
        RevocationGround::DiscoveredCrime,
        RevocationGround::Violation,
    ];
}

/// A defendant's sex, as the judgment states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sex {
    /// 男.
    Male,
    /// 女.
    Female,
}

impl Sex {
    /// The identifier written in case files.
    pub fn id(self) -> &'static str {
        match self {
            Sex::Male => "male",
            Sex::Female => "female",
        }
    }
}

/// How a custody period is credited (the dates issue computes with it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CustodyKind {
    /// 拘留 / 逮捕: criminal detention and arrest.
    Detention,
    /// 指定居所监视居住: residential surveillance at a designated place.
    DesignatedResidence,
    /// 留置: supervisory detention under the Supervision Law.
    SupervisoryDetention,
    /// 取保候审: bail, not credited.
    Bail,
    /// 监视居住 at home: not credited.
    ResidentialSurveillance,
}

impl CustodyKind {
    /// The identifier written in case files.
    pub fn id(self) -> &'static str {
        match self {
            CustodyKind::Detention => "detention",
            CustodyKind::DesignatedResidence => "designated-residence",
            CustodyKind::SupervisoryDetention => "supervisory-detention",
            CustodyKind::Bail => "bail",
            CustodyKind::ResidentialSurveillance => "residential-surveillance",
        }
    }

    /// All kinds, for hints.
    pub const ALL: &'static [CustodyKind] = &[
        CustodyKind::Detention,
        CustodyKind::DesignatedResidence,
        CustodyKind::SupervisoryDetention,
        CustodyKind::Bail,
        CustodyKind::ResidentialSurveillance,
    ];
}

/// A custody period. `to` missing means "until the judgment was executed".
#[derive(Debug, Clone)]
pub struct CustodyPeriod {
    pub from: Located<Date>,
    pub to: Option<Located<Date>>,
    pub kind: CustodyKind,
    pub assumed: bool,
    pub note: Option<String>,
}

/// A judgment or ruling.
#[derive(Debug, Clone)]
pub struct Judgment {
    pub court: String,
    pub date: Located<Date>,
    pub appeal: bool,
    pub upheld: bool,
    /// Empty when the judgment did not restate the counts (an appeal that
    /// kept them): the previous judgment's counts stand.
    pub counts: Vec<Count>,
    pub decided: Option<Decided>,
    pub final_date: Option<Located<Date>>,
    pub executed: Option<Located<Date>>,
    pub assumed: bool,
    /// A later judgment for a crime discovered or committed after an earlier
    /// sentence (CL 70, 71); `None` for the first instance and its appeals.
    pub after: Option<Located<LaterCrime>>,
    /// The term as the court states it ("即自…起至…止").
    pub stated_term: Option<StatedPeriod>,
    /// The probation period as the court states it.
    pub stated_probation: Option<StatedPeriod>,
    /// CN, `after: new-crime` only: the part of the earlier sentence not yet
    /// executed, as this judgment states it (前罪没有执行的有期徒刑…; CL 71).
    pub stated_remainder: Option<Located<Term>>,
    pub note: Option<String>,
    pub span: Span,
}

/// Why a later judgment was given while an earlier sentence was being served.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LaterCrime {
    /// 漏罪: a crime committed before the earlier judgment, discovered later (CL 70).
    DiscoveredCrime,
    /// 新罪: a crime committed while serving the earlier sentence (CL 71).
    NewCrime,
}

impl LaterCrime {
    /// The identifier written in case files.
    pub fn id(self) -> &'static str {
        match self {
            LaterCrime::DiscoveredCrime => "discovered-crime",
            LaterCrime::NewCrime => "new-crime",
        }
    }

    /// All values, for hints.
    pub const ALL: &'static [LaterCrime] = &[LaterCrime::DiscoveredCrime, LaterCrime::NewCrime];
}

/// When a crime was committed, as precisely as the record says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OffencePeriod {
    /// The first day it may have been committed.
    pub first: Date,
    /// The last day it may have been committed.
    pub last: Date,
    /// How precisely the first end was written.
    pub first_precision: DatePrecision,
    /// How precisely the last end was written.
    pub last_precision: DatePrecision,
    /// Written as a range `A..B`.
    pub is_range: bool,
}

/// How precisely a date was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DatePrecision {
    Day,
    Month,
    Year,
}

fn write_point(f: &mut fmt::Formatter<'_>, d: Date, p: DatePrecision) -> fmt::Result {
    match p {
        DatePrecision::Day => write!(f, "{d}"),
        DatePrecision::Month => write!(f, "{}", d.strftime("%Y-%m")),
        DatePrecision::Year => write!(f, "{}", d.year()),
    }
}

impl OffencePeriod {
    /// The period inside running text: `2011-11 to 2012-02` in English,
    /// `2011-11至2012-02` in Chinese (the points as written, as in the table
    /// of counts).
    pub fn arg(&self) -> Arg {
        let en = self.to_string();
        match en.split_once(" to ") {
            Some((first, last)) => Arg::List(vec![first.into(), last.into()], Sep::To),
            None => Arg::Text(en),
        }
    }
}

impl fmt::Display for OffencePeriod {
    /// As written: `2012-02-06`, `2011-11`, `2012`, `2011-11 to 2012-02`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_point(f, self.first, self.first_precision)?;
        if self.is_range {
            f.write_str(" to ")?;
            write_point(f, self.last, self.last_precision)?;
        }
        Ok(())
    }
}

/// A legal category a count belongs to, as the commutation and parole rules
/// use them. Derived from the article, or set in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// CL 81 ¶2: intentional homicide, rape, robbery, kidnapping, arson,
    /// explosion, spreading dangerous substances, organised violent crime.
    Violent,
    /// CL part II chapter 8 (arts. 382–396): graft and bribery.
    Graft,
    /// Job-related crimes of officials (职务犯罪): chapters 8 and 9 (arts. 382–419).
    JobRelated,
    /// Financial crimes (arts. 170–200).
    Financial,
    /// Organised crime of a mafia-like nature (art. 294).
    OrganisedCrime,
    /// Crimes endangering state security (arts. 102–113).
    StateSecurity,
    /// Terrorist crimes (arts. 120–120-6).
    Terrorism,
    /// Ringleader of a drug-trafficking group, or a drug recidivist (file only).
    DrugRingleader,
}

impl Category {
    /// The message naming it (as the rules on commutation list them).
    pub fn msg_id(self) -> MsgId {
        match self {
            Category::Violent => MsgId::CategoryViolent,
            Category::Graft => MsgId::CategoryGraft,
            Category::JobRelated => MsgId::CategoryJobRelated,
            Category::Financial => MsgId::CategoryFinancial,
            Category::OrganisedCrime => MsgId::CategoryOrganisedCrime,
            Category::StateSecurity => MsgId::CategoryStateSecurity,
            Category::Terrorism => MsgId::CategoryTerrorism,
            Category::DrugRingleader => MsgId::CategoryDrugRingleader,
        }
    }

    /// The identifier written in case files and JSON.
    pub fn id(self) -> &'static str {
        match self {
            Category::Violent => "violent",
            Category::Graft => "graft",
            Category::JobRelated => "job-related",
            Category::Financial => "financial",
            Category::OrganisedCrime => "organised-crime",
            Category::StateSecurity => "state-security",
            Category::Terrorism => "terrorism",
            Category::DrugRingleader => "drug-ringleader",
        }
    }

    /// All categories.
    pub const ALL: &'static [Category] = &[
        Category::Violent,
        Category::Graft,
        Category::JobRelated,
        Category::Financial,
        Category::OrganisedCrime,
        Category::StateSecurity,
        Category::Terrorism,
        Category::DrugRingleader,
    ];
}

/// A reference to an article of the Criminal Law, such as `CL 385/386`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// As written.
    pub text: String,
    /// The article numbers it names (`385/386` gives two).
    pub numbers: Vec<u32>,
}

/// One count.
#[derive(Debug, Clone)]
pub struct Count {
    pub offence: String,
    pub native_offence: Option<String>,
    pub article: Option<Located<Article>>,
    pub committed: Option<Located<OffencePeriod>>,
    pub penalty: Located<Principal>,
    /// 缓刑: the probation period when the penalty is suspended (CL 72–73).
    pub probation: Option<Located<Term>>,
    pub political_rights: Option<Located<PoliticalRights>>,
    pub fine: Option<Located<Money>>,
    pub confiscation: Option<Located<Confiscation>>,
    /// 驱逐出境 (CL 35), alone or beside the other penalties.
    pub expulsion: bool,
    /// Set in the file; overrides what the article gives.
    pub categories_override: Option<Vec<Category>>,
    /// Fields whose values are assumptions.
    pub assumed: Vec<String>,
    /// The statutory maximum of the offence (Japan, Penal Code art. 47).
    pub statutory_max: Option<Located<Principal>>,
    /// The statutory minimum of the offence (Japan, lower end of the art. 47 range).
    pub statutory_min: Option<Located<Principal>>,
    /// The counts (1-based numbers, all earlier in the list) this count runs
    /// consecutively to; none means concurrent (US federal, England and Wales).
    pub consecutive_to: Option<Located<Vec<u32>>>,
    /// The release regime (England and Wales).
    pub release_regime: Option<Located<ReleaseRegime>>,
    /// The type of sentence when not a standard determinate sentence
    /// (England and Wales).
    pub sentence_type: Option<Located<SentenceType>>,
    /// The day of sentence when the count was sentenced at an earlier
    /// hearing than its judgment's date (England and Wales).
    pub sentenced: Option<Located<Date>>,
    /// England and Wales: detention under the Sentencing Code s. 250.
    pub section_250: bool,
    /// England and Wales: an offence excluded from the progression model.
    pub progression_excluded: bool,
    pub note: Option<String>,
    /// Where the count starts in the file.
    pub span: Span,
}

/// The kind of a recall in England and Wales.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecallKindId {
    /// CJA 2003 s. 255C: to the end of the sentence.
    Standard,
    /// CJA 2003 s. 255B: a fixed term of this many days (14, 28 or 56).
    FixedTerm(u32),
}

impl RecallKindId {
    /// The identifier written in case files.
    pub fn id(self) -> &'static str {
        match self {
            RecallKindId::Standard => "standard",
            RecallKindId::FixedTerm(14) => "fixed-term-14",
            RecallKindId::FixedTerm(28) => "fixed-term-28",
            RecallKindId::FixedTerm(_) => "fixed-term-56",
        }
    }

    /// All values, for hints.
    pub const ALL: &'static [RecallKindId] = &[
        RecallKindId::Standard,
        RecallKindId::FixedTerm(14),
        RecallKindId::FixedTerm(28),
        RecallKindId::FixedTerm(56),
    ];
}

/// A release from or admission to custody (England and Wales), as the
/// prison records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MovementKindId {
    /// Release on home detention curfew (CJA 2003 s. 246).
    HomeDetentionCurfew,
    /// Removal under the early removal scheme (s. 260).
    EarlyRemoval,
    /// Release on parole.
    Parole,
    /// Release on end of custody licence.
    EndOfCustodyLicence,
    /// Release at the conditional release date.
    ConditionalRelease,
    /// Release at the end of a detention and training order's custody.
    DetentionAndTraining,
    /// Release on immigration bail.
    ImmigrationBail,
    /// Release after a recall.
    RecallRelease,
    /// Admission on sentence.
    Sentence,
    /// Admission on remand.
    Remand,
    /// Return to custody on recall.
    RecallAdmission,
    /// Return on recall from home detention curfew.
    CurfewRecall,
    /// Return after breaching the early removal scheme.
    EarlyRemovalBreach,
    /// Return after a removal under the scheme failed.
    FailedRemoval,
}

impl MovementKindId {
    /// The identifier written in case files.
    pub fn id(self) -> &'static str {
        match self {
            MovementKindId::HomeDetentionCurfew => "release-hdc",
            MovementKindId::EarlyRemoval => "release-early-removal",
            MovementKindId::Parole => "release-parole",
            MovementKindId::EndOfCustodyLicence => "release-ecsl",
            MovementKindId::ConditionalRelease => "release-crd",
            MovementKindId::DetentionAndTraining => "release-dto",
            MovementKindId::ImmigrationBail => "release-immigration-bail",
            MovementKindId::RecallRelease => "release-after-recall",
            MovementKindId::Sentence => "admission-sentence",
            MovementKindId::Remand => "admission-remand",
            MovementKindId::RecallAdmission => "admission-recall",
            MovementKindId::CurfewRecall => "admission-hdc-recall",
            MovementKindId::EarlyRemovalBreach => "admission-ers-breach",
            MovementKindId::FailedRemoval => "admission-failed-removal",
        }
    }

    /// A release (out of custody); otherwise an admission.
    pub fn is_release(self) -> bool {
        self.id().starts_with("release-")
    }

    /// All values, for hints.
    pub const ALL: &'static [MovementKindId] = &[
        MovementKindId::HomeDetentionCurfew,
        MovementKindId::EarlyRemoval,
        MovementKindId::Parole,
        MovementKindId::EndOfCustodyLicence,
        MovementKindId::ConditionalRelease,
        MovementKindId::DetentionAndTraining,
        MovementKindId::ImmigrationBail,
        MovementKindId::RecallRelease,
        MovementKindId::Sentence,
        MovementKindId::Remand,
        MovementKindId::RecallAdmission,
        MovementKindId::CurfewRecall,
        MovementKindId::EarlyRemovalBreach,
        MovementKindId::FailedRemoval,
    ];
}

/// A release or admission on a day (England and Wales).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MovementRecord {
    pub day: Located<Date>,
    pub kind: MovementKindId,
}

/// A recall after release on licence (England and Wales), as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecallRecord {
    pub kind: RecallKindId,
    pub revoked: Option<Located<Date>>,
    /// The day of return to custody (present for a fixed-term recall).
    pub returned: Option<Located<Date>>,
    /// The counts recalled (1-based); empty: every count.
    pub counts: Vec<u32>,
    /// Days of remand and of tagged bail credited to the recall.
    pub remand: u32,
    pub tagged_bail: u32,
    /// The day of sentence they count from (default: the first).
    pub applies_from: Option<Located<Date>>,
}

/// The release regime of a standard determinate sentence in England and Wales.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReleaseRegime {
    /// Automatic release at half (CJA 2003 s. 244), or 40 % under SI 2024/844.
    Standard,
    /// A listed exclusion of SI 2024/844: release at half.
    ExcludedFrom40,
    /// CJA 2003 s. 244ZA: release at two-thirds.
    TwoThirds,
    /// An offence added to the exclusions of SI 2024/844 for prisoners in
    /// custody on or after 2024-12-16 (sexual, domestic abuse, murder).
    ExcludedFrom40FromTrancheThree,
}

impl ReleaseRegime {
    /// The identifier written in case files.
    pub fn id(self) -> &'static str {
        match self {
            ReleaseRegime::Standard => "standard",
            ReleaseRegime::ExcludedFrom40 => "excluded-from-40",
            ReleaseRegime::TwoThirds => "two-thirds",
            ReleaseRegime::ExcludedFrom40FromTrancheThree => "excluded-from-40-t3",
        }
    }

    /// All values, for hints.
    pub const ALL: &'static [ReleaseRegime] = &[
        ReleaseRegime::Standard,
        ReleaseRegime::ExcludedFrom40,
        ReleaseRegime::TwoThirds,
        ReleaseRegime::ExcludedFrom40FromTrancheThree,
    ];
}

/// The legislation a release date in England and Wales is computed
/// under: the law in force or one of the MoJ's test profiles (its
/// `application-*.yml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum LegislationProfile {
    /// The law in force, as the MoJ's live service applies it.
    #[default]
    InForce,
    /// The MoJ's `sds-50` profile: SI 2024/844 not commenced.
    Sds50,
    /// The MoJ's `sds-progression-model-october` profile.
    ProgressionModelOctober,
}

impl LegislationProfile {
    /// The identifier written in case files (the MoJ's profile name).
    pub fn id(self) -> &'static str {
        match self {
            LegislationProfile::InForce => "in-force",
            LegislationProfile::Sds50 => "sds-50",
            LegislationProfile::ProgressionModelOctober => "sds-progression-model-october",
        }
    }

    /// All values, for hints.
    pub const ALL: &'static [LegislationProfile] = &[
        LegislationProfile::InForce,
        LegislationProfile::Sds50,
        LegislationProfile::ProgressionModelOctober,
    ];
}

/// A feature toggle of the MoJ's service that changes dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LegislationToggle {
    /// `applyPostRecallRepealRules`.
    TopUpSupervisionRepealed,
    /// `applyPostHdcedRepealRules`.
    HdcRepealed,
    /// `adultHdcSuspended`.
    AdultHdcSuspended,
    /// `useLatestErsedFromPreErs30Snapshot`.
    ErsedFromBeforeErs30,
}

impl LegislationToggle {
    /// The identifier written in case files.
    pub fn id(self) -> &'static str {
        match self {
            LegislationToggle::TopUpSupervisionRepealed => "top-up-supervision-repealed",
            LegislationToggle::HdcRepealed => "hdc-repealed",
            LegislationToggle::AdultHdcSuspended => "adult-hdc-suspended",
            LegislationToggle::ErsedFromBeforeErs30 => "ersed-from-before-ers30",
        }
    }

    /// The MoJ's name of the toggle.
    pub fn moj_name(self) -> &'static str {
        match self {
            LegislationToggle::TopUpSupervisionRepealed => "applyPostRecallRepealRules",
            LegislationToggle::HdcRepealed => "applyPostHdcedRepealRules",
            LegislationToggle::AdultHdcSuspended => "adultHdcSuspended",
            LegislationToggle::ErsedFromBeforeErs30 => "useLatestErsedFromPreErs30Snapshot",
        }
    }

    /// All values, for hints.
    pub const ALL: &'static [LegislationToggle] = &[
        LegislationToggle::TopUpSupervisionRepealed,
        LegislationToggle::HdcRepealed,
        LegislationToggle::AdultHdcSuspended,
        LegislationToggle::ErsedFromBeforeErs30,
    ];
}

/// England and Wales: the legislation the file asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegislationChoice {
    /// The profile; `None` when the file gives only toggles (the law in force).
    pub profile: Option<Located<LegislationProfile>>,
    pub toggles: Vec<Located<LegislationToggle>>,
    /// The profile was set by `report --legislation`, not by the file.
    pub from_flag: bool,
}

/// A type of sentence in England and Wales other than the standard
/// determinate sentence: the count's penalty is its custodial term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentenceType {
    /// Extended determinate sentence (CJA 2003 s. 226A, SA 2020 s. 279).
    Extended {
        extension: Term,
        /// Automatic release at two-thirds (CJA 2003 s. 246A(2)).
        automatic_release: bool,
    },
    /// Sentence for an offender of particular concern (SA 2020 s. 278).
    Sopc {
        extension: Term,
        /// The special sentence for an offender under 18 (SA 2020 s. 252A).
        under_18: bool,
    },
    /// Detention and training order (SA 2020 s. 233).
    Dto,
    /// A term in default of payment of a fine (CJA 2003 s. 258).
    FineDefault {
        /// A fine of £10 million or more imposed from 2015-06-01.
        full_term: bool,
        /// A committal for a civil debt.
        civil: bool,
    },
    /// A committal for breach of top-up supervision (CJA 2003 s. 256AC).
    Botus {
        /// The recorded expiry of the supervision breached (TUSED).
        supervision_expiry: Option<Date>,
    },
}

impl SentenceType {
    /// The identifiers written in case files (`sds` is the default and has
    /// no value of this type).
    pub const IDS: &'static [&'static str] = &[
        "sds",
        "eds",
        "eds-automatic",
        "sopc",
        "sopc-under-18",
        "dto",
        "fine-default",
        "fine-default-full",
        "civil-debt",
        "botus",
    ];

    /// The identifier written in case files.
    pub fn id(self) -> &'static str {
        match self {
            SentenceType::Extended {
                automatic_release: false,
                ..
            } => "eds",
            SentenceType::Extended {
                automatic_release: true,
                ..
            } => "eds-automatic",
            SentenceType::Sopc {
                under_18: false, ..
            } => "sopc",
            SentenceType::Sopc { under_18: true, .. } => "sopc-under-18",
            SentenceType::Dto => "dto",
            SentenceType::FineDefault {
                full_term: true, ..
            } => "fine-default-full",
            SentenceType::FineDefault { civil: true, .. } => "civil-debt",
            SentenceType::FineDefault { .. } => "fine-default",
            SentenceType::Botus { .. } => "botus",
        }
    }

    /// The extension period on licence, for the types that have one.
    pub fn extension(self) -> Option<Term> {
        match self {
            SentenceType::Extended { extension, .. } | SentenceType::Sopc { extension, .. } => {
                Some(extension)
            }
            SentenceType::Dto | SentenceType::FineDefault { .. } | SentenceType::Botus { .. } => {
                None
            }
        }
    }
}

/// The court's combined sentence.
#[derive(Debug, Clone)]
pub struct Decided {
    pub penalty: Located<Principal>,
    /// 缓刑: the probation period when the sentence is suspended (CL 72–73).
    pub probation: Option<Located<Term>>,
    /// Public surveillance executed afterwards (CL 69 ¶2).
    pub then: Option<Located<Principal>>,
    pub political_rights: Option<Located<PoliticalRights>>,
    pub fine: Option<Located<Money>>,
    pub confiscation: Option<Located<Confiscation>>,
    /// 驱逐出境 (CL 35).
    pub expulsion: bool,
    /// Germany: a fine in daily rates imposed beside the aggregate instead
    /// of being included in it (StGB § 53 ¶2 S.2).
    pub separate_fine: Option<Located<Principal>>,
    pub assumed: Vec<String>,
    pub note: Option<String>,
    pub span: Span,
}

/// What a commutation ruling did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommutationChange {
    /// Replaced the penalty (death with reprieve to life, life to a term).
    To(Principal),
    /// Cut a fixed term.
    By(Term),
}

/// A commutation ruling.
#[derive(Debug, Clone)]
pub struct Commutation {
    pub date: Located<Date>,
    pub court: Option<String>,
    pub change: Located<CommutationChange>,
    pub political_rights: Option<Located<PoliticalRights>>,
    pub assumed: bool,
    pub note: Option<String>,
}

impl Defendant {
    /// The judgment whose counts stand: the latest one that states counts.
    pub fn governing_counts(&self) -> Option<(&Judgment, &[Count])> {
        self.original_judgments()
            .rev()
            .find(|j| !j.counts.is_empty())
            .map(|j| (j, j.counts.as_slice()))
    }

    /// The judgment in force: the last one.
    pub fn last_judgment(&self) -> Option<&Judgment> {
        self.judgments.last()
    }

    /// The first-instance judgment and its appeals: every judgment before the
    /// first one given for a later crime (`after:`, CL 70, 71).
    pub fn original_judgments(&self) -> std::slice::Iter<'_, Judgment> {
        let n = self
            .judgments
            .iter()
            .position(|j| j.after.is_some())
            .unwrap_or(self.judgments.len());
        self.judgments.get(..n).unwrap_or(&[]).iter()
    }

    /// The judgments for later crimes (CL 70, 71), in date order.
    pub fn later_judgments(&self) -> impl Iterator<Item = (&Judgment, LaterCrime)> {
        self.judgments
            .iter()
            .filter_map(|j| j.after.as_ref().map(|a| (j, a.value)))
    }

    /// The combined sentence in force and the judgment that decided it: the
    /// latest judgment with its own `decided`, skipping appeals that upheld.
    /// A single-count judgment without `decided` decides that count's penalty
    /// (see [`Decided::from_single_count`]).
    pub fn governing_decided(&self) -> Option<(&Judgment, Decided)> {
        for j in self.original_judgments().rev() {
            if let Some(d) = &j.decided {
                return Some((j, d.clone()));
            }
            if j.upheld && j.counts.is_empty() {
                continue;
            }
            if let [only] = j.counts.as_slice() {
                return Some((j, Decided::from_single_count(only)));
            }
        }
        None
    }
}

impl Decided {
    /// The sentence of a judgment on one count: that count's penalties.
    pub fn from_single_count(count: &Count) -> Decided {
        Decided {
            penalty: count.penalty.clone(),
            probation: count.probation.clone(),
            then: None,
            political_rights: count.political_rights.clone(),
            fine: count.fine.clone(),
            confiscation: count.confiscation.clone(),
            expulsion: count.expulsion,
            separate_fine: None,
            assumed: count.assumed.clone(),
            note: None,
            span: count.penalty.span,
        }
    }
}
