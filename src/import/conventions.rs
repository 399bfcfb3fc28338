//! The conventions the importer applies when it turns custody events into
//! periods and citations into articles (docs/import.md). Each is written
//! into the provenance of the values it gives.

/// The day custody changes to bail or surveillance, or ends by release,
/// is still a day in custody (measured: it reproduces the courts'
/// stated terms in the JuDGE corpus, docs/conformance.md). For a change
/// of measure the report names the rule (`cn.custody.change-day`).
pub const CHANGE_DAY_IN_CUSTODY: &str = "the day of the next custody event: the day of release or of a change to bail or surveillance is counted as a day in custody (import convention and rule cn.custody.change-day, UNVERIFIED: courts differ; measured against the courts' stated terms, docs/import.md)";
/// Administrative detention for another matter begins (因吸毒被行政拘留
/// after the capture): custody for this case ended the day before.
pub const OTHER_DETENTION_ENDS: &str = "the day before administrative detention for another matter began (import convention, UNVERIFIED: measured, courts differ, docs/import.md)";
/// Administrative detention for this case (因本案…行政拘留) is custody:
/// the courts count the term from its first day.
pub const ADMINISTRATIVE_THIS_CASE: &str = "administrative detention for this case counted as custody: the courts' stated terms begin on its first day (import convention, UNVERIFIED: measured, docs/import.md)";
/// Bail or surveillance ends the day before the next event.
pub const NOT_CUSTODY_ENDS: &str = "the day before the next custody event (docs/import.md)";
/// The one article of the special part (102 and after) the judgment
/// cites is the article of its single count.
pub const SINGLE_ARTICLE: &str = "the only article of the Criminal Law's special part (art. 102 and after) the judgment cites, given to its single count";
/// Custody still running at the judgment runs until execution.
pub const UNTIL_EXECUTION: &str =
    "no later custody event: in custody until the judgment was executed";
/// A judgment that says 本判决为终审判决 is final on its date.
pub const SECOND_INSTANCE_FINAL: &str = "本判决为终审判决: a judgment of second instance is final when pronounced (rule cn.cpl.second-instance-final); the judgment's date is taken for the day of pronouncement, which the text does not give";
/// The record of an earlier judgment (…因犯…罪被判处…) that names no court:
/// the case file requires one; the analysis does not use it.
pub const EARLIER_COURT: &str = "the text does not name the court of the earlier judgment; the case file requires a court and the analysis does not use it";
/// What is written for that court.
pub const EARLIER_COURT_NAME: &str = "（判决书未载明前一判决的法院）";
/// A CL 70 sentence whose one new count states no fine, while its decided
/// sentence does and the earlier judgment gave none: the fine is the new
/// count's (CL 69 ¶3 adds fines of the same kind).
pub const EARLIER_FINE: &str = "the fine the court writes after 决定执行, given to the only new count: the earlier judgment the text records has no fine, and CL 69 ¶3 adds fines, so the combined fine is this count's";
/// CL 71: the record of the earlier judgment gives no fine, the clause
/// states one with the unexecuted remainder (…执行的有期徒刑七个月，并处罚金二千元).
pub const REMAINDER_FINE: &str = "the fine the clause states as not executed with the earlier penalty, given to the earlier judgment: its record in the text gives no fine (what was paid, if anything, is not stated; CL 69 ¶3 adds fines)";
/// A judgment that orders 撤销…宣告的缓刑 revokes the suspension itself.
pub const REVOKED_BY_THIS_JUDGMENT: &str = "撤销…缓刑 in this judgment's operative part: the suspension is revoked by this judgment, on its date (the day it was pronounced or took effect is not given)";
