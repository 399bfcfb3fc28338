//! What the commands share about their output: the report formats and the
//! progress bar (a module of its own so that the commands' modules need not
//! import the command line's root, which imports them).

use clap::ValueEnum;

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// Tables for the terminal.
    Table,
    /// JSON (docs/json-output.md).
    Json,
    /// GitHub-flavoured Markdown, for articles and memos.
    Markdown,
    /// CSV for spreadsheets (report: a row per count; compare: a row per defendant).
    Csv,
    /// One self-contained HTML file (no scripts, no network), printable.
    Html,
}

/// Files from which a progress bar is worth showing.
const PROGRESS_FROM_FILES: usize = 200;

/// A progress bar on stderr for long runs, only when stderr is a terminal
/// (indicatif draws nothing otherwise, so pipes and CI stay clean).
pub fn progress_bar(files: usize) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if files < PROGRESS_FROM_FILES || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(files as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{bar:40} {pos}/{len} files ({per_sec}, {eta} left)",
    ) {
        bar.set_style(style);
    }
    bar
}
