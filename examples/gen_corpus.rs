//! Writes a corpus of realistic case files for benchmarks and batch tests:
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --files 100000 --out /tmp/corpus --seed 1 --invalid-rate 0.02
//! ```
//!
//! The output depends only on the arguments (a fixed pseudo-random generator,
//! no clock, no thread). Valid files have 1–4 defendants with 1–12 counts,
//! custody, appeals, supplementary penalties and a decided sentence inside
//! the lawful range; the stated share of files carries one deliberate error
//! (a typo'd field, a bad penalty, dates out of order, a sentence outside
//! the range, broken YAML), listed in `DIR/invalid.txt`.

use sentencing::law::cn::combination::imprisonment_cap;
use sentencing::law::cn::versions::CriminalLawText;
use sentencing::penalty::Term;
use std::fmt::Write as _;
use std::path::PathBuf;

/// SplitMix64: small, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + (self.next() % u64::from(hi - lo + 1)) as u32
    }
    fn chance(&mut self, percent: u32) -> bool {
        self.range(1, 100) <= percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

const OFFENCES: &[(&str, &str, &str)] = &[
    ("theft", "盗窃罪", "CL 264"),
    ("fraud", "诈骗罪", "CL 266"),
    ("accepting bribes", "受贿罪", "CL 385"),
    ("embezzlement", "贪污罪", "CL 382"),
    ("abuse of power", "滥用职权罪", "CL 397"),
    ("dereliction of duty", "玩忽职守罪", "CL 397"),
    ("official embezzlement", "职务侵占罪", "CL 271"),
    ("illegal business operation", "非法经营罪", "CL 225"),
    (
        "picking quarrels and provoking trouble",
        "寻衅滋事罪",
        "CL 293",
    ),
    ("intentional injury", "故意伤害罪", "CL 234"),
    ("drug trafficking", "贩卖毒品罪", "CL 347"),
    ("robbery", "抢劫罪", "CL 263"),
    ("intentional homicide", "故意杀人罪", "CL 232"),
    ("fund-raising fraud", "集资诈骗罪", "CL 192"),
];

const SURNAMES: &[&str] = &[
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun",
];
const GIVEN: &[&str] = &[
    "Wei", "Fang", "Min", "Jing", "Lei", "Jun", "Yan", "Tao", "Ming", "Hua", "Qiang", "Li",
];
const COURTS: &[&str] = &[
    "Chengdu",
    "Hefei",
    "Jinan",
    "Chongqing No. 1",
    "Wuhan",
    "Xi'an",
    "Nanjing",
    "Hangzhou",
];

fn years_months(months: u32) -> String {
    let (y, m) = (months / 12, months % 12);
    match (y, m) {
        (0, m) => format!("{m} months"),
        (1, 0) => "1 year".into(),
        (y, 0) => format!("{y} years"),
        (1, m) => format!("1 year {m} months"),
        (y, m) => format!("{y} years {m} months"),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Months(u32),
    Life,
    Reprieve,
}

fn penalty_text(k: Kind) -> String {
    match k {
        Kind::Months(m) => years_months(m),
        Kind::Life => "life imprisonment".into(),
        Kind::Reprieve => "death with reprieve".into(),
    }
}

/// One defendant's YAML.
fn defendant(rng: &mut Rng, name: &str, out: &mut String) {
    let year = rng.range(2012, 2024);
    let (month, day) = (rng.range(1, 12), rng.range(1, 28));
    let judgment = format!("{year}-{month:02}-{day:02}");
    let custody_year = year - 1;
    let counts = rng.range(1, 12) as usize;
    let severe = rng.chance(4);
    let mut kinds = Vec::new();
    for i in 0..counts {
        let k = if severe && i == 0 {
            if rng.chance(50) {
                Kind::Life
            } else {
                Kind::Reprieve
            }
        } else {
            Kind::Months(rng.range(6, 180))
        };
        kinds.push(k);
    }
    let _ = writeln!(out, "  - name: {name}");
    let _ = writeln!(
        out,
        "    custody:\n      - from: {custody_year}-{:02}-{:02}\n        kind: detention",
        rng.range(1, 12),
        rng.range(1, 28)
    );
    let _ = writeln!(
        out,
        "    judgments:\n      - court: {} Intermediate People's Court\n        date: {judgment}\n        counts:",
        rng.pick(COURTS)
    );
    let mut fines = 0u64;
    let mut dpr_years = 0u32;
    for k in &kinds {
        let (offence, native, article) = *rng.pick(OFFENCES);
        let (offence, native, article) = if matches!(k, Kind::Reprieve | Kind::Life) {
            ("accepting bribes", "受贿罪", "CL 385")
        } else {
            (offence, native, article)
        };
        let _ = writeln!(
            out,
            "          - offence: {offence}\n            native_offence: {native}\n            article: {article}"
        );
        let from = rng.range(2003, custody_year - 1);
        let _ = writeln!(out, "            committed: {from}..{}", custody_year - 1);
        let _ = writeln!(out, "            penalty: {}", penalty_text(*k));
        if matches!(k, Kind::Life | Kind::Reprieve) {
            let _ = writeln!(out, "            political_rights: life");
        } else if rng.chance(15) && dpr_years < 4 {
            dpr_years += 1;
            let _ = writeln!(out, "            political_rights: 1 year");
        }
        if rng.chance(30) {
            let fine = u64::from(rng.range(1, 200)) * 10_000;
            fines += fine;
            let _ = writeln!(out, "            fine: {fine} CNY");
        }
    }
    let highest = kinds
        .iter()
        .copied()
        .fold(None, |acc: Option<Kind>, k| match (acc, k) {
            (Some(Kind::Reprieve), _) | (_, Kind::Reprieve) => Some(Kind::Reprieve),
            (Some(Kind::Life), _) | (_, Kind::Life) => Some(Kind::Life),
            (Some(Kind::Months(a)), Kind::Months(b)) => Some(Kind::Months(a.max(b))),
            (None, k) => Some(k),
        });
    let decided = match highest {
        Some(Kind::Months(h)) if counts > 1 => {
            let total: u32 = kinds
                .iter()
                .map(|k| if let Kind::Months(m) = k { *m } else { 0 })
                .sum();
            // The cap comes from the library's CL 69 ¶1. Which text applies
            // follows SPC-2011T art. 6: offence periods here end the year
            // before custody, so a crime after 2011-04-30 means custody after 2011.
            let text = if custody_year > 2011 {
                CriminalLawText::AmendmentVIII
            } else {
                CriminalLawText::Text1997
            };
            let (cap, _, _) = imprisonment_cap(text, Term::months(total));
            let cap = cap.total_months();
            let max = total.min(cap).max(h);
            Kind::Months(rng.range(h, max))
        }
        Some(k) => k,
        None => Kind::Months(12),
    };
    if counts > 1 {
        let _ = writeln!(
            out,
            "        decided:\n          penalty: {}",
            penalty_text(decided)
        );
        if matches!(decided, Kind::Life | Kind::Reprieve) {
            let _ = writeln!(out, "          political_rights: life");
        } else if dpr_years > 0 {
            let _ = writeln!(
                out,
                "          political_rights: {}",
                years_months(dpr_years * 12)
            );
        }
        if fines > 0 {
            let _ = writeln!(out, "          fine: {fines} CNY");
        }
    }
    if rng.chance(30) {
        let appeal_month = month % 12 + 1;
        let appeal_year = if month == 12 { year + 1 } else { year };
        let _ = writeln!(
            out,
            "      - court: {} High People's Court\n        date: {appeal_year}-{appeal_month:02}-{day:02}\n        appeal: true\n        upheld: true",
            rng.pick(COURTS)
        );
    }
}

/// Breaks a valid file in one of several ways. Each way is sure to change
/// the file (a replacement that finds nothing to replace would leave a valid
/// file listed as invalid): if the chosen one does not apply, the next does.
fn break_file(rng: &mut Rng, text: &str) -> (String, &'static str) {
    let first = rng.range(0, 4);
    for k in 0..5 {
        let (broken, why) = match (first + k) % 5 {
            0 => (
                text.replacen("judgments:", "judgements:", 1),
                "typo'd field",
            ),
            // Every count has a penalty: put an unknown unit in the first.
            1 => (
                text.replacen(
                    "            penalty: ",
                    "            penalty: 1 yaers # ",
                    1,
                ),
                "bad penalty text",
            ),
            2 => (
                text.replacen("date: 20", "date: 19", 1),
                "dates out of order",
            ),
            3 => (
                text.replacen("    custody:\n", "    custody: [\n", 1),
                "broken YAML",
            ),
            _ => (format!("{text}  - name: \n"), "empty name"),
        };
        if broken != text {
            return (broken, why);
        }
    }
    (format!("{text}  - name: \n"), "empty name")
}

const USAGE: &str = "usage: gen_corpus [--files N] [--out DIR] [--seed S] [--invalid-rate R]

Writes N generated case files (default 1000) into DIR (default ./corpus), in
folders of 1,000, from the seed S (default 1); the share R of them (default
0.02) is broken on purpose and listed in DIR/invalid.txt.";

/// A usage error: the message and the usage on stderr, exit status 2.
fn fail(message: &str) -> ! {
    eprintln!("gen_corpus: {message}\n\n{USAGE}");
    std::process::exit(2)
}

/// What to generate.
#[derive(Debug, PartialEq)]
struct Config {
    files: usize,
    out: PathBuf,
    seed: u64,
    invalid_rate: f64,
}

/// Reads the arguments: `Ok(None)` for `--help`, `Err` for a usage error.
fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Option<Config>, String> {
    let mut c = Config {
        files: 1000,
        out: PathBuf::from("corpus"),
        seed: 1,
        invalid_rate: 0.02,
    };
    let mut args = args.into_iter();
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "-h" | "--help" => return Ok(None),
            "--files" => {
                c.files = value()?
                    .parse()
                    .map_err(|_| "--files takes a number".to_string())?
            }
            "--out" => c.out = PathBuf::from(value()?),
            "--seed" => {
                c.seed = value()?
                    .parse()
                    .map_err(|_| "--seed takes a number".to_string())?
            }
            "--invalid-rate" => {
                c.invalid_rate = value()?
                    .parse()
                    .map_err(|_| "--invalid-rate takes a fraction such as 0.02".to_string())?
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(Some(c))
}

/// The text of generated file `i` (before any breaking).
fn generated_file(rng: &mut Rng, i: usize) -> String {
    let mut text = format!(
        "case: Generated case {i}\njurisdiction: CN\nsummary: A generated case for benchmarks; not a real case.\ndefendants:\n"
    );
    let defendants = rng.range(1, 4);
    for d in 0..defendants {
        let name = format!("{} {} {d}", rng.pick(SURNAMES), rng.pick(GIVEN));
        defendant(rng, &name, &mut text);
    }
    text
}

fn main() {
    let c = match parse_args(std::env::args().skip(1)) {
        Ok(Some(c)) => c,
        Ok(None) => {
            println!("{USAGE}");
            return;
        }
        Err(e) => fail(&e),
    };
    let (files, out, seed, invalid_rate) = (c.files, c.out, c.seed, c.invalid_rate);
    std::fs::create_dir_all(&out).expect("cannot create the output folder");
    let mut rng = Rng(seed);
    let mut invalid = String::new();
    let invalid_per_mille = (invalid_rate * 1000.0).round() as u32;
    for i in 0..files {
        let mut text = generated_file(&mut rng, i);
        let name = format!("case-{i:06}.yaml");
        if rng.range(1, 1000) <= invalid_per_mille {
            let (broken, why) = break_file(&mut rng, &text);
            text = broken;
            let _ = writeln!(invalid, "{name}\t{why}");
        }
        // Spread files over folders of 1,000 to keep directories small.
        let dir = out.join(format!("{:03}", i / 1000));
        std::fs::create_dir_all(&dir).expect("cannot create a folder");
        std::fs::write(dir.join(name), text).expect("cannot write a file");
    }
    std::fs::write(out.join("invalid.txt"), invalid).expect("cannot write invalid.txt");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_is_not_a_panic() {
        assert_eq!(parse_args(["--help".to_string()]), Ok(None));
        assert_eq!(parse_args(["-h".to_string()]), Ok(None));
        assert!(parse_args(["--files".to_string()]).is_err());
        assert!(parse_args(["--files".to_string(), "x".to_string()]).is_err());
        assert!(parse_args(["--what".to_string()]).is_err());
        assert_eq!(parse_args(Vec::new()).unwrap().unwrap().files, 1000);
    }

    /// Issue #16: 42 "invalid" files were valid (the `" years\n"` mutation
    /// found nothing to replace). Every file broken on purpose must fail.
    #[test]
    fn every_broken_file_is_invalid() {
        let mut rng = Rng(7);
        let mut broken_files = 0;
        for i in 0..300 {
            let text = generated_file(&mut rng, i);
            let (broken, why) = break_file(&mut rng, &text);
            assert_ne!(broken, text, "{why}");
            let f = sentencing::case::load_str("x.yaml", &broken);
            let invalid = f.has_errors()
                || f.case.as_ref().is_some_and(|c| {
                    sentencing::law::analyse(c)
                        .defendants
                        .iter()
                        .any(|d| d.findings.iter().any(|f| f.is_error()))
                });
            assert!(invalid, "file {i}, broken by {why}, is valid:\n{broken}");
            broken_files += 1;
        }
        assert_eq!(broken_files, 300);
    }
}
