//! Dragging a stage or lane header to reorder it: a marker at the boundary it will drop
//! on, and the move on release.

use egui::{Pos2, pos2};

use super::Preview;
use crate::edit::Action;
use crate::layout::index_for_boundary;
use crate::ui::Edit;

/// Stage `from` dragged to the pointer's column boundary.
pub(super) fn stage_ui(
    p: &Preview<'_>,
    from: usize,
    pointer_in_world: Pos2,
    edits: &mut Vec<Edit>,
) {
    let grid = p.layout.grid;
    let boundary = p.layout.stage_boundary(pointer_in_world.x);
    let x = p
        .layout
        .stages
        .get(boundary)
        .map_or(grid.right(), |h| h.rect.left());
    let to = index_for_boundary(from, boundary);
    marker_ui(
        p,
        [pos2(x, grid.top()), pos2(x, grid.bottom())],
        Action::MoveStage { from, to },
        edits,
    );
}

/// Lane `from` dragged to the pointer's row boundary.
pub(super) fn lane_ui(p: &Preview<'_>, from: usize, pointer_in_world: Pos2, edits: &mut Vec<Edit>) {
    let grid = p.layout.grid;
    let boundary = p.layout.lane_boundary(pointer_in_world.y);
    let y = p
        .layout
        .lanes
        .get(boundary)
        .map_or(grid.bottom(), |h| h.rect.top());
    let to = index_for_boundary(from, boundary);
    marker_ui(
        p,
        [pos2(grid.left(), y), pos2(grid.right(), y)],
        Action::MoveLane { from, to },
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
