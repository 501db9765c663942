//! Text from a project file made safe to show: control characters (which a terminal would
//! obey, retitling or clearing it) and invisible direction overrides are written as
//! escapes, so every message shows what is in the file without acting on it.

use std::borrow::Cow;

/// Whether `c` would act on a terminal or reorder the text around it instead of showing.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}'
        )
}

/// `text` with every control character (C0, DEL, C1), line or paragraph separator,
/// bidirectional control and byte-order mark written as `\u{…}` (tab, line feed and
/// carriage return as `\t`, `\n`, `\r`). Text without any comes back borrowed.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:X}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::escape_controls;

    #[test]
    fn terminal_sequences_become_visible_escapes() {
        assert_eq!(
            escape_controls("c-1\u{1b}]0;owned\u{7}\r\u{1b}[2J"),
            "c-1\\u{1B}]0;owned\\u{7}\\r\\u{1B}[2J"
        );
        assert_eq!(
            escape_controls("a\u{9b}b\u{202E}c\td"),
            "a\\u{9B}b\\u{202E}c\\td"
        );
        assert!(matches!(
            escape_controls("Plain — 日本語 ✓"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
