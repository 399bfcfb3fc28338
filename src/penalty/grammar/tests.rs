//! Tests of the penalty grammar.

#[test]
fn plain_english_fast_path_agrees_with_the_grammar() {
    for y in 0..=40u32 {
        for m in 0..=14u32 {
            let forms = [
                format!("{y} years {m} months"),
                format!("{y} year {m} month"),
                format!("{y} years"),
                format!("{m} months"),
                format!("{y} year"),
                format!("{m} month"),
                format!("{m} months {y} years"),
                format!("{y} year {m} months"),
                format!("{y} years {m} month"),
            ];
            for text in forms {
                if let Some(fast) = plain_english_term(&text) {
                    let mut p = Parser::new(&text, MsgId::PgWhatPenalty, PENALTY_FORMS).unwrap();
                    let slow = p
                        .principal()
                        .and_then(|x| p.expect_end(PENALTY_FORMS).map(|_| x));
                    assert_eq!(Ok(Principal::Imprisonment(fast)), slow, "{text}");
                    assert_eq!(
                        Ok(PoliticalRights::Term(fast)),
                        parse_political_rights_full(&text),
                        "{text}"
                    );
                }
            }
        }
    }
    assert_eq!(
        plain_english_term("2 years 6 months"),
        Term::new(2, 6, 0).ok()
    );
    assert_eq!(plain_english_term("0 years"), None);
    assert_eq!(
        parse_political_rights_full("life"),
        Ok(PoliticalRights::Life)
    );
    assert_eq!(plain_english_term("6 months 2 years"), None);
    assert_eq!(plain_english_term("1 months"), Term::new(0, 1, 0).ok());
    for odd in [
        "15 years ",
        " 15 years",
        "15  years",
        "15 years6 months",
        "15",
        "",
        "100000 years",
        "15 years 6",
    ] {
        assert_eq!(plain_english_term(odd), None, "{odd:?}");
    }
    assert_eq!(plain_english_term("15 Years"), None);
}

use super::confiscation::*;
use super::fast::*;
use super::parser::*;
use super::rights::*;
use super::sentence::PenaltyText;
use super::suggest::*;
use super::*;
use crate::message::MsgId;
use crate::penalty::Money;
use crate::penalty::{
    AloneKind, Confiscation, PoliticalRights, Principal, ReprieveRestriction, Term,
};
use rust_decimal::Decimal;

fn term(y: u32, m: u32, d: u32) -> Term {
    Term::new(y, m, d).unwrap()
}

fn prison(y: u32, m: u32, d: u32) -> Principal {
    Principal::Imprisonment(term(y, m, d))
}

fn ok(text: &str) -> Principal {
    match parse_penalty(text) {
        Ok(p) => p,
        Err(e) => panic!("{text:?} should parse: {e:?}"),
    }
}

fn err(text: &str) -> PenaltyParseError {
    match parse_penalty(text) {
        Ok(p) => panic!("{text:?} should fail, got {p:?}"),
        Err(e) => e,
    }
}

/// The text the error points at.
fn caret(text: &str, e: &PenaltyParseError) -> String {
    text.get(e.offset..e.offset + e.len).unwrap().to_string()
}

// --- English terms ---------------------------------------------------

#[test]
fn bare_english_terms_are_imprisonment() {
    assert_eq!(ok("15 years"), prison(15, 0, 0));
    assert_eq!(ok("2 years 6 months"), prison(2, 6, 0));
    assert_eq!(ok("1 year"), prison(1, 0, 0));
    assert_eq!(ok("6 months"), prison(0, 6, 0));
    assert_eq!(ok("20 days"), prison(0, 0, 20));
    assert_eq!(ok("1 month 15 days"), prison(0, 1, 15));
    assert_eq!(ok("1 year 2 months 3 days"), prison(1, 2, 3));
}

#[test]
fn english_separators_case_and_spacing() {
    assert_eq!(ok("2 years and 6 months"), prison(2, 6, 0));
    assert_eq!(ok("1 year, 6 months"), prison(1, 6, 0));
    assert_eq!(ok("1 year, and 6 months"), prison(1, 6, 0));
    assert_eq!(ok("  2   YEARS   6 Months  "), prison(2, 6, 0));
    assert_eq!(ok("2years6months"), prison(2, 6, 0));
    assert_eq!(ok("15 years."), prison(15, 0, 0));
}

