//! Dragging cards: their ghosts follow the pointer, a marker shows where they will land,
//! and the release moves them there in one undo step. Cards from one cell drop at the
//! insertion point under the pointer; cards from several cells all move by the same
//! number of lanes and stages as the card that was grabbed (clamped to the grid), each
//! target cell outlined while dragging.

use egui::Pos2;

use super::Preview;
use crate::edit::Action;
use crate::layout::scene;
use crate::model::CardId;
use crate::ui::Edit;
use crate::ui::command::Commands;
use crate::ui::paint::paint_prim;

/// The preview of `ids` grabbed at `grab_in_world`, and the move on release.
pub(super) fn move_ui(
    p: &Preview<'_>,
    ids: &[CardId],
    grab_in_world: Pos2,
    pointer_in_world: Pos2,
    out: &mut Commands,
) {
    let (map, layout, t) = (p.map, p.layout, p.t);
    let indices: Vec<usize> = ids.iter().filter_map(|id| map.card_index(id)).collect();
    let spot = layout.drop_spot(pointer_in_world, &indices);
    let boxes: Vec<_> = layout
        .cards
        .iter()
        .filter(|b| indices.contains(&b.card))
        .collect();
    let mut cells: Vec<usize> = boxes.iter().map(|b| b.cell).collect();
    cells.sort_unstable();
    cells.dedup();
    // Several cells: one lane/stage offset for all, from the grabbed card's cell.
    let shift = match (cells.len() > 1, spot) {
        (true, Some(spot)) => {
            let grabbed = boxes
                .iter()
                .find(|b| b.rect.contains(grab_in_world))
                .or(boxes.first());
            grabbed.map(|g| {
                let (from, to) = (&layout.cells[g.cell], &layout.cells[spot.cell]);
                (
                    to.lane as i32 - from.lane as i32,
                    to.stage as i32 - from.stage as i32,
                )
            })
        }
        _ => None,
    };
    match (shift, spot) {
        (Some((lanes, stages)), _) => {
            let (n_lanes, n_stages) = (map.lanes.len() as i32, map.stages.len() as i32);
            for &cell in &cells {
                let from = &layout.cells[cell];
                let lane = (from.lane as i32 + lanes).clamp(0, n_lanes - 1);
                let stage = (from.stage as i32 + stages).clamp(0, n_stages - 1);
                if let Some(target) = layout
                    .cells
                    .iter()
                    .find(|c| c.lane as i32 == lane && c.stage as i32 == stage)
                {
                    p.painter.rect_stroke(
                        t * target.rect.shrink(3.0),
                        4.0,
                        p.marker,
                        egui::StrokeKind::Inside,
                    );
                }
            }
        }
        (None, Some(spot)) => {
            p.painter.line_segment(spot.marker.map(|q| t * q), p.marker);
        }
        (None, None) => {}
    }
    let offset = pointer_in_world - grab_in_world;
    let mut ghost = Vec::new();
    for b in layout.cards.iter().filter(|b| indices.contains(&b.card)) {
        scene::card_prims(&mut ghost, layout, b, offset);
    }
    for prim in &ghost {
        paint_prim(p.painter, t, prim, p.textures);
    }
    if p.released
        && let Some((lanes, stages)) = shift
    {
        out.edit(Edit::new(Action::ShiftCards {
            cards: ids.to_vec(),
            lanes,
            stages,
        }));
    } else if p.released
        && let Some(spot) = spot
    {
        let cell = layout.cells[spot.cell];
        if let (Some(lane), Some(stage)) = (map.lanes.get(cell.lane), map.stages.get(cell.stage)) {
            out.edit(Edit::new(Action::MoveCards {
                cards: ids.to_vec(),
                lane: lane.id.clone(),
                stage: stage.id.clone(),
                before: spot
                    .before
                    .and_then(|i| map.cards.get(i))
                    .map(|c| c.id.clone()),
            }));
        }
    }
}
