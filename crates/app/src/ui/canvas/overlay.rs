//! What the canvas draws over the map: the selection (cards, a stage's column, a lane's
//! row, a cell) and the place of cards being dragged.

use crate::ui::i18n::tr;
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
            crate::layout::nav::cell_rect(layout, map.lane_index(lane)?, map.stage_index(stage)?)?
        }
        Selection::Link { from, to } => {
            let index = map
                .links
                .iter()
                .position(|l| &l.from == from && &l.to == to)?;
            let path = layout.links.iter().find(|l| l.link == index)?;
            Rect::from_points(&path.bezier)
        }
        Selection::None => return None,
    };
    rect.is_positive().then_some(rect)
}

/// Outlines the selection and the hovered card.
pub(super) fn selection_ui(
    painter: &egui::Painter,
    textures: &crate::ui::paint::Textures,
    t: TSTransform,
    state: &CanvasState,
    selection: &Selection,
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
        } else if selection.has_card(&card.id) {
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
    if let Selection::Link { from, to } = selection
        && let Some(index) = map
            .links
            .iter()
            .position(|l| &l.from == from && &l.to == to)
        && let Some(path) = layout.links.iter().find(|l| l.link == index)
    {
        // The selected arrow, traced over in the selection colour.
        painter.add(egui::epaint::CubicBezierShape::from_points_stroke(
            path.bezier.map(|p| t * p),
            false,
            egui::Color32::TRANSPARENT,
            egui::Stroke::new(3.5, color(palette::SELECTION)),
        ));
        // The label stays readable on top of the highlight.
        let mut label = Vec::new();
        crate::layout::scene::link_label_prims(&mut label, path);
        for prim in &label {
            crate::ui::paint::paint_prim(painter, t, prim, textures);
        }
        for line in &path.label {
            painter.rect_stroke(
                t * line.rect().expand2(egui::vec2(5.0, 2.0)),
                3.0,
                stroke,
                egui::StrokeKind::Outside,
            );
        }
    }
    let bounds = selection_bounds(selection, map, layout);
    match (selection, bounds) {
        (Selection::Stage(_) | Selection::Lane(_), Some(rect)) => {
            painter.rect_stroke(t * rect, 2.0, stroke, egui::StrokeKind::Inside);
        }
        (Selection::Cell { lane, stage }, Some(rect)) => {
            let screen = t * rect.shrink(2.0);
            painter.rect_stroke(
                screen,
                4.0,
                egui::Stroke::new(2.0, color(palette::SELECTION.with_alpha(170))),
                egui::StrokeKind::Inside,
            );
            // An empty cell says how to fill it (reached by the arrow keys or a click),
            // at the map's scale, while that is large enough to read.
            let empty = !map
                .cards
                .iter()
                .any(|c| &c.lane == lane && &c.stage == stage);
            let size = 11.0 * t.scaling;
            if empty && size >= 8.0 {
                let mut job = egui::text::LayoutJob::simple(
                    tr("canvas-cell-hint").to_owned(),
                    egui::FontId::proportional(size.min(13.0)),
                    color(palette::INK_MUTED),
                    screen.width() - 24.0,
                );
                job.halign = egui::Align::Center;
                let galley = painter.layout_job(job);
                let at = pos2(screen.center().x, screen.top() + 10.0 * t.scaling);
                painter.galley(at, galley, color(palette::INK_MUTED));
            }
        }
        _ => {}
    }
}

/// Over a map with no cards: how to start, where a newcomer looks (the middle of the grid).
pub(super) fn empty_hint_ui(
    painter: &egui::Painter,
    t: TSTransform,
    map: &JourneyMap,
    layout: &MapLayout,
) {
    if !map.cards.is_empty() || !layout.grid.is_positive() {
        return;
    }
    let lines = [
        tr("canvas-empty-1"),
        tr("canvas-empty-2"),
        tr("canvas-empty-3"),
        tr("canvas-empty-4"),
    ];
    let font = egui::FontId::proportional(14.0);
    let galleys: Vec<_> = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let ink = if i == 0 {
                palette::INK
            } else {
                palette::INK_MUTED
            };
            painter.layout_no_wrap((*line).to_owned(), font.clone(), color(ink))
        })
        .collect();
    let width = galleys.iter().map(|g| g.size().x).fold(0.0, f32::max);
    let height: f32 = galleys.iter().map(|g| g.size().y + 4.0).sum();
    // In the middle of the cells (below the stage headers), kept inside the canvas.
    let cells = layout
        .cells
        .iter()
        .fold(Rect::NOTHING, |r, c| r.union(c.rect));
    let area = t * if cells.is_positive() {
        cells
    } else {
        layout.grid
    };
    let size = egui::vec2(width + 40.0, height + 28.0);
    let clip = painter.clip_rect();
    let mut rect = Rect::from_center_size(area.center(), size);
    rect = rect.translate(egui::vec2(
        (clip.left() + 8.0 - rect.left()).max(0.0) - (rect.right() - clip.right() + 8.0).max(0.0),
        (clip.top() + 8.0 - rect.top()).max(0.0) - (rect.bottom() - clip.bottom() + 8.0).max(0.0),
    ));
    let center = rect.center();
    painter.rect(
        rect,
        10.0,
        color(palette::PAGE.with_alpha(235)),
        egui::Stroke::new(1.0, color(palette::CARD_EDGE)),
        egui::StrokeKind::Inside,
    );
    let mut y = rect.top() + 14.0;
    for galley in galleys {
        let x = center.x - galley.size().x / 2.0;
        let h = galley.size().y;
        painter.galley(pos2(x, y), galley, color(palette::INK));
        y += h + 4.0;
    }
}
