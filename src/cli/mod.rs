//! The command line: flags are defined once here (clap derive) and every
//! command reads its input through the same batch loop, so that a bad file
//! is reported and the others are still processed.

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use sentencing::analysis::CaseAnalysis;
use sentencing::case::{DEFAULT_MAX_FILE_BYTES, LoadedFile, load_file};
use sentencing::render::{diagnostic, json, table};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit status: every file valid.
const EXIT_OK: u8 = 0;
/// Exit status: a problem was found in the input.
const EXIT_INPUT_PROBLEM: u8 = 1;
/// Exit status: usage or I/O error.
const EXIT_USAGE_OR_IO: u8 = 2;

/// Explains how a court's sentences combine, whether the combined figure is
/// lawful, and when parole or commutation becomes possible.
#[derive(Debug, Parser)]
#[command(name = "sentencing", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Explain each defendant's sentence: counts, combination, supplementary
    /// penalties, parole and commutation figures, findings.
    Report {
        #[command(flatten)]
        input: InputArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// One table with a row per defendant across all files.
    Compare {
        #[command(flatten)]
        input: InputArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Sort the rows by this column.
        #[arg(long, value_enum, default_value_t = SortKey::File)]
        sort: SortKey,
    },
    /// Check case files: YAML syntax, the schema, dates, per-count bounds and
    /// the decided sentence against the law. Every problem is reported with
    /// file:line:column and a hint.
    Validate {
        #[command(flatten)]
        input: InputArgs,
    },
}

#[derive(Debug, clap::Args)]
struct InputArgs {
    /// Case files, or directories to search for *.yaml / *.yml.
    #[arg(required = true, value_name = "FILE|DIR")]
    paths: Vec<PathBuf>,
    /// Largest case file to read, in bytes (default 8 MiB). A larger file is
    /// not read and is reported as `input.too-large`.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_FILE_BYTES)]
    max_file_size: u64,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
enum SortKey {
    /// The order of the files (sorted by path), then of the defendants in each.
    File,
    Case,
    Name,
    Total,
    Decided,
    Reduction,
    Parole,
}

/// Runs the command line and returns the exit status.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                EXIT_USAGE_OR_IO
            } else {
                EXIT_OK
            });
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "error: {e:#}");
            ExitCode::from(EXIT_USAGE_OR_IO)
        }
    }
}

/// The files of a batch, read and checked; unreadable inputs counted apart.
struct Batch {
    files: Vec<LoadedFile>,
    io_errors: usize,
}

fn load(input: &InputArgs, err: &mut impl Write) -> anyhow::Result<Batch> {
    let (paths, path_errors) = sentencing::batch::collect(&input.paths);
    let mut io_errors = 0;
    for e in &path_errors {
        writeln!(err, "error: {e}")?;
        io_errors += 1;
    }
    let mut files = Vec::new();
    for p in paths {
        match load_file(&p, input.max_file_size) {
            Ok(f) => files.push(f),
            Err(e) => {
                writeln!(err, "error: {e}")?;
                io_errors += 1;
            }
        }
    }
    Ok(Batch { files, io_errors })
}

fn display_path(f: &LoadedFile) -> String {
    f.path.display().to_string()
}

/// Prints a file's input errors as diagnostics.
fn print_input_errors(f: &LoadedFile, err: &mut impl Write) -> anyhow::Result<()> {
    let path = display_path(f);
    for finding in f.findings.iter().filter(|x| x.is_error()) {
        writeln!(
            err,
            "{}\n",
            diagnostic::render_finding(&path, &f.source, finding)
        )?;
    }
    Ok(())
}

fn exit_code(batch: &Batch, input_problem: bool) -> u8 {
    if batch.io_errors > 0 {
        EXIT_USAGE_OR_IO
    } else if input_problem {
        EXIT_INPUT_PROBLEM
    } else {
        EXIT_OK
    }
}

fn analyses(
    batch: &Batch,
    err: &mut impl Write,
) -> anyhow::Result<(Vec<(String, CaseAnalysis)>, bool)> {
    let mut out = Vec::new();
    let mut problem = false;
    for f in &batch.files {
        match &f.case {
            Some(case) if !f.has_errors() => {
                out.push((display_path(f), sentencing::law::analyse(case)))
            }
            _ => {
                problem = true;
                print_input_errors(f, err)?;
            }
        }
    }
    Ok((out, problem))
}

