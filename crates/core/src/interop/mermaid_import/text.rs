//! The text of a Mermaid file before it is parsed, and the pieces the parser and the
//! export share: line breaks and control characters made plain, a diagram indented as a
//! whole dedented, comments cut, section names split at their `<br>`s.

/// Line breaks as `\n` (CRLF and a lone CR, as old Mac files have, are line breaks), and
/// other control characters as spaces (a NUL before `section` does not make the line a
/// task, a tab is white space, and no name keeps one).
pub(super) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' => out.push('\n'),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The text with the indentation every non-blank line shares taken off, as Mermaid does
/// with a diagram in a web page's `<pre>` (a diagram at the margin is left as it is).
pub(super) fn dedent(text: &str) -> String {
    let indent = text
        .split('\n')
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    if indent == 0 {
        return text.to_owned();
    }
    text.split('\n')
        .map(|l| l.get(indent..).unwrap_or("").trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Cuts a line at a `%%` or `#` comment.
pub(super) fn strip_comment(line: &str) -> &str {
    let cut = [line.find("%%"), line.find('#')]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(line.len());
    &line[..cut]
}

/// `text` cut at every `<br>` as Mermaid draws one (`<br\s*/?>`, any case: `<br>`, `<BR/>`,
/// `<br />`; not `</br>` or `<brown>`), in one pass over the text.
pub(crate) fn br_pieces(text: &str) -> Vec<&str> {
    // ASCII lower-casing keeps every byte offset.
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut pieces = Vec::new();
    let (mut start, mut from) = (0, 0);
    while let Some(found) = lower[from..].find("<br") {
        let at = from + found;
        let mut end = at + 3;
        while bytes.get(end).is_some_and(u8::is_ascii_whitespace) {
            end += 1;
        }
        if bytes.get(end) == Some(&b'/') {
            end += 1;
        }
        if bytes.get(end) == Some(&b'>') {
            pieces.push(&text[start..at]);
            start = end + 1;
            from = end + 1;
        } else {
            from = at + 3;
        }
    }
    pieces.push(&text[start..]);
    pieces
}
