//! Law versions as data: each jurisdiction's rules grouped by what they
//! decide ("combination cap", "release point", …). Within a topic, exactly
//! one version must be in force on every day from the topic's `covered_from`;
//! `tests/law_timeline.rs` checks this for every year 1980–2030 and every
//! version boundary ± 1 day.
//!
//! Each jurisdiction lists its topics (`Jurisdiction::topics`, in its
//! folder), not on [`Rule`], so that the rules keep their shape. A topic
//! lists every version of one question; rules that apply side by side
//! (two-thirds *and* half under StGB § 57) are separate topics.

use crate::case::JurisdictionId;
use crate::law::Rule;
use jiff::civil::Date;

pub use super::system::Topic;

/// Every topic of every jurisdiction: the ones it lists, and one
/// topic of its own for every other rule of a jurisdiction's catalogue
/// (a single version, covered from its first day in force), so that every
/// rule is in exactly one topic.
pub fn topics() -> Vec<Topic> {
    let mut all: Vec<Topic> = JurisdictionId::ALL
        .iter()
        .flat_map(|j| crate::law::jurisdiction(*j).topics())
        .collect();
    for j in JurisdictionId::ALL {
        for r in crate::law::rules(*j) {
            let listed = all
                .iter()
                .any(|t| t.jurisdiction == *j && t.versions.iter().any(|v| v.id == r.id));
            if !listed {
                all.push(Topic {
                    jurisdiction: *j,
                    name: r.id,
                    covered_from: r.in_force_from,
                    note: "a single version; earlier law is not implemented",
                    versions: vec![r],
                });
            }
        }
    }
    all
}

/// The versions of `topic` in force on `day`.
pub fn in_force(topic: &Topic, day: Date) -> Vec<&'static Rule> {
    topic
        .versions
        .iter()
        .copied()
        .filter(|r| r.in_force_on(day))
        .collect()
}
