//! The canvas's glyph atlas: the text engine's glyphs rasterised (outlines with tiny-skia,
//! colour emoji from their PNG bitmaps) into one texture and drawn as textured quads, so
//! the canvas shows exactly the glyphs the layout placed, at every zoom.

use std::collections::HashMap;

use egui::emath::TSTransform;
use egui::{Color32, Mesh, Rect, pos2, vec2};
use resvg::tiny_skia;

use crate::layout::TextLine;
use crate::text::FontId;
use crate::text::glyph::{self, Sink};

/// Side of the atlas texture in pixels at first: 1 MB, room for the sample map's text
/// (a 2048-pixel atlas from the start was 16 MB in the heap and as much again in a
/// software renderer, for every window).
const FIRST_SIZE: usize = 512;
/// Side of the atlas texture in pixels at most: a full atlas doubles until this, then
/// starts over at this size.
const MAX_SIZE: usize = 2048;
/// Glyphs are rasterised at most this many pixels tall and scaled beyond.
const MAX_PX: f32 = 320.0;
/// Text smaller than this on screen (pixels) is not drawn.
pub const MIN_PX: f32 = 2.5;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Key {
    font: FontId,
    glyph: u32,
    /// Size in quarter pixels.
    size: u32,
    /// Horizontal sub-pixel position in quarters.
    sub_x: u8,
    /// A hash of the run's variation coordinates (a variable font's weight is part of
    /// what the glyph looks like).
    coords: u64,
}

#[derive(Clone, Copy)]
struct Entry {
    /// Top-left texel in the atlas.
    at: [usize; 2],
    /// Size in texels.
    size: [usize; 2],
    /// From the pen position to the top-left of the bitmap, in pixels.
    offset: egui::Vec2,
    /// A colour glyph (emoji): drawn in its own colours.
    color: bool,
}

/// Rasterised glyphs in one texture; starts over when it is full.
pub struct GlyphAtlas {
    texture: Option<egui::TextureHandle>,
    entries: HashMap<Key, Option<Entry>>,
    /// Shelf packing: the next free spot and the current shelf's height.
    cursor: [usize; 2],
    shelf: usize,
    /// Ran out of room this frame: start over at the next one.
    full: bool,
    /// How many times the atlas started over (every glyph quad made before is stale).
    generation: u64,
    /// Side of the texture in pixels.
    side: usize,
}

impl Default for GlyphAtlas {
    fn default() -> Self {
        Self {
            texture: None,
            entries: HashMap::new(),
            cursor: [0, 0],
            shelf: 0,
            full: false,
            generation: 0,
            side: FIRST_SIZE,
        }
    }
}

impl GlyphAtlas {
    /// Which atlas the glyph quads made now point into: a quad made for one generation
    /// is valid until it changes. `None` when glyphs are missing from the quads made
    /// since it ran out of room (it starts over at the next quad).
    pub fn generation(&self) -> Option<u64> {
        (!self.full).then_some(self.generation)
    }

    fn texture(&mut self, ctx: &egui::Context) -> &egui::TextureHandle {
        if self.full {
            self.full = false;
            self.generation += 1;
            self.entries.clear();
            self.cursor = [0, 0];
            self.shelf = 0;
            self.texture = None;
            // The text on screen did not fit: room for four times as much.
            self.side = (self.side * 2).min(MAX_SIZE);
            ctx.request_repaint();
        }
        let side = self.side;
        self.texture.get_or_insert_with(|| {
            ctx.load_texture(
                "waymark-glyphs",
                egui::ColorImage::filled([side, side], Color32::TRANSPARENT),
                egui::TextureOptions::LINEAR,
            )
        })
    }

