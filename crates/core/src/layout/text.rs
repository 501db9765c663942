//! Placing shaped text: the layout asks the text engine ([`crate::text`]) for wrapped,
//! shaped lines and puts them at baselines. Nothing here measures text on its own.

use emath::pos2;

use super::TextLine;
use super::metrics::line_height;
use crate::fonts::FontStyle;
use crate::text::ShapedLine;

pub use crate::text::Shaper;

impl TextLine {
    /// `shaped` placed in a box whose left edge is `box_left`, on the baseline at
    /// `baseline_y` (a right-to-left line keeps its offset, so it ends at the box's right).
    pub fn place(
        shaped: &ShapedLine,
        style: FontStyle,
        ascent: f32,
        box_left: f32,
        baseline_y: f32,
    ) -> Self {
        Self {
            text: shaped.text.clone(),
            baseline_left: pos2(box_left + shaped.offset, baseline_y),
            style,
            width: shaped.width,
            ascent,
            rtl: shaped.rtl,
            runs: shaped.runs.clone(),
            missing: shaped.missing,
        }
    }

    /// The characters of this line that no available font could draw.
    pub fn missing_chars(&self) -> Vec<char> {
        if !self.missing {
            return Vec::new();
        }
        crate::text::missing_chars_in(&self.text, &self.runs)
    }

    /// `shaped` with the left end of its baseline at (`left`, `baseline_y`), for text that
    /// is centred or placed by its own width.
    pub fn at(
        shaped: &ShapedLine,
        style: FontStyle,
        ascent: f32,
        left: f32,
        baseline_y: f32,
    ) -> Self {
        Self::place(shaped, style, ascent, left - shaped.offset, baseline_y)
    }
}

/// Wraps `text` to `width` (at most `max_lines` lines) and places its lines from `*y`
/// down at `x`, advancing `*y` by a line height per line.
#[allow(
    clippy::too_many_arguments,
    reason = "a flat helper reads better than a struct here"
)]
pub(super) fn place(
    measure: &Shaper<'_>,
    text: &str,
    style: FontStyle,
    x: f32,
    width: f32,
    max_lines: usize,
    y: &mut f32,
    out: &mut Vec<TextLine>,
) {
    let ascent = measure.ascent(style);
    for line in measure.wrap(text, style, width, max_lines).iter() {
        out.push(TextLine::place(
            line,
            style,
            ascent,
            x,
            (*y + ascent).round(),
        ));
        *y += line_height(style);
    }
}
