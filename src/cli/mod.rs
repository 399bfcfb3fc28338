//! The command line: flags are defined once here (clap derive) and every
//! command reads its input through the same batch loop, so that a bad file
//! is reported and the others are still processed.

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use sentencing::analysis::CaseAnalysis;
use sentencing::case::{DEFAULT_MAX_FILE_BYTES, LoadedFile, load_file};
use sentencing::i18n::{Lang, Msg, MsgId};
use sentencing::render::{diagnostic, json, table};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

mod import;
mod output;
use output::{Format, progress_bar};

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
    /// When to use colour: `auto` (on a terminal, unless NO_COLOR is set), `always`, `never`.
    #[arg(long, value_enum, global = true, default_value_t = ColorWhen::Auto)]
    color: ColorWhen,
    /// Language of labels, explanations and findings: `en` (default) or `zh`
    /// (Chinese as courts write it). Ids, codes and JSON keys never change.
    #[arg(long, value_enum, global = true, default_value_t = LangArg::En)]
    lang: LangArg,
    /// Lay terminal tables out for this many columns (default: the
    /// terminal's width, else `COLUMNS`, else 100). A table that does not
    /// fit is written as one block per row.
    #[arg(long, value_name = "N", global = true, value_parser = parse_width)]
    width: Option<usize>,
    /// Write the output to this file instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE", global = true)]
    output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
enum LangArg {
    En,
    Zh,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::En => Lang::En,
            LangArg::Zh => Lang::Zh,
        }
    }
}

/// The legislation profiles of `report --legislation` (the case file's
/// `legislation:` values).
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
enum LegislationArg {
    /// The law in force, as the MoJ's live service applies it.
    InForce,
    /// The MoJ's test profile with SI 2024/844 not commenced.
    #[value(name = "sds-50")]
    Sds50,
    /// The MoJ's test profile with the progression model (UNVERIFIED).
    SdsProgressionModelOctober,
}

