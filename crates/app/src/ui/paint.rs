//! Paints scene primitives with egui, under a world-to-screen transform, and keeps the
//! project's pictures and the text's glyphs as GPU textures.

use std::collections::HashMap;

use egui::emath::TSTransform;
use egui::{Color32, Shape, pos2};

use super::convert::color;
use crate::layout::scene::{Prim, Stroke};
use crate::model::{ImageAsset, ImageId};

/// The project's pictures as textures, decoded once per picture.
#[derive(Default)]
pub struct Textures {
    /// The rasterised glyphs of the map's text.
    pub glyphs: std::cell::RefCell<super::glyphs::GlyphAtlas>,
    loaded: HashMap<ImageId, (ImageAsset, Option<egui::TextureHandle>)>,
    /// The document revision last synced; pictures only change with the document.
    revision: Option<u64>,
}

impl Textures {
    /// Loads pictures that are new or changed and forgets removed ones, once per document
    /// `revision`. A new document needs a fresh `Textures`.
    pub fn sync(
        &mut self,
        ctx: &egui::Context,
        images: &std::collections::BTreeMap<ImageId, ImageAsset>,
        revision: u64,
    ) {
        if self.revision == Some(revision) {
            return;
        }
        self.revision = Some(revision);
        self.loaded
            .retain(|id, (asset, _)| images.get(id) == Some(asset));
        for (id, asset) in images {
            if self.loaded.contains_key(id) {
                continue;
            }
            let texture = crate::images::decode_rgba(asset).map(|pixels| {
                let size = [pixels.width() as usize, pixels.height() as usize];
                let image = egui::ColorImage::from_rgba_unmultiplied(size, pixels.as_raw());
                ctx.load_texture(format!("waymark-{id}"), image, egui::TextureOptions::LINEAR)
            });
            self.loaded.insert(id.clone(), (asset.clone(), texture));
        }
    }

    /// The document revision whose pictures are loaded, if any.
    pub fn revision(&self) -> Option<u64> {
        self.revision
    }

    /// The picture's texture: `None` when it is not loaded yet, `Some(None)` when it
    /// cannot be shown (see [`crate::images::decode`]).
    fn get(&self, id: &ImageId) -> Option<Option<&egui::TextureHandle>> {
        self.loaded.get(id).map(|(_, t)| t.as_ref())
    }
}

/// The placeholder of a picture that cannot be shown: a crossed grey frame and a note.
fn cannot_show(ctx: &egui::Context, rect: egui::Rect, z: f32, out: &mut Vec<Shape>) {
    let grey = color(crate::palette::MESSAGE_ERROR).gamma_multiply(0.6);
    let stroke = egui::Stroke::new(1.0, grey);
    out.push(Shape::rect_stroke(
        rect,
        2.0 * z,
        stroke,
        egui::StrokeKind::Inside,
    ));
    out.push(Shape::line_segment(
        [rect.left_top(), rect.right_bottom()],
        stroke,
    ));
    out.push(Shape::line_segment(
        [rect.right_top(), rect.left_bottom()],
        stroke,
    ));
    let galley = ctx.fonts_mut(|f| {
        f.layout_no_wrap(
            crate::ui::i18n::tr("canvas-picture-unreadable").to_owned(),
            egui::FontId::proportional((11.0 * z).clamp(6.0, 24.0)),
            grey,
        )
    });
    let at = egui::Align2::CENTER_CENTER.anchor_size(rect.center(), galley.size());
    out.push(Shape::galley(at.min, galley, grey));
}

/// Paints one primitive.
pub fn paint_prim(painter: &egui::Painter, t: TSTransform, prim: &Prim, textures: &Textures) {
    let mut shapes = Vec::new();
    prim_shapes(painter.ctx(), t, prim, textures, &mut shapes);
    painter.extend(shapes);
}

