//! Text as glyph outlines for SVG: each line becomes one `<path>` built from the bundled
//! Inter's glyph shapes, shaped (kerning included) by rustybuzz as resvg shapes `<text>`,
//! so outlined and text exports match. Needs no font where it is opened.

use std::fmt::Write as _;
use std::sync::OnceLock;

use super::svg::num;
use crate::fonts::Weight;
use crate::layout::TextLine;

fn face(weight: Weight) -> Option<&'static ttf_parser::Face<'static>> {
    static REGULAR: OnceLock<Option<ttf_parser::Face<'static>>> = OnceLock::new();
    static SEMIBOLD: OnceLock<Option<ttf_parser::Face<'static>>> = OnceLock::new();
    let cell = match weight {
        Weight::Regular => &REGULAR,
        Weight::SemiBold => &SEMIBOLD,
    };
    cell.get_or_init(|| ttf_parser::Face::parse(weight.bytes(), 0).ok())
        .as_ref()
}

fn shaper(weight: Weight) -> Option<&'static rustybuzz::Face<'static>> {
    static REGULAR: OnceLock<Option<rustybuzz::Face<'static>>> = OnceLock::new();
    static SEMIBOLD: OnceLock<Option<rustybuzz::Face<'static>>> = OnceLock::new();
    let cell = match weight {
        Weight::Regular => &REGULAR,
        Weight::SemiBold => &SEMIBOLD,
    };
    cell.get_or_init(|| rustybuzz::Face::from_slice(weight.bytes(), 0))
        .as_ref()
}

/// Writes path commands into `d`, scaling font units and flipping y about the baseline.
struct PathData<'a> {
    d: &'a mut String,
    x: f32,
    y: f32,
    scale: f32,
}

impl PathData<'_> {
    fn pt(&mut self, x: f32, y: f32) {
        let _ = write!(
            self.d,
            "{} {} ",
            num(self.x + x * self.scale),
            num(self.y - y * self.scale)
        );
    }
}

impl ttf_parser::OutlineBuilder for PathData<'_> {
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

/// The SVG path data of `line`'s glyphs, or `None` when the font cannot be read.
pub fn line_path(line: &TextLine) -> Option<String> {
    let face = face(line.style.weight)?;
    let scale = line.style.size / f32::from(face.units_per_em());
    let mut d = String::with_capacity(line.text.len() * 120);
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(&line.text);
    let glyphs = rustybuzz::shape(shaper(line.style.weight)?, &[], buffer);
    let mut x = line.baseline_left.x;
    for (info, pos) in glyphs.glyph_infos().iter().zip(glyphs.glyph_positions()) {
        let glyph = ttf_parser::GlyphId(u16::try_from(info.glyph_id).unwrap_or(0));
        let mut data = PathData {
            d: &mut d,
            x: x + pos.x_offset as f32 * scale,
            y: line.baseline_left.y - pos.y_offset as f32 * scale,
            scale,
        };
        face.outline_glyph(glyph, &mut data);
        x += pos.x_advance as f32 * scale;
    }
    Some(d)
}
