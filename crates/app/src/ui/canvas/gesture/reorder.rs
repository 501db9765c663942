//! Dragging a stage or lane header to reorder it: a marker at the boundary it will drop
//! on, and the move on release. The move names the stage or lane by id and the one it
//! lands before, so it moves the right header even if an undo reordered them meanwhile.

use egui::{Pos2, pos2};

use super::Preview;
use crate::edit::Action;
use crate::model::{LaneId, StageId};
use crate::ui::Edit;

/// Stage `stage` dragged to the pointer's column boundary.
pub(super) fn stage_ui(
    p: &Preview<'_>,
    stage: &StageId,
    pointer_in_world: Pos2,
    edits: &mut Vec<Edit>,
) {
    if p.map.stage_index(stage).is_none() {
        return;
    }
    let grid = p.layout.grid;
    let boundary = p.layout.stage_boundary(pointer_in_world.x);
    let next = p.layout.stages.get(boundary);
    let x = next.map_or(grid.right(), |h| h.rect.left());
    let before = next
        .and_then(|h| p.map.stages.get(h.stage))
        .map(|s| s.id.clone());
    marker_ui(
        p,
        [pos2(x, grid.top()), pos2(x, grid.bottom())],
        Action::MoveStage {
            stage: stage.clone(),
            before,
        },
        edits,
    );
}

/// Lane `lane` dragged to the pointer's row boundary.
pub(super) fn lane_ui(
    p: &Preview<'_>,
    lane: &LaneId,
    pointer_in_world: Pos2,
    edits: &mut Vec<Edit>,
) {
    if p.map.lane_index(lane).is_none() {
        return;
    }
    let grid = p.layout.grid;
    let boundary = p.layout.lane_boundary(pointer_in_world.y);
    let next = p.layout.lanes.get(boundary);
    let y = next.map_or(grid.bottom(), |h| h.rect.top());
    let before = next
        .and_then(|h| p.map.lanes.get(h.lane))
        .map(|l| l.id.clone());
    marker_ui(
        p,
        [pos2(grid.left(), y), pos2(grid.right(), y)],
        Action::MoveLane {
            lane: lane.clone(),
            before,
        },
        edits,
    );
}

/// The drop marker along `line` (world), and `action` on release.
fn marker_ui(p: &Preview<'_>, line: [Pos2; 2], action: Action, edits: &mut Vec<Edit>) {
    p.painter.line_segment(line.map(|q| p.t * q), p.marker);
    if p.released {
        edits.push(Edit::new(action));
    }
}
