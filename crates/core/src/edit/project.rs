//! Actions on the project rather than inside one map's grid: the map's own fields, maps,
//! personas and their photos, the title and the font.

use std::collections::{BTreeMap, HashSet};

use super::ids::new_id;
use super::ops::{MapInfo, Op};
use super::tx::Tx;
use super::{EditError, Outcome};
use crate::model::{Card, ImageAsset, JourneyMap, MapId, MapState, Persona, PersonaId};

/// Changes the map's name, state, personas, scenario or expectations. When the personas
/// change, every card's scores follow their persona (see [`rescore`]).
pub(super) fn update_map_info(tx: &mut Tx<'_>, mut info: MapInfo) -> Result<Outcome, EditError> {
    let old = MapInfo::of(tx.map()?);
    if old != info {
        let mut seen = HashSet::new();
        info.personas.retain(|p| seen.insert(p.clone()));
        if let Some(persona) = info
            .personas
            .iter()
            .find(|p| tx.project.persona(p).is_none())
        {
            return Err(EditError::Missing(format!("persona {persona}")));
        }
        let map = tx.map_index;
        set_map_info(tx, map, &old.personas, info)?;
    }
    Ok(Outcome::default())
}

/// Replaces the info of map `map`, moving the cards' scores to their personas' places.
fn set_map_info(
    tx: &mut Tx<'_>,
    map: usize,
    old: &[PersonaId],
    info: MapInfo,
) -> Result<(), EditError> {
    if old != info.personas.as_slice() {
        let changed: Vec<(usize, Card)> = tx.project.maps[map]
            .cards
            .iter()
            .enumerate()
            .filter_map(|(i, c)| rescore(c, old, &info.personas).map(|c| (i, c)))
            .collect();
        for (index, card) in changed {
            tx.op(Op::UpdateCard { map, index, card })?;
        }
    }
    tx.op(Op::UpdateMapInfo { map, info })
}

/// `card` with its scores moved from the persona order `old` to `new`: the lead persona's
/// score is `emotion`, the others' are in `scores`. A map with no persona keeps its one
/// score in `emotion`, which becomes the lead's when a first persona comes (and stays when
/// the last goes). Scores of personas the map no longer names go. `None` if nothing moves.
pub fn rescore(card: &Card, old: &[PersonaId], new: &[PersonaId]) -> Option<Card> {
    let score_of = |id: &PersonaId| {
        if old.first() == Some(id) {
            card.emotion
        } else {
            card.scores.get(id).copied()
        }
    };
    let emotion = match (old.first(), new.first()) {
        (_, Some(lead)) if old.is_empty() => card.emotion.or_else(|| score_of(lead)),
        (_, Some(lead)) => score_of(lead),
        (_, None) => card.emotion,
    };
    let scores: BTreeMap<PersonaId, i8> = new
        .iter()
        .skip(1)
        .filter_map(|id| score_of(id).map(|s| (id.clone(), s)))
        .collect();
    (emotion != card.emotion || scores != card.scores).then(|| Card {
        emotion,
        scores,
        ..card.clone()
    })
}

/// Adds a map named `name` after the map on screen, with its stages, lanes, persona and
/// scenario and no cards.
pub(super) fn add_map(tx: &mut Tx<'_>, name: String) -> Result<Outcome, EditError> {
    let source = tx.map()?;
    let map = JourneyMap {
        id: fresh_map_id(tx),
        name: unique_map_name(tx, name),
        personas: source.personas.clone(),
        scenario: source.scenario.clone(),
        stages: source.stages.clone(),
        lanes: source.lanes.clone(),
        ..JourneyMap::default()
    };
    insert_map(tx, map)
}

