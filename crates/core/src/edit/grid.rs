//! Actions on the grid of the map on screen: its stages (columns) and lanes (rows).

use std::collections::HashSet;

use super::ops::Op;
use super::tx::{Tx, fresh_id};
use super::{EditError, Outcome};
use crate::model::{CardId, Lane, LaneId, LaneKind, Stage, StageId};

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
    let id = StageId(fresh_id("s-", stages.len(), |id| taken.contains(id)));
    tx.op(Op::InsertStage {
        map: tx.map_index,
        index,
        stage: Stage {
            id: id.clone(),
            name,
            ..Stage::default()
        },
    })?;
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
    let id = LaneId(fresh_id("l-", lanes.len(), |id| taken.contains(id)));
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
        tx.op(Op::MoveStage {
            map: tx.map_index,
            from,
            to,
        })?;
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
        tx.op(Op::MoveLane {
            map: tx.map_index,
            from,
            to,
        })?;
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

/// Replaces the lane with `lane.id` by `lane`.
pub(super) fn update_lane(tx: &mut Tx<'_>, lane: Lane) -> Result<Outcome, EditError> {
    let index = tx.lane_index(&lane.id)?;
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
    tx.op(Op::RemoveStage {
        map: tx.map_index,
        index,
    })?;
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
    tx.op(Op::RemoveLane {
        map: tx.map_index,
        index,
    })?;
    Ok(Outcome::default())
}

/// Where an item at `from` lands, in the list without it, to sit right before the item
/// now at `before` (itself when `before == from`: it stays).
fn landing(from: usize, before: usize) -> usize {
    if before > from { before - 1 } else { before }
}
