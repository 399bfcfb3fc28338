//! Law versions as data: each jurisdiction's rules grouped by what they
//! decide ("combination cap", "release point", …). Within a topic, exactly
//! one version must be in force on every day from the topic's `covered_from`;
//! `tests/law_timeline.rs` checks this for every year 1980–2030 and every
//! version boundary ± 1 day.
//!
//! The table lives here, not on [`Rule`], so that the rules of each
//! jurisdiction keep their shape. A topic lists every version of one
//! question; rules that apply side by side (two-thirds *and* half under
//! StGB § 57) are separate topics.

use crate::case::JurisdictionId;
use crate::law::{Rule, cn, de, gb_eaw, jp, tw, us_federal};
use jiff::civil::{Date, date};

/// The versions of one question of law.
#[derive(Debug)]
pub struct Topic {
    pub jurisdiction: JurisdictionId,
    /// What the versions decide.
    pub name: &'static str,
    /// The first day the tool covers; earlier dates are out of scope (the
    /// note says why).
    pub covered_from: Date,
    pub note: &'static str,
    pub versions: Vec<&'static Rule>,
}

/// Every topic of every jurisdiction: the explicit topics below, and one
/// topic of its own for every other rule of a jurisdiction's catalogue
/// (a single version, covered from its first day in force), so that every
/// rule is in exactly one topic.
pub fn topics() -> Vec<Topic> {
    let mut all = explicit_topics();
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

/// The topics with more than one version, or whose coverage is stated.
fn explicit_topics() -> Vec<Topic> {
    use JurisdictionId as J;
    let cn_1997 = date(1997, 10, 1);
    vec![
        Topic {
            jurisdiction: J::Cn,
            name: "combination of fixed terms (CL 69 ¶1 cap)",
            covered_from: cn_1997,
            note: "the 1979 Criminal Law is not implemented",
            versions: vec![
                &cn::combination::LIMITED_AGGRAVATION_1997,
                &cn::combination::LIMITED_AGGRAVATION_A8,
            ],
        },
        Topic {
            jurisdiction: J::Cn,
            name: "absorption (CL 69 ¶1)",
            covered_from: cn_1997,
            note: "the 1979 Criminal Law is not implemented",
            versions: vec![&cn::combination::ABSORPTION],
        },
        Topic {
            jurisdiction: J::Cn,
            name: "parole of a fixed term (CL 81 ¶1)",
            covered_from: cn_1997,
            note: "the 1979 Criminal Law is not implemented",
            versions: vec![&cn::parole::FIXED_TERM_HALF],
        },
        Topic {
            jurisdiction: J::Cn,
            name: "parole of life imprisonment (CL 81 ¶1)",
            covered_from: cn_1997,
            note: "the 1979 Criminal Law is not implemented",
            versions: vec![&cn::parole::LIFE_10_YEARS_1997, &cn::parole::LIFE_13_YEARS],
        },
        Topic {
            jurisdiction: J::Cn,
            name: "penalties of different kinds (CL 69 ¶2)",
            covered_from: cn_1997,
            note: "the 1979 Criminal Law is not implemented",
            versions: vec![
                &cn::combination::MIXED_KINDS_BEFORE_A9,
                &cn::combination::MIXED_KINDS_A9,
            ],
        },
        Topic {
            jurisdiction: J::Cn,
            name: "supplementary penalties combined (CL 69 ¶3)",
            covered_from: cn_1997,
            note: "the 1979 Criminal Law is not implemented",
            versions: vec![
                &cn::supplementary::SUPPLEMENTARY_1997,
                &cn::supplementary::SUPPLEMENTARY_MERGED,
            ],
        },
        Topic {
            jurisdiction: J::Cn,
            name: "parole barred for violent crimes (CL 81 ¶2)",
            covered_from: cn_1997,
            note: "the 1979 Criminal Law is not implemented",
            versions: vec![&cn::parole::BAR_VIOLENT_1997, &cn::parole::BAR_VIOLENT],
        },
        Topic {
            jurisdiction: J::Cn,
            name: "minimum served after commutations of life (CL 78 ¶2)",
            covered_from: cn_1997,
            note: "the 1979 Criminal Law is not implemented",
            versions: vec![
                &cn::commutation::MINIMUM_LIFE_1997,
                &cn::commutation::MINIMUM_LIFE_A8,
            ],
        },
        Topic {
            jurisdiction: J::Cn,
            name: "death with reprieve commuted to a term (CL 50)",
            covered_from: cn_1997,
            note: "the 1979 Criminal Law is not implemented",
            versions: vec![
                &cn::reprieve::BECOMES_15_20_YEARS_1997,
                &cn::reprieve::BECOMES_25_YEARS,
            ],
        },
        Topic {
            jurisdiction: J::De,
            name: "aggregate sentence (StGB § 54)",
            covered_from: de::IN_FORCE,
            note: "the StGB general part before the 1975 reform is not implemented",
            versions: vec![&de::gesamtstrafe::STGB_54_2_INCREASE],
        },
        Topic {
            jurisdiction: J::De,
            name: "life absorbs (StGB § 54 ¶1 S.1)",
            covered_from: de::IN_FORCE,
            note: "the StGB general part before the 1975 reform is not implemented",
            versions: vec![&de::gesamtstrafe::STGB_54_1_LIFE],
        },
        Topic {
            jurisdiction: J::De,
            name: "later aggregate (StGB § 55)",
            covered_from: de::IN_FORCE,
            note: "the StGB general part before the 1975 reform is not implemented",
            versions: vec![&de::nachtraeglich::STGB_55_1],
        },
        Topic {
            jurisdiction: J::De,
            name: "custody credit (StGB § 51)",
            covered_from: de::IN_FORCE,
            note: "the StGB general part before the 1975 reform is not implemented",
            versions: vec![&de::anrechnung::STGB_51_1],
        },
        Topic {
            jurisdiction: J::De,
            name: "release point, two-thirds (StGB § 57 ¶1)",
            covered_from: de::IN_FORCE,
            note: "the StGB general part before the 1975 reform is not implemented",
            versions: vec![&de::aussetzung::STGB_57_1_TWO_THIRDS],
        },
        Topic {
            jurisdiction: J::De,
            name: "release point, half (StGB § 57 ¶2)",
            covered_from: de::IN_FORCE,
            note: "the StGB general part before the 1975 reform is not implemented",
            versions: vec![&de::aussetzung::STGB_57_2_HALF],
        },
        Topic {
            jurisdiction: J::De,
            name: "release point, life (StGB § 57a)",
            covered_from: de::IN_FORCE,
            note: "the StGB general part before the 1975 reform is not implemented",
            versions: vec![&de::aussetzung::STGB_57A_LIFE],
        },
        Topic {
            jurisdiction: J::Tw,
            name: "combination cap of fixed terms (art. 51 item 5)",
            covered_from: tw::art51::CODE_1935,
            note: "the Code of 1935 is the first covered",
            versions: vec![&tw::art51::FIXED_TERMS_20, &tw::art51::FIXED_TERMS_30],
        },
        Topic {
            jurisdiction: J::Tw,
            name: "absorption (art. 51 items 3–4)",
            covered_from: tw::art51::CODE_1935,
            note: "the Code of 1935 is the first covered",
            versions: vec![&tw::art51::ABSORPTION],
        },
        Topic {
            jurisdiction: J::Tw,
            name: "detention cap (art. 51 item 6)",
            covered_from: tw::art51::CODE_1935,
            note: "the Code of 1935 is the first covered",
            versions: vec![
                &tw::art51::DETENTION_4_MONTHS,
                &tw::art51::DETENTION_120_DAYS,
            ],
        },
        Topic {
            jurisdiction: J::Tw,
            name: "release point (art. 77, 79-1)",
            covered_from: tw::art51::REFORM_2005,
            note: "the parole figures before the 2005 reform are not in the reference; not computed",
            versions: vec![&tw::art77::FIXED_TERM],
        },
        Topic {
            jurisdiction: J::Tw,
            name: "release point, life (art. 77)",
            covered_from: tw::art51::REFORM_2005,
            note: "the parole figures before the 2005 reform are not in the reference; not computed",
            versions: vec![&tw::art77::LIFE],
        },
        Topic {
            jurisdiction: J::Tw,
            name: "aggregate executed together (art. 79-1)",
            covered_from: tw::art51::REFORM_2005,
            note: "the parole figures before the 2005 reform are not in the reference; not computed",
            versions: vec![&tw::art77::AGGREGATE],
        },
        Topic {
            jurisdiction: J::Jp,
            name: "maximum for several crimes (art. 47)",
            covered_from: jp::art47::PENAL_CODE,
            note: "the Penal Code of 1907 (in force 1908-10-01, not in the reference) is the first covered",
            versions: vec![&jp::art47::ART_47],
        },
        Topic {
            jurisdiction: J::Jp,
            name: "overall cap of an aggravated term (art. 14 ¶2)",
            covered_from: jp::art47::PENAL_CODE,
            note: "20 years until Act No. 156 of 2004, 30 years from 2005-01-01",
            versions: vec![&jp::art47::ART_14_20_YEARS, &jp::art47::ART_14_2],
        },
        Topic {
            jurisdiction: J::Jp,
            name: "absorption (art. 46)",
            covered_from: jp::art47::PENAL_CODE,
            note: "the Penal Code of 1907 is the first covered",
            versions: vec![&jp::art47::ART_46],
        },
        Topic {
            jurisdiction: J::Jp,
            name: "release point (art. 28)",
            covered_from: jp::art47::PENAL_CODE,
            note: "the Penal Code of 1907 is the first covered",
            versions: vec![&jp::art28::FIXED_TERM],
        },
        Topic {
            jurisdiction: J::Jp,
            name: "release point, life (art. 28)",
            covered_from: jp::art47::PENAL_CODE,
            note: "the Penal Code of 1907 is the first covered",
            versions: vec![&jp::art28::LIFE],
        },
        Topic {
            jurisdiction: J::UsFederal,
            name: "aggregation of terms (§ 3584)",
            covered_from: us_federal::s3584::SRA,
            note: "the law before the Sentencing Reform Act is not implemented",
            versions: vec![&us_federal::s3584::S3584],
        },
        Topic {
            jurisdiction: J::UsFederal,
            name: "custody credit (§ 3585(b))",
            covered_from: us_federal::s3584::SRA,
            note: "the law before the Sentencing Reform Act is not implemented",
            versions: vec![&us_federal::s3624::S3585_B],
        },
        Topic {
            jurisdiction: J::UsFederal,
            name: "parole",
            covered_from: us_federal::s3584::SRA,
            note: "federal parole for offences before 1987-11-01 is not implemented",
            versions: vec![&us_federal::s3624::NO_PAROLE],
        },
        Topic {
            jurisdiction: J::UsFederal,
            name: "release point (good-conduct time, § 3624(b))",
            covered_from: us_federal::s3624::S3624_B.in_force_from,
            note: "the BOP method before the First Step Act amendment took effect (54 days per year served, until 2019-07-18) is not implemented; a projected release before 2019-07-19 is reported",
            versions: vec![&us_federal::s3624::S3624_B],
        },
        Topic {
            jurisdiction: J::GbEaw,
            name: "aggregation of concurrent and consecutive terms",
            covered_from: gb_eaw::release::CJA_2003,
            note: "the law before CJA 2003 Part 12 is not implemented",
            versions: vec![&gb_eaw::release::AGGREGATION],
        },
        Topic {
            jurisdiction: J::GbEaw,
            name: "remand credit (s. 240, then s. 240ZA)",
            covered_from: gb_eaw::release::CJA_2003,
            note: "the law before CJA 2003 Part 12 is not implemented",
            versions: vec![&gb_eaw::release::REMAND_S240, &gb_eaw::release::REMAND],
        },
        Topic {
            jurisdiction: J::GbEaw,
            name: "release point at half, standard determinate sentence (s. 244)",
            covered_from: gb_eaw::release::CJA_2003,
            note: "the law before CJA 2003 Part 12 is not implemented",
            versions: vec![&gb_eaw::release::CRD_HALF],
        },
        Topic {
            jurisdiction: J::GbEaw,
            name: "release point at 40 %, standard determinate sentence (SI 2024/844)",
            covered_from: gb_eaw::release::SDS40_UNDER_5,
            note: "no 40 % release before SI 2024/844 commenced (2024-09-10); earlier sentences reach it by tranche (2024-09-10 or 2024-10-22)",
            versions: vec![&gb_eaw::release::CRD_FORTY],
        },
        Topic {
            jurisdiction: J::GbEaw,
            name: "release point, excluded from SI 2024/844",
            covered_from: gb_eaw::release::CJA_2003,
            note: "the law before CJA 2003 Part 12 is not implemented",
            versions: vec![&gb_eaw::release::CRD_HALF_EXCLUDED],
        },
        Topic {
            jurisdiction: J::GbEaw,
            name: "release point, s. 244ZA",
            covered_from: gb_eaw::release::S244ZA_2020,
            note: "no two-thirds point for standard determinate sentences before SI 2020/158 (1 April 2020)",
            versions: vec![
                &gb_eaw::release::TWO_THIRDS_2020,
                &gb_eaw::release::TWO_THIRDS_2022,
            ],
        },
        Topic {
            jurisdiction: J::GbEaw,
            name: "home detention curfew eligibility (HDCED)",
            covered_from: gb_eaw::release::CJA_2003,
            note: "HDC before CJA 2003 Part 12 is not implemented",
            versions: vec![&gb_eaw::release::HDC_180, &gb_eaw::release::HDC_365],
        },
        Topic {
            jurisdiction: J::GbEaw,
            name: "early removal scheme eligibility (ERSED)",
            covered_from: gb_eaw::release::CJA_2003,
            note: "the scheme before CJA 2003 Part 12 is not implemented",
            versions: vec![&gb_eaw::release::ERSED_50, &gb_eaw::release::ERSED_30],
        },
        Topic {
            jurisdiction: J::GbEaw,
            name: "top-up supervision (TUSED)",
            covered_from: gb_eaw::release::TOP_UP_SUPERVISION.in_force_from,
            note: "no top-up supervision for an offence before 2015-02-01 (ORA_DATE of the MoJ calculator)",
            versions: vec![&gb_eaw::release::TOP_UP_SUPERVISION],
        },
    ]
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