impl From<LegislationArg> for sentencing::case::LegislationProfile {
    fn from(l: LegislationArg) -> Self {
        match l {
            LegislationArg::InForce => Self::InForce,
            LegislationArg::Sds50 => Self::Sds50,
            LegislationArg::SdsProgressionModelOctober => Self::ProgressionModelOctober,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Explain each defendant's sentence: counts, combination, supplementary
    /// penalties, parole and commutation figures, findings.
    #[command(after_help = REPORT_EXAMPLES)]
    Report {
        #[command(flatten)]
        input: InputArgs,
        /// Output format.
        #[arg(short = 'f', long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// With `--format csv`: start with a byte-order mark, so that Excel
        /// opens the file as UTF-8 (Chinese text intact).
        #[arg(long)]
        bom: bool,
        /// Count what has been served and what remains on this day
        /// (YYYY-MM-DD; default: today, shown in the output).
        #[arg(long, value_name = "DATE", value_parser = parse_as_of)]
        as_of: Option<jiff::civil::Date>,
        /// England and Wales: compute the release dates under this
        /// legislation instead of the file's `legislation:` (the file's
        /// toggles are kept); other jurisdictions' files are reported as
        /// usual, with a warning.
        #[arg(long, value_enum, value_name = "PROFILE")]
        legislation: Option<LegislationArg>,
    },
    /// One table with a row per defendant across all files. Exits with 1
    /// when a file fails or a court's figure is outside the law.
    #[command(after_help = COMPARE_EXAMPLES)]
    Compare {
        #[command(flatten)]
        input: InputArgs,
        /// Output format.
        #[arg(short = 'f', long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// With `--format csv`: start with a byte-order mark, so that Excel
        /// opens the file as UTF-8 (Chinese text intact).
        #[arg(long)]
        bom: bool,
        /// Sort the rows by this column.
        #[arg(long, value_enum, default_value_t = SortKey::File)]
        sort: SortKey,
    },
    /// Check case files: YAML syntax, the schema, dates, per-count bounds and
    /// the decided sentence against the law. Every problem is reported with
    /// file:line:column and a hint.
    #[command(after_help = VALIDATE_EXAMPLES)]
    Validate {
        #[command(flatten)]
        input: InputArgs,
        /// Output format: `text` for people, `json` for programs and
        /// editors, `sarif` (SARIF 2.1.0) for code-scanning tools.
        #[arg(short = 'f', long, value_enum, default_value_t = ValidateFormat::Text)]
        format: ValidateFormat,
    },
    /// List every rule the calculator applies: id, citation, in-force dates,
    /// summary, and whether it is verified against the statute text.
    #[command(after_help = RULES_EXAMPLES)]
    Rules {
        /// Only this jurisdiction's rules (for example `CN`).
        jurisdiction: Option<String>,
        /// Output format.
        #[arg(short = 'f', long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Print a shell completion script.
    #[command(after_help = COMPLETIONS_EXAMPLES)]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), or the page of one command.
    #[command(after_help = MAN_EXAMPLES)]
    Man {
        /// The command whose page to print (`sentencing-report(1)`, …).
        command: Option<String>,
    },
    /// Print the JSON Schema of the case file, for editors (docs/case.schema.json).
    #[command(after_help = SCHEMA_EXAMPLES)]
    Schema,
    /// Only read and parse the files into the raw YAML structs (no checks,
    /// no law), on the same threads as `validate`: the floor the benchmark
    /// compares `validate` against (scripts/bench.sh).
    #[command(hide = true)]
    ParseFloor {
        #[command(flatten)]
        input: InputArgs,
    },
    /// Read Chinese judgments (plain text, or JSON Lines with `--field`) and
    /// write one case file per judgment, with the provenance of every value
    /// (docs/import.md).
    #[command(after_help = IMPORT_EXAMPLES)]
    Import {
        /// Judgment texts: files, directories (their *.txt and *.jsonl), or `-` for standard input.
        #[arg(required = true, value_name = "FILE|DIR|-")]
        paths: Vec<PathBuf>,
        /// JSON Lines: the field that holds the judgment's text (for example `fd`).
        #[arg(long, value_name = "NAME")]
        field: Option<String>,
        /// The directory to write the case files to, or `-` for standard output.
        #[arg(long, value_name = "DIR|-", required_unless_present = "dry_run")]
        out: Option<PathBuf>,
        /// Overwrite case files that exist.
        #[arg(long)]
        force: bool,
        /// Print the case files instead of writing them.
        #[arg(long)]
        dry_run: bool,
        /// Format of the report of what was imported and what was not.
        #[arg(short = 'f', long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Write a commented starter case file.
    #[command(after_help = NEW_EXAMPLES)]
    New {
        /// The file to create, or `-` for standard output.
        file: PathBuf,
        /// The jurisdiction of the case.
        #[arg(long, default_value = "CN")]
        jurisdiction: String,
        /// Overwrite the file if it exists.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, clap::Args)]
struct InputArgs {
    /// Case files, or directories to search for *.yaml / *.yml; `-` reads
    /// a case from standard input (named `<stdin>` in messages).
    #[arg(required = true, value_name = "FILE|DIR")]
    paths: Vec<PathBuf>,
    /// Largest case file to read, in bytes (default 8 MiB). A larger file is
    /// not read and is reported as `input.too-large`.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_FILE_BYTES)]
    max_file_size: u64,
    /// Threads to read and check files with (default, or 0: one per core;
    /// at most 256). Output is the same whatever the number.
    #[arg(long, value_name = "N", value_parser = threads_in_range)]
    threads: Option<usize>,
}

/// `--threads`: 0 ..= [`sentencing::batch::MAX_THREADS`].
fn threads_in_range(s: &str) -> Result<usize, String> {
    let max = sentencing::batch::MAX_THREADS;
    match s.parse::<usize>() {
        Ok(n) if n <= max => Ok(n),
        _ => Err(format!("expected a number of threads from 0 to {max}")),
    }
}

/// How `validate` writes its findings.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ValidateFormat {
    /// Compiler-style diagnostics with the source line and a caret.
    Text,
    /// One JSON document: per file, its findings with file, line, column,
    /// code, severity, message and hint.
    Json,
    /// SARIF 2.1.0, the format code-scanning tools read.
    Sarif,
}

const REPORT_EXAMPLES: &str = "Examples:
  sentencing report cases/wang-lijun.yaml
  sentencing report -f html -o report.html cases
  sentencing report --as-of 2026-01-01 -f json cases/li-zhuang.yaml
  sentencing report --legislation sds-progression-model-october cases/gb-worked-example-release.yaml
  sentencing report -f csv --bom -o report.csv cases
  cat case.yaml | sentencing report -";

const COMPARE_EXAMPLES: &str = "Examples:
  sentencing compare cases
  sentencing compare --sort parole -f markdown cases
  sentencing compare -f csv --bom -o compare.csv cases
  sentencing compare --width 80 cases";

const VALIDATE_EXAMPLES: &str = "Examples:
  sentencing validate cases
  sentencing validate -f json my-case.yaml
  sentencing validate -f sarif -o results.sarif cases
  sentencing new - | sentencing validate -";

const RULES_EXAMPLES: &str = "Examples:
  sentencing rules CN
  sentencing rules -f markdown DE
  sentencing rules -f csv -o rules.csv";

const MAN_EXAMPLES: &str = "Examples:
  sentencing man > sentencing.1
  sentencing man report > sentencing-report.1";

const COMPLETIONS_EXAMPLES: &str = "Examples:
  sentencing completions bash > ~/.local/share/bash-completion/completions/sentencing
  sentencing completions zsh > ~/.zfunc/_sentencing
  sentencing completions fish > ~/.config/fish/completions/sentencing.fish";

const SCHEMA_EXAMPLES: &str = "Examples:
  sentencing schema > case.schema.json
  sentencing schema -o case.schema.json";

const IMPORT_EXAMPLES: &str = "Examples:
  sentencing import judgment.txt --out cases/imported
  sentencing import corpus.jsonl --field fd --out cases/imported
  cat judgment.txt | sentencing import - --dry-run
(docs/import.md describes what is read and how.)";

const NEW_EXAMPLES: &str = "Examples:
  sentencing new my-case.yaml
  sentencing new --jurisdiction DE fall.yaml
  sentencing new - > my-case.yaml";

/// The EXIT STATUS section of the manual page (the table in README.md).
const EXIT_STATUS: [(&str, &str); 3] = [
    (
        "0",
        "Every file valid (for report and compare: no error found, every court figure lawful).",
    ),
    (
        "1",
        "A problem was found in the input: a file that does not validate, or a court figure outside the law.",
    ),
    (
        "2",
        "Usage error, no case file found, or a file or directory that cannot be read.",
    ),
];

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

fn parse_width(s: &str) -> Result<usize, String> {
    use sentencing::render::fit::MIN_WIDTH;
    match s.trim().parse::<usize>() {
        Ok(w) if (MIN_WIDTH..=10_000).contains(&w) => Ok(w),
        Ok(_) => Err(format!("the width must be {MIN_WIDTH} to 10000 columns")),
        Err(_) => Err("expected a number of columns, for example 80".to_string()),
    }
}

fn parse_as_of(s: &str) -> Result<jiff::civil::Date, String> {
    sentencing::case::parse_date(s).map_err(|e| format!("{} ({})", e.message, e.hint))
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
    match cli.color {
        ColorWhen::Auto => anstream::ColorChoice::Auto,
        ColorWhen::Always => anstream::ColorChoice::Always,
        ColorWhen::Never => anstream::ColorChoice::Never,
    }
    .write_global();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // A closed pipe (`sentencing man | head`) is not an error.
            let broken_pipe = e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                return ExitCode::from(EXIT_OK);
            }
            let _ = writeln!(anstream::stderr(), "error: {e:#}");
            ExitCode::from(EXIT_USAGE_OR_IO)
        }
    }
}

/// The case files named by the inputs; unreadable inputs are reported and counted.
struct Inputs {
    paths: Vec<PathBuf>,
    unreadable: usize,
    /// The paths that could not be searched, and why (for `validate -f json|sarif`).
    path_errors: Vec<(String, String)>,
}

impl Inputs {
    /// Nothing to read: no case file was found and nothing failed.
    fn is_empty(&self) -> bool {
        self.paths.is_empty() && self.unreadable == 0
    }
}

/// The name standard input goes by in messages.
const STDIN_NAME: &str = "<stdin>";

fn is_stdin(p: &std::path::Path) -> bool {
    p.as_os_str() == "-"
}

fn inputs(input: &InputArgs, err: &mut impl Write) -> anyhow::Result<Inputs> {
    let from_stdin = input.paths.iter().filter(|p| is_stdin(p)).count();
    if from_stdin > 1 {
        anyhow::bail!("`-` (standard input) can be given only once");
    }
    let named: Vec<PathBuf> = input
        .paths
        .iter()
        .filter(|p| !is_stdin(p))
        .cloned()
        .collect();
    let (mut paths, path_errors) = sentencing::batch::collect(&named);
    for e in &path_errors {
        let level = if e.is_error() { "error" } else { "warning" };
        writeln!(err, "{level}: {e}")?;
    }
    // Standard input comes first, then the files in path order.
    if from_stdin == 1 {
        paths.insert(0, PathBuf::from("-"));
    }
    Ok(Inputs {
        paths,
        unreadable: path_errors.iter().filter(|e| e.is_error()).count(),
        path_errors: path_errors
            .iter()
            .filter(|e| e.is_error())
            .map(|e| (e.path.display().to_string(), e.to_string()))
            .collect(),
    })
}

/// Reads a case from standard input, at most `max_file_size` bytes.
fn load_stdin(max_file_size: u64) -> Result<LoadedFile, String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(max_file_size.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {STDIN_NAME}: {e}"))?;
    Ok(sentencing::case::load_bytes_limited(
        std::path::Path::new(STDIN_NAME),
        &bytes,
        max_file_size,
    ))
}

/// One file read, checked and (when valid) analysed.
struct Checked {
    path: String,
    file: Option<LoadedFile>,
    /// Why the file could not be read at all.
    read_error: Option<String>,
    analysis: Option<CaseAnalysis>,
}

fn check(
    p: &std::path::Path,
    max_file_size: u64,
    as_of: Option<jiff::civil::Date>,
    legislation: Option<LegislationArg>,
) -> Checked {
    let (path, loaded) = if is_stdin(p) {
        (STDIN_NAME.to_string(), load_stdin(max_file_size))
    } else {
        (
            p.display().to_string(),
            load_file(p, max_file_size).map_err(|e| e.to_string()),
        )
    };
    match loaded {
        Err(e) => Checked {
            path,
            file: None,
            read_error: Some(e),
            analysis: None,
        },
        Ok(mut f) => {
            let readable = !f.has_errors();
            let analysis = match &mut f.case {
                Some(case) if readable => {
                    let refused = legislation.and_then(|l| {
                        sentencing::law::gb_eaw::legislation::set_profile(case, l.into())
                    });
                    let mut a = sentencing::law::analyse_as_of(case, as_of);
                    if let Some(finding) = refused {
                        for d in &mut a.defendants {
                            d.findings.push(finding.clone());
                        }
                    }
                    Some(a)
                }
                _ => None,
            };
            Checked {
                path,
                file: Some(f),
                read_error: None,
                analysis,
            }
        }
    }
}

/// A file's input errors as diagnostics, or its read error.
fn input_errors(c: &Checked, lang: Lang) -> String {
    let mut s = String::new();
    if let Some(e) = &c.read_error {
        s.push_str(&format!("error: {e}\n"));
    }
    if let Some(f) = &c.file {
        let errors: Vec<&sentencing::finding::Finding> =
            f.findings.iter().filter(|x| x.is_error()).collect();
        render_capped(&mut s, &c.path, &f.source, &errors, lang);
    }
    s
}

/// Most findings printed for one file: the rest are counted, not shown
/// (100,000 findings of one file would bury everything else).
const MAX_FINDINGS_SHOWN: usize = 100;

/// Renders a file's findings, at most [`MAX_FINDINGS_SHOWN`] of them, then
/// a line with the number left out. The file's lines are indexed once.
fn render_capped(
    out: &mut String,
    path: &str,
    source: &str,
    findings: &[&sentencing::finding::Finding],
    lang: Lang,
) {
    let index = diagnostic::SourceIndex::new(source);
    for finding in findings.iter().take(MAX_FINDINGS_SHOWN) {
        out.push_str(&diagnostic::render_indexed(path, &index, finding, lang));
        out.push_str("\n\n");
    }
    if findings.len() > MAX_FINDINGS_SHOWN {
        out.push_str(
            &Msg::new(MsgId::CliFindingsNotShown)
                .arg("path", path)
                .arg("shown", MAX_FINDINGS_SHOWN)
                .arg("more", findings.len() - MAX_FINDINGS_SHOWN)
                .render(lang),
        );
        out.push_str("\n\n");
    }
}

/// What a batch found, for the exit status.
#[derive(Default)]
struct Tally {
    unreadable: usize,
    input_problem: bool,
}

impl Tally {
    fn exit_code(&self) -> u8 {
        if self.unreadable > 0 {
            EXIT_USAGE_OR_IO
        } else if self.input_problem {
            EXIT_INPUT_PROBLEM
        } else {
            EXIT_OK
        }
    }
}

/// Checks every file in parallel and hands the results over in path order,
/// with a progress bar on a terminal.
/// `prepare` runs on the worker threads (reading, checking, analysing and
/// rendering a file there, and freeing it there too); `sink` gets its
/// result on the calling thread, in path order, and only writes.
fn each_checked<P: Send>(
    input: &InputArgs,
    files: &Inputs,
    as_of: Option<jiff::civil::Date>,
    legislation: Option<LegislationArg>,
    prepare: impl Fn(Checked) -> P + Sync + Send,
    mut sink: impl FnMut(P) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let progress = progress_bar(files.paths.len());
    let max = input.max_file_size;
    sentencing::batch::run_ordered(
        &files.paths,
        input.threads,
        |p| prepare(check(p, max, as_of, legislation)),
        |prepared| {
            progress.inc(1);
            progress.suspend(|| sink(prepared))
        },
    )?;
    progress.finish_and_clear();
    Ok(())
}

/// Indents a pretty-printed JSON value to sit inside the top-level array.
fn indented(v: &serde_json::Value) -> anyhow::Result<String> {
    let text = serde_json::to_string_pretty(v).context("writing JSON")?;
    Ok(text
        .lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n"))
}

/// Bytes of output collected before they are written when stdout is not a
/// terminal: a batch prints a line per file, and a write per line costs more
/// than checking a small file.
const OUTPUT_BUFFER_BYTES: usize = 64 * 1024;

/// Standard output that swallows the rest of the output once the reader
/// has gone (`validate … | head -1`), so that the run goes on to the end
/// and exits with the status of the whole check. The convention: a closed
/// pipe never changes the exit status; `set -o pipefail` sees 1 when any
/// file is invalid, whether or not its lines were read. (ripgrep, by
/// contrast, exits 0 at once on a broken pipe.) Documented in README.md, Exit codes.
struct ClosedPipeSink<W> {
    inner: W,
    closed: bool,
}

impl<W: Write> ClosedPipeSink<W> {
    fn new(inner: W) -> Self {
        Self {
            inner,
            closed: false,
        }
    }
}

impl<W: Write> Write for ClosedPipeSink<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        match self.inner.write(buf) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(buf.len())
            }
            other => other,
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.closed {
            return Ok(());
        }
        match self.inner.flush() {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<u8> {
    use std::io::IsTerminal;
    // anstream strips colour codes unless colour is wanted (a terminal,
    // `--color always`, CLICOLOR_FORCE) and NO_COLOR is unset. On a terminal
    // each line still appears as soon as it is written.
    // The buffer sits under the colour stream, which writes a line in
    // several pieces; the choice of colour is made for stdout itself.
    if let Some(path) = &cli.output {
        let file =
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
        let buffered: Box<dyn Write> =
            Box::new(std::io::BufWriter::with_capacity(OUTPUT_BUFFER_BYTES, file));
        // A file gets colour only when asked for (`--color always`).
        let choice = anstream::AutoStream::choice(&buffered);
        let width = output_width(cli.width, false);
        let mut out = anstream::AutoStream::new(buffered, choice);
        let code = run_to(cli, width, &mut out)?;
        out.flush().context("writing the output")?;
        return Ok(code);
    }
    let stdout = std::io::stdout().lock();
    let choice = anstream::AutoStream::choice(&stdout);
    let terminal = stdout.is_terminal();
    let capacity = if terminal { 0 } else { OUTPUT_BUFFER_BYTES };
    let buffered: Box<dyn Write> = Box::new(std::io::BufWriter::with_capacity(
        capacity,
        ClosedPipeSink::new(stdout),
    ));
    let mut out = anstream::AutoStream::new(buffered, choice);
    let width = output_width(cli.width, terminal);
    let code = run_to(cli, width, &mut out)?;
    out.flush().context("writing the output")?;
    Ok(code)
}

/// The width terminal tables are laid out for: `--width`, else the
/// terminal's width, else `COLUMNS`, else [`fit::DEFAULT_WIDTH`] (a pipe or
/// a file). An empty or unparsable `COLUMNS` is ignored.
fn output_width(flag: Option<usize>, terminal: bool) -> usize {
    use sentencing::render::fit;
    if let Some(w) = flag {
        return w.max(fit::MIN_WIDTH);
    }
    let detected = if terminal {
        // A terminal that reports no size (0 columns) says nothing.
        comfy_table::Table::new()
            .width()
            .map(usize::from)
            .filter(|w| *w > 0)
    } else {
        None
    };
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|w| *w > 0);
    detected
        .or(columns)
        .unwrap_or(fit::DEFAULT_WIDTH)
        .max(fit::MIN_WIDTH)
}

fn run_to(cli: Cli, width: usize, out: &mut impl Write) -> anyhow::Result<u8> {
    use sentencing::render::fit;
    let mut out = out;
    let mut err = anstream::stderr().lock();
    let lang = Lang::from(cli.lang);
    match cli.command {
        Command::Import {
            paths,
            field,
            out: out_dir,
            force,
            dry_run,
            format,
        } => import::run(
            import::Options {
                paths,
                field,
                out: out_dir,
                force,
                dry_run,
                format,
                lang,
            },
            &mut out,
            &mut err,
        ),
        Command::Report {
            input,
            format,
            bom,
            as_of,
            legislation,
        } => {
            let as_of_line = if as_of.is_some() {
                MsgId::LabelAsOfLine
            } else {
                MsgId::LabelAsOfToday
            };
            let as_of = as_of.unwrap_or_else(|| jiff::ZonedDateTime::now().date());
            let files = inputs(&input, &mut err)?;
            if files.is_empty() {
                return no_files(&input, lang, &mut err);
            }
            let mut tally = Tally {
                unreadable: files.unreadable,
                ..Tally::default()
            };
            let style = match format {
                Format::Markdown => table::Style::Markdown,
                _ => table::Style::Terminal,
            };
            let mut first_json = true;
            match format {
                Format::Table | Format::Markdown => writeln!(
                    out,
                    "{}\n",
                    sentencing::i18n::Msg::new(as_of_line)
                        .arg("date", sentencing::i18n::Arg::Text(as_of.to_string()))
                        .render(lang)
                )?,
                Format::Csv => write!(
                    out,
                    "{}{}",
                    if bom { UTF8_BOM } else { "" },
                    sentencing::render::csv::report_header(lang).context("writing CSV")?
                )?,
                Format::Html => write!(out, "{}", sentencing::render::html::report_head(lang))?,
                Format::Json => write!(
                    out,
                    "{{\n  \"format_version\": {},\n  \"as_of\": \"{as_of}\",\n  \"files\": [",
                    json::FORMAT_VERSION
                )?,
            }
            /// One file's part of the report, rendered on a worker thread.
            struct Part {
                stderr: String,
                stdout: Option<String>,
                unreadable: bool,
                problem: bool,
            }
            let prepare = |c: Checked| -> anyhow::Result<Part> {
                let legal_error = c.analysis.as_ref().is_some_and(|a| {
                    a.defendants
                        .iter()
                        .any(|d| d.findings.iter().any(|f| f.is_error()))
                });
                let stdout = match (format, &c.analysis) {
                    (Format::Table | Format::Markdown, Some(a)) => {
                        Some(fit::with_width(width, || {
                            table::case_report(&c.path, a, style, lang)
                        }))
                    }
                    (Format::Csv, Some(a)) => Some(
                        sentencing::render::csv::report_rows(&c.path, a, lang)
                            .context("writing CSV")?,
                    ),
                    (Format::Html, Some(a)) => {
                        Some(sentencing::render::html::report_case(&c.path, a, lang))
                    }
                    (Format::Json, analysis) => match (analysis, &c.file) {
                        (Some(a), _) => Some(indented(&json::case(&c.path, a, lang))?),
                        (None, Some(f)) => {
                            Some(indented(&json::failed_file(&c.path, &f.findings, lang))?)
                        }
                        (None, None) => None,
                    },
                    _ => None,
                };
                Ok(Part {
                    stderr: input_errors(&c, lang),
                    stdout,
                    unreadable: c.read_error.is_some(),
                    problem: c.analysis.is_none() || legal_error,
                })
            };
            each_checked(&input, &files, Some(as_of), legislation, prepare, |part| {
                let part = part?;
                err.write_all(part.stderr.as_bytes())?;
                if part.unreadable {
                    tally.unreadable += 1;
                }
                tally.input_problem |= part.problem;
                if let Some(text) = part.stdout {
                    if format == Format::Json {
                        write!(out, "{}\n{text}", if first_json { "" } else { "," })?;
                        first_json = false;
                    } else {
                        write!(out, "{text}")?;
                    }
                }
                Ok(())
            })?;
            match format {
                Format::Html => write!(out, "{}", sentencing::render::html::report_tail())?,
                Format::Json => writeln!(out, "{}]\n}}", if first_json { "" } else { "\n  " })?,
                _ => {}
            }
            Ok(tally.exit_code())
        }
        Command::Compare {
            input,
            format,
            bom,
            sort,
        } => {
            let files = inputs(&input, &mut err)?;
            if files.is_empty() {
                return no_files(&input, lang, &mut err);
            }
            let mut tally = Tally {
                unreadable: files.unreadable,
                ..Tally::default()
            };
            // Sorting needs every row, but only what is printed of it is kept
            // (rendered on the worker threads), not the analyses: memory stays
            // at a few hundred bytes per row however large the files.
            let mut rows: Vec<CompareLine> = Vec::new();
            let style = match format {
                Format::Markdown => table::Style::Markdown,
                Format::Html => table::Style::Html,
                _ => table::Style::Terminal,
            };
            let prepare = |c: Checked| {
                let stderr = input_errors(&c, lang);
                let unreadable = c.read_error.is_some();
                let lines = c.analysis.as_ref().map(|a| {
                    a.defendants
                        .iter()
                        .map(|d| {
                            let r = table::CompareRow {
                                case: &a.title,
                                path: &c.path,
                                defendant: d,
                                provenance: &a.provenance,
                            };
                            CompareLine::new(&r, format, style, sort, lang)
                        })
                        .collect::<Vec<_>>()
                });
                (stderr, unreadable, lines)
            };
            // In file order, CSV and JSON rows are written as they come: nothing
            // is held. Tables (column widths) and sorted output hold the rows.
            let stream = sort == SortKey::File && matches!(format, Format::Csv | Format::Json);
            let mut streamed = RowStream::new(format, bom, lang);
            if stream {
                streamed.begin(&mut out)?;
            }
            each_checked(
                &input,
                &files,
                None,
                None,
                prepare,
                |(stderr, unreadable, lines)| {
                    err.write_all(stderr.as_bytes())?;
                    if unreadable {
                        tally.unreadable += 1;
                    }
                    match lines {
                        Some(lines) if stream => {
                            for l in lines {
                                // As `report` does: an unlawful figure is a problem found.
                                tally.input_problem |= l.unlawful;
                                streamed.row(&mut out, l.printed)?;
                            }
                        }
                        Some(l) => rows.extend(l),
                        None => tally.input_problem = true,
                    }
                    Ok(())
                },
            )?;
            if stream {
                streamed.end(&mut out)?;
                return Ok(tally.exit_code());
            }
            // As `report` does: an unlawful figure (an error finding) is a problem found.
            tally.input_problem |= rows.iter().any(|r| r.unlawful);
            // Stable: rows with equal keys stay in file order.
            rows.sort_by(|a, b| a.key.cmp(&b.key));
            let printed = rows.into_iter().map(|r| r.printed);
            match format {
                Format::Table | Format::Markdown | Format::Html => {
                    let cells: Vec<table::CompareCells> = printed
                        .filter_map(|p| match p {
                            Printed::Cells(c) => Some(c),
                            _ => None,
                        })
                        .collect();
                    match format {
                        Format::Table => writeln!(
                            out,
                            "{}",
                            fit::with_width(width, || table::compare_table_of(
                                cells,
                                table::Style::Terminal,
                                lang
                            ))
                        )?,
                        Format::Markdown => write!(
                            out,
                            "{}",
                            table::compare_table_of(cells, table::Style::Markdown, lang)
                        )?,
                        _ => write!(out, "{}", sentencing::render::html::compare_of(cells, lang))?,
                    }
                }
                Format::Csv | Format::Json => {
                    streamed.begin(&mut out)?;
                    for p in printed {
                        streamed.row(&mut out, p)?;
                    }
                    streamed.end(&mut out)?;
                }
            }
            Ok(tally.exit_code())
        }
        Command::Rules {
            jurisdiction,
            format,
        } => fit::with_width(width, || {
            rules_command(jurisdiction, format, lang, &mut out)
        }),
        Command::Completions { shell } => {
            use clap::CommandFactory;
            clap_complete::generate(shell, &mut Cli::command(), "sentencing", &mut out);
            Ok(EXIT_OK)
        }
        Command::New {
            file,
            jurisdiction,
            force,
        } => new_command(&file, &jurisdiction, force, &mut out),
        Command::Schema => {
            write!(out, "{}", sentencing::case::schema::case_schema_json())?;
            Ok(EXIT_OK)
        }
        Command::Man { command } => man_command(command.as_deref(), &mut out),
        Command::ParseFloor { input } => {
            let files = inputs(&input, &mut err)?;
            let (mut parsed, mut failed) = (0usize, 0usize);
            sentencing::batch::run_ordered(
                &files.paths,
                input.threads,
                |p| {
                    std::fs::read(p)
                        .ok()
                        .and_then(|b| String::from_utf8(b).ok())
                        .is_some_and(|t| sentencing::case::parse_raw(&t).is_ok())
                },
                |ok| {
                    if ok {
                        parsed += 1;
                    } else {
                        failed += 1;
                    }
                    Ok::<(), anyhow::Error>(())
                },
            )?;
            writeln!(out, "parsed {parsed}, failed {failed}")?;
            Ok(EXIT_OK)
        }
        Command::Validate { input, format } => {
            let files = inputs(&input, &mut err)?;
            if files.is_empty() {
                return no_files(&input, lang, &mut err);
            }
            let mut tally = Tally {
                unreadable: files.unreadable,
                ..Tally::default()
            };
            let mut valid = 0usize;
            let mut checked = 0usize;
            /// One file's verdict, rendered on a worker thread.
            struct Verdict {
                stdout: String,
                read_error: Option<String>,
                valid: bool,
                /// The file's entry in `--format json|sarif`.
                record: FileRecord,
            }
            let mut records: Vec<FileRecord> = Vec::new();
            let prepare = |c: Checked| -> Verdict {
                let mut stdout = String::new();
                let Some(f) = &c.file else {
                    return Verdict {
                        stdout,
                        read_error: c.read_error.clone(),
                        valid: false,
                        record: FileRecord {
                            file: c.path.clone(),
                            read_error: c.read_error.clone(),
                            ..FileRecord::default()
                        },
                    };
                };
                let mut findings: Vec<&sentencing::finding::Finding> = f.findings.iter().collect();
                if let Some(a) = &c.analysis {
                    for d in &a.defendants {
                        findings.extend(d.findings.iter().filter(|x| {
                            x.is_error() || x.severity == sentencing::finding::Severity::Warning
                        }));
                    }
                }
                let errors = findings.iter().filter(|x| x.is_error()).count();
                // Penalties quoted in findings are named in the case's own law.
                let jurisdiction = f
                    .case
                    .as_ref()
                    .map_or(sentencing::case::JurisdictionId::Cn, |case| {
                        case.jurisdiction
                    });
                let mut record = FileRecord {
                    file: c.path.clone(),
                    valid: errors == 0,
                    errors,
                    ..FileRecord::default()
                };
                sentencing::i18n::names::scope(jurisdiction, || {
                    if format == ValidateFormat::Text {
                        render_capped(&mut stdout, &c.path, &f.source, &findings, lang);
                    } else {
                        for finding in findings {
                            record.findings.push(FindingRecord::new(finding, lang));
                        }
                    }
                });
                if errors > 0 {
                    let line = Msg::new(MsgId::CliFileErrors)
                        .arg("path", c.path.as_str())
                        .arg("count", errors)
                        .render(lang);
                    stdout.push_str(&line);
                    stdout.push_str("\n\n");
                } else {
                    let line = Msg::new(MsgId::CliFileValid)
                        .arg("path", c.path.as_str())
                        .render(lang);
                    stdout.push_str(&line);
                    stdout.push('\n');
                }
                Verdict {
                    stdout,
                    read_error: None,
                    valid: errors == 0,
                    record,
                }
            };
            each_checked(&input, &files, None, None, prepare, |v| {
                checked += 1;
                if format != ValidateFormat::Text {
                    records.push(v.record);
                }
                if let Some(e) = &v.read_error {
                    tally.unreadable += 1;
                    writeln!(err, "error: {e}")?;
                    return Ok(());
                }
                if format == ValidateFormat::Text {
                    out.write_all(v.stdout.as_bytes())?;
                }
                if v.valid {
                    valid += 1;
                } else {
                    tally.input_problem = true;
                }
                Ok(())
            })?;
            let total = checked + files.unreadable;
            // Paths that could not be searched are entries too, after the files.
            records.extend(files.path_errors.iter().map(|(file, e)| FileRecord {
                file: file.clone(),
                read_error: Some(e.clone()),
                ..FileRecord::default()
            }));
            match format {
                ValidateFormat::Text => {
                    let line = Msg::new(MsgId::CliSummary)
                        .arg("valid", valid)
                        .arg("total", total)
                        .render(lang);
                    writeln!(out, "\n{line}")?;
                }
                ValidateFormat::Json => {
                    let doc = serde_json::json!({
                        "format_version": json::FORMAT_VERSION,
                        "valid": valid,
                        "total": total,
                        "files": records,
                    });
                    writeln!(
                        out,
                        "{}",
                        serde_json::to_string_pretty(&doc).context("writing JSON")?
                    )?;
                }
                ValidateFormat::Sarif => writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&sarif(&records)).context("writing SARIF")?
                )?,
            }
            Ok(tally.exit_code())
        }
    }
}

