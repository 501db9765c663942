//! Drawing one shaped glyph: its outline (for SVG paths, the canvas rasteriser and PDF
//! outlines) or its colour bitmap (emoji fonts such as Noto Color Emoji carry PNGs).

use emath::{Rect, pos2, vec2};
use skrifa::MetadataProvider as _;
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::raw::types::F2Dot14;

use super::GlyphRun;

/// Receives a glyph outline in world pixels, y pointing down, origin at the pen position
/// on the baseline.
pub trait Sink {
    /// Starts a contour.
    fn move_to(&mut self, x: f32, y: f32);
    /// A straight segment.
    fn line_to(&mut self, x: f32, y: f32);
    /// A quadratic segment.
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32);
    /// A cubic segment.
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32);
    /// Closes the contour.
    fn close(&mut self);
}

struct Flip<'a, S: Sink>(&'a mut S);

impl<S: Sink> OutlinePen for Flip<'_, S> {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, -y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, -y);
    }
    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.0.quad_to(cx0, -cy0, x, -y);
    }
    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.0.curve_to(cx0, -cy0, cx1, -cy1, x, -y);
    }
    fn close(&mut self) {
        self.0.close();
    }
}

/// Draws glyph `id` of `font` at `size` pixels (variation `coords` applied) into `sink`.
/// Returns false when the glyph has no outline (a bitmap glyph, or a broken font).
pub fn outline(
    font: &skrifa::FontRef<'_>,
    id: u32,
    size: f32,
    coords: &[i16],
    sink: &mut impl Sink,
) -> bool {
    outline_with(&font.outline_glyphs(), id, size, coords, sink)
}

/// Like [`outline`], with the font's outlines already read (to draw many glyphs of one
/// font without reading its tables again for each).
pub fn outline_with(
    outlines: &skrifa::outline::OutlineGlyphCollection<'_>,
    id: u32,
    size: f32,
    coords: &[i16],
    sink: &mut impl Sink,
) -> bool {
    let Some(glyph) = outlines.get(skrifa::GlyphId::new(id)) else {
        return false;
    };
    let coords: Vec<F2Dot14> = coords.iter().map(|c| F2Dot14::from_bits(*c)).collect();
    let settings = DrawSettings::unhinted(Size::new(size), LocationRef::new(&coords));
    glyph.draw(settings, &mut Flip(sink)).is_ok()
}

/// A colour bitmap glyph: the PNG bytes and where they go.
#[derive(Clone, Debug)]
pub struct Bitmap<'a> {
    /// The PNG file's bytes.
    pub png: &'a [u8],
    /// The picture's box relative to the pen position on the baseline, y down, in world
    /// pixels at the run's size.
    pub rect: Rect,
}

/// The colour bitmap of glyph `id` at `size` pixels, if the font has one (PNG only).
pub fn bitmap<'a>(font: &skrifa::FontRef<'a>, id: u32, size: f32) -> Option<Bitmap<'a>> {
    let strikes = skrifa::bitmap::BitmapStrikes::new(font);
    let glyph = strikes.glyph_for_size(Size::new(size), skrifa::GlyphId::new(id))?;
    let skrifa::bitmap::BitmapData::Png(png) = glyph.data else {
        return None;
    };
    let scale = size / glyph.ppem_y.max(1.0);
    let (w, h) = (glyph.width as f32 * scale, glyph.height as f32 * scale);
    let left = glyph.inner_bearing_x * scale;
    let top = match glyph.placement_origin {
        skrifa::bitmap::Origin::TopLeft => -glyph.inner_bearing_y * scale,
        skrifa::bitmap::Origin::BottomLeft => -glyph.inner_bearing_y * scale - h,
    };
    Some(Bitmap {
        png,
        rect: Rect::from_min_size(pos2(left, top), vec2(w, h)),
    })
}

/// Calls `f` with the parsed font of `run` (skipped when the font cannot be read).
pub fn with_font<R>(run: &GlyphRun, f: impl FnOnce(&skrifa::FontRef<'_>) -> R) -> Option<R> {
    let face = super::face(run.font)?;
    let font = face.skrifa()?;
    Some(f(&font))
}
