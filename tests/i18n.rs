//! The message catalogues: every message exists in both languages with the
//! same placeholders, the count of messages is what the catalogues match on,
//! a missing argument is visible instead of a panic, and the analysis of
//! every bundled case speaks only through the catalogues.

use sentencing::case::{JurisdictionId, load_file};
use sentencing::i18n::{Arg, Lang, Msg, MsgId, placeholders};
use sentencing::law::{analyse_as_of, rules};
use std::collections::{BTreeSet, HashSet};
use std::path::Path;

#[test]
fn every_message_has_a_template_in_both_languages_with_the_same_placeholders() {
    for id in MsgId::ALL {
        let en = Lang::En.template(*id);
        let zh = Lang::Zh.template(*id);
        assert!(!en.trim().is_empty(), "{} has no English text", id.key());
        assert!(!zh.trim().is_empty(), "{} has no Chinese text", id.key());
        let en_names: BTreeSet<&str> = placeholders(en).into_iter().collect();
        let zh_names: BTreeSet<&str> = placeholders(zh).into_iter().collect();
        assert_eq!(
            en_names,
            zh_names,
            "{}: placeholders differ between en and zh",
            id.key()
        );
    }
}

/// Counts the `MsgId::X =>` arms of a catalogue's source.
fn arms(source: &str) -> BTreeSet<String> {
    source
        .lines()
        .filter_map(|l| l.trim().strip_prefix("MsgId::"))
        .filter_map(|l| l.split_once(" =>").map(|(id, _)| id.to_string()))
        .collect()
}

#[test]
fn msgid_all_lists_every_variant_once_and_each_catalogue_matches_them_all() {
    let all: Vec<&str> = MsgId::ALL.iter().map(|m| m.key()).collect();
    let unique: HashSet<&str> = all.iter().copied().collect();
    assert_eq!(unique.len(), all.len(), "MsgId::ALL has duplicates");
    let all: BTreeSet<String> = all.into_iter().map(String::from).collect();
    // Derived independently of the enum: the arms of the two exhaustive matches.
    let en = arms(include_str!("../src/i18n/en.rs"));
    let zh = arms(include_str!("../src/i18n/zh.rs"));
    assert_eq!(en, all, "en.rs arms differ from MsgId::ALL");
    assert_eq!(zh, all, "zh.rs arms differ from MsgId::ALL");
}

#[test]
fn a_missing_argument_renders_a_visible_marker() {
    let m = Msg::new(MsgId::CombOutsideRange).arg("penalty", Arg::Text("x".into()));
    assert_eq!(
        m.render(Lang::En),
        "the court's sentence, x, is outside the lawful range {range?}"
    );
    assert!(m.render(Lang::Zh).contains("{range?}"));
}

/// The rules of every jurisdiction.
fn all_rules() -> Vec<&'static sentencing::law::Rule> {
    JurisdictionId::ALL.iter().flat_map(|j| rules(*j)).collect()
}

#[test]
fn every_rule_has_a_chinese_citation() {
    let missing: Vec<&str> = all_rules()
        .iter()
        .filter(|r| sentencing::i18n::rules::citation_zh(r.citation).is_none())
        .map(|r| r.id)
        .collect();
    assert!(missing.is_empty(), "no Chinese citation for {missing:?}");
}

#[test]
fn every_rule_has_a_chinese_summary() {
    let missing: Vec<&str> = all_rules()
        .iter()
        .filter(|r| sentencing::i18n::rules::summary_zh(r.id).is_none())
        .map(|r| r.id)
        .collect();
    assert!(missing.is_empty(), "no Chinese summary for {missing:?}");
}

#[test]
fn every_unverified_rule_says_why_in_chinese() {
    let missing: Vec<&str> = all_rules()
        .iter()
        .filter(|r| !r.verification.is_verified())
        .filter(|r| sentencing::i18n::rules::unverified_reason_zh(r.id).is_none())
        .map(|r| r.id)
        .collect();
    assert!(missing.is_empty(), "no Chinese reason for {missing:?}");
}

fn untranslated(m: &Msg) -> bool {
    m.id == MsgId::Untranslated
        || m.args.iter().any(|(_, a)| match a {
            Arg::Msg(inner) => untranslated(inner),
            _ => false,
        })
}

