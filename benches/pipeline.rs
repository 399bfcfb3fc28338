//! Per-file cost of each stage, on the bundled cases: parsing the YAML into
//! the raw structs (the floor), reading and checking (parse + convert), and
//! the whole pipeline with the law applied. `cargo bench --bench pipeline`.
//! The batch comparison over a 100,000-file corpus is `scripts/bench.sh`.

use criterion::{Criterion, criterion_group, criterion_main};
use sentencing::case::{load_str, parse_raw};
use std::hint::black_box;

fn cases() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir("cases")
        .expect("run from the repository root")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).expect("readable case file"),
            )
        })
        .collect();
    out.sort();
    out
}

fn pipeline(c: &mut Criterion) {
    let cases = cases();
    let mut group = c.benchmark_group("bundled cases");
    group.bench_function("parse only (floor)", |b| {
        b.iter(|| {
            for (_, text) in &cases {
                black_box(parse_raw(black_box(text)).is_ok());
            }
        })
    });
    group.bench_function("parse + check", |b| {
        b.iter(|| {
            for (name, text) in &cases {
                black_box(load_str(name, black_box(text)));
            }
        })
    });
    group.bench_function("parse + check + law", |b| {
        b.iter(|| {
            for (name, text) in &cases {
                let file = load_str(name, black_box(text));
                if let Some(case) = &file.case {
                    black_box(sentencing::law::analyse(case));
                }
            }
        })
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