/// One file in `validate --format json`.
#[derive(Debug, Default, serde::Serialize)]
struct FileRecord {
    file: String,
    valid: bool,
    errors: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    read_error: Option<String>,
    findings: Vec<FindingRecord>,
}

/// One finding in `validate --format json`: where, what, and what to do.
#[derive(Debug, serde::Serialize)]
struct FindingRecord {
    /// 1-based; absent when the finding concerns the file as a whole.
    line: Option<u64>,
    column: Option<u64>,
    code: &'static str,
    severity: &'static str,
    message: String,
    /// What to do about it (every finding has one).
    hint: Option<String>,
    /// The field concerned, as a path (`defendants[0].judgments[0]`).
    field: Option<String>,
}

impl FindingRecord {
    fn new(f: &sentencing::finding::Finding, lang: Lang) -> FindingRecord {
        let span = f.span.filter(|s| s.line > 0);
        FindingRecord {
            line: span.map(|s| s.line),
            column: span.map(|s| s.column),
            code: f.code,
            severity: f.severity.name(),
            message: anstream::adapter::strip_str(&f.message.render(lang)).to_string(),
            hint: Some(
                anstream::adapter::strip_str(&diagnostic::hint_or_fallback(f).render(lang))
                    .to_string(),
            ),
            field: f.field.clone(),
        }
    }
}

