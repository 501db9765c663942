//! Changes and conflicts in words, naming things rather than ids:
//! `~ card "Sees a friend's post" → "Sees a colleague's post" (Customer actions · Awareness)`.
//!
//! The text is plain data: callers that print it to a terminal escape control characters
//! (`printable::escape_controls`).

use serde_json::Value;

use super::diff::{Change, ChangeOp, Place};
use super::words::{Names, parts, quoted, score_part, shown};
use crate::model::{Conflict, ConflictKind, Project, Side, Thing};

/// One line saying what changed.
pub fn describe(change: &Change) -> String {
    let what = change.thing.word();
    let name = quoted(&change.name);
    let place = change.place.as_ref().map(at).unwrap_or_default();
    let field = change.field.as_deref().unwrap_or("");
    match change.op {
        ChangeOp::Added => format!("+ {what} {name}{place}"),
        ChangeOp::Removed => format!("- {what} {name}{place}"),
        ChangeOp::Moved if field == "cell" => {
            let (Some(before), Some(after)) = (place_of(&change.before), place_of(&change.after))
            else {
                return format!("→ moved {name}");
            };
            if before.stage == after.stage {
                format!(
                    "→ moved {name} from {} to {} ({})",
                    before.lane, after.lane, after.stage
                )
            } else if before.lane == after.lane {
                format!(
                    "→ moved {name} from {} to {} ({})",
                    before.stage, after.stage, after.lane
                )
            } else {
                format!(
                    "→ moved {name} from {} · {} to {} · {}",
                    before.lane, before.stage, after.lane, after.stage
                )
            }
        }
        ChangeOp::Moved | ChangeOp::Reordered => {
            let within = if change.op == ChangeOp::Reordered {
                " in its cell"
            } else {
                ""
            };
            format!(
                "↕ {what} {name} from {} to {}{within}{place}",
                shown(change.before.as_ref()),
                shown(change.after.as_ref())
            )
        }
        ChangeOp::Changed => {
            if let Some(detail) = &change.detail {
                return if change.thing == Thing::Project {
                    format!("~ project {detail}")
                } else {
                    format!("~ {what} {name} {detail}{place}")
                };
            }
            if change.thing == Thing::Project && field == "language" {
                let name = |v: Option<&Value>| {
                    v.and_then(Value::as_str)
                        .map_or("(guessed from the text)", crate::i18n::language_name)
                        .to_owned()
                };
                return format!(
                    "~ Language: {} → {}",
                    name(change.before.as_ref()),
                    name(change.after.as_ref())
                );
            }
            if change.thing == Thing::Project {
                return format!(
                    "~ project {field}: {} → {}",
                    shown(change.before.as_ref()),
                    shown(change.after.as_ref())
                );
            }
            if matches!(field, "title" | "name") && change.thing != Thing::Image {
                return format!(
                    "~ {what} {} → {}{place}",
                    shown(change.before.as_ref()),
                    shown(change.after.as_ref())
                );
            }
            if field == "emotion" {
                let number = |v: &Option<Value>| v.as_ref().and_then(Value::as_i64);
                let (before, after) = (number(&change.before), number(&change.after));
                let delta = match (before, after) {
                    (Some(b), Some(a)) => format!(" ({:+})", a - b),
                    _ => String::new(),
                };
                let score =
                    |v: Option<i64>| v.map_or_else(|| "none".to_owned(), |v| format!("{v:+}"));
                return format!(
                    "~ {what} {name} emotion: {} → {}{delta}{place}",
                    score(before),
                    score(after)
                );
            }
            format!(
                "~ {what} {name} {}: {} → {}{place}",
                label(field),
                shown(change.before.as_ref()),
                shown(change.after.as_ref())
            )
        }
    }
}

