//! The camera: where the world is on screen (offset and zoom), fitting the page, and the
//! navigation gestures (scroll, Ctrl+wheel and pinch zoom around the pointer, middle- and
//! space-drag pan).

use egui::emath::TSTransform;
use egui::{Key, Pos2, Rect, Vec2, vec2};

/// The smallest and largest zoom factors: small enough that Fit shows a whole
/// 10,000-card map.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.002..=4.0;

/// The most one Ctrl+wheel notch (or one frame of a pinch) changes the zoom.
const ZOOM_STEP: f32 = 1.1;

/// Where the camera is: view state, never saved in the document.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CanvasView {
    /// Screen offset of the world origin from the canvas' top-left corner.
    pub offset: Vec2,
    /// Screen points per world pixel.
    pub zoom: f32,
    /// Fit the page into the canvas on the next frame.
    pub fit_pending: bool,
    /// The canvas rectangle of the last frame.
    pub canvas: Rect,
}

impl Default for CanvasView {
    fn default() -> Self {
        Self {
            offset: Vec2::ZERO,
            zoom: 1.0,
            fit_pending: true,
            canvas: Rect::NOTHING,
        }
    }
}

impl CanvasView {
    /// The transform from world pixels to screen points.
    pub fn screen_from_world(&self) -> TSTransform {
        TSTransform::new(self.canvas.min.to_vec2() + self.offset, self.zoom)
    }

    /// Zooms by `factor`, keeping the world point under `anchor_on_screen` still.
    pub fn zoom_around(&mut self, anchor_on_screen: Pos2, factor: f32) {
        let world = self.screen_from_world().inverse() * anchor_on_screen;
        self.zoom = (self.zoom * factor).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        self.offset = anchor_on_screen - self.canvas.min - world.to_vec2() * self.zoom;
    }

    /// Zooms by `factor` around the centre of the canvas.
    pub fn zoom_centered(&mut self, factor: f32) {
        self.zoom_around(self.canvas.center(), factor);
    }

    /// Keeps at least a strip of the page on screen, so it cannot be scrolled out of sight.
    pub fn keep_in_sight(&mut self, page: Vec2) {
        let keep = 120.0;
        let size = page * self.zoom;
        let (w, h) = (self.canvas.width(), self.canvas.height());
        let clamp = |v: f32, lo: f32, hi: f32| if lo <= hi { v.clamp(lo, hi) } else { v };
        self.offset.x = clamp(self.offset.x, keep - size.x, w - keep);
        self.offset.y = clamp(self.offset.y, keep - size.y, h - keep);
    }

    /// Scrolls just enough that `rect_in_world` is on screen (with a margin), keeping
    /// the zoom unless it does not fit.
    pub fn reveal(&mut self, rect_in_world: Rect) {
        let margin = 32.0;
        let on_screen = self.screen_from_world() * rect_in_world;
        let room = self.canvas.shrink(margin);
        if on_screen.width() > room.width() || on_screen.height() > room.height() {
            self.zoom_to(rect_in_world);
            return;
        }
        let mut shift = Vec2::ZERO;
        if on_screen.left() < room.left() {
            shift.x = room.left() - on_screen.left();
        } else if on_screen.right() > room.right() {
            shift.x = room.right() - on_screen.right();
        }
        if on_screen.top() < room.top() {
            shift.y = room.top() - on_screen.top();
        } else if on_screen.bottom() > room.bottom() {
            shift.y = room.bottom() - on_screen.bottom();
        }
        self.offset += shift;
    }

    /// Scrolls `rect_in_world` out from under what covers the canvas's left and top edges
    /// (`covered`, in screen points: the pinned lane names and stage headers).
    pub fn uncover(&mut self, rect_in_world: Rect, covered: Vec2) {
        let margin = 8.0;
        let on_screen = self.screen_from_world() * rect_in_world;
        let left = self.canvas.left() + covered.x + margin;
        if covered.x > 0.0 && on_screen.left() < left {
            self.offset.x += left - on_screen.left();
        }
        let top = self.canvas.top() + covered.y + margin;
        if covered.y > 0.0 && on_screen.top() < top {
            self.offset.y += top - on_screen.top();
        }
    }

