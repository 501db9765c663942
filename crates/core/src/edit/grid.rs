//! Actions on the grid of the map on screen: its stages (columns) and lanes (rows), as one
//! axis each. Adding, moving, changing and deleting work the same way on both; what
//! differs (a lane's kind must be able to show the cards it holds) is checked here.

use std::collections::HashSet;

use super::ids::new_id;
use super::ops::Op;
use super::tx::Tx;
use super::{EditError, Outcome};
use crate::model::{
    Axis, CardId, Header, HeaderId, HexColor, JourneyMap, Lane, LaneId, Stage, StageId,
};
use crate::palette::{self, Rgba};

/// The colours headers on "Auto" show now: the palette picks them by position.
struct AutoColours(Vec<(HeaderId, Rgba)>);

/// The colour the palette gives the header at `index` of `axis` when it has none.
fn auto_colour(axis: Axis, index: usize) -> Rgba {
    match axis {
        Axis::Stages => palette::stage_accent(index, None),
        Axis::Lanes => palette::lane_fill(index, None),
    }
}

/// Notes the colour of every stage and lane on "Auto", before a change of order.
fn auto_colours(map: &JourneyMap) -> AutoColours {
    let mut on_auto = Vec::new();
    for axis in [Axis::Stages, Axis::Lanes] {
        for index in 0..map.header_count(axis) {
            if let Some(header) = map.header_at(axis, index)
                && header.color().is_none()
            {
                on_auto.push((header.id(), auto_colour(axis, index)));
            }
        }
    }
    AutoColours(on_auto)
}

/// After a change of order, gives every stage and lane on "Auto" whose colour would change
/// the colour it had, so a stage keeps its colour when it (or a neighbour) moves, and a
/// file's look changes only where the user changed it. Part of the same undo step.
fn keep_colours(tx: &mut Tx<'_>, before: AutoColours) -> Result<(), EditError> {
    for (id, colour) in before.0 {
        let Some(index) = tx.map()?.header_index(&id) else {
            continue;
        };
        if auto_colour(id.axis(), index) == colour {
            continue;
        }
        let hex = Some(HexColor {
            r: colour.r,
            g: colour.g,
            b: colour.b,
        });
        let header = match tx.map()?.header(&id) {
            Some(Header::Stage(stage)) => Header::Stage(Stage {
                color: hex,
                ..stage
            }),
            Some(Header::Lane(lane)) => Header::Lane(Lane { color: hex, ..lane }),
            None => continue,
        };
        let map = tx.map_index;
        tx.op(Op::UpdateHeader { map, index, header })?;
    }
    Ok(())
}

/// Runs `change` (which reorders headers) and keeps the colours of those on "Auto".
fn keeping_colours(
    tx: &mut Tx<'_>,
    change: impl FnOnce(&mut Tx<'_>) -> Result<(), EditError>,
) -> Result<(), EditError> {
    let colours = auto_colours(tx.map()?);
    change(tx)?;
    keep_colours(tx, colours)
}

/// Where a new or moved header goes on `axis`: before `before`, or at the end. A `before`
/// on the other axis is refused.
fn place(tx: &Tx<'_>, axis: Axis, before: Option<&HeaderId>) -> Result<usize, EditError> {
    match before {
        Some(before) if before.axis() != axis => Err(EditError::Refused(format!(
            "a {} cannot go before a {}",
            noun(axis),
            noun(before.axis())
        ))),
        Some(before) => tx.header_index(before),
        None => Ok(tx.map()?.header_count(axis)),
    }
}

fn noun(axis: Axis) -> &'static str {
    match axis {
        Axis::Stages => "stage",
        Axis::Lanes => "lane",
    }
}

/// Inserts a new stage or lane (a lane of cards) named `name` on `axis`, before
/// `before` (or at the end).
pub(super) fn add(
    tx: &mut Tx<'_>,
    axis: Axis,
    before: Option<&HeaderId>,
    name: String,
) -> Result<Outcome, EditError> {
    let index = place(tx, axis, before)?;
    let map = tx.map()?;
    let (header, outcome) = match axis {
        Axis::Stages => {
            let taken: HashSet<&str> = map.stages.iter().map(|s| s.id.as_str()).collect();
            let id = StageId(new_id("s-", |id| taken.contains(id)));
            let stage = Stage {
                id: id.clone(),
                name,
                ..Stage::default()
            };
            let outcome = Outcome {
                stage: Some(id),
                ..Outcome::default()
            };
            (Header::Stage(stage), outcome)
        }
        Axis::Lanes => {
            let taken: HashSet<&str> = map.lanes.iter().map(|l| l.id.as_str()).collect();
            let id = LaneId(new_id("l-", |id| taken.contains(id)));
            let lane = Lane {
                id: id.clone(),
                name,
                ..Lane::default()
            };
            let outcome = Outcome {
                lane: Some(id),
                ..Outcome::default()
            };
            (Header::Lane(lane), outcome)
        }
    };
    keeping_colours(tx, |tx| {
        let map = tx.map_index;
        tx.op(Op::InsertHeader { map, index, header })
    })?;
    Ok(outcome)
}

/// Moves the stage or lane `id` before `before` of its axis (or to the end).
pub(super) fn move_to(
    tx: &mut Tx<'_>,
    id: &HeaderId,
    before: Option<&HeaderId>,
) -> Result<Outcome, EditError> {
    let axis = id.axis();
    let from = tx.header_index(id)?;
    let to = match before {
        Some(_) => landing(from, place(tx, axis, before)?),
        None => tx.map()?.header_count(axis) - 1,
    };
    if from != to {
        keeping_colours(tx, |tx| {
            let map = tx.map_index;
            tx.op(Op::MoveHeader {
                map,
                axis,
                from,
                to,
            })
        })?;
    }
    Ok(Outcome::default())
}

/// Replaces the stage or lane with `header`'s id by `header`. A lane cannot become a kind
/// that does not show the cards it holds (they would be kept but never drawn).
pub(super) fn update(tx: &mut Tx<'_>, header: Header) -> Result<Outcome, EditError> {
    let index = tx.header_index(&header.id())?;
    if let Header::Lane(lane) = &header
        && !lane.kind.shows_cards()
    {
        let cards = tx.map()?.cards.iter().filter(|c| c.lane == lane.id).count();
        if cards > 0 {
            return Err(EditError::LaneHoldsCards {
                lane: tx.map()?.lanes[index].name.clone(),
                kind: lane.kind.label(),
                cards,
            });
        }
    }
    if tx.map()?.header(&header.id()).as_ref() != Some(&header) {
        let map = tx.map_index;
        tx.op(Op::UpdateHeader { map, index, header })?;
    }
    Ok(Outcome::default())
}

/// Deletes the stage or lane `id` with its cards (and their links).
pub(super) fn delete(tx: &mut Tx<'_>, id: &HeaderId) -> Result<Outcome, EditError> {
    tx.header_index(id)?;
    let cards: Vec<CardId> = tx
        .map()?
        .cards
        .iter()
        .filter(|c| JourneyMap::holds(id, c))
        .map(|c| c.id.clone())
        .collect();
    tx.remove_cards(&cards)?;
    let index = tx.header_index(id)?;
    keeping_colours(tx, |tx| {
        let map = tx.map_index;
        let axis = id.axis();
        tx.op(Op::RemoveHeader { map, axis, index })
    })?;
    Ok(Outcome::default())
}

/// Where an item at `from` lands, in the list without it, to sit right before the item
/// now at `before` (itself when `before == from`: it stays).
fn landing(from: usize, before: usize) -> usize {
    if before > from { before - 1 } else { before }
}
