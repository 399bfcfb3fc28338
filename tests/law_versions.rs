//! SPC-2011T art. 6: the text of CL 69 follows the offence dates. The same
//! crimes with a total of 35 years or more are capped at 20 years when all
//! were committed before 2011-05-01, and at 25 years when one was committed
//! after.

use sentencing::case::load_str;
use sentencing::finding::Severity;
use sentencing::law::analyse;
use sentencing::penalty::{Principal, Term};

fn case(committed: [&str; 3]) -> String {
    format!(
        "case: Three counts
jurisdiction: CN
defendants:
  - name: Test
    judgments:
      - court: Test Court
        date: 2012-06-01
        counts:
          - offence: robbery
            article: CL 263
            committed: {}
            penalty: 15 years
          - offence: fraud
            article: CL 266
            committed: {}
            penalty: 12 years
          - offence: theft
            article: CL 264
            committed: {}
            penalty: 10 years
        decided:
          penalty: 22 years
",
        committed[0], committed[1], committed[2]
    )
}

fn range_max(yaml: &str) -> (Term, Option<bool>, Vec<sentencing::finding::Finding>) {
    let file = load_str("test.yaml", yaml);
    assert!(!file.has_errors(), "{:?}", file.findings);
    let a = analyse(file.case.as_ref().unwrap());
    let d = &a.defendants[0];
    let c = d.combination.as_ref().unwrap();
    (
        c.range.unwrap().max.term().unwrap(),
        c.lawful,
        d.findings.clone(),
    )
}

#[test]
fn spc2011t_art6_all_crimes_before_2011_05_01_cap_20() {
    let (max, lawful, findings) = range_max(&case(["2010-03-01", "2011-04-30", "2009"]));
    assert_eq!(max, Term::years(20));
    assert_eq!(lawful, Some(false), "22 years exceeds the 1997 cap");
    assert!(findings.iter().any(|f| f.code == "cn.cl69.outside-range"));
}

#[test]
fn spc2011t_art6_one_crime_after_2011_05_01_cap_25() {
    let (max, lawful, _) = range_max(&case(["2010-03-01", "2011-05-01", "2009"]));
    assert_eq!(max, Term::years(25));
    assert_eq!(lawful, Some(true));
}

#[test]
fn spc2011t_art6_period_across_the_boundary_is_an_assumption_that_matters() {
    let (max, _, findings) = range_max(&case(["2010-03-01", "2010..2012", "2009"]));
    assert_eq!(max, Term::years(25));
    assert!(
        findings
            .iter()
            .any(|f| f.severity == Severity::Assumption && f.code == "cn.law-version-assumed")
    );
    // The comparison shows the 1997 text's cap beside the one applied.
    let file = load_str("test.yaml", &case(["2010-03-01", "2010..2012", "2009"]));
    let a = analyse(file.case.as_ref().unwrap());
    let row = a.defendants[0]
        .lighter_law
        .iter()
        .find(|r| r.provision == "cl69.1.cap")
        .expect("a CL 69 cap row");
    assert!(row.old.msg().en().contains("20 years"), "{:?}", row.old);
    assert!(row.new.msg().en().contains("25 years"), "{:?}", row.new);
}

#[test]
fn robbery_of_fifteen_years_bars_parole() {
    let file = load_str(
        "test.yaml",
        &case(["2011-06-01", "2011-06-01", "2011-06-01"]),
    );
    let a = analyse(file.case.as_ref().unwrap());
    let d = &a.defendants[0];
    assert_eq!(
        d.parole.barred_by.map(|r| r.id),
        Some("cn.cl81.2.bar-violent")
    );
    assert_eq!(
        d.combination.as_ref().unwrap().decided,
        Some(Principal::Imprisonment(Term::years(22)))
    );
}
