//! `sentencing import`: judgment texts in, case files out (docs/import.md).
//! Reading the text is the library's ([`sentencing::import`]); this file
//! finds the inputs, writes the files (never over an existing one without
//! `--force`) and reports what was imported and what was not.

use anyhow::Context;
use sentencing::i18n::{Lang, Msg, MsgId};
use sentencing::import::{Imported, import};
use sentencing::render::csv::text_cell;
use sentencing::render::escape::html_escape;
use sentencing::render::table::markdown_cell;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// One judgment's text and where it came from.
struct Judgment {
    origin: String,
    text: String,
}

/// Options of the command.
pub struct Options {
    pub paths: Vec<PathBuf>,
    pub field: Option<String>,
    pub out: Option<PathBuf>,
    pub force: bool,
    pub dry_run: bool,
    pub format: super::output::Format,
    pub lang: Lang,
}

/// Files under a directory that hold judgments: `*.txt` and `*.jsonl`,
/// sorted; symbolic links are not followed (no loops).
fn walk(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(format!("{}: {e}", dir.display()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let Ok(meta) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        if meta.is_dir() {
            walk(&p, out, errors);
        } else if meta.is_file()
            && matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("txt" | "jsonl")
            )
        {
            out.push(p);
        }
    }
}

/// The judgments in `text`: one (plain text) or one a line (JSON Lines with `field`).
fn judgments_in(
    origin: &str,
    text: &str,
    field: Option<&str>,
    jsonl: bool,
) -> anyhow::Result<Vec<Judgment>> {
    if !jsonl {
        return Ok(vec![Judgment {
            origin: origin.to_string(),
            text: text.to_string(),
        }]);
    }
    let Some(field) = field else {
        anyhow::bail!(
            "{origin}: JSON Lines input needs `--field NAME`, the field that holds the judgment's text (for example `--field fd`)"
        );
    };
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let n = i + 1;
        let v: serde_json::Value = serde_json::from_str(line)
            .with_context(|| format!("{origin}:{n}: not a JSON object"))?;
        let Some(t) = v.get(field).and_then(|t| t.as_str()) else {
            anyhow::bail!("{origin}:{n}: no text field `{field}` in this line");
        };
        out.push(Judgment {
            origin: format!("{origin}:{n}"),
            text: t.to_string(),
        });
    }
    Ok(out)
}

/// Where judgments come from: standard input (read at once) or a file
/// (read when its turn comes, so that a large directory is never all in memory).
enum Source {
    Stdin(Vec<Judgment>),
    File(PathBuf),
}

fn sources(o: &Options, errors: &mut Vec<String>) -> anyhow::Result<Vec<Source>> {
    let mut out = Vec::new();
    for p in &o.paths {
        if p.as_os_str() == "-" {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .context("reading standard input")?;
            out.push(Source::Stdin(judgments_in(
                "-",
                &text,
                o.field.as_deref(),
                o.field.is_some(),
            )?));
            continue;
        }
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                walk(p, &mut files, errors);
                out.extend(files.into_iter().map(Source::File));
            }
            Ok(_) => out.push(Source::File(p.clone())),
            Err(e) => errors.push(format!("{}: {e}", p.display())),
        }
    }
    Ok(out)
}

/// The judgments of one file, or why it cannot be read.
fn read_file(f: &Path, field: Option<&str>) -> Result<Vec<Judgment>, String> {
    let origin = f.display().to_string();
    let text = std::fs::read_to_string(f).map_err(|e| format!("{origin}: {e}"))?;
    // *.jsonl is JSON Lines and *.txt plain text whatever the flags; another
    // name is JSON Lines when --field is given.
    let jsonl = match f.extension().and_then(|e| e.to_str()) {
        Some("jsonl") => true,
        Some("txt") => false,
        _ => field.is_some(),
    };
    judgments_in(&origin, &text, field, jsonl).map_err(|e| format!("{e:#}"))
}

/// A file name from the case number: （2018）苏0482刑初260号 → 2018-苏0482刑初260号.yaml.
fn file_name(imported: &Imported, origin: &str) -> String {
    let base = match &imported.case_number {
        Some(n) => n
            .chars()
            .filter_map(|c| match c {
                '（' | '(' => None,
                '）' | ')' => Some('-'),
                c if c.is_alphanumeric() => Some(c),
                _ => Some('_'),
            })
            .collect::<String>(),
        None => origin
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '_' })
            .collect(),
    };
    format!("{base}.yaml")
}

/// What happened to one judgment, for the report.
struct Outcome {
    origin: String,
    case_number: Option<String>,
    file: Option<String>,
    written: Vec<String>,
    problems: Vec<sentencing::import::Problem>,
    /// Writing failed (exists, I/O).
    write_error: Option<String>,
}