#[test]
fn months_of_a_year_or_more_are_normalised() {
    assert_eq!(ok("18 months"), prison(1, 6, 0));
    assert_eq!(ok("1 year 18 months"), prison(2, 6, 0));
}

#[test]
fn imprisonment_prefix_and_suffix() {
    assert_eq!(ok("imprisonment 15 years"), prison(15, 0, 0));
    assert_eq!(ok("fixed-term imprisonment 15 years"), prison(15, 0, 0));
    assert_eq!(ok("Fixed term imprisonment 15 years"), prison(15, 0, 0));
    assert_eq!(ok("15 years imprisonment"), prison(15, 0, 0));
    assert_eq!(ok("15 years' imprisonment"), prison(15, 0, 0));
    assert_eq!(ok("15 years’ imprisonment"), prison(15, 0, 0));
}

#[test]
fn detention_and_surveillance_in_english() {
    let detention = Principal::CriminalDetention(term(0, 6, 0));
    assert_eq!(ok("criminal detention 6 months"), detention);
    assert_eq!(ok("detention 6 months"), detention);
    assert_eq!(ok("6 months criminal detention"), detention);
    let surveillance = Principal::PublicSurveillance(term(2, 0, 0));
    assert_eq!(ok("public surveillance 2 years"), surveillance);
    assert_eq!(ok("surveillance 2 years"), surveillance);
}

#[test]
fn life_and_death_in_english() {
    assert_eq!(ok("life imprisonment"), Principal::Life);
    assert_eq!(ok("Life"), Principal::Life);
    assert_eq!(ok("death"), Principal::Death);
    assert_eq!(
        ok("death with reprieve"),
        Principal::DeathWithReprieve(ReprieveRestriction::None)
    );
    assert_eq!(
        ok("death with a two-year reprieve"),
        Principal::DeathWithReprieve(ReprieveRestriction::None)
    );
}

#[test]
fn reprieve_restrictions_in_english() {
    let restricted = Principal::DeathWithReprieve(ReprieveRestriction::RestrictedCommutation);
    assert_eq!(
        ok("death with reprieve, restricted commutation"),
        restricted
    );
    assert_eq!(
        ok("death with reprieve and restricted commutation"),
        restricted
    );
    let lwop = Principal::DeathWithReprieve(ReprieveRestriction::LifeWithoutCommutationOrParole);
    assert_eq!(
        ok("death with reprieve, life imprisonment without commutation or parole"),
        lwop
    );
    assert_eq!(ok("death with reprieve, life without parole"), lwop);
    assert_eq!(ok("Death  with Reprieve,  Life Without Parole"), lwop);
}

#[test]
fn display_round_trips() {
    for text in [
        "15 years",
        "1 year 6 months",
        "criminal detention 6 months",
        "public surveillance 2 years",
        "life imprisonment",
        "death",
        "death with reprieve",
        "death with reprieve, restricted commutation",
        "death with reprieve, life imprisonment without commutation or parole",
    ] {
        assert_eq!(ok(text).to_string(), text);
    }
}

// --- Chinese ----------------------------------------------------------

#[test]
fn chinese_fixed_terms() {
    assert_eq!(ok("有期徒刑十五年"), prison(15, 0, 0));
    assert_eq!(ok("有期徒刑二年六个月"), prison(2, 6, 0));
    assert_eq!(ok("有期徒刑一年零六个月"), prison(1, 6, 0));
    assert_eq!(ok("有期徒刑六个月"), prison(0, 6, 0));
    assert_eq!(ok("有期徒刑十五年。"), prison(15, 0, 0));
    assert_eq!(ok("有期徒刑两年"), prison(2, 0, 0));
    assert_eq!(ok("有期徒刑六个月零十五日"), prison(0, 6, 15));
    assert_eq!(ok("有期徒刑二十天"), prison(0, 0, 20));
}

#[test]
fn chinese_bare_terms_and_ascii_digits() {
    assert_eq!(ok("15年"), prison(15, 0, 0));
    assert_eq!(ok("2年6个月"), prison(2, 6, 0));
    assert_eq!(ok("2年6月"), prison(2, 6, 0));
    assert_eq!(ok("十五年"), prison(15, 0, 0));
    assert_eq!(ok("1年零6个月"), prison(1, 6, 0));
    assert_eq!(ok("１５年"), prison(15, 0, 0));
}

