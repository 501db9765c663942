//! A map as Mermaid `journey` text: one section per stage and one task per card of the
//! first cards lane (the customer's actions). A task's score, on Mermaid's 1–5 scale, is
//! the card's own emotion, else the stage's mean on the emotion curve, else 3 (neutral);
//! the persona is the actor.

use crate::model::{JourneyMap, LaneKind, Project};

/// Writes `map` as a Mermaid `journey` diagram.
pub fn write_mermaid(project: &Project, map: &JourneyMap) -> String {
    let actor = map
        .persona
        .as_ref()
        .and_then(|id| project.persona(id))
        .map_or_else(|| "Customer".to_owned(), |p| clean(&p.name));
    let lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Cards)
        .or_else(|| map.lanes.first());
    let emotion_lanes: Vec<_> = map
        .lanes
        .iter()
        .filter(|l| l.kind == LaneKind::Emotion)
        .map(|l| &l.id)
        .collect();
    let mut out = String::from("journey\n");
    out.push_str(&format!(
        "    title {}\n",
        clean(&format!("{} — {}", project.title, map.name))
    ));
    for stage in &map.stages {
        out.push_str(&format!("    section {}\n", clean(&stage.name)));
        let Some(lane) = lane else { continue };
        let stage_scores: Vec<i32> = map
            .cards
            .iter()
            .filter(|c| c.stage == stage.id && emotion_lanes.contains(&&c.lane))
            .filter_map(|c| c.emotion.map(i32::from))
            .collect();
        let stage_score = (!stage_scores.is_empty()).then(|| {
            let sum: i32 = stage_scores.iter().sum();
            (f64::from(sum) / stage_scores.len() as f64).round() as i32
        });
        for card in map
            .cards
            .iter()
            .filter(|c| c.lane == lane.id && c.stage == stage.id)
        {
            let score = card.emotion.map(i32::from).or(stage_score).unwrap_or(0) + 3;
            out.push_str(&format!("      {}: {score}: {actor}\n", clean(&card.title)));
        }
    }
    out
}

/// Mermaid's journey syntax ends a task name at `:` and a line at a line break; `#` and
/// `;` start comments and statements.
fn clean(text: &str) -> String {
    let text: String = text
        .chars()
        .map(|c| match c {
            ':' | ';' | '#' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        "Untitled".to_owned()
    } else {
        text
    }
}