/// Copies the map on screen (cards, links and all) right after it; with `future`, as the
/// future state of the journey.
pub(super) fn duplicate_map(
    tx: &mut Tx<'_>,
    future: bool,
    (notes, scores): (bool, bool),
) -> Result<Outcome, EditError> {
    let mut copy = tx.map()?.clone();
    copy.id = fresh_map_id(tx);
    for card in &mut copy.cards {
        if !notes {
            card.notes.clear();
        }
        if !scores {
            card.emotion = None;
            card.scores.clear();
        }
    }
    let name = if future {
        copy.state = MapState::Future;
        let words = tx.project.catalogue();
        let (current, later) = (words.tr("map-current-state"), words.tr("map-future-state"));
        if copy.name.contains("Current") || copy.name.contains("current") {
            copy.name
                .replace("Current", "Future")
                .replace("current", "future")
        } else if copy.name.contains(current.as_str()) {
            copy.name.replace(current.as_str(), later.as_str())
        } else {
            later
        }
    } else {
        format!("{} copy", copy.name)
    };
    copy.name = unique_map_name(tx, name);
    insert_map(tx, copy)
}

/// `name`, or `name 2`, `name 3`… when a map of the project already has it, so two maps
/// never share a name (tabs, the palette and exports tell them apart by it).
fn unique_map_name(tx: &Tx<'_>, name: String) -> String {
    let taken = |n: &str| tx.project.maps.iter().any(|m| m.name == n);
    if !taken(&name) {
        return name;
    }
    (2..)
        .map(|i| format!("{name} {i}"))
        .find(|n| !taken(n))
        .unwrap_or(name)
}

/// Deletes map `id`, never the last one, and clears every card's link to it (in the
/// same undo step), so no card opens a map that is gone.
pub(super) fn delete_map(tx: &mut Tx<'_>, id: &MapId) -> Result<Outcome, EditError> {
    if tx.project.maps.len() <= 1 {
        return Err(EditError::Refused(
            "a project keeps at least one map".to_owned(),
        ));
    }
    let index = tx
        .project
        .maps
        .iter()
        .position(|m| &m.id == id)
        .ok_or_else(|| EditError::Missing(format!("map {id}")))?;
    let linked: Vec<(usize, usize, crate::model::Card)> = tx
        .project
        .maps
        .iter()
        .enumerate()
        .flat_map(|(m, map)| {
            map.cards
                .iter()
                .enumerate()
                .filter(|(_, c)| c.opens.as_ref() == Some(id))
                .map(move |(i, c)| (m, i, c.clone()))
        })
        .collect();
    for (map, index, mut card) in linked {
        card.opens = None;
        tx.op(Op::UpdateCard { map, index, card })?;
    }
    tx.op(Op::RemoveMap { index })?;
    Ok(Outcome::default())
}

/// How many cards of the project open map `id` (a question before deleting it).
pub fn links_to_map(project: &crate::model::Project, id: &MapId) -> usize {
    project
        .maps
        .iter()
        .flat_map(|m| &m.cards)
        .filter(|c| c.opens.as_ref() == Some(id))
        .count()
}

/// Adds a persona and adds it to the personas of the map on screen (the first becomes
/// the lead; a later one gets its own curve).
pub(super) fn add_persona(tx: &mut Tx<'_>) -> Result<Outcome, EditError> {
    let taken: HashSet<String> = tx.project.personas.iter().map(|p| p.id.0.clone()).collect();
    let id = PersonaId(new_id("p-", |id| taken.contains(id)));
    let persona = Persona {
        id: id.clone(),
        name: "New persona".to_owned(),
        ..Persona::default()
    };
    let index = tx.project.personas.len();
    tx.op(Op::InsertPersona { index, persona })?;
    let mut info = MapInfo::of(tx.map()?);
    let old = info.personas.clone();
    info.personas.push(id);
    let map = tx.map_index;
    set_map_info(tx, map, &old, info)?;
    Ok(Outcome::default())
}

/// Replaces the persona with `persona.id` by `persona`.
pub(super) fn update_persona(tx: &mut Tx<'_>, persona: Persona) -> Result<Outcome, EditError> {
    let index = persona_index(tx, &persona.id)?;
    if tx.project.personas[index] != persona {
        tx.op(Op::UpdatePersona { index, persona })?;
    }
    Ok(Outcome::default())
}

