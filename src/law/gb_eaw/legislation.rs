//! The legislation a case file asks for (`legislation:`,
//! `legislation_toggles:`): the MoJ's profile and toggles as the booking's
//! [`Legislation`], and the finding that says which one the dates follow.

use super::booking::Legislation;
use super::profile::Toggles;
use crate::case::{
    Case, Defendant, LegislationChoice, LegislationProfile, LegislationToggle, Located,
};
use crate::finding::Span;
use crate::finding::{Finding, Severity};
use crate::message::{Arg, Msg, MsgId, Sep};

/// The booking's legislation: the law in force unless the file names a
/// profile, with the toggles it lists.
pub fn of(d: &Defendant) -> Legislation {
    of_choice(d.legislation.as_ref())
}

fn of_choice(choice: Option<&LegislationChoice>) -> Legislation {
    let Some(choice) = choice else {
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
    findings_of(d.legislation.as_ref(), path)
}

fn findings_of(choice: Option<&LegislationChoice>, path: &str) -> Vec<Finding> {
    let Some(choice) = choice else {
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
    let mut f = Finding::new(severity, "gb.legislation", Msg::new(msg));
    if choice.from_flag {
        f = f.field("--legislation".to_string());
    } else {
        f = f.field(format!("{path}.legislation"));
        if let Some(p) = &choice.profile {
            f = f.at(p.span);
        }
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

/// `report --legislation`: every defendant's profile set to `profile`
/// (their toggles kept), or, for a jurisdiction without the field, the
/// warning that says the flag was not used.
pub fn set_profile(case: &mut Case, profile: LegislationProfile) -> Option<Finding> {
    // The field is England and Wales's alone (`EnglandAndWales::defendant_fields`).
    if case.jurisdiction != crate::case::JurisdictionId::GbEaw {
        return Some(Finding::new(
            Severity::Warning,
            "gb.legislation-flag-not-used",
            Msg::new(MsgId::GbLegislationFlagNotUsed).arg("jurisdiction", case.jurisdiction.code()),
        ));
    }
    for d in &mut case.defendants {
        let toggles = d.legislation.take().map(|c| c.toggles).unwrap_or_default();
        d.legislation = Some(LegislationChoice {
            profile: Some(Located::new(profile, Span::default())),
            toggles,
            from_flag: true,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(profile: LegislationProfile, toggles: &[LegislationToggle]) -> LegislationChoice {
        LegislationChoice {
            profile: Some(Located::new(profile, Span::default())),
            toggles: toggles
                .iter()
                .map(|t| Located::new(*t, Span::default()))
                .collect(),
            from_flag: false,
        }
    }

    #[test]
    fn without_legislation_the_law_in_force_and_nothing_said() {
        assert_eq!(of_choice(None), Legislation::IN_FORCE);
        assert!(findings_of(None, "defendants[0]").is_empty());
    }

    #[test]
    fn progression_model_profile_is_the_mojs_test_profile_and_unverified() {
        let c = choice(
            LegislationProfile::ProgressionModelOctober,
            &[LegislationToggle::HdcRepealed],
        );
        let l = of_choice(Some(&c));
        assert!(l.progression.is_some());
        assert!(l.toggles.hdc_repealed && !l.toggles.adult_hdc_suspended);
        let f = findings_of(Some(&c), "defendants[0]");
        assert_eq!(f[0].severity, Severity::Unverified);
        assert_eq!(f[0].code, "gb.legislation");
        assert_eq!(f[1].code, "gb.legislation-toggles");
    }

    #[test]
    fn sds_50_profile_moves_si_2024_844_out_of_force() {
        let c = choice(LegislationProfile::Sds50, &[]);
        assert_eq!(of_choice(Some(&c)), Legislation::SDS40_NOT_COMMENCED);
        assert_eq!(
            findings_of(Some(&c), "defendants[0]")[0].severity,
            Severity::Warning
        );
    }
}
