//! Overlapping custody outside China (issue #16): each day of custody is
//! credited once in every jurisdiction that credits custody, with a finding,
//! and a credit longer than the term or custody past execution is reported.

use sentencing::case::load_str;
use sentencing::law::analyse_as_of;

/// A one-defendant case in `jurisdiction` with the given custody lines and
/// a term sentenced, final and executed on 2010-01-01 (England and Wales
/// credit remand up to the sentence, the others up to execution).
fn case(jurisdiction: &str, penalty: &str, custody: &str) -> String {
    format!(
        "case: x\njurisdiction: {jurisdiction}\ndefendants:\n  - name: A\n    custody:\n{custody}    judgments:\n      - court: C\n        date: 2010-01-01\n        final: 2010-01-01\n        executed: 2010-01-01\n        counts:\n          - offence: o\n            penalty: {penalty}\n        decided:\n          penalty: {penalty}\n"
    )
}

const OVERLAPPING: &str = "      - from: 2009-01-01\n        to: 2009-10-01\n      - from: 2009-06-01\n        to: 2009-12-31\n";
const TWICE: &str = "      - from: 2009-06-01\n        to: 2009-06-30\n      - from: 2009-06-01\n        to: 2009-06-30\n";

fn analyse(text: &str) -> sentencing::analysis::DefendantAnalysis {
    let f = load_str("x.yaml", text);
    let case = f.case.unwrap_or_else(|| panic!("{text}\n{:?}", f.findings));
    analyse_as_of(&case, None).defendants.remove(0)
}

const JURISDICTIONS: &[(&str, &str)] = &[
    ("DE", "3 Jahre"),
    ("US-federal", "36 months"),
    ("GB-EAW", "3 years"),
    ("TW", "3 years"),
];

#[test]
fn stgb_51_3585b_240za_overlapping_custody_credited_once_with_a_finding() {
    for (j, penalty) in JURISDICTIONS {
        let d = analyse(&case(j, penalty, OVERLAPPING));
        // 2009-01-01 – 2009-12-31: 365 days, not 274 + 214 = 488.
        assert_eq!(
            d.dates.custody_credit_days,
            Some(365),
            "{j}: {:?}",
            d.findings
        );
        assert!(
            d.findings.iter().any(|f| f.code == "custody.overlap"),
            "{j}: {:?}",
            d.findings
        );
    }
}

#[test]
fn stgb_51_3585b_240za_the_same_period_twice_credits_once() {
    for (j, penalty) in JURISDICTIONS {
        let d = analyse(&case(j, penalty, TWICE));
        assert_eq!(d.dates.custody_credit_days, Some(30), "{j}");
        assert!(
            d.findings.iter().any(|f| f.code == "custody.overlap"),
            "{j}"
        );
    }
}

#[test]
fn separate_periods_raise_no_overlap_finding() {
    let custody = "      - from: 2009-01-01\n        to: 2009-01-31\n      - from: 2009-02-01\n        to: 2009-02-10\n";
    for (j, penalty) in JURISDICTIONS {
        let d = analyse(&case(j, penalty, custody));
        assert_eq!(d.dates.custody_credit_days, Some(41), "{j}");
        assert!(
            d.findings.iter().all(|f| !f.code.starts_with("custody.")),
            "{j}: {:?}",
            d.findings
        );
    }
}

#[test]
fn custody_running_past_execution_is_reported_and_clipped() {
    let custody = "      - from: 2009-12-01\n        to: 2010-02-01\n      - from: 2010-03-01\n        to: 2010-03-05\n";
    for (j, penalty) in JURISDICTIONS {
        let d = analyse(&case(j, penalty, custody));
        assert_eq!(d.dates.custody_credit_days, Some(31), "{j}");
        let past: Vec<_> = d
            .findings
            .iter()
            .filter(|f| f.code == "custody.after-execution")
            .collect();
        assert_eq!(past.len(), 2, "{j}: {:?}", d.findings);
        assert!(past.iter().all(|f| f.span.is_some()), "{j}: located");
    }
}

#[test]
fn credit_longer_than_the_term_is_reported() {
    // 1 year of imprisonment, custody 2007-01-01 – 2009-12-31 (1,096 days).
    let custody = "      - from: 2007-01-01\n";
    for (j, penalty) in [
        ("DE", "1 Jahr"),
        ("US-federal", "12 months"),
        ("GB-EAW", "1 year"),
        ("TW", "1 year"),
    ] {
        let d = analyse(&case(j, penalty, custody));
        assert!(
            d.findings.iter().any(|f| f.code == "custody.exceeds-term"),
            "{j}: {:?}",
            d.findings
        );
    }
    // China too (CL 47), its figures unchanged.
    let d = analyse(&case("CN", "有期徒刑一年", custody));
    assert!(
        d.findings.iter().any(|f| f.code == "custody.exceeds-term"),
        "CN: {:?}",
        d.findings
    );
}

#[test]
fn cl47_overlap_still_counted_by_china_with_its_own_finding() {
    let d = analyse(&case("CN", "有期徒刑三年", OVERLAPPING));
    assert_eq!(d.dates.custody_credit_days, Some(365));
    assert!(d.findings.iter().any(|f| f.code == "cn.custody.overlap"));
}