/// The shapes (screen points) that draw one primitive through `t`, added to `out`.
pub fn prim_shapes(
    ctx: &egui::Context,
    t: TSTransform,
    prim: &Prim,
    textures: &Textures,
    out: &mut Vec<Shape>,
) {
    let z = t.scaling;
    // A stroke thinner than a quarter of a pixel cannot be seen (a large map fitted to
    // the window): leaving it out halves the vertices of each card.
    let stroke = |s: Option<Stroke>| {
        s.filter(|s| s.width * z >= 0.25)
            .map_or(egui::Stroke::NONE, |s| {
                egui::Stroke::new(s.width * z, color(s.color))
            })
    };
    match prim {
        Prim::Rect {
            rect,
            radius,
            fill,
            stroke: outline,
        } => {
            // Nor is a box covering less than a quarter of a pixel (a card's chips with
            // a 10,000-card map fitted: 9% of the picture's vertices).
            let on_screen = t * *rect;
            if on_screen.area() < 0.25 {
                return;
            }
            // Corners rounder than half a pixel look square and cost a path each.
            let radius = if radius * z < 0.5 { 0.0 } else { radius * z };
            out.push(Shape::Rect(egui::epaint::RectShape::new(
                on_screen,
                radius,
                fill.map_or(Color32::TRANSPARENT, color),
                stroke(*outline),
                egui::StrokeKind::Middle,
            )));
        }
        Prim::Circle {
            center,
            radius,
            fill,
            stroke: outline,
        } => {
            // Nor a dot covering less than a quarter of a pixel: egui would feather it
            // into a whole pixel of its colour (a fitted large map's emotion faces and
            // chip icons made dark smears).
            let reach = (radius + outline.map_or(0.0, |s| s.width / 2.0)) * z;
            if std::f32::consts::PI * reach * reach < 0.25 {
                return;
            }
            out.push(Shape::Circle(egui::epaint::CircleShape {
                center: t * *center,
                radius: radius * z,
                fill: fill.map_or(Color32::TRANSPARENT, color),
                stroke: stroke(*outline),
            }));
        }
        Prim::Line {
            from,
            to,
            stroke: s,
            dashed,
        } => {
            let points = [t * *from, t * *to];
            let s = stroke(Some(*s));
            if *dashed {
                out.extend(Shape::dashed_line(&points, s, 4.0 * z, 4.0 * z));
            } else {
                out.push(Shape::line_segment(points, s));
            }
        }
        Prim::Bezier { points, stroke: s } => {
            out.push(Shape::CubicBezier(
                egui::epaint::CubicBezierShape::from_points_stroke(
                    points.map(|p| t * p),
                    false,
                    Color32::TRANSPARENT,
                    stroke(Some(*s)),
                ),
            ));
        }
        Prim::Polygon { points, fill } => {
            let points: Vec<_> = points.iter().map(|p| t * *p).collect();
            if egui::Rect::from_points(&points).area() < 0.25 {
                return;
            }
            out.push(Shape::convex_polygon(
                points,
                color(*fill),
                egui::Stroke::NONE,
            ));
        }
        Prim::Image { rect, image } => {
            let Some(texture) = textures.get(image) else {
                return;
            };
            let Some(texture) = texture else {
                cannot_show(ctx, t * *rect, z, out);
                return;
            };
            // Fit inside the frame, centred, like SVG's `xMidYMid meet`.
            let size = texture.size_vec2();
            let k = (rect.width() / size.x).min(rect.height() / size.y);
            let fitted = egui::Rect::from_center_size(rect.center(), size * k);
            out.push(Shape::image(
                texture.id(),
                t * fitted,
                egui::Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
                Color32::WHITE,
            ));
        }
        Prim::Text { line, color: c } => {
            let mesh = textures.glyphs.borrow_mut().line_mesh(
                ctx,
                line,
                color(*c),
                t,
                ctx.pixels_per_point(),
            );
            if !mesh.is_empty() {
                out.push(Shape::mesh(mesh));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Prim, Textures, prim_shapes};
    use crate::palette::Rgba;
    use egui::emath::TSTransform;
    use egui::pos2;

    /// A face's dot and a chip icon's filled shape, at `zoom`: how many shapes egui gets.
    fn shapes_at(zoom: f32) -> usize {
        let ctx = egui::Context::default();
        let textures = Textures::default();
        let ink = Rgba::rgb(0x22, 0x24, 0x29);
        let prims = [
            Prim::Circle {
                center: pos2(10.0, 10.0),
                radius: 0.7,
                fill: Some(ink),
                stroke: None,
            },
            Prim::Polygon {
                points: vec![
                    pos2(0.0, 0.0),
                    pos2(8.0, 0.0),
                    pos2(9.0, 4.0),
                    pos2(-1.0, 4.0),
                ],
                fill: ink,
            },
        ];
        let mut out = Vec::new();
        for prim in &prims {
            prim_shapes(
                &ctx,
                TSTransform::from_scaling(zoom),
                prim,
                &textures,
                &mut out,
            );
        }
        out.len()
    }

    #[test]
    fn dots_and_shapes_too_small_to_see_are_left_out() {
        assert_eq!(shapes_at(1.0), 2, "drawn at 100%");
        // A 10,000-card map fitted: each would be feathered into a dark pixel.
        assert_eq!(shapes_at(0.03), 0, "left out at 3%");
    }
}