#[test]
fn chinese_detention_and_surveillance() {
    assert_eq!(
        ok("拘役六个月"),
        Principal::CriminalDetention(term(0, 6, 0))
    );
    assert_eq!(ok("拘役3个月"), Principal::CriminalDetention(term(0, 3, 0)));
    assert_eq!(ok("管制二年"), Principal::PublicSurveillance(term(2, 0, 0)));
    assert_eq!(
        ok("管制一年六个月"),
        Principal::PublicSurveillance(term(1, 6, 0))
    );
}

#[test]
fn chinese_life_and_death() {
    assert_eq!(ok("无期徒刑"), Principal::Life);
    assert_eq!(ok("无期徒刑。"), Principal::Life);
    assert_eq!(ok("死刑"), Principal::Death);
    assert_eq!(ok("死刑立即执行"), Principal::Death);
    let plain = Principal::DeathWithReprieve(ReprieveRestriction::None);
    assert_eq!(ok("死刑缓期二年执行"), plain);
    assert_eq!(ok("死刑，缓期二年执行"), plain);
    assert_eq!(ok("死刑缓期两年执行"), plain);
}

#[test]
fn chinese_reprieve_restrictions() {
    assert_eq!(
        ok("死刑缓期二年执行，限制减刑"),
        Principal::DeathWithReprieve(ReprieveRestriction::RestrictedCommutation)
    );
    let lwop = Principal::DeathWithReprieve(ReprieveRestriction::LifeWithoutCommutationOrParole);
    assert_eq!(ok("死刑缓期二年执行，终身监禁"), lwop);
    assert_eq!(
        ok(
            "死刑缓期二年执行，在其死刑缓期执行二年期满依法减为无期徒刑后，终身监禁，不得减刑、假释"
        ),
        lwop
    );
    assert_eq!(
        ok(
            "死刑，缓期二年执行，在其死刑缓期执行二年期满依法减为无期徒刑后，终身监禁，不得减刑、假释。"
        ),
        lwop
    );
}

// --- Rejections -------------------------------------------------------

#[test]
fn rejects_empty_input() {
    let e = err("");
    assert_eq!((e.offset, e.len), (0, 0));
    err("   ");
    err("。");
}

#[test]
fn rejects_zero_term() {
    let e = err("0 years");
    assert!(e.message.en().contains("zero"), "{e:?}");
    assert_eq!(caret("0 years", &e), "0 years");
    err("零年");
    err("0 years 0 months");
}

#[test]
fn rejects_negative_term_at_the_minus_sign() {
    let e = err("-2 years");
    assert!(e.message.en().contains("negative"), "{e:?}");
    assert!(e.hint.en().contains("minus"), "{e:?}");
    assert_eq!((e.offset, e.len), (0, 1));
    err("2 years -6 months");
}

#[test]
fn rejects_decimal_term_with_a_conversion_hint() {
    let e = err("1.5 years");
    assert!(e.hint.en().contains("1 year 6 months"), "{e:?}");
    assert_eq!(caret("1.5 years", &e), "1.5");
    assert!(err("2.25 years").hint.en().contains("2 years 3 months"));
    assert!(err("1.5年").hint.en().contains("1年6个月"));
    assert!(err("1.5 months").hint.en().contains("days"));
    err("1.3 years");
}

#[test]
fn rejects_number_without_unit() {
    let e = err("15");
    assert!(e.hint.en().contains("15 years"), "{e:?}");
    assert_eq!((e.offset, e.len), (0, 2));
    assert!(err("十五").hint.en().contains("十五年"));
    assert_eq!(caret("2 years 6", &err("2 years 6")), "6");
    err("有期徒刑十五");
}

#[test]
fn rejects_misspelled_unit_with_did_you_mean() {
    let e = err("15 yaers");
    assert_eq!((e.offset, e.len), (3, 5));
    assert!(e.hint.en().contains("did you mean `years`"), "{e:?}");
    assert!(err("6 monhts").hint.en().contains("`months`"));
    assert!(err("20 dyas").hint.en().contains("`days`"));
    let e = err("2 years 6 mnths");
    assert_eq!(caret("2 years 6 mnths", &e), "mnths");
}

