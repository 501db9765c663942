//! Before and after, one above the other: two maps of a project (the current state above,
//! the future state below) made into one map for the one layout, so the stacked view is
//! drawn, previewed and exported (PNG, SVG, PDF single and paged, PPTX) like any map.
//! Stages are aligned by name (a stage only the lower map has goes where it stands
//! there), each map's lanes keep their kind, colour and metrics under the map's name, and
//! a dashed rule named by the lower map parts the two, and the lower map's cards that are
//! new, changed or moved since the upper one carry a tag saying so; both maps' emotion
//! lanes draw their curves.

use std::collections::{HashMap, HashSet};

use crate::compare::{ChangeOp, diff_maps_in};
use crate::model::Thing;
use crate::model::{Card, CardId, JourneyMap, Lane, LaneId, Link, MapId, Project, Stage, StageId};

/// The map that shows `above` over `below` (two maps of `project`), stages aligned by
/// name; its labels ("new", "changed", "moved") in the project's language.
pub fn stacked_map(project: &Project, above: &JourneyMap, below: &JourneyMap) -> JourneyMap {
    let catalogue = project.catalogue();
    let key = |name: &str| name.trim().to_lowercase();

    // The upper map's stages, with the lower map's own stages put where they stand there.
    let mut stages: Vec<Stage> = above.stages.clone();
    let mut below_stage: HashMap<&StageId, StageId> = HashMap::new();
    let mut at = 0;
    for stage in &below.stages {
        let found = stages.iter().position(|s| key(&s.name) == key(&stage.name));
        match found {
            Some(i) if !below_stage.values().any(|id| id == &stages[i].id) => {
                below_stage.insert(&stage.id, stages[i].id.clone());
                at = i + 1;
            }
            _ => {
                let mut own = stage.clone();
                own.id = StageId::from(&*format!("below:{}", stage.id));
                below_stage.insert(&stage.id, own.id.clone());
                stages.insert(at.min(stages.len()), own);
                at += 1;
            }
        }
    }
    let above_stage: HashMap<&StageId, StageId> =
        above.stages.iter().map(|s| (&s.id, s.id.clone())).collect();

    // Cards of the lower map that differ from the upper one, by what happened.
    let mut marks: HashMap<String, &'static str> = HashMap::new();
    for change in diff_maps_in(project, above, project, below) {
        if change.thing != Thing::Card {
            continue;
        }
        let word = match change.op {
            ChangeOp::Added => "stacked-new",
            ChangeOp::Changed => "stacked-changed",
            ChangeOp::Moved | ChangeOp::Reordered => "stacked-moved",
            ChangeOp::Removed => continue,
        };
        // A card both changed and moved is told as changed.
        let entry = marks.entry(change.id).or_insert(word);
        if word == "stacked-changed" {
            *entry = word;
        }
    }

    let mut out = above.clone();
    out.id = MapId::from(&*format!("stacked:{}:{}", above.id, below.id));
    out.name = format!("{} → {}", above.name, below.name);
    out.stages = stages;
    out.lanes = Vec::new();
    out.cards = Vec::new();
    out.links = Vec::new();
    let mut seen = HashSet::new();
    for (prefix, map, stage_of) in [
        ("above", above, &above_stage),
        ("below", below, &below_stage),
    ] {
        // A dashed rule named by the lower map parts the two.
        if prefix == "below" {
            out.lanes.push(Lane {
                id: LaneId::from("stacked:divider"),
                name: map.name.clone(),
                kind: crate::model::LaneKind::Line,
                color: None,
                metrics: Vec::new(),
                extra: Default::default(),
            });
        }
        for lane in &map.lanes {
            let mut lane: Lane = lane.clone();
            lane.id = LaneId::from(&*format!("{prefix}:{}", lane.id));
            lane.name = format!("{} · {}", map.name, lane.name);
            for metric in &mut lane.metrics {
                let values = std::mem::take(&mut metric.values);
                metric.values = values
                    .into_iter()
                    .filter_map(|(s, v)| Some((stage_of.get(&s)?.clone(), v)))
                    .collect();
                let targets = std::mem::take(&mut metric.targets);
                metric.targets = targets
                    .into_iter()
                    .filter_map(|(s, v)| Some((stage_of.get(&s)?.clone(), v)))
                    .collect();
            }
            out.lanes.push(lane);
        }
        let card_id = |id: &CardId| CardId::from(&*format!("{prefix}:{id}"));
        for card in &map.cards {
            let Some(stage) = stage_of.get(&card.stage) else {
                continue;
            };
            let mut card: Card = card.clone();
            if prefix == "below"
                && let Some(word) = marks.get(card.id.as_str())
            {
                card.tags.push(catalogue.tr(word));
            }
            card.id = card_id(&card.id);
            card.lane = LaneId::from(&*format!("{prefix}:{}", card.lane));
            card.stage = stage.clone();
            seen.insert(card.id.clone());
            out.cards.push(card);
        }
        for link in &map.links {
            let link = Link {
                from: card_id(&link.from),
                to: card_id(&link.to),
                ..link.clone()
            };
            if seen.contains(&link.from) && seen.contains(&link.to) {
                out.links.push(link);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::stacked_map;
    use crate::model::{Stage, StageId};

    fn sample() -> crate::model::Project {
        crate::io::load_bytes(crate::assets::SAMPLE.as_bytes()).expect("the sample")
    }

    #[test]
    fn both_maps_are_stacked_with_stages_aligned_by_name_and_changes_tagged() {
        let mut project = sample();
        // The future state gains a stage between Purchase and Delivery and a new card.
        let future = &mut project.maps[1];
        let purchase = future
            .stages
            .iter()
            .position(|s| s.name == "Purchase")
            .expect("Purchase");
        future.stages.insert(
            purchase + 1,
            Stage {
                id: StageId::from("s-wait"),
                name: "Waiting".into(),
                description: String::new(),
                color: None,
                extra: Default::default(),
            },
        );
        let mut card = future.cards[0].clone();
        card.id = "c-new".into();
        card.stage = "s-wait".into();
        card.title = "Gets a text when the van is near".into();
        future.cards.push(card);
        let (above, below) = (&project.maps[0], &project.maps[1]);
        let stacked = stacked_map(&project, above, below);

        let names: Vec<&str> = stacked.stages.iter().map(|s| s.name.as_str()).collect();
        let at = |n: &str| names.iter().position(|s| *s == n).expect("stage");
        assert_eq!(names.len(), above.stages.len() + 1, "{names:?}");
        assert_eq!(at("Waiting"), at("Purchase") + 1);
        assert_eq!(
            stacked.lanes.len(),
            above.lanes.len() + 1 + below.lanes.len()
        );
        assert_eq!(stacked.cards.len(), above.cards.len() + below.cards.len());
        let mut whole = project.clone();
        whole.maps = vec![stacked.clone()];
        assert!(crate::io::validate(&whole).is_empty(), "a valid map");
        let new = stacked
            .cards
            .iter()
            .find(|c| c.title == "Gets a text when the van is near")
            .expect("the new card");
        assert_eq!(new.tags.last().map(String::as_str), Some("new"));
        assert!(
            stacked.lanes[above.lanes.len() + 1]
                .name
                .starts_with(&below.name),
            "the lower map's lanes are named by it"
        );
        // Both maps' emotion lanes draw their curves.
        let layout =
            crate::layout::layout_map(&project, &stacked, crate::text::TextEngine::global());
        assert_eq!(layout.curves.len(), 2);
    }
}
