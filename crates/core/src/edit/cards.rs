//! Actions on the cards of the map on screen: add, change, move, delete, duplicate,
//! paste, and a storyboard card's picture.

use std::collections::HashSet;

use super::ids::new_id;
use super::ops::Op;
use super::tx::Tx;
use super::{EditError, Outcome};
use crate::model::{Card, CardId, ImageAsset, JourneyMap, LaneId, StageId};

/// Adds a card titled `title` at the end of the cell `lane` × `stage`, with `image` as
/// its picture if given.
pub(super) fn add(
    tx: &mut Tx<'_>,
    lane: LaneId,
    stage: StageId,
    title: String,
    image: Option<ImageAsset>,
) -> Result<Outcome, EditError> {
    tx.check_cell(&lane, &stage)?;
    let id = fresh_card_ids(tx.map()?, 1).remove(0);
    let image = match image {
        Some(image) => Some(tx.embed_image(image)?),
        None => None,
    };
    let card = Card {
        id: id.clone(),
        lane,
        stage,
        title,
        image,
        ..Card::default()
    };
    insert_at_cell_end(tx, card)?;
    Ok(Outcome {
        cards: vec![id],
        ..Outcome::default()
    })
}

/// Adds a card titled `title` right after card `after`, in the same cell.
pub(super) fn insert_after(
    tx: &mut Tx<'_>,
    after: &CardId,
    title: String,
) -> Result<Outcome, EditError> {
    let index = tx.card_index(after)?;
    let lane = tx.map()?.cards[index].lane.clone();
    tx.check_shows_cards(&lane)?;
    let map = tx.map()?;
    let id = fresh_card_ids(map, 1).remove(0);
    let previous = &map.cards[index];
    let card = Card {
        id: id.clone(),
        lane: previous.lane.clone(),
        stage: previous.stage.clone(),
        title,
        ..Card::default()
    };
    tx.op(Op::InsertCard {
        map: tx.map_index,
        index: index + 1,
        card,
    })?;
    Ok(Outcome {
        cards: vec![id],
        ..Outcome::default()
    })
}

/// Moves each card `lanes` down and `stages` right, clamped to the grid and past lanes that
/// cannot show cards. Cards bound for one cell go there together, in document order, after
/// the cards already in it.
pub(super) fn shift(
    tx: &mut Tx<'_>,
    ids: &[CardId],
    lanes: i32,
    stages: i32,
) -> Result<Outcome, EditError> {
    let map = tx.map()?;
    let step = |index: usize, by: i32, count: usize| -> usize {
        let last = count.saturating_sub(1) as i64;
        (index as i64 + i64::from(by)).clamp(0, last) as usize
    };
    // Target cells in first-seen document order; each keeps its cards in document order.
    let mut order: Vec<usize> = ids
        .iter()
        .map(|id| tx.card_index(id))
        .collect::<Result<_, _>>()?;
    order.sort_unstable();
    order.dedup();
    let mut groups: Vec<((LaneId, StageId), Vec<CardId>)> = Vec::new();
    for index in order {
        let card = &map.cards[index];
        let (Some(lane), Some(stage)) = (map.lane_index(&card.lane), map.stage_index(&card.stage))
        else {
            return Err(EditError::Missing(format!("the cell of card {}", card.id)));
        };
        let lane = map.lanes[landing_lane(map, lane, step(lane, lanes, map.lanes.len()))]
            .id
            .clone();
        let stage = map.stages[step(stage, stages, map.stages.len())].id.clone();
        if lane == card.lane && stage == card.stage {
            continue;
        }
        let cell = (lane, stage);
        match groups.iter_mut().find(|(c, _)| *c == cell) {
            Some((_, cards)) => cards.push(card.id.clone()),
            None => groups.push((cell, vec![card.id.clone()])),
        }
    }
    for ((lane, stage), cards) in groups {
        move_to(tx, &cards, &lane, &stage, None)?;
    }
    Ok(Outcome::default())
}

/// Replaces the card with `card.id` by `card`.
pub(super) fn update(tx: &mut Tx<'_>, card: Card) -> Result<Outcome, EditError> {
    let index = tx.card_index(&card.id)?;
    if tx.map()?.cards[index] != card {
        tx.op(Op::UpdateCard {
            map: tx.map_index,
            index,
            card,
        })?;
    }
    Ok(Outcome::default())
}

