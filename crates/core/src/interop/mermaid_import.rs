//! Reads Mermaid `journey` text into a one-map project, accepting what Mermaid accepts:
//! YAML front matter (`---` … `---`, whose `title:` is the title), `%%` comments and
//! `%%{init: …}%%` directives, `#` comments, `accTitle:` and `accDescr:` (one line or a
//! `{ … }` block), `title`, `section`, and tasks `Name: score: Actor, Actor` with any
//! spaces around the colons, no actors (`Sign Up: 5:` or `Sign Up: 5`), and `<br>` in
//! section names. Keywords are case-insensitive, as in Mermaid's grammar. Line breaks may
//! be LF, CRLF or CR; `;` separates statements (also after `journey`); a diagram indented
//! as a whole (copied from a web page's `<pre>`, which Mermaid dedents) is read dedented.
//!
//! What becomes what: the title is the project's and the map's name (else `accTitle`),
//! `accDescr` the map's scenario, each section a stage (a `<br>` splits its name from a
//! description, one line per further `<br>`), each task a card in a "Customer actions" lane
//! plus a point with its score in an "Emotions" lane, and each actor a persona of the map
//! (the first actor met is the lead persona; an empty actor, from a trailing colon, is
//! none). Mermaid scores run 1 (worst) to 5 (best); Waymark's run −2..+2, so a score `s`
//! becomes `round(s) − 3`, clamped: 0 and 1 → −2, 2 → −1, 3 → 0, 4 → +1, 5 and more → +2;
//! a score outside 1–5, or text Mermaid reads as no number, is clamped or taken as 3 with a
//! note. A task's score goes to each of its actors (to the lead persona when it names
//! none). Bad input is one [`MermaidError`] naming the line; limits bound the time and
//! memory an import may take (a section's text is measured before it is split).

mod build;
mod text;

pub(crate) use text::br_pieces;
use text::{dedent, normalize, strip_comment};

use crate::io::{MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::model::Project;

/// The largest Mermaid file read.
pub const MAX_MERMAID_BYTES: usize = 8 * 1024 * 1024;
/// The most tasks a journey may have.
pub const MAX_MERMAID_TASKS: usize = 100_000;
/// The most sections a journey may have.
pub const MAX_MERMAID_SECTIONS: usize = 10_000;
/// The most actors a journey may have.
pub const MAX_MERMAID_ACTORS: usize = 100;
/// The longest section text read, in characters, before it is split at its `<br>`s: a
/// stage name and the longest description, each line break written as `<br>`.
pub const MAX_SECTION_CHARS: usize = MAX_NAME_CHARS + 4 + 4 * MAX_TEXT_CHARS;
/// The most notes one import gives; the rest are counted in one more line.
const MAX_NOTES: usize = 20;

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
    /// Some other diagram.
    #[error("line {line}: this is not a Mermaid journey (it starts with “{start}”, not “journey”)")]
    NotJourney {
        /// 1-based line number of the diagram's first statement.
        line: usize,
        /// How that statement starts (at most 40 characters).
        start: String,
    },
    /// No diagram at all.
    #[error("the file holds no Mermaid journey (no line says “journey”)")]
    NoJourney,
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

/// A journey read into a project, with what it could not take as written.
#[derive(Debug)]
pub struct MermaidImport {
    /// The project, with one map.
    pub project: Project,
    /// One per score clamped or not a number (at most 20, then a count).
    pub notes: Vec<ImportNote>,
}

/// What a Mermaid import could not take as written, as data (the window words it); its
/// `Display` is the English the command line prints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportNote {
    /// A task's score outside Mermaid's 1 to 5, clamped.
    ScoreOutside {
        /// 1-based line.
        line: usize,
        /// The task's title (at most 40 characters).
        task: String,
        /// The score as written (at most 40 characters).
        score: String,
        /// The score taken instead (1 to 5).
        taken: i64,
    },
    /// A task's score that is not a number, taken as 3 (neutral).
    ScoreNotNumber {
        /// 1-based line.
        line: usize,
        /// The task's title (at most 40 characters).
        task: String,
        /// The score as written (at most 40 characters).
        score: String,
    },
    /// This many more scores like these, not listed.
    More(usize),
}

