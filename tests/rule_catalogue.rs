//! The rule catalogue (`sentencing rules`) is generated from the same rule
//! definitions the calculator uses: every rule a report applies is listed,
//! ids are unique, and every rule cites its source and in-force dates.

use sentencing::case::{JurisdictionId, load_file};
use sentencing::law::{Verification, analyse, rules};
use std::collections::HashSet;
use std::path::Path;

#[test]
fn every_applied_rule_is_in_the_catalogue() {
    let catalogue: HashSet<&str> = rules(JurisdictionId::Cn).iter().map(|r| r.id).collect();
    let mut applied = 0;
    for name in ["wang-lijun", "heywood-murder", "bo-xilai", "li-zhuang"] {
        let path = format!("cases/{name}.yaml");
        let file = load_file(Path::new(&path), 1 << 20).unwrap();
        let analysis = analyse(file.case.as_ref().unwrap());
        for d in &analysis.defendants {
            let c = d.combination.as_ref().unwrap();
            for s in c
                .steps
                .iter()
                .chain(&d.supplementary.steps)
                .chain(&d.parole.steps)
                .chain(&d.commutation.steps)
            {
                assert!(
                    catalogue.contains(s.rule.id),
                    "{} is applied but not in the catalogue",
                    s.rule.id
                );
                applied += 1;
            }
        }
    }
    assert!(applied > 10);
}

#[test]
fn rule_ids_are_unique_and_rules_are_complete() {
    let all = rules(JurisdictionId::Cn);
    let ids: HashSet<&str> = all.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), all.len(), "duplicate rule ids");
    for r in &all {
        assert!(r.id.starts_with("cn."), "{}", r.id);
        assert!(!r.citation.is_empty() && !r.summary.is_empty(), "{}", r.id);
        let source = match r.verification {
            Verification::Statute(s) | Verification::Reference(s) | Verification::Unverified(s) => {
                s
            }
        };
        assert!(
            !source.is_empty(),
            "{} gives no source for its verification",
            r.id
        );
        if let Some(until) = r.in_force_until {
            assert!(until >= r.in_force_from, "{} ends before it starts", r.id);
        }
    }
}

/// The same completeness for every other jurisdiction's catalogue: ids unique
/// within it, a citation, a summary, a source and an in-force interval that
/// does not end before it starts.
#[test]
fn every_jurisdictions_rules_are_complete() {
    for &j in JurisdictionId::ALL {
        let all = rules(j);
        assert!(!all.is_empty(), "{}: no rules", j.code());
        let ids: HashSet<&str> = all.iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), all.len(), "{}: duplicate rule ids", j.code());
        for r in &all {
            assert!(!r.citation.is_empty() && !r.summary.is_empty(), "{}", r.id);
            let (Verification::Statute(s)
            | Verification::Reference(s)
            | Verification::Unverified(s)) = r.verification;
            assert!(
                !s.is_empty(),
                "{} gives no source for its verification",
                r.id
            );
            if let Some(until) = r.in_force_until {
                assert!(until >= r.in_force_from, "{} ends before it starts", r.id);
            }
        }
    }
}
