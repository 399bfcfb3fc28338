//! Law versions as data: within each topic of each jurisdiction, exactly one
//! version of the rule is in force on every day the tool covers. Checked on
//! 1 January of every year 1980–2030 and on every version boundary ± 1 day.
//! A gap (no version) or an overlap (two versions) is a bug.

use jiff::civil::{Date, date};
use sentencing::case::JurisdictionId;
use sentencing::law::gb_eaw;
use sentencing::law::timeline::{Topic, in_force, topics};

fn days_to_check(topic: &Topic) -> Vec<Date> {
    let mut days: Vec<Date> = (1980..=2030).map(|y| date(y, 1, 1)).collect();
    for r in &topic.versions {
        let mut around = vec![r.in_force_from];
        if let Some(u) = r.in_force_until {
            around.push(u);
        }
        for d in around {
            for delta in [-1i64, 0, 1] {
                if let Ok(x) = d.checked_add(jiff::Span::new().days(delta)) {
                    days.push(x);
                }
            }
        }
    }
    days.sort();
    days.dedup();
    days
}

#[test]
fn every_topic_has_exactly_one_version_in_force_on_every_covered_day() {
    let mut problems = Vec::new();
    for topic in topics() {
        for day in days_to_check(&topic) {
            if day < topic.covered_from {
                continue;
            }
            let v = in_force(&topic, day);
            match v.len() {
                1 => {}
                0 => problems.push(format!(
                    "{} / {}: no version in force on {day}",
                    topic.jurisdiction.code(),
                    topic.name
                )),
                _ => problems.push(format!(
                    "{} / {}: {} versions in force on {day}: {}",
                    topic.jurisdiction.code(),
                    topic.name,
                    v.len(),
                    v.iter().map(|r| r.id).collect::<Vec<_>>().join(", ")
                )),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn nothing_is_in_force_before_a_topic_is_covered() {
    for topic in topics() {
        let Ok(before) = topic.covered_from.checked_sub(jiff::Span::new().days(1)) else {
            continue;
        };
        assert!(
            in_force(&topic, before).is_empty(),
            "{} / {}: a version is in force before covered_from {}",
            topic.jurisdiction.code(),
            topic.name,
            topic.covered_from
        );
    }
}

#[test]
fn every_topic_rule_is_in_its_jurisdictions_catalogue() {
    for topic in topics() {
        let catalogue = sentencing::law::rules(topic.jurisdiction);
        for r in &topic.versions {
            assert!(
                catalogue.iter().any(|c| c.id == r.id),
                "{} is in the timeline of {} but not in its rules",
                r.id,
                topic.jurisdiction.code()
            );
        }
    }
}

#[test]
fn every_jurisdiction_has_a_timeline() {
    let all = topics();
    for j in JurisdictionId::ALL {
        assert!(
            all.iter().any(|t| t.jurisdiction == *j),
            "{} has no topics",
            j.code()
        );
    }
}

#[test]
fn version_boundaries() {
    use sentencing::law::tw::art51;
    let t = topics();
    let tw = t
        .iter()
        .find(|t| t.name.starts_with("combination cap of fixed terms"))
        .unwrap();
    assert_eq!(
        in_force(tw, date(2006, 6, 30))[0].id,
        art51::FIXED_TERMS_20.id
    );
    assert_eq!(
        in_force(tw, date(2006, 7, 1))[0].id,
        art51::FIXED_TERMS_30.id
    );
    let cn = t
        .iter()
        .find(|t| t.name.starts_with("combination of fixed terms (CL 69"))
        .unwrap();
    assert_eq!(
        in_force(cn, date(2011, 4, 30))[0].id,
        "cn.cl69.1.limited-aggravation.1997"
    );
    assert_eq!(
        in_force(cn, date(2011, 5, 1))[0].id,
        "cn.cl69.1.limited-aggravation.a8"
    );
}

fn topic(name: &str) -> Topic {
    topics()
        .into_iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no topic {name}"))
}

#[test]
fn si_2024_844_tranche_boundaries() {
    // SI 2024/844 art. 1(2): 40 % from 2024-09-10; the tranche days of
    // earlier sentences are rules of their own.
    let forty = topic("release point at 40 %, standard determinate sentence (SI 2024/844)");
    assert!(in_force(&forty, date(2024, 9, 9)).is_empty());
    assert_eq!(
        in_force(&forty, date(2024, 9, 10))[0].id,
        "gb.si2024-844.40pct"
    );
    let half = topic("release point at half, standard determinate sentence (s. 244)");
    assert_eq!(
        in_force(&half, date(2024, 9, 10))[0].id,
        "gb.cja2003.s244.half"
    );
    assert!(gb_eaw::release::TRANCHE_ONE.in_force_on(date(2024, 9, 10)));
    assert!(!gb_eaw::release::TRANCHE_TWO.in_force_on(date(2024, 10, 21)));
    assert!(gb_eaw::release::TRANCHE_TWO.in_force_on(date(2024, 10, 22)));
    let za = topic("release point, s. 244ZA");
    assert!(in_force(&za, date(2020, 3, 31)).is_empty());
    assert_eq!(
        in_force(&za, date(2022, 6, 27))[0].id,
        "gb.cja2003.s244za.two-thirds.2020"
    );
    assert_eq!(
        in_force(&za, date(2022, 6, 28))[0].id,
        "gb.cja2003.s244za.two-thirds.2022"
    );
}

#[test]
fn us_federal_boundaries() {
    let parole = topic("parole");
    assert!(in_force(&parole, date(1987, 10, 31)).is_empty());
    assert_eq!(in_force(&parole, date(1987, 11, 1))[0].id, "us.no-parole");
}

#[test]
fn taiwan_parole_is_covered_from_the_reform_only() {
    let t = topic("release point (art. 77, 79-1)");
    assert!(in_force(&t, date(2006, 6, 30)).is_empty());
    assert_eq!(in_force(&t, date(2006, 7, 1)).len(), 1);
}

#[test]
fn every_rule_is_in_exactly_one_topic() {
    let all = topics();
    for j in JurisdictionId::ALL {
        for r in sentencing::law::rules(*j) {
            let n = all
                .iter()
                .filter(|t| t.jurisdiction == *j && t.versions.iter().any(|v| v.id == r.id))
                .count();
            assert_eq!(n, 1, "{} / {} is in {n} topics", j.code(), r.id);
        }
    }
}

#[test]
fn rule_ids_are_unique_within_a_jurisdiction() {
    for j in JurisdictionId::ALL {
        let mut ids: Vec<&str> = sentencing::law::rules(*j).iter().map(|r| r.id).collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "{}: duplicate rule ids", j.code());
    }
}