    /// Centres `rect_in_world` as large as fits (at most 200%).
    pub fn zoom_to(&mut self, rect_in_world: Rect) {
        let margin = 48.0;
        let zoom_x = (self.canvas.width() - 2.0 * margin) / rect_in_world.width().max(1.0);
        let zoom_y = (self.canvas.height() - 2.0 * margin) / rect_in_world.height().max(1.0);
        self.zoom = zoom_x
            .min(zoom_y)
            .clamp(*ZOOM_RANGE.start(), 2.0_f32.min(*ZOOM_RANGE.end()));
        self.offset = self.canvas.size() / 2.0 - rect_in_world.center().to_vec2() * self.zoom;
    }

    /// Fits a page of `size` into the canvas, never above 100%.
    pub fn fit(&mut self, size: Vec2) {
        let margin = 24.0;
        let zoom_x = (self.canvas.width() - 2.0 * margin) / size.x.max(1.0);
        let zoom_y = (self.canvas.height() - 2.0 * margin) / size.y.max(1.0);
        self.zoom = zoom_x.min(zoom_y).clamp(*ZOOM_RANGE.start(), 1.0);
        let page = size * self.zoom;
        self.offset = vec2(((self.canvas.width() - page.x) / 2.0).max(margin), margin);
        self.fit_pending = false;
    }
}

/// Scrolling, Ctrl+wheel/pinch zoom around the pointer, middle-drag and space-drag pan.
pub(super) fn navigate(
    ui: &egui::Ui,
    view: &mut CanvasView,
    background: &egui::Response,
    page: Vec2,
) {
    let (zoom, scroll, hover, delta, space) = ui.input(|i| {
        (
            zoom_factor(i),
            i.smooth_scroll_delta(),
            i.pointer.hover_pos(),
            i.pointer.delta(),
            i.key_down(Key::Space),
        )
    });
    // The middle button pans wherever it was pressed on the canvas, cards included.
    let middle = ui.input(|i| {
        i.pointer.button_down(egui::PointerButton::Middle)
            && i.pointer
                .press_origin()
                .is_some_and(|p| view.canvas.contains(p))
    });
    if middle || (space && background.dragged()) {
        view.offset += delta;
    }
    // Only when the canvas is what the pointer is over: the wheel over a window on top
    // (the shortcut sheet, Settings) scrolls that window, never the map behind it.
    let on_top = |p: egui::Pos2| ui.ctx().layer_id_at(p).is_none_or(|l| l == ui.layer_id());
    if let Some(pointer) = hover.filter(|p| view.canvas.contains(*p) && on_top(*p)) {
        if zoom != 1.0 {
            view.zoom_around(pointer, zoom);
        } else if scroll != Vec2::ZERO {
            view.offset += scroll;
        }
    }
    if view.fit_pending {
        view.fit(page);
    }
    view.keep_in_sight(page);
}

/// The zoom change asked for this frame: each Ctrl+wheel notch at most [`ZOOM_STEP`]
/// (egui's own factor jumps 66% → 328% in four notches), a trackpad's Ctrl+scroll in
/// proportion, and a pinch as the fingers move.
fn zoom_factor(input: &egui::InputState) -> f32 {
    let mut factor = 1.0_f32;
    for event in &input.events {
        match event {
            egui::Event::Zoom(f) => factor *= f.clamp(1.0 / ZOOM_STEP, ZOOM_STEP),
            egui::Event::MouseWheel {
                unit,
                delta,
                modifiers,
                ..
            } if modifiers.command || modifiers.ctrl => {
                let notches = match unit {
                    egui::MouseWheelUnit::Point => delta.y / 50.0,
                    egui::MouseWheelUnit::Line | egui::MouseWheelUnit::Page => delta.y,
                };
                factor *= ZOOM_STEP.powf(notches.clamp(-1.0, 1.0));
            }
            _ => {}
        }
    }
    factor
}
