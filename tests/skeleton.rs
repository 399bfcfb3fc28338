//! The shared skeleton of a jurisdiction (src/law/skeleton.rs): a system
//! written outside the crate supplies only its rules and its own analysis,
//! and gets the counts table, the refusals, the no-counts finding, the
//! UNVERIFIED list and the `--as-of` position from the skeleton — the
//! promise that a seventh system is a folder and a registry line.

use jiff::civil::date;
use sentencing::case::{Defendant, JurisdictionId, load_str};
use sentencing::finding::Severity;
use sentencing::law::skeleton::{Start, System};
use sentencing::law::system::PenaltyNames;
use sentencing::law::{Jurisdiction, Rule, Step, Verification};
use sentencing::message::{Msg, MsgId};

static TOY_RULE: Rule = Rule {
    id: "toy.rule",
    citation: "Toy Code § 1",
    in_force_from: date(1900, 1, 1),
    in_force_until: None,
    summary: "a rule of a made-up law, applied once per defendant",
    verification: Verification::Unverified("a made-up law"),
};

static TOY_RULES: &[&Rule] = &[&TOY_RULE];

/// A made-up legal system: it names its rule, refuses nothing of its own,
/// and records one step (applying its UNVERIFIED rule).
struct Toy;

impl System for Toy {
    fn id(&self) -> JurisdictionId {
        JurisdictionId::GbEaw
    }
    fn name(&self) -> &'static str {
        "Toy"
    }
    fn rule_tables(&self) -> Vec<&'static [&'static Rule]> {
        vec![TOY_RULES]
    }
    fn no_counts(&self) -> (&'static str, MsgId) {
        ("toy.no-counts", MsgId::GbNoCounts)
    }
    fn starter(&self) -> &'static str {
        ""
    }
    fn zh_penalty_names(&self) -> PenaltyNames {
        PenaltyNames {
            fixed: "有期监禁",
            life: "终身监禁刑",
        }
    }
    fn analyse(&self, s: &mut Start<'_>) {
        s.out
            .parole
            .steps
            .push(Step::new(&TOY_RULE, Msg::untranslated("toy step")));
    }
}

fn defendant_in(code: &str, yaml_counts: &str) -> Defendant {
    let text = format!(
        "case: toy\njurisdiction: {code}\ndefendants:\n  - name: A\n    judgments:\n      - court: C\n        date: 2024-06-14\n{yaml_counts}"
    );
    let file = load_str("toy.yaml", &text);
    let case = file.case.unwrap_or_else(|| panic!("{:?}", file.findings));
    case.defendants.into_iter().next().unwrap()
}

fn defendant(yaml_counts: &str) -> Defendant {
    defendant_in("GB-EAW", yaml_counts)
}

#[test]
fn skeleton_gives_a_new_system_the_counts_table_and_the_unverified_list() {
    let d = defendant(
        "        counts:\n          - offence: theft\n            penalty: 2 years\n          - offence: fraud\n            penalty: 1 year\n",
    );
    let a = Toy.analyse_defendant(&d, "defendants[0]", Some(date(2025, 1, 1)));
    // The counts table, from the shared prologue.
    assert_eq!(a.counts.len(), 2);
    assert_eq!(a.counts[0].offence, "theft");
    // The system's own step, and the UNVERIFIED finding the epilogue adds.
    assert_eq!(a.parole.steps.len(), 1);
    let unverified: Vec<_> = a
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Unverified)
        .collect();
    assert_eq!(unverified.len(), 1, "{:?}", a.findings);
    assert_eq!(unverified[0].code, "rule.unverified");
    // The rule catalogue: its table and the shared calendar rule.
    let ids: Vec<&str> = Toy.rules().iter().map(|r| r.id).collect();
    assert_eq!(ids, ["toy.rule", "common.calendar"]);
}

#[test]
fn skeleton_refuses_a_day_fine_and_reports_no_counts_before_the_system_runs() {
    // A fine in daily rates (read by the German grammar): refused by the
    // prologue of a system whose law does not know it; the system never runs.
    let d = defendant_in(
        "DE",
        "        counts:\n          - offence: theft\n            penalty: 90 daily rates of 50 euros\n",
    );
    let a = Toy.analyse_defendant(&d, "defendants[0]", None);
    assert!(a.parole.steps.is_empty());
    assert!(
        a.findings.iter().any(|f| f.severity == Severity::Error),
        "{:?}",
        a.findings
    );
    // No counts at all: the system's own no-counts finding.
    // (The loader refuses such a file; the model can still hold one.)
    let mut d =
        defendant("        counts:\n          - offence: theft\n            penalty: 2 years\n");
    d.judgments[0].counts.clear();
    let a = Toy.analyse_defendant(&d, "defendants[0]", None);
    assert!(a.parole.steps.is_empty());
    assert!(
        a.findings.iter().any(|f| f.code == "toy.no-counts"),
        "{:?}",
        a.findings
    );
}