/// The findings as a SARIF 2.1.0 log (OASIS), the format code-scanning
/// tools read: one run, a rule per finding code, a result per finding.
fn sarif(records: &[FileRecord]) -> serde_json::Value {
    use serde_json::json;
    let mut codes: Vec<&str> = records
        .iter()
        .flat_map(|r| r.findings.iter().map(|f| f.code))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let mut results = Vec::new();
    for r in records {
        if let Some(e) = &r.read_error {
            results.push(json!({
                "ruleId": "input.unreadable",
                "level": "error",
                "message": { "text": e },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": r.file } } }],
            }));
        }
        for f in &r.findings {
            let level = match f.severity {
                "error" => "error",
                "warning" => "warning",
                _ => "note",
            };
            let text = match &f.hint {
                Some(h) => format!("{}\nhelp: {h}", f.message),
                None => f.message.clone(),
            };
            let mut location = json!({ "artifactLocation": { "uri": r.file } });
            if let (Some(line), Some(column)) = (f.line, f.column) {
                location["region"] = json!({ "startLine": line, "startColumn": column });
            }
            results.push(json!({
                "ruleId": f.code,
                "level": level,
                "message": { "text": text },
                "locations": [{ "physicalLocation": location }],
            }));
        }
    }
    if records.iter().any(|r| r.read_error.is_some()) {
        codes.push("input.unreadable");
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "sentencing",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": codes.iter().map(|c| json!({ "id": c })).collect::<Vec<_>>(),
            }},
            "results": results,
        }],
    })
}