#[test]
fn rejects_abbreviated_units() {
    let e = err("2y 6m");
    assert!(e.message.en().contains("abbreviation"), "{e:?}");
    assert!(e.hint.en().contains("2 years 6 months"), "{e:?}");
    assert!(
        e.hint.en().contains("minutes") || caret("2y 6m", &e) == "y",
        "{e:?}"
    );
    assert_eq!((e.offset, e.len), (1, 1));
    let e = err("6m");
    assert!(
        e.hint.en().contains("6 months") && e.hint.en().contains("minutes"),
        "{e:?}"
    );
    assert!(err("1 yr").hint.en().contains("1 year"));
    err("10d");
}

#[test]
fn rejects_units_sentences_do_not_use() {
    assert!(err("3 wks").message.en().contains("not a unit"));
    err("5 hours");
    err("3周");
}

#[test]
fn rejects_duplicated_units() {
    let text = "2 years 3 years";
    let e = err(text);
    assert!(e.message.en().contains("twice"), "{e:?}");
    assert_eq!(caret(text, &e), "3 years");
    err("2年3年");
}

#[test]
fn rejects_units_out_of_order_with_the_fix() {
    let text = "6 months 2 years";
    let e = err(text);
    assert_eq!(caret(text, &e), "2 years");
    assert!(e.hint.en().contains("`2 years 6 months`"), "{e:?}");
    assert!(err("6个月2年").hint.en().contains("`2年6个月`"));
    err("5 days 1 month");
}

#[test]
fn rejects_too_long_terms() {
    let e = err("10001 years");
    assert_eq!(e.message.en(), "more than 10,000 years is not a sentence");
    err("99999999999999999999999 years");
    err("5000000000 months");
    assert_eq!(ok("10000 years"), prison(10_000, 0, 0));
}

#[test]
fn accepts_days_of_a_month_or_more_as_days() {
    // Issue #11: a day part is kept in days, never capped or refused.
    assert_eq!(ok("1 year 35 days"), prison(1, 0, 35));
    assert!(matches!(ok("拘役四十五日"), Principal::CriminalDetention(t) if t == term(0, 0, 45)));
}

#[test]
fn rejects_unknown_words_with_the_accepted_forms() {
    let e = err("probation 3 years");
    assert_eq!(caret("probation 3 years", &e), "probation");
    assert!(e.hint.en().contains("criminal detention"), "{e:?}");
    let e = err("imprisonmnet 15 years");
    assert!(e.hint.en().contains("did you mean `imprisonment`"), "{e:?}");
    let e = err("有期徒型十五年");
    assert_eq!(caret("有期徒型十五年", &e), "有期徒型");
    err("15 years suspended");
    err("death penalty");
}

#[test]
fn rejects_malformed_phrases_and_leftovers() {
    err("imprisonment");
    err("有期徒刑");
    err("imprisonment 15 years imprisonment");
    err("2 years and");
    err("2 years,");
    err("2 years,, 6 months");
    err("life 15 years");
    err("死刑缓期一年执行");
    err("死刑缓期二年执行，无期徒刑");
    err("death with reprieve, life imprisonment");
    err("death with reprieve,");
    err("life without parole");
    err("十十年");
    err("15 . years");
}

#[test]
fn error_positions_are_byte_offsets_in_chinese_text() {
    let text = "有期徒刑十五";
    let e = err(text);
    assert_eq!(caret(text, &e), "十五");
    assert_eq!(e.offset, "有期徒刑".len());
}

#[test]
fn hostile_input_never_panics() {
    for text in [
        "\u{0}",
        "'",
        "-",
        "--5 years",
        "1.",
        ".5 years",
        "٣ years",
        "年年年",
        "零",
        "〇〇5年",
        "\u{301} years",
        "years",
        "and",
        "5 years'",
        "亿亿亿",
        "九千九百九十九万九千九百九十九亿年",
    ] {
        let _ = parse_penalty(text);
        let _ = parse_penalty_text(text);
        let _ = parse_fine(text);
        let _ = parse_political_rights(text);
        let _ = parse_confiscation(text);
    }
}

