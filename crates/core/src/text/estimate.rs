//! Line breaks guessed without shaping, for the first frame of a large map: the window
//! lays the map out with these while its text is shaped in the background, then lays
//! it out again with the real lines. An estimated line has the real line's characters
//! and about its width, and no glyphs, so nothing of it is drawn; its card, cell and lane
//! are about the size they will have.

use std::sync::Arc;

use super::ShapedLine;
use crate::fonts::{FontStyle, Weight};

/// The advance of `c` in ems, roughly: wide (East Asian, emoji) characters take a whole
/// em, marks nothing, anything else a Latin letter's average.
fn advance_in_ems(c: char, weight: Weight) -> f32 {
    match u32::from(c) {
        0x0300..=0x036F | 0x200B..=0x200F | 0xFE00..=0xFE0F => 0.0,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1FAFF
        | 0x20000..=0x3FFFD => 1.0,
        _ if c == ' ' => 0.28,
        _ => match weight {
            Weight::Regular => 0.55,
            Weight::SemiBold => 0.58,
        },
    }
}

/// Whether a line may break before `c` when it follows `previous`: after a space, and
/// around wide characters (Japanese and Chinese break between characters).
fn may_break_before(previous: char, c: char) -> bool {
    previous == ' ' || advance_in_ems(c, Weight::Regular) >= 1.0
}

/// `text` (already cleaned, white space collapsed) wrapped into lines at most
/// `max_width` wide, greedily, from estimated advances; at most `max_lines` lines.
pub(super) fn wrap(
    text: &str,
    style: FontStyle,
    max_width: f32,
    max_lines: usize,
) -> Vec<ShapedLine> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut width = 0.0_f32;
    // The last place the line may break: byte index and the width before it.
    let mut last_break: Option<(usize, f32)> = None;
    let mut previous = ' ';
    for (i, c) in text.char_indices() {
        let advance = advance_in_ems(c, style.weight) * style.size;
        if i > start && may_break_before(previous, c) {
            last_break = Some((i, width));
        }
        if width + advance > max_width && i > start && c != ' ' {
            let (at, kept) = last_break.unwrap_or((i, width));
            lines.push(line(&text[start..at], kept, style));
            if lines.len() == max_lines {
                return lines;
            }
            width -= kept;
            start = at;
            last_break = None;
        }
        width += advance;
        previous = c;
    }
    if start < text.len() && lines.len() < max_lines {
        lines.push(line(&text[start..], width, style));
    }
    lines
}

/// One estimated line: its characters and width (trailing space left out), no glyphs.
fn line(text: &str, width: f32, style: FontStyle) -> ShapedLine {
    let trimmed = text.trim_end();
    let trailing = text[trimmed.len()..].chars().count() as f32;
    ShapedLine {
        text: Arc::from(trimmed.trim_start()),
        offset: 0.0,
        width: (width - trailing * advance_in_ems(' ', style.weight) * style.size).max(0.0),
        rtl: false,
        runs: Arc::from(Vec::new()),
        missing: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_text_breaks_at_spaces_within_the_width() {
        let style = FontStyle::regular(12.0);
        let lines = wrap("Compare prices across three shops online", style, 100.0, 10);
        assert!(lines.len() >= 2, "{lines:?}");
        for l in &lines {
            assert!(l.width <= 100.0 + 1e-3, "{l:?}");
            assert!(!l.text.starts_with(' ') && !l.text.ends_with(' '), "{l:?}");
        }
        let joined: Vec<&str> = lines.iter().map(|l| &*l.text).collect();
        assert_eq!(joined.join(" "), "Compare prices across three shops online");
    }

    #[test]
    fn japanese_text_breaks_between_characters_and_max_lines_holds() {
        let style = FontStyle::regular(10.0);
        let lines = wrap("待合室で名前を呼ばれるのを待つ", style, 40.0, 3);
        assert_eq!(lines.len(), 3);
        assert_eq!(&*lines[0].text, "待合室で");
        assert!(lines.iter().all(|l| l.runs.is_empty()));
    }
}
