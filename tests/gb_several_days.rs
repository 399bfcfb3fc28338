//! England and Wales: counts sentenced on several days in one case file
//! (`sentenced:` on a count; the booking's timeline, src/law/gb_eaw/timeline.rs).
//! Figures worked by hand in the comments.

use jiff::civil::date;
use sentencing::case::load_str;
use sentencing::law::analyse_as_of;

const FILE: &str = "case: x
jurisdiction: GB-EAW
defendants:
  - name: A
    date_of_birth: 1980-01-01
    custody:
      - from: 2022-12-13
        to: 2023-01-01
    judgments:
      - court: Crown Court
        date: 2023-03-01
        counts:
          - offence: a
            committed: 2022-12-01
            penalty: 12 months
            sentenced: 2023-01-02
          - offence: b
            committed: 2022-12-01
            penalty: 12 months
";

fn named(text: &str, code: &str) -> Option<jiff::civil::Date> {
    let f = load_str("x.yaml", text);
    let case = f.case.unwrap_or_else(|| panic!("{:?}", f.findings));
    let a = analyse_as_of(&case, None);
    a.defendants[0]
        .dates
        .named
        .iter()
        .find(|n| n.code == code)
        .map(|n| n.date)
}

#[test]
fn timeline_a_count_sentenced_at_an_earlier_hearing_and_one_passed_while_in_custody() {
    // Count 1: 12 months from 2023-01-02 (365 days, release on day 183,
    // 2023-07-03), 20 days' remand: 2023-06-13. Count 2: 12 months from
    // 2023-03-01 (366 days, day 183: 2023-08-30; expiry 2024-02-29), passed
    // while count 1 is in custody: it takes the remand (the MoJ's
    // shareAdjustmentsFromExistingCustodialSentencesToNewlySentenced).
    assert_eq!(named(FILE, "CRD"), Some(date(2023, 8, 10)));
    assert_eq!(named(FILE, "SLED"), Some(date(2024, 2, 9)));
    assert_eq!(named(FILE, "ESED"), Some(date(2024, 2, 29)));
    // Both on 2023-03-01 instead: one day, 366 days each, the same 20 days.
    let one_day = FILE.replace("            sentenced: 2023-01-02\n", "");
    assert_eq!(named(&one_day, "CRD"), Some(date(2023, 8, 10)));
}

#[test]
fn timeline_a_count_sentenced_after_the_earlier_release_starts_a_new_period_in_custody() {
    // Count 1: 2 months from 2022-10-03 (61 days, release on day 31,
    // 2022-11-02), 20 days' remand: 2022-10-13. Count 2 on 2023-03-01 (after
    // that release): 12 months, 366 days, released on day 183, 2023-08-30,
    // without the earlier remand.
    let text = FILE
        .replace("from: 2022-12-13", "from: 2022-09-13")
        .replace("to: 2023-01-01", "to: 2022-10-02")
        .replace(
            "penalty: 12 months\n            sentenced: 2023-01-02",
            "penalty: 2 months\n            sentenced: 2022-10-03",
        )
        .replace("committed: 2022-12-01", "committed: 2022-09-01");
    assert_eq!(named(&text, "CRD"), Some(date(2023, 8, 30)));
    assert_eq!(named(&text, "SLED"), Some(date(2024, 2, 29)));
}

#[test]
fn sentenced_after_its_judgment_is_a_located_error() {
    let text = FILE.replace("sentenced: 2023-01-02", "sentenced: 2023-03-02");
    let f = load_str("x.yaml", &text);
    assert!(f.case.is_none());
    let e = f
        .findings
        .iter()
        .find(|f| f.code == "input.dates-out-of-order")
        .expect("a finding");
    assert_eq!(
        e.field.as_deref(),
        Some("defendants[0].judgments[0].counts[0].sentenced")
    );
    assert!(e.span.is_some());
}

#[test]
fn an_offence_after_its_counts_day_of_sentence_is_a_located_error() {
    let text = FILE.replacen("committed: 2022-12-01", "committed: 2023-02-01", 1);
    let f = load_str("x.yaml", &text);
    assert!(f.case.is_none());
    assert!(
        f.findings
            .iter()
            .any(|f| f.code == "input.dates-out-of-order"
                && f.field.as_deref() == Some("defendants[0].judgments[0].counts[0].committed"))
    );
}

#[test]
fn sentenced_is_refused_outside_england_and_wales() {
    let text = FILE
        .replace("jurisdiction: GB-EAW", "jurisdiction: US-federal")
        .replace("    date_of_birth: 1980-01-01\n", "");
    let f = load_str("x.yaml", &text);
    assert!(
        f.findings
            .iter()
            .any(|f| f.code == "input.field-not-for-jurisdiction"
                && f.field.as_deref() == Some("defendants[0].judgments[0].counts[0].sentenced")),
        "{:?}",
        f.findings
    );
}

#[test]
fn consecutive_to_a_count_sentenced_later_is_a_located_error() {
    // Count 2 moved to an earlier hearing than count 1, and made
    // consecutive to it.
    let text = FILE.replace("sentenced: 2023-01-02", "sentenced: 2023-02-01")
        + "            sentenced: 2023-01-02\n            consecutive_to: [1]\n";
    let f = load_str("x.yaml", &text);
    assert!(f.case.is_none(), "{text}");
    assert!(
        f.findings
            .iter()
            .any(|f| f.code == "input.dates-out-of-order"
                && f.field.as_deref()
                    == Some("defendants[0].judgments[0].counts[1].consecutive_to")),
        "{:?}",
        f.findings
    );
}

