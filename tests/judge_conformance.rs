//! The importer and the calculator over the 501 published judgments of the
//! JuDGE test set (tests/judge/README.md): what is imported, what is refused
//! and why, and every stated term against the law's arithmetic. The results
//! are the "China" section of docs/conformance.md; a plain run fails when it
//! is stale, `UPDATE_CONFORMANCE=1 cargo test --test judge_conformance`
//! rewrites it.

use sentencing::case::load_str;
use sentencing::import::{ProblemCode, import};
use std::collections::BTreeMap;

fn judgments() -> Vec<(usize, String, String)> {
    let text = std::fs::read_to_string("tests/judge/test.jsonl").unwrap();
    text.lines()
        .enumerate()
        .map(|(i, l)| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                i + 1,
                v["text_id"].as_str().unwrap().to_string(),
                v["fd"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn explore() {
    let mut refused: BTreeMap<&str, usize> = BTreeMap::new();
    let mut load_errors: BTreeMap<String, usize> = BTreeMap::new();
    let mut imported = 0;
    let mut dump = String::new();
    for (line, _id, fd) in judgments() {
        let r = import(&fd, &format!("tests/judge/test.jsonl:{line}"));
        for p in &r.problems {
            *refused.entry(p.code.id()).or_default() += 1;
            if p.code == ProblemCode::PhraseNotRead {
                dump.push_str(&format!("PHRASE\t{line}\t{}\n", p.quote.as_ref().unwrap().text));
            }
            if p.code.refuses() && p.code != ProblemCode::PhraseNotRead {
                dump.push_str(&format!("REFUSED\t{line}\t{}\t{:?}\n", p.code.id(), p.quote.as_ref().map(|q| q.text.clone())));
            }
        }
        let Some(file) = r.case_file else { continue };
        imported += 1;
        let loaded = load_str("x.yaml", &file);
        if loaded.has_errors() {
            for f in loaded.findings.iter().filter(|f| f.is_error()) {
                *load_errors.entry(f.code.to_string()).or_default() += 1;
            }
            dump.push_str(&format!("LOADERR\t{line}\n{file}\n"));
            continue;
        }
        let a = sentencing::law::analyse(loaded.case.as_ref().unwrap());
        for d in &a.defendants {
            if let Some(c) = &d.dates.stated_term {
                dump.push_str(&format!(
                    "STATED\t{line}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                    d.name, c.from, c.to, c.law_end, c.credit_days, c.confirmed()
                ));
            }
        }
    }
    std::fs::write("target/judge-explore.tsv", dump).unwrap();
    eprintln!("imported {imported}; problems {refused:?}; load errors {load_errors:?}");
}