/// A byte-order mark: Excel reads a CSV file as UTF-8 only when it starts with one.
const UTF8_BOM: &str = "\u{feff}";

/// No case file among the inputs (an empty folder): a usage problem, as
/// ripgrep treats a search of no files.
fn no_files(input: &InputArgs, lang: Lang, err: &mut impl Write) -> anyhow::Result<u8> {
    let names: Vec<String> = input
        .paths
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let line = Msg::new(MsgId::CliNoCaseFiles)
        .arg("paths", names.join(", "))
        .render(lang);
    writeln!(err, "error: {line}")?;
    Ok(EXIT_USAGE_OR_IO)
}

/// The manual page, or one command's page. The main page names the
/// commands' pages (`sentencing-report(1)`), so each one can be printed.
fn man_command(command: Option<&str>, out: &mut impl Write) -> anyhow::Result<u8> {
    use clap::CommandFactory;
    use clap_mangen::roff::{Roff, bold, roman};
    let mut cli = Cli::command().disable_help_subcommand(true);
    cli.build();
    let page = match command {
        None => cli,
        Some(name) => {
            let Some(sub) = cli
                .get_subcommands()
                .find(|s| s.get_name() == name && !s.is_hide_set())
                .cloned()
            else {
                let names: Vec<&str> = cli
                    .get_subcommands()
                    .filter(|s| !s.is_hide_set())
                    .map(clap::Command::get_name)
                    .collect();
                anyhow::bail!("no command `{name}` (commands: {})", names.join(", "));
            };
            sub.display_name(format!("sentencing-{name}"))
                .bin_name(format!("sentencing {name}"))
        }
    };
    let man = clap_mangen::Man::new(page.clone());
    let mut text: Vec<u8> = Vec::new();
    man.render(&mut text).context("writing the manual page")?;
    let mut roff = Roff::new();
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in EXIT_STATUS {
        roff.control("TP", std::iter::empty::<&str>());
        roff.text([bold(code)]);
        roff.text([roman(meaning)]);
    }
    // Without the prologue, which the page above already has.
    let section = roff.to_roff();
    out.write_all(&text)?;
    out.write_all(section.as_bytes())?;
    Ok(EXIT_OK)
}

