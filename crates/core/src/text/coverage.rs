//! Text that no available font can draw, named so that `waymark check` and the editor can
//! say which card holds it and what to install.

use super::{Shaper, TextEngine, describe_char};
use crate::fonts::FontStyle;
use crate::model::{JourneyMap, Project};

/// One piece of text with characters no font covers.
#[derive(Clone, Debug, PartialEq)]
pub struct Uncovered {
    /// Where the text is, e.g. `card "Sees a post" (c-1) in map "Current state"`.
    pub place: String,
    /// The characters, each once.
    pub chars: Vec<char>,
}

impl std::fmt::Display for Uncovered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown: Vec<String> = self
            .chars
            .iter()
            .take(8)
            .map(|c| describe_char(*c))
            .collect();
        let more = self.chars.len().saturating_sub(8);
        write!(
            f,
            "{}: no installed font can draw {}{}; install a font that covers it",
            self.place,
            shown.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        )
    }
}

/// A short, safe rendering of user text for a message: control characters dropped,
/// at most 40 characters.
pub fn quote(text: &str) -> String {
    let cleaned = super::clean(text);
    let mut out: String = cleaned.trim().chars().take(40).collect();
    if cleaned.trim().chars().count() > 40 {
        out.push('…');
    }
    format!("\"{out}\"")
}

/// Every text of `project` with characters that no font available here can draw: its
/// title and personas, and the texts of `maps` (some or all of the project's maps).
pub fn uncovered<'a>(
    project: &Project,
    maps: impl IntoIterator<Item = &'a JourneyMap>,
    engine: &TextEngine,
) -> Vec<Uncovered> {
    let shaper = Shaper::for_project(engine, project);
    let mut out = Vec::new();
    let mut check = |place: &dyn Fn() -> String, text: &str| {
        if text.is_ascii() {
            return;
        }
        let lines = shaper.wrap(text, FontStyle::regular(12.0), f32::INFINITY, usize::MAX);
        let mut chars: Vec<char> = lines.iter().flat_map(|l| l.missing_chars()).collect();
        chars.sort_unstable();
        chars.dedup();
        if !chars.is_empty() {
            out.push(Uncovered {
                place: place(),
                chars,
            });
        }
    };
    check(&|| "project title".to_owned(), &project.title);
    for p in &project.personas {
        let name = || format!("persona {}", quote(&p.name));
        for text in [&p.name, &p.role, &p.quote]
            .into_iter()
            .chain(&p.goals)
            .chain(&p.needs)
            .chain(&p.frustrations)
        {
            check(&name, text);
        }
    }
    for map in maps {
        let in_map = format!("in map {}", quote(&map.name));
        check(&|| format!("map {}", quote(&map.name)), &map.name);
        check(&|| format!("scenario {in_map}"), &map.scenario);
        check(&|| format!("expectations {in_map}"), &map.expectations);
        for link in &map.links {
            check(
                &|| format!("arrow {} {in_map}", quote(&link.label)),
                &link.label,
            );
        }
        for s in &map.stages {
            let place = || format!("stage {} ({}) {in_map}", quote(&s.name), s.id);
            check(&place, &s.name);
            check(&place, &s.description);
        }
        for l in &map.lanes {
            check(
                &|| format!("lane {} ({}) {in_map}", quote(&l.name), l.id),
                &l.name,
            );
        }
        for c in &map.cards {
            let place = || format!("card {} ({}) {in_map}", quote(&c.title), c.id);
            for text in [&c.title, &c.body, &c.owner, &c.metric] {
                check(&place, text);
            }
            for tag in &c.tags {
                check(&place, tag);
            }
        }
    }
    out
}

/// The project's font family when it is not available here (the maps then use Inter).
pub fn missing_family<'a>(project: &'a Project, engine: &TextEngine) -> Option<&'a str> {
    let family = project.font.as_deref()?.trim();
    (!family.is_empty() && !engine.has_family(family)).then_some(family)
}

/// What `maps` of `project` need that this computer lacks, one line each: the project's
/// font family, then every text with characters no font can draw. `waymark check` and
/// `waymark export` report these.
pub fn problems<'a>(
    project: &Project,
    maps: impl IntoIterator<Item = &'a JourneyMap>,
    engine: &TextEngine,
) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(family) = missing_family(project, engine) {
        out.push(format!(
            "font {} is not installed on this computer; the maps use Inter instead",
            quote(family)
        ));
    }
    out.extend(
        uncovered(project, maps, engine)
            .iter()
            .map(ToString::to_string),
    );
    out
}