/// Every step, event, finding and explanation the law modules produce for
/// every file in `cases/` (all jurisdictions) and the dates fixtures comes
/// from the catalogues.
#[test]
fn the_analysis_of_every_bundled_case_uses_only_catalogue_messages() {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir("cases")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    assert!(files.len() >= 11, "cases/ has only {} files", files.len());
    files.extend(
        [
            "tests/dates/fixed-terms.yaml",
            "tests/dates/later-crimes.yaml",
            "tests/dates/reprieve-and-life.yaml",
        ]
        .map(std::path::PathBuf::from),
    );
    let mut checked = 0;
    for path in &files {
        let path = path.display().to_string();
        let file = load_file(Path::new(&path), 1 << 20).unwrap();
        let case = file.case.as_ref().unwrap();
        let a = analyse_as_of(case, Some(jiff::civil::date(2026, 1, 1)));
        for d in &a.defendants {
            let mut msgs: Vec<&Msg> = Vec::new();
            if let Some(c) = &d.combination {
                msgs.extend(c.steps.iter().map(|s| &s.text));
            }
            msgs.extend(d.supplementary.steps.iter().map(|s| &s.text));
            msgs.extend(d.parole.steps.iter().map(|s| &s.text));
            msgs.extend(d.commutation.steps.iter().map(|s| &s.text));
            msgs.extend(d.parole.counted_from.iter());
            msgs.extend(d.parole.not_applicable.iter());
            msgs.extend(d.commutation.counted_from.iter());
            msgs.extend(d.law.iter().map(|l| &l.reason));
            for e in &d.dates.events {
                msgs.push(&e.event);
                msgs.push(&e.step.text);
            }
            for l in &d.dates.later {
                msgs.extend(l.steps.iter().map(|s| &s.text));
                msgs.extend(l.combination.steps.iter().map(|s| &s.text));
            }
            for f in &d.findings {
                msgs.push(&f.message);
                msgs.extend(f.hint.iter());
            }
            for m in msgs {
                checked += 1;
                assert!(
                    !untranslated(m),
                    "{path}: {} has text outside the catalogues: {}",
                    d.name,
                    m.en()
                );
                let zh = m.render(Lang::Zh);
                assert!(!zh.contains("?}"), "{path}: missing argument in {zh}");
            }
        }
    }
    assert!(checked > 100, "only {checked} messages checked");
}

#[test]
fn chinese_penalties_and_terms() {
    use sentencing::penalty::{Principal, Term};
    assert_eq!(
        sentencing::i18n::principal(&Principal::Imprisonment(Term::years(15)), Lang::Zh),
        "有期徒刑十五年"
    );
    assert_eq!(
        sentencing::i18n::term(Term::new(2, 6, 0).unwrap(), Lang::Zh),
        "二年六个月"
    );
    assert_eq!(
        sentencing::i18n::term(Term::new(2, 6, 0).unwrap(), Lang::En),
        "2 years 6 months"
    );
    assert_eq!(sentencing::i18n::chinese_number(105), "一百零五");
    assert_eq!(sentencing::i18n::chinese_number(1001), "一千零一");
    assert_eq!(
        sentencing::i18n::article_zh("CL 69 ¶1"),
        "《刑法》第六十九条第一款"
    );
}

/// Every input error raised while reading the broken and hostile files (and
/// every warning from analysing those that are valid) comes from the
/// catalogues, and renders in Chinese with all its arguments.
#[test]
fn input_errors_of_broken_and_hostile_files_use_only_catalogue_messages() {
    let mut checked = 0;
    let mut errors = 0;
    for dir in ["tests/broken", "tests/hostile"] {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
            .collect();
        paths.sort();
        assert!(!paths.is_empty(), "no files in {dir}");
        for path in paths {
            let file = load_file(&path, 1 << 20).unwrap();
            let mut findings = file.findings.clone();
            if let Some(case) = file.case.as_ref().filter(|_| !file.has_errors()) {
                let a = analyse_as_of(case, Some(jiff::civil::date(2026, 1, 1)));
                for d in a.defendants {
                    findings.extend(d.findings);
                }
            }
            for f in &findings {
                errors += usize::from(f.is_error());
                for m in std::iter::once(&f.message).chain(f.hint.iter()) {
                    checked += 1;
                    assert!(
                        !untranslated(m),
                        "{}: {} has text outside the catalogues: {}",
                        path.display(),
                        f.code,
                        m.en()
                    );
                    let zh = m.render(Lang::Zh);
                    assert!(
                        !zh.contains("?}"),
                        "{}: missing argument in {zh}",
                        path.display()
                    );
                    assert!(
                        !m.en().contains("?}"),
                        "{}: missing argument",
                        path.display()
                    );
                }
            }
        }
    }
    assert!(errors > 20, "only {errors} input errors seen");
    assert!(checked > 40, "only {checked} messages checked");
}

/// The parse errors of penalties, money and dates are catalogue messages:
/// the same words as before in English, Chinese under `--lang zh`.
#[test]
fn parse_errors_render_in_both_languages() {
    let e = sentencing::penalty::parse_penalty("3 yaers").unwrap_err();
    assert_eq!(e.message.en(), "unknown unit `yaers`");
    assert_eq!(e.message.render(Lang::Zh), "未知单位 `yaers`");
    assert_eq!(e.hint.render(Lang::Zh), "是否应为 `years`？");
    assert_eq!((e.offset, e.len), (2, 5));
    let e = sentencing::penalty::parse_money("100 CNY EUR").unwrap_err();
    assert!(!untranslated(&e.message) && !untranslated(&e.hint));
    assert!(e.message.render(Lang::Zh).contains("币种"), "{e:?}");
    let e = sentencing::case::parse_date("2012-02-30").unwrap_err();
    assert_eq!(e.message.en(), "2012-02-30 does not exist in the calendar");
    assert_eq!(e.message.render(Lang::Zh), "日历中没有 2012-02-30 这一天");
    let e = sentencing::penalty::parse_confiscation("").unwrap_err();
    assert_eq!(e.message.render(Lang::Zh), "未填写没收财产");
}
