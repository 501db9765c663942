//! Primitive, invertible changes to a project. Applying an [`Op`] returns the op that
//! undoes it; every user-level action is built from these.

use crate::model::{Card, Lane, Link, Project, Stage};

/// One primitive change. Maps, cards, stages, lanes and links are addressed by index.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Inserts `card` at `index` in the map's card list.
    InsertCard {
        /// Map index.
        map: usize,
        /// Position in the card list.
        index: usize,
        /// The card.
        card: Card,
    },
    /// Removes the card at `index`.
    RemoveCard {
        /// Map index.
        map: usize,
        /// Position in the card list.
        index: usize,
    },
    /// Replaces the card at `index`.
    UpdateCard {
        /// Map index.
        map: usize,
        /// Position in the card list.
        index: usize,
        /// The new value.
        card: Card,
    },
    /// Moves a card within the list: removed at `from`, inserted at `to`.
    MoveCard {
        /// Map index.
        map: usize,
        /// Old position.
        from: usize,
        /// New position (in the list without the card).
        to: usize,
    },
    /// Inserts a stage.
    InsertStage {
        /// Map index.
        map: usize,
        /// Position.
        index: usize,
        /// The stage.
        stage: Stage,
    },
    /// Removes a stage (its cards must be gone already).
    RemoveStage {
        /// Map index.
        map: usize,
        /// Position.
        index: usize,
    },
    /// Replaces a stage.
    UpdateStage {
        /// Map index.
        map: usize,
        /// Position.
        index: usize,
        /// The new value.
        stage: Stage,
    },
    /// Moves a stage from one position to another.
    MoveStage {
        /// Map index.
        map: usize,
        /// Old position.
        from: usize,
        /// New position.
        to: usize,
    },
    /// Inserts a lane.
    InsertLane {
        /// Map index.
        map: usize,
        /// Position.
        index: usize,
        /// The lane.
        lane: Lane,
    },
    /// Removes a lane (its cards must be gone already).
    RemoveLane {
        /// Map index.
        map: usize,
        /// Position.
        index: usize,
    },
    /// Replaces a lane.
    UpdateLane {
        /// Map index.
        map: usize,
        /// Position.
        index: usize,
        /// The new value.
        lane: Lane,
    },
    /// Moves a lane from one position to another.
    MoveLane {
        /// Map index.
        map: usize,
        /// Old position.
        from: usize,
        /// New position.
        to: usize,
    },
    /// Inserts a link.
    InsertLink {
        /// Map index.
        map: usize,
        /// Position.
        index: usize,
        /// The link.
        link: Link,
    },
    /// Removes a link.
    RemoveLink {
        /// Map index.
        map: usize,
        /// Position.
        index: usize,
    },
}

/// An op that does not fit the document (a bug in the caller; nothing is changed).
#[derive(Debug, thiserror::Error)]
#[error("edit out of range: {0}")]
pub struct OpError(String);

fn move_item<T>(list: &mut Vec<T>, from: usize, to: usize) -> bool {
    if from >= list.len() || to >= list.len() {
        return false;
    }
    let item = list.remove(from);
    list.insert(to, item);
    true
}

/// Applies `op` to `project` and returns its inverse.
pub fn apply(project: &mut Project, op: Op) -> Result<Op, OpError> {
    let fail = |op: &Op| OpError(format!("{op:?}").chars().take(200).collect());
    let map_index = map_of(&op);
    let Some(m) = project.maps.get_mut(map_index) else {
        return Err(fail(&op));
    };
    let map = map_index;
    let inverse = match op {
        Op::InsertCard { index, card, .. } if index <= m.cards.len() => {
            m.cards.insert(index, card);
            Op::RemoveCard { map, index }
        }
        Op::RemoveCard { index, .. } if index < m.cards.len() => Op::InsertCard {
            map,
            index,
            card: m.cards.remove(index),
        },
        Op::UpdateCard { index, card, .. } if index < m.cards.len() => Op::UpdateCard {
            map,
            index,
            card: std::mem::replace(&mut m.cards[index], card),
        },
        Op::MoveCard { from, to, .. } if move_item(&mut m.cards, from, to) => Op::MoveCard {
            map,
            from: to,
            to: from,
        },
        Op::InsertStage { index, stage, .. } if index <= m.stages.len() => {
            m.stages.insert(index, stage);
            Op::RemoveStage { map, index }
        }
        Op::RemoveStage { index, .. } if index < m.stages.len() => Op::InsertStage {
            map,
            index,
            stage: m.stages.remove(index),
        },
        Op::UpdateStage { index, stage, .. } if index < m.stages.len() => Op::UpdateStage {
            map,
            index,
            stage: std::mem::replace(&mut m.stages[index], stage),
        },
        Op::MoveStage { from, to, .. } if move_item(&mut m.stages, from, to) => Op::MoveStage {
            map,
            from: to,
            to: from,
        },
        Op::InsertLane { index, lane, .. } if index <= m.lanes.len() => {
            m.lanes.insert(index, lane);
            Op::RemoveLane { map, index }
        }
        Op::RemoveLane { index, .. } if index < m.lanes.len() => Op::InsertLane {
            map,
            index,
            lane: m.lanes.remove(index),
        },
        Op::UpdateLane { index, lane, .. } if index < m.lanes.len() => Op::UpdateLane {
            map,
            index,
            lane: std::mem::replace(&mut m.lanes[index], lane),
        },
        Op::MoveLane { from, to, .. } if move_item(&mut m.lanes, from, to) => Op::MoveLane {
            map,
            from: to,
            to: from,
        },
        Op::InsertLink { index, link, .. } if index <= m.links.len() => {
            m.links.insert(index, link);
            Op::RemoveLink { map, index }
        }
        Op::RemoveLink { index, .. } if index < m.links.len() => Op::InsertLink {
            map,
            index,
            link: m.links.remove(index),
        },
        op => return Err(fail(&op)),
    };
    Ok(inverse)
}

fn map_of(op: &Op) -> usize {
    match op {
        Op::InsertCard { map, .. }
        | Op::RemoveCard { map, .. }
        | Op::UpdateCard { map, .. }
        | Op::MoveCard { map, .. }
        | Op::InsertStage { map, .. }
        | Op::RemoveStage { map, .. }
        | Op::UpdateStage { map, .. }
        | Op::MoveStage { map, .. }
        | Op::InsertLane { map, .. }
        | Op::RemoveLane { map, .. }
        | Op::UpdateLane { map, .. }
        | Op::MoveLane { map, .. }
        | Op::InsertLink { map, .. }
        | Op::RemoveLink { map, .. } => *map,
    }
}