#[test]
fn error_ranges_always_slice_the_input() {
    // Deterministic xorshift over fragments that stress the lexer.
    let pieces = [
        "1",
        "0",
        ".",
        ",",
        "-",
        " ",
        "年",
        "个月",
        "日",
        "零",
        "十",
        "万",
        "亿",
        "两",
        "y",
        "m",
        "years",
        "months",
        "and",
        "life",
        "death",
        "with reprieve",
        "，",
        "。",
        "死刑",
        "缓期二年执行",
        "终身监禁",
        "有期徒刑",
        "剥夺政治权利",
        "终身",
        "'",
        "CNY",
        "¥",
        "NT$",
        "元",
        "没收个人财产",
        "all",
        "１",
        "\u{301}",
        "99999999999999999999",
        "缓刑",
        "宣告缓刑",
        "suspended for",
        "免予刑事处罚",
        "并处罚金",
        "罚金",
        "a fine of",
        "驱逐出境",
        "并处",
        "限",
        "缴纳",
        "上缴国库",
        "又",
        "人民币",
        "20，000",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        usize::try_from(seed % 1_000_003).unwrap()
    };
    for _ in 0..20_000 {
        let text: String = (0..next() % 7)
            .map(|_| pieces[next() % pieces.len()])
            .collect();
        let errors = [
            parse_penalty(&text).err(),
            parse_penalty_text(&text).err(),
            parse_fine(&text).err(),
            parse_political_rights(&text).err(),
            parse_confiscation(&text).err(),
        ];
        for e in errors.into_iter().flatten() {
            assert!(
                text.get(e.offset..e.offset + e.len).is_some(),
                "{text:?}: {e:?}"
            );
        }
    }
}

// --- Political rights ---------------------------------------------------

#[test]
fn political_rights_terms_and_life() {
    let rights = |t: &str| parse_political_rights(t).unwrap();
    assert_eq!(rights("1 year"), PoliticalRights::Term(term(1, 0, 0)));
    assert_eq!(
        rights("3 years 6 months"),
        PoliticalRights::Term(term(3, 6, 0))
    );
    assert_eq!(rights("life"), PoliticalRights::Life);
    assert_eq!(rights("for life"), PoliticalRights::Life);
    assert_eq!(rights("终身"), PoliticalRights::Life);
    assert_eq!(rights("剥夺政治权利终身"), PoliticalRights::Life);
    assert_eq!(
        rights("剥夺政治权利一年"),
        PoliticalRights::Term(term(1, 0, 0))
    );
    assert_eq!(rights("一年"), PoliticalRights::Term(term(1, 0, 0)));
    assert_eq!(
        rights("剥夺政治权利三年。"),
        PoliticalRights::Term(term(3, 0, 0))
    );
    assert_eq!(
        rights("deprivation of political rights for 3 years"),
        PoliticalRights::Term(term(3, 0, 0))
    );
}

#[test]
fn political_rights_rejections() {
    let bad = |t: &str| parse_political_rights(t).unwrap_err();
    assert!(bad("0 years").message.en().contains("zero"));
    assert_eq!(bad("-1 year").offset, 0);
    bad("");
    bad("剥夺政治权利");
    bad("life imprisonment");
    bad("无期徒刑");
    bad("15");
    bad("for");
    bad("剥夺政治权利终身终身");
}

// --- Confiscation -------------------------------------------------------

#[test]
fn confiscation_of_all_property() {
    for text in [
        "all",
        "all property",
        "All  Personal Property",
        "全部财产",
        "没收个人全部财产",
        "没收个人全部财产。",
    ] {
        assert_eq!(
            parse_confiscation(text).unwrap(),
            Confiscation::All,
            "{text}"
        );
    }
}

#[test]
fn confiscation_of_an_amount() {
    let amount = |t: &str| match parse_confiscation(t).unwrap() {
        Confiscation::Amount(Money { amount, currency }) => (amount, currency.code()),
        Confiscation::All => panic!("{t} is an amount"),
    };
    assert_eq!(amount("300000 CNY"), (Decimal::from(300_000), "CNY"));
    assert_eq!(amount("30万元"), (Decimal::from(300_000), "CNY"));
    assert_eq!(
        amount("没收个人财产人民币三十万元"),
        (Decimal::from(300_000), "CNY")
    );
    assert_eq!(
        amount("没收个人财产30万元。"),
        (Decimal::from(300_000), "CNY")
    );
}