#[test]
fn timeline_custody_without_an_end_runs_to_the_day_before_the_first_day_of_sentence_after_it() {
    // The custody from 2022-12-13 without `to` ends on 2023-01-01, the day
    // before count 1's day of sentence: 20 days, as in FILE.
    let text = FILE.replace("        to: 2023-01-01\n", "");
    assert_eq!(named(&text, "CRD"), Some(date(2023, 8, 10)));
    assert_eq!(named(&text, "SLED"), Some(date(2024, 2, 9)));
}

/// The second test's facts: count 1 (2 months from 2022-10-03, released
/// 2022-11-02 less 20 days' remand) and count 2 passed on 2023-03-01 after
/// that release, with 10 days of tagged bail.
fn released_between(bail: &str) -> String {
    FILE.replace("from: 2022-12-13", "from: 2022-09-13")
        .replace("to: 2023-01-01", "to: 2022-10-02")
        .replace(
            "penalty: 12 months\n            sentenced: 2023-01-02",
            "penalty: 2 months\n            sentenced: 2022-10-03",
        )
        .replace("committed: 2022-12-01", "committed: 2022-09-01")
        .replace(
            "    custody:\n",
            &format!("    tagged_bail:\n      - days: 10\n{bail}    custody:\n"),
        )
}

#[test]
fn s240a_tagged_bail_applies_from_a_later_day_of_sentence() {
    // Dated to 2023-03-01, the 10 days count for count 2 (the MoJ's
    // appliesToSentencesFrom): 2023-08-30 − 10 = 2023-08-20; expiry
    // 2024-02-29 − 10 = 2024-02-19.
    let dated = released_between("        applies_from: 2023-03-01\n");
    assert_eq!(named(&dated, "CRD"), Some(date(2023, 8, 20)));
    assert_eq!(named(&dated, "SLED"), Some(date(2024, 2, 19)));
    // Without the day they count for count 1, already released: count 2's
    // dates are unchanged.
    let first = released_between("");
    assert_eq!(named(&first, "CRD"), Some(date(2023, 8, 30)));
    assert_eq!(named(&first, "SLED"), Some(date(2024, 2, 29)));
    // Dated to the first day of sentence: the same as without a day.
    let on_first = released_between("        applies_from: 2022-10-03\n");
    assert_eq!(named(&on_first, "CRD"), Some(date(2023, 8, 30)));
}

#[test]
fn s240a_tagged_bail_applies_from_a_day_that_is_no_day_of_sentence_is_a_located_error() {
    let text = released_between("        applies_from: 2023-02-01\n");
    let f = load_str("x.yaml", &text);
    let case = f.case.unwrap_or_else(|| panic!("{:?}", f.findings));
    let a = analyse_as_of(&case, None);
    let e = a.defendants[0]
        .findings
        .iter()
        .find(|f| f.code == "gb.tagged-bail.not-a-day-of-sentence")
        .expect("a finding");
    assert_eq!(
        e.field.as_deref(),
        Some("defendants[0].tagged_bail[0].applies_from")
    );
    assert!(e.span.is_some() && e.hint.is_some());
    assert!(a.defendants[0].dates.named.is_empty());
}

#[test]
fn s240a_tagged_bail_applies_from_must_be_a_date() {
    let text = released_between("        applies_from: March 2023\n");
    let f = load_str("x.yaml", &text);
    assert!(f.case.is_none());
    assert!(f.findings.iter().any(|f| f.code == "input.bad-date"
        && f.field.as_deref() == Some("defendants[0].tagged_bail[0].applies_from")));
}

#[test]
fn timeline_remand_covering_a_sentence_of_an_earlier_period_is_warned() {
    // Count 1: 1 month from 2023-01-02 (31 days) with 62 days' remand
    // (2022-11-01 – 2023-01-01): the remand covers its whole term. Count 2,
    // 12 months on 2023-03-01, is a new period in custody. Checked against
    // the judgment's day and the longest chain (12 months) this was missed.
    let text = FILE
        .replace("from: 2022-12-13", "from: 2022-11-01")
        .replace(
            "penalty: 12 months\n            sentenced: 2023-01-02",
            "penalty: 1 month\n            sentenced: 2023-01-02",
        )
        .replacen("committed: 2022-12-01", "committed: 2022-10-01", 1);
    let f = load_str("x.yaml", &text);
    let case = f.case.unwrap_or_else(|| panic!("{:?}", f.findings));
    let a = analyse_as_of(&case, None);
    let w = a.defendants[0]
        .findings
        .iter()
        .find(|f| f.code == "custody.exceeds-term")
        .expect("the warning");
    assert!(w.message.en().contains("2023-01-02"), "{}", w.message.en());
    // One period each: the combination names them, and the law both days.
    let c = a.defendants[0].combination.as_ref().unwrap();
    let steps: Vec<String> = c.steps.iter().map(|s| s.text.en()).collect();
    assert!(
        steps
            .iter()
            .any(|s| s.starts_with("period in custody 1: count(s) 1,")),
        "{steps:?}"
    );
    assert!(
        steps
            .iter()
            .any(|s| s.starts_with("period in custody 2: count(s) 2,")),
        "{steps:?}"
    );
    assert!(!steps.iter().any(|s| s.contains("aggregate custodial term")));
    let law = a.defendants[0].law.as_ref().unwrap().reason.en();
    assert!(law.contains("2023-01-02, 2023-03-01"), "{law}");
}
