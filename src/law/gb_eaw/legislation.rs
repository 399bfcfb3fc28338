//! The legislation a case file asks for (`legislation:`,
//! `legislation_toggles:`): the MoJ's profile and toggles as the booking's
//! [`Legislation`], and the finding that says which one the dates follow.

use super::booking::Legislation;
use super::profile::Toggles;
use crate::case::{Defendant, LegislationProfile, LegislationToggle};
use crate::finding::{Finding, Severity};
use crate::message::{Arg, Msg, MsgId, Sep};

/// The booking's legislation: the law in force unless the file names a
/// profile, with the toggles it lists.
pub fn of(d: &Defendant) -> Legislation {
    let Some(choice) = &d.legislation else {
        return Legislation::IN_FORCE;
    };
    let base = match choice.profile.as_ref().map(|p| p.value) {
        None | Some(LegislationProfile::InForce) => Legislation::IN_FORCE,
        Some(LegislationProfile::Sds50) => Legislation::SDS40_NOT_COMMENCED,
        Some(LegislationProfile::ProgressionModelOctober) => Legislation::PROGRESSION_MODEL,
    };
    let on = |t: LegislationToggle| choice.toggles.iter().any(|x| x.value == t);
    Legislation {
        toggles: Toggles {
            top_up_supervision_repealed: on(LegislationToggle::TopUpSupervisionRepealed),
            hdc_repealed: on(LegislationToggle::HdcRepealed),
            adult_hdc_suspended: on(LegislationToggle::AdultHdcSuspended),
            ersed_from_before_ers30: on(LegislationToggle::ErsedFromBeforeErs30),
        },
        ..base
    }
}

/// What the report says about the legislation the file chose; nothing when
/// the file says nothing (the law in force).
pub fn findings(d: &Defendant, path: &str) -> Vec<Finding> {
    let Some(choice) = &d.legislation else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let (severity, msg) = match choice.profile.as_ref().map(|p| p.value) {
        None | Some(LegislationProfile::InForce) => (Severity::Note, MsgId::GbLegislationInForce),
        Some(LegislationProfile::Sds50) => (Severity::Warning, MsgId::GbLegislationSds50),
        Some(LegislationProfile::ProgressionModelOctober) => {
            (Severity::Unverified, MsgId::GbLegislationProgression)
        }
    };
    let mut f = Finding::new(severity, "gb.legislation", Msg::new(msg))
        .field(format!("{path}.legislation"));
    if let Some(p) = &choice.profile {
        f = f.at(p.span);
    }
    out.push(f);
    if !choice.toggles.is_empty() {
        let names: Vec<Arg> = choice
            .toggles
            .iter()
            .map(|t| Arg::from(format!("{} ({})", t.value.id(), t.value.moj_name())))
            .collect();
        out.push(
            Finding::new(
                Severity::Note,
                "gb.legislation-toggles",
                Msg::new(MsgId::GbLegislationToggles).arg("toggles", Arg::List(names, Sep::Comma)),
            )
            .field(format!("{path}.legislation_toggles")),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::load_str;

    fn defendant(extra: &str) -> Defendant {
        let text = format!(
            "case: x\njurisdiction: GB-EAW\ndefendants:\n  - name: A\n{extra}    judgments:\n      - court: Crown Court\n        date: 2026-11-02\n        counts:\n          - offence: theft\n            committed: 2026-01-10\n            penalty: 18 months\n"
        );
        let f = load_str("x.yaml", &text);
        let case = f.case.unwrap_or_else(|| panic!("{:?}", f.findings));
        case.defendants[0].clone()
    }

    #[test]
    fn without_legislation_the_law_in_force_and_nothing_said() {
        let d = defendant("");
        assert_eq!(of(&d), Legislation::IN_FORCE);
        assert!(findings(&d, "defendants[0]").is_empty());
    }

    #[test]
    fn progression_model_profile_is_the_mojs_test_profile_and_unverified() {
        let d = defendant(
            "    legislation: sds-progression-model-october\n    legislation_toggles: [hdc-repealed]\n",
        );
        let l = of(&d);
        assert!(l.progression.is_some());
        assert!(l.toggles.hdc_repealed && !l.toggles.adult_hdc_suspended);
        let f = findings(&d, "defendants[0]");
        assert_eq!(f[0].severity, Severity::Unverified);
        assert_eq!(f[0].code, "gb.legislation");
        assert_eq!(f[1].code, "gb.legislation-toggles");
    }

    #[test]
    fn sds_50_profile_moves_si_2024_844_out_of_force() {
        let d = defendant("    legislation: sds-50\n");
        assert_eq!(of(&d), Legislation::SDS40_NOT_COMMENCED);
        assert_eq!(findings(&d, "defendants[0]")[0].severity, Severity::Warning);
    }
}