/// Writes the starter file atomically: an exclusive temporary file beside
/// it, synced, then linked (or, with `--force`, renamed) into place, so that
/// an interrupted run never leaves half a file and an existing file is never
/// replaced unless forced.
fn new_command(
    file: &std::path::Path,
    jurisdiction: &str,
    force: bool,
    out: &mut impl Write,
) -> anyhow::Result<u8> {
    use sentencing::case::JurisdictionId;
    let Some(j) = JurisdictionId::ALL
        .iter()
        .find(|j| j.code().eq_ignore_ascii_case(jurisdiction.trim()))
    else {
        let codes: Vec<&str> = JurisdictionId::ALL.iter().map(|j| j.code()).collect();
        anyhow::bail!(
            "unknown jurisdiction `{jurisdiction}` (known: {})",
            codes.join(", ")
        );
    };
    if file.as_os_str() == "-" {
        write!(out, "{}", sentencing::case::starter(*j))?;
        return Ok(EXIT_OK);
    }
    // Exclusive temporary file, synced, then linked into place: a file
    // that appears meanwhile is never replaced (sentencing::new_file).
    match sentencing::new_file::write_new_file(
        file,
        sentencing::case::starter(*j).as_bytes(),
        force,
    ) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => anyhow::bail!(
            "{} already exists; pass --force to overwrite it",
            file.display()
        ),
        Err(e) => return Err(e).with_context(|| format!("creating {}", file.display())),
    }
    writeln!(
        out,
        "wrote {}; check it with `sentencing validate {}`",
        file.display(),
        file.display()
    )?;
    Ok(EXIT_OK)
}

