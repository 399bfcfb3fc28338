//! Limits that must say so instead of doing false arithmetic (issue #16):
//! the 10,000-year limit of a sum of terms, and dates past year 9999.

use sentencing::case::load_str;
use sentencing::i18n::Lang;
use sentencing::law::analyse;

fn analysed(text: &str) -> sentencing::analysis::DefendantAnalysis {
    let f = load_str("x.yaml", text);
    let case = f.case.unwrap_or_else(|| panic!("{:?}", f.findings));
    analyse(&case).defendants.remove(0)
}

/// CL 69 ¶1: 700 counts of 15 years sum to 10,500 years. The step must
/// not say "= 10000 years" (false on its face) but that the sum exceeds the
/// tool's limit; the lawful range is still 15 – 20 years.
#[test]
fn cl69_a_sum_beyond_ten_thousand_years_says_so() {
    let counts = vec!["{offence: o, penalty: 15 years}"; 700].join(", ");
    let text = format!(
        "case: x\njurisdiction: CN\ndefendants:\n  - name: A\n    judgments:\n      - {{court: C, date: 2010-01-08, decided: {{penalty: 20 years}}, counts: [{counts}]}}\n"
    );
    let d = analysed(&text);
    let c = d.combination.as_ref().unwrap();
    assert!(c.total.unwrap().is_over_limit());
    let steps: Vec<String> = c.steps.iter().map(|s| s.text.render(Lang::En)).collect();
    let all = steps.join("\n");
    assert!(all.contains("= more than 10000 years"), "{all}");
    assert!(!all.contains("= 10000 years"), "{all}");
    assert_eq!(c.lawful, Some(true));
    let zh: String = c.steps.iter().map(|s| s.text.render(Lang::Zh)).collect();
    assert!(zh.contains("超过一万年"), "{zh}");
}

/// 18 U.S.C. § 3584: 700 consecutive terms of 180 months run past year
/// 9999. The aggregate says it exceeds the limit, and the dates error
/// carries a hint instead of the date library's bare "-9999..=9999".
#[test]
fn s3584_consecutive_terms_past_year_9999() {
    let counts: Vec<String> = (0..700)
        .map(|i| {
            if i == 0 {
                "{offence: o, penalty: 180 months}".to_string()
            } else {
                format!("{{offence: o, penalty: 180 months, consecutive_to: [{i}]}}")
            }
        })
        .collect();
    let text = format!(
        "case: x\njurisdiction: US-federal\ndefendants:\n  - name: A\n    judgments:\n      - {{court: C, date: 2010-01-08, executed: 2010-02-01, counts: [{}]}}\n",
        counts.join(", ")
    );
    let d = analysed(&text);
    let c = d.combination.as_ref().unwrap();
    let steps: String = c.steps.iter().map(|s| s.text.render(Lang::En)).collect();
    assert!(steps.contains("more than 10000 years"), "{steps}");
    let f = d
        .findings
        .iter()
        .find(|f| f.code == "dates.out-of-range")
        .unwrap_or_else(|| panic!("{:?}", d.findings));
    let hint = f.hint.as_ref().expect("a hint").render(Lang::En);
    assert!(hint.contains("9999-12-31"), "{hint}");
}
