//! Measuring and wrapping text with the bundled font, once, for every renderer.

use std::sync::OnceLock;

use crate::fonts::{FontStyle, Weight};

/// Measures text. The layout wraps with it; a test can swap in a fixed-width measure.
pub trait TextMeasure {
    /// The advance width of `text` set in `style`, in world pixels.
    fn width(&self, text: &str, style: FontStyle) -> f32;
    /// Distance from the top of a line box to its baseline, in world pixels.
    fn ascent(&self, style: FontStyle) -> f32;
}

/// Horizontal metrics of one font file, read once.
struct FontMetrics {
    units_per_em: f32,
    ascender: f32,
    ascii: [f32; 128],
    face: ttf_parser::Face<'static>,
    fallback: f32,
}

impl FontMetrics {
    fn load(bytes: &'static [u8]) -> Option<Self> {
        let face = ttf_parser::Face::parse(bytes, 0).ok()?;
        let units_per_em = f32::from(face.units_per_em());
        let mut metrics = Self {
            units_per_em,
            ascender: f32::from(face.ascender()),
            ascii: [0.0; 128],
            fallback: units_per_em * 0.6,
            face,
        };
        for (code, slot) in (0u8..128).zip(0..128) {
            metrics.ascii[slot] = metrics.lookup(char::from(code));
        }
        Some(metrics)
    }

    fn lookup(&self, c: char) -> f32 {
        self.face
            .glyph_index(c)
            .and_then(|g| self.face.glyph_hor_advance(g))
            .map_or(self.fallback, f32::from)
    }

    fn advance_units(&self, text: &str) -> f32 {
        text.chars()
            .map(|c| match usize::try_from(u32::from(c)) {
                Ok(i) if i < 128 => self.ascii[i],
                _ => self.lookup(c),
            })
            .sum()
    }
}

/// The bundled Inter font, measured with its own advance widths.
#[derive(Clone, Copy, Debug, Default)]
pub struct BundledFonts;

fn metrics(weight: Weight) -> Option<&'static FontMetrics> {
    static REGULAR: OnceLock<Option<FontMetrics>> = OnceLock::new();
    static SEMIBOLD: OnceLock<Option<FontMetrics>> = OnceLock::new();
    let cell = match weight {
        Weight::Regular => &REGULAR,
        Weight::SemiBold => &SEMIBOLD,
    };
    cell.get_or_init(|| FontMetrics::load(weight.bytes()))
        .as_ref()
}

impl TextMeasure for BundledFonts {
    fn width(&self, text: &str, style: FontStyle) -> f32 {
        match metrics(style.weight) {
            Some(m) => m.advance_units(text) / m.units_per_em * style.size,
            None => text.chars().count() as f32 * style.size * 0.6,
        }
    }

    fn ascent(&self, style: FontStyle) -> f32 {
        metrics(style.weight).map_or(style.size * 0.97, |m| {
            m.ascender / m.units_per_em * style.size
        })
    }
}

/// Removes characters that no renderer should see: control characters (tabs and line
/// breaks become spaces) and non-characters.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if c.is_control() => None,
            '\u{FFFE}' | '\u{FFFF}' => None,
            c => Some(c),
        })
        .collect()
}

/// Wraps `text` into lines no wider than `max_width`, breaking at spaces and, for words
/// longer than a line, between characters. Runs of white space become one space. When more
/// than `max_lines` lines would be needed, the last kept line ends with an ellipsis.
pub fn wrap(
    measure: &dyn TextMeasure,
    text: &str,
    style: FontStyle,
    max_width: f32,
    max_lines: usize,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let space = measure.width(" ", style);
    let mut current_width = 0.0;
    let cleaned = clean(text);
    for word in cleaned.split_whitespace() {
        let word_width = measure.width(word, style);
        if !current.is_empty() && current_width + space + word_width <= max_width {
            current.push(' ');
            current.push_str(word);
            current_width += space + word_width;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
            if lines.len() > max_lines {
                break;
            }
        }
        if word_width <= max_width {
            current.push_str(word);
            current_width = word_width;
        } else {
            // Break an over-long word between characters.
            current_width = 0.0;
            for c in word.chars() {
                let w = measure.width(c.encode_utf8(&mut [0; 4]), style);
                if !current.is_empty() && current_width + w > max_width {
                    lines.push(std::mem::take(&mut current));
                    current_width = 0.0;
                    if lines.len() > max_lines {
                        break;
                    }
                }
                current.push(c);
                current_width += w;
            }
        }
        if lines.len() > max_lines {
            break;
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines.max(1));
        if let Some(last) = lines.last_mut() {
            *last = with_ellipsis(measure, last, style, max_width);
        }
    }
    lines
}

/// Shortens `line` until it fits `max_width` with a trailing ellipsis.
fn with_ellipsis(
    measure: &dyn TextMeasure,
    line: &str,
    style: FontStyle,
    max_width: f32,
) -> String {
    let mut kept = line.trim_end().to_owned();
    loop {
        let candidate = format!("{kept}…");
        if kept.is_empty() || measure.width(&candidate, style) <= max_width {
            return candidate;
        }
        kept.pop();
        let trimmed = kept.trim_end().len();
        kept.truncate(trimmed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const STYLE: FontStyle = FontStyle::regular(12.0);

    #[test]
    fn measures_with_the_bundled_font() {
        let fonts = BundledFonts;
        let narrow = fonts.width("iiii", STYLE);
        let wide = fonts.width("WWWW", STYLE);
        assert!(narrow > 0.0 && wide > narrow * 2.0, "{narrow} {wide}");
        assert!(fonts.ascent(STYLE) > 8.0 && fonts.ascent(STYLE) < 14.0);
    }

    #[test]
    fn wraps_at_spaces_and_keeps_every_word() {
        let lines = wrap(
            &BundledFonts,
            "Sees a friend's post about the app",
            STYLE,
            90.0,
            10,
        );
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), "Sees a friend's post about the app");
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        let lines = wrap(&BundledFonts, &"word ".repeat(200), STYLE, 100.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'));
    }

    proptest! {
        #[test]
        fn no_line_is_wider_than_the_box(text in "\\PC{0,200}", width in 20.0f32..300.0) {
            let fonts = BundledFonts;
            for line in wrap(&fonts, &text, STYLE, width, 50) {
                // A single character wider than the box is the only allowed overflow.
                prop_assert!(
                    fonts.width(&line, STYLE) <= width + 0.01 || line.chars().count() == 1
                        || (line.ends_with('…') && line.chars().count() <= 2),
                    "{line:?} is {} wide in {width}", fonts.width(&line, STYLE)
                );
                prop_assert!(!line.chars().any(char::is_control));
            }
        }
    }
}
