//! Rules a typed project must follow: unique ids, references that resolve, numbers in
//! range, text within limits. `waymark check` prints every problem found here. The schema
//! (`schema/waymark.schema.json`) states the same limits, so lengths are counted as JSON
//! Schema counts them: in characters (Unicode code points).

use std::collections::HashSet;

use super::Problem;
use crate::model::{EMOTION_RANGE, JourneyMap, Project};

/// The longest name accepted (of a project, map, persona, stage or lane; also ids, tags,
/// roles, owners, metrics, link labels and the font family), in characters.
pub const MAX_NAME_CHARS: usize = 1_000;
/// The longest text accepted (card titles and bodies, descriptions, scenarios,
/// expectations, quotes, goals, needs and frustrations), in characters.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// Every problem in `project`; empty when the project is valid.
pub fn validate(project: &Project) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report =
        |location: String, message: String| problems.push(Problem { location, message });

    let project_at = || "the project".to_owned();
    check_len(
        &project.title,
        MAX_NAME_CHARS,
        &project_at,
        "the title",
        &mut report,
    );
    if let Some(font) = &project.font {
        check_len(font, MAX_NAME_CHARS, &project_at, "the font", &mut report);
    }
    if let Some(language) = &project.language
        && !crate::i18n::is_valid_tag(language)
    {
        report(
            project_at(),
            format!(
                "the language {:?} is not a BCP 47 tag such as \"ja\", \"de\" or \"en-GB\"",
                language.chars().take(40).collect::<String>()
            ),
        );
    }
    let mut persona_ids = HashSet::new();
    for persona in &project.personas {
        let at = || format!("persona {}", persona.id);
        check_id(persona.id.as_str(), &at, &mut persona_ids, &mut report);
        check_len(&persona.name, MAX_NAME_CHARS, &at, "name", &mut report);
        check_len(&persona.role, MAX_NAME_CHARS, &at, "role", &mut report);
        check_len(&persona.quote, MAX_TEXT_CHARS, &at, "quote", &mut report);
        for (field, lines) in [
            ("a goal", &persona.goals),
            ("a need", &persona.needs),
            ("a frustration", &persona.frustrations),
        ] {
            for line in lines {
                check_len(line, MAX_TEXT_CHARS, &at, field, &mut report);
            }
        }
        if let Some(photo) = &persona.photo
            && !project.images.contains_key(photo)
        {
            report(at(), format!("photo {photo} is not an embedded image"));
        }
    }
    let mut channel_ids = HashSet::new();
    for channel in &project.channels {
        let at = || format!("channel {}", channel.id);
        check_id(channel.id.as_str(), &at, &mut channel_ids, &mut report);
        if crate::model::Channel::ALL
            .iter()
            .any(|c| c.key() == channel.id.as_str())
        {
            report(
                at(),
                format!(
                    "the id {} is a built-in channel's name: pick another id",
                    channel.id
                ),
            );
        }
        check_len(&channel.name, MAX_NAME_CHARS, &at, "name", &mut report);
        check_len(&channel.icon, 100, &at, "icon", &mut report);
    }
    let mut image_ids = HashSet::new();
    for (id, image) in &project.images {
        let at = || format!("image {id}");
        check_id(id.as_str(), &at, &mut image_ids, &mut report);
        if !matches!(image.mime.as_str(), "image/png" | "image/jpeg") {
            report(
                at(),
                format!("type {:?} is not image/png or image/jpeg", image.mime),
            );
        }
    }
    let mut map_ids = HashSet::new();
    for map in &project.maps {
        let at = || format!("map {:?} ({})", map.name, map.id);
        check_id(map.id.as_str(), &at, &mut map_ids, &mut report);
        check_len(&map.name, MAX_NAME_CHARS, &at, "name", &mut report);
        check_len(&map.scenario, MAX_TEXT_CHARS, &at, "scenario", &mut report);
        check_len(
            &map.expectations,
            MAX_TEXT_CHARS,
            &at,
            "expectations",
            &mut report,
        );
        let mut named = HashSet::new();
        for persona in &map.personas {
            if project.persona(persona).is_none() {
                report(at(), format!("persona {persona} does not exist"));
            } else if !named.insert(persona) {
                report(at(), format!("persona {persona} is named twice"));
            }
        }
        validate_map(map, &at, &mut report);
        for card in &map.cards {
            for persona in card.scores.keys() {
                if map.personas.first() == Some(persona) || !named.contains(persona) {
                    report(
                        format!("{}, card {}", at(), card.id),
                        format!(
                            "a score for persona {persona}, who is not one of the map's other personas"
                        ),
                    );
                }
            }
        }
        for card in &map.cards {
            check_len(
                &card.icon,
                100,
                &|| format!("{}, card {}", at(), card.id),
                "icon",
                &mut report,
            );
            if let Some(image) = &card.image
                && !project.images.contains_key(image)
            {
                report(
                    format!("{}, card {}", at(), card.id),
                    format!("image {image} is not an embedded image"),
                );
            }
        }
    }
    problems
}