fn rules_command(
    jurisdiction: Option<String>,
    format: Format,
    lang: Lang,
    out: &mut impl Write,
) -> anyhow::Result<u8> {
    use sentencing::case::JurisdictionId;
    let selected: Vec<JurisdictionId> = match jurisdiction {
        None => JurisdictionId::ALL.to_vec(),
        Some(code) => match JurisdictionId::ALL
            .iter()
            .find(|j| j.code().eq_ignore_ascii_case(code.trim()))
        {
            Some(j) => vec![*j],
            None => {
                let codes: Vec<&str> = JurisdictionId::ALL.iter().map(|j| j.code()).collect();
                anyhow::bail!(
                    "unknown jurisdiction `{code}` (known: {})",
                    codes.join(", ")
                );
            }
        },
    };
    let rules: Vec<(JurisdictionId, &'static sentencing::law::Rule)> = selected
        .iter()
        .flat_map(|j| sentencing::law::rules(*j).into_iter().map(move |r| (*j, r)))
        .collect();
    match format {
        Format::Table => writeln!(out, "{}", table::rules_table(&rules, lang))?,
        Format::Markdown => write!(
            out,
            "{}",
            table::markdown_table(&table::rules_grid(&rules, lang))
        )?,
        Format::Html => write!(
            out,
            "{}",
            sentencing::render::html::rules(&table::rules_grid(&rules, lang), lang)
        )?,
        Format::Csv => write!(
            out,
            "{}",
            sentencing::render::csv::rules(&rules, lang).context("writing CSV")?
        )?,
        Format::Json => {
            let doc = serde_json::json!({
                "format_version": json::FORMAT_VERSION,
                "rules": rules.iter().map(|(j, r)| json::rule(*j, r, lang)).collect::<Vec<_>>(),
            });
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&doc).context("writing JSON")?
            )?;
        }
    }
    Ok(EXIT_OK)
}

