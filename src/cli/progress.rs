//! The progress bar of long batches (stderr, terminals only).

/// Files from which a progress bar is worth showing.
const PROGRESS_FROM_FILES: usize = 200;

/// A progress bar on stderr for long runs, only when stderr is a terminal
/// (indicatif draws nothing otherwise, so pipes and CI stay clean).
pub(crate) fn progress_bar(files: usize) -> indicatif::ProgressBar {
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
