//! The GB-EAW defendant fields `legislation` and `legislation_toggles`: the
//! legislation profile the release dates are computed under and the MoJ's
//! feature toggles, read into a [`LegislationChoice`] with located errors.

use super::{Converter, span};
use crate::case::field_path::FieldPath;
use crate::case::model::{LegislationChoice, LegislationProfile, LegislationToggle, Located};
use crate::case::raw::RawDefendant;
use crate::message::{Msg, MsgId};

impl Converter {
    /// Reads `legislation` and `legislation_toggles` (the jurisdiction check
    /// is the caller's); `None` when the file gives neither.
    pub(super) fn legislation_field(
        &mut self,
        d: &RawDefendant,
        path: &FieldPath<'_>,
        ok: &mut bool,
    ) -> Option<LegislationChoice> {
        if d.legislation.is_none() && d.legislation_toggles.is_none() {
            return None;
        }
        let profile = match &d.legislation {
            None => None,
            Some(v) => {
                let text = v.value.0.trim();
                match LegislationProfile::ALL
                    .iter()
                    .copied()
                    .find(|p| p.id() == text)
                {
                    Some(p) => Some(Located::new(p, span(v))),
                    None => {
                        let ids: Vec<&str> =
                            LegislationProfile::ALL.iter().map(|p| p.id()).collect();
                        self.error(
                            "input.bad-legislation",
                            &path.key("legislation"),
                            span(v),
                            Msg::new(MsgId::CvBadLegislation).arg("value", text),
                            Msg::new(MsgId::CvValuesList).arg("list", ids.join(", ")),
                        );
                        *ok = false;
                        None
                    }
                }
            }
        };
        let mut toggles: Vec<Located<LegislationToggle>> = Vec::new();
        for (i, t) in d
            .legislation_toggles
            .iter()
            .flat_map(|l| l.value.iter())
            .enumerate()
        {
            let text = t.value.0.trim();
            match LegislationToggle::ALL
                .iter()
                .copied()
                .find(|x| x.id() == text)
            {
                Some(x) if toggles.iter().any(|y| y.value == x) => {
                    self.error(
                        "input.duplicate-legislation-toggle",
                        &path.key_index("legislation_toggles", i),
                        span(t),
                        Msg::new(MsgId::CvDuplicateLegislationToggle).arg("value", text),
                        MsgId::CvDuplicateLegislationToggleHint,
                    );
                    *ok = false;
                }
                Some(x) => toggles.push(Located::new(x, span(t))),
                None => {
                    let ids: Vec<&str> = LegislationToggle::ALL.iter().map(|x| x.id()).collect();
                    self.error(
                        "input.bad-legislation-toggle",
                        &path.key_index("legislation_toggles", i),
                        span(t),
                        Msg::new(MsgId::CvBadLegislationToggle).arg("value", text),
                        Msg::new(MsgId::CvValuesList).arg("list", ids.join(", ")),
                    );
                    *ok = false;
                }
            }
        }
        Some(LegislationChoice {
            profile,
            toggles,
            from_flag: false,
        })
    }
}
