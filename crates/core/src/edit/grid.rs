//! Actions on the grid of the map on screen: its stages (columns) and lanes (rows).

use std::collections::HashSet;

use super::ids::new_id;
use super::ops::Op;
use super::tx::Tx;
use super::{EditError, Outcome};
use crate::model::{CardId, HexColor, Lane, LaneId, LaneKind, Stage, StageId};
use crate::palette::{self, Rgba};

/// The colours stages and lanes on "Auto" show now: the palette picks them by position.
struct AutoColours {
    stages: Vec<(StageId, Rgba)>,
    lanes: Vec<(LaneId, Rgba)>,
}

/// Notes the colour of every stage and lane on "Auto", before a change of order.
fn auto_colours(tx: &Tx<'_>) -> Result<AutoColours, EditError> {
    let map = tx.map()?;
    Ok(AutoColours {
        stages: (map.stages.iter().enumerate())
            .filter(|(_, s)| s.color.is_none())
            .map(|(i, s)| (s.id.clone(), palette::stage_accent(i, None)))
            .collect(),
        lanes: (map.lanes.iter().enumerate())
            .filter(|(_, l)| l.color.is_none())
            .map(|(i, l)| (l.id.clone(), palette::lane_fill(i, None)))
            .collect(),
    })
}

/// After a change of order, gives every stage and lane on "Auto" whose colour would change
/// the colour it had, so a stage keeps its colour when it (or a neighbour) moves, and a
/// file's look changes only where the user changed it. Part of the same undo step.
fn keep_colours(tx: &mut Tx<'_>, before: AutoColours) -> Result<(), EditError> {
    let hex = |c: Rgba| {
        Some(HexColor {
            r: c.r,
            g: c.g,
            b: c.b,
        })
    };
    for (id, colour) in before.stages {
        let Ok(index) = tx.stage_index(&id) else {
            continue;
        };
        if palette::stage_accent(index, None) != colour {
            let stage = Stage {
                color: hex(colour),
                ..tx.map()?.stages[index].clone()
            };
            let map = tx.map_index;
            tx.op(Op::UpdateStage { map, index, stage })?;
        }
    }
    for (id, colour) in before.lanes {
        let Ok(index) = tx.lane_index(&id) else {
            continue;
        };
        if palette::lane_fill(index, None) != colour {
            let lane = Lane {
                color: hex(colour),
                ..tx.map()?.lanes[index].clone()
            };
            let map = tx.map_index;
            tx.op(Op::UpdateLane { map, index, lane })?;
        }
    }
    Ok(())
}

/// Inserts a new stage named `name` before stage `before` (or after the last one).
pub(super) fn add_stage(
    tx: &mut Tx<'_>,
    before: Option<&StageId>,
    name: String,
) -> Result<Outcome, EditError> {
    let index = match before {
        Some(before) => tx.stage_index(before)?,
        None => tx.map()?.stages.len(),
    };
    let stages = &tx.map()?.stages;
    let taken: HashSet<&str> = stages.iter().map(|s| s.id.as_str()).collect();
    let id = StageId(new_id("s-", |id| taken.contains(id)));
    let colours = auto_colours(tx)?;
    tx.op(Op::InsertStage {
        map: tx.map_index,
        index,
        stage: Stage {
            id: id.clone(),
            name,
            ..Stage::default()
        },
    })?;
    keep_colours(tx, colours)?;
    Ok(Outcome {
        stage: Some(id),
        ..Outcome::default()
    })
}

/// Inserts a new lane named `name` of `kind` above lane `before` (or below the last one).
pub(super) fn add_lane(
    tx: &mut Tx<'_>,
    before: Option<&LaneId>,
    name: String,
    kind: LaneKind,
) -> Result<Outcome, EditError> {
    let index = match before {
        Some(before) => tx.lane_index(before)?,
        None => tx.map()?.lanes.len(),
    };
    let lanes = &tx.map()?.lanes;
    let taken: HashSet<&str> = lanes.iter().map(|l| l.id.as_str()).collect();
    let id = LaneId(new_id("l-", |id| taken.contains(id)));
    let colours = auto_colours(tx)?;
    tx.op(Op::InsertLane {
        map: tx.map_index,
        index,
        lane: Lane {
            id: id.clone(),
            name,
            kind,
            ..Lane::default()
        },
    })?;
    keep_colours(tx, colours)?;
    Ok(Outcome {
        lane: Some(id),
        ..Outcome::default()
    })
}

