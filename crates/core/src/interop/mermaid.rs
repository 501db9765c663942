//! A map as Mermaid `journey` text (and back, in [`super::mermaid_import`]): one section
//! per stage and one task per card of the first cards lane (the customer's actions).
//!
//! A task's score, on Mermaid's 1–5 scale, is Waymark's −2..+2 plus 3 (so always a whole
//! number inside Mermaid's 0–5), taken from the emotion lane's point for that task: the
//! point at the same place in the stage when the stage has as many points as tasks, else
//! the point with the same title, else the card's own score, else the stage's mean on the
//! curve, else 3 (neutral). The lead persona's score is the task's; the task's actors are
//! the map's personas that have a score on that point (every persona, or "Customer" when
//! the map names none). Importing the text back keeps the tasks and their scores.

use crate::model::{Card, JourneyMap, LaneKind, Project};

/// Writes `map` as a Mermaid `journey` diagram.
pub fn write_mermaid(project: &Project, map: &JourneyMap) -> String {
    let names: Vec<(usize, String)> = map
        .personas
        .iter()
        .enumerate()
        .filter_map(|(i, id)| project.persona(id).map(|p| (i, clean(&p.name))))
        .collect();
    let lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Cards)
        .or_else(|| map.lanes.first());
    let emotion_lane = map.lanes.iter().find(|l| l.kind == LaneKind::Emotion);
    let mut out = String::from("journey\n");
    let title = if project.title.trim() == map.name.trim() || map.name.trim().is_empty() {
        clean(&project.title)
    } else {
        clean(&format!("{} — {}", project.title, map.name))
    };
    out.push_str(&format!("    title {title}\n"));
    for stage in &map.stages {
        out.push_str(&format!("    section {}\n", clean(&stage.name)));
        let Some(lane) = lane else { continue };
        let points: Vec<&Card> = map
            .cards
            .iter()
            .filter(|c| c.stage == stage.id && emotion_lane.is_some_and(|l| l.id == c.lane))
            .collect();
        let scored: Vec<i32> = points
            .iter()
            .filter_map(|c| c.emotion.map(i32::from))
            .collect();
        let stage_score = (!scored.is_empty()).then(|| {
            let sum: i32 = scored.iter().sum();
            (f64::from(sum) / scored.len() as f64).round() as i32
        });
        let tasks: Vec<&Card> = map
            .cards
            .iter()
            .filter(|c| c.lane == lane.id && c.stage == stage.id)
            .collect();
        for (i, card) in tasks.iter().enumerate() {
            let point = if points.len() == tasks.len() {
                points.get(i).copied()
            } else {
                points.iter().copied().find(|p| p.title == card.title)
            };
            // The lead's score, else the first persona's that has one.
            let score = point
                .and_then(|p| (0..map.personas.len().max(1)).find_map(|i| p.score_of(map, i)))
                .or(card.emotion)
                .map(i32::from)
                .or(stage_score)
                .unwrap_or(0);
            let score = (score + 3).clamp(0, 5);
            let mut actors: Vec<&str> = if names.is_empty() {
                vec!["Customer"]
            } else {
                let with_score: Vec<&str> = names
                    .iter()
                    .filter(|(i, _)| point.is_some_and(|p| p.score_of(map, *i).is_some()))
                    .map(|(_, n)| n.as_str())
                    .collect();
                if with_score.is_empty() {
                    names.iter().map(|(_, n)| n.as_str()).collect()
                } else {
                    with_score
                }
            };
            // Two names may read the same once cleaned: each actor once.
            let mut seen = std::collections::HashSet::new();
            actors.retain(|a| seen.insert(*a));
            out.push_str(&format!(
                "      {}: {score}: {}\n",
                task_name(&card.title),
                actors.join(", ")
            ));
        }
    }
    out
}

/// A card title as a task name: [`clean`], and a zero-width space after a leading keyword
/// (`title Notes` would be read as a title, `section 2` as a section), which keeps it a
/// task for Mermaid and for Waymark's import without changing how it looks.
fn task_name(text: &str) -> String {
    let name = clean(text);
    // As written, the name is followed by the score's colon (`accDescr: 2: …`).
    let written = format!("{name}:");
    for keyword in super::mermaid_import::KEYWORDS {
        if super::mermaid_import::keyword(&written, keyword).is_some() {
            let (head, tail) = name.split_at(keyword.len());
            return format!("{head}\u{200B}{tail}");
        }
    }
    name
}

/// Mermaid's journey syntax ends a task name at `:` and a line at a line break; `#` and
/// `%%` start comments, `;` ends a statement and `,` separates actors.
fn clean(text: &str) -> String {
    let text: String = text
        .replace("%%", " ")
        .chars()
        .map(|c| match c {
            ':' | ';' | '#' | ',' => ' ',
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
