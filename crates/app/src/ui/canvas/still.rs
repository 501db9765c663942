//! The map's own picture on the canvas (its background and content layers), tessellated
//! once for a layout and a view and reused while neither changes.
//!
//! egui tessellates every shape of every frame: with a 10,000-card map fitted to the
//! window that was most of an idle frame. A still view now costs one copy of the meshes;
//! a pan or zoom tessellates once more, as before.

use std::sync::Arc;

use egui::emath::TSTransform;
use egui::epaint::{Mesh, TessellationOptions, Tessellator};
use egui::{Rect, Shape};

use crate::ui::paint::Textures;

/// What the tessellated picture depends on besides the glyph atlas.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StillKey {
    /// The layout's picture (see `Cached::picture`).
    pub picture: u64,
    /// The camera.
    pub screen_from_world: TSTransform,
    /// The canvas on screen (points).
    pub canvas: Rect,
    /// Physical pixels per point.
    pub pixels_per_point: f32,
    /// Anti-aliasing and the like.
    pub options: TessellationOptions,
    /// Which document's pictures were loaded.
    pub pictures: Option<u64>,
}

/// The last tessellated picture.
#[derive(Clone, Debug, Default)]
pub struct StillPicture {
    /// What it was made for, and the glyph atlas generation its text points into.
    made_for: Option<(StillKey, u64)>,
    /// Meshes in screen points (one per run of shapes with the same texture), and the
    /// rare text egui lays out itself, in painting order.
    shapes: Vec<Shape>,
}

impl StillPicture {
    /// Paints the picture `key` describes with `painter`, making it with `shapes` (which
    /// adds the shapes to draw, in order) only if it changed since the last call.
    pub fn paint(
        &mut self,
        painter: &egui::Painter,
        key: StillKey,
        textures: &Textures,
        shapes: impl FnOnce(&mut Vec<Shape>),
    ) {
        let glyphs = textures.glyphs.borrow().generation();
        if self.made_for.map(|(k, g)| (k, Some(g))) != Some((key, glyphs)) {
            let mut raw = Vec::new();
            shapes(&mut raw);
            // The last picture's meshes lend their memory to the new one (egui let go of
            // them after the last frame): a large map's meshes are megabytes.
            let spare = std::mem::take(&mut self.shapes)
                .into_iter()
                .filter_map(|shape| match shape {
                    Shape::Mesh(mesh) => Arc::try_unwrap(mesh).ok(),
                    _ => None,
                })
                .collect();
            self.shapes = tessellated(raw, &key, spare);
            // Glyphs that did not fit in the atlas are missing: made again next frame.
            self.made_for = textures.glyphs.borrow().generation().map(|g| (key, g));
        }
        painter.extend(self.shapes.iter().cloned());
    }
}

/// `shapes` as meshes, one per run of shapes with the same texture, in order; text is kept
/// as it is (its texture coordinates follow egui's font atlas, which grows).
///
/// The meshes are made in `spare` meshes' memory, in order, while there are any.
fn tessellated(shapes: Vec<Shape>, key: &StillKey, spare: Vec<Mesh>) -> Vec<Shape> {
    let mut tessellator = Tessellator::new(key.pixels_per_point, key.options, [1, 1], Vec::new());
    tessellator.set_clip_rect(key.canvas);
    let mut spare = spare.into_iter();
    let mut fresh = move |texture_id| {
        // Not `Mesh::clear`: it lets the vertices' memory go.
        let mut mesh = spare.next().unwrap_or_default();
        mesh.indices.clear();
        mesh.vertices.clear();
        mesh.texture_id = texture_id;
        mesh
    };
    let mut out = Vec::new();
    let mut mesh = fresh(Default::default());
    let mut flush = |mesh: &mut Mesh, out: &mut Vec<Shape>, texture_id| {
        if mesh.is_empty() {
            mesh.texture_id = texture_id;
        } else {
            out.push(Shape::mesh(std::mem::replace(mesh, fresh(texture_id))));
        }
    };
    let mut add = |shape: Shape, mesh: &mut Mesh, out: &mut Vec<Shape>| {
        if matches!(shape, Shape::Text(_) | Shape::Callback(_)) {
            flush(mesh, out, mesh.texture_id);
            out.push(shape);
            return;
        }
        if shape.texture_id() != mesh.texture_id {
            flush(mesh, out, shape.texture_id());
        }
        tessellator.tessellate_shape(shape, mesh);
    };
    for shape in shapes {
        match shape {
            Shape::Vec(shapes) => shapes.into_iter().for_each(|s| add(s, &mut mesh, &mut out)),
            shape => add(shape, &mut mesh, &mut out),
        }
    }
    if !mesh.is_empty() {
        out.push(Shape::mesh(mesh));
    }
    out
}

