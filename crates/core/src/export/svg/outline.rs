//! Text as glyph outlines for SVG (and so for the PNG, which renders that SVG): each line's
//! shaped glyphs from the text engine become one `<path>`, and colour bitmap glyphs
//! (emoji) become embedded `<image>`s. Needs no font where it is opened.

use std::fmt::Write as _;

use base64::Engine as _;

use super::num;
use crate::layout::TextLine;
use crate::text::glyph::{self, Sink};

/// Writes path commands into `d`, moved to the glyph's position.
struct PathData<'a> {
    d: &'a mut String,
    x: f32,
    y: f32,
}

impl PathData<'_> {
    fn pt(&mut self, x: f32, y: f32) {
        let _ = write!(self.d, "{} {} ", num(self.x + x), num(self.y + y));
    }
}

impl Sink for PathData<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        self.d.push('M');
        self.pt(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.d.push('L');
        self.pt(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.d.push('Q');
        self.pt(x1, y1);
        self.pt(x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.d.push('C');
        self.pt(x1, y1);
        self.pt(x2, y2);
        self.pt(x, y);
    }
    fn close(&mut self) {
        self.d.push('Z');
    }
}

/// The glyphs of `line`: SVG path data of every outline, and `<image>` elements for
/// colour bitmap glyphs.
pub fn line_svg(line: &TextLine) -> (String, String) {
    let mut d = String::with_capacity(line.text.len() * 120);
    let mut images = String::new();
    for run in line.runs.iter() {
        glyph::with_font(run, |font| {
            for g in &run.glyphs {
                let x = line.baseline_left.x + g.x;
                let y = line.baseline_left.y + g.y;
                if let Some(bitmap) = glyph::bitmap(font, g.id, run.size) {
                    let rect = bitmap.rect.translate(emath::vec2(x, y));
                    let _ = writeln!(
                        images,
                        "<image x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64,{}\"/>",
                        num(rect.left()),
                        num(rect.top()),
                        num(rect.width()),
                        num(rect.height()),
                        base64::engine::general_purpose::STANDARD.encode(bitmap.png)
                    );
                    continue;
                }
                let mut sink = PathData { d: &mut d, x, y };
                glyph::outline(font, g.id, run.size, &run.coords, &mut sink);
            }
        });
    }
    (d, images)
}
