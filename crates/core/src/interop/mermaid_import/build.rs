//! Turns a parsed journey into a one-map project (see the parent module for what becomes
//! what): sections into stages, tasks into cards and emotion points, actors into personas.

use std::collections::BTreeMap;

use super::Journey;
use crate::interop::{Taken, slug, unique};
use crate::model::{
    Card, CardId, JourneyMap, Lane, LaneId, LaneKind, MapId, Persona, PersonaId, Project, Stage,
    StageId,
};

/// The project a journey describes.
pub(super) fn build(journey: Journey) -> Project {
    let title = journey
        .title
        .clone()
        .or(journey.acc_title.clone())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "Imported journey".to_owned());
    let mut persona_ids = Taken::default();
    let personas: Vec<Persona> = journey
        .actors
        .iter()
        .map(|name| Persona {
            id: PersonaId(unique(&format!("p-{}", slug(name)), &mut persona_ids)),
            name: name.clone(),
            ..Persona::default()
        })
        .collect();
    let id_of = |name: &str| {
        personas
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.id.clone())
    };
    let lead = personas.first().map(|p| p.id.clone());
    let actions = LaneId("l-actions".to_owned());
    let emotions = LaneId("l-emotion".to_owned());
    let mut stage_ids = Taken::default();
    let mut card_ids = Taken::default();
    let mut stages = Vec::new();
    let mut cards = Vec::new();
    for (n, section) in journey.sections.iter().enumerate() {
        let name = if section.name.is_empty() {
            format!("Stage {}", n + 1)
        } else {
            section.name.clone()
        };
        let id = StageId(unique(&format!("s-{}", slug(&name)), &mut stage_ids));
        for task in &section.tasks {
            let base = format!("c-{}", slug(&task.title));
            cards.push(Card {
                id: CardId(unique(&base, &mut card_ids)),
                lane: actions.clone(),
                stage: id.clone(),
                title: task.title.clone(),
                ..Card::default()
            });
            let mut scores = BTreeMap::new();
            let mut emotion = None;
            if task.actors.is_empty() {
                emotion = Some(task.score);
            }
            for actor in &task.actors {
                let Some(pid) = id_of(actor) else { continue };
                if Some(&pid) == lead.as_ref() {
                    emotion = Some(task.score);
                } else {
                    scores.insert(pid, task.score);
                }
            }
            cards.push(Card {
                id: CardId(unique(&format!("{base}-feel"), &mut card_ids)),
                lane: emotions.clone(),
                stage: id.clone(),
                title: task.title.clone(),
                emotion,
                scores,
                ..Card::default()
            });
        }
        stages.push(Stage {
            id,
            name,
            description: section.description.clone(),
            ..Stage::default()
        });
    }
    let map = JourneyMap {
        id: MapId("m-journey".to_owned()),
        name: title.clone(),
        personas: personas.iter().map(|p| p.id.clone()).collect(),
        scenario: journey.acc_descr.unwrap_or_default(),
        stages,
        lanes: vec![
            Lane {
                id: actions,
                name: "Customer actions".to_owned(),
                kind: LaneKind::Cards,
                ..Lane::default()
            },
            Lane {
                id: emotions,
                name: "Emotions".to_owned(),
                kind: LaneKind::Emotion,
                ..Lane::default()
            },
        ],
        cards,
        ..JourneyMap::default()
    };
    Project {
        title,
        personas,
        maps: vec![map],
        ..Project::default()
    }
}