fn write_case(dir: &Path, name: &str, text: &str, force: bool) -> Result<PathBuf, String> {
    let path = dir.join(name);
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true);
    if force {
        opts.create(true).truncate(true);
    } else {
        opts.create_new(true);
    }
    let mut f = opts.open(&path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            format!("{} exists (use --force to overwrite)", path.display())
        } else {
            format!("{}: {e}", path.display())
        }
    })?;
    f.write_all(text.as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

fn problem_text(p: &sentencing::import::Problem, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let mut s = format!("{} {}", p.code.id(), p.code.why(zh));
    if let Some(d) = &p.detail {
        s.push_str(&format!(" ({})", d.render(lang)));
    }
    if let Some(name) = &p.defendant {
        s.push_str(
            &Msg::new(MsgId::ImportDefendant)
                .arg("name", name.as_str())
                .render(lang),
        );
    }
    if let Some(q) = &p.quote {
        s.push_str(
            &Msg::new(MsgId::ImportAt)
                .arg("quote", q.text.as_str())
                .arg("at", q.at as i64)
                .render(lang),
        );
    }
    s
}

/// Every problem of one judgment, and the error writing its file, in one
/// table cell (Markdown and HTML).
fn problems_cell(x: &Outcome, lang: Lang) -> String {
    x.problems
        .iter()
        .map(|p| problem_text(p, lang))
        .chain(x.write_error.clone())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Runs the command; returns the exit status.
pub fn run(o: Options, out: &mut impl Write, err: &mut impl Write) -> anyhow::Result<u8> {
    let mut errors = Vec::new();
    let inputs = sources(&o, &mut errors)?;
    for e in &errors {
        writeln!(err, "error: {e}")?;
    }
    let to_stdout = o.dry_run || o.out.as_deref().is_some_and(|p| p.as_os_str() == "-");
    let dir = if to_stdout { None } else { o.out.clone() };
    if let Some(d) = &dir {
        std::fs::create_dir_all(d).with_context(|| format!("creating {}", d.display()))?;
    }
    let progress = super::output::progress_bar(inputs.len());
    let mut outcomes = Vec::new();
    let mut printed = 0usize;
    for input in inputs {
        let judgments = match input {
            Source::Stdin(js) => js,
            Source::File(f) => match read_file(&f, o.field.as_deref()) {
                Ok(js) => js,
                Err(e) => {
                    progress.suspend(|| writeln!(err, "error: {e}"))?;
                    errors.push(e);
                    progress.inc(1);
                    continue;
                }
            },
        };
        for j in &judgments {
            let mut imported = import(&j.text, &j.origin);
            let mut outcome = Outcome {
                origin: j.origin.clone(),
                case_number: imported.case_number.clone(),
                file: None,
                written: imported.written.clone(),
                problems: std::mem::take(&mut imported.problems),
                write_error: None,
            };
            if let Some(text) = &imported.case_file {
                let name = file_name(&imported, &j.origin);
                match &dir {
                    None => {
                        progress.suspend(|| -> std::io::Result<()> {
                            if printed > 0 {
                                writeln!(out, "---")?;
                            }
                            out.write_all(text.as_bytes())
                        })?;
                        printed += 1;
                        outcome.file = Some("-".to_string());
                    }
                    Some(d) => match write_case(d, &name, text, o.force) {
                        Ok(p) => outcome.file = Some(p.display().to_string()),
                        Err(e) => outcome.write_error = Some(e),
                    },
                }
            }
            outcomes.push(outcome);
        }
        progress.inc(1);
    }
    let unreadable = errors.len();
    progress.finish_and_clear();
    // The report goes to stdout when the case files went to a directory,
    // and to stderr when stdout carries the case files.
    let mut report = Vec::new();
    render(&outcomes, o.format, o.lang, &mut report)?;
    if to_stdout {
        err.write_all(&report)?;
    } else {
        out.write_all(&report)?;
    }
    let refused = outcomes
        .iter()
        .any(|x| x.write_error.is_some() || x.problems.iter().any(|p| p.code.refuses()));
    Ok(
        if unreadable > 0 || outcomes.iter().any(|x| x.write_error.is_some()) {
            2
        } else if refused {
            1
        } else {
            0
        },
    )
}

fn render(
    outcomes: &[Outcome],
    format: super::output::Format,
    lang: Lang,
    w: &mut impl Write,
) -> anyhow::Result<()> {
    use super::output::Format;
    let imported = outcomes.iter().filter(|x| x.file.is_some()).count();
    let defendants: usize = outcomes
        .iter()
        .filter(|x| x.file.is_some())
        .map(|x| x.written.len())
        .sum();
    let summary = Msg::new(MsgId::ImportSummary)
        .arg("imported", imported as i64)
        .arg("total", outcomes.len() as i64)
        .arg("defendants", defendants as i64)
        .render(lang);
    match format {
        Format::Table => {
            for x in outcomes {
                if let Some(f) = &x.file {
                    writeln!(
                        w,
                        "{}",
                        Msg::new(MsgId::ImportWrote)
                            .arg("origin", x.origin.as_str())
                            .arg("file", f.as_str())
                            .arg("defendants", x.written.len() as i64)
                            .render(lang)
                    )?;
                }
                if let Some(e) = &x.write_error {
                    writeln!(w, "{}: error: {e}", x.origin)?;
                }
                for p in &x.problems {
                    writeln!(w, "{}: {}", x.origin, problem_text(p, lang))?;
                }
            }
            writeln!(w, "{summary}")?;
        }
        Format::Markdown => {
            writeln!(
                w,
                "| source | case number | file | problem |\n|---|---|---|---|"
            )?;
            for x in outcomes {
                writeln!(
                    w,
                    "| {} | {} | {} | {} |",
                    markdown_cell(&x.origin),
                    markdown_cell(x.case_number.as_deref().unwrap_or("")),
                    markdown_cell(x.file.as_deref().unwrap_or("")),
                    markdown_cell(&problems_cell(x, lang))
                )?;
            }
            writeln!(w, "\n{}", markdown_cell(&summary))?;
        }
        Format::Html => {
            writeln!(
                w,
                "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>sentencing import</title></head><body>\n<table>\n<tr><th>source</th><th>case number</th><th>file</th><th>problem</th></tr>"
            )?;
            for x in outcomes {
                writeln!(
                    w,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    html_escape(&x.origin),
                    html_escape(x.case_number.as_deref().unwrap_or("")),
                    html_escape(x.file.as_deref().unwrap_or("")),
                    html_escape(&problems_cell(x, lang))
                )?;
            }
            writeln!(
                w,
                "</table>\n<p>{}</p>\n</body></html>",
                html_escape(&summary)
            )?;
        }
        Format::Csv => {
            let mut c = csv::Writer::from_writer(Vec::new());
            c.write_record([
                "source",
                "case_number",
                "file",
                "defendant",
                "code",
                "quote",
                "at",
                "message",
            ])?;
            for x in outcomes {
                if x.problems.is_empty() && x.write_error.is_none() {
                    c.write_record([
                        text_cell(&x.origin),
                        text_cell(x.case_number.as_deref().unwrap_or("")),
                        text_cell(x.file.as_deref().unwrap_or("")),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                    ])?;
                }
                for p in &x.problems {
                    c.write_record([
                        text_cell(&x.origin),
                        text_cell(x.case_number.as_deref().unwrap_or("")),
                        text_cell(x.file.as_deref().unwrap_or("")),
                        text_cell(p.defendant.as_deref().unwrap_or("")),
                        p.code.id().to_string(),
                        text_cell(p.quote.as_ref().map_or("", |q| q.text.as_str())),
                        p.quote.as_ref().map_or(String::new(), |q| q.at.to_string()),
                        text_cell(&problem_text(p, lang)),
                    ])?;
                }
                if let Some(e) = &x.write_error {
                    c.write_record([
                        text_cell(&x.origin),
                        text_cell(x.case_number.as_deref().unwrap_or("")),
                        String::new(),
                        String::new(),
                        "import.write-failed".to_string(),
                        String::new(),
                        String::new(),
                        text_cell(e),
                    ])?;
                }
            }
            w.write_all(&c.into_inner().context("writing CSV")?)?;
        }
        Format::Json => {
            let items: Vec<serde_json::Value> = outcomes
                .iter()
                .map(|x| {
                    serde_json::json!({
                        "source": x.origin,
                        "case_number": x.case_number,
                        "file": x.file,
                        "defendants": x.written,
                        "write_error": x.write_error,
                        "problems": x.problems.iter().map(|p| serde_json::json!({
                            "code": p.code.id(),
                            "refuses": p.code.refuses(),
                            "defendant": p.defendant,
                            "quote": p.quote.as_ref().map(|q| q.text.clone()),
                            "at": p.quote.as_ref().map(|q| q.at),
                            "message": problem_text(p, lang),
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let v = serde_json::json!({
                "imported": imported,
                "total": outcomes.len(),
                "judgments": items,
            });
            writeln!(w, "{}", serde_json::to_string_pretty(&v)?)?;
        }
    }
    Ok(())
}
