//! The transaction every action runs in: [`Tx`] applies primitive [`Op`]s and records
//! their inverses, so a failed action rolls back and a finished one undoes in one step.
//! It also holds the lookups and the helpers that keep the document consistent which
//! several kinds of action share (removing cards with their links, embedding pictures).

use std::collections::HashSet;

use super::EditError;
use super::ops::{self, Op};
use crate::model::{CardId, HeaderId, ImageAsset, ImageId, JourneyMap, LaneId, Project, StageId};

/// Applies ops to a project while recording their inverses.
pub(super) struct Tx<'a> {
    /// The document being changed.
    pub project: &'a mut Project,
    /// The index of the map the action is performed on (the one on screen).
    pub map_index: usize,
    /// The inverses of the ops applied so far, in order.
    pub undo: Vec<Op>,
}

impl Tx<'_> {
    /// Applies `op` and records its inverse.
    pub fn op(&mut self, op: Op) -> Result<(), EditError> {
        let inverse = ops::apply(self.project, op)?;
        self.undo.push(inverse);
        Ok(())
    }

    /// Undoes every op applied so far, leaving nothing to record.
    pub fn discard(&mut self) {
        for op in std::mem::take(&mut self.undo).into_iter().rev() {
            if let Err(e) = ops::apply(self.project, op) {
                log::error!("could not take back an edit: {e}");
            }
        }
    }

    /// The map the action is performed on.
    pub fn map(&self) -> Result<&JourneyMap, EditError> {
        self.project
            .maps
            .get(self.map_index)
            .ok_or_else(|| EditError::Missing("the map".to_owned()))
    }

    /// The index of card `id` in the map's card list.
    pub fn card_index(&self, id: &CardId) -> Result<usize, EditError> {
        self.map()?
            .card_index(id)
            .ok_or_else(|| EditError::Missing(format!("card {id}")))
    }

    /// The index of the stage or lane `id` on its axis.
    pub fn header_index(&self, id: &HeaderId) -> Result<usize, EditError> {
        self.map()?.header_index(id).ok_or_else(|| {
            EditError::Missing(match id {
                HeaderId::Stage(id) => format!("stage {id}"),
                HeaderId::Lane(id) => format!("lane {id}"),
            })
        })
    }

    /// Fails unless the cell `lane` × `stage` exists in the map.
    pub fn check_cell(&self, lane: &LaneId, stage: &StageId) -> Result<(), EditError> {
        let map = self.map()?;
        if map.lane_index(lane).is_none() || map.stage_index(stage).is_none() {
            return Err(EditError::Missing("the target cell".to_owned()));
        }
        Ok(())
    }

    /// Fails when lane `id` is of a kind that cannot show cards (a metrics lane): a card put
    /// there would be kept but never drawn.
    pub fn check_shows_cards(&self, id: &LaneId) -> Result<(), EditError> {
        let map = self.map()?;
        match map.lanes.iter().find(|l| &l.id == id) {
            Some(lane) if !lane.kind.shows_cards() => Err(EditError::NoCardsHere {
                lane: lane.name.clone(),
                kind: lane.kind.label(),
            }),
            _ => Ok(()),
        }
    }

    /// Removes the cards `ids` and every link that touches them.
    pub fn remove_cards(&mut self, ids: &[CardId]) -> Result<(), EditError> {
        let map = self.map_index;
        let doomed: HashSet<&CardId> = ids.iter().collect();
        let m = self.map()?;
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
            self.op(Op::RemoveLink { map, index })?;
        }
        for index in cards.into_iter().rev() {
            self.op(Op::RemoveCard { map, index })?;
        }
        Ok(())
    }

    /// Embeds `image` under a new id (or the id of an identical image already embedded).
    pub fn embed_image(&mut self, image: ImageAsset) -> Result<ImageId, EditError> {
        if let Some((id, _)) = self.project.images.iter().find(|(_, i)| **i == image) {
            return Ok(id.clone());
        }
        let taken = &self.project.images;
        let id = ImageId(super::ids::new_id("img-", |id| {
            taken.contains_key(&ImageId(id.to_owned()))
        }));
        self.op(Op::SetImage {
            id: id.clone(),
            image: Some(Box::new(image)),
        })?;
        Ok(id)
    }

    /// Removes the embedded image `id` if nothing refers to it any more.
    pub fn release_image(&mut self, id: &ImageId) -> Result<(), EditError> {
        let project = &self.project;
        let used = project
            .personas
            .iter()
            .any(|p| p.photo.as_ref() == Some(id))
            || project
                .maps
                .iter()
                .flat_map(|m| &m.cards)
                .any(|c| c.image.as_ref() == Some(id));
        if !used && project.images.contains_key(id) {
            self.op(Op::SetImage {
                id: id.clone(),
                image: None,
            })?;
        }
        Ok(())
    }
}