impl std::fmt::Display for ImportNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportNote::ScoreOutside {
                line,
                task,
                score,
                taken,
            } => write!(
                f,
                "line {line}: task “{task}” has the score {score}, outside Mermaid's 1 to 5; taken as {taken}"
            ),
            ImportNote::ScoreNotNumber { line, task, score } => write!(
                f,
                "line {line}: the score “{score}” of task “{task}” is not a number (Mermaid scores run 1 to 5); taken as 3, neutral"
            ),
            ImportNote::More(n) => write!(f, "and {n} more score(s) like these"),
        }
    }
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
    notes: Vec<ImportNote>,
    more_notes: usize,
}

impl Journey {
    fn note(&mut self, note: ImportNote) {
        if self.notes.len() < MAX_NOTES {
            self.notes.push(note);
        } else {
            self.more_notes += 1;
        }
    }
}

/// Mermaid's 1–5 score as Waymark's −2..+2 (see the module documentation).
pub fn score_from_mermaid(score: f64) -> i8 {
    let rounded = score.round().clamp(-100.0, 100.0) as i8;
    (rounded - 3).clamp(-2, 2)
}

/// Reads the Mermaid file at `path` (refused when over [`MAX_MERMAID_BYTES`], or not a
/// regular file).
pub fn read_mermaid_file(path: &std::path::Path) -> Result<Project, MermaidError> {
    read_mermaid_file_with_notes(path).map(|done| done.project)
}

/// [`read_mermaid_file`], with the import's notes.
pub fn read_mermaid_file_with_notes(path: &std::path::Path) -> Result<MermaidImport, MermaidError> {
    let bytes = crate::io::read_bounded(path, MAX_MERMAID_BYTES as u64).map_err(|e| match e {
        crate::io::ReadError::TooLarge { bytes, limit, .. } => MermaidError::TooLarge {
            bytes: usize::try_from(bytes).unwrap_or(usize::MAX),
            limit: usize::try_from(limit).unwrap_or(usize::MAX),
        },
        e => MermaidError::Read(e.into_io()),
    })?;
    read_mermaid_with_notes(&bytes)
}

/// Reads Mermaid `journey` text into a project with one map.
pub fn read_mermaid(bytes: &[u8]) -> Result<Project, MermaidError> {
    read_mermaid_with_notes(bytes).map(|done| done.project)
}