#[test]
fn confiscation_rejections_point_into_the_original_text() {
    let text = "没收个人财产-5元";
    let e = parse_confiscation(text).unwrap_err();
    assert!(e.message.en().contains("negative"), "{e:?}");
    assert_eq!(caret(text, &e), "-");
    let text = "  1,00,000 CNY";
    let e = parse_confiscation(text).unwrap_err();
    assert_eq!(caret(text, &e), "00");
    let e = parse_confiscation("1000000").unwrap_err();
    assert!(e.hint.en().contains("CNY"), "{e:?}");
    assert!(parse_confiscation("some").is_err());
    assert!(parse_confiscation("").is_err());
    assert!(parse_confiscation("没收个人财产").is_err());
    assert!(parse_confiscation("0 CNY").is_err());
}

// --- Helpers --------------------------------------------------------------

#[test]
fn edit_distance_counts_swaps_as_one() {
    assert_eq!(edit_distance("yaers", "years"), 1);
    assert_eq!(edit_distance("", "abc"), 3);
    assert_eq!(edit_distance("kitten", "sitting"), 3);
    assert_eq!(edit_distance("days", "days"), 0);
}

// --- The whole penalty text (issue #12): suspension, exemption, penalties alone

fn full(text: &str) -> PenaltyText {
    match parse_penalty_text(text) {
        Ok(p) => p,
        Err(e) => panic!("{text:?} should parse: {e:?}"),
    }
}

fn probation_of(text: &str) -> (Principal, Term) {
    let t = full(text);
    (t.principal, t.probation.expect("a probation period").value)
}

#[test]
fn cl72_suspension_written_after_the_penalty() {
    let three_four = (prison(3, 0, 0), term(4, 0, 0));
    assert_eq!(probation_of("有期徒刑三年，缓刑四年"), three_four);
    assert_eq!(probation_of("有期徒刑三年缓刑四年"), three_four);
    assert_eq!(probation_of("有期徒刑三年、缓刑四年"), three_four);
    assert_eq!(probation_of("有期徒刑三年,缓刑四年。"), three_four);
    assert_eq!(probation_of("3 years, suspended for 4 years"), three_four);
    assert_eq!(probation_of("3 years suspended for 4 years"), three_four);
    let detention = (Principal::CriminalDetention(term(0, 6, 0)), term(1, 0, 0));
    assert_eq!(probation_of("拘役六个月缓刑一年"), detention);
    assert_eq!(probation_of("拘役六个月，缓刑一年"), detention);
    assert_eq!(
        probation_of("6 months detention, suspended for 1 year"),
        detention
    );
    assert_eq!(
        probation_of("有期徒刑一年又六个月，缓刑二年"),
        (prison(1, 6, 0), term(2, 0, 0))
    );
    // The caret of the probation covers 缓刑 and its term.
    let text = "有期徒刑三年，缓刑四年";
    let p = full(text).probation.unwrap();
    assert_eq!(text.get(p.offset..p.offset + p.len), Some("缓刑四年"));
}

#[test]
fn cl72_suspension_is_not_read_by_the_shared_principal_grammar() {
    let e = err("有期徒刑三年，缓刑四年");
    assert_eq!(e.message.id, MsgId::PgNotHere);
    assert_eq!(caret("有期徒刑三年，缓刑四年", &e), "缓刑四年");
    assert_eq!(err("免予刑事处罚").message.id, MsgId::PgNotHere);
}

#[test]
fn cl72_suspension_needs_a_principal_penalty_and_a_term() {
    let e = parse_penalty_text("免予刑事处罚，缓刑一年").unwrap_err();
    assert_eq!(e.message.id, MsgId::PgProbationMisplaced);
    let e = parse_penalty_text("有期徒刑三年，缓刑").unwrap_err();
    assert_eq!(e.message.id, MsgId::PgNeedsTerm);
    let e = parse_penalty_text("有期徒刑三年，缓刑四年，缓刑五年").unwrap_err();
    assert_eq!(e.message.id, MsgId::PgProbationMisplaced);
}

