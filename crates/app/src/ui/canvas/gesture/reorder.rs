//! Dragging a stage or lane header to reorder it: a marker at the boundary it will drop
//! on, and the move on release. The move names the stage or lane by id and the one it
//! lands before, so it moves the right header even if an undo reordered them meanwhile.

use egui::{Pos2, pos2};

use super::Preview;
use crate::edit::Action;
use crate::model::HeaderId;
use crate::ui::Edit;
use crate::ui::command::Commands;

/// Header `header` dragged to the pointer's boundary between columns (a stage) or rows (a
/// lane).
pub(super) fn header_ui(
    p: &Preview<'_>,
    header: &HeaderId,
    pointer_in_world: Pos2,
    out: &mut Commands,
) {
    if p.map.header_index(header).is_none() {
        return;
    }
    let grid = p.layout.grid;
    let (line, action) = match header {
        HeaderId::Stage(stage) => {
            let next = p
                .layout
                .stages
                .get(p.layout.stage_boundary(pointer_in_world.x));
            let x = next.map_or(grid.right(), |h| h.rect.left());
            let before = next
                .and_then(|h| p.map.stages.get(h.stage))
                .map(|s| s.id.clone());
            let action = Action::MoveHeader {
                header: HeaderId::Stage(stage.clone()),
                before: before.map(HeaderId::Stage),
            };
            ([pos2(x, grid.top()), pos2(x, grid.bottom())], action)
        }
        HeaderId::Lane(lane) => {
            let next = p
                .layout
                .lanes
                .get(p.layout.lane_boundary(pointer_in_world.y));
            let y = next.map_or(grid.bottom(), |h| h.rect.top());
            let before = next
                .and_then(|h| p.map.lanes.get(h.lane))
                .map(|l| l.id.clone());
            let action = Action::MoveHeader {
                header: HeaderId::Lane(lane.clone()),
                before: before.map(HeaderId::Lane),
            };
            ([pos2(grid.left(), y), pos2(grid.right(), y)], action)
        }
    };
    p.painter.line_segment(line.map(|q| p.t * q), p.marker);
    if p.released {
        out.edit(Edit::new(action));
    }
}
