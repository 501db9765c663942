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

/// The selection's box in world pixels: its cards, a stage's column, a lane's row or a
/// cell; `None` when nothing (that exists) is selected.
pub fn selection_bounds(
    selection: &Selection,
    map: &JourneyMap,
    layout: &MapLayout,
) -> Option<Rect> {
    let rect = match selection {
        Selection::Cards(ids) => ids
            .iter()
            .filter_map(|id| layout.card_box(map.card_index(id)?))
            .fold(Rect::NOTHING, |r, b| r.union(b.rect)),
        Selection::Stage(id) => {
            let h = layout.stages.get(map.stage_index(id)?)?;
            Rect::from_min_max(h.rect.min, pos2(h.rect.right(), layout.grid.bottom()))
        }
        Selection::Lane(id) => {
            let h = layout.lanes.get(map.lane_index(id)?)?;
            Rect::from_min_max(h.rect.min, pos2(layout.grid.right(), h.rect.bottom()))
        }
        Selection::Cell { lane, stage } => {
            let (l, s) = (map.lane_index(lane)?, map.stage_index(stage)?);
            layout
                .cells
                .iter()
                .find(|c| c.lane == l && c.stage == s)?
                .rect
        }
        Selection::None => return None,
    };
    rect.is_positive().then_some(rect)
}

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
        } else if state.found.contains(&card.id) {
            painter.rect_stroke(
                r,
                8.0,
                egui::Stroke::new(2.5, color(palette::FOUND)),
                egui::StrokeKind::Inside,
            );
        }
        if state.link_from.as_ref() == Some(&card.id) {
            painter.rect_stroke(
                r.expand(3.0),
                10.0,
                egui::Stroke::new(1.5, color(palette::SELECTION)),
                egui::StrokeKind::Outside,
            );
        }
    }
    let bounds = selection_bounds(&state.selection, map, layout);
    match (&state.selection, bounds) {
        (Selection::Stage(_) | Selection::Lane(_), Some(rect)) => {
            painter.rect_stroke(t * rect, 2.0, stroke, egui::StrokeKind::Inside);
        }
        (Selection::Cell { .. }, Some(rect)) => {
            painter.rect_stroke(
                t * rect.shrink(2.0),
                4.0,
                egui::Stroke::new(1.5, color(palette::SELECTION.with_alpha(140))),
                egui::StrokeKind::Inside,
            );
        }
        _ => {}
    }
}
