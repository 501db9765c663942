//! The map canvas: paints the shared scene under a pan/zoom transform, culling what is
//! off screen, and turns pointer and keyboard input into view changes.

use egui::emath::TSTransform;
use egui::{Color32, Pos2, Rect, Sense, Shape, Vec2, pos2, vec2};

use super::convert::color;
use crate::layout::scene::{Prim, Scene};
use crate::palette;

/// The smallest and largest zoom factors.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.1..=4.0;

/// Where the camera is: view state, never saved in the document.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CanvasView {
    /// Screen offset of the world origin from the canvas' top-left corner.
    pub offset: Vec2,
    /// Screen points per world pixel.
    pub zoom: f32,
    /// Fit the page into the canvas on the next frame.
    pub fit_pending: bool,
}

impl Default for CanvasView {
    fn default() -> Self {
        Self {
            offset: Vec2::ZERO,
            zoom: 1.0,
            fit_pending: true,
        }
    }
}

impl CanvasView {
    /// The transform from world pixels to screen points for a canvas at `canvas`.
    pub fn screen_from_world(&self, canvas: Rect) -> TSTransform {
        TSTransform::new(canvas.min.to_vec2() + self.offset, self.zoom)
    }

    /// Zooms by `factor`, keeping the world point under `anchor_on_screen` still.
    pub fn zoom_around(&mut self, canvas: Rect, anchor_on_screen: Pos2, factor: f32) {
        let world = self.screen_from_world(canvas).inverse() * anchor_on_screen;
        self.zoom = (self.zoom * factor).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        self.offset = anchor_on_screen - canvas.min - world.to_vec2() * self.zoom;
    }

    /// Fits a page of `size` into `canvas`, never above 100%.
    pub fn fit(&mut self, canvas: Rect, size: Vec2) {
        let margin = 24.0;
        let zoom_x = (canvas.width() - 2.0 * margin) / size.x.max(1.0);
        let zoom_y = (canvas.height() - 2.0 * margin) / size.y.max(1.0);
        self.zoom = zoom_x.min(zoom_y).clamp(*ZOOM_RANGE.start(), 1.0);
        let page = size * self.zoom;
        self.offset = vec2(((canvas.width() - page.x) / 2.0).max(margin), margin);
        self.fit_pending = false;
    }
}

/// Draws the canvas filling the available space and handles pan and zoom.
pub fn canvas_ui(ui: &mut egui::Ui, view: &mut CanvasView, scene: &Scene) -> egui::Response {
    let (canvas, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
    if view.fit_pending {
        view.fit(canvas, scene.size);
    }
    handle_input(ui, view, canvas, &response, scene.size);
    let painter = ui.painter_at(canvas);
    painter.rect_filled(canvas, 0.0, color(palette::DESK));
    let screen_from_world = view.screen_from_world(canvas);
    let page = screen_from_world * Rect::from_min_size(Pos2::ZERO, scene.size);
    painter.rect_filled(
        page.translate(vec2(0.0, 2.0)),
        4.0,
        Color32::from_black_alpha(20),
    );
    painter.rect_filled(page, 0.0, color(palette::PAGE));
    let visible_world = screen_from_world.inverse() * canvas;
    for prim in &scene.prims {
        if prim.bounds().intersects(visible_world) {
            paint_prim(&painter, screen_from_world, prim);
        }
    }
    response
}

fn handle_input(
    ui: &egui::Ui,
    view: &mut CanvasView,
    canvas: Rect,
    response: &egui::Response,
    page: Vec2,
) {
    if response.dragged_by(egui::PointerButton::Primary)
        || response.dragged_by(egui::PointerButton::Middle)
    {
        view.offset += response.drag_delta();
    }
    let (zoom, scroll, hover, fit) = ui.input(|i| {
        (
            i.zoom_delta(),
            i.smooth_scroll_delta(),
            i.pointer.hover_pos(),
            i.modifiers.command && (i.key_pressed(egui::Key::Num0)),
        )
    });
    if fit {
        view.fit(canvas, page);
    }
    if let Some(pointer) = hover.filter(|p| canvas.contains(*p)) {
        if zoom != 1.0 {
            view.zoom_around(canvas, pointer, zoom);
        } else if scroll != Vec2::ZERO {
            view.offset += scroll;
        }
    }
}

fn paint_prim(painter: &egui::Painter, t: TSTransform, prim: &Prim) {
    let z = t.scaling;
    let stroke = |s: Option<crate::layout::scene::Stroke>| {
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
            let points = points.map(|p| t * p);
            painter.add(egui::epaint::CubicBezierShape::from_points_stroke(
                points,
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
        Prim::Text { line, color: c } => {
            let size = (line.style.size * z * 2.0).round() / 2.0;
            if size < 3.0 {
                return;
            }
            let top_left = t * pos2(line.baseline_left.x, line.baseline_left.y - line.ascent);
            painter.text(
                top_left,
                egui::Align2::LEFT_TOP,
                &line.text,
                egui::FontId::new(size, super::font_family(line.style.weight)),
                color(*c),
            );
        }
    }
}
