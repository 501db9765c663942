//! User-level actions (move cards, add a stage, …), each built from primitive [`Op`]s
//! inside one transaction so that it undoes in one step.

use std::collections::HashSet;

use super::ops::{self, MapInfo, Op, OpError};
use crate::model::{
    Card, CardId, ImageAsset, JourneyMap, Lane, LaneId, LaneKind, Link, MapId, Persona, PersonaId,
    Project, Stage, StageId,
};

/// Something a person does to a map. The UI emits these; the [`super::Editor`] applies them
/// after the frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Moves cards into a cell, before `before` (or at the end of the cell).
    MoveCards {
        /// The cards, in any order (they keep their document order).
        cards: Vec<CardId>,
        /// Target lane.
        lane: LaneId,
        /// Target stage.
        stage: StageId,
        /// The card to insert before; `None` = end of the cell.
        before: Option<CardId>,
    },
    /// Adds a card at the end of a cell.
    AddCard {
        /// Lane.
        lane: LaneId,
        /// Stage.
        stage: StageId,
        /// Title of the new card.
        title: String,
    },
    /// Replaces a card (matched by id) with a new value.
    UpdateCard(Card),
    /// Deletes cards and the links that touch them.
    DeleteCards(Vec<CardId>),
    /// Duplicates cards, each right after its original.
    DuplicateCards(Vec<CardId>),
    /// Pastes copies of cards (new ids) into a cell, or into their own cells when they
    /// exist in this map.
    PasteCards {
        /// The cards as copied.
        cards: Vec<Card>,
        /// Target cell, if one is selected.
        cell: Option<(LaneId, StageId)>,
    },
    /// Moves a stage to another position.
    MoveStage {
        /// Old index.
        from: usize,
        /// New index.
        to: usize,
    },
    /// Moves a lane to another position.
    MoveLane {
        /// Old index.
        from: usize,
        /// New index.
        to: usize,
    },
    /// Inserts a new stage.
    AddStage {
        /// Position.
        index: usize,
        /// Name.
        name: String,
    },
    /// Inserts a new lane.
    AddLane {
        /// Position.
        index: usize,
        /// Name.
        name: String,
        /// Kind.
        kind: LaneKind,
    },
    /// Replaces a stage (matched by id).
    UpdateStage(Stage),
    /// Replaces a lane (matched by id).
    UpdateLane(Lane),
    /// Deletes a stage with its cards.
    DeleteStage(StageId),
    /// Deletes a lane with its cards.
    DeleteLane(LaneId),
    /// Changes the map's name, state, persona, scenario or expectations.
    UpdateMapInfo(MapInfo),
    /// Adds a map after the current one with the same stages and lanes and no cards.
    AddMap {
        /// Its name.
        name: String,
    },
    /// Copies the current map (cards, links and all) right after it; with `future`, as
    /// the future state of the journey.
    DuplicateMap {
        /// Mark the copy as the future state.
        future: bool,
    },
    /// Deletes a map (never the last one).
    DeleteMap(MapId),
    /// Adds a persona and makes it the current map's.
    AddPersona,
    /// Changes a persona (found by id).
    UpdatePersona(Persona),
    /// Deletes a persona; maps that named it name none.
    DeletePersona(PersonaId),
    /// Sets (or with `None` clears) a persona's photo.
    SetPersonaPhoto {
        /// The persona.
        persona: PersonaId,
        /// The picture, already checked and downscaled.
        image: Option<ImageAsset>,
    },
    /// Puts a picture on a card (for storyboard lanes), or with `None` removes it.
    SetCardImage {
        /// The card.
        card: CardId,
        /// The picture, already checked and downscaled.
        image: Option<ImageAsset>,
    },
    /// Draws an arrow between two cards of the current map.
    AddLink {
        /// Where it starts.
        from: CardId,
        /// Where it points.
        to: CardId,
    },
    /// Changes the link at `index` (its label).
    UpdateLink {
        /// Position in the map's links.
        index: usize,
        /// The new value.
        link: Link,
    },
    /// Deletes the link at `index`.
    DeleteLink(usize),
    /// Renames the project.
    SetTitle(String),
    /// Sets the font family the maps are set in (`None`: the bundled Inter).
    SetFont(Option<String>),
}

/// What an action created, for the UI to select.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    /// New cards.
    pub cards: Vec<CardId>,
    /// A new map's index.
    pub map: Option<usize>,
    /// A new link's index.
    pub link: Option<usize>,
}

/// Why an action could not be applied. The document is left unchanged.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    /// A referenced thing does not exist (e.g. it was deleted meanwhile).
    #[error("{0} no longer exists")]
    Missing(String),
    /// The change is not allowed (e.g. deleting the last map).
    #[error("{0}")]
    Refused(String),
    /// An internal inconsistency.
    #[error(transparent)]
    Op(#[from] OpError),
}