/// Moves stage `id` before stage `before` (or after the last one).
pub(super) fn move_stage(
    tx: &mut Tx<'_>,
    id: &StageId,
    before: Option<&StageId>,
) -> Result<Outcome, EditError> {
    let from = tx.stage_index(id)?;
    let to = match before {
        Some(before) => landing(from, tx.stage_index(before)?),
        None => tx.map()?.stages.len() - 1,
    };
    if from != to {
        let colours = auto_colours(tx)?;
        tx.op(Op::MoveStage {
            map: tx.map_index,
            from,
            to,
        })?;
        keep_colours(tx, colours)?;
    }
    Ok(Outcome::default())
}

/// Moves lane `id` above lane `before` (or below the last one).
pub(super) fn move_lane(
    tx: &mut Tx<'_>,
    id: &LaneId,
    before: Option<&LaneId>,
) -> Result<Outcome, EditError> {
    let from = tx.lane_index(id)?;
    let to = match before {
        Some(before) => landing(from, tx.lane_index(before)?),
        None => tx.map()?.lanes.len() - 1,
    };
    if from != to {
        let colours = auto_colours(tx)?;
        tx.op(Op::MoveLane {
            map: tx.map_index,
            from,
            to,
        })?;
        keep_colours(tx, colours)?;
    }
    Ok(Outcome::default())
}

/// Replaces the stage with `stage.id` by `stage`.
pub(super) fn update_stage(tx: &mut Tx<'_>, stage: Stage) -> Result<Outcome, EditError> {
    let index = tx.stage_index(&stage.id)?;
    if tx.map()?.stages[index] != stage {
        tx.op(Op::UpdateStage {
            map: tx.map_index,
            index,
            stage,
        })?;
    }
    Ok(Outcome::default())
}

/// Replaces the lane with `lane.id` by `lane`. A lane that holds cards cannot become a
/// kind that does not show them (they would be kept but never drawn).
pub(super) fn update_lane(tx: &mut Tx<'_>, lane: Lane) -> Result<Outcome, EditError> {
    let index = tx.lane_index(&lane.id)?;
    if !lane.kind.shows_cards() {
        let cards = tx.map()?.cards.iter().filter(|c| c.lane == lane.id).count();
        if cards > 0 {
            return Err(EditError::LaneHoldsCards {
                lane: tx.map()?.lanes[index].name.clone(),
                kind: lane.kind.label(),
                cards,
            });
        }
    }
    if tx.map()?.lanes[index] != lane {
        tx.op(Op::UpdateLane {
            map: tx.map_index,
            index,
            lane,
        })?;
    }
    Ok(Outcome::default())
}

/// Deletes stage `id` with its cards (and their links).
pub(super) fn delete_stage(tx: &mut Tx<'_>, id: &StageId) -> Result<Outcome, EditError> {
    tx.stage_index(id)?;
    let cards: Vec<CardId> = tx
        .map()?
        .cards
        .iter()
        .filter(|c| &c.stage == id)
        .map(|c| c.id.clone())
        .collect();
    tx.remove_cards(&cards)?;
    let index = tx.stage_index(id)?;
    let colours = auto_colours(tx)?;
    tx.op(Op::RemoveStage {
        map: tx.map_index,
        index,
    })?;
    keep_colours(tx, colours)?;
    Ok(Outcome::default())
}

/// Deletes lane `id` with its cards (and their links).
pub(super) fn delete_lane(tx: &mut Tx<'_>, id: &LaneId) -> Result<Outcome, EditError> {
    tx.lane_index(id)?;
    let cards: Vec<CardId> = tx
        .map()?
        .cards
        .iter()
        .filter(|c| &c.lane == id)
        .map(|c| c.id.clone())
        .collect();
    tx.remove_cards(&cards)?;
    let index = tx.lane_index(id)?;
    let colours = auto_colours(tx)?;
    tx.op(Op::RemoveLane {
        map: tx.map_index,
        index,
    })?;
    keep_colours(tx, colours)?;
    Ok(Outcome::default())
}

/// Where an item at `from` lands, in the list without it, to sit right before the item
/// now at `before` (itself when `before == from`: it stays).
fn landing(from: usize, before: usize) -> usize {
    if before > from { before - 1 } else { before }
}
