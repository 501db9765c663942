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

    /// The picture's texture: `None` when it is not loaded yet, `Some(None)` when it
    /// cannot be shown (see [`crate::images::decode`]).
    fn get(&self, id: &ImageId) -> Option<Option<&egui::TextureHandle>> {
        self.loaded.get(id).map(|(_, t)| t.as_ref())
    }
}

/// The placeholder of a picture that cannot be shown: a crossed grey frame and a note.
fn cannot_show(painter: &egui::Painter, rect: egui::Rect, z: f32) {
    let grey = color(crate::palette::MESSAGE_ERROR).gamma_multiply(0.6);
    let stroke = egui::Stroke::new(1.0, grey);
    painter.rect_stroke(rect, 2.0 * z, stroke, egui::StrokeKind::Inside);
    painter.line_segment([rect.left_top(), rect.right_bottom()], stroke);
    painter.line_segment([rect.right_top(), rect.left_bottom()], stroke);
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        crate::ui::i18n::tr("canvas-picture-unreadable"),
        egui::FontId::proportional((11.0 * z).clamp(6.0, 24.0)),
        grey,
    );
}

/// Paints one primitive.
pub fn paint_prim(painter: &egui::Painter, t: TSTransform, prim: &Prim, textures: &Textures) {
    let z = t.scaling;
    let stroke = |s: Option<Stroke>| {
        s.map_or(egui::Stroke::NONE, |s| {
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
            painter.rect(
                t * *rect,
                radius * z,
                fill.map_or(Color32::TRANSPARENT, color),
                stroke(*outline),
                egui::StrokeKind::Middle,
            );
        }
        Prim::Circle {
            center,
            radius,
            fill,
            stroke: outline,
        } => {
            painter.circle(
                t * *center,
                radius * z,
                fill.map_or(Color32::TRANSPARENT, color),
                stroke(*outline),
            );
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
                painter.extend(Shape::dashed_line(&points, s, 4.0 * z, 4.0 * z));
            } else {
                painter.line_segment(points, s);
            }
        }
        Prim::Bezier { points, stroke: s } => {
            painter.add(egui::epaint::CubicBezierShape::from_points_stroke(
                points.map(|p| t * p),
                false,
                Color32::TRANSPARENT,
                stroke(Some(*s)),
            ));
        }
        Prim::Polygon { points, fill } => {
            let points = points.iter().map(|p| t * *p).collect();
            painter.add(Shape::convex_polygon(
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
                cannot_show(painter, t * *rect, z);
                return;
            };
            // Fit inside the frame, centred, like SVG's `xMidYMid meet`.
            let size = texture.size_vec2();
            let k = (rect.width() / size.x).min(rect.height() / size.y);
            let fitted = egui::Rect::from_center_size(rect.center(), size * k);
            painter.image(
                texture.id(),
                t * fitted,
                egui::Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
                Color32::WHITE,
            );
        }
        Prim::Text { line, color: c } => {
            let ctx = painter.ctx();
            let mesh = textures.glyphs.borrow_mut().line_mesh(
                ctx,
                line,
                color(*c),
                t,
                ctx.pixels_per_point(),
            );
            if !mesh.is_empty() {
                painter.add(Shape::mesh(mesh));
            }
        }
    }
}
