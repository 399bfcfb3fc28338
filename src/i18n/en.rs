//! The English catalogue.

use super::MsgId;

/// The English template of `id`.
pub fn template(id: MsgId) -> &'static str {
    match id {
        MsgId::Untranslated => "{text}",
        MsgId::LabelYes => "yes",
        MsgId::LabelNo => "NO",
        MsgId::LabelNotSettled => "not settled",
        MsgId::HeadRule => "Rule",
        MsgId::HeadCitation => "Citation",
        MsgId::HeadArithmetic => "Arithmetic",
        MsgId::HeadSeverity => "Severity",
        MsgId::HeadCode => "Code",
        MsgId::HeadFinding => "Finding",
        MsgId::LabelLawApplied => "Law applied",
        MsgId::LabelLawAppliedAssumed => "Law applied (assumed)",
        MsgId::LabelBecause => "because ",
        MsgId::HeadNumber => "#",
        MsgId::HeadOffence => "Offence",
        MsgId::HeadArticle => "Article",
        MsgId::HeadCommitted => "Committed",
        MsgId::HeadPenalty => "Penalty",
        MsgId::HeadPoliticalRights => "Political rights",
        MsgId::HeadFine => "Fine",
        MsgId::HeadConfiscation => "Confiscation",
        MsgId::LabelAssumedSuffix => " (assumed)",
        MsgId::TitleCounts => "Counts",
        MsgId::TitleCombination => "Combination: {principle}",
        MsgId::PrincipleSingleCount => "single count",
        MsgId::PrincipleAbsorption => "absorption",
        MsgId::PrincipleLimitedAggravation => "limited aggravation",
        MsgId::PrincipleMixedKinds => "penalties of different kinds",
        MsgId::PrincipleConcurrentConsecutive => "concurrent and consecutive terms",
        MsgId::HeadHighest => "Highest",
        MsgId::HeadTotal => "Total",
        MsgId::HeadCap => "Cap",
        MsgId::HeadLawfulRange => "Lawful range",
        MsgId::HeadDecided => "Decided",
        MsgId::HeadLawful => "Lawful",
        MsgId::LabelThen => "{first}, then {then}",
        MsgId::TitleResult => "Result",
        MsgId::HeadSupplementaryPenalty => "Supplementary penalty",
        MsgId::HeadFromTheCounts => "From the counts",
        MsgId::LabelPoliticalRightsRow => "deprivation of political rights",
        MsgId::LabelFinesAbsorbed => "absorbed by confiscation",
        MsgId::LabelFineRow => "fine",
        MsgId::LabelConfiscationRow => "confiscation of property",
        MsgId::TitleSupplementary => "Supplementary penalties",
        MsgId::TitleSupplementarySteps => "Supplementary penalties: steps",
        MsgId::HeadFigure => "Figure",
        MsgId::HeadValue => "Value",
        MsgId::HeadCountedFrom => "Counted from",
        MsgId::LabelNotApplicableBecause => "not applicable: {why}",
        MsgId::LabelParoleAfterRow => "parole possible after",
        MsgId::LabelCommutationRow => "commutation",
        MsgId::LabelMinimumServedRow => "minimum actually served after commutations",
        MsgId::LabelEarliestCommutationRow => "earliest first commutation",
        MsgId::TitleParoleCommutation => "Parole and commutation",
        MsgId::TitleParoleCommutationSteps => "Parole and commutation: steps",
        MsgId::TitleTimeline => "Timeline",
        MsgId::TimelineCaption => {
            "Hatched: custody credited before execution. Dotted: the two-year reprieve. Grey: the sentence. White: deprivation of political rights after release. Dashed line: the --as-of day."
        }
        MsgId::TitleFindings => "Findings",
        MsgId::HeadEvent => "Event",
        MsgId::HeadDate => "Date",
        MsgId::TitleDates => "Dates",
        MsgId::TitleLaterJudgment => "Later judgment of {date} ({kind}): combined range {range}",
        MsgId::LabelBarred => "barred ({rule})",
        MsgId::LabelCommutationBarred => "barred ({rule})",
        MsgId::CoNoCommutation => {
            "no commutation by the courts under this law (court-ordered commutation is a PRC institution); early release is only as shown above"
        }
        MsgId::UsNoCommutation => {
            "no commutation by the courts and no federal parole for offences after 1987-11-01 ({citation}); release is at the end of the term less good-conduct time"
        }
        MsgId::LabelNotApplicable => "n/a",
        MsgId::LabelNeverLife => "never (life)",
        MsgId::LabelJurisdiction => "jurisdiction",
        MsgId::HeadCase => "Case",
        MsgId::HeadDefendant => "Defendant",
        MsgId::HeadCounts => "Counts",
        MsgId::HeadReduction => "Reduction",
        MsgId::HeadParoleAfter => "Parole after",
        MsgId::HeadTermEnd => "Term end",
        MsgId::HeadParoleEligible => "Parole eligible",
        MsgId::HeadPoliticalRightsEnd => "Political rights end",
        MsgId::SeverityError => "error",
        MsgId::SeverityWarning => "warning",
        MsgId::SeverityUnverified => "unverified",
        MsgId::SeverityAssumption => "assumption",
        MsgId::SeverityNote => "note",
        MsgId::LawCl1997 => "Criminal Law, 1997 text (1997-10-01 – 2011-04-30)",
        MsgId::LawClA8 => "Criminal Law as amended by Amendment VIII (from 2011-05-01)",
        MsgId::HtmlGenerated => {
            "Generated by <code>sentencing report --format html</code>. Every figure names the rule it comes from; findings list what the tool assumed and what the law does not settle."
        }
        MsgId::HtmlReportTitle => "Sentencing report",
        MsgId::HtmlCompareTitle => "Sentencing comparison",
        MsgId::CombCap1997 => "cap = 20 years (1997 text)",
        MsgId::CombCapA8Over35 => "total {total} ≥ 35 years, so cap = 25 years",
        MsgId::CombCapA8Under35 => "total {total} < 35 years, so cap = 20 years",
        MsgId::CombAbsorbs => "the most severe penalty, {highest}, absorbs {others}",
        MsgId::CombTheOtherCounts => "the other counts",
        MsgId::CombMixedBeforeA9 => {
            "the counts carry penalties of different kinds and the case was tried on {date}, before CL 69 ¶2 came into force on 2015-11-01"
        }
        MsgId::CombMixedUnsettled => {
            "the law before 2015-11-01 does not say how penalties of different kinds combine, so the tool does not judge the court's figure"
        }
        MsgId::CombMixedUnsettledHint => {
            "compare with practice of the time; CL 69 ¶2 (Amendment IX) settled it only for cases tried from 2015-11-01"
        }
        MsgId::CombMixedPrisonDetention => {
            "imprisonment and criminal detention: only the imprisonment is executed (detention {terms} absorbed)"
        }
        MsgId::CombMixedSurveillanceAfterPrison => {
            "public surveillance {terms} is executed after the imprisonment ends"
        }
        MsgId::CombMixedSurveillanceAfterDetention => {
            "public surveillance {terms} is executed after the detention ends"
        }
        MsgId::CombMixedTried => {
            "tried on {date} (from 2015-11-01 CL 69 ¶2 applies whatever the offence dates): {parts}"
        }
        MsgId::CombCapDetention => "cap = 1 year for criminal detention",
        MsgId::CombCapSurveillance => "cap = 3 years for public surveillance",
        MsgId::CombHighestTotal => "highest H = {highest}; total S = {terms} = {total}",
        MsgId::CombLawfulRange => {
            "lawful range: H ≤ T ≤ min(S, cap) = min({total}, {cap}) → {min} – {max}"
        }
        MsgId::CombOneTerm => "one {kind} term of {term}: it is executed as imposed",
        MsgId::CombSurveillanceAfter => {
            "public surveillance afterwards: {terms} = {total}, cap 3 years → {min} – {max}"
        }
        MsgId::CombWrongKind => {
            "the court's sentence, {penalty}, is not of the kind CL 69 requires here ({kind})"
        }
        MsgId::CombOutsideRange => {
            "the court's sentence, {penalty}, is outside the lawful range {range}"
        }
        MsgId::CombOutsideRangeHint => {
            "check the counts' penalties and the decided sentence against the judgment"
        }
        MsgId::CombThenOutside => {
            "the public surveillance to follow, {penalty}, is outside the lawful range {range}"
        }
        MsgId::CombSurveillanceMissing => {
            "CL 69 ¶2 requires public surveillance ({range}) to be executed afterwards, but the decided sentence has none"
        }
        MsgId::CombSurveillanceMissingHint => "add `then: public surveillance …` to `decided`",
        MsgId::CombUnexpectedThen => {
            "the decided sentence adds {penalty}, but no count carries public surveillance to execute afterwards"
        }
        MsgId::KindPublicSurveillance => "public surveillance",
        MsgId::KindCriminalDetention => "criminal detention",
        MsgId::KindImprisonment => "fixed-term imprisonment",
        MsgId::KindLife => "life imprisonment",
        MsgId::KindDeathWithReprieve => "death with reprieve",
        MsgId::KindDeath => "death",
        MsgId::CnNoCounts => "no judgment states the counts",
        MsgId::CnFieldAssumed => "{offence}: the {field} is not confirmed by the sources{note}",
        MsgId::CnNoteInParens => " ({note})",
        MsgId::CnLawVersionAssumed => "{law} applied: {reason}",
        MsgId::CnAppealCountNotRestated => {
            "the appeal decided {decided}, but the only count still carries {count}"
        }
        MsgId::CnAppealCountNotRestatedHint => {
            "an appeal that changes the sentence of a single count restates the count under `counts:` with the new penalty"
        }
        MsgId::TitleLighterLaw => "Lighter law (CL 12)",
        MsgId::HeadProvision => "Provision",
        MsgId::HeadOldText => "Old text",
        MsgId::HeadNewText => "New text",
        MsgId::HeadApplies => "Applies",
        MsgId::HeadWhy => "Why",
        MsgId::LighterProvisionCl69Cap => "combined fixed terms, cap (CL 69 ¶1)",
        MsgId::LighterProvisionCl69Mixed => "penalties of different kinds (CL 69 ¶2)",
        MsgId::LighterProvisionCl78Life => "life: least served after commutations (CL 78 ¶2)",
        MsgId::LighterProvisionCl81Life => "life: served before parole (CL 81 ¶1)",
        MsgId::LighterFigureCell => "{figure} ({rule})",
        MsgId::LighterFigureCap => "{range}, cap {cap}",
        MsgId::LighterFigureNoRule => "no statutory rule",
        MsgId::LighterAppliesOld => "old text",
        MsgId::LighterAppliesNew => "new text",
        MsgId::LighterAppliesNotSettled => "not settled: both shown, neither asserted",
        MsgId::LighterWhyCl69AllBefore => {
            "{rule}: every crime was committed on or before 2011-04-30, so the 1997 text applies; the interpretation decides, not the CL 12 comparison ({lighter})"
        }
        MsgId::LighterWhyCl69OneAfter => {
            "{rule}: a crime was committed on or after 2011-05-01, so the amended text applies to all the crimes; the interpretation decides, not the CL 12 comparison ({lighter})"
        }
        MsgId::LighterWhyCl69NotSettled => {
            "{rule} chooses by the offence dates, and they do not settle whether every crime was committed on or before 2011-04-30 (the analysis above assumed the amended text)"
        }
        MsgId::LighterWhyLifeBefore => {
            "{rule}: life imprisonment for crimes committed on or before 2011-04-30 follows the 1997 text; the interpretation decides, not the CL 12 comparison ({lighter})"
        }
        MsgId::LighterWhyLifeOneAfter => {
            "a crime was committed on or after 2011-05-01, and SPC-2011T art. 7 speaks only of crimes on or before 2011-04-30: the tool follows the text {rule} gives CL 69 (the tool's reading, not the interpretation's words)"
        }
        MsgId::LighterWhyLifeNotSettled => {
            "{rule} applies the 1997 text to crimes committed on or before 2011-04-30, and the offence dates do not settle that (the analysis above assumed the amended text)"
        }
        MsgId::LighterWhyMixedKindsA9 => {
            "{rule}: crimes committed on or before 2015-10-31 and combined on or after 2015-11-01 follow CL 69 ¶2 as amended; the interpretation decides, not the CL 12 comparison ({lighter})"
        }
        MsgId::LighterCompareOld => "by CL 12 read with {rule}, the old text is the lighter",
        MsgId::LighterCompareNew => "by CL 12 read with {rule}, the new text is the lighter",
        MsgId::LighterCompareSame => "both texts give the same figure",
        MsgId::LighterCompareNone => "the old text has no rule to compare",
        MsgId::CnDecidedFieldAssumed => "the decided {field} is not confirmed by the sources",
        MsgId::CnPositionFailed => "the position on {date} could not be computed: {error}",
        MsgId::CnRuleUnverified => "{rule} ({citation}) is UNVERIFIED: {why}",
        MsgId::FieldPenalty => "penalty",
        MsgId::FieldPoliticalRights => "political rights",
        MsgId::FieldFine => "fine",
        MsgId::FieldConfiscation => "confiscation",
        MsgId::FieldCommitted => "committed",
        MsgId::FieldCustody => "custody",
        MsgId::VersionPrecedesA8 => {
            "the judgment of {date} precedes 2011-05-01, so every crime was committed before it"
        }
        MsgId::VersionCommittedAfterA8 => "{offence} was committed {when}, on or after 2011-05-01",
        MsgId::VersionAllBefore => "every crime was committed on or before 2011-04-30",
        MsgId::VersionStraddles => {
            "{offence} is dated {when}, which runs across 2011-05-01; it was taken as committed at its end"
        }
        MsgId::VersionUndated => {
            "no offence date is given for {offences}; the text in force at the judgment was assumed"
        }
        MsgId::ListSemicolon => "{items}",
        MsgId::SuppWhyPrincipal => "the principal penalty is {penalty}",
        MsgId::SuppWhyCountLife => "a count carries deprivation for life",
        MsgId::SuppLifeAbsorbing => {
            "{why}: political rights for life, absorbing {n} term deprivation(s)"
        }
        MsgId::SuppLife => "{why}: political rights for life",
        MsgId::SuppDprMerged => "political rights: {terms} = {total}",
        MsgId::SuppDprAbove5 => {
            "the merged deprivation of political rights, {total}, exceeds the 5 years of CL 55; whether that is allowed is not settled"
        }
        MsgId::SuppDprOne => "political rights: {total}, from the one count that carries it",
        MsgId::SuppConfiscationSum => "confiscation: {amounts} = {total}",
        MsgId::SuppFinesSum => "fines: {amounts} = {total}",
        MsgId::SuppFinesAbsorbed => {
            "confiscation of all property absorbs the fines ({total}): only the confiscation is executed"
        }
        MsgId::SuppNone => "none",
        MsgId::SuppNoneAbsorbed => "none (absorbed by confiscation of all property)",
        MsgId::SuppLifeMissing => {
            "CL 57 requires deprivation of political rights for life with {penalty}, but the decided sentence has {got}"
        }
        MsgId::SuppLifeMissingHint => "add `political_rights: life` to `decided`",
        MsgId::SuppDprMismatch => {
            "the counts' deprivation of political rights merges to {expected}, but the decided sentence has {got}"
        }
        MsgId::SuppDprMismatchHint => {
            "supplementary penalties of the counts are still executed (CL 69 ¶3); check the judgment"
        }
        MsgId::SuppFineMismatch => {
            "the counts' fines come to {expected}, but the decided sentence has {got}"
        }
        MsgId::SuppFineMismatchHint => {
            "SPC-2000 art. 3: fines are added; confiscation of all property absorbs them"
        }
        MsgId::SuppConfiscationMismatch => {
            "the counts' confiscation comes to {expected}, but the decided sentence has {got}"
        }
        MsgId::SuppMixedCurrencies => {
            "the counts' {what} amounts are in different currencies and cannot be added"
        }
        MsgId::SuppMixedCurrenciesHint => "write every amount in the currency of the judgment",
        MsgId::ParoleNaDeath => "a death sentence executed immediately has no parole",
        MsgId::ParoleNaKind => {
            "CL 81 provides parole for fixed-term and life imprisonment only, not for {kind}"
        }
        MsgId::ParoleBarLifeWithout => {
            "the judgment imposes life imprisonment without commutation or parole after the reprieve: parole is barred"
        }
        MsgId::ParoleBarRecidivist => "the defendant is recorded as a recidivist: parole is barred",
        MsgId::ParoleBarViolentReprieve => {
            "{offence}: {penalty} for a crime listed in CL 81 ¶2; after commutation parole stays barred (SPC-2016 art. 25 ¶2)"
        }
        MsgId::ParoleBarViolent => {
            "{offence}: {penalty} for a crime listed in CL 81 ¶2 (10 years or more, or life): parole is barred"
        }
        MsgId::ParoleCombinedReading => {
            "{offence} is a crime listed in CL 81 ¶2 but carries {penalty}, under 10 years; the combined sentence of {sentence} was taken not to trigger the bar, which speaks of the sentence for that crime"
        }
        MsgId::ParoleFromExecution => {
            "execution of the judgment, pre-trial custody credited one day for one day"
        }
        MsgId::ParoleHalf => "half of the original term: {term} ÷ 2 = {half}{note}",
        MsgId::ParoleHalfInDays => " (the calendar date is computed in days)",
        MsgId::ParoleFromEffective => {
            "the day the judgment took effect; custody before it is not credited"
        }
        MsgId::ParoleLife => "life imprisonment: {years} actually served",
        MsgId::ParoleLife1997Unverified => {
            "the 10-year minimum for life imprisonment under the 1997 text of CL 81 is not confirmed by a bundled source"
        }
        MsgId::ParoleFromReprieveEnd => {
            "the end of the two-year reprieve; the reprieve and earlier custody are not counted"
        }
        MsgId::ParoleReprieve15 => {
            "death with reprieve, once commuted to life or a term: 15 years actually served after the reprieve"
        }
        MsgId::ParolePropertyUnpaid => {
            "the judgment includes a fine or confiscation: parole is refused while the person is able to pay and does not"
        }
        MsgId::CommNoCommutationLifeWithout => {
            "after the reprieve the sentence becomes life imprisonment that cannot be commuted"
        }
        MsgId::CommMinimumHalf => "at least half of {term} = {half} actually served",
        MsgId::CommMinimumLife => "life imprisonment: at least {years} actually served",
        MsgId::CommMinimumRestricted => {
            "restricted commutation: at least 25 years served if the reprieve becomes life (20 years if it becomes 25 years)"
        }
        MsgId::CommMinimumReprieve => {
            "at least 15 years actually served, the two-year reprieve not counted"
        }
        MsgId::CommFromExecution => "execution of the judgment",
        MsgId::CommStartGraftTerm => {
            "graft by a former state functionary sentenced on {date} (after Amendment IX), term {term}: first commutation after {after}"
        }
        MsgId::CommStartListed => "listed crime ({why}): first commutation after 2 years",
        MsgId::CommRecidivist => "recidivist",
        MsgId::CommStartTerm => "term {term}: first commutation after {after}",
        MsgId::CommStartShort => {
            "the start of commutation may be shortened at the court's discretion; no fixed figure"
        }
        MsgId::CommStartLifeGraft => {
            "life for graft by a former state functionary: first commutation after 4 years"
        }
        MsgId::CommWhyLifeCombined => "life imposed as a combined punishment",
        MsgId::CommWhyLifeListed => "life for a listed crime",
        MsgId::CommStartLifeStrict => {
            "{why}: first commutation after 3 years, to no less than 20 years"
        }
        MsgId::CommStartLife => "life imprisonment: first commutation after 2 years",
        MsgId::CommFromReprieveToLife => "the commutation of the reprieve to life imprisonment",
        MsgId::CommWhyGraft => "graft by a former state functionary",
        MsgId::CommWhyRestricted => "restricted commutation",
        MsgId::CommWhyReprieve => "death with reprieve",
        MsgId::CommStartReprieve => {
            "{why}: first commutation {years} after it became life imprisonment"
        }
        MsgId::CommEarlierProvisions => {
            "the start times follow SPC-2016, which governs commutations decided from 2017-01-01; a commutation decided before then (this sentence dates from {date}) followed earlier SPC provisions that are not bundled"
        }
        MsgId::CategoryViolent => "violent",
        MsgId::CategoryGraft => "graft",
        MsgId::CategoryJobRelated => "job-related",
        MsgId::CategoryFinancial => "financial",
        MsgId::CategoryOrganisedCrime => "organised-crime",
        MsgId::CategoryStateSecurity => "state-security",
        MsgId::CategoryTerrorism => "terrorism",
        MsgId::CategoryDrugRingleader => "drug-ringleader",
        MsgId::DatesPeriod => {
            "{first} + {term} − 1 day = {last} (自{first}起至{last}止){convention}"
        }
        MsgId::DatesMonthEndConvention => {
            "; the day before {first} falls on a day that the end month lacks, so the month's last day is used (the tool's month-end convention)"
        }
        MsgId::DatesRecordedFinal => "the judgment of {date} took effect on {final}",
        MsgId::DatesSecondInstance => "second-instance judgment of {date}: final on its date",
        MsgId::DatesAppealPeriod => {
            "service assumed on the day of pronouncement, {date}; appeal period {days} days from the next day, {next} – {last}; no appeal: effective {date} + {days_plus} days = {effective}"
        }
        MsgId::DatesEffectiveAssumed => {
            "the judgment of {date} has no `final:` date; assumed effective on {effective} (service on the day of pronouncement, a {days}-day appeal period, no appeal, no holiday extension)"
        }
        MsgId::DatesEffectiveAssumedHint => {
            "add `final: YYYY-MM-DD` to the judgment when the effective date is known"
        }
        MsgId::CustodyAfterExecution => {
            "custody from {from} begins on or after the day the judgment was executed ({executed}); it is not credited"
        }
        MsgId::CustodyAfterExecutionHint => {
            "custody is credited only before execution (CL 47); check the dates"
        }
        MsgId::CustodyUntilAfterExecution => {
            "custody recorded until {to} but the judgment was executed on {executed}; days from execution on belong to the term, not to the credit"
        }
        MsgId::CustodyUntilAfterExecutionHint => {
            "end the custody period on the day before execution"
        }
        MsgId::CustodyNotCredited => "{from} – {to} ({kind}): not credited",
        MsgId::CustodyOverlap => {
            "custody periods overlap on {n} day(s); each day is counted once, at the more favourable rate"
        }
        MsgId::CustodyOverlapHint => {
            "check the custody dates: one period usually ends the day before the next begins"
        }
        MsgId::CustodyPeriod => "{from} – {to} ({kind}): {days} days {rate}",
        MsgId::CustodyCreditDesignated => {
            "credit: {full} day(s) of custody {rate} + {designated} day(s) at a designated place {drate} = {days} days of the term{gaps}"
        }
        MsgId::CustodyCredit => {
            "credit: {full} day(s) of custody {rate} = {days} days of the term{gaps}"
        }
        MsgId::CustodyGaps => "; the periods have gaps",
        MsgId::CustodyHalfRoundedDown => "÷ 2 (rounded down)",
        MsgId::CustodyKindDetention => "detention",
        MsgId::CustodyKindDesignatedResidence => "designated-residence",
        MsgId::CustodyKindSupervisoryDetention => "supervisory-detention",
        MsgId::CustodyKindBail => "bail",
        MsgId::CustodyKindResidentialSurveillance => "residential-surveillance",
        MsgId::DatesComputeFailed => "a date could not be computed: {error}",
        MsgId::DatesComputeFailedHint => {
            "check the dates and terms in the file; the tool computes dates up to 9999-12-31"
        }
        MsgId::EventEffective => "judgment takes effect",
        MsgId::EventExecutedRecorded => "executed (delivered to the executing organ)",
        MsgId::EventExecutedAssumed => "executed (assumed)",
        MsgId::DatesExecutedRecorded => "recorded: executed on {date}",
        MsgId::DatesExecutedAssumed => {
            "not recorded: assumed to be the day the judgment took effect, {date}; custody without `to:` runs until the day before"
        }
        MsgId::DatesExecutionAssumed => {
            "the day of execution is not recorded; assumed {date}, the day the judgment took effect, with custody continuing until then"
        }
        MsgId::DatesExecutionAssumedHint => {
            "add `executed: YYYY-MM-DD` to the judgment when the day of delivery to prison is known"
        }
        MsgId::DatesCustodyAssumed => "custody from {date} is not confirmed by the sources{note}",
        MsgId::EventCustodyCredit => "custody credit",
        MsgId::DatesNoCustody => "no custody credited: the term runs from execution, {date}",
        MsgId::DatesCustodyContinuous => {
            "custody without a gap until execution: the term runs from the first day of custody, {start} ({executed} − {days} days)"
        }
        MsgId::DatesCustodyWithGaps => {
            "execution {executed} − {days} days credited = {start} (the term is counted as if it had started then)"
        }
        MsgId::EventTermStarts => "term starts",
        MsgId::DatesMonthEndNote => {
            "the term starts on {start}: the day before it falls on a day of the month that {month} lacks, so the term ends on that month's last day, {end} (the tool's convention; no judgment with such a start was found)"
        }
        MsgId::EventTermEnds => "term ends",
        MsgId::EventParoleFrom => "parole possible from",
        MsgId::DatesParoleHalfDays => {
            "{days} days from {start} to {end}; half, rounded up = {half} days; {start} + {half} days = {parole}"
        }
        MsgId::EventMinimumServedCl78 => "minimum served (CL 78 ¶2) until",
        MsgId::DatesMinimumHalfDays => {
            "half of {days} days = {half} days from {start}: last day {last}; no commutation can bring release earlier"
        }
        MsgId::EventFirstCommutation => "first commutation possible from",
        MsgId::DatesFirstCommutationTerm => {
            "{after} served counted from execution ({executed}), custody not counted: {date}"
        }
        MsgId::DatesParoleLife => {
            "{after} actually served from the day the judgment took effect ({effective}), custody before it not credited: {date}"
        }
        MsgId::DatesMinimumLife => {
            "{min} counted from the day the judgment took effect ({effective}), as SPC-2016 art. 23 ¶2 counts it for parole: last day {last}"
        }
        MsgId::DatesFirstCommutationLife => "{after} served from execution ({executed}): {date}",
        MsgId::EventReprieveEnds => "reprieve ends",
        MsgId::DatesReprieveEnds => {
            "two years from the day the judgment became final ({effective}): {period}"
        }
        MsgId::EventBecomesLife => "becomes life imprisonment (unless commuted otherwise)",
        MsgId::EventBecomesLifeWithout => {
            "becomes life imprisonment without commutation or parole (unless commuted otherwise)"
        }
        MsgId::DatesBecomesLife => {
            "without an intentional crime during the reprieve: life imprisonment when the two years expire, the day after {last}"
        }
        MsgId::DatesBecomesLifeWithout => {
            "without an intentional crime during the reprieve: life imprisonment without commutation or parole when the two years expire, the day after {last}"
        }
        MsgId::DatesParoleReprieve => {
            "{years} actually served from the expiry of the reprieve ({after}); the reprieve and custody not counted: {date}"
        }
        MsgId::EventMinimumServed => "minimum served until",
        MsgId::DatesMinimumReprieve => {
            "{min} actually served from the expiry of the reprieve ({after}), the reprieve not counted: last day {last}"
        }
        MsgId::DatesFirstCommutationReprieve => {
            "{years} after becoming life imprisonment ({after}), if that happens when the reprieve expires: {date}"
        }
        MsgId::EventParole => "parole",
        MsgId::EventCommutation => "commutation",
        MsgId::DatesBarred => "barred",
        MsgId::DatesCommutationBarred => {
            "a commutation is recorded on {date} but the sentence cannot be commuted"
        }
        MsgId::DatesBeforeSpc2016 => {
            " (the ruling predates SPC-2016, in force 2017-01-01; the provisions then in force are not bundled)"
        }
        MsgId::DatesCommutationTooEarly => {
            "the commutation of {date} comes {days} day(s) before the earliest date {earliest} ({rule}); only major meritorious service (重大立功) allows that{before}"
        }
        MsgId::DatesReprieveCommutedEarly => {
            "the reprieve was commuted on {date}, before it expired on {expired}"
        }
        MsgId::DatesReprieveCommutedEarlyHint => {
            "CL 50: the commutation follows the expiry of the two years"
        }
        MsgId::EventCommutedToLife => "commuted to life imprisonment",
        MsgId::DatesRecordedRuling => "recorded ruling of {date}{court}",
        MsgId::EventNextCommutation => "next commutation possible from",
        MsgId::DatesNextAfterLife => {
            "{years} served after the ruling of {date} that made it life imprisonment: {next}"
        }
        MsgId::DatesNot25Years => {
            "the reprieve was commuted to {term}; CL 50 provides 25 years for major meritorious service"
        }
        MsgId::EventCommutedTo => "commuted to {term}",
        MsgId::DatesTermFromReprieve => {
            "the term runs from the expiry of the reprieve (CL 51): {period}"
        }
        MsgId::DatesLifeToTermRange => {
            "life imprisonment commuted to {term}; {rule} gives {lo} – {hi} (outside it only for the merit levels the article lists){before}"
        }
        MsgId::DatesTermFromRuling => "the term runs from the ruling: {period}",
        MsgId::DatesGapAfterRuling => "{gap} after the ruling of {date}: {next}",
        MsgId::DatesCutTooLarge => {
            "the commutation of {date} cuts {cut}; {rule} allows at most {max} in one commutation{before}"
        }
        MsgId::DatesInterval => {
            "the commutation of {date} follows the one of {prev} by less than that one's cut of {cut} (SPC-2016 art. 6 ¶3: not before {least}){before}"
        }
        MsgId::EventCommutedBy => "commuted by {cut}",
        MsgId::DatesTermEndCut => "term end {end} − {cut} = {new_end}",
        MsgId::DatesFloor => {
            "after the commutation of {date} the term would end on {new_end}, before the minimum actually served ends on {min} (CL 78 ¶2)"
        }
        MsgId::DatesGapAfterCommutation => "{gap} after the commutation of {date}: {next}",
        MsgId::DatesChangeTo => "to {penalty}",
        MsgId::DatesChangeBy => "by {term}",
        MsgId::DatesNotApplied => {
            "the commutation of {date} ({change}) does not fit the sentence in force ({current}); later dates ignore it"
        }
        MsgId::DatesNotAppliedHint => {
            "death with reprieve becomes life or 25 years, life becomes a fixed term, a fixed term is cut with `by:`"
        }
        MsgId::EventParoleAfterCommutation => "parole possible from (after commutation)",
        MsgId::DatesParoleAfterCommutation => {
            "{gap} after the commutation of {date}: {least}, later than {parole}"
        }
        MsgId::DatesParoleAfterEnd => {
            "the earliest parole date falls after the term ends ({end}): no parole"
        }
        MsgId::EventReleasedConfirmed => "released (recorded): confirmed",
        MsgId::DatesReleaseMatches => {
            "the recorded release matches the computed end of the term, {end}"
        }
        MsgId::EventReleasedDiffers => "released (recorded): differs",
        MsgId::DatesEarlier => "earlier",
        MsgId::DatesLater => "later",
        MsgId::DatesReleaseDiffers => "computed end {end}; recorded {days} day(s) {direction}",
        MsgId::DatesReleaseDiffersFinding => {
            "recorded release {released} differs from the computed end of the term {end} by {days} day(s) ({direction})"
        }
        MsgId::DatesReleaseDiffersHint => {
            "check the custody dates, the execution date and commutations; an unrecorded commutation or parole explains an earlier release"
        }
        MsgId::EventReleasedRecorded => "released (recorded)",
        MsgId::DatesNoTermEnd => "no term end to compare with",
        MsgId::DatesParoledBarred => "parole is recorded on {date} but is barred ({rule})",
        MsgId::DatesParoledTooEarly => {
            "paroled on {date}, {days} day(s) before the earliest computed date {earliest}"
        }
        MsgId::EventParoledEarly => "paroled (recorded): before the earliest date",
        MsgId::DatesDaysBefore => "{days} day(s) before {date}",
        MsgId::EventParoledConfirmed => "paroled (recorded): confirmed",
        MsgId::DatesOnOrAfter => "on or after the earliest date {date} ({days} day(s) later)",
        MsgId::EventPoliticalRightsRestored => "political rights restored",
        MsgId::DatesDprLifeNoEnd => "deprivation of political rights for life: no end",
        MsgId::EventPoliticalRightsAfter => "political rights restored after",
        MsgId::DatesDprConcurrent => "concurrent with public surveillance: ends with it on {end}",
        MsgId::EventPoliticalRightsAfterFull => "political rights restored after (full term)",
        MsgId::DatesDprFromRelease => "{term} from release on {end}: {period}",
        MsgId::EventPoliticalRightsAfterRecordedParole => {
            "political rights restored after (recorded parole)"
        }
        MsgId::EventPoliticalRightsAfterEarliestParole => {
            "political rights restored after (parole on the earliest date)"
        }
        MsgId::DatesDprFromParole => "{term} from parole on {date}: {period}",
        MsgId::DatesDprLifeRecorded => {
            "deprivation of political rights for life is recorded and no commutation changed it"
        }
        MsgId::DatesAsOfFixed => {
            "served {served} day(s) from {from} to {to}; {remaining} day(s) of the term remain after {day}"
        }
        MsgId::DatesAsOfOpen => {
            "served {served} day(s) from {from} to {to}; the sentence has no fixed end"
        }
        MsgId::DatesNothingToCount => "nothing to count",
        MsgId::EventAsOf => "as of {date}",
        MsgId::DatesDprRange => {
            "political rights changed to {term} at the commutation; SPC-2016 art. 17 ¶2 gives 7–10 years (CL 57 ¶2: 3–10)"
        }
        MsgId::DatesDprNotRecorded => {
            "the sentence was commuted to a fixed term but the new term of deprivation of political rights (CL 57 ¶2: 3–10 years) is not recorded; its end is not computed"
        }
        MsgId::DatesDprNotRecordedHint => "add `political_rights:` to the commutation",
        MsgId::LaterOnlyFirst => {
            "only the first later judgment (`after:`) is combined; later ones are not computed"
        }
        MsgId::LaterFailed => "the later judgment could not be combined: {error}",
        MsgId::LaterNotComputed => {
            "CL 70/71 combination is computed for an earlier fixed term with known dates; the earlier sentence is {penalty}"
        }
        MsgId::LaterCommutations => {
            "the earlier sentence was commuted: SPC-2016 art. 33 (a new intentional crime: time cut by commutation does not count as served) and art. 34 (a discovered crime: earlier commutation rulings lapse) are not applied; the original term is used"
        }
        MsgId::LaterAfterTerm => {
            "the later judgment of {date} comes after the earlier term ended on {end}: CL 70/71 apply only before the sentence is completed"
        }
        MsgId::LaterFirstCombine => "first combine, then subtract",
        MsgId::LaterFirstSubtract => "first subtract, then combine",
        MsgId::LaterServed => {
            "{title}: served on the earlier term of {term} from {start} to the day before the later judgment of {date}: {days} days ({served})"
        }
        MsgId::LaterRemainder => {
            "unserved remainder R = {term} − served = {date} to {end} = {remainder}"
        }
        MsgId::LaterDiscoveredTerm => {
            "combined term {term} counted from {start}, time served within it: {period}; {remaining} days remain after {date}"
        }
        MsgId::LaterNewTerm => {
            "combined term {term} runs from the later judgment (execution assumed on its date): {period}; in all {days} days served + {term}"
        }
        MsgId::LaterDatesNotRecomputed => {
            "parole, commutation and political-rights dates are shown for the earlier sentence; they are not recomputed for the combined term"
        }
        MsgId::BoundsOutside => "{penalty} for one crime is outside {lo} – {hi} ({rule})",
        MsgId::BoundsTooHighHint => {
            "a single count cannot exceed this; a higher figure is a combined sentence and belongs under `decided`"
        }
        MsgId::BoundsCheckHint => "check the figure against the judgment",
        MsgId::BoundsDprSurveillance => {
            "deprivation of political rights with public surveillance lasts as long as the surveillance ({surveillance}), not {term} (CL 55 ¶2)"
        }
        MsgId::BoundsDprSurveillanceHint => "write the same term as the public surveillance",
        MsgId::BoundsDprOutside => {
            "deprivation of political rights for {term} is outside 1 – 5 years (CL 55 ¶1)"
        }
        MsgId::BoundsDprOutsideHint => {
            "a term deprivation is 1 to 5 years; with death or life it is `life` (CL 57)"
        }
        MsgId::LabelAsOfLine => "As of {date} (set with --as-of)",
        MsgId::LabelColon => ": ",
        MsgId::EventTermEndsCombined => "term ends (combined with the later judgment)",
        MsgId::LabelReduction => "{term} ({percent}%)",
        MsgId::TlEffective => "judgment effective",
        MsgId::TlEarliestCommutation => "earliest commutation",
        MsgId::TlParoleEligible => "parole eligible",
        MsgId::TlReprieveEnds => "reprieve ends",
        MsgId::TlTermEnds => "term ends",
        MsgId::TlPoliticalRightsRestored => "political rights restored",
        MsgId::TlAsOf => "as of",
        MsgId::TlLaneCustody => "custody",
        MsgId::TlLaneSentence => "sentence",
        MsgId::TlLanePoliticalRights => "political rights",
        MsgId::TlTitle => "Timeline for {name}",
        MsgId::TlCustodyCredited => "custody credited",
        MsgId::TlReprieve => "two-year reprieve",
        MsgId::TlAfterReprieve => "after the reprieve",
        MsgId::TlTerm => "term",
        MsgId::TlLife => "life imprisonment",
        MsgId::TlLifeArrow => "life →",
        MsgId::TlDpr => "deprivation of political rights",
        MsgId::TlDeprivedForLife => "deprived for life",
        MsgId::CsvFile => "file",
        MsgId::CsvCase => "case",
        MsgId::CsvDefendant => "defendant",
        MsgId::CsvNativeName => "native_name",
        MsgId::CsvCounts => "counts",
        MsgId::CsvPrinciple => "principle",
        MsgId::CsvHighest => "highest",
        MsgId::CsvTotal => "total",
        MsgId::CsvRangeMin => "range_min",
        MsgId::CsvRangeMax => "range_max",
        MsgId::CsvDecided => "decided",
        MsgId::CsvLawful => "lawful",
        MsgId::CsvReduction => "reduction",
        MsgId::CsvReductionPercent => "reduction_percent",
        MsgId::CsvParoleAfter => "parole_after",
        MsgId::CsvParoleBarredBy => "parole_barred_by",
        MsgId::CsvErrors => "errors",
        MsgId::CsvTermEnd => "term_end",
        MsgId::CsvParoleEligible => "parole_eligible",
        MsgId::CsvPoliticalRightsEnd => "political_rights_end",
        MsgId::CsvCount => "count",
        MsgId::CsvOffence => "offence",
        MsgId::CsvArticle => "article",
        MsgId::CsvCommitted => "committed",
        MsgId::CsvPenalty => "penalty",
        MsgId::CsvPenaltyKind => "penalty_kind",
        MsgId::CsvPenaltyDuration => "penalty_duration",
        MsgId::CsvPoliticalRights => "political_rights",
        MsgId::CsvFine => "fine",
        MsgId::CsvConfiscation => "confiscation",
        MsgId::CsvCategories => "categories",
        MsgId::CsvAssumed => "assumed",
        MsgId::HeadJurisdiction => "Jurisdiction",
        MsgId::HeadInForce => "In force",
        MsgId::HeadVerified => "Verified",
        MsgId::HeadSummary => "Summary",
        MsgId::VerificationStatute => "statute",
        MsgId::VerificationReference => "reference",
        MsgId::VerificationUnverified => "UNVERIFIED",
        MsgId::DiagIn => "in {location}",
        MsgId::InTooLarge => "the file is {len} bytes or more, over the limit of {max} bytes",
        MsgId::InTooLargeHint => {
            "a case file is normally a few kilobytes; split it, or raise the limit with --max-file-size"
        }
        MsgId::InNotUtf8 => "the file is not UTF-8 text (invalid byte at offset {offset})",
        MsgId::InNotUtf8Hint => "save the file as UTF-8 (it may be in GBK/GB18030, Big5 or UTF-16)",
        MsgId::InEmptyFile => "the file is empty",
        MsgId::InEmptyFileHint => {
            "a case file starts with `case:`, `jurisdiction:` and `defendants:`"
        }
        MsgId::InControlChar => {
            "the file contains the control character U+{code}, which YAML does not allow"
        }
        MsgId::InControlCharHint => {
            "a case file is plain UTF-8 text: is this a binary file, or one saved as UTF-16?"
        }
        MsgId::InNotAMapping => "the file is not a mapping of `key: value` lines",
        MsgId::InNotAMappingHint => {
            "a case file is a mapping with `case:`, `jurisdiction:` and `defendants:` at the left margin (see docs/case-format.md)"
        }
        MsgId::InTabIndent => "a tab is used for indentation; YAML allows only spaces there",
        MsgId::InTabIndentHint => {
            "replace the tab with spaces (set your editor to insert spaces for Tab in YAML files)"
        }
        MsgId::InUnknownField => "unknown field `{field}`",
        MsgId::InFieldsAllowedSuggest => "did you mean `{suggestion}`? Fields allowed here: {list}",
        MsgId::InFieldsAllowed => "fields allowed here: {list}",
        MsgId::InMissingField => "missing field `{field}`",
        MsgId::InMissingFieldHint => "add `{field}:` here (see docs/case-format.md)",
        MsgId::InDuplicateKeyNamed => "the key `{key}` appears twice in the same mapping",
        MsgId::InDuplicateKey => "a key appears twice in the same mapping",
        MsgId::InDuplicateKeyHint => {
            "YAML keeps only one value per key; remove or rename one of them"
        }
        MsgId::InExpectedFound => "expected {expected}, found {found}",
        MsgId::InExpectedHere => "expected {what} here",
        MsgId::InWhatList => "a list",
        MsgId::InWhatMapping => "a mapping of `key: value` lines",
        MsgId::InExpected => "expected {expected}",
        MsgId::InExpectedBool => "expected `true` or `false`",
        MsgId::InExpectedBoolHint => {
            "YAML 1.2 booleans are only `true` and `false` (not yes/no/on/off)"
        }
        MsgId::InEmptyValue => "this value is empty",
        MsgId::InEmptyValueHint => "write a value after the colon, or remove the line",
        MsgId::InSeveralDocuments => "the file holds several YAML documents",
        MsgId::InSeveralDocumentsHint => {
            "one case per file: split the documents at `---` into separate files"
        }
        MsgId::InTooManyItems => "more than {max} {what}",
        MsgId::InTooManyItemsHint => {
            "a case file holds at most {max} {what}{scope}; split the case into several files"
        }
        MsgId::InItemDefendants => "defendants",
        MsgId::InItemJudgments => "judgments",
        MsgId::InItemCounts => "counts",
        MsgId::InItemEntries => "entries",
        MsgId::InScopePerJudgment => " per judgment",
        MsgId::InScopePerDefendant => " per defendant",
        MsgId::InScopeInAList => " in a list",
        MsgId::InAliasesExpand => "the aliases (`*name`) in this file expand to too much data",
        MsgId::InAliasesExpandHint => {
            "a case file needs few if any aliases; write the values out (limit: {events} nodes from aliases, nested at most {depth} deep)"
        }
        MsgId::InTooDeep => "the YAML nests more than {max} levels deep",
        MsgId::InTooDeepHint => {
            "a case file nests about eight levels (case, defendants, judgments, counts); simplify the file"
        }
        MsgId::InTooDeepBudgetHint => {
            "a case file nests about eight levels (case, defendants, judgments, counts); {simplify}"
        }
        MsgId::InSimplify => {
            "a case file is a few levels of `key: value` lines and lists; simplify the file"
        }
        MsgId::InYaml => "{detail}",
        MsgId::InYamlHint => {
            "check the YAML syntax at this place: indentation, a missing colon, or an unclosed quote or bracket"
        }
        MsgId::InTooManyAliases => "the file uses too many aliases (`*name`; limit {max})",
        MsgId::InTooManyAliasesHint => "a case file needs few if any aliases; write the values out",
        MsgId::InTooManyAnchors => "the file defines too many anchors (`&name`; limit {max})",
        MsgId::InTooManyAnchorsHint => "a case file needs few if any anchors; write the values out",
        MsgId::InTooManyNodes => "the file has more than {max} YAML values",
        MsgId::InTooManyNodesHint => "{simplify}, or split it into several case files",
        MsgId::InScalarBytes => "the file's text values add up to more than {max} bytes",
        MsgId::InScalarBytesHint => {
            "shorten the notes and summaries, or write out values instead of using aliases"
        }
        MsgId::InYamlLimit => "the file exceeds a limit of the YAML reader ({detail})",
        MsgId::InTypeHintList => {
            "this field takes a list: put each item on its own line starting with `- `"
        }
        MsgId::InTypeHintMapping => {
            "this field takes a mapping of `key: value` lines, indented under it"
        }
        MsgId::InTypeHintBool => "write `true` or `false`",
        MsgId::InTypeHintDocs => "see docs/case-format.md for what this field takes",
        MsgId::CvEmptyTitle => "the case title is empty",
        MsgId::CvEmptyTitleHint => "give the case a title",
        MsgId::CvJurisdictionSuggest => "did you mean `{suggestion}`? Supported: {list}",
        MsgId::CvJurisdictionList => "supported jurisdictions: {list}",
        MsgId::CvUnknownJurisdiction => "unknown jurisdiction `{value}`",
        MsgId::CvFieldNotForJurisdiction => "`{name}` is not used in jurisdiction {code}",
        MsgId::CvFieldNotForJurisdictionHint => "`{name}` is read only for {list}; remove it",
        MsgId::CvBadConsecutiveTo => "`{value}` is not the number of an earlier count",
        MsgId::CvBadConsecutiveToHint => {
            "write the 1-based numbers of counts listed above this one, such as `consecutive_to: [1]`"
        }
        MsgId::CvBadReleaseRegime => "unknown release regime `{value}`",
        MsgId::CvValuesList => "values: {list}",
        MsgId::CvNoDefendants => "the case has no defendants",
        MsgId::CvNoDefendantsHint => {
            "add at least one entry under `defendants:` with a name and judgments"
        }
        MsgId::CvEmptyName => "the defendant's name is empty",
        MsgId::CvEmptyNameHint => "write the name as reported",
        MsgId::CvDuplicateDefendant => {
            "the defendant `{name}` appears twice (first at line {line})"
        }
        MsgId::CvDuplicateDefendantHint => {
            "each defendant appears once per file; put all their judgments under one entry"
        }
        MsgId::CvCustodyKindSuggest => "did you mean `{suggestion}`? Kinds: {list}",
        MsgId::CvCustodyKindList => "kinds: {list}",
        MsgId::CvUnknownCustodyKind => "unknown custody kind `{value}`",
        MsgId::CvCustodyOutOfOrder => "custody ends on {to} before it starts on {from}",
        MsgId::CvCustodyOutOfOrderHint => "check the two dates; `from` is the first day in custody",
        MsgId::CvNoJudgments => "the defendant has no judgments",
        MsgId::CvNoJudgmentsHint => "add the judgment with its court, date and counts",
        MsgId::CvJudgmentOutOfOrder => {
            "this judgment ({date}) is dated before the one above it ({previous})"
        }
        MsgId::CvJudgmentOutOfOrderHint => {
            "list judgments in date order: first instance, then appeal"
        }
        MsgId::CvOffenceAfterJudgment => {
            "the offence is dated {committed} but the judgment is of {date}"
        }
        MsgId::CvOffenceAfterJudgmentHint => {
            "an offence is committed before the judgment that tries it; check both dates"
        }
        MsgId::CvByNotATerm => "`by` takes a length of time, such as `1 year`",
        MsgId::CvByNotATermHint => "to replace the penalty, write `to:` instead",
        MsgId::CvToAndBy => "a commutation has either `to` or `by`, not both",
        MsgId::CvToAndByHint => "`to:` for a new penalty, `by:` for a cut of a fixed term",
        MsgId::CvNoChange => "a commutation needs `to` (the new penalty) or `by` (the cut)",
        MsgId::CvNoChangeHint => "for example `to: life imprisonment` or `by: 1 year`",
        MsgId::CvCommutationBeforeJudgment => {
            "the commutation ({date}) is dated before the judgment ({judgment})"
        }
        MsgId::CvCommutationBeforeJudgmentHint => "check the date of the ruling",
        MsgId::CvCommutationsOutOfOrder => {
            "commutations are not in date order ({date} after {previous})"
        }
        MsgId::CvCommutationsOutOfOrderHint => "list commutations in date order",
        MsgId::CvReleasedBeforeCustody => "released on {released} before custody began on {from}",
        MsgId::CvReleasedBeforeCustodyHint => "check the release date",
        MsgId::CvAfterOnFirst => "the first judgment listed cannot be for a later crime",
        MsgId::CvAfterOnFirstHint => {
            "list the earlier judgment first; `after:` marks the later one"
        }
        MsgId::CvAfterSuggest => "did you mean `{suggestion}`? Values: {list}",
        MsgId::CvAfterList => "values: {list}",
        MsgId::CvUnknownAfter => "unknown value `{value}` for `after`",
        MsgId::CvUpheldWithoutAppeal => "`upheld` is for an appeal judgment",
        MsgId::CvUpheldWithoutAppealHint => "add `appeal: true`, or remove `upheld`",
        MsgId::CvUpheldAndChanged => {
            "an appeal that upheld the judgment does not restate counts or a sentence"
        }
        MsgId::CvUpheldAndChangedHint => {
            "remove `upheld: true` if the appeal court changed the sentence"
        }
        MsgId::CvAppealFirst => "the first judgment listed is an appeal",
        MsgId::CvAppealFirstHint => "list the first-instance judgment before the appeal",
        MsgId::CvAppealWithoutOutcome => {
            "the appeal says neither `upheld: true` nor what it decided"
        }
        MsgId::CvAppealWithoutOutcomeHint => {
            "add `upheld: true`, or `decided:` (and `counts:` if the appeal changed them)"
        }
        MsgId::CvNoCounts => "a first-instance judgment needs its counts",
        MsgId::CvNoCountsHint => "add `counts:` with each offence and its penalty",
        MsgId::CvNoDecided => "the judgment has {counts} counts but no combined sentence",
        MsgId::CvNoDecidedHint => {
            "add `decided:` with the penalty the court decided to execute (决定执行)"
        }
        MsgId::CvBadThen => {
            "`then` is for public surveillance executed after the main penalty (CL 69 ¶2)"
        }
        MsgId::CvBadThenHint => "write for example `then: public surveillance 1 year`",
        MsgId::CvFinalBeforeDate => {
            "the judgment became final on {effective} before it was given on {date}"
        }
        MsgId::CvFinalBeforeDateHint => {
            "`final` is the day the judgment took legal effect, on or after its date"
        }
        MsgId::CvEmptyOffence => "the offence is empty",
        MsgId::CvEmptyOffenceHint => "name the crime as the judgment does",
        MsgId::CvBadArticle => "`{value}` names no article",
        MsgId::CvBadArticleHint => "write the article as `CL 385` (several: `CL 385/386`)",
        MsgId::CvCategorySuggest => "did you mean `{suggestion}`? Categories: {list}",
        MsgId::CvCategoryList => "categories: {list}",
        MsgId::CvUnknownCategory => "unknown category `{value}`",
        MsgId::CvAssumedSuggest => {
            "did you mean `{suggestion}`? The fields that can be assumed here: {list}"
        }
        MsgId::CvAssumedList => "the fields that can be assumed here: {list}",
        MsgId::CvBadAssumed => "`{value}` is not a field that can be marked assumed",
        MsgId::DtNotADate => "`{text}` is not a date",
        MsgId::DtFormatHint => "write dates as YYYY-MM-DD, for example 2012-09-24",
        MsgId::DtNotInCalendar => "{text} does not exist in the calendar",
        MsgId::DtNotInCalendarHint => {
            "check the day of the month (February has 28 days, 29 in leap years)"
        }
        MsgId::DtNotFourDigitYear => "`{text}` is not a four-digit year",
        MsgId::DtNotAYear => "`{text}` is not a year",
        MsgId::DtFourDigits => "use four digits",
        MsgId::DtYearOutside => "the year {year} is outside {earliest}–{latest}",
        MsgId::DtYearOutsideHint => "check for a typing error in the year",
        MsgId::DtMonth => "month",
        MsgId::DtDay => "day",
        MsgId::DtNotTwoDigit => "`{text}` is not a two-digit {what}",
        MsgId::DtNotA => "`{text}` is not a {what}",
        MsgId::DtTwoDigits => "use two digits",
        MsgId::DtInvalid => "{n} is not a valid {what}",
        MsgId::DtBetween => "a {what} is between {min} and {max}",
        MsgId::DtBadYear => "bad year",
        MsgId::DtBadMonth => "bad month",
        MsgId::DtNotAPeriod => "`{text}` is not a date, month or year",
        MsgId::DtNotAPeriodHint => {
            "write 2012-02-06, 2012-02, 2012, or a range such as 2011-11..2012-02"
        }
        MsgId::DtRangeBackwards => "the range {text} ends before it starts",
        MsgId::DtRangeBackwardsHint => "write the earlier end first: FROM..TO",
        MsgId::PgPenaltyForms => {
            "accepted: `15 years`, `2 years 6 months`, `criminal detention 6 months`, `public surveillance 2 years`, `life imprisonment`, `death with reprieve`, `death`, 有期徒刑十五年, 拘役六个月, 管制二年, 无期徒刑, 死刑缓期二年执行, 死刑"
        }
        MsgId::PgRightsForms => "accepted: `3 years`, `life`, 剥夺政治权利三年, 剥夺政治权利终身",
        MsgId::PgConfiscationForms => {
            "accepted: `all property`, 没收个人全部财产, or an amount such as `300000 CNY` or 没收个人财产人民币三十万元"
        }
        MsgId::PgRestrictionForms => {
            "after `death with reprieve` write `restricted commutation` or `life without parole` (限制减刑 or 终身监禁)"
        }
        MsgId::PgWhatPenalty => "penalty",
        MsgId::PgWhatRights => "term of political rights",
        MsgId::PgWhatConfiscation => "confiscation",
        MsgId::PgWhatAmount => "amount",
        MsgId::PgNothing => "no {what} given",
        MsgId::PgBadNumeral => "cannot read the number `{text}`",
        MsgId::PgBadNumeralHint => {
            "write it as judgments do (`十五`, `二十五`, `一百二十`) or in digits"
        }
        MsgId::PgRemoveIt => "remove it",
        MsgId::PgRemoveItForms => "remove it; {forms}",
        MsgId::PgDidYouMean => "did you mean `{word}`?",
        MsgId::PgDidYouMeanForms => "did you mean `{word}`? {forms}",
        MsgId::PgExpectedForms => "expected {expected}; {forms}",
        MsgId::PgRemoveExpected => "remove it; expected {expected}",
        MsgId::PgUnexpectedAfter => "unexpected `{text}` after `{before}`",
        MsgId::PgUnknownWord => "unknown word `{text}`",
        MsgId::PgUnexpected => "unexpected `{text}`",
        MsgId::PgExpPenalty => "a penalty",
        MsgId::PgExpTermSuch => "a term, such as `{example}`",
        MsgId::PgExpRestriction => "a restriction",
        MsgId::PgExpNumber => "a number, such as `2 years`",
        MsgId::PgExpTermOrLife => "a term or `life`",
        MsgId::PgLwopAlone => "`{text}` follows a death sentence with reprieve",
        MsgId::PgLwopAloneHint => {
            "write `death with reprieve, life without parole` (死刑缓期二年执行，终身监禁)"
        }
        MsgId::PgKindTwice => "the kind of penalty is given twice: `{text}`",
        MsgId::PgKindTwiceHint => {
            "give it once, such as `imprisonment 15 years` or `15 years' imprisonment`"
        }
        MsgId::PgNeedsTerm => "`{text}` needs a term",
        MsgId::PgNeedsTermHint => "add the term, such as `{example}`",
        MsgId::PgReprieveWritten => {
            "a death sentence with reprieve is written 死刑缓期二年执行 (the reprieve is two years, CL 48)"
        }
        MsgId::PgUnknownAfterDeath => "unknown word `{text}` after death",
        MsgId::PgDeathHint => {
            "write `death`, `death with reprieve`, 死刑, 死刑立即执行 or 死刑缓期二年执行"
        }
        MsgId::PgRestrictionMissing => "a restriction is missing",
        MsgId::PgNeedsLwop => "`{text}` needs 终身监禁 after it",
        MsgId::PgNeedsLwopHint => "write `…减为无期徒刑后，终身监禁，不得减刑、假释`",
        MsgId::PgNotRestriction => "`{text}` is not a restriction of a reprieve",
        MsgId::PgTermMissing => "a term is missing",
        MsgId::PgTermMissingHint => "write a term such as `2 years 6 months`",
        MsgId::PgNegative => "a term cannot be negative",
        MsgId::PgNegativeHint => "remove the minus sign",
        MsgId::PgNoUnit => "`{text}` has no unit",
        MsgId::PgNoUnitHint => "add a unit: `{example}`",
        MsgId::PgAbbreviation => "`{text}` is an abbreviation",
        MsgId::PgUnitsInFull => "write units in full: `{example}`",
        MsgId::PgUnitsInFullMinutes => {
            "write units in full: `{example}` (`m` could also mean minutes)"
        }
        MsgId::PgInDays => "write it in days: `{days} days`",
        MsgId::PgYearsMonthsDays => "write the term in years, months and days",
        MsgId::PgNotSentenceUnit => "`{text}` is not a unit of sentences",
        MsgId::PgUnknownUnit => "unknown unit `{text}`",
        MsgId::PgUnitHint => {
            "a term is written in years, months and days, such as `2 years 6 months` or 二年六个月"
        }
        MsgId::PgWriteExample => "write `{example}`",
        MsgId::PgWholeYearsMonths => "write whole years and months, such as `1 year 6 months`",
        MsgId::PgWholeMonthsDays => "write whole months and days, such as `1 month 15 days`",
        MsgId::PgWholeNumbers => "write whole numbers, such as `1 year 6 months`",
        MsgId::PgNotWhole => "`{text}` is not a whole number; terms are written in whole units",
        MsgId::PgUnitYears => "years",
        MsgId::PgUnitMonths => "months",
        MsgId::PgUnitDays => "days",
        MsgId::PgUnitTwice => "{unit} given twice",
        MsgId::PgUnitTwiceHint => "write each unit once, such as `2 years 6 months`",
        MsgId::PgUnitOrder => "{unit} come after {previous}",
        MsgId::PgUnitOrderHint => "write larger units first: `{fixed}`",
        MsgId::PgTooLong => "more than 10,000 years is not a sentence",
        MsgId::PgTooLongHint => "check the number for a typing error",
        MsgId::PgDaysNotBelowMonth => "{days} days is a month or more; write it in months",
        MsgId::PgDaysHint => "write months and fewer than 30 days, such as `{example}`",
        MsgId::PgZero => "a term of zero is not a sentence",
        MsgId::PgZeroHint => "write the term the court imposed, such as `6 months`",
        MsgId::PgPrincipalNotRights => {
            "`{text}` is a principal penalty, not a term of political rights"
        }
        MsgId::PgPrincipalNotRightsHint => "for life, write `life` or 终身",
        MsgId::PgNeedsTermOrLife => "`{text}` needs a term or 终身",
        MsgId::PgNeedsAmount => "`{text}` needs an amount",
        MsgId::PgNeedsAmountHint => "write the amount, such as `没收个人财产人民币三十万元`",
        MsgId::PgNeitherAllNorAmount => "`{text}` is neither all property nor an amount",
        MsgId::MnSupported => {
            "use one of CNY, EUR, USD, GBP, JPY, TWD (or 元, 人民币, ¥, €, $, £, NT$), such as `300000 CNY`"
        }
        MsgId::MnAmountHint => "write an amount such as `300000 CNY` or `30万元`",
        MsgId::MnCurrencyTwice => "currency `{text}` given twice",
        MsgId::MnCurrencyTwiceHint => "write the currency once, such as `RMB 300000` or `300000元`",
        MsgId::MnNegative => "an amount cannot be negative",
        MsgId::MnNegativeHint => "write the amount without a minus sign, such as `5 CNY`",
        MsgId::MnSecondAmount => "a second amount `{text}`",
        MsgId::MnSecondAmountHint => "give one amount, such as `300000 CNY`",
        MsgId::MnAfterDigits => "`{text}` cannot follow a number in digits",
        MsgId::MnAfterDigitsHint => "after digits write only 万 or 亿, such as `100万元`",
        MsgId::MnBadChineseNumber => "cannot read the Chinese number `{text}`",
        MsgId::MnBadChineseNumberHint => {
            "write it as judgments do (`一百二十万元`) or in digits (`1200000元`)"
        }
        MsgId::MnAbbreviates => "`{text}` abbreviates the amount",
        MsgId::MnAbbreviatesHint => {
            "write the amount in full (`100000 CNY`) or with 万 or 亿 (`10万元`)"
        }
        MsgId::MnUnknownCurrency => "unknown currency `{text}`",
        MsgId::MnNotAmount => "`{text}` is not an amount",
        MsgId::MnNoAmountCurrencyHint => "write the amount with its currency, such as `RMB 300000`",
        MsgId::MnContradicts => "`{text}` contradicts the currency {currency} given before",
        MsgId::MnContradictsHint => "give one currency",
        MsgId::MnNoCurrency => "`{text}` has no currency",
        MsgId::MnNoCurrencyHint => "add a currency, such as `{text} CNY` or `{text}元`",
        MsgId::MnZero => "an amount of zero is not a penalty",
        MsgId::MnZeroHint => {
            "write the amount imposed, such as `300000 CNY`, or leave the penalty out"
        }
        MsgId::MnNoDecimals => "{currency} amounts have no decimal places",
        MsgId::MnNoDecimalsHint => "write a whole number",
        MsgId::MnTooManyPlaces => "`{text}` has more than {places} decimal places",
        MsgId::MnTooManyPlacesHint => "{currency} amounts have at most {places} decimal places",
        MsgId::MnTooLarge => "`{text}` is more than 10^15; that is a typing error, not a penalty",
        MsgId::MnTooLargeHint => "check the digits",
        MsgId::MnTwoPoints => "`{text}` has more than one decimal point",
        MsgId::MnTwoPointsHint => "write one decimal point, such as `1234.50`",
        MsgId::MnCommaAfterPoint => "`{text}` has a comma after the decimal point",
        MsgId::MnCommaAfterPointHint => {
            "group digits with commas only before the point, such as `1,234.50`"
        }
        MsgId::MnTooManyDigits => "`{text}` has too many digits to be read exactly",
        MsgId::MnTooManyDigitsHint => "write at most 2 decimal places",
        MsgId::MnNotGrouped => "`{text}` is not grouped in thousands",
        MsgId::MnNotGroupedHint => {
            "group digits by three (`1,000,000`) or leave the commas out (`1000000`)"
        }
        MsgId::CliFileErrors => "{path}: {count} error(s)",
        MsgId::CliFileValid => "{path}: valid",
        MsgId::CliSummary => "{valid} of {total} file(s) valid",
        MsgId::CoAssumedField => "{offence}: the {field} is not confirmed by the sources",
        MsgId::CoPoliticalRightsNotPenalty => {
            "deprivation of political rights is not a penalty in jurisdiction {code}"
        }
        MsgId::CoRemovePoliticalRights => "remove `political_rights`",
        MsgId::CoConfiscationNotRead => {
            "confiscation of property (CL 59) is not read in jurisdiction {code}"
        }
        MsgId::CoRemoveConfiscation => {
            "remove `confiscation`; forfeiture orders are outside the tool"
        }
        MsgId::CoStateFunctionaryIgnored => {
            "`state_functionary` is a PRC notion; it is ignored in jurisdiction {code}"
        }
        MsgId::CoExecRecorded => "execution began on {date} (recorded)",
        MsgId::CoExecAssumedFinal => {
            "no execution day recorded: assumed to be the day the judgment became final, {date}"
        }
        MsgId::CoExecAssumedJudgment => {
            "no execution or final day recorded: assumed to be the day of the judgment, {date}"
        }
        MsgId::CoCreditNotCustody => "{from} ({kind}): not custody, not credited",
        MsgId::CoCreditPeriod => "{from} – {to}: {days} day(s)",
        MsgId::CoCreditTotal => "{lines}; credited one day for one day = {days} day(s)",
        MsgId::CoTermStartsText => "{exec} − {days} day(s) of credit = {from}",
        MsgId::CoTermEndsText => "{from} + {term} − 1 day = {end} ({days} days)",
        MsgId::CoPositionFailed => "the position on {day} could not be computed: {error}",
        MsgId::CoServedRemain => {
            "served {served} day(s) from {from} to {to}; {remaining} day(s) of the term remain after {day}"
        }
        MsgId::CoServedNoEnd => {
            "served {served} day(s) from {from} to {to}; the sentence has no fixed end"
        }
        MsgId::CoFraction => "⌈{total} days × {num}/{den}⌉ = {n} days served from {from} → {at}",
        MsgId::CoFractionAtLeast => "{base}; at least {min}: {min_date}",
        MsgId::CoFractionAtLeastLater => "{base}; at least {min}: {min_date} (later, so {date})",
        MsgId::CoDatePlusTerm => "{from} + {term} = {date}",
        MsgId::EvExecutionBegins => "execution begins",
        MsgId::EvExecutionBeginsAssumed => "execution begins (assumed)",
        MsgId::EvCustodyCredit => "custody credit",
        MsgId::EvTermStarts => "term starts",
        MsgId::EvTermEnds => "term ends",
        MsgId::EvAsOf => "as of {date}",
        MsgId::CoDatesFailed => "the dates could not be computed: {error}",
        MsgId::DeNoCounts => "no judgment states the counts",
        MsgId::DeOffenceAfterConviction => {
            "{offence}: committed {committed} — § 55 needs an offence before the earlier judgment of {date}"
        }
        MsgId::DeLaterJudgmentJoins => {
            "judgment of {date} for an offence committed before the judgment of {earlier}: its single penalties join the earlier ones and § 54 applies to all {count}"
        }
        MsgId::DeNewCrimeAfterConviction => {
            "the judgment of {date} is for an offence after the earlier conviction: § 55 does not apply, the sentences are executed one after the other (not modelled)"
        }
        MsgId::DeLawName => "StGB, consolidated text of the 2022-03-26 snapshot",
        MsgId::DeLawOnOrAfterSnapshot => "judgment of {date}, on or after the snapshot",
        MsgId::DeLawBeforeSnapshot => {
            "judgment of {date}, before the snapshot: the same wording is assumed"
        }
        MsgId::DeLawVersionAssumed => {
            "the StGB text bundled is that of 2022-03-26; the judgment of {date} is checked against it, assuming earlier wordings gave the same figures (not verified)"
        }
        MsgId::EvReleaseTwoThirds => "release on licence (two-thirds)",
        MsgId::EvReleaseHalf => "release on licence possible (half)",
        MsgId::DeHalfFirstTerm => {
            "if it is the first term of imprisonment served (it does not exceed two years) or in special circumstances"
        }
        MsgId::DeHalfSpecialOnly => "only in special circumstances (the term exceeds two years)",
        MsgId::DeHalfText => "{text}; {condition}",
        MsgId::DeCountedFromTermStart => {
            "the term's first day (credited custody counts as served, § 57 ¶4)"
        }
        MsgId::DeTwoThirdsStep => "two-thirds of {term}: {text}",
        MsgId::DeHalfStep => "half of {term}: {text}; {condition}",
        MsgId::EvReleaseLife => "release on licence possible (life)",
        MsgId::DeLifeEventText => {
            "every deprivation of liberty for the offence counts (¶2): {days} day(s) before execution; {text}"
        }
        MsgId::DeCountedFromLife => {
            "the first day of any deprivation of liberty for the offence (§ 57a ¶2)"
        }
        MsgId::DeLifeStep => {
            "life imprisonment: {text}; unless the particular gravity of guilt requires further execution (§ 57a ¶1 Nr. 2)"
        }
        MsgId::DeNotStgbPenalty => "{penalty} is not a penalty of the StGB",
        MsgId::DeOffencesTogether => "{count} offences judged together: one aggregate sentence",
        MsgId::DeLifeAbsorbs => {
            "{offence}: life imprisonment among the single penalties, so the aggregate is life imprisonment"
        }
        MsgId::DeLifeRequired => {
            "the court's aggregate {penalty} is not life imprisonment, which § 54 ¶1 S.1 requires"
        }
        MsgId::DeUnknownPenaltyKind => {
            "{offence}: {penalty} is not a penalty of the StGB; write a Freiheitsstrafe (`2 Jahre 6 Monate`), `lebenslange Freiheitsstrafe` or a fine in daily rates (`90 Tagessätze zu je 50 Euro`)"
        }
        MsgId::DeEinsatzstrafe => {
            "Einsatzstrafe H = {h}; sum S = {sum} = {s}; H < G < S and G ≤ 15 years"
        }
        MsgId::DeUnitsRange => {
            "in the units of § 39 (full months from one year, full weeks below): {lo} ≤ G ≤ min(S − one unit, 15 years) = {hi}"
        }
        MsgId::DeNoRoom => {
            "H = {h} leaves no room for an increase below min(S, 15 years); § 54 ¶2 as quoted does not settle this case"
        }
        MsgId::DeCourtAggregate => {
            "court's aggregate G = {g}: {h} < {g} is {a}, {g} < {s} is {b}, {g} ≤ 15 years is {c}"
        }
        MsgId::DeOutsideRange => {
            "the court's aggregate {penalty} is not above the Einsatzstrafe {h}, below the sum {s} and at most 15 years (§ 54 ¶1 S.2, ¶2)"
        }
        MsgId::PgDayFineNotThisLaw => {
            "`{text}` is a fine in daily rates (Tagessätze, StGB § 40), a penalty of German law; it is not a principal penalty under this jurisdiction's law"
        }
        MsgId::PgDayFineNotThisLawHint => {
            "set `jurisdiction: DE` if the judgment is German; otherwise write the penalty this law imposes"
        }
        MsgId::DfBadForm => "cannot read `{text}` as a fine in daily rates",
        MsgId::DfFormsHint => {
            "write the number of daily rates and the amount of one (StGB § 40 ¶4): `90 Tagessätze zu je 50 Euro`, `90 Tagessätze à 50 €`, `90 daily rates of 50 euros`, `90 day fines of EUR 50`"
        }
        MsgId::DfNotEuro => "`{text}` gives no amount in euros for one daily rate",
        MsgId::DfBadAmount => {
            "`{amount}` in `{text}` is not an amount in euros with at most two decimal places (German forms `1.500,50`, English forms `1,500.50`)"
        }
        MsgId::KindDayFine => "fine in daily rates",
        MsgId::CoDayFineNotThisLaw => {
            "{offence}: {penalty} is a fine in daily rates (StGB § 40), a penalty of German law, not of the law of {code}; nothing is computed"
        }
        MsgId::CvSeparateFineNotDayFine => {
            "`separate_fine` is a fine in daily rates imposed beside the aggregate (StGB § 53 ¶2 S.2); {penalty} is not one"
        }
        MsgId::CvSeparateFineNotDayFineHint => {
            "write for example `separate_fine: 120 Tagessätze zu je 30 Euro`, and only for a German judgment"
        }
        MsgId::DeStgb40Rates => {
            "{offence}: {penalty}: {rates} daily rates is outside § 40 ¶1 — at least 5 and, unless the law provides otherwise, at most {max} full daily rates"
        }
        MsgId::DeStgb40Amount => {
            "{offence}: {penalty}: a daily rate of {amount} is outside § 40 ¶2 S.3 — at least 1 and at most 30,000 euros"
        }
        MsgId::DeFinesEinsatz => {
            "aggregate of fines: Einsatzstrafe H = {h} daily rates; sum S = {sum} = {s} daily rates (counted in daily rates, not in euros); H < G < S and G ≤ 720 daily rates"
        }
        MsgId::DeFinesRange => "in full daily rates: {lo} ≤ G ≤ min(S − 1, 720) = {hi}",
        MsgId::DeFinesCourt => {
            "court's aggregate G = {g} daily rates: {h} < {g} is {a}, {g} < {s} is {b}, {g} ≤ 720 is {c}"
        }
        MsgId::DeFinesOutsideRange => {
            "the court's aggregate fine {penalty} is not above the highest single fine ({h} daily rates), below the sum ({s} daily rates) and at most 720 daily rates (§ 54 ¶1 S.2, ¶2)"
        }
        MsgId::DeFinesNoRoom => {
            "H = {h} daily rates leaves no room for an increase below min(S, 720 daily rates); § 54 ¶2 as quoted does not settle this case"
        }
        MsgId::DeAmountCourt => {
            "the amount of one daily rate of the aggregate, {amount}, is the court's to set by the offender's circumstances (§ 40 ¶2); the statute does not tie it to the single fines ({singles}); the tool checks only its bounds (1 to 30,000 euros): {ok}"
        }
        MsgId::DeMixedKinds => {
            "imprisonment and fines together (§ 53 ¶2 S.1): one aggregate sentence, formed by increasing the penalty of the more severe kind (§ 54 ¶1 S.2), imprisonment: Einsatzstrafe H = {h}; the fines ({fines}) count towards the sum"
        }
        MsgId::DeRatesAsDays => {
            "§ 54 ¶3: for the sum of the single penalties one daily rate counts as one day of imprisonment: {fines} = {days} days"
        }
        MsgId::DeMonthAs30 => {
            "to add days to terms in months the tool counts a month as 30 days: S = {terms} + {days} days = {s}; H < G < S and G ≤ 15 years"
        }
        MsgId::DeMixedSeparateStep => {
            "the court imposed the fine separately (§ 53 ¶2 S.2): {fine} beside the imprisonment; the terms of imprisonment are combined on their own"
        }
        MsgId::DeMixedChoice => {
            "§ 53 ¶2: the court may include the fines in the aggregate (S.1: lawful range {included}) or impose them separately (S.2: the imprisonment alone, {separate}, and the fines beside it); the file records no `separate_fine:`, and the tool does not guess which the court chose"
        }
        MsgId::DeMixedVerdictOpen => {
            "the court's {penalty} is lawful under one choice of § 53 ¶2 and not under the other, so the verdict is left open; record `separate_fine:` if the court imposed the fine separately"
        }
        MsgId::DeFineAggregateWithPrison => {
            "the court's aggregate {penalty} is a fine, but imprisonment is among the single penalties: the aggregate is formed by increasing imprisonment, the more severe kind (§ 54 ¶1 S.2), and a fine may only stand beside it (§ 53 ¶2 S.2, `separate_fine:`)"
        }
        MsgId::DeSeparateFineNotMixed => {
            "`separate_fine:` ({fine}) applies only where imprisonment and a fine meet (§ 53 ¶2 S.2); the single penalties here are not of both kinds"
        }
        MsgId::DeSeparateSingleFine => {
            "one single fine, imposed separately: the separate fine {fine} must be that fine, {single}: {ok}"
        }
        MsgId::DeMonthLengthMatters => {
            "whether {g} is below the sum {s} depends on how many days a month is counted (28 to 31); the bundled text does not say, and the tool counts 30"
        }
        MsgId::DeDayFineNoRelease => {
            "{penalty} is a fine: no release dates (§ 57 concerns imprisonment); imprisonment in default of payment (§ 43) is not computed"
        }
        MsgId::DeNotAPenalty => "`{text}` is not a penalty",
        MsgId::DeWriteLife => "write `lebenslange Freiheitsstrafe`",
        MsgId::DeTwoNumbers => "two numbers in a row in `{text}`",
        MsgId::DeTwoNumbersHint => "write each number with its unit: `2 Jahre 6 Monate`",
        MsgId::DeNoNumber => "`{word}` in `{text}` has no number",
        MsgId::DeNoNumberHint => "write the number before the unit: `1 Jahr`, `6 Monate`",
        MsgId::DeNotAUnit => "`{word}` is not a unit of time",
        MsgId::DeUnitsHint => "units: Jahr(e), Monat(e), Woche(n), Tag(e)",
        MsgId::DeTermTooLong => "the term is too long",
        MsgId::DeCheckFigure => "check the figure",
        MsgId::DeNumberWithoutUnit => "`{text}` has a number without a unit",
        MsgId::DeNumberWithoutUnitHint => "write `2 Jahre 6 Monate`, `1 Jahr`, `6 Wochen`",
        MsgId::DeTermErrorTooLong => "a term longer than 10,000 years is not a sentence",
        MsgId::DeTermUnitsHint => {
            "terms under a year are written in weeks and months (§ 39), below 30 days in total"
        }
        MsgId::DeZeroTerm => "a term of zero",
        MsgId::TwNoCounts => "no judgment states the counts",
        MsgId::TwReasonBeforeReform => "the judgment of {date} is before the 2005 reform",
        MsgId::TwReasonAllBefore => {
            "every offence was committed before {reform}: art. 2 ¶1 applies the law at the time of the act, and the later text (30 years) is not more favourable"
        }
        MsgId::TwReasonAllAfter => "every offence was committed on or after {reform}",
        MsgId::TwReasonAssumed => {
            "the judgment of {date} is after the reform, and not every offence is dated after {reform}: the 2005 text is assumed"
        }
        MsgId::TwLawReason => "{reason} ({citation})",
        MsgId::TwLawVersionAssumed => {
            "{reason}; the reform is in force from 2006-07-01 (Enforcement Act of the Criminal Code art. 10-1)"
        }
        MsgId::TwLawName2005 => "Criminal Code as reformed in 2005 (in force from 2006-07-01)",
        MsgId::TwLawNamePre2005 => "Criminal Code before the 2005 reform",
        MsgId::TwApplied => "applied",
        MsgId::TwNotApplied => "not applied",
        MsgId::TwLighterLaw => {
            "under the earlier text (20 years) the range is {earlier}; under the 2005 text (30 years) {later}; the 2005 text is {which}: {reason}"
        }
        MsgId::TwTogether => "terms executed together: {sum} = {total}",
        MsgId::TwParolePre2005 => "the parole rules before the 2005 reform are not bundled",
        MsgId::CoCriminalDetention => "criminal detention",
        MsgId::TwAbove40 => {
            "aggregate {term} above 40 years: more than 20 years served → {from} + 20 years + 1 day = {at}"
        }
        MsgId::TwTwoThirdsRecidivist => "two-thirds (recidivist)",
        MsgId::TwHalf => "half",
        MsgId::TwFixedTermParole => {
            "more than {what} of {total} days: ⌊{total} × {num}/{den}⌋ + 1 = {n} days served from {from} → {at}; not before 6 months served: {min}; parole possible from {date}"
        }
        MsgId::EvParolePossible => "parole possible",
        MsgId::CoCountedFromTermCredit => "the term's first day, custody credited one for one",
        MsgId::TwLifeParole => "more than 25 years: {text}, + 1 day = {at}",
        MsgId::CoCountedFromExecution => "the first day of execution",
        MsgId::CoDeath => "death",
        MsgId::TwNotPenalty => "{penalty} is not a penalty of the Taiwanese code",
        MsgId::TwAbsorbs => "{offence}: {top} absorbs the other sentences",
        MsgId::TwNotAbsorbing => {
            "the court's sentence is not {top}, which absorbs the others (art. 51)"
        }
        MsgId::TwLongestSum => {
            "longest L = {h}; sum S = {sum} = {s}; judgment of {date}: cap {cap}"
        }
        MsgId::TwRange => "L ≤ T ≤ min(S, cap) = min({s}, {cap}) → {h} – {hi}",
        MsgId::TwOutsideRange => {
            "the court's sentence {penalty} is outside {h} – {hi} (art. 51 item 5)"
        }
        MsgId::TwDetentionCap => "several terms of criminal detention: at most 120 days",
        MsgId::TwDetentionCap4Months => {
            "several terms of criminal detention: at most four months (text before the 2005 reform)"
        }
        MsgId::TwDetentionMonths => {
            "detention terms written in months cannot be compared with the 120-day cap exactly; not computed"
        }
        MsgId::TwDetentionRange => "longest {h} days; sum {s} days; range {h} – {hi} days",
        MsgId::TwMixedKinds => {
            "fixed terms together with criminal detention: the reference does not say how they combine; not computed"
        }
        MsgId::JpNoCounts => "no judgment states the counts",
        MsgId::JpLawName => "Penal Code (1907, as amended)",
        MsgId::JpLawReason => "judgment of {date}",
        MsgId::JpCustodyNotCredited => {
            "pre-trial detention counts only as far as the court orders (未決勾留日数の算入); not modelled, custody is not credited"
        }
        MsgId::JpOneThirdStep => "one third of {term}: {text}",
        MsgId::JpLifeStep => "life imprisonment: {text}",
        MsgId::JpNotPenalty => "{penalty} is not a penalty of the Japanese code",
        MsgId::JpAbsorbs => "{top} chosen for one crime absorbs the others",
        MsgId::JpLifeMaximum => {
            "{offence}: the statutory maximum is {max}; with a fixed term chosen, the maximum of the fixed-term range is needed (art. 47 works on it)"
        }
        MsgId::JpStatutoryMaxMissing => {
            "{offence}: art. 47 needs the statutory maximum of every crime; add `statutory_max:` (for example `懲役10年`)"
        }
        MsgId::JpOneCrime => "one crime ({offence}): the statutory maximum {max} applies",
        MsgId::JpAggravatedMax => {
            "statutory maxima {maxima}; highest {h} × 1.5 = {one_half}; sum {s}; maximum = min({one_half}, {s}) = {max}"
        }
        MsgId::JpCap => "at most {cap}: maximum {max}",
        MsgId::JpMinimumNotChecked => {
            "the lower end of the range is not settled: give every count its statutory minimum (`statutory_min:`, for example `懲役1月`); a sentence within the maximum is neither confirmed nor refused"
        }
        MsgId::JpLowerBound => {
            "lower end: the highest of the statutory minima {minima} = {lo} (case law and commentary, not the text of art. 47); range {lo} – {max}"
        }
        MsgId::JpBelowMinimum => "{penalty} is below the lower end {lo} of the combined range",
        MsgId::JpAboveMaximum => {
            "the unified sentence {penalty} is above the maximum {max} (art. 47, 14 ¶2)"
        }
        MsgId::UsNoCounts => "no judgment states the counts",
        MsgId::UsLawName => "18 U.S.C. as amended by the First Step Act (2018)",
        MsgId::UsLawReason => "judgment of {date}",
        MsgId::UsPre1987 => {
            "an offence may predate 1987-11-01: the earlier law (with parole) is not modelled"
        }
        MsgId::UsNoParole => "no federal parole for offences after 1987-11-01",
        MsgId::UsReleaseGct => {
            "release comes at the end of the term less good-conduct time (§ 3624(b))"
        }
        MsgId::UsGctText => {
            "full credit ⌊54 × {months} months ÷ 12⌋ = {g} days; {total} − {g} = {served} days served from {from} ({pct}% of the term) → released {release}"
        }
        MsgId::EvProjectedRelease => "projected release (full good-conduct time)",
        MsgId::UsNoGct => "{term} is not more than one year: no good-conduct time",
        MsgId::UsReleaseBeforeFsa => {
            "the projected release {release} falls before {from}, when the First Step Act's 54 days per year imposed took effect; before that day the Bureau of Prisons credited 54 days per year served (about 47 per year imposed), which is not implemented: the actual release was later"
        }
        MsgId::EvSentenceCommences => "sentence commences",
        MsgId::UsLifeNoGct => "life imprisonment: no good-conduct time and no parole",
        MsgId::UsLifeAggregate => "{offence}: life imprisonment; the aggregate is life",
        MsgId::UsNotImprisonment => "{offence}: {penalty} is not a term of imprisonment",
        MsgId::UsConcurrent => "concurrent",
        MsgId::UsConsecutive => "consecutive to count(s) {counts}",
        MsgId::UsCountChain => "count {n} ({offence}): {penalty} {how}; chain {len}",
        MsgId::UsAggregateChain => "aggregate = the longest chain = {total}",
        MsgId::UsAggregateMismatch => {
            "the stated aggregate {penalty} is not the aggregate of the counts, {total}"
        }
        MsgId::GbNoCounts => "no judgment states the counts",
        MsgId::GbLawName => {
            "Criminal Justice Act 2003 release provisions, as modified by SI 2024/844"
        }
        MsgId::GbLawReason => {
            "sentence of {date}; the release fraction is the one in force when the release falls due"
        }
        MsgId::GbLifeNotModelled => {
            "life sentence: release by the Parole Board after the minimum term, not modelled"
        }
        MsgId::GbAggregateChain => "aggregate custodial term = the longest chain = {total}",
        MsgId::GbAggregateMismatch => {
            "the stated total {penalty} is not the aggregate of the counts, {total}"
        }
        MsgId::GbRegimeSimplified => {
            "the counts have different release regimes; the most restrictive, {regime}, is applied to the whole aggregate (the release-date service works sentence by sentence)"
        }
        MsgId::EvSled => "SLED (sentence and licence expiry date)",
        MsgId::GbS244zaBefore2020 => {
            "s. 244ZA did not apply to a sentence of {date} (from April 2020)"
        }
        MsgId::GbS244zaTooShort => "{term} is under the {minimum} that s. 244ZA needs ({citation})",
        MsgId::GbTwoThirds => "two-thirds: {text}",
        MsgId::GbHalfExcluded => "half (excluded from SI 2024/844): {text}",
        MsgId::GbHalfBefore => "half: {text}; before SI 2024/844 applied to this term ({start})",
        MsgId::GbForty => {
            "40 %: {text}; not before the commencement for this term, {start}: CRD {at} (half would have been {half})"
        }
        MsgId::EvCrd => "CRD (conditional release date)",
        MsgId::GbAutomaticRelease => {
            "automatic release on the CRD, {crd}; no parole decision for a standard determinate sentence"
        }
        MsgId::EvTused => "TUSED (top-up supervision expiry date)",
        MsgId::GbTusedText => "term {term} under 2 years: CRD {crd} + 12 months = {tused}",
        MsgId::TitleLighterLawOf => "Lighter law ({rule})",
        MsgId::LighterFigureNotComputed => "not computed (see the findings)",
        MsgId::LighterFigureAtMost => "at most {max} (lower end not settled)",
        MsgId::LighterCompareOldReading => {
            "as this tool reads {rule} (the lower maximum, then the lower minimum), the old text is the lighter"
        }
        MsgId::LighterCompareNewReading => {
            "as this tool reads {rule} (the lower maximum, then the lower minimum), the new text is the lighter"
        }
        MsgId::LighterCompareNotComputed => {
            "a figure was not computed, so there is nothing to compare"
        }
        MsgId::LighterVerdictNotSettled => {
            "the court's figure {penalty} is lawful under one text and not under the other (old text: {old}; new text: {new}); the dates do not settle which text applies, so its lawfulness is not settled"
        }
        MsgId::LighterProvisionTw51Item5 => {
            "combined fixed terms, cap (Criminal Code art. 51 item 5)"
        }
        MsgId::LighterProvisionTw51Item6 => {
            "combined criminal detention, cap (Criminal Code art. 51 item 6)"
        }
        MsgId::LighterWhyTwAllBefore => {
            "{rule}: every offence was committed before 2006-07-01 and judged after it, so the law at the time of the act applies unless the later law is more favourable to the offender; {lighter}"
        }
        MsgId::LighterWhyTwNotSettled => {
            "{rule} chooses by the offence dates, and they do not settle whether every offence was committed before 2006-07-01 ({lighter}); the analysis above assumed the 2005 text"
        }
        MsgId::LighterWhyTwStraddle => {
            "some offences were committed before 2006-07-01 and some on or after it: how {rule} applies to one aggregate across the reform is not in the bundled texts, so the tool does not decide ({lighter}); the analysis above assumed the 2005 text"
        }
        MsgId::TwReasonAllBeforeNewLighter => {
            "every offence was committed before {reform}, and the 2005 text is more favourable to the offender (art. 2 ¶1, proviso)"
        }
        MsgId::LighterProvisionJp14Cap => {
            "several crimes, maximum under the cap of an aggravated term (Penal Code art. 47, 14 ¶2)"
        }
        MsgId::LighterWhyJpAllBefore => {
            "{rule}: every crime was committed before 2005-01-01 and judged after it, so the lighter of the two applies; {lighter} (the transitional provisions of Act No. 156 of 2004 are not bundled)"
        }
        MsgId::LighterWhyJpNotSettled => {
            "{rule} reaches crimes committed before 2005-01-01, and the offence dates do not settle that ({lighter}); the analysis above used the cap in force at the judgment (the transitional provisions of Act No. 156 of 2004 are not bundled)"
        }
        MsgId::LighterWhyJpStraddle => {
            "some crimes were committed before 2005-01-01 and some on or after it: how {rule} applies to them judged together would be for the transitional provisions of Act No. 156 of 2004, which are not bundled, so the tool does not decide ({lighter}); the analysis above used the cap in force at the judgment"
        }
        MsgId::JpLawReasonArt6 => {
            "judgment of {date}; cap of art. 14 ¶2: {which} (art. 6, see the lighter-law table)"
        }
        MsgId::JpArt6Step => {
            "the law changed after the crimes (art. 14 ¶2: 20 → 30 years from 2005-01-01): maximum {old} under the earlier cap, {new} under the later; {which}"
        }
        MsgId::JpKokinkeiTransitional => {
            "judged on {date}, after 拘禁刑 replaced 懲役 and 禁錮 (2025-06-01); by the transitional provision acts before that day keep the earlier penalties, and not every offence is dated after it: the law applied is named as before 2025 (the arithmetic is the same)"
        }
        MsgId::EvFineCredit => "custody credited against the fine",
        MsgId::EvSeparateFineCredit => "separate fine: order of credit",
        MsgId::DeFineCustodyDays => {
            "{lines}; {days} day(s) of custody in all, credited against the fine (§ 51 ¶1 S.1)"
        }
        MsgId::DeFineCreditStep => {
            "{credited} day(s) of custody = {credited} daily rate(s) credited against {fine} (§ 51 ¶4 S.1): {rates} − {credited} = {remaining} daily rate(s) remain; {amount}"
        }
        MsgId::DeFineCreditDischarged => {
            "the fine ({fine}) is {rates} daily rate(s), no more than the {days} day(s) of custody (§ 51 ¶4 S.1: one day = one daily rate): all {rates} are credited and the fine is fully discharged by credit; 0 daily rates remain and nothing is left to pay (credit never exceeds the fine)"
        }
        MsgId::DeFineAmountRemaining => "amount remaining: {remaining} × {per_rate} = {amount}",
        MsgId::DeFineAmountUnknown => {
            "the amount of one daily rate is not known, so the amount remaining is not stated (the court sets it, § 40 ¶2)"
        }
        MsgId::DeFineAmountOverflow => {
            "the amount remaining, {remaining} × {per_rate}, is too large to compute exactly"
        }
        MsgId::DeSeparateFineCreditNote => {
            "the court also imposed {fine} separately (§ 53 ¶2 S.2). § 51 ¶1 credits custody against imprisonment and against a fine but does not say in which order: the tool credits the {days} day(s) of custody against the imprisonment (above), because the release dates are computed for it, and does not reduce the fine; credited against the fine instead: {alt}. Which is credited, and how far, is for the court or the enforcement authority to decide"
        }
        // hostile (issue #16): custody credited once per day outside China
        MsgId::CustodySharedAfterExecution => {
            "custody from {from} begins on or after the day execution began ({executed}); it is not credited"
        }
        MsgId::CustodySharedAfterExecutionHint => {
            "custody is credited only for the days before execution; check the dates"
        }
        MsgId::CustodySharedUntilAfterExecution => {
            "custody recorded until {to} but execution began on {executed}; the days from execution on belong to the term and are not credited again"
        }
        MsgId::CoCreditOverlapLine => {
            "the periods list {listed} day(s), {n} of them more than once: each day counted once, {days} day(s) credited"
        }
        MsgId::CustodySharedOverlap => {
            "custody periods overlap on {n} day(s); each day is credited once"
        }
        MsgId::CustodyExceedsTerm => {
            "the credited custody ({days} day(s)) is longer than the term ({term}): counted back from execution on {executed}, the term ended on {end}, before execution began"
        }
        MsgId::CustodyExceedsTermHint => {
            "check the custody dates and the term; custody beyond the term cannot shorten it further"
        }
        // hostile (issue #16): YAML tags refused
        MsgId::InYamlTag => "the YAML tag `{tag}` is not part of the case format",
        MsgId::InYamlTagHint => {
            "remove the tag and write the value as plain text: case files use no YAML tags (`!!binary` would hide the text it encodes)"
        }
        // hostile (issue #16): findings capped per file
        MsgId::CliFindingsNotShown => {
            "{path}: {more} more finding(s) not shown (the first {shown} are)"
        }
    }
}
