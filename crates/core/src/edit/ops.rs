//! Primitive, invertible changes to a project. Applying an [`Op`] returns the op that
//! undoes it; every user-level action is built from these.

use crate::model::{
    Axis, Card, Header, ImageAsset, ImageId, JourneyMap, Link, MapState, Persona, PersonaId,
    Project,
};

/// The fields of a map besides its grid, replaced together by [`Op::UpdateMapInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapInfo {
    /// Tab name.
    pub name: String,
    /// Current or future state.
    pub state: MapState,
    /// Whose journey it is: the lead persona first.
    pub personas: Vec<PersonaId>,
    /// What the persona is trying to do.
    pub scenario: String,
    /// What the persona expects.
    pub expectations: String,
}

impl MapInfo {
    /// The info of `map`.
    pub fn of(map: &JourneyMap) -> Self {
        Self {
            name: map.name.clone(),
            state: map.state,
            personas: map.personas.clone(),
            scenario: map.scenario.clone(),
            expectations: map.expectations.clone(),
        }
    }

    fn swap_into(self, map: &mut JourneyMap) -> Self {
        let old = Self::of(map);
        map.name = self.name;
        map.state = self.state;
        map.personas = self.personas;
        map.scenario = self.scenario;
        map.expectations = self.expectations;
        old
    }
}

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
    /// Inserts a stage or a lane at `index` of its axis.
    InsertHeader {
        /// Map index.
        map: usize,
        /// Position.
        index: usize,
        /// The stage or lane.
        header: Header,
    },
    /// Removes a stage or a lane (its cards must be gone already).
    RemoveHeader {
        /// Map index.
        map: usize,
        /// Stages or lanes.
        axis: Axis,
        /// Position.
        index: usize,
    },
    /// Replaces the stage or lane at `index` of the new value's axis.
    UpdateHeader {
        /// Map index.
        map: usize,
        /// Position.
        index: usize,
        /// The new value.
        header: Header,
    },
    /// Moves a stage or a lane from one position of its axis to another.
    MoveHeader {
        /// Map index.
        map: usize,
        /// Stages or lanes.
        axis: Axis,
        /// Old position.
        from: usize,
        /// New position (in the list without it).
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
    /// Replaces a link.
    UpdateLink {
        /// Map index.
        map: usize,
        /// Position.
        index: usize,
        /// The new value.
        link: Link,
    },
    /// Replaces a map's name, state, persona, scenario and expectations.
    UpdateMapInfo {
        /// Map index.
        map: usize,
        /// The new values.
        info: MapInfo,
    },
    /// Inserts a whole map.
    InsertMap {
        /// Position among the maps.
        index: usize,
        /// The map.
        map: Box<JourneyMap>,
    },
    /// Removes a whole map.
    RemoveMap {
        /// Position among the maps.
        index: usize,
    },
    /// Inserts a persona.
    InsertPersona {
        /// Position.
        index: usize,
        /// The persona.
        persona: Persona,
    },
    /// Removes a persona.
    RemovePersona {
        /// Position.
        index: usize,
    },
    /// Replaces a persona.
    UpdatePersona {
        /// Position.
        index: usize,
        /// The new value.
        persona: Persona,
    },
    /// Replaces the project's own channels.
    SetChannels {
        /// The new list.
        channels: Vec<crate::model::CustomChannel>,
    },
    /// Adds (or, with `None`, removes) an embedded image.
    SetImage {
        /// Its id.
        id: ImageId,
        /// The image, or `None` to remove it.
        image: Option<Box<ImageAsset>>,
    },
    /// Replaces the project title.
    SetTitle {
        /// The new title.
        title: String,
    },
    /// Replaces the project's font family.
    SetFont {
        /// The new family (`None`: Inter).
        font: Option<String>,
    },
    /// Replaces the project's language.
    SetLanguage {
        /// The new BCP 47 tag (`None`: guessed).
        language: Option<String>,
    },
    /// Replaces the whole project (resolving a merge conflict, which may touch anything).
    ReplaceProject {
        /// The new project (shared: a colleague's save taken in is also the "before" of
        /// its notice).
        project: std::sync::Arc<Project>,
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
    let Some(map_index) = map_of(&op) else {
        return apply_to_project(project, op);
    };
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
        Op::InsertHeader { index, header, .. } => {
            let axis = header.axis();
            match m.insert_header(index, header) {
                Ok(()) => Op::RemoveHeader { map, axis, index },
                Err(header) => return Err(fail(&Op::InsertHeader { map, index, header })),
            }
        }
        Op::RemoveHeader { axis, index, .. } => match m.remove_header(axis, index) {
            Some(header) => Op::InsertHeader { map, index, header },
            None => return Err(fail(&Op::RemoveHeader { map, axis, index })),
        },
        Op::UpdateHeader { index, header, .. } => match m.replace_header(index, header) {
            Ok(header) => Op::UpdateHeader { map, index, header },
            Err(header) => return Err(fail(&Op::UpdateHeader { map, index, header })),
        },
        Op::MoveHeader { axis, from, to, .. } if m.move_header(axis, from, to) => Op::MoveHeader {
            map,
            axis,
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
        Op::UpdateLink { index, link, .. } if index < m.links.len() => Op::UpdateLink {
            map,
            index,
            link: std::mem::replace(&mut m.links[index], link),
        },
        Op::UpdateMapInfo { info, .. } => Op::UpdateMapInfo {
            map,
            info: info.swap_into(m),
        },
        op => return Err(fail(&op)),
    };
    Ok(inverse)
}

/// Ops on the project rather than on one map.
fn apply_to_project(project: &mut Project, op: Op) -> Result<Op, OpError> {
    let fail = |op: &Op| OpError(format!("{op:?}").chars().take(200).collect());
    let inverse = match op {
        Op::InsertMap { index, map } if index <= project.maps.len() => {
            project.maps.insert(index, *map);
            Op::RemoveMap { index }
        }
        Op::RemoveMap { index } if index < project.maps.len() => Op::InsertMap {
            index,
            map: Box::new(project.maps.remove(index)),
        },
        Op::InsertPersona { index, persona } if index <= project.personas.len() => {
            project.personas.insert(index, persona);
            Op::RemovePersona { index }
        }
        Op::RemovePersona { index } if index < project.personas.len() => Op::InsertPersona {
            index,
            persona: project.personas.remove(index),
        },
        Op::UpdatePersona { index, persona } if index < project.personas.len() => {
            Op::UpdatePersona {
                index,
                persona: std::mem::replace(&mut project.personas[index], persona),
            }
        }
        Op::SetImage { id, image } => {
            let old = match image {
                Some(image) => project.images.insert(id.clone(), *image),
                None => project.images.remove(&id),
            };
            Op::SetImage {
                id,
                image: old.map(Box::new),
            }
        }
        Op::SetChannels { channels } => Op::SetChannels {
            channels: std::mem::replace(&mut project.channels, channels),
        },
        Op::SetTitle { title } => Op::SetTitle {
            title: std::mem::replace(&mut project.title, title),
        },
        Op::SetFont { font } => Op::SetFont {
            font: std::mem::replace(&mut project.font, font),
        },
        Op::SetLanguage { language } => Op::SetLanguage {
            language: std::mem::replace(&mut project.language, language),
        },
        Op::ReplaceProject { project: new } => Op::ReplaceProject {
            project: std::sync::Arc::new(std::mem::replace(
                project,
                std::sync::Arc::unwrap_or_clone(new),
            )),
        },
        op => return Err(fail(&op)),
    };
    Ok(inverse)
}

fn map_of(op: &Op) -> Option<usize> {
    Some(match op {
        Op::InsertCard { map, .. }
        | Op::RemoveCard { map, .. }
        | Op::UpdateCard { map, .. }
        | Op::MoveCard { map, .. }
        | Op::InsertHeader { map, .. }
        | Op::RemoveHeader { map, .. }
        | Op::UpdateHeader { map, .. }
        | Op::MoveHeader { map, .. }
        | Op::InsertLink { map, .. }
        | Op::RemoveLink { map, .. }
        | Op::UpdateLink { map, .. }
        | Op::UpdateMapInfo { map, .. } => *map,
        Op::InsertMap { .. }
        | Op::RemoveMap { .. }
        | Op::InsertPersona { .. }
        | Op::RemovePersona { .. }
        | Op::UpdatePersona { .. }
        | Op::SetImage { .. }
        | Op::SetChannels { .. }
        | Op::SetTitle { .. }
        | Op::SetFont { .. }
        | Op::SetLanguage { .. }
        | Op::ReplaceProject { .. } => return None,
    })
}