#[test]
fn cl37_exemption_from_criminal_punishment() {
    for text in [
        "免予刑事处罚",
        "免于刑事处罚",
        "exempt from criminal punishment",
        "Exempt from criminal punishment.",
    ] {
        let t = full(text);
        assert_eq!(t.principal, Principal::Exempt, "{text}");
        assert_eq!(t.probation, None);
    }
}

#[test]
fn cl56_political_rights_as_the_only_penalty() {
    let t = full("剥夺政治权利一年");
    assert_eq!(
        t.principal,
        Principal::SupplementaryAlone(AloneKind::PoliticalRights)
    );
    assert_eq!(
        t.political_rights.unwrap().value,
        PoliticalRights::Term(term(1, 0, 0))
    );
    let t = full("单处剥夺政治权利二年");
    assert_eq!(
        t.political_rights.unwrap().value,
        PoliticalRights::Term(term(2, 0, 0))
    );
    let t = full("deprivation of political rights for 1 year");
    assert_eq!(
        t.principal,
        Principal::SupplementaryAlone(AloneKind::PoliticalRights)
    );
}

#[test]
fn cl52_fine_as_the_only_penalty() {
    for (text, yuan) in [
        ("罚金人民币五千元", 5_000),
        ("单处罚金人民币二万元", 20_000),
        ("罚金2000元人民币", 2_000),
        ("a fine of 5,000 CNY", 5_000),
        ("fine 6 million CNY", 6_000_000),
    ] {
        let t = full(text);
        assert_eq!(
            t.principal,
            Principal::SupplementaryAlone(AloneKind::Fine),
            "{text}"
        );
        assert_eq!(t.fine.unwrap().value, cny(yuan), "{text}");
    }
}

#[test]
fn cl35_deportation_alone_or_beside_a_penalty() {
    for text in ["驱逐出境", "deportation", "expulsion"] {
        let t = full(text);
        assert_eq!(
            t.principal,
            Principal::SupplementaryAlone(AloneKind::Expulsion),
            "{text}"
        );
        assert!(t.expulsion.is_some());
    }
    let t = full("有期徒刑二年，并处罚金人民币一万元，驱逐出境");
    assert_eq!(t.principal, prison(2, 0, 0));
    assert_eq!(t.fine.unwrap().value, cny(10_000));
    assert!(t.expulsion.is_some());
    let t = full("有期徒刑二年，附加驱逐出境");
    assert!(t.expulsion.is_some());
}

#[test]
fn supplementary_penalties_after_the_principal_one() {
    let text = "有期徒刑三年，缓刑四年，并处罚金人民币1.5万元";
    let t = full(text);
    assert_eq!(t.principal, prison(3, 0, 0));
    assert_eq!(t.probation.unwrap().value, term(4, 0, 0));
    let fine = t.fine.unwrap();
    assert_eq!(fine.value, cny(15_000));
    assert_eq!(
        text.get(fine.offset..fine.offset + fine.len),
        Some("并处罚金人民币1.5万元")
    );
    let t = full("有期徒刑十年，剥夺政治权利二年，并处没收个人财产人民币十万元");
    assert_eq!(
        t.political_rights.unwrap().value,
        PoliticalRights::Term(term(2, 0, 0))
    );
    assert_eq!(
        t.confiscation.unwrap().value,
        Confiscation::Amount(cny(100_000))
    );
    let t = full("无期徒刑，剥夺政治权利终身，并处没收个人全部财产");
    assert_eq!(t.principal, Principal::Life);
    assert_eq!(t.political_rights.unwrap().value, PoliticalRights::Life);
    assert_eq!(t.confiscation.unwrap().value, Confiscation::All);
    let e = parse_penalty_text("有期徒刑三年，罚金人民币一千元，罚金人民币二千元").unwrap_err();
    assert_eq!(e.message.id, MsgId::PgPartTwice);
}

#[test]
fn errors_inside_a_fine_point_into_the_whole_text() {
    let text = "有期徒刑三年，并处罚金人民币五千";
    let e = parse_penalty_text("有期徒刑三年，并处罚金5000").unwrap_err();
    assert_eq!(e.message.id, MsgId::MnNoCurrency);
    assert_eq!(caret("有期徒刑三年，并处罚金5000", &e), "5000");
    // Chinese numerals without a currency are yuan.
    assert_eq!(full(text).fine.unwrap().value, cny(5_000));
}