/// Puts `card` back as another version has it: replaces the card with its id (moving it to
/// its cell) or adds it at the end of its cell; `image` is embedded for it.
pub(super) fn restore(
    tx: &mut Tx<'_>,
    mut card: Card,
    image: Option<ImageAsset>,
) -> Result<Outcome, EditError> {
    if tx.check_cell(&card.lane, &card.stage).is_err() {
        return Err(EditError::Refused(
            "its lane or stage is not in this map; add it first".to_owned(),
        ));
    }
    tx.check_shows_cards(&card.lane)?;
    card.image = match image {
        Some(image) => Some(tx.embed_image(image)?),
        None => card.image.filter(|id| tx.project.images.contains_key(id)),
    };
    let id = card.id.clone();
    match tx.map()?.card_index(&id) {
        Some(index)
            if tx.map()?.cards[index].lane == card.lane
                && tx.map()?.cards[index].stage == card.stage =>
        {
            update(tx, card)?;
        }
        Some(index) => {
            tx.op(Op::RemoveCard {
                map: tx.map_index,
                index,
            })?;
            insert_at_cell_end(tx, card)?;
        }
        None => insert_at_cell_end(tx, card)?,
    }
    Ok(Outcome {
        cards: vec![id],
        ..Outcome::default()
    })
}

/// Deletes cards and the links that touch them.
pub(super) fn delete(tx: &mut Tx<'_>, ids: &[CardId]) -> Result<Outcome, EditError> {
    tx.remove_cards(ids)?;
    Ok(Outcome::default())
}

/// Moves cards (in their document order) into the cell `lane` × `stage`, before card
/// `before` or at the end of the cell.
pub(super) fn move_to(
    tx: &mut Tx<'_>,
    ids: &[CardId],
    lane: &LaneId,
    stage: &StageId,
    before: Option<&CardId>,
) -> Result<Outcome, EditError> {
    let map = tx.map_index;
    tx.check_cell(lane, stage)?;
    tx.check_shows_cards(lane)?;
    let before = before.filter(|b| !ids.contains(b));
    let mut order = ids
        .iter()
        .map(|id| tx.card_index(id))
        .collect::<Result<Vec<_>, _>>()?;
    order.sort_unstable();
    order.dedup();
    let moving: Vec<CardId> = order
        .iter()
        .map(|&i| tx.map().map(|m| m.cards[i].id.clone()))
        .collect::<Result<_, _>>()?;
    let unchanged = tx.map()?.cards.clone();
    for id in moving {
        let from = tx.card_index(&id)?;
        let card = tx.map()?.cards[from].clone();
        if &card.lane != lane || &card.stage != stage {
            let moved = Card {
                lane: lane.clone(),
                stage: stage.clone(),
                ..card
            };
            tx.op(Op::UpdateCard {
                map,
                index: from,
                card: moved,
            })?;
        }
        let cards = &tx.map()?.cards;
        let to = match before {
            Some(b) => {
                let at = tx.card_index(b)?;
                if at > from { at - 1 } else { at }
            }
            None => cards
                .iter()
                .enumerate()
                .filter(|&(i, c)| i != from && &c.lane == lane && &c.stage == stage)
                .map(|(i, _)| if i > from { i } else { i + 1 })
                .next_back()
                .unwrap_or(cards.len() - 1),
        };
        if to != from {
            tx.op(Op::MoveCard { map, from, to })?;
        }
    }
    if tx.map()?.cards == unchanged {
        // Dropped where they were (the steps cancelled out): no undo step, not dirty.
        tx.discard();
    }
    Ok(Outcome::default())
}

/// Duplicates cards, each right after its original.
pub(super) fn duplicate(tx: &mut Tx<'_>, ids: &[CardId]) -> Result<Outcome, EditError> {
    let mut indices = ids
        .iter()
        .map(|id| tx.card_index(id))
        .collect::<Result<Vec<_>, _>>()?;
    indices.sort_unstable();
    indices.dedup();
    let fresh = fresh_card_ids(tx.map()?, indices.len());
    for (&index, id) in indices.iter().rev().zip(fresh.iter().rev()) {
        let card = Card {
            id: id.clone(),
            ..tx.map()?.cards[index].clone()
        };
        tx.op(Op::InsertCard {
            map: tx.map_index,
            index: index + 1,
            card,
        })?;
    }
    Ok(Outcome {
        cards: fresh,
        ..Outcome::default()
    })
}

