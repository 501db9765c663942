//! Dragging cards: their ghosts follow the pointer, a marker shows where they will land,
//! and the release moves them there in one undo step.

use egui::Pos2;

use super::Preview;
use crate::edit::Action;
use crate::layout::scene;
use crate::model::CardId;
use crate::ui::Edit;
use crate::ui::paint::paint_prim;

/// The preview of `ids` grabbed at `grab_in_world`, and the move on release.
pub(super) fn move_ui(
    p: &Preview<'_>,
    ids: &[CardId],
    grab_in_world: Pos2,
    pointer_in_world: Pos2,
    edits: &mut Vec<Edit>,
) {
    let (map, layout, t) = (p.map, p.layout, p.t);
    let indices: Vec<usize> = ids.iter().filter_map(|id| map.card_index(id)).collect();
    let spot = layout.drop_spot(pointer_in_world, &indices);
    if let Some(spot) = spot {
        p.painter.line_segment(spot.marker.map(|q| t * q), p.marker);
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
        && let Some(spot) = spot
    {
        let cell = layout.cells[spot.cell];
        if let (Some(lane), Some(stage)) = (map.lanes.get(cell.lane), map.stages.get(cell.stage)) {
            edits.push(Edit::new(Action::MoveCards {
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
