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
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI: ESC [ parameters final-byte
            for n in chars.by_ref() {
                if n.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
