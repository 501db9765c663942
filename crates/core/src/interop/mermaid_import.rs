//! Reads Mermaid `journey` text into a one-map project, accepting what Mermaid accepts:
//! YAML front matter (`---` … `---`, whose `title:` is the title), `%%` comments and
//! `%%{init: …}%%` directives, `#` comments, `accTitle:` and `accDescr:` (one line or a
//! `{ … }` block), `title`, `section`, and tasks `Name: score: Actor, Actor` with any
//! spaces around the colons, no actors (`Sign Up: 5:` or `Sign Up: 5`), and `<br>` in
//! section names. Keywords are case-insensitive, as in Mermaid's grammar.
//!
//! What becomes what: the title is the project's and the map's name (else `accTitle`),
//! `accDescr` the map's scenario, each section a stage (a `<br>` splits its name from a
//! description), each task a card in a "Customer actions" lane plus a point with its
//! score in an "Emotions" lane, and each actor a persona of the map (the first actor met
//! is the lead persona). Mermaid scores run 1 (worst) to 5 (best); Waymark's run −2..+2,
//! so a score `s` becomes `round(s) − 3`, clamped: 0 and 1 → −2, 2 → −1, 3 → 0, 4 → +1,
//! 5 and more → +2. A task's score goes to each of its actors (to the lead persona when it
//! names none). Bad input is one [`MermaidError`] naming the line; limits bound the time
//! and memory an import may take.

use std::collections::BTreeMap;

