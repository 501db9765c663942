//! Actions on the project rather than inside one map's grid: maps, personas, links,
//! pictures and the title. Like every action they are built from invertible ops.

use std::collections::HashSet;

use super::actions::{Action, EditError, Outcome, Tx, fresh_id};
use super::ops::{MapInfo, Op};
use crate::model::{
    Card, ImageAsset, ImageId, JourneyMap, Link, MapId, MapState, Persona, PersonaId,
};

pub(super) fn perform(tx: &mut Tx<'_>, action: Action) -> Result<Outcome, EditError> {
    let map = tx.map;
    match action {
        Action::UpdateMapInfo(info) => {
            if MapInfo::of(tx.m()?) != info {
                if let Some(persona) = &info.persona
                    && tx.project.persona(persona).is_none()
                {
                    return Err(EditError::Missing(format!("persona {persona}")));
                }
                tx.op(Op::UpdateMapInfo { map, info })?;
            }
        }
        Action::AddMap { name } => {
            let source = tx.m()?;
            let mut copy = JourneyMap {
                id: fresh_map_id(tx),
                name,
                persona: source.persona.clone(),
                stages: source.stages.clone(),
                lanes: source.lanes.clone(),
                ..JourneyMap::default()
            };
            copy.scenario = source.scenario.clone();
            return insert_map(tx, copy);
        }
        Action::DuplicateMap { future } => {
            let mut copy = tx.m()?.clone();
            copy.id = fresh_map_id(tx);
            if future {
                copy.state = MapState::Future;
                copy.name = if copy.name.to_lowercase().contains("current") {
                    copy.name
                        .replace("Current", "Future")
                        .replace("current", "future")
                } else {
                    "Future state".to_owned()
                };
            } else {
                copy.name = format!("{} copy", copy.name);
            }
            return insert_map(tx, copy);
        }
        Action::DeleteMap(id) => {
            if tx.project.maps.len() <= 1 {
                return Err(EditError::Refused(
                    "a project keeps at least one map".to_owned(),
                ));
            }
            let index = tx
                .project
                .maps
                .iter()
                .position(|m| m.id == id)
                .ok_or_else(|| EditError::Missing(format!("map {id}")))?;
            tx.op(Op::RemoveMap { index })?;
        }
        Action::AddPersona => {
            let taken: HashSet<String> =
                tx.project.personas.iter().map(|p| p.id.0.clone()).collect();
            let id = PersonaId(fresh_id("p-", taken.len(), |id| taken.contains(id)));
            let persona = Persona {
                id: id.clone(),
                name: "New persona".to_owned(),
                ..Persona::default()
            };
            let index = tx.project.personas.len();
            tx.op(Op::InsertPersona { index, persona })?;
            let info = MapInfo {
                persona: Some(id),
                ..MapInfo::of(tx.m()?)
            };
            tx.op(Op::UpdateMapInfo { map, info })?;
        }
        Action::UpdatePersona(persona) => {
            let index = persona_index(tx, &persona.id)?;
            if tx.project.personas[index] != persona {
                tx.op(Op::UpdatePersona { index, persona })?;
            }
        }
        Action::DeletePersona(id) => {
            let index = persona_index(tx, &id)?;
            for m in 0..tx.project.maps.len() {
                if tx.project.maps[m].persona.as_ref() == Some(&id) {
                    let info = MapInfo {
                        persona: None,
                        ..MapInfo::of(&tx.project.maps[m])
                    };
                    tx.op(Op::UpdateMapInfo { map: m, info })?;
                }
            }
            let photo = tx.project.personas[index].photo.clone();
            tx.op(Op::RemovePersona { index })?;
            if let Some(photo) = photo {
                drop_image_if_unused(tx, &photo)?;
            }
        }
        Action::SetPersonaPhoto { persona, image } => {
            let index = persona_index(tx, &persona)?;
            let old = tx.project.personas[index].photo.clone();
            let photo = match image {
                Some(image) => Some(add_image(tx, image)?),
                None => None,
            };
            let updated = Persona {
                photo,
                ..tx.project.personas[index].clone()
            };
            tx.op(Op::UpdatePersona {
                index,
                persona: updated,
            })?;
            if let Some(old) = old {
                drop_image_if_unused(tx, &old)?;
            }
        }
        Action::SetCardImage { card, image } => {
            let index = tx.card_index(&card)?;
            let old = tx.m()?.cards[index].image.clone();
            let image = match image {
                Some(image) => Some(add_image(tx, image)?),
                None => None,
            };
            let updated = Card {
                image,
                ..tx.m()?.cards[index].clone()
            };
            tx.op(Op::UpdateCard {
                map,
                index,
                card: updated,
            })?;
            if let Some(old) = old {
                drop_image_if_unused(tx, &old)?;
            }
        }
        Action::AddLink { from, to } => {
            tx.card_index(&from)?;
            tx.card_index(&to)?;
            if from == to {
                return Err(EditError::Refused(
                    "a card cannot point to itself".to_owned(),
                ));
            }
            let links = &tx.m()?.links;
            if links.iter().any(|l| l.from == from && l.to == to) {
                return Err(EditError::Refused(
                    "those cards are already linked".to_owned(),
                ));
            }
            let index = links.len();
            tx.op(Op::InsertLink {
                map,
                index,
                link: Link {
                    from,
                    to,
                    ..Link::default()
                },
            })?;
            return Ok(Outcome {
                link: Some(index),
                ..Outcome::default()
            });
        }
        Action::UpdateLink { index, link } => {
            let current = tx
                .m()?
                .links
                .get(index)
                .ok_or_else(|| EditError::Missing("the link".to_owned()))?;
            if current != &link {
                tx.op(Op::UpdateLink { map, index, link })?;
            }
        }
        Action::DeleteLink(index) => {
            if index >= tx.m()?.links.len() {
                return Err(EditError::Missing("the link".to_owned()));
            }
            tx.op(Op::RemoveLink { map, index })?;
        }
        Action::SetTitle(title) => {
            if tx.project.title != title {
                tx.op(Op::SetTitle { title })?;
            }
        }
        Action::SetFont(font) => {
            let font = font.filter(|f| !f.trim().is_empty() && f != crate::fonts::FAMILY);
            if tx.project.font != font {
                tx.op(Op::SetFont { font })?;
            }
        }
        other => {
            return Err(EditError::Refused(format!(
                "internal error: {other:?} is not a project action"
            )));
        }
    }
    Ok(Outcome::default())
}