/// [`read_mermaid`], with a note for each score it clamped or could not read.
pub fn read_mermaid_with_notes(bytes: &[u8]) -> Result<MermaidImport, MermaidError> {
    if bytes.len() > MAX_MERMAID_BYTES {
        return Err(MermaidError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_MERMAID_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| MermaidError::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = dedent(&normalize(text));
    let mut journey = parse(&text)?;
    let mut notes = std::mem::take(&mut journey.notes);
    if journey.more_notes > 0 {
        notes.push(ImportNote::More(journey.more_notes));
    }
    Ok(MermaidImport {
        project: build::build(journey),
        notes,
    })
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

/// A task name as the export wrote it, without the zero-width space it put after a leading
/// keyword (`title\u{200B} page` is the task `title page`). Only a space the export would
/// have put there is taken off, so a name that held one of its own keeps it and the round
/// trip gives the same text.
pub(crate) fn unmark_keyword(name: &str) -> String {
    for word in KEYWORDS {
        if let Some(head) = name.get(..word.len())
            && head.eq_ignore_ascii_case(word)
            && let Some(tail) = name[word.len()..].strip_prefix('\u{200B}')
        {
            let plain = format!("{head}{tail}");
            if keyword(&format!("{plain}:"), word).is_some() {
                return plain;
            }
        }
    }
    name.to_owned()
}

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

/// The lines of the text, with the front matter read (its `title:`) and skipped: returns
/// the index of the first line after it.
fn front_matter(lines: &[&str], journey: &mut Journey) -> Result<usize, MermaidError> {
    // `---` alone on the first line that is not blank, up to the next `---`.
    let Some(open) = lines.iter().position(|l| !l.trim().is_empty()) else {
        return Ok(0);
    };
    if lines[open].trim_end() != "---" {
        return Ok(0);
    }
    let Some(end) = lines[open + 1..].iter().position(|l| l.trim_end() == "---") else {
        return Err(MermaidError::Line {
            line: open + 1,
            message: "the front matter that starts with --- is never closed with ---".to_owned(),
        });
    };
    let end = open + 1 + end;
    for (n, l) in lines[open + 1..end].iter().enumerate() {
        // Only the top-level `title:` matters here; `config:` and the rest are styling.
        if let Some(rest) = l.strip_prefix("title:") {
            let title = rest.trim().trim_matches(|c| c == '"' || c == '\'');
            journey.title = Some(checked(title, MAX_NAME_CHARS, "the title", open + n + 2)?);
        }
    }
    Ok(end + 1)
}

fn parse(text: &str) -> Result<Journey, MermaidError> {
    let mut journey = Journey::default();
    let lines: Vec<&str> = text.split('\n').collect();
    let mut i = front_matter(&lines, &mut journey)?;
    let mut seen_journey = false;
    // The rest of a line still to read as statements (after an accDescr block's `}`).
    let mut pending: Option<(usize, String)> = None;
    loop {
        let (number, line) = match pending.take() {
            Some(rest) => rest,
            None => {
                let Some(raw) = lines.get(i) else { break };
                i += 1;
                let trimmed = raw.trim_start();
                // A directive or a comment line (`%%{init: …}%%`, `%% …`).
                if trimmed.starts_with("%%") {
                    continue;
                }
                (i, strip_comment(trimmed).trim().to_owned())
            }
        };
        let mut rest = line.as_str();
        while !rest.trim().is_empty() {
            let (statement, tail) = rest.split_once(';').unwrap_or((rest, ""));
            let statement = statement.trim();
            if !seen_journey {
                if statement.is_empty() {
                    rest = tail;
                    continue;
                }
                if keyword(statement, "journey").is_none() {
                    return Err(MermaidError::NotJourney {
                        line: number,
                        start: statement.chars().take(40).collect(),
                    });
                }
                seen_journey = true;
                rest = tail;
                continue;
            }
            // An accDescr block runs to its `}`, over `;` and line ends.
            if let Some(after) = keyword(rest.trim_start(), "accDescr")
                && let Some(first) = after.trim_start().strip_prefix('{')
            {
                let (block, close, remainder) = read_block(first, &lines, &mut i, number)?;
                journey.acc_descr = Some(checked(&block, MAX_TEXT_CHARS, "accDescr", number)?);
                pending = Some((close, strip_comment(remainder).trim().to_owned()));
                break;
            }
            if !statement.is_empty() {
                statement_into(statement, number, &mut journey)?;
            }
            rest = tail;
        }
    }
    if !seen_journey {
        return Err(MermaidError::NoJourney);
    }
    Ok(journey)
}

/// Reads an `accDescr {` block from `first` (the rest of its line) on through the lines
/// from `*i` to its `}`: the text, the number of the line that closes it, and what follows
/// the `}` on that line.
fn read_block<'a>(
    first: &'a str,
    lines: &[&'a str],
    i: &mut usize,
    number: usize,
) -> Result<(String, usize, &'a str), MermaidError> {
    let mut block = String::new();
    let (mut line, mut at) = (first, number);
    loop {
        if let Some(end) = line.find('}') {
            block.push_str(&line[..end]);
            return Ok((block, at, &line[end + 1..]));
        }
        block.push_str(line.trim());
        block.push('\n');
        if block.len() > 4 * MAX_TEXT_CHARS + 4 {
            return Err(MermaidError::Line {
                line: number,
                message: format!("the accDescr block is over the {MAX_TEXT_CHARS}-character limit"),
            });
        }
        let Some(next) = lines.get(*i) else {
            return Err(MermaidError::Line {
                line: number,
                message: "the accDescr { block is never closed with }".to_owned(),
            });
        };
        *i += 1;
        at = *i;
        line = next;
    }
}

/// Reads one statement of line `number` (not `journey`, not an `accDescr` block).
fn statement_into(
    statement: &str,
    number: usize,
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
        let Some(value) = rest.trim_start().strip_prefix(':') else {
            return Err(MermaidError::Line {
                line: number,
                message: "accDescr needs a colon or a { block".to_owned(),
            });
        };
        journey.acc_descr = Some(checked(value, MAX_TEXT_CHARS, "accDescr", number)?);
    } else if let Some(rest) = keyword(statement, "title") {
        journey.title = Some(checked(rest, MAX_NAME_CHARS, "the title", number)?);
    } else if let Some(rest) = keyword(statement, "section") {
        section_into(rest, number, journey)?;
    } else {
        task_into(statement, number, journey)?;
    }
    Ok(())
}

/// Reads a section's text: its length first, then its name and description (split at its
/// `<br>`s, one line each after the name).
fn section_into(text: &str, number: usize, journey: &mut Journey) -> Result<(), MermaidError> {
    if journey.sections.len() >= MAX_MERMAID_SECTIONS {
        return Err(MermaidError::TooMany {
            what: "sections",
            limit: MAX_MERMAID_SECTIONS,
        });
    }
    if text.contains(':') {
        return Err(MermaidError::Line {
            line: number,
            message: "a section name cannot hold a colon".to_owned(),
        });
    }
    checked(text, MAX_SECTION_CHARS, "the section's text", number)?;
    let pieces = br_pieces(text);
    let description = pieces[1..]
        .iter()
        .map(|p| p.trim())
        .collect::<Vec<_>>()
        .join("\n");
    journey.sections.push(Section {
        name: checked(pieces[0], MAX_NAME_CHARS, "the section name", number)?,
        description: checked(
            &description,
            MAX_TEXT_CHARS,
            "the section's description",
            number,
        )?,
        tasks: Vec::new(),
    });
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
    let title = unmark_keyword(&checked(name, MAX_TEXT_CHARS, "the task name", number)?);
    if title.is_empty() {
        return Err(MermaidError::Line {
            line: number,
            message: "a task has no name before its colon".to_owned(),
        });
    }
    if journey.tasks >= MAX_MERMAID_TASKS {
        return Err(MermaidError::TooMany {
            what: "tasks",
            limit: MAX_MERMAID_TASKS,
        });
    }
    journey.tasks += 1;
    let score = task_score(score.trim(), &title, number, journey);
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
            score,
            actors: names,
        });
    }
    Ok(())
}

/// A task's score on Waymark's scale, noting one Mermaid cannot draw on its 1–5 scale (it
/// takes any text, through JavaScript's `Number()`): outside it is clamped, text that is
/// no number is neutral.
fn task_score(text: &str, title: &str, number: usize, journey: &mut Journey) -> i8 {
    let shown = |t: &str| t.chars().take(40).collect::<String>();
    match text.parse::<f64>() {
        Ok(value) if value.is_finite() => {
            let rounded = value.round();
            if !(1.0..=5.0).contains(&rounded) {
                let clamped = rounded.clamp(1.0, 5.0);
                journey.note(ImportNote::ScoreOutside {
                    line: number,
                    task: shown(title),
                    score: shown(text),
                    taken: clamped as i64,
                });
            }
            score_from_mermaid(value)
        }
        _ => {
            journey.note(ImportNote::ScoreNotNumber {
                line: number,
                task: shown(title),
                score: shown(text),
            });
            0
        }
    }
}