fn run(cli: Cli) -> anyhow::Result<u8> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    match cli.command {
        Command::Report { input, format } => {
            let batch = load(&input, &mut err)?;
            let (analyses, problem) = analyses(&batch, &mut err)?;
            let legal_error = analyses.iter().any(|(_, a)| {
                a.defendants
                    .iter()
                    .any(|d| d.findings.iter().any(|f| f.is_error()))
            });
            match format {
                Format::Table => {
                    for (path, a) in &analyses {
                        write!(out, "{}", table::case_report(path, a))?;
                    }
                }
                Format::Json => {
                    let mut files: Vec<serde_json::Value> =
                        analyses.iter().map(|(p, a)| json::case(p, a)).collect();
                    for f in batch
                        .files
                        .iter()
                        .filter(|f| f.case.is_none() || f.has_errors())
                    {
                        files.push(json::failed_file(&display_path(f), &f.findings));
                    }
                    let doc = serde_json::json!({ "format_version": json::FORMAT_VERSION, "files": files });
                    writeln!(
                        out,
                        "{}",
                        serde_json::to_string_pretty(&doc).context("writing JSON")?
                    )?;
                }
            }
            Ok(exit_code(&batch, problem || legal_error))
        }
        Command::Compare {
            input,
            format,
            sort,
        } => {
            let batch = load(&input, &mut err)?;
            let (analyses, problem) = analyses(&batch, &mut err)?;
            let mut rows: Vec<table::CompareRow<'_>> = analyses
                .iter()
                .flat_map(|(path, a)| {
                    a.defendants.iter().map(move |d| table::CompareRow {
                        case: &a.title,
                        path,
                        defendant: d,
                    })
                })
                .collect();
            sort_rows(&mut rows, sort);
            match format {
                Format::Table => writeln!(out, "{}", table::compare_table(&rows))?,
                Format::Json => {
                    let doc = serde_json::json!({
                        "format_version": json::FORMAT_VERSION,
                        "rows": rows.iter().map(|r| {
                            let mut v = json::defendant(r.defendant);
                            if let Some(o) = v.as_object_mut() {
                                o.insert("file".into(), serde_json::json!(r.path));
                                o.insert("case".into(), serde_json::json!(r.case));
                            }
                            v
                        }).collect::<Vec<_>>(),
                    });
                    writeln!(
                        out,
                        "{}",
                        serde_json::to_string_pretty(&doc).context("writing JSON")?
                    )?;
                }
            }
            Ok(exit_code(&batch, problem))
        }
        Command::Validate { input } => {
            let batch = load(&input, &mut err)?;
            let mut problem = false;
            let mut valid = 0usize;
            for f in &batch.files {
                let path = display_path(f);
                let mut findings = f.findings.clone();
                if let (Some(case), false) = (&f.case, f.has_errors()) {
                    let a = sentencing::law::analyse(case);
                    for d in a.defendants {
                        findings.extend(d.findings.into_iter().filter(|x| {
                            x.is_error() || x.severity == sentencing::finding::Severity::Warning
                        }));
                    }
                }
                let errors = findings.iter().filter(|x| x.is_error()).count();
                for finding in &findings {
                    writeln!(
                        out,
                        "{}\n",
                        diagnostic::render_finding(&path, &f.source, finding)
                    )?;
                }
                if errors > 0 {
                    problem = true;
                    writeln!(out, "{path}: {errors} error(s)\n")?;
                } else {
                    valid += 1;
                    writeln!(out, "{path}: valid")?;
                }
            }
            let total = batch.files.len() + batch.io_errors;
            writeln!(out, "\n{valid} of {total} file(s) valid")?;
            Ok(exit_code(&batch, problem))
        }
    }
}

fn sort_rows(rows: &mut [table::CompareRow<'_>], key: SortKey) {
    use sentencing::penalty::Term;
    let months = |t: Option<Term>| t.map_or(u32::MAX, |t| t.total_months());
    match key {
        SortKey::File => {}
        SortKey::Case => rows.sort_by(|a, b| a.case.cmp(b.case)),
        SortKey::Name => rows.sort_by(|a, b| a.defendant.name.cmp(&b.defendant.name)),
        SortKey::Total => {
            rows.sort_by_key(|r| months(r.defendant.combination.as_ref().and_then(|c| c.total)))
        }
        SortKey::Decided => rows.sort_by_key(|r| {
            r.defendant
                .combination
                .as_ref()
                .and_then(|c| c.decided)
                .map(|p| sentencing::law::cn::combination::severity_order(&p))
        }),
        SortKey::Reduction => rows.sort_by_key(|r| {
            r.defendant
                .reduction()
                .map(|(_, pct)| std::cmp::Reverse(pct))
        }),
        SortKey::Parole => rows.sort_by_key(|r| months(r.defendant.parole.eligible_after)),
    }
}
