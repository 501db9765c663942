//! What the canvas draws over the map: the selection (cards, a stage's column, a lane's
//! row, a cell) and the place of cards being dragged.

use egui::emath::TSTransform;
use egui::{Rect, pos2};

use super::CanvasState;
use super::gesture::Drag;
use crate::layout::MapLayout;
use crate::model::{CardId, JourneyMap};
use crate::palette;
use crate::ui::Selection;
use crate::ui::convert::color;

/// Outlines the selection and the hovered card.
pub(super) fn selection_ui(
    painter: &egui::Painter,
    t: TSTransform,
    state: &CanvasState,
    map: &JourneyMap,
    layout: &MapLayout,
) {
    let stroke = egui::Stroke::new(2.0, color(palette::SELECTION));
    let dragging: Vec<&CardId> = match &state.drag {
        Drag::Cards { ids, .. } => ids.iter().collect(),
        _ => Vec::new(),
    };
    for b in &layout.cards {
        let Some(card) = map.cards.get(b.card) else {
            continue;
        };
        let r = t * b.rect.expand(3.0);
        if dragging.contains(&&card.id) {
            painter.rect_filled(r, 6.0, color(palette::PAGE.with_alpha(190)));
            painter.rect_stroke(
                r,
                6.0,
                egui::Stroke::new(1.0, color(palette::INK_FAINT)),
                egui::StrokeKind::Inside,
            );
        } else if state.selection.has_card(&card.id) {
            painter.rect_stroke(r, 8.0, stroke, egui::StrokeKind::Inside);
        }
    }
    match &state.selection {
        Selection::Stage(id) => {
            if let Some(h) = map.stage_index(id).and_then(|i| layout.stages.get(i)) {
                let column =
                    Rect::from_min_max(h.rect.min, pos2(h.rect.right(), layout.grid.bottom()));
                painter.rect_stroke(t * column, 2.0, stroke, egui::StrokeKind::Inside);
            }
        }
        Selection::Lane(id) => {
            if let Some(h) = map.lane_index(id).and_then(|i| layout.lanes.get(i)) {
                let row =
                    Rect::from_min_max(h.rect.min, pos2(layout.grid.right(), h.rect.bottom()));
                painter.rect_stroke(t * row, 2.0, stroke, egui::StrokeKind::Inside);
            }
        }
        Selection::Cell { lane, stage } => {
            if let (Some(l), Some(s)) = (map.lane_index(lane), map.stage_index(stage))
                && let Some(c) = layout.cells.iter().find(|c| c.lane == l && c.stage == s)
            {
                painter.rect_stroke(
                    t * c.rect.shrink(2.0),
                    4.0,
                    egui::Stroke::new(1.5, color(palette::SELECTION.with_alpha(140))),
                    egui::StrokeKind::Inside,
                );
            }
        }
        Selection::None | Selection::Cards(_) => {}
    }
}