/// Pastes copies of `cards` (new ids) into `cell`, or into their own cells when those
/// exist in this map, or else into the first cell.
pub(super) fn paste(
    tx: &mut Tx<'_>,
    cards: Vec<Card>,
    cell: Option<(LaneId, StageId)>,
) -> Result<Outcome, EditError> {
    if let Some((lane, stage)) = &cell {
        tx.check_cell(lane, stage)?;
    }
    let map = tx.map()?;
    let (Some(first_lane), Some(first_stage)) = (map.lanes.first(), map.stages.first()) else {
        return Err(EditError::Missing("a cell to paste into".to_owned()));
    };
    let fallback = (first_lane.id.clone(), first_stage.id.clone());
    let fresh = fresh_card_ids(map, cards.len());
    let mut targets = Vec::new();
    for (card, id) in cards.into_iter().zip(&fresh) {
        let own = map.lane_index(&card.lane).is_some() && map.stage_index(&card.stage).is_some();
        let (lane, stage) = match &cell {
            Some(cell) => cell.clone(),
            None if own => (card.lane.clone(), card.stage.clone()),
            None => fallback.clone(),
        };
        targets.push(Card {
            id: id.clone(),
            lane,
            stage,
            ..card
        });
    }
    for card in targets {
        insert_at_cell_end(tx, card)?;
    }
    Ok(Outcome {
        cards: fresh,
        ..Outcome::default()
    })
}

/// Puts `image` on card `id` (or with `None` removes its picture); a picture nothing
/// else uses is dropped from the project.
pub(super) fn set_image(
    tx: &mut Tx<'_>,
    id: &CardId,
    image: Option<ImageAsset>,
) -> Result<Outcome, EditError> {
    let index = tx.card_index(id)?;
    let old = tx.map()?.cards[index].image.clone();
    let image = match image {
        Some(image) => Some(tx.embed_image(image)?),
        None => None,
    };
    let updated = Card {
        image,
        ..tx.map()?.cards[index].clone()
    };
    tx.op(Op::UpdateCard {
        map: tx.map_index,
        index,
        card: updated,
    })?;
    if let Some(old) = old {
        tx.release_image(&old)?;
    }
    Ok(Outcome::default())
}

/// The lane a card shifted from lane `from` towards lane `to` lands in: `to`, or the next
/// lane beyond it that shows cards, or else the nearest one back towards `from`.
fn landing_lane(map: &JourneyMap, from: usize, to: usize) -> usize {
    if to == from {
        return from;
    }
    let shows = |i: usize| map.lanes.get(i).is_some_and(|l| l.kind.shows_cards());
    let beyond: Vec<usize> = if to > from {
        (to..map.lanes.len()).collect()
    } else {
        (0..=to).rev().collect()
    };
    let back: Vec<usize> = if to > from {
        (from..to).rev().collect()
    } else {
        (to + 1..=from).collect()
    };
    beyond
        .into_iter()
        .chain(back)
        .find(|&i| shows(i))
        .unwrap_or(from)
}

/// Inserts `card` after the last card of its cell (or at the end of the list), unless its
/// lane cannot show cards.
fn insert_at_cell_end(tx: &mut Tx<'_>, card: Card) -> Result<(), EditError> {
    tx.check_shows_cards(&card.lane)?;
    let cards = &tx.map()?.cards;
    let index = cards
        .iter()
        .rposition(|c| c.lane == card.lane && c.stage == card.stage)
        .map_or(cards.len(), |i| i + 1);
    tx.op(Op::InsertCard {
        map: tx.map_index,
        index,
        card,
    })
}

/// `count` card ids not used in `map`.
fn fresh_card_ids(map: &JourneyMap, count: usize) -> Vec<CardId> {
    let mut taken: HashSet<String> = map.cards.iter().map(|c| c.id.0.clone()).collect();
    (0..count)
        .map(|_| {
            let id = new_id("c-", |id| taken.contains(id));
            taken.insert(id.clone());
            CardId(id)
        })
        .collect()
}
