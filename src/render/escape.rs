//! Text made safe for HTML, and colour codes taken out; shared by the tables,
//! the HTML report and the SVG timeline.

/// Escapes text for HTML, dropping colour codes.
pub fn html_escape(text: &str) -> String {
    strip_ansi(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Removes ANSI escape sequences (colour) from text.
pub fn strip_ansi(text: &str) -> String {
    anstream::adapter::strip_str(text).to_string()
}

/// The escaper of the HTML templates (`askama.toml`): the same as
/// [`html_escape`], so that templated output is what it always was.
#[derive(Debug, Clone, Copy, Default)]
pub struct Html;

impl askama::filters::Escaper for Html {
    fn write_escaped_str<W: std::fmt::Write>(&self, mut dest: W, string: &str) -> std::fmt::Result {
        dest.write_str(&html_escape(string))
    }
}