/// Deletes persona `id`; maps that named it no longer do (with its scores), and its photo
/// goes if unused.
pub(super) fn delete_persona(tx: &mut Tx<'_>, id: &PersonaId) -> Result<Outcome, EditError> {
    let index = persona_index(tx, id)?;
    for map in 0..tx.project.maps.len() {
        let mut info = MapInfo::of(&tx.project.maps[map]);
        if info.personas.contains(id) {
            let old = info.personas.clone();
            info.personas.retain(|p| p != id);
            set_map_info(tx, map, &old, info)?;
        }
    }
    let photo = tx.project.personas[index].photo.clone();
    tx.op(Op::RemovePersona { index })?;
    if let Some(photo) = photo {
        tx.release_image(&photo)?;
    }
    Ok(Outcome::default())
}

/// Sets (or with `None` clears) the photo of persona `id`.
pub(super) fn set_persona_photo(
    tx: &mut Tx<'_>,
    id: &PersonaId,
    image: Option<ImageAsset>,
) -> Result<Outcome, EditError> {
    let index = persona_index(tx, id)?;
    let old = tx.project.personas[index].photo.clone();
    let photo = match image {
        Some(image) => Some(tx.embed_image(image)?),
        None => None,
    };
    let persona = Persona {
        photo,
        ..tx.project.personas[index].clone()
    };
    tx.op(Op::UpdatePersona { index, persona })?;
    if let Some(old) = old {
        tx.release_image(&old)?;
    }
    Ok(Outcome::default())
}

/// Renames the project.
pub(super) fn set_title(tx: &mut Tx<'_>, title: String) -> Result<Outcome, EditError> {
    if tx.project.title != title {
        tx.op(Op::SetTitle { title })?;
    }
    Ok(Outcome::default())
}

/// Sets the font family the maps are set in (`None`, blank or Inter: the bundled Inter).
pub(super) fn set_font(tx: &mut Tx<'_>, font: Option<String>) -> Result<Outcome, EditError> {
    let font = font.filter(|f| !f.trim().is_empty() && f != crate::fonts::FAMILY);
    if tx.project.font != font {
        tx.op(Op::SetFont { font })?;
    }
    Ok(Outcome::default())
}

/// Sets the maps' language: a well-formed BCP 47 tag, or `None` (blank) to guess it.
pub(super) fn set_language(
    tx: &mut Tx<'_>,
    language: Option<String>,
) -> Result<Outcome, EditError> {
    let language = language
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty());
    if let Some(tag) = &language
        && !crate::i18n::is_valid_tag(tag)
    {
        return Err(EditError::Refused(format!("{tag:?} is not a language tag")));
    }
    if tx.project.language != language {
        tx.op(Op::SetLanguage { language })?;
    }
    Ok(Outcome::default())
}

fn insert_map(tx: &mut Tx<'_>, map: JourneyMap) -> Result<Outcome, EditError> {
    let index = (tx.map_index + 1).min(tx.project.maps.len());
    let id = map.id.clone();
    tx.op(Op::InsertMap {
        index,
        map: Box::new(map),
    })?;
    Ok(Outcome {
        map: Some(id),
        ..Outcome::default()
    })
}

fn fresh_map_id(tx: &Tx<'_>) -> MapId {
    let taken: HashSet<String> = tx.project.maps.iter().map(|m| m.id.0.clone()).collect();
    MapId(new_id("m-", |id| taken.contains(id)))
}

fn persona_index(tx: &Tx<'_>, id: &PersonaId) -> Result<usize, EditError> {
    tx.project
        .personas
        .iter()
        .position(|p| &p.id == id)
        .ok_or_else(|| EditError::Missing(format!("persona {id}")))
}

/// Settles merge conflict `id` by picking `pick`, as one step that replaces the project.
pub(super) fn resolve_conflict(
    tx: &mut Tx<'_>,
    id: &str,
    pick: crate::model::Side,
) -> Result<Outcome, EditError> {
    let resolved = crate::compare::resolve(tx.project, id, pick)
        .map_err(|e| EditError::Refused(e.to_string()))?;
    tx.op(Op::ReplaceProject {
        project: std::sync::Arc::new(resolved),
    })?;
    Ok(Outcome::default())
}
