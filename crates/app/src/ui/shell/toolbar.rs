//! The slim toolbar above the canvas: undo and redo, add a card, a stage or a lane, draw
//! an arrow, zoom, find and export. Each button is a registry command, with its label as
//! tooltip and accessible name and its shortcut in the tooltip.

use crate::ui::command::{Commands, UICommand};
use crate::ui::frame::FrameCtx;

/// How a toolbar button shows its command.
#[derive(Clone, Copy)]
enum Icon {
    /// A character the bundled fonts have.
    Glyph(&'static str),
    /// A card with a plus.
    Card,
    /// A column with a plus.
    Stage,
    /// A row with a plus.
    Lane,
}

/// The toolbar's buttons, with gaps between groups.
const BUTTONS: [Option<(Icon, UICommand)>; 14] = [
    Some((Icon::Glyph("↺"), UICommand::Undo)),
    Some((Icon::Glyph("↻"), UICommand::Redo)),
    None,
    Some((Icon::Card, UICommand::AddCardAfter)),
    Some((Icon::Stage, UICommand::AddStage)),
    Some((Icon::Lane, UICommand::AddLane)),
    Some((Icon::Glyph("→"), UICommand::DrawArrow)),
    None,
    Some((Icon::Glyph("−"), UICommand::ZoomOut)),
    Some((Icon::Glyph("+"), UICommand::ZoomIn)),
    Some((Icon::Glyph("⛶"), UICommand::FitMap)),
    None,
    Some((Icon::Glyph("🔍"), UICommand::Find)),
    Some((Icon::Glyph("📤"), UICommand::Export)),
];

/// Paints a shape icon in `rect` with `stroke`: the outline of a card, a column or a row,
/// and a plus at its corner.
fn paint_icon(painter: &egui::Painter, rect: egui::Rect, icon: Icon, stroke: egui::Stroke) {
    let c = rect.center();
    let outline = match icon {
        Icon::Card => egui::Rect::from_center_size(c, egui::vec2(12.0, 9.0)),
        Icon::Stage => egui::Rect::from_center_size(c, egui::vec2(7.0, 13.0)),
        Icon::Lane => egui::Rect::from_center_size(c, egui::vec2(14.0, 6.0)),
        Icon::Glyph(_) => return,
    };
    let outline = outline.translate(egui::vec2(-2.0, 1.0));
    painter.rect_stroke(outline, 2.0, stroke, egui::StrokeKind::Middle);
    let plus = outline.right_top() + egui::vec2(2.0, -1.0);
    painter.line_segment(
        [plus - egui::vec2(3.5, 0.0), plus + egui::vec2(3.5, 0.0)],
        stroke,
    );
    painter.line_segment(
        [plus - egui::vec2(0.0, 3.5), plus + egui::vec2(0.0, 3.5)],
        stroke,
    );
}

/// The toolbar: a button per command, greyed out when it cannot run.
pub(super) fn toolbar_ui(ui: &mut egui::Ui, frame: &FrameCtx<'_>, out: &mut Commands) {
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        for button in BUTTONS {
            let Some((icon, command)) = button else {
                ui.add_space(6.0);
                ui.separator();
                ui.add_space(6.0);
                continue;
            };
            let info = command.info();
            let keys = crate::ui::panels::help::keys_text(ui.ctx(), command);
            let tooltip = if keys.is_empty() {
                info.label.to_owned()
            } else {
                format!("{} ({keys})", info.label)
            };
            let text = match icon {
                Icon::Glyph(text) => text,
                Icon::Card | Icon::Stage | Icon::Lane => "",
            };
            let response = ui.add_enabled(
                frame.enabled(command),
                egui::Button::new(text).min_size(egui::vec2(28.0, 24.0)),
            );
            let stroke = ui.style().interact(&response).fg_stroke;
            let stroke = if response.enabled() {
                egui::Stroke::new(1.3, stroke.color)
            } else {
                egui::Stroke::new(1.3, ui.visuals().weak_text_color())
            };
            paint_icon(ui.painter(), response.rect, icon, stroke);
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, response.enabled(), info.label)
            });
            if response
                .on_hover_text(&tooltip)
                .on_disabled_hover_text(&tooltip)
                .clicked()
            {
                out.run(command);
            }
            if command == UICommand::FitMap {
                ui.add_space(4.0);
                ui.weak(crate::ui::i18n::zoom_percent(frame.view.zoom));
            }
        }
    });
}