fn insert_map(tx: &mut Tx<'_>, map: JourneyMap) -> Result<Outcome, EditError> {
    let index = (tx.map + 1).min(tx.project.maps.len());
    tx.op(Op::InsertMap {
        index,
        map: Box::new(map),
    })?;
    Ok(Outcome {
        map: Some(index),
        ..Outcome::default()
    })
}

fn fresh_map_id(tx: &Tx<'_>) -> MapId {
    let taken: HashSet<String> = tx.project.maps.iter().map(|m| m.id.0.clone()).collect();
    MapId(fresh_id("m-", taken.len(), |id| taken.contains(id)))
}

fn persona_index(tx: &Tx<'_>, id: &PersonaId) -> Result<usize, EditError> {
    tx.project
        .personas
        .iter()
        .position(|p| &p.id == id)
        .ok_or_else(|| EditError::Missing(format!("persona {id}")))
}

/// Embeds `image` under a new id (or the id of an identical image already embedded).
fn add_image(tx: &mut Tx<'_>, image: ImageAsset) -> Result<ImageId, EditError> {
    if let Some((id, _)) = tx.project.images.iter().find(|(_, i)| **i == image) {
        return Ok(id.clone());
    }
    let taken = &tx.project.images;
    let id = ImageId(fresh_id("img-", taken.len(), |id| {
        taken.contains_key(&ImageId(id.to_owned()))
    }));
    tx.op(Op::SetImage {
        id: id.clone(),
        image: Some(Box::new(image)),
    })?;
    Ok(id)
}

/// Removes an embedded image nothing refers to any more.
fn drop_image_if_unused(tx: &mut Tx<'_>, id: &ImageId) -> Result<(), EditError> {
    let project = &tx.project;
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
        tx.op(Op::SetImage {
            id: id.clone(),
            image: None,
        })?;
    }
    Ok(())
}