/// One line saying what a conflict is about and what each side wants, naming a card's
/// lane and stage as `project` names them.
pub fn describe_conflict(conflict: &Conflict, project: &Project) -> String {
    let what = conflict.thing.word();
    let name = if conflict.thing == Thing::Project {
        "the project".to_owned()
    } else {
        format!("{what} {}", quoted(&conflict.name))
    };
    let field = conflict.field.as_deref().unwrap_or("");
    match conflict.kind {
        ConflictKind::Field if field == "cell" => {
            let map = conflict
                .map
                .as_ref()
                .and_then(|id| project.maps.iter().find(|m| &m.id == id));
            let cell = |v: Option<&Value>| {
                let id = |k: &str| {
                    v.and_then(|v| v.get(k))
                        .and_then(Value::as_str)
                        .unwrap_or("")
                };
                let (lane, stage) = (id("lane"), id("stage"));
                let lane = map
                    .and_then(|m| m.lanes.iter().find(|l| l.id.as_str() == lane))
                    .map_or(lane, |l| l.name.as_str());
                let stage = map
                    .and_then(|m| m.stages.iter().find(|s| s.id.as_str() == stage))
                    .map_or(stage, |s| s.name.as_str());
                format!("{lane} · {stage}")
            };
            format!(
                "{name} place: ours {}, theirs {}",
                cell(conflict.ours.as_ref()),
                cell(conflict.theirs.as_ref())
            )
        }
        ConflictKind::Field => {
            let map = conflict
                .map
                .as_ref()
                .and_then(|id| project.maps.iter().find(|m| &m.id == id));
            let names = Names::of(&[project], &map.into_iter().collect::<Vec<_>>());
            let (base, ours, theirs) = (
                conflict.base.as_ref(),
                conflict.ours.as_ref(),
                conflict.theirs.as_ref(),
            );
            if field == "emotion" && conflict.thing == Thing::Card {
                let lead = map
                    .and_then(|m| m.personas.first())
                    .map_or(String::new(), ToString::to_string);
                let side = |v| score_part(&lead, base, v, &names).detail;
                return format!("{name}: ours {}, theirs {}", side(ours), side(theirs));
            }
            if let (Some(o), Some(t)) = (
                parts(field, base, ours, &names),
                parts(field, base, theirs, &names),
            ) {
                let join = |p: Vec<super::words::Part>| {
                    if p.is_empty() {
                        "nothing".to_owned()
                    } else {
                        p.into_iter()
                            .map(|p| p.detail)
                            .collect::<Vec<_>>()
                            .join("; ")
                    }
                };
                return format!(
                    "{name} {}: ours {}, theirs {}",
                    label(field),
                    join(o),
                    join(t)
                );
            }
            format!(
                "{name} {}: ours {}, theirs {}",
                label(field),
                shown(ours),
                shown(theirs)
            )
        }
        ConflictKind::Deleted if conflict.thing == Thing::Persona && conflict.map.is_some() => {
            let (remover, keeper) = match conflict.deleted_by {
                Some(Side::Ours) => ("ours", "theirs"),
                _ => ("theirs", "ours"),
            };
            let map = conflict
                .map
                .as_ref()
                .and_then(|id| project.maps.iter().find(|m| &m.id == id))
                .map_or_else(
                    || conflict.map.clone().unwrap_or_default().to_string(),
                    |m| m.name.clone(),
                );
            format!(
                "{name} was taken off map {} in {remover} but still scored on cards in {keeper}",
                quoted(&map)
            )
        }
        ConflictKind::Deleted => {
            let (deleter, keeper) = match conflict.deleted_by {
                Some(Side::Ours) => ("ours", "theirs"),
                _ => ("theirs", "ours"),
            };
            format!("{name} was deleted in {deleter} but changed or still used in {keeper}")
        }
        ConflictKind::Order => {
            format!("{name}: the {field} were reordered differently on each side")
        }
    }
}

/// ` (lane · stage)`.
fn at(place: &Place) -> String {
    format!(" ({} · {})", place.lane, place.stage)
}

fn place_of(value: &Option<Value>) -> Option<Place> {
    let v = value.as_ref()?;
    Some(Place {
        lane: v.get("lane")?.as_str()?.to_owned(),
        stage: v.get("stage")?.as_str()?.to_owned(),
    })
}

/// A field's name as a designer says it.
fn label(field: &str) -> &str {
    match field {
        "color" => "colour",
        "cell" => "place",
        other => other,
    }
}
