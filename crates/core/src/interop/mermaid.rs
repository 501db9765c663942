//! A map as Mermaid `journey` text (and back, in [`super::mermaid_import`]): the title, the
//! scenario as `accDescr`, one section per stage (its description after a `<br>`, one
//! `<br>` per line) and one task per card of the first cards lane (the customer's actions).
//!
//! A task's score, on Mermaid's 1–5 scale, is Waymark's −2..+2 plus 3 (so always a whole
//! number inside Mermaid's 0–5), taken from the emotion lane's point for that task: the
//! point at the same place in the stage when the stage has as many points as tasks, else
//! the point with the same title, else the card's own score, else the stage's mean on the
//! curve, else 3 (neutral). The lead persona's score is the task's; the task's actors are
//! the map's personas that have a score on that point (every persona, or "Customer" when
//! the map names none). Importing the text back keeps the tasks and their scores.
//!
//! Mermaid's syntax cannot hold every text: `#` and `%%` start comments, `;` ends a
//! statement, `:` ends a section or task name, `,` separates actors, and a `<br>` in a
//! section name is a line break. Each text written otherwise than it is (or that reads back
//! otherwise, like a `<br>` in a stage's name) is one note in [`MermaidExport::notes`];
//! whatever is written reads back as itself, so export → import → export gives the same
//! text.

use super::mermaid_import::{KEYWORDS, br_pieces, keyword, unmark_keyword};
use crate::export::notes::{ExportNote, Thing, Why};
use crate::io::{MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::model::{Card, JourneyMap, LaneKind, Project};

/// The most notes one export gives; the rest are counted in one more line.
const MAX_NOTES: usize = 20;

/// A map written as Mermaid text, and what it could not hold as it is.
#[derive(Debug)]
pub struct MermaidExport {
    /// The `journey` diagram.
    pub text: String,
    /// One line per text written otherwise than it is (at most 20, then a count), and one
    /// for cards of lanes a journey cannot hold (`Display` words each in English).
    pub notes: Vec<ExportNote>,
}

/// What the export changed, noted as it goes.
#[derive(Default)]
struct Notes {
    lines: Vec<ExportNote>,
    more: usize,
}

impl Notes {
    /// Notes that `what` (“stage s-1”) reads back as `written` rather than `text`.
    fn changed(&mut self, what: impl FnOnce() -> Thing, text: &str, written: &str, why: Why) {
        if self.lines.len() >= MAX_NOTES {
            self.more += 1;
            return;
        }
        self.lines.push(ExportNote::Rewritten {
            what: what(),
            text: short(text),
            written: short(written),
            why,
        });
    }

    fn finish(mut self) -> Vec<ExportNote> {
        if self.more > 0 {
            self.lines.push(ExportNote::MoreRewritten(self.more));
        }
        self.lines
    }
}

/// At most 80 characters of `text` on one line, for a note.
fn short(text: &str) -> String {
    let line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(80)
        .collect();
    if text.chars().count() > 80 {
        format!("{line}…")
    } else {
        line
    }
}

/// Writes `map` as a Mermaid `journey` diagram.
pub fn write_mermaid(project: &Project, map: &JourneyMap) -> String {
    write_mermaid_with_notes(project, map).text
}

/// Writes `map` as a Mermaid `journey` diagram, noting every text it could not write as
/// it is.
pub fn write_mermaid_with_notes(project: &Project, map: &JourneyMap) -> MermaidExport {
    let mut notes = Notes::default();
    let names = actor_names(project, map, &mut notes);
    let lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Cards)
        .or_else(|| map.lanes.first());
    let emotion_lane = map.lanes.iter().find(|l| l.kind == LaneKind::Emotion);
    let mut out = String::from("journey\n");
    let full_title = if project.title.trim() == map.name.trim() || map.name.trim().is_empty() {
        project.title.clone()
    } else {
        format!("{} — {}", project.title, map.name)
    };
    let title = limited(name_text(&full_title, false), MAX_NAME_CHARS);
    if title != full_title.trim() {
        notes.changed(|| Thing::Title, &full_title, &title, Why::Title);
    }
    out.push_str(&format!("    title {title}\n"));
    if !map.scenario.trim().is_empty() {
        let lines = scenario_lines(&map.scenario);
        if lines.join("\n") != map.scenario.trim() {
            notes.changed(
                || Thing::Scenario,
                &map.scenario,
                &lines.join(" / "),
                Why::Scenario,
            );
        }
        out.push_str("    accDescr {\n");
        for line in &lines {
            out.push_str(&format!("      {line}\n"));
        }
        out.push_str("    }\n");
    }
    for stage in &map.stages {
        let lines = section_lines(&stage.name, &stage.description);
        let (name, description) = (&lines[0], lines[1..].join("\n"));
        if name != &stage.name || description != stage.description {
            notes.changed(
                || Thing::Stage(stage.id.to_string()),
                &[stage.name.as_str(), stage.description.as_str()]
                    .into_iter()
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(" / "),
                &lines.join(" / "),
                Why::Section,
            );
        }
        out.push_str(&format!("    section {}\n", lines.join("<br>")));
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
            let name = task_name(&card.title);
            if unmark_keyword(&name) != card.title {
                notes.changed(
                    || Thing::Card(card.id.to_string()),
                    &card.title,
                    &name,
                    Why::Task,
                );
            }
            out.push_str(&format!("      {name}: {score}: {}\n", actors.join(", ")));
        }
    }
    let left_out = map
        .cards
        .iter()
        .filter(|c| {
            lane.is_none_or(|l| l.id != c.lane) && emotion_lane.is_none_or(|l| l.id != c.lane)
        })
        .count();
    let mut notes = notes.finish();
    if left_out > 0 {
        notes.push(ExportNote::MermaidLeftOut {
            cards: left_out,
            lane: lane.map_or_else(String::new, |l| l.name.clone()),
        });
    }
    MermaidExport { text: out, notes }
}