/// Cards that load but are never drawn: those in a lane of a kind that cannot show cards
/// (a metrics lane), as a merge or a hand edit can leave them. Not an error (the file
/// opens and nothing is dropped); `waymark check` names each one.
pub fn hidden_cards(project: &Project) -> Vec<Problem> {
    let mut problems = Vec::new();
    for map in &project.maps {
        for card in &map.cards {
            let Some(lane) = map.lanes.iter().find(|l| l.id == card.lane) else {
                continue;
            };
            if lane.kind.shows_cards() {
                continue;
            }
            let title: String = card.title.chars().take(60).collect();
            problems.push(Problem {
                location: format!("map {:?} ({}), card {}", map.name, map.id, card.id),
                message: format!(
                    "“{title}” is in lane “{}” ({}), which cannot show cards: move it to another lane",
                    lane.name,
                    lane.kind.label()
                ),
            });
        }
    }
    problems
}

/// Cards that open a map the project does not have (a hand edit, or a merge of a link
/// against a deleted map). Not an error (the file opens; the card shows no link chip);
/// `waymark check` names each one.
pub fn broken_map_links(project: &Project) -> Vec<Problem> {
    let mut problems = Vec::new();
    for map in &project.maps {
        for card in &map.cards {
            let Some(target) = &card.opens else {
                continue;
            };
            if project.maps.iter().any(|m| &m.id == target) {
                continue;
            }
            let title: String = card.title.chars().take(60).collect();
            problems.push(Problem {
                location: format!("map {:?} ({}), card {}", map.name, map.id, card.id),
                message: format!(
                    "“{title}” opens map {:?}, which is not a map of the project: pick another map or clear the link",
                    target.as_str()
                ),
            });
        }
    }
    problems
}

