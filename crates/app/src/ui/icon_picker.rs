//! The icon picker: a search field over a grid of the bundled icon library (see
//! `waymark_core::icons`), each icon a button whose accessible label is its name. Typing
//! "hosp" leaves the hospital; a click picks it.

use egui::{Color32, Rect, Sense, vec2};

use crate::icons;
use crate::ui::i18n::tr;

/// Side of one icon button in the grid.
const CELL: f32 = 30.0;

/// Paints the library icon `name` inside `rect` in `color` with the strokes every export
/// draws (nothing for an unknown name).
pub fn paint_icon(painter: &egui::Painter, rect: Rect, name: &str, color: Color32) {
    let Some(segs) = icons::strokes(name) else {
        return;
    };
    let side = rect.width().min(rect.height());
    let frame = Rect::from_center_size(rect.center(), vec2(side, side));
    let k = side / icons::GRID;
    let at = |q: egui::Pos2| frame.min + q.to_vec2() * k;
    let stroke = egui::Stroke::new((icons::STROKE * k).max(1.0), color);
    for seg in segs {
        match *seg {
            icons::Seg::Line(a, b) => {
                painter.line_segment([at(a), at(b)], stroke);
            }
            icons::Seg::Cubic(q) => {
                painter.add(egui::epaint::CubicBezierShape::from_points_stroke(
                    q.map(at),
                    false,
                    Color32::TRANSPARENT,
                    stroke,
                ));
            }
        }
    }
}

/// A button showing the library icon `name` (or "…" when it has none), labelled `label`
/// for screen readers and as its tooltip.
pub fn icon_button(ui: &mut egui::Ui, name: &str, label: &str, selected: bool) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(vec2(CELL, CELL), Sense::click());
    let label = label.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact_selectable(&response, selected);
        ui.painter()
            .rect_filled(rect.shrink(1.0), 4.0, visuals.weak_bg_fill);
        if response.has_focus() {
            ui.painter().rect_stroke(
                rect.shrink(1.0),
                4.0,
                ui.visuals().selection.stroke,
                egui::StrokeKind::Inside,
            );
        }
        if icons::exists(name) {
            paint_icon(
                ui.painter(),
                rect.shrink(6.0),
                name,
                visuals.fg_stroke.color,
            );
        } else {
            ui.painter().text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                "…",
                egui::FontId::proportional(14.0),
                visuals.fg_stroke.color,
            );
        }
    }
    response.on_hover_text(label)
}

/// Draws the picker under the id `id_salt`: a search field and the grid of the icons whose
/// name matches it. When `opened` (its first frame) the search field takes the keyboard
/// and the picker scrolls into view. Returns the name clicked, if any.
pub fn picker(
    ui: &mut egui::Ui,
    id_salt: &str,
    current: &str,
    opened: bool,
) -> Option<&'static str> {
    let id = ui.make_persistent_id(("icon-picker", id_salt));
    let mut query: String = ui.data_mut(|d| d.get_temp(id).unwrap_or_default());
    let caption = ui.label(egui::RichText::new(tr("icon-search")).small().strong());
    let field = ui
        .add(
            egui::TextEdit::singleline(&mut query)
                .hint_text(tr("icon-search-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(caption.id);
    if opened {
        field.request_focus();
    }
    let hits = icons::search(&query);
    ui.data_mut(|d| d.insert_temp(id, query));
    if hits.is_empty() {
        ui.weak(tr("icon-none-found"));
        return None;
    }
    let mut picked = None;
    egui::ScrollArea::vertical()
        .id_salt(("icon-grid", id_salt))
        .max_height(CELL * 6.0)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing = vec2(2.0, 2.0);
                for name in hits {
                    if icon_button(ui, name, name, name == current).clicked() {
                        picked = Some(name);
                    }
                }
            });
        });
    if opened {
        ui.scroll_to_cursor(Some(egui::Align::BOTTOM));
    }
    picked
}