    /// Adds the quads of `line` (world coordinates, drawn through `t`) to `mesh`.
    pub fn line_mesh(
        &mut self,
        ctx: &egui::Context,
        line: &TextLine,
        color: Color32,
        t: TSTransform,
        pixels_per_point: f32,
    ) -> Mesh {
        if line.style.size * t.scaling * pixels_per_point < MIN_PX {
            return Mesh::default();
        }
        let texture_id = self.texture(ctx).id();
        let side = self.side as f32;
        let mut mesh = Mesh::with_texture(texture_id);
        for run in line.runs.iter() {
            let px = run.size * t.scaling * pixels_per_point;
            if px < MIN_PX {
                continue;
            }
            let quarters = (px.min(MAX_PX) * 4.0).round().max(1.0);
            let raster_px = quarters / 4.0;
            let k = px / raster_px;
            let coords = {
                use std::hash::{Hash as _, Hasher as _};
                let mut hasher = std::collections::hash_map::DefaultHasher::new();
                run.coords.hash(&mut hasher);
                hasher.finish()
            };
            glyph::with_font(run, |font| {
                for g in &run.glyphs {
                    let pen = t * (line.baseline_left + vec2(g.x, g.y));
                    let pen_px = pen.to_vec2() * pixels_per_point;
                    // The pen to the nearest quarter pixel, at every zoom: the raster is
                    // at most 1/8 px off the size asked for (`k` within 2% of 1), so its
                    // quarter shift still lands within a few hundredths of a pixel. Whole
                    // pixels only (as when `k` was not exactly 1) put each glyph up to a
                    // pixel off its advance: "Purc hase" at 52%.
                    let quarter_x = (pen_px.x * 4.0).round();
                    let ix = (quarter_x / 4.0).floor();
                    let sub_x = (quarter_x - ix * 4.0).clamp(0.0, 3.0) as u8;
                    let key = Key {
                        font: run.font,
                        glyph: g.id,
                        size: quarters as u32,
                        sub_x,
                        coords,
                    };
                    let Some(entry) = self.entry(font, key, &run.coords) else {
                        continue;
                    };
                    let min_px = pos2(ix, pen_px.y.round()) + entry.offset * k;
                    let size_px = vec2(entry.size[0] as f32, entry.size[1] as f32) * k;
                    let rect = Rect::from_min_size(
                        (min_px.to_vec2() / pixels_per_point).to_pos2(),
                        size_px / pixels_per_point,
                    );
                    let uv = Rect::from_min_size(
                        pos2(entry.at[0] as f32, entry.at[1] as f32) / side,
                        vec2(entry.size[0] as f32, entry.size[1] as f32) / side,
                    );
                    let tint = if entry.color {
                        Color32::from_white_alpha(color.a())
                    } else {
                        color
                    };
                    mesh.add_rect_with_uv(rect, uv, tint);
                }
            });
        }
        mesh
    }

    fn entry(&mut self, font: &skrifa::FontRef<'_>, key: Key, coords: &[i16]) -> Option<Entry> {
        if let Some(entry) = self.entries.get(&key) {
            return *entry;
        }
        if self.full {
            return None;
        }
        let px = key.size as f32 / 4.0;
        let rendered = rasterise(font, key.glyph, px, f32::from(key.sub_x) / 4.0, coords);
        let entry = match rendered {
            None => None,
            Some((image, offset, color)) => {
                let [w, h] = image.size;
                let at = self.allocate(w, h)?;
                if let Some(texture) = &mut self.texture {
                    texture.set_partial(at, image, egui::TextureOptions::LINEAR);
                }
                Some(Entry {
                    at,
                    size: [w, h],
                    offset,
                    color,
                })
            }
        };
        self.entries.insert(key, entry);
        entry
    }

    /// A free `w`×`h` spot (with a one-texel gutter), or `None` when the atlas is full.
    fn allocate(&mut self, w: usize, h: usize) -> Option<[usize; 2]> {
        let side = self.side;
        if w + 1 > side || h + 1 > side {
            return None;
        }
        if self.cursor[0] + w + 1 > side {
            self.cursor = [0, self.cursor[1] + self.shelf];
            self.shelf = 0;
        }
        if self.cursor[1] + h + 1 > side {
            self.full = true;
            return None;
        }
        let at = self.cursor;
        self.cursor[0] += w + 1;
        self.shelf = self.shelf.max(h + 1);
        Some(at)
    }
}