fn validate_map(
    map: &JourneyMap,
    map_at: &dyn Fn() -> String,
    report: &mut impl FnMut(String, String),
) {
    let mut stage_ids = HashSet::new();
    for stage in &map.stages {
        let at = || format!("{}, stage {}", map_at(), stage.id);
        check_id(stage.id.as_str(), &at, &mut stage_ids, report);
        check_len(&stage.name, MAX_NAME_CHARS, &at, "name", report);
        check_len(
            &stage.description,
            MAX_TEXT_CHARS,
            &at,
            "description",
            report,
        );
    }
    let mut lane_ids = HashSet::new();
    for lane in &map.lanes {
        let at = || format!("{}, lane {}", map_at(), lane.id);
        check_id(lane.id.as_str(), &at, &mut lane_ids, report);
        check_len(&lane.name, MAX_NAME_CHARS, &at, "name", report);
        let mut metric_ids = HashSet::new();
        for metric in &lane.metrics {
            let at = || format!("{}, metric {}", at(), metric.id);
            check_id(metric.id.as_str(), &at, &mut metric_ids, report);
            check_len(&metric.name, MAX_NAME_CHARS, &at, "name", report);
            check_len(
                &metric.custom_unit,
                MAX_NAME_CHARS,
                &at,
                "custom unit",
                report,
            );
            for (stage, value) in metric.values.iter().chain(&metric.targets) {
                if !map.stages.iter().any(|s| &s.id == stage) {
                    report(at(), format!("stage {stage} does not exist"));
                } else if !value.is_finite() {
                    report(at(), format!("the value at stage {stage} is not a number"));
                }
            }
        }
    }
    let mut card_ids = HashSet::new();
    for card in &map.cards {
        let at = || format!("{}, card {}", map_at(), card.id);
        check_id(card.id.as_str(), &at, &mut card_ids, report);
        if !lane_ids.contains(card.lane.as_str()) {
            report(at(), format!("lane {} does not exist", card.lane));
        }
        if !stage_ids.contains(card.stage.as_str()) {
            report(at(), format!("stage {} does not exist", card.stage));
        }
        if let Some(score) = card.emotion
            && !EMOTION_RANGE.contains(&score)
        {
            report(
                at(),
                format!(
                    "emotion {score} is outside {}..{}",
                    EMOTION_RANGE.start(),
                    EMOTION_RANGE.end()
                ),
            );
        }
        check_len(&card.title, MAX_TEXT_CHARS, &at, "title", report);
        check_len(&card.body, MAX_TEXT_CHARS, &at, "body", report);
        check_len(&card.owner, MAX_NAME_CHARS, &at, "owner", report);
        check_len(&card.metric, MAX_NAME_CHARS, &at, "metric", report);
        for tag in &card.tags {
            check_len(tag, MAX_NAME_CHARS, &at, "a tag", report);
        }
        let mut note_ids = HashSet::new();
        for note in &card.notes {
            let at = || format!("{}, note {}", at(), note.id);
            check_id(note.id.as_str(), &at, &mut note_ids, report);
            check_len(&note.author, MAX_NAME_CHARS, &at, "author", report);
            check_len(&note.date, MAX_NAME_CHARS, &at, "date", report);
            check_len(&note.text, MAX_TEXT_CHARS, &at, "text", report);
            for reply in &note.replies {
                let at = || format!("{}, reply {}", at(), reply.id);
                check_id(reply.id.as_str(), &at, &mut note_ids, report);
                check_len(&reply.author, MAX_NAME_CHARS, &at, "author", report);
                check_len(&reply.date, MAX_NAME_CHARS, &at, "date", report);
                check_len(&reply.text, MAX_TEXT_CHARS, &at, "text", report);
            }
        }
    }
    for (i, link) in map.links.iter().enumerate() {
        let at = || format!("{}, link {} ({} → {})", map_at(), i + 1, link.from, link.to);
        for end in [&link.from, &link.to] {
            if !card_ids.contains(end.as_str()) {
                report(at(), format!("card {end} does not exist"));
            }
        }
        check_len(&link.label, MAX_NAME_CHARS, &at, "label", report);
    }
}

fn check_id<'a>(
    id: &'a str,
    at: &dyn Fn() -> String,
    seen: &mut HashSet<&'a str>,
    report: &mut impl FnMut(String, String),
) {
    if id.trim().is_empty() {
        report(at(), "the id is empty".to_owned());
    } else if id.chars().count() > MAX_NAME_CHARS {
        report(
            at(),
            format!("the id is over the {MAX_NAME_CHARS}-character limit"),
        );
    } else if !seen.insert(id) {
        report(at(), format!("the id {id} is used twice"));
    }
}

fn check_len(
    text: &str,
    limit: usize,
    at: &dyn Fn() -> String,
    field: &str,
    report: &mut impl FnMut(String, String),
) {
    // Bytes bound characters from above: count them only when they could be too many.
    if text.len() > limit {
        let chars = text.chars().count();
        if chars > limit {
            report(
                at(),
                format!("{field} is {chars} characters long, over the {limit}-character limit"),
            );
        }
    }
}