/// Applies ops while recording their inverses.
pub(super) struct Tx<'a> {
    pub project: &'a mut Project,
    pub map: usize,
    pub undo: Vec<Op>,
}

impl Tx<'_> {
    pub(super) fn op(&mut self, op: Op) -> Result<(), EditError> {
        let inverse = ops::apply(self.project, op)?;
        self.undo.push(inverse);
        Ok(())
    }

    pub(super) fn m(&self) -> Result<&JourneyMap, EditError> {
        self.project
            .maps
            .get(self.map)
            .ok_or_else(|| EditError::Missing("the map".to_owned()))
    }

    pub(super) fn card_index(&self, id: &CardId) -> Result<usize, EditError> {
        self.m()?
            .card_index(id)
            .ok_or_else(|| EditError::Missing(format!("card {id}")))
    }
}

pub(super) fn perform(tx: &mut Tx<'_>, action: Action) -> Result<Outcome, EditError> {
    let map = tx.map;
    match action {
        Action::MoveCards {
            cards,
            lane,
            stage,
            before,
        } => {
            move_cards(tx, &cards, &lane, &stage, before.as_ref())?;
        }
        Action::AddCard { lane, stage, title } => {
            check_cell(tx.m()?, &lane, &stage)?;
            let id = fresh_card_ids(tx.m()?, 1).remove(0);
            let card = Card {
                id: id.clone(),
                lane,
                stage,
                title,
                ..Card::default()
            };
            insert_at_cell_end(tx, card)?;
            return Ok(Outcome {
                cards: vec![id],
                ..Outcome::default()
            });
        }
        Action::UpdateCard(card) => {
            let index = tx.card_index(&card.id)?;
            if tx.m()?.cards[index] != card {
                tx.op(Op::UpdateCard { map, index, card })?;
            }
        }
        Action::DeleteCards(ids) => delete_cards(tx, &ids)?,
        Action::DuplicateCards(ids) => {
            let mut indices = ids
                .iter()
                .map(|id| tx.card_index(id))
                .collect::<Result<Vec<_>, _>>()?;
            indices.sort_unstable();
            indices.dedup();
            let fresh = fresh_card_ids(tx.m()?, indices.len());
            for (&index, id) in indices.iter().rev().zip(fresh.iter().rev()) {
                let card = Card {
                    id: id.clone(),
                    ..tx.m()?.cards[index].clone()
                };
                tx.op(Op::InsertCard {
                    map,
                    index: index + 1,
                    card,
                })?;
            }
            return Ok(Outcome {
                cards: fresh,
                ..Outcome::default()
            });
        }
        Action::PasteCards { cards, cell } => {
            let m = tx.m()?;
            let (Some(first_lane), Some(first_stage)) = (m.lanes.first(), m.stages.first()) else {
                return Err(EditError::Missing("a cell to paste into".to_owned()));
            };
            let fallback = (first_lane.id.clone(), first_stage.id.clone());
            if let Some((lane, stage)) = &cell {
                check_cell(m, lane, stage)?;
            }
            let fresh = fresh_card_ids(m, cards.len());
            let mut targets = Vec::new();
            for (card, id) in cards.into_iter().zip(&fresh) {
                let own =
                    m.lane_index(&card.lane).is_some() && m.stage_index(&card.stage).is_some();
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
            return Ok(Outcome {
                cards: fresh,
                ..Outcome::default()
            });
        }
        Action::MoveStage { from, to } => {
            if from != to {
                tx.op(Op::MoveStage { map, from, to })?;
            }
        }
        Action::MoveLane { from, to } => {
            if from != to {
                tx.op(Op::MoveLane { map, from, to })?;
            }
        }
        Action::AddStage { index, name } => {
            let taken: HashSet<&str> = tx.m()?.stages.iter().map(|s| s.id.as_str()).collect();
            let id = fresh_id("s-", tx.m()?.stages.len(), |id| taken.contains(id));
            let index = index.min(tx.m()?.stages.len());
            tx.op(Op::InsertStage {
                map,
                index,
                stage: Stage {
                    id: StageId(id),
                    name,
                    ..Stage::default()
                },
            })?;
        }
        Action::AddLane { index, name, kind } => {
            let taken: HashSet<&str> = tx.m()?.lanes.iter().map(|s| s.id.as_str()).collect();
            let id = fresh_id("l-", tx.m()?.lanes.len(), |id| taken.contains(id));
            let index = index.min(tx.m()?.lanes.len());
            tx.op(Op::InsertLane {
                map,
                index,
                lane: Lane {
                    id: LaneId(id),
                    name,
                    kind,
                    ..Lane::default()
                },
            })?;
        }
        Action::UpdateStage(stage) => {
            let m = tx.m()?;
            let index = m
                .stage_index(&stage.id)
                .ok_or_else(|| EditError::Missing(format!("stage {}", stage.id)))?;
            if m.stages[index] != stage {
                tx.op(Op::UpdateStage { map, index, stage })?;
            }
        }
        Action::UpdateLane(lane) => {
            let m = tx.m()?;
            let index = m
                .lane_index(&lane.id)
                .ok_or_else(|| EditError::Missing(format!("lane {}", lane.id)))?;
            if m.lanes[index] != lane {
                tx.op(Op::UpdateLane { map, index, lane })?;
            }
        }
        Action::DeleteStage(id) => {
            let m = tx.m()?;
            let index = m
                .stage_index(&id)
                .ok_or_else(|| EditError::Missing(format!("stage {id}")))?;
            let cards: Vec<CardId> = m
                .cards
                .iter()
                .filter(|c| c.stage == id)
                .map(|c| c.id.clone())
                .collect();
            delete_cards(tx, &cards)?;
            tx.op(Op::RemoveStage { map, index })?;
        }
        Action::DeleteLane(id) => {
            let m = tx.m()?;
            let index = m
                .lane_index(&id)
                .ok_or_else(|| EditError::Missing(format!("lane {id}")))?;
            let cards: Vec<CardId> = m
                .cards
                .iter()
                .filter(|c| c.lane == id)
                .map(|c| c.id.clone())
                .collect();
            delete_cards(tx, &cards)?;
            tx.op(Op::RemoveLane { map, index })?;
        }
        other => return super::project_actions::perform(tx, other),
    }
    Ok(Outcome::default())
}

fn move_cards(
    tx: &mut Tx<'_>,
    ids: &[CardId],
    lane: &LaneId,
    stage: &StageId,
    before: Option<&CardId>,
) -> Result<(), EditError> {
    let map = tx.map;
    check_cell(tx.m()?, lane, stage)?;
    let before = before.filter(|b| !ids.contains(b));
    let mut order = ids
        .iter()
        .map(|id| tx.card_index(id))
        .collect::<Result<Vec<_>, _>>()?;
    order.sort_unstable();
    order.dedup();
    let moving: Vec<CardId> = order
        .iter()
        .map(|&i| tx.m().map(|m| m.cards[i].id.clone()))
        .collect::<Result<_, _>>()?;
    for id in moving {
        let from = tx.card_index(&id)?;
        let card = tx.m()?.cards[from].clone();
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
        let cards = &tx.m()?.cards;
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
    Ok(())
}

fn check_cell(map: &JourneyMap, lane: &LaneId, stage: &StageId) -> Result<(), EditError> {
    if map.lane_index(lane).is_none() || map.stage_index(stage).is_none() {
        return Err(EditError::Missing("the target cell".to_owned()));
    }
    Ok(())
}

fn delete_cards(tx: &mut Tx<'_>, ids: &[CardId]) -> Result<(), EditError> {
    let map = tx.map;
    let doomed: HashSet<&CardId> = ids.iter().collect();
    let m = tx.m()?;
    let links: Vec<usize> = m
        .links
        .iter()
        .enumerate()
        .filter(|(_, l)| doomed.contains(&l.from) || doomed.contains(&l.to))
        .map(|(i, _)| i)
        .collect();
    let cards: Vec<usize> = m
        .cards
        .iter()
        .enumerate()
        .filter(|(_, c)| doomed.contains(&c.id))
        .map(|(i, _)| i)
        .collect();
    for index in links.into_iter().rev() {
        tx.op(Op::RemoveLink { map, index })?;
    }
    for index in cards.into_iter().rev() {
        tx.op(Op::RemoveCard { map, index })?;
    }
    Ok(())
}

/// Inserts `card` after the last card of its cell (or at the end of the list).
fn insert_at_cell_end(tx: &mut Tx<'_>, card: Card) -> Result<(), EditError> {
    let cards = &tx.m()?.cards;
    let index = cards
        .iter()
        .rposition(|c| c.lane == card.lane && c.stage == card.stage)
        .map_or(cards.len(), |i| i + 1);
    tx.op(Op::InsertCard {
        map: tx.map,
        index,
        card,
    })
}

/// `count` card ids not used in `map`.
fn fresh_card_ids(map: &JourneyMap, count: usize) -> Vec<CardId> {
    let mut taken: HashSet<String> = map.cards.iter().map(|c| c.id.0.clone()).collect();
    (0..count)
        .map(|_| {
            let id = fresh_id("c-", map.cards.len(), |id| taken.contains(id));
            taken.insert(id.clone());
            CardId(id)
        })
        .collect()
}

pub(super) fn fresh_id(prefix: &str, start: usize, taken: impl Fn(&str) -> bool) -> String {
    (start + 1..)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| format!("{prefix}x"))
}