/// A tiny-skia path builder fed by the text engine's outline.
struct PathSink {
    builder: tiny_skia::PathBuilder,
    dx: f32,
}

impl Sink for PathSink {
    fn move_to(&mut self, x: f32, y: f32) {
        self.builder.move_to(x + self.dx, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.builder.line_to(x + self.dx, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.builder.quad_to(x1 + self.dx, y1, x + self.dx, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.builder
            .cubic_to(x1 + self.dx, y1, x2 + self.dx, y2, x + self.dx, y);
    }
    fn close(&mut self) {
        self.builder.close();
    }
}

/// The glyph as a premultiplied image, the offset of its top-left from the pen, and
/// whether it is in colour; `None` for glyphs that draw nothing (spaces).
fn rasterise(
    font: &skrifa::FontRef<'_>,
    id: u32,
    px: f32,
    sub_x: f32,
    coords: &[i16],
) -> Option<(egui::ColorImage, egui::Vec2, bool)> {
    if let Some(bitmap) = glyph::bitmap(font, id, px) {
        let decoded = image::load_from_memory_with_format(bitmap.png, image::ImageFormat::Png)
            .ok()?
            .into_rgba8();
        let w = bitmap.rect.width().round().max(1.0) as u32;
        let h = bitmap.rect.height().round().max(1.0) as u32;
        let scaled = image::imageops::resize(&decoded, w, h, image::imageops::FilterType::Triangle);
        let image =
            egui::ColorImage::from_rgba_unmultiplied([w as usize, h as usize], scaled.as_raw());
        let offset = vec2(bitmap.rect.left().round(), bitmap.rect.top().round());
        return Some((image, offset, true));
    }
    let mut sink = PathSink {
        builder: tiny_skia::PathBuilder::new(),
        dx: sub_x,
    };
    if !glyph::outline(font, id, px, coords, &mut sink) {
        return None;
    }
    let path = sink.builder.finish()?;
    let bounds = path.bounds();
    let left = bounds.left().floor();
    let top = bounds.top().floor();
    let w = (bounds.right().ceil() - left) as u32 + 1;
    let h = (bounds.bottom().ceil() - top) as u32 + 1;
    let mut pixmap = tiny_skia::Pixmap::new(w, h)?;
    let mut paint = tiny_skia::Paint::default();
    paint.set_color_rgba8(255, 255, 255, 255);
    paint.anti_alias = true;
    pixmap.fill_path(
        &path,
        &paint,
        tiny_skia::FillRule::Winding,
        tiny_skia::Transform::from_translate(-left, -top),
        None,
    );
    let image = egui::ColorImage::from_rgba_premultiplied([w as usize, h as usize], pixmap.data());
    Some((image, vec2(left, top), false))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fills the atlas with 500-texel squares until one does not fit.
    fn fill(atlas: &mut GlyphAtlas) -> usize {
        let mut placed = 0;
        while atlas.allocate(500, 500).is_some() {
            placed += 1;
        }
        placed
    }

    #[test]
    fn a_full_atlas_grows_to_its_largest_size_then_starts_over_at_it() {
        let ctx = egui::Context::default();
        let mut atlas = GlyphAtlas::default();
        assert_eq!(atlas.texture(&ctx).size(), [FIRST_SIZE, FIRST_SIZE]);
        let mut sides = Vec::new();
        for generation in 1..=4 {
            assert!(fill(&mut atlas) >= 1);
            assert_eq!(atlas.generation(), None, "full: quads made now miss glyphs");
            sides.push(atlas.texture(&ctx).size()[0]);
            assert_eq!(atlas.generation(), Some(generation));
        }
        assert_eq!(sides, [1024, 2048, 2048, 2048], "doubles, then no larger");
        assert_eq!(fill(&mut atlas), 16, "4 × 4 squares in 2048 texels");
    }
}