/// What `compare` keeps of a defendant: its sort key, whether a figure is
/// unlawful (for the exit status), and what is printed of it in the chosen
/// format, rendered on a worker thread.
struct CompareLine {
    key: CompareKey,
    unlawful: bool,
    printed: Printed,
}

/// CSV or JSON rows of `compare` written one at a time: the header, each
/// row, the end; the same bytes whether the rows are streamed in file order
/// or written after sorting.
struct RowStream {
    format: Format,
    bom: bool,
    lang: Lang,
    rows: usize,
}

impl RowStream {
    fn new(format: Format, bom: bool, lang: Lang) -> Self {
        Self {
            format,
            bom,
            lang,
            rows: 0,
        }
    }

    fn begin(&mut self, out: &mut impl Write) -> anyhow::Result<()> {
        match self.format {
            Format::Csv => write!(
                out,
                "{}{}",
                if self.bom { UTF8_BOM } else { "" },
                sentencing::render::csv::compare_of(std::iter::empty(), self.lang)
                    .context("writing CSV")?
            )?,
            _ => write!(
                out,
                "{{\n  \"format_version\": {},\n  \"rows\": [",
                json::FORMAT_VERSION
            )?,
        }
        Ok(())
    }

    fn row(&mut self, out: &mut impl Write, p: Printed) -> anyhow::Result<()> {
        match p {
            Printed::Line(line) => write!(out, "{line}")?,
            Printed::Json(j) => {
                write!(out, "{}\n{j}", if self.rows == 0 { "" } else { "," })?;
            }
            Printed::Cells(_) => {}
        }
        self.rows += 1;
        Ok(())
    }

    fn end(&mut self, out: &mut impl Write) -> anyhow::Result<()> {
        if self.format == Format::Json {
            if self.rows == 0 {
                writeln!(out, "]\n}}")?;
            } else {
                writeln!(out, "\n  ]\n}}")?;
            }
        }
        Ok(())
    }
}

/// A row as the chosen format prints it.
enum Printed {
    /// Table, Markdown and HTML.
    Cells(table::CompareCells),
    /// CSV: the record's line.
    Line(String),
    /// JSON, indented to sit in the `rows` array.
    Json(String),
}

/// The value a row is sorted by (`--sort`); rows of equal keys keep the
/// order of the files.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum CompareKey {
    None,
    Text(String),
    Months(u32),
    Severity(
        Option<(
            sentencing::penalty::PrincipalKind,
            sentencing::penalty::Term,
        )>,
    ),
    Reduction(Option<std::cmp::Reverse<rust_decimal::Decimal>>),
}

impl CompareLine {
    fn new(
        r: &table::CompareRow<'_>,
        format: Format,
        style: table::Style,
        sort: SortKey,
        lang: Lang,
    ) -> Self {
        use sentencing::penalty::Term;
        let months = |t: Option<Term>| CompareKey::Months(t.map_or(u32::MAX, |t| t.total_months()));
        let d = r.defendant;
        let key = match sort {
            SortKey::File => CompareKey::None,
            SortKey::Case => CompareKey::Text(r.case.to_string()),
            SortKey::Name => CompareKey::Text(d.name.clone()),
            SortKey::Total => months(d.combination.as_ref().and_then(|c| c.total)),
            SortKey::Decided => CompareKey::Severity(
                d.combination
                    .as_ref()
                    .and_then(|c| c.decided)
                    .map(|p| sentencing::law::cn::combination::severity_order(&p)),
            ),
            SortKey::Reduction => {
                CompareKey::Reduction(d.reduction().map(|(_, pct)| std::cmp::Reverse(pct)))
            }
            SortKey::Parole => months(d.parole.eligible_after),
        };
        let printed = match format {
            Format::Table | Format::Markdown | Format::Html => {
                Printed::Cells(table::compare_row(r, style, lang))
            }
            // The CSV line itself: one string, not thirty.
            Format::Csv => Printed::Line(
                sentencing::render::csv::record_line(&sentencing::render::csv::compare_record(
                    r, lang,
                ))
                .unwrap_or_default(),
            ),
            Format::Json => {
                let mut v = json::defendant(d, lang);
                if let Some(o) = v.as_object_mut() {
                    o.insert("file".into(), serde_json::json!(r.path));
                    o.insert("case".into(), serde_json::json!(r.case));
                    o.insert(
                        "jurisdiction".into(),
                        serde_json::json!(d.jurisdiction.code()),
                    );
                    o.insert("provenance".into(), json::provenance(r.provenance));
                }
                Printed::Json(indented(&v).unwrap_or_default())
            }
        };
        let unlawful = d.findings.iter().any(|f| f.is_error())
            || d.combination
                .as_ref()
                .is_some_and(|c| c.lawful == Some(false));
        Self {
            key,
            unlawful,
            printed,
        }
    }
}