/// The map's personas as actor names (index in the map, name), noting each name written
/// otherwise than it is.
fn actor_names(project: &Project, map: &JourneyMap, notes: &mut Notes) -> Vec<(usize, String)> {
    let mut names = Vec::new();
    for (i, id) in map.personas.iter().enumerate() {
        let Some(persona) = project.persona(id) else {
            continue;
        };
        let name = actor(&persona.name);
        let twin = names.iter().any(|(_, n): &(usize, String)| n == &name);
        if name != persona.name || twin {
            notes.changed(
                || Thing::Persona(persona.id.to_string()),
                &persona.name,
                &name,
                if twin { Why::ActorTwin } else { Why::Actor },
            );
        }
        names.push((i, name));
    }
    names
}

/// `text` with what Mermaid's journey syntax cannot hold in a name made plain: control
/// characters (line breaks, tabs) become spaces, `#` and `;` spaces, a run of `%` one `%`
/// (`%%` starts a comment), and, when `colon_ends_it`, `:` a space.
fn plain(text: &str, colon_ends_it: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c {
            c if c.is_control() => ' ',
            '#' | ';' => ' ',
            ':' if colon_ends_it => ' ',
            c => c,
        };
        if c == '%' && out.ends_with('%') {
            continue;
        }
        out.push(c);
    }
    out
}

/// [`plain`], trimmed, and `Untitled` when nothing is left.
fn name_text(text: &str, colon_ends_it: bool) -> String {
    let out = plain(text, colon_ends_it);
    let out = out.trim();
    if out.is_empty() {
        "Untitled".to_owned()
    } else {
        out.to_owned()
    }
}

/// At most `limit` characters of `text` (trimmed again where the cut left a space).
fn limited(text: String, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text;
    }
    text.chars()
        .take(limit)
        .collect::<String>()
        .trim_end()
        .to_owned()
}

/// A stage as the lines of its section: the name first, then its description's lines,
/// each made writable, a `<br>` in any of them being a line break too (as Mermaid draws
/// it), the first line never empty and no empty lines at the ends of the description.
fn section_lines(name: &str, description: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for text in std::iter::once(name).chain(description.lines()) {
        for piece in br_pieces(&plain(text, true)) {
            lines.push(piece.trim().to_owned());
        }
    }
    // The name: the first piece, never empty (an empty section is read as "Stage n").
    let first = lines.first().filter(|n| !n.is_empty()).cloned();
    let name = limited(
        first.unwrap_or_else(|| "Untitled".to_owned()),
        MAX_NAME_CHARS,
    );
    let rest = lines.into_iter().skip(1).skip_while(String::is_empty);
    // A description longer than a stage's may hold is cut (lines joined by one character).
    let mut kept = Vec::new();
    let mut chars = 0;
    for line in rest {
        let count = line.chars().count() + usize::from(!kept.is_empty());
        if chars + count > MAX_TEXT_CHARS {
            break;
        }
        chars += count;
        kept.push(line);
    }
    while kept.last().is_some_and(String::is_empty) {
        kept.pop();
    }
    std::iter::once(name).chain(kept).collect()
}

/// The scenario as the lines of an `accDescr { … }` block: no `}` (it ends the block), no
/// `%%`, each line trimmed, no empty lines at the ends.
fn scenario_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text
        .lines()
        .map(|line| {
            let mut out = String::new();
            for c in line.chars() {
                let c = match c {
                    c if c.is_control() => ' ',
                    '}' => ')',
                    c => c,
                };
                if c == '%' && out.ends_with('%') {
                    continue;
                }
                out.push(c);
            }
            out.trim().to_owned()
        })
        .collect();
    let start = lines
        .iter()
        .position(|l| !l.is_empty())
        .unwrap_or(lines.len());
    lines.drain(..start);
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// A card title as a task name: [`name_text`] (a colon ends a task name), and a zero-width
/// space after a leading keyword (`title Notes` would be read as a title, `section 2` as a
/// section), which keeps it a task for Mermaid and for Waymark's import (which takes the
/// mark off again) without changing how it looks.
fn task_name(text: &str) -> String {
    let name = limited(name_text(text, true), MAX_TEXT_CHARS - 1);
    // As written, the name is followed by the score's colon (`accDescr: 2: …`).
    let written = format!("{name}:");
    for word in KEYWORDS {
        if keyword(&written, word).is_some() {
            let (head, tail) = name.split_at(word.len());
            return format!("{head}\u{200B}{tail}");
        }
    }
    name
}

/// A persona's name as an actor: [`name_text`] without `,` (actors are separated by
/// commas) and with single spaces between words, as the import reads actors.
fn actor(text: &str) -> String {
    let name = name_text(&text.replace(',', " "), true);
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    limited(name, MAX_NAME_CHARS)
}