#[cfg(test)]
mod tests {
    use egui::epaint::{ClippedPrimitive, Primitive, TextureId};
    use egui::{Color32, Pos2, RawInput, Stroke, vec2};

    use super::*;

    fn shapes(out: &mut Vec<Shape>) {
        let rect = Rect::from_min_size(Pos2::new(10.0, 10.0), vec2(120.0, 60.0));
        out.push(Shape::rect_filled(rect, 6.0, Color32::LIGHT_BLUE));
        out.push(Shape::circle_stroke(
            rect.center(),
            20.0,
            Stroke::new(1.5, Color32::RED),
        ));
        // A picture in between: its own texture, so the picture is three meshes.
        out.push(Shape::image(
            TextureId::User(7),
            rect.shrink(10.0),
            Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0)),
            Color32::WHITE,
        ));
        out.extend(Shape::dashed_line(
            &[rect.left_bottom(), rect.right_top()],
            Stroke::new(1.0, Color32::DARK_GRAY),
            4.0,
            4.0,
        ));
    }

    fn key(picture: u64, zoom: f32) -> StillKey {
        StillKey {
            picture,
            screen_from_world: TSTransform::from_scaling(zoom),
            canvas: Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0)),
            pixels_per_point: 1.0,
            options: TessellationOptions::default(),
            pictures: None,
        }
    }

    /// What egui hands the GPU for one frame that paints with `paint`.
    fn drawn(ctx: &egui::Context, paint: impl FnMut(&egui::Ui)) -> Vec<ClippedPrimitive> {
        let mut paint = paint;
        let mut output = ctx.run_ui(RawInput::default(), |ui| paint(ui));
        // No GPU here: the font atlas updates are dropped on purpose.
        output.textures_delta.clear();
        ctx.tessellate(output.shapes, output.pixels_per_point)
    }

    fn meshes(primitives: &[ClippedPrimitive]) -> Vec<&Mesh> {
        primitives
            .iter()
            .filter_map(|p| match &p.primitive {
                Primitive::Mesh(mesh) => Some(mesh),
                Primitive::Callback(_) => None,
            })
            .collect()
    }

    #[test]
    fn the_kept_picture_draws_what_the_shapes_draw() {
        let ctx = egui::Context::default();
        let textures = Textures::default();
        let mut still = StillPicture::default();
        let direct = drawn(&ctx, |ui| {
            let mut out = Vec::new();
            shapes(&mut out);
            ui.painter().extend(out);
        });
        let direct = meshes(&direct);
        assert_eq!(direct.len(), 3, "the picture's texture splits the shapes");
        // Made anew, then made again in the first one's memory: the same both times.
        for picture in [1, 2] {
            let kept = drawn(&ctx, |ui| {
                still.paint(ui.painter(), key(picture, 1.0), &textures, shapes);
            });
            let kept = meshes(&kept);
            assert_eq!(kept.len(), direct.len());
            for (d, k) in direct.iter().zip(&kept) {
                assert_eq!(d.texture_id, k.texture_id);
                assert_eq!(d.indices, k.indices);
                assert_eq!(d.vertices, k.vertices);
            }
        }
    }

    #[test]
    fn the_picture_is_made_again_only_when_what_it_depends_on_changes() {
        let ctx = egui::Context::default();
        let textures = Textures::default();
        let mut still = StillPicture::default();
        let mut made = Vec::new();
        let keys = [
            key(1, 1.0),
            key(1, 1.0),
            key(1, 2.0),
            key(2, 2.0),
            key(2, 2.0),
            StillKey {
                pixels_per_point: 2.0,
                ..key(2, 2.0)
            },
        ];
        drawn(&ctx, |ui| {
            for (i, k) in keys.iter().enumerate() {
                still.paint(ui.painter(), *k, &textures, |out| {
                    made.push(i);
                    shapes(out);
                });
            }
        });
        assert_eq!(made, [0, 2, 3, 5]);
    }
}