#[test]
fn you_as_a_connector_in_real_judgments() {
    assert_eq!(ok("有期徒刑一年又六个月"), prison(1, 6, 0));
    assert_eq!(
        ok("拘役四个月又十六天"),
        Principal::CriminalDetention(term(0, 4, 16))
    );
    assert_eq!(ok("有期徒刑十年又六个月"), prison(10, 6, 0));
}

#[test]
fn a_unit_cut_short_gets_the_likely_intent() {
    let text = "有期徒刑六个";
    let e = err(text);
    assert_eq!(e.message.id, MsgId::PgUnitCutShort);
    assert_eq!(caret(text, &e), "个");
    assert!(e.hint.en().contains("六个月"), "{:?}", e.hint);
}

#[test]
fn the_fine_field_reads_the_lead_ins_of_judgments() {
    for (text, yuan) in [
        ("并处罚金人民币五千元", 5_000),
        ("罚金人民币二千元", 2_000),
        ("2000元人民币", 2_000),
        ("五万元人民币", 50_000),
        ("6 million CNY", 6_000_000),
        ("600 million yuan", 600_000_000),
        ("1.2亿元", 120_000_000),
        ("a fine of 5,000 CNY", 5_000),
    ] {
        assert_eq!(parse_fine(text), Ok(cny(yuan)), "{text}");
    }
    let e = parse_fine("并处罚金人民币").unwrap_err();
    assert!(e.offset >= "并处罚金".len());
}

fn cny(n: u64) -> Money {
    Money {
        amount: Decimal::from(n),
        currency: crate::penalty::Currency::Cny,
    }
}

#[test]
fn phrasings_of_the_judge_corpus() {
    let t = full("拘役三个月，宣告缓刑六个月，并处罚金人民币1500元");
    assert_eq!(t.probation.unwrap().value, term(0, 6, 0));
    assert_eq!(t.fine.unwrap().value, cny(1_500));
    let t = full("有期徒刑一年三个月，并处罚金人民币20，000元");
    assert_eq!(t.fine.unwrap().value, cny(20_000));
    let t = full("拘役四个月，并处罚金人民币一万元，依法上缴国库");
    assert_eq!(t.fine.unwrap().value, cny(10_000));
    let t = full("管制一年，并处罚金人民币二万元上缴国库");
    assert_eq!(t.fine.unwrap().value, cny(20_000));
    let t = full("拘役一个月十天，并处罚金人民币二千元，限于判决生效后三十日内缴纳");
    assert_eq!(t.principal, Principal::CriminalDetention(term(0, 1, 10)));
    assert_eq!(t.fine.unwrap().value, cny(2_000));
    let t = full("有期徒刑三年，缓刑五年，依法实行社区矫正");
    assert_eq!(t.probation.unwrap().value, term(5, 0, 0));
    let t = full("有期徒刑十个月；并处罚金人民币三千元，限本判决生效后一个月内缴纳");
    assert_eq!(t.fine.unwrap().value, cny(3_000));
    // A bare 限 is not a payment term.
    assert!(parse_penalty_text("有期徒刑十个月，限").is_err());
}

/// Magistrates' courts in England and Wales pass terms in weeks; the MoJ
/// counts a week as 7 days (calculate-release-dates-api `Duration`,
/// ChronoUnit.WEEKS). Issue #15.
#[test]
fn english_terms_in_weeks_are_seven_days_each() {
    assert_eq!(ok("2 weeks"), prison(0, 0, 14));
    assert_eq!(ok("1 week"), prison(0, 0, 7));
    assert_eq!(ok("26 weeks"), prison(0, 0, 182));
    assert_eq!(ok("52 weeks"), prison(0, 0, 364));
    assert_eq!(ok("6 months 2 weeks 3 days"), prison(0, 6, 17));
    assert_eq!(ok("1 year and 4 weeks"), prison(1, 0, 28));
    // Weeks fall between months and days, once.
    err("2 weeks 1 month");
    err("3 days 2 weeks");
    err("2 weeks 3 weeks");
    // Chinese judgments do not sentence in weeks.
    err("3周");
}