use super::{Taken, slug, unique};
use crate::io::{MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::model::{
    Card, CardId, JourneyMap, Lane, LaneId, LaneKind, MapId, Persona, PersonaId, Project, Stage,
    StageId,
};

/// The largest Mermaid file read.
pub const MAX_MERMAID_BYTES: usize = 8 * 1024 * 1024;
/// The most tasks a journey may have.
pub const MAX_MERMAID_TASKS: usize = 100_000;
/// The most sections a journey may have.
pub const MAX_MERMAID_SECTIONS: usize = 10_000;
/// The most actors a journey may have.
pub const MAX_MERMAID_ACTORS: usize = 100;

/// Why Mermaid text could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum MermaidError {
    /// Too large.
    #[error("the Mermaid file is {bytes} bytes, over the {limit}-byte limit")]
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// Not UTF-8.
    #[error("the Mermaid file is not UTF-8 text")]
    NotUtf8,
    /// Some other diagram, or none.
    #[error("{0}")]
    NotJourney(String),
    /// A line Mermaid's journey grammar does not accept.
    #[error("line {line}: {message}")]
    Line {
        /// 1-based line number in the file.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// More of something than a map may hold.
    #[error("the journey has more than {limit} {what}, over the limit")]
    TooMany {
        /// Tasks, sections or actors.
        what: &'static str,
        /// The limit.
        limit: usize,
    },
    /// The file could not be read.
    #[error("cannot read the file: {0}")]
    Read(#[from] std::io::Error),
}

/// A task as written.
struct Task {
    title: String,
    score: i8,
    actors: Vec<String>,
}

/// A section as written.
struct Section {
    name: String,
    description: String,
    tasks: Vec<Task>,
}

/// What a journey says, before it becomes a project.
#[derive(Default)]
struct Journey {
    title: Option<String>,
    acc_title: Option<String>,
    acc_descr: Option<String>,
    sections: Vec<Section>,
    actors: Vec<String>,
    tasks: usize,
}

/// Mermaid's 1–5 score as Waymark's −2..+2 (see the module documentation).
pub fn score_from_mermaid(score: f64) -> i8 {
    let rounded = score.round().clamp(-100.0, 100.0) as i8;
    (rounded - 3).clamp(-2, 2)
}

/// Reads the Mermaid file at `path` (refused when over [`MAX_MERMAID_BYTES`], or not a
/// regular file).
pub fn read_mermaid_file(path: &std::path::Path) -> Result<Project, MermaidError> {
    let bytes = crate::io::read_bounded(path, MAX_MERMAID_BYTES as u64).map_err(|e| match e {
        crate::io::ReadError::TooLarge { bytes, limit, .. } => MermaidError::TooLarge {
            bytes: usize::try_from(bytes).unwrap_or(usize::MAX),
            limit: usize::try_from(limit).unwrap_or(usize::MAX),
        },
        e => MermaidError::Read(e.into_io()),
    })?;
    read_mermaid(&bytes)
}

/// Reads Mermaid `journey` text into a project with one map.
pub fn read_mermaid(bytes: &[u8]) -> Result<Project, MermaidError> {
    if bytes.len() > MAX_MERMAID_BYTES {
        return Err(MermaidError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_MERMAID_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| MermaidError::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Control characters other than line breaks count as spaces (a NUL before `section`
    // does not make the line a task, and no name keeps one).
    let text: String = text
        .chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect();
    let journey = parse(&text)?;
    Ok(build(journey))
}

/// Cuts a line at a `%%` or `#` comment.
fn strip_comment(line: &str) -> &str {
    let cut = [line.find("%%"), line.find('#')]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(line.len());
    &line[..cut]
}

/// `keyword` at the start of `line` (case-insensitive) followed by what Mermaid's grammar
/// wants after it: white space for `title` and `section`, optional white space then `:`
/// (or `{` for `accDescr`) for the accessibility keywords, nothing else on the line for
/// `journey`. The rest of the line, else `None`.
pub(crate) fn keyword<'a>(line: &'a str, keyword: &str) -> Option<&'a str> {
    let head = line.get(..keyword.len())?;
    if !head.eq_ignore_ascii_case(keyword) {
        return None;
    }
    let rest = &line[keyword.len()..];
    let next = rest.chars().next();
    let ok = match keyword {
        "journey" => rest.trim().is_empty(),
        "accTitle" => rest.trim_start().starts_with(':'),
        "accDescr" => {
            let r = rest.trim_start();
            r.starts_with(':') || r.starts_with('{')
        }
        _ => next.is_some_and(char::is_whitespace),
    };
    ok.then_some(rest)
}

/// The keywords a task name must not start like.
pub(crate) const KEYWORDS: [&str; 5] = ["journey", "title", "section", "accTitle", "accDescr"];

fn checked(text: &str, limit: usize, what: &str, line: usize) -> Result<String, MermaidError> {
    let text = text.trim();
    let chars = text.chars().count();
    if chars > limit {
        return Err(MermaidError::Line {
            line,
            message: format!("{what} is {chars} characters long, over the {limit}-character limit"),
        });
    }
    Ok(text.to_owned())
}

/// Splits a section name at its first `<br>` (any spelling: `<br>`, `<BR/>`, `<br />`).
fn split_br(name: &str) -> (String, String) {
    let lower = name.to_ascii_lowercase();
    let Some(start) = lower.find("<br") else {
        return (name.trim().to_owned(), String::new());
    };
    let Some(end) = lower[start..].find('>').map(|e| start + e + 1) else {
        return (name.trim().to_owned(), String::new());
    };
    let (head, tail) = (&name[..start], &name[end..]);
    let tail = split_br(tail);
    let description = [tail.0, tail.1]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (head.trim().to_owned(), description)
}

fn parse(text: &str) -> Result<Journey, MermaidError> {
    let mut journey = Journey::default();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    // YAML front matter: `---` alone on the first line, up to the next `---`.
    if lines.first().is_some_and(|l| l.trim_end() == "---") {
        let Some(end) = lines.iter().skip(1).position(|l| l.trim_end() == "---") else {
            return Err(MermaidError::Line {
                line: 1,
                message: "the front matter that starts with --- is never closed with ---"
                    .to_owned(),
            });
        };
        for (n, l) in lines[1..=end].iter().enumerate() {
            // Only the top-level `title:` matters here; `config:` and the rest are styling.
            if let Some(rest) = l.strip_prefix("title:") {
                let title = rest.trim().trim_matches(|c| c == '"' || c == '\'');
                journey.title = Some(checked(title, MAX_NAME_CHARS, "the title", n + 2)?);
            }
        }
        i = end + 2;
    }
    let mut seen_journey = false;
    while i < lines.len() {
        let number = i + 1;
        let raw = lines[i];
        i += 1;
        let trimmed = raw.trim_start();
        // A directive or a comment line (`%%{init: …}%%`, `%% …`).
        if trimmed.starts_with("%%") {
            continue;
        }
        let line = strip_comment(trimmed).trim();
        if line.is_empty() {
            continue;
        }
        if !seen_journey {
            if keyword(line, "journey").is_some() {
                seen_journey = true;
                continue;
            }
            let word: String = line.chars().take(40).collect();
            return Err(MermaidError::NotJourney(format!(
                "line {number}: this is not a Mermaid journey (it starts with “{word}”, not “journey”)"
            )));
        }
        for statement in line.split(';').map(str::trim).filter(|s| !s.is_empty()) {
            statement_into(statement, number, &lines, &mut i, &mut journey)?;
        }
    }
    if !seen_journey {
        return Err(MermaidError::NotJourney(
            "the file holds no Mermaid journey (no line says “journey”)".to_owned(),
        ));
    }
    Ok(journey)
}

/// Reads one statement of line `number`; an `accDescr {` block reads on from `*i`.
fn statement_into(
    statement: &str,
    number: usize,
    lines: &[&str],
    i: &mut usize,
    journey: &mut Journey,
) -> Result<(), MermaidError> {
    if let Some(rest) = keyword(statement, "accTitle") {
        let value = rest
            .trim_start()
            .strip_prefix(':')
            .ok_or_else(|| MermaidError::Line {
                line: number,
                message: "accTitle needs a colon: accTitle: the title".to_owned(),
            })?;
        journey.acc_title = Some(checked(value, MAX_NAME_CHARS, "accTitle", number)?);
    } else if let Some(rest) = keyword(statement, "accDescr") {
        let rest = rest.trim_start();
        if let Some(value) = rest.strip_prefix(':') {
            journey.acc_descr = Some(checked(value, MAX_TEXT_CHARS, "accDescr", number)?);
        } else if let Some(first) = rest.strip_prefix('{') {
            let mut block = String::new();
            let mut line = first.to_owned();
            loop {
                if let Some(end) = line.find('}') {
                    block.push_str(&line[..end]);
                    break;
                }
                block.push_str(line.trim());
                block.push('\n');
                let Some(next) = lines.get(*i) else {
                    return Err(MermaidError::Line {
                        line: number,
                        message: "the accDescr { block is never closed with }".to_owned(),
                    });
                };
                *i += 1;
                line = (*next).to_owned();
            }
            journey.acc_descr = Some(checked(&block, MAX_TEXT_CHARS, "accDescr", number)?);
        } else {
            return Err(MermaidError::Line {
                line: number,
                message: "accDescr needs a colon or a { block".to_owned(),
            });
        }
    } else if let Some(rest) = keyword(statement, "title") {
        journey.title = Some(checked(rest, MAX_NAME_CHARS, "the title", number)?);
    } else if let Some(rest) = keyword(statement, "section") {
        if journey.sections.len() >= MAX_MERMAID_SECTIONS {
            return Err(MermaidError::TooMany {
                what: "sections",
                limit: MAX_MERMAID_SECTIONS,
            });
        }
        if rest.contains(':') {
            return Err(MermaidError::Line {
                line: number,
                message: "a section name cannot hold a colon".to_owned(),
            });
        }
        let (name, description) = split_br(rest);
        journey.sections.push(Section {
            name: checked(&name, MAX_NAME_CHARS, "the section name", number)?,
            description: checked(&description, MAX_TEXT_CHARS, "the section name", number)?,
            tasks: Vec::new(),
        });
    } else {
        task_into(statement, number, journey)?;
    }
    Ok(())
}

/// Reads a task `Name: score: Actor, Actor` (the actors and their colon optional).
fn task_into(statement: &str, number: usize, journey: &mut Journey) -> Result<(), MermaidError> {
    let mut parts = statement.splitn(3, ':');
    let name = parts.next().unwrap_or_default();
    let Some(score) = parts.next() else {
        let shown: String = statement.chars().take(40).collect();
        return Err(MermaidError::Line {
            line: number,
            message: format!(
                "“{shown}” is not a task (a task is Name: score: actors), a title or a section"
            ),
        });
    };
    // As in Mermaid, the actors end at a further colon (what follows is dropped).
    let actors = parts
        .next()
        .unwrap_or_default()
        .split(':')
        .next()
        .unwrap_or_default();
    let title = checked(name, MAX_TEXT_CHARS, "the task name", number)?;
    if title.is_empty() {
        return Err(MermaidError::Line {
            line: number,
            message: "a task has no name before its colon".to_owned(),
        });
    }
    let score_text = score.trim();
    let value: f64 = match score_text.parse::<f64>() {
        Ok(v) if v.is_finite() => v,
        _ => {
            let shown: String = score_text.chars().take(20).collect();
            return Err(MermaidError::Line {
                line: number,
                message: format!(
                    "the score “{shown}” of task “{title}” is not a number (Mermaid scores run 1 to 5)"
                ),
            });
        }
    };
    if journey.tasks >= MAX_MERMAID_TASKS {
        return Err(MermaidError::TooMany {
            what: "tasks",
            limit: MAX_MERMAID_TASKS,
        });
    }
    journey.tasks += 1;
    let mut names = Vec::new();
    for actor in actors.split(',').map(str::trim).filter(|a| !a.is_empty()) {
        // One space between words, so two spellings of a name are one persona.
        let actor = actor.split_whitespace().collect::<Vec<_>>().join(" ");
        let actor = checked(&actor, MAX_NAME_CHARS, "an actor's name", number)?;
        if !journey.actors.contains(&actor) {
            if journey.actors.len() >= MAX_MERMAID_ACTORS {
                return Err(MermaidError::TooMany {
                    what: "actors",
                    limit: MAX_MERMAID_ACTORS,
                });
            }
            journey.actors.push(actor.clone());
        }
        if !names.contains(&actor) {
            names.push(actor);
        }
    }
    if journey.sections.is_empty() {
        // Mermaid draws tasks before the first section in a section with no name.
        journey.sections.push(Section {
            name: String::new(),
            description: String::new(),
            tasks: Vec::new(),
        });
    }
    if let Some(section) = journey.sections.last_mut() {
        section.tasks.push(Task {
            title,
            score: score_from_mermaid(value),
            actors: names,
        });
    }
    Ok(())
}

/// The project a journey describes.
fn build(journey: Journey) -> Project {
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
